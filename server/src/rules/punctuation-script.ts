/**
 * Punctuation of the document's script: Arabic `،` `؛` `؟` in Arabic text,
 * Latin `,` `;` `?` in English, French and Spanish text. Terminators are left
 * to the terminator rules; citations and dates are not text; a comma between
 * digits (`1,000`) and punctuation between two words of the other script
 * (a quoted title) are left alone.
 */
import {location} from 'vfile-location'
import {languageNames, type Language, type Root} from '../core/tree.js'
import {walk} from '../core/walk.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  wrong: (actual: string, expected: string, language: Language) =>
    `Unexpected ${language === 'ar' ? 'Latin' : 'Arabic'} ${names[actual]} ${code(actual)} in ${languageNames[language]} text, expected ${code(expected)}`
}

const names: Record<string, string> = {',': 'comma', ';': 'semicolon', '?': 'question mark', '،': 'comma', '؛': 'semicolon', '؟': 'question mark'}
/** Foreign punctuation by the language family it is wrong in, with its counterpart. */
const toArabic: Record<string, string> = {',': '،', ';': '؛', '?': '؟'}
const toLatin: Record<string, string> = {'،': ',', '؛': ';', '؟': '?'}
/** The same characters, to find them without looking at every other one. */
const latinPunctuation = /[,;?]/g
const arabicPunctuation = /[،؛؟]/g
const latinLetter = /\p{Script=Latin}/u
const arabicLetter = /\p{Script=Arabic}/u
const digit = /[0-9\u0660-\u0669\u06f0-\u06f9]/

export default rule('punctuation-script', (tree: Root, file, _options, {language}) => {
  const counterparts = language === 'ar' ? toArabic : toLatin
  const foreignLetter = language === 'ar' ? latinLetter : arabicLetter
  const place = location(file)

  const foreign = language === 'ar' ? latinPunctuation : arabicPunctuation

  walk(tree, (node) => {
    if (node.type !== 'text') return
    const value = node.value
    const base = node.position.start.offset!
    for (const match of value.matchAll(foreign)) {
      const index = match.index
      const character = match[0]
      const expected = counterparts[character]!
      if (character === ',' && digit.test(value.charAt(index - 1)) && digit.test(value.charAt(index + 1))) continue
      if (foreignLetter.test(neighbour(value, index, -1)) && foreignLetter.test(neighbour(value, index, 1))) continue
      const start = place.toPoint(base + index)
      const end = place.toPoint(base + index + 1)
      if (!start || !end) continue
      report(file, messages.wrong(character, expected, language), {start, end}, {expected})
    }
  })
})

/** The nearest character before (`step` -1) or after (1) `index` that is not white space. */
function neighbour(value: string, index: number, step: -1 | 1): string {
  let at = index + step
  while (at >= 0 && at < value.length && /\s/.test(value.charAt(at))) at += step
  return value.charAt(at)
}
