/** When a document is checked after an edit (`resolint.debounce`), decided from given costs: no clock in any verdict. */
import assert from 'node:assert/strict'
import {describe, it} from 'mocha'
import {pace} from '../server/src/features/schedule.js'

describe('schedule: the check after an edit', () => {
  it('checks a document never checked, or checked in at most 10 ms, on the next tick', () => {
    assert.deepEqual(pace('auto', undefined), {delay: 0, restart: false})
    assert.deepEqual(pace('auto', {cost: 3.2, endedAgo: 0}), {delay: 0, restart: false})
    assert.deepEqual(pace('auto', {cost: 10, endedAgo: 0}), {delay: 0, restart: false})
  })

  it('throttles a costlier one by twice its last cost, counted from the end of that check', () => {
    assert.deepEqual(pace('auto', {cost: 10.4, endedAgo: 0}), {delay: 21, restart: false})
    assert.deepEqual(pace('auto', {cost: 200, endedAgo: 0}), {delay: 400, restart: false})
    assert.deepEqual(pace('auto', {cost: 200, endedAgo: 150}), {delay: 250, restart: false})
    assert.deepEqual(pace('auto', {cost: 200, endedAgo: 900}), {delay: 0, restart: false})
  })

  it('waits at most 2 s however costly the check', () => {
    assert.deepEqual(pace('auto', {cost: 5000, endedAgo: 0}), {delay: 2000, restart: false})
    assert.deepEqual(pace('auto', {cost: 5000, endedAgo: 500}), {delay: 1500, restart: false})
  })

  it('keeps a manual number as a fixed debounce after the last edit, whatever the cost', () => {
    assert.deepEqual(pace(150, {cost: 1, endedAgo: 0}), {delay: 150, restart: true})
    assert.deepEqual(pace(0, {cost: 500, endedAgo: 0}), {delay: 0, restart: true})
    assert.deepEqual(pace(99.6, undefined), {delay: 100, restart: true})
  })

  it('reads anything else (a negative number, a stray string, null) as "auto"', () => {
    for (const setting of [-5, Number.NaN, 'fast', null, undefined]) {
      assert.deepEqual(pace(setting, {cost: 200, endedAgo: 0}), {delay: 400, restart: false}, String(setting))
    }
  })
})
