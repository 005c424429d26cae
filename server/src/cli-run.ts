/**
 * The command line's checks: each input read (`files/read.ts`), checked with its
 * settings by the one processor, fixed with `--fix` (`files/write.ts`), and the
 * language versions among the inputs checked against each other; in this thread,
 * or on worker threads (`--concurrency`, as ESLint's).
 *
 * A worker gets jobs: the versions of one set together (a set's rules need all its
 * trees), else a run of consecutive files. It sends back each file's messages as
 * plain data, and the command line puts the report together in input order, so the
 * output, the exit code and every `--fix` write are the same as in this thread.
 */
import os from 'node:os'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Config} from './config.js'
import {fixAll} from './core/fix.js'
import {groupSets} from './core/set.js'
import type {Root} from './core/tree.js'
import {readTextFile} from './files/read.js'
import {msg, type Message} from './l10n/index.js'
import {report} from './core/rule.js'
import {writeFixed, type WriteHooks} from './files/write.js'
import {check, checkSets, createProcessor, type CheckedFile} from './processor.js'

/** A file to check: its place among the inputs, its path, the name shown, and its merged settings. */
export interface Item {
  index: number
  path: string
  name: string
  config: Config
}

/** How the files are checked. */
export interface RunOptions {
  fix: boolean
  /** The folder names are shown relative to. */
  cwd: string
  /** Test seam of `--fix` (functions: this thread only). */
  hooks?: WriteHooks
}

/** What became of an input: its checked (and maybe fixed) file, or why it was not checked. */
export type Outcome = {index: number; file: VFile} | {index: number; notChecked: Message}

/** `--concurrency`: a number of threads checking files, `auto`, or `off` (this thread). */
export type Concurrency = number | 'auto' | 'off'

/** The `--concurrency` a value names, or undefined. */
export function concurrencyOf(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value
  return /^[1-9]\d{0,2}$/.test(value) ? Number(value) : undefined
}

/**
 * Files per thread under `auto`. A thread checks its first few hundred files cold (V8 has not optimised the
 * checks yet: 500 files cost 2.6-2.9 s of CPU cold, 1.2-1.5 s warm, in one process), so a second thread costs
 * some 0.5 s of CPU on 100-300 files and 1.5 s on 1,000 (measured on 2 cores). ESLint's `auto` counts 50 files a thread.
 */
export const filesPerWorker = 100

/**
 * How many threads check `files` files: this one, and workers beside it when more than one. `auto` adds a
 * thread per 100 files, but only for the cores the `load` leaves idle (`othersBusy`, else the load average): on a busy machine a thread gets no
 * core of its own and only adds its cold start (1,000 files on 2 cores at load 7: 9.6-14.8 s with two threads,
 * 7.4-9.5 s with one).
 */
export function threadCount(concurrency: Concurrency, files: number, cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): number {
  if (concurrency === 'off') return 1
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files))
  const idle = Math.max(0, Math.round(cores - 1 - load))
  return Math.max(1, Math.min(cores, 1 + idle, Math.floor(files / filesPerWorker)))
}

/** The machine's CPU times (ms, all cores) and this process's (µs) when this module was loaded: what `othersBusy` measures from. */
const started = {machine: machineTimes(), own: process.cpuUsage(), at: performance.now()}

/** The machine's CPU times, in ms summed over its cores: busy, and in all. */
export interface MachineTimes {
  busy: number
  total: number
}

function machineTimes(): MachineTimes {
  let busy = 0
  let total = 0
  for (const {times} of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle
    total += all
    busy += all - times.idle
  }
  return {busy, total}
}

/**
 * How many cores other processes kept busy since the command line started (over `window` ms at least, waiting for
 * what is left of it), for `threadCount`: the load average lags a minute behind, and still counts the build or the
 * other linter that has just ended (the bench's 1,000 files right after remark-cli's run on an idle machine: one
 * thread, 1.85 s, where two took 1.65).
 */
export async function othersBusy(window = 100): Promise<number | undefined> {
  const wait = window - (performance.now() - started.at)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  const own = process.cpuUsage(started.own)
  return busyBetween(started.machine, machineTimes(), (own.user + own.system) / 1000, os.cpus().length)
}

