/**
 * Go to Symbol in Workspace over the workspace's resolution files, not only the open documents: the files the
 * command line would check in the workspace folders, read safely, followed through `workspace/didChangeWatchedFiles`
 * (files, folders, `.resolintignore`) and `workspace/didChangeWorkspaceFolders`, bounded. Every wait ends on a response (bounded by the client).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {WorkspaceSymbol} from 'vscode-languageserver-types'
import {WorkspaceFiles, type WorkspaceContext} from '../server/src/lsp/workspace.js'
import {createProcessor} from '../server/src/processor.js'
import {rtl, startServer, stopServer, type TestServer} from './helpers.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
const english = readFileSync(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url), 'utf8')

/** `file line name < container` of each symbol, the file relative to `folder`. */
function described(folder: string, symbols: readonly WorkspaceSymbol[]): string[] {
  return symbols.map((symbol) => `${path.relative(folder, fileURLToPath(symbol.location.uri))} ${'range' in symbol.location ? symbol.location.range.start.line : '?'} ${symbol.name} < ${symbol.containerName}`)
}

describe('Go to Symbol in Workspace: the workspace\'s resolution files', function () {
  let server: TestServer
  let folder: string

  beforeEach(async () => {
    server = await startServer('resolint-workspace-', {repository: true, workspace: true})
    folder = server.folder
  })
  afterEach(() => stopServer(server))

  const write = (name: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), text)
  }
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href
  const found = async (query: string) => described(folder, await server.client.request<WorkspaceSymbol[]>('workspace/symbol', {query}))
  const changed = (changes: Array<[name: string, type: 1 | 2 | 3]>) =>
    server.client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: changes.map(([name, type]) => ({uri: uriOf(name), type}))})

  it('lists the entries of the files the command line would check, unopened, read safely (no other name, hidden folder, node_modules, ignored, binary, too large, FIFO, link loop, code)', async () => {
    write('GA-2025-93-RES-03.ar.txt', reference)
    write('sub/GA-2025-93-RES-03.en.txt', english)
    // The same text, never listed: not a resolution's name, hidden, node_modules, in .resolintignore.
    write('notes.txt', english)
    write('.drafts/GA-2025-93-RES-04.en.txt', english)
    write('node_modules/x/GA-2025-93-RES-05.en.txt', english)
    write('ignored/GA-2025-93-RES-06.en.txt', english)
    write('.resolintignore', 'ignored/\n')
    // Skipped, with no crash and no wait: binary, over the size limit, a FIFO nobody writes.
    write('GA-2025-93-RES-07.en.txt', Buffer.concat([Buffer.from(english), Buffer.from([0, 1, 2])]))
    write('GA-2025-93-RES-08.en.txt', english + '\n' + 'RECALLING '.repeat(100_000))
    assert.equal(spawnSync('mkfifo', [path.join(folder, 'GA-2025-93-RES-09.en.txt')]).status, 0)
    // A link back to the folder is walked once; a config that is code is never run.
    symlinkSync(folder, path.join(folder, 'sub', 'loop'))
    write('.resolintrc.js', `require('fs').writeFileSync(${JSON.stringify(path.join(folder, 'ran'))}, 'ran')`)

    assert.deepEqual(await found('recalling'), ['sub/GA-2025-93-RES-03.en.txt 22 RECALLING < Preamble', 'sub/GA-2025-93-RES-03.en.txt 24 RECALLING ALSO < Preamble', 'sub/GA-2025-93-RES-03.en.txt 30 RECALLING FINALLY < Preamble'])
    // Typed without the text's shadda, as in an open document.
    assert.deepEqual(await found('تذكر'), [`GA-2025-93-RES-03.ar.txt 24 ${rtl('وإذ تذكر')} < Preamble`, `GA-2025-93-RES-03.ar.txt 26 ${rtl('وإذ تذكّر أيضا')} < Preamble`, `GA-2025-93-RES-03.ar.txt 32 ${rtl('وإذ تذكّر أخيرا')} < Preamble`])
    assert.equal(existsSync(path.join(folder, 'ran')), false)
    // A file's entries are its open document's, exactly; an open document is listed once, from its text.
    const fromDisk = await found('')
    await server.client.open(uriOf('GA-2025-93-RES-03.ar.txt'), reference)
    await server.client.open(uriOf('sub/GA-2025-93-RES-03.en.txt'), english)
    const fromOpen = await found('')
    assert.equal(fromDisk.length, 48)
    assert.deepEqual(fromOpen, fromDisk)
  })

  it('follows the files: changed, created and deleted on disk (workspace/didChangeWatchedFiles), an open document\'s unsaved text over its file', async () => {
    write('GA-2025-93-RES-03.en.txt', english)
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-03.en.txt 24 RECALLING ALSO < Preamble'])
    write('GA-2025-93-RES-03.en.txt', english.replace('RECALLING ALSO', 'NOTING ALSO'))
    // Unsaid, a change is not seen: the file is read once.
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-03.en.txt 24 RECALLING ALSO < Preamble'])
    await changed([['GA-2025-93-RES-03.en.txt', 2]])
    assert.deepEqual(await found('recalling also'), [])
    assert.deepEqual(await found('noting also'), ['GA-2025-93-RES-03.en.txt 24 NOTING ALSO < Preamble'])
    write('new/GA-2025-93-RES-04.en.txt', english)
    await changed([['new/GA-2025-93-RES-04.en.txt', 1]])
    assert.deepEqual(await found('recalling also'), ['new/GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble'])
    rmSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'))
    await changed([['GA-2025-93-RES-03.en.txt', 3]])
    assert.deepEqual(await found('noting also'), [])
    // Open with an edit not saved: its text, not the file's; closed, the file's again.
    const uri = uriOf('new/GA-2025-93-RES-04.en.txt')
    await server.client.open(uri, english.replace('RECALLING ALSO', 'STRESSING ALSO'))
    assert.deepEqual(await found('stressing also'), ['new/GA-2025-93-RES-04.en.txt 24 STRESSING ALSO < Preamble'])
    assert.deepEqual(await found('recalling also'), [])
    await server.client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    assert.deepEqual(await found('stressing also'), [])
    assert.deepEqual(await found('recalling also'), ['new/GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble'])
  })

  it('follows a folder deleted or moved as VS Code tells it (the folder alone, not its files), created in a walked folder only', async () => {
    write('drafts/GA-2025-93-RES-04.en.txt', english)
    write('drafts/sub/GA-2025-93-RES-05.en.txt', english)
    write('GA-2025-93-RES-06.en.txt', english)
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble', 'drafts/GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble', 'drafts/sub/GA-2025-93-RES-05.en.txt 24 RECALLING ALSO < Preamble'])
    // Moved: the old folder deleted, the new one created, no event for the files inside.
    renameSync(path.join(folder, 'drafts'), path.join(folder, 'adopted'))
    await changed([['drafts', 3], ['adopted', 1]])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble', 'adopted/GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble', 'adopted/sub/GA-2025-93-RES-05.en.txt 24 RECALLING ALSO < Preamble'])
    rmSync(path.join(folder, 'adopted', 'sub'), {recursive: true})
    await changed([['adopted/sub', 3]])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble', 'adopted/GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble'])
    rmSync(path.join(folder, 'adopted'), {recursive: true})
    await changed([['adopted', 3]])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble'])
    // Created: a folder moved in under a hidden one is not walked; a file created that is not a resolution is nothing.
    write('.trash/GA-2025-93-RES-07.en.txt', english)
    write('notes.txt', english)
    await changed([['.trash', 1], ['notes.txt', 1]])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble'])
    // Moved out of it (its delete lists nothing): the folder created is walked.
    renameSync(path.join(folder, '.trash'), path.join(folder, 'restored'))
    await changed([['.trash', 3], ['restored', 1]])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-06.en.txt 24 RECALLING ALSO < Preamble', 'restored/GA-2025-93-RES-07.en.txt 24 RECALLING ALSO < Preamble'])
  })

  it('follows `.resolintignore` (workspace/didChangeWatchedFiles): files newly left out, back in, at any depth', async () => {
    write('GA-2025-93-RES-04.en.txt', english)
    write('old/GA-2025-93-RES-05.en.txt', english)
    const listed = ['GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble', 'old/GA-2025-93-RES-05.en.txt 24 RECALLING ALSO < Preamble']
    assert.deepEqual(await found('recalling also'), listed)
    write('.resolintignore', 'old/\n')
    await changed([['.resolintignore', 1]])
    assert.deepEqual(await found('recalling also'), listed.slice(0, 1))
    write('.resolintignore', '# none\n')
    await changed([['.resolintignore', 2]])
    assert.deepEqual(await found('recalling also'), listed)
    write('old/.resolintignore', '*-05.en.txt\n')
    await changed([['old/.resolintignore', 1]])
    assert.deepEqual(await found('recalling also'), listed.slice(0, 1))
    rmSync(path.join(folder, 'old', '.resolintignore'))
    await changed([['old/.resolintignore', 3]])
    assert.deepEqual(await found('recalling also'), listed)
  })

  it('follows the workspace folders added and removed (workspace/didChangeWorkspaceFolders)', async () => {
    // A second folder, hidden from the first (a hidden folder is not walked), walked as a workspace folder itself.
    write('GA-2025-93-RES-04.en.txt', english)
    write('.second/GA-2025-93-RES-05.en.txt', english)
    const folders = (added: string[], removed: string[]) =>
      server.client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: {added: added.map((name) => ({uri: uriOf(name), name})), removed: removed.map((name) => ({uri: uriOf(name), name}))}
      })
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble'])
    await folders(['.second'], [])
    assert.deepEqual(await found('recalling also'), ['GA-2025-93-RES-04.en.txt 24 RECALLING ALSO < Preamble', '.second/GA-2025-93-RES-05.en.txt 24 RECALLING ALSO < Preamble'])
    // The first folder was given as `rootUri` and in `workspaceFolders`: removed, it is gone from both.
    await server.client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {event: {added: [], removed: [{uri: pathToFileURL(folder).href, name: 'workspace'}]}})
    assert.deepEqual(await found('recalling also'), ['.second/GA-2025-93-RES-05.en.txt 24 RECALLING ALSO < Preamble'])
    await folders([], ['.second'])
    assert.deepEqual(await found('recalling also'), [])
  })

  it('sends at most 1,000 entries, the files in the walk\'s order', async () => {
    for (let index = 10; index < 55; index++) write(`GA-2025-93-RES-${index}.en.txt`, english)
    const all = await found('')
    assert.equal(all.length, 1000)
    assert.equal(all[0], 'GA-2025-93-RES-10.en.txt 0 RESOLUTION No. 3 < undefined')
    assert.deepEqual([...new Set(all.map((entry) => entry.split(' ')[0]))], Array.from({length: Math.ceil(1000 / 24)}, (_, index) => `GA-2025-93-RES-${index + 10}.en.txt`))
  })
})

