/**
 * Phrasing inside a paragraph: text runs, and the citations and dates found
 * in them.
 *
 * The scan works on the folded text (`fold`: lower case, Arabic-Indic digits
 * to ASCII, dashes to `-`, white space runs to one space, diacritics dropped)
 * and maps every match back to exact source offsets. Every node holds a
 * number, so the scan visits the starts of digit runs only and tries short
 * sticky patterns there: linear in the length of the text, and a paragraph
 * without a digit is not even folded.
 *
 * - Identifiers of the families the profile cites (`citedIdentifiers`: INTERPOL's of every era,
 *   `GA-2025-93-RES-03`, `AG-2008-RES-07`, `AGN/68/RES/5`), also malformed (`GA 2022 90 RES-01`),
 *   found by their schemes' one-word prefixes and read by their parsers. Other symbols
 *   (`I/CONS/GA/1956`, reports `GA-2025-93-REP-03`, the OAS `AG/RES. 1892`) are left as text.
 * - Resolutions of the cited families cited by session and number (`pairFamilies`, `PairCitations`: the UN's):
 *   a symbol (`A/RES/71/19`), or a pair `71/19` after a word for resolution (`resolution`, `résolution`,
 *   `resolución`, `قرار`, `بقرار`, `قراراتها`, `القرار` …, up to eight words before) or in a list after another
 *   such citation (`…، و20/75`), read by the family (`read`: Arabic pairs get both readings); a session numbered
 *   apart (`PairSeries`: `ES-11/1`, `A/RES/S-27/2`, `دإط-10/24`) after its words and a dash.
 *   A pair inside another token (`7-4/7`, `I-24/7`, the document symbol `A/S-27/19`) is not a citation.
 * - Dates with a month name and a year, single or ranges, in the four
 *   languages; Arabic month pairs (`تشرين الثاني/نوفمبر`), also with a stray
 *   space around the slash or mismatched halves, which rules report.
 */
import type {Point, Position} from 'unist'
import {monthForm, monthForms, toIso} from './facts/dates.js'
import {citedIdentifiers, defaultProfile, identifierMarkers, pairFamilies, type IdentifierFacts, type PairCitations, type Profile} from '../profiles/index.js'
import {byLanguage, languageData} from '../languages/index.js'
import {memoByObject} from './memo.js'
import {romanValue} from './numbers.js'
import {fold, foldForMatch, isArabic, type Folded, type FoldedText} from './normalize.js'
import type {Citation, DateNode, DayParts, HijriDate, Language, MonthHalf, MonthName, PairReading, Phrasing, Text} from './tree.js'

function monthAlternation(language: Language): string {
  const forms = [...new Set(monthForms[language].map((entry) => foldForMatch(entry.form)))]
  return forms.sort((a, b) => b.length - a.length).join('|')
}

function datePattern(language: Language): RegExp {
  const {ordinal, dayMonth, year, range, aside = '', before = ''} = languageData(language).dates.pattern
  const names = `(?:${monthAlternation(language)})(?!\\p{L})`
  const paired = languageData(language).dates.months.kind === 'paired'
  const month = (n: string) => (paired ? `(?<${n}>${names})(?:(?<${n}s> ?/ ?)(?<${n}b>${names}))?` : `(?<${n}>${names})`)
  return new RegExp(
    `(?<d1>\\d{1,2})${ordinal}(?:(?<r1>${range})(?<d2>\\d{1,2})${ordinal})?${dayMonth}${month('m1')}` +
      // A range across months may give its first end's year too (`from 24 November 2025 to 27 November 2025`).
      `(?:(?:${year}(?<y0>\\d{4})${aside})?(?<r2>${range})${before}(?<d3>\\d{1,2})${ordinal}${dayMonth}${month('m2')})?${year}(?<y>\\d{4})(?!\\d)`,
    'yud'
  )
}

let identifierPart: RegExp | undefined

/** A language's letters of parts, folded (`الف`, `باء`). */
const partLettersOf = byLanguage((language) => languageData(language).partLetters.map(foldForMatch))
/** A language's words joining the first and last letters of a range of parts, folded (`to`, `الي`). */
const partRangesOf = byLanguage((language) => languageData(language).citations.partRanges.map(foldForMatch))
/** A word followed by a space, read at `lastIndex` (`InlineScan.wordAfter`). */
const nextWord = /[\p{L}\p{M}]+(?= )/uy

