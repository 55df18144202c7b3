// Name comparison for scoring, as ontology.md defines it: case, a leading "the", possessive 's and
// punctuation do not count, so "The U.S.'s" and "us" are the same name.

export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    // Possessive before punctuation goes, or "Israel's" would become "israels".
    .replace(/['’]s\b/g, '')
    .replace(/\p{P}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every normalised form an entity answers to: its name and its aliases. */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const key = normaliseName(form);
    if (key) keys.add(key);
  }
  return keys;
}
