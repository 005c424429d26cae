/**
 * The date under the plenary meeting (`40th plenary meeting / 14 November
 * 2025`) is the adoption date of the heading: a resolution is adopted at the
 * meeting that closes it.
 */
import {formatDate} from '../../../core/facts/dates.js'
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {dateOf} from '../facts.js'

const messages = {
  differs: (date: string, adopted: string) => msg('un-plenary-date.differs', {actual: date, adopted: {date: adopted}})
}

export default rule('un-plenary-date', (tree, file, _options, {language, document}) => {
  const adopted = dateOf(tree, document, 'heading', language)
  const meeting = dateOf(tree, document, 'closing', language)
  if (!adopted?.start || !meeting?.start || adopted.start === meeting.start) return
  // Either date may be the slip: the heading's is offered, not applied.
  report(file, messages.differs(meeting.value, adopted.start), meeting, {suggestions: [formatDate(adopted.start, language) ?? adopted.value]})
}, {profile: 'un-ga'})
