/**
 * The editor's text of an open document, as vscode-languageserver-textdocument's `TextDocument` keeps it (the same
 * text, positions, offsets and lines after the same changes), but in chunks: that one rebuilt the whole text on each
 * change and read it at once (flattening it), a new 0.7 MB string per keystroke in a 600 KB document, two-thirds of
 * what a keystroke allocated and most of the young collections that fell in its check. Here a change rewrites the
 * chunk it falls in; the whole text is joined only when asked (`getText()`), once per version. And it keeps the last
 * changes, with their offsets (`changesSince`), so that a check can start from the last one's resolutions
 * (`checkEdit`, processor.ts) without reading the whole text.
 */
import type {Position, Range, TextDocument, TextDocumentContentChangeEvent} from 'vscode-languageserver-textdocument'

/** A chunk's usual length in code units: a regular heap object (not a large one) even of two-byte text. */
const chunkSize = 16_384
/** How many changes are kept for `changesSince`. */
const keptChanges = 16

/** A change of the text: code units `start`-`end` of the text as it was replaced by `text`, in the editor's `version`. */
export interface TextChange {
  version: number
  start: number
  end: number
  text: string
}

export class EditorText implements TextDocument {
  #chunks: string[]
  /** Where each chunk ends (the offset after its last code unit). */
  #ends: number[]
  #length: number
  /** The whole text of this version, once joined (or as given). */
  #whole: string | undefined
  #lineOffsets: number[] | undefined
  #version: number
  readonly #changes: TextChange[] = []
  /** Every change after this version is in `#changes`. */
  #changesAfter: number

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string
  ) {
    this.#version = version
    this.#changesAfter = version
    this.#chunks = []
    this.#ends = []
    this.#length = 0
    this.#whole = undefined
    this.#setText(content)
  }

  /** For `TextDocuments`: makes and updates documents of this class. */
  static readonly configuration = {
    create: (uri: string, languageId: string, version: number, content: string) => new EditorText(uri, languageId, version, content),
    update: (document: EditorText, changes: TextDocumentContentChangeEvent[], version: number) => {
      document.update(changes, version)
      return document
    }
  }

  get version(): number {
    return this.#version
  }

  /** The text's length in UTF-16 code units (without joining it). */
  get length(): number {
    return this.#length
  }

  get lineCount(): number {
    return this.#getLineOffsets().length
  }

  getText(range?: Range): string {
    if (range) return this.#slice(this.offsetAt(range.start), this.offsetAt(range.end))
    if (this.#whole === undefined) {
      this.#whole = this.#chunks.length === 1 ? this.#chunks[0]! : this.#chunks.join('')
      // The chunks become views of the joined text: the strings they were cut from can go.
      this.#chunk(this.#whole)
    }
    return this.#whole
  }

  /**
   * The changes made after `version` (each in the text as it was then), in order; undefined when they are not all
   * known (a change of the whole text, or more than were kept).
   */
  changesSince(version: number): readonly TextChange[] | undefined {
    if (version < this.#changesAfter || version > this.#version) return undefined
    return this.#changes.filter((change) => change.version > version)
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) {
        const range = wellformed(change.range)
        const startOffset = this.offsetAt(range.start)
        const endOffset = this.offsetAt(range.end)
        this.#replace(startOffset, endOffset, change.text)
        this.#changes.push({version, start: startOffset, end: endOffset, text: change.text})
        if (this.#changes.length > keptChanges) {
          const dropped = this.#changes.shift()!
          this.#changesAfter = dropped.version
          while (this.#changes[0]?.version === dropped.version) this.#changes.shift()
        }
        const insertedEndOffset = startOffset + change.text.length
        const crlfAtStart = this.#codeAt(startOffset - 1) === 13 && this.#codeAt(startOffset) === 10
        const crlfAtEnd = this.#codeAt(insertedEndOffset - 1) === 13 && this.#codeAt(insertedEndOffset) === 10
        if (crlfAtStart || crlfAtEnd) {
          // A CRLF pair across an edit's edge is not in the inserted text's line offsets.
          this.#lineOffsets = undefined
          continue
        }
        const lineOffsets = this.#lineOffsets
        if (!lineOffsets) continue
        const startLine = Math.max(range.start.line, 0)
        const endLine = Math.max(range.end.line, 0)
        const added = computeLineOffsets(change.text, false, startOffset)
        if (endLine - startLine === added.length) {
          for (let index = 0; index < added.length; index++) lineOffsets[index + startLine + 1] = added[index]!
        } else if (added.length < 10_000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added)
        } else {
          this.#lineOffsets = [...lineOffsets.slice(0, startLine + 1), ...added, ...lineOffsets.slice(endLine + 1)]
        }
        const diff = change.text.length - (endOffset - startOffset)
        if (diff !== 0) {
          const offsets = this.#lineOffsets!
          for (let index = startLine + 1 + added.length; index < offsets.length; index++) offsets[index] = offsets[index]! + diff
        }
      } else if (isFull(change)) {
        this.#setText(change.text)
        this.#lineOffsets = undefined
        this.#changes.length = 0
        this.#changesAfter = version
      } else {
        throw new Error('Unknown change event received')
      }
    }
    this.#version = version
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.#length), 0)
    const lineOffsets = this.#getLineOffsets()
    let low = 0
    let high = lineOffsets.length
    if (high === 0) return {line: 0, character: offset}
    while (low < high) {
      const middle = Math.floor((low + high) / 2)
      if (lineOffsets[middle]! > offset) high = middle
      else low = middle + 1
    }
    const line = low - 1
    offset = this.#beforeEol(offset, lineOffsets[line]!)
    return {line, character: offset - lineOffsets[line]!}
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.#getLineOffsets()
    if (position.line >= lineOffsets.length) return this.#length
    if (position.line < 0) return 0
    const lineOffset = lineOffsets[position.line]!
    if (position.character <= 0) return lineOffset
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1]! : this.#length
    return this.#beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset)
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.#getLineOffsets()
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1
      return {start: {line: lastLine, character: 0}, end: {line: lastLine, character: this.#length - lineOffsets[lastLine]!}}
    }
    if (line < 0) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    const startOffset = lineOffsets[line]!
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.#length
    return {start: {line, character: 0}, end: {line, character: this.#beforeEol(nextLineOffset, startOffset) - startOffset}}
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.#getLineOffsets()
    if (line >= lineOffsets.length || line < 0) return ''
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.#length
    return this.#slice(this.#beforeEol(nextLineOffset, lineOffsets[line]!), nextLineOffset)
  }

  #getLineOffsets(): number[] {
    return (this.#lineOffsets ??= computeLineOffsets(this.getText(), true))
  }

  #beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.#codeAt(offset - 1))) offset--
    return offset
  }

  /** The text as chunks of `chunkSize` (views of it). */
  #chunk(text: string): void {
    this.#chunks = []
    this.#ends = []
    for (let from = 0; from < text.length || from === 0; from += chunkSize) {
      this.#chunks.push(text.slice(from, from + chunkSize))
      this.#ends.push(Math.min(text.length, from + chunkSize))
    }
    this.#length = text.length
  }

  #setText(text: string): void {
    this.#chunk(text)
    this.#whole = text
  }

  /** The chunk holding code unit `offset` (the last for the text's end). */
  #chunkAt(offset: number): number {
    let low = 0
    let high = this.#ends.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.#ends[middle]! > offset) high = middle
      else low = middle + 1
    }
    return low
  }

  /** The code unit at `offset` (NaN outside the text, as `charCodeAt`). */
  #codeAt(offset: number): number {
    if (this.#whole !== undefined) return this.#whole.charCodeAt(offset)
    if (offset < 0 || offset >= this.#length) return Number.NaN
    const index = this.#chunkAt(offset)
    return this.#chunks[index]!.charCodeAt(offset - (index > 0 ? this.#ends[index - 1]! : 0))
  }

  #slice(start: number, end: number): string {
    if (this.#whole !== undefined) return this.#whole.substring(start, end)
    start = Math.max(0, Math.min(start, this.#length))
    end = Math.max(0, Math.min(end, this.#length))
    if (start > end) [start, end] = [end, start]
    if (start === end) return ''
    const first = this.#chunkAt(start)
    const last = this.#chunkAt(end - 1)
    const parts: string[] = []
    for (let index = first; index <= last; index++) {
      const from = index > 0 ? this.#ends[index - 1]! : 0
      parts.push(this.#chunks[index]!.slice(Math.max(start - from, 0), end - from))
    }
    return parts.join('')
  }

  /** Replaces code units `start`-`end` by `text`: the chunks they fall in are made again, the others kept. */
  #replace(start: number, end: number, text: string): void {
    const first = this.#chunkAt(start)
    const last = Math.max(first, this.#chunkAt(Math.max(end - 1, start)))
    const from = first > 0 ? this.#ends[first - 1]! : 0
    const lastFrom = last > 0 ? this.#ends[last - 1]! : 0
    let merged = this.#chunks[first]!.slice(0, start - from) + text + this.#chunks[last]!.slice(end - lastFrom)
    let through = last
    // A chunk grown short takes in the next one.
    if (merged.length < chunkSize / 2 && through + 1 < this.#chunks.length) merged += this.#chunks[++through]!
    const pieces: string[] = []
    if (merged.length <= 2 * chunkSize) pieces.push(merged)
    else for (let at = 0; at < merged.length; at += chunkSize) pieces.push(merged.slice(at, at + chunkSize))
    this.#chunks.splice(first, through - first + 1, ...pieces)
    this.#length += text.length - (end - start)
    this.#ends.length = first
    let at = from
    for (let index = first; index < this.#chunks.length; index++) this.#ends.push((at += this.#chunks[index]!.length))
    this.#whole = undefined
  }
}

function isIncremental(event: TextDocumentContentChangeEvent): event is {range: Range; rangeLength?: number; text: string} {
  const candidate = event as {range?: Range; rangeLength?: number; text?: unknown}
  return candidate !== undefined && candidate !== null && typeof candidate.text === 'string' && candidate.range !== undefined && (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number')
}

function isFull(event: TextDocumentContentChangeEvent): event is {text: string} {
  const candidate = event as {range?: Range; rangeLength?: number; text?: unknown}
  return candidate !== undefined && candidate !== null && typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined
}

function wellformed(range: Range): Range {
  const {start, end} = range
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? {start: end, end: start} : range
}

function isEol(code: number): boolean {
  return code === 13 || code === 10
}

function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result = atLineStart ? [textOffset] : []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isEol(code)) {
      if (code === 13 && index + 1 < text.length && text.charCodeAt(index + 1) === 10) index++
      result.push(textOffset + index + 1)
    }
  }
  return result
}
