/**
 * Formatting: the canonical text of a resolution, and nothing else. Operative
 * paragraphs numbered as operative-numbering fixes them for certain (`1.` on from 1
 * after each chapeau, a part's on from the part before where it runs on; never
 * renumbering what `--fix` would not), stray list markers
 * removed, the profile's terminators, the document's space before French
 * `;` `:` `?` `!` (and none before a mark elsewhere), one blank line between paragraphs,
 * hard-wrapped paragraphs joined into one line (names one to a line after a
 * colon kept so), trailing spaces removed; the
 * document's line ending and BOM kept. Words are never touched: the result is
 * checked word for word against the input and, should they differ, the text
 * is left as it is.
 */
import type {TextEdit} from 'vscode-languageserver-types'
import type {Document} from '../core/document.js'
import {closedInside, closesList, continuesNumbered, introducesList, isSubparagraphStyle, lastOperativeParagraphs, itemTerminatorsOf, listEnds, listMarkerOf, markerOf, operativeNumberStyles, ownChildren} from '../core/paragraphs.js'
import {parse} from '../core/parse.js'
import {numberingFindings} from '../core/numbering.js'
import {numberingOf, operativeMarker, profileOf, type Profile} from '../profiles/index.js'
import type {OperativeParagraph, Paragraph, Root} from '../core/tree.js'
import {documentMarkSpace, spacedMark, spacesBefore} from '../core/typography.js'
import {languageData} from '../languages/index.js'
import {toRange} from './convert.js'
import {linesOf, unitsOf, type Lines} from './locate.js'

/** A replacement of `[start, end)` of the source. */
interface Change {
  start: number
  end: number
  text: string
}

/** A slice of the source and what it becomes. */
interface Piece {
  start: number
  end: number
  canonical: string
}

const horizontalSpace = /^[ \t\u00a0\u3000\u202f]+/

/** How a text is formatted. */
export interface FormatOptions {
  /**
   * Another resolution follows it in the same text (`Document.resolutions`): the blank lines after its last paragraph
   * separate the two and keep their line breaks (their spaces removed) instead of ending the file with one.
   */
  followed?: boolean
}

/** Edits turning a document's text into its canonical form: one per changed paragraph or gap between paragraphs. */
export function format(document: Document, options: FormatOptions = {}): TextEdit[] {
  const {text} = document
  const lines = linesOf(document)
  const canonical = pieces(document, lines, options)
  if (!canonical) return []
  const edits: TextEdit[] = []
  let pending: Piece | undefined
  const flush = () => {
    if (pending) edits.push({range: toRange({start: lines.point(pending.start), end: lines.point(pending.end)}), newText: pending.canonical})
    pending = undefined
  }
  for (const piece of canonical) {
    if (text.slice(piece.start, piece.end) === piece.canonical) {
      flush()
      continue
    }
    pending = pending ? {start: pending.start, end: piece.end, canonical: pending.canonical + piece.canonical} : {...piece}
  }
  flush()
  return edits
}

/** The canonical text of a document. */
export function formatText(document: Document): string {
  const canonical = pieces(document, linesOf(document))
  return canonical ? canonical.map((piece) => piece.canonical).join('') : document.text
}

/**
 * The source cut into paragraphs and the gaps between them, each with its
 * canonical text; undefined when the result would not keep every word.
 */
