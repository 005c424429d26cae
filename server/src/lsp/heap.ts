/**
 * How far V8 may grow the server's heap while it checks a large document. After each full collection V8 lets
 * the old generation grow to up to 4 times what survived before collecting again; a check leaves the last
 * version's tree and messages behind for it, so with a 6 MB document open the server peaked at ~8 times its live
 * set (545 MB for 63 MB). While it checks a document of more than `largeDocument` UTF-16 code units, the heap grows
 * by at most `largeGrowth` % between collections (`--heap-growing-percent`, read by V8 at each collection), at
 * the cost of more collections; smaller documents keep V8's own policy, so typing in them is not slowed. The
 * command line keeps V8's default.
 */
import {setFlagsFromString} from 'node:v8'

export const largeDocument = 1_000_000
export const largeGrowth = 30

/** The growth a check of `units` code units runs under: 0 is V8's own. */
export function heapGrowthFor(units: number): number {
  return units > largeDocument ? largeGrowth : 0
}

let current = 0

/** Sets V8's heap growth for a check of `units` code units (nothing when it is already so). */
export function growHeapFor(units: number): void {
  const growth = heapGrowthFor(units)
  if (growth === current) return
  current = growth
  setFlagsFromString(`--heap-growing-percent=${growth}`)
}