/** The prefixes the scan looks for before a digit run, folded, the longest first (`agn` before `ag`), with their scheme. */
const prefixesOf = memoByObject((schemes: readonly IdentifierFacts[]): ReadonlyArray<{word: string; scheme: IdentifierFacts}> =>
  schemes
    .flatMap((scheme) => scheme.scheme.forms.filter((form) => /^[A-Z]+$/.test(form.prefix)).map((form) => ({word: form.prefix.toLowerCase(), scheme})))
    .sort((a, b) => b.word.length - a.word.length)
)

function citedPrefixes(profile: Profile): ReadonlyArray<{word: string; scheme: IdentifierFacts}> {
  return prefixesOf(citedIdentifiers(profile))
}

/** The patterns of the scan, exported for the ReDoS check. Each is tried at one position (sticky). */
/** The Hijri date beside a Gregorian one, read at its end (`languages/<code>.ts` `dates.hijri`); none in a language that writes none. */
function hijriPattern(language: Language): RegExp | undefined {
  const hijri = languageData(language).dates.hijri
  if (!hijri) return undefined
  const names = hijri.months.flat().map(foldForMatch).sort((a, b) => b.length - a.length).join('|')
  return new RegExp(`${hijri.between}(?<d>\\d{1,2})(?:(?:${hijri.range})(?<d2>\\d{1,2}))? (?<m>${names}) (?<y>\\d{4})${hijri.era}`, 'yud')
}

/** A Hijri date written before a Gregorian one, read back from the Gregorian date's start (anchored at the end of the text before it). */
function hijriBeforePattern(language: Language): RegExp | undefined {
  const hijri = languageData(language).dates.hijri
  if (!hijri?.before) return undefined
  const names = hijri.months.flat().map(foldForMatch).sort((a, b) => b.length - a.length).join('|')
  return new RegExp(`(?<!\\d)(?<d>\\d{1,2})(?:(?:${hijri.range})(?<d2>\\d{1,2}))? (?<m>${names}) (?<y>\\d{4})${hijri.era}(?:${hijri.before})$`, 'ud')
}

/** The Hijri month (1–12) of a folded name, by language. */
const hijriMonths = byLanguage((language) => new Map((languageData(language).dates.hijri?.months ?? []).flatMap((forms, index) => forms.map((form) => [foldForMatch(form), index + 1] as const))))

export const inlinePatterns = {
  date: byLanguage(datePattern),
  hijri: byLanguage(hijriPattern),
  hijriBefore: byLanguage(hijriBeforePattern),
  /** A digit run. */
  digits: /\d+/g,
  /** An `S/N` pair (or `N/S` in Arabic), also with a spaced slash (`40 / 152`). */
  pair: /(\d{1,4}) ?\/ ?(\d{1,4})(?![\d/])/y,
  /** One part of an identifier after its prefix: separators, then a number or the word before the number (`RES`), of any family's forms. */
  get identifierPart(): RegExp {
    // Made on first use: the registry is still loading when this module is (a profile's module imports it).
    identifierPart ??= new RegExp(`[ \\-/_]{0,3}(?:(\\d{1,4})(?!\\d)|(${identifierMarkers().join('|') || '(?!)'})(?![a-z]))`, 'y')
    return identifierPart
  },
  resolutionWords: byLanguage((language) => languageData(language).citations.resolutionWords),
  /** Before a pair: a marker that it is not one (a Latin letter, digit, dash, slash, dot or underscore). */
  pairGlued: /[a-z\d\-/._]/,
  /** A resolution's number before its parts and Roman session (`3220`, `2200 A (XXI)`), and that session (folded: ` (xxix)`). */
  romanNumber: /(\d{1,4})(?![\d/.,])/y,
  romanSession: / ?\(([ivxl]{1,7})\)/y,
  /** That session written with a word and its number in digits (UN Arabic `(د-29)`, `(د - 22)`, folded), the word checked against `PairCitations.sessionWords`. */
  sessionWord: / ?\(([\u0621-\u064a]{1,3}) ?- ?(\d{1,2})\)/y
}

