/** `resolint --concurrency`: files checked on worker threads give the serial run's report, exit code and fixes, byte for byte. */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cliEnv} from './helpers.js'
import {busyBetween, concurrencyOf, jobsOf, threadCount, type Item} from '../server/src/cli-run.js'

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', timeout: 120_000, env: cliEnv})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file of a folder, by relative path. */
function contents(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(folder, file)] = readFileSync(file, 'latin1')
  }
  return files
}

/**
 * The fixtures (the reference, the clean texts in four languages, UN texts, a set) and what makes a report
 * depend on order and on more than one file: a set with a figure that differs (a finding with related places
 * in other files), a config with an error shared by two files (reported once, before the first), a binary file
 * and a missing one (not checked, exit 2).
 */
function corpus(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'resolint-concurrency-'))
  cpSync(fixtures, folder, {recursive: true})
  const spanish = path.join(folder, 'set/GA-2025-93-RES-07.es.txt')
  writeFileSync(spanish, readFileSync(spanish, 'utf8').replace('A favor: 121', 'A favor: 112'))
  mkdirSync(path.join(folder, 'configured'))
  writeFileSync(path.join(folder, 'configured/.resolintrc.json'), JSON.stringify({rules: {'digit-style': 'loud', 'operative-terminator': 'off'}}))
  cpSync(path.join(fixtures, 'reference/GA-2025-93-RES-03.ar.txt'), path.join(folder, 'configured/GA-2025-93-RES-03.ar.txt'))
  cpSync(path.join(fixtures, 'GA-2025-93-RES-03.en.txt'), path.join(folder, 'configured/GA-2025-93-RES-09.en.txt'))
  writeFileSync(path.join(folder, 'GA-2025-93-RES-99.ar.txt'), Buffer.from([0x47, 0x41, 0, 1, 2]))
  return folder
}

