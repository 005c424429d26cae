/** The `resolint` command as a user runs it: the bundle `dist/cli.mjs`, real files, exit codes. */
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cliEnv} from './helpers.js'
import {explanations} from '../server/src/core/explanations.js'

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const referencePath = path.join(fixtures, 'reference/GA-2025-93-RES-03.ar.txt')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', timeout: 60_000, env: cliEnv})
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
    assert.ok(stdout.includes('GA-2025-93-RES-03.ar.txt:39:123  error  An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069”  operative-terminator\n'), stdout)
    assert.match(stdout.trimEnd().split('\n').at(-1)!, /^1 file checked: \d+ errors?, \d+ warnings?, \d+ info \(\d+ fixable with --fix\)$/)
  })

  it('a reader that closes the pipe early (`| head`) gets no stack trace, and the exit code stays the check\'s', async () => {
    copyFileSync(referencePath, path.join(folder, 'GA-2025-93-RES-03.ar.txt'))
    const child = spawn(process.execPath, [cli, 'GA-2025-93-RES-03.ar.txt'], {cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv})
    child.stdout.destroy() // closed long before the child has loaded, so its report meets a closed pipe
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise((resolve) => child.on('close', resolve))
    assert.equal(stderr, '')
    assert.equal(code, 1)
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

  it('--fix makes the fixes its fixes reveal in the same run (`٣.` → `3.` → `1.`), and says so: a second run changes nothing', () => {
    const target = path.join(folder, 'GA-2025-93-RES-11.ar.txt')
    const clean = readFileSync(new URL('../examples/clean/GA-2025-93-RES-11.ar.txt', import.meta.url), 'utf8')
    writeFileSync(target, clean.replace('\n\nتدعو', '\n\n٣. تقرر إنشاء فريق عامل؛\n\nتدعو'))
    const {code, stdout} = run(['--fix', 'GA-2025-93-RES-11.ar.txt'], folder)
    assert.equal(readFileSync(target, 'utf8'), clean.replace('\n\nتدعو', '\n\n1. تقرر إنشاء فريق عامل؛\n\nتدعو'))
    assert.deepEqual([code, stdout.trimEnd().split('\n').at(-1)], [0, '1 file checked, no problems; fixed 2 problems in 1 file'])
    run(['--fix', 'GA-2025-93-RES-11.ar.txt'], folder)
    assert.equal(readFileSync(target, 'utf8'), clean.replace('\n\nتدعو', '\n\n1. تقرر إنشاء فريق عامل؛\n\nتدعو'))
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
    assert.deepEqual(result.fixes[0].artifactChanges[0].replacements[0].deletedRegion, {startLine: 39, startColumn: 123, endLine: 39, endColumn: 124})
    // A message with no certain fix but two suggestions offers both, as the editor's quick fixes do.
    const disagreeing = run0.results.find((entry: {ruleId: string}) => entry.ruleId === 'citation-session-year')
    assert.deepEqual(
      disagreeing.fixes.map((fix: {description: {text: string}; artifactChanges: Array<{replacements: Array<{insertedContent: {text: string}}>}>}) => [fix.description.text, fix.artifactChanges[0]!.replacements[0]!.insertedContent.text]),
      [
        ['Replace with “\u2068GA-2022-90-RES-05\u2069”', 'GA-2022-90-RES-05'],
        ['Replace with “\u2068GA-2021-89-RES-05\u2069”', 'GA-2021-89-RES-05']
      ]
    )
    const rule = run0.tool.driver.rules[result.ruleIndex]
    assert.equal(rule.name, 'operative-terminator')
    assert.equal(rule.helpUri, 'https://github.com/resolint/resolint/blob/main/docs/rules/operative-terminator.md')
    assert.deepEqual(rule.defaultConfiguration, {level: 'error', enabled: true})
    assert.equal(rule.fullDescription.text, explanations['operative-terminator'])
    assert.match(rule.shortDescription.text, /^[^\n]+\.$/)
    assert.ok(rule.help.text.startsWith(explanations['operative-terminator']!))
    assert.deepEqual(run0.tool.driver.rules.find((entry: {id: string}) => entry.id === 'preamble-repeated-opening').defaultConfiguration, {level: 'note', enabled: true})
  })

  it('reads .resolintrc.json from the folder upward', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'off'}}))
    const {stdout} = run(['a.resolution'], folder)
    assert.ok(!stdout.includes('operative-terminator'))
  })

  it('a malformed config is one clear line naming the file, the key and its place; the valid part applies; exit 2', () => {
    copyFileSync(referencePath, path.join(folder, 'a.resolution'))
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'loud', 'digit-style': 'off'}}))
    const {code, stdout} = run(['a.resolution'], folder)
    assert.equal(code, 2)
    assert.equal(
      stdout.split('\n')[0],
      '.resolintrc.json:1:11  error  “\u2068rules.operative-terminator\u2069”: expected “off”, “info”, “warn”, “error” or [level, options], not "loud"'
    )
    assert.ok(stdout.includes('operative-terminator\n'), 'the rule keeps its default')
    assert.ok(!stdout.includes('    at '), 'no stack trace')
  })

  it('a missing file and a glob that match nothing: exit 2, each named, not counted as checked; the others are checked', () => {
    copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'b.resolution'))
    const {code, stdout} = run(['missing.resolution', 'b.resolution', 'drafts/*.txt'], folder)
    assert.equal(
      stdout,
      [
        'missing.resolution  error  no such file or folder',
        'drafts/*.txt  error  no files match this glob',
        'b.resolution: no issues found',
        '1 file checked, no problems; 2 not checked',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
  })

  it('a folder named on the command line with no resolution file in it (named like one, empty, or other files only): exit 2, named; a folder given again is not', () => {
    mkdirSync(path.join(folder, 'GA-2025-93-RES-09.en.txt'))
    mkdirSync(path.join(folder, 'notes'))
    writeFileSync(path.join(folder, 'notes', 'minutes.txt'), 'RECALLING nothing,')
    mkdirSync(path.join(folder, 'drafts'))
    copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'drafts', 'b.resolution'))
    const {code, stdout} = run(['GA-2025-93-RES-09.en.txt', 'notes', 'drafts', 'drafts'], folder)
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-09.en.txt  error  a folder with no resolution file to check',
        'notes  error  a folder with no resolution file to check',
        'drafts/b.resolution: no issues found',
        '1 file checked, no problems; 2 not checked',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
    assert.equal(run(['drafts'], folder).code, 0)
  })

  it('an unreadable file is reported with its reason, the others are still checked; exit 2', () => {
    chmodSync(folder, 0o755)
    writeFileSync(path.join(folder, 'a.resolution'), 'x')
    chmodSync(path.join(folder, 'a.resolution'), 0)
    copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'b.resolution'))
    // Root reads anything: run as `nobody` then.
    const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    const result = spawnSync(process.execPath, [cli, 'a.resolution', 'b.resolution'], {cwd: folder, encoding: 'utf8', timeout: 60_000, env: cliEnv, ...asUser})
    const {status: code, stdout} = result
    assert.equal(stdout, 'a.resolution  error  permission denied: not checked\nb.resolution: no issues found\n1 file checked, no problems; 1 not checked\n')
    assert.equal(code, 2)
  })

  it('in folders checks only resolution files (identifier names of the three eras, UN symbols, *.resolution, *.resolution.txt, the .md forms); files given by name always', () => {
    const english = readFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'))
    mkdirSync(path.join(folder, 'drafts'))
    for (const name of ['GA-2025-93-RES-03.en.txt', 'AG-2014-RES-03.en.txt', 'AGN-68-RES-5.en.txt', 'GA-2025-93-RES-03.en.md', 'A-RES-80-5.en.txt', 'A_RES_80_5.md', 'A-RESOLUTION.txt', 'draft.resolution', 'draft.resolution.txt', 'notes.txt', 'minutes.md', 'draft.docx']) {
      writeFileSync(path.join(folder, 'drafts', name), english)
    }
    const {stdout} = run(['drafts', 'drafts/notes.txt'], folder)
    const checked = stdout.split('\n').filter((line) => line.startsWith('drafts/')).map((line) => line.split(/[: ]/)[0])
    assert.deepEqual([...new Set(checked)], [
      'drafts/A-RES-80-5.en.txt',
      'drafts/AG-2014-RES-03.en.txt',
      'drafts/AGN-68-RES-5.en.txt',
      'drafts/A_RES_80_5.md',
      'drafts/GA-2025-93-RES-03.en.md',
      'drafts/GA-2025-93-RES-03.en.txt',
      'drafts/draft.resolution',
      'drafts/draft.resolution.txt',
      'drafts/notes.txt'
    ])
    assert.match(stdout.trimEnd().split('\n').at(-1)!, /^9 files checked/)
  })

  it('reads .resolintignore (gitignore syntax) in folders and globs', () => {
    const english = readFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'))
    mkdirSync(path.join(folder, 'old'))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-09.en.txt'), english)
    writeFileSync(path.join(folder, 'old', 'GA-2024-92-RES-01.en.txt'), english)
    writeFileSync(path.join(folder, '.resolintignore'), '# drafts set aside\nold/\n*-RES-09.*\n')
    assert.deepEqual(
      run(['.'], folder).stdout.split('\n').filter((line) => line.endsWith('no issues found')),
      ['GA-2025-93-RES-03.en.txt: no issues found']
    )
    assert.deepEqual(
      run(['**/*.txt'], folder).stdout.split('\n').filter((line) => line.endsWith('no issues found')),
      ['GA-2025-93-RES-03.en.txt: no issues found']
    )
  })

  it('--fix says which files it fixed and how many fixes each', () => {
    copyFileSync(referencePath, path.join(folder, 'GA-2025-93-RES-03.ar.txt'))
    // In another folder: not a version of the same resolution (those are checked against each other).
    mkdirSync(path.join(folder, 'en'))
    copyFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'en', 'GA-2025-93-RES-03.en.txt'))
    const {stdout} = run(['--fix', '.'], folder)
    const lines = stdout.trimEnd().split('\n')
    assert.equal(lines[0], 'GA-2025-93-RES-03.ar.txt: fixed 10 problems')
    assert.ok(lines.includes('en/GA-2025-93-RES-03.en.txt: no issues found'), stdout)
    assert.equal(lines.at(-1), '2 files checked: 0 errors, 5 warnings, 1 info; fixed 10 problems in 1 file')
    const json = run(['--fix', '--format', 'json', '.'], folder)
    assert.equal(json.stderr, '', 'nothing left to fix')
  })

  it('the README\'s first command, `resolint examples/`, says what the README says of each example', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const {code, stdout} = run(['examples/'], root)
    const lines = stdout.trimEnd().split('\n')
    // The adopted Arabic text as published: the README gives the number of its problems.
    const stated = /resolint reports its (\d+) problems on purpose/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))
    assert.ok(stated, 'the README no longer says how many problems the adopted text has')
    assert.equal(lines.filter((line) => line.startsWith('examples/GA-2025-93-RES-03.ar.txt:')).length, Number(stated[1]), stdout)
    assert.ok(lines.some((line) => line.startsWith('examples/draft.en.resolution:')), stdout)
    // One resolution of our own in four languages, clean.
    for (const language of ['ar', 'en', 'fr', 'es']) assert.ok(lines.includes(`examples/clean/GA-2025-93-RES-11.${language}.txt: no issues found`), stdout)
    assert.match(lines.at(-1)!, /^6 files checked: \d+ errors/)
    assert.equal(code, 1)
  })

  it('bad usage: exit 2 with a one-line message', () => {
    const unknown = run(['--nope'], folder)
    assert.equal(unknown.code, 2)
    assert.equal(unknown.stderr, 'resolint: unknown option \u2068--nope\u2069\nRun resolint --help to see the options.\n')
    const format = run(['--format', 'xml', 'a'], folder)
    assert.equal(format.code, 2)
    assert.equal(format.stderr, 'resolint: \u2068--format\u2069 takes “\u2068text\u2069”, “\u2068json\u2069” or “\u2068sarif\u2069”, not “\u2068xml\u2069”\n')
    assert.equal(run([], folder).code, 2)
  })
})
