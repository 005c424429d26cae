// What the end-to-end tests share: in the extension host (these files are copied into the
// unpacked .vsix, CommonJS) and in the harness (run.mjs imports this file).
//
// A wait is for a state, never a fixed time: it polls (or listens) until the state is there, and
// fails only when it has not come within `patience()`, a generous bound that grows with the
// machine's load while the run goes on (so a loaded 2-core machine waits longer instead of
// failing; a state that never comes still fails, with what was awaited in the message).
'use strict'

const os = require('os')

/** The bound of one wait on an idle machine: RESOLINT_E2E_PATIENCE_MS, else a minute (a step takes a few seconds when idle). */
const BASE_MS = Number(process.env.RESOLINT_E2E_PATIENCE_MS) || 60000

/** How loaded the machine is now: runnable processes per core over the last minute, at least 1. */
function loadFactor() {
  return Math.max(1, os.loadavg()[0] / Math.max(1, os.cpus().length))
}

/** How long a wait may last, asked again while it lasts: the base times the load factor. */
function patience() {
  return Math.round(BASE_MS * loadFactor())
}

/**
 * How long a wait that says what it sees (`seen`) may see no change before it fails: RESOLINT_E2E_QUIET_MS, else 20 s,
 * times the load factor. A state the extension is still on its way to comes with a change (a check publishes, a panel
 * redraws) within seconds; one that does not come leaves what is seen as it is. Such a wait fails then, saying what it
 * saw, instead of after the whole `patience()`.
 */
const QUIET_MS = Number(process.env.RESOLINT_E2E_QUIET_MS) || 20000

function quiet() {
  return Math.round(QUIET_MS * loadFactor())
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const load = () => `load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`
const clip = (text) => (text.length > 2000 ? text.slice(0, 2000) + ` … (${text.length} characters)` : text)
const timedOut = (waited, what, seen) => new Error(`timed out after ${seconds(waited)} (${load()}) waiting for ${what}` + (seen === undefined ? '' : `; last seen: ${clip(seen)}`))
const stalled = (unchanged, what, seen) => new Error(`nothing changed for ${seconds(unchanged)} (${load()}) while waiting for ${what}; still seen: ${clip(seen)}`)

/**
 * The bounds of a wait, from its options: `bound()` (`patience` unless told) in all; with `seen()` (what the wait sees,
 * as a string), also `quiet()` (the default `quiet`) without a change of it; `error()` says which passed, and what was seen last.
 */
function bounds(what, {bound = patience, seen, quiet: still = quiet} = {}) {
  const start = Date.now()
  let last = seen ? String(seen()) : undefined
  let changed = start
  return {
    /** Notes what is seen now. */
    look() {
      if (!seen) return
      const now = String(seen())
      if (now !== last) [last, changed] = [now, Date.now()]
    },
    /** Milliseconds left before the first bound passes. */
    left: () => Math.min(bound() - (Date.now() - start), seen ? still() - (Date.now() - changed) : Infinity),
    error() {
      const now = Date.now()
      if (seen && now - changed >= still() && now - start < bound()) return stalled(now - changed, what, last)
      return timedOut(now - start, what, last)
    }
  }
}

/**
 * Resolves with the first truthy value of `check()` (sync or async), polled every `every` ms; rejects once
 * `bound()` (`patience` unless told) has passed, or, given `seen`, once what it sees has not changed for `quiet()`.
 */
async function poll(check, what, {every = 100, bound, seen, quiet: still} = {}) {
  const limits = bounds(what, {bound, seen, quiet: still})
  for (;;) {
    const value = await check()
    if (value) return value
    limits.look()
    if (limits.left() <= 0) throw limits.error()
    await new Promise((resolve) => setTimeout(resolve, every))
  }
}

/**
 * Resolves with the first truthy value of `check()`, checked now and on each `event`; rejects once `bound()`
 * (`patience` unless told) has passed, or, given `seen`, once what it sees has not changed for `quiet()`.
 * `options` is `{bound, seen, quiet}`, or the bound alone.
 */
function when(event, check, what, options = {}) {
  const limits = bounds(what, typeof options === 'function' ? {bound: options} : options)
  return new Promise((resolve, reject) => {
    let subscription
    let timer
    let done = false
    const finish = (fn, value) => {
      done = true
      clearTimeout(timer)
      if (subscription) subscription.dispose()
      fn(value)
    }
    // Re-armed while the bounds grow with the load (and the quiet one starts again with each change).
    const arm = () => {
      if (done) return
      const left = limits.left()
      if (left > 0) timer = setTimeout(arm, left)
      else finish(reject, limits.error())
    }
    const probe = () => {
      try {
        const value = check()
        if (value) finish(resolve, value)
        else limits.look()
      } catch (error) {
        finish(reject, error)
      }
    }
    subscription = event(probe)
    probe()
    arm()
  })
}

/** An environment variable run.mjs sets for the tests. */
function env(name) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: start code-server through test/e2e/run.mjs`)
  return value
}

module.exports = {env, loadFactor, patience, poll, quiet, seconds, when}
