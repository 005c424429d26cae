/**
 * Dates are real days (no 31 April), ranges end after they start, and an
 * Arabic month pair names one month, Levantine first, with nothing around
 * the slash: `تشرين الثاني/نوفمبر`, not `تشرين الثاني/ديسمبر` or
 * `كانون الأول /ديسمبر`.
 */
import {checkArabicMonthPair, daysInMonth, isValidDate, monthName} from '../core/facts/dates.js'
import type {DayParts, MonthName} from '../core/tree.js'
import {inlineContainers} from '../core/citations.js'
import type {DateNode} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  day: (actual: string, day: number, month: number, year: number) =>
    `Unexpected day ${day} in ${code(actual)}, expected 1 to ${daysInMonth(year, month)}: ${monthName(month, 'en')} ${year} has ${daysInMonth(year, month)} days`,
  order: (actual: string) => `Unexpected range ${code(actual)} ending before it starts, expected the first day before the last`,
  mismatch: (actual: string, expected: string[]) => `Unexpected month pair ${code(actual)} naming two months, expected ${expected.map(code).join(' or ')}`,
  reversed: (actual: string, expected: string) => `Unexpected month pair ${code(actual)} in reverse order, expected ${code(expected)}`,
  notPair: (actual: string) => `Unexpected month pair ${code(actual)}, expected a Levantine and an international name of one month, such as ${code(monthName(11, 'ar'))}`,
  space: (actual: string, expected: string) => `Unexpected space in the month pair ${code(actual)}, expected ${code(expected)}`
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
        report(file, messages.day(date.value, parts.day, parts.month, parts.year), date)
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
        if (name.separator !== '/') report(file, messages.space(name.value, joined), name.position, {expected: joined})
        return true
    }
  }
})
