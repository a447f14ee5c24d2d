// What the sidebar, the tags manager and the quick switcher list: tags (with rules), speakers, sources,
// saved searches and library counts. Each list keeps its own error so one missing call never hides the rest.
import type { LibraryStats, SavedSearch, SourceInfo, SpeakerInfo, TagInfo, TagRule, TagRuleField } from '../../../electron/shared/api';
import type { TagKind } from '../../../electron/shared/article';
import { api, errorMessage } from '../lib/api';
import { library, whenLibraryChanges } from './library.svelte';
import { ui } from './ui.svelte';

type Section = 'tags' | 'rules' | 'speakers' | 'sources' | 'saved' | 'stats';

export class CatalogState {
  // raw state: the lists are replaced whole, never changed in place, and a large library has tens of thousands
  // of tags; deep proxies would make every read of them (a colour per list row) slow
  #tags = $state.raw<TagInfo[]>([]);
  #rules = $state.raw<TagRule[]>([]);
  #speakers = $state.raw<SpeakerInfo[]>([]);
  #sources = $state.raw<SourceInfo[]>([]);
  #saved = $state.raw<SavedSearch[]>([]);
  #stats = $state.raw<LibraryStats | null>(null);
  /** the user's tag colours by name: list rows look colours up as they scroll in */
  #colors = $derived(new Map(this.#tags.filter((t) => t.color).map((t) => [t.name, t.color!])));
  #errors = $state<Partial<Record<Section, string>>>({});

  get tags() { return this.#tags; }
  get rules() { return this.#rules; }
  get speakers() { return this.#speakers; }
  get sources() { return this.#sources; }
  get saved() { return this.#saved; }
  get stats() { return this.#stats; }
  get errors() { return this.#errors; }
  tagColor = (name: string): string | null => this.#colors.get(name) ?? null;

  async #load<T>(section: Section, fetch: () => Promise<T>, store: (value: T) => void): Promise<void> {
    try {
      store(await fetch());
      const { [section]: _gone, ...rest } = this.#errors;
      this.#errors = rest;
    } catch (error) {
      this.#errors = { ...this.#errors, [section]: errorMessage(error) };
    }
  }

  /**
   * One list after another, the quick ones first. The server answers one call at a time, so lists asked for all at
   * once would hold a click on a clip back until the slowest of them (the tags, in a large library) was done;
   * asked for in turn, the click waits for the one list being worked on at most.
   */
  async refresh(): Promise<void> {
    await this.#load('saved', () => api.listSavedSearches({}), (v) => (this.#saved = v));
    await this.#load('sources', () => api.listSources({}), (v) => (this.#sources = v));
    await this.#load('stats', () => api.stats({}), (v) => (this.#stats = v));
    await this.#load('speakers', () => api.listSpeakers({}), (v) => (this.#speakers = v));
    await this.#load('tags', () => api.listTags({}), (v) => (this.#tags = v));
  }

  refreshTags(): Promise<void> {
    return this.#load('tags', () => api.listTags({}), (v) => (this.#tags = v));
  }

  refreshRules(): Promise<void> {
    return this.#load('rules', () => api.listTagRules({}), (v) => (this.#rules = v));
  }

  /** Runs a change, tells the user how it went, and reloads what it touched. */
  async #change(what: string, run: () => Promise<unknown>, done?: string): Promise<boolean> {
    try {
      await run();
      if (done) ui.notify(done);
      return true;
    } catch (error) {
      ui.notify(`Could not ${what}: ${errorMessage(error)}`, 'error');
      return false;
    } finally {
      await this.refreshTags();
    }
  }

  // ── tags on clips ─────────────────────────────────────────────────────────────────────────────
  async addTag(clipIds: number[], name: string, kind: TagKind = 'topic'): Promise<boolean> {
    const ok = await this.#change('add the tag', () => api.addTag({ clipIds, name, kind }));
    if (ok) await this.#afterTagChange();
    return ok;
  }

  async removeTag(clipIds: number[], name: string): Promise<boolean> {
    const ok = await this.#change('remove the tag', () => api.removeTag({ clipIds, name }));
    if (ok) await this.#afterTagChange();
    return ok;
  }

  async #afterTagChange(): Promise<void> {
    await library.reloadClip();
    void library.refresh();
  }

  // ── the tags manager ──────────────────────────────────────────────────────────────────────────
  async renameTag(id: number, name: string): Promise<boolean> {
    const ok = await this.#change('rename the tag', () => api.renameTag({ id, name }), `Renamed the tag to “${name}”.`);
    if (ok) await this.#afterTagChange();
    return ok;
  }

  async mergeTags(ids: number[], into: string): Promise<boolean> {
    const ok = await this.#change('merge the tags', () => api.mergeTags({ ids, into }), `Merged ${ids.length} tags into “${into}”.`);
    if (ok) await this.#afterTagChange();
    return ok;
  }

  async deleteTag(id: number, name: string): Promise<boolean> {
    const ok = await this.#change('delete the tag', () => api.deleteTag({ id }), `Deleted the tag “${name}”.`);
    if (ok) await this.#afterTagChange();
    return ok;
  }

  setTagColor(id: number, color: string | null): Promise<boolean> {
    return this.#change('change the colour', () => api.setTagColor({ id, color }));
  }

  async saveRule(field: TagRuleField, contains: string, tag: string, id?: number): Promise<boolean> {
    const ok = await this.#change('save the rule', () => api.saveTagRule({ id, field, contains, tag }), 'Saved the rule.');
    await this.refreshRules();
    return ok;
  }

  async deleteRule(id: number): Promise<boolean> {
    const ok = await this.#change('delete the rule', () => api.deleteTagRule({ id }));
    await this.refreshRules();
    return ok;
  }

  async applyRules(): Promise<void> {
    let tagged = 0;
    const ok = await this.#change('apply the rules', async () => ({ tagged } = await api.applyTagRules({})));
    if (ok) {
      ui.notify(`Rules tagged ${tagged === 1 ? '1 clip' : `${tagged} clips`}.`);
      await this.#afterTagChange();
    }
  }

  // ── saved searches ────────────────────────────────────────────────────────────────────────────
  async saveSearch(name: string, query: string): Promise<void> {
    try {
      await api.saveSearch({ name, query });
      ui.notify(`Saved the search “${name}”.`);
    } catch (error) {
      ui.notify(`Could not save the search: ${errorMessage(error)}`, 'error');
    }
    await this.#load('saved', () => api.listSavedSearches({}), (v) => (this.#saved = v));
  }

  async deleteSavedSearch(id: number): Promise<void> {
    try {
      await api.deleteSavedSearch({ id });
    } catch (error) {
      ui.notify(`Could not delete the saved search: ${errorMessage(error)}`, 'error');
    }
    await this.#load('saved', () => api.listSavedSearches({}), (v) => (this.#saved = v));
  }

  reset(): void {
    this.#tags = [];
    this.#rules = [];
    this.#speakers = [];
    this.#sources = [];
    this.#saved = [];
    this.#stats = null;
    this.#errors = {};
  }
}

export const catalog = new CatalogState();
whenLibraryChanges(() => void catalog.refresh());
