/**
 * Each preamble paragraph ends with the preamble terminator of the language:
 * `،` in Arabic, `,` in English, French and Spanish. A paragraph introducing a
 * list (`RAPPELANT les résolutions … :`) ends with `:`, its items with `,` or
 * `;` (or `; and`, `, et` …), the last one with the preamble terminator; an item
 * that is a question, with its question mark. In the UN's texts of 1946–1949,
 * a preamble paragraph may end with `;` too.
 */
import {itemTerminatorsOf, listEnds, ownChildren, preambleParagraphsOf} from '../core/paragraphs.js'
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'

const messages = {
  wrong: (actual: string, expected: string) => msg('preamble-terminator.wrong', {actual, expected}),
  missing: (expected: string) => msg('preamble-terminator.missing', {expected})
}

export default rule('preamble-terminator', (tree: Root, file, _options, {language, profile, layout}) => {
  const terminators = profile.terminators[language]
  const items = itemTerminatorsOf(profile, language, 'preamble')
  // The UN's first sessions ended preamble paragraphs as operative ones (`Reconociendo que …;`, 102 (I) of 1946).
  const also = layout.preambleEndsAsOperative ? [terminators.operative] : []
  for (const paragraph of preambleParagraphsOf(tree)) {
    for (const end of listEnds(paragraph, terminators.preamble, items, language)) {
      const {node, expected} = end
      const accepted = expected === terminators.preamble ? [...end.accepted, ...also] : end.accepted
      const last = ownChildren(node).at(-1)
      if (!last) continue
      if (last.type !== 'terminator') {
        const end = last.position.end
        const fix = markFix(file, language, {start: end, end}, expected)
        report(file, messages.missing(expected), fix.place, {expected: fix.expected})
      } else if (!accepted.includes(last.value)) {
        const fix = markFix(file, language, last.position, expected)
        report(file, messages.wrong(last.value, expected), fix.place, {expected: fix.expected})
      }
    }
  }
})
