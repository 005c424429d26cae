/**
 * What is not checked, said once: a document over `resolint.maxFileSize` in
 * the server, a binary file on the command line. Neither stops the rest.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {DiagnosticSeverity, type Diagnostic, type DocumentSymbol, type Hover} from 'vscode-languageserver-types'
import {VFile} from 'vfile'
import {capDiagnostics, maxDiagnostics, sentDiagnostics, toDiagnostic} from '../server/src/features/convert.js'
import {cliEnv, startClient} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
const referencePath = fileURLToPath(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url))
const englishPath = fileURLToPath(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url))
const reference = readFileSync(referencePath, 'utf8')

/** The first bytes of a PNG image and of a `.docx` (a zip), as found on disk. */
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0])
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]),
  Buffer.from('[Content_Types].xml'),
  Buffer.from(reference) // Text after the header does not make it text.
])

const notChecked = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value))

describe('limits: documents over `resolint.maxFileSize` (server)', function () {
  this.timeout(60_000)
  let client: TestClient
  let folder: string
  let uri: string

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-limits-'))
    uri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.ar.txt')).href
  })
  afterEach(async () => {
    await client.stop()
    rmSync(folder, {recursive: true, force: true})
  })

  it('a document over the default 5 MB gets one message instead of a check, and is checked again once under', async () => {
    client = await startClient({})
    const large = Array.from({length: 960}, () => reference).join('\n\n')
    assert.ok(large.length > 5 * 1024 * 1024)
    const diagnostics = await client.open(uri, large)
    assert.deepEqual(notChecked(diagnostics), ['This document (5152 KB) is larger than resolint.maxFileSize (5120 KB), so it is not checked'])
    assert.deepEqual(diagnostics[0]!.range, {start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    // Still serving: requests on the large document answer, from an empty tree.
    assert.deepEqual(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}}), [])
    assert.equal(await client.request<Hover | null>('textDocument/hover', {textDocument: {uri}, position: {line: 4, character: 5}}), null)
    assert.deepEqual(await client.request('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}}), [])
    const fixAll = {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: [], only: ['source.fixAll.resolint']}}
    assert.deepEqual(await client.request('textDocument/codeAction', fixAll), [])
    const again = await client.change(uri, 2, [{text: reference}])
    assert.ok(again.some((diagnostic) => diagnostic.code === 'operative-terminator'))
    assert.ok(!notChecked(again).some((message) => message.includes('maxFileSize')))
  })

  it('follows the setting: `{maxFileSize: 1000}` leaves the reference unchecked', async () => {
    client = await startClient({settings: {maxFileSize: 1000}})
    const diagnostics = await client.open(uri, reference)
    assert.deepEqual(notChecked(diagnostics), ['This document (5 KB) is larger than resolint.maxFileSize (1 KB), so it is not checked'])
  })

  it('keeps serving a document with NUL bytes (binary pasted or opened as a resolution)', async () => {
    client = await startClient({})
    const binary = png.toString('latin1') + docx.toString('utf8')
    const diagnostics = await client.open(uri, binary)
    assert.ok(Array.isArray(diagnostics))
    await client.request('textDocument/completion', {textDocument: {uri}, position: {line: 0, character: 3}})
    await client.request('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const englishUri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.en.txt')).href
    assert.deepEqual(await client.open(englishUri, readFileSync(englishPath, 'utf8')), [])
    assert.equal(client.process.exitCode, null)
  })
})

describe('limits: binary files (command line)', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-limits-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: folder, encoding: 'utf8', env: cliEnv})

  it('skips a PNG and a .docx renamed `.resolution` with one message each, no rule run; the others are checked; exit 2', () => {
    writeFileSync(path.join(folder, 'image.resolution'), png)
    writeFileSync(path.join(folder, 'draft.resolution'), docx)
    copyFileSync(englishPath, path.join(folder, 'GA-2025-93-RES-03.en.txt'))
    const {status, stdout} = run(['.'])
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-03.en.txt: no issues found',
        'draft.resolution  error  binary file, not text (a NUL byte in the first 8 KB): not checked',
        'image.resolution  error  binary file, not text (a NUL byte in the first 8 KB): not checked',
        '1 file checked, no problems; 2 not checked',
        ''
      ].join('\n')
    )
    assert.equal(status, 2)
  })

  it('--fix leaves a binary file byte for byte', () => {
    const target = path.join(folder, 'image.resolution')
    writeFileSync(target, png)
    run(['--fix', 'image.resolution'])
    assert.deepEqual(readFileSync(target), png)
  })

  it('--format json: the one message, fatal, without a rule', () => {
    writeFileSync(path.join(folder, 'image.resolution'), png)
    const {stdout} = run(['--format', 'json', 'image.resolution'])
    const [file] = JSON.parse(stdout) as Array<{messages: Array<{reason: string; fatal: boolean; ruleId?: string}>}>
    assert.deepEqual(
      file!.messages.map(({reason, fatal, ruleId}) => ({reason, fatal, ruleId})),
      [{reason: 'binary file, not text (a NUL byte in the first 8 KB): not checked', fatal: true, ruleId: undefined}]
    )
  })
})

describe('limits: diagnostics per document (conversion)', () => {
  const at = (line: number): Diagnostic => ({range: {start: {line, character: 2}, end: {line, character: 5}}, message: `problem ${line}`, severity: DiagnosticSeverity.Warning, source: 'resolint'})
  const many = (count: number) => Array.from({length: count}, (_, line) => at(line))

  it('sends 1,000 as they are', () => {
    const diagnostics = many(1000)
    assert.equal(capDiagnostics(diagnostics), diagnostics)
    assert.equal(maxDiagnostics, 1000)
  })

  it('sends the first 1,000 of 1,234 and one information diagnostic, on the first left out, saying 234 are not shown', () => {
    const capped = capDiagnostics(many(1234))
    assert.equal(capped.length, 1001)
    assert.deepEqual(capped.slice(0, 1000), many(1000))
    assert.deepEqual(capped[1000], {
      range: {start: {line: 1000, character: 2}, end: {line: 1000, character: 2}},
      message: '234 more problems are not shown: at most 1,000 are shown per document',
      severity: DiagnosticSeverity.Information,
      source: 'resolint'
    })
  })

  it('says "1 more problem is" for one left out, and counts with thousands separators', () => {
    assert.equal(capDiagnostics(many(3), 2)[2]!.message, '1 more problem is not shown: at most 2 are shown per document')
    assert.equal(capDiagnostics(many(2503), 1)[1]!.message, '2,502 more problems are not shown: at most 1 are shown per document')
  })

  it('makes diagnostics of the messages it sends only, and counts all those left out', () => {
    const file = new VFile({path: 'draft.txt'})
    for (let line = 1; line <= 5; line++) file.message(`problem ${line}`, {place: {start: {line, column: 3}, end: {line, column: 6}}})
    // A message past the one left out first is never looked at.
    Object.defineProperty(file.messages[4]!, 'place', {get: () => assert.fail('the fifth message was converted')})
    const sent = sentDiagnostics(file.messages, 'en', 3)
    assert.deepEqual(sent.slice(0, 3), file.messages.slice(0, 3).map((message) => toDiagnostic(message, 'en')))
    assert.deepEqual(sent[3], {
      range: {start: {line: 3, character: 2}, end: {line: 3, character: 2}},
      message: '2 more problems are not shown: at most 3 are shown per document',
      severity: DiagnosticSeverity.Information,
      source: 'resolint'
    })
    assert.equal(sent.length, 4)
  })
})
