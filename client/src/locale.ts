/**
 * The client's own words (status item, notifications, the preview's titles) in the interface
 * language: `resolint.locale` when it is set, else VS Code's display language — the choice the
 * server makes for its messages (server/src/l10n `serverLocale`; a test holds the two to agree).
 * `vscode.l10n` follows the display language only, so the client says its words with
 * `@vscode/l10n` (the same bundles, keys and formatting; `l10n-dev export` finds its `l10n.t`
 * calls too) from the bundle of the locale it chose. Pure: no vscode import, so tests run it.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import * as l10n from '@vscode/l10n'

let current = 'en'
/** The locale whose bundle `useLocale` found, none for English (the bundle's keys): the server's interface language (a test holds them equal). */
let bundled: string | undefined

/** The interface language: `resolint.locale` unless `auto`, else the display language (`fr-CA` -> `fr`). */
export function interfaceLocale(setting: unknown, displayLanguage: string): string {
  const tag = typeof setting === 'string' && setting !== 'auto' ? setting : displayLanguage
  return /^[a-z]{2,3}(?=$|[-_.@])/i.exec(tag.trim())?.[0].toLowerCase() ?? 'en'
}

/**
 * Say the client's words in `locale` from now on: `bundle.l10n.<locale>.json` of `folder` (the
 * extension's `l10n/`); English, the bundle's keys themselves, when there is none.
 */
export function useLocale(locale: string, folder: string): void {
  const file = path.join(folder, `bundle.l10n.${locale}.json`)
  const found = existsSync(file)
  l10n.config({contents: found ? (JSON.parse(readFileSync(file, 'utf8')) as l10n.l10nJsonFormat) : {}})
  current = locale
  bundled = found ? locale : undefined
}

/** The language of the rule pages the server would link to (`docs/rules/<language>/`): the bundled locale's, undefined for English (the pages without a folder). */
export function pageLanguage(): string | undefined {
  return bundled
}

/** The locale `useLocale` set last. */
export function currentLocale(): string {
  return current
}

/**
 * `3 problems` in the interface language's plural form: one call per CLDR plural category, so
 * each has its key in `l10n/bundle.l10n.<language>.json` (Arabic uses all six; `2` is `مشكلتان`).
 */
export function problemCount(count: number): string {
  switch (new Intl.PluralRules(current).select(count)) {
    case 'zero':
      return l10n.t({message: '{0} problems', args: [count], comment: ['plural: zero']})
    case 'one':
      return l10n.t({message: '{0} problem', args: [count], comment: ['plural: one']})
    case 'two':
      return l10n.t({message: '{0} problems', args: [count], comment: ['plural: two']})
    case 'few':
      return l10n.t({message: '{0} problems', args: [count], comment: ['plural: few']})
    case 'many':
      return l10n.t({message: '{0} problems', args: [count], comment: ['plural: many']})
    default:
      return l10n.t({message: '{0} problems', args: [count], comment: ['plural: other']})
  }
}
