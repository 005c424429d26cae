/**
 * `.resolintrc.json` and the `resolint.*` settings: validation and merging.
 * Pure: callers read the files. Errors name the file and the key.
 */
import {defaultProfile, familyWords, getProfile, profiles, type DeclaredSession} from './profiles/index.js'
import {languages, stages, type Language, type Stage} from './core/tree.js'
import {parseIso} from './core/facts/dates.js'
import type {Localized} from './core/facts/sessions.js'
import {ruleIds} from './rules/index.js'
import type {RuleSetting} from './core/rule.js'
import {msg, translate, type Message} from './l10n/index.js'

/** A validated `.resolintrc.json` (or the settings in its shape). */
export interface Config {
  language?: Language | undefined
  profile?: string | undefined
  /** `draft` (the default) while writing, `final` for a submission check. */
  stage?: Stage | undefined
  rules?: Record<string, RuleSetting> | undefined
  /** The project's own preamble openers and operative verbs, known like the lexicon's. */
  phrases?: {preamble?: string[] | undefined; operative?: string[] | undefined} | undefined
  /** The coming session, when the profile's sessions table does not know it (or not all of it) yet. */
  session?: DeclaredSession | undefined
}

/** A key of a config that was left out, and why. */
export interface ConfigError {
  /** Dotted key path, e.g. `rules.operative-terminator`. */
  key: string
  /** In English; `said`, when the error has one, is the same in a catalogue, said in the drafter's locale. */
  message: string
  said?: Message | undefined
  /** Where the key is in the config's text (UTF-16 offset and length), when it was read from one. */
  offset?: number | undefined
  length?: number | undefined
}

/** Configs nested deeper than this are refused (a deeper one overflows the stack of whoever walks it). */
export const maxConfigDepth = 32

const levels = new Set<unknown>(['off', 'info', 'warn', 'error', 0, 1, 2, true, false])

/** Check a parsed config value; keep what is valid, list what is not. */
export function validateConfig(value: unknown): {config: Config; errors: ConfigError[]} {
  const errors: ConfigError[] = []
  const error = (key: string, said: Message) => errors.push(configError(key, said))
  const config: Config = {}
  if (value === null || value === undefined) return {config, errors}
  if (typeof value !== 'object' || Array.isArray(value)) return {config, errors: [configError('', msg('config.shape.root', {keys: {and: topKeys}}))]}
  for (const [key, entry] of Object.entries(value)) {
    if (key === '$schema') continue
    if (key === 'language') {
      if (entry === 'auto' || entry === null) continue
      if (languages.includes(entry as Language)) config.language = entry as Language
      else error(key, oneOf(['auto', ...languages], entry))
    } else if (key === 'profile') {
      if (typeof entry === 'string' && getProfile(entry)) config.profile = entry
      else error(key, oneOf(Object.keys(profiles), entry))
    } else if (key === 'stage') {
      if (stages.includes(entry as Stage)) config.stage = entry as Stage
      else error(key, oneOf(stages, entry))
    } else if (key === 'rules') {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        error(key, msg('config.shape.rules'))
        continue
      }
      config.rules = {}
      for (const [id, setting] of Object.entries(entry)) {
        const level = Array.isArray(setting) ? setting[0] : setting
        if (!ruleIds.includes(id)) error(`rules.${id}`, msg('config.shape.unknownRule'))
        else if (!levels.has(level) || (Array.isArray(setting) && setting.length > 2)) {
          error(`rules.${id}`, msg('config.shape.level', {actual: {said: shown(setting)}}))
        } else config.rules[id] = setting as RuleSetting
      }
    } else if (key === 'phrases') {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        error(key, msg('config.shape.phrases', {keys: {and: ['preamble', 'operative']}}))
        continue
      }
      config.phrases = {}
      for (const [kind, list] of Object.entries(entry)) {
        if (kind !== 'preamble' && kind !== 'operative') error(`phrases.${kind}`, msg('config.shape.unknownKey', {expected: {or: ['preamble', 'operative']}}))
        else if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
          error(`phrases.${kind}`, msg('config.shape.phraseList', {actual: {said: shown(list)}}))
        } else config.phrases[kind] = list.map((item: string) => item.trim())
      }
    } else if (key === 'session') {
      const session = sessionOf(entry, errors, (getProfile(namedProfile(value)) ?? defaultProfile).languages)
      if (session) config.session = session
    } else error(key, msg('config.shape.unknownKey', {expected: {or: topKeys}}))
  }
  // A declared session completes the sessions table, never contradicts it: what does is left out, and said.
  if (config.session) {
    const profile = getProfile(config.profile) ?? defaultProfile
    const facts = profile.facts.withSession(config.session)
    if ('errors' in facts) {
      // In the family's words: the UN's sessions table is of `períodos de sesiones`, INTERPOL's of `reuniones`.
      for (const error of facts.errors) {
        const said = {...error.said, key: familyWords(profile, error.said.key)}
        errors.push({key: `session.${error.key}`, message: translate('en', said), said})
      }
      delete config.session
    }
  }
  return {config, errors}
}

