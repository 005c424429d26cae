/**
 * How UN General Assembly resolutions are cited and dated (`PairCitations`): INTERPOL texts cite them, and
 * UN texts each other.
 *
 * Since the 31st session a resolution is `S/N` (session/number), symbol
 * `A/RES/S/N`. Session S opens in September of 1945+S and runs until the next
 * session opens. Arabic texts write the pair in either order (`57/301` session
 * first in UN Arabic, `19/71` number first on INTERPOL's Arabic site): both
 * readings are kept, and the one whose session fits the stated date is meant.
 */
import {languageData, type Language} from '../../languages/index.js'
import {parseIso, toIso} from '../../core/facts/dates.js'
import {romanNumeral} from '../../core/numbers.js'
import type {PairReading} from '../../core/tree.js'
import type {KnownResolution, PairCitations} from '../facts.js'

/** The `S/N` symbol form starts with this session (earlier: `51 (I)`, `3220 (XXIX)`, read as `romanSessions`). */
export const firstNumberedSession = 31

/**
 * Highest session taken as plausible when reading a pair.
 * > **Note**: core has no clock; 150 (the year 2095) only rules out readings
 * > such as session 301 of `57/301`.
 */
export const lastPlausibleSession = 150

/** How rule 1 of the UN General Assembly rules of procedure fixed the opening day, by year. */
export const unOpeningRules: ReadonlyArray<{from: number; to: number | undefined; rule: 'third Tuesday' | {week: number}; verified: boolean; source: string}> = [
  {from: 1976, to: 2000, rule: 'third Tuesday', verified: false, source: 'UNVERIFIED: the rule before resolution 55/14 taken as the third Tuesday of September; the 55th session opened early (5 September 2000) for the Millennium Summit'},
  {from: 2001, to: 2002, rule: {week: 2}, verified: false, source: 'UNVERIFIED: rule 1 as amended by resolution 55/14 (3 November 2000); the 56th session was to open on 11 September 2001, the 57th opened on 10 September 2002'},
  {from: 2003, to: 2022, rule: {week: 3}, verified: true, source: 'rule 1 as amended by resolution 57/301: "the Tuesday of the third week in September, counting from the first week that contains at least one working day" (un.org, opening of the 62nd session on 18 September 2007)'},
  {from: 2023, to: undefined, rule: {week: 2}, verified: true, source: 'the 78th session opened on 5 September 2023 (press.un.org GA/12525), the 79th on 10 September 2024, the 80th on 9 September 2025'}
]

/**
 * Opening day of a regular session (ISO), from `unOpeningRules`.
 *
 * > **Note**: approximate. It follows the rule in force, not each session's
 * > record: early or postponed openings are missed, weekdays count as working
 * > days and UN holidays are ignored. "Third week" is not always the third
 * > Tuesday: the 76th session opened on 14 September 2021.
 */
export function unSessionOpening(session: number): string {
  const year = 1945 + session
  const entry = unOpeningRules.find((candidate) => year >= candidate.from && (candidate.to === undefined || year <= candidate.to)) ?? unOpeningRules[0]!
  if (entry.rule === 'third Tuesday') return toIso(year, 9, nthTuesday(year, 3))!
  const firstWorkingDay = firstWeekdayOfSeptember(year)
  // Monday of the week holding the first working day (it may fall in August).
  const monday = firstWorkingDay - (weekday(year, 9, firstWorkingDay) - 1)
  return fromDayOfSeptember(year, monday + 7 * (entry.rule.week - 1) + 1)
}

/** The UN General Assembly session in progress on a date, or undefined for an invalid date. */
export function unSessionOfDate(isoDate: string): number | undefined {
  const date = parseIso(isoDate)
  if (!date) return undefined
  const openedThisYear = date.year - 1945
  return isoDate >= unSessionOpening(openedThisYear) ? openedThisYear : openedThisYear - 1
}

/** Whether a resolution of this session can bear this date. */
export function dateFitsUnSession(session: number, isoDate: string): boolean {
  return unSessionOfDate(isoDate) === session
}

/**
 * The readings of a UN pair written `a/b`: session first for every language;
 * Arabic also number first. Readings whose session is outside
 * `firstNumberedSession`–`lastPlausibleSession` are dropped.
 */
