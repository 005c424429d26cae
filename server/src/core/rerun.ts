/**
 * Incremental rules (issue 17): after an incremental parse, a rule whose messages each depend on one paragraph
 * (`RuleEntry.reads: 'paragraph'` in the registry) runs only on the paragraphs the edit changed, and the last check's
 * messages of the others are kept, moved with their paragraph. Document-wide rules run on the whole tree.
 *
 * The tree is cut into regions: each paragraph of the preamble, the operative part and the closing (a paragraph
 * with its list, a chapeau, a vote line) is a region that can be reused; every other block (heading, identifier,
 * subject, opening, unknown) is a region checked again each time. A paragraph is reused when its text (and the two
 * characters after it) lies wholly before or wholly after the edit and its node equals the last check's, moved by
 * the edit's offset and lines (`sameShape`), and the check's context is the same (rules, language, profile, era,
 * stage, the French mark space, path). A per-paragraph rule's messages are ordered by region, in a full check too,
 * so that both give the same list; `test/incremental.test.ts` checks it after the fuzz's random edits.
 */
import type {Node, Point, Position} from 'unist'
import {stringifyPosition} from 'unist-util-stringify-position'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {withTree} from './document.js'
import {spliceOf, type Splice} from './parse.js'
import type {Block, Root} from './tree.js'
import {documentMarkSpace} from './typography.js'

/** A rule's transformer as unified-lint-rule makes it. */
type Transform = (tree: Root, file: VFile, next: (error?: Error) => void) => void

/** The regions of one tree, in the order of the text. */
interface Regions {
  nodes: Node[]
  starts: Int32Array
  ends: Int32Array
  /** 1: a paragraph that can be reused; 0: a block checked again each time. */
  units: Uint8Array
}

/** What a check keeps for the next one: its text, its regions and each per-paragraph rule's messages, by region. */
interface Memory {
  /** How many messages it took from the check before, and how many paragraphs its per-paragraph rules read again. */
  reuse: Reuse
  owner: object
  context: string
  text: string
  regions: Regions
  rules: Map<string, Arranged>
  /** Each document-wide rule's messages, as it made them. */
  whole: Map<string, VFileMessage[]>
}

/** A rule's messages and the region of each (-1: none), in region order. */
interface Arranged {
  messages: VFileMessage[]
  regions: Int32Array
}

/** One check's state for its per-paragraph rules. */
interface Rerun {
  tree: Root
  owner: object
  regions: Regions
  /** Each last-check region's region in this check (-1: read again), when the last check can be reused. */
  reused?: {memory: Memory; to: Int32Array; offsets: Int32Array; lines: Int32Array; view: Root; count: number}
  rules: Map<string, Arranged>
  whole: Map<string, VFileMessage[]>
  /** The edit this check's tree was spliced by, when the last check's memory is of its previous tree. */
  splice?: Splice
  /** Messages taken from the last check. */
  carried: number
  /** Document-wide rules whose messages were taken from the last check. */
  keptRules: number
  /** Document-wide rules that read one section again. */
  sectionRules: number
  context: string
  text: string
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `check`: the tree checked before (the server's), whose per-paragraph messages may be reused; and whether to keep this check's. */
    rerun: {previous: Root | undefined; keep: boolean; state?: Rerun}
  }
}

/** Each kept check's memory, by its tree: it goes with the tree. */
const memories = new WeakMap<Root, Memory>()

/** What a check took from the one before: messages of per-paragraph rules, and the paragraphs they did not read again. */
export interface Reuse {
  messages: number
  paragraphs: number
  /** Paragraphs (of the preamble, the operative part, the closing) read again. */
  read: number
  /** Document-wide rules that kept their messages (after a splice that left what they read of its paragraph as it was). */
  rules: number
  /** Document-wide rules that read the spliced paragraph's section again, and kept the other sections' messages. */
  sections: number
}

/** What the check of `tree` (kept for the next one: `check(…, {previous})`) reused of the check before; undefined when it kept nothing. */
export function reuseOf(tree: Root): Reuse | undefined {
  return memories.get(tree)?.reuse
}

/** Record this check's per-paragraph messages on its tree, for the next check (`check(…, {previous})`). */
export function remember(file: VFile, tree: Root): void {
  const state = file.data.rerun?.state
  if (file.data.rerun?.keep && state && state.tree === tree) {
    const units = state.regions.units.reduce((sum, unit) => sum + unit, 0)
    const paragraphs = state.reused?.count ?? 0
    const reuse = {messages: state.carried, paragraphs, read: units - paragraphs, rules: state.keptRules, sections: state.sectionRules}
    memories.set(tree, {reuse, owner: state.owner, context: state.context, text: state.text, regions: state.regions, rules: state.rules, whole: state.whole})
  }
  delete file.data.rerun
}

