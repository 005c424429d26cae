/**
 * Sequence alignment of the parts of several versions (Needleman–Wunsch,
 * progressive): the longest version gives the first columns, and each other
 * version is aligned against the columns built so far, a part either joining
 * a column, or standing alone in a new one; a column it has no part for is a
 * gap. One missing paragraph is then one gap, not a shift of every later one.
 *
 * The work is bounded by construction: the table is a band around the
 * diagonal as wide as the difference in length plus a margin, so two
 * versions of n paragraphs cost O(n · margin), never O(n²).
 */

/** Cells of a column: for each sequence, the index of its item there, or undefined (a gap). */
export type Column = Array<number | undefined>

/** How far off the diagonal the alignment may stray beyond the difference in length. */
const margin = 12

/**
 * Align `sequences` (item scores from `score`, higher is more alike; a gap
 * costs `gap`). Returns the columns in order; every item of every sequence
 * stands in exactly one column, in its order.
 */
export function align<Item>(sequences: ReadonlyArray<readonly Item[]>, score: (a: Item, b: Item) => number, gap: number): Column[] {
  if (sequences.length === 0) return []
  let pivot = 0
  sequences.forEach((sequence, index) => {
    if (sequence.length > sequences[pivot]!.length) pivot = index
  })
  let columns: Column[] = sequences[pivot]!.map((_, index) => sequences.map((__, which) => (which === pivot ? index : undefined)))
  sequences.forEach((sequence, which) => {
    if (which === pivot) return
    const columnScore = (column: Column, item: Item) => {
      let total = 0
      let count = 0
      column.forEach((cell, other) => {
        if (cell === undefined || other === which) return
        total += score(sequences[other]![cell]!, item)
        count++
      })
      return count === 0 ? -gap : total / count
    }
    columns = alignTwo(columns, sequence, columnScore, gap, which, sequences.length)
  })
  return columns
}

/** Align one sequence against the columns: a banded Needleman–Wunsch with a traceback. */
function alignTwo<Item>(columns: Column[], sequence: readonly Item[], score: (column: Column, item: Item) => number, gap: number, which: number, width: number): Column[] {
  const n = columns.length
  const m = sequence.length
  const band = Math.abs(n - m) + margin
  const low = (i: number) => Math.max(0, Math.round(n === 0 ? 0 : (i * m) / n) - band)
  const high = (i: number) => Math.min(m, Math.round(n === 0 ? m : (i * m) / n) + band)
  // Row i holds j from low(i) to high(i); 0 diagonal, 1 gap in the sequence (column alone), 2 item alone.
  const best: Float64Array[] = []
  const move: Uint8Array[] = []
  const at = (i: number, j: number) => (i < 0 || j < low(i) || j > high(i) ? -Infinity : best[i]![j - low(i)]!)
  for (let i = 0; i <= n; i++) {
    const from = low(i)
    const to = high(i)
    const row = new Float64Array(to - from + 1)
    const moves = new Uint8Array(to - from + 1)
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue
      let value = -Infinity
      let kind = 0
      if (i > 0 && j > 0) value = at(i - 1, j - 1) + score(columns[i - 1]!, sequence[j - 1]!)
      if (i > 0 && at(i - 1, j) - gap > value) [value, kind] = [at(i - 1, j) - gap, 1]
      if (j > 0 && (j - 1 >= from ? row[j - 1 - from]! : -Infinity) - gap > value) [value, kind] = [row[j - 1 - from]! - gap, 2]
      row[j - from] = value
      moves[j - from] = kind
    }
    best.push(row)
    move.push(moves)
  }
  const result: Column[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const kind = i === 0 ? 2 : j === 0 ? 1 : move[i]![j - low(i)]!
    if (kind === 0) {
      const column = [...columns[i - 1]!]
      column[which] = j - 1
      result.push(column)
      i--
      j--
    } else if (kind === 1) {
      result.push(columns[i - 1]!)
      i--
    } else {
      const column: Column = new Array<number | undefined>(width).fill(undefined)
      column[which] = j - 1
      result.push(column)
      j--
    }
  }
  return result.reverse()
}
