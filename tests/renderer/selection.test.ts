import { describe, expect, it } from 'vitest';
import { applyClick, clickMode } from '../../renderer/src/lib/selection';
import { shortcutFor } from '../../renderer/src/lib/shortcuts';

const ids = [10, 11, 12, 13, 14];
const idAt = (i: number) => ids[i];

describe('list selection', () => {
  it('replaces, toggles and extends like a file manager', () => {
    let model = applyClick({ ids: new Set(), anchor: null }, 1, 11, 'replace', idAt);
    expect([...model.ids]).toEqual([11]);
    model = applyClick(model, 3, 13, 'range', idAt);
    expect([...model.ids].sort()).toEqual([11, 12, 13]);
    model = applyClick(model, 0, 10, 'range', idAt);
    expect([...model.ids].sort()).toEqual([10, 11]);
    model = applyClick(model, 4, 14, 'toggle', idAt);
    expect([...model.ids].sort()).toEqual([10, 11, 14]);
    model = applyClick(model, 4, 14, 'toggle', idAt);
    expect([...model.ids].sort()).toEqual([10, 11]);
  });
  it('skips rows that are not loaded in a long range', () => {
    const model = applyClick({ ids: new Set([10]), anchor: 0 }, 4, 14, 'range', (i) => (i === 2 ? undefined : ids[i]));
    expect([...model.ids].sort()).toEqual([10, 11, 13, 14]);
  });
  it('reads the click mode from the modifier keys', () => {
    expect(clickMode({ shiftKey: true, ctrlKey: false, metaKey: false })).toBe('range');
    expect(clickMode({ shiftKey: false, ctrlKey: false, metaKey: true })).toBe('toggle');
    expect(clickMode({ shiftKey: false, ctrlKey: false, metaKey: false })).toBe('replace');
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}, tagName = 'BODY') => ({
    key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods, target: { tagName } as unknown as EventTarget,
  });
  it('maps keys to actions, on Ctrl and ⌘ alike', () => {
    expect(shortcutFor(key('f', { ctrlKey: true }))).toBe('find');
    expect(shortcutFor(key('F', { metaKey: true }))).toBe('find');
    expect(shortcutFor(key('p', { ctrlKey: true }))).toBe('switcher');
    expect(shortcutFor(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(key('Delete'))).toBe('trash');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('shortcuts');
    expect(shortcutFor(key('x'))).toBeNull();
  });
  it('leaves typing alone: Delete, ? and Ctrl+Z belong to the text field', () => {
    expect(shortcutFor(key('Delete', {}, 'INPUT'))).toBeNull();
    expect(shortcutFor(key('?', {}, 'TEXTAREA'))).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true }, 'INPUT'))).toBeNull();
    expect(shortcutFor(key('f', { ctrlKey: true }, 'INPUT'))).toBe('find');
  });
});

describe('error messages', () => {
  it('drops the wrapper Electron puts around errors from the main process', async () => {
    const { errorMessage } = await import('../../renderer/src/lib/api');
    expect(errorMessage(new Error("Error invoking remote method 'cuttings:api:listTags': Error: listTags is not available in this build of Cuttings yet"))).toBe(
      'listTags is not available in this build of Cuttings yet',
    );
    expect(errorMessage(new Error('no clip with id 4'))).toBe('no clip with id 4');
  });
});
