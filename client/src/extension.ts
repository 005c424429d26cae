/**
 * The VS Code side: starts the bundled language server over IPC, shows a
 * language status item, and restarts the server after a crash — but stops
 * checking a document that crashed it twice. The preview lives in preview.ts. Its other
 * commands: fix all (the server's `source.fixAll.resolint` action), and the rule pages
 * shipped in the .vsix, which a diagnostic's link opens in a Markdown preview.
 */
import * as l10n from '@vscode/l10n'
import * as vscode from 'vscode'
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions
} from 'vscode-languageclient/node'
import {interfaceLocale, pageLanguage, useLocale} from './locale'
import {Previews} from './preview'
import {diagnosticSource, initializationOptions, isPageLanguage, isRuleId, offlineRuleLink, offlineRuleLinks, rulePagePath, showRuleDocCommand} from './ruleDocs'
import {statusWords, type Status} from './status'

const maxRestarts = 4
const restartWindowMs = 3 * 60 * 1000

let client: LanguageClient | undefined

/** Start the language server and the status item; restart the server after crashes. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs')
  // Over stdio, not IPC: the server writes a keystroke's diagnostics from their kept JSON there (server/src/lsp/stdio.ts),
  // where IPC's process.send would serialise all of them again; it is also the transport the benchmarks measure.
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6009']}}
  }
  // The client's words follow resolint.locale, as the server's do, not only VS Code's display language.
  const chooseLocale = () => useLocale(interfaceLocale(vscode.workspace.getConfiguration('resolint').get('locale'), vscode.env.language), context.asAbsolutePath('l10n'))
  chooseLocale()
  const status = vscode.languages.createLanguageStatusItem('resolint.status', {language: 'ga-resolution'})
  status.name = 'resolint'
  status.text = 'resolint'
  const statuses = new Map<string, Status>()
  const crashes = new Map<string, number>()
  const excluded = new Set<string>()
  let restarts: number[] = []

  const showStatus = () => {
    status.command = {title: l10n.t('Restart'), command: 'resolint.restartServer'}
    const editor = vscode.window.activeTextEditor
    if (editor && excluded.has(editor.document.uri.toString())) {
      status.text = l10n.t('resolint: not checked')
      status.detail = l10n.t('the server crashed twice on this document')
      status.severity = vscode.LanguageStatusSeverity.Error
      return
    }
    const current = editor ? statuses.get(editor.document.uri.toString()) : undefined
    if (!current) {
      status.text = 'resolint'
      status.detail = undefined
      status.severity = vscode.LanguageStatusSeverity.Information
      return
    }
    const words = statusWords(current, editor!.selection.active.line)
    status.text = words.text
    status.detail = words.detail
    status.severity = current.errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information
  }

  const errorHandler: ErrorHandler = {
    error: (): ErrorHandlerResult => ({action: ErrorAction.Continue}),
    closed: (): CloseHandlerResult => {
      const now = Date.now()
      restarts = [...restarts.filter((time) => now - time < restartWindowMs), now]
      const active = vscode.window.activeTextEditor?.document
      if (active?.languageId === 'ga-resolution') {
        const uri = active.uri.toString()
        const count = (crashes.get(uri) ?? 0) + 1
        crashes.set(uri, count)
        if (count >= 2 && !excluded.has(uri)) {
          excluded.add(uri)
          statuses.delete(uri)
          showStatus()
          void vscode.window.showErrorMessage(l10n.t('resolint crashed twice on {0}; it is no longer checked in this window.', vscode.workspace.asRelativePath(active.uri)))
        }
      }
      if (restarts.length > maxRestarts) {
        return {action: CloseAction.DoNotRestart, message: l10n.t('resolint stopped after crashing repeatedly; run "{0}" to try again.', commandTitle(context, 'resolint.restartServer'))}
      }
      return {action: CloseAction.Restart, handled: true}
    }
  }

  const clientOptions: LanguageClientOptions = {
    documentSelector: [{language: 'ga-resolution'}],
    synchronize: {
      configurationSection: 'resolint',
      // The config, the language versions beside open documents (checked against each other), and the resolution
      // files Go to Symbol in Workspace lists (named as the language's files are), with the `.resolintignore` that
      // leaves some out and any path created or deleted: a folder deleted or moved is told as the folder alone, not
      // its files (VS Code folds them into one event), and the server tells a folder from a file.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.resolintrc.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{ar,en,fr,es}.{txt,md,resolution}'),
        vscode.workspace.createFileSystemWatcher(resolutionFiles(context)),
        vscode.workspace.createFileSystemWatcher('**/.resolintignore'),
        vscode.workspace.createFileSystemWatcher('**/*', false, true, false)
      ]
    },
    errorHandler,
    // HTML in the server's Markdown: a hover in a right-to-left interface comes inside `<div align="right">`, the one
    // alignment VS Code's sanitizer keeps (it drops `dir` and paragraph styles).
    markdown: {supportHtml: true},
    initializationOptions,
    middleware: {
      // A rule's link opens its bundled page, offline: the server, told so (`initializationOptions`), sends neither the
      // online address (which the command line and SARIF keep) nor the source, named here.
      handleDiagnostics: (uri, diagnostics, next) => {
        const language = pageLanguage()
        for (const diagnostic of diagnostics) {
          const named = diagnostic.source !== undefined
          diagnostic.source ??= diagnosticSource
          const code = diagnostic.code
          const value = typeof code === 'object' ? code.value : code
          const link = offlineRuleLink(value, typeof code === 'object' ? code.target.toString(true) : undefined, named, language)
          if (link) diagnostic.code = {value: value!, target: vscode.Uri.parse(link)}
        }
        next(uri, diagnostics)
      },
      // The hover's `[docs]` link too: a trusted Markdown string that may run that one command only.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token)
        if (!hover) return hover
        hover.contents = hover.contents.map((content) => {
          if (!(content instanceof vscode.MarkdownString)) return content
          const value = offlineRuleLinks(content.value)
          if (value === content.value) return content
          const markdown = new vscode.MarkdownString(value, content.supportThemeIcons)
          markdown.isTrusted = {enabledCommands: [showRuleDocCommand]}
          markdown.supportHtml = content.supportHtml
          return markdown
        })
        return hover
      },
      didOpen: (document, next) => (excluded.has(document.uri.toString()) ? Promise.resolve() : next(document)),
      didChange: (event, next) => (excluded.has(event.document.uri.toString()) ? Promise.resolve() : next(event))
    }
  }

  client = new LanguageClient('resolint', 'resolint', serverOptions, clientOptions)
  const previews = new Previews(context, client)
  context.subscriptions.push(
    status,
    previews,
    client.onNotification('resolint/status', (value: Status) => {
      statuses.set(value.uri, value)
      showStatus()
      previews.checked(value.uri)
    }),
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    // In a text of resolutions in several languages the item names the language under the cursor.
    vscode.window.onDidChangeTextEditorSelection(({textEditor}) => {
      if (textEditor === vscode.window.activeTextEditor && (statuses.get(textEditor.document.uri.toString())?.languages?.length ?? 0) > 1) showStatus()
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('resolint.locale')) return
      chooseLocale()
      showStatus()
      previews.localeChanged()
    }),
    // The other language versions beside the current one, each at the counterpart of the paragraph at the cursor.
    vscode.commands.registerCommand('resolint.openParallelVersions', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor || !client) return
      const versions: Array<{uri: string; range: {start: {line: number; character: number}; end: {line: number; character: number}}}> = await client.sendRequest('resolint/parallelVersions', {
        textDocument: {uri: editor.document.uri.toString()},
        position: {line: editor.selection.active.line, character: editor.selection.active.character}
      })
      if (versions.length === 0) {
        void vscode.window.showInformationMessage(l10n.t('resolint: no other language version of this resolution beside it (files named like {0}).', 'GA-2025-93-RES-07.fr.txt'))
        return
      }
      let column = editor.viewColumn ?? vscode.ViewColumn.One
      for (const version of versions) {
        column = column + 1
        const {start, end} = version.range
        const selection = new vscode.Range(start.line, start.character, end.line, end.character)
        await vscode.window.showTextDocument(vscode.Uri.parse(version.uri), {viewColumn: column, preserveFocus: true, preview: false, selection})
      }
    }),
    vscode.commands.registerCommand('resolint.restartServer', async () => {
      restarts = []
      await client?.restart()
    }),
    // Offered by the server's "Disable <rule>" on documents that are not files (untitled, virtual): a setting, not a file.
    vscode.commands.registerCommand('resolint.disableRuleInSettings', async (id: string) => {
      const settings = vscode.workspace.getConfiguration('resolint')
      const workspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0
      const inspected = settings.inspect<Record<string, unknown>>('rules')
      const current = (workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {}
      await settings.update('rules', {...current, [id]: 'off'}, workspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global)
    }),
    // The page in the language of the link (the server's interface language), else the English one.
    vscode.commands.registerCommand(showRuleDocCommand, async (rule: unknown, language?: unknown) => {
      if (!isRuleId(rule)) return
      const english = vscode.Uri.joinPath(context.extensionUri, ...rulePagePath(rule))
      const translated = isPageLanguage(language) ? vscode.Uri.joinPath(context.extensionUri, ...rulePagePath(rule, language)) : undefined
      const page = translated && (await vscode.workspace.fs.stat(translated).then(() => true, () => false)) ? translated : english
      await vscode.commands.executeCommand('markdown.showPreview', page)
    }),
    vscode.commands.registerCommand('resolint.fixAll', fixAll)
  )
  await client.start()
}

