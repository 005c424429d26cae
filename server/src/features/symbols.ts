/**
 * Outline, breadcrumbs, folding and smart selection, read from the tree:
 * heading, subject, opening, the preamble and its paragraphs named by their
 * opener, the operative part and its paragraphs named `N. verb`, the vote.
 */
import {trimEndOf} from '../core/normalize.js'
import type {Position as UnistPosition} from 'unist'
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Position,
  type Range,
  type SelectionRange
} from 'vscode-languageserver-types'
import {defaultLocale, isolatedSentence, translator, type Locale, type Translator} from '../l10n/index.js'
import {markerOf, openerOf, ownChildren, subparagraphsOf} from '../core/paragraphs.js'
import type {Paragraph, Phrasing, VoteLine} from '../core/tree.js'
import type {Document} from '../core/document.js'
import {toRange} from './convert.js'
import {pathAt} from './locate.js'

/** Words of a paragraph shown after its name in the outline. */
const detailWords = 8

/**
 * How the outline's texts are written for VS Code's views, laid out left to right: `said`, the interface's
 * words, isolated right to left in a right-to-left locale; `own`, the document's text, isolated right to left
 * in a right-to-left document (an Arabic opener followed by a Latin name or a number would read out of order).
 */
interface Writing {
  t: Translator
  said: (text: string) => string
  own: (text: string) => string
}

/** The document's outline, its names and details (a part's name, a count, a session) said in `locale`. */
export function documentSymbols({tree}: Pick<Document, 'tree'>, locale: Locale = defaultLocale): DocumentSymbol[] {
  const t = translator(locale)
  const writing: Writing = {t, said: (text) => isolatedSentence(locale, oneLine(text)), own: (text) => isolatedSentence(tree.data.language, oneLine(text))}
  const {said, own} = writing
  const symbols: DocumentSymbol[] = []
  const blocks = tree.children
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        const next = blocks[index + 1]
        const identifier = next?.type === 'identifier' ? next : undefined
        const range = identifier ? span(block.position, identifier.position) : block.position
        symbols.push(symbol(own(phrasingText(block.children)) || said(t('outline.resolution')), SymbolKind.Namespace, range, block.position, identifier ? own(phrasingText(identifier.children)) : undefined))
        break
      }
      case 'identifier': {
        if (blocks[index - 1]?.type === 'heading') break
        symbols.push(symbol(own(phrasingText(block.children)), SymbolKind.Namespace, block.position, block.position))
        break
      }
      case 'subject': {
        const label = block.children.find((child) => child.type === 'label')
        const rest = block.children.filter((child) => child.type !== 'label')
        symbols.push(symbol(own(phrasingText(rest)) || said(t('outline.subject')), SymbolKind.String, block.position, block.position, label ? own(labelText(label.value)) : undefined))
        break
      }
      case 'opening': {
        const session = block.children.find((child) => child.type === 'session')
        const detail = session?.type === 'session' ? said(t('outline.session', {session: {ordinal: session.number}})) : undefined
        symbols.push(symbol(said(t('outline.opening')), SymbolKind.Constructor, block.position, block.position, detail))
        break
      }
      case 'preamble': {
        const children = block.children.map((paragraph) => listSymbol(paragraph, SymbolKind.Property, own))
        symbols.push(symbol(said(t('outline.preamble')), SymbolKind.Module, block.position, block.position, said(t('outline.paragraphs', {count: block.children.length})), children))
        break
      }
      case 'operative': {
        const children = block.children.map((paragraph) =>
          paragraph.type === 'chapeau' ? paragraphSymbol(paragraph, SymbolKind.Interface, own) : listSymbol(paragraph, SymbolKind.Function, own)
        )
        const paragraphs = block.children.filter((child) => child.type === 'operativeParagraph').length
        symbols.push(symbol(said(t('outline.operative')), SymbolKind.Module, block.position, block.position, said(t('outline.paragraphs', {count: paragraphs})), children))
        break
      }
      case 'closing':
        for (const line of block.children) symbols.push(voteSymbol(line, writing))
        break
      case 'partHeading':
        // `I Multilingualism in the Secretariat`: the numeral and the title, as written.
        symbols.push(symbol(own(block.children.map((child) => child.value).join(' ')), SymbolKind.Namespace, block.position, block.children[0]!.position))
        break
      case 'annex': {
        // Named by its own heading (`ANNEX II`, `المرفق الأول`).
        const [heading] = block.children
        if (heading) symbols.push(symbol(own(heading.value), SymbolKind.Module, block.position, heading.position))
        break
      }
      default:
    }
  })
  return symbols
}

