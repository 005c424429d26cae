/**
 * The pure part of the bench: percentiles, the verdicts of its targets, and the
 * cause of a sampled allocation.
 * Every target that involves time is a ratio against a peer measured in the
 * same run, or a growth factor between sizes measured in fresh processes:
 * a loaded machine slows both sides alike, so the verdict holds where an
 * absolute limit would flip. Tested in `test/bench.test.ts` without timing.
 */

/** The `q` quantile of `samples` (nearest rank: the smallest sample with at least `q` of them at or below it); NaN when empty. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5)
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95)

/** What a process's threads were doing at one moment: their CPU time in all (ms) and whether any was running or waiting for a core. */
export interface ProcessSample {
  cpu: number
  running: boolean
}

/** Ms of CPU a process may take between two samples and still be idle: its timers and the kernel's accounting, not work. */
export const idleCpu = 0.25

/**
 * Whether a process was idle from sample `before` to `after`: no thread running or ready to run at either, and less
 * than `idleCpu` of CPU taken between them. A thread ready but without a core (a collection on a helper thread on a
 * loaded machine) takes no CPU while it waits, so the CPU alone would call it idle.
 */
export function idleBetween(before: ProcessSample, after: ProcessSample): boolean {
  return !before.running && !after.running && after.cpu - before.cpu < idleCpu
}

/** A target of the bench and its verdict. */
export interface Target {
  name: string
  /** The limit as shown (`≤ 1×`, `≥ 1.5×`). */
  limit: string
  measured: string
  met: boolean
}

/**
 * `ours` against `theirs`, both measured in the same run: ours / theirs must be
 * at most `limit` (1: no slower; 1/50: fifty times faster). A NaN on either side
 * (nothing measured) is not met.
 */
export function noSlowerThan(name: string, ours: number, theirs: number, limit: number, unit = 'ms'): Target {
  const ratio = ours / theirs
  return {
    name,
    limit: `ratio ≤ ${fraction(limit)}`,
    measured: `${figure(ours)} ${unit} against ${figure(theirs)} ${unit} (${times(ratio)})`,
    met: Number.isFinite(ratio) && ratio <= limit
  }
}

/** `ours` at least `factor` times faster than `theirs`: theirs / ours ≥ factor. */
export function fasterBy(name: string, ours: number, theirs: number, factor: number, unit = 's'): Target {
  const speedup = theirs / ours
  return {
    name,
    limit: `≥ ${factor}× faster`,
    measured: `${figure(ours)} ${unit} against ${figure(theirs)} ${unit} (${speedup.toFixed(2)}× faster)`,
    met: Number.isFinite(speedup) && speedup >= factor
  }
}

/**
 * How the cost per unit of size grows from the smallest size to the largest
 * (`cost / size` at the last over the first): 1 is linear, 10 on a tenfold
 * size is quadratic. `points` are [size, cost] pairs, smallest size first.
 */
export function growth(points: ReadonlyArray<readonly [number, number]>): number {
  if (points.length < 2) return Number.NaN
  const [firstSize, firstCost] = points[0]!
  const [lastSize, lastCost] = points.at(-1)!
  return lastCost / lastSize / (firstCost / firstSize)
}

/** A growth factor at most `limit`. */
export function growsAtMost(name: string, factor: number, limit: number, span: string): Target {
  return {name, limit: `≤ ${limit}× per unit of size`, measured: `×${factor.toFixed(2)} per unit of size ${span}`, met: Number.isFinite(factor) && factor <= limit}
}

/** An amount at most `limit` (memory: not slowed by the machine's load, so a limit of its own). */
export function atMost(name: string, value: number, limit: number, unit: string, shown: (value: number) => string): Target {
  return {name, limit: `≤ ${shown(limit)} ${unit}`, measured: `${shown(value)} ${unit}`, met: Number.isFinite(value) && value <= limit}
}

/** The ratio as the page shows it: `0.42×`, `0.020× (1/50)`. */
export function times(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'not measured'
  return ratio < 0.1 && ratio > 0 ? `${ratio.toFixed(3)}×, 1/${(1 / ratio).toFixed(0)}` : `${ratio.toFixed(2)}×`
}

function fraction(limit: number): string {
  return limit < 1 ? `1/${Math.round(1 / limit)}` : `${limit}×`
}

/** A time or size with as many digits as it needs: 0.42, 4.20, 42.0, 420. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

/** The options of `npm run bench`: the sections asked for (all when none), and `--quick`. */
export function options<S extends string>(argv: readonly string[], sections: readonly S[]): {sections: S[]; quick: boolean; write: boolean; unknown: string[]} {
  const asked = argv.filter((arg): arg is S => (sections as readonly string[]).includes(arg))
  const quick = argv.includes('--quick')
  const unknown = argv.filter((arg) => arg !== '--quick' && !(sections as readonly string[]).includes(arg))
  // The page is written only by a full run of every section.
  return {sections: asked.length > 0 ? asked : [...sections], quick, write: asked.length === 0 && !quick, unknown}
}

/**
 * The cause of an allocation, from its stack (leaf last): the nearest frame of a rule, a message, the conversion or
 * fix-all decides; else the part of the parse it was made in (folding called by a rule is the rule's).
 */
export function causeOfAllocation(stack: ReadonlyArray<{functionName: string; url: string}>): string {
  let parsing: string | undefined
  for (let index = stack.length - 1; index >= 0; index--) {
    const {functionName, url} = stack[index]!
    if (url.endsWith('core/rule.ts') && functionName === 'report') return 'messages (report: vfile messages and their texts)'
    if (url.endsWith('core/parse.ts') && functionName === 'moved') return 'parse: unchanged phrasing copied to its new place (moved)'
    if (/\/rules\/[^/]+\.ts$/.test(url)) return 'rules (their own work)'
    if (url.endsWith('core/rerun.ts') && (functionName === 'arrange' || functionName === 'moveMessage')) return 'rules: per-paragraph messages kept from the last check, moved'
    if (url.endsWith('features/convert.ts')) return parsing ?? 'diagnostics (LSP conversion)'
    if (url.endsWith('core/fix.ts')) return parsing ?? 'fix-all: fixes applied'
    if (url.endsWith('core/normalize.ts')) parsing ??= 'parse: folding'
    else if (/core\/(parse|inline|citations|numbers|phrases)\.ts$/.test(url)) parsing ??= 'parse: lines, blocks and phrasing'
    else if (url.endsWith('core/plugin.ts') || url.endsWith('core/document.ts')) parsing ??= 'parse: line index and Document'
  }
  return parsing ?? 'other'
}
