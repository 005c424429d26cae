/**
 * One member country, one vote: the votes cast (for, against and
 * abstentions) cannot outnumber the member countries of the session's year.
 * The year is the identifier's, else the opening's dates', else its
 * session's. Before 1996, the first known member count, nothing is checked.
 */
import {documentIdentifier} from '../core/citations.js'
import type {ProfileFacts} from '../profiles/index.js'
import type {Opening, Root, VoteCount} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg, type Message} from '../l10n/index.js'

const messages = {
  total: (total: number, counts: VoteCount[], members: number, year: number, exact: boolean) =>
    msg(exact ? 'vote-members.total' : 'vote-members.totalAtMost', {count: total, figures: {and: counts.map(figure)}, members, year})
}

/** A figure of the vote line as said in the message (`180 for`, `6 abstentions`). */
function figure(count: VoteCount): Message {
  return msg(`vote-members.${count.kind}`, {count: count.count!})
}

const notes = {
  between: (year: number, from: number, to: number) => msg('vote-members.between', {year, from, to})
}

export default rule('vote-members', (tree: Root, file, _options, {profile}) => {
  const year = sessionYear(tree, profile.facts)
  if (year === undefined) return
  const bound = memberBound(year, profile.facts)
  if (!bound) return
  for (const block of tree.children) {
    if (block.type !== 'closing') continue
    for (const line of block.children) {
      const counts = line.children.filter((child): child is VoteCount => child.type === 'voteCount' && child.count !== undefined)
      if (counts.length === 0) continue
      const total = counts.reduce((sum, count) => sum + count.count!, 0)
      if (total <= bound.count) continue
      const place = {start: counts[0]!.position.start, end: counts.at(-1)!.position.end}
      report(file, messages.total(total, counts, bound.count, year, !bound.note), place, bound.note ? {note: bound.note} : {})
    }
  }
})

/** The year of the session the resolution belongs to. */
function sessionYear(tree: Root, facts: ProfileFacts): number | undefined {
  const identifier = documentIdentifier(tree)
  if (identifier) {
    const {year} = facts.identifiers.yearAndSession(identifier)
    if (year !== undefined) return year
  }
  const opening = tree.children.find((block): block is Opening => block.type === 'opening')
  if (!opening) return undefined
  for (const child of opening.children) if (child.type === 'date' && child.start) return Number(child.start.slice(0, 4))
  for (const child of opening.children) if (child.type === 'session') return facts.sessions.sessionByNumber(child.number)?.year
  return undefined
}

/**
 * The most member countries a year can have: its figure, or, for a year
 * between two figures (admissions not recorded), the next figure.
 */
function memberBound(year: number, facts: ProfileFacts): {count: number; note?: Message} | undefined {
  const {memberCounts} = facts.members
  let index = -1
  for (let i = 0; i < memberCounts.length && memberCounts[i]!.from <= year; i++) index = i
  if (index === -1) return undefined
  const entry = memberCounts[index]!
  const next = memberCounts[index + 1]
  if (entry.from === year || !next) return {count: entry.count}
  return {count: next.count, note: notes.between(year, entry.count, next.count)}
}
