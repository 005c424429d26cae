// The preview, through the `vscode` API inside the real VS Code: the commands open a webview
// beside the editor, and the command a click in the preview runs reveals the paragraph's line in
// the editor. (The page test, preview.mjs, clicks the webview itself and takes the screenshot.)
// Works on its own copy of the reference in a subfolder: extension.test.js, which runs first, ends
// by crashing the server on the reference itself.
'use strict'

const assert = require('assert')
const fs = require('fs')
const path = require('path')
const vscode = require('vscode')
const {poll, when} = require('./support')

/** The tab of resolint's preview, if one is open. */
const previewTab = () =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('resolint.preview'))

// Read when mocha loads the files, before extension.test.js edits the reference.
const reference = process.env.RESOLINT_E2E_REFERENCE
const original = reference && fs.existsSync(reference) ? fs.readFileSync(reference, 'utf8') : undefined

suite('resolint preview in VS Code', function () {
  let uri

  suiteSetup(async function () {
    if (!reference || original === undefined) throw new Error('RESOLINT_E2E_REFERENCE is not set: start code-server through test/e2e/run.mjs')
    const folder = path.join(path.dirname(reference), 'preview')
    fs.mkdirSync(folder, {recursive: true})
    const copy = path.join(folder, path.basename(reference))
    fs.writeFileSync(copy, original)
    uri = vscode.Uri.file(copy)
    const document = await vscode.workspace.openTextDocument(uri)
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One)
    // Checked: the server knows the document (its diagnostics came).
    await when(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'resolint'), 'the copy to be checked')
  })

  suiteTeardown(async () => {
    const tab = previewTab()
    if (tab) await vscode.window.tabGroups.close(tab)
  })

  test('the preview commands are there, and "Open Preview to the Side" opens the preview beside the editor', async () => {
    const commands = await vscode.commands.getCommands(true)
    for (const command of ['resolint.openPreview', 'resolint.openPreviewToSide', 'resolint.preview.revealLine']) assert.ok(commands.includes(command), command)
    await vscode.commands.executeCommand('resolint.openPreviewToSide')
    const tab = await when(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'the preview tab')
    assert.equal(tab.label, `Preview ${path.basename(uri.fsPath)}`)
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two)
    // To the side: the editor keeps the focus.
    assert.equal(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString(), uri.toString())
  })

  test('a click on a paragraph (the command it runs) reveals its line in the editor, in the editor\'s column', async () => {
    const editor = vscode.window.activeTextEditor
    assert.ok(editor, 'an editor')
    editor.selection = new vscode.Selection(0, 0, 0, 0)
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop)
    // What the webview posts when operative paragraph 4 (line 41, 0-based 40) is clicked.
    await vscode.commands.executeCommand('resolint.preview.revealLine', uri.toString(), 40, 0)
    const shown = vscode.window.activeTextEditor
    assert.equal(shown.document.uri.toString(), uri.toString())
    assert.equal(shown.viewColumn, vscode.ViewColumn.One)
    assert.deepEqual([shown.selection.active.line, shown.selection.active.character, shown.selection.isEmpty], [40, 0, true])
    await when(vscode.window.onDidChangeTextEditorVisibleRanges, () => shown.visibleRanges.some((range) => range.start.line <= 40 && 40 <= range.end.line), 'line 41 to be visible')
    assert.ok(shown.document.lineAt(40).text.startsWith('- 4.'))
    // A problem's mark carries its character: the `؟` of paragraph 2.
    await vscode.commands.executeCommand('resolint.preview.revealLine', uri.toString(), 38, 122)
    assert.equal(vscode.window.activeTextEditor.document.getText(new vscode.Range(38, 122, 38, 123)), '؟')
    assert.deepEqual([vscode.window.activeTextEditor.selection.active.line, vscode.window.activeTextEditor.selection.active.character], [38, 122])
  })

  test('the preview is told to follow the editor\'s scrolling, not only its cursor, and a click still reveals', async () => {
    const editor = vscode.window.activeTextEditor
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the copy in the editor')
    const cursor = editor.selection.active
    // The line the preview is asked to scroll to (the webview's own scrolling is measured by the page test, preview.mjs).
    const scrolledTo = async () => ((await vscode.commands.executeCommand('resolint.preview.scrollState', uri.toString())) || {}).scrolledTo
    const topIs = async (line, what) => {
      let last
      await poll(async () => (last = await scrolledTo()) === line, what).catch((error) => {
        throw new Error(`${error.message}: the preview was last asked to scroll to line ${last}`)
      })
    }
    // Preamble paragraph 4 (line 17, 0-based 16) at the top of the editor: the preview scrolls to it.
    editor.revealRange(new vscode.Range(16, 0, 16, 0), vscode.TextEditorRevealType.AtTop)
    await when(vscode.window.onDidChangeTextEditorVisibleRanges, () => editor.visibleRanges[0] && editor.visibleRanges[0].start.line === 16, 'line 17 at the top of the editor')
    await topIs(16, 'the preview to follow to line 17')
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop)
    await topIs(0, 'the preview to follow back to the top')
    // Scrolling moved neither the cursor nor the focus.
    assert.deepEqual([vscode.window.activeTextEditor.selection.active.line, vscode.window.activeTextEditor.selection.active.character], [cursor.line, cursor.character])
    await vscode.commands.executeCommand('resolint.preview.revealLine', uri.toString(), 40, 0)
    assert.equal(vscode.window.activeTextEditor.selection.active.line, 40)
  })
})
