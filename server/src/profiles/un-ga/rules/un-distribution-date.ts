/**
 * The masthead's distribution date (`Distr.: General` / `12 December 2025`)
 * is on or after the adoption date of the heading (`Resolution adopted by the
 * General Assembly on 10 December 2025`): a resolution is issued once adopted.
 */
import {formatDate} from '../../../core/facts/dates.js'
import {code, report, rule} from '../../../core/rule.js'
import {dateOf, distributionDateOf} from '../facts.js'
import {isDistributionLine} from '../index.js'

const messages = {
  before: (date: string, adopted: string) => `Unexpected distribution date ${code(date)} before the adoption on ${code(adopted)}, expected the adoption date or a later one`
}

export default rule('un-distribution-date', (tree, file, _options, {language, document}) => {
  const adopted = dateOf(tree, document, 'heading', language)
  const issued = distributionDateOf(tree, document, language, (text) => isDistributionLine(text, language))
  if (!adopted?.start || !issued?.start || issued.start >= adopted.start) return
  report(file, messages.before(issued.value, adopted.value), issued, {suggestions: [formatDate(adopted.start, language) ?? adopted.value]})
})
