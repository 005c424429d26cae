/**
 * The preview panel: a webview showing the HTML the server renders for a
 * resolution (`resolint/preview`), refreshed after each check, linked to the
 * editor both ways (a click reveals the line; the cursor marks the paragraph).
 * The page admits only its own stylesheet and script (CSP with a nonce) and
 * loads nothing from outside `media/`.
 */
import {randomBytes} from 'node:crypto'
import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'

/** The server's answer to `resolint/preview`. */
interface PreviewResult {
  html: string
  version: number
}

/** Messages from the page. */
type PageMessage = {type: 'ready'} | {type: 'reveal'; line: number; character?: number}

const viewType = 'resolint.preview'
/** Internal command a click in the preview runs: reveal a line of a document in its editor. */
export const revealCommand = 'resolint.preview.revealLine'

/** One preview panel per document. */
class Preview {
  private html = ''
  private ready = false

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
    private readonly client: LanguageClient
  ) {
    panel.webview.options = {enableScripts: true, localResourceRoots: [media]}
    panel.title = vscode.l10n.t('Preview {0}', basename(uri))
    panel.webview.html = this.page('<p class="empty">…</p>')
  }

  /** Ask the server for the current rendering and show it. */
  async refresh(): Promise<void> {
    let result: PreviewResult | null
    try {
      result = await this.client.sendRequest<PreviewResult | null>('resolint/preview', {uri: this.uri.toString()})
    } catch {
      return // the server is restarting: the next check refreshes the preview
    }
    this.html = result ? result.html : `<p class="empty">${escapeAttribute(vscode.l10n.t('This document is not checked.'))}</p>`
    if (this.ready) void this.panel.webview.postMessage({type: 'update', html: this.html})
    else this.panel.webview.html = this.page(this.html)
  }

  /** The page has loaded (again, after being hidden): give it the latest rendering and the cursor. */
  loaded(line: number | undefined): void {
    this.ready = true
    if (this.html) void this.panel.webview.postMessage({type: 'update', html: this.html})
    if (line !== undefined) this.reveal(line)
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
      vscode.window.onDidChangeTextEditorSelection(({textEditor, selections}) => {
        this.previews.get(textEditor.document.uri.toString())?.reveal(selections[0]!.active.line)
      })
    )
  }

  /** The server checked `uri`: refresh its preview. */
  checked(uri: string): void {
    void this.previews.get(uri)?.refresh()
  }

  dispose(): void {
    for (const preview of this.previews.values()) preview.panel.dispose()
    for (const subscription of this.subscriptions) subscription.dispose()
  }

  private async open(resource: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri
    if (!uri) return
    const existing = this.previews.get(uri.toString())
    if (existing) {
      existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide)
      return
    }
    const panel = vscode.window.createWebviewPanel(viewType, vscode.l10n.t('Preview {0}', basename(uri)), {viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide}, {
      enableScripts: true,
      localResourceRoots: [this.media]
    })
    this.adopt(uri, panel)
  }

  private adopt(uri: vscode.Uri, panel: vscode.WebviewPanel): void {
    const key = uri.toString()
    const preview = new Preview(uri, panel, this.media, this.client)
    this.previews.set(key, preview)
    panel.onDidDispose(() => this.previews.get(key) === preview && this.previews.delete(key))
    panel.onDidChangeViewState(({webviewPanel}) => {
      if (!webviewPanel.visible) preview.unloaded()
    })
    panel.webview.onDidReceiveMessage((message: PageMessage) => {
      if (message.type === 'ready') preview.loaded(editorOf(uri)?.selection.active.line)
      else if (message.type === 'reveal' && Number.isInteger(message.line)) {
        void vscode.commands.executeCommand(revealCommand, key, message.line, Number.isInteger(message.character) ? message.character : 0)
      }
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