/**
 * Apply the server's `source.fixAll.resolint` action to the active resolution: the same
 * edit as `resolint --fix` and fix-all on save, offered in the palette and the editor's
 * context menu.
 */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor || editor.document.languageId !== 'ga-resolution') return
  const {document} = editor
  const kind = vscode.CodeActionKind.SourceFixAll.append('resolint')
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length))
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, kind.value, 1)) ?? []
  const action = actions.find((candidate) => candidate.kind && kind.contains(candidate.kind))
  if (!action?.edit) {
    void vscode.window.showInformationMessage(l10n.t('resolint: no auto-fixable problem in this document.'))
    return
  }
  await vscode.workspace.applyEdit(action.edit)
}

/** A glob of the files of the `ga-resolution` language, as the manifest names them (its extensions and file name patterns, in braces after two stars). */
function resolutionFiles(context: vscode.ExtensionContext): string {
  const languages = (context.extension.packageJSON as {contributes: {languages: Array<{id: string; extensions?: string[]; filenamePatterns?: string[]}>}}).contributes.languages
  const language = languages.find((candidate) => candidate.id === 'ga-resolution')
  return `**/{${[...(language?.extensions ?? []).map((extension) => `*${extension}`), ...(language?.filenamePatterns ?? [])].join(',')}}`
}

/** A command's title as the palette shows it (`resolint: Restart Server`), in the interface language. */
function commandTitle(context: vscode.ExtensionContext, id: string): string {
  const commands = (context.extension.packageJSON as {contributes: {commands: Array<{command: string; title: string | {value: string}; category?: string}>}}).contributes.commands
  const command = commands.find((candidate) => candidate.command === id)
  const title = typeof command?.title === 'object' ? command.title.value : (command?.title ?? id)
  return command?.category ? `${command.category}: ${title}` : title
}

/** Stop the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop()
}
