// The packaged extension, inside a real VS Code (code-server), through the `vscode` API.
// What the editor shows must be what the command line reports: run.mjs runs
// `node dist/cli.mjs --format json` and `--fix` on copies of the reference first and hands
// over the results in these environment variables:
//   RESOLINT_E2E_REFERENCE  the reference, inside the opened workspace folder
//   RESOLINT_E2E_EXPECTED   the CLI's JSON report (vfile-reporter-json) on an identical copy
//   RESOLINT_E2E_FIXED      an identical copy after `node dist/cli.mjs --fix`
//   RESOLINT_E2E_FIXED_EXPECTED  the CLI's JSON report on that fixed copy
// No fixed sleeps: every wait resolves on an event (or polling) for a state, bounded by support.js's patience().
'use strict'

const assert = require('assert')
const fs = require('fs')
const path = require('path')
const vscode = require('vscode')
const {env, patience, poll, when} = require('./support')

const EXTENSION_ID = 'resolint.resolint'
const LANGUAGE_ID = 'ga-resolution'
const SOURCE = 'resolint'

// ---------------------------------------------------------------- helpers

const codeOf = (diagnostic) =>
  diagnostic.code !== null && typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE)

/** Waits until the diagnostics of `uri` satisfy `check(diagnostics)`; resolves with them. */
function diagnosticsWhen(uri, check, what, bound = patience) {
  return when(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = ours(uri)
      return check(diagnostics) ? diagnostics : undefined
    },
    what,
    // Diagnostics that stopped changing short of the state will not reach it: the wait fails then, saying what they are.
    {bound, seen: () => fromDiagnostics(ours(uri)).join(', ') || 'no diagnostics'}
  )
}

/** Same waits, but on timeout hands back the current diagnostics so the assertion shows the difference. */
async function settledDiagnostics(uri, check, what, bound = patience) {
  try {
    return await diagnosticsWhen(uri, check, what, bound)
  } catch {
    return ours(uri)
  }
}