const sessionKeys = ['number', 'year', 'city', 'country', 'dates']

/** The profile a config names, whatever the order of its keys (its `session` is read in that profile's languages). */
function namedProfile(value: object): string | undefined {
  const profile = (value as Record<string, unknown>).profile
  return typeof profile === 'string' ? profile : undefined
}

/**
 * A declared session (`session`) of the right shape, or undefined with its errors listed. Its city and country
 * are named in each of the profile's languages (`required`), and may be in any other language resolint has:
 * adding a language no family votes in leaves every project's config as valid as it was.
 */
function sessionOf(entry: unknown, errors: ConfigError[], required: readonly Language[]): DeclaredSession | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    errors.push(configError('session', msg('config.shape.session', {keys: {and: ['number', 'year']}, known: {and: ['city', 'country', 'dates']}})))
    return undefined
  }
  const value = entry as Record<string, unknown>
  const before = errors.length
  for (const key of Object.keys(value)) {
    if (!sessionKeys.includes(key)) errors.push(configError(`session.${key}`, msg('config.shape.unknownKey', {expected: {or: sessionKeys}})))
  }
  const whole = (key: string, min: number, max: number) => {
    const number = value[key]
    if (Number.isInteger(number) && (number as number) >= min && (number as number) <= max) return number as number
    errors.push(configError(`session.${key}`, msg('config.shape.whole', {min, max, actual: {said: shown(number)}})))
    return undefined
  }
  const number = whole('number', 1, 999)
  const year = whole('year', 1923, 9999)
  const names = (key: 'city' | 'country') => {
    const names = value[key]
    if (names === undefined) return undefined
    if (typeof names === 'object' && names !== null && !Array.isArray(names)) {
      const given = Object.entries(names).filter((entry): entry is [Language, string] => languages.includes(entry[0] as Language) && typeof entry[1] === 'string' && entry[1].trim() !== '')
      if (given.length === Object.keys(names).length && required.every((language) => given.some(([name]) => name === language))) {
        return Object.fromEntries(given.map(([language, name]) => [language, name.trim()])) as Localized
      }
    }
    errors.push(configError(`session.${key}`, msg('config.shape.names', {languages: {and: [...required]}, actual: {said: shown(names)}})))
    return undefined
  }
  const city = names('city')
  const country = names('country')
  if (city && value.country === undefined) errors.push(configError('session.country', msg('config.shape.countryWithCity')))
  if (country && value.city === undefined) errors.push(configError('session.city', msg('config.shape.cityWithCountry')))
  let dates: DeclaredSession['dates']
  if (value.dates !== undefined) {
    const raw = value.dates as Record<string, unknown> | null
    const start = typeof raw?.start === 'string' ? parseIso(raw.start) : undefined
    const end = typeof raw?.end === 'string' ? parseIso(raw.end) : undefined
    if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !start || !end || Object.keys(raw).some((key) => key !== 'start' && key !== 'end')) {
      errors.push(configError('session.dates', msg('config.shape.dates', {shape: {said: '{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}'}, actual: {said: shown(value.dates)}})))
    } else if ((raw.start as string) > (raw.end as string)) {
      errors.push(configError('session.dates', msg('config.shape.datesOrder', {start: {said: raw.start as string}, end: {said: raw.end as string}})))
    } else if (year !== undefined && start.year !== year) {
      errors.push(configError('session.dates', msg('config.shape.datesYear', {year, start: {said: raw.start as string}})))
    } else dates = {start: raw.start as string, end: raw.end as string}
  }
  if (errors.length > before || number === undefined || year === undefined) return undefined
  return {number, year, ...(city && country ? {city, country} : {}), ...(dates ? {dates} : {})}
}

