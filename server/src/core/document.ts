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
}

/** The document of a file being checked: `lines` when the caller made them already. */
export function createDocument(file: VFile, tree: Root, lines: LineIndex = location(file), profile: Profile | undefined = file.data.document?.profile): Document {
  const text = String(file.value)
  return {
    text,
    path: file.path || undefined,
    version: file.data.version,
    lines,
    tree,
    profile,
    get messages() {
      return file.messages
    },
    file
  }
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