/**
 * Run a rule's transformer: a document-wide rule on the tree; a per-paragraph one on the paragraphs changed since the
 * last check (when there is one to reuse) with the others' messages taken from it, else on the tree; its messages
 * ordered by region either way.
 */
export function runRule(
  id: string,
  perParagraph: boolean,
  owner: object,
  transform: Transform,
  tree: Root,
  file: VFile,
  next: (error?: Error) => void,
  facts?: (paragraph: Splice['before']) => string,
  bySection?: boolean
): void {
  const given = file.data.rerun
  if (given && !given.keep && !given.previous) {
    // A check that neither reuses the last one's messages nor keeps its own (the command line's): the rule reads the
    // tree, and a per-paragraph rule's messages are only put in region order, as a check that reuses orders them.
    if (!perParagraph) return transform(tree, file, next)
    const before = file.messages.length
    transform(tree, file, (error) => {
      const messages = file.messages
      if (messages.length - before > 1) {
        const regions = stateOf(file, tree, owner).regions
        const at: number[] = []
        let sorted = true
        for (let index = before; index < messages.length; index++) {
          at.push(regionOfMessage(regions, messages[index]!))
          if (at.length > 1 && at.at(-1)! < at.at(-2)!) sorted = false
        }
        // Most rules report in the order of the text: already in region order.
        if (!sorted) for (const message of sortByRegion(messages.splice(before), at, regions.nodes.length).messages) messages.push(message)
      }
      next(error)
    })
    return
  }
  if (!perParagraph) {
    const state = file.data.rerun ? stateOf(file, tree, owner) : undefined
    const kept = state && facts ? keptWhole(state, id, facts) : undefined
    if (kept) {
      for (const message of kept) file.messages.push(message)
      state!.whole.set(id, kept)
      state!.carried += kept.length
      state!.keptRules++
      next()
      return
    }
    const around = state && bySection ? aroundSection(state, id) : undefined
    const before = file.messages.length
    const document = file.data.document
    let target = tree
    if (around) {
      // The spliced paragraph's section alone: the rule reads each section on its own.
      target = {...tree, children: [tree.children[state!.splice!.section]!]}
      if (document) file.data.document = withTree(document, target, file)
      for (const message of around.before) file.messages.push(message)
    }
    transform(target, file, (error) => {
      if (document) file.data.document = document
      if (around) {
        for (const message of around.after) file.messages.push(message)
        state!.carried += around.before.length + around.after.length
        state!.sectionRules++
      }
      state?.whole.set(id, file.messages.slice(before))
      next(error)
    })
    return
  }
  const state = stateOf(file, tree, owner)
  const before = file.messages.length
  let target = tree
  const document = file.data.document
  if (state.reused) {
    target = state.reused.view
    // Rules read their document's tree (`documentOf`): this run's is the view.
    if (document) file.data.document = withTree(document, target, file)
  }
  transform(target, file, (error) => {
    if (document) file.data.document = document
    const made = file.messages.splice(before)
    const arranged = arrange(state, id, made)
    state.rules.set(id, arranged)
    for (const message of arranged.messages) file.messages.push(message)
    next(error)
  })
}

/** The check's state, made by the first per-paragraph rule. */
function stateOf(file: VFile, tree: Root, owner: object): Rerun {
  const given = file.data.rerun
  if (given?.state && given.state.tree === tree && given.state.owner === owner) return given.state
  const text = String(file.value)
  const regions = regionsOf(tree)
  const context = contextOf(file, tree, text)
  const state: Rerun = {tree, owner, regions, rules: new Map(), whole: new Map(), context, text, carried: 0, keptRules: 0, sectionRules: 0}
  const memory = given?.previous ? memories.get(given.previous) : undefined
  if (memory && memory.owner === owner && memory.context === context) {
    const splice = spliceOf(tree)
    const reused = splice?.previous === given!.previous ? spliced(memory, splice!, tree, regions) : match(memory, text, tree, regions)
    if (reused) state.reused = {memory, ...reused}
    if (reused && splice?.previous === given!.previous) state.splice = splice
  }
  if (given) given.state = state
  else file.data.rerun = {previous: undefined, keep: false, state}
  return state
}

