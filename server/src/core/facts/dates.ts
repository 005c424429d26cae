/**
 * Calendar helpers over the languages' month names (`languages/<code>.ts`):
 * month lookups, canonical names, and small pure date helpers.
 *
 * Sources (FACTS.md, "Dates"): English `24 November 2025`; French
 * `24 novembre 2025`, `1er avril 2011`; Spanish `24 de noviembre de 2025`;
 * Arabic pairs the Levantine name with the international one, Levantine first
 * (`تشرين الثاني/نوفمبر`). UN Arabic spells June and July يونيه/يوليه;
 * يونيو/يوليو also occur, so both are accepted (the UN spelling is canonical).
 */
import {byLanguage, languageData, type Language} from '../../languages/index.js'
import type {MonthNames} from '../../languages/types.js'
import {foldForMatch} from '../normalize.js'

/** One written form of a month name. */
export interface MonthForm {
  form: string
  month: number
  /** Arabic only: which half of the pair the form belongs to. */
  kind?: 'levantine' | 'international'
}

/** Month-name forms of each language with their month number; the first form of a month is canonical. */
export const monthForms: Record<Language, readonly MonthForm[]> = byLanguage((language) => formsOf(languageData(language).dates.months))

function formsOf(months: MonthNames): MonthForm[] {
  if (months.kind === 'single') return months.names.flatMap((forms, index) => forms.map((form) => ({form, month: index + 1})))
  return months.pairs.flatMap((entry, index) => [
    ...entry.levantine.map((form) => ({form, month: index + 1, kind: 'levantine' as const})),
    ...entry.international.map((form) => ({form, month: index + 1, kind: 'international' as const}))
  ])
}

const formsByFolded = byLanguage(indexForms)

function indexForms(language: Language): Map<string, MonthForm> {
  return new Map(monthForms[language].map((entry) => [foldForMatch(entry.form), entry]))
}

/** The month form a word is, matched after folding (case, accents, Arabic hamza and diacritics ignored). */
export function monthForm(word: string, language: Language): MonthForm | undefined {
  return formsByFolded[language].get(foldForMatch(word).trim())
}

/** Month number (1–12) of a month name, or undefined. */
export function monthOf(word: string, language: Language): number | undefined {
  return monthForm(word, language)?.month
}

/** Canonical month name; for a paired calendar (Arabic) the full pair, e.g. `تشرين الثاني/نوفمبر`. */
export function monthName(month: number, language: Language): string {
  const months = languageData(language).dates.months
  if (months.kind === 'single') return months.names[month - 1]![0]!
  const entry = months.pairs[month - 1]!
  return `${entry.levantine[0]}/${entry.international[0]}`
}

/** The result of checking an Arabic month pair `X/Y`. */
export type ArabicMonthPairCheck =
  | {status: 'matched'; month: number}
  /** Both halves are month names but of different months; `expected` keeps the Levantine half, then the international one. */
  | {status: 'mismatch'; levantineMonth: number; internationalMonth: number; expected: [string, string]}
  /** The halves are written international first (`نوفمبر/تشرين الثاني`). */
  | {status: 'reversed'; month: number; expected: [string]}
  /** Not a pair of one Levantine and one international month name. */
  | {status: 'unknown'}

/** Whether an Arabic pair `X/Y` names the same month on both sides, Levantine first. */
export function checkArabicMonthPair(pair: string): ArabicMonthPairCheck {
  const halves = pair.split('/')
  if (halves.length !== 2) return {status: 'unknown'}
  const first = monthForm(halves[0]!, 'ar')
  const second = monthForm(halves[1]!, 'ar')
  if (!first || !second || first.kind === second.kind) return {status: 'unknown'}
  if (first.kind === 'international') {
    if (first.month !== second.month) {
      return {status: 'mismatch', levantineMonth: second.month, internationalMonth: first.month, expected: [monthName(second.month, 'ar'), monthName(first.month, 'ar')]}
    }
    return {status: 'reversed', month: first.month, expected: [monthName(first.month, 'ar')]}
  }
  if (first.month === second.month) return {status: 'matched', month: first.month}
  return {status: 'mismatch', levantineMonth: first.month, internationalMonth: second.month, expected: [monthName(first.month, 'ar'), monthName(second.month, 'ar')]}
}

/** Whether `y-m-d` is a real Gregorian calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** Number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** ISO `YYYY-MM-DD`, or undefined when the date is not valid. */
export function toIso(year: number, month: number, day: number): string | undefined {
  if (!isValidDate(year, month, day)) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The parts of an ISO `YYYY-MM-DD` date, or undefined when it is not a valid date. */
export function parseIso(iso: string): {year: number; month: number; day: number} | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isValidDate(year, month, day) ? {year, month, day} : undefined
}