/** Nodes for `source.slice(start, end)`: text runs, citations and dates. `folded` folds a range of `source` (the parser's `FoldedText`). */
export function scanInline(
  source: string,
  start: number,
  end: number,
  language: Language,
  point: (offset: number) => Point,
  profile: Profile = defaultProfile,
  folded: Pick<FoldedText, 'fold'> = {fold: (from, to) => fold(source, from, to)}
): Phrasing[] {
  if (start >= end) return []
  if (!hasDigit(source, start, end)) return [textNode(source, start, end, point)]
  const paragraph = folded.fold(start, end)
  const found = findNodes(source, paragraph, language, point, profile)
  const children: Phrasing[] = []
  let cursor = start
  for (const node of found) {
    const from = node.position.start.offset!
    if (from > cursor) children.push(textNode(source, cursor, from, point))
    children.push(node)
    cursor = node.position.end.offset!
  }
  if (cursor < end) children.push(textNode(source, cursor, end, point))
  return children
}

function hasDigit(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if ((code >= 48 && code <= 57) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return true
  }
  return false
}

function textNode(source: string, start: number, end: number, point: (offset: number) => Point): Text {
  return {type: 'text', value: source.slice(start, end), position: {start: point(start), end: point(end)}}
}

/** Citations and dates of a folded paragraph, in order, not overlapping. */
function findNodes(source: string, folded: Folded, language: Language, point: (offset: number) => Point, profile: Profile): Array<Citation | DateNode> {
  // A class, not closures: under tsx (the tests, npm run bench) esbuild's keepNames names each closure made per call.
  return new InlineScan(source, folded, language, point, profile).nodes()
}

/** The scan of one folded paragraph (`findNodes`): where the next node may start, and the last citations found. */
class InlineScan {
  readonly prefixes: ReadonlyArray<{word: string; scheme: IdentifierFacts}>
  readonly pairCited: readonly IdentifierFacts[]
  readonly text: string
  readonly map: Int32Array
  /** Folded end of the last node found: where the next one may start. */
  cursor = 0
  /** The last pair citation, with its family and the folded end of its tail (its date, if any). */
  lastPair: {citation: Citation; family: IdentifierFacts; tailEnd: number} | undefined
  lastCitation: {citation: Citation; end: number} | undefined

  constructor(
    readonly source: string,
    folded: Folded,
    readonly language: Language,
    readonly point: (offset: number) => Point,
    profile: Profile
  ) {
    this.prefixes = citedPrefixes(profile)
    this.pairCited = pairFamilies(profile)
    this.text = folded.text
    this.map = folded.map
  }

  /** Citations and dates, in order, not overlapping. */
  nodes(): Array<Citation | DateNode> {
    const {text} = this
    const found: Array<Citation | DateNode> = []
    // The patterns are shared: sticky and global ones are positioned with `lastIndex` before each use.
    const digits = inlinePatterns.digits
    digits.lastIndex = 0
    let run: RegExpExecArray | null
    while ((run = digits.exec(text))) {
      const at = run.index
      if (at < this.cursor) {
        digits.lastIndex = this.cursor
        continue
      }
      const node = this.identifierAt(at) ?? this.symbolAt(at) ?? this.seriesAt(at) ?? this.dateAt(at) ?? this.pairAt(at) ?? this.romanAt(at)
      if (!node) continue
      found.push(node.node)
      this.cursor = node.end
      digits.lastIndex = node.end
    }
    return found
  }

  span(from: number, to: number): Position {
    return {start: this.point(this.map[from]!), end: this.point(this.map[to - 1]! + 1)}
  }

  slice(from: number, to: number): string {
    return this.source.slice(this.map[from]!, this.map[to - 1]! + 1)
  }

