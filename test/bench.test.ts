/**
 * The pure part of `npm run bench`: percentiles, target verdicts, its options
 * the heap split by cause and the causes of allocations. No timing: figures are given.
 */
import assert from 'node:assert/strict'
import {splitByCause, type HeapSnapshot} from '../bench/snapshot.js'
import {atMost, causeOfAllocation, fasterBy, growsAtMost, growth, idleBetween, idleCpu, median, noSlowerThan, options, p95, quantile, times} from '../bench/stats.js'

describe('bench statistics', () => {
  it('takes quantiles by nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    assert.equal(median(samples), 5)
    assert.equal(p95(samples), 10)
    assert.equal(quantile(samples, 0.9), 9)
    assert.equal(quantile(samples, 0), 1)
    assert.equal(median([7]), 7)
    assert.ok(Number.isNaN(median([])))
    // Twenty samples: the 95th percentile is the 19th.
    assert.equal(p95(Array.from({length: 20}, (_, index) => index + 1)), 19)
    assert.deepEqual(samples, [5, 1, 4, 2, 3, 10, 9, 8, 7, 6])
  })

  it('calls a process idle between two looks only when no thread ran or waited for a core at either, and it took almost no CPU', () => {
    assert.equal(idleBetween({cpu: 10, running: false}, {cpu: 10 + idleCpu / 2, running: false}), true)
    assert.equal(idleBetween({cpu: 10, running: false}, {cpu: 10 + idleCpu, running: false}), false)
    // A collection's thread ready to run but given no core takes no CPU meanwhile: not idle.
    assert.equal(idleBetween({cpu: 10, running: true}, {cpu: 10, running: false}), false)
    assert.equal(idleBetween({cpu: 10, running: false}, {cpu: 10, running: true}), false)
  })

  it('judges a ratio against a peer measured in the same run', () => {
    assert.deepEqual(noSlowerThan('keystroke', 30, 40, 1), {
      name: 'keystroke',
      limit: 'ratio ≤ 1×',
      measured: '30.0 ms against 40.0 ms (0.75×)',
      met: true
    })
    assert.equal(noSlowerThan('keystroke', 41, 40, 1).met, false)
    assert.equal(noSlowerThan('keystroke', 40, 40, 1).met, true)
    const large = noSlowerThan('600 KB', 30, 2000, 1 / 50)
    assert.equal(large.limit, 'ratio ≤ 1/50')
    assert.equal(large.measured, '30.0 ms against 2000 ms (0.015×, 1/67)')
    assert.equal(large.met, true)
    assert.equal(noSlowerThan('600 KB', 41, 2000, 1 / 50).met, false)
    assert.equal(noSlowerThan('nothing', Number.NaN, 40, 1).met, false)
    assert.equal(noSlowerThan('nothing', 1, Number.NaN, 1).measured, '1.00 ms against – ms (not measured)')
  })

  it('judges a speed-up as the peer\'s time over ours', () => {
    assert.deepEqual(fasterBy('cli', 1, 1.6, 1.5), {name: 'cli', limit: '≥ 1.5× faster', measured: '1.00 s against 1.60 s (1.60× faster)', met: true})
    assert.equal(fasterBy('cli', 1, 1.4, 1.5).met, false)
    assert.equal(fasterBy('cli', 0, 0, 1.5).met, false)
  })

  it('measures growth as the cost per unit of size at the largest size over the smallest', () => {
    assert.equal(growth([
      [10, 5],
      [100, 50],
      [1000, 500]
    ]), 1)
    assert.equal(growth([
      [10, 1],
      [1000, 100 * 1 * 1.4]
    ]).toFixed(2), '1.40')
    // Quadratic: tenfold the size, a hundredfold the time.
    assert.equal(growth([
      [10, 1],
      [100, 100]
    ]), 10)
    assert.ok(Number.isNaN(growth([[10, 1]])))
    assert.deepEqual(growsAtMost('check', 1.4, 1.5, 'from 10 to 1,000'), {name: 'check', limit: '≤ 1.5× per unit of size', measured: '×1.40 per unit of size from 10 to 1,000', met: true})
    assert.equal(growsAtMost('check', 1.6, 1.5, '').met, false)
  })

  it('judges an amount, and shows ratios', () => {
    assert.deepEqual(atMost('peak', 149.5, 150, 'MB', (value) => value.toFixed(1)), {name: 'peak', limit: '≤ 150.0 MB', measured: '149.5 MB', met: true})
    assert.equal(atMost('peak', 150.1, 150, 'MB', String).met, false)
    assert.equal(times(0.5), '0.50×')
    assert.equal(times(0.02), '0.020×, 1/50')
    assert.equal(times(Number.POSITIVE_INFINITY), 'not measured')
  })

  it('reads its options: sections, --quick, and writes the page only on a full run', () => {
    const sections = ['core', 'cli'] as const
    assert.deepEqual(options([], sections), {sections: ['core', 'cli'], quick: false, write: true, unknown: []})
    assert.deepEqual(options(['--quick'], sections), {sections: ['core', 'cli'], quick: true, write: false, unknown: []})
    assert.deepEqual(options(['cli'], sections), {sections: ['cli'], quick: false, write: false, unknown: []})
    assert.deepEqual(options(['cli', '--fast'], sections).unknown, ['--fast'])
  })
})