describe('resolint --concurrency', () => {
  let folder: string
  before(() => {
    folder = corpus()
  })
  after(() => rmSync(folder, {recursive: true, force: true}))

  it('text: the same report and exit code with 2 and 3 threads as in one, and the report holds what depends on other files', () => {
    const inputs = ['.', 'missing.ar.txt']
    const serial = run(['--concurrency', 'off', ...inputs], folder)
    assert.equal(serial.code, 2)
    // It can tell: a set's finding with its related places, a config's error once, an input not checked.
    assert.match(serial.stdout, /GA-2025-93-RES-07\.es\.txt:35:20 {2}warning .* parallel-facts\n {2}related: .*GA-2025-93-RES-07\.ar\.txt:35:19/)
    assert.equal(serial.stdout.split('configured/.resolintrc.json:1:').length - 1, 1)
    assert.match(serial.stdout, /GA-2025-93-RES-99\.ar\.txt {2}error {2}.*not checked/)
    assert.ok(serial.stdout.split('\n').length > 100, serial.stdout)
    for (const threads of ['2', '3']) {
      const parallel = run(['--concurrency', threads, ...inputs], folder)
      assert.equal(parallel.stdout, serial.stdout, `--concurrency ${threads}`)
      assert.equal(parallel.stderr, serial.stderr)
      assert.equal(parallel.code, serial.code)
    }
  })

  it('JSON and SARIF (in French): the same bytes with 2 threads', () => {
    for (const format of ['json', 'sarif']) {
      const inputs = ['set', 'reference', 'configured', 'un']
      const serial = run(['--concurrency', 'off', '--format', format, '--locale', 'fr', ...inputs], folder)
      const parallel = run(['--concurrency', '2', '--format', format, '--locale', 'fr', ...inputs], folder)
      assert.match(serial.stdout, format === 'json' ? /"related":\[\{"path":"set\/GA-2025-93-RES-07\.ar\.txt"/ : /"relatedLocations": \[/)
      assert.equal(parallel.stdout, serial.stdout, format)
      assert.equal(parallel.code, serial.code)
    }
  })

  it('--fix: the same files written and the same report with 2 threads', () => {
    const one = corpus()
    const two = corpus()
    try {
      const serial = run(['--concurrency', 'off', '--fix', '.'], one)
      const parallel = run(['--concurrency', '2', '--fix', '.'], two)
      assert.match(serial.stdout, /reference\/GA-2025-93-RES-03\.ar\.txt: fixed \d+ problems\n/)
      assert.equal(parallel.stdout, serial.stdout)
      assert.equal(parallel.code, serial.code)
      assert.deepEqual(contents(two), contents(one))
      assert.notDeepEqual(contents(one), contents(folder), 'the fixes were written')
    } finally {
      rmSync(one, {recursive: true, force: true})
      rmSync(two, {recursive: true, force: true})
    }
  })

  it('refuses a concurrency that is no number of threads, auto or off', () => {
    const {code, stderr} = run(['--concurrency', 'many', '.'], folder)
    assert.equal(code, 2)
    assert.equal(stderr, 'resolint: \u2068--concurrency\u2069 takes a number of threads, “\u2068auto\u2069” or “\u2068off\u2069”, not “\u2068many\u2069”\n')
    assert.equal(concurrencyOf('0'), undefined)
    assert.equal(concurrencyOf('-1'), undefined)
    assert.equal(concurrencyOf('4'), 4)
  })

  it('auto: a thread per 100 files, up to the cores the load average leaves idle; a number is taken as given', () => {
    assert.equal(threadCount('auto', 150, 2, 0), 1)
    assert.equal(threadCount('auto', 200, 2, 0), 2)
    assert.equal(threadCount('auto', 1000, 2, 0.4), 2)
    assert.equal(threadCount('auto', 1000, 2, 0.6), 1)
    assert.equal(threadCount('auto', 1000, 2, 7), 1)
    assert.equal(threadCount('auto', 1000, 8, 0), 8)
    assert.equal(threadCount('auto', 1000, 8, 3), 5)
    assert.equal(threadCount('auto', 1000, 1, 0), 1)
    assert.equal(threadCount('off', 1000, 8, 0), 1)
    assert.equal(threadCount(3, 1000, 2, 7), 3)
    assert.equal(threadCount(3, 2, 2, 0), 2)
  })

  it("the cores other processes kept busy: the machine's busy time but this process's, per core's elapsed time", () => {
    // 2 cores, 100 ms each: 150 ms busy, 90 of them this process's: 0.6 of a core for the others
    assert.equal(busyBetween({busy: 1000, total: 5000}, {busy: 1150, total: 5200}, 90, 2), 0.6)
    // this process's time counted finer than the machine's ticks: never below 0
    assert.equal(busyBetween({busy: 1000, total: 5000}, {busy: 1080, total: 5200}, 90, 2), 0)
    assert.equal(busyBetween({busy: 1000, total: 5000}, {busy: 1000, total: 5000}, 0, 2), undefined)
    assert.equal(threadCount('auto', 1000, 2, 0.6), 1)
    assert.equal(threadCount('auto', 1000, 2, busyBetween({busy: 0, total: 0}, {busy: 120, total: 200}, 100, 2)), 2)
  })

  it('jobs: the versions of a set together where its first version comes, other files in runs of 8 in order', () => {
    const item = (name: string, index: number): Item => ({index, path: name, name, config: {}})
    const names = ['a.ar.txt', 'b/x.resolution', 'c.ar.txt', 'a.en.txt', ...Array.from({length: 9}, (_, index) => `n${index}.resolution`)]
    const jobs = jobsOf(names.map(item))
    assert.deepEqual(
      jobs.map((job) => [job.set, job.items.map((entry) => entry.name)]),
      [
        [true, ['a.ar.txt', 'a.en.txt']],
        [false, ['b/x.resolution', 'c.ar.txt', 'n0.resolution', 'n1.resolution', 'n2.resolution', 'n3.resolution', 'n4.resolution', 'n5.resolution']],
        [false, ['n6.resolution', 'n7.resolution', 'n8.resolution']]
      ]
    )
  })
})