export function readUnCitation(a: number, b: number, language: Language): PairReading[] {
  return readPair(a, b, languageData(language).pairEitherOrder)
}

function readPair(a: number, b: number, eitherOrder: boolean, series?: string): PairReading[] {
  // A special or emergency special session's resolution (`ES-11/1`): its own numbering, from the first.
  if (series !== undefined) return [{session: a, number: b, series}].filter((reading) => isPlausible(reading, 1))
  const candidates: PairReading[] = [{session: a, number: b}]
  if (eitherOrder && a !== b) candidates.push({session: b, number: a})
  return candidates.filter((reading) => isPlausible(reading, firstNumberedSession))
}

function isPlausible(reading: PairReading, first: number): boolean {
  return (
    Number.isInteger(reading.session) &&
    Number.isInteger(reading.number) &&
    reading.session >= first &&
    reading.session <= lastPlausibleSession &&
    reading.number >= 1
  )
}

/** The reading whose session fits the date, with the session that fits the date (`reading` undefined when none does). */
export function bestReading(readings: readonly PairReading[], isoDate: string): {reading: PairReading | undefined; session: number | undefined} {
  const session = unSessionOfDate(isoDate)
  return {reading: readings.find((reading) => reading.session === session), session}
}

/** UN General Assembly resolutions INTERPOL resolutions cite. */
export const unInterpolResolutions: readonly KnownResolution[] = [
  {session: 51, number: 1, date: '1996-10-15', title: 'Observer status for the International Criminal Police Organization (Interpol) in the General Assembly', verified: true, source: 'un.org/documents/ga/res/51/ares51-1.htm: "35th plenary meeting, 15 October 1996"'},
  {session: 71, number: 19, date: '2016-11-21', title: 'Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)', verified: true, source: 'FACTS.md; diplomatictimes.net: "On Nov. 21, 2016, the UN GA adopted Resolution (71/19)"'},
  {session: 73, number: 11, date: '2018-11-26', title: 'Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)', verified: true, source: 'FACTS.md; interpol.int "UNGA and UNSC resolutions highlighting INTERPOL\'s role" (November 2018)'},
  {session: 75, number: 10, date: '2020-11-23', title: 'Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)', verified: false, source: 'Norway\'s statement introducing draft A/75/L.20 in plenary on 23 November 2020 (norway.no); interpol.int: adopted "in November 2020". Adoption on the same day UNVERIFIED'},
  {session: 79, number: 243, date: '2024-12-24', title: 'United Nations Convention against Cybercrime', verified: true, source: 'FACTS.md'}
]

/** The known UN resolution `session/number` of a regular session, if it is in the table. */
export function unResolution(session: number, number: number): KnownResolution | undefined {
  return unInterpolResolutions.find((entry) => entry.session === session && entry.number === number)
}

/**
 * Special (`S`) and emergency special (`ES`) sessions, numbered apart from the regular ones (FACTS.md has none of
 * them): the day each opened, with its source. An emergency special session resumes when called, for years, so a
 * resolution's date can only be held to be no earlier than its session's first day; only verified days are used.
 */
export const unSeriesSessions: ReadonlyArray<{series: 'S' | 'ES'; session: number; opened: string; verified: boolean; source: string}> = [
  {series: 'ES', session: 10, opened: '1997-04-24', verified: false, source: 'UNVERIFIED day: un.org/ar/ga/sessions/emergency10th.shtml says it first met in April 1997 and resumed in October 2023; ES-10/24 is of September 2024'},
  {series: 'ES', session: 11, opened: '2022-02-28', verified: true, source: 'un.org/en/ga/sessions/emergency11th and Wikipedia ("Eleventh emergency special session"): opened on 28 February 2022; ES-11/1 of 2 March 2022, ES-11/5 of 14 November 2022'},
  {series: 'S', session: 20, opened: '1998-06-08', verified: true, source: 'un.org/ar/conferences/drug/newyork1998 ("الدورة الاستثنائية العشرون للجمعية العامة: مشكلة المخدرات العالمية، 8 - 10 يونيو 1998"); A/RES/S-20/2 (UN bitext): 9th plenary meeting, 10 June 1998'},
  {series: 'S', session: 27, opened: '2002-05-08', verified: true, source: 'un.org/en/conferences/children/newyork2002 (held 8-10 May 2002); A/S-27/19/Rev.1: its 1st plenary meeting on 8 May 2002; S-27/2 "A world fit for children" of 10 May 2002'},
  {series: 'S', session: 30, opened: '2016-04-19', verified: true, source: 'un.org/ar/conferences/drug/newyork2016 ("اجتمع … في مقر الأمم المتحدة في المدة من 19 إلى 21 أبريل 2016 للدورة الاستثنائية الثلاثين للجمعية العامة")'}
]