describe('bench heap split by cause', () => {
  const nodeTypes = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic', 'concatenated string', 'sliced string']
  const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak']
  interface Node {
    type: string
    name: string
    id: number
    size: number
    edges?: Array<[string, string | number, number]>
  }
  /** A snapshot in V8's format from nodes whose edges name their target by id. */
  function snapshot(nodes: Node[]): HeapSnapshot {
    const strings: string[] = []
    const string = (value: string) => (strings.includes(value) ? strings.indexOf(value) : strings.push(value) - 1)
    const index = new Map(nodes.map((node, at) => [node.id, at]))
    const flatNodes: number[] = []
    const flatEdges: number[] = []
    for (const node of nodes) {
      flatNodes.push(nodeTypes.indexOf(node.type), string(node.name), node.id, node.size, node.edges?.length ?? 0, 0, 0)
      for (const [type, name, to] of node.edges ?? []) flatEdges.push(edgeTypes.indexOf(type), typeof name === 'number' ? name : string(name), index.get(to)! * 7)
    }
    return {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
          node_types: [nodeTypes],
          edge_fields: ['type', 'name_or_index', 'to_node'],
          edge_types: [edgeTypes]
        }
      },
      nodes: flatNodes,
      edges: flatEdges,
      strings
    }
  }
  const lexicon: Node = {type: 'object', name: 'Object', id: 3, size: 64, edges: [['property', 'type', 4]]}
  const lexiconType: Node = {type: 'string', name: 'preamble', id: 4, size: 24}

  it('splits the new objects into text copies, strings, tree objects, messages and the rest; old ones do not count', () => {
    const before = snapshot([{type: 'synthetic', name: '(root)', id: 1, size: 0, edges: [['element', 1, 3]]}, lexicon, lexiconType])
    const after = snapshot([
      {type: 'synthetic', name: '(root)', id: 1, size: 0, edges: [['element', 1, 3], ['element', 2, 10], ['element', 3, 20], ['element', 4, 30], ['element', 5, 40]]},
      lexicon,
      lexiconType,
      // The tree: a root with a child, which has a value and a position; the root also points at the (old) lexicon.
      {type: 'object', name: 'Object', id: 10, size: 100, edges: [['property', 'type', 11], ['property', 'children', 12], ['property', 'lexicon', 3], ['property', 'make', 17]]},
      {type: 'string', name: 'root', id: 11, size: 20},
      {type: 'object', name: 'Array', id: 12, size: 32, edges: [['internal', 'elements', 18]]},
      {type: 'array', name: '(object elements)', id: 18, size: 24, edges: [['element', 0, 13]]},
      {type: 'object', name: 'Object', id: 13, size: 80, edges: [['property', 'type', 14], ['property', 'value', 15], ['property', 'position', 16]]},
      {type: 'string', name: 'text', id: 14, size: 20},
      {type: 'string', name: 'word', id: 15, size: 24},
      {type: 'object', name: 'Object', id: 16, size: 40},
      // A closure the tree points at is not the tree's.
      {type: 'closure', name: 'make', id: 17, size: 56},
      // A message: its place is the tree's position (the tree's), its reason and its own object.
      {type: 'object', name: 'VFileMessage', id: 20, size: 120, edges: [['property', 'place', 16], ['property', 'reason', 21], ['property', 'ancestors', 22]]},
      {type: 'string', name: 'Unexpected …', id: 21, size: 48},
      {type: 'object', name: 'Array', id: 22, size: 16},
      // The document's text, and a line index no tree node or message reaches.
      {type: 'string', name: 'the whole text', id: 30, size: 2000},
      {type: 'object', name: 'Uint32Array', id: 40, size: 400}
    ])
    assert.deepEqual(splitByCause(before, after, 1000), {
      textCopies: {bytes: 2000, count: 1},
      strings: {bytes: 20 + 20 + 24 + 48, count: 4},
      tree: {bytes: 100 + 32 + 24 + 80 + 40, count: 5},
      messages: {bytes: 120 + 16, count: 2},
      other: {bytes: 56 + 400, count: 2},
      total: {bytes: 2000 + 112 + 276 + 136 + 456, count: 14}
    })
  })
})

