/**
 * One size of the core table, in a process of its own (`bench/run.ts` starts
 * one per size, so that a size is not timed on the heap and JIT state the
 * previous one left): `node --import tsx bench/check.ts <resolutions> <runs>`
 * prints JSON.
 */
import {PerformanceObserver} from 'node:perf_hooks'
import {parse} from '../server/src/core/parse.js'
import {check, createProcessor} from '../server/src/processor.js'
import {bytes, resolutions} from './corpus.js'

const count = Number(process.argv[2] ?? 1)
const runs = Number(process.argv[3] ?? 10)
const processor = createProcessor()
const text = resolutions(count)
// Warm the JIT on the same text, then time each run.
for (let index = 0; index < Math.min(runs, 20); index++) check(processor, text)
const times: number[] = []
let collecting = 0
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collecting += entry.duration
})
observer.observe({entryTypes: ['gc']})
for (let index = 0; index < runs; index++) {
  const started = performance.now()
  check(processor, text)
  times.push(performance.now() - started)
}
// Entries arrive asynchronously.
await new Promise((resolve) => setTimeout(resolve, 50))
observer.disconnect()
const parseTimes: number[] = []
for (let index = 0; index < runs; index++) {
  const started = performance.now()
  parse(text)
  parseTimes.push(performance.now() - started)
}
const checked = check(processor, text)

function countNodes(node: {children?: unknown[]}): number {
  return 1 + (node.children ?? []).reduce<number>((sum, child) => sum + countNodes(child as {children?: unknown[]}), 0)
}

process.stdout.write(
  JSON.stringify({
    count,
    bytes: bytes(text),
    units: text.length,
    nodes: countNodes(checked.data.tree!),
    messages: checked.messages.length,
    times,
    parseTimes,
    gcShare: collecting / times.reduce((sum, time) => sum + time, 0)
  }) + '\n'
)