/** What else than its paragraph a per-paragraph rule reads; a check reuses the last one's messages only when it is the same. */
function contextOf(file: VFile, tree: Root, text: string): string {
  const language = tree.data.language
  // Fixes writing `;` or `:` space them as the document does (`markFix`): French only.
  file.data.markSpace ??= documentMarkSpace(text, language)
  return [language, tree.data.profile, tree.data.era ?? '', tree.data.stage ?? 'draft', file.data.markSpace, file.path ?? ''].join('\u0000')
}

const containers = new Set(['preamble', 'operative', 'closing'])

function regionsOf(tree: Root): Regions {
  const nodes: Node[] = []
  const units: number[] = []
  for (const block of tree.children) {
    if (containers.has(block.type)) {
      for (const child of (block as Block & {children: Node[]}).children) {
        nodes.push(child)
        units.push(1)
      }
    } else {
      nodes.push(block)
      units.push(0)
    }
  }
  const starts = new Int32Array(nodes.length)
  const ends = new Int32Array(nodes.length)
  nodes.forEach((node, index) => {
    starts[index] = node.position!.start.offset!
    ends[index] = node.position!.end.offset!
  })
  return {nodes, starts, ends, units: Uint8Array.from(units)}
}

/**
 * Which paragraphs of the last check are this one's: those whose text and the two characters after it lie wholly
 * before the edit (the common start of both texts) or wholly after it (their common end), and whose node equals the
 * last one moved by the edit.
 */
function match(memory: Memory, text: string, tree: Root, regions: Regions): {to: Int32Array; offsets: Int32Array; lines: Int32Array; view: Root; count: number} | undefined {
  const old = memory.text
  const shortest = Math.min(old.length, text.length)
  let prefix = 0
  while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++
  const same = prefix === old.length && old.length === text.length
  const delta = text.length - old.length
  const was = memory.regions
  /** The last check's paragraphs by where they would start now. */
  const candidates = new Map<number, number>()
  for (let index = 0; index < was.nodes.length; index++) {
    if (!was.units[index]) continue
    if (same || was.ends[index]! + 2 <= prefix) candidates.set(was.starts[index]!, index)
    else if (was.starts[index]! >= old.length - suffix) candidates.set(was.starts[index]! + delta, index)
  }
  const to = new Int32Array(was.nodes.length).fill(-1)
  const offsets = new Int32Array(regions.nodes.length)
  const lines = new Int32Array(regions.nodes.length)
  const reused = new Uint8Array(regions.nodes.length)
  let count = 0
  for (let index = 0; index < regions.nodes.length; index++) {
    if (!regions.units[index]) continue
    const from = candidates.get(regions.starts[index]!)
    if (from === undefined || to[from] !== -1) continue
    const node = regions.nodes[index]!
    const before = was.nodes[from]!
    if (node.type !== before.type || regions.ends[index]! - regions.starts[index]! !== was.ends[from]! - was.starts[from]!) continue
    const offset = regions.starts[index]! - was.starts[from]!
    const line = node.position!.start.line - before.position!.start.line
    if (!sameShape(node, before, offset, line)) continue
    to[from] = index
    offsets[index] = offset
    lines[index] = line
    reused[index] = 1
    count++
  }
  if (count === 0) return undefined
  const view: Root = {
    ...tree,
    children: tree.children.map((block) => {
      if (!containers.has(block.type)) return block
      const children = (block as Block & {children: Node[]}).children.filter((child) => !reused[indexOf(regions, child.position!.start.offset!)])
      return {...block, children} as Block
    })
  }
  return {to, offsets, lines, view, count}
}

/**
 * Which paragraphs of the last check are this one's, when this tree was spliced from the last one: all but the one read
 * again, those after it moved by the edit's length (on later lines: the splice changed no line break).
 */
function spliced(memory: Memory, splice: Splice, tree: Root, regions: Regions): {to: Int32Array; offsets: Int32Array; lines: Int32Array; view: Root; count: number} | undefined {
  const was = memory.regions
  const changed = indexOf(regions, splice.after.position.start.offset!)
  if (was.nodes.length !== regions.nodes.length || regions.nodes[changed] !== splice.after || was.nodes[changed] !== splice.before) return undefined
  const to = new Int32Array(was.nodes.length).fill(-1)
  const offsets = new Int32Array(regions.nodes.length)
  const lines = new Int32Array(regions.nodes.length)
  let count = 0
  // The other blocks (heading, identifier, opening, …) did not change either: their messages are kept too.
  for (let index = 0; index < regions.nodes.length; index++) {
    if (index === changed) continue
    to[index] = index
    if (index > changed) offsets[index] = splice.delta
    if (regions.units[index]) count++
  }
  const section = tree.children[splice.section]!
  const view: Root = {...tree, children: [{...section, children: [splice.after]} as Block]}
  return {to, offsets, lines, view, count}
}

