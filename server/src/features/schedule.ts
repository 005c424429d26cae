/**
 * When to check a document after an edit. A draft whose last check was cheap is
 * checked on the next tick: a fixed debounce would cost more than the check.
 * A large one is throttled by its measured cost, so the server spends at most a
 * third of its time checking while the drafter types, and the pending check
 * always reads the text current when it runs (the last edit is checked).
 * Pure: the server measures, this decides.
 */

/** `resolint.debounce`: `"auto"`, or a fixed delay in milliseconds after the last edit. */
export type Debounce = 'auto' | number

/** A last check at most this long (ms) is cheap enough to run on every edit. */
export const instantCost = 10
/** Idle time left between two checks, as a multiple of the last check's cost. */
export const costFactor = 2
/** The longest a throttled document waits (ms), however costly its checks. */
export const maxDelay = 2000

/** The last check of a document: how long it took and how long ago it ended (ms). */
export interface LastCheck {
  cost: number
  endedAgo: number
}

/**
 * How to schedule the check after an edit: `delay` in ms (0: the next tick);
 * `restart` whether a pending check is pushed back (a fixed debounce) or kept
 * (a throttle, so continuous typing still gets checks).
 */
export interface Pace {
  delay: number
  restart: boolean
}

/** The check after an edit, by the setting and the document's last check (none yet: at once). */
export function pace(debounce: unknown, last: LastCheck | undefined): Pace {
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) return {delay: Math.round(debounce), restart: true}
  if (!last || last.cost <= instantCost) return {delay: 0, restart: false}
  const interval = Math.min(maxDelay, Math.round(costFactor * last.cost))
  return {delay: Math.max(0, interval - Math.round(last.endedAgo)), restart: false}
}
