/**
 * A family's identifier scheme made into its lookups: the forms (a prefix and a pattern of
 * parts: year, session, number) and eras a profile declares as data (`IdentifierScheme`), read
 * over the family's sessions table. The parser is tolerant (other dashes or spaces, missing zero
 * padding, lower case, swapped or missing parts); nothing here is one family's data.
 */
import {hostPlace, languageData, sessionOrdinal} from '../languages/index.js'
import {digitsToAscii, trimEndOf} from '../core/normalize.js'
import {formatDateRange} from '../core/facts/dates.js'
import {msg, partMessage, translate, type Message} from '../l10n/index.js'
import type {GeneralAssemblySession, SessionTable} from '../core/facts/sessions.js'
import type {Language, ResolutionIdentifier} from '../core/tree.js'
import type {IdentifierDescription, IdentifierEra, IdentifierFacts, IdentifierForm, IdentifierParts, IdentifierProblem, IdentifierScheme} from './facts.js'

/** Separators accepted between parts: hyphen, other dashes, slash, underscore, spaces. */
const separators = /[\s\-\u2010-\u2015\u2212/_]+/

/** A pattern's pieces: its literal words and its parts (`GA-<year>-<session>-RES-<nn>` → GA, year, session, RES, number). */
type Piece = {literal: string} | {part: 'year' | 'session' | 'number'}

function piecesOf(pattern: string): Piece[] {
  return pattern
    .split(separators)
    .filter((token) => token !== '')
    .map((token) => (token === '<year>' ? {part: 'year'} : token === '<session>' ? {part: 'session'} : token === '<n>' || token === '<nn>' ? {part: 'number'} : {literal: token.toUpperCase()}))
}

/** What the parser needs of a form: its prefix's words, the word before its number (`RES`), the parts before the number. */
interface ReadForm {
  form: IdentifierForm
  prefixWords: string[]
  marker: string | undefined
  parts: ReadonlyArray<'year' | 'session'>
}

function readForm(form: IdentifierForm): ReadForm {
  const pieces = piecesOf(form.pattern)
  const prefixWords = form.prefix.toUpperCase().split(separators).filter((token) => token !== '')
  const rest = pieces.slice(prefixWords.length)
  const marker = rest.find((piece): piece is {literal: string} => 'literal' in piece)?.literal
  const parts = rest.flatMap((piece) => ('part' in piece && piece.part !== 'number' ? [piece.part] : []))
  return {form, prefixWords, marker, parts}
}

