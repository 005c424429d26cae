/**
 * The identifier line is written exactly in the form of its era:
 * `GA-<year>-<session>-RES-<nn>` from 2017 (`GA-2025-93-RES-03`), and the
 * older `AG-<year>-RES-<nn>` and `AGN/<session>/RES/<n>` for older texts.
 */
import {identifierOfLine, identifierText} from '../core/citations.js'
import type {Identifier, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg, partMessage} from '../l10n/index.js'

const messages = {
  malformed: (actual: string, expected: string) => msg('identifier-format.malformed', {actual, expected}),
  missing: (actual: string, parts: string[], shape: string) => msg('identifier-format.missing', {actual, parts: {and: parts.map(partMessage)}, shape}),
  era: (actual: string, year: number, expected: string) => msg('identifier-format.era', {actual, year, expected}),
  unreadable: (actual: string, shape: string) => msg('identifier-format.unreadable', {actual, shape})
}

export default rule('identifier-format', (tree: Root, file, _options, {profile}) => {
  const {describeIdentifier, expectedForm, formatIdentifier, identifierEras, missingParts, shapeOf} = profile.facts.identifiers
  /** The shape of the current era (the last one), shown when nothing better is known. */
  const currentShape = identifierEras[identifierEras.length - 1]!.shape
  for (const block of tree.children) {
    if (block.type === 'identifier') check(block)
  }

  function check(node: Identifier) {
    const place = rangeOf(node)
    if (!place) return
    const written = identifierText(node)
    const id = identifierOfLine(node, profile, written)
    if (!id) {
      report(file, messages.unreadable(written, currentShape), place)
      return
    }
    const description = describeIdentifier(id, 'en')
    const era = description.problems.find((problem) => problem.code === 'era')
    if (era && description.year !== undefined) {
      const expected = era.expected ?? shapeOf(expectedForm(description.year))
      // The other era's form adds or drops a part: offered, never applied.
      report(file, messages.era(written, description.year, expected), place, {suggestions: era.expected ? [era.expected] : []})
      return
    }
    const missing = missingParts(id)
    if (missing.length > 0) {
      // A missing year or session completed from the sessions table: offered, never applied.
      const completed = description.row ? formatIdentifier({...id, year: description.year, session: description.session}) : undefined
      report(file, messages.missing(written, missing, shapeOf(id.prefix)), place, {suggestions: completed ? [completed] : []})
      return
    }
    if (id.canonical !== undefined && !id.wellFormed) report(file, messages.malformed(written, id.canonical), place, {expected: id.canonical})
  }
})

function rangeOf(node: Identifier) {
  const first = node.children[0]
  const last = node.children.at(-1)
  return first && last ? {start: first.position.start, end: last.position.end} : undefined
}
