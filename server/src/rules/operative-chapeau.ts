/**
 * A chapeau (`CALLS UPON all member countries to:`, `تدعو جميع البلدان الأعضاء
 * إلى:`) ends with a colon and is directly followed by numbered paragraphs.
 */
import {introducesList, markerOf, operativeNumberStyles, ownChildren} from '../core/paragraphs.js'
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'
import {numberingOf} from '../profiles/index.js'

const messages = {
  wrong: (actual: string, expected: string) => msg('operative-chapeau.wrong', {actual, expected}),
  missing: (expected: string) => msg('operative-chapeau.missing', {expected}),
  alone: (first: string) => msg('operative-chapeau.alone', {first})
}

export default rule('operative-chapeau', (tree: Root, file, _options, {language, profile}) => {
  const expected = profile.terminators[language].chapeau
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    block.children.forEach((node, index) => {
      if (!introducesList(block, index)) return
      const next = block.children[index + 1]
      const last = ownChildren(node).at(-1)
      if (last && last.type !== 'terminator') {
        const end = last.position.end
        const fix = markFix(file, language, {start: end, end}, expected)
        report(file, messages.missing(expected), fix.place, {expected: fix.expected})
      } else if (last && last.value !== expected) {
        const fix = markFix(file, language, last.position, expected)
        // Numbers after it that run on from those before (`3.` after `2.`), not from 1: it may be no chapeau but a
        // paragraph that lost its number, or a list's last item that lost its letter, ending as written (`…;`, a PDF
        // copy's): the colon is offered, not written by --fix.
        const runsOn = next !== undefined && next.type === 'operativeParagraph' && (markerOf(next)?.ordinal ?? 1) !== 1
        report(file, messages.wrong(last.value, expected), fix.place, runsOn ? {suggestions: [fix.expected]} : {expected: fix.expected})
      }
      if (!next || next.type !== 'operativeParagraph' || !markerOf(next)) {
        report(file, messages.alone(numberingOf(profile, language, operativeNumberStyles(tree))), node)
      }
    })
  }
})
