/**
 * When each open document is checked: one pending check per document, replaced by
 * the next one asked; after an edit, when `pace` (features/schedule.ts) says from the
 * setting and the cost of the document's last check, which this measures.
 */
import {pace, type Debounce} from '../features/schedule.js'

/** The pending check of each document, and the cost of its last one. */
export class Pacing {
  /** Each document's pending check, as the function that cancels it. */
  private readonly pending = new Map<string, () => void>()
  /** Each document's last check: its cost and when it ended (`performance.now()`). */
  private readonly lastChecks = new Map<string, {cost: number; ended: number}>()

  /** `run` checks a document now and publishes what it found. */
  constructor(private readonly run: (uri: string) => void) {}

  /** Check `uri` after `delay` ms (0: on the next tick), replacing its pending check. */
  schedule(uri: string, delay: number): void {
    this.pending.get(uri)?.()
    const run = () => {
      this.pending.delete(uri)
      this.run(uri)
    }
    if (delay === 0) {
      const immediate = setImmediate(run)
      this.pending.set(uri, () => clearImmediate(immediate))
    } else {
      const timeout = setTimeout(run, delay)
      this.pending.set(uri, () => clearTimeout(timeout))
    }
  }

  /** After an edit of `uri`: a fixed debounce pushes its pending check back; a throttle keeps it. */
  edited(uri: string, debounce: Debounce): void {
    const last = this.lastChecks.get(uri)
    const {delay, restart} = pace(debounce, last && {cost: last.cost, endedAgo: performance.now() - last.ended})
    if (restart || !this.pending.has(uri)) this.schedule(uri, delay)
  }

  /** Run the check of `uri` and keep its cost for the pace of the next one. */
  timed<T>(uri: string, check: () => T): T {
    const started = performance.now()
    const result = check()
    const ended = performance.now()
    this.lastChecks.set(uri, {cost: ended - started, ended})
    return result
  }

  /** The document was closed: no pending check, no cost kept. */
  forget(uri: string): void {
    this.pending.get(uri)?.()
    this.pending.delete(uri)
    this.lastChecks.delete(uri)
  }
}