/**
 * A document-wide rule's messages of the last check, moved by the splice, when what the rule reads of the paragraph the
 * splice read again (`facts`) is the same and none of them lies on the text the edit changed; else undefined.
 */
function keptWhole(state: Rerun, id: string, facts: (paragraph: Splice['before']) => string): VFileMessage[] | undefined {
  const splice = state.splice
  const last = splice && state.reused?.memory.whole.get(id)
  if (!splice || !last || facts(splice.before) !== facts(splice.after)) return undefined
  const map = splicedPoint(splice)
  const result: VFileMessage[] = []
  for (const message of last) {
    const moved = remapMessage(message, map)
    if (!moved) return undefined
    result.push(moved)
  }
  return result
}

/**
 * A rule reading each section on its own (`bySection`): its last messages before and after the spliced paragraph's
 * section, moved by the splice (the section itself is read again); undefined when some lie nowhere or cannot be moved.
 */
function aroundSection(state: Rerun, id: string): {before: VFileMessage[]; after: VFileMessage[]} | undefined {
  const splice = state.splice
  const last = splice && state.reused?.memory.whole.get(id)
  if (!splice || !last) return undefined
  const section = splice.previous.children[splice.section]!.position
  const from = section.start.offset!
  const to = section.end.offset!
  const before: VFileMessage[] = []
  const after: VFileMessage[] = []
  for (const message of last) {
    const place = message.place as Position | Point | undefined
    const start = place ? ('start' in place ? place.start.offset : place.offset) : undefined
    if (start === undefined) return undefined
    if (start < from) before.push(message)
    else if (start > to) {
      const moved = remapMessage(message, splicedPoint(splice))
      if (!moved) return undefined
      after.push(moved)
    } else if (after.length > 0) return undefined
  }
  return {before, after}
}

/** A point of the last check where it stands after the splice (undefined: on the text the edit changed). */
function splicedPoint(splice: Splice): (point: Point) => Point | undefined {
  return (point) => {
    const offset = point.offset
    if (offset === undefined || (offset >= splice.start && offset <= splice.oldEnd)) return undefined
    if (offset < splice.start) return point
    return {line: point.line, column: point.line === splice.line ? point.column + splice.delta : point.column, offset: offset + splice.delta}
  }
}

