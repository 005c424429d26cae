/**
 * The features of a text holding several resolutions (`Document.resolutions`): each resolution is a document of its
 * own, in its own lines. A feature at a position runs on the resolution holding it (its tree, language and messages),
 * the position moved into it and the result moved back (`shiftLines`); the outline lists each resolution with its
 * parts under it; folding, formatting and the preview put the resolutions' own together. A text of one resolution
 * is its own only part: every feature reads it as before.
 */
import {SymbolKind, type DocumentSymbol, type FoldingRange, type Position, type TextEdit, type WorkspaceSymbol} from 'vscode-languageserver-types'
import {resolutionAtLine, type Document} from '../core/document.js'
import {memoPlaced} from '../core/memo.js'
import {fold} from '../core/normalize.js'
import {defaultLocale, translate, type Locale} from '../l10n/index.js'
import {languageData} from '../languages/index.js'
import {shiftLines} from './convert.js'
import {format} from './format.js'
import {JsonList, JsonPart} from './json.js'
import {renderPreview} from './preview.js'
import {documentSymbols, foldingRanges} from './symbols.js'

/** A resolution of a document and the lines of the whole text before it (the whole text, from line 0, for one). */
export interface Part {
  document: Document
  line: number
}

/** The resolution holding the 0-based `line`. */
export function partAt(document: Document, line: number): Part {
  const resolution = resolutionAtLine(document, line)
  return resolution ? {document: resolution.document, line: resolution.line} : {document, line: 0}
}

/** Every resolution of a document, in order. */
export function partsOf(document: Document): Part[] {
  return document.resolutions?.map((resolution) => ({document: resolution.document, line: resolution.line})) ?? [{document, line: 0}]
}

/** A position of the whole text in the part's own lines. */
export function inPart(part: Part, position: Position): Position {
  return {line: position.line - part.line, character: position.character}
}

/** What `feature` gives at a position of the whole text, on the resolution holding it, placed in the whole text. */
export function atPosition<T>(document: Document, position: Position, feature: (part: Document, position: Position) => T): T {
  const part = partAt(document, position.line)
  return shiftLines(feature(part.document, inPart(part, position)), part.line)
}

/**
 * Each resolution's outline entry and folding ranges, made once and kept placed at the line the resolution stood at
 * when last asked: a resolution the edit did not touch keeps its check, so they are made again only for the ones it
 * did, and moved only for those whose line changed (a request for 1,000 resolutions copies nothing else). Each is kept
 * as the JSON the editor is sent (`JsonPart`), written once while it stays at its line. A very large text's
 * resolutions keep no tree to read them from: the server makes them from the check (`keepViews`).
 */
const outlines = memoPlaced((document: Document, locale: Locale) => JsonPart.of([resolutionSymbol(document, locale)]), moved)
const folds = memoPlaced((document: Document) => JsonPart.of(resolutionFolds(document)), moved)

/** A kept part moved: its line numbers rewritten in its JSON (a line typed in the first of 1,000 resolutions moves 999). */
function moved<T>(part: JsonPart<T>, lines: number): JsonPart<T> {
  return part.moved(lines)
}

/** The outline as the server sends it: of a text of several resolutions, one entry per resolution (its heading, else its name) holding its parts, kept as JSON. */
export function sentOutline(document: Document, locale: Locale = defaultLocale): JsonList<DocumentSymbol> | DocumentSymbol[] {
  if (!document.resolutions) return documentSymbols(document, locale)
  return new JsonList(partsOf(document).map((part) => outlines(part.document, locale, part.line).value))
}

/** The outline (`sentOutline`'s items). */
export function outline(document: Document, locale: Locale = defaultLocale): DocumentSymbol[] {
  const sent = sentOutline(document, locale)
  return sent instanceof JsonList ? sent.items : sent
}

/** The most symbols Go to Symbol in Workspace is sent: VS Code lists them all, and a batch of 1,000 resolutions has 25,000 entries. */
export const maxWorkspaceSymbols = 1000

/**
 * Go to Symbol in Workspace (Ctrl+T): the outline's entries of an open document whose name holds the query's letters
 * in order, as VS Code matches them, compared folded: case, accents, Arabic diacritics and the isolation marks of the
 * names (U+2067 … U+2069) dropped, so `تذكر` finds `وإذ تذكّر أيضا` and `recalling` finds `RECALLING`; each with
 * the name of the entry holding it (its part, its resolution), at most `max` of them.
 */
export function workspaceSymbols(uri: string, document: Document, query: string, locale: Locale = defaultLocale, max = maxWorkspaceSymbols): WorkspaceSymbol[] {
  return matchingSymbols(symbolEntries(uri, outline(document, locale)), query, max)
}

/** An outline entry as Go to Symbol in Workspace lists it, with its name folded as the query is. */
export interface SymbolEntry {
  symbol: WorkspaceSymbol
  folded: string
}

