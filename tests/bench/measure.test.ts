import { describe, expect, it } from 'vitest';
import { rssSplit } from '../../electron/bench/measure';

const STATUS = ['Name:\tnode', 'VmHWM:\t  400000 kB', 'VmRSS:\t  307200 kB', 'RssAnon:\t  256000 kB', 'RssFile:\t   51200 kB', 'RssShmem:\t       0 kB'].join('\n');

describe('rssSplit', () => {
  it('reads the anonymous and file-backed RSS of /proc/<pid>/status in MB', () => {
    expect(rssSplit(STATUS)).toEqual({ anon: 250, file: 50 });
  });

  it('is null where the status has no such fields (not Linux)', () => {
    expect(rssSplit(null)).toBeNull();
    expect(rssSplit('Name:\tnode\nVmRSS:\t  307200 kB')).toBeNull();
  });
});
