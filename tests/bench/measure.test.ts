import { describe, expect, it } from 'vitest';
import { rssSampler, rssSplit } from '../../electron/bench/measure';

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

describe('rssSampler', () => {
  it('splits the main thread\'s heap at the peak into its young and old generations', () => {
    const sampler = rssSampler();
    const held = Array.from({ length: 50_000 }, (_, i) => ({ i, text: `clip ${i}` }));
    expect(sampler.stop()).toBeGreaterThan(0);
    const peak = sampler.atPeak();
    expect(held.length).toBe(50_000);
    expect(peak.new_space_mb).toBeGreaterThan(0);
    expect(peak.old_space_mb).toBeGreaterThan(0);
    expect(peak.new_space_mb + peak.old_space_mb).toBeLessThanOrEqual(peak.heap_total_mb);
  });
});
