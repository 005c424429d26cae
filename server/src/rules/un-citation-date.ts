/**
 * A resolution cited by session and number and its stated date agree: a UN
 * resolution `S/N` is adopted during session S, which opens in September
 * 1945+S, and a resolution UN–INTERPOL texts cite has its known adoption day.
 * Arabic writes the pair either way (`19/71` is 71/19): the reading the date
 * fits is the one meant; when neither fits, the message says which session
 * the date would fit. The dates are the cited family's (`PairCitations`, through the registry). A session numbered
 * apart (the UN's emergency special `ES-11/1`) has its own days: its resolution's date is held only to be no earlier
 * than the session's first day, where that is known. A resolution of the first thirty sessions, cited with its session in
 * Roman numerals (`3220 (XXIX) of 6 November 1974`), is held to the two years its session ran over.
 */
import {fitDate, inlineContainers, knownResolution, pairText, seriesOf} from '../core/citations.js'
import {formatDate} from '../core/facts/dates.js'
import {citedFamily, type KnownResolution, type PairCitations} from '../profiles/index.js'
import type {Citation, DateNode, PairReading} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  adopted: (date: string, symbol: string, adopted: string, dateSession: number | undefined) =>
    dateSession === undefined
      ? msg('un-citation-date.adopted', {symbol: {text: symbol}, adopted: {date: adopted}, date})
      : msg('un-citation-date.adoptedSession', {symbol: {text: symbol}, adopted: {date: adopted}, date, dateSession: {ordinal: dateSession}}),
  session: (pairs: PairCitations, date: string, symbols: string[], sessions: number[], roman: boolean[], dateSession: number) =>
    msg('un-citation-date.session', {
      readings: {
        or: symbols.map((symbol, index) => {
          const session = sessions[index]!
          // A session of Roman numerals is held to its years (`readingFits`): the message names them, not its opening.
          if (roman[index]) return msg('un-citation-date.readingYears', {symbol: {text: symbol}, session: {ordinal: session}, ...pairs.years(session)})
          return msg('un-citation-date.reading', {symbol: {text: symbol}, session: {ordinal: session}, opened: {month: pairs.opening(session)}})
        })
      },
      date,
      dateSession: {ordinal: dateSession}
    }),
  seriesBefore: (pairs: PairCitations, date: string, written: string, reading: PairReading, opened: string) =>
    msg('un-citation-date.seriesBefore', {symbol: {text: written}, date, session: msg(seriesOf(pairs, reading)!.name, {session: {ordinal: reading.session}}), opened: {date: opened}})
}

export default rule('un-citation-date', (tree, file, _options, {language, profile}) => {
  for (const {children} of inlineContainers(tree)) {
    for (const child of children) {
      if (child.type !== 'citation' || !child.readings || !child.date?.start) continue
      const pairs = citedFamily(profile, child.family)?.pairs
      if (pairs) check(pairs, child, child.date, child.date.start)
    }
  }

  function check(pairs: PairCitations, citation: Citation, date: DateNode, iso: string) {
    const readings = citation.readings ?? []
    if (readings.length === 0) return
    const {fitting, dateSession} = fitDate(pairs, readings, iso)
    if (fitting.length > 0) {
      // The session fits; a resolution with a verified day must have that day.
      const known = knownResolution(pairs, fitting)
      if (known?.verified && known.date !== iso) adopted(known, dateSession)
      return
    }
    const known = knownResolution(pairs, readings)
    if (known?.verified) {
      adopted(known, dateSession)
      return
    }
    // A session numbered apart (`ES-11/1`): its date is before the session's first day (`readingFits`).
    const apart = readings.find((reading) => reading.series !== undefined)
    if (apart) {
      // Named as written (`دإ-30/1`, `A/RES/S-30/1`): its one reading.
      report(file, messages.seriesBefore(pairs, date.value, citation.value, apart, seriesOf(pairs, apart)!.opening(apart.session)!), date)
      return
    }
    if (dateSession === undefined) return
    const shown: PairReading[] = known ? [{session: known.session, number: known.number}] : readings
    // A citation of lettered parts is named as written, its letters kept (`2200 A (XXI)`, `3419 A to D (XXX)`, `66/246 A-C`),
    // and so is one of Roman numerals, whose one reading is not how the text wrote it (UN Arabic `3314 (د-29)`).
    const symbols = !known && readings.length === 1 && (citation.part?.length || readings[0]!.roman) ? [citation.value] : shown.map(pairText)
    report(
      file,
      messages.session(pairs, date.value, symbols, shown.map((reading) => reading.session), shown.map((reading) => reading.roman === true), dateSession),
      date
    )

    function adopted(resolution: KnownResolution, session: number | undefined) {
      const expected = formatDate(resolution.date, language)!
      const symbol = pairText(resolution)
      report(file, messages.adopted(date.value, symbol, resolution.date, session === resolution.session ? undefined : session), date, {
        suggestions: [expected]
      })
    }
  }
})
