/**
 * A Document: one check of one text, built once and shared by the parser, the
 * rules (through their `RuleContext`), the features, fix-all, the command line
 * and the server, so none of them re-splits or re-folds the text it was given.
 */
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Profile} from '../profiles/types.js'
import type {Root} from './tree.js'

/** The line index of a text: offsets to 1-based points and back (vfile-location). */
export type LineIndex = ReturnType<typeof location>

/**
 * A line index that keeps only where each line ends, not the text (vfile-location's closes over it): the same points
 * and offsets as `location(text)`, its line breaks `\n`, `\r\n` and `\r`. A lean resolution keeps one, so that its
 * index holds no version of the whole text it was cut from.
 */
export function lineEnds(text: string): LineIndex {
  // As vfile-location's `indices`: the offset after each line's break, the last line's its length + 1.
  const found: number[] = []
  let cr = -1
  let lf = -1
  for (let from = 0; ; ) {
    if (cr < from) cr = text.indexOf('\r', from) >>> 0
    if (lf < from) lf = text.indexOf('\n', from) >>> 0
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf)
    if (eol === 0xffffffff) break
    found.push((from = eol + 1))
  }
  found.push(text.length + 1)
  const ends = Uint32Array.from(found)
  const {length} = text
  return {
    toPoint(offset) {
      if (typeof offset !== 'number' || !(offset > -1) || offset > length) return undefined
      let low = 0
      let high = ends.length - 1
      while (low < high) {
        const middle = (low + high) >> 1
        if (ends[middle]! > offset) high = middle
        else low = middle + 1
      }
      return {line: low + 1, column: offset - (low > 0 ? ends[low - 1]! : 0) + 1, offset}
    },
    toOffset(point) {
      if (!point || typeof point.line !== 'number' || typeof point.column !== 'number' || Number.isNaN(point.line) || !(point.column > 0)) return undefined
      const offset = (point.line > 1 ? ends[point.line - 2]! : 0) + point.column - 1
      return offset < ends[point.line - 1]! ? offset : undefined
    }
  }
}

/** One check of one text. */
export interface Document {
  readonly text: string
  readonly path: string | undefined
  /** The editor's version of the text, when it comes from one. */
  readonly version: number | undefined
  readonly lines: LineIndex
  readonly tree: Root
  /** The profile the text was parsed with (set by the parser plugin). */
  readonly profile: Profile | undefined
  /** The check's messages (the file's, as rules add them). */
  readonly messages: VFileMessage[]
  readonly file: VFile
  /**
   * The resolutions of a text holding several (`resolutionStarts`), each checked on its own: then `tree` holds no
   * blocks (its data is the first resolution's) and `messages` are theirs, placed in the whole text. Absent for one.
   */
  readonly resolutions?: readonly Resolution[] | undefined
}

/** One resolution of a text holding several: where it starts, and its own check (of its text alone, in its own lines). */
export interface Resolution {
  /** Offset of its first character in the whole text. */
  readonly offset: number
  /** Lines of the whole text before its first. */
  readonly line: number
  readonly document: Document
}

/** The resolution of `document` holding the 0-based `line` (the last starting at or before it), or undefined for a text of one. */
export function resolutionAtLine(document: Document, line: number): Resolution | undefined {
  const all = document.resolutions
  if (!all) return undefined
  let low = 0
  let high = all.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (all[middle]!.line <= line) low = middle
    else high = middle - 1
  }
  return all[low]
}

/**
 * A check's `Document`: its messages are its file's, read through the class's accessor. An accessor written in an
 * object literal is a new function for each object, closing over its file, and V8 keeps it in the object's hidden
 * class, which can outlive the object: the server kept every checked version's whole text alive so.
 */
class FileDocument implements Document {
  declare readonly resolutions?: readonly Resolution[] | undefined
  /** What makes the text, until it is first read (`wholeDocument`). */
  #make: (() => string) | undefined

  constructor(
    text: string | (() => string),
    readonly path: string | undefined,
    readonly version: number | undefined,
    readonly lines: LineIndex,
    readonly tree: Root,
    readonly profile: Profile | undefined,
    readonly file: VFile,
    resolutions?: readonly Resolution[]
  ) {
    // The text an own property, as a field is (a copy of the document, `{...document}`, has it), once known.
    if (typeof text === 'string') ownText(this, text)
    else this.#make = text
    if (resolutions) this.resolutions = resolutions
  }

  /** The text of a text of several resolutions after a keystroke, made from theirs when first read (`wholeDocument`). */
  get text(): string {
    const text = this.#make!()
    this.#make = undefined
    ownText(this, text)
    return text
  }

  get messages(): VFileMessage[] {
    return this.file.messages
  }
}

function ownText(document: FileDocument, text: string): void {
  Object.defineProperty(document, 'text', {value: text, enumerable: true, writable: true, configurable: true})
}

/** The document of a file being checked: `lines` when the caller made them already. */
export function createDocument(file: VFile, tree: Root, lines: LineIndex = location(file), profile: Profile | undefined = file.data.document?.profile, resolutions?: readonly Resolution[]): Document {
  return new FileDocument(String(file.value), file.path || undefined, file.data.version, lines, tree, profile, file, resolutions)
}

/**
 * The document of a text of several resolutions checked from the last check's after an edit (`checkEdit`,
 * processor.ts): its whole text is made by `text` when first asked, not on every keystroke.
 */
export function wholeDocument(file: VFile, tree: Root, text: () => string, lines: LineIndex, profile: Profile | undefined, resolutions: readonly Resolution[]): Document {
  return new FileDocument(text, file.path || undefined, file.data.version, lines, tree, profile, file, resolutions)
}

/** The same check read through another tree (a view of some of its blocks, for a rule): its messages are `file`'s. */
export function withTree(document: Document, tree: Root, file: VFile = document.file): Document {
  return new FileDocument(document.text, document.path, document.version, document.lines, tree, document.profile, file, document.resolutions)
}

/** The document a check made for a file (the parser plugin records it), or a new one. */
export function documentOf(file: VFile, tree: Root): Document {
  const document = file.data.document
  return document && document.tree === tree ? document : createDocument(file, tree)
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the parser plugin. */
    document: Document
    /** The editor's version of the text, set by who checks it. */
    version: number
  }
}
