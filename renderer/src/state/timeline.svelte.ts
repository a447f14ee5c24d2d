// The quote timeline: one speaker, or several compared on one time axis.
import type { TimelineQuote } from '../../../electron/shared/api';
import { api, errorMessage } from '../lib/api';
import { density, groupByMonth } from '../lib/timeline';
import { ui } from './ui.svelte';

export class TimelineState {
  #speakers = $state<string[]>([]);
  #quotes = $state<TimelineQuote[]>([]);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #compare = $state(false);
  #filter = $state('');

  get speakers() { return this.#speakers; }
  get quotes() { return this.#quotes; }
  get loading() { return this.#loading; }
  get error() { return this.#error; }
  get compare() { return this.#compare; }
  get filter() { return this.#filter; }
  set filter(value: string) { this.#filter = value; }

  readonly groups = $derived(groupByMonth(this.#quotes));
  readonly density = $derived(density(this.#quotes, this.#speakers));

  /** Shows one speaker's timeline (or adds the speaker in compare mode). */
  async pick(name: string): Promise<void> {
    ui.show('timeline');
    if (this.#compare) {
      this.#speakers = this.#speakers.includes(name) ? this.#speakers.filter((s) => s !== name) : [...this.#speakers, name];
    } else {
      this.#speakers = [name];
    }
    await this.load();
  }

  setCompare(on: boolean): void {
    this.#compare = on;
    if (!on && this.#speakers.length > 1) {
      this.#speakers = this.#speakers.slice(0, 1);
      void this.load();
    }
  }

  async load(): Promise<void> {
    if (this.#speakers.length === 0) {
      this.#quotes = [];
      return;
    }
    this.#loading = true;
    try {
      this.#quotes = await api.speakerTimeline({ speakers: [...this.#speakers] });
      this.#error = null;
    } catch (error) {
      this.#quotes = [];
      this.#error = errorMessage(error);
    } finally {
      this.#loading = false;
    }
  }

  reset(): void {
    this.#speakers = [];
    this.#quotes = [];
    this.#loading = false;
    this.#error = null;
    this.#compare = false;
    this.#filter = '';
  }
}

export const timeline = new TimelineState();