/** Folding: the preamble, the operative part, every paragraph on several lines, every group of subparagraphs. */
export function foldingRanges({tree}: Pick<Document, 'tree'>): FoldingRange[] {
  const ranges: FoldingRange[] = []
  const seen = new Set<string>()
  const add = (position: UnistPosition, kind?: FoldingRangeKind) => {
    const range = toRange(position)
    if (range.end.line <= range.start.line) return
    const key = `${range.start.line}:${range.end.line}`
    if (seen.has(key)) return
    seen.add(key)
    ranges.push(kind ? {startLine: range.start.line, endLine: range.end.line, kind} : {startLine: range.start.line, endLine: range.end.line})
  }
  for (const block of tree.children) {
    switch (block.type) {
      case 'preamble':
      case 'operative':
        add(block.position, FoldingRangeKind.Region)
        for (const paragraph of block.children) addParagraph(paragraph)
        break
      case 'unknown':
        break
      default:
        add(block.position)
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)

  /** A paragraph, the group of its items, and each item with its own items, level by level. */
  function addParagraph(paragraph: Paragraph) {
    add(paragraph.position)
    const subparagraphs = subparagraphsOf(paragraph)
    if (subparagraphs.length > 0) add({start: subparagraphs[0]!.position.start, end: subparagraphs.at(-1)!.position.end})
    for (const subparagraph of subparagraphs) addParagraph(subparagraph)
  }
}

/** Smart selection: the node under each position, then its paragraph, its part, the whole document. */
export function selectionRanges({tree}: Pick<Document, 'tree'>, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const path = pathAt(tree, position)
    let selection: SelectionRange | undefined
    for (const node of path) {
      if (!node.position) continue
      const range = toRange(node.position)
      if (selection && sameRange(selection.range, range)) continue
      selection = selection ? {range, parent: selection} : {range}
    }
    return selection ?? {range: {start: position, end: position}}
  })
}

/** A paragraph's symbol: its marker and opener (else its first words), then the words after them, written by `own`. */
function paragraphSymbol(paragraph: Paragraph, kind: SymbolKind, own: Writing['own']): DocumentSymbol {
  const opener = openerOf(paragraph)
  const marker = markerOf(paragraph)
  const name = [marker?.value, opener?.value].filter(Boolean).join(' ') || firstWords(paragraph, 3) || paragraph.type
  const first = marker ?? opener
  const last = opener ?? marker
  const selection = first && last ? span(first.position, last.position) : paragraph.position
  const detail = afterOpener(paragraph)
  return symbol(own(name), kind, paragraph.position, selection, detail === undefined ? undefined : own(detail))
}

/** A paragraph's symbol with its items as children, level by level (`(i)` under `(a)` under `1.`). */
function listSymbol(paragraph: Paragraph, kind: SymbolKind, own: Writing['own']): DocumentSymbol {
  const base = paragraphSymbol(paragraph, kind, own)
  const subparagraphs = subparagraphsOf(paragraph)
  if (subparagraphs.length > 0) base.children = subparagraphs.map((subparagraph) => listSymbol(subparagraph, SymbolKind.Field, own))
  return base
}

/** The vote: its figures (for / against / abstentions, the interface's writing), else its text; its label as detail. */
function voteSymbol(line: VoteLine, {t, said, own}: Writing): DocumentSymbol {
  const counts = (['for', 'against', 'abstentions'] as const).map((kind) => {
    const node = line.children.find((child) => child.type === 'voteCount' && child.kind === kind)
    return node?.type === 'voteCount' ? node.value : undefined
  })
  const label = line.children.find((child) => child.type === 'label')
  const name = counts.some((value) => value !== undefined) ? said(counts.map((value) => value ?? '?').join(' / ')) : own(phrasingText(line.children)) || said(t('outline.vote'))
  return symbol(name, SymbolKind.Event, line.position, line.position, label ? own(labelText(label.value)) : undefined)
}

function symbol(name: string, kind: SymbolKind, range: UnistPosition, selection: UnistPosition, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const result: DocumentSymbol = {name: oneLine(name) || '…', kind, range: toRange(range), selectionRange: toRange(selection)}
  if (detail) result.detail = oneLine(detail)
  if (children) result.children = children
  return result
}

function span(start: UnistPosition, end: UnistPosition): UnistPosition {
  return {start: start.start, end: end.end}
}

/** Text of phrasing nodes, a space where the source has one between them, white space collapsed. */
function phrasingText(children: readonly Phrasing[]): string {
  let value = ''
  children.forEach((child, index) => {
    const previous = children[index - 1]
    if (previous && previous.position.end.offset! < child.position.start.offset!) value += ' '
    value += 'value' in child ? child.value : ''
  })
  return oneLine(value)
}

/** The words after a paragraph's opener, for the outline's detail. */
function afterOpener(paragraph: Paragraph): string | undefined {
  const own = ownChildren(paragraph)
  const opener = own.findIndex((child) => child.type === 'opener')
  const rest = own.slice(opener + 1).filter((child) => child.type !== 'terminator' && child.type !== 'marker' && child.type !== 'listMarker')
  const words = phrasingText(rest).split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  return words.slice(0, detailWords).join(' ') + (words.length > detailWords ? ' …' : '')
}

function firstWords(paragraph: Paragraph, count: number): string {
  const own = ownChildren(paragraph).filter((child) => child.type !== 'marker' && child.type !== 'listMarker' && child.type !== 'terminator')
  return phrasingText(own).split(' ').slice(0, count).join(' ')
}

function labelText(value: string): string {
  return trimEndOf(value, ' \t\u00a0\u202f:')
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
}