/** One comparable line per diagnostic: `startLine:startChar-endLine:endChar code` (0-based). */
const describeRange = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`
const fromDiagnostics = (diagnostics) => diagnostics.map((d) => `${describeRange(d.range)} ${codeOf(d)}`).sort(byPosition)

function byPosition(a, b) {
  const key = (s) => s.split(/[:\- ]/).slice(0, 4).map(Number)
  const [x, y] = [key(a), key(b)]
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return a < b ? -1 : a > b ? 1 : 0
}

/** The CLI's JSON report (1-based) as the same lines (0-based), for the file named like `fileName`. */
function fromCliReport(report, fileName) {
  const files = Array.isArray(report) ? report : [report]
  const file = files.find((f) => f && typeof f.path === 'string' && path.basename(f.path) === fileName)
  assert.ok(file, `the CLI report has no entry for ${fileName}: ${JSON.stringify(files.map((f) => f && f.path))}`)
  return file.messages
    .map((m) => {
      // vfile-reporter-json has line/column and endLine/endColumn; vfile messages also `place`.
      const place = m.place || {}
      const start = place.start || (place.line ? place : {line: m.line, column: m.column})
      const end = place.start ? place.end || start : {line: m.endLine ?? start.line, column: m.endColumn ?? start.column}
      const line = (start.line ?? 1) - 1
      const character = (start.column ?? 1) - 1
      const endLine = end.line == null ? line : end.line - 1
      const endCharacter = end.column == null ? character : end.column - 1
      return `${line}:${character}-${endLine}:${endCharacter} ${m.ruleId}`
    })
    .sort(byPosition)
}

async function replaceAll(document, text) {
  const edit = new vscode.WorkspaceEdit()
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text)
  assert.ok(await vscode.workspace.applyEdit(edit), 'could not restore the document text')
}

/** Applies a CodeAction (its edit, then its command) or runs a bare Command. */
async function applyAction(action) {
  if (typeof action.command === 'string') {
    await vscode.commands.executeCommand(action.command, ...(action.arguments || []))
    return
  }
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `could not apply: ${action.title}`)
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []))
}

const sameRange = (a, b) => a.start.isEqual(b.start) && a.end.isEqual(b.end)

/** Code actions of `kind` at `range` (edits resolved). */
async function codeActions(uri, range, kind) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind, 50)
  return actions || []
}

/** Whether the action's edit changes text inside `range` (the API command drops `diagnostics`). */
function editsWithin(action, uri, range) {
  if (!action.edit) return true // a command-only fix: nothing to tell it by
  return action.edit.entries().some(
    ([target, edits]) =>
      target.toString() === uri.toString() &&
      edits.some((e) => {
        const overlap = e.range && e.range.intersection(range)
        return overlap && (!overlap.isEmpty || e.range.isEqual(range))
      })
  )
}

/** The quick fix offered for `diagnostic`: by its diagnostics if given, else by where it edits. */
async function quickFixFor(uri, diagnostic) {
  let actions = []
  let fixes = []
  // The diagnostics shown may still be those of the text before the last edit or undo, for which the
  // server, already on the newer version, has no action: ask again until it has caught up.
  await poll(
    async () => {
      actions = await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)
      fixes = matchingFixes(actions, uri, diagnostic)
      return fixes.length > 0
    },
    `a quick fix for ${codeOf(diagnostic)}`,
    {every: 300}
  ).catch(() => {})
  assert.ok(
    fixes.length > 0,
    `no quick fix for ${codeOf(diagnostic)} at ${describeRange(diagnostic.range)}; actions offered: ${JSON.stringify(actions.map((a) => a.title))}`
  )
  return fixes.find((a) => a.isPreferred) || fixes[0]
}

/** The quick fixes among `actions` that answer `diagnostic`. */
function matchingFixes(actions, uri, diagnostic) {
  return actions.filter(
    (a) =>
      a.kind &&
      vscode.CodeActionKind.QuickFix.contains(a.kind) &&
      (a.diagnostics && a.diagnostics.length
        ? a.diagnostics.some((d) => codeOf(d) === codeOf(diagnostic) && sameRange(d.range, diagnostic.range))
        : editsWithin(a, uri, diagnostic.range))
  )
}

/** Text of an item label / insert text, whatever its shape. */
const textOf = (value) =>
  value == null ? '' : typeof value === 'string' ? value : typeof value.label === 'string' ? value.label : String(value.value ?? '')

const hoverText = (hovers) =>
  hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value ?? ''))
    .join('\n')

// ---------------------------------------------------------------- the suite

suite('resolint in VS Code', function () {
  let uri
  let document
  let original
  let expected // the CLI's diagnostics, as lines of fromCliReport
  let active = false // the extension activated: otherwise every later test fails at once
  let matched = false // the diagnostics equalled the CLI's once: later tests wait for that state again
  let none = false // no diagnostic came at all: later waits for diagnostics are short
  // After no diagnostic came at all, later waits for diagnostics are short: they would only fail slowly.
  const waitFor = () => (none ? 3000 : patience())

  const lines = () => original.split(/\r?\n/)

  /** Diagnostics equal to the CLI's, waited for (once they have matched), else as they are. */
  const settled = () =>
    matched
      ? settledDiagnostics(uri, (d) => JSON.stringify(fromDiagnostics(d)) === JSON.stringify(expected), 'the CLI diagnostics again')
      : Promise.resolve(ours(uri))

  suiteSetup(async function () {
    uri = vscode.Uri.file(env('RESOLINT_E2E_REFERENCE'))
    document = await vscode.workspace.openTextDocument(uri)
    await vscode.window.showTextDocument(document)
    original = document.getText()
    expected = fromCliReport(JSON.parse(fs.readFileSync(env('RESOLINT_E2E_EXPECTED'), 'utf8')), path.basename(uri.fsPath))
  })

  setup(function () {
    const first = this.currentTest && this.currentTest.title.startsWith('opening the reference')
    if (!first && !active) throw new Error(`${EXTENSION_ID} did not activate (see the first test)`)
  })

  // Leave the reference as it was for the next test, whatever this one did.
  teardown(async function () {
    if (document && !document.isClosed && document.getText() !== original) {
      await replaceAll(document, original)
      await settled()
    }
  })

  test('opening the reference activates resolint.resolint, language ga-resolution', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    const others = vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.'))
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed; extensions present: ${others.join(', ') || 'none'}`)
    await poll(() => extension.isActive, `${EXTENSION_ID} to activate`)
    active = true
    assert.strictEqual(document.languageId, LANGUAGE_ID)
  })

  test('diagnostics equal the CLI report (ranges and rule ids)', async function () {
    assert.ok(expected.length > 0, 'the CLI reports nothing on the reference, which has known defects')
    const same = (d) => JSON.stringify(fromDiagnostics(d)) === JSON.stringify(expected)
    const got = await settledDiagnostics(uri, same, 'the diagnostics of the CLI')
    none = got.length === 0
    for (const d of got) assert.ok(d.code !== undefined && d.code !== '', `diagnostic without a rule id: ${d.message}`)
    assert.deepStrictEqual(fromDiagnostics(got), expected)
    matched = true
  })

  test('resolutions wrap their long lines: editor.wordWrap is `on`, by the extension\'s default for ga-resolution', async function () {
    // run.mjs writes no wordWrap to the user settings: the value comes from package.json's configurationDefaults.
    const editor = vscode.workspace.getConfiguration('editor', document)
    const wordWrap = editor.inspect('wordWrap')
    assert.strictEqual(wordWrap.defaultLanguageValue, 'on', JSON.stringify(wordWrap))
    assert.strictEqual(wordWrap.globalValue, undefined, 'the user settings set wordWrap: the default is not what is tested')
    assert.strictEqual(editor.get('wordWrap'), 'on')
    assert.deepStrictEqual(editor.get('unicodeHighlight.allowedCharacters'), {'\u200e': true, '\u200f': true, '\u061c': true})
  })

  test('a message quotes Arabic inside bidi isolates, so it reads right in an English sentence', async function () {
    const wrong = (d) => codeOf(d) === 'operative-terminator' && document.getText(d.range) === '؟'
    const diagnostic = (await settledDiagnostics(uri, (ds) => ds.some(wrong), 'operative-terminator on `؟`', waitFor)).find(wrong)
    assert.ok(diagnostic, `no operative-terminator diagnostic on \`؟\`: ${fromDiagnostics(ours(uri)).join('; ')}`)
    assert.strictEqual(diagnostic.message, 'An operative paragraph ends with \u201c\u2068؛\u2069\u201d, not \u201c\u2068؟\u2069\u201d')
  })

  test('quick fix removes the stray list marker `-` before `2.` and nothing else', async function () {
    const line = lines().findIndex((text) => /^-\s*2\./.test(text))
    assert.ok(line >= 0, 'the reference has no line starting with `- 2.`')
    const onLine = (d) => codeOf(d) === 'operative-numbering' && d.range.start.line === line
    await settled()
    const candidates = (await settledDiagnostics(uri, (ds) => ds.some(onLine), `operative-numbering on line ${line}`, waitFor)).filter(onLine)
    assert.ok(candidates.length > 0, `no operative-numbering diagnostic on line ${line}: ${fromDiagnostics(ours(uri)).join('; ')}`)
    const diagnostic = candidates.find((d) => d.range.start.character === 0) || candidates[0]
    assert.match(document.getText(diagnostic.range), /-/, 'the diagnostic does not cover the `-`')

    await applyAction(await quickFixFor(uri, diagnostic))

    const before = lines()
    const after = document.getText().split(/\r?\n/)
    assert.strictEqual(after.length, before.length, 'the fix added or removed lines')
    assert.strictEqual(after[line], before[line].replace(/^-\s*/, ''), 'line after the fix')
    for (let i = 0; i < before.length; i++) if (i !== line) assert.strictEqual(after[i], before[i], `line ${i} changed`)
  })

  test('quick fix replaces the wrong terminator `؟` with `؛`', async function () {
    const wrong = (d) => codeOf(d) === 'operative-terminator' && document.getText(d.range).includes('؟')
    await settled()
    const diagnostic = (await settledDiagnostics(uri, (ds) => ds.some(wrong), 'operative-terminator on `؟`', waitFor)).find(wrong)
    assert.ok(diagnostic, `no operative-terminator diagnostic covering \`؟\`: ${fromDiagnostics(ours(uri)).join('; ')}`)
    const offset = original.indexOf('؟', document.offsetAt(diagnostic.range.start))

    await applyAction(await quickFixFor(uri, diagnostic))

    assert.strictEqual(document.getText(), original.slice(0, offset) + '؛' + original.slice(offset + 1))
  })

  test('source.fixAll.resolint gives the text of `resolint --fix`', async function () {
    const fixed = fs.readFileSync(env('RESOLINT_E2E_FIXED'), 'utf8')
    assert.notStrictEqual(fixed, original, 'the CLI --fix left the reference unchanged (it has fixable defects)')
    await settled()
    await settledDiagnostics(uri, (d) => d.length > 0, 'some diagnostics', waitFor)
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(original.length))
    const actions = await codeActions(uri, whole, 'source.fixAll.resolint')
    const fixAll = actions.find((a) => a.kind && a.kind.value === 'source.fixAll.resolint')
    assert.ok(fixAll, `no source.fixAll.resolint action; offered: ${JSON.stringify(actions.map((a) => [a.title, a.kind && a.kind.value]))}`)

    await applyAction(fixAll)

    assert.strictEqual(document.getText(), fixed)
  })

  test('the command "resolint: Fix all auto-fixable problems" gives the text of `resolint --fix`', async function () {
    const fixed = fs.readFileSync(env('RESOLINT_E2E_FIXED'), 'utf8')
    assert.ok((await vscode.commands.getCommands(true)).includes('resolint.fixAll'), 'resolint.fixAll is not registered')
    await vscode.window.showTextDocument(document)
    await settled()
    await settledDiagnostics(uri, (d) => d.length > 0, 'some diagnostics', waitFor)

    await vscode.commands.executeCommand('resolint.fixAll')

    assert.strictEqual(document.getText(), fixed)
  })

  test('a diagnostic\'s rule link opens the page shipped in the extension, in a Markdown preview', async function () {
    const diagnostic = (await settledDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'operative-terminator'), 'operative-terminator', waitFor)).find(
      (d) => codeOf(d) === 'operative-terminator'
    )
    assert.ok(diagnostic, 'no operative-terminator diagnostic')
    const target = diagnostic.code.target
    assert.ok(target, 'the diagnostic has no link')
    assert.deepStrictEqual([target.scheme, target.path, JSON.parse(target.query)], ['command', 'resolint.showRuleDoc', ['operative-terminator']], target.toString())
    const preview = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && /operative-terminator\.md/.test(tab.label))
    const opened = when(vscode.window.tabGroups.onDidChangeTabs, preview, 'a Markdown preview of operative-terminator.md')
    // What the link does when clicked: run its command with its arguments.
    await vscode.commands.executeCommand(target.path, ...JSON.parse(target.query))
    await opened
    // The tab object of the event may be replaced as the preview loads: close the current one.
    await poll(() => preview(), 'the preview tab')
    await vscode.window.tabGroups.close(preview()).then(undefined, () => vscode.commands.executeCommand('workbench.action.closeActiveEditor'))
    await vscode.window.showTextDocument(document)
  })

  test("a hover's `[docs]` link opens the bundled page too: a trusted command link, that command only", async function () {
    const diagnostic = (await settledDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'operative-terminator'), 'operative-terminator', waitFor)).find(
      (d) => codeOf(d) === 'operative-terminator'
    )
    assert.ok(diagnostic, 'no operative-terminator diagnostic')
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, diagnostic.range.start)
    const contents = hovers.flatMap((hover) => hover.contents).filter((content) => content instanceof vscode.MarkdownString && content.value.includes('[docs]('))
    assert.ok(contents.length > 0, 'no hover with a docs link')
    for (const content of contents) {
      assert.ok(content.value.includes('[docs](command:resolint.showRuleDoc?%5B%22operative-terminator%22%5D)'), content.value)
      assert.ok(!content.value.includes('https://github.com/resolint/resolint/blob/main/docs/rules/'), content.value)
      assert.deepStrictEqual(content.isTrusted, {enabledCommands: ['resolint.showRuleDoc']})
    }
  })

  test('completion at the start of a new preamble paragraph offers `وإذ تؤكد`', async function () {
    const all = lines()
    const last = all.findIndex((text) => text.startsWith('وإذ تذكّر أخيرا'))
    assert.ok(last >= 0, 'the 12th preamble paragraph (`وإذ تذكّر أخيرا`) is not in the reference')
    // As a drafter does: at the end of the 12th paragraph, Enter twice.
    const edit = new vscode.WorkspaceEdit()
    edit.insert(uri, new vscode.Position(last, all[last].length), '\n\n')
    assert.ok(await vscode.workspace.applyEdit(edit))
    const at = new vscode.Position(last + 2, 0)
    assert.strictEqual(document.lineAt(at.line).text, '')

    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, at)
    const items = (list && list.items) || []
    const found = items.some((item) =>
      [textOf(item.label), textOf(item.insertText), item.filterText || ''].some((t) => t.trim().startsWith('وإذ تؤكد'))
    )
    assert.ok(found, `\`وإذ تؤكد\` not offered; items: ${JSON.stringify(items.map((item) => textOf(item.label)).slice(0, 40))}`)
  })

  test('hover on GA-2025-93-RES-03 tells the 93rd session in Marrakesh', async function () {
    const offset = original.indexOf('GA-2025-93-RES-03')
    assert.ok(offset >= 0, 'the identifier is not in the reference')
    const at = document.positionAt(offset + 'GA-2025-'.length)
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at)) || []
    assert.ok(hovers.length > 0, 'no hover on the identifier')
    const text = hoverText(hovers)
    assert.match(text, /93/, `hover: ${text}`)
    assert.match(text, /مراكش|Marrakesh/, `hover: ${text}`)
  })

  test('document symbols: 12 preamble and 5 operative paragraphs', async function () {
    const symbols = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) || []
    assert.ok(symbols.length > 0, 'no document symbols')
    assert.ok(Array.isArray(symbols[0].children), 'document symbols are flat (SymbolInformation); expected nested DocumentSymbols')
    const all = lines()
    const firstPreamble = all.findIndex((text) => text.startsWith('في ضوء'))
    const firstOperative = all.findIndex((text) => /^1\./.test(text))
    const rootAt = (line) => symbols.find((s) => s.range.start.line <= line && line <= s.range.end.line && s.children.length > 0)
    const outline = JSON.stringify(symbols.map((s) => [s.name, s.children.length]))

    const preamble = rootAt(firstPreamble)
    assert.ok(preamble, `no root symbol with children around line ${firstPreamble} (preamble); roots: ${outline}`)
    assert.strictEqual(preamble.children.length, 12, `preamble entries; roots: ${outline}`)

    const operative = rootAt(firstOperative)
    assert.ok(operative && operative !== preamble, `no root symbol with children around line ${firstOperative} (operative); roots: ${outline}`)
    const numbered = []
    const walk = (s) => {
      if (/^\u2067?\s*-?\s*\d+/.test(s.name)) numbered.push(s.name)
      else s.children.forEach(walk)
    }
    operative.children.forEach(walk)
    // The Arabic names isolated right to left (U+2067 … U+2069): the outline is laid out left to right.
    assert.deepStrictEqual(numbered, ['1. الاعتراف', '2. تشجيع', '3. مواصلة', '4. إقامة', '5. ضمان'].map((name) => `\u2067${name}\u2069`))
  })

  test('.resolintrc.json turning operative-terminator off removes its diagnostics, no restart', async function () {
    const terminator = (line) => line.endsWith(' operative-terminator')
    assert.ok(expected.some(terminator), 'the CLI reports no operative-terminator on the reference')
    await settled()
    await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'operative-terminator'), 'operative-terminator diagnostics', waitFor)

    const folder = vscode.workspace.getWorkspaceFolder(uri) || (vscode.workspace.workspaceFolders || [])[0]
    assert.ok(folder, 'no workspace folder is open')
    const config = vscode.Uri.joinPath(folder.uri, '.resolintrc.json')
    // Listen before writing, so the change cannot be missed.
    const gone = diagnosticsWhen(
      uri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'operative-terminator'),
      'operative-terminator diagnostics to go after writing .resolintrc.json'
    )
    try {
      await vscode.workspace.fs.writeFile(config, Buffer.from(JSON.stringify({rules: {'operative-terminator': 'off'}}, null, 2) + '\n'))
      const left = await gone
      assert.deepStrictEqual(fromDiagnostics(left), expected.filter((line) => !terminator(line)))
    } finally {
      await gone.catch(() => {})
      await vscode.workspace.fs.delete(config).then(undefined, () => {})
    }
    // Deleted, the file no longer applies: the CLI's diagnostics again (which the crash tests start from).
    const back = await settledDiagnostics(uri, (d) => JSON.stringify(fromDiagnostics(d)) === JSON.stringify(expected), 'the CLI diagnostics after deleting .resolintrc.json')
    assert.deepStrictEqual(fromDiagnostics(back), expected, 'after deleting .resolintrc.json')
  })

  test('Go to Symbol in Workspace lists a folder\'s resolution files on disk, follows `.resolintignore`, and lists them no more once the folder is deleted', async function () {
    const folder = vscode.workspace.getWorkspaceFolder(uri) || (vscode.workspace.workspaceFolders || [])[0]
    assert.ok(folder, 'no workspace folder is open')
    // A copy of the reference, never opened, two folders down.
    const drafts = path.join(folder.uri.fsPath, 'e2e-drafts')
    const ignore = path.join(folder.uri.fsPath, '.resolintignore')
    const make = () => {
      fs.mkdirSync(path.join(drafts, 'sub'), {recursive: true})
      fs.copyFileSync(uri.fsPath, path.join(drafts, 'sub', 'GA-2025-93-RES-41.ar.txt'))
    }
    const listed = async () => {
      const symbols = (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'تذكر')) || []
      // In VS Code's order (by how well each matches): sorted here.
      return symbols.filter((symbol) => symbol.location.uri.fsPath.startsWith(drafts + path.sep)).map((symbol) => `${path.relative(drafts, symbol.location.uri.fsPath)} ${symbol.location.range.start.line}`).sort()
    }
    const copy = ['sub/GA-2025-93-RES-41.ar.txt 24', 'sub/GA-2025-93-RES-41.ar.txt 26', 'sub/GA-2025-93-RES-41.ar.txt 32']
    /** The entries listed once they are `expected`, or, if they stop changing short of it, as they are. */
    const until = async (expected, what) => {
      let seen = []
      await poll(async () => JSON.stringify((seen = await listed())) === JSON.stringify(expected), what, {seen: () => seen.join(', ') || 'none'}).catch(() => {})
      return seen
    }
    try {
      make()
      assert.deepStrictEqual(await until(copy, 'the copy in e2e-drafts/sub listed'), copy)
      // Left out by a `.resolintignore` written beside it, back in once it is deleted.
      fs.writeFileSync(ignore, 'e2e-drafts/\n')
      assert.deepStrictEqual(await until([], 'the copy left out by .resolintignore'), [], 'after writing .resolintignore')
      fs.rmSync(ignore)
      assert.deepStrictEqual(await until(copy, 'the copy back after deleting .resolintignore'), copy, 'after deleting .resolintignore')
      // Deleted through VS Code's file service (as the Explorer does), then as `rm -rf` does.
      await vscode.workspace.fs.delete(vscode.Uri.file(drafts), {recursive: true, useTrash: false})
      assert.deepStrictEqual(await until([], 'the deleted folder\'s entries to go'), [], 'after deleting the folder in VS Code')
      make()
      assert.deepStrictEqual(await until(copy, 'the copy listed again'), copy, 'after making the folder again')
      fs.rmSync(drafts, {recursive: true, force: true})
      assert.deepStrictEqual(await until([], 'the deleted folder\'s entries to go'), [], 'after rm -rf')
    } finally {
      fs.rmSync(drafts, {recursive: true, force: true})
      fs.rmSync(ignore, {force: true})
    }
  })
})

