/**
 * A minimal LSP client for tests: spawns the bundled server over stdio and
 * speaks the protocol as an editor would. No sleeps and no clocks: every wait resolves on
 * a notification or a response, and fails when the server exits.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import type {Diagnostic} from 'vscode-languageserver-types'

export const serverPath = fileURLToPath(new URL('../dist/server.cjs', import.meta.url))

export interface ClientOptions {
  /** Answer to `workspace/configuration` (the spec allows `null`). */
  settings?: unknown
  /** The server script to spawn (default: the bundled resolint server); the bench also speaks to a peer. */
  server?: string
  /** Node options for the server process (the bench's `--heapsnapshot-signal`). */
  execArgv?: string[]
  /** The server's working directory. */
  cwd?: string
  /** Announce HTML in Markdown as vscode-languageclient does with `markdown.supportHtml` (`general.markdown.allowedTags`). */
  html?: boolean
  /** Say that the client makes a code action's edit when it is picked (`codeAction/resolve`), as VS Code does. */
  resolvesEdits?: boolean
  /** The workspace folder (a path) given in `initialize` as `rootUri` and `workspaceFolders`; none by default. */
  root?: string
  /** `initialize`'s `initializationOptions` (the extension's: `client/src/ruleDocs.ts`). */
  initializationOptions?: unknown
}

export class TestClient {
  readonly process: ChildProcess
  readonly connection: MessageConnection
  readonly notifications: Array<{method: string; params: unknown}> = []
  readonly logs: string[] = []
  private readonly waiters: Array<{test: (method: string, params: unknown) => boolean; resolve: (params: unknown) => void; reject: (error: Error) => void; what: string}> = []
  /** Why no notification can come any more (the server exited, the connection closed). */
  private ended: Error | undefined
  private settings: unknown
  private readonly html: boolean
  private readonly root: string | undefined
  private readonly resolvesEdits: boolean
  private readonly initializationOptions: unknown

  constructor(options: ClientOptions = {}) {
    this.settings = options.settings ?? null
    this.html = options.html ?? false
    this.root = options.root
    this.resolvesEdits = options.resolvesEdits ?? false
    this.initializationOptions = options.initializationOptions
    this.process = spawn(process.execPath, [...(options.execArgv ?? []), options.server ?? serverPath, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd})
    this.process.stderr!.on('data', (chunk) => this.logs.push(String(chunk)))
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!))
    this.connection.onNotification((method: string, params: unknown) => {
      if (method === 'window/logMessage') this.logs.push((params as {message: string}).message)
      this.notifications.push({method, params})
      for (const waiter of [...this.waiters]) {
        if (waiter.test(method, params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    // A server gone cannot answer: every wait fails now, naming what it waited for and what the server said last.
    const end = (why: string) => {
      if (this.ended) return
      this.ended = new Error(`${why}${this.logs.length ? `; it said: ${this.logs.slice(-5).join(' | ')}` : ''}`)
      for (const waiter of this.waiters.splice(0)) waiter.reject(new Error(`no ${waiter.what}: ${this.ended.message}`))
    }
    this.process.on('exit', (code, signal) => end(`the server exited (${signal ?? `code ${code}`})`))
    this.connection.onClose(() => end('the connection to the server closed'))
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('window/workDoneProgress/create', () => null)
    this.connection.listen()
  }

  /** Initialize, as VS Code does with its display language when `locale` is given. */
  async initialize(locale?: string): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      ...(locale === undefined ? {} : {locale}),
      rootUri: this.root === undefined ? null : pathToFileURL(this.root).href,
      ...(this.root === undefined ? {} : {workspaceFolders: [{uri: pathToFileURL(this.root).href, name: 'workspace'}]}),
      ...(this.initializationOptions === undefined ? {} : {initializationOptions: this.initializationOptions}),
      capabilities: {
        ...(this.html ? {general: {markdown: {parser: 'marked', version: '1.1.0', allowedTags: ['ul', 'li', 'p', 'code', 'blockquote', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'em', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'del', 'a', 'strong', 'br', 'img', 'span']}}} : {}),
        workspace: {configuration: true, workspaceFolders: true, didChangeWatchedFiles: {dynamicRegistration: true}},
        textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'refactor']}}, ...(this.resolvesEdits ? {resolveSupport: {properties: ['edit']}} : {})}}
      }
    })
    await this.connection.sendNotification('initialized', {})
    return result
  }

  /**
   * Resolve with the params of the next notification `method` that passes `test`. No clock decides: the wait ends with
   * the notification, or fails at once when the server exits or the connection closes (with the server's last words);
   * the test runner's own timeout (`.mocharc.json`) is the one bound, generous, over a whole test. A caller outside the
   * test runner (the bench) may give its own `timeout`.
   */
  next<T>(method: string, test: (params: T) => boolean = () => true, timeout?: number): Promise<T> {
    if (this.ended) return Promise.reject(this.ended)
    return new Promise<T>((resolve, reject) => {
      // Unref'd: a wait given up on does not keep the process alive.
      const timer = timeout === undefined ? undefined : setTimeout(() => reject(new Error(`No ${method} within ${timeout} ms`)), timeout).unref()
      const done = () => clearTimeout(timer)
      this.waiters.push({
        test: (name, params) => name === method && test(params as T),
        resolve: (params) => (done(), resolve(params as T)),
        reject: (error) => (done(), reject(error)),
        what: method
      })
    })
  }

  /** Diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number, timeout?: number): Promise<Diagnostic[]> {
    return this.next<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version, timeout).then((params) => params.diagnostics)
  }

  async open(uri: string, text: string, version = 1, timeout?: number): Promise<Diagnostic[]> {
    const diagnostics = this.diagnostics(uri, version, timeout)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'ga-resolution', version, text}})
    return diagnostics
  }

  async change(uri: string, version: number, changes: unknown[]): Promise<Diagnostic[]> {
    const diagnostics = this.diagnostics(uri, version)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: changes})
    return diagnostics
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>
  }

  setSettings(settings: unknown) {
    this.settings = settings
  }

  async stop(): Promise<void> {
    // Stopped on purpose: a wait the test gave up on is dropped, not failed.
    this.waiters.splice(0)
    this.ended = new Error('the client was stopped')
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {}
    this.connection.dispose()
    this.process.kill()
  }
}
