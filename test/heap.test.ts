/**
 * The server's heap growth policy (`lsp/heap.ts`): only checks of large documents run under a bounded growth,
 * so typing in the drafts of every day keeps V8's own policy. What it saves is measured by `npm run bench`
 * (memory), never here.
 */
import assert from 'node:assert/strict'
import {growHeapFor, heapGrowthFor, largeDocument, largeGrowth} from '../server/src/lsp/heap.js'
import {reference, resolutions} from '../bench/corpus.js'

describe('server heap growth', () => {
  it('bounds the growth for documents over a million code units only: the reference and 600 KB keep V8\'s own', () => {
    assert.equal(largeDocument, 1_000_000)
    assert.equal(largeGrowth, 30)
    assert.equal(heapGrowthFor(reference.length), 0)
    assert.equal(heapGrowthFor(resolutions(100).length), 0)
    assert.equal(heapGrowthFor(1_000_000), 0)
    assert.equal(heapGrowthFor(1_000_001), 30)
    assert.equal(heapGrowthFor(resolutions(1000).length), 30)
  })

  it('sets V8\'s flag in this Node (the server\'s) and back, as checks of large and small documents alternate', () => {
    for (const units of [5_000, 3_788_436, 3_788_436, 379_836, 0]) assert.doesNotThrow(() => growHeapFor(units))
  })
})
