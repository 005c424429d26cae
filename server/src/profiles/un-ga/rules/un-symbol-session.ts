/**
 * The adoption date in the heading (`Resolution adopted by the General
 * Assembly on 14 November 2025`) falls in the session of the symbol
 * (`A/RES/80/7`): session S opens in September of 1945 + S and runs until the
 * next one opens; a September date may fit either session.
 */
import {fitDate} from '../../../core/citations.js'
import {report, rule} from '../../../core/rule.js'
import {msg} from '../../../l10n/index.js'
import {dateOf, symbolOf} from '../facts.js'
import {unPairs} from '../pairs.js'

const messages = {
  session: (date: string, symbol: string, session: number, dateSession: number) =>
    msg('un-symbol-session.session', {actual: date, symbol: {text: symbol}, session: {ordinal: session}, opened: {month: unPairs.opening(session)}, dateSession: {ordinal: dateSession}})
}

export default rule('un-symbol-session', (tree, file, _options, {language, document}) => {
  const symbol = symbolOf(tree, document)
  const date = dateOf(tree, document, 'heading', language)
  if (!symbol || !date?.start) return
  const {fitting, dateSession} = fitDate(unPairs, [{session: symbol.session, number: symbol.number}], date.start)
  if (fitting.length > 0 || dateSession === undefined) return
  report(file, messages.session(date.value, unPairs.symbol(symbol), symbol.session, dateSession), date)
}, {profile: 'un-ga'})