/** The region holding `offset`: the last one starting at or before it (-1: before the first). */
function indexOf(regions: Regions, offset: number): number {
  let low = 0
  let high = regions.starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (regions.starts[middle]! <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** The region of a message: where its place starts (-1: no place, or before every region). */
function regionOfMessage(regions: Regions, message: VFileMessage): number {
  const place = message.place as Position | Point | undefined
  const offset = place ? ('start' in place ? place.start.offset : place.offset) : undefined
  return offset === undefined ? -1 : indexOf(regions, offset)
}

/** A rule's messages of this run and those taken from the last check, in region order (each region's as the rule made them). */
function arrange(state: Rerun, id: string, made: VFileMessage[]): Arranged {
  const count = state.regions.nodes.length
  const messages: VFileMessage[] = []
  const at: number[] = []
  for (const message of made) {
    messages.push(message)
    at.push(regionOfMessage(state.regions, message))
  }
  const reused = state.reused
  const kept = reused?.memory.rules.get(id)
  if (reused && kept) {
    for (let index = 0; index < kept.messages.length; index++) {
      const region = kept.regions[index]!
      const now = region < 0 ? -1 : reused.to[region]!
      if (now < 0) continue
      messages.push(moveMessage(kept.messages[index]!, reused.offsets[now]!, reused.lines[now]!))
      at.push(now)
      state.carried++
    }
  }
  return sortByRegion(messages, at, count)
}

/** Messages in region order, each region's as they come (a stable counting sort; -1, no region, first), with the region of each. */
function sortByRegion(messages: VFileMessage[], at: number[], count: number): Arranged {
  const counts = new Int32Array(count + 2)
  for (const region of at) counts[region + 2]!++
  for (let index = 1; index < counts.length; index++) counts[index]! += counts[index - 1]!
  const sorted: VFileMessage[] = new Array(messages.length)
  const regions = new Int32Array(messages.length)
  for (let index = 0; index < messages.length; index++) {
    const slot = counts[at[index]! + 1]!++
    sorted[slot] = messages[index]!
    regions[slot] = at[index]!
  }
  return {messages: sorted, regions}
}

/** A message of the last check moved with its paragraph by `offset` code units and `lines` lines (the same one when it did not move). */
export function moveMessage(message: VFileMessage, offset: number, lines: number): VFileMessage {
  if (offset === 0 && lines === 0) return message
  return remapMessage(message, (point) => ({line: point.line + lines, column: point.column, ...(point.offset === undefined ? {} : {offset: point.offset + offset})}))!
}

/** A message of the last check with every point of its place and fixes mapped (the same one when none moved); undefined when one cannot be. */
function remapMessage(message: VFileMessage, map: (point: Point) => Point | undefined): VFileMessage | undefined {
  const place = message.place as Position | Point | undefined
  let movedPlace: Position | Point | undefined
  if (place && 'start' in place) {
    const start = map(place.start)
    const end = start && map(place.end)
    if (!end) return undefined
    movedPlace = start === place.start && end === place.end ? place : {start: start!, end}
  } else if (place) {
    movedPlace = map(place)
    if (!movedPlace) return undefined
  }
  const extra = message as VFileMessage & {edits?: Array<{position: Position}>; suggestedEdits?: Array<{position: Position}>; alternatives?: Array<{place: Position}>}
  const edits = mapEach(extra.edits, 'position', map)
  // The edits offered too (a renumbering, a footnote's removal): their ranges move with the message.
  const suggestedEdits = mapEach(extra.suggestedEdits, 'position', map)
  const alternatives = mapEach(extra.alternatives, 'place', map)
  if (!edits || !suggestedEdits || !alternatives) return undefined
  if (movedPlace === place && !edits.changed && !suggestedEdits.changed && !alternatives.changed) return message
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message)
  copy.place = movedPlace
  const start = movedPlace ? ('start' in movedPlace ? movedPlace.start : movedPlace) : undefined
  if (start && copy.line !== undefined) copy.line = start.line
  if (start && copy.column !== undefined) copy.column = start.column
  // As `VFile#message` names it: the path, then the place.
  const where = stringifyPosition(copy.place) || '1:1'
  copy.name = message.file ? message.file + ':' + where : where
  // The last tree's nodes: never kept alive by a later check.
  copy.ancestors = undefined
  if (edits.items) Object.assign(copy, {edits: edits.items})
  if (suggestedEdits.items) Object.assign(copy, {suggestedEdits: suggestedEdits.items})
  if (alternatives.items) Object.assign(copy, {alternatives: alternatives.items})
  return copy
}

/** Each item of a list (a message's edits, its alternatives) with its position under `key` mapped, and whether one moved; undefined when one cannot be. */
function mapEach<K extends string, T extends Record<K, Position>>(items: readonly T[] | undefined, key: K, map: (point: Point) => Point | undefined): {items: T[] | undefined; changed: boolean} | undefined {
  if (!items) return {items: undefined, changed: false}
  let changed = false
  const moved: T[] = []
  for (const item of items) {
    const position = mapPosition(item[key], map)
    if (!position) return undefined
    if (position !== item[key]) changed = true
    moved.push(position === item[key] ? item : {...item, [key]: position})
  }
  return {items: moved, changed}
}

function mapPosition(position: Position, map: (point: Point) => Point | undefined): Position | undefined {
  const start = map(position.start)
  const end = start && map(position.end)
  if (!end) return undefined
  return start === position.start && end === position.end ? position : {start: start!, end}
}

/**
 * Whether `node` is `before` moved by `offset` code units and `lines` lines: the same values, and every point moved
 * so (its column the same). Objects shared by both (a parse reuses unmoved phrasing as it is) are the same when nothing moved.
 */
export function sameShape(node: unknown, before: unknown, offset: number, lines: number): boolean {
  if (node === before && offset === 0 && lines === 0) return true
  if (typeof node !== 'object' || node === null || typeof before !== 'object' || before === null) return node === before
  if (Array.isArray(node)) {
    if (!Array.isArray(before) || node.length !== before.length) return false
    for (let index = 0; index < node.length; index++) if (!sameShape(node[index], before[index], offset, lines)) return false
    return true
  }
  if (Array.isArray(before)) return false
  const a = node as Record<string, unknown>
  const b = before as Record<string, unknown>
  if (typeof a.line === 'number' && typeof a.column === 'number' && typeof a.offset === 'number' && !('type' in a)) {
    return b.line === a.line - lines && b.column === a.column && b.offset === a.offset - offset && Object.keys(a).length === Object.keys(b).length
  }
  let keys = 0
  for (const key in a) {
    keys++
    if (!(key in b) || !sameShape(a[key], b[key], offset, lines)) return false
  }
  for (const _key in b) keys--
  return keys === 0
}
