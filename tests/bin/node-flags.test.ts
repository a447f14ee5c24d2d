import { describe, expect, it } from 'vitest';
import { IMPORT_NODE_FLAGS, RELAUNCHED, relaunchFlags } from '../../bin/node-flags.js';

describe('relaunchFlags', () => {
  it('gives the import command its heap flags, and no other command', () => {
    expect(relaunchFlags(['import', 'clips', '--json'], [], {})).toEqual([...IMPORT_NODE_FLAGS]);
    expect(relaunchFlags(['search', 'import'], [], {})).toEqual([]);
    expect(relaunchFlags([], [], {})).toEqual([]);
  });

  it('does not start a process started again once more', () => {
    expect(relaunchFlags(['import', 'clips'], [...IMPORT_NODE_FLAGS], { [RELAUNCHED]: '1' })).toEqual([]);
  });

  it('leaves a flag the user gave, on the command line (either spelling) or in NODE_OPTIONS', () => {
    const name = IMPORT_NODE_FLAGS[0]!.split('=')[0]!;
    expect(relaunchFlags(['import', 'clips'], [`${name}=2`], {})).toEqual(IMPORT_NODE_FLAGS.slice(1));
    expect(relaunchFlags(['import', 'clips'], [`${name.replaceAll('-', '_').replace(/^__/, '--')}=2`], {})).toEqual(IMPORT_NODE_FLAGS.slice(1));
    expect(relaunchFlags(['import', 'clips'], [], { NODE_OPTIONS: `--require x.cjs ${name}=8` })).toEqual(IMPORT_NODE_FLAGS.slice(1));
  });
});
