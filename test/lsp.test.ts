/**
 * The language server as a client sees it: the bundle `dist/server.cjs`
 * spawned over stdio, spoken to in LSP (STYLE.md 12).
 */
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, SelectionRange, TextEdit, WorkspaceEdit, WorkspaceSymbol} from 'vscode-languageserver-types'
import {applyEdits, fix, lint, rtl, startClient, startServer, stopServer, typedLabel} from './helpers.js'
import type {TestClient} from './lsp-client.js'
import {bidi, crlf} from './variants.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
const english = readFileSync(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url), 'utf8')

const codeOf = (diagnostic: Diagnostic) => diagnostic.code
const compact = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`).sort()

describe('language server (stdio)', function () {
  let client: TestClient
  let folder: string
  let uri: string

  beforeEach(async () => {
    ;({client, folder} = await startServer('resolint-lsp-'))
    uri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.ar.txt')).href
  })
  afterEach(() => stopServer({client, folder}))

  it('publishes the processor messages as diagnostics: rule id as code, docs link, exact ranges', async () => {
    const diagnostics = await client.open(uri, reference)
    const expected = lint(reference, {}, undefined, path.join(folder, 'GA-2025-93-RES-03.ar.txt'))
    assert.equal(diagnostics.length, expected.length)
    const terminator = diagnostics.find((d) => d.code === 'operative-terminator')!
    assert.deepEqual(terminator.range, {start: {line: 38, character: 122}, end: {line: 38, character: 123}})
    assert.equal(terminator.source, 'resolint')
    assert.equal(terminator.severity, 1)
    assert.equal(terminator.codeDescription?.href, 'https://github.com/resolint/resolint/blob/main/docs/rules/operative-terminator.md')
    assert.deepEqual(
      compact(diagnostics),
      expected
        .map((m) => {
          const place = m.place as {start: {line: number; column: number}; end: {line: number; column: number}}
          return `${place.start.line - 1}:${place.start.column - 1}-${place.end.line - 1}:${place.end.column - 1} ${m.ruleId}`
        })
        .sort()
    )
  })

  it('keeps ranges exact with CRLF and bidi marks (UTF-16 columns)', async () => {
    const text = crlf(bidi(reference))
    const diagnostics = await client.open(uri, text)
    const terminator = diagnostics.find((d) => d.code === 'operative-terminator')!
    // One U+200F before each line shifts the column by one; CRLF changes no column.
    assert.deepEqual(terminator.range, {start: {line: 38, character: 123}, end: {line: 38, character: 124}})
    const lines = text.split('\r\n')
    assert.equal(lines[38]!.slice(123, 124), '؟')
  })

  it('answers `workspace/configuration` = null with the defaults', async () => {
    client.setSettings(null)
    const diagnostics = await client.open(uri, reference)
    assert.ok(diagnostics.some((d) => d.code === 'operative-terminator'))
  })

  it('re-checks on each change and never shows a result for an older version', async () => {
    await client.open(uri, reference)
    const seen: number[] = []
    const listener = client.next<{version?: number; uri: string}>('textDocument/publishDiagnostics', (params) => {
      if (params.uri === uri && params.version !== undefined) seen.push(params.version)
      return false
    }, 60_000)
    listener.catch(() => {})
    const at = {line: 38, character: 122}
    const edit = (version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: at, end: {line: 38, character: 123}}, text}]})
    const last = client.diagnostics(uri, 4)
    await edit(2, '؛')
    await edit(3, '؟')
    await edit(4, '؛')
    const diagnostics = await last
    assert.ok(!diagnostics.some((d) => d.code === 'operative-terminator'))
    assert.deepEqual(seen.filter((version) => version < 4), [])
  })

  it('offers the quick fix of the `؟` and of the stray list marker, each changing exactly its text', async () => {
    const diagnostics = await client.open(uri, reference)
    const terminator = diagnostics.find((d) => d.code === 'operative-terminator')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: terminator.range, context: {diagnostics: [terminator]}})
    const fixAction = actions.find((action) => action.isPreferred)!
    assert.equal(fixAction.title, 'Replace with “\u2068؛\u2069”')
    const fixed = applyEdits(reference, fixAction.edit!.changes![uri]!)
    assert.equal(fixed, reference.replace('السارية؟', 'السارية؛'))

    const marker = diagnostics.find((d) => d.code === 'operative-numbering' && d.range.start.line === 38)!
    const markerActions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: marker.range, context: {diagnostics: [marker]}})
    const removal = markerActions.find((action) => action.isPreferred)!
    assert.equal(applyEdits(reference, removal.edit!.changes![uri]!), reference.replace('- 2. تشجيع', '2. تشجيع'))
  })

  it('fix-all (`source.fixAll.resolint`) gives the same text as `resolint --fix`', async () => {
    await client.open(uri, reference)
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll.resolint']}
    })
    assert.equal(actions.length, 1)
    const fixed = applyEdits(reference, actions[0]!.edit!.changes![uri]!)
    assert.equal(fixed, fix(reference).text)
  })

  it('fix-all makes the fixes its fixes reveal in one edit, as `resolint --fix` (`٣.` → `3.` → `1.`)', async () => {
    const text = reference.replace('\n\nتدعو', '\n\n٣. تقرر إنشاء فريق عامل؛\n\nتدعو')
    await client.open(uri, text)
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: [], only: ['source.fixAll.resolint']}})
    const fixed = applyEdits(text, actions[0]!.edit!.changes![uri]!)
    assert.ok(fixed.includes('\n\n1. تقرر إنشاء فريق عامل؛\n\nتدعو'))
    assert.equal(fixed, fix(text).text)
  })

  it('ends a fixable problem\'s quick fixes with "Fix all resolint problems" for a client resolving edits (as VS Code does), its edit made only when picked: the text of `resolint --fix`', async () => {
    const quickFixes = (on: TestClient, diagnostic: Diagnostic) => on.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic], only: ['quickfix']}})
    const diagnostics = await client.open(uri, reference)
    const terminator = diagnostics.find((d) => d.code === 'operative-terminator')!
    // A client that cannot resolve an edit is not offered it: it would be made on every move of the cursor over a problem.
    assert.deepEqual((await quickFixes(client, terminator)).map((action) => action.title), ['Replace with “\u2068؛\u2069”', 'Disable \u2068operative-terminator\u2069 in \u2068.resolintrc.json\u2069'])
    const lazy = await startClient({resolvesEdits: true})
    try {
      const opened = await lazy.open(uri, reference)
      const actions = await quickFixes(lazy, opened.find((d) => d.code === 'operative-terminator')!)
      assert.deepEqual(actions.map((action) => action.title), ['Replace with “\u2068؛\u2069”', 'Disable \u2068operative-terminator\u2069 in \u2068.resolintrc.json\u2069', 'Fix all resolint problems'])
      const all = actions.at(-1)!
      assert.equal(all.kind, 'quickfix')
      assert.equal(all.edit, undefined)
      const resolved = await lazy.request<CodeAction>('codeAction/resolve', all)
      assert.equal(applyEdits(reference, resolved.edit!.changes![uri]!), fix(reference).text)
      // A problem with no certain fix (its quick fixes have no preferred one): not offered.
      const uncertain = opened.find((d) => (d.data as {expected?: string; edits?: unknown} | undefined)?.expected === undefined && !(d.data as {edits?: unknown} | undefined)?.edits)
      assert.equal(uncertain?.code, 'citation-duplicate')
      assert.ok(!(await quickFixes(lazy, uncertain!)).some((action) => action.title === 'Fix all resolint problems'), String(uncertain.code))
    } finally {
      await lazy.stop()
    }
  })

  it('offers "Fix all resolint problems" among the quick fixes only when the document has more than one problem with a certain fix, across its resolutions (as the ESLint extension does)', async () => {
    const one = english.replace('approach to combating cybercrime;', 'approach to combating cybercrime?')
    const two = one.replace('national laws and procedures;', 'national laws and procedures?')
    const batch = `${one}\n${one.replace('GA-2025-93-RES-03', 'GA-2025-93-RES-04').replace('RESOLUTION No. 3', 'RESOLUTION No. 4')}`
    // As VS Code: edits resolved when picked, diagnostics sent compact (their fixes read again from the check; the source named by the client).
    const lazy = await startClient({resolvesEdits: true, initializationOptions: {compactDiagnostics: true}})
    try {
      const english = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.en.txt')).href
      const titles = async (text: string, version: number) => {
        const diagnostics = version === 1 ? await lazy.open(english, text) : await lazy.change(english, version, [{text}])
        const terminators = diagnostics.filter((d) => d.code === 'operative-terminator')
        const actions = await lazy.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: english}, range: terminators[0]!.range, context: {diagnostics: [{...terminators[0]!, source: 'resolint'}], only: ['quickfix']}})
        return {lines: terminators.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), titles: actions.map((action) => action.title), actions}
      }
      const fixes = ['Replace with “\u2068;\u2069”', 'Disable \u2068operative-terminator\u2069 in \u2068.resolintrc.json\u2069']
      // One: its own fix is all a fix-all would do.
      const alone = await titles(one, 1)
      assert.deepEqual([alone.lines, alone.titles], [['34:100-34:101'], fixes])
      const twice = await titles(two, 2)
      assert.deepEqual([twice.lines, twice.titles], [['34:100-34:101', '36:155-36:156'], [...fixes, 'Fix all resolint problems']])
      const resolved = await lazy.request<CodeAction>('codeAction/resolve', twice.actions.at(-1))
      assert.equal(applyEdits(two, resolved.edit!.changes![english]!), two.replace('cybercrime?', 'cybercrime;').replace('procedures?', 'procedures;'))
      // One in each of two resolutions of the text: fix-all fixes both.
      const batched = await titles(batch, 3)
      assert.deepEqual([batched.lines, batched.titles], [['34:100-34:101', '80:100-80:101'], [...fixes, 'Fix all resolint problems']])
      const both = await lazy.request<CodeAction>('codeAction/resolve', batched.actions.at(-1))
      assert.equal(applyEdits(batch, both.edit!.changes![english]!), batch.replaceAll('cybercrime?', 'cybercrime;'))
    } finally {
      await lazy.stop()
    }
  })

  it('offers "Renumber operative paragraphs" and "Disable <rule> in .resolintrc.json"', async () => {
    const diagnostics = await client.open(uri, reference)
    const numbering = diagnostics.find((d) => d.code === 'operative-numbering')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: numbering.range, context: {diagnostics: [numbering]}})
    const renumber = actions.find((action) => action.title === 'Renumber operative paragraphs')!
    const renumbered = applyEdits(reference, renumber.edit!.changes![uri]!)
    assert.equal(renumbered, reference.replace(/^- (\d\.)/gm, '$1'))
    const disable = actions.find((action) => action.title === 'Disable \u2068operative-numbering\u2069 in \u2068.resolintrc.json\u2069')!
    const change = (disable.edit as WorkspaceEdit).documentChanges!
    const configUri = pathToFileURL(path.join(folder, '.resolintrc.json')).href
    assert.deepEqual(change[0], {kind: 'create', uri: configUri, options: {ignoreIfExists: true}})
    assert.equal((change[1] as {edits: TextEdit[]}).edits[0]!.newText, '{\n  "rules": {\n    "operative-numbering": "off"\n  }\n}\n')
  })

  it('offers "Add «…» to this project\'s phrases" on an opener, writing .resolintrc.json and never the user settings', async () => {
    const text = reference.replace('وإذ تؤكد الدور', 'وإذ توكد الدور')
    const diagnostics = await client.open(uri, text)
    const opener = diagnostics.find((d) => d.code === 'preamble-opening')!
    assert.equal(opener.message, '“\u2068وإذ توكد\u2069” looks like a slip for “\u2068وإذ تؤكد\u2069”')
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: opener.range, context: {diagnostics: [opener]}})
    assert.equal(actions.find((action) => action.isPreferred)!.title, 'Replace with “\u2068وإذ تؤكد\u2069”')
    const add = actions.find((action) => action.title === "Add “\u2068وإذ توكد\u2069” to this project's phrases")!
    const change = (add.edit as WorkspaceEdit).documentChanges!
    const configUri = pathToFileURL(path.join(folder, '.resolintrc.json')).href
    assert.deepEqual(change[0], {kind: 'create', uri: configUri, options: {ignoreIfExists: true}})
    assert.equal((change[1] as {edits: TextEdit[]}).edits[0]!.newText, '{\n  "phrases": {\n    "preamble": [\n      "وإذ توكد"\n    ]\n  }\n}\n')
  })

  it('reads .resolintrc.json, follows its changes, and reports a bad one in the config file while working on with defaults', async () => {
    const config = path.join(folder, '.resolintrc.json')
    writeFileSync(config, JSON.stringify({rules: {'operative-terminator': 'off'}}))
    const first = await client.open(uri, reference)
    assert.ok(!first.some((d) => d.code === 'operative-terminator'))

    writeFileSync(config, '{"rules": {"operative-terminator": "loud"}}')
    const configUri = pathToFileURL(config).href
    const configDiagnostics = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === configUri)
    const second = client.diagnostics(uri, 1)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
    const inConfig = (await configDiagnostics).diagnostics
    assert.deepEqual(inConfig.map((d) => [d.range.start.line, d.range.start.character, d.message]), [
      [0, 11, '“\u2068rules.operative-terminator\u2069”: expected “off”, “info”, “warn”, “error” or [level, options], not "loud"']
    ])
    assert.ok((await second).some((d) => d.code === 'operative-terminator'))
  })

  it('completes the openers of the document language with their equivalents', async () => {
    const text = reference.replace('\n\nتدعو جميع', '\n\nو\n\nتدعو جميع')
    await client.open(uri, text)
    const line = text.split('\n').indexOf('و')
    const items = await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri}, position: {line, character: 1}})
    const affirming = items.find((item) => typedLabel(item) === 'وإذ تؤكد')!
    assert.ok(affirming, items.map((item) => typedLabel(item)).join(', '))
    const detail = `${affirming.detail ?? ''} ${JSON.stringify(affirming.documentation ?? '')}`
    for (const equivalent of ['Affirming', 'Affirmant', 'Afirmando']) assert.ok(detail.includes(equivalent), detail)
    assert.ok(items.some((item) => typedLabel(item) === 'وإذ تؤكد أيضا'), 'the also-form of an opener already used')
  })

  it('completes the identifier from the file’s own name among its siblings, and fixes a heading/identifier disagreement either way', async () => {
    for (const name of ['GA-2026-94-RES-01.fr.txt', 'GA-2026-94-RES-02.en.txt']) writeFileSync(path.join(folder, name), '')
    const own = pathToFileURL(path.join(folder, 'GA-2026-94-RES-02.fr.txt')).href
    await client.open(own, 'RÉSOLUTION N° 2\n\n')
    const items = await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri: own}, position: {line: 2, character: 0}})
    assert.deepEqual(items.map((item) => typedLabel(item)), ['GA-2026-94-RES-02', 'Objet :'])
    // A blank file: the whole-resolution snippet of its own language only, numbered as its name.
    const blank = pathToFileURL(path.join(folder, 'GA-2026-94-RES-03.fr.txt')).href
    await client.open(blank, '')
    const snippets = (await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri: blank}, position: {line: 0, character: 0}})).filter((item) => item.kind === 15)
    assert.deepEqual(snippets.map((item) => [typedLabel(item), (item.textEdit as TextEdit).newText.split('\n')[0]]), [['Resolution (French)', 'RÉSOLUTION N° 3']])

    // An untitled-like name: which side is wrong is unknown, so both fixes are offered, neither preferred over the other's range.
    const draft = pathToFileURL(path.join(folder, 'brouillon.fr.resolution')).href
    const diagnostics = await client.open(draft, 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-03\n')
    const mismatch = diagnostics.find((d) => d.code === 'identifier-consistency')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: draft}, range: mismatch.range, context: {diagnostics: [mismatch]}})
    const edits = actions.filter((action) => action.kind === 'quickfix' && action.edit?.changes).map((action) => [action.title, action.edit!.changes![draft]!])
    assert.deepEqual(edits, [
      ['Replace with “\u20683\u2069”', [{range: {start: {line: 0, character: 14}, end: {line: 0, character: 15}}, newText: '3'}]],
      ['Replace with “\u2068GA-2026-94-RES-02\u2069”', [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 17}}, newText: 'GA-2026-94-RES-02'}]]
    ])
  })

  it('hovers the identifier with its session, city and dates', async () => {
    await client.open(uri, reference)
    const result = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: 4, character: 5}})
    const value = typeof result.contents === 'string' ? result.contents : 'value' in result.contents ? result.contents.value : JSON.stringify(result.contents)
    assert.match(value, /93/)
    assert.match(value, /Marrakesh|مراكش/)
    assert.match(value, /24/)
    assert.match(value, /27/)
    assert.match(value, /2025/)
  })

  it('outlines 12 preamble and 5 operative entries; folds and selects by the tree', async () => {
    await client.open(uri, reference)
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((symbol) => [symbol, ...all(symbol.children ?? [])])
    const preamble = all(symbols).find((symbol) => /preamble/i.test(symbol.name))!
    assert.equal(preamble.children!.length, 12)
    // The Arabic document's names isolated right to left, for VS Code's left-to-right outline.
    assert.equal(preamble.children![2]!.name, rtl('وإذ تؤكد'))
    const operative = all(symbols).find((symbol) => /operative/i.test(symbol.name))!
    assert.deepEqual(operative.children!.map((symbol) => symbol.name), ['تدعو', '1. الاعتراف', '2. تشجيع', '3. مواصلة', '4. إقامة', '5. ضمان'].map(rtl))
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri}})
    assert.ok(folds.some((range) => range.startLine === 10 && range.endLine === 32), 'the preamble folds')
    const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', {textDocument: {uri}, positions: [{line: 38, character: 7}]})
    let depth = 0
    for (let range: SelectionRange | undefined = selection; range; range = range.parent) depth++
    assert.ok(depth >= 3)
  })

  it('formats to the canonical text, idempotently, without losing a word', async () => {
    await client.open(uri, reference)
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const formatted = applyEdits(reference, edits)
    assert.ok(formatted.includes('\n2. تشجيع'))
    await client.change(uri, 2, [{text: formatted}])
    const again = await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    assert.equal(applyEdits(formatted, again), formatted)
  })

  it('checks the English version clean and outlines it', async () => {
    const englishUri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.en.txt')).href
    const diagnostics = await client.open(englishUri, english)
    assert.deepEqual(diagnostics.map(codeOf), [])
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri: englishUri}})
    assert.ok(symbols.length > 0)
  })

  it('Go to Symbol in Workspace: the open documents\' outline entries holding the typed letters, through the isolation marks', async () => {
    const englishUri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-03.en.txt')).href
    await client.open(uri, reference)
    await client.open(englishUri, english)
    const found = async (query: string) =>
      (await client.request<WorkspaceSymbol[]>('workspace/symbol', {query})).map((symbol) => `${symbol.location.uri === uri ? 'ar' : 'en'} ${'range' in symbol.location ? symbol.location.range.start.line : '?'} ${symbol.name} < ${symbol.containerName}`)
    // Typed as an Arabic keyboard types it, without the text's shadda (تذكّر).
    assert.deepEqual(await found('تذكر'), [`ar 24 ${rtl('وإذ تذكر')} < Preamble`, `ar 26 ${rtl('وإذ تذكّر أيضا')} < Preamble`, `ar 32 ${rtl('وإذ تذكّر أخيرا')} < Preamble`])
    assert.deepEqual(await found('recalling'), ['en 22 RECALLING < Preamble', 'en 24 RECALLING ALSO < Preamble', 'en 30 RECALLING FINALLY < Preamble'])
    assert.equal((await found('')).length, 48)
  })
})

describe('the test client', () => {
  it('fails a wait as soon as the server exits, naming what it waited for: no clock decides', async () => {
    const client = await startClient({})
    const waiting = client.next('textDocument/publishDiagnostics')
    client.process.kill('SIGKILL')
    // Whichever the client hears first: the process's exit or its pipe's end.
    const gone = '(the server exited \\(SIGKILL\\)|the connection to the server closed)'
    await assert.rejects(waiting, {message: new RegExp(`^no textDocument/publishDiagnostics: ${gone}$`)})
    await assert.rejects(client.next('resolint/status'), {message: new RegExp(`^${gone}$`)})
    await client.stop()
  })
})