/** The cores kept busy between two readings of the machine's times, but for `ownMs` of this process's; undefined when no time passed. */
export function busyBetween(before: MachineTimes, after: MachineTimes, ownMs: number, cores: number): number | undefined {
  const elapsed = (after.total - before.total) / cores
  if (!(elapsed > 0)) return undefined
  return Math.max(0, (after.busy - before.busy - ownMs) / elapsed)
}

const processors = new Map<string, Processor<Root>>()

function processorFor(config: Config): Processor<Root> {
  const key = JSON.stringify(config)
  let processor = processors.get(key)
  if (!processor) processors.set(key, (processor = createProcessor(config).freeze() as Processor<Root>))
  return processor
}

/** A job: files checked in one thread, one after the other; a set's versions are checked against each other after their own checks. */
export interface Job {
  items: Item[]
  set: boolean
}

/** Check a job in this thread. Each file keeps its messages only: its tree and `Document` go once its set has them. */
export function checkJob({items, set}: Job, options: RunOptions): Outcome[] {
  const outcomes: Outcome[] = []
  const checked: CheckedFile[] = []
  for (const item of items) {
    const read = readTextFile(item.path)
    if (!read.ok) {
      outcomes.push({index: item.index, notChecked: read.reason})
      continue
    }
    const processor = processorFor(item.config)
    // Every round, the first and each after a fix, checks with the file's own name and settings.
    const checkText = (text: string) => Object.assign(check(processor, text, item.name), {cwd: options.cwd})
    const original = read.file.text
    let file = checkText(original)
    if (options.fix) {
      const first = file
      let last = file
      const result = fixAll(original, (text) => {
        last = text === original ? first : checkText(text)
        return last.data.document
      })
      if (result.refused) {
        report(file, msg('file.notFixed', {reason: msg('file.fixRemovesText', result.refused)})).fatal = true
      } else if (result.text !== original) {
        const outcome = writeFixed(read.file, result.text, options.hooks)
        if (outcome.ok) {
          file = last
          file.data.fixes = result.fixes
        } else {
          report(file, outcome.reason).fatal = true
        }
      }
    }
    outcomes.push({index: item.index, file})
    checked.push({file, tree: file.data.tree!, config: item.config})
  }
  // The language versions of one resolution among the inputs, checked against each other.
  if (set) checkSets(checked)
  for (const {file} of checked) {
    delete file.data.tree
    delete file.data.document
  }
  return outcomes
}

/** Check `items` with `concurrency`: in this thread, or on workers; the outcomes in the items' order either way. */
export async function checkAll(items: readonly Item[], options: RunOptions, concurrency: Concurrency): Promise<Outcome[]> {
  const hooked = options.hooks !== undefined && Object.keys(options.hooks).length > 0
  const sampled = !hooked && concurrency === 'auto' && os.availableParallelism() > 1 && items.length >= 2 * filesPerWorker
  const threads = hooked ? 1 : threadCount(concurrency, items.length, undefined, sampled ? await othersBusy() : undefined)
  const jobs = jobsOf(items)
  if (threads < 2) return inOrder(jobs.flatMap((job) => checkJob(job, options)))
  return checkOnWorkers(jobs, {fix: options.fix, cwd: options.cwd}, threads)
}

function inOrder(outcomes: Outcome[]): Outcome[] {
  return outcomes.sort((a, b) => a.index - b.index)
}

/** Files per job when no set ties them: small enough to share the work out evenly, large enough that messages are few. */
const jobSize = 8

/** The jobs for the workers, in input order: each set's versions together (where its first version comes), else runs of `jobSize` files. */
export function jobsOf(items: readonly Item[]): Job[] {
  const setOf = new Map<Item, Item[]>()
  for (const set of groupSets(items, (item) => item.name)) {
    const versions = Object.values(set.versions) as Item[]
    for (const version of versions) setOf.set(version, versions)
  }
  const jobs: Job[] = []
  let run: Item[] = []
  const placed = new Set<Item>()
  for (const item of items) {
    if (placed.has(item)) continue
    const set = setOf.get(item)
    if (set) {
      jobs.push({items: set, set: true})
      for (const version of set) placed.add(version)
      continue
    }
    run.push(item)
    if (run.length === jobSize) {
      jobs.push({items: run, set: false})
      run = []
    }
  }
  if (run.length > 0) jobs.push({items: run, set: false})
  return jobs
}

