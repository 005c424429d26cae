/**
 * The identifier agrees with the rest of the resolution: its number with the
 * heading's (`قرار رقم 3` / `…-RES-03`), its session with the opening's
 * (`دورتها الـ 93` / `GA-2025-93-…`), its year with the opening's dates.
 * When the heading and the identifier disagree, a file named like an identifier
 * (`GA-2026-94-RES-02.fr.txt`) says which is right; without one, both fixes are offered.
 */
import {identifierOfLine, identifierText} from '../core/citations.js'
import type {Heading, Identifier, Opening, Root, Session, Text} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  number: (actual: number, expected: number, identifier: string) => msg('identifier-consistency.number', {actual: String(actual), expected: String(expected), identifier}),
  numberNamed: (actual: number, expected: number, identifier: string) =>
    msg('identifier-consistency.numberNamed', {actual: String(actual), expected: String(expected), identifier}),
  identifierNamed: (actual: string, expected: string) => msg('identifier-consistency.identifierNamed', {actual, expected}),
  session: (actual: number, expected: number) => msg('identifier-consistency.session', {actual: String(actual), expected: String(expected)}),
  year: (actual: number, expected: number) => msg('identifier-consistency.year', {actual: String(actual), expected: String(expected)})
}

export default rule('identifier-consistency', (tree: Root, file, _options, {profile}) => {
  const {formatIdentifier, identifierOfName} = profile.facts.identifiers
  const heading = tree.children.find((block): block is Heading => block.type === 'heading')
  const identifier = tree.children.find((block): block is Identifier => block.type === 'identifier')
  const opening = tree.children.find((block): block is Opening => block.type === 'opening')
  if (!identifier) return
  const first = identifier.children[0]
  const last = identifier.children.at(-1)
  if (!first || !last) return
  const written = identifierText(identifier)
  const id = identifierOfLine(identifier, profile, written)
  if (!id) return
  const place = {start: first.position.start, end: last.position.end}

  if (heading && heading.number !== undefined && id.number !== undefined && heading.number !== id.number) {
    const number = heading.children.find((child): child is Text => child.type === 'text')
    const renumbered = formatIdentifier({...id, number: heading.number})
    // The file name settles which of the two is wrong; without it, either may be.
    const named = file.path ? identifierOfName(file.path)?.number : undefined
    if (named === id.number) report(file, messages.numberNamed(heading.number, id.number, written), number ?? heading, {expected: String(id.number)})
    else if (named === heading.number && renumbered) report(file, messages.identifierNamed(written, renumbered), place, {expected: renumbered})
    else {
      report(file, messages.number(heading.number, id.number, written), number ?? heading, {
        suggestions: [String(id.number)],
        alternatives: renumbered ? [{text: renumbered, place}] : []
      })
    }
  }
  if (!opening) return

  const session = opening.children.find((child): child is Session => child.type === 'session')
  if (session && id.session !== undefined && id.session !== session.number) {
    const suggestion = formatIdentifier({...id, session: session.number})
    report(file, messages.session(id.session, session.number), place, {suggestions: suggestion ? [suggestion] : []})
  }
  const year = openingYear(opening)
  if (year !== undefined && id.year !== undefined && id.year !== year) {
    const suggestion = formatIdentifier({...id, year})
    report(file, messages.year(id.year, year), place, {suggestions: suggestion ? [suggestion] : []})
  }
})

/** The year of the session dates in the opening: the last date's (a range ends there). */
function openingYear(opening: Opening): number | undefined {
  let year: number | undefined
  for (const child of opening.children) {
    if (child.type === 'date') year = child.end ? Number(child.end.slice(0, 4)) : child.year
  }
  return year
}
