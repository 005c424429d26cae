/**
 * The masthead's session line (`Eightieth session`, `Quatre-vingtième session`,
 * `Octogésimo período de sesiones`, `الدورة الثمانون`) names the session of the
 * symbol (`A/RES/80/7`); of a session numbered apart (`A/RES/ES-11/1`), that session and its kind
 * (`Eleventh emergency special session`), in English, the one language whose wording of such lines is known here.
 */
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {foldText} from '../../../core/normalize.js'
import {sessionLineOf, symbolOf} from '../facts.js'
import {isSessionLine, seriesOfSessionLine} from '../index.js'
import {unPairs} from '../pairs.js'

const messages = {
  differs: (line: string, named: number, session: number) =>
    msg('un-session-line.differs', {actual: line, named: {ordinal: named}, session: {ordinal: session}, symbol: {text: `A/RES/${session}/…`}}),
  series: (line: string, series: string, session: number) =>
    msg('un-session-line.series', {actual: line, session: msg(unPairs.series!.find((entry) => entry.key === series)!.name, {session: {ordinal: session}}), symbol: {text: `A/RES/${series}-${session}/…`}})
}

export default rule('un-session-line', (tree, file, _options, {language, document}) => {
  const symbol = symbolOf(tree, document)
  if (!symbol) return
  const found = sessionLineOf(tree, document, language, (text) => isSessionLine(text, language))
  if (!found) return
  const {start, end} = found.line.position
  const line = document.text.slice(start.offset, end.offset)
  if (symbol.series === undefined) {
    if (found.session !== symbol.session) report(file, messages.differs(line, found.session, symbol.session), found.line.position)
    return
  }
  // A session numbered apart: its line names its kind (`emergency special`) and its number, where that wording is known.
  const series = seriesOfSessionLine(foldText(document.text, start.offset!, end.offset!), language)
  if (series === undefined || (series === symbol.series && found.session === symbol.session)) return
  report(file, messages.series(line, symbol.series, symbol.session), found.line.position)
}, {profile: 'un-ga'})
