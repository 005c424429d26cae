/**
 * A cited INTERPOL resolution names a session and a year that agree with the
 * sessions table: the 90th session was held in 2022, so `GA-2021-90-RES-05`
 * is wrong in one of its parts — which one, only the drafter knows.
 */
import {inlineContainers} from '../core/citations.js'
import type {Citation, ResolutionIdentifier, Root} from '../core/tree.js'
import {identifiersOf} from '../profiles/index.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  mismatch: (actual: string, session: number, year: number, held: number, expected: string[], sessionOfYear: number | undefined) => {
    const why =
      sessionOfYear === undefined
        ? msg('citation-session-year.held', {session: {ordinal: session}, held})
        : msg('citation-session-year.heldAndYear', {session: {ordinal: session}, held, year, other: {ordinal: sessionOfYear}})
    return expected.length > 0 ? msg('citation-session-year.mismatchFix', {actual, why, expected: {or: expected}}) : msg('citation-session-year.mismatch', {actual, why})
  },
  // > **Note**: the reason (`why`) is the sessions table's own words, in English.
  noSession: (actual: string, year: number, why: string) => msg('citation-session-year.noSession', {actual, year, why: {text: why}})
}

const notes = {
  unverified: (session: number) => msg('note.unverified', {session: {ordinal: session}})
}

export default rule('citation-session-year', (tree: Root, file, _options, {profile}) => {
  for (const {node, children} of inlineContainers(tree)) {
    if (node.type === 'identifier') continue
    for (const child of children) if (child.type === 'citation' && child.identifier) check(child, child.identifier)
  }

  function check(node: Citation, id: ResolutionIdentifier) {
    // The cited family's sessions: a UN text's INTERPOL citation is held to INTERPOL's table.
    const {formatIdentifier, sessions} = identifiersOf(profile, id)
    const {sessionByNumber, sessionByYear, yearsWithoutSession} = sessions
    if (id.year === undefined) return
    const gap = yearsWithoutSession.find((entry) => entry.year === id.year)
    if (id.session === undefined) {
      if (gap) report(file, messages.noSession(node.value, id.year, gap.note), node)
      return
    }
    const row = sessionByNumber(id.session)
    // A session outside the table is unknown, not wrong.
    if (!row || row.year === id.year) return
    const suggestions = [formatIdentifier({...id, year: row.year})]
    const sameYear = sessionByYear(id.year)
    if (sameYear) suggestions.push(formatIdentifier({...id, session: sameYear.session}))
    const unverified = [row, sameYear].find((entry) => entry && !entry.verified)
    const expected = [...new Set(suggestions.filter((value): value is string => value !== undefined))]
    report(file, messages.mismatch(node.value, id.session, id.year, row.year, expected, sameYear?.session), node, {
      suggestions: expected,
      ...(unverified ? {note: notes.unverified(unverified.session)} : {})
    })
  }
})
