// The clip list (library, trash or a search), fetched page by page as rows scroll into view, its selection,
// and the open clip. Components read these getters; only methods here call the API.
import { SvelteMap } from 'svelte/reactivity';
import type { Clip, ClipSort, ClipSummary, EditableField, SearchFilters } from '../../../electron/shared/api';
import { api, errorMessage } from '../lib/api';
import { applyClick, type ClickMode } from '../lib/selection';
import { ui } from './ui.svelte';

export const PAGE_SIZE = 100;
/** rows beyond the visible ones whose page is fetched ahead */
const PREFETCH_ROWS = 40;
/** a page is asked for only if it is still wanted this long after it scrolled into view */
const FETCH_DELAY_MS = 60;
/** pages asked for at once while scrolling */
const MAX_IN_FLIGHT = 2;
/** pages kept in memory (a 100,000-clip library is 1,000 pages); those farthest from view go first */
const MAX_PAGES = 40;

export type Scope =
  | { kind: 'library' }
  | { kind: 'trash' }
  /** a search: the typed query plus a sidebar filter (tag, speaker, source, saved search) */
  | { kind: 'search'; query: string; filters: SearchFilters; label: string };

/** Where the reader should scroll to and highlight: a quote's character range in the body. */
export interface QuoteFocus {
  start: number;
  end: number;
  /** the quote's words, to find it when the offsets are not known (the same quote in another outlet) */
  text?: string;
}

/** how a list can be ordered: a clip field, or (a search with words only) relevance */
export type SearchSort = ClipSort | 'relevance';

type Undo = { kind: 'trash'; ids: number[] } | { kind: 'import'; importId: number; count: number };

export class LibraryState {
  #scope = $state<Scope>({ kind: 'library' });
  #sort = $state<ClipSort>('published');
  /** the order of a search with words: best match first unless the reader picks another (kept across searches) */
  #searchSort = $state<SearchSort>('relevance');
  #descending = $state(true);
  #total = $state(0);
  /** loaded pages by number; a row reads only its own page, so a page arriving redraws only its rows */
  #pages = new SvelteMap<number, ClipSummary[]>();
  #inFlight = new Map<number, Promise<void>>();
  #generation = 0;
  #wantFirst = 0;
  #wantLast = 0;
  #fetchTimer: ReturnType<typeof setTimeout> | null = null;
  #loaded = $state(false);
  #error = $state<string | null>(null);

  #selected = $state.raw<Set<number>>(new Set());
  #anchor: number | null = null;
  #cursor = $state(-1);

  /** raw: a clip is replaced whole, and a deep proxy of its body, quotes and original would slow every open */
  #clip = $state.raw<Clip | null>(null);
  #clipError = $state<string | null>(null);
  #focusQuote = $state<QuoteFocus | null>(null);
  #showOriginal = $state(false);
  /** counts open() calls, so a slow answer for an earlier click never replaces a later one */
  #opening = 0;

  #undo = $state<Undo[]>([]);

