/**
 * What rules ask of citation and date nodes: which reading of a UN pair a
 * stated date fits, when a resolution was adopted, which resolution two
 * citations name, and the session a document belongs to.
 */
import {sessionByNumber, sessionByYear} from './facts/sessions.js'
import {unResolution, unSessionOfDate, unSessionOpening, type UnResolution} from './facts/un.js'
import type {Citation, InterpolIdentifier, Root, UnReading} from './tree.js'

/** Sessions a date can belong to: the one in progress, and in September also the one before (opening days are approximate). */
export function unSessionsOfDate(iso: string): number[] {
  const session = unSessionOfDate(iso)
  if (session === undefined) return []
  const month = Number(iso.slice(5, 7))
  if (month !== 9) return [session]
  const year = Number(iso.slice(0, 4))
  return [year - 1946, year - 1945]
}

/** How a UN citation's readings fare against its stated date. */
export interface UnDateFit {
  /** The readings whose session can bear the date. */
  fitting: UnReading[]
  /** The session the date falls in (the rule's approximation). */
  dateSession: number | undefined
}

/** Which readings of a UN citation fit an ISO date. */
export function fitUnDate(readings: readonly UnReading[], iso: string): UnDateFit {
  const sessions = unSessionsOfDate(iso)
  return {fitting: readings.filter((reading) => sessions.includes(reading.session)), dateSession: unSessionOfDate(iso)}
}

/** The known resolution among readings (the fitting ones first), if any. */
export function knownResolution(readings: readonly UnReading[]): UnResolution | undefined {
  for (const reading of readings) {
    const known = unResolution(reading.session, reading.number)
    if (known) return known
  }
  return undefined
}

/** The reading a UN citation most likely means: the one its date fits, the known one, or the first. */
export function unReadingOf(citation: Citation): UnReading | undefined {
  const readings = citation.un ?? []
  const iso = citation.date?.start
  if (iso) {
    const {fitting} = fitUnDate(readings, iso)
    if (fitting.length > 0) return fitting[0]
  }
  const known = knownResolution(readings)
  return known ? {session: known.session, number: known.number} : readings[0]
}

/** `71/19`. */
export function unSymbol(reading: UnReading): string {
  return `${reading.session}/${reading.number}`
}

/** The opening month and year of a UN session: `September 2016`. */
export function unSessionOpened(session: number): string {
  const iso = unSessionOpening(session)
  return `${monthsEn[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
}

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Year and session of an INTERPOL identifier, completed from the sessions table. */
export function interpolYearSession(id: InterpolIdentifier): {year: number | undefined; session: number | undefined} {
  const year = id.year ?? (id.session === undefined ? undefined : sessionByNumber(id.session)?.year)
  const session = id.session ?? (id.year === undefined ? undefined : sessionByYear(id.year)?.session)
  return {year, session}
}

/**
 * A key naming the resolution a citation cites: equal keys, same resolution.
 * Arabic UN pairs are keyed without order (`19/71` and `71/19` are one).
 */
export function citationKey(citation: Citation, arabic: boolean): string | undefined {
  if (citation.family === 'interpol') {
    const id = citation.interpol
    if (!id || id.number === undefined) return undefined
    const {year, session} = interpolYearSession(id)
    if (year !== undefined) return `interpol:${year}:${id.number}`
    return session === undefined ? undefined : `interpol:session ${session}:${id.number}`
  }
  const reading = citation.un?.[0]
  if (!reading) return undefined
  if (arabic) return `un:${Math.min(reading.session, reading.number)}/${Math.max(reading.session, reading.number)}`
  return `un:${reading.session}/${reading.number}`
}

/** The document's own identifier, as the parser read it. */
export function documentIdentifier(tree: Root): InterpolIdentifier | undefined {
  for (const block of tree.children) {
    if (block.type !== 'identifier') continue
    for (const child of block.children) if (child.type === 'citation' && child.interpol) return child.interpol
  }
  return undefined
}
