// String helpers shared by the passes.

/**
 * A copy of a string that holds nothing else. A piece cut from a text (a regex match, a slice of 13 characters
 * or more) is kept by V8 as a view into the whole text: stored as a key of a process-wide cache it would keep
 * every clip it came from alive. Caches store their keys (and what they read from them) through this.
 */
export const detached = (s: string): string => (' ' + s).slice(1);

/**
 * A look-up table keyed by words of the text, without Object's prototype: `word in table` and `table[word]`
 * must not find "constructor" or "toString" (a transcript label "CONSTRUCTOR:" read as a pronoun).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
