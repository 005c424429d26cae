/**
 * A cited UN General Assembly resolution and its stated date agree: a
 * resolution `S/N` is adopted during session S, which opens in September
 * 1945+S, and a resolution UN–INTERPOL texts cite has its known adoption day.
 * Arabic writes the pair either way (`19/71` is 71/19): the reading the date
 * fits is the one meant; when neither fits, the message says which session
 * the date would fit.
 */
import {fitUnDate, inlineContainers, knownResolution, unSymbol} from '../core/citations.js'
import {formatDate} from '../core/facts/dates.js'
import {unSessionOpening, type UnResolution} from '../core/facts/un.js'
import type {Citation, DateNode, UnReading} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  adopted: (date: string, symbol: string, adopted: string, dateSession: number | undefined) =>
    dateSession === undefined
      ? msg('un-citation-date.adopted', {symbol: {text: symbol}, adopted: {date: adopted}, date})
      : msg('un-citation-date.adoptedSession', {symbol: {text: symbol}, adopted: {date: adopted}, date, dateSession: {ordinal: dateSession}}),
  session: (date: string, symbols: string[], sessions: number[], dateSession: number) =>
    msg('un-citation-date.session', {
      readings: {or: symbols.map((symbol, index) => msg('un-citation-date.reading', {symbol: {text: symbol}, session: {ordinal: sessions[index]!}, opened: {month: unSessionOpening(sessions[index]!)}}))},
      date,
      dateSession: {ordinal: dateSession}
    })
}

export default rule('un-citation-date', (tree, file, _options, {language}) => {
  for (const {children} of inlineContainers(tree)) {
    for (const child of children) if (child.type === 'citation' && child.family === 'un' && child.date?.start) check(child, child.date, child.date.start)
  }

  function check(citation: Citation, date: DateNode, iso: string) {
    const readings = citation.un ?? []
    if (readings.length === 0) return
    const {fitting, dateSession} = fitUnDate(readings, iso)
    if (fitting.length > 0) {
      // The session fits; a resolution with a verified day must have that day.
      const known = knownResolution(fitting)
      if (known?.verified && known.date !== iso) adopted(known, dateSession)
      return
    }
    const known = knownResolution(readings)
    if (known?.verified) {
      adopted(known, dateSession)
      return
    }
    if (dateSession === undefined) return
    const shown: UnReading[] = known ? [{session: known.session, number: known.number}] : readings
    report(
      file,
      messages.session(date.value, shown.map(unSymbol), shown.map((reading) => reading.session), dateSession),
      date
    )

    function adopted(resolution: UnResolution, session: number | undefined) {
      const expected = formatDate(resolution.date, language)!
      const symbol = unSymbol(resolution)
      report(file, messages.adopted(date.value, symbol, resolution.date, session === resolution.session ? undefined : session), date, {
        suggestions: [expected]
      })
    }
  }
})
