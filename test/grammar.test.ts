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
 *
 * Right-to-left lines are one token (see the grammar's `right-to-left` rule):
 * their assertions name the line's scope where the inner pieces (opener,
 * numbers, dates, citations) used to be, and assert those pieces absent. The
 * second suite tokenises every Arabic line of the fixtures with vscode-textmate
 * (what VS Code runs) and proves it is one run.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {redosCheck} from './recheck.js'
import {INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawTheme} from 'vscode-textmate'
import {OnigScanner, OnigString, loadWASM} from 'vscode-oniguruma'

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
function assertedScopes(text: string, which: 'all' | 'required' = 'all'): Set<string> {
  const scopes = new Set<string>()
  for (const line of text.split('\n').filter(isAssertion)) {
    const words = (which === 'required' ? line.split(' - ')[0] : line).split(/\s+/)
    for (const word of words) if (word.endsWith('.ga-resolution')) scopes.add(word)
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
      'meta.identifier', 'entity.name.tag.identifier', 'constant.other.reference.resolution',
      'meta.subject', 'keyword.other.subject', 'meta.opening',
      'meta.paragraph.preamble', 'keyword.control.preamble',
      'meta.chapeau', 'punctuation.separator.chapeau',
      'meta.paragraph.operative', 'constant.numeric.paragraph-number', 'punctuation.separator.paragraph-number',
      'punctuation.definition.list', 'entity.name.function.operative',
      'constant.other.date', 'constant.numeric.day', 'constant.numeric.year',
      'meta.vote', 'keyword.other.vote', 'support.type.property-name.vote-label', 'constant.numeric.vote-count',
      'punctuation.separator.vote'
    ].map((scope) => `${scope}.ga-resolution`)
    for (const name of ['en.test.resolution', 'fr.test.resolution', 'es.test.resolution']) {
      const text = read(name)
      assert.ok(text.startsWith(header), `${name}: header`)
      const missing = core.filter((scope) => !assertedScopes(text, 'required').has(scope))
      assert.deepEqual(missing, [], `${name} asserts no ${missing.join(', ')}`)
    }
  })

  it('has Arabic assertion files that assert the scope of every part, and the inner pieces absent', () => {
    const lineScopes = [
      'markup.heading', 'meta.identifier', 'entity.name.tag.identifier', 'meta.subject', 'meta.opening',
      'meta.paragraph.preamble', 'meta.chapeau', 'meta.paragraph.operative', 'meta.vote'
    ].map((scope) => `${scope}.ga-resolution`)
    const pieces = [
      'entity.name.section', 'constant.numeric.resolution-number', 'keyword.other.subject', 'keyword.control.preamble',
      'entity.name.function.operative', 'constant.numeric.paragraph-number', 'constant.other.date', 'constant.other.reference.resolution',
      'keyword.other.vote', 'constant.numeric.vote-count'
    ].map((scope) => `${scope}.ga-resolution`)
    for (const name of ['ar.test.resolution', 'reference.ar.test.resolution']) {
      const text = read(name)
      assert.ok(text.startsWith(header), `${name}: header`)
      const required = assertedScopes(text, 'required')
      assert.deepEqual(lineScopes.filter((scope) => !required.has(scope)), [], `${name}: line scopes`)
      assert.deepEqual(pieces.filter((scope) => required.has(scope) || !assertedScopes(text).has(scope)), [], `${name}: pieces asserted absent`)
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

/** A letter of a right-to-left script (bidi class R or AL): what makes VS Code lay out a run right to left. */
const rightToLeftLetter = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u

/** Every text file under `folder` (recursively). */
function textFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(txt|resolution|md)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

let loaded: Promise<IGrammar> | undefined
/** The grammar in vscode-textmate on Oniguruma (WASM): the tokenizer VS Code runs, with `theme` set. */
function loadGrammar(): Promise<IGrammar> {
  loaded ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'))
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
    const registry = new Registry({
      onigLib: Promise.resolve({createOnigScanner: (patterns) => new OnigScanner(patterns), createOnigString: (text) => new OnigString(text)}),
      loadGrammar: async () => parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
    })
    registry.setTheme(theme)
    const grammar = await registry.loadGrammar('text.ga-resolution')
    assert.ok(grammar)
    return grammar
  })()
  return loaded
}

/** A theme giving every scope of the grammar its own colour, so that no two scopes draw alike. */
const theme: IRawTheme = {
  settings: [
    {settings: {foreground: '#000000'}},
    ...[...grammarNames].sort().map((scope, index) => ({scope, settings: {foreground: `#${(index + 1).toString(16).padStart(6, '0')}`}}))
  ]
}

interface Run {
  /** Distinct scope stacks of the line's tokens (vscode-textmate `tokenizeLine`). */
  stacks: string[]
  /** Tokens VS Code draws: `tokenizeLine2` merges neighbours of equal theme metadata. */
  drawn: number
}
function runsOf(grammar: IGrammar, line: string): Run {
  const {tokens} = grammar.tokenizeLine(line, INITIAL)
  const stacks = [...new Set(tokens.map((token) => token.scopes.join(' ')))]
  return {stacks, drawn: grammar.tokenizeLine2(line, INITIAL).tokens.length / 2}
}

/**
 * "One run" means: every token vscode-textmate gives for the line has the same
 * scope stack, and with a theme that colours every scope of the grammar
 * differently, `tokenizeLine2` (the binary tokens VS Code draws, neighbours of
 * equal metadata merged) gives exactly one token. Equal scope stacks draw alike
 * under any theme, so VS Code renders the line as one span, laid out by the
 * Unicode bidi algorithm as a whole, as in Plain Text. Every rule of the grammar
 * is one line long, so each line is tokenised from the initial state.
 */
describe('TextMate grammar: right-to-left lines are one run', () => {
  const sources = [
    ...textFiles(join(root, 'test/fixtures')),
    ...textFiles(join(root, 'examples')),
    ...testFiles.map((name) => join(testFolder, name))
  ]
  const arabicLines = sources.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/\r\n|\r|\n/)
      .filter((line) => rightToLeftLetter.test(line) && !isAssertion(line))
      .map((line) => ({file: file.slice(root.length + 1), line}))
  )

  it('tokenises every Arabic line of the fixtures, the examples and the grammar tests as one run', async () => {
    const grammar = await loadGrammar()
    // The reference alone has 24 paragraphs; a glob that found nothing cannot pass.
    assert.ok(sources.some((file) => file.endsWith('reference/GA-2025-93-RES-03.ar.txt')))
    assert.ok(sources.some((file) => file.endsWith('examples/GA-2025-93-RES-03.ar.txt')))
    assert.ok(arabicLines.length >= 70, `only ${arabicLines.length} Arabic lines found`)
    const cut = arabicLines.flatMap(({file, line}) => {
      const run = runsOf(grammar, line)
      return run.stacks.length === 1 && run.drawn === 1 ? [] : [`${file}: ${line.slice(0, 40)}… → ${run.stacks.join(' | ')}`]
    })
    assert.deepEqual(cut, [])
  })

  it('gives each Arabic part its scope, for the whole line', async () => {
    const grammar = await loadGrammar()
    const scopeOf = (line: string) => runsOf(grammar, line).stacks.join(' | ')
    assert.equal(scopeOf('قرار رقم 3'), 'text.ga-resolution markup.heading.ga-resolution')
    assert.equal(scopeOf('# قرار رقم 3'), 'text.ga-resolution markup.heading.ga-resolution')
    assert.equal(scopeOf('الموضوع: دعم'), 'text.ga-resolution meta.subject.ga-resolution')
    assert.equal(scopeOf('إن الجمعية العامة، المجتمعة في 24 تشرين الثاني/نوفمبر 2025،'), 'text.ga-resolution meta.opening.ga-resolution')
    assert.equal(scopeOf('في ضوء القرار GA-2021-89-RES-11،'), 'text.ga-resolution meta.paragraph.preamble.ga-resolution')
    assert.equal(scopeOf('تدعو جميع البلدان الأعضاء إلى:'), 'text.ga-resolution meta.chapeau.ga-resolution')
    assert.equal(scopeOf('- 2. تشجيع توقيع الاتفاقية؛'), 'text.ga-resolution meta.paragraph.operative.ga-resolution')
    assert.equal(scopeOf('اعتُمد: المؤيدون: 134، المعارضون: 0'), 'text.ga-resolution meta.vote.ga-resolution')
    assert.equal(scopeOf('وإذا كان الأمر كذلك،'), 'text.ga-resolution')
    // A Latin-script paragraph quoting one Arabic word is one run too.
    assert.equal(scopeOf('1. Welcomes the word قرار on 24 November 2025;'), 'text.ga-resolution meta.paragraph.operative.ga-resolution')
  })

  it('counts every letter of a right-to-left script, so no Arabic line escapes', async () => {
    const grammar = await loadGrammar()
    const line = (letter: string) => `1. Recognizes GA-2025-93-RES-03 of 24 November 2025 ${letter};`
    assert.ok(runsOf(grammar, line('x')).stacks.length > 1, 'the Latin line is in pieces (the check can fail)')
    const letters: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const letter = String.fromCharCode(code)
      if (rightToLeftLetter.test(letter)) letters.push(letter)
    }
    assert.ok(letters.length > 1000, `${letters.length} letters`)
    const missed = letters.filter((letter) => runsOf(grammar, line(letter)).drawn !== 1)
    assert.deepEqual(missed.map((letter) => `U+${letter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`), [])
  })

  it('keeps the detailed colours of Latin-script lines', async () => {
    const grammar = await loadGrammar()
    assert.deepEqual(runsOf(grammar, 'RESOLUTION No. 3').stacks, [
      'text.ga-resolution markup.heading.ga-resolution entity.name.section.ga-resolution',
      'text.ga-resolution markup.heading.ga-resolution',
      'text.ga-resolution markup.heading.ga-resolution constant.numeric.resolution-number.ga-resolution'
    ])
    assert.equal(runsOf(grammar, 'RECALLING resolution GA-2021-89-RES-11 of 24 November 2025,').drawn, 8)
  })
})
