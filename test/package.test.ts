/** The packaged extension: what the .vsix holds and its size (under 1 MB). */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const vsce = path.join(root, 'node_modules/.bin/vsce')
const flags = ['--no-dependencies', '--allow-missing-repository', '--skip-license']

describe('the .vsix', function () {
  this.timeout(120_000)

  it('holds the bundles and the contributed data, no sources or tests', () => {
    const listing = spawnSync(vsce, ['ls', '--no-dependencies'], {cwd: root, encoding: 'utf8'})
    assert.equal(listing.status, 0, listing.stderr)
    const files = listing.stdout.split('\n').filter(Boolean).sort()
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/extension.cjs',
      'dist/server.cjs',
      'language-configuration.json',
      'media/preview.css',
      'media/preview.js',
      'package.json',
      'schemas/resolintrc.schema.json',
      'snippets/ga-resolution.json',
      'syntaxes/ga-resolution.tmLanguage.json'
    ])
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
