/**
 * The preview panel: a webview showing the HTML the server renders for a
 * resolution (`resolint/preview`), refreshed after each check, linked to the
 * editor both ways (a click reveals the line; the cursor marks the paragraph).
 * The page admits only its own stylesheet and script (CSP with a nonce) and
 * loads nothing from outside `media/`.
 */
import {randomBytes} from 'node:crypto'
import * as l10n from '@vscode/l10n'
import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'

/** The server's answer to `resolint/preview`: with `sideBySide`, the versions of the set, whose documents are `uris`. */
interface PreviewResult {
  html: string
  version: number
  sideBySide?: boolean
  uris?: string[]
}

/** Messages from the page: a click reveals a line of the document (or of another version, `uri`); the toggle of the versions. */
type PageMessage = {type: 'ready'} | {type: 'reveal'; line: number; character?: number; uri?: string} | {type: 'toggleVersions'} | {type: 'scrolled'; line: number}

const viewType = 'resolint.preview'
/** Internal command a click in the preview runs: reveal a line of a document in its editor. */
export const revealCommand = 'resolint.preview.revealLine'
/** Internal command (for tests): the editor line a document's preview was last asked to scroll to, and the line of the paragraph the page then had on top. */
export const scrollStateCommand = 'resolint.preview.scrollState'

/** One preview panel per document. */
class Preview {
  private html = ''
  private ready = false
  /** The "versions side by side" mode, and the documents the preview shows (the set's versions in that mode). */
  sideBySide = false
  uris: string[]
  /** The editor's first visible line the page was last asked to scroll to, and the line of the block the page then had on top (what it reports). */
  scrolledTo: number | undefined
  topLine: number | undefined

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
    private readonly client: LanguageClient
  ) {
    this.uris = [uri.toString()]
    panel.webview.options = {enableScripts: true, localResourceRoots: [media]}
    panel.title = l10n.t('Preview {0}', basename(uri))
    panel.webview.html = this.page('<p class="empty">…</p>')
  }

  /** Ask the server for the current rendering and show it. */
  async refresh(): Promise<void> {
    let result: PreviewResult | null
    try {
      result = await this.client.sendRequest<PreviewResult | null>('resolint/preview', {uri: this.uri.toString(), sideBySide: this.sideBySide})
    } catch {
      return // the server is restarting: the next check refreshes the preview
    }
    this.html = result ? result.html : `<p class="empty">${escapeAttribute(l10n.t('This document is not checked.'))}</p>`
    this.uris = result?.uris ?? [this.uri.toString()]
    if (this.sideBySide && result && !result.sideBySide) this.html = `<p class="empty">${escapeAttribute(l10n.t('No other language version of this resolution is known (files named like {0}, or open documents with the same identifier).', 'GA-2025-93-RES-07.fr.txt'))}</p>${this.html}`
    if (this.ready) void this.panel.webview.postMessage({type: 'update', html: this.html, sideBySide: this.sideBySide})
    else this.panel.webview.html = this.page(this.html)
  }

  /** Show the versions side by side, or the document alone. */
  setSideBySide(on: boolean): void {
    this.sideBySide = on
    void this.refresh()
  }

  /** Scroll the page to the paragraph of the editor's first visible line (the editor scrolled), keeping the cursor's paragraph in view when the editor shows it. */
  scroll(first: number, last: number): void {
    this.scrolledTo = first
    void this.panel.webview.postMessage({type: 'scroll', line: first, last})
  }

  /** The page has loaded (again, after being hidden): give it the latest rendering and the cursor. */
  loaded(line: number | undefined): void {
    this.ready = true
    if (this.html) void this.panel.webview.postMessage({type: 'update', html: this.html, sideBySide: this.sideBySide})
    if (line !== undefined) this.reveal(line)
  }

  /** The interface language changed: the title and the page's own words again (the page loads anew and says `ready`). */
  relocalize(): void {
    this.ready = false
    this.panel.title = l10n.t('Preview {0}', basename(this.uri))
    this.panel.webview.html = this.page(this.html || '<p class="empty">…</p>')
  }

  /** Mark (and scroll to) the paragraph of an editor line. */
  reveal(line: number): void {
    void this.panel.webview.postMessage({type: 'reveal', line})
  }

  /** The page is gone (hidden without retained context): it sends `ready` when back. */
  unloaded(): void {
    this.ready = false
  }

  private page(body: string): string {
    const webview = this.panel.webview
    const nonce = randomBytes(16).toString('base64')
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'preview.css'))
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'preview.js'))
    const policy = [`default-src 'none'`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`].join('; ')
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style.toString()}">
</head>
<body>
<nav class="toolbar"><button id="toggle-versions" type="button" aria-pressed="${this.sideBySide}">${escapeAttribute(l10n.t('Versions side by side'))}</button></nav>
<main id="preview" data-uri="${escapeAttribute(this.uri.toString())}">${body}</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`
  }
}

