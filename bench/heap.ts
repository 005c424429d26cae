/**
 * What a large document costs in memory, part by part: run by `bench/run.ts`
 * as `node --expose-gc --import tsx bench/heap.ts <resolutions>`; prints JSON.
 * Each figure is the growth of the V8 heap (after full collections) when that
 * part is made and kept: what the server holds for an open document.
 */
import {check, createProcessor} from '../server/src/processor.js'
import {toDiagnostic} from '../server/src/features/convert.js'
import {resolutions} from './corpus.js'

const collect = (globalThis as {gc?: () => void}).gc
if (!collect) throw new Error('Run with --expose-gc')

function heap(): number {
  collect!()
  collect!()
  return process.memoryUsage().heapUsed
}

const count = Number(process.argv[2] ?? 1000)
const processor = createProcessor()
check(processor, resolutions(1))
const kept: unknown[] = []
let last = heap()
/** Heap growth when `make`'s result is kept. */
function cost<T>(make: () => T): [T, number] {
  const value = make()
  kept.push(value)
  const now = heap()
  const grown = now - last
  last = now
  return [value, grown]
}

const baseline = last
const [text, textBytes] = cost(() => resolutions(count))
const [, tree] = cost(() => processor.parse(text))
const [file, checked] = cost(() => check(processor, text))
const [diagnostics, diagnosticBytes] = cost(() => file.messages.map(toDiagnostic))
const json = JSON.stringify({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///x', diagnostics}})

process.stdout.write(
  JSON.stringify({
    baseline,
    text: textBytes,
    tree,
    messages: checked - tree,
    messageCount: file.messages.length,
    diagnostics: diagnosticBytes,
    diagnosticsJson: Buffer.byteLength(json),
    kept: kept.length
  }) + '\n'
)
