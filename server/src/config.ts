/**
 * `.resolintrc.json` and the `resolint.*` settings: validation and merging.
 * Pure: callers read the files. Errors name the file and the key.
 */
import {getProfile, profiles} from './core/profiles.js'
import {languages, stages, type Language, type Stage} from './core/tree.js'
import {ruleIds} from './rules/index.js'
import type {RuleSetting} from './core/rule.js'

/** A validated `.resolintrc.json` (or the settings in its shape). */
export interface Config {
  language?: Language | undefined
  profile?: string | undefined
  /** `draft` (the default) while writing, `final` for a submission check. */
  stage?: Stage | undefined
  rules?: Record<string, RuleSetting> | undefined
  /** The project's own preamble openers and operative verbs, known like the lexicon's. */
  phrases?: {preamble?: string[] | undefined; operative?: string[] | undefined} | undefined
}

/** A key of a config that was left out, and why. */
export interface ConfigError {
  /** Dotted key path, e.g. `rules.operative-terminator`. */
  key: string
  message: string
}

const levels = new Set<unknown>(['off', 'info', 'warn', 'error', 0, 1, 2, true, false])

/** Check a parsed config value; keep what is valid, list what is not. */
export function validateConfig(value: unknown): {config: Config; errors: ConfigError[]} {
  const errors: ConfigError[] = []
  const config: Config = {}
  if (value === null || value === undefined) return {config, errors}
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {config, errors: [{key: '', message: 'expected an object with `language`, `profile`, `stage`, `rules` and `phrases`'}]}
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === '$schema') continue
    if (key === 'language') {
      if (entry === 'auto' || entry === null) continue
      if (languages.includes(entry as Language)) config.language = entry as Language
      else errors.push({key, message: `expected one of ${['auto', ...languages].map((l) => '`' + l + '`').join(', ')}, not ${JSON.stringify(entry)}`})
    } else if (key === 'profile') {
      if (typeof entry === 'string' && getProfile(entry)) config.profile = entry
      else errors.push({key, message: `expected one of ${Object.keys(profiles).map((p) => '`' + p + '`').join(', ')}, not ${JSON.stringify(entry)}`})
    } else if (key === 'stage') {
      if (stages.includes(entry as Stage)) config.stage = entry as Stage
      else errors.push({key, message: `expected one of ${stages.map((stage) => '`' + stage + '`').join(', ')}, not ${JSON.stringify(entry)}`})
    } else if (key === 'rules') {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        errors.push({key, message: 'expected an object of rule ids to `"off"`, `"info"`, `"warn"`, `"error"` or `[level, options]`'})
        continue
      }
      config.rules = {}
      for (const [id, setting] of Object.entries(entry)) {
        const level = Array.isArray(setting) ? setting[0] : setting
        if (!ruleIds.includes(id)) errors.push({key: `rules.${id}`, message: 'unknown rule'})
        else if (!levels.has(level) || (Array.isArray(setting) && setting.length > 2)) {
          errors.push({key: `rules.${id}`, message: `expected \`"off"\`, \`"info"\`, \`"warn"\`, \`"error"\` or \`[level, options]\`, not ${JSON.stringify(setting)}`})
        } else config.rules[id] = setting as RuleSetting
      }
    } else if (key === 'phrases') {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        errors.push({key, message: 'expected an object with `preamble` and `operative` lists of phrases'})
        continue
      }
      config.phrases = {}
      for (const [kind, list] of Object.entries(entry)) {
        if (kind !== 'preamble' && kind !== 'operative') errors.push({key: `phrases.${kind}`, message: 'unknown key (expected `preamble` or `operative`)'})
        else if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
          errors.push({key: `phrases.${kind}`, message: `expected a list of phrases (strings), not ${JSON.stringify(list)}`})
        } else config.phrases[kind] = list.map((item: string) => item.trim())
      }
    } else errors.push({key, message: 'unknown key (expected `language`, `profile`, `stage`, `rules` or `phrases`)'})
  }
  return {config, errors}
}

/** Parse the text of a config file. */
export function parseConfig(text: string): {config: Config; errors: ConfigError[]} {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {config: {}, errors: [{key: '', message: `invalid JSON: ${(error as Error).message}`}]}
  }
  return validateConfig(value)
}

/** Later configs win; rules are merged per rule. */
export function mergeConfigs(...configs: Array<Config | undefined>): Config {
  const result: Config = {}
  for (const config of configs) {
    if (!config) continue
    if (config.language) result.language = config.language
    if (config.profile) result.profile = config.profile
    if (config.stage) result.stage = config.stage
    if (config.rules) result.rules = {...result.rules, ...config.rules}
    // Phrases add up: the user's, the workspace's and the project's are all the drafter's own.
    for (const kind of ['preamble', 'operative'] as const) {
      const list = config.phrases?.[kind]
      if (list && list.length > 0) result.phrases = {...result.phrases, [kind]: [...new Set([...(result.phrases?.[kind] ?? []), ...list])]}
    }
  }
  return result
}

/** One line naming the file and the key. */
export function formatConfigError(path: string, error: ConfigError): string {
  return `${path}${error.key ? ` (\`${error.key}\`)` : ''}: ${error.message}`
}
