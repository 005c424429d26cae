/**
 * The adoption date in the heading (`Resolution adopted by the General
 * Assembly on 14 November 2025`) falls in the session of the symbol
 * (`A/RES/80/7`): session S opens in September of 1945 + S and runs until the
 * next one opens; a September date may fit either session. A special or emergency special session's symbol
 * (`A/RES/ES-11/1`) is on its own calendar: its date is held only to be no earlier than the session's first day,
 * where that is known (`unSeriesSessions`).
 */
import {fitDate, seriesOf} from '../../../core/citations.js'
import {report, rule} from '../../../core/rule.js'
import {msg, type Message} from '../../../l10n/index.js'
import {dateOf, symbolOf} from '../facts.js'
import {unPairs} from '../pairs.js'

const messages = {
  session: (date: string, symbol: string, session: number, dateSession: number) =>
    msg('un-symbol-session.session', {actual: date, symbol: {text: symbol}, session: {ordinal: session}, opened: {month: unPairs.opening(session)}, dateSession: {ordinal: dateSession}}),
  seriesBefore: (date: string, symbol: string, session: Message, opened: string) => msg('un-symbol-session.seriesBefore', {actual: date, symbol: {text: symbol}, session, opened: {date: opened}})
}

export default rule('un-symbol-session', (tree, file, _options, {language, document}) => {
  const symbol = symbolOf(tree, document)
  const date = dateOf(tree, document, 'heading', language)
  if (!symbol || !date?.start) return
  const reading = {session: symbol.session, number: symbol.number, ...(symbol.series === undefined ? {} : {series: symbol.series})}
  const {fitting, dateSession} = fitDate(unPairs, [reading], date.start)
  if (fitting.length > 0) return
  // A special or emergency special session's (`A/RES/ES-11/1`): adopted before the session's first day.
  const series = seriesOf(unPairs, reading)
  if (series) report(file, messages.seriesBefore(date.value, unPairs.symbol(reading), msg(series.name, {session: {ordinal: reading.session}}), series.opening(reading.session)!), date)
  else if (dateSession !== undefined) report(file, messages.session(date.value, unPairs.symbol(reading), symbol.session, dateSession), date)
}, {profile: 'un-ga'})
