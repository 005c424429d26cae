/**
 * The sets of versions of the open documents: each open document's set (its versions
 * named like it on disk or open, and the open documents with its identifier line,
 * found by `siblings.ts`), and which open versions are checked again when one of
 * them is edited, opened, closed or changed on disk.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import type {TextDocuments} from 'vscode-languageserver'
import type {EditorText} from './text.js'
import type {Document} from '../core/document.js'
import type {SetContext} from '../core/parallel/compare.js'
import {splitLanguage} from '../core/set.js'
import type {Root} from '../core/tree.js'
import {locationUri} from '../features/convert.js'
import type {PreviewVersion} from '../features/preview.js'
import {languageData, languages} from '../languages/index.js'
import {translate, type Locale} from '../l10n/index.js'
import {check, isSetRule} from '../processor.js'
import {comparable, SiblingVersions, type OpenDocument, type OpenVersion} from '../siblings.js'
import type {Checks} from './checks.js'
import {filePath} from './paths.js'

/** The pause before the other language versions of an edited document are checked again (the edited one is paced by `pacing.ts`). */
const siblingDelay = 150

/** The open documents' sets. */
export class OpenSets {
  private readonly sets = new Map<string, SetContext>()
  /** The other versions of each open document: read from disk, the open buffer winning. */
  private readonly siblings: SiblingVersions
  /** An open document's tree as a version (its last check's when current), parsed once per version otherwise. */
  private readonly parsedOpen = new Map<string, {version: number; tree: Root}>()

  /** `recheck` checks an open document again after a delay in ms, even at the same version. */
  constructor(
    private readonly documents: TextDocuments<EditorText>,
    private readonly checks: Checks,
    private readonly recheck: (uri: string, delay: number) => void
  ) {
    this.siblings = new SiblingVersions(
      (text, file) => checks.processorFor({}).parse(new VFile({value: text, path: file})),
      (file) => this.open(pathToFileURL(file).href, file)
    )
  }

  /** The set of the open document `uri` as its last check found it. */
  of(uri: string): SetContext | undefined {
    return this.sets.get(uri)
  }

  /** Before `uri` is checked: find its versions and read those on disk that changed, without blocking. */
  prepare(uri: string): Promise<void> {
    return this.siblings.refresh(keyOf(uri), this.openPaths())
  }

  /**
   * The set of `uri` while it is checked with `tree` as its version (undefined: it has none). A version
   * found by its identifier line that does not know this one yet is checked again.
   */
  check(uri: string, text: string, tree: Root): SetContext | undefined {
    const own = filePath(uri)
    const set = comparable(text) ? this.siblings.contextFor(own ?? uri, tree, this.openDocuments(uri)) : undefined
    if (!set) {
      this.sets.delete(uri)
      return undefined
    }
    this.sets.set(uri, set)
    for (const document of this.documents.all()) {
      const other = this.sets.get(document.uri)
      if (document.uri !== uri && Object.values(set.analysis.paths).includes(keyOf(document.uri)) && !(other && Object.values(other.analysis.paths).includes(own ?? uri))) {
        this.recheck(document.uri, siblingDelay)
      }
    }
    return set
  }

  /**
   * `uri` was opened or saved: its folder and the versions in it are read from disk again before its next check (they
   * may have changed unseen). Whether it is a version by its name (`….fr.txt`), whose check then reads them.
   */
  reread(uri: string): boolean {
    const file = filePath(uri)
    if (file) this.siblings.stale(path.dirname(file))
    return file !== undefined && splitLanguage(file) !== undefined
  }

  /** `uri` was opened or edited: its other open versions are checked again, after a pause. */
  edited(uri: string): void {
    this.recheckSiblings(uri, siblingDelay)
  }

  /** `uri` was closed: its other open versions are checked again without it. */
  closed(uri: string): void {
    this.parsedOpen.delete(uri)
    this.sets.delete(uri)
    this.recheckSiblings(uri, 0)
  }

  /** A file changed on disk (created, edited, deleted): the open versions of its set are checked again. */
  changedOnDisk(uri: string): void {
    const file = filePath(uri)
    if (!file) return
    this.siblings.forget(file)
    this.recheckSiblings(uri, 0)
  }

  /**
   * The versions of the set of `uri` as checked documents, for the side-by-side preview: open ones at
   * their current version, the others read from disk and checked with the set's findings; each named in `locale`.
   */
  async versionsOf(uri: string, set: SetContext, locale: Locale): Promise<PreviewVersion[]> {
    const versions: PreviewVersion[] = []
    for (const language of languages) {
      const file = set.analysis.paths[language]
      if (file === undefined) continue
      const versionUri = file === keyOf(uri) ? uri : locationUri(file)
      let document: Document | undefined
      if (this.documents.get(versionUri)) document = await this.checks.analyze(versionUri)
      else {
        const text = await this.siblings.textOf(file)
        const processor = text === undefined ? undefined : this.checks.processorFor(await this.checks.configOf(versionUri))
        if (text !== undefined && processor) document = check(processor, text, file, 0, (checked) => (checked.data.parallel = {language, analysis: set.analysis})).data.document
      }
      if (!document) continue
      const data = languageData(language)
      // Its name over its column, in the interface language, as a heading (`Arabe`).
      const name = translate(locale, `language.${language}`)
      versions.push({language: data, name: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1), uri: versionUri, document: {...document, messages: document.messages.filter((message) => isSetRule(message.ruleId))}})
    }
    return versions
  }

  /**
   * Check again the open versions of the set of `uri` (an edit, open or close of one, or a change on disk):
   * those named like it, and those whose set has it (found by its identifier line).
   */
  private recheckSiblings(uri: string, delay: number): void {
    const key = splitLanguage(filePath(uri) ?? '')?.key
    const own = keyOf(uri)
    for (const document of this.documents.all()) {
      if (document.uri === uri) continue
      const named = key !== undefined && splitLanguage(filePath(document.uri) ?? '')?.key === key
      const paths = this.sets.get(document.uri)?.analysis.paths
      if (!named && !(paths && Object.values(paths).includes(own))) continue
      this.recheck(document.uri, delay)
    }
  }

  /** The open document at `uri` as a version, if it is open. */
  private open(uri: string, file: string): OpenVersion | undefined {
    const document = this.documents.get(uri)
    if (!document) return undefined
    return {
      tree: () => {
        const text = document.getText()
        if (!comparable(text)) return undefined
        const checked = this.checks.treeAt(uri, document.version)
        if (checked) return checked
        const parsed = this.parsedOpen.get(uri)
        if (parsed?.version === document.version) return parsed.tree
        const tree = this.checks.processorFor({}).parse(new VFile({value: text, path: filePath(uri) ?? file}))
        this.parsedOpen.set(uri, {version: document.version, tree})
        return tree
      }
    }
  }

  /** The paths of the open documents that are files. */
  private openPaths(): string[] {
    return this.documents.all().flatMap((document) => filePath(document.uri) ?? [])
  }

  /** The open documents other than `uri`, which may be its versions by their identifier line. */
  private openDocuments(uri: string): OpenDocument[] {
    return this.documents.all().flatMap((document) => {
      if (document.uri === uri) return []
      const key = keyOf(document.uri)
      const open = this.open(document.uri, key)
      return open ? [{key, tree: open.tree}] : []
    })
  }
}

/** A document as a version of a set: its path, or its URI when it is not a file. */
function keyOf(uri: string): string {
  return filePath(uri) ?? uri
}
