/**
 * The e2e's waits (test/e2e/host/support.js): a wait for a state that does not come reports promptly, saying what it
 * saw, once what it sees stops changing, instead of after the whole patience(). No verdict here depends on speed: the
 * bounds are either far away (10 minutes) or nothing at all (0 ms).
 */
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'

interface Options {
  bound?: () => number
  seen?: () => string
  quiet?: () => number
  every?: number
}
const support = createRequire(import.meta.url)('./e2e/host/support.js') as {
  when: (event: (listener: () => void) => {dispose(): void}, check: () => unknown, what: string, options?: Options | (() => number)) => Promise<unknown>
  poll: (check: () => unknown, what: string, options?: Options) => Promise<unknown>
}

/** An event as VS Code's: subscribe with a listener, dispose to stop. */
function emitter() {
  const listeners = new Set<() => void>()
  return {
    event: (listener: () => void) => {
      listeners.add(listener)
      return {dispose: () => void listeners.delete(listener)}
    },
    fire: () => listeners.forEach((listener) => listener()),
    listening: () => listeners.size
  }
}

const far = () => 600_000
const none = () => 0

describe('the e2e waits (support.js)', () => {
  it('a wait whose seen state stops changing fails at once after its quiet bound, saying what it waited for and what it saw', async () => {
    const {event, listening} = emitter()
    await assert.rejects(support.when(event, () => false, 'the CLI diagnostics', {bound: far, quiet: none, seen: () => '3:0-3:9 operative-terminator'}), (error: Error) => {
      assert.match(error.message, /^nothing changed for \d+\.\d s \(load \d+\.\d on \d+ cores\) while waiting for the CLI diagnostics; still seen: 3:0-3:9 operative-terminator$/)
      return true
    })
    assert.equal(listening(), 0)
    await assert.rejects(support.poll(() => false, 'the status', {bound: far, quiet: none, seen: () => 'resolint: English', every: 1}), /while waiting for the status; still seen: resolint: English$/)
  })

  it('a wait past its whole bound says it timed out, with what it saw last; one that says nothing of what it sees keeps only that bound', async () => {
    const {event} = emitter()
    await assert.rejects(support.when(event, () => false, 'the preview', {bound: none, quiet: far, seen: () => 'no tab'}), /^Error: timed out after \d+\.\d s \(load [\d.]+ on \d+ cores\) waiting for the preview; last seen: no tab$/)
    await assert.rejects(support.when(event, () => false, 'the preview', none), /^Error: timed out after .* waiting for the preview$/)
    await assert.rejects(support.poll(() => false, 'the rows', {bound: none, every: 1}), /^Error: timed out after .* waiting for the rows$/)
  })

  it('resolves with the first truthy value, on an event or when polled, and stops listening', async () => {
    const {event, fire, listening} = emitter()
    let value: string | undefined
    const waited = support.when(event, () => value, 'a value', {bound: far, quiet: far, seen: () => String(value)})
    value = 'ready'
    fire()
    assert.equal(await waited, 'ready')
    assert.equal(listening(), 0)
    let polls = 0
    assert.equal(await support.poll(() => ++polls === 3 && 'third', 'a third poll', {bound: far, quiet: far, seen: () => String(polls), every: 1}), 'third')
  })
})
