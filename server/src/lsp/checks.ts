/**
 * Each open document's check at its current version (cached until the version, its
 * settings or its config change), made by one frozen processor per config. The tree of
 * a document's last check is kept for the next one (incremental parse); a rule that
 * throws is logged once.
 */
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {RemoteConsole, TextDocuments, TextEdit} from 'vscode-languageserver'
import {mergeConfigs, type Config} from '../config.js'
import type {Document} from '../core/document.js'
import {fixAll} from '../core/fix.js'
import type {SetContext} from '../core/parallel/compare.js'
import {report} from '../core/rule.js'
import type {Root} from '../core/tree.js'
import {replacementEdit} from '../features/convert.js'
import {keepViews} from '../features/resolutions.js'
import {msg} from '../l10n/index.js'
import {check, checkEdit, createProcessor, type Checked, type Incremental} from '../processor.js'
import type {ConfigFiles} from './configs.js'
import {collectSoon, growHeapFor} from './heap.js'
import type {Pacing} from './pacing.js'
import {filePath} from './paths.js'
import type {DocumentSettings} from './settings.js'
import type {EditorText} from './text.js'

/** A document's check at a version of the editor's text. */
export type Analysis = Document & {version: number}

/** What a check asks of the rest of the server. */
export interface CheckContext {
  documents: TextDocuments<EditorText>
  settings: DocumentSettings
  configFiles: ConfigFiles
  console: RemoteConsole
  /** Times each check (the pace of the next one depends on it). */
  pacing: Pacing
  /** Reads what the set of the document `uri` needs from disk, before it is checked. */
  prepareSet: (uri: string) => Promise<void>
  /** The set of the document `uri` being checked with `tree` as its version, if it has other versions. */
  setOf: (uri: string, text: string, tree: Root) => SetContext | undefined
}

/** The checks of the open documents. */
export class Checks {
  private readonly analyses = new Map<string, Analysis>()
  /**
   * Each document's last check, which the next one reuses: the unchanged paragraphs of its tree, and, for a text of
   * several resolutions, every resolution whose text the edit did not touch (checked again: the ones it touched only).
   */
  private readonly lastChecks = new Map<string, Incremental & {version: number}>()
  private readonly processors = new Map<string, Processor<Root>>()
  private readonly failedRules = new Set<string>()
  /** The resolutions' checks whose messages were read for failed rules. */
  private readonly read = new WeakSet<Document>()

  constructor(private readonly context: CheckContext) {}

