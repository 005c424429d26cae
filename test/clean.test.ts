/**
 * Correct resolutions written in the real conventions of each language, with
 * the translators' own vocabulary (openers and verbs the lexicon need not know):
 * every file in `fixtures/clean/` passes with no error and no warning.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {mergeConfigs, validateConfig} from '../server/src/config.js'
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

describe('the project\'s phrases (`.resolintrc.json` `phrases`)', () => {
  it('are validated, key by key', () => {
    assert.deepEqual(validateConfig({phrases: {preamble: ['HAVING HEARD'], operative: 'ELECTS', other: []}}), {
      config: {phrases: {preamble: ['HAVING HEARD']}},
      errors: [
        {key: 'phrases.operative', message: 'expected a list of phrases (strings), not "ELECTS"'},
        {key: 'phrases.other', message: 'unknown key (expected `preamble` or `operative`)'}
      ]
    })
  })

  it('add up across settings and config files', () => {
    assert.deepEqual(mergeConfigs({phrases: {preamble: ['A']}}, {phrases: {preamble: ['B', 'A'], operative: ['C']}}).phrases, {preamble: ['A', 'B'], operative: ['C']})
  })

  it('make a drafter\'s word known: no near miss, no unlisted information', () => {
    const text = 'RECALLING its resolution GA-2021-89-RES-11,\n\nRECALING the Convention,\n\n1. COMMISSIONS the rapporteur.\n'
    const config = {language: 'en' as const, rules: {'opener-unlisted': 'info' as const}}
    assert.deepEqual(lint(text, config).filter((message) => message.ruleId?.startsWith('op') || message.ruleId === 'preamble-opening').map((message) => message.ruleId).sort(), ['opener-unlisted', 'preamble-opening'])
    assert.deepEqual(lint(text, {...config, phrases: {preamble: ['RECALING'], operative: ['Commissions']}}).filter((message) => message.ruleId === 'preamble-opening' || message.ruleId === 'opener-unlisted'), [])
  })
})
