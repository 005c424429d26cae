/**
 * LSP wiring only: capabilities, handlers -> pure features. Each document's
 * check is cached per version; settings per document URI (`lsp/settings.ts`),
 * merged with the nearest `.resolintrc.json` (watched, read without blocking:
 * `lsp/configs.ts`); code actions from `lsp/actions.ts`. Nothing here knows a
 * single rule.
 */
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeResult,
  type TextEdit
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {mergeConfigs, type Config} from './config.js'
import {fixAll} from './core/fix.js'
import type {Document} from './core/document.js'
import type {Root} from './core/tree.js'
import {complete} from './features/completion.js'
import {locationUri, replacementEdit, sentDiagnostics, type DiagnosticData} from './features/convert.js'
import {format} from './features/format.js'
import {hover} from './features/hover.js'
import {renderPreview, renderSideBySide, type PreviewVersion} from './features/preview.js'
import {counterpartsAt, parallelHover} from './features/parallel.js'
import {documentSymbols, foldingRanges, selectionRanges} from './features/symbols.js'
import {renumberEdits} from './features/renumber.js'
import {pace, type LastCheck} from './features/schedule.js'
import {configName} from './files/config-lookup.js'
import {languageData, languages} from './languages/index.js'
import {msg, serverLocale, translate, type Locale} from './l10n/index.js'
import {report} from './core/rule.js'
import {check, createProcessor, isSetRule, type Checked} from './processor.js'
import {comparable, SiblingVersions, type OpenDocument, type OpenVersion} from './siblings.js'
import type {SetContext} from './core/parallel/compare.js'
import {splitLanguage} from './core/set.js'
import {addPhraseAction, disableRuleAction, quickFixes} from './lsp/actions.js'
import {ConfigFiles} from './lsp/configs.js'
import {filePath} from './lsp/paths.js'
import {configOfSettings, DocumentSettings} from './lsp/settings.js'

/** The pause before the other language versions of an edited document are checked again (the edited one is paced by features/schedule.ts). */
const debounceMs = 150

export {disableRuleCommand} from './lsp/actions.js'
export type {Settings} from './lsp/settings.js'

/** A document's check at a version of the editor's text. */
type Analysis = Document & {version: number}