function pieces(document: Document, lines: Lines, options: FormatOptions = {}): Piece[] | undefined {
  const {tree, text} = document
  const eol = lineEnding(text)
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  const profile = document.profile ?? profileOf(tree)
  // By start (a stable sort), so each paragraph finds its changes from where the previous one left off.
  const changes = paragraphChanges(tree, text, profile).sort((a, b) => a.start - b.start)
  const result: Piece[] = []
  let cursor = 0
  let first = 0
  // Page furniture lines (a page break inside a paragraph): kept on their lines, never joined into the paragraph's sentence.
  const furniture = (tree.data.pastedLayout ?? []).filter((piece) => piece.kind !== 'footnoteMarker').map((piece): [number, number] => [piece.position.start.offset!, piece.position.end.offset!])
  const gap = (start: number, end: number, blank: string) => gapText(text, start, end, blank)
  /** Whether a paragraph with text comes before: the blank lines before the first are none. */
  let written = false
  for (const entry of unitsOf(tree)) {
    const start = Math.max(bom, lines.start(entry.startLine - 1))
    const end = lines.end(entry.endLine - 1)
    if (start < cursor || end < start) return undefined
    const before: Piece = {start: cursor, end: start, canonical: gap(cursor, start, written ? eol + eol : text.slice(0, bom))}
    result.push(before)
    while (first < changes.length && changes[first]!.start < start) first++
    const own: Change[] = []
    for (let index = first; index < changes.length && changes[index]!.start <= end; index++) {
      if (changes[index]!.end <= end) own.push(changes[index]!)
    }
    const canonical = unitText(text, start, end, own, entry.unit.type === 'unknown' || entry.unit.type === 'annex' || entry.unit.type === 'partHeading' || (entry.unit.type === 'voteLine' && profile.closingLines) ? eol : undefined, furniture)
    // A paragraph that was only a stray list mark (`•` alone) goes with the blank lines before it: one blank line is left, not two.
    if (canonical === '' && !/[^\s\uFEFF]/.test(text.slice(cursor, start))) before.canonical = written ? '' : text.slice(0, bom)
    else if (canonical !== '') written = true
    result.push({start, end, canonical})
    cursor = end
  }
  const end = !written ? text.slice(0, bom) : options.followed ? (text.slice(cursor).match(/\r\n|\r|\n/g) ?? [eol]).join('') : eol
  result.push({start: cursor, end: text.length, canonical: gap(cursor, text.length, end)})
  // A text already canonical, every piece as written: no edit whatever its words, so they are not read again (a
  // parse of the whole output, the dearest part of formatting).
  if (result.every((piece) => piece.canonical.length === piece.end - piece.start && text.startsWith(piece.canonical, piece.start))) return result
  const output = result.map((piece) => piece.canonical).join('')
  if (!sameWords(tree, text, output, profile)) return undefined
  return result
}

/**
 * What lies between two paragraphs: blank lines become `blank`; lines that are no part (a UN masthead, footnotes,
 * a pasted page number) are kept as written, their trailing spaces removed.
 */
function gapText(text: string, start: number, end: number, blank: string): string {
  const value = text.slice(start, end)
  if (!/[^\s\uFEFF]/.test(value)) return blank
  return value.split(/(\r\n|\r|\n)/).map((piece, index) => (index % 2 === 0 ? piece.trimEnd() : piece)).join('')
}

/**
 * The canonical text of one paragraph: its changes applied, lines joined with
 * one space (an unknown block keeps its lines, with `keepLines` between them),
 * white space at its ends removed. Blank lines inside it (a quoted text's own
 * paragraphs, `… as follows:⏎⏎“Rule 160⏎⏎“The Committee …”`) and page furniture
 * lines (`furniture`: a page break in the middle of it) stay as written, their
 * trailing spaces removed: only the lines of each run of text between them are joined.
 */
function unitText(text: string, start: number, end: number, changes: Change[], keepLines: string | undefined, furniture: ReadonlyArray<readonly [number, number]> = []): string {
  const sorted = [...changes].sort((a, b) => a.start - b.start || a.end - b.end)
  /** The source from `from` to `to` with the changes starting in it applied. */
  const applied = (from: number, to: number) => {
    let value = ''
    let cursor = from
    for (const change of sorted) {
      if (change.start < cursor || change.start > to) continue
      value += text.slice(cursor, change.start) + change.text
      cursor = Math.max(cursor, change.end)
    }
    return value + text.slice(cursor, Math.max(cursor, to))
  }
  if (keepLines !== undefined) return applied(start, end).split(/\r\n|\r|\n/).map((line) => line.trimEnd()).join(keepLines).replace(horizontalSpace, '').trimEnd()
  // The lines, each kept as written (blank, furniture) or text; the text lines of each run between kept ones joined.
  let value = ''
  let runStart: number | undefined
  let runEnd = start
  let lineStart = start
  let pending = ''
  while (lineStart <= end) {
    let lineEnd = lineStart
    while (lineEnd < end && text.charAt(lineEnd) !== '\n' && text.charAt(lineEnd) !== '\r') lineEnd++
    const lineBreak = lineEnd >= end ? '' : text.charAt(lineEnd) === '\r' && text.charAt(lineEnd + 1) === '\n' ? '\r\n' : text.charAt(lineEnd)
    const kept = lineStart > start && lineEnd < end ? !/[^\s\uFEFF]/.test(text.slice(lineStart, lineEnd)) || furniture.some(([from, to]) => from < lineEnd && to > lineStart) : false
    if (kept) {
      if (runStart !== undefined) value += joinLines(applied(runStart, runEnd), /:\s*$/.test(value)).trimEnd()
      runStart = undefined
      value += pending + text.slice(lineStart, lineEnd).trimEnd()
    } else {
      if (runStart === undefined) {
        value += pending
        runStart = lineStart
      }
      runEnd = lineEnd
    }
    pending = lineBreak
    if (lineEnd >= end) break
    lineStart = lineEnd + lineBreak.length
  }
  if (runStart !== undefined) value += joinLines(applied(runStart, end), /:\s*$/.test(value))
  return value.replace(horizontalSpace, '').trimEnd()
}