/** The outline entries of the document `uri`, in order, each with the name of the entry holding it (`containerName`). */
export function* symbolEntries(uri: string, symbols: readonly DocumentSymbol[], container?: string): Generator<SymbolEntry> {
  for (const symbol of symbols) {
    yield {symbol: {name: symbol.name, kind: symbol.kind, location: {uri, range: symbol.selectionRange}, ...(container === undefined ? {} : {containerName: container})}, folded: fold(symbol.name).text}
    if (symbol.children) yield* symbolEntries(uri, symbol.children, symbol.name)
  }
}

/** The entries whose folded name holds the query's letters in order (`workspaceSymbols`), at most `max`. */
export function matchingSymbols(entries: Iterable<SymbolEntry>, query: string, max = maxWorkspaceSymbols): WorkspaceSymbol[] {
  const letters = [...fold(query).text.replaceAll(' ', '')]
  const found: WorkspaceSymbol[] = []
  if (max <= 0) return found
  for (const {symbol, folded} of entries) {
    if (!inOrder(letters, folded)) continue
    found.push(symbol)
    if (found.length >= max) break
  }
  return found
}

/** Whether `text` holds `letters` in their order (with anything between them). */
function inOrder(letters: readonly string[], text: string): boolean {
  let at = 0
  for (const letter of letters) {
    const next = text.indexOf(letter, at)
    if (next < 0) return false
    at = next + letter.length
  }
  return true
}

/** A resolution's entry in the outline, in its own lines: its heading (with the identifier as detail), else the word for a resolution, holding its parts. */
function resolutionSymbol(document: Document, locale: Locale): DocumentSymbol {
  const symbols = documentSymbols(document, locale)
  const end = document.lines.toPoint(document.text.trimEnd().length)
  const range = {start: {line: 0, character: 0}, end: {line: end ? end.line - 1 : 0, character: end ? end.column - 1 : 0}}
  const [first, ...rest] = symbols
  if (first?.kind === SymbolKind.Namespace) return {...first, range, children: [...(first.children ?? []), ...rest]}
  return {name: translate(locale, 'outline.resolution'), kind: SymbolKind.Namespace, range, selectionRange: {start: range.start, end: range.start}, children: symbols}
}

/** Folding ranges of every resolution (and each resolution itself, when there are several) as the server sends them: of several, kept as JSON. */
export function sentFolding(document: Document): JsonList<FoldingRange> | FoldingRange[] {
  if (!document.resolutions) return foldingRanges(document)
  return new JsonList(partsOf(document).map((part) => folds(part.document, undefined, part.line).value))
}

/** Folding ranges (`sentFolding`'s items). */
export function folding(document: Document): FoldingRange[] {
  const sent = sentFolding(document)
  return sent instanceof JsonList ? sent.items : sent
}

/** A resolution's folding ranges, in its own lines: itself when it has several lines, then its parts'. */
function resolutionFolds(document: Document): FoldingRange[] {
  const last = document.text.trimEnd().split('\n').length - 1
  const own = foldingRanges(document)
  return last > 0 ? [{startLine: 0, endLine: last}, ...own] : own
}

/** Makes a resolution's outline (in `locale`) and folding now, while its check's tree is at hand (the server, for a lean check). */
export function keepViews(document: Document, locale: Locale): void {
  outlines(document, locale, 0)
  folds(document, undefined, 0)
}

/**
 * Each resolution's formatting edits (`followed`: another resolution follows it), made once and kept placed at its
 * line, as its outline entry is: a resolution the edits since did not touch keeps its check, so formatting again (on
 * each save) formats only the ones they did (100 resolutions after a keystroke: one of them, not all). Each new text
 * kept is a copy of its own: one cut from the text (a line that only loses its trailing spaces) would be a view of
 * the whole version it was cut from and keep it alive after the editor's next one.
 */
const formattings = memoPlaced((document: Document, followed: boolean) => format(document, {followed}).map((edit) => ({range: edit.range, newText: ownText(edit.newText)})), shiftLines)

/** A copy of `text` that is no view of a longer string (V8 makes a slice of 13 or more code units one). */
function ownText(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/** Format Document: each resolution formatted on its own, the line breaks between two kept (their spaces removed). */
export function formatting(document: Document): TextEdit[] {
  if (!document.resolutions) return [...formattings(document, false, 0).value]
  const parts = partsOf(document)
  return parts.flatMap((part, index) => formattings(part.document, index < parts.length - 1, part.line).value)
}

/** The preview's HTML: each resolution as printed, in its own language, one after another, its lines those of the whole text. */
export function preview(document: Document, locale: Locale = defaultLocale): string {
  return partsOf(document)
    .map((part) => {
      const html = renderPreview(part.document, languageData(part.document.tree.data.language), locale)
      return part.line === 0 ? html : html.replace(/ data-(line|end-line)="(\d+)"/g, (_, name: string, line: string) => ` data-${name}="${Number(line) + part.line}"`)
    })
    .join('')
}
