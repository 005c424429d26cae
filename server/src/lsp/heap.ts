/**
 * How far V8 may grow the server's heap while it checks a large document. After each full collection V8 lets
 * the old generation grow to up to 4 times what survived before collecting again; a check leaves the last
 * version's tree and messages behind for it, so with a 6 MB document open the server peaked at ~8 times its live
 * set (545 MB for 63 MB). And the young generation doubles (to 2 × 16 MB) whenever many of its objects survive a
 * scavenge, as a large check's do: 30 MB resident for objects that die young. While it checks a document of more
 * than `largeDocument` UTF-16 code units, the heap grows by at most `largeGrowth` % between collections
 * (`--heap-growing-percent`) and the young generation does not grow (`--semi-space-growth-factor=1`): both flags
 * are read by V8 at each collection, at the cost of more collections; smaller documents keep V8's own policy, so
 * typing in them is not slowed. The command line keeps V8's default.
 *
 * And once such a check is done, the version of the text it replaced (7.6 MB for 6 MB, in the large-object space,
 * which only a full collection frees) is garbage: V8 collected it 2 to 4 keystrokes later, a whole dead version
 * resident for each keystroke between. So a full collection runs when the server is next idle (`collectSoon`), or
 * before the next large check if that comes first (`growHeapFor`): one dead version at most, and only while the next
 * check makes its own (25-50 ms of one core per keystroke in a 6 MB document; none in smaller ones).
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

export const largeDocument = 1_000_000
export const largeGrowth = 30

/** V8's flags for a check of `units` code units: the heap's growth in % (0: V8's own) and the young generation's factor (2: V8's own). */
export function heapGrowthFor(units: number): {heap: number; young: number} {
  return units > largeDocument ? {heap: largeGrowth, young: 1} : {heap: 0, young: 2}
}

let current = heapGrowthFor(0)

/** Sets V8's heap growth for a check of `units` code units (nothing when it is already so). */
export function growHeapFor(units: number): void {
  if (owed) collectNow()
  const growth = heapGrowthFor(units)
  if (growth.heap === current.heap && growth.young === current.young) return
  current = growth
  setFlagsFromString(`--heap-growing-percent=${growth.heap}`)
  setFlagsFromString(`--semi-space-growth-factor=${growth.young}`)
}

/** The full collection owed after a large check, when the server is next idle. */
let owed: NodeJS.Immediate | undefined
/** V8's `gc`, made available once (`--expose-gc` gives it to the contexts made after it is set). */
let collect: ((options?: {type: 'minor' | 'major'}) => void) | undefined

/**
 * From this size, a check's garbage is scavenged when the server is next idle: the young generation, full of a
 * keystroke's leftovers (about 450 KB each in a 600 KB document), is emptied between keystrokes, not in one.
 */
export const scavengedDocument = 200_000

/** The scavenge owed after a check of a document of `scavengedDocument` code units or more. */
let scavenge: NodeJS.Immediate | undefined

/** After a check of `units` code units: a full collection soon, if the document is large, else a scavenge, if it is not small. */
export function collectSoon(units: number): void {
  if (units > largeDocument) owed ??= setImmediate(collectNow)
  else if (units > scavengedDocument) scavenge ??= setImmediate(scavengeNow)
}

/** Whether a scavenge is owed (`collectSoon`) and has not run yet. */
export function scavengeOwed(): boolean {
  return scavenge !== undefined
}

function scavengeNow(): void {
  scavenge = undefined
  scavengeAlone(gcFunction(), setFlagsFromString)
}

/**
 * A scavenge on this thread alone: V8's parallel scavenge wakes its 4 helper threads for the ~100 KB a keystroke's
 * check leaves alive, and on a loaded machine waits for them to get a core. On 600 KB (`npm run bench -- keystroke`'s
 * document, load 7, 400 keystrokes) the idle scavenge took 2.03 ms median, 9.58 p90 (wall) in parallel, 0.62 and 6.58
 * alone, while the editor is reading the publish. The flag is V8's, read at each scavenge: V8's own scavenges (a large
 * check's, many survivors) stay parallel.
 */
export function scavengeAlone(gc: (options: {type: 'minor'}) => void, setFlags: (flags: string) => void): void {
  setFlags('--no-parallel-scavenge')
  try {
    gc({type: 'minor'})
  } finally {
    setFlags('--parallel-scavenge')
  }
}

function gcFunction(): (options?: {type: 'minor' | 'major'}) => void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  return collect
}

/** Whether a full collection is owed (`collectSoon`) and has not run yet. */
export function collectionOwed(): boolean {
  return owed !== undefined
}

function collectNow(): void {
  clearImmediate(owed)
  owed = undefined
  gcFunction()()
}
