// The packaged extension in a French VS Code: code-server started with `--locale fr` and a
// language pack of our own (run.mjs writes it: an empty translation of VS Code's strings but
// a few, registered in the user data folder's languagepacks.json; none can be downloaded
// here, and without one code-server keeps `vscode.env.language` at `en` whatever --locale says).
// Loaded only in that run (RESOLINT_E2E_SUITE=locale, see index.js), with:
//   RESOLINT_E2E_REFERENCE   the reference, inside the opened workspace folder
'use strict'

const assert = require('assert')
const fs = require('fs')
const path = require('path')
const vscode = require('vscode')

const EXTENSION_ID = 'resolint.resolint'

const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: start code-server through test/e2e/run.mjs`)
  return value
}

suite('resolint in a French VS Code', function () {
  let extension
  let uri
  const catalogue = (name) => JSON.parse(fs.readFileSync(path.join(extension.extensionPath, name), 'utf8'))

  suiteSetup(async function () {
    this.timeout(60000)
    extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension, `${EXTENSION_ID} is not installed`)
    uri = vscode.Uri.file(env('RESOLINT_E2E_REFERENCE'))
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

  test("the client's own words come from l10n/bundle.l10n.fr.json", () => {
    assert.ok(vscode.l10n.uri && vscode.l10n.uri.path.endsWith('/l10n/bundle.l10n.fr.json'), String(vscode.l10n.uri))
    assert.strictEqual(vscode.l10n.t('Restart'), catalogue('l10n/bundle.l10n.fr.json').Restart)
    assert.strictEqual(vscode.l10n.t('Restart'), 'Redémarrer')
  })
})
