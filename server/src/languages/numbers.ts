/** Helpers for the number words of `LanguageData.numberWords`: data written compactly, read as a table. */

/**
 * A table of number words from lists: a string lists the words for 0, 1, 2, … (cardinals) or
 * 1, 2, … (ordinals, from the third argument on: a string starting at 1); an object gives the
 * words (space-separated) of each value.
 */
export function words(cardinals: string, cardinalValues: Readonly<Record<number, string>>, ordinals: string, ordinalValues: Readonly<Record<number, string>>): Record<string, number> {
  const table: Record<string, number> = {}
  cardinals.split(' ').forEach((word, index) => (table[word] = index))
  ordinals.split(' ').forEach((word, index) => (table[word] = index + 1))
  for (const values of [cardinalValues, ordinalValues]) {
    for (const [value, list] of Object.entries(values)) for (const word of list.split(' ')) table[word] = Number(value)
  }
  return table
}
