// The packaged extension in a French VS Code: code-server started with `--locale fr` and a
// language pack of our own (run.mjs writes it: an empty translation of VS Code's strings but
// a few, registered in the user data folder's languagepacks.json; none can be downloaded
// here, and without one code-server keeps `vscode.env.language` at `en` whatever --locale says).
// Loaded only in that run (RESOLINT_E2E_SUITE=locale, see index.js), with:
//   RESOLINT_E2E_REFERENCE   the reference, inside the opened workspace folder
//   RESOLINT_E2E_DRAFT       an English draft beside it (a preamble paragraph ending `;`, heading No. 8 in RES-07)
//   RESOLINT_E2E_EXPECTED_FR the CLI's JSON report with `--locale fr` on the reference and the draft
//   RESOLINT_E2E_EXPECTED_AR the same with `--locale ar`
'use strict'

const assert = require('assert')
const fs = require('fs')
const path = require('path')
const vscode = require('vscode')
const {env, when} = require('./support')

const EXTENSION_ID = 'resolint.resolint'
// The catalogues' words for the draft's preamble paragraph ending `;` (preamble-terminator, a rule
// said in four languages since the catalogues' second step): « » with no-break spaces in French,
// the marks isolated (U+2068…U+2069).
// The editor is sent a message without the isolates that change nothing in a left-to-right line (quoted Latin text:
// `withoutNeedlessIsolates` in server/src/l10n); the hover and the CLI keep them.
const FRENCH_TERMINATOR = 'Un paragraphe du préambule se termine par «\u00a0,\u00a0», et non «\u00a0;\u00a0»'
const FRENCH_TERMINATOR_HOVER = 'Un paragraphe du préambule se termine par «\u00a0\u2068,\u2069\u00a0», et non «\u00a0\u2068;\u2069\u00a0»'
const isolatedText = /\u2068([^\u2068\u2069]*)\u2069/g
const leftToRight = /^(?:(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}])[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])*$/u
/** A message of the CLI as a left-to-right interface's editor is sent it. */
const leftToRightSaid = (text) =>
  text
    .split('\n')
    .map((line) => (leftToRight.test(line.replace(isolatedText, '')) ? line.replace(isolatedText, (whole, inner) => (leftToRight.test(inner) ? inner : whole)) : line))
    .join('\n')
// Arabic, each line of a diagnostic isolated right to left (U+2067 … U+2069) for VS Code's left-to-right panels.
const ARABIC_TERMINATOR = '\u2067تنتهي فقرة الديباجة بـ «\u2068,\u2069»، لا «\u2068;\u2069»\u2069'
const rightToLeft = (text) => text.split('\n').map((line) => `\u2067${line}\u2069`).join('\n')

const codeOf = (d) => (d.code !== null && typeof d.code === 'object' ? String(d.code.value) : String(d.code))
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'resolint')

