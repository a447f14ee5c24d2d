// Ctrl/⌘+P: jump to a clip title, a speaker's timeline or a tag.
import { api } from '../lib/api';
import { catalog } from './catalog.svelte';
import { library } from './library.svelte';
import { timeline } from './timeline.svelte';

export interface SwitchTarget {
  kind: 'clip' | 'speaker' | 'tag';
  label: string;
  detail: string;
  id?: number;
}

const MAX = 12;

export class SwitcherState {
  #text = $state('');
  #titles = $state<SwitchTarget[]>([]);
  #active = $state(0);
  #seq = 0;

  get text() { return this.#text; }
  get active() { return this.#active; }

  readonly results = $derived.by(() => {
    const needle = this.#text.trim().toLowerCase();
    const match = (s: string) => !needle || s.toLowerCase().includes(needle);
    const speakers: SwitchTarget[] = catalog.speakers
      .filter((s) => match(s.name) || s.aliases.some(match))
      .slice(0, MAX)
      .map((s) => ({ kind: 'speaker', label: s.name, detail: `${s.quotes} quote${s.quotes === 1 ? '' : 's'}` }));
    const tags: SwitchTarget[] = catalog.tags
      .filter((t) => match(t.name))
      .slice(0, MAX)
      .map((t) => ({ kind: 'tag', label: t.name, detail: `${t.count} clip${t.count === 1 ? '' : 's'}` }));
    return [...this.#titles, ...speakers, ...tags].slice(0, MAX * 2);
  });

  async setText(text: string): Promise<void> {
    this.#text = text;
    this.#active = 0;
    const seq = ++this.#seq;
    const needle = text.trim();
    let titles: SwitchTarget[] = [];
    if (needle) {
      try {
        const words = needle.split(/\s+/).map((w) => `${w.replace(/["*()]/g, '')}*`).join(' ');
        const found = await api.search({ query: words, limit: MAX * 4 });
        const lower = needle.toLowerCase().split(/\s+/);
        titles = found.clips
          .filter((c) => lower.every((w) => c.title?.toLowerCase().includes(w)))
          .slice(0, MAX)
          .map((c) => ({ kind: 'clip', label: c.title ?? '(no headline)', detail: c.source ?? '', id: c.id }));
      } catch {
        // search not available: fall back to the titles already loaded in the list
        titles = [];
        for (let i = 0; i < Math.min(library.total, 500) && titles.length < MAX; i++) {
          const row = library.row(i);
          if (row?.title?.toLowerCase().includes(needle.toLowerCase())) {
            titles.push({ kind: 'clip', label: row.title, detail: row.source ?? '', id: row.id });
          }
        }
      }
    }
    if (seq === this.#seq) this.#titles = titles;
  }

  move(delta: number): void {
    const n = this.results.length;
    if (n) this.#active = (this.#active + delta + n) % n;
  }

  /** Goes to a result; returns false when there is nothing to go to. */
  choose(target = this.results[this.#active]): boolean {
    if (!target) return false;
    if (target.kind === 'clip' && target.id !== undefined) void library.reveal(target.id);
    if (target.kind === 'speaker') void timeline.pick(target.label);
    if (target.kind === 'tag') library.search('', { tag: target.label }, `Tag: ${target.label}`);
    return true;
  }

  reset(): void {
    this.#text = '';
    this.#titles = [];
    this.#active = 0;
  }
}

export const switcher = new SwitcherState();
