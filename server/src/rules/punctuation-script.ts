/**
 * Punctuation of the document's script: Arabic `،` `؛` `؟` in Arabic text,
 * Latin `,` `;` `?` in English, French and Spanish text. Terminators are left
 * to the terminator rules; citations and dates are not text; a comma between
 * digits (`1,000`) and punctuation between two words of the other script
 * (a quoted title) are left alone.
 */
import type {Root} from '../core/tree.js'
import {walk} from '../core/walk.js'
import {report, rule} from '../core/rule.js'
import {languageData, languages, type Language} from '../languages/index.js'
import {msg} from '../l10n/index.js'

type Mark = 'comma' | 'semicolon' | 'question'

const messages = {
  wrong: (actual: string, expected: string, mark: Mark, language: Language) => msg(`punctuation-script.${mark}`, {language: msg(`language.${language}`), actual, expected})
}

const marks: readonly Mark[] = ['comma', 'semicolon', 'question']
const digit = /[0-9\u0660-\u0669\u06f0-\u06f9]/

/** A punctuation mark of another script, with what this language writes instead. */
interface Foreign {
  expected: string
  mark: Mark
  /** A letter of the foreign script: the mark between two such letters belongs to a quote. */
  letter: RegExp
}

/** The other scripts' marks of each language, and a pattern that finds them without looking at every other character. */
const foreignByLanguage = new Map(
  languages.map((language) => {
    const own = languageData(language)
    const foreign = new Map<string, Foreign>()
    for (const other of languages.map(languageData)) {
      if (other.script === own.script) continue
      for (const mark of marks) {
        const character = other.punctuation[mark]
        if (character !== own.punctuation[mark] && !foreign.has(character)) {
          foreign.set(character, {expected: own.punctuation[mark], mark, letter: new RegExp(`\\p{Script=${other.script}}`, 'u')})
        }
      }
    }
    const escaped = [...foreign.keys()].map((character) => character.replace(/[\\\]^-]/g, '\\$&')).join('')
    return [language, {foreign, pattern: new RegExp(`[${escaped}]`, 'g')}] as const
  })
)

export default rule('punctuation-script', (tree: Root, file, _options, {language, document}) => {
  const {foreign: marksOf, pattern: foreign} = foreignByLanguage.get(language)!
  const place = document.lines

  walk(tree, (node) => {
    if (node.type !== 'text') return
    const value = node.value
    const base = node.position.start.offset!
    for (const match of value.matchAll(foreign)) {
      const index = match.index
      const character = match[0]
      const {expected, mark, letter} = marksOf.get(character)!
      if (character === ',' && digit.test(value.charAt(index - 1)) && digit.test(value.charAt(index + 1))) continue
      if (letter.test(neighbour(value, index, -1)) && letter.test(neighbour(value, index, 1))) continue
      const start = place.toPoint(base + index)
      const end = place.toPoint(base + index + 1)
      if (!start || !end) continue
      report(file, messages.wrong(character, expected, mark, language), {start, end}, {expected})
    }
  })
})

/** The nearest character before (`step` -1) or after (1) `index` that is not white space. */
function neighbour(value: string, index: number, step: -1 | 1): string {
  let at = index + step
  while (at >= 0 && at < value.length && /\s/.test(value.charAt(at))) at += step
  return value.charAt(at)
}
