/**
 * Page furniture pasted with the text: page numbers (`- 3 -`, `Page 2 of 5`,
 * `2/5`), running titles, the header repeated at the top of a page,
 * continuation marks (`…/…`), an archive's filing notes, footnotes and their
 * markers glued to punctuation (`session,1`). The parser reads the text as if
 * they were not there (a paragraph goes on across a page break, numbering does
 * not restart); this rule names each kind once, with its lines, and removes
 * them all.
 */
import type {PastedLayout, PastedLayoutKind, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'

const names: Record<PastedLayoutKind, [string, string]> = {
  masthead: ['masthead line', 'masthead lines'],
  pageNumber: ['page number', 'page numbers'],
  runningTitle: ['running title', 'running titles'],
  repeatedHeader: ['header repeated at the top of a page', 'headers repeated at the top of pages'],
  continuation: ['continuation mark', 'continuation marks'],
  filing: ['line of archive filing notes', 'lines of archive filing notes'],
  footnote: ['footnote line', 'footnote lines'],
  footnoteMarker: ['footnote marker', 'footnote markers']
}

const messages = {
  pasted: (kind: PastedLayoutKind, lines: number[]) => {
    const [one, many] = names[kind]
    const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`
    return `Unexpected ${lines.length === 1 ? one : many} pasted with the text (${where}), expected the resolution's text alone`
  }
}

export default rule('pasted-layout', (tree: Root, file, _options, {profile}) => {
  const byKind = new Map<PastedLayoutKind, PastedLayout[]>()
  for (const piece of tree.data.pastedLayout ?? []) {
    // The profile's own layout (the UN masthead and footnotes) was not pasted.
    if (piece.kind === 'masthead' || profile.ownLayout?.includes(piece.kind)) continue
    const pieces = byKind.get(piece.kind) ?? []
    pieces.push(piece)
    byKind.set(piece.kind, pieces)
  }
  for (const [kind, pieces] of byKind) {
    const lines = [...new Set(pieces.map((piece) => piece.position.start.line))]
    report(file, messages.pasted(kind, lines), pieces[0]!.position, {edits: pieces.map((piece) => ({position: piece.removal, text: ''}))})
  }
})
