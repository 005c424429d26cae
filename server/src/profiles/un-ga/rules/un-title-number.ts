/**
 * The title line's number (`80/7. Report of …`) is the symbol's
 * (`A/RES/80/7`).
 */
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {symbolOf, titleNumberOf} from '../facts.js'

const messages = {
  differs: (title: string, symbol: string) => msg('un-title-number.differs', {actual: title, expected: symbol, symbol: {text: `A/RES/${symbol}`}})
}

export default rule('un-title-number', (tree, file, _options, {document}) => {
  const symbol = symbolOf(tree, document)
  const title = titleNumberOf(tree, document)
  // A special session's title (`ES-11/1. Aggression against Ukraine`) is not read as a regular one's.
  if (!symbol || symbol.series !== undefined || !title || (symbol.session === title.session && symbol.number === title.number)) return
  const start = title.block.position.start.offset!
  const match = /\d{1,3}\/\d{1,4}/.exec(document.text.slice(start, title.block.position.end.offset!))
  if (!match) return
  const from = start + match.index
  const place = {start: document.lines.toPoint(from)!, end: document.lines.toPoint(from + match[0].length)!}
  const expected = `${symbol.session}/${symbol.number}`
  report(file, messages.differs(match[0], expected), place, {suggestions: [expected]})
}, {profile: 'un-ga'})
