/**
 * Dates are real days (no 31 April), ranges end after they start, and an
 * Arabic month pair names one month, Levantine first, with no space before
 * the slash: `تشرين الثاني/نوفمبر`, not `تشرين الثاني/ديسمبر` or
 * `كانون الأول /ديسمبر` (one after it, as older UN texts set it, is right; two are not).
 */
import {checkArabicMonthPair, daysInMonth, formatDate, hijriFits, hijriOf, isValidDate, monthName} from '../core/facts/dates.js'
import {languageData} from '../languages/index.js'
import type {DayParts, HijriDate, MonthName} from '../core/tree.js'
import {inlineContainers} from '../core/citations.js'
import type {DateNode} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {ignorable} from '../core/normalize.js'

const messages = {
  day: (actual: string, month: number, year: number) =>
    msg('date-validity.day', {actual, month: {month: `${year}-${String(month).padStart(2, '0')}-01`}, days: daysInMonth(year, month)}),
  order: (actual: string) => msg('date-validity.order', {actual}),
  mismatch: (actual: string, expected: string[]) => msg('date-validity.mismatch', {actual, expected: {or: expected}}),
  reversed: (actual: string, expected: string) => msg('date-validity.reversed', {actual, expected}),
  notPair: (actual: string) => msg('date-validity.notPair', {actual, example: monthName(11, 'ar')}),
  space: (actual: string, expected: string) => msg('date-validity.space', {actual, expected}),
  hijri: (actual: string, date: string, expected: string) => msg('date-validity.hijri', {actual, date, expected: {text: expected}})
}

export default rule('date-validity', (tree, file, _options, {language}) => {
  for (const {children} of inlineContainers(tree)) {
    for (const child of children) if (child.type === 'date') check(child)
  }

  function check(date: DateNode) {
    let pairs = true
    for (const name of date.monthNames ?? []) pairs = checkPair(name) && pairs
    if (!pairs) return
    const first: DayParts = {year: date.year, month: date.month, day: date.day}
    for (const parts of date.last ? [first, date.last] : [first]) {
      if (!isValidDate(parts.year, parts.month, parts.day)) {
        report(file, messages.day(date.value, parts.month, parts.year), date)
        return
      }
    }
    if (date.start && date.end && date.end < date.start) report(file, messages.order(date.value), date)
    else if (date.hijri && date.start) checkHijri(date, date.hijri, date.start)
  }

  /**
   * A Hijri date beside the Gregorian one is its day (and the range's last, when both are ranges), give or take the
   * days by which Hijri calendars and sightings of the moon differ (`hijriFits`): only a date off by more is told.
   */
  function checkHijri(date: DateNode, hijri: HijriDate, start: string) {
    const ends: Array<[string, number]> = [[start, hijri.day]]
    if (hijri.lastDay !== undefined && date.end) ends.push([date.end, hijri.lastDay])
    // One Hijri day beside a range may give its first day or its last.
    else if (date.end && hijriFits(date.end, {year: hijri.year, month: hijri.month, day: hijri.day}) !== false) return
    for (const [iso, hijriDay] of ends) {
      if (hijriFits(iso, {year: hijri.year, month: hijri.month, day: hijriDay}) !== false) continue
      const hijriMonths = languageData(language).dates.hijri!.months
      const expected = hijriOf(iso)!
      // The Gregorian day as written when it is one; a range's end as the language writes a date.
      const shown = date.end ? formatDate(iso, language)! : date.value
      report(file, messages.hijri(hijri.value, shown, `${expected.day} ${hijriMonths[expected.month - 1]![0]} ${expected.year} هـ`), hijri.position)
      return
    }
  }

  /** Report a faulty Arabic pair; whether the pair names one month. */
  function checkPair(name: MonthName): boolean {
    const halves = name.halves
    if (!halves || halves.length < 2) return true
    const [first, second] = halves as [(typeof halves)[0], (typeof halves)[0]]
    const joined = `${first.value}/${second.value}`
    const result = checkArabicMonthPair(joined)
    switch (result.status) {
      case 'mismatch':
        report(file, messages.mismatch(name.value, result.expected), name.position, {suggestions: result.expected})
        return false
      case 'unknown':
        report(file, messages.notPair(name.value), name.position)
        return first.month === second.month
      case 'reversed': {
        // The halves as written, swapped: spelling variants (`يونيو`) are kept.
        const expected = `${second.value}/${first.value}`
        report(file, messages.reversed(name.value, expected), name.position, {expected})
        return true
      }
      default:
        // A space after the slash is how UN Arabic texts were long set (A/RES/52/31 of 1997: `كانون الأول/ ديسمبر`), as
        // the Arabic press still writes, or a PDF's line break there: the pair reads the same. A space before it parts the
        // slash from its first half; two after it are a trace of editing too. Bidi marks take no place (`/⏎U+200F نوفمبر`:
        // an Arabic editor's mark at the start of the wrapped line).
        const separator = [...(name.separator ?? '/')].filter((ch) => !ignorable.test(ch)).join('')
        if (!/^\/(?:\r\n|\s)?$/.test(separator)) report(file, messages.space(name.value, joined), name.position, {expected: joined})
        return true
    }
  }
})

