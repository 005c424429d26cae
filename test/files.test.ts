/**
 * Safe with any file (issue 10): configuration is JSON data only, nothing
 * around a document hangs, crashes or runs code, and `--fix` never loses
 * text. Every case is built in a temporary folder; the command line runs
 * with a `timeout` as a safety net only: each verdict is on its output.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseConfig, scanJson} from '../server/src/config.js'
import {ConfigLookup, maxConfigBytes} from '../server/src/files/config-lookup.js'
import {decode, encode, readTextFile, readTextFileAsync} from '../server/src/files/read.js'
import {cliEnv} from './helpers.js'
import {translate, type Message} from '../server/src/l10n/index.js'
import {writeFixed} from '../server/src/files/write.js'

/** A refusal as the English report says it (the files layer gives a catalogue `Message`). */
const inEnglish = <T extends object>(result: T): T => ('reason' in result ? {...result, reason: translate('en', result.reason as Message)} : result)

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const arabic = readFileSync(path.join(fixtures, 'reference/GA-2025-93-RES-03.ar.txt'), 'utf8')
const english = readFileSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), 'utf8')
const isRoot = process.getuid?.() === 0

/** Root reads and writes anything: permission cases run as `nobody` then. */
const nobody = {uid: 65534, gid: 65534}

function run(args: string[], cwd: string, user?: {uid: number; gid: number}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', timeout: 60_000, env: cliEnv, ...(user && isRoot ? user : {})})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** `mkfifo`: a FIFO that nobody writes, which blocks whoever opens it for reading without O_NONBLOCK. */
function mkfifo(file: string) {
  const result = spawnSync('mkfifo', [file])
  assert.equal(result.status, 0, String(result.stderr))
}

describe('files: configuration is JSON data only', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-files-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  it('never loads .resolintrc.js, .mjs, .cjs, .yml, .yaml, .resolintrc or package.json#resolint, in the folder or a parent', () => {
    const child = path.join(folder, 'drafts')
    mkdirSync(child)
    const marker = path.join(folder, 'MARKER')
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\nmodule.exports = {}\n`
    const esm = `import {writeFileSync} from 'node:fs'\nwriteFileSync(${JSON.stringify(marker)}, 'ran')\nexport default {}\n`
    writeFileSync(path.join(folder, 'plugin.cjs'), code)
    for (const place of [folder, child]) {
      writeFileSync(path.join(place, '.resolintrc.js'), esm)
      writeFileSync(path.join(place, '.resolintrc.mjs'), esm)
      writeFileSync(path.join(place, '.resolintrc.cjs'), code)
      writeFileSync(path.join(place, '.resolintrc.yml'), `plugins:\n  - ${path.join(folder, 'plugin.cjs')}\n`)
      writeFileSync(path.join(place, '.resolintrc.yaml'), `plugins:\n  - ${path.join(folder, 'plugin.cjs')}\n`)
      writeFileSync(path.join(place, '.resolintrc'), JSON.stringify({plugins: [path.join(folder, 'plugin.cjs')]}))
      writeFileSync(path.join(place, 'package.json'), JSON.stringify({name: 'x', resolint: {plugins: [path.join(folder, 'plugin.cjs')]}}))
    }
    writeFileSync(path.join(child, 'GA-2025-93-RES-03.en.txt'), english)
    const {code: exit, stdout} = run(['.'], child)
    assert.equal(stdout, 'GA-2025-93-RES-03.en.txt: no issues found\n1 file checked, no problems\n')
    assert.equal(exit, 0)
    assert.equal(existsSync(marker), false, 'no configuration code ran')
  })

  it('a `plugins` key in .resolintrc.json is an unknown key, named, and nothing is loaded', () => {
    const marker = path.join(folder, 'MARKER')
    writeFileSync(path.join(folder, 'plugin.cjs'), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`)
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({plugins: ['./plugin.cjs']}))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    const {code, stdout} = run(['.'], folder)
    assert.equal(
      stdout,
      [
        '.resolintrc.json:1:2  error  “\u2068plugins\u2069”: unknown key (expected “\u2068language\u2069”, “\u2068profile\u2069”, “\u2068stage\u2069”, “\u2068rules\u2069”, “\u2068phrases\u2069” or “\u2068session\u2069”)',
        'GA-2025-93-RES-03.en.txt: no issues found',
        '1 file checked: 1 error, 0 warnings, 0 info',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
    assert.equal(existsSync(marker), false)
  })

  it('a config nested 10,000 levels deep is one error naming the file and the key path, and the file is still checked', () => {
    writeFileSync(path.join(folder, '.resolintrc.json'), `{"language": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    const {code, stdout} = run(['GA-2025-93-RES-03.en.txt'], folder)
    assert.equal(
      stdout,
      [
        '.resolintrc.json:1:45  error  “\u2068language[0][0][0]…\u2069”: nested deeper than 32 levels',
        'GA-2025-93-RES-03.en.txt: no issues found',
        '1 file checked: 1 error, 0 warnings, 0 info',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
  })

  it('the lookup stops at the repository root (.git): a config above it does not apply', () => {
    const repository = path.join(folder, 'repository')
    mkdirSync(path.join(repository, '.git'), {recursive: true})
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'off'}}))
    writeFileSync(path.join(repository, 'GA-2025-93-RES-03.ar.txt'), arabic)
    assert.ok(run(['.'], repository).stdout.includes('operative-terminator'))
    writeFileSync(path.join(repository, '.resolintrc.json'), JSON.stringify({rules: {'operative-terminator': 'off'}}))
    assert.ok(!run(['.'], repository).stdout.includes('operative-terminator'))
  })
})

describe('files: configuration lookup and parsing (unit)', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-lookup-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  it('looks at each folder and reads each config once, however many files and diagnostics', () => {
    mkdirSync(path.join(folder, 'a', 'b'), {recursive: true})
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'digit-style': 'off', nope: 'off'}}))
    const reads: string[] = []
    const lookup = new ConfigLookup({roots: [folder]}, (file) => {
      reads.push(file)
      return readTextFile(file, maxConfigBytes)
    })
    for (let index = 0; index < 100; index++) {
      assert.equal(lookup.find(path.join(folder, 'a', 'b', `GA-2025-93-RES-${index}.ar.txt`))?.config.rules?.['digit-style'], 'off')
      lookup.find(path.join(folder, 'a', `x${index}.resolution`))
    }
    assert.deepEqual(reads, [path.join(folder, '.resolintrc.json')])
    lookup.clear()
    lookup.find(path.join(folder, 'x.resolution'))
    assert.equal(reads.length, 2)
  })

  it('finds the same without blocking (the server): each folder looked at and each config read once', async () => {
    mkdirSync(path.join(folder, 'a', 'b'), {recursive: true})
    mkdirSync(path.join(folder, 'c', '.git'), {recursive: true})
    writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({rules: {'digit-style': 'off', nope: 'off'}}))
    mkdirSync(path.join(folder, 'd', '.resolintrc.json'), {recursive: true})
    const reads: string[] = []
    const lookup = new ConfigLookup({roots: [folder]}, undefined, (file) => {
      reads.push(file)
      return readTextFileAsync(file, maxConfigBytes)
    })
    const sync = new ConfigLookup({roots: [folder]})
    for (const file of [path.join(folder, 'a', 'b', 'x.resolution'), path.join(folder, 'a', 'y.resolution'), path.join(folder, 'c', 'z.resolution'), path.join(folder, 'd', 'w.resolution')]) {
      assert.deepEqual(await lookup.findAsync(file), sync.find(file), file)
    }
    assert.deepEqual(reads, [path.join(folder, '.resolintrc.json'), path.join(folder, 'd', '.resolintrc.json')])
    assert.deepEqual((await lookup.findAsync(path.join(folder, 'd', 'w.resolution')))?.errors, [{key: '', message: 'not a regular file (folder): ignored'}])
  })

  it('stops at a workspace root: nothing above it is read', () => {
    const workspace = path.join(folder, 'workspace')
    mkdirSync(workspace)
    writeFileSync(path.join(folder, '.resolintrc.json'), '{}')
    assert.equal(new ConfigLookup({roots: [workspace]}).find(path.join(workspace, 'x.resolution')), undefined)
    assert.equal(new ConfigLookup({roots: [folder]}).find(path.join(workspace, 'x.resolution'))?.path, path.join(folder, '.resolintrc.json'))
  })

  it('40,000 unknown keys: one error each, each at its key, found in one pass over the text', () => {
    const keys = Array.from({length: 40_000}, (_, index) => `k${index}`)
    const text = '{\n' + keys.map((key) => `  "${key}": 1`).join(',\n') + '\n}\n'
    const {errors} = parseConfig(text)
    assert.equal(errors.length, 40_000)
    const last = errors.at(-1)!
    assert.deepEqual({key: last.key, at: text.slice(last.offset, last.offset! + last.length!)}, {key: 'k39999', at: '"k39999"'})
    // Linear by construction: the scan keeps one entry per key and never looks back.
    const scanned = scanJson(text, 32)
    assert.ok('keys' in scanned && scanned.keys.size === 40_000)
  })

  it('a BOM does not move the keys', () => {
    const {errors} = parseConfig('\uFEFF{"nope": 1}')
    assert.deepEqual(errors.map(({key, offset, length}) => ({key, offset, length})), [{key: 'nope', offset: 2, length: 6}])
  })
})

describe('files: nothing hangs or crashes (command line)', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-files-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  it('a FIFO named like a resolution, in a folder or by name, is reported and skipped', () => {
    mkfifo(path.join(folder, 'GA-2025-93-RES-01.en.txt'))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    const {code, stdout} = run(['.', 'GA-2025-93-RES-01.en.txt'], folder)
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-01.en.txt  error  not a regular file (FIFO): not checked',
        'GA-2025-93-RES-03.en.txt: no issues found',
        '1 file checked, no problems; 1 not checked',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
  })

  it('a FIFO named .resolintrc.json is reported once and the files are checked', () => {
    mkfifo(path.join(folder, '.resolintrc.json'))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-04.en.txt'), english.replace('RES-03', 'RES-04').replace('No. 3', 'No. 4'))
    const {code, stdout} = run(['.'], folder)
    assert.equal(
      stdout,
      [
        '.resolintrc.json  error  not a regular file (FIFO): ignored',
        'GA-2025-93-RES-03.en.txt: no issues found',
        'GA-2025-93-RES-04.en.txt: no issues found',
        '2 files checked: 1 error, 0 warnings, 0 info',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
  })

  it('a symlink to /dev/zero is not read', () => {
    symlinkSync('/dev/zero', path.join(folder, 'GA-2025-93-RES-01.en.txt'))
    const {code, stdout} = run(['GA-2025-93-RES-01.en.txt'], folder)
    assert.equal(stdout, 'GA-2025-93-RES-01.en.txt  error  not a regular file (character device): not checked\n0 files checked, no problems; 1 not checked\n')
    assert.equal(code, 2)
  })

  it('a file over 5 MB is not read', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-01.en.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'))
    assert.equal(run(['.'], folder).stdout, 'GA-2025-93-RES-01.en.txt  error  larger than 5242880 bytes: not checked\n0 files checked, no problems; 1 not checked\n')
  })

  it('two symlinks pointing at each other: each reported once as a loop', () => {
    symlinkSync('GA-2025-93-RES-02.en.txt', path.join(folder, 'GA-2025-93-RES-01.en.txt'))
    symlinkSync('GA-2025-93-RES-01.en.txt', path.join(folder, 'GA-2025-93-RES-02.en.txt'))
    const byName = run(['GA-2025-93-RES-01.en.txt'], folder)
    assert.equal(byName.stdout, 'GA-2025-93-RES-01.en.txt  error  symlink loop\n0 files checked, no problems; 1 not checked\n')
    const inFolder = run(['.'], folder)
    assert.equal(
      inFolder.stdout,
      'GA-2025-93-RES-01.en.txt  error  symlink loop\nGA-2025-93-RES-02.en.txt  error  symlink loop\n0 files checked, no problems; 2 not checked\n'
    )
  })

  it('a folder link back to its own folder is one loop; the file is checked and fixed once', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt'), arabic)
    symlinkSync('.', path.join(folder, 'loop'))
    const {stdout} = run(['--fix', '.'], folder)
    const lines = stdout.trimEnd().split('\n')
    assert.deepEqual(
      lines.filter((line) => !/^GA-2025-93-RES-03\.ar\.txt:\d/.test(line)),
      ['loop  error  symlink loop', 'GA-2025-93-RES-03.ar.txt: fixed 10 problems', '1 file checked: 0 errors, 5 warnings, 1 info; 1 not checked; fixed 10 problems in 1 file']
    )
  })

  it('links that multiply the paths (each folder linking twice to its parent) are walked once each: no exponential walk', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    let current = folder
    for (let depth = 0; depth < 12; depth++) {
      const next = path.join(current, `d${depth}`)
      mkdirSync(next)
      symlinkSync('..', path.join(next, 'up1'))
      symlinkSync('..', path.join(next, 'up2'))
      current = next
    }
    const {stdout} = run(['.'], folder)
    const lines = stdout.trimEnd().split('\n')
    // 24 links, each a loop reported once; 2^12 paths were walked before.
    assert.equal(lines.filter((line) => line.endsWith('  error  symlink loop')).length, 24)
    assert.equal(lines.at(-1), '1 file checked, no problems; 24 not checked')
  })

  it('a symlinked and a direct path to the same file: checked once', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    symlinkSync('GA-2025-93-RES-03.en.txt', path.join(folder, 'GA-2025-93-RES-04.en.txt'))
    assert.equal(run(['.', 'GA-2025-93-RES-04.en.txt'], folder).stdout, 'GA-2025-93-RES-03.en.txt: no issues found\n1 file checked, no problems\n')
  })

  it('a file that cannot be read: `permission denied`', () => {
    chmodSync(folder, 0o755)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), english)
    chmodSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), 0)
    assert.equal(run(['.'], folder, nobody).stdout, 'GA-2025-93-RES-03.en.txt  error  permission denied: not checked\n0 files checked, no problems; 1 not checked\n')
  })
})

describe('files: encodings', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-encoding-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  /** `الجمعية العامة` and `Assemblée générale` as Windows-1256 and Windows-1252 bytes. */
  const cp1256 = Buffer.from([0xc7, 0xe1, 0xcc, 0xe3, 0xda, 0xed, 0xc9, 0x20, 0xc7, 0xe1, 0xda, 0xc7, 0xe3, 0xc9, 0x0a])
  const cp1252 = Buffer.from('Assembl\xe9e g\xe9n\xe9rale\n', 'latin1')

  it('UTF-8 with a BOM and UTF-16 LE and BE with a BOM are read as text, not binary', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), encode(english, 'utf8-bom'))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-04.en.txt'), encode(english.replace(/RES-03/g, 'RES-04').replace('No. 3', 'No. 4'), 'utf16le'))
    writeFileSync(path.join(folder, 'GA-2025-93-RES-05.en.txt'), encode(english.replace(/RES-03/g, 'RES-05').replace('No. 3', 'No. 5'), 'utf16be'))
    const {code, stdout} = run(['.'], folder)
    assert.equal(
      stdout,
      'GA-2025-93-RES-03.en.txt: no issues found\nGA-2025-93-RES-04.en.txt: no issues found\nGA-2025-93-RES-05.en.txt: no issues found\n3 files checked, no problems\n'
    )
    assert.equal(code, 0)
  })

  it('--fix writes UTF-16 and UTF-8-with-BOM files back in their own encoding', () => {
    const utf16 = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(utf16, encode(arabic, 'utf16le'))
    const plain = path.join(folder, 'plain', 'GA-2025-93-RES-03.ar.txt')
    mkdirSync(path.dirname(plain))
    writeFileSync(plain, arabic)
    const withBom = path.join(folder, 'bom', 'GA-2025-93-RES-03.ar.txt')
    mkdirSync(path.dirname(withBom))
    writeFileSync(withBom, encode(arabic, 'utf8-bom'))
    run(['--fix', '.'], folder)
    const fixed = readFileSync(plain, 'utf8')
    assert.notEqual(fixed, arabic)
    const bytes = readFileSync(utf16)
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe])
    assert.equal(bytes.subarray(2).toString('utf16le'), fixed)
    assert.deepEqual(readFileSync(withBom), encode(fixed, 'utf8-bom'))
  })

  it('Windows-1256 and Windows-1252 are named, not checked, and never fixed', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt'), cp1256)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.fr.txt'), cp1252)
    const {code, stdout} = run(['--fix', '.'], folder)
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-03.ar.txt  error  not UTF-8 (looks like Windows-1256?): not checked',
        'GA-2025-93-RES-03.fr.txt  error  not UTF-8 (looks like Windows-1252?): not checked',
        '0 files checked, no problems; 2 not checked',
        ''
      ].join('\n')
    )
    assert.equal(code, 2)
    assert.deepEqual(readFileSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt')), cp1256)
    assert.deepEqual(readFileSync(path.join(folder, 'GA-2025-93-RES-03.fr.txt')), cp1252)
  })

  it('decode: a byte that is not UTF-8 in otherwise valid text is refused; UTF-16 without a BOM is named', () => {
    assert.deepEqual(inEnglish(decode(Buffer.concat([Buffer.from(english), Buffer.from([0xff])]))), {reason: 'not UTF-8 (looks like Windows-1252?)'})
    assert.deepEqual(inEnglish(decode(Buffer.from(english, 'utf16le'))), {reason: 'not UTF-8 (looks like UTF-16 LE without a byte order mark?)'})
    assert.deepEqual(inEnglish(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))), {reason: 'binary file, not text (a NUL byte in the first 8 KB)'})
    assert.deepEqual(decode(encode('نص', 'utf16be')), {text: 'نص', encoding: 'utf16be'})
  })
})

describe('files: --fix cannot lose data', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-fix-'))
  })
  afterEach(() => {
    chmodSync(folder, 0o700)
    rmSync(folder, {recursive: true, force: true})
  })

  /** The reference with its certain fixes applied, as `resolint --fix` writes it. */
  function fixedReference(): string {
    const probe = mkdtempSync(path.join(tmpdir(), 'resolint-fixed-'))
    try {
      writeFileSync(path.join(probe, 'GA-2025-93-RES-03.ar.txt'), arabic)
      run(['--fix', 'GA-2025-93-RES-03.ar.txt'], probe)
      return readFileSync(path.join(probe, 'GA-2025-93-RES-03.ar.txt'), 'utf8')
    } finally {
      rmSync(probe, {recursive: true, force: true})
    }
  }

  it('writes through a symlink to its target, keeps the mode, keeps hard links, and says what it fixed', () => {
    const real = path.join(folder, 'real', 'GA-2025-93-RES-03.ar.txt')
    mkdirSync(path.dirname(real))
    writeFileSync(real, arabic)
    chmodSync(real, 0o640)
    symlinkSync(real, path.join(folder, 'GA-2025-93-RES-03.ar.txt'))
    const linked = path.join(folder, 'linked', 'GA-2025-93-RES-04.ar.txt')
    mkdirSync(path.dirname(linked))
    writeFileSync(linked, arabic)
    linkSync(linked, path.join(folder, 'linked', 'other-name.txt'))
    const inode = statSync(linked).ino
    const {stdout} = run(['--fix', 'GA-2025-93-RES-03.ar.txt', 'linked/GA-2025-93-RES-04.ar.txt'], folder)
    const fixed = fixedReference()
    assert.ok(lstatSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt')).isSymbolicLink(), 'still a symlink')
    assert.equal(readFileSync(real, 'utf8'), fixed)
    assert.equal(statSync(real).mode & 0o777, 0o640)
    assert.equal(readFileSync(path.join(folder, 'linked', 'other-name.txt'), 'utf8'), fixed, 'the other hard link sees the fix')
    assert.equal(statSync(linked).ino, inode)
    assert.ok(stdout.includes('GA-2025-93-RES-03.ar.txt: fixed 10 problems\n'), stdout)
    assert.ok(stdout.includes('linked/GA-2025-93-RES-04.ar.txt: fixed 10 problems\n'), stdout)
    assert.ok(stdout.endsWith('; fixed 20 problems in 2 files\n'), stdout)
    assert.deepEqual(readdirSync(path.join(folder, 'real')), ['GA-2025-93-RES-03.ar.txt'], 'no temporary file')
  })

  it('keeps the owner of a file it replaces (root writes files of other users)', function () {
    if (!isRoot) this.skip() // Only root can give a file to another user.
    const file = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(file, arabic)
    chownSync(file, 1234, 5678)
    run(['--fix', 'GA-2025-93-RES-03.ar.txt'], folder)
    assert.equal(readFileSync(file, 'utf8'), fixedReference())
    assert.deepEqual([statSync(file).uid, statSync(file).gid], [1234, 5678])
  })

  it('--format json: the report stays JSON, what was fixed goes to stderr', () => {
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt'), arabic)
    const {stdout, stderr} = run(['--fix', '--format', 'json', 'GA-2025-93-RES-03.ar.txt'], folder)
    assert.equal((JSON.parse(stdout) as unknown[]).length, 1)
    assert.equal(stderr, 'resolint: GA-2025-93-RES-03.ar.txt: fixed 10 problems\n')
  })

  it('refuses a read-only file with a message, and still fixes the next file', () => {
    const readOnly = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(readOnly, arabic)
    chmodSync(readOnly, 0o444)
    mkdirSync(path.join(folder, 'b'))
    const writable = path.join(folder, 'b', 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(writable, arabic)
    const {code, stdout} = run(['--fix', 'GA-2025-93-RES-03.ar.txt', 'b/GA-2025-93-RES-03.ar.txt'], folder)
    assert.ok(stdout.includes('GA-2025-93-RES-03.ar.txt  error  read-only: not fixed\n'), stdout)
    // The file left as it was is reported with its own problems, the fixable ones included.
    assert.ok(stdout.includes('GA-2025-93-RES-03.ar.txt:39:123  error  An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069”'), stdout)
    assert.ok(stdout.includes('b/GA-2025-93-RES-03.ar.txt: fixed 10 problems\n'), stdout)
    assert.equal(readFileSync(readOnly, 'utf8'), arabic)
    assert.equal(readFileSync(writable, 'utf8'), fixedReference())
    assert.equal(code, 2)
  })

  it('every round parses with the file name: English text named `.fr.txt` reports after --fix what the next check reports', () => {
    const file = path.join(folder, 'GA-2025-93-RES-03.fr.txt')
    writeFileSync(file, english.replace('RECALLING', '- RECALLING').replace(/;\n/, '?\n'))
    const fixing = run(['--fix', 'GA-2025-93-RES-03.fr.txt'], folder)
    const next = run(['GA-2025-93-RES-03.fr.txt'], folder)
    const remaining = (stdout: string) => stdout.split('\n').filter((line) => /^GA-2025-93-RES-03\.fr\.txt:\d/.test(line))
    assert.ok(remaining(next.stdout).length > 3, next.stdout)
    assert.deepEqual(remaining(fixing.stdout), remaining(next.stdout))
  })

  it('a change made between the check and the replace is kept: the fix is skipped and said (atomic replace)', () => {
    const file = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(file, arabic)
    const read = readTextFile(file)
    assert.ok(read.ok)
    const outcome = writeFixed(read.file, 'fixed text', {beforeReplace: (target) => writeFileSync(target, arabic + '\nappended by an editor\n', {flag: 'a'})})
    assert.deepEqual(inEnglish(outcome), {ok: false, reason: 'changed while fixing: not fixed'})
    assert.equal(readFileSync(file, 'utf8'), arabic + arabic + '\nappended by an editor\n')
    assert.deepEqual(readdirSync(folder), ['GA-2025-93-RES-03.ar.txt'], 'no temporary file')
  })

  it('a change made between the check and the write in place (hard links) is kept too', () => {
    const file = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(file, arabic)
    linkSync(file, path.join(folder, 'other'))
    const read = readTextFile(file)
    assert.ok(read.ok)
    const outcome = writeFixed(read.file, 'fixed text', {beforeReplace: (target) => writeFileSync(target, 'saved by an editor')})
    assert.deepEqual(inEnglish(outcome), {ok: false, reason: 'changed while fixing: not fixed'})
    assert.equal(readFileSync(file, 'utf8'), 'saved by an editor')
  })

  it('a write that fails leaves the file as it was and no temporary file', () => {
    const file = path.join(folder, 'GA-2025-93-RES-03.ar.txt')
    writeFileSync(file, arabic)
    const read = readTextFile(file)
    assert.ok(read.ok)
    const outcome = writeFixed(read.file, 'fixed text', {
      beforeReplace: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), {code: 'ENOSPC'})
      }
    })
    assert.deepEqual(inEnglish(outcome), {ok: false, reason: 'ENOSPC: no space left on device: not fixed'})
    assert.equal(readFileSync(file, 'utf8'), arabic)
    assert.deepEqual(readdirSync(folder), ['GA-2025-93-RES-03.ar.txt'])
  })

  it('a folder that cannot be written: the fix is refused, the file kept, no temporary file, and the next file fixed', () => {
    // The user owns both files and may write them, but not the locked folder, where the temporary file goes.
    const user = isRoot ? nobody : {uid: process.getuid!(), gid: process.getgid!()}
    chmodSync(folder, 0o777)
    const locked = path.join(folder, 'locked')
    mkdirSync(locked)
    writeFileSync(path.join(locked, 'GA-2025-93-RES-03.ar.txt'), arabic)
    writeFileSync(path.join(folder, 'GA-2025-93-RES-03.ar.txt'), arabic)
    for (const file of [path.join(locked, 'GA-2025-93-RES-03.ar.txt'), path.join(folder, 'GA-2025-93-RES-03.ar.txt')]) chownSync(file, user.uid, user.gid)
    chmodSync(locked, 0o555)
    const {stdout} = run(['--fix', 'locked/GA-2025-93-RES-03.ar.txt', 'GA-2025-93-RES-03.ar.txt'], folder, nobody)
    chmodSync(locked, 0o755) // So that the folder can be removed by any user.
    assert.ok(stdout.includes('locked/GA-2025-93-RES-03.ar.txt  error  permission denied: not fixed\n'), stdout)
    assert.ok(stdout.includes('\nGA-2025-93-RES-03.ar.txt: fixed 10 problems\n'), stdout)
    assert.equal(readFileSync(path.join(locked, 'GA-2025-93-RES-03.ar.txt'), 'utf8'), arabic)
    assert.deepEqual(readdirSync(locked), ['GA-2025-93-RES-03.ar.txt'])
  })
})
