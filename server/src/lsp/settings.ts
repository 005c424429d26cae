/**
 * The `resolint.` settings of each document, asked of the client once per URI
 * (any value may be missing or null: merged with the defaults); the config they
 * make before the nearest `.resolintrc.json` is merged over them; the interface
 * language of the document's messages.
 */
import type {Connection} from 'vscode-languageserver'
import {validateConfig, type Config} from '../config.js'
import {stages, type Stage} from '../core/tree.js'
import type {Debounce} from '../features/schedule.js'
import {serverLocale, type Locale} from '../l10n/index.js'

/** Settings of the `resolint.` section, as the client sends them (any may be missing or null). */
export interface Settings {
  language: string
  profile: string
  stage: string
  rules: Config['rules']
  /** The drafter's own openers and verbs, as `.resolintrc.json` `phrases`. */
  phrases: Config['phrases']
  run: 'onType' | 'onSave'
  /** `"auto"`: by the last check's cost (features/schedule.ts); a number: a fixed debounce in ms. */
  debounce: Debounce
  maxFileSize: number
  /** The interface language: `auto` follows the client's (`initialize` `locale`). */
  locale: string
}

export const defaults: Settings = {language: 'auto', profile: 'auto', stage: 'draft', rules: {}, phrases: {}, run: 'onType', debounce: 'auto', maxFileSize: 5 * 1024 * 1024, locale: 'auto'}

/** Each document's settings, cached per URI until the client says they changed. */
export class DocumentSettings {
  /** Whether the client answers `workspace/configuration` (set on `initialize`). */
  capability = false
  /** The locale the client gave in `initialize` (VS Code's display language). */
  clientLocale: string | undefined
  private readonly byUri = new Map<string, Promise<Settings>>()
  private readonly connection: Connection

  constructor(connection: Connection) {
    this.connection = connection
  }

  /** The settings of the document `uri`. */
  of(uri: string): Promise<Settings> {
    let settings = this.byUri.get(uri)
    if (!settings) {
      settings = this.capability
        ? this.connection.workspace.getConfiguration({scopeUri: uri, section: 'resolint'}).then(
            (value: Partial<Settings> | null) => ({...defaults, ...withoutNulls(value)}),
            () => defaults
          )
        : Promise.resolve(defaults)
      this.byUri.set(uri, settings)
    }
    return settings
  }

  /** The interface language of a document's messages: `resolint.locale`, else the client's, else English. */
  async locale(uri: string): Promise<Locale> {
    return serverLocale((await this.of(uri)).locale, this.clientLocale)
  }

  forget(uri: string): void {
    this.byUri.delete(uri)
  }

  clear(): void {
    this.byUri.clear()
  }
}

/** The config the settings make (`.resolintrc.json` is merged over it). */
export function configOfSettings(settings: Settings): Config {
  return {
    language: settings.language === 'auto' ? undefined : (settings.language as Config['language']),
    profile: settings.profile,
    stage: stages.includes(settings.stage as Stage) ? (settings.stage as Stage) : undefined,
    rules: settings.rules ?? {},
    phrases: validateConfig({phrases: settings.phrases ?? {}}).config.phrases
  }
}

function withoutNulls(value: Partial<Settings> | null): Partial<Settings> {
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined)) as Partial<Settings>
}
