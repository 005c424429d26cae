/** The client's own words follow resolint.locale, as the server's messages do (client/src/locale.ts). */
import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import * as l10n from '@vscode/l10n'
import {currentLocale, interfaceLocale, pageLanguage, problemCount, useLocale} from '../client/src/locale.js'
import {languageOfPage} from '../client/src/ruleDocs.js'
import {docsUrl} from '../server/src/core/rule.js'
import {statusWords, type Status} from '../client/src/status.js'
import {localeSettings, serverLocale} from '../server/src/l10n/index.js'

const folder = fileURLToPath(new URL('../l10n/', import.meta.url))

describe("the client's interface language", () => {
  after(() => useLocale('en', folder))

  it('is the one the server says its messages in, for every resolint.locale and display language', () => {
    for (const setting of [undefined, null, ...localeSettings]) {
      for (const display of ['en', 'en-US', 'fr', 'fr-CA', 'ar', 'es-419', 'es_ES', 'de', 'zh-cn', 'pt-br']) {
        const chosen = interfaceLocale(setting, display)
        // The client's words come from the chosen locale's bundle, English when it has none.
        const worded = existsSync(`${folder}bundle.l10n.${chosen}.json`) ? chosen : 'en'
        assert.equal(worded, serverLocale(setting, display), `resolint.locale ${setting}, display ${display}`)
        // The rule pages the client links a compact diagnostic to are those the server would have linked.
        useLocale(chosen, folder)
        assert.equal(pageLanguage(), languageOfPage(docsUrl('vote-line', serverLocale(setting, display))), `resolint.locale ${setting}, display ${display}`)
      }
    }
    assert.equal(interfaceLocale('ar', 'fr'), 'ar')
    assert.equal(interfaceLocale('auto', 'fr-CA'), 'fr')
    assert.equal(interfaceLocale(undefined, 'de'), 'de')
  })

  it('says the status item, notifications and plural forms from that bundle, whatever the display language', () => {
    useLocale('fr', folder)
    assert.equal(currentLocale(), 'fr')
    assert.equal(l10n.t('resolint: {0} · {1}', 'arabe', 'interpol-ga'), 'resolint : arabe · interpol-ga')
    assert.equal(l10n.t('Restart'), 'Redémarrer')
    assert.equal(problemCount(1), '1 problème')
    assert.equal(problemCount(2), '2 problèmes')
    assert.equal(l10n.t('{0} · language detected', problemCount(0)), '0 problème · langue reconnue d\'après le texte')

    useLocale('ar', folder)
    assert.equal(l10n.t('resolint: not checked'), 'resolint: لا مراجعة')
    assert.deepEqual([0, 1, 2, 3, 11, 100].map(problemCount), ['لا توجد مشكلات', 'مشكلة واحدة', 'مشكلتان', '3 مشكلات', '11 مشكلة', '100 مشكلة'])

    useLocale('es', folder)
    assert.equal(l10n.t('Restart'), JSON.parse(readFileSync(`${folder}bundle.l10n.es.json`, 'utf8')).Restart)
    assert.notEqual(l10n.t('Restart'), 'Restart')

    // A display language without a bundle: English, the bundle's keys, in that language's plural rules.
    useLocale('de', folder)
    assert.deepEqual([l10n.t('Restart'), problemCount(1), problemCount(2)], ['Restart', '1 problem', '2 problems'])
    useLocale('en', folder)
    assert.equal(l10n.t('resolint: no auto-fixable problem in this document.'), 'resolint: no auto-fixable problem in this document.')
  })

  it('names the languages of a text of several resolutions in the interface language, as a list of that language', () => {
    const status = (names: string[]): Status => ({uri: 'file:///batch.txt', language: 'en', languageSource: 'configured', profile: 'interpol-ga', problems: 2, errors: 0, languages: names.map((languageName, index) => ({line: index * 40, language: 'xx', languageName}))})
    useLocale('fr', folder)
    assert.deepEqual(statusWords(status(['anglais', 'arabe', 'français']), 45), {text: 'resolint : arabe · interpol-ga', detail: '2 problèmes · résolutions en anglais, arabe et français'})
    useLocale('es', folder)
    assert.equal(statusWords(status(['inglés', 'árabe']), 0).detail, '2 problemas · resoluciones en inglés y árabe')
    useLocale('ar', folder)
    assert.deepEqual(statusWords(status(['الإنكليزية', 'العربية', 'الفرنسية']), 200), {text: 'resolint: الفرنسية · interpol-ga', detail: 'مشكلتان · لغات القرارات: الإنكليزية والعربية والفرنسية'})
    useLocale('en', folder)
    // The same language in two runs (English, Arabic, English) is named once.
    assert.equal(statusWords(status(['English', 'Arabic', 'English']), 0).detail, '2 problems · resolutions in English and Arabic')
  })

  it('no client word is said with vscode.l10n.t, which follows the display language only', () => {
    const folder = new URL('../client/src/', import.meta.url)
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
      assert.doesNotMatch(readFileSync(new URL(name, folder), 'utf8'), /vscode\.l10n\.t\(/, name)
    }
  })
})
