/** The `resolint` command as a user runs it: the bundle `dist/cli.mjs`, real files, exit codes. */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const referencePath = path.join(fixtures, 'reference/GA-2025-93-RES-03.ar.txt')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('resolint (command line)', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-cli-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  it('reports `file:line:column  severity  message  rule-id` and a summary, exit 1 on errors', () => {
    copyFileSync(referencePath, path.join(folder, 'GA-2025-93-RES-03.ar.txt'))
    const {code, stdout} = run(['GA-2025-93-RES-03.ar.txt'], folder)
    assert.equal(code, 1)
    assert.ok(stdout.includes('GA-2025-93-RES-03.ar.txt:39:123  error  Unexpected `؟` at the end of an operative paragraph, expected `؛`  operative-terminator\n'), stdout)
    assert.match(stdout.trimEnd().split('\n').at(-1)!, /^1 file checked: \d+ errors?, \d+ warnings?, \d+ info \(\d+ fixable with `--fix`\)$/)
  })

  it('checks folders and clean files: exit 0', () => {
    copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'GA-2025-93-RES-03.en.txt'))
    const {code, stdout} = run(['.'], folder)
    assert.equal(stdout, 'GA-2025-93-RES-03.en.txt: no issues found\n1 file checked, no problems\n')
    assert.equal(code, 0)
  })

  it('--fix fixes what is certain, leaves every other byte, and a second run changes nothing', () => {
    const target = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    copyFileSync(referencePath, target)
    const before = readFileSync(target, 'utf8')
    run(['--fix', 'GA-2025-93-RES-03.ar.txt'], folder)
    const after = readFileSync(target, 'utf8')
    // Exactly the certain fixes, every other byte as it was.
    const expected = before
      .replace('دورتما', 'دورتها')
      .replace('كانون الأول /ديسمبر', 'كانون الأول/ديسمبر')
      .replace('GA-2008-RES-07', 'AG-2008-RES-07')
      .replace('GA-2012-81-RES-08', 'AG-2012-RES-08')
      .replace('GA 2022 90 RES-01', 'GA-2022-90-RES-01')
      .replace('السارية؟', 'السارية؛')
      .replace(/^- (\d\.)/gm, '$1')
    assert.equal(after, expected)
    assert.deepEqual(readdirSync(folder), ['GA-2025-93-RES-03.ar.txt'], 'no temporary file is left')
    run(['--fix', 'GA-2025-93-RES-03.ar.txt'], folder)
    assert.equal(readFileSync(target, 'utf8'), after)
  })

  it('--format json gives vfile-reporter-json output', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    const {stdout} = run(['--format', 'json', 'a.resolution'], folder)
    type Point = {line: number; column: number}
    const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; place: {start: Point; end: Point}}>}>
    assert.equal(files.length, 1)
    assert.equal(files[0]!.path, 'a.resolution')
    assert.deepEqual(
      files[0]!.messages.filter((message) => message.ruleId === 'operative-terminator').map((m) => [m.line, m.column, m.place.end.line, m.place.end.column]),
      [[39, 123, 39, 124]]
    )
  })

  it('--format sarif gives a SARIF 2.1.0 log with rules, levels, UTF-16 regions and fixes', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    const log = JSON.parse(run(['--format', 'sarif', 'a.resolution'], folder).stdout)
    assert.equal(log.version, '2.1.0')
    const run0 = log.runs[0]
    assert.equal(run0.tool.driver.name, 'resolint')
    assert.equal(run0.columnKind, 'utf16CodeUnits')
    const result = run0.results.find((entry: {ruleId: string}) => entry.ruleId === 'operative-terminator')
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'operative-terminator')
    assert.equal(result.level, 'error')
    assert.deepEqual(result.locations[0].physicalLocation.region, {startLine: 39, startColumn: 123, endLine: 39, endColumn: 124})
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '؛')
  })

  it('reads .resolintrc.json from the folder upward', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'off'}}))
    const {stdout} = run(['a.resolution'], folder)
    assert.ok(!stdout.includes('operative-terminator'))
  })

  it('a malformed config is one clear line naming the file and the key; exit 2', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'loud'}}))
    const {code, stdout} = run(['a.resolution'], folder)
    assert.equal(code, 2)
    assert.ok(stdout.includes('a.resolution  error  .resolintrc.json (`rules.operative-terminator`): expected `"off"`, `"info"`, `"warn"`, `"error"` or `[level, options]`, not "loud"\n'), stdout)
    assert.ok(!stdout.includes('    at '), 'no stack trace')
  })

  it('an unreadable file is reported, the others are still checked; exit 2', function () {
    if (process.getuid?.() === 0) {
      // Root reads anything: use a missing file instead of a permission.
      copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'b.resolution'))
      const {code, stdout} = run(['missing.resolution', 'b.resolution'], folder)
      assert.equal(code, 2)
      assert.ok(stdout.includes('missing.resolution  error  No such file or folder\n'), stdout)
      assert.ok(stdout.includes('b.resolution: no issues found'), stdout)
      return
    }
    writeFileSync(path.join(folder, 'a.resolution'), 'x')
    chmodSync(path.join(folder, 'a.resolution'), 0)
    assert.equal(run(['a.resolution'], folder).code, 2)
  })

  it('bad usage: exit 2 with a one-line message', () => {
    const unknown = run(['--nope'], folder)
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /^resolint: Unknown option '--nope'/)
    const format = run(['--format', 'xml', 'a'], folder)
    assert.equal(format.code, 2)
    assert.equal(format.stderr, 'resolint: Unexpected format `xml`, expected `text`, `json` or `sarif`\n')
    assert.equal(run([], folder).code, 2)
  })
})
