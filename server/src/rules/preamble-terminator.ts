/**
 * Each preamble paragraph ends with the preamble terminator of the language:
 * `،` in Arabic, `,` in English, French and Spanish.
 */
import {ownChildren, preambleParagraphsOf} from '../core/paragraphs.js'
import type {Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  wrong: (actual: string, expected: string) => `Unexpected ${code(actual)} at the end of a preamble paragraph, expected ${code(expected)}`,
  missing: (expected: string) => `Unexpected end of a preamble paragraph without a terminator, expected ${code(expected)}`
}

export default rule('preamble-terminator', (tree: Root, file, _options, {language, profile}) => {
  const expected = profile.terminators[language].preamble
  for (const paragraph of preambleParagraphsOf(tree)) {
    const last = ownChildren(paragraph).at(-1)
    if (!last) continue
    if (last.type !== 'terminator') {
      const end = last.position.end
      report(file, messages.missing(expected), {start: end, end}, {expected})
    } else if (last.value !== expected) {
      report(file, messages.wrong(last.value, expected), last, {expected})
    }
  }
})
