/**
 * The grammar of openers: each language's lives in its module (`LanguageData.grammar`,
 * from `<code>.ts` here); what reads them is shared (see `types.ts`).
 */
export type {Edit, Grammar, OpenerClass, Reading} from './types.js'
export {oneEdit} from './types.js'

/** The first `max` words of folded text, without the punctuation around them, and where each ends in the text. */
export function leadWords(folded: string, max = 4): {words: string[]; ends: number[]} {
  const words: string[] = []
  const ends: number[] = []
  const pattern = /[^ ]+/g
  let match: RegExpExecArray | null
  while (words.length < max && (match = pattern.exec(folded)) !== null) {
    const raw = match[0]
    let from = 0
    while (from < raw.length && !wordCharacter.test(raw.charAt(from))) from++
    let to = raw.length
    while (to > from && !wordCharacter.test(raw.charAt(to - 1))) to--
    if (to === from) break
    words.push(raw.slice(from, to))
    ends.push(match.index + to)
    // A word that ends a clause (`CONSIDERING,`) ends the opener too.
    if (to < raw.length && /[,;:.،؛]/.test(raw.charAt(to))) break
  }
  return {words, ends}
}

const wordCharacter = /[\p{L}\p{N}\p{M}']/u