describe('the workspace index\'s bounds', () => {
  it('lists at most `files` files, keeps at most `symbols` entries, reads no file over `bytes`, and says so once in the log', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-bounds-'))
    try {
      for (let index = 1; index <= 6; index++) writeFileSync(path.join(folder, `GA-2025-93-RES-0${index}.en.txt`), index === 2 ? english + ' '.repeat(20_000) : english)
      const logs: string[] = []
      const context = {
        settings: {config: async () => ({}), locale: async () => 'en'},
        configFiles: {of: async () => undefined},
        checks: {processorFor: (config: object) => createProcessor(config)},
        console: {info: (message: string) => logs.push(message)}
      } as unknown as WorkspaceContext
      // 24 entries a file: the first, the third (the second is too large), then the fourth would pass 50.
      const files = new WorkspaceFiles(context, {files: 5, symbols: 50, bytes: 20_000})
      files.setRoots([folder])
      const all = described(folder, await files.symbols('', 1000, () => false))
      assert.deepEqual([...new Set(all.map((entry) => entry.split(' ')[0]))], ['GA-2025-93-RES-01.en.txt', 'GA-2025-93-RES-03.en.txt'])
      assert.equal(all.length, 48)
      assert.deepEqual(described(folder, await files.symbols('', 1000, () => false)), all)
      assert.deepEqual(logs, ['resolint: Go to Symbol in Workspace lists the first 5 resolution files and keeps at most 50 entries of them'])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
