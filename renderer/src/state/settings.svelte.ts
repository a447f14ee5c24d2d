// Settings (theme, date order) and where the library lives. The theme is applied as data-theme on <html>.
import type { ApiVersion, Settings } from '../../../electron/shared/api';
import { api, errorMessage } from '../lib/api';
import { ui } from './ui.svelte';

export class SettingsState {
  #settings = $state<Settings>({ theme: 'system', dateOrder: 'dmy' });
  #version = $state<ApiVersion | null>(null);
  #error = $state<string | null>(null);

  get theme() { return this.#settings.theme; }
  get dateOrder() { return this.#settings.dateOrder; }
  get version() { return this.#version; }
  get error() { return this.#error; }

  async load(): Promise<void> {
    try {
      const [settings, version] = await Promise.all([api.getSettings({}), api.version({})]);
      this.#settings = settings;
      this.#version = version;
      this.#error = null;
    } catch (error) {
      this.#error = errorMessage(error);
    }
    this.#apply();
  }

  async update(changes: Partial<Settings>): Promise<void> {
    const before = this.#settings;
    this.#settings = { ...before, ...changes };
    this.#apply();
    try {
      this.#settings = await api.updateSettings(changes);
    } catch (error) {
      this.#settings = before;
      ui.notify(`Could not save the setting: ${errorMessage(error)}`, 'error');
    }
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.dataset.theme = this.#settings.theme;
  }

  reset(): void {
    this.#settings = { theme: 'system', dateOrder: 'dmy' };
    this.#version = null;
    this.#error = null;
  }
}

export const settings = new SettingsState();
