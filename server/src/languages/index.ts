/**
 * The registry of languages: every language resolint checks, one module each.
 * To add one, write its module (see `types.ts`), add it here, and fill the rows
 * TypeScript then asks for (ARCHITECTURE.md, "Add a language").
 */
import {ar} from './ar.js'
import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import type {LanguageData, Script} from './types.js'

/** Every language, by code, in the order of the tables (INTERPOL's: Arabic, English, French, Spanish). */
export const registry = {ar, en, fr, es} as const satisfies Record<string, LanguageData>

/** The code of a language resolint checks. */
export type Language = keyof typeof registry

/** The languages, in the order of the tables. */
export const languages = Object.keys(registry) as readonly Language[]

/** What resolint knows of a language. */
export function languageData(code: Language): LanguageData {
  return registry[code]
}

/** The language of resolint's messages and hover texts (until they are localised). */
export const messageLanguage: Language = 'en'

/** The language assumed when the text says nothing. */
export const defaultLanguage: Language = 'en'

/** A row for every language, made from its code: a table that cannot miss one. */
export function byLanguage<T>(make: (code: Language) => T): Record<Language, T> {
  return Object.fromEntries(languages.map((code) => [code, make(code)])) as Record<Language, T>
}

/** Names of the languages, in English (the language of resolint's messages). */
export const languageNames: Record<Language, string> = byLanguage((code) => registry[code].name)

/** Whether a string is the code of a language resolint checks. */
export function isLanguage(code: string): code is Language {
  return Object.hasOwn(registry, code)
}

/** A session number as an ordinal: `الـ 93`, `93rd`, `93e`, `93ª`. */
export function sessionOrdinal(session: number, language: Language, form?: 'masculine'): string {
  const {ordinals} = registry[language]
  return (form === 'masculine' && ordinals.masculine ? ordinals.masculine : ordinals.write)(session)
}

/** A host city and its country as the language writes them (`Marrakesh, Morocco`, `Marrakech (Maroc)`); a city-state once (`Singapore`). */
export function hostPlace(city: string, country: string, language: Language, where: 'alone' | 'inSentence' = 'alone'): string {
  if (city === country) return city
  return registry[language].place[where].replace('{city}', city).replace('{country}', country)
}

/** Letters of each script, as UTF-16 code ranges. */
const scriptLetters: Record<Script, ReadonlyArray<readonly [number, number]>> = {
  Arabic: [[0x0600, 0x06ff]],
  Latin: [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x17f]
  ]
}

const scripts = Object.keys(scriptLetters) as Script[]
/** The script of each UTF-16 code unit, as its index in `scripts` plus one (0: a letter of none): one lookup a character. */
const scriptOfUnit = new Uint8Array(0x10000)
scripts.forEach((script, index) => {
  for (const [from, to] of scriptLetters[script]) scriptOfUnit.fill(index + 1, from, to + 1)
})

/** The scripts some language writes right to left (Arabic's). */
const rightToLeftScripts = new Set(languages.map((code) => registry[code]).filter((data) => data.direction === 'rtl').map((data) => data.script))

/** Whether `text` holds a letter of a script written right to left: VS Code's left-to-right views then need it isolated. */
export function hasRightToLeftLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const script = scripts[scriptOfUnit[text.charCodeAt(index)]! - 1]
    if (script !== undefined && rightToLeftScripts.has(script)) return true
  }
  return false
}

/**
 * Detect the language of a document: the script with most letters (the default
 * language's script unless another has more), then, among the languages of that
 * script, the one with most of its common words (ties to the default, then to
 * the order of the registry).
 */
export function detectLanguage(source: string): Language {
  const sample = source.length > 20000 ? source.slice(0, 20000) : source
  const perScript = new Uint32Array(scripts.length + 1)
  for (let index = 0; index < sample.length; index++) perScript[scriptOfUnit[sample.charCodeAt(index)]!]!++
  const counts = new Map<Script, number>(scripts.map((script, index) => [script, perScript[index + 1]!]))
  let script = registry[defaultLanguage].script
  for (const other of scripts) if (counts.get(other)! > counts.get(script)!) script = other
  const candidates = [defaultLanguage, ...languages.filter((code) => code !== defaultLanguage)].filter((code) => registry[code].script === script)
  if (candidates.length <= 1) return candidates[0] ?? defaultLanguage
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? []
  // A word counts for the first candidate that has it (plain loops: this runs once per check, on every word).
  const detection = candidates.map((code) => registry[code].detection)
  const score = new Uint32Array(candidates.length)
  for (const word of words) {
    for (let index = 0; index < detection.length; index++) {
      if (detection[index]!.has(word)) {
        score[index]!++
        break
      }
    }
  }
  let best = 0
  for (let index = 1; index < candidates.length; index++) if (score[index]! > score[best]!) best = index
  return candidates[best]!
}

export {unsupportedLanguageOf, type UnsupportedLanguage} from './unsupported.js'

export type {LanguageData} from './types.js'
