/** Shared test helpers: check text through the real processor, format messages exactly. */
import type {TextEdit} from 'vscode-languageserver-types'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Config} from '../server/src/config.js'
import {createDocument, type Document} from '../server/src/core/document.js'
import {fixAll} from '../server/src/core/fix.js'
import type {Root} from '../server/src/core/tree.js'
import {withoutNeedlessIsolates, type Locale} from '../server/src/l10n/index.js'
import {profileOf} from '../server/src/profiles/index.js'
import {check, checkSets, createProcessor} from '../server/src/processor.js'
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {TestClient, type ClientOptions} from './lsp-client.js'

/** The document of a tree parsed from `text` without the processor (features take a `Document`). */
export function documentFor(tree: Root, text: string, path?: string): Document {
  return createDocument(new VFile({value: text, path}), tree, undefined, profileOf(tree))
}

/** `line:column-line:column: reason` as in the docs examples. */
export function formatMessage(message: VFileMessage): string {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const range = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line}:${message.column}`
  return `${range}: ${message.reason}`
}

/**
 * `text` with U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE written inside
 * each quotation (`“…”`, as the English catalogue quotes literal text, or backticks). Tests
 * write expected messages without the invisible isolates and compare with `isolated(expected)`,
 * so every quotation of every expected message is asserted isolated, exactly.
 */
export function isolated(text: string): string {
  return text.replace(/`([^`\n]*)`/g, '`\u2068$1\u2069`').replace(/“([^”\n]*)”/g, '“\u2068$1\u2069”')
}

/** An expected message as the editor is sent it (`isolated`, then without the isolates that change nothing in a left-to-right line). */
export function sent(text: string, locale: Locale = 'en'): string {
  return withoutNeedlessIsolates(locale, isolated(text))
}

/**
 * `text` with its bidi isolates taken out, once every quotation in it (`“…”`, backticks) is
 * asserted isolated: how the docs pages write expected messages. Text isolated without quotes
 * (a UN symbol) is asserted exactly by the l10n tests.
 */
export function plain(text: string): string {
  for (const match of text.matchAll(/“([^”\n]*)”|`([^`\n]*)`/g)) {
    const [whole, inner] = [match[0], match[1] ?? match[2]!]
    if (!/^\u2068[^\u2068\u2069]*\u2069$/.test(inner)) throw new Error(`quotation not isolated: ${whole} in ${text}`)
  }
  return text.replace(/[\u2068\u2069]/g, '')
}

/** `text` isolated right to left (U+2067 … U+2069), as a right-to-left text is written for VS Code's left-to-right views. */
export function rtl(text: string): string {
  return `\u2067${text}\u2069`
}

/** Messages of `text` (only those of `ruleId` when given), sorted by position. */
export function lint(text: string, config: Config = {}, ruleId?: string, path?: string): VFileMessage[] {
  const file = check(createProcessor(config), text, path)
  return file.messages.filter((message) => !ruleId || message.ruleId === ruleId)
}

/** Formatted messages, `(rule-id)` appended when `withRule`. */
export function report(text: string, config: Config = {}, ruleId?: string, withRule = false): string[] {
  return lint(text, config, ruleId).map((message) => formatMessage(message) + (withRule ? ` (${message.ruleId})` : ''))
}

/** Apply every certain fix until none is left. */
export function fix(text: string, config: Config = {}, ruleId?: string): {text: string; messages: VFileMessage[]} {
  const processor = createProcessor(config)
  return fixAll(text, (value) => {
    const {data: {document}} = check(processor, value)
    return ruleId ? {tree: document.tree, resolutions: document.resolutions, messages: document.messages.filter((message) => message.ruleId === ruleId)} : document
  })
}

/** A file of a set example: its name and text. */
export interface SetFile {
  path: string
  text: string
}

/** Check the files of a set, each alone and then against each other; the messages of each file (only those of `ruleId` when given). */
export function lintSet(files: readonly SetFile[], config: Config = {}, ruleId?: string): Array<{path: string; messages: VFileMessage[]}> {
  const processor = createProcessor(config)
  const checked = files.map(({path, text}) => {
    const file = check(processor, text, path)
    return {file, tree: file.data.tree!, config}
  })
  checkSets(checked)
  return checked.map(({file}) => ({path: file.path, messages: file.messages.filter((message) => !ruleId || message.ruleId === ruleId)}))
}

/** `name:line:column-line:column: reason` for every message of a set, file by file. */
export function reportSet(files: readonly SetFile[], config: Config = {}, ruleId?: string): string[] {
  return lintSet(files, config, ruleId).flatMap(({path, messages}) => messages.map((message) => `${path.split('/').at(-1)}:${formatMessage(message)}`))
}

/** The environment of a command-line run whose verdict must not depend on the machine's locale: LC_ALL, LC_MESSAGES and LANG cleared (English). */
export const cliEnv: NodeJS.ProcessEnv = {...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: ''}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) lineStarts.push(index + 1)
  const offset = (position: {line: number; character: number}) => (lineStarts[position.line] ?? text.length) + position.character
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text)
}

/**
 * A completion item's label as typed and inserted: a label holding right-to-left letters is asserted isolated right to
 * left (U+2067 … U+2069, for the suggest widget's left-to-right layout) with a `filterText` to match typing against.
 */
export function typedLabel(item: {label: string; filterText?: string} | undefined): string | undefined {
  if (!item) return undefined
  const inner = /^\u2067([^\u2067\u2069]*)\u2069$/.exec(item.label)?.[1]
  const arabic = /[\u0600-\u06ff]/.test(item.label)
  if (arabic !== (inner !== undefined)) throw new Error(`label ${arabic ? 'not isolated' : 'isolated'}: ${JSON.stringify(item.label)}`)
  if (inner !== undefined && item.filterText === undefined) throw new Error(`no filterText for ${JSON.stringify(item.label)}: typing would be matched against U+2067`)
  return inner ?? item.label
}

/** A server for one test: an initialized client of the bundled server, and a temporary folder its documents live in. */
export interface TestServer {
  client: TestClient
  folder: string
}

/**
 * Start a server for a test (`beforeEach`): a fresh temporary folder (`prefix`…; a repository root, `.git`, when
 * `repository`, so no config above it is read) and a client initialized in `locale` (with the folder as its workspace
 * folder when `workspace`). `stopServer` undoes both.
 */
export async function startServer(prefix: string, options: ClientOptions & {repository?: boolean; locale?: string; workspace?: boolean} = {}): Promise<TestServer> {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  if (options.repository) mkdirSync(path.join(folder, '.git'))
  const client = await startClient({...options, ...(options.workspace ? {root: folder} : {})})
  return {client, folder}
}

/** A client of the bundled server for a test (`options`: its settings, HTML, workspace folder), initialized in `locale`. */
export async function startClient(options: ClientOptions & {locale?: string} = {}): Promise<TestClient> {
  const client = new TestClient(options)
  await client.initialize(options.locale)
  return client
}

/** `use` a client of `startClient`, stopped after it whatever happens. */
export async function withClient<T>(options: ClientOptions & {locale?: string}, use: (client: TestClient) => Promise<T>): Promise<T> {
  const client = await startClient(options)
  try {
    return await use(client)
  } finally {
    await client.stop()
  }
}

/** Stop a test's server and remove its folder (`afterEach`). */
export async function stopServer(server: TestServer): Promise<void> {
  await server.client.stop()
  rmSync(server.folder, {recursive: true, force: true})
}