/** Changes of list markers, number markers and terminators of every paragraph. */
function paragraphChanges(tree: Root, text: string, profile: Profile): Change[] {
  const language = tree.data.language
  const terminators = profile.terminators[language]
  const space = documentMarkSpace(text, language)
  const changes: Change[] = []
  /** Marks `terminate` rewrites, with the space before them. */
  const terminated = new Set<number>()
  const operativeParagraphs: OperativeParagraph[] = []
  /** The number operative-numbering writes on a paragraph for certain, by paragraph. */
  const numbers = new Map<OperativeParagraph, string>()
  const numberingStyle = numberingOf(profile, language, operativeNumberStyles(tree))
  const style = {style: numberingStyle, marker: (value: number, arabicIndic: boolean, written?: string) => operativeMarker(profile, value, arabicIndic, language, written, numberingStyle)}
  for (const finding of numberingFindings(tree, style, language)) if (finding.number) numbers.set(finding.number.paragraph, finding.number.text)

  for (const block of tree.children) {
    if (block.type === 'preamble') {
      for (const paragraph of block.children) {
        removeListMarker(paragraph)
        terminateList(paragraph, terminators.preamble, itemTerminatorsOf(profile, tree.data.language, 'preamble'))
      }
    }
    if (block.type !== 'operative') continue
    // Groups of paragraphs numbered together: after each paragraph introducing a list.
    let group: OperativeParagraph[] = []
    const groups: OperativeParagraph[][] = [group]
    block.children.forEach((paragraph, index) => {
      removeListMarker(paragraph)
      if (introducesList(block, index)) {
        terminate(paragraph, terminators.chapeau)
        group = []
        groups.push(group)
        return
      }
      if (paragraph.type !== 'operativeParagraph') return
      operativeParagraphs.push(paragraph)
      // Back at the top level after the numbered items of an unnumbered chapeau (`تدعو … إلى:⏎1. …؛⏎2. …؛⏎تكلف …`):
      // not the list's next item, and numbered with none (as operative-numbering groups them).
      if (closesList(block, index, language)) {
        group = []
        groups.push(group)
        return
      }
      const marker = markerOf(paragraph)
      if (!marker && continuesNumbered(block, index)) return
      if (!marker || !isSubparagraphStyle(marker.style)) group.push(paragraph)
    })
    for (const members of groups) number(members)
  }

  // The last paragraph of the document and of each lettered part ends as a resolution does (as operative-terminator reads it).
  const ends = lastOperativeParagraphs(tree)
  operativeParagraphs.forEach((paragraph) => {
    const last = ends.has(paragraph)
    terminateList(paragraph, last ? terminators.last : terminators.operative, itemTerminatorsOf(profile, tree.data.language, 'operative'), last)
  })
  spaceMarks()
  return changes

  /** The document's space before each spaced mark that ends a phrase (`saisis;` → `saisis ;`, `Objet:` → `Objet :`); not in `10:30` or `https://`. */
  function spaceMarks() {
    const marks = languageData(language).punctuation.spacedMarks
    if (marks === '') return
    for (const entry of unitsOf(tree)) {
      if (entry.unit.type === 'unknown' || entry.unit.type === 'annex') continue
      const {start, end} = {start: entry.unit.position.start.offset!, end: entry.unit.position.end.offset!}
      for (let index = start + 1; index < end; index++) {
        if (!marks.includes(text.charAt(index)) || terminated.has(index)) continue
        const next = index + 1 < end ? text.charAt(index + 1) : ' '
        if (!/\s/.test(next) && !marks.includes(next)) continue
        const gap = spacesBefore(text, index)
        if (gap <= start || /[\s:;?!]/.test(text.charAt(gap - 1))) continue
        if (text.slice(gap, index) !== space) changes.push({start: gap, end: index, text: space})
      }
    }
  }

  /** Terminate a paragraph and the items of its list, keeping an item terminator already accepted (`; and`, `, et`). */
  function terminateList(paragraph: Paragraph, final: string, items: readonly string[], resolutionEnd = false) {
    for (const end of listEnds(paragraph, final, items, tree.data.language)) {
      // A bullet is an item's marker; only one pasted before a number or letter (`- (a)`) is removed.
      if (end.node.type === 'subparagraph' && markerOf(end.node)) removeListMarker(end.node)
      const last = ownChildren(end.node).at(-1)
      if (last?.type === 'terminator' && end.accepted.includes(last.value)) terminate(end.node, last.value)
      // The resolution's last words may be a quoted sentence's, its full stop inside the mark (`year.”`), as operative-terminator reads them.
      else if (resolutionEnd && end.final && last && last.type !== 'terminator' && closedInside(text, last.position.end.offset!, end.expected)) continue
      else terminate(end.node, end.expected)
    }
  }

  function removeListMarker(paragraph: Paragraph) {
    const listMarker = listMarkerOf(paragraph)
    if (listMarker) changes.push({start: listMarker.position.start.offset!, end: spaceEnd(listMarker.position.end.offset!), text: ''})
  }

  /**
   * The numbers of a group's paragraphs as operative-numbering decides them (`core/numbering.ts`): only its certain
   * fixes, so that formatting never renumbers what `--fix` would not (paragraphs after a skipped number, numbers
   * around a paragraph that may be the rest of the one before); and one space after each number.
   */
  function number(group: OperativeParagraph[]) {
    group.forEach((paragraph) => {
      const marker = markerOf(paragraph)
      // A number operative-numbering leaves is kept, written in the profile's form (`1-` → `1 - `).
      const wanted = numbers.get(paragraph) ?? (marker && marker.style === numberingStyle ? operativeMarker(profile, marker.ordinal, marker.arabicIndic, language, marker.value, numberingStyle) : undefined)
      if (marker) {
        if (wanted !== undefined && marker.value !== wanted) changes.push({start: marker.position.start.offset!, end: marker.position.end.offset!, text: wanted})
        const after = marker.position.end.offset!
        const end = spaceEnd(after)
        const next = text.charAt(end)
        const hasContent = ownChildren(paragraph).some((child) => child.position.start.offset! >= after && child.type !== 'terminator')
        // One no-break space after the number stays one (`1.\u00a0تقرر`): the drafter set it so that the line never breaks there.
        const space = hasContent && next !== '\r' && next !== '\n' ? (text.slice(after, end) === '\u00a0' ? '\u00a0' : ' ') : ''
        if (text.slice(after, end) !== space) changes.push({start: after, end, text: space})
      } else if (wanted !== undefined) {
        changes.push({start: markupStart(contentStart(paragraph)), end: markupStart(contentStart(paragraph)), text: wanted + ' '})
      }
    })
  }

  /** The paragraph's own text ends with `expected`. */
  function terminate(paragraph: Paragraph, expected: string) {
    const own = ownChildren(paragraph).filter((child) => child.type !== 'listMarker' && child.type !== 'marker')
    const last = own.at(-1)
    if (!last) return
    // The spaces before the mark go with it: `volés ;` → `volés,`, `saisis` → `saisis ;` in French.
    if (last.type === 'terminator') {
      const start = spacesBefore(text, last.position.start.offset!)
      const written = spacedMark(expected, language, space)
      terminated.add(last.position.start.offset!)
      if (text.slice(start, last.position.end.offset!) !== written) changes.push({start, end: last.position.end.offset!, text: written})
    } else {
      const at = last.position.end.offset!
      changes.push({start: spacesBefore(text, at), end: at, text: spacedMark(expected, language, space)})
    }
  }

  /** After the white space (not line breaks) from `offset`. */
  function spaceEnd(offset: number): number {
    let end = offset
    while (end < text.length && ' \t\u00a0'.includes(text.charAt(end))) end++
    return end
  }

  /** Where the paragraph's own text starts, after a stray list marker. */
  function contentStart(paragraph: Paragraph): number {
    const first = paragraph.children.find((child) => child.type !== 'listMarker')
    return first ? first.position.start.offset! : paragraph.position.start.offset!
  }

  /** Before Markdown emphasis opening at `offset` (`**DECIDES**` is numbered `1. **DECIDES**`). */
  function markupStart(offset: number): number {
    let start = offset
    while (start > 0 && (text.charAt(start - 1) === '*' || text.charAt(start - 1) === '_')) start--
    return start
  }
}

