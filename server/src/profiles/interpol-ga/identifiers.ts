/**
 * INTERPOL resolution identifiers: their eras as data, a tolerant parser,
 * the canonical writing, a description for hover, and the next free number.
 *
 * Eras (FACTS.md, "INTERPOL resolution identifiers by era"):
 * - to 2000 (up to the 69th session): `AGN/<session>/RES/<n>`, no zero padding
 *   (AGN/61/RES/15, AGN/68/RES/5, AGN/69/RES/2);
 * - 2001 (70th) to at least 2014 (83rd): `AG-<year>-RES-<nn>` (AG-2001-RES-05,
 *   AG-2014-RES-03);
 * - by 2017 (86th) onward: `GA-<year>-<session>-RES-<nn>` (GA-2017-86-RES-09).
 * - 2015–2016: UNVERIFIED which form was used; both are accepted.
 * The prefix does not depend on the language. Reports (`-RAP-`, `-REP-`) are
 * not resolutions and are not parsed.
 */
import {hostPlace, languageData, sessionOrdinal} from '../../languages/index.js'
import {digitsToAscii, trimEndOf} from '../../core/normalize.js'
import type {InterpolIdentifier, Language} from '../../core/tree.js'
import {formatDateRange} from '../../core/facts/dates.js'
import {msg, partMessage, translate, type Message} from '../../l10n/index.js'
import {builtInSessions, type GeneralAssemblySession, type SessionTable} from './sessions.js'
import type {IdentifierDescription, IdentifierProblem} from '../facts.js'

/** The prefix of an identifier's era. */
export type IdentifierPrefix = 'AGN' | 'AG' | 'GA'
/** The form a year's identifier must take (2015–2016: either). */
export type ExpectedForm = IdentifierPrefix | 'AG or GA'

/** An era of identifiers: its years, form and shape, with its source. */
export interface IdentifierEra {
  form: ExpectedForm
  /** First year of the era; undefined for open-ended. */
  from: number | undefined
  /** Last year of the era; undefined for open-ended. */
  to: number | undefined
  shape: string
  verified: boolean
  source: string
}

/** The identifier eras, in order. */
export const identifierEras: readonly IdentifierEra[] = [
  {form: 'AGN', from: undefined, to: 2000, shape: 'AGN/<session>/RES/<n>', verified: true, source: 'AGN/61/RES/15 (1992), AGN/68/RES/5 (1999), AGN/69/RES/2 (2000): interpol.int archive, doczz copies'},
  {form: 'AG', from: 2001, to: 2014, shape: 'AG-<year>-RES-<nn>', verified: true, source: 'AG-2001-RES-05 (Yale Avalon Project), AG-2004-RES-16, AG-2014-RES-03 (cites.org)'},
  {form: 'AG or GA', from: 2015, to: 2016, shape: 'AG-<year>-RES-<nn> or GA-<year>-<session>-RES-<nn>', verified: false, source: 'UNVERIFIED: the switch from AG- to GA- happened between 2014 and 2017'},
  {form: 'GA', from: 2017, to: undefined, shape: 'GA-<year>-<session>-RES-<nn>', verified: true, source: 'GA-2017-86-RES-09 (interpol.int), GA-2024-92-RES-07, reference GA-2025-93-RES-03'}
]

/** The era a resolution of this year belongs to. */
export function eraOfYear(year: number): IdentifierEra {
  return identifierEras.find((era) => (era.from === undefined || year >= era.from) && (era.to === undefined || year <= era.to))!
}

/** Which form is right for a resolution of this year. */
export function expectedForm(year: number): ExpectedForm {
  return eraOfYear(year).form
}

/** The shape of a form's era (`AG-<year>-RES-<nn>`); the current era's for any other prefix. */
export function shapeOf(form: string): string {
  return identifierEras.find((era) => era.form === form)?.shape ?? identifierEras.at(-1)!.shape
}

/** Parts of an identifier, as for `formatIdentifier`. */
export interface IdentifierParts {
  prefix: string
  year: number | undefined
  session: number | undefined
  number: number | undefined
}

/** The canonical writing of an identifier in its prefix's form, or undefined when a needed part is missing. */
export function formatIdentifier(parts: IdentifierParts): string | undefined {
  const {year, session, number} = parts
  if (number === undefined) return undefined
  const padded = String(number).padStart(2, '0')
  switch (parts.prefix) {
    case 'AGN':
      return session === undefined ? undefined : `AGN/${session}/RES/${number}`
    case 'AG':
      return year === undefined ? undefined : `AG-${year}-RES-${padded}`
    case 'GA':
      return year === undefined || session === undefined ? undefined : `GA-${year}-${session}-RES-${padded}`
    default:
      return undefined
  }
}

/** Separators accepted between parts: hyphen, other dashes, slash, underscore, spaces. */
const separators = /[\s\-\u2010-\u2015\u2212/_]+/

/**
 * Parse an INTERPOL resolution identifier, also when malformed: other dashes
 * or spaces for hyphens, missing zero padding, lower case, swapped or missing
 * parts. Undefined when the text is not an AGN/AG/GA resolution identifier.
 * Surrounding white space and trailing sentence punctuation are not part of
 * the identifier: `wellFormed` compares what is left with the canonical form.
 */
