/**
 * Dates are real days (no 31 April), ranges end after they start, and an
 * Arabic month pair names one month, Levantine first, with no space before
 * the slash: `تشرين الثاني/نوفمبر`, not `تشرين الثاني/ديسمبر` or
 * `كانون الأول /ديسمبر` (one after it, as older UN texts set it, is right; two are not).
 */
import {checkArabicMonthPair, daysInMonth, isValidDate, monthName} from '../core/facts/dates.js'
import type {DayParts, MonthName} from '../core/tree.js'
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
  space: (actual: string, expected: string) => msg('date-validity.space', {actual, expected})
}

export default rule('date-validity', (tree, file) => {
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
