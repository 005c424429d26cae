/**
 * The masthead's distribution date (`Distr.: General` / `12 December 2025`)
 * is on or after the adoption date of the heading (`Resolution adopted by the
 * General Assembly on 10 December 2025`): a resolution is issued once adopted.
 */
import {formatDate} from '../../../core/facts/dates.js'
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {dateOf, distributionDateOf} from '../facts.js'
import {isDistributionLine} from '../index.js'

const messages = {
  before: (date: string, adopted: string) => msg('un-distribution-date.before', {actual: date, adopted: {date: adopted}})
}

export default rule('un-distribution-date', (tree, file, _options, {language, document}) => {
  const adopted = dateOf(tree, document, 'heading', language)
  const issued = distributionDateOf(tree, document, language, (text) => isDistributionLine(text, language))
  if (!adopted?.start || !issued?.start || issued.start >= adopted.start) return
  report(file, messages.before(issued.value, adopted.start), issued, {suggestions: [formatDate(adopted.start, language) ?? adopted.value]})
}, {profile: 'un-ga'})