describe('bench allocation by cause', () => {
  const frame = (functionName: string, file: string) => ({functionName, url: `file:///work/resolint/server/src/${file}`})
  const check = [frame('check', 'processor.ts'), frame('parser', 'core/plugin.ts'), frame('parse', 'core/parse.ts')]

  it('puts an allocation to the nearest frame that names a cause: a rule, a message, the copying of reused phrasing', () => {
    assert.equal(causeOfAllocation([...check, frame('classify', 'core/parse.ts'), frame('fold', 'core/normalize.ts')]), 'parse: folding')
    assert.equal(causeOfAllocation([...check, frame('classify', 'core/parse.ts'), frame('scanInline', 'core/inline.ts')]), 'parse: lines, blocks and phrasing')
    assert.equal(causeOfAllocation([...check, frame('reuse', 'core/parse.ts'), frame('moved', 'core/parse.ts'), frame('moved', 'core/parse.ts')]), 'parse: unchanged phrasing copied to its new place (moved)')
    // Folding a rule asks for is the rule's; a message a rule reports is a message.
    const rule = [frame('check', 'processor.ts'), frame('runRule', 'core/rerun.ts'), frame('', 'rules/digit-style.ts')]
    assert.equal(causeOfAllocation([...rule, frame('fold', 'core/normalize.ts')]), 'rules (their own work)')
    assert.equal(causeOfAllocation([...rule, frame('report', 'core/rule.ts'), frame('translate', 'l10n/index.ts')]), 'messages (report: vfile messages and their texts)')
    assert.equal(causeOfAllocation([frame('', 'profiles/un-ga/rules/un-symbol-session.ts')]), 'rules (their own work)')
    assert.equal(causeOfAllocation([frame('runRule', 'core/rerun.ts'), frame('arrange', 'core/rerun.ts'), frame('moveMessage', 'core/rerun.ts')]), 'rules: per-paragraph messages kept from the last check, moved')
  })

  it('gives fix-all and the conversion their own work only: the checks fix-all runs are parse and rules', () => {
    const fixAll = [frame('fixAll', 'core/fix.ts')]
    assert.equal(causeOfAllocation([...fixAll, frame('applyFixes', 'core/fix.ts')]), 'fix-all: fixes applied')
    assert.equal(causeOfAllocation([...fixAll, ...check, frame('readLines', 'core/parse.ts')]), 'parse: lines, blocks and phrasing')
    assert.equal(causeOfAllocation([frame('sentDiagnostics', 'features/convert.ts'), frame('toDiagnostic', 'features/convert.ts')]), 'diagnostics (LSP conversion)')
    assert.equal(causeOfAllocation([frame('(root)', ''), frame('JSON.parse', '')]), 'other')
  })
})
