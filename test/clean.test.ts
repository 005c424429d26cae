/**
 * Correct resolutions written in the real conventions of each language, with
 * the translators' own vocabulary (openers and verbs the lexicon need not know):
 * every file in `fixtures/clean/` passes with no error and no warning.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {formatMessage, lint} from './helpers.js'

const folder = new URL('fixtures/clean/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

describe('clean resolutions (fixtures/clean)', () => {
  it('has at least three per language', () => {
    for (const language of ['ar', 'en', 'fr', 'es']) {
      assert.ok(names.filter((name) => name.endsWith(`.${language}.txt`)).length >= 3, language)
    }
  })

  for (const name of names) {
    it(`${name} passes with no error and no warning`, () => {
      const text = readFileSync(new URL(name, folder), 'utf8')
      const problems = lint(text, {}, undefined, name).filter((message) => typeof message.fatal === 'boolean')
      assert.deepEqual(problems.map((message) => `${formatMessage(message)} (${message.ruleId})`), [])
    })
  }
})
