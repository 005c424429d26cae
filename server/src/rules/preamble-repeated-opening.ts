/**
 * The same opener used twice in the preamble without `also`, `further` or
 * `finally` (`RECALLING … RECALLING …`): the second is reported, with the
 * modified form (`RECALLING ALSO`, `وإذ تؤكد أيضا`) as a suggestion. Each lettered
 * part (`A`, `B`) is a resolution of its own, with its own preamble. In a profile
 * of opener runs (UN), only a repeat right after its own run is reported.
 */
import {foldForMatch} from '../core/normalize.js'
import {isUpperCase, openerOf} from '../core/paragraphs.js'
import type {Language, Modifier, Opener, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {languageData} from '../languages/index.js'

const messages = {
  repeated: (actual: string, suggestion: string) => msg('preamble-repeated-opening.repeated', {actual, suggestion})
}

export default rule('preamble-repeated-opening', (tree: Root, file, _options, {language, profile}) => {
  const modifierWords = new Set(Object.values(languageData(language).modifiers).flat().map(foldForMatch))
  /** Modifiers already used, by opener. */
  const seen = new Map<string, Set<Modifier>>()
  /** The opener of the paragraph before, where a run of other openers starts afresh (`Profile.openerRuns`). */
  let last: string | undefined

  for (const block of tree.children) {
    // A lettered part is a resolution of its own (A/RES/50/31 B): its preamble recalls afresh.
    if (block.type === 'partHeading' && block.lettered) seen.clear()
    if (block.type !== 'preamble') {
      last = undefined
      continue
    }
    for (const paragraph of block.children) {
      const opener = openerOf(paragraph)
      if (!opener?.phraseId) continue
      const key = opener.phraseId + '|' + head(opener.value, language, modifierWords)
      if (profile.openerRuns && last !== key) seen.delete(key)
      last = key
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
      const suggestion = withModifier(opener, languageData(language).modifiers[modifier][0]!, language)
      report(file, messages.repeated(opener.value, suggestion), opener, {suggestions: [suggestion]})
    }
  }
})

/** The verb of an opener, folded: `وإذ تشدد على` → `واذ تشدد`; `Recalling` → `recalling`. */
function head(value: string, language: Language, modifierWords: Set<string>): string {
  const words = foldForMatch(value)
    .split(' ')
    .filter((word) => !modifierWords.has(word))
  const count = languageData(language).openerParticles.has(words[0] ?? '') ? 2 : 1
  return words.slice(0, count).join(' ')
}

/**
 * The opener as written, with `word` added where the language puts it: after it, in its
 * case, or before a preposition that ends it (`وإذ تشدد أيضا على`).
 */
function withModifier(opener: Opener, word: string, language: Language): string {
  const value = opener.value.replace(/\s+/g, ' ')
  const cased = isUpperCase(value) ? word.toUpperCase() : word
  const words = value.split(' ')
  const last = words.at(-1)!
  if (words.length > 2 && languageData(language).openerPrepositions.has(foldForMatch(last))) return [...words.slice(0, -1), cased, last].join(' ')
  return value + ' ' + cased
}
