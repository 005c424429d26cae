/**
 * Page furniture pasted with the text: page numbers (`- 3 -`, `Page 2 of 5`,
 * `2/5`), the UN job number at a page's foot (`25-09876 (E)`), running titles, the header repeated at the top of a page,
 * continuation marks (`…/…`), an archive's filing notes, a web page's table borders around the front matter
 * (`| Resolution No AGN/68/RES/5 |`), footnotes and their
 * markers glued to punctuation (`session,1`). The parser reads the text as if
 * they were not there (a paragraph goes on across a page break, numbering does
 * not restart); this rule names each kind once, with its lines, and removes
 * them all: by `--fix`, the page's furniture; by a quick fix only, footnotes
 * and their markers (a footnote's text says what it cites: the drafter may
 * need it in the text first).
 */
import type {PastedLayout, PastedLayoutKind, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg, type MessageKey} from '../l10n/index.js'
import type {MessageEdit} from '../core/fix.js'

/** What was pasted, said with its lines: `the page numbers pasted on lines 3 and 7`. */
const pieces: Record<Exclude<PastedLayoutKind, 'masthead'>, MessageKey> = {
  pageNumber: 'pasted-layout.pageNumber',
  jobNumber: 'pasted-layout.jobNumber',
  runningTitle: 'pasted-layout.runningTitle',
  repeatedHeader: 'pasted-layout.repeatedHeader',
  continuation: 'pasted-layout.continuation',
  filing: 'pasted-layout.filing',
  footnote: 'pasted-layout.footnote',
  footnoteMarker: 'pasted-layout.footnoteMarker',
  tableBorder: 'pasted-layout.tableBorder'
}

const messages = {
  pasted: (kind: Exclude<PastedLayoutKind, 'masthead'>, lines: number[]) =>
    msg('pasted-layout.pasted', {what: msg(pieces[kind], {count: lines.length, lines: {and: lines}})})
}

export default rule('pasted-layout', (tree: Root, file, _options, {profile}) => {
  const byKind = new Map<Exclude<PastedLayoutKind, 'masthead'>, PastedLayout[]>()
  for (const piece of tree.data.pastedLayout ?? []) {
    // The profile's own layout (the UN masthead and footnotes) was not pasted.
    if (piece.kind === 'masthead' || profile.ownLayout?.includes(piece.kind)) continue
    const pieces = byKind.get(piece.kind) ?? []
    pieces.push(piece)
    byKind.set(piece.kind, pieces)
  }
  for (const [kind, pieces] of byKind) {
    const lines = [...new Set(pieces.map((piece) => piece.position.start.line))]
    // Filing notes that hold the resolution's subject are told, and left to the drafter: the subject stays.
    const removed = pieces.filter((piece) => !piece.ownWords)
    const note = removed.length < pieces.length ? msg('pasted-layout.ownWords') : undefined
    const removal = withoutOverlaps(removed.map((piece) => ({position: piece.removal, text: ''})))
    report(file, messages.pasted(kind, lines), pieces[0]!.position, kind === 'footnote' || kind === 'footnoteMarker' ? {suggestedEdits: removal, note} : {edits: removal, note})
  }
})

/** The edits in order, none overlapping another (one contained in another is left out): an editor applies them all at once. */
function withoutOverlaps(edits: MessageEdit[]): MessageEdit[] {
  const sorted = [...edits].sort((a, b) => a.position.start.offset! - b.position.start.offset! || b.position.end.offset! - a.position.end.offset!)
  const result: MessageEdit[] = []
  for (const edit of sorted) {
    const last = result.at(-1)
    if (last && edit.position.start.offset! < last.position.end.offset!) continue
    result.push(edit)
  }
  return result
}
