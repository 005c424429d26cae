/**
 * The commands' and settings' words in every interface language: `package.json` names them by
 * `%key%`, and `package.nls.json` (English) and `package.nls.<language>.json` give them, VS Code
 * choosing by its display language. Every key used exists in every catalogue and no catalogue
 * holds a key nobody uses. The client's own words (status item, notifications) go through
 * `l10n.t` of @vscode/l10n (the bundle of resolint.locale, client/src/locale.ts), extracted into
 * `l10n/bundle.l10n.json` and worded in `bundle.l10n.<language>.json`.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {getL10nJson} from '@vscode/l10n-dev'
import {locales} from '../server/src/l10n/index.js'

const root = new URL('../', import.meta.url)
const read = (name: string) => JSON.parse(readFileSync(new URL(name, root), 'utf8'))
const catalogueName = (language: string) => (language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`)

/** Every `%key%` string value anywhere in the manifest. */
function keysOf(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([\w.-]+)%$/.exec(value)
    if (match) found.add(match[1]!)
  } else if (Array.isArray(value)) for (const item of value) keysOf(item, found)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) keysOf(item, found)
  return found
}

describe('package.nls: the commands and settings in each interface language', () => {
  const manifest = read('package.json')
  const used = [...keysOf(manifest)].sort()

  it('names every command title and setting description by a key, so none stays English', () => {
    const words: Array<[string, unknown]> = [['description', manifest.description]]
    for (const command of manifest.contributes.commands) words.push([command.command, command.title])
    const settings = (properties: Record<string, Record<string, unknown>>, prefix = '') => {
      for (const [id, setting] of Object.entries(properties)) {
        for (const field of ['description', 'markdownDescription'] as const) if (field in setting) words.push([prefix + id, setting[field]])
        for (const text of (setting.enumDescriptions as unknown[] | undefined) ?? []) words.push([prefix + id, text])
        if (setting.properties) settings(setting.properties as Record<string, Record<string, unknown>>, `${prefix}${id}.`)
      }
    }
    settings(manifest.contributes.configuration.properties)
    assert.ok(words.length >= 30, `${words.length} texts`)
    for (const [where, text] of words) assert.match(String(text), /^%[\w.-]+%$/, where)
  })

  for (const language of locales) {
    it(`${catalogueName(language)} has exactly the keys package.json uses, none empty`, () => {
      const catalogue = read(catalogueName(language)) as Record<string, string>
      assert.deepEqual(Object.keys(catalogue).sort(), used)
      for (const [key, text] of Object.entries(catalogue)) assert.ok(typeof text === 'string' && text.trim().length > 0, key)
    })
  }

  it('translates: no text of another language is the English one', () => {
    const english = read('package.nls.json') as Record<string, string>
    for (const language of locales.filter((code) => code !== 'en')) {
      const catalogue = read(catalogueName(language)) as Record<string, string>
      const same = Object.keys(english).filter((key) => catalogue[key] === english[key])
      assert.deepEqual(same, [], language)
    }
  })
})

describe('l10n bundles: the client\'s own words in each interface language', () => {
  const bundleName = (language: string) => (language === 'en' ? 'l10n/bundle.l10n.json' : `l10n/bundle.l10n.${language}.json`)
  const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort()

  it('l10n/bundle.l10n.json holds exactly the strings of l10n.t (@vscode/l10n) in client/src (`npx @vscode/l10n-dev export --outDir ./l10n ./client/src`)', async () => {
    const folder = new URL('client/src/', root)
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => ({extension: '.ts', contents: readFileSync(new URL(name, folder), 'utf8')}))
    assert.deepEqual(read(bundleName('en')), await getL10nJson(files))
    assert.equal(read('package.json').l10n, './l10n')
  })

  for (const language of locales.filter((code) => code !== 'en')) {
    it(`${bundleName(language)} words every string, with its placeholders, and every plural form of ${language}`, () => {
      const english = read(bundleName('en')) as Record<string, string | {message: string; comment: string[]}>
      const bundle = read(bundleName(language)) as Record<string, string>
      assert.deepEqual(Object.keys(bundle).sort(), Object.keys(english).sort())
      for (const [key, source] of Object.entries(english)) {
        const message = typeof source === 'string' ? source : source.message
        const text = bundle[key]!
        assert.ok(text.trim().length > 0, key)
        // A plural form may say its number in words (`مشكلتان`, two problems) instead of `{0}`.
        if (key.includes('/plural: ')) assert.ok(placeholders(text).every((slot) => placeholders(message).includes(slot)), key)
        else assert.deepEqual(placeholders(text), placeholders(message), key)
      }
      for (const category of new Intl.PluralRules(language).resolvedOptions().pluralCategories) {
        assert.ok(Object.keys(bundle).some((key) => key.endsWith(`/plural: ${category}`)), `${language} plural ${category}`)
      }
    })
  }
})