  identifierAt(at: number): {node: Citation; end: number} | undefined {
    // The prefix: up to three separators back, then a cited scheme's prefix (`ga`, `ag`, `agn`) on a boundary.
    let prefixEnd = at
    while (prefixEnd > this.cursor && at - prefixEnd < 3 && ' -/_'.includes(this.text.charAt(prefixEnd - 1))) prefixEnd--
    const prefix = this.prefixes.find(({word}) => this.text.startsWith(word, prefixEnd - word.length))
    if (!prefix) return undefined
    const prefixStart = prefixEnd - prefix.word.length
    if (prefixStart < this.cursor || /[a-z\d/_.\-]/.test(this.text.charAt(prefixStart - 1))) return undefined
    const part = inlinePatterns.identifierPart
    let numbers = 0
    let res = false
    let spaced = false
    let end = prefixEnd
    // At most three numbers, or `RES` and one number after it.
    for (let count = 0; count < 4; count++) {
      part.lastIndex = end
      const match = part.exec(this.text)
      if (!match) break
      if (match[1] === undefined && (res || count === 0)) break
      if (this.text.charAt(end) === ' ') spaced = true
      end = part.lastIndex
      if (match[1] === undefined) res = true
      else if (res) {
        numbers++
        break
      } else numbers++
    }
    // The first part is a number (`AG/RES. 1892` of the OAS is not an identifier); without
    // `RES`, two numbers joined by hyphens or slashes (`l'AG 2023 2 …` is prose).
    if (numbers === 0 || (!res && (numbers < 2 || spaced))) return undefined
    // Glued to a further word or number (`GA-2025-93-REP-03`): another symbol.
    if (/[\-/_]/.test(this.text.charAt(end)) && /[a-z\d]/.test(this.text.charAt(end + 1))) return undefined
    const value = this.slice(prefixStart, end)
    // `GA2022-…`: the identifier parser needs a separator after the prefix; such a writing is never well formed.
    const glued = prefixEnd === at
    const parsed = prefix.scheme.parse(glued ? `${value.slice(0, at - prefixStart)}-${value.slice(at - prefixStart)}` : value)
    if (!parsed) return undefined
    const identifier = glued ? {...parsed, wellFormed: false} : parsed
    const node: Citation = {type: 'citation', value, family: prefix.scheme.scheme.family, identifier, position: this.span(prefixStart, end)}
    this.lastCitation = {citation: node, end}
    this.lastPair = undefined
    return {node, end}
  }

  /** A symbol of a family cited by pairs (`A/RES/71/19`), read session first in every language. */
  symbolAt(at: number): {node: Citation; end: number} | undefined {
    for (const family of this.pairCited) {
      const symbol = family.pairs!.symbols.find((word) => this.text.startsWith(word, at - word.length))
      if (symbol === undefined) continue
      const start = at - symbol.length
      if (start < this.cursor || /[a-z\d/]/.test(this.text.charAt(start - 1))) return undefined
      const pair = inlinePatterns.pair
      pair.lastIndex = at
      const match = pair.exec(this.text)
      if (!match) return undefined
      const readings = family.pairs!.read(Number(match[1]), Number(match[2]), false)
      if (readings.length === 0) return undefined
      return this.pairCitation(family, start, pair.lastIndex, readings)
    }
    return undefined
  }

  /**
   * A pair of a session numbered apart (`PairSeries`: the UN's `ES-11/1`, `S-27/2`, Arabic `دإط-10/24`): after its
   * family's symbol (`A/RES/ES-11/1`), or after a word for resolution or in a list of them, as a plain pair.
   */
  seriesAt(at: number): {node: Citation; end: number} | undefined {
    if (this.text.charAt(at - 1) !== '-') return undefined
    for (const family of this.pairCited) {
      for (const series of family.pairs!.series ?? []) {
        const word = series.words.find((candidate) => this.text.startsWith(candidate, at - 1 - candidate.length))
        if (word === undefined) continue
        const wordStart = at - 1 - word.length
        const symbol = family.pairs!.symbols.find((candidate) => this.text.startsWith(candidate, wordStart - candidate.length))
        const start = symbol === undefined ? wordStart : wordStart - symbol.length
        // A conjunction glued to it (`ودإ-30/1`) belongs to the list, as before a plain pair (`و20/75`).
        const glued = symbol === undefined && this.text.charAt(start - 1) === 'و' && !/[\p{L}\p{N}]/u.test(this.text.charAt(start - 2))
        if (start < this.cursor || (!glued && /[\p{L}\p{N}/\-._]/u.test(this.text.charAt(start - 1)))) continue
        const listStart = glued ? start - 1 : start
        if (symbol === undefined && !this.inList(listStart) && !this.afterResolutionWord(listStart)) continue
        const pair = inlinePatterns.pair
        pair.lastIndex = at
        const match = pair.exec(this.text)
        if (!match) return undefined
        const readings = family.pairs!.read(Number(match[1]), Number(match[2]), false, series.key)
        if (readings.length === 0) return undefined
        return this.pairCitation(family, start, pair.lastIndex, readings)
      }
    }
    return undefined
  }

