/** Sets of language versions, grouped from file names (core/set.ts). */
import assert from 'node:assert/strict'
import {languageOfPath} from '../server/src/core/plugin.js'
import {resolutionSets, splitLanguage} from '../server/src/core/set.js'

describe('resolution sets', () => {
  it('reads the language part of a name, whatever the extension resolint opens', () => {
    assert.deepEqual(splitLanguage('GA-2025-93-RES-03.ar.txt'), {language: 'ar', key: 'GA-2025-93-RES-03.txt'})
    assert.deepEqual(splitLanguage('drafts/GA-2025-93-RES-03.FR.resolution'), {language: 'fr', key: 'drafts/GA-2025-93-RES-03.resolution'})
    assert.deepEqual(splitLanguage('GA-2025-93-RES-03.es.md'), {language: 'es', key: 'GA-2025-93-RES-03.md'})
    assert.equal(splitLanguage('GA-2025-93-RES-03.txt'), undefined)
    assert.equal(splitLanguage('GA-2025-93-RES-03.zz.txt'), undefined, 'not a language resolint checks')
    assert.equal(splitLanguage('GA-2025-93-RES-03.en.docx'), undefined)
    assert.equal(languageOfPath('/a/GA-2025-93-RES-03.en.txt'), 'en')
  })

  it('groups the versions of one resolution, and only names that differ by their language part', () => {
    const sets = resolutionSets([
      'GA-2025-93-RES-04.en.txt',
      'GA-2025-93-RES-03.fr.txt',
      'GA-2025-93-RES-03.ar.txt',
      'GA-2025-93-RES-03.en.md',
      'GA-2025-93-RES-03.en.txt',
      'other/GA-2025-93-RES-03.es.txt',
      'GA-2025-93-RES-03.es.txt',
      'notes.txt'
    ])
    assert.deepEqual(sets, [
      {key: 'GA-2025-93-RES-03.md', versions: {en: 'GA-2025-93-RES-03.en.md'}},
      {
        key: 'GA-2025-93-RES-03.txt',
        versions: {fr: 'GA-2025-93-RES-03.fr.txt', ar: 'GA-2025-93-RES-03.ar.txt', en: 'GA-2025-93-RES-03.en.txt', es: 'GA-2025-93-RES-03.es.txt'}
      },
      {key: 'GA-2025-93-RES-04.txt', versions: {en: 'GA-2025-93-RES-04.en.txt'}},
      {key: 'other/GA-2025-93-RES-03.txt', versions: {es: 'other/GA-2025-93-RES-03.es.txt'}}
    ])
  })
})
