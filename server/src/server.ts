/**
 * LSP wiring only: capabilities, handlers -> pure features. Each document's check
 * (`lsp/checks.ts`) is cached per version and paced after edits (`lsp/pacing.ts`);
 * its set of language versions is found and kept current by `lsp/sets.ts`; settings
 * per document URI (`lsp/settings.ts`), merged with the nearest `.resolintrc.json`
 * (watched, read without blocking: `lsp/configs.ts`); code actions from
 * `lsp/actions.ts`. Nothing here knows a single rule.
 */
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
  type WorkspaceSymbol
} from 'vscode-languageserver'
import {complete} from './features/completion.js'
import {diagnosticForm, documentDiagnostics, locationUri, problemCounts, shiftLines, withKeptData} from './features/convert.js'
import {hover} from './features/hover.js'
import {renderSideBySide} from './features/preview.js'
import {asResult} from './features/json.js'
import {atPosition, formatting, maxWorkspaceSymbols, partAt, preview, sentFolding, sentOutline, workspaceSymbols} from './features/resolutions.js'
import {counterpartsAt, parallelHover} from './features/parallel.js'
import {selectionRanges} from './features/symbols.js'
import {configName} from './files/config-lookup.js'
import {alignedMarkdown, translate, type Locale} from './l10n/index.js'
import {certainFixCount, codeActions, fixAllKind, type FixAllData} from './lsp/actions.js'
import {Checks} from './lsp/checks.js'
import {ConfigFiles} from './lsp/configs.js'
import {Pacing} from './lsp/pacing.js'
import {filePath} from './lsp/paths.js'
import {OpenSets} from './lsp/sets.js'
import {EditorText} from './lsp/text.js'
import type {Language} from './languages/index.js'
import {resolutionLanguages} from './processor.js'
import {DocumentSettings} from './lsp/settings.js'
import {WorkspaceFiles} from './lsp/workspace.js'

export {disableRuleCommand} from './lsp/actions.js'
export type {Settings} from './lsp/settings.js'

