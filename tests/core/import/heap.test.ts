import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_HEAP_GROWING_PERCENT, tightenHeapForImport } from '../../../electron/core/import/heap';

describe('tightenHeapForImport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tightens the heap growth while any import runs and hands it back to V8 when the last one ends', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    const first = tightenHeapForImport([]);
    const second = tightenHeapForImport([]);
    expect(set.mock.calls).toEqual([[`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`]]);
    first();
    first(); // a second call of the same release counts once
    expect(set).toHaveBeenCalledTimes(1);
    second();
    expect(set.mock.calls.at(-1)).toEqual(['--heap-growing-percent=0']);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('leaves a growth given at launch as it is', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    tightenHeapForImport(['--heap-growing-percent=20'])();
    tightenHeapForImport(['--heap_growing_percent=20'])();
    expect(set).not.toHaveBeenCalled();
  });
});
