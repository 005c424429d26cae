/**
 * The server with any file around a document (issue 10): `.resolintrc.json`
 * as a folder, a FIFO or unreadable gives one diagnostic and the quick fixes
 * keep working; configuration code is never run; "Disable rule" on a
 * document that is not a file offers the settings instead of writing files.
 * Every wait ends on a notification or a response (bounded by the client).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-types'
import {startServer, stopServer} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')

describe('language server: any file around a document', function () {
  let client: TestClient
  let folder: string
  let uri: string
  let configUri: string

  beforeEach(async () => {
    // A repository root: the lookup stops there whatever lies above the temporary folder.
    ;({client, folder} = await startServer('resolint-lsp-files-', {repository: true}))
    uri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.ar.txt')).href
    configUri = pathToFileURL(path.join(folder, '.resolintrc.json')).href
  })
  afterEach(() => stopServer({client, folder}))

  const configDiagnostics = () => client.next<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === configUri)
  const codeActions = (diagnostic: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})

  /** Quick fixes still come for the `؟`, and "Disable" is the settings command, not an edit of a file that cannot be read. */
  async function assertQuickFixesWork(diagnostics: Diagnostic[]) {
    const question = diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!
    const actions = (await codeActions(question)).filter((action) => action.kind === 'quickfix')
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Replace with “\u2068؛\u2069”', 'Disable \u2068operative-terminator\u2069 in the workspace settings (resolint.rules)']
    )
    assert.deepEqual(actions[1]!.command, {title: 'Disable \u2068operative-terminator\u2069', command: 'resolint.disableRuleInSettings', arguments: ['operative-terminator']})
    assert.equal(actions[1]!.edit, undefined)
  }

  it('.resolintrc.json that is a folder: one diagnostic on it, the document checked with the defaults, quick fixes work', async () => {
    mkdirSync(path.join(folder, '.resolintrc.json'))
    const inConfig = configDiagnostics()
    const diagnostics = await client.open(uri, reference)
    assert.deepEqual((await inConfig).diagnostics.map((diagnostic) => diagnostic.message), ['not a regular file (folder): ignored'])
    await assertQuickFixesWork(diagnostics)
  })

  it('.resolintrc.json that is a FIFO: nothing blocks; one diagnostic on it', async () => {
    assert.equal(spawnSync('mkfifo', [path.join(folder, '.resolintrc.json')]).status, 0)
    const inConfig = configDiagnostics()
    const diagnostics = await client.open(uri, reference)
    assert.deepEqual((await inConfig).diagnostics.map((diagnostic) => diagnostic.message), ['not a regular file (FIFO): ignored'])
    await assertQuickFixesWork(diagnostics)
  })

  it('a .resolintrc.json that does not parse is never rewritten by "Disable": the settings are offered', async () => {
    writeFileSync(path.join(folder, '.resolintrc.json'), '{"rules": {"digit-style": "off",')
    const inConfig = configDiagnostics()
    const diagnostics = await client.open(uri, reference)
    assert.equal((await inConfig).diagnostics.length, 1)
    await assertQuickFixesWork(diagnostics)
  })

  it('an untitled document: "Disable" offers the workspace settings and creates no file', async () => {
    const untitled = 'untitled:Untitled-1'
    const diagnostics = await client.open(untitled, reference)
    const question = diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: untitled}, range: question.range, context: {diagnostics: [question]}})
    const disable = actions.find((action) => action.title.startsWith('Disable'))!
    assert.deepEqual(disable, {
      title: 'Disable \u2068operative-terminator\u2069 in the workspace settings (resolint.rules)',
      kind: 'quickfix',
      diagnostics: [question],
      command: {title: 'Disable \u2068operative-terminator\u2069', command: 'resolint.disableRuleInSettings', arguments: ['operative-terminator']}
    })
  })

  it('runs no configuration code: .resolintrc.js, .cjs, .mjs, .yml and package.json#resolint in the folder of the document and above stay unread', async () => {
    const marker = path.join(folder, 'MARKER')
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`
    const child = path.join(folder, 'drafts')
    mkdirSync(child)
    for (const place of [folder, child]) {
      for (const name of ['.resolintrc.js', '.resolintrc.cjs', '.resolintrc.mjs']) writeFileSync(path.join(place, name), code)
      writeFileSync(path.join(place, '.resolintrc.yml'), 'rules:\n  operative-terminator: off\n')
      writeFileSync(path.join(place, '.resolintrc'), JSON.stringify({rules: {'operative-terminator': 'off'}}))
      writeFileSync(path.join(place, 'package.json'), JSON.stringify({resolint: {rules: {'operative-terminator': 'off'}}}))
    }
    const diagnostics = await client.open(pathToFileURL(path.join(child, 'GA-2025-93-RES-03.ar.txt')).href, reference)
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'operative-terminator'), 'none of them applies')
    assert.equal(existsSync(marker), false)
  })

  it('5,000 unknown keys: 5,000 diagnostics, each on its key', async () => {
    const keys = Array.from({length: 5000}, (_, index) => `k${index}`)
    writeFileSync(path.join(folder, '.resolintrc.json'), '{\n' + keys.map((key) => `  "${key}": 1`).join(',\n') + '\n}\n')
    const inConfig = configDiagnostics()
    await client.open(uri, reference)
    const {diagnostics} = await inConfig
    assert.equal(diagnostics.length, 5000)
    assert.deepEqual(diagnostics.at(-1)!.range, {start: {line: 5000, character: 2}, end: {line: 5000, character: 9}})
    assert.equal(diagnostics.at(-1)!.message, '“\u2068k4999\u2069”: unknown key (expected “\u2068language\u2069”, “\u2068profile\u2069”, “\u2068stage\u2069”, “\u2068rules\u2069”, “\u2068phrases\u2069” or “\u2068session\u2069”)')
  })
})
