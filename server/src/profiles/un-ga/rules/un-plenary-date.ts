/**
 * The date under the plenary meeting (`40th plenary meeting / 14 November
 * 2025`) is the adoption date of the heading: a resolution is adopted at the
 * meeting that closes it.
 */
import {formatDate} from '../../../core/facts/dates.js'
import {code, report, rule} from '../../../core/rule.js'
import {dateOf} from '../facts.js'

const messages = {
  differs: (date: string, adopted: string) => `Unexpected meeting date ${code(date)}, expected ${code(adopted)}, the adoption date of the heading`
}

export default rule('un-plenary-date', (tree, file, _options, {language, document}) => {
  const adopted = dateOf(tree, document, 'heading', language)
  const meeting = dateOf(tree, document, 'closing', language)
  if (!adopted?.start || !meeting?.start || adopted.start === meeting.start) return
  // Either date may be the slip: the heading's is offered, not applied.
  report(file, messages.differs(meeting.value, adopted.value), meeting, {suggestions: [formatDate(adopted.start, language) ?? adopted.value]})
})
