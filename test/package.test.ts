/** The packaged extension: what the .vsix holds and its size (under 1 MB). */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const vsce = path.join(root, 'node_modules/.bin/vsce')
const flags = ['--no-dependencies', '--allow-missing-repository', '--skip-license']

describe('the .vsix', function () {
  this.timeout(120_000)

  it('holds the bundles, the contributed data and the rule pages, no sources or tests', () => {
    const listing = spawnSync(vsce, ['ls', '--no-dependencies'], {cwd: root, encoding: 'utf8'})
    assert.equal(listing.status, 0, listing.stderr)
    const files = listing.stdout.split('\n').filter(Boolean).sort()
    // Every rule page, in each language, which a diagnostic's link opens offline (client/src/ruleDocs.ts).
    const pages = readdirSync(path.join(root, 'docs/rules'), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`)
    assert.ok(pages.length >= 4 * 20, `${pages.length} rule pages`)
    // The commands' and settings' words in each interface language (test/nls.test.ts).
    const nlsFiles = readdirSync(root).filter((name) => /^package\.nls(\.[a-z]+)?\.json$/.test(name))
    assert.equal(nlsFiles.length, 4, nlsFiles.join(', '))
    const bundles = readdirSync(path.join(root, 'l10n')).map((name) => `l10n/${name}`)
    assert.equal(bundles.length, 4, bundles.join(', '))
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      ...pages,
      'dist/extension.cjs',
      'dist/server.cjs',
      'language-configuration.json',
      'media/preview.css',
      'media/preview.js',
      'package.json',
      ...nlsFiles,
      ...bundles,
      'schemas/resolintrc.schema.json',
      'syntaxes/ga-resolution.tmLanguage.json'
    ].sort())
  })

  it('wraps long lines in resolutions and does not highlight the bidi marks of pasted text', () => {
    // A paragraph is one line; the marks (LRM, RLM, ALM) only hint the display and the checker
    // reads through them. Embeddings, overrides and isolates stay visible: they reorder text.
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    assert.deepEqual(manifest.contributes.configurationDefaults, {
      '[ga-resolution]': {
        'editor.wordWrap': 'on',
        'editor.unicodeHighlight.allowedCharacters': {'\u200E': true, '\u200F': true, '\u061C': true}
      }
    })
  })

  it('colours no bracket pairs: a coloured bracket is a run of its own and scrambles an Arabic line', () => {
    // Like the grammar's one token per Arabic line (test/grammar.test.ts); brackets still match.
    const configuration = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'))
    assert.deepEqual(configuration.colorizedBracketPairs, [])
    assert.deepEqual(configuration.brackets, [['(', ')'], ['[', ']']])
  })

  it('offers fix-all in the command palette and the editor context menu of resolutions, and the client registers every command', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    const resolutions = 'editorLangId == ga-resolution'
    const {menus} = manifest.contributes
    const inPalette = (command: string) => menus.commandPalette.filter((entry: {command: string}) => entry.command === command)
    assert.deepEqual(inPalette('resolint.fixAll'), [{command: 'resolint.fixAll', when: resolutions}])
    assert.deepEqual(inPalette('resolint.showRuleDoc'), [{command: 'resolint.showRuleDoc', when: 'false'}], 'the rule-page command takes a rule: links run it')
    assert.deepEqual(menus['editor/context'], [{command: 'resolint.fixAll', when: resolutions, group: '1_modification@10'}])
    const fixAll = manifest.contributes.commands.find((command: {command: string}) => command.command === 'resolint.fixAll')
    assert.deepEqual(fixAll, {command: 'resolint.fixAll', title: '%command.fixAll%', category: 'resolint'})
    const client = readdirSync(path.join(root, 'client/src')).map((name) => readFileSync(path.join(root, 'client/src', name), 'utf8')).join('\n')
    for (const {command} of manifest.contributes.commands as Array<{command: string}>) assert.ok(client.includes(`'${command}'`), command)
  })

  it('is packed by vsce and stays under 1 MB', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-vsix-'))
    try {
      const out = path.join(folder, 'resolint.vsix')
      const result = spawnSync(vsce, ['package', ...flags, '-o', out], {cwd: root, encoding: 'utf8'})
      assert.equal(result.status, 0, result.stderr + result.stdout)
      const size = statSync(out).size
      assert.ok(size < 1024 * 1024, `${size} bytes`)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
