/**
 * The masthead's session line (`Eightieth session`, `Quatre-vingtième session`,
 * `Octogésimo período de sesiones`, `الدورة الثمانون`) names the session of the
 * symbol (`A/RES/80/7`).
 */
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {sessionLineOf, symbolOf} from '../facts.js'
import {isSessionLine} from '../index.js'

const messages = {
  differs: (line: string, named: number, session: number) =>
    msg('un-session-line.differs', {actual: line, named: {ordinal: named}, session: {ordinal: session}, symbol: {text: `A/RES/${session}/…`}})
}

export default rule('un-session-line', (tree, file, _options, {language, document}) => {
  const symbol = symbolOf(tree, document)
  // A special session's line (`Eleventh emergency special session`) is not a regular session's: not read here.
  if (!symbol || symbol.series !== undefined) return
  const found = sessionLineOf(tree, document, language, (text) => isSessionLine(text, language))
  if (!found || found.session === symbol.session) return
  const {start, end} = found.line.position
  report(file, messages.differs(document.text.slice(start.offset, end.offset), found.session, symbol.session), found.line.position)
}, {profile: 'un-ga'})