/** The CLI's JSON report on `file` as `line:column rule message` lines (1-based; the note under the message, as a diagnostic has it; `said` as the editor says a message). */
function reportLines(report, file, said = (text) => text) {
  return (Array.isArray(report) ? report : [report])
    .filter((entry) => path.basename(entry.path || entry.file || '') === path.basename(file))
    .flatMap((entry) => entry.messages || [])
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${said(`${m.reason}${m.note ? `\n${m.note}` : ''}`)}`)
    .sort()
}
const diagnosticLines = (diagnostics) => diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).sort()

/** Wait for the diagnostics of `uri` to be exactly `expected` (lines as reportLines gives them); assert them equal. */
async function saysExactly(uri, expected, what) {
  const diagnostics = await when(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = ours(uri)
      return diagnosticLines(current).join('\n') === expected.join('\n') ? current : undefined
    },
    what
  ).catch(() => ours(uri))
  assert.deepStrictEqual(diagnosticLines(diagnostics), expected)
  return diagnostics
}

suite('resolint in a French VS Code', function () {
  let extension
  let uri
  let draft
  const catalogue = (name) => JSON.parse(fs.readFileSync(path.join(extension.extensionPath, name), 'utf8'))
  const report = (name) => JSON.parse(fs.readFileSync(env(name), 'utf8'))

  suiteSetup(async function () {
    extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension, `${EXTENSION_ID} is not installed`)
    uri = vscode.Uri.file(env('RESOLINT_E2E_REFERENCE'))
    draft = vscode.Uri.file(env('RESOLINT_E2E_DRAFT'))
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri))
    await extension.activate()
  })

  test('VS Code runs in French: vscode.env.language, which the language client sends as the LSP locale, is fr', () => {
    assert.strictEqual(vscode.env.language, 'fr')
  })

  test('the commands are titled from package.nls.fr.json', () => {
    const french = catalogue('package.nls.fr.json')
    const english = catalogue('package.nls.json')
    const fixAll = extension.packageJSON.contributes.commands.find((command) => command.command === 'resolint.fixAll')
    const title = typeof fixAll.title === 'object' ? fixAll.title.value : fixAll.title
    assert.strictEqual(title, french['command.fixAll'])
    assert.notStrictEqual(title, english['command.fixAll'])
  })

  test("VS Code's own bundle for the extension is l10n/bundle.l10n.fr.json (the client says its words from the bundle of resolint.locale, here the same)", () => {
    assert.ok(vscode.l10n.uri && vscode.l10n.uri.path.endsWith('/l10n/bundle.l10n.fr.json'), String(vscode.l10n.uri))
    assert.strictEqual(vscode.l10n.t('Restart'), catalogue('l10n/bundle.l10n.fr.json').Restart)
    assert.strictEqual(vscode.l10n.t('Restart'), 'Redémarrer')
  })

  test('the problems of the reference are said in French, word for word as `resolint --locale fr`', async function () {
    const french = reportLines(report('RESOLINT_E2E_EXPECTED_FR'), uri.fsPath, leftToRightSaid)
    assert.ok(french.length > 5, `${french.length} messages from the CLI`)
    await saysExactly(uri, french, 'the French diagnostics of the CLI on the reference')
  })

  test("an English draft's problems in French: the catalogue's sentence, the hover and the quick fix", async function () {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft))
    const diagnostics = await saysExactly(draft, reportLines(report('RESOLINT_E2E_EXPECTED_FR'), draft.fsPath, leftToRightSaid), 'the French diagnostics of the CLI on the draft')
    const terminator = diagnostics.find((d) => codeOf(d) === 'preamble-terminator')
    assert.ok(terminator, 'no preamble-terminator on the draft')
    assert.strictEqual(terminator.message, FRENCH_TERMINATOR)
    assert.deepStrictEqual([terminator.range.start.line, terminator.range.start.character], [18, 70])

    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', draft, terminator.range.start)) || []
    const hover = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value || ''))
      .find((text) => text.includes('preamble-terminator'))
    assert.ok(hover, `no hover on the problem: ${JSON.stringify(hovers)}`)
    const lines = hover.split('\n').filter(Boolean)
    assert.strictEqual(lines[0], `**${FRENCH_TERMINATOR_HOVER}**`)
    // The why, from the French rule page, and its link to that page, offline.
    assert.match(lines[1], /^Une résolution est une seule phrase/)
    assert.match(lines.at(-1), /^resolint `preamble-terminator` · \[documentation\]\(command:resolint\.showRuleDoc\?/)
    assert.ok(decodeURIComponent(lines.at(-1)).includes('["preamble-terminator","fr"]'), lines.at(-1))

    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft, terminator.range, vscode.CodeActionKind.QuickFix.value, 50)) || []
    const titles = actions.filter((action) => action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind)).map((action) => action.title)
    assert.deepStrictEqual(titles.slice(0, 2), ['Remplacer par «\u00a0\u2068,\u2069\u00a0»', 'Désactiver \u2068preamble-terminator\u2069 dans \u2068.resolintrc.json\u2069'])
  })

  test("resolint.locale ar over the English draft, in the French VS Code: its problems in Arabic, as `resolint --locale ar`, and the client's words (the preview's title)", async function () {
    const previewTab = (label) => () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === label)
    const name = path.basename(draft.fsPath)
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft))
    const french = when(vscode.window.tabGroups.onDidChangeTabs, previewTab(`Aperçu de ${name}`), `the preview titled « Aperçu de ${name} »`)
    await vscode.commands.executeCommand('resolint.openPreviewToSide', draft)
    await french
    const settings = vscode.workspace.getConfiguration('resolint')
    const arabic = when(vscode.window.tabGroups.onDidChangeTabs, previewTab(`معاينة ${name}`), `the preview titled « معاينة ${name} »`)
    await settings.update('locale', 'ar', vscode.ConfigurationTarget.Workspace)
    try {
      const diagnostics = await saysExactly(draft, reportLines(report('RESOLINT_E2E_EXPECTED_AR'), draft.fsPath, rightToLeft), 'the Arabic diagnostics of the CLI on the draft')
      assert.strictEqual(diagnostics.find((d) => codeOf(d) === 'preamble-terminator').message, ARABIC_TERMINATOR)
      await arabic
    } finally {
      await settings.update('locale', undefined, vscode.ConfigurationTarget.Workspace)
    }
    // Back to auto: the display language's French again.
    await saysExactly(draft, reportLines(report('RESOLINT_E2E_EXPECTED_FR'), draft.fsPath, leftToRightSaid), 'the French diagnostics again')
    await when(vscode.window.tabGroups.onDidChangeTabs, previewTab(`Aperçu de ${name}`), 'the French title again')
    await vscode.window.tabGroups.close(previewTab(`Aperçu de ${name}`)()).then(undefined, () => {})
  })

  test("a problem's rule link names the rule's French page (the page test opens it)", async function () {
    const terminator = () => ours(uri).find((d) => codeOf(d) === 'operative-terminator')
    const diagnostic = await when(vscode.languages.onDidChangeDiagnostics, terminator, 'the operative-terminator diagnostic')
    const target = diagnostic.code.target
    assert.deepStrictEqual([target.scheme, target.path, JSON.parse(target.query)], ['command', 'resolint.showRuleDoc', ['operative-terminator', 'fr']], target.toString())
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'docs', 'rules', 'fr', 'operative-terminator.md')), 'the French page is not shipped')
  })
})
