/**
 * Where an LSP position falls in the resolution tree and in the text: the
 * path of nodes under it, the paragraph-level units of the document, line
 * offsets. Shared by the editor features; positions go through `convert.ts`.
 */
import type {Node, Parent, Point, Position as UnistPosition} from 'unist'
import type {Position} from 'vscode-languageserver-types'
import type {Annex, Block, Chapeau, Closing, Heading, Identifier, Opening, OperativeParagraph, Paragraph, PartHeading, PreambleParagraph, Root, Subject, Subparagraph, Unknown, VoteLine} from '../core/tree.js'
import {ownChildren, subparagraphsOf} from '../core/paragraphs.js'
import type {Document} from '../core/document.js'
import {fromPosition} from './convert.js'

/** A 1-based line and column, as in unist. */
export interface LineColumn {
  line: number
  column: number
}

/** Negative when `a` comes before `b`, 0 when equal, positive after. */
export function compare(a: LineColumn, b: LineColumn): number {
  return a.line - b.line || a.column - b.column
}

/** Whether the character at `at` lies in `position` (end excluded). */
export function covers(position: UnistPosition, at: LineColumn): boolean {
  return compare(position.start, at) <= 0 && compare(at, position.end) < 0
}

/** Whether `at` lies in `position`, ends included (a cursor right after a node). */
export function touches(position: UnistPosition, at: LineColumn): boolean {
  return compare(position.start, at) <= 0 && compare(at, position.end) <= 0
}

function childrenOf(node: Node): Node[] {
  return 'children' in node && Array.isArray((node as Parent).children) ? (node as Parent).children : []
}

/**
 * Nodes from the root down to the deepest one under `position`: at each level
 * the child holding the character at the position, else one ending right at it.
 */
export function pathAt(tree: Root, position: Position): Node[] {
  const at = fromPosition(position)
  const path: Node[] = [tree]
  let node: Node = tree
  for (;;) {
    const children = childrenOf(node).filter((child) => child.position)
    const next = children.find((child) => covers(child.position!, at)) ?? children.find((child) => touches(child.position!, at))
    if (!next) return path
    path.push(next)
    node = next
  }
}

/** A paragraph-level part of the document: what the formatter puts on one line and the outline lists. */
export type Unit = Heading | Identifier | Subject | Opening | PreambleParagraph | Chapeau | OperativeParagraph | Subparagraph | VoteLine | PartHeading | Annex | Unknown

/** Where a unit stands. */
export interface UnitEntry {
  unit: Unit
  /** The top-level block holding it. */
  block: Block
  /** For a subparagraph, the paragraph (or item) whose list it is in. */
  parent: Paragraph | undefined
  /** First and last line (1-based) of the unit's own text (an operative paragraph's subparagraphs excluded). */
  startLine: number
  endLine: number
}

/** Every unit of the document in order. */
export function unitsOf(tree: Root): UnitEntry[] {
  const entries: UnitEntry[] = []
  const add = (unit: Unit, block: Block, parent?: Paragraph) => {
    let endLine = unit.position.end.line
    if (unit.type === 'operativeParagraph' || unit.type === 'preambleParagraph' || unit.type === 'subparagraph') {
      const first = subparagraphsOf(unit)[0]
      if (first) {
        const own = ownChildren(unit)
        endLine = own.length > 0 ? own.at(-1)!.position.end.line : unit.position.start.line
        endLine = Math.max(unit.position.start.line, Math.min(endLine, first.position.start.line - 1))
      }
    }
    entries.push({unit, block, parent, startLine: unit.position.start.line, endLine})
  }
  /** A paragraph, then the items of its list, depth first. */
  const addParagraph = (paragraph: Paragraph, block: Block, parent?: Paragraph) => {
    add(paragraph, block, parent)
    for (const child of subparagraphsOf(paragraph)) addParagraph(child, block, paragraph)
  }
  for (const block of tree.children) {
    switch (block.type) {
      case 'preamble':
      case 'operative':
        for (const paragraph of block.children) addParagraph(paragraph, block)
        break
      case 'closing':
        for (const line of (block as Closing).children) add(line, block)
        break
      default:
        add(block, block)
    }
  }
  return entries
}

/** Offsets of lines in a text. */
export interface Lines {
  /** Offset where the 0-based line starts. */
  start(line: number): number
  /** Offset where the 0-based line's content ends (its line ending excluded). */
  end(line: number): number
  /** Offset of an LSP position, clamped to its line. */
  offset(position: Position): number
  /** The unist point (1-based line and column) of an offset. */
  point(offset: number): Point
  /** Text of the 0-based line without its line ending. */
  text(line: number): string
  count: number
}

/**
 * The lines of a document, read from its line index (the check's own, vfile-location:
 * line endings CRLF, LF or CR), so no feature splits the text again.
 */
export function linesOf(document: Pick<Document, 'text' | 'lines'>): Lines {
  const {text, lines: index} = document
  const count = index.toPoint(text.length)?.line ?? 1
  const clamp = (line: number) => Math.max(0, Math.min(line, count - 1))
  const start = (line: number) => index.toOffset({line: clamp(line) + 1, column: 1}) ?? text.length
  const end = (line: number) => {
    if (line + 1 >= count) return text.length
    let offset = start(line + 1) - 1
    if (text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13) offset--
    return offset
  }
  return {
    start,
    end,
    offset(position) {
      const line = clamp(position.line)
      return Math.min(start(line) + Math.max(0, position.character), end(line))
    },
    point: (offset) => index.toPoint(Math.max(0, Math.min(offset, text.length)))!,
    text: (line) => text.slice(start(line), end(line)),
    count
  }
}