  /** A pair after a word for resolution or in a list of them (`resolutions 73/11 and 75/10`): of the list's family, else the first cited by pairs. */
  pairAt(at: number): {node: Citation; end: number} | undefined {
    if (this.pairCited.length === 0) return undefined
    const before = this.text.charAt(at - 1)
    if (inlinePatterns.pairGlued.test(before)) return undefined
    const pair = inlinePatterns.pair
    pair.lastIndex = at
    const match = pair.exec(this.text)
    if (!match) return undefined
    // `-` after the pair continues another token (`24/7-…`).
    if (this.text.charAt(pair.lastIndex) === '-' && /\d/.test(this.text.charAt(pair.lastIndex + 1))) return undefined
    // A conjunction glued to the number (`و20/75`) belongs to the text before.
    const wordStart = isArabic(before) ? at - 1 : at
    const listed = this.inList(wordStart)
    if (!listed && !this.afterResolutionWord(wordStart)) return undefined
    if (this.otherBodyAfter(pair.lastIndex)) return undefined
    const family = listed ? this.lastPair!.family : this.pairCited[0]!
    const readings = family.pairs!.read(Number(match[1]), Number(match[2]), languageData(this.language).pairEitherOrder)
    if (readings.length === 0) return undefined
    return this.pairCitation(family, at, pair.lastIndex, readings)
  }

  /**
   * A resolution of a session of Roman numerals (`PairCitations.romanSessions`): its number, its parts and the session
   * in parentheses (`1514 (XV)`, `2200 A (XXI)`, `3419 A to D (XXX)`, `3419 A à D (XXX)`), after a word for resolution or
   * in a list of them; never a special session's (`3201 (S-VI)`) nor an emergency one's (`997 (ES-I)`).
   */
  romanAt(at: number): {node: Citation; end: number} | undefined {
    const family = this.pairCited.find((candidate) => candidate.pairs!.romanSessions !== undefined)
    if (!family || inlinePatterns.pairGlued.test(this.text.charAt(at - 1))) return undefined
    const number = inlinePatterns.romanNumber
    number.lastIndex = at
    const digits = number.exec(this.text)
    if (!digits) return undefined
    const part = this.partAfter(number.lastIndex)
    const session = this.sessionAfter(family.pairs!, part?.end ?? number.lastIndex)
    if (!session) return undefined
    const value = session.value
    if (!(value >= 1 && value <= family.pairs!.romanSessions!)) return undefined
    if (!this.inList(at) && !this.afterResolutionWord(at)) return undefined
    if (this.otherBodyAfter(session.end)) return undefined
    return this.pairCitation(family, at, session.end, [{session: value, number: Number(digits[1]), roman: true}], part)
  }

  /** The session in parentheses after a resolution's number and parts: in Roman numerals (` (xxix)`), or a word of the family's `sessionWords` and digits (UN Arabic ` (د-29)`). */
  sessionAfter(pairs: PairCitations, at: number): {value: number; end: number} | undefined {
    const roman = inlinePatterns.romanSession
    roman.lastIndex = at
    const match = roman.exec(this.text)
    if (match) return {value: romanValue(match[1]!), end: roman.lastIndex}
    const worded = inlinePatterns.sessionWord
    worded.lastIndex = at
    const written = worded.exec(this.text)
    if (!written || !pairs.sessionWords?.includes(written[1]!)) return undefined
    return {value: Number(written[2]), end: worded.lastIndex}
  }

  pairCitation(family: IdentifierFacts, from: number, until: number, readings: PairReading[], partBefore?: {letters: number[]; end: number}): {node: Citation; end: number} {
    const part = partBefore ?? this.partAfter(until)
    const to = partBefore ? until : (part?.end ?? until)
    const node: Citation = {type: 'citation', value: this.slice(from, to), family: family.scheme.family, readings, position: this.span(from, to)}
    if (part) node.part = part.letters
    this.lastPair = {citation: node, family, tailEnd: to}
    this.lastCitation = {citation: node, end: to}
    return {node, end: to}
  }

