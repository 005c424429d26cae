/**
 * The other language versions of an open document, for the language server:
 * the files beside it whose names differ only by their language part, read
 * from disk without blocking (`refresh`, before a check) and parsed once per
 * change of the file (the open buffer wins where a version is open), then
 * checked against it by `core/parallel/` (`contextFor`, from memory). A folder's
 * names and a version's file are read once, then again only once they are said
 * to have changed (`forget`: a watched file; `stale`: a document opened or saved):
 * a keystroke reads nothing from disk.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {analyzeSet, type SetContext} from './core/parallel/compare.js'
import {identityOf, siblingPaths, splitLanguage, type Version} from './core/set.js'
import type {Root} from './core/tree.js'
import {languages} from './languages/index.js'

/** What the server knows of an open version: its current tree (made on demand; undefined when it is not text to compare). */
export interface OpenVersion {
  tree: () => Root | undefined
}

/** An open document that may be a version by its identifier line: its path, or its URI when it is not a file. */
export interface OpenDocument extends OpenVersion {
  key: string
}

/** Whether a text is compared as a version: not larger than `largest`, and no NUL byte in its first 8 KB (a binary file opened as text). */
export function comparable(text: string): boolean {
  return text.length <= largest && !text.slice(0, 8192).includes('\0')
}

/** Versions on disk larger than this are not read (as `resolint.maxFileSize`'s default). */
const largest = 5 * 1024 * 1024

/** The sibling versions of open documents, with a cache of the trees of those read from disk. */
export class SiblingVersions {
  private readonly disk = new Map<string, {mtimeMs: number; size: number; tree: Root | undefined}>()
  /** The other versions of each document found by its last `refresh`. */
  private readonly found = new Map<string, string[]>()
  /** Each folder's names as last read, until a file in it is said to have changed. */
  private readonly folders = new Map<string, string[]>()
  /** The versions on disk looked at (read, or found missing or unchanged) since they were last said to change: the look, done or under way. */
  private readonly looked = new Map<string, Promise<void>>()

  /**
   * `parse` makes a tree of a version's text (its language from its name);
   * `open` gives the open document at a path, if any.
   */
  constructor(
    private readonly parse: (text: string, file: string) => Root,
    private readonly open: (file: string) => OpenVersion | undefined
  ) {}

  /** The paths of the other versions of `file`: on disk beside it, and open ones (new, unsaved files too), by language. */
  async siblingsOf(file: string, openPaths: readonly string[] = []): Promise<string[]> {
    const folder = path.dirname(file)
    let names = this.folders.get(folder)
    if (!names) {
      names = await readdir(folder).catch((): string[] => [])
      // Read again meanwhile (`stale`): this reading may be older than the change.
      if (!this.folders.has(folder)) this.folders.set(folder, names)
    }
    const found = siblingPaths(file, [...names, ...openPaths.filter((other) => path.dirname(other) === folder).map((other) => path.basename(other))], (name) => path.join(folder, name))
    return languages.flatMap((language) => (found[language] ? [found[language]!] : []))
  }

  /** Find the other versions of `file` and read those on disk that changed since they were last read, before it is checked. */
  async refresh(file: string, openPaths: readonly string[] = []): Promise<void> {
    if (!splitLanguage(file)) return
    const siblings = await this.siblingsOf(file, openPaths)
    this.found.set(file, siblings)
    await Promise.all(siblings.filter((sibling) => !this.open(sibling)).map((sibling) => this.read(sibling)))
  }

  /**
   * The set of the document `file` (a path, or the URI of a document that is not a file),
   * checked with `tree` as its version: undefined when it has no other version. Its versions
   * are the files named like it but for the language part (on disk or open, the open buffer
   * winning; as the last `refresh` of `file` found and read them) and the open documents with the same identifier line (`others`: untitled or
   * differently named buffers), each language once. What concerns the whole set is said in
   * its first open version.
   */
  contextFor(file: string, tree: Root, others: readonly OpenDocument[] = []): SetContext | undefined {
    const language = splitLanguage(file)?.language ?? tree.data.language
    const versions: Array<Version & {open: boolean}> = [{language, path: file, tree, open: true}]
    const has = (candidate: string) => versions.some((version) => version.language === candidate)
    if (splitLanguage(file)) {
      for (const sibling of this.found.get(file) ?? []) {
        const open = this.open(sibling)
        const siblingTree = open ? open.tree() : this.disk.get(sibling)?.tree
        if (siblingTree) versions.push({language: splitLanguage(sibling)!.language, path: sibling, tree: siblingTree, open: Boolean(open)})
      }
    }
    const identity = identityOf(tree)
    if (identity !== undefined) {
      for (const other of others) {
        if (other.key === file || versions.some((version) => version.path === other.key)) continue
        const otherTree = other.tree()
        if (!otherTree || identityOf(otherTree) !== identity) continue
        const otherLanguage = splitLanguage(other.key)?.language ?? otherTree.data.language
        if (!has(otherLanguage)) versions.push({language: otherLanguage, path: other.key, tree: otherTree, open: true})
      }
    }
    if (versions.length < 2) return undefined
    const anchor = languages.find((candidate) => versions.some((version) => version.language === candidate && version.open))
    return {language, analysis: analyzeSet(versions, {anchor})}
  }

  /** The text of a version on disk, when it is one to compare (undefined otherwise). */
  async textOf(file: string): Promise<string | undefined> {
    try {
      const stats = await stat(file)
      if (!stats.isFile() || stats.size > largest) return undefined
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '')
      return comparable(text) ? text : undefined
    } catch {
      return undefined
    }
  }

  /** Forget what was read of `file` (it changed on disk: edited, created or deleted), and its folder's names. */
  forget(file: string): void {
    this.disk.delete(file)
    this.looked.delete(file)
    this.folders.delete(path.dirname(file))
  }

  /** Read `folder` and its versions again when next asked (a document in it opened or saved: files may have changed unwatched). */
  stale(folder: string): void {
    this.folders.delete(folder)
    for (const file of [...this.looked.keys()]) if (path.dirname(file) === folder) this.looked.delete(file)
  }

  /** Read and parse a version on disk, unless it is unchanged since it was last read; not looked at again until it is said to change. */
  private read(file: string): Promise<void> {
    let look = this.looked.get(file)
    if (!look) this.looked.set(file, (look = this.lookAt(file, () => this.looked.get(file) === look)))
    return look
  }

  /** `read`'s look at `file`; what it found is kept only if it is still the look of the file (`current`: not said to change meanwhile). */
  private async lookAt(file: string, current: () => boolean): Promise<void> {
    let stats
    try {
      stats = await stat(file)
    } catch {
      if (current()) this.disk.delete(file)
      return
    }
    if (!stats.isFile() || stats.size > largest) {
      if (current()) this.disk.delete(file)
      return
    }
    const cached = this.disk.get(file)
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return
    let tree: Root | undefined
    try {
      const text = await readFile(file, 'utf8')
      tree = comparable(text) ? this.parse(text.replace(/^\uFEFF/, ''), file) : undefined
    } catch {
      tree = undefined
    }
    if (current()) this.disk.set(file, {mtimeMs: stats.mtimeMs, size: stats.size, tree})
  }
}
