/**
 * The words a name is indexed under for searches of one or two characters: each character and
 * each pair of neighbours, within each name (never across two), separated by spaces.
 */
export function nameGrams(names: readonly string[]): string {
  const grams = new Set<string>()
  for (const name of names) {
    const characters = [...name]
    for (let i = 0; i < characters.length; i++) {
      const character = characters[i] as string
      grams.add(character)
      const next = characters[i + 1]
      if (next !== undefined) grams.add(character + next)
    }
  }
  return [...grams].join(' ')
}

/**
 * Whether the grams index finds every name containing the text: FTS5's unicode61 words are
 * letters and digits (a space, `%` or `（` ends a word), and it folds case, so a text with
 * other characters is searched by reading every name, and a cased one is counted exactly.
 */
export function gramSearchable(text: string): boolean {
  return /^[\p{L}\p{N}\p{Co}]{1,2}$/u.test(text)
}
