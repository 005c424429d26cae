/**
 * The same opener used twice in the preamble without `also`, `further` or
 * `finally` (`RECALLING … RECALLING …`): the second is reported, with the
 * modified form (`RECALLING ALSO`, `وإذ تؤكد أيضا`) as a suggestion.
 */
import {arabicOpenerParticles, modifiers} from '../core/facts/lexicon.js'
import {foldForMatch} from '../core/normalize.js'
import {isUpperCase, openerOf} from '../core/paragraphs.js'
import type {Language, Modifier, Opener, Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  repeated: (actual: string, suggestion: string) =>
    `Unexpected repeated preamble opener ${code(actual)}, expected a modified form such as ${code(suggestion)}`
}

/** Arabic openers that end with a preposition take the modifier before it: `وإذ تشدد أيضا على`. */
const arabicPrepositions = new Set(['على', 'إلى', 'في', 'عن', 'ب', 'من', 'مع'].map(foldForMatch))

export default rule('preamble-repeated-opening', (tree: Root, file, _options, {language}) => {
  const modifierWords = new Set(Object.values(modifiers[language]).flat().map(foldForMatch))
  /** Modifiers already used, by opener. */
  const seen = new Map<string, Set<Modifier>>()

  for (const block of tree.children) {
    if (block.type !== 'preamble') continue
    for (const paragraph of block.children) {
      const opener = openerOf(paragraph)
      if (!opener?.phraseId) continue
      const key = opener.phraseId + '|' + head(opener.value, language, modifierWords)
      const used = seen.get(key)
      if (!used) {
        seen.set(key, new Set(opener.modifier ? [opener.modifier] : []))
        continue
      }
      if (opener.modifier) {
        used.add(opener.modifier)
        continue
      }
      const modifier: Modifier = used.has('also') ? 'further' : 'also'
      const suggestion = withModifier(opener, modifiers[language][modifier][0]!, language)
      report(file, messages.repeated(opener.value, suggestion), opener, {suggestions: [suggestion]})
    }
  }
})

/** The verb of an opener, folded: `وإذ تشدد على` → `واذ تشدد`; `Recalling` → `recalling`. */
function head(value: string, language: Language, modifierWords: Set<string>): string {
  const words = foldForMatch(value)
    .split(' ')
    .filter((word) => !modifierWords.has(word))
  const count = language === 'ar' && arabicOpenerParticles.has(words[0] ?? '') ? 2 : 1
  return words.slice(0, count).join(' ')
}

/** The opener as written, with `word` added where the language puts it. */
function withModifier(opener: Opener, word: string, language: Language): string {
  const value = opener.value.replace(/\s+/g, ' ')
  if (language === 'ar') {
    const words = value.split(' ')
    const last = words.at(-1)!
    if (words.length > 2 && arabicPrepositions.has(foldForMatch(last))) return [...words.slice(0, -1), word, last].join(' ')
    return value + ' ' + word
  }
  return value + ' ' + (isUpperCase(value) ? word.toUpperCase() : word)
}