export function parseInterpolIdentifier(text: string): InterpolIdentifier | undefined {
  const core = trimEndOf(text.trim(), '.,;:،؛')
  const tokens = digitsToAscii(core)
    .toUpperCase()
    .split(separators)
    .filter((token) => token !== '')
    // `RES01` written without a separator.
    .flatMap((token) => (/^RES\d+$/.test(token) ? ['RES', token.slice(3)] : [token]))
  const prefix = tokens[0]
  if (prefix !== 'AGN' && prefix !== 'AG' && prefix !== 'GA') return undefined
  const rest = tokens.slice(1)
  // A bare `GA` or `AG` is a word, not an identifier.
  if (rest.length === 0) return undefined
  const resIndex = rest.indexOf('RES')
  if (rest.some((token, index) => index !== resIndex && !/^\d+$/.test(token))) return undefined
  const before = (resIndex === -1 ? rest : rest.slice(0, resIndex)).map(Number)
  let number: number | undefined
  if (resIndex === -1) {
    // Without `RES`, the last figure is the number when there is one more figure than the form needs.
    const needed = prefix === 'GA' ? 2 : 1
    if (before.length === needed + 1) number = before.pop()
  } else {
    const after = rest.slice(resIndex + 1)
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

/** Describe an identifier for hover: its session from the table, and its problems. */
export function describeIdentifier(id: InterpolIdentifier, language: Language, table: SessionTable = builtInSessions): IdentifierDescription {
  const {firstSession, lastSession, sessionByNumber, sessionByYear, yearsWithoutSession} = table
  const problems: IdentifierProblem[] = []
  const problem = (code: IdentifierProblem['code'], said: Message, expected?: string) => {
    problems.push({code, message: translate('en', said), said, ...(expected === undefined ? {} : {expected})})
  }
  const writtenSessionRow = id.session === undefined ? undefined : sessionByNumber(id.session)
  const writtenYearRow = id.year === undefined ? undefined : sessionByYear(id.year)

  if (id.session !== undefined && !writtenSessionRow) {
    problem('unknown-session', msg('hover.problem.unknownSession', {session: {ordinal: id.session}, first: {ordinal: firstSession.session}, last: {ordinal: lastSession.session}}))
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
  const session = id.session ?? row?.session

  let eraProblem = false
  if (year !== undefined) {
    const form = expectedForm(year)
    if (form !== 'AG or GA' && form !== id.prefix) {
      eraProblem = true
      const expected = formatIdentifier({prefix: form, year, session, number: id.number})
      const era = msg(id.prefix === 'AGN' ? 'hover.era.AGN' : id.prefix === 'AG' ? 'hover.era.AG' : 'hover.era.GA')
      problem(
        'era',
        expected ? msg('hover.problem.era', {era, year, expected: {said: expected}}) : msg('hover.problem.eraForm', {era, year, form: {said: form === 'AGN' ? 'AGN/' : `${form}-`}}),
        expected
      )
    }
  }
  if (!eraProblem) {
    const missing = missingParts(id)
    if (missing.length > 0) problem('missing-part', msg('hover.problem.missing', {parts: {and: missing.map(partMessage)}}))
    else if (id.canonical !== undefined && !id.wellFormed) problem('not-canonical', msg('hover.problem.notCanonical', {expected: id.canonical}), id.canonical)
  }

  const city = row?.city?.[language]
  const country = row?.country?.[language]
  const dates = row?.start && row.end ? formatDateRange(row.start, row.end, language) : undefined
  const summary = row ? summarize(row, language, city, country, dates) : undefined
  return {identifier: id, session, year, row, city, country, dates, summary, problems}
}

/** The parts an identifier of its prefix should have and lacks. */
export function missingParts(id: InterpolIdentifier): string[] {
  const missing: string[] = []
  if (id.prefix !== 'AGN' && id.year === undefined) missing.push('year')
  if (id.prefix !== 'AG' && id.session === undefined) missing.push('session number')
  if (id.number === undefined) missing.push('resolution number')
  return missing
}

const sessionWords: Record<Language, string> = {ar: 'الدورة {ordinal}', en: '{ordinal} session', fr: '{ordinal} session', es: '{ordinal} reunión'}

function summarize(row: GeneralAssemblySession, language: Language, city: string | undefined, country: string | undefined, dates: string | undefined): string {
  const parts = [sessionWords[language].replace('{ordinal}', sessionOrdinal(row.session, language))]
  if (city && country) parts.push(hostPlace(city, country, language))
  parts.push(dates ?? String(row.year))
  return parts.join(languageData(language).punctuation.listSeparator)
}

/** Year and session of an identifier, completed from the sessions table. */
export function yearAndSession(id: InterpolIdentifier, {sessionByNumber, sessionByYear}: SessionTable = builtInSessions): {year: number | undefined; session: number | undefined} {
  const year = id.year ?? (id.session === undefined ? undefined : sessionByNumber(id.session)?.year)
  const session = id.session ?? (id.year === undefined ? undefined : sessionByYear(id.year)?.session)
  return {year, session}
}

/**
 * The next free `GA-YYYY-SS-RES-NN` for a session, given the identifiers
 * already used (e.g. file names such as `GA-2025-93-RES-03.ar.txt`): one more
 * than the highest number of that year and session, or 01.
 */
export function nextIdentifier(existing: readonly string[], year: number, session: number): string {
  let highest = 0
  for (const value of existing) {
    const id = identifierOfName(value)
    if (id?.prefix === 'GA' && id.year === year && id.session === session && id.number !== undefined) {
      highest = Math.max(highest, id.number)
    }
  }
  return formatIdentifier({prefix: 'GA', year, session, number: highest + 1})!
}

/** An identifier, written as such or as a file name (`drafts/GA-2025-93-RES-03.ar.txt`). */
export function identifierOfName(value: string): InterpolIdentifier | undefined {
  return parseInterpolIdentifier(value) ?? parseInterpolIdentifier(baseName(value))
}

/** A file name without folders and extensions: `drafts/GA-2025-93-RES-03.ar.txt` → `GA-2025-93-RES-03`. */
function baseName(value: string): string {
  const name = value.split(/[\\/]/).pop() ?? value
  return name.split('.')[0] ?? name
}