/** Parse the text of a config file; errors carry the position of their key. */
export function parseConfig(text: string): {config: Config; errors: ConfigError[]} {
  // A BOM becomes a space: JSON refuses it, and the offsets stay those of the text.
  text = text.replace(/^\uFEFF/, ' ')
  const scanned = scanJson(text, maxConfigDepth)
  if ('error' in scanned) return {config: {}, errors: [scanned.error]}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {config: {}, errors: [configError('', msg('config.shape.json', {error: {said: (error as Error).message}}))]}
  }
  const result = validateConfig(value)
  for (const error of result.errors) Object.assign(error, scanned.keys.get(error.key))
  return result
}

/**
 * One pass over JSON text, without recursion: the offset of each key path
 * (`rules.digit-style`, first occurrence), or the key path where the nesting
 * passes `maxDepth`. Linear in the text, whatever its shape.
 */
export function scanJson(text: string, maxDepth: number): {keys: Map<string, {offset: number; length: number}>} | {error: ConfigError} {
  const keys = new Map<string, {offset: number; length: number}>()
  const stack: Array<{object: boolean; path: string[]; key: string; index: number; expectKey: boolean}> = []
  const childPath = (): string[] => {
    const top = stack.at(-1)
    return top ? [...top.path, top.object ? top.key : `[${top.index}]`] : []
  }
  const joined = (path: string[]) => path.map((segment, index) => (index === 0 || segment.startsWith('[') ? segment : '.' + segment)).join('')
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '"') {
      const start = index
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++
      const top = stack.at(-1)
      if (top?.object && top.expectKey) {
        let key: string
        try {
          key = JSON.parse(text.slice(start, index + 1)) as string
        } catch {
          key = text.slice(start + 1, index)
        }
        top.key = key
        top.expectKey = false
        const path = joined(childPath())
        if (!keys.has(path)) keys.set(path, {offset: start, length: index + 1 - start})
      }
    } else if (char === '{' || char === '[') {
      const path = childPath()
      if (stack.length >= maxDepth) {
        return {error: {...configError(joined(path.slice(0, 4)) + (path.length > 4 ? '…' : ''), msg('config.shape.nested', {max: maxDepth})), offset: index, length: 1}}
      }
      stack.push({object: char === '{', path, key: '', index: 0, expectKey: char === '{'})
    } else if (char === '}' || char === ']') {
      stack.pop()
    } else if (char === ',') {
      const top = stack.at(-1)
      if (top?.object) top.expectKey = true
      else if (top) top.index++
    }
  }
  return {keys}
}

/** Later configs win; rules are merged per rule. */
export function mergeConfigs(...configs: Array<Config | undefined>): Config {
  const result: Config = {}
  for (const config of configs) {
    if (!config) continue
    if (config.language) result.language = config.language
    if (config.profile) result.profile = config.profile
    if (config.stage) result.stage = config.stage
    if (config.session) result.session = config.session
    if (config.rules) result.rules = {...result.rules, ...config.rules}
    // Phrases add up: the user's, the workspace's and the project's are all the drafter's own.
    for (const kind of ['preamble', 'operative'] as const) {
      const list = config.phrases?.[kind]
      if (list && list.length > 0) result.phrases = {...result.phrases, [kind]: [...new Set([...(result.phrases?.[kind] ?? []), ...list])]}
    }
  }
  return result
}

/** An error at `key`: said in English in `message`, kept as `said` for the drafter's locale. */
function configError(key: string, said: Message): ConfigError {
  return {key, message: translate('en', said), said}
}

/** `expected “a”, “b” or “c”, not …`: a value not among the ones a key takes. */
function oneOf(expected: readonly string[], actual: unknown): Message {
  return msg('config.shape.oneOf', {expected: {or: expected}, actual: {said: shown(actual)}})
}

/** The keys of `.resolintrc.json`. */
const topKeys = ['language', 'profile', 'stage', 'rules', 'phrases', 'session']

/** A value quoted in a message, cut short (a config may hold a megabyte in one value). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** A config error as a catalogue `Message` (`“key”: problem`, the key quoted as the locale quotes), said in a locale by the face that shows it; its English text when it has no `said`. */
export function configErrorMessage(error: ConfigError): Message {
  const problem = error.said ?? {said: error.message}
  return error.key ? msg('config.error', {key: error.key, problem}) : msg('file.system', {error: problem})
}

/** One line naming the file and the key. */
export function formatConfigError(path: string, error: ConfigError): string {
  return `${path}${error.key ? ` (“${error.key}”)` : ''}: ${error.message}`
}
