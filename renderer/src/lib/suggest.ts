// Suggestions for a name being typed (tags, speakers) out of lists that run to tens of thousands in a large
// library: the few worth offering, never a datalist of every name.

/** Names starting with what is typed (case ignored), then names containing it; at most `limit`, none when nothing is typed. */
export function suggestNames(names: Iterable<string>, typed: string, limit: number): string[] {
  const needle = typed.trim().toLowerCase();
  if (!needle || limit <= 0) return [];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower.startsWith(needle)) {
      starts.push(name);
      if (starts.length >= limit) break;
    } else if (contains.length < limit && lower.includes(needle)) contains.push(name);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The names of a list of named things, lazily (no copy of a long list). */
export function* namesOf(items: Iterable<{ name: string }>): Iterable<string> {
  for (const item of items) yield item.name;
}
