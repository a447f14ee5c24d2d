// User settings (theme, date order) live beside the app's other per-user settings, not in a library.
import type { CuttingsApi, Settings } from '../../shared/api';
import { readSettings, userDataDir, writeSettings } from '../paths';

export type SettingsCalls = Pick<CuttingsApi, 'getSettings' | 'updateSettings'>;

/** Month-day is the reading of ambiguous numeric dates only where the locale writes them so. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'BZ']);

export function defaultSettings(locale = Intl.DateTimeFormat().resolvedOptions().locale): Settings {
  const region = locale.split('-').find((part, i) => i > 0 && /^[A-Z]{2}$/.test(part));
  return { theme: 'system', dateOrder: region && MONTH_FIRST_REGIONS.has(region) ? 'mdy' : 'dmy' };
}

export function loadSettings(dir = userDataDir()): Settings {
  const stored = readSettings(dir);
  const defaults = defaultSettings();
  return {
    theme: stored.theme === 'light' || stored.theme === 'dark' || stored.theme === 'system' ? stored.theme : defaults.theme,
    dateOrder: stored.dateOrder === 'mdy' || stored.dateOrder === 'dmy' ? stored.dateOrder : defaults.dateOrder,
  };
}

export function settingsCalls(dir = userDataDir()): SettingsCalls {
  return {
    getSettings: async () => loadSettings(dir),
    async updateSettings(changes) {
      const next = { ...loadSettings(dir), ...changes };
      writeSettings({ ...readSettings(dir), ...next }, dir);
      return next;
    },
  };
}
