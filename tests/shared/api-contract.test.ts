import { describe, expect, it } from 'vitest';
import { API_CALLS, apiSchemas, parseApiArg } from '../../electron/shared/api-schema';
import { createApi } from '../../electron/core/api';
import { Library } from '../../electron/core/library';
import { tempDir } from '../helpers/temp';

describe('the API contract', () => {
  it('is implemented call for call by core (and nothing more is exposed)', () => {
    const library = Library.open(':memory:');
    const api = createApi(library, { settingsDir: tempDir() });
    const implemented = Object.keys(api).filter((k) => k !== 'dispose').sort();
    expect(implemented).toEqual([...API_CALLS].sort());
    library.close();
  });

  it('validates arguments with a message naming the call and the field', () => {
    expect(() => parseApiArg('getClip', { id: -1 })).toThrow(/^getClip: id: /);
    expect(() => parseApiArg('listClips', { sort: 'DROP TABLE' })).toThrow(/listClips: sort/);
    expect(() => parseApiArg('listClips', { extra: 1 })).toThrow(/listClips/);
    expect(() => parseApiArg('editClip', { id: 1, fields: { body: null } })).toThrow(/body cannot be empty/);
    expect(parseApiArg('listClips', undefined)).toEqual({});
    expect(Object.keys(apiSchemas).length).toBe(API_CALLS.length);
  });

  it('round-trips settings through the settings file', async () => {
    const library = Library.open(':memory:');
    const dir = tempDir();
    const api = createApi(library, { settingsDir: dir });
    const before = await api.getSettings({});
    expect(['dmy', 'mdy']).toContain(before.dateOrder);
    await api.updateSettings({ dateOrder: 'mdy', theme: 'dark' });
    expect(await createApi(library, { settingsDir: dir }).getSettings({})).toEqual({ dateOrder: 'mdy', theme: 'dark' });
    library.close();
  });
});