  /**
   * The letters of the parts after a UN symbol (`47/120 B`, `A/RES/72/90 A-B`, `71/101 A and B`, `40/152 سين`,
   * `71/101 ألف وباء`): a Latin capital (`60/251 a fin de` is Spanish), or a letter's name in a script without case
   * (`LanguageData.partLetters`), a whole word; after the first, joined by `-` or by a word of the language's list
   * separators (`and`, `et`, `y`, Arabic `و` written on the name), or ending a range (`A to D`, `A-C`: every letter
   * between, `citations.partRanges`); their numbers (`B` → 2) and where they end.
   */
  partAfter(at: number): {letters: number[]; end: number} | undefined {
    const letters: number[] = []
    let end = at
    for (;;) {
      const range = letters.length > 0 ? this.rangeAt(end) : -1
      const from = letters.length === 0 ? (this.text.charAt(end) === ' ' ? end + 1 : -1) : range >= 0 ? range : this.joinedAt(end)
      if (from < 0) break
      const letter = this.letterAt(from) ?? (letters.length > 0 && this.text.charAt(from - 1) === ' ' ? this.gluedLetterAt(from) : undefined)
      if (!letter || (range >= 0 && letter.number <= letters.at(-1)!)) break
      // A range names every part from its first to its last (`3419 A to D`, `72/262 A-C`: A, B, C, D).
      if (range >= 0) for (let number = letters.at(-1)! + 1; number < letter.number; number++) letters.push(number)
      letters.push(letter.number)
      end = letter.end
    }
    return letters.length > 0 ? {letters, end} : undefined
  }

  /** Where the last letter of a range of parts starts after its first one ending at `end`: after `-` or a word of the language's `partRanges` (`to`, `à`, `a`, `إلى`). */
  rangeAt(end: number): number {
    if (this.text.charAt(end) === '-') return end + 1
    const found = this.wordAfter(end)
    return found && partRangesOf[this.language].includes(found) ? end + 2 + found.length : -1
  }

  /** The word after the space at `end`, when a space follows it too (`A to D`, `A and B`). */
  wordAfter(end: number): string | undefined {
    if (this.text.charAt(end) !== ' ') return undefined
    nextWord.lastIndex = end + 1
    return nextWord.exec(this.text)?.[0]
  }

  /** Where the next part's letter starts after one ending at `end`: after `-`, or after ` and `, ` et `, ` y ` (a list separator word), or after a space. */
  joinedAt(end: number): number {
    if (this.text.charAt(end) === '-') return end + 1
    if (this.text.charAt(end) !== ' ') return -1
    const separator = this.wordAfter(end)
    if (separator && languageData(this.language).citations.listSeparators.has(separator)) return end + 2 + separator.length
    return partLettersOf[this.language].length > 0 && /^[\u0600-\u06ff]/.test(this.text.charAt(end + 1)) ? end + 1 : -1
  }

  /** A part's letter, a whole word at `from`: its number and end. */
  letterAt(from: number): {number: number; end: number} | undefined {
    const wordEnd = /[\p{L}\p{M}]*/uy
    wordEnd.lastIndex = from
    const word = wordEnd.exec(this.text)![0]
    const after = from + word.length
    if (word === '' || /[\p{L}\p{N}]/u.test(this.text.charAt(after))) return undefined
    // A symbol's letter is a Latin capital in every language (`A/RES/72/90 A-B` in an Arabic text too).
    const written = this.slice(from, after)
    const cased = written.toLowerCase() !== written.toUpperCase()
    const index = cased ? (/^[A-Z]$/.test(written) ? written.charCodeAt(0) - 65 : -1) : partLettersOf[this.language].indexOf(word)
    return index < 0 ? undefined : {number: index + 1, end: after}
  }

  /** A letter's name with the conjunction written on it (Arabic `وباء`): the letter without it. */
  gluedLetterAt(from: number): {number: number; end: number} | undefined {
    return this.text.charAt(from) === 'و' && partLettersOf[this.language].length > 0 ? this.letterAt(from + 1) : undefined
  }

  /** Whether the text from the last pair citation (and its date) to `at` only separates items of a list. */
  inList(at: number): boolean {
    if (!this.lastPair || this.lastPair.tailEnd !== this.cursor || at - this.cursor > 24) return false
    const gap = this.text.slice(this.cursor, at).replace(/^ ?[,،]? ?/, '').trim()
    return languageData(this.language).citations.listSeparators.has(gap)
  }