/** The line ending the document uses most (LF when it has none). */
function lineEnding(text: string): string {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) {
      crlf++
      index++
    } else if (code === 10) lf++
    else if (code === 13) cr++
  }
  if (crlf > lf && crlf >= cr) return '\r\n'
  if (cr > lf && cr > crlf) return '\r'
  return '\n'
}

/** Whether two texts have the same words, leaving out number markers, list markers and terminators. */
function sameWords(tree: Root, before: string, after: string, profile: Profile): boolean {
  const other = parse(after, {language: tree.data.language, profile})
  return wordsOf(tree, before).join('\u0000') === wordsOf(other, after).join('\u0000')
}

/** The words of a text outside its number markers and list markers. */
export function wordsOf(tree: Root, text: string): string[] {
  const skipped: Array<[number, number]> = []
  for (const entry of unitsOf(tree)) {
    const unit = entry.unit
    if (!('children' in unit)) continue
    for (const child of unit.children) {
      if (child.type === 'marker' || child.type === 'listMarker') skipped.push([child.position.start.offset!, child.position.end.offset!])
    }
  }
  let kept = ''
  let cursor = 0
  for (const [start, end] of skipped.sort((a, b) => a[0] - b[0])) {
    kept += text.slice(cursor, start) + ' '
    cursor = Math.max(cursor, end)
  }
  kept += text.slice(cursor)
  return kept.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/**
 * Hard-wrapped lines joined with one space, the white space around each break dropped; but names one to a line after
 * a colon are a list as written, not a wrap (`… التالية:⏎الأرجنتين،⏎وإندونيسيا،⏎والسنغال؛`): a short line ending with a
 * list's mark, after the colon (a blank line between or not) or another such line, keeps its line break.
 */
function joinLines(value: string, afterColon = false): string {
  const parts = value.split(/(\r\n|\r|\n)/)
  const lines = parts.filter((_, index) => index % 2 === 0).map((line, index, all) => {
    const start = index > 0 ? line.trimStart() : line
    return index < all.length - 1 ? start.trimEnd() : start
  })
  let joined = lines[0] ?? ''
  // The run may open after a colon and a blank line (`… التالية:⏎⏎تونس،⏎وتركيا،`).
  let listed = afterColon && listLine(joined, lines[1])
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!
    listed = listLine(line, lines[index + 1]) && (listed || lines[index - 1]!.endsWith(':'))
    // A mark alone on a line (`… 2025⏎.`, a PDF's wrap) ends the sentence above it, with no space before it.
    joined += (listed ? parts[index * 2 - 1]! : /^[.,،؛؟]$/.test(line) ? '' : ' ') + line
  }
  return joined
}

/**
 * A name or a few as a line of its own: with its list's mark (`وإندونيسيا،`, `Mr A (Brazil);`), or, as Arabic lists
 * them without commas, a name or two joined to the next by `و` (`إثيوبيا⏎وبيرو⏎وكندا؛`).
 */
function listLine(line: string, next: string | undefined): boolean {
  const words = line.split(' ').length
  return (/[,،;؛.]$/.test(line) && words <= 7) || (words <= 4 && (line.startsWith('و') || (next?.startsWith('و') ?? false)))
}