/** The previews of the window: commands, refresh after each check, the link with the editors. */
export class Previews implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>()
  private readonly media: vscode.Uri
  private readonly subscriptions: vscode.Disposable[] = []

  constructor(
    context: vscode.ExtensionContext,
    private readonly client: LanguageClient
  ) {
    this.media = vscode.Uri.joinPath(context.extensionUri, 'media')
    this.subscriptions.push(
      vscode.commands.registerCommand('resolint.openPreview', (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand('resolint.openPreviewToSide', (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.commands.registerCommand(revealCommand, (uri: string | vscode.Uri, line: number, character = 0) => revealLine(uri, line, character)),
      vscode.window.registerWebviewPanelSerializer(viewType, {
        deserializeWebviewPanel: async (panel, state: {uri?: string} | undefined) => {
          if (!state?.uri) return panel.dispose()
          this.adopt(vscode.Uri.parse(state.uri), panel)
        }
      }),
      vscode.commands.registerCommand('resolint.openPreviewVersions', (uri?: vscode.Uri) => this.open(uri, true, true)),
      vscode.commands.registerCommand(scrollStateCommand, (uri: string) => {
        const preview = this.previews.get(uri)
        return preview && {scrolledTo: preview.scrolledTo, topLine: preview.topLine}
      }),
      vscode.window.onDidChangeTextEditorSelection(({textEditor, selections}) => {
        this.previews.get(textEditor.document.uri.toString())?.reveal(selections[0]!.active.line)
      }),
      // The preview follows the editor's scrolling too, not only its cursor.
      vscode.window.onDidChangeTextEditorVisibleRanges(({textEditor, visibleRanges}) => {
        const range = visibleRanges[0]
        if (range) this.previews.get(textEditor.document.uri.toString())?.scroll(range.start.line, visibleRanges.at(-1)!.end.line)
      })
    )
  }

  /** The server checked `uri`: refresh its preview. */
  checked(uri: string): void {
    void this.previews.get(uri)?.refresh()
  }

  /** The interface language changed (`resolint.locale`): the previews' words again; the server's re-check brings their problems in it. */
  localeChanged(): void {
    for (const preview of this.previews.values()) preview.relocalize()
  }

  dispose(): void {
    for (const preview of this.previews.values()) preview.panel.dispose()
    for (const subscription of this.subscriptions) subscription.dispose()
  }

  private async open(resource: vscode.Uri | undefined, toSide: boolean, sideBySide?: boolean): Promise<void> {
    const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri
    if (!uri) return
    const existing = this.previews.get(uri.toString())
    if (existing) {
      existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide)
      if (sideBySide !== undefined && sideBySide !== existing.sideBySide) existing.setSideBySide(sideBySide)
      return
    }
    const panel = vscode.window.createWebviewPanel(viewType, l10n.t('Preview {0}', basename(uri)), {viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide}, {
      enableScripts: true,
      localResourceRoots: [this.media]
    })
    this.adopt(uri, panel, sideBySide)
  }

  private adopt(uri: vscode.Uri, panel: vscode.WebviewPanel, sideBySide = false): void {
    const key = uri.toString()
    const preview = new Preview(uri, panel, this.media, this.client)
    preview.sideBySide = sideBySide
    this.previews.set(key, preview)
    panel.onDidDispose(() => this.previews.get(key) === preview && this.previews.delete(key))
    panel.onDidChangeViewState(({webviewPanel}) => {
      if (!webviewPanel.visible) preview.unloaded()
    })
    panel.webview.onDidReceiveMessage((message: PageMessage) => {
      if (message.type === 'ready') preview.loaded(editorOf(uri)?.selection.active.line)
      else if (message.type === 'reveal' && Number.isInteger(message.line)) {
        // Another version's paragraph (side by side) opens that version; only the documents the preview shows.
        const target = typeof message.uri === 'string' && preview.uris.includes(message.uri) ? message.uri : key
        void vscode.commands.executeCommand(revealCommand, target, message.line, Number.isInteger(message.character) ? message.character : 0)
      } else if (message.type === 'toggleVersions') preview.setSideBySide(!preview.sideBySide)
      else if (message.type === 'scrolled' && Number.isInteger(message.line)) preview.topLine = message.line
    })
    void preview.refresh()
  }
}

/** Show a line of a document in its editor (the visible one, else beside the preview), cursor at its start. */
async function revealLine(resource: string | vscode.Uri, line: number, character: number): Promise<vscode.TextEditor> {
  const uri = typeof resource === 'string' ? vscode.Uri.parse(resource) : resource
  const document = await vscode.workspace.openTextDocument(uri)
  const position = document.validatePosition(new vscode.Position(line, character))
  const visible = editorOf(uri)
  const editor = await vscode.window.showTextDocument(document, {viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false})
  editor.selection = new vscode.Selection(position, position)
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  return editor
}

function editorOf(uri: vscode.Uri): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString())
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
