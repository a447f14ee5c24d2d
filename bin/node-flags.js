// Node flags a `cuttings` command is started with (bin/cuttings.js starts itself again with them).

/**
 * Node flags the import command runs with, for issue 8's bound of 300 MB RSS during a 100k import. They size
 * V8's heap when the process starts and cannot be changed from inside it, so `cuttings import` starts itself
 * again with them. The young generation: V8's default semi-space grows to 16 MB (32 MB of new space) in the main
 * thread, which stores the workers' results; the objects of a stored result die within a batch, so 4 MB (8 MB of
 * new space, as a worker has) is enough, and takes 24 MB off the import's RSS. (The app's main process cannot be
 * given them after launch: there it does without; see electron/core/import/heap.ts for what applies in both.)
 */
export const IMPORT_NODE_FLAGS = ['--max-semi-space-size=4'];
/** set in the environment of the process started again, so it does not start itself once more */
export const RELAUNCHED = 'CUTTINGS_NODE_FLAGS_SET';

/** A flag's name as V8 reads it (dashes and underscores are the same to it). */
const flagName = (flag) => flag.split('=')[0].replaceAll('_', '-');

/**
 * The flags to start the command `args` (process.argv after the script) again with: none for other commands,
 * when they are in place already, or for a flag the user gave (on the command line or in NODE_OPTIONS).
 * @param {readonly string[]} args
 * @param {readonly string[]} execArgv
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function relaunchFlags(args, execArgv, env) {
  if (args[0] !== 'import' || env[RELAUNCHED]) return [];
  const given = new Set([...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].map(flagName));
  return IMPORT_NODE_FLAGS.filter((flag) => !given.has(flagName(flag)));
}
