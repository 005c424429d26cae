/**
 * The opening names its session as the sessions table has it: the 93rd
 * session met in Marrakesh from 24 to 27 November 2025. A session number,
 * city or dates that disagree with the table are reported; without a session
 * number, the identifier's session is used. What the table does not know
 * (cities and dates of some early sessions) is not checked.
 */
import type {Point, Position} from 'unist'
import {documentIdentifier} from '../core/citations.js'
import {formatDate, formatDay, formatDayMonth, parseIso, yearSeparator} from '../core/facts/dates.js'
import {languageData} from '../languages/index.js'
import type {GeneralAssemblySession} from '../profiles/index.js'
import {memoByObjectAndKey} from '../core/memo.js'
import {findWord, fold, foldForMatch} from '../core/normalize.js'
import type {DateNode, Language, Opening, Root, Session} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  dates: (actual: string, session: number, expected: string, other: GeneralAssemblySession | undefined) =>
    other
      ? msg('opening-facts.datesOther', {session: {ordinal: session}, expected, actual, other: {ordinal: other.session}})
      : msg('opening-facts.dates', {session: {ordinal: session}, expected, actual}),
  city: (actual: string, session: number, expected: string, hosted: GeneralAssemblySession[]) =>
    msg('opening-facts.city', {session: {ordinal: session}, expected, actual, hosted: {and: hosted.map((entry) => msg('opening-facts.hosted', {session: {ordinal: entry.session}}))}})
}

const notes = {
  unverified: (session: number) => msg('note.unverified', {session: {ordinal: session}})
}

export default rule('opening-facts', (tree: Root, file, _options, {language, document, profile}) => {
  const {sessionByNumber, sessions} = profile.facts.sessions
  const opening = tree.children.find((block): block is Opening => block.type === 'opening')
  if (!opening) return
  const session = opening.children.find((child): child is Session => child.type === 'session')
  let number = session?.number
  if (number === undefined) {
    const identifier = documentIdentifier(tree)
    if (identifier) number = profile.facts.identifiers.yearAndSession(identifier).session
  }
  const row = number === undefined ? undefined : sessionByNumber(number)
  if (!row) return
  const note = row.verified ? {} : {note: notes.unverified(row.session)}

  // In the order of the text: the city comes before the dates in every language.
  checkCity()
  checkDates()

  function checkDates() {
    const date = opening!.children.find((child): child is DateNode => child.type === 'date' && child.start !== undefined)
    if (!date || !row!.start || !row!.end || (date.start === row!.start && (date.end ?? date.start) === row!.end)) return
    const expected = writtenRange(row!.start, row!.end, language)
    const other = sessions.find((entry) => entry.start === date.start && entry.end === (date.end ?? date.start))
    report(file, messages.dates(date.value, row!.session, expected, other), date, {suggestions: [expected], ...note})
  }

  function checkCity() {
    const city = row!.city?.[language]
    if (!city) return
    const found = citiesIn(opening!, language)
    if (found.length === 0 || found.some((entry) => entry.name === foldForMatch(city))) return
    const [first] = found
    report(file, messages.city(first!.value, row!.session, city, first!.rows), first!.place, {suggestions: [city], ...note})
  }

  /** The cities of the sessions table named in the opening's text. */
  function citiesIn(node: Opening, lang: Language) {
    const place = document.lines
    const result: Array<{name: string; value: string; rows: GeneralAssemblySession[]; place: Position}> = []
    const names = cityNames(sessions, lang)
    for (const child of node.children) {
      if (child.type !== 'text') continue
      const folded = fold(child.value)
      const base = child.position.start.offset!
      for (const [name, rows] of names) {
        const at = findWord(folded.text, name)
        if (at < 0) continue
        const start = base + folded.map[at]!
        const end = base + folded.map[at + name.length - 1]! + 1
        result.push({name, value: child.value.slice(start - base, end - base), rows, place: {start: point(start), end: point(end)}})
      }
    }
    return result.sort((a, b) => a.place.start.offset! - b.place.start.offset!)

    function point(offset: number): Point {
      return place.toPoint(offset) ?? {line: 1, column: 1, offset}
    }
  }
})

/** Each sessions table's cities in a language, folded, with the sessions each hosted: made once per table. */
const cityNames = memoByObjectAndKey((sessions: readonly GeneralAssemblySession[], language: Language): Map<string, GeneralAssemblySession[]> => {
  const names = new Map<string, GeneralAssemblySession[]>()
  for (const entry of sessions) {
    const name = entry.city?.[language]
    if (!name) continue
    const key = foldForMatch(name)
    names.set(key, [...(names.get(key) ?? []), entry])
  }
  return names
})

/** `من 24 إلى 27 تشرين الثاني/نوفمبر 2025`, `from 28 November to 1 December 2023`. */
function writtenRange(startIso: string, endIso: string, language: Language): string {
  const start = parseIso(startIso)!
  const end = parseIso(endIso)!
  if (startIso === endIso) return formatDate(endIso, language)!
  let first = formatDay(start.day, language)
  if (start.month !== end.month || start.year !== end.year) first = formatDayMonth(start.day, start.month, language)
  if (start.year !== end.year) first += `${yearSeparator(language)}${start.year}`
  return languageData(language).dates.range.span.replace('{start}', first).replace('{end}', formatDate(endIso, language)!)
}