/** The verified opening day of a session of a series. */
function seriesOpening(series: 'S' | 'ES', session: number): string | undefined {
  const entry = unSeriesSessions.find((candidate) => candidate.series === series && candidate.session === session)
  return entry?.verified ? entry.opened : undefined
}

/** Sessions a date can belong to: the one in progress, and in September also the one before (opening days are approximate). */
function unSessionsOfDate(iso: string): number[] {
  const session = unSessionOfDate(iso)
  if (session === undefined) return []
  const month = Number(iso.slice(5, 7))
  if (month !== 9) return [session]
  const year = Number(iso.slice(0, 4))
  return [year - 1946, year - 1945]
}

/** The UN's pair citations, as the registry lends them to a text citing UN resolutions (`Profile.cites`). */
export const unPairs: PairCitations = {
  symbols: ['a/res/'],
  read: readPair,
  symbol: (reading) => (reading.roman ? `A/RES/${reading.number}(${romanNumeral(reading.session)})` : `A/RES/${reading.series === undefined ? '' : reading.series + '-'}${reading.session}/${reading.number}`),
  sessionOfDate: unSessionOfDate,
  sessionsOfDate: unSessionsOfDate,
  opening: unSessionOpening,
  // Session S runs from September of 1945 + S into the next year.
  years: (session) => ({from: 1945 + session, to: 1946 + session}),
  known: (reading) => (reading.series === undefined ? unResolution(reading.session, reading.number) : undefined),
  // `ES-11/1` in every language (UN French and Spanish write the symbol's letters); Arabic `دإط-10/24` (a UN Arabic
  // record of the Security Council, 2024: دورة استثنائية طارئة). A special session's `دإ-30/1` (دورة استثنائية) is
  // read by the same pattern without `ط` (UNVERIFIED: no UN Arabic text of one found; it can only be held to its
  // session's first day, and no other word is written so). The letters may be spaced as the words' initials are
  // (`د إ-20/2`, `د إ ط-10/24`), as `(د إ-6)` sets the session.
  series: [
    {key: 'ES', words: ['es', 'داط', 'د اط', 'د ا ط'], name: 'family.un.series.ES', opening: (session) => seriesOpening('ES', session)},
    {key: 'S', words: ['s', 'دا', 'د ا'], name: 'family.un.series.S', opening: (session) => seriesOpening('S', session)}
  ],
  // Sessions I to XXX (1946-1975): `1514 (XV)`, the symbol `A/RES/1514(XV)`.
  romanSessions: firstNumberedSession - 1,
  // UN Arabic writes them `1514 (د-15)`, `2330 (د - 22)` (the Arabic text of 3314 (XXIX), ar.wikisource.org "قرار تعريف
  // العدوان"). A special session's `(د إ-6)` is not read, as `(S-VI)` is not.
  sessionWords: ['د']
}

/** Day of the week, Monday = 1 … Sunday = 7. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7
}

function nthTuesday(year: number, n: number): number {
  const first = weekday(year, 9, 1)
  const firstTuesday = 1 + ((2 - first + 7) % 7)
  return firstTuesday + 7 * (n - 1)
}

function firstWeekdayOfSeptember(year: number): number {
  const first = weekday(year, 9, 1)
  return first <= 5 ? 1 : 1 + (8 - first)
}

/** ISO date of a day counted from 1 September (0 or less falls in August). */
function fromDayOfSeptember(year: number, day: number): string {
  const date = new Date(Date.UTC(year, 8, day))
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!
}
