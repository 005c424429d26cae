/**
 * Lookups over the phrase lexicon: the longest known phrase at a position of
 * folded text, and the closest known phrases to an unknown one.
 */
import {languageData} from '../languages/index.js'
import {phrases, type Phrase, type PhraseKind} from './facts/lexicon.js'
import {distance, foldForMatch} from './normalize.js'
import type {Language, Modifier} from './tree.js'

interface Form {
  folded: string
  phrase: Phrase
}

interface ModifierForm {
  folded: string
  modifier: Modifier
}

const formsByLanguage = new Map<Language, Form[]>()
const indexByLanguage = new Map<Language, Map<string, Form[]>>()
/** Forms are indexed by their first characters: this many, or all of a shorter form. */
const prefixLength = 6
const modifiersByLanguage = new Map<Language, ModifierForm[]>()
const letterOrDigit = /[\p{L}\p{N}\p{M}]/u

function formsOf(language: Language): Form[] {
  let forms = formsByLanguage.get(language)
  if (!forms) {
    const contracted = languageData(language).articleContractions
    forms = phrases
      .flatMap((phrase) => phrase.forms[language].flatMap((form) => withContractions(foldForMatch(form), contracted).map((folded) => ({folded, phrase}))))
      .sort((a, b) => b.folded.length - a.folded.length)
    formsByLanguage.set(language, forms)
  }
  return forms
}

/** A folded form, and, when it ends with a preposition that contracts with the article (`eu egard a`), its contracted forms (`eu egard au`, `eu egard aux`). */
function withContractions(folded: string, contracted: Readonly<Record<string, readonly string[]>>): string[] {
  const space = folded.lastIndexOf(' ')
  const last = folded.slice(space + 1)
  if (space < 0 || !Object.hasOwn(contracted, last)) return [folded]
  return [folded, ...contracted[last]!.map((form) => folded.slice(0, space + 1) + form)]
}

/**
 * The forms of a language by prefix, longest first in each list: a line's
 * first words are looked up in a few lists instead of every form (300 phrases,
 * asked on every line and paragraph).
 */
function indexOf(language: Language): Map<string, Form[]> {
  let index = indexByLanguage.get(language)
  if (!index) {
    index = new Map()
    for (const form of formsOf(language)) {
      const key = form.folded.slice(0, prefixLength)
      const list = index.get(key)
      if (list) list.push(form)
      else index.set(key, [form])
    }
    indexByLanguage.set(language, index)
  }
  return index
}

function modifierFormsOf(language: Language): ModifierForm[] {
  let forms = modifiersByLanguage.get(language)
  if (!forms) {
    const table = languageData(language).modifiers
    forms = (Object.keys(table) as Modifier[])
      .flatMap((modifier) => table[modifier].map((form) => ({folded: foldForMatch(form), modifier})))
      .sort((a, b) => b.folded.length - a.folded.length)
    modifiersByLanguage.set(language, forms)
  }
  return forms
}

/** Whether `text` has `word` at `at`, ending at a word boundary. */
function wordAt(text: string, word: string, at: number): boolean {
  return text.startsWith(word, at) && !letterOrDigit.test(text.charAt(at + word.length))
}

/** A known phrase found in folded text. */
export interface PhraseMatch {
  phrase: Phrase
  /** End of the phrase in the folded text (modifier included). */
  end: number
  modifier: Modifier | undefined
}

/** The longest known phrase of `language` at `at` in folded `text`, with a following (or, where the language allows, preceding) modifier. */
export function matchPhrase(text: string, at: number, language: Language, kind?: PhraseKind): PhraseMatch | undefined {
  let start = at
  let modifier: Modifier | undefined
  if (languageData(language).modifierFirst) {
    for (const form of modifierFormsOf(language)) {
      if (wordAt(text, form.folded, at) && text.charAt(at + form.folded.length) === ' ') {
        modifier = form.modifier
        start = at + form.folded.length + 1
        break
      }
    }
  }
  const index = indexOf(language)
  // Longest first overall: the forms of `prefixLength` characters or more, then those of each shorter length.
  for (let length = Math.min(prefixLength, text.length - start); length >= 1; length--) {
    for (const form of index.get(text.slice(start, start + length)) ?? []) {
      const match = matchForm(form)
      if (match) return match
    }
  }
  return undefined

  function matchForm(form: Form): PhraseMatch | undefined {
    if ((kind && form.phrase.kind !== kind) || !wordAt(text, form.folded, start)) return undefined
    let end = start + form.folded.length
    if (!modifier) {
      const after = text.charAt(end) === ' ' ? end + 1 : -1
      for (const candidate of after < 0 ? [] : modifierFormsOf(language)) {
        if (wordAt(text, candidate.folded, after)) {
          modifier = candidate.modifier
          end = after + candidate.folded.length
          break
        }
      }
    }
    return {phrase: form.phrase, end, modifier}
  }
}

/** A form of a phrase: as written, folded, the number of its folded words, and its phrase's id. */
export interface KindForm {
  form: string
  folded: string
  words: number
  id: string
}

/** A form as `formsOfKind` lists it. */
export function formOf(form: string, folded: string, id: string): KindForm {
  return {form, folded, words: folded.split(' ').length, id}
}

/** Every form of the phrases of a kind in a language: as written in the lexicon, folded, its number of words and its phrase's id. */
export function formsOfKind(language: Language, kind: PhraseKind): KindForm[] {
  const key = language + '|' + kind
  let forms = formsByKind.get(key)
  if (!forms) {
    forms = phrases.filter((phrase) => phrase.kind === kind).flatMap((phrase) => phrase.forms[language].map((form) => formOf(form, foldForMatch(form), phrase.id)))
    formsByKind.set(key, forms)
  }
  return forms
}

const formsByKind = new Map<string, KindForm[]>()

/** Known phrases of a kind closest to `value` (folded edit distance), best first. */
export function closestPhrases(value: string, language: Language, kind: PhraseKind, limit = 3): Phrase[] {
  const folded = foldForMatch(value)
  const max = Math.max(2, Math.floor(folded.length / 2))
  const scored: Array<{phrase: Phrase; score: number}> = []
  for (const form of formsOf(language)) {
    if (form.phrase.kind !== kind) continue
    const score = distance(folded, form.folded, max)
    if (score <= max && !scored.some((entry) => entry.phrase === form.phrase)) scored.push({phrase: form.phrase, score})
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((entry) => entry.phrase)
}

/** Every phrase of a kind. */
export function phrasesOfKind(kind: PhraseKind): Phrase[] {
  return phrases.filter((phrase) => phrase.kind === kind)
}

/** A phrase by id. */
export function phraseById(id: string): Phrase | undefined {
  return phrases.find((phrase) => phrase.id === id)
}
