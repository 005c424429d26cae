/**
 * The `resolint.` settings of each document, asked of the client once per URI
 * (any value may be missing or null: merged with the defaults); the config they
 * make before the nearest `.resolintrc.json` is merged over them, validated as that
 * file is (what is left out is said to the drafter once); the interface language
 * of the document's messages.
 */
import {MessageType, ShowMessageNotification, type Connection} from 'vscode-languageserver'
import {validateConfig, type Config, type ConfigError} from '../config.js'
import {getProfile} from '../profiles/index.js'
import {stages, type Stage} from '../core/tree.js'
import type {Debounce} from '../features/schedule.js'
import {isolatedSentence, serverLocale, translate, type Locale} from '../l10n/index.js'

/** Settings of the `resolint.` section, as the client sends them (any may be missing or null). */
export interface Settings {
  language: string
  profile: string
  stage: string
  rules: Config['rules']
  /** The drafter's own openers and verbs, as `.resolintrc.json` `phrases`. */
  phrases: Config['phrases']
  /** The coming session, as `.resolintrc.json` `session` (which wins over it); validated by `validateConfig`. */
  session: unknown
  run: 'onType' | 'onSave'
  /** `"auto"`: by the last check's cost (features/schedule.ts); a number: a fixed debounce in ms. */
  debounce: Debounce
  maxFileSize: number
  /** The interface language: `auto` follows the client's (`initialize` `locale`). */
  locale: string
}

export const defaults: Settings = {language: 'auto', profile: 'auto', stage: 'draft', rules: {}, phrases: {}, session: null, run: 'onType', debounce: 'auto', maxFileSize: 5 * 1024 * 1024, locale: 'auto'}

/** Each document's settings, cached per URI until the client says they changed. */
export class DocumentSettings {
  /** Whether the client answers `workspace/configuration` (set on `initialize`). */
  capability = false
  /** The locale the client gave in `initialize` (VS Code's display language). */
  clientLocale: string | undefined
  private readonly byUri = new Map<string, Promise<Settings>>()
  /** The problems of the settings already shown, until the settings change. */
  private readonly shown = new Set<string>()
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

  /**
   * The config the document's settings make. What of them is left out (a session that contradicts the sessions
   * table, or of the wrong shape) is shown to the drafter once, in the interface language, and logged.
   */
  async config(uri: string): Promise<Config> {
    const settings = await this.of(uri)
    const {config, errors} = configOfSettings(settings)
    for (const error of errors) {
      const locale = serverLocale(settings.locale, this.clientLocale)
      // Isolated right to left in an Arabic interface: VS Code lays its notifications out left to right.
      const text = isolatedSentence(locale, translate(locale, 'server.settingError', {setting: {said: `resolint.${error.key.split('.')[0]}`}, problem: error.said ?? {said: error.message}, key: {said: `resolint.${error.key}`}}))
      if (this.shown.has(text)) continue
      this.shown.add(text)
      void this.connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: text})
      this.connection.console.warn(text)
    }
    return config
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
    this.shown.clear()
  }
}

/**
 * The config the settings make (`.resolintrc.json` is merged over it), and what of `resolint.session` is left out:
 * it is validated as the file's `session` is, against the sessions table of the settings' profile.
 */
export function configOfSettings(settings: Settings): {config: Config; errors: ConfigError[]} {
  const declared = validateConfig({...(getProfile(settings.profile) ? {profile: settings.profile} : {}), ...(settings.session === null || settings.session === undefined ? {} : {session: settings.session})})
  return {
    config: {
      language: settings.language === 'auto' ? undefined : (settings.language as Config['language']),
      profile: settings.profile,
      stage: stages.includes(settings.stage as Stage) ? (settings.stage as Stage) : undefined,
      rules: settings.rules ?? {},
      phrases: validateConfig({phrases: settings.phrases ?? {}}).config.phrases,
      ...(declared.config.session ? {session: {...declared.config.session, declaredIn: 'resolint.session'}} : {})
    },
    errors: declared.errors
  }
}

function withoutNulls(value: Partial<Settings> | null): Partial<Settings> {
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined)) as Partial<Settings>
}