/** Start serving on `connection`; returns nothing, everything hangs off the connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(EditorText.configuration)
  const settings = new DocumentSettings(connection)
  const configFiles = new ConfigFiles(connection, (uri) => settings.locale(uri))
  const pacing = new Pacing((uri) => void publish(uri))
  const checks: Checks = new Checks({documents, settings, configFiles, console: connection.console, pacing, prepareSet: (uri) => sets.prepare(uri), setOf: (uri, text, tree) => sets.check(uri, text, tree)})
  const sets: OpenSets = new OpenSets(documents, checks, (uri, delay) => {
    checks.invalidate(uri)
    pacing.schedule(uri, delay)
  })
  const analyze = (uri: string) => checks.analyze(uri)
  const workspaceFiles = new WorkspaceFiles({settings, configFiles, checks, console: connection.console})
  /** Whether the client renders a `<div align>` in Markdown: a right-to-left hover is then aligned right. */
  let alignsHtml = false
  /** Whether the client makes a code action's edit when it is picked (`codeAction/resolve`). */
  let resolvesEdits = false
  /** The workspace folders (URIs), as `initialize` gave them and `workspace/didChangeWorkspaceFolders` changes them. */
  let roots: string[] = []
  /** Whether the client says when workspace folders are added or removed. */
  let foldersChange = false
  /** Whether the client names the diagnostics' source and links their rule's page itself (`DiagnosticForm`). */
  let compact = false

  connection.onInitialize((params): InitializeResult => {
    settings.capability = Boolean(params.capabilities.workspace?.configuration)
    settings.clientLocale = params.locale
    alignsHtml = params.capabilities.general?.markdown?.allowedTags?.includes('div') === true
    resolvesEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true
    compact = (params.initializationOptions as {compactDiagnostics?: unknown} | undefined)?.compactDiagnostics === true
    foldersChange = params.capabilities.workspace?.workspaceFolders === true
    setRoots([...(params.workspaceFolders ?? []).map((folder) => folder.uri), ...(params.rootUri ? [params.rootUri] : [])])
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, CodeActionKind.RefactorRewrite], resolveProvider: true},
        completionProvider: {triggerCharacters: [' ', '\n']},
        hoverProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'resolint', version: '0.1.0'}
    }
  })

  // Folders added to the workspace or removed: the config search ends and Go to Symbol in Workspace's files follow.
  connection.onInitialized(() => {
    if (!foldersChange) return
    connection.workspace.onDidChangeWorkspaceFolders(({added, removed}) => {
      const gone = new Set(removed.map((folder) => folder.uri))
      setRoots([...roots.filter((root) => !gone.has(root)), ...added.map((folder) => folder.uri)])
      configFiles.clear()
      revalidateAll()
    })
  })

  connection.onDidChangeConfiguration(() => {
    settings.clear()
    workspaceFiles.clear()
    revalidateAll()
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    workspaceFiles.changed(changes)
    if (!changes.some((change) => change.uri.endsWith(configName))) {
      // A version changed on disk (created, edited, deleted): the open versions of its set are checked again.
      for (const change of changes) sets.changedOnDisk(change.uri)
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
    sets.reread(document.uri)
    pacing.schedule(document.uri, 0)
    sets.edited(document.uri)
  })
  documents.onDidChangeContent(({document}) => {
    const opened = opening.get(document.uri)
    opening.delete(document.uri)
    if (opened === document.version) return
    void settings.of(document.uri).then(({run, debounce}) => {
      if (run !== 'onType') return
      pacing.edited(document.uri, debounce)
      sets.edited(document.uri)
    })
  })
  // Saved: a version of its set may have changed on disk unwatched; its check reads them again.
  documents.onDidSave(({document}) => {
    if (sets.reread(document.uri)) checks.invalidate(document.uri)
    pacing.schedule(document.uri, 0)
  })
  documents.onDidClose(({document}) => {
    checks.forget(document.uri)
    sets.closed(document.uri)
    settings.forget(document.uri)
    pacing.forget(document.uri)
    lastRuns.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction(async ({textDocument: {uri}, context, range}) => {
    const analysis = await analyze(uri)
    const document = documents.get(uri)
    if (!analysis || !document) return []
    // Renumbering is the resolution's at the range's start.
    const part = partAt(analysis, context.diagnostics[0]?.range.start.line ?? range.start.line)
    const locale = await settings.locale(uri)
    // A compact client was sent no fixes: they are read again from the check (each diagnostic's resolution's).
    const diagnostics = compact
      ? context.diagnostics.map((diagnostic) => {
          const holder = partAt(analysis, diagnostic.range.start.line)
          return withKeptData(diagnostic, holder.document.messages, holder.line, locale)
        })
      : context.diagnostics
    const actions = await codeActions(uri, part.document, {...context, diagnostics}, locale, {configFile: () => configFiles.of(uri), fixAll: () => checks.fixAllEdit(document), resolvesEdits, certainFixes: () => certainFixCount(analysis)})
    return part.line === 0 ? actions : actions.map((action) => (action.kind === CodeActionKind.RefactorRewrite ? shiftLines(action, part.line) : action))
  })

  // The quick fix "Fix all resolint problems", picked: its edit, on the document as it is now.
  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as FixAllData | undefined)?.fixAll
    const document = uri === undefined ? undefined : documents.get(uri)
    const edit = document && (await checks.fixAllEdit(document))
    return edit ? {...action, edit: {changes: {[uri!]: [edit]}}} : action
  })

  connection.onCompletion(async ({textDocument, position}) => {
    const analysis = await analyze(textDocument.uri)
    if (!analysis) return []
    const options = {fileName: filePath(textDocument.uri), existingIdentifiers: await siblingIdentifiers(textDocument.uri), today: new Date(), locale: await settings.locale(textDocument.uri)}
    return atPosition(analysis, position, (part, at) => complete(part, at, options))
  })

  connection.onHover(async ({textDocument, position}) => {
    const analysis = await analyze(textDocument.uri)
    if (!analysis) return null
    const locale = await settings.locale(textDocument.uri)
    const own = atPosition(analysis, position, (part, at) => hover(part, at, part.messages, locale))
    const set = sets.of(textDocument.uri)
    const versions = set ? parallelHover(set, position, locale) : null
    const found = own ?? versions
    if (!found) return null
    const text = (value: typeof found.contents) => (typeof value === 'object' && 'kind' in value ? value.value : String(value))
    const value = own && versions ? `${text(own.contents)}\n\n---\n\n${text(versions.contents)}` : text(found.contents)
    return {contents: {kind: 'markdown', value: alignsHtml ? alignedMarkdown(locale, value) : value}, range: own?.range ?? versions!.range}
  })

  // "resolint: Open parallel versions": where the counterparts of the part at the cursor are (or the other versions' start).
  connection.onRequest('resolint/parallelVersions', async ({textDocument, position}: {textDocument: {uri: string}; position: {line: number; character: number}}) => {
    await analyze(textDocument.uri)
    const set = sets.of(textDocument.uri)
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
    return analysis ? asResult(sentOutline(analysis, await settings.locale(textDocument.uri))) : []
  })

  // The open documents' entries, then the other resolution files' of the workspace folders (`lsp/workspace.ts`).
  connection.onWorkspaceSymbol(async ({query}, token) => {
    const found: WorkspaceSymbol[] = []
    const open = new Set<string>()
    for (const {uri} of documents.all()) {
      const file = filePath(uri)
      if (file) open.add(file)
      if (found.length >= maxWorkspaceSymbols) continue
      const analysis = await analyze(uri)
      if (analysis) found.push(...workspaceSymbols(uri, analysis, query, await settings.locale(uri), maxWorkspaceSymbols - found.length))
    }
    found.push(...(await workspaceFiles.symbols(query, maxWorkspaceSymbols - found.length, (file) => open.has(file), token)))
    return found
  })

  connection.onFoldingRanges(async ({textDocument}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? asResult(sentFolding(analysis)) : []
  })

  connection.onSelectionRanges(async ({textDocument, positions}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? positions.flatMap((position) => atPosition(analysis, position, (part, at) => selectionRanges(part, [at]))) : []
  })

  connection.onDocumentFormatting(async ({textDocument}) => {
    const analysis = await analyze(textDocument.uri)
    return analysis ? formatting(analysis) : []
  })

  // The preview's HTML (client/src/preview.ts asks again after each check, on `resolint/status`); with
  // `sideBySide`, the versions of the document's set side by side, marked with the cross-version findings.
  connection.onRequest('resolint/preview', async ({uri, sideBySide}: {uri: string; sideBySide?: boolean}) => {
    const analysis = await analyze(uri)
    if (!analysis) return null
    const locale = await settings.locale(uri)
    const set = sideBySide ? sets.of(uri) : undefined
    const versions = set ? await sets.versionsOf(uri, set, locale) : []
    if (!set || versions.length < 2) return {version: analysis.version, html: preview(analysis, locale), sideBySide: false, uris: [uri]}
    return {version: analysis.version, html: renderSideBySide(versions, set.analysis.columns, set.language, locale), sideBySide: true, uris: versions.map((version) => version.uri)}
  })

  documents.listen(connection)
  connection.listen()

  /** The workspace folders (URIs) the config search and the workspace's files start from. */
  function setRoots(uris: readonly string[]) {
    roots = [...new Set(uris)]
    const rootPaths = roots.map(filePath).filter((root): root is string => root !== undefined)
    configFiles.setRoots(rootPaths)
    workspaceFiles.setRoots(rootPaths)
  }

  function revalidateAll() {
    checks.invalidateAll()
    for (const document of documents.all()) pacing.schedule(document.uri, 0)
  }

  /** Check a document and publish its diagnostics and status, unless it changed meanwhile (a result for an older version is never shown). */
  async function publish(uri: string) {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const analysis = await analyze(uri)
    if (!analysis || documents.get(uri)?.version !== version) return
    const locale = await settings.locale(uri)
    // The status counts every problem; the editor gets at most `maxDiagnostics` and one saying how many more.
    await connection.sendDiagnostics({uri, version, diagnostics: documentDiagnostics(analysis, diagnosticForm(locale, compact))})
    const {problems, errors} = problemCounts(analysis)
    const languages = resolutionLanguages(analysis)
    await connection.sendNotification('resolint/status', {
      uri,
      language: analysis.tree.data.language,
      locale,
      languageName: translate(locale, `language.${analysis.tree.data.language}`),
      languageSource: analysis.tree.data.languageSource,
      // A text of several resolutions: where each run of resolutions in one language starts (the client shows the cursor's).
      ...(languages ? {languages: namedRuns(uri, locale, languages)} : {}),
      profile: analysis.tree.data.profile,
      problems,
      // An error is a fatal message (`toDiagnostic`).
      errors
    })
  }

  /** Each document's language runs as last told, named in its locale: a keystroke that moves none names them again for nothing (a batch alternating languages has one per resolution). */
  const lastRuns = new Map<string, {locale: Locale; runs: Array<{line: number; language: Language}>; named: Array<{line: number; language: Language; languageName: string}>}>()
  function namedRuns(uri: string, locale: Locale, runs: Array<{line: number; language: Language}>) {
    const known = lastRuns.get(uri)
    if (known && known.locale === locale && known.runs.length === runs.length && known.runs.every((run, index) => run.line === runs[index]!.line && run.language === runs[index]!.language)) return known.named
    const named = runs.map((run) => ({...run, languageName: translate(locale, `language.${run.language}`)}))
    lastRuns.set(uri, {locale, runs, named})
    return named
  }

  /** Identifiers of the resolution files beside a document (for the next free identifier). */
  async function siblingIdentifiers(uri: string): Promise<string[]> {
    const file = filePath(uri)
    return file ? readdir(path.dirname(file)).catch(() => []) : []
  }
}