// ---------------------------------------------------------------- crashes of the server

/**
 * The language servers this extension host started: its child processes running
 * dist/server.cjs (read from /proc, so another VS Code on the machine is never touched).
 */
function serverProcesses() {
  const pids = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      // pid (comm) state ppid ...: comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid !== process.pid) continue
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')
      if (args.some((arg) => arg.endsWith(path.join('dist', 'server.cjs')))) pids.push(Number(name))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** Kills the one running server with SIGKILL; resolves with the pid of the one the client restarts. */
async function crashServer() {
  const running = await poll(() => (serverProcesses().length === 1 ? serverProcesses() : undefined), 'exactly one resolint server process')
  process.kill(running[0], 'SIGKILL')
  const restarted = await poll(
    () => serverProcesses().find((pid) => pid !== running[0]),
    `a new server process after killing ${running[0]} (the client should restart it)`
  )
  return {killed: running[0], restarted}
}

// Last in the window: the second crash leaves the reference unchecked for good.
suite('resolint after its server crashes', function () {
  let uri
  let document
  let original
  let fixed // the text of `resolint --fix`
  let expected // the CLI's diagnostics on the reference
  let expectedFixed // ... and on the fixed text: neither the original's nor an empty list
  let other // a second resolution document, opened after the crashes
  const sameAs = (lines) => (d) => JSON.stringify(fromDiagnostics(d)) === JSON.stringify(lines)

  suiteSetup(async function () {
    uri = vscode.Uri.file(env('RESOLINT_E2E_REFERENCE'))
    const name = path.basename(uri.fsPath)
    expected = fromCliReport(JSON.parse(fs.readFileSync(env('RESOLINT_E2E_EXPECTED'), 'utf8')), name)
    expectedFixed = fromCliReport(JSON.parse(fs.readFileSync(env('RESOLINT_E2E_FIXED_EXPECTED'), 'utf8')), name)
    fixed = fs.readFileSync(env('RESOLINT_E2E_FIXED'), 'utf8')
    assert.ok(expectedFixed.length > 0 && JSON.stringify(expectedFixed) !== JSON.stringify(expected), 'the fixed text must have diagnostics of its own')
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`)
    await poll(() => extension.isActive, `${EXTENSION_ID} to activate`)
    document = await vscode.workspace.openTextDocument(uri)
    original = fs.readFileSync(uri.fsPath, 'utf8')
    if (document.getText() !== original) await replaceAll(document, original)
    // Same base name (the language comes from `….ar.txt`), in a folder of its own.
    other = vscode.Uri.file(path.join(path.dirname(uri.fsPath), 'after-crash', name))
    fs.mkdirSync(path.dirname(other.fsPath), {recursive: true})
    fs.writeFileSync(other.fsPath, original)
  })

  suiteTeardown(async function () {
    if (document && !document.isClosed && document.getText() !== original) await replaceAll(document, original).catch(() => {})
    if (other) fs.rmSync(path.dirname(other.fsPath), {recursive: true, force: true})
  })

  test('killed once, the server is restarted and checks the active document again', async function () {
    await vscode.window.showTextDocument(document)
    const before = await settledDiagnostics(uri, sameAs(expected), 'the CLI diagnostics before the crash')
    assert.deepStrictEqual(fromDiagnostics(before), expected, 'before the crash')

    await crashServer()
    // The restart empties the diagnostics; the new server gets the document with its current
    // text. Change it: only a server that has the document can report the fixed text's problems.
    await replaceAll(document, fixed)
    const got = await settledDiagnostics(uri, sameAs(expectedFixed), 'the diagnostics of the fixed text from the restarted server')
    assert.deepStrictEqual(fromDiagnostics(got), expectedFixed)
  })

  test('killed again with the same document active, that document is no longer checked, others are', async function () {
    assert.strictEqual(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString(), uri.toString(), 'the reference is not the active editor')
    assert.deepStrictEqual(fromDiagnostics(ours(uri)), expectedFixed, 'the reference is not checked before the second crash')

    await crashServer()
    // Nothing stale: the restart drops the diagnostics of the old server...
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the diagnostics of the crashed server to go')
    // ... and the new one is not given the document: an edit reports nothing.
    await replaceAll(document, original)

    // Another resolution is checked by the restarted server, on open and on change. Its change
    // goes the same way (didChange, debounce) as the reference's edit above, later: once its
    // diagnostics are in, any for the reference would be too.
    const second = await vscode.workspace.openTextDocument(other)
    await vscode.window.showTextDocument(second)
    const opened = await settledDiagnostics(other, sameAs(expected), 'the CLI diagnostics on another resolution')
    assert.deepStrictEqual(fromDiagnostics(opened), expected, 'another resolution opened after the crashes')
    await replaceAll(second, fixed)
    const changed = await settledDiagnostics(other, sameAs(expectedFixed), 'the fixed text diagnostics on another resolution')
    assert.deepStrictEqual(fromDiagnostics(changed), expectedFixed, 'another resolution after an edit')

    assert.deepStrictEqual(fromDiagnostics(ours(uri)), [], 'the reference, excluded after two crashes, still has diagnostics')
  })
})
