/**
 * The TextMate grammar (`syntaxes/ga-resolution.tmLanguage.json`), tested with
 * vscode-tmgrammar-test, without an npm script: `npx mocha test/grammar.test.ts`.
 *
 * The assertion files are `test/grammar/*.test.resolution`. Their first line is
 * `// SYNTAX TEST "text.ga-resolution" "…"`: vscode-tmgrammar-test takes the
 * comment token from that line's first word, so `//` marks assertion lines even
 * though the language has no comments. A line starting `//` followed by `^` or
 * `<-` is an assertion about the source line above it and is not tokenized;
 * every other line is source. Two assertion forms are used:
 *
 * - `//    ^^^^ scope …` — the columns under the carets (Latin lines);
 * - `// <~~~~---- scope …` — from column = number of `~`, length = number of `-`
 *   (Arabic lines, where carets would not line up under right-to-left text,
 *   and tokens in the first columns, which carets cannot reach).
 *
 * Columns are UTF-16 offsets: a combining mark (ّ) or a bidi mark (U+200F)
 * counts as one. `scope - other` also asserts that `other` is absent.
 * `reference.ar.test.resolution` is the reference resolution verbatim (checked
 * below against the fixture), so a defect in it can never be "fixed" to make
 * the grammar pass.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {redosCheck} from './recheck.js'

// mocha runs from the repository root (where .mocharc.json is); this works whether
// the test folder is compiled as CommonJS or as ESM.
const root = process.cwd()
const grammarPath = join(root, 'syntaxes/ga-resolution.tmLanguage.json')
const tool = join(root, 'node_modules/.bin/vscode-tmgrammar-test')
const testFolder = join(root, 'test/grammar')
const header = '// SYNTAX TEST "text.ga-resolution"'

/** Run vscode-tmgrammar-test; `cwd` matters: it also loads grammars from `./package.json`. */
function runTool(grammar: string, glob: string, cwd: string) {
  const result = spawnSync(tool, ['-g', grammar, glob], {cwd, encoding: 'utf8'})
  return {status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}`}
}

const testFiles = readdirSync(testFolder).filter((name) => name.endsWith('.test.resolution'))
const read = (name: string) => readFileSync(join(testFolder, name), 'utf8')
const isAssertion = (line: string) => /^\/\/\s*(\^|<~*-)/.test(line)
/** Scope names a test file asserts (required or excluded). */
function assertedScopes(text: string): Set<string> {
  const scopes = new Set<string>()
  for (const line of text.split('\n').filter(isAssertion)) {
    for (const word of line.split(/\s+/)) if (word.endsWith('.ga-resolution')) scopes.add(word)
  }
  return scopes
}

interface Rule {
  [key: string]: unknown
}
/** Every `name`/capture name and every regex (`match`, `begin`, `end`) in the grammar. */
function walk(value: unknown, names: Set<string>, regexes: Array<{path: string; source: string}>, path = ''): void {
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, names, regexes, `${path}/${index}`))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Rule)) {
      if (key === 'name' && typeof child === 'string' && path !== '') for (const n of child.split(' ')) names.add(n)
      else if ((key === 'match' || key === 'begin' || key === 'end') && typeof child === 'string')
        regexes.push({path: `${path}/${key}`, source: child})
      else walk(child, names, regexes, `${path}/${key}`)
    }
  }
}

const grammar: unknown = JSON.parse(readFileSync(grammarPath, 'utf8'))
const grammarNames = new Set<string>()
const grammarRegexes: Array<{path: string; source: string}> = []
walk(grammar, grammarNames, grammarRegexes)

describe('TextMate grammar', () => {
  it('passes every assertion in test/grammar/*.test.resolution', () => {
    const {status, output} = runTool('syntaxes/ga-resolution.tmLanguage.json', 'test/grammar/*.test.resolution', root)
    assert.equal(status, 0, `vscode-tmgrammar-test failed:\n${output}`)
    for (const name of testFiles) assert.match(output, new RegExp(`${name.replace(/\./g, '\\.')} run successfuly`), output)
  })

  it('fails on a wrong assertion, so the run above cannot pass vacuously', () => {
    // A temporary folder with no package.json: only the grammar given with -g is loaded.
    const folder = mkdtempSync(join(tmpdir(), 'resolint-grammar-'))
    try {
      const source = `${header} "negative check"\nRESOLUTION No. 3\n`
      writeFileSync(join(folder, 'right.test.resolution'), `${source}//             ^ constant.numeric.resolution-number.ga-resolution\n`)
      writeFileSync(join(folder, 'wrong.test.resolution'), `${source}//             ^ keyword.control.preamble.ga-resolution\n`)

      const right = runTool(grammarPath, join(folder, 'right.test.resolution'), folder)
      assert.equal(right.status, 0, `the correct assertion should pass:\n${right.output}`)

      const wrong = runTool(grammarPath, join(folder, 'wrong.test.resolution'), folder)
      assert.notEqual(wrong.status, 0, `the wrong assertion should fail:\n${wrong.output}`)
      assert.match(wrong.output, /missing required scopes: keyword\.control\.preamble\.ga-resolution/, wrong.output)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('has assertion files that assert, for each language, every structural scope', () => {
    const core = [
      'markup.heading', 'entity.name.section', 'constant.numeric.resolution-number',
      'meta.identifier', 'entity.name.tag.identifier', 'constant.other.reference.interpol', 'constant.other.reference.un',
      'meta.subject', 'keyword.other.subject', 'meta.opening',
      'meta.paragraph.preamble', 'keyword.control.preamble',
      'meta.chapeau', 'punctuation.separator.chapeau',
      'meta.paragraph.operative', 'constant.numeric.paragraph-number', 'punctuation.separator.paragraph-number',
      'punctuation.definition.list', 'entity.name.function.operative',
      'constant.other.date', 'constant.numeric.day', 'constant.numeric.year',
      'meta.vote', 'keyword.other.vote', 'support.type.property-name.vote-label', 'constant.numeric.vote-count',
      'punctuation.separator.vote'
    ].map((scope) => `${scope}.ga-resolution`)
    for (const name of ['en.test.resolution', 'fr.test.resolution', 'es.test.resolution', 'ar.test.resolution', 'reference.ar.test.resolution']) {
      const text = read(name)
      assert.ok(text.startsWith(header), `${name}: header`)
      const missing = core.filter((scope) => !assertedScopes(text).has(scope))
      assert.deepEqual(missing, [], `${name} asserts no ${missing.join(', ')}`)
    }
  })

  it('asserts every scope the grammar defines', () => {
    const asserted = new Set(testFiles.flatMap((name) => [...assertedScopes(read(name))]))
    const unasserted = [...grammarNames].filter((scope) => !asserted.has(scope))
    assert.deepEqual(unasserted, [])
  })

  it('covers Arabic with diacritics and tatweel, and lines opening with U+200F', () => {
    const sources = testFiles.flatMap((name) => read(name).split('\n').slice(1).filter((line) => !isAssertion(line)))
    assert.ok(sources.some((line) => /^\u200F[\u0600-\u06FF]/.test(line)), 'an Arabic line starting with U+200F')
    assert.ok(sources.some((line) => /^\u200E[A-Z]/.test(line)), 'a Latin line starting with U+200E')
    assert.ok(sources.some((line) => /[\u064B-\u065F\u0670]/.test(line)), 'an Arabic line with diacritics')
    assert.ok(sources.some((line) => /\u0640/.test(line)), 'an Arabic line with tatweel')
  })

  it('embeds the reference resolution verbatim', () => {
    const embedded = read('reference.ar.test.resolution').split('\n').slice(1).filter((line) => !isAssertion(line))
    const reference = readFileSync(join(root, 'test/fixtures/reference/GA-2025-93-RES-03.ar.txt'), 'utf8')
    assert.equal(embedded.join('\n').replace(/\n$/, ''), reference.replace(/\n$/, ''))
  })

  it('has regexes free of super-linear backtracking (recheck)', function () {
    this.timeout(0) // bounded by the analysis's own limits (see recheck.ts), not by time
    // recheck reads JavaScript regexes: rewrite Oniguruma's `\x{…}` and drop the
    // inline case-insensitivity `(?i:…)`, which changes no backtracking structure.
    const failures = grammarRegexes.flatMap(({path, source}) => {
      const js = source.replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}').replace(/\(\?i:/g, '(?:')
      const result = redosCheck(js, 'u')
      return result.status === 'safe' ? [] : [`${path}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.summary})` : ''}`]
    })
    assert.deepEqual(failures, [])
  })
})