  /** Whether a word for resolution stands at most eight words before `at`, with no digit or punctuation between. */
  afterResolutionWord(at: number): boolean {
    const from = Math.max(this.cursor, at - 100)
    const window = this.text.slice(from, at)
    let stop = -1
    for (let index = window.length - 1; index >= 0; index--) {
      if (/[\d,،;؛.:()]/.test(window.charAt(index))) {
        stop = index
        break
      }
    }
    const words = window.slice(stop + 1).split(' ').filter(Boolean).slice(-8)
    const {resolutionWords, otherBodies} = languageData(this.language).citations
    let word = words.length - 1
    while (word >= 0 && !resolutionWords.test(words[word]!)) word--
    if (word < 0) return false
    // Another body's resolution (`Human Rights Council resolution 49/1`, `قرار مجلس حقوق الإنسان 49/1`) is not the family's.
    return !words.slice(Math.max(0, word - 1)).some((candidate) => otherBodies.words.includes(candidate))
  }

  /** Whether another body is named right after a pair ending at `at` (`49/1 du Conseil des droits de l’homme`, `49/1 of the Human Rights Council`). */
  otherBodyAfter(at: number): boolean {
    const {otherBodies} = languageData(this.language).citations
    const words = this.text.slice(at, at + 60).split(/[\d,،;؛.:()]/)[0]!.split(' ').filter(Boolean)
    for (const connector of otherBodies.after) {
      const parts = connector.split(' ').filter(Boolean)
      if (!parts.every((part, index) => words[index] === part)) continue
      // The body's name may open with a word or three before the one naming it (`of the Human Rights Council`).
      if (words.slice(parts.length, parts.length + 4).some((word) => otherBodies.words.includes(word))) return true
    }
    return false
  }

  dateAt(at: number): {node: DateNode; end: number} | undefined {
    const pattern = inlinePatterns.date[this.language]
    pattern.lastIndex = at
    const match = pattern.exec(this.text)
    if (!match?.groups || !match.indices?.groups) return undefined
    const groups = match.groups
    const indices = match.indices.groups
    const sameMonth = groups.d2 !== undefined
    const crossMonth = groups.d3 !== undefined
    if (sameMonth && crossMonth) return undefined
    const separator = (groups.r1 ?? groups.r2 ?? '').trim()
    let from = at
    if (sameMonth || crossMonth) {
      const {rangeStarts: starts, conjunctions} = languageData(this.language).citations
      const between = starts.between.find((word) => this.wordBefore(at, word))
      if (conjunctions.includes(separator) && !between) return undefined
      const word = between ?? starts.from.find((candidate) => this.wordBefore(at, candidate))
      if (word) from = at - word.length - 1
    }
    const end = pattern.lastIndex
    const months = [this.monthName('m1', groups, indices)]
    if (crossMonth) months.push(this.monthName('m2', groups, indices))
    const year = Number(groups.y)
    const first = months[0]!.month
    const day = Number(groups.d1)
    const firstYear = groups.y0 !== undefined ? Number(groups.y0) : crossMonth && first > months[1]!.month ? year - 1 : year
    const pairsAgree = months.every((name) => !name.halves || name.halves.every((half) => half.month === name.month))
    let last: DayParts | undefined
    if (sameMonth) last = {year, month: first, day: Number(groups.d2)}
    else if (crossMonth) last = {year, month: months[1]!.month, day: Number(groups.d3)}
    const node: DateNode = {
      type: 'date',
      value: this.slice(from, end),
      start: pairsAgree ? toIso(firstYear, first, day) : undefined,
      end: pairsAgree && last ? toIso(last.year, last.month, last.day) : undefined,
      year: firstYear,
      month: first,
      day,
      position: this.span(from, end),
      monthNames: months
    }
    if (last) node.last = last
    const hijri = this.hijriAt(end) ?? this.hijriBefore(from)
    if (hijri) node.hijri = hijri
    this.linkDate(node, from, end)
    return {node, end}
  }

  /** A Hijri date right after a Gregorian one (`، الموافق 3 جمادى الآخرة 1447 هـ`, `(14 إلى 17 جمادى الأولى 1445 هـ)`). */
  hijriAt(at: number): HijriDate | undefined {
    const pattern = inlinePatterns.hijri[this.language]
    if (!pattern) return undefined
    pattern.lastIndex = at
    const match = pattern.exec(this.text)
    if (!match?.groups || !match.indices?.groups) return undefined
    const start = this.map[match.indices.groups.d![0]]!
    // The era's tatweel (`هـ`), folded away, is the date's too: `hijriDate` takes it.
    return this.hijriDate(match.groups, start, this.map[pattern.lastIndex - 1]! + 1)
  }