/** A day of the month as written before a month name: French writes the first `1er`. */
export function formatDay(day: number, language: Language): string {
  const first = languageData(language).dates.firstDay
  return first !== undefined && day === 1 ? first : String(day)
}

/** Day and month without the year: `24 November`, `1er décembre`, `24 de noviembre`, `24 تشرين الثاني/نوفمبر`. */
export function formatDayMonth(day: number, month: number, language: Language): string {
  return `${formatDay(day, language)}${languageData(language).dates.dayMonth}${monthName(month, language)}`
}

/** A full date in a language: `24 November 2025`, `1er avril 2011`, `24 de noviembre de 2025`, `24 تشرين الثاني/نوفمبر 2025`. */
export function formatDate(iso: string, language: Language): string | undefined {
  const date = parseIso(iso)
  if (!date) return undefined
  return `${formatDayMonth(date.day, date.month, language)}${yearSeparator(language)}${date.year}`
}

/** A compact range for hover text: `24–27 November 2025`, `28 November – 1 December 2023`. */
export function formatDateRange(startIso: string, endIso: string, language: Language): string | undefined {
  const start = parseIso(startIso)
  const end = parseIso(endIso)
  if (!start || !end) return undefined
  if (startIso === endIso) return formatDate(startIso, language)
  if (start.year === end.year && start.month === end.month) {
    return `${formatDay(start.day, language)}–${formatDate(endIso, language)}`
  }
  if (start.year === end.year) {
    return `${formatDayMonth(start.day, start.month, language)} – ${formatDate(endIso, language)}`
  }
  return `${formatDate(startIso, language)} – ${formatDate(endIso, language)}`
}

/** What stands between the month and the year: Spanish `de noviembre de 2025`. */
export function yearSeparator(language: Language): string {
  return languageData(language).dates.monthYear
}

/**
 * The Hijri calendars a Hijri date beside a Gregorian one may follow: Umm al-Qura (Saudi Arabia's, the one most
 * printed), the tabular (civil and astronomical epochs) and ICU's astronomical one. They differ from each other, and
 * from a country's sighting of the new moon, by a day or two: a date is held wrong only when none of them comes within
 * `hijriSlack` days of it.
 */
const hijriCalendars = ['islamic-umalqura', 'islamic-civil', 'islamic-tbla', 'islamic'] as const
const hijriSlack = 3

let hijriFormats: Intl.DateTimeFormat[] | null | undefined

/** The formats of `hijriCalendars`, or null where the runtime's ICU has none of them (a small-icu Node). */
function hijriFormatters(): Intl.DateTimeFormat[] | null {
  if (hijriFormats !== undefined) return hijriFormats
  const formats = hijriCalendars
    .map((calendar) => new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric'}))
    .filter((format) => hijriCalendars.includes(format.resolvedOptions().calendar as (typeof hijriCalendars)[number]))
  hijriFormats = formats.length > 0 && formats[0]!.resolvedOptions().calendar === 'islamic-umalqura' ? formats : null
  return hijriFormats
}

function hijriParts(format: Intl.DateTimeFormat, time: number): {year: number; month: number; day: number} {
  const parts = format.formatToParts(new Date(time))
  const value = (type: string) => Number.parseInt(parts.find((part) => part.type === type)?.value ?? '', 10)
  return {year: value('year'), month: value('month'), day: value('day')}
}

/** The Umm al-Qura date of a Gregorian day (ISO), or undefined where the runtime cannot tell. */
export function hijriOf(iso: string): {year: number; month: number; day: number} | undefined {
  const formats = hijriFormatters()
  const date = parseIso(iso)
  if (!formats || !date) return undefined
  return hijriParts(formats[0]!, Date.UTC(date.year, date.month - 1, date.day, 12))
}

/**
 * Whether a Hijri date (day, month 1–12, year) can be the Gregorian day `iso`: some calendar of `hijriCalendars` gives
 * it to a day within `hijriSlack` days of it. Undefined where the runtime has no Hijri calendar (nothing is told).
 */
export function hijriFits(iso: string, hijri: {year: number; month: number; day: number}): boolean | undefined {
  const formats = hijriFormatters()
  const date = parseIso(iso)
  if (!formats || !date) return undefined
  const noon = Date.UTC(date.year, date.month - 1, date.day, 12)
  for (let shift = -hijriSlack; shift <= hijriSlack; shift++) {
    for (const format of formats) {
      const parts = hijriParts(format, noon + shift * 86_400_000)
      if (parts.year === hijri.year && parts.month === hijri.month && parts.day === hijri.day) return true
    }
  }
  return false
}