  /** The check of a document at its current version (cached). */
  async analyze(uri: string): Promise<Analysis | undefined> {
    const {documents, settings: documentSettings, pacing} = this.context
    const document = documents.get(uri)
    if (!document) return undefined
    const cached = this.analyses.get(uri)
    if (cached && cached.version === document.version) return cached
    // The previous version's messages can go while the new ones are made (a 6 MB document's are 50 MB); its tree
    // stays until then: the paragraphs an edit did not touch are taken from it (incremental parse).
    this.analyses.delete(uri)
    const config = await this.configOf(uri)
    const settings = await documentSettings.of(uri)
    if (document.length <= settings.maxFileSize) await this.context.prepareSet(uri)
    const locale = await documentSettings.locale(uri)
    // Read together after the last wait, so that they agree: the version, the text's length and the changes since the
    // last check (the whole text is made only if the check needs it: `checkEdit` does not, after a keystroke).
    const {length, version} = document
    const processor = this.processorFor(config)
    let file: Checked
    if (length > settings.maxFileSize) {
      // An empty tree and no rule run: the one message says why.
      const empty = new VFile({value: '', path: filePath(uri), data: {version}})
      empty.data.tree = processor.parse(empty)
      report(empty, msg('server.tooLarge', {size: Math.round(length / 1024), max: Math.round(settings.maxFileSize / 1024)}), {start: {line: 1, column: 1}, end: {line: 1, column: 1}})
      file = empty as Checked
    } else {
      growHeapFor(length)
      // A lean resolution's outline and folding are made from its check's tree (it keeps none to read them from later).
      const last = this.lastChecks.get(uri)
      const incremental: Incremental = {...(last ?? {previous: undefined}), lean: (resolution) => keepViews(resolution, locale)}
      // One change since the last check (a keystroke): checked from the last check's resolutions, if it falls in one.
      const changes = last && document.changesSince(last.version)
      file = pacing.timed(uri, () => {
        const edited = changes?.length === 1 ? checkEdit(processor, length, changes[0]!, filePath(uri), version, incremental) : undefined
        if (edited) return edited
        const text = document.getText()
        return check(processor, text, filePath(uri), version, (checked, tree) => {
          const set = this.context.setOf(uri, text, tree)
          if (set) checked.data.parallel = set
        }, incremental)
      })
    }
    // A text of several resolutions: their own messages (the whole text's are made only when asked), of those checked
    // now (a keystroke keeps the others' checks, already read).
    const fresh = file.data.document.resolutions?.map(({document}) => document).filter((document) => !this.read.has(document)) ?? [file]
    for (const {messages} of fresh) {
      for (const message of messages) {
        if (message.ruleId && message.fatal && message.cause instanceof Error && !this.failedRules.has(message.ruleId)) {
          this.failedRules.add(message.ruleId)
          this.context.console.error(`resolint: rule ${message.ruleId} failed: ${message.cause.stack ?? message.cause.message}`)
        }
      }
    }
    for (const resolution of file.data.document.resolutions ?? []) this.read.add(resolution.document)
    const analysis = file.data.document as Analysis
    this.analyses.set(uri, analysis)
    this.lastChecks.set(uri, {previous: analysis.tree, resolutions: analysis.resolutions, version})
    // The version this one replaced is garbage now: collected when the server is next idle (a large document's).
    collectSoon(length)
    return analysis
  }

  /** The tree of the document's last check if it is of `version`. */
  treeAt(uri: string, version: number): Root | undefined {
    const analysis = this.analyses.get(uri)
    return analysis?.version === version ? analysis.tree : undefined
  }

  /** The document is checked again when next asked, even at the same version (its set changed). */
  invalidate(uri: string): void {
    this.analyses.delete(uri)
  }

  /** Every document is checked again when next asked (settings or a config changed). */
  invalidateAll(): void {
    this.analyses.clear()
  }

  /** The document was closed. */
  forget(uri: string): void {
    this.analyses.delete(uri)
    this.lastChecks.delete(uri)
  }

  /** One frozen processor per config. */
  processorFor(config: Config): Processor<Root> {
    const key = JSON.stringify(config)
    let processor = this.processors.get(key)
    if (!processor) {
      processor = createProcessor(config).freeze() as Processor<Root>
      this.processors.set(key, processor)
    }
    return processor
  }

  /** Settings, then the nearest `.resolintrc.json` (which wins). */
  async configOf(uri: string): Promise<Config> {
    const [settings, file] = await Promise.all([this.context.settings.config(uri), this.context.configFiles.of(uri)])
    return mergeConfigs(settings, file?.config)
  }

  /** The edit of fix-all: every certain fix, until stable (none for a document too large to check). */
  async fixAllEdit(document: EditorText): Promise<TextEdit | undefined> {
    const analysis = await this.analyze(document.uri)
    if (!analysis || document.getText().length > (await this.context.settings.of(document.uri)).maxFileSize) return undefined
    const processor = this.processorFor(await this.configOf(document.uri))
    // The analysis's messages are the first round: the text just checked is not checked again.
    growHeapFor(analysis.text.length)
    // A text of several resolutions: each round checks again only the resolutions the last round's fixes changed.
    let last: Incremental | undefined = analysis.resolutions ? {previous: undefined, resolutions: analysis.resolutions} : undefined
    const fixed = fixAll(analysis, (value) => {
      const checked = check(processor, value, filePath(document.uri), undefined, undefined, last)
      if (last) last = {previous: undefined, resolutions: checked.data.document.resolutions}
      return checked.data.document
    }).text
    return replacementEdit(analysis.text, analysis.lines, fixed)
  }
}
