/**
 * A cited INTERPOL resolution names a session and a year that agree with the
 * sessions table: the 90th session was held in 2022, so `GA-2021-90-RES-05`
 * is wrong in one of its parts — which one, only the drafter knows.
 */
import {sessionOrdinal} from '../languages/index.js'
import {inlineContainers} from '../core/citations.js'
import type {Citation, InterpolIdentifier, Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  mismatch: (actual: string, session: number, year: number, held: number, expected: string[], sessionOfYear: number | undefined) =>
    `Unexpected session ${session} with year ${year} in ${code(actual)}, expected ${expected.length > 0 ? expected.map(code).join(' or ') : 'a session and a year that agree'}: ` +
    `the ${sessionOrdinal(session, 'en')} session was held in ${held}` +
    (sessionOfYear === undefined ? '' : `, and the session of ${year} was the ${sessionOrdinal(sessionOfYear, 'en')}`),
  noSession: (actual: string, year: number, why: string) => `Unexpected year ${year} in ${code(actual)}, expected the year of a session: none was held in ${year}, as ${why}`
}

const notes = {
  unverified: (session: number) => `The sessions table marks the ${sessionOrdinal(session, 'en')} session UNVERIFIED.`
}

export default rule('citation-session-year', (tree: Root, file, _options, {profile}) => {
  const {formatIdentifier} = profile.facts.identifiers
  const {sessionByNumber, sessionByYear, yearsWithoutSession} = profile.facts.sessions
  for (const {node, children} of inlineContainers(tree)) {
    if (node.type === 'identifier') continue
    for (const child of children) if (child.type === 'citation' && child.interpol) check(child, child.interpol)
  }

  function check(node: Citation, id: InterpolIdentifier) {
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
