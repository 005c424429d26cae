/**
 * What a document costs the language server, by cause, from two V8 heap
 * snapshots of the server (`--heapsnapshot-signal`): one before the document
 * is opened, one after. Only the objects new in the second count (V8's node
 * ids are stable across snapshots of one process). They are split into:
 * - text copies: strings at least `copyBytes` long (copies of the whole text);
 * - strings: the other new strings (per-word values, message texts);
 * - tree objects: the objects reachable from tree nodes (an object with a
 *   string `type` and `children`, `position` or `value`), strings left out;
 * - messages: the objects reachable from `VFileMessage`s and not from the tree;
 * - other: the rest (the line index, the editor's copy's line offsets, caches).
 *
 * Run as `node --max-old-space-size=6000 --import tsx bench/snapshot.ts before.heapsnapshot after.heapsnapshot copyBytes`
 * (prints JSON); `splitByCause` is pure and tested on a small snapshot.
 */
import {readFileSync} from 'node:fs'

/** The parts of a `.heapsnapshot` that are read. */
export interface HeapSnapshot {
  snapshot: {meta: {node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]]}}
  nodes: number[]
  edges: number[]
  strings: string[]
}

export interface Part {
  bytes: number
  count: number
}

export interface Split {
  textCopies: Part
  strings: Part
  tree: Part
  messages: Part
  other: Part
  /** Every new object. */
  total: Part
}

const stringTypes = new Set(['string', 'concatenated string', 'sliced string'])
/** Edges followed from a tree node or a message: its own data, not the closures, code and maps it shares. */
const followed = new Set(['property', 'element', 'internal'])
const notFollowed = new Set(['code', 'closure', 'object shape', 'hidden', 'synthetic', 'native'])

interface Graph {
  count: number
  type: (node: number) => string
  name: (node: number) => string
  id: (node: number) => number
  size: (node: number) => number
  /** The edges of a node: [type, name, target node]. */
  edges: (node: number) => Array<[string, string, number]>
}

function graph(heap: HeapSnapshot): Graph {
  const {node_fields: nodeFields, node_types: nodeTypes, edge_fields: edgeFields, edge_types: edgeTypes} = heap.snapshot.meta
  const width = nodeFields.length
  const edgeWidth = edgeFields.length
  const at = (field: string) => nodeFields.indexOf(field)
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = [at('type'), at('name'), at('id'), at('self_size'), at('edge_count')]
  const [edgeTypeAt, edgeNameAt, toAt] = [edgeFields.indexOf('type'), edgeFields.indexOf('name_or_index'), edgeFields.indexOf('to_node')]
  const count = heap.nodes.length / width
  const firstEdge = new Uint32Array(count + 1)
  for (let node = 0; node < count; node++) firstEdge[node + 1] = firstEdge[node]! + heap.nodes[node * width + edgeCountAt]!
  const nameOfEdge = (type: string, value: number) => (type === 'element' || type === 'hidden' ? String(value) : heap.strings[value]!)
  return {
    count,
    type: (node) => nodeTypes[0][heap.nodes[node * width + typeAt]!]!,
    name: (node) => heap.strings[heap.nodes[node * width + nameAt]!]!,
    id: (node) => heap.nodes[node * width + idAt]!,
    size: (node) => heap.nodes[node * width + sizeAt]!,
    edges(node) {
      const result: Array<[string, string, number]> = []
      for (let edge = firstEdge[node]!; edge < firstEdge[node + 1]!; edge++) {
        const base = edge * edgeWidth
        const type = edgeTypes[0][heap.edges[base + edgeTypeAt]!]!
        result.push([type, nameOfEdge(type, heap.edges[base + edgeNameAt]!), heap.edges[base + toAt]! / width])
      }
      return result
    }
  }
}

/** The new objects of `after` (not in `before`) split by cause; strings of at least `copyBytes` are text copies. */
export function splitByCause(before: HeapSnapshot, after: HeapSnapshot, copyBytes: number): Split {
  const old = graph(before)
  const seen = new Set<number>()
  for (let node = 0; node < old.count; node++) seen.add(old.id(node))
  const heap = graph(after)
  const isNew = new Uint8Array(heap.count)
  for (let node = 0; node < heap.count; node++) if (!seen.has(heap.id(node))) isNew[node] = 1
  /** 1 tree, 2 messages. */
  const owner = new Uint8Array(heap.count)

  const treeSeeds: number[] = []
  const messageSeeds: number[] = []
  for (let node = 0; node < heap.count; node++) {
    if (!isNew[node] || heap.type(node) !== 'object') continue
    if (heap.name(node) === 'VFileMessage') {
      messageSeeds.push(node)
      continue
    }
    const edges = heap.edges(node)
    const typeEdge = edges.find(([type, name]) => type === 'property' && name === 'type')
    if (typeEdge && stringTypes.has(heap.type(typeEdge[2])) && edges.some(([type, name]) => type === 'property' && (name === 'children' || name === 'position' || name === 'value'))) treeSeeds.push(node)
  }
  claim(treeSeeds, 1)
  claim(messageSeeds, 2)

  const split: Split = {textCopies: part(), strings: part(), tree: part(), messages: part(), other: part(), total: part()}
  for (let node = 0; node < heap.count; node++) {
    if (!isNew[node]) continue
    const size = heap.size(node)
    add(split.total, size)
    if (stringTypes.has(heap.type(node))) add(size >= copyBytes ? split.textCopies : split.strings, size)
    else add(owner[node] === 1 ? split.tree : owner[node] === 2 ? split.messages : split.other, size)
  }
  return split

  function claim(seeds: number[], who: number) {
    const stack = seeds.filter((node) => owner[node] === 0)
    for (const node of stack) owner[node] = who
    while (stack.length > 0) {
      const node = stack.pop()!
      if (stringTypes.has(heap.type(node))) continue
      for (const [type, , target] of heap.edges(node)) {
        if (!followed.has(type) || !isNew[target] || owner[target] !== 0) continue
        if (notFollowed.has(heap.type(target))) continue
        owner[target] = who
        stack.push(target)
      }
    }
  }
}

function part(): Part {
  return {bytes: 0, count: 0}
}

function add(into: Part, bytes: number) {
  into.bytes += bytes
  into.count++
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [before, after, copyBytes] = process.argv.slice(2)
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot
  process.stdout.write(JSON.stringify(splitByCause(read(before!), read(after!), Number(copyBytes))) + '\n')
}