  /** A Hijri date written right before a Gregorian one starting at `at` (`27 ربيع الأول 1424هـ، الموافق 28 مايو 2003م`). */
  hijriBefore(at: number): HijriDate | undefined {
    const pattern = inlinePatterns.hijriBefore[this.language]
    if (!pattern) return undefined
    // The words before: a Hijri date and its link take some 50 folded units at most.
    const from = Math.max(this.cursor, at - 80)
    const match = pattern.exec(this.text.slice(from, at))
    if (!match?.groups || !match.indices?.groups) return undefined
    // Cut from a longer number (`127 …` read as `27 …`): no date.
    if (/\d/.test(this.text.charAt(from + match.index - 1))) return undefined
    const start = this.map[from + match.indices.groups.d![0]]!
    let end = this.map[from + match.indices.groups.y![1] - 1]! + 1
    // The era (`هـ`, `ه`), with its tatweel: the date's.
    const era = /^ ?ه/.exec(this.text.slice(from + match.indices.groups.y![1]))
    if (era) end = this.map[from + match.indices.groups.y![1] + era[0].length - 1]! + 1
    return this.hijriDate(match.groups, start, end)
  }

  /** The Hijri date read from `groups` (`d`, `d2`, `m`, `y`) between `start` and `end` of the source, with its tatweel after it. */
  private hijriDate(groups: Record<string, string | undefined>, start: number, end: number): HijriDate {
    while (this.source.charAt(end) === '\u0640') end++
    const hijri: HijriDate = {
      type: 'hijriDate',
      value: this.source.slice(start, end),
      day: Number(groups.d),
      month: hijriMonths[this.language].get(groups.m!)!,
      year: Number(groups.y),
      position: {start: this.point(start), end: this.point(end)}
    }
    if (groups.d2 !== undefined) hijri.lastDay = Number(groups.d2)
    return hijri
  }

  /** Whether `word` stands just before `at` (a space between), on a word boundary, after the cursor. */
  wordBefore(at: number, word: string): boolean {
    const start = at - word.length - 1
    return start >= this.cursor && this.text.startsWith(word + ' ', start) && !/[\p{L}\d]/u.test(this.text.charAt(start - 1))
  }

  monthName(key: 'm1' | 'm2', groups: Record<string, string | undefined>, indices: Record<string, [number, number] | undefined>): MonthName {
    const firstRange = indices[key]!
    const secondRange = indices[key + 'b']
    const to = secondRange ? secondRange[1] : firstRange[1]
    const name: MonthName = {value: this.slice(firstRange[0], to), month: 0, position: this.span(firstRange[0], to)}
    const firstForm = monthForm(groups[key]!, this.language)!
    name.month = firstForm.month
    if (!firstForm.kind) return name
    const halves: MonthHalf[] = [{value: this.slice(firstRange[0], firstRange[1]), month: firstForm.month, kind: firstForm.kind!, position: this.span(firstRange[0], firstRange[1])}]
    if (secondRange) {
      const secondForm = monthForm(groups[key + 'b']!, this.language)!
      halves.push({value: this.slice(secondRange[0], secondRange[1]), month: secondForm.month, kind: secondForm.kind!, position: this.span(secondRange[0], secondRange[1])})
      name.separator = this.source.slice(this.map[firstRange[1] - 1]! + 1, this.map[secondRange[0]]!)
    }
    name.halves = halves
    name.month = (halves.find((half) => half.kind === 'levantine') ?? halves[0]!).month
    return name
  }

  /** A date right after a citation, with only a connector between (`المؤرخ في`, `of the General Assembly of`), is its date. */
  linkDate(node: DateNode, from: number, end: number) {
    if (!this.lastCitation || this.lastCitation.end !== this.cursor || this.lastCitation.citation.date || from - this.cursor > 100) return
    const gap = this.text.slice(this.cursor, from).replace(/^ ?[,،]? ?/, '').trim()
    if (/[\d,،;؛.:]/.test(gap)) return
    if (gap === '(' || languageData(this.language).citations.dateConnectors.some((connector) => gap === connector || gap.endsWith(' ' + connector))) {
      this.lastCitation.citation.date = node
      if (this.lastPair?.citation === this.lastCitation.citation) this.lastPair.tailEnd = end
    }
  }
}
