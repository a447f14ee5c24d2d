// The clips of an export, read from the library, and small views of them that several formats share.
import type Database from 'better-sqlite3';
import type { Clip } from '../../shared/api';
import { getClip } from '../library/clips';

/** Reads the clips in the given order; trashed or missing ids are left out. */
export function loadClips(db: Database.Database, ids: readonly number[]): Clip[] {
  const live = db.prepare('SELECT deleted_at IS NULL AS live FROM clips WHERE id = ?');
  const clips: Clip[] = [];
  for (const id of ids) {
    const row = live.get(id) as { live: number } | undefined;
    if (!row?.live) continue;
    const clip = getClip(db, id);
    if (clip) clips.push(clip);
  }
  return clips;
}

/** Distinct named speakers of a clip, in order of first quote. */
export function speakersOf(clip: Pick<Clip, 'quotes'>): string[] {
  return [...new Set(clip.quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s)))];
}

/** Body paragraphs: the cleaner separates them with one blank line. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The day part of a date (YYYY-MM-DD or full ISO 8601), or null. */
export function dayOf(date: string | null): string | null {
  const match = date?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
}

/** Earliest and latest publication day of the clips. */
export function dateRangeOf(clips: readonly Clip[]): { from: string | null; to: string | null } {
  const days = clips.map((c) => dayOf(c.published)).filter((d): d is string => d !== null).sort();
  return { from: days[0] ?? null, to: days[days.length - 1] ?? null };
}

export interface SpeakerQuotes {
  /** null: quotes nobody could be named for */
  speaker: string | null;
  quotes: { clip: Clip; text: string; kind: string; role: string | null }[];
}

/** Quotes grouped by speaker: named speakers A–Z, then the unattributed ones. */
export function quotesBySpeaker(clips: readonly Clip[]): SpeakerQuotes[] {
  const groups = new Map<string | null, SpeakerQuotes>();
  for (const clip of clips) {
    for (const q of clip.quotes) {
      const group = groups.get(q.speaker) ?? { speaker: q.speaker, quotes: [] };
      group.quotes.push({ clip, text: q.text, kind: q.kind, role: q.role });
      groups.set(q.speaker, group);
    }
  }
  return [...groups.values()].sort((a, b) => {
    if (a.speaker === null || b.speaker === null) return a.speaker === null ? 1 : -1;
    return a.speaker.localeCompare(b.speaker);
  });
}

const DISPLAY_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "5 March 2024" for 2024-03-05 (and for a full timestamp on that day); the text as is when it is no date. */
export function displayDate(date: string | null): string | null {
  const day = dayOf(date);
  if (!day) return date;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DISPLAY_DATE.format(parsed);
}

export function displayRange(from: string | null, to: string | null): string {
  if (!from && !to) return 'Dates unknown';
  if (from && to && from !== to) return `${displayDate(from)} – ${displayDate(to)}`;
  if (from && to) return displayDate(from)!;
  return from ? `From ${displayDate(from)}` : `Until ${displayDate(to)}`;
}

/** A quotation as shown between quote marks in a report: without the comma that led into "…, she said". */
export function displayQuote(text: string): string {
  return text.replace(/[,;:]\s*$/, '');
}