  get scope() { return this.#scope; }
  /** the order the list shows: a search with words has its own (relevance, or what the reader picked) */
  get sort(): SearchSort { return this.textSearch ? this.#searchSort : this.#sort; }
  /** a search with words, which can be ordered by relevance */
  get textSearch() { return this.#scope.kind === 'search' && this.#scope.query.trim() !== ''; }
  get descending() { return this.#descending; }
  get total() { return this.#total; }
  get loaded() { return this.#loaded; }
  get error() { return this.#error; }
  get selected() { return this.#selected; }
  get selectedIds() { return [...this.#selected]; }
  get cursor() { return this.#cursor; }
  get clip() { return this.#clip; }
  get clipError() { return this.#clipError; }
  get focusQuote() { return this.#focusQuote; }
  get showOriginal() { return this.#showOriginal; }
  get inTrash() { return this.#scope.kind === 'trash'; }
  get canUndo() { return this.#undo.length > 0; }
  get query() { return this.#scope.kind === 'search' ? this.#scope.query : ''; }
  get scopeLabel(): string {
    const scope = this.#scope;
    if (scope.kind === 'library') return 'Library';
    if (scope.kind === 'trash') return 'Trash';
    return scope.label;
  }

  /** The row at a list position, or undefined while its page loads. */
  row(index: number): ClipSummary | undefined {
    return this.#pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /**
   * Fetches the pages covering positions [from, to), plus a margin ahead. While the list is flung (or its
   * scrollbar dragged) across thousands of rows, pages that scroll past before the short delay are never asked for.
   */
  ensureRange(from: number, to: number): void {
    const last = this.#total ? Math.min(this.#total, to + PREFETCH_ROWS) : to;
    this.#wantFirst = Math.max(0, Math.floor((from - PREFETCH_ROWS) / PAGE_SIZE));
    this.#wantLast = Math.floor(Math.max(from, last - 1) / PAGE_SIZE);
    if (this.#pages.size === 0 && this.#inFlight.size === 0) {
      this.#loadWanted();
      return;
    }
    if (this.#fetchTimer === null) {
      this.#fetchTimer = setTimeout(() => {
        this.#fetchTimer = null;
        this.#loadWanted();
      }, FETCH_DELAY_MS);
    }
  }

  /** Loads the pages in view, a few at a time: when one arrives, whatever is in view by then comes next. */
  #loadWanted(): void {
    for (let page = this.#wantFirst; page <= this.#wantLast; page++) {
      if (this.#inFlight.size >= MAX_IN_FLIGHT) return;
      if (page > 0 && page * PAGE_SIZE >= this.#total) break;
      if (!this.#pages.has(page) && !this.#inFlight.has(page)) void this.#loadPage(page);
    }
  }

  #loadPage(page: number): Promise<void> {
    if (this.#pages.has(page)) return Promise.resolve();
    const running = this.#inFlight.get(page);
    if (running) return running;
    const generation = this.#generation;
    let ok = false;
    const task = this.#fetch(page * PAGE_SIZE)
      .then(({ total, clips }) => {
        ok = true;
        if (generation !== this.#generation) return;
        this.#pages.set(page, clips);
        this.#evictPages();
        this.#total = total;
        this.#error = null;
      })
      .catch((error: unknown) => {
        if (generation === this.#generation) this.#error = errorMessage(error);
      })
      .finally(() => {
        if (generation === this.#generation) {
          this.#inFlight.delete(page);
          this.#loaded = true;
          // after a failure, wait for the next scroll or refresh rather than retrying at once
          if (ok) this.#loadWanted();
        }
      });
    this.#inFlight.set(page, task);
    return task;
  }

  /** Drops the cached pages farthest from the ones in view, beyond MAX_PAGES. */
  #evictPages(): void {
    if (this.#pages.size <= MAX_PAGES) return;
    const distance = (page: number) => (page < this.#wantFirst ? this.#wantFirst - page : page > this.#wantLast ? page - this.#wantLast : 0);
    const far = [...this.#pages.keys()].sort((a, b) => distance(b) - distance(a));
    for (const page of far.slice(0, this.#pages.size - MAX_PAGES)) this.#pages.delete(page);
  }

  #fetch(offset: number) {
    const scope = this.#scope;
    const paging = { offset, limit: PAGE_SIZE, sort: this.#sort, descending: this.#descending };
    if (scope.kind === 'trash') return api.listTrash(paging);
    if (scope.kind === 'search') {
      return api.search({ query: scope.query, ...scope.filters, offset, limit: PAGE_SIZE, sort: this.textSearch ? this.#searchSort : this.#sort });
    }
    return api.listClips(paging);
  }

  /** Drops the cached pages and loads the first again (after an import, a trash, a new scope or sort). */
  async refresh(): Promise<void> {
    this.#generation++;
    this.#pages.clear();
    this.#inFlight.clear();
    // the first page (for the total) and the rows in view
    const wanted = [0];
    for (let page = Math.max(1, this.#wantFirst); page <= this.#wantLast; page++) wanted.push(page);
    await Promise.all(wanted.map((page) => this.#loadPage(page)));
  }

  setScope(scope: Scope): void {
    this.#scope = scope;
    this.#selected = new Set();
    this.#anchor = null;
    this.#cursor = -1;
    this.#total = 0;
    this.#loaded = false;
    ui.show('library');
    void this.refresh();
  }

  search(query: string, filters: SearchFilters = {}, label?: string): void {
    const text = query.trim();
    if (!text && Object.keys(filters).length === 0) {
      this.setScope({ kind: 'library' });
      return;
    }
    this.setScope({ kind: 'search', query: text, filters, label: label ?? `Search: ${text}` });
  }

  setSort(sort: SearchSort, descending = sort === 'published' || sort === 'imported'): void {
    if (this.textSearch) this.#searchSort = sort;
    else if (sort !== 'relevance') {
      this.#sort = sort;
      this.#descending = descending;
    }
    void this.refresh();
  }

  // ── selection ─────────────────────────────────────────────────────────────────────────────────
  isSelected(id: number): boolean {
    return this.#selected.has(id);
  }

  click(index: number, mode: ClickMode): void {
    const row = this.row(index);
    if (!row) return;
    const next = applyClick({ ids: this.#selected, anchor: this.#anchor }, index, row.id, mode, (i) => this.row(i)?.id);
    this.#selected = next.ids;
    this.#anchor = next.anchor;
    this.#cursor = index;
    if (mode === 'replace' || (mode === 'toggle' && next.ids.has(row.id))) void this.open(row.id);
  }

  /** Arrow keys: move the cursor (opening the clip), or extend the selection with Shift. */
  move(delta: number, extend: boolean): void {
    if (this.#total === 0) return;
    const index = Math.min(this.#total - 1, Math.max(0, (this.#cursor < 0 ? -1 : this.#cursor) + delta));
    this.#cursor = index;
    const mode = extend ? 'range' : 'replace';
    if (this.row(index)) {
      this.click(index, mode);
      return;
    }
    void this.#loadPage(Math.floor(index / PAGE_SIZE)).then(() => {
      if (this.#cursor === index) this.click(index, mode);
    });
  }

  /** Space / Ctrl+Space: toggle the row under the cursor. */
  toggleCursor(): void {
    if (this.#cursor >= 0) this.click(this.#cursor, 'toggle');
  }

  selectAllLoaded(): void {
    const ids = new Set<number>();
    for (const page of this.#pages.values()) for (const clip of page) ids.add(clip.id);
    this.#selected = ids;
  }

  // ── the open clip ─────────────────────────────────────────────────────────────────────────────
  async open(id: number, focus: QuoteFocus | null = null): Promise<void> {
    const request = ++this.#opening;
    this.#focusQuote = focus;
    this.#showOriginal = false;
    try {
      const clip = await api.getClip({ id });
      if (request !== this.#opening) return;
      this.#clip = clip;
      this.#clipError = clip ? null : 'That clip is no longer in the library.';
    } catch (error) {
      if (request === this.#opening) this.#clipError = errorMessage(error);
    }
  }

  /** Opens a clip from elsewhere (timeline, quick switcher) in the library view, scrolled to a quote. */
  async reveal(id: number, focus: QuoteFocus | null = null): Promise<void> {
    ui.show('library');
    this.#selected = new Set([id]);
    await this.open(id, focus);
  }

  clearFocus(): void {
    this.#focusQuote = null;
  }

  toggleOriginal(): void {
    this.#showOriginal = !this.#showOriginal;
  }

  async edit(field: EditableField, value: string | null): Promise<boolean> {
    const clip = this.#clip;
    if (!clip) return false;
    try {
      this.#clip = await api.editClip({ id: clip.id, fields: { [field]: value } });
      void this.refresh();
      return true;
    } catch (error) {
      ui.notify(`Could not save the ${field}: ${errorMessage(error)}`, 'error');
      return false;
    }
  }

  async revert(field: EditableField): Promise<void> {
    const clip = this.#clip;
    if (!clip) return;
    try {
      this.#clip = await api.revertField({ id: clip.id, field });
      ui.notify(`The ${field} is back to what the cleaner found.`);
      void this.refresh();
    } catch (error) {
      ui.notify(`Could not revert the ${field}: ${errorMessage(error)}`, 'error');
    }
  }

  async reloadClip(): Promise<void> {
    if (this.#clip) await this.open(this.#clip.id, null);
  }

  // ── trash and undo ────────────────────────────────────────────────────────────────────────────
  /** The selection, or the open clip when nothing is selected. */
  #targets(): number[] {
    if (this.#selected.size) return [...this.#selected];
    return this.#clip ? [this.#clip.id] : [];
  }

  async trashSelected(): Promise<void> {
    const ids = this.#targets();
    if (ids.length === 0 || this.inTrash) return;
    try {
      const { trashed } = await api.trashClips({ ids });
      this.#undo = [...this.#undo, { kind: 'trash', ids }];
      ui.notify(`Moved ${trashed === 1 ? '1 clip' : `${trashed} clips`} to the trash. Ctrl+Z undoes.`);
      this.#afterRemoval(ids);
    } catch (error) {
      ui.notify(`Could not move to the trash: ${errorMessage(error)}`, 'error');
    }
  }

  async restoreSelected(): Promise<void> {
    const ids = this.#targets();
    if (ids.length === 0) return;
    try {
      const { restored } = await api.restoreClips({ ids });
      ui.notify(`Restored ${restored === 1 ? '1 clip' : `${restored} clips`} to the library.`);
      this.#afterRemoval(ids);
    } catch (error) {
      ui.notify(`Could not restore: ${errorMessage(error)}`, 'error');
    }
  }

  async emptyTrash(): Promise<void> {
    try {
      const { deleted } = await api.emptyTrash({});
      ui.notify(`Deleted ${deleted === 1 ? '1 clip' : `${deleted} clips`} for good.`);
      this.#afterRemoval([]);
    } catch (error) {
      ui.notify(`Could not empty the trash: ${errorMessage(error)}`, 'error');
    }
  }

  #afterRemoval(ids: number[]): void {
    if (this.#clip && ids.includes(this.#clip.id)) this.#clip = null;
    this.#selected = new Set();
    this.#anchor = null;
    void this.refresh();
    onLibraryChanged?.();
  }

  rememberImport(importId: number, count: number): void {
    this.#undo = [...this.#undo, { kind: 'import', importId, count }];
  }

  /** The import panel's "Undo import": takes back that import, wherever it is in the undo history. */
  async undoImport(importId: number): Promise<void> {
    try {
      const { removed } = await api.undoImport({ importId });
      ui.notify(`Undid the import: ${removed === 1 ? '1 clip' : `${removed} clips`} moved to the trash.`);
      this.#undo = this.#undo.filter((u) => !(u.kind === 'import' && u.importId === importId));
      this.#afterRemoval([]);
    } catch (error) {
      ui.notify(`Could not undo the import: ${errorMessage(error)}`, 'error');
    }
  }

  /** Ctrl/⌘+Z: takes back the last trash or import. */
  async undo(): Promise<void> {
    const last = this.#undo.at(-1);
    if (!last) {
      ui.notify('Nothing to undo.');
      return;
    }
    try {
      if (last.kind === 'trash') {
        await api.restoreClips({ ids: last.ids });
        ui.notify(`Restored ${last.ids.length === 1 ? '1 clip' : `${last.ids.length} clips`} from the trash.`);
      } else {
        const { removed } = await api.undoImport({ importId: last.importId });
        ui.notify(`Undid the import: ${removed === 1 ? '1 clip' : `${removed} clips`} moved to the trash.`);
      }
      this.#undo = this.#undo.slice(0, -1);
      this.#afterRemoval([]);
    } catch (error) {
      ui.notify(`Could not undo: ${errorMessage(error)}`, 'error');
    }
  }

  reset(): void {
    this.#scope = { kind: 'library' };
    this.#sort = 'published';
    this.#searchSort = 'relevance';
    this.#descending = true;
    this.#total = 0;
    this.#pages.clear();
    this.#inFlight.clear();
    this.#generation++;
    this.#loaded = false;
    this.#error = null;
    this.#selected = new Set();
    this.#anchor = null;
    this.#cursor = -1;
    this.#clip = null;
    this.#clipError = null;
    this.#focusQuote = null;
    this.#showOriginal = false;
    this.#undo = [];
  }
}

/** Set by the catalog so counts refresh after a trash or restore (avoids a circular import). */
let onLibraryChanged: (() => void) | null = null;
export function whenLibraryChanges(listener: () => void): void {
  onLibraryChanged = listener;
}

export const library = new LibraryState();
