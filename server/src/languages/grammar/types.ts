/**
 * What a language's grammar tells about the first words of a paragraph:
 * the kinds of opener they can be, recognised by their form whatever the
 * word (a participle, a present-tense verb, an infinitive or a verbal noun),
 * and whether a one-letter difference from a known phrase is a typing slip.
 * Every module is pure and works on folded text (`core/normalize.ts`).
 */

/**
 * A kind of paragraph opener:
 * - `preamble`: participle, adjective, participial or prepositional phrase (`RECALLING`, `DEEPLY CONCERNED`, `وإذ تشير`);
 * - `finite`: a present-tense verb, adverb-led or not (`DECIDES`, `Also decides`, `تقرر`);
 * - `continuing`: the form a chapeau calls for (bare infinitive, infinitive, verbal noun, `أن` + verb);
 * - `none`: a word that opens no paragraph (article, determiner, pronoun): no verb at all.
 */
export type OpenerClass = 'preamble' | 'finite' | 'continuing' | 'none'

/** One way of reading the first words: a kind and how many words the opener spans. */
export interface Reading {
  class: OpenerClass
  words: number
  /**
   * The form allows this reading without telling it (an English bare word may be an adjective: `WARY`, but so
   * may be `INTERPOL`): enough to accept a word where the reading is expected, never enough to start a paragraph.
   */
  guess?: boolean
}

/** The kind of a single edit between two words. */
export type Edit = 'substitution' | 'insertion' | 'deletion' | 'transposition'

/** A language's grammar of openers. */
export interface Grammar {
  /**
   * Every reading of the first folded words of a paragraph that their form allows (several when the form is
   * ambiguous: Arabic `تبادل` is a verb and a verbal noun, Spanish `-ida` a participle or a verb); none when the
   * form tells nothing.
   */
  read(words: readonly string[]): Reading[]
  /**
   * Whether `written`, one `edit` away from the known form `known` (both folded), is a typing slip rather than
   * another word or another form of the same word (`RECALING`, `تدعوا`, but not `VOTING` for `NOTING` nor
   * `Désigne` for `Désigner`). `wellFormed`: whether the written word passes the grammar where it stands.
   */
  slip(written: string, known: string, edit: Edit, wellFormed: boolean): boolean
  /** Last words of a chapeau that call for the continuing form (`to:`, `à :`, `إلى:`), folded. */
  chapeauEndings: readonly string[]
  /**
   * Last words of a chapeau whose items are clauses of their own, opening with any word (`DECIDES that: 1. These
   * amendments shall …`, `AMENDS Article 49 as follows: 1. In paragraph 2, …`, `DECIDE que : 1. Ces modifications …`), folded.
   */
  chapeauClauses: readonly string[]
  /**
   * The words the messages name the forms of openers with: absent, a Latin-script language's (a participle, an
   * adjective, an infinitive); `arabic`, Arabic's, where no participle nor infinitive opens a paragraph (a
   * circumstantial clause, `وإذ تشير`; an accusative verbal noun, `وإدراكا منها`; a verbal noun, `تسمية`).
   */
  formNames?: 'arabic'
}

/** The single edit that turns `written` into `known`, or undefined when they are equal or further apart. */
export function oneEdit(written: string, known: string): Edit | undefined {
  if (written === known) return undefined
  const a = written.length
  const b = known.length
  if (Math.abs(a - b) > 1) return undefined
  let start = 0
  while (start < a && start < b && written.charCodeAt(start) === known.charCodeAt(start)) start++
  let endA = a
  let endB = b
  while (endA > start && endB > start && written.charCodeAt(endA - 1) === known.charCodeAt(endB - 1)) {
    endA--
    endB--
  }
  const left = endA - start
  const right = endB - start
  if (left === 1 && right === 1) return 'substitution'
  if (left === 1 && right === 0) return 'insertion'
  if (left === 0 && right === 1) return 'deletion'
  if (left === 2 && right === 2 && written.charAt(start) === known.charAt(start + 1) && written.charAt(start + 1) === known.charAt(start)) return 'transposition'
  return undefined
}

/** Whether the one-letter insertion or deletion between two words doubles or undoubles a letter (`RECALING`, `CONSTATTANT`). */
export function doubling(written: string, known: string): boolean {
  const [long, short] = written.length > known.length ? [written, known] : [known, written]
  for (let index = 0; index < long.length; index++) {
    if (long.charAt(index) !== short.charAt(index)) {
      return long.charAt(index) === long.charAt(index - 1) || long.charAt(index) === long.charAt(index + 1)
    }
  }
  return false
}

/** Readings of an adverb-led phrase: the adverb, then whatever the next word reads as (`DEEPLY CONCERNED`, `Also decides`). */
export function adverbLed(words: readonly string[], read: (words: readonly string[]) => Reading[], classes: readonly OpenerClass[]): Reading[] {
  if (words.length < 2) return []
  return read(words.slice(1))
    .filter((reading) => classes.includes(reading.class))
    .map((reading) => ({...reading, words: reading.words + 1}))
}

/**
 * Whether a one-letter difference from a known form is a typing slip, in a
 * Latin-script language: never another form of the same verb (`inflection`),
 * nor a well-formed word that differs in its first letter only (`SELECTS` is
 * no slip of `ELECTS`, `AU VU` none of `VU`); a substitution only in a word of
 * no opener's form or a short one (of three or four letters: two-letter words
 * are other words); a doubled, dropped or added letter only in longer words.
 */
export function latinSlip(inflection: (written: string, known: string) => boolean): Grammar['slip'] {
  return (written, known, edit, wellFormed) => {
    if (inflection(written, known)) return false
    if (wellFormed && written.slice(1) === known.slice(known.length - written.length + 1) && written.charAt(0) !== known.charAt(0)) return false
    if (edit === 'substitution') return !wellFormed || (written.length >= 3 && written.length <= 4)
    if (edit === 'transposition') return true
    return known.length >= 5 && (!wellFormed || doubling(written, known) || known.length >= 6)
  }
}

/**
 * French and Spanish: another form of the same word makes no slip, in whichever word of the phrase differs: the
 * infinitive's `r` (`Désigne` / `Désigner`, `Insta` / `Instar`), a plural `s`, and the agreement of a participle or an
 * adjective with what it qualifies (`endings`: French `e`, `Ayant présente à l'esprit la Déclaration`; Spanish `o` / `a`,
 * `Enterado` / `Enterada`).
 */
export function otherForm(endings: ReadonlyArray<readonly [string, string]>): (written: string, known: string) => boolean {
  const swapped = (a: string, b: string, [x, y]: readonly [string, string]) => a.endsWith(x) && b.endsWith(y) && a.slice(0, a.length - x.length) === b.slice(0, b.length - y.length)
  return (written, known) => {
    const mine = written.split(' ')
    const theirs = known.split(' ')
    if (mine.length !== theirs.length) return false
    const differing = mine.flatMap((word, index) => (word === theirs[index] ? [] : [index]))
    if (differing.length !== 1) return false
    const a = mine[differing[0]!]!
    const b = theirs[differing[0]!]!
    if (a + 'r' === b || b + 'r' === a || a + 's' === b || b + 's' === a) return true
    return endings.some((ending) => swapped(a, b, ending) || swapped(b, a, ending))
  }
}
