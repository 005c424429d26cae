/**
 * The server's heap growth policy (`lsp/heap.ts`): only checks of large documents run under a bounded growth,
 * so typing in the drafts of every day keeps V8's own policy. What it saves is measured by `npm run bench`
 * (memory), never here.
 */
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {constants, PerformanceObserver, type PerformanceEntry} from 'node:perf_hooks'
import {collectionOwed, collectSoon, growHeapFor, heapGrowthFor, largeDocument, largeGrowth, scavengeAlone, scavengeOwed} from '../server/src/lsp/heap.js'
import {reference, resolutions} from '../bench/corpus.js'

/** The garbage collections of `kind` (major, minor) that V8 reports from now on, until the observer is disconnected. */
function collections(kind: number): {entries: PerformanceEntry[]; observer: PerformanceObserver} {
  const entries: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries().filter((entry) => (entry as PerformanceEntry & {detail?: {kind?: number}}).detail?.kind === kind)))
  observer.observe({entryTypes: ['gc']})
  return {entries, observer}
}

describe('server heap growth', () => {
  it('bounds the growth of both generations for documents over a million code units only: the reference and 600 KB keep V8\'s own', () => {
    assert.equal(largeDocument, 1_000_000)
    assert.equal(largeGrowth, 30)
    const own = {heap: 0, young: 2}
    const bounded = {heap: 30, young: 1}
    assert.deepEqual(heapGrowthFor(reference.length), own)
    assert.deepEqual(heapGrowthFor(resolutions(100).length), own)
    assert.deepEqual(heapGrowthFor(1_000_000), own)
    assert.deepEqual(heapGrowthFor(1_000_001), bounded)
    assert.deepEqual(heapGrowthFor(resolutions(1000).length), bounded)
  })

  it('keeps the young generation at its size in a fresh Node while a large document is checked; else V8 grows it (8 times in Node 20)', function () {
    this.timeout(60_000)
    // Two million objects kept: most of each scavenge survives, which makes V8 double the young generation up to its maximum.
    const heap = fileURLToPath(new URL('../server/src/lsp/heap.ts', import.meta.url))
    const script = `import {getHeapSpaceStatistics} from 'node:v8'
      const {growHeapFor} = await import(${JSON.stringify(heap)})
      growHeapFor(Number(process.argv[1]))
      const size = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size
      const before = size()
      const kept = []
      for (let index = 0; index < 2_000_000; index++) kept.push({index, text: 'x' + index})
      console.log(size() / before)`
    const growth = (units: number) => Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, String(units)], {encoding: 'utf8'}))
    assert.equal(growth(resolutions(1000).length), 1)
    assert.ok(growth(reference.length) > 1)
  })

  it('runs a full collection once the server is idle after a large document\'s check, or before the next large check: none for smaller ones', async () => {
    const {entries: majors, observer} = collections(constants.NODE_PERFORMANCE_GC_MAJOR)
    try {
      collectSoon(reference.length)
      collectSoon(1_000_000)
      assert.equal(collectionOwed(), false)
      collectSoon(resolutions(1000).length)
      collectSoon(resolutions(1000).length)
      assert.equal(collectionOwed(), true)
      await new Promise((resolve) => setImmediate(resolve))
      assert.equal(collectionOwed(), false)
      // Its entry is given to the observer a little later.
      while (majors.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
      // Owed and not run yet when the next check starts: run then, before the check makes its own text.
      collectSoon(resolutions(1000).length)
      growHeapFor(resolutions(1000).length)
      assert.equal(collectionOwed(), false)
    } finally {
      observer.disconnect()
      growHeapFor(0)
    }
  })

  it('scavenges once the server is idle after the check of a document of 200,000 code units to a million (600 KB): none for the reference, once for two checks', async () => {
    const {entries: minors, observer} = collections(constants.NODE_PERFORMANCE_GC_MINOR)
    try {
      collectSoon(reference.length)
      assert.equal(scavengeOwed(), false)
      collectSoon(resolutions(100).length)
      collectSoon(resolutions(100).length)
      assert.equal(scavengeOwed(), true)
      assert.equal(collectionOwed(), false)
      await new Promise((resolve) => setImmediate(resolve))
      assert.equal(scavengeOwed(), false)
      while (minors.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    } finally {
      observer.disconnect()
    }
  })

  it('scavenges when idle on the server\'s thread alone, V8\'s parallel scavenge set back after it, even when the collection throws', () => {
    const calls: string[] = []
    scavengeAlone((options) => calls.push(`gc ${options.type}`), (flags) => calls.push(flags))
    assert.deepEqual(calls, ['--no-parallel-scavenge', 'gc minor', '--parallel-scavenge'])
    calls.length = 0
    assert.throws(() => scavengeAlone(() => {
      calls.push('gc')
      throw new Error('collection failed')
    }, (flags) => calls.push(flags)), /collection failed/)
    assert.deepEqual(calls, ['--no-parallel-scavenge', 'gc', '--parallel-scavenge'])
  })

  it('sets V8\'s flags in this Node (the server\'s) and back, as checks of large and small documents alternate', () => {
    for (const units of [5_000, 3_788_436, 3_788_436, 379_836, 0]) assert.doesNotThrow(() => growHeapFor(units))
  })
})