/** The scheme's lookups over `table`, the family's sessions (a check's view of it, with a declared session). */
export function identifierFacts(scheme: IdentifierScheme, table: SessionTable): IdentifierFacts {
  const {eras, forms} = scheme
  // The longest prefix first: `A/RES/ES` before `A/RES`.
  const reading = forms.map(readForm).sort((a, b) => b.prefixWords.length - a.prefixWords.length)
  const markers = [...new Set(reading.flatMap(({marker}) => (marker ? [marker] : [])))]
  const formOf = (prefix: string) => forms.find((form) => form.prefix === prefix)
  const readOf = (prefix: string) => reading.find((entry) => entry.form.prefix === prefix)

  function eraOfYear(year: number): IdentifierEra {
    return eras.find((era) => (era.from === undefined || year >= era.from) && (era.to === undefined || year <= era.to)) ?? eras.at(-1)!
  }

  function shapeOf(form: string): string {
    return eras.find((era) => era.form === form)?.shape ?? eras.at(-1)!.shape
  }

  function formatIdentifier(parts: IdentifierParts): string | undefined {
    const form = formOf(parts.prefix)
    if (!form || parts.number === undefined) return undefined
    let missing = false
    const written = form.pattern.replace(/<(year|session|nn|n)>/g, (_whole, part: string) => {
      if (part === 'nn') return String(parts.number).padStart(2, '0')
      if (part === 'n') return String(parts.number)
      const value = part === 'year' ? parts.year : parts.session
      if (value === undefined) missing = true
      return String(value)
    })
    return missing ? undefined : written
  }

  /**
   * Each text's reading, made once: the parser reads every citation of every check (the server's, keystroke after
   * keystroke, meets the same ones again), and a reading depends on the text and the scheme's forms only. Frozen, as
   * it is shared (a caller wanting other parts makes a copy); a few thousand kept at most.
   */
  const readings = new Map<string, Readonly<ResolutionIdentifier> | undefined>()

  function parse(text: string): ResolutionIdentifier | undefined {
    if (readings.has(text)) return readings.get(text)
    const read = readIdentifier(text)
    if (readings.size >= 4096) readings.clear()
    // A string of its own as the key: a slice of the document would keep the whole text alive.
    readings.set((' ' + text).slice(1), read && Object.freeze(read))
    return read
  }

  function readIdentifier(text: string): ResolutionIdentifier | undefined {
    const core = trimEndOf(text.trim(), '.,;:،؛')
    const tokens = digitsToAscii(core)
      .toUpperCase()
      .split(separators)
      .filter((token) => token !== '')
      // `RES01` written without a separator.
      .flatMap((token) => {
        const marker = markers.find((word) => token.startsWith(word) && /^\d+$/.test(token.slice(word.length)))
        return marker ? [marker, token.slice(marker.length)] : [token]
      })
    const read = reading.find((entry) => entry.prefixWords.every((word, index) => tokens[index] === word))
    if (!read) return undefined
    const prefix = read.form.prefix
    const rest = tokens.slice(read.prefixWords.length)
    // A bare `GA` or `AG` is a word, not an identifier.
    if (rest.length === 0) return undefined
    const markerIndex = read.marker === undefined ? -1 : rest.indexOf(read.marker)
    if (rest.some((token, index) => index !== markerIndex && !/^\d+$/.test(token))) return undefined
    const before = (markerIndex === -1 ? rest : rest.slice(0, markerIndex)).map(Number)
    let number: number | undefined
    if (markerIndex === -1) {
      // Without the marker, the last figure is the number when there is one more figure than the form needs.
      if (before.length === read.parts.length + 1) number = before.pop()
    } else {
      const after = rest.slice(markerIndex + 1)
      if (after.length > 1) return undefined
      number = after.length === 1 ? Number(after[0]) : undefined
    }
    let year: number | undefined
    let session: number | undefined
    for (const value of before) {
      if (value >= 1900 && value <= 2999 && year === undefined) year = value
      else if (value < 1000 && session === undefined) session = value
      else return undefined
    }
    const canonical = formatIdentifier({prefix, year, session, number})
    return {prefix, year, session, number, canonical, wellFormed: canonical !== undefined && core === canonical}
  }

  function missingParts(id: ResolutionIdentifier): string[] {
    const parts = readOf(id.prefix)?.parts ?? []
    const missing: string[] = []
    if (parts.includes('year') && id.year === undefined) missing.push('year')
    if (parts.includes('session') && id.session === undefined) missing.push('session number')
    if (id.number === undefined) missing.push('resolution number')
    return missing
  }

  function writable(prefix: string, id: ResolutionIdentifier): boolean {
    const parts = readOf(prefix)?.parts ?? []
    return parts.every((part) => id[part] !== undefined)
  }

  function yearAndSession(id: ResolutionIdentifier): {year: number | undefined; session: number | undefined} {
    const year = id.year ?? (id.session === undefined ? undefined : table.sessionByNumber(id.session)?.year)
    const session = id.session ?? (id.year === undefined ? undefined : table.sessionByYear(id.year)?.session)
    return {year, session}
  }

  /**
   * Each shared (frozen) reading's description, by language, made once: a description depends on the reading, the
   * language and this table only, and citation-format describes every citation of every check. Nothing writes into one.
   */
  const descriptions = new WeakMap<ResolutionIdentifier, Partial<Record<Language, IdentifierDescription>>>()

  function describeIdentifier(id: ResolutionIdentifier, language: Language): IdentifierDescription {
    if (!Object.isFrozen(id)) return describe(id, language)
    let made = descriptions.get(id)
    if (!made) descriptions.set(id, (made = {}))
    return (made[language] ??= describe(id, language))
  }

  function describe(id: ResolutionIdentifier, language: Language): IdentifierDescription {
    const {firstSession, lastSession, sessionByNumber, sessionByYear, yearsWithoutSession} = table
    const problems: IdentifierProblem[] = []
    const problem = (code: IdentifierProblem['code'], said: Message, expected?: string) => {
      // Said when read (the hover says `said` in its locale; rules read the code and the expected form only).
      problems.push({
        code,
        get message() {
          return translate('en', said)
        },
        said,
        ...(expected === undefined ? {} : {expected})
      })
    }
    // A special or emergency special session (`A/RES/ES-11/1`) is numbered apart: not the table's.
    const apart = formOf(id.prefix)?.series !== undefined
    const writtenSessionRow = id.session === undefined || apart ? undefined : sessionByNumber(id.session)
    const writtenYearRow = id.year === undefined ? undefined : sessionByYear(id.year)

    if (id.session !== undefined && !apart && !writtenSessionRow) {
      problem('unknown-session', msg(scheme.names.sessionNotInTable, {session: {ordinal: id.session}, first: {ordinal: firstSession.session}, last: {ordinal: lastSession.session}}))
    }
    if (id.year !== undefined && !writtenYearRow) {
      const gap = yearsWithoutSession.find((entry) => entry.year === id.year)
      // > **Note**: the reason is the sessions table's own words, in English.
      if (gap) problem('no-session-that-year', msg('hover.problem.noSession', {year: id.year, why: {said: gap.note}}))
    }
    if (writtenSessionRow && id.year !== undefined && writtenSessionRow.year !== id.year) {
      problem('session-year-mismatch', msg('hover.problem.sessionYear', {session: {ordinal: writtenSessionRow.session}, year: writtenSessionRow.year}))
    }

    // The session number is the more specific part: it wins when both are written.
    const row = writtenSessionRow ?? writtenYearRow
    const year = id.year ?? row?.year
    const session = apart ? undefined : (id.session ?? row?.session)

    let eraProblem = false
    if (year !== undefined) {
      const era = eraOfYear(year)
      // An era of one form holds its years to it; in years of two possible forms (`AG or GA`), either is right.
      const [only, ...others] = era.prefixes
      if (only !== undefined && others.length === 0 && only !== id.prefix) {
        eraProblem = true
        const expected = formatIdentifier({prefix: only, year, session, number: id.number})
        const name = msg((formOf(id.prefix) ?? formOf(scheme.current)!).era)
        const pattern = formOf(only)?.pattern ?? only
        const start = pattern.includes('<') ? pattern.slice(0, pattern.indexOf('<')) : pattern
        problem('era', expected ? msg('hover.problem.era', {era: name, year, expected: {said: expected}}) : msg('hover.problem.eraForm', {era: name, year, form: {said: start}}), expected)
      }
    }
    if (!eraProblem) {
      const missing = missingParts(id)
      if (missing.length > 0) problem('missing-part', msg('hover.problem.missing', {parts: {and: missing.map(partMessage)}}))
      else if (id.canonical !== undefined && !id.wellFormed) problem('not-canonical', msg('hover.problem.notCanonical', {expected: id.canonical}), id.canonical)
    }

    const city = row?.city?.[language]
    const country = row?.country?.[language]
    // The dates and the summary are the hover's: made when read (the rules describe every citation and read neither).
    const dates = () => (row?.start && row.end ? formatDateRange(row.start, row.end, language) : undefined)
    return {
      identifier: id,
      session,
      year,
      row,
      city,
      country,
      get dates() {
        return dates()
      },
      get summary() {
        return row ? summarize(row, language, city, country, dates()) : undefined
      },
      problems
    }
  }

  function summarize(row: GeneralAssemblySession, language: Language, city: string | undefined, country: string | undefined, dates: string | undefined): string {
    const parts = [scheme.sessionWords[language].replace('{ordinal}', sessionOrdinal(row.session, language))]
    if (city && country) parts.push(hostPlace(city, country, language))
    parts.push(dates ?? String(row.year))
    return parts.join(languageData(language).punctuation.listSeparator)
  }

  /** Whether an identifier is a whole one of the form new identifiers take (`GA-2026-94-RES-02`). */
  function isCurrent(id: ResolutionIdentifier | undefined): id is ResolutionIdentifier {
    return id !== undefined && id.prefix === scheme.current && writable(scheme.current, id) && id.number !== undefined
  }

  function nextIdentifier(existing: readonly string[], year: number, session: number): string {
    let highest = 0
    const parts = readOf(scheme.current)?.parts ?? []
    for (const value of existing) {
      const id = identifierOfName(value)
      if (id?.prefix === scheme.current && parts.every((part) => id[part] === (part === 'year' ? year : session)) && id.number !== undefined) {
        highest = Math.max(highest, id.number)
      }
    }
    return formatIdentifier({prefix: scheme.current, year, session, number: highest + 1})!
  }

  function identifierOfName(value: string): ResolutionIdentifier | undefined {
    return parse(value) ?? parse(baseName(value))
  }

  /** The current form with its parts as fields to fill in (`GA-{{year}}-{{session}}-RES-{{01}}`). */
  const draft = formOf(scheme.current)!.pattern.replace(/<(year|session|nn|n)>/g, (_whole, part: string) => (part === 'nn' ? '{{01}}' : part === 'n' ? '{{1}}' : `{{${part}}}`))

  return {
    scheme,
    sessions: table,
    identifierEras: eras,
    eraOfYear,
    expectedForm: (year) => eraOfYear(year).form,
    shapeOf,
    formatIdentifier,
    parse,
    describeIdentifier,
    missingParts,
    writable,
    yearAndSession,
    isCurrent,
    nextIdentifier,
    identifierOfName,
    draft,
    knows: (prefix) => formOf(prefix) !== undefined
  }
}

/** A file name without folders and extensions: `drafts/GA-2025-93-RES-03.ar.txt` → `GA-2025-93-RES-03`. */
function baseName(value: string): string {
  const name = value.split(/[\\/]/).pop() ?? value
  return name.split('.')[0] ?? name
}
