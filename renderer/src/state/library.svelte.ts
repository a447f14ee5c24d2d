// Clip list and the open clip. Components read these getters; only methods here call the API.
import type { Clip, ClipSummary } from '../../../electron/shared/api';
import { api } from '../lib/api';

const PAGE_SIZE = 200;

export class LibraryState {
  #clips = $state<ClipSummary[]>([]);
  #total = $state(0);
  #selectedId = $state<number | null>(null);
  #clip = $state<Clip | null>(null);
  #error = $state<string | null>(null);
  #loading = $state(false);

  get clips() { return this.#clips; }
  get total() { return this.#total; }
  get selectedId() { return this.#selectedId; }
  get clip() { return this.#clip; }
  get error() { return this.#error; }
  get loading() { return this.#loading; }

  async refresh(): Promise<void> {
    this.#loading = true;
    try {
      const page = await api.listClips({ limit: PAGE_SIZE });
      this.#clips = page.clips;
      this.#total = page.total;
      this.#error = null;
    } catch (error) {
      this.#error = (error as Error).message;
    } finally {
      this.#loading = false;
    }
  }

  async open(id: number): Promise<void> {
    this.#selectedId = id;
    try {
      this.#clip = await api.getClip({ id });
      this.#error = null;
    } catch (error) {
      this.#error = (error as Error).message;
    }
  }

  reset(): void {
    this.#clips = [];
    this.#total = 0;
    this.#selectedId = null;
    this.#clip = null;
    this.#error = null;
  }
}

export const library = new LibraryState();