/** Start serving on `connection`; returns nothing, everything hangs off the connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const analyses = new Map<string, Analysis>()
  const settings = new DocumentSettings(connection)
  const settingsOf = (uri: string) => settings.of(uri)
  /** The locale the client gave in `initialize` (VS Code's display language). */
  let clientLocale: string | undefined
  /** The interface language of a document's messages: `resolint.locale`, else the client's, else English. */
  const localeOf = async (uri: string): Promise<Locale> => serverLocale((await settingsOf(uri)).locale, clientLocale)
  const configFiles = new ConfigFiles(connection)
  /** Each document's last checked tree, which the next check of it reuses the unchanged paragraphs of. */
  const lastTrees = new Map<string, Root>()
  const processors = new Map<string, Processor<Root>>()
  /** Each document's pending check, as the function that cancels it. */
  const timers = new Map<string, () => void>()
  /** Each document's last check: its cost and when it ended (`performance.now()`). */
  const lastChecks = new Map<string, {cost: number; ended: number}>()
  const failedRules = new Set<string>()
  // The other language versions of each open document: read from disk, the open buffer winning.
  const sets = new Map<string, SetContext>()
  const siblings = new SiblingVersions(
    (text, file) => processorFor({}).parse(new VFile({value: text, path: file})),
    (file) => siblingOpen(pathToFileURL(file).href, file)
  )
  /** An open document's tree as a version (its last check's when current), parsed once per version otherwise. */
  const parsedOpen = new Map<string, {version: number; tree: Root}>()
  function siblingOpen(uri: string, file: string): OpenVersion | undefined {
    const document = documents.get(uri)
    if (!document) return undefined
    return {
      tree: () => {
        const text = document.getText()
        if (!comparable(text)) return undefined
        const analysis = analyses.get(uri)
        if (analysis?.version === document.version) return analysis.tree
        const parsed = parsedOpen.get(uri)
        if (parsed?.version === document.version) return parsed.tree
        const tree = processorFor({}).parse(new VFile({value: text, path: filePath(uri) ?? file}))
        parsedOpen.set(uri, {version: document.version, tree})
        return tree
      }
    }
  }

  connection.onInitialize((params): InitializeResult => {
    settings.capability = Boolean(params.capabilities.workspace?.configuration)
    clientLocale = params.locale
    const roots = [...(params.workspaceFolders ?? []).map((folder) => folder.uri), ...(params.rootUri ? [params.rootUri] : [])]
    configFiles.setRoots(roots.map(filePath).filter((root): root is string => root !== undefined))
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + '.resolint', CodeActionKind.RefactorRewrite]},
        completionProvider: {triggerCharacters: [' ', '\n']},
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true
      },
      serverInfo: {name: 'resolint', version: '0.1.0'}
    }
  })

  connection.onDidChangeConfiguration(() => {
    settings.clear()
    revalidateAll()
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    if (!changes.some((change) => change.uri.endsWith(configName))) {
      // A version changed on disk (created, edited, deleted): the open versions of its set are checked again.
      for (const change of changes) {
        const file = filePath(change.uri)
        if (!file) continue
        siblings.forget(file)
        recheckSiblings(change.uri, 0)
      }
      return
    }
    configFiles.clear()
    revalidateAll()
  })

  // TextDocuments fires onDidChangeContent after onDidOpen for the same version: that
  // one is checked by the open, else a second, debounced check of it could publish
  // after a later change was made or a config change was read (a race on a slow machine).
  const opening = new Map<string, number>()
  documents.onDidOpen(({document}) => {
    opening.set(document.uri, document.version)
    schedule(document.uri, 0)
    recheckSiblings(document.uri, debounceMs)
  })
  documents.onDidChangeContent(({document}) => {
    const opened = opening.get(document.uri)
    opening.delete(document.uri)
    if (opened === document.version) return
    void settingsOf(document.uri).then((settings) => {
      if (settings.run !== 'onType') return
      const last = lastChecks.get(document.uri)
      const lastCheck: LastCheck | undefined = last && {cost: last.cost, endedAgo: performance.now() - last.ended}
      const {delay, restart} = pace(settings.debounce, lastCheck)
      if (restart || !timers.has(document.uri)) schedule(document.uri, delay)
      recheckSiblings(document.uri, debounceMs)
    })
  })
  documents.onDidSave(({document}) => schedule(document.uri, 0))
  documents.onDidClose(({document}) => {
    analyses.delete(document.uri)
    lastTrees.delete(document.uri)
    parsedOpen.delete(document.uri)
    sets.delete(document.uri)
    recheckSiblings(document.uri, 0)
    settings.forget(document.uri)
    timers.get(document.uri)?.()
    timers.delete(document.uri)
    lastChecks.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction(async ({textDocument, context}) => {
    const analysis = await analyze(textDocument.uri)
    const document = documents.get(textDocument.uri)
    if (!analysis || !document) return []
    const only = context.only
    const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'))
    const actions: CodeAction[] = []
    const locale = await localeOf(textDocument.uri)
    if (wants(CodeActionKind.QuickFix)) {
      const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'resolint')
      const existing = ours.length > 0 ? await configFiles.of(textDocument.uri) : undefined
      for (const diagnostic of ours) {
        actions.push(...quickFixes(textDocument.uri, diagnostic, locale))
        const phrase = (diagnostic.data as DiagnosticData | undefined)?.phrase
        const add = phrase ? addPhraseAction(textDocument.uri, diagnostic, phrase, existing, locale) : undefined
        if (add) actions.push(add)
        if (typeof diagnostic.code === 'string') actions.push(disableRuleAction(textDocument.uri, diagnostic, existing, locale))
      }
    }
    if (wants(CodeActionKind.SourceFixAll + '.resolint') && only) {
      const edit = await fixAllEdit(document)
      if (edit) actions.push({title: translate(locale, 'server.fixAllProblems'), kind: CodeActionKind.SourceFixAll + '.resolint', edit: {changes: {[document.uri]: [edit]}}})
    }
    if (wants(CodeActionKind.RefactorRewrite)) {
      const edits = renumberEdits(analysis)
      if (edits.length > 0) {
        actions.push({title: translate(locale, 'server.renumber'), kind: CodeActionKind.RefactorRewrite, edit: {changes: {[document.uri]: edits}}})
      }
    }
    return actions
  })

  connection.onCompletion(async ({textDocument, position}) => {
    const analysis = await analyze(textDocument.uri)
    if (!analysis) return []
    return complete(analysis, position, {fileName: filePath(textDocument.uri), existingIdentifiers: await siblingIdentifiers(textDocument.uri), today: new Date()})
  })

  connection.onHover(async ({textDocument, position}) => {
    const analysis = await analyze(textDocument.uri)
    if (!analysis) return null
    const own = hover(analysis, position, analysis.messages, await localeOf(textDocument.uri))
    const set = sets.get(textDocument.uri)
    const versions = set ? parallelHover(set, position) : null
    if (!own || !versions) return own ?? versions
    const text = (value: typeof own.contents) => (typeof value === 'object' && 'kind' in value ? value.value : String(value))
    return {contents: {kind: 'markdown', value: `${text(own.contents)}\n\n---\n\n${text(versions.contents)}`}, range: own.range ?? versions.range}
  })

  // "resolint: Open parallel versions": where the counterparts of the part at the cursor are (or the other versions' start).
  connection.onRequest('resolint/parallelVersions', async ({textDocument, position}: {textDocument: {uri: string}; position: {line: number; character: number}}) => {
    await analyze(textDocument.uri)
    const set = sets.get(textDocument.uri)
    if (!set) return []
    const counterparts = counterpartsAt(set, position) ?? []
    const others = Object.entries(set.analysis.paths).filter(([language]) => language !== set.language)
    return others.map(([language, file]) => {
      const counterpart = counterparts.find((entry) => entry.language === language)
      return counterpart ?? {language, uri: locationUri(file!), range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, words: ''}
    })
  })

  connection.onDocumentSymbol(async ({textDocument}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? documentSymbols(analysis) : []
  })

  connection.onFoldingRanges(async ({textDocument}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? foldingRanges(analysis) : []
  })

  connection.onSelectionRanges(async ({textDocument, positions}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? selectionRanges(analysis, positions) : []
  })

  connection.onDocumentFormatting(async ({textDocument}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? format(analysis) : []
  })

  // The preview's HTML (client/src/preview.ts asks again after each check, on `resolint/status`); with
  // `sideBySide`, the versions of the document's set side by side, marked with the cross-version findings.
  connection.onRequest('resolint/preview', async ({uri, sideBySide}: {uri: string; sideBySide?: boolean}) => {
    const analysis = await analyze(uri)
    if (!analysis) return null
    const locale = await localeOf(uri)
    const set = sideBySide ? sets.get(uri) : undefined
    const versions = set ? await versionsOf(uri, set, locale) : []
    if (!set || versions.length < 2) return {version: analysis.version, html: renderPreview(analysis, languageData(analysis.tree.data.language), locale), sideBySide: false, uris: [uri]}
    return {version: analysis.version, html: renderSideBySide(versions, set.analysis.columns, set.language, locale), sideBySide: true, uris: versions.map((version) => version.uri)}
  })

  documents.listen(connection)
  connection.listen()

  /** Check `uri` after `delay` ms (0: on the next tick), replacing its pending check. */
  function schedule(uri: string, delay: number) {
    timers.get(uri)?.()
    const run = () => {
      timers.delete(uri)
      void validate(uri)
    }
    if (delay === 0) {
      const immediate = setImmediate(run)
      timers.set(uri, () => clearImmediate(immediate))
    } else {
      const timeout = setTimeout(run, delay)
      timers.set(uri, () => clearTimeout(timeout))
    }
  }

  /**
   * The versions of the set of `uri` as checked documents, for the side-by-side preview: open ones at
   * their current version, the others read from disk and checked with the set's findings; each named in `locale`.
   */
  async function versionsOf(uri: string, set: SetContext, locale: Locale): Promise<PreviewVersion[]> {
    const versions: PreviewVersion[] = []
    for (const language of languages) {
      const file = set.analysis.paths[language]
      if (file === undefined) continue
      const versionUri = file === keyOf(uri) ? uri : locationUri(file)
      let document: Document | undefined
      if (documents.get(versionUri)) document = await analyze(versionUri)
      else {
        const text = siblings.textOf(file)
        const processor = text === undefined ? undefined : processorFor(await configOf(versionUri))
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

  /** The paths of the open documents that are files. */
  function openPaths(): string[] {
    return documents.all().flatMap((document) => filePath(document.uri) ?? [])
  }

  /** A document as a version of a set: its path, or its URI when it is not a file. */
  function keyOf(uri: string): string {
    return filePath(uri) ?? uri
  }

  /** The open documents other than `uri`, which may be its versions by their identifier line. */
  function openDocuments(uri: string): OpenDocument[] {
    return documents.all().flatMap((document) => {
      if (document.uri === uri) return []
      const key = keyOf(document.uri)
      const open = siblingOpen(document.uri, key)
      return open ? [{key, tree: open.tree}] : []
    })
  }

  /**
   * Check again the open versions of the set of `uri` (an edit, open or close of one, or a change on disk):
   * those named like it, and those whose set has it (found by its identifier line).
   */
  function recheckSiblings(uri: string, delay: number) {
    const key = splitLanguage(filePath(uri) ?? '')?.key
    const own = keyOf(uri)
    for (const document of documents.all()) {
      if (document.uri === uri) continue
      const named = key !== undefined && splitLanguage(filePath(document.uri) ?? '')?.key === key
      const paths = sets.get(document.uri)?.analysis.paths
      if (!named && !(paths && Object.values(paths).includes(own))) continue
      analyses.delete(document.uri)
      schedule(document.uri, delay)
    }
  }

  function revalidateAll() {
    analyses.clear()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  async function validate(uri: string) {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const analysis = await analyze(uri)
    // A result for an older version is never shown.
    if (!analysis || documents.get(uri)?.version !== version) return
    const locale = await localeOf(uri)
    const messages = analysis.messages
    // The status counts every problem; the editor gets at most `maxDiagnostics` and one saying how many more.
    await connection.sendDiagnostics({uri, version, diagnostics: sentDiagnostics(messages, locale)})
    await connection.sendNotification('resolint/status', {
      uri,
      language: analysis.tree.data.language,
      locale,
      languageName: translate(locale, `language.${analysis.tree.data.language}`),
      languageSource: analysis.tree.data.languageSource,
      profile: analysis.tree.data.profile,
      problems: messages.length,
      // An error is a fatal message (`toDiagnostic`).
      errors: messages.filter((message) => message.fatal === true).length
    })
  }

  /** The checked file and tree of a document at its current version (cached). */
  async function analyze(uri: string): Promise<Analysis | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const cached = analyses.get(uri)
    if (cached && cached.version === document.version) return cached
    // The previous version's messages can go while the new ones are made (a 6 MB document's are 50 MB); its tree
    // stays until then: the paragraphs an edit did not touch are taken from it (incremental parse).
    analyses.delete(uri)
    const config = await configOf(uri)
    const settings = await settingsOf(uri)
    const text = document.getText()
    const processor = processorFor(config)
    let file: Checked
    if (text.length > settings.maxFileSize) {
      // An empty tree and no rule run: the one message says why.
      const empty = new VFile({value: '', path: filePath(uri), data: {version: document.version}})
      empty.data.tree = processor.parse(empty)
      report(empty, msg('server.tooLarge', {size: Math.round(text.length / 1024), max: Math.round(settings.maxFileSize / 1024)}), {start: {line: 1, column: 1}, end: {line: 1, column: 1}})
      file = empty as Checked
    } else {
      const started = performance.now()
      const own = filePath(uri)
      file = check(processor, text, own, document.version, (checked, tree) => {
        const set = comparable(text) ? siblings.contextFor(own ?? uri, tree, openPaths(), openDocuments(uri)) : undefined
        if (set) {
          checked.data.parallel = set
          sets.set(uri, set)
          // A version found by its identifier line that does not know this one yet is checked again.
          for (const document of documents.all()) {
            const other = sets.get(document.uri)
            if (document.uri !== uri && Object.values(set.analysis.paths).includes(keyOf(document.uri)) && !(other && Object.values(other.analysis.paths).includes(own ?? uri))) {
              analyses.delete(document.uri)
              schedule(document.uri, debounceMs)
            }
          }
        } else sets.delete(uri)
      }, {previous: lastTrees.get(uri)})
      const ended = performance.now()
      lastChecks.set(uri, {cost: ended - started, ended})
    }
    for (const message of file.messages) {
      if (message.ruleId && message.fatal && message.cause instanceof Error && !failedRules.has(message.ruleId)) {
        failedRules.add(message.ruleId)
        connection.console.error(`resolint: rule ${message.ruleId} failed: ${message.cause.stack ?? message.cause.message}`)
      }
    }
    const analysis = file.data.document as Analysis
    analyses.set(uri, analysis)
    lastTrees.set(uri, analysis.tree)
    return analysis
  }

  function processorFor(config: Config): Processor<Root> {
    const key = JSON.stringify(config)
    let processor = processors.get(key)
    if (!processor) {
      processor = createProcessor(config).freeze() as Processor<Root>
      processors.set(key, processor)
    }
    return processor
  }

  /** Settings, then the nearest `.resolintrc.json` (which wins). */
  async function configOf(uri: string): Promise<Config> {
    const [settings, file] = await Promise.all([settingsOf(uri), configFiles.of(uri)])
    return mergeConfigs(configOfSettings(settings), file?.config)
  }

  async function fixAllEdit(document: TextDocument): Promise<TextEdit | undefined> {
    const analysis = await analyze(document.uri)
    if (!analysis || document.getText().length > (await settingsOf(document.uri)).maxFileSize) return undefined
    const processor = processorFor(await configOf(document.uri))
    // The analysis's messages are the first round: the text just checked is not checked again.
    const fixed = fixAll(analysis, (value) => check(processor, value, filePath(document.uri)).messages).text
    return replacementEdit(analysis.text, analysis.lines, fixed)
  }

  /** Identifiers of the resolution files beside a document (for the next free identifier). */
  async function siblingIdentifiers(uri: string): Promise<string[]> {
    const file = filePath(uri)
    return file ? readdir(path.dirname(file)).catch(() => []) : []
  }
}