/** A job as a worker receives it. */
interface Task {
  job: Job
  fix: boolean
  cwd: string
}

/** A checked file as a worker sends it: its messages' own fields, and the fixes written. */
interface SentOutcome {
  index: number
  notChecked?: Message
  messages?: Array<Record<string, unknown>>
  fixes?: number
}

type Reply = {outcomes: SentOutcome[]} | {error: string}

function send(outcome: Outcome): SentOutcome {
  if ('notChecked' in outcome) return outcome
  // A message's own fields (reason, place, ruleId, fatal, expected, its Message and fixes, related places…) are data.
  const messages = outcome.file.messages.map((message) => ({...message}))
  return outcome.file.data.fixes === undefined ? {index: outcome.index, messages} : {index: outcome.index, messages, fixes: outcome.file.data.fixes}
}

function receive(sent: SentOutcome, item: Item, cwd: string): Outcome {
  if (sent.notChecked !== undefined) return {index: sent.index, notChecked: sent.notChecked}
  const file = new VFile({path: item.name, cwd})
  for (const fields of sent.messages ?? []) file.messages.push(Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, fields))
  if (sent.fixes !== undefined) file.data.fixes = sent.fixes
  return {index: sent.index, file}
}

const workerFlag = 'resolint-check-worker'

/**
 * Share the jobs out to this thread and `count - 1` workers: each takes the next job when it has finished one
 * (a worker holds two, so it never waits for this thread, which yields between its jobs to hand them out).
 */
function checkOnWorkers(jobs: readonly Job[], options: {fix: boolean; cwd: string}, count: number): Promise<Outcome[]> {
  const byIndex = new Map(jobs.flatMap((job) => job.items.map((item) => [item.index, item] as const)))
  const outcomes: Outcome[] = []
  const pool = Array.from({length: Math.min(count, jobs.length) - 1}, () => new Worker(new URL(import.meta.url), {workerData: workerFlag}))
  return new Promise<Outcome[]>((resolve, reject) => {
    let next = 0
    let pending = 0
    let ownDone = false
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      void Promise.all(pool.map((worker) => worker.terminate())).then(() => {
        if (error) reject(error)
        else resolve(inOrder(outcomes))
      }, reject)
    }
    const maybeDone = () => {
      if (ownDone && pending === 0 && next >= jobs.length) finish()
    }
    const give = (worker: Worker) => {
      if (next >= jobs.length || settled) return
      const task: Task = {job: jobs[next++]!, ...options}
      pending++
      worker.postMessage(task)
    }
    for (const worker of pool) {
      worker.on('message', (reply: Reply) => {
        pending--
        if ('error' in reply) return finish(new Error(reply.error))
        for (const sent of reply.outcomes) outcomes.push(receive(sent, byIndex.get(sent.index)!, options.cwd))
        give(worker)
        maybeDone()
      })
      worker.on('error', (error) => finish(error))
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a checking thread stopped (exit code ${code})`))
      })
    }
    for (const worker of pool) give(worker)
    for (const worker of pool) give(worker)
    const own = async () => {
      while (next < jobs.length && !settled) {
        outcomes.push(...checkJob(jobs[next++]!, options))
        await new Promise((ready) => setImmediate(ready))
      }
      ownDone = true
      maybeDone()
    }
    own().catch((error: Error) => finish(error))
  })
}

// A worker: check each job it is given and send the outcomes back.
if (!isMainThread && workerData === workerFlag && parentPort) {
  const port = parentPort
  port.on('message', ({job, fix, cwd}: Task) => {
    let reply: Reply
    try {
      reply = {outcomes: checkJob(job, {fix, cwd}).map(send)}
    } catch (error) {
      reply = {error: (error as Error).message}
    }
    port.postMessage(reply)
  })
}
