/**
 * A table of a General Assembly's sessions (number, year, host city and country in each
 * language, dates, source) and its lookups, with the session a config declares: the shape
 * every profile's sessions take. The rows are each profile's own (`profiles/<id>/`).
 */
import type {Language} from '../../languages/index.js'
import {msg, translate, type Message} from '../../l10n/index.js'

/** A name in each of the four languages. */
export type Localized = Readonly<Partial<Record<Language, string>>>

/** One session of the General Assembly, with its source. */
export interface GeneralAssemblySession {
  session: number
  year: number
  /** Host city; undefined when not known. */
  city: Localized | undefined
  /** Host country; the same as `city` for a city-state. */
  country: Localized | undefined
  /** First day, ISO `YYYY-MM-DD`. */
  start?: string
  /** Last day, ISO `YYYY-MM-DD`. */
  end?: string
  verified: boolean
  source: string
  /** Set on the row of the session a config declares: where (`.resolintrc.json`, `resolint.session`), what it lacks is added there. */
  declared?: string
}

/** A year in the span of a table when no session was held, with why. */
export interface YearWithoutSession {
  year: number
  note: string
  source: string
}

/** The sessions table and its lookups: the built-in one, or a check's view with the session its config declares. */
export interface SessionTable {
  /** The sessions, in order. */
  sessions: readonly GeneralAssemblySession[]
  /** Years in the span of the table when no session was held, with why. */
  yearsWithoutSession: readonly YearWithoutSession[]
  /** The first session in the table. */
  firstSession: GeneralAssemblySession
  /** The last session in the table (the coming one). */
  lastSession: GeneralAssemblySession
  /** The session with this number, or undefined when it is not in the table. */
  sessionByNumber(session: number): GeneralAssemblySession | undefined
  /** The session held in this year, or undefined (2020, or outside the table). */
  sessionByYear(year: number): GeneralAssemblySession | undefined
  /** The table with the session a config declares added (or completing its row), or what contradicts the table. */
  declare(declared: DeclaredSession): SessionTable | {errors: SessionConflict[]}
}

/**
 * The coming session as `.resolintrc.json` declares it (`session`): its number and
 * year, and its city, country and dates when they are known. A session the table
 * has may only be completed (its city or dates, when the table lacks them), never
 * contradicted.
 */
export interface DeclaredSession {
  number: number
  year: number
  city?: Localized | undefined
  country?: Localized | undefined
  dates?: {start: string; end: string} | undefined
  /** Where the drafter declared it, as said to them: `.resolintrc.json` unless given (the `resolint.session` setting). */
  declaredIn?: string | undefined
}

/** What of a declared session contradicts the table: the key (`year`, `city`, `dates`) and why. */
export interface SessionConflict {
  key: 'number' | 'year' | 'city' | 'country' | 'dates'
  /** In English (logs, tests); `said` is the same in a catalogue, for the drafter's locale. */
  message: string
  said: Message
}

/** The table of `rows` (in order, non-empty) with its lookups; `gaps` are the years in its span without a session. */
export function sessionTable(rows: readonly GeneralAssemblySession[], gaps: readonly YearWithoutSession[] = []): SessionTable {
  const byNumber = new Map(rows.map((row) => [row.session, row]))
  const byYear = new Map(rows.map((row) => [row.year, row]))
  const table: SessionTable = {
    sessions: rows,
    yearsWithoutSession: gaps,
    firstSession: rows[0]!,
    lastSession: rows[rows.length - 1]!,
    sessionByNumber: (session) => byNumber.get(session),
    sessionByYear: (year) => byYear.get(year),
    declare: (declared) => {
      const result = declareIn(table, declared)
      return 'errors' in result ? result : sessionTable(result.rows, gaps)
    }
  }
  return table
}

/** The rows of `table` with `declared` in them, or its conflicts with the table. */
function declareIn(table: SessionTable, declared: DeclaredSession): {rows: GeneralAssemblySession[]} | {errors: SessionConflict[]} {
  const errors: SessionConflict[] = []
  const conflict = (key: SessionConflict['key'], said: Message) => errors.push({key, message: translate('en', said), said})
  const row = table.sessionByNumber(declared.number)
  const sameYear = table.sessionByYear(declared.year)
  const {lastSession} = table
  if (row && row.year !== declared.year) {
    conflict('year', msg('config.session.year', {session: {ordinal: row.session}, year: row.year, declared: declared.year}))
  } else if (sameYear && sameYear.session !== declared.number) {
    conflict('number', msg('config.session.number', {session: {ordinal: sameYear.session}, year: declared.year, declared: {ordinal: declared.number}}))
  } else if (!row && (declared.number <= lastSession.session || declared.year <= lastSession.year)) {
    conflict('number', msg('config.session.afterLast', {last: {ordinal: lastSession.session}, year: lastSession.year}))
  }
  if (row?.city && declared.city && !sameNames(row.city, declared.city)) {
    conflict('city', msg('config.session.place', {session: {ordinal: row.session}, place: {words: row.city}, declared: {words: declared.city}}))
  }
  if (row?.country && declared.country && !sameNames(row.country, declared.country)) {
    conflict('country', msg('config.session.place', {session: {ordinal: row.session}, place: {words: row.country}, declared: {words: declared.country}}))
  }
  if (row?.start && row.end && declared.dates && (row.start !== declared.dates.start || row.end !== declared.dates.end)) {
    conflict('dates', msg('config.session.dates', {session: {ordinal: row.session}, start: {said: row.start}, end: {said: row.end}, from: {said: declared.dates.start}, to: {said: declared.dates.end}}))
  }
  if (errors.length > 0) return {errors}
  const where = declared.declaredIn ?? '.resolintrc.json'
  const source = `declared in ${where}`
  const merged: GeneralAssemblySession = {
    session: declared.number,
    year: declared.year,
    city: row?.city ?? declared.city,
    country: row?.country ?? declared.country,
    ...((row?.start ?? declared.dates?.start) ? {start: row?.start ?? declared.dates!.start, end: row?.end ?? declared.dates!.end} : {}),
    verified: row ? row.verified : true,
    source: row ? `${row.source}; ${source}` : source,
    declared: where
  }
  return {rows: row ? table.sessions.map((entry) => (entry === row ? merged : entry)) : [...table.sessions, merged]}
}

function sameNames(a: Localized, b: Localized): boolean {
  return Object.keys(a).every((language) => a[language as Language] === b[language as Language])
}

