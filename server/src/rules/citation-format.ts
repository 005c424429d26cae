/**
 * Resolutions cited in the text are written in the form of their era, as the
 * cited family's identifier scheme gives it (INTERPOL: `AGN/68/RES/5` to 2000,
 * `AG-2008-RES-07` from 2001 to 2014, `GA-2021-89-RES-11` from 2017).
 * The document's own identifier line is `identifier-format`'s.
 */
import {inlineContainers} from '../core/citations.js'
import type {Citation, ResolutionIdentifier, Root} from '../core/tree.js'
import {identifiersOf} from '../profiles/index.js'
import {report, rule} from '../core/rule.js'
import {msg, partMessage} from '../l10n/index.js'

const messages = {
  malformed: (actual: string, expected: string) => msg('citation-format.malformed', {actual, expected}),
  era: (actual: string, year: number, expected: string) => msg('citation-format.era', {actual, year, expected}),
  missing: (actual: string, parts: string[], expected: string) => msg('citation-format.missing', {actual, parts: {and: parts.map(partMessage)}, expected})
}

const notes = {
  era: (shape: string, from: number | undefined, to: number | undefined) =>
    from === undefined
      ? msg('citation-format.note.upTo', {to: to ?? 0, shape})
      : to === undefined
        ? msg('citation-format.note.from', {from, shape})
        : msg('citation-format.note.between', {from, to, shape}),
  uncertain: msg('citation-format.note.uncertain'),
  unverified: (session: number) => msg('note.unverified', {session: {ordinal: session}})
}

export default rule('citation-format', (tree: Root, file, _options, {profile}) => {
  for (const {node, children} of inlineContainers(tree)) {
    if (node.type === 'identifier') continue
    for (const child of children) if (child.type === 'citation' && child.identifier) check(child, child.identifier)
  }

  function check(node: Citation, id: ResolutionIdentifier) {
    const {describeIdentifier, eraOfYear, formatIdentifier, missingParts, shapeOf, writable} = identifiersOf(profile, id)
    const description = describeIdentifier(id, 'en')
    const disagree = description.problems.some((problem) => problem.code === 'session-year-mismatch' || problem.code === 'no-session-that-year')
    const era = description.problems.find((problem) => problem.code === 'era')
    // Parts the right form needs but the citation lacks come from the sessions table.
    const filled = (id.year === undefined && description.year !== undefined) || (id.session === undefined && description.session !== undefined)
    const rowVerified = description.row?.verified ?? false

    if (era && description.year !== undefined) {
      const form = eraOfYear(description.year)
      const expected = era.expected
      const certain = expected !== undefined && !disagree && form.verified && (!filled || writable(form.form, id) || rowVerified)
      const shown = expected ?? shapeOf(form.form).replace('<year>', String(description.year))
      const note = disagree ? notes.uncertain : notes.era(shapeOf(form.form), form.from, form.to)
      report(file, messages.era(node.value, description.year, shown), node, certain ? {expected: expected!, note} : {suggestions: expected ? [expected] : [], note})
      return
    }

    const missing = missingParts(id)
    if (missing.length > 0) {
      const completed = id.number === undefined ? undefined : formatIdentifier({...id, year: description.year, session: description.session})
      const shown = completed ?? shapeOf(id.prefix)
      const row = description.row
      const certain = completed !== undefined && !disagree && rowVerified
      report(
        file,
        messages.missing(node.value, missing, shown),
        node,
        certain ? {expected: completed!} : {suggestions: completed ? [completed] : [], ...(row && !row.verified ? {note: notes.unverified(row.session)} : {})}
      )
      return
    }

    if (id.canonical !== undefined && !id.wellFormed) report(file, messages.malformed(node.value, id.canonical), node, {expected: id.canonical})
  }
})
