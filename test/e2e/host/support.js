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

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const timedOut = (waited, what) => new Error(`timed out after ${seconds(waited)} (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores) waiting for ${what}`)

/**
 * Resolves with the first truthy value of `check()` (sync or async), polled every `every` ms; rejects once
 * `bound()` (`patience` unless told) has passed.
 */
async function poll(check, what, {every = 100, bound = patience} = {}) {
  const start = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    const waited = Date.now() - start
    if (waited > bound()) throw timedOut(waited, what)
    await new Promise((resolve) => setTimeout(resolve, every))
  }
}

/** Resolves with the first truthy value of `check()`, checked now and on each `event`; rejects once `bound()` (`patience` unless told) has passed. */
function when(event, check, what, bound = patience) {
  return new Promise((resolve, reject) => {
    const start = Date.now()
    let subscription
    let timer
    const finish = (fn, value) => {
      clearTimeout(timer)
      if (subscription) subscription.dispose()
      fn(value)
    }
    // Re-armed while the bound grows with the load.
    const arm = () => {
      const left = bound() - (Date.now() - start)
      if (left <= 0) finish(reject, timedOut(Date.now() - start, what))
      else timer = setTimeout(arm, left)
    }
    const probe = () => {
      try {
        const value = check()
        if (value) finish(resolve, value)
      } catch (error) {
        finish(reject, error)
      }
    }
    timer = setTimeout(arm, bound())
    subscription = event(probe)
    probe()
  })
}

/** An environment variable run.mjs sets for the tests. */
function env(name) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: start code-server through test/e2e/run.mjs`)
  return value
}

module.exports = {env, loadFactor, patience, poll, seconds, when}
