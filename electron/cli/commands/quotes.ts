// `cuttings quotes [--speaker NAME] [--json]`: the quote timeline, oldest first (CONTRACT.md).
import type { Library } from '../../core/library';
import { findSpeaker, quoteTimeline, type TimelineEntry } from '../../core/library/speakers';
import { printJson, type CommandResult } from '../output';

export interface QuotesOptions {
  speaker?: string;
  json?: boolean;
}

/** The contract's JSON shape: other clips reporting the same quotation by id, earliest first. */
export function quoteJson(entry: TimelineEntry) {
  return {
    speaker: entry.speaker,
    text: entry.text,
    kind: entry.kind,
    published: entry.published,
    source: entry.source,
    clipId: entry.clipId,
    alsoIn: entry.alsoIn.map((s) => s.clipId),
  };
}

/** A readable list: date, speaker and outlet on one line, the quotation under it, other outlets after. */
export function quoteText(entry: TimelineEntry): string {
  const head = [entry.published ?? 'undated', entry.speaker ?? '(unattributed)', entry.source ?? entry.clipTitle ?? `clip ${entry.clipId}`];
  const lines = [`${head[0]}  ${head[1]} — ${head[2]} [clip ${entry.clipId}]`, `  “${entry.text.replace(/\s+/g, ' ').trim()}”`];
  if (entry.alsoIn.length) {
    lines.push(`  also in: ${entry.alsoIn.map((s) => `${s.source ?? s.title ?? 'clip'} (${s.published ?? 'undated'}) [clip ${s.clipId}]`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

export async function quotesCommand(library: Library, options: QuotesOptions): Promise<CommandResult> {
  let speakerIds: number[] | null = null;
  let exitCode = 0;
  if (options.speaker !== undefined) {
    const speaker = findSpeaker(library.db, options.speaker);
    if (!speaker) {
      process.stderr.write(`cuttings: no speaker named ${JSON.stringify(options.speaker)} in ${library.file}\n`);
      exitCode = 1;
    }
    speakerIds = speaker ? [speaker.id] : [];
  }
  const entries = quoteTimeline(library.db, speakerIds);
  if (options.json) printJson(entries.map(quoteJson));
  else if (!entries.length) process.stdout.write(exitCode ? '' : 'No quotes.\n');
  else for (const entry of entries) process.stdout.write(quoteText(entry) + '\n');
  return { exitCode };
}
