// String helpers shared by the passes.

/**
 * A copy of a string that holds nothing else. A piece cut from a text (a regex match, a slice of 13 characters
 * or more) is kept by V8 as a view into the whole text: stored as a key of a process-wide cache it would keep
 * every clip it came from alive. Caches store their keys (and what they read from them) through this.
 */
export const detached = (s: string): string => (' ' + s).slice(1);
