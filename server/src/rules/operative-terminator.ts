/**
 * Operative paragraphs end with `؛` / `;`, the last with `.`; a paragraph
 * introducing subparagraphs ends with `:` and its subparagraphs carry the
 * terminators: each item `;` (or `,`, `; and`, `, et`, `; y`, `؛ و`), the
 * last one the paragraph's own; an item with items of its own likewise; an
 * item that is a question, its question mark. Each lettered part (`A`, `B`)
 * ends as a resolution does. The paragraph before the last may end as an item
 * does, with a conjunction (`…, et⏎REMERCIE …`, `…; and⏎5. Decides …`, older texts). A last paragraph that ends with a quoted text
 * (an amendment `… to read as follows:⏎“Rule 160 … of each year.”`, `… année. »`)
 * may end with the quoted sentence's own full stop, inside the closing mark.
 */
import {closedInside, itemTerminatorsOf, lastOperativeParagraphs, listEnds, operativeParagraphsOf, ownChildren} from '../core/paragraphs.js'
import type {Paragraph, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'

const messages = {
  wrong: (actual: string, expected: string, last: boolean) => msg(last ? 'operative-terminator.wrongLast' : 'operative-terminator.wrong', {actual, expected}),
  missing: (expected: string, last: boolean) => msg(last ? 'operative-terminator.missingLast' : 'operative-terminator.missing', {expected})
}

export default rule('operative-terminator', (tree: Root, file, _options, {language, profile}) => {
  const terminators = profile.terminators[language]
  const items = itemTerminatorsOf(profile, language, 'operative')
  // A lettered part is a resolution of its own (A/RES/50/31 A): its last paragraph ends as the resolution's last.
  const ends = lastOperativeParagraphs(tree)
  // The paragraph before the last may join it with a conjunction, as items do (`…, et⏎REMERCIE …`, older texts).
  const conjunctions = profile.itemTerminators[language].filter((terminator) => /\p{L}$/u.test(terminator))
  const paragraphs = operativeParagraphsOf(tree)
  paragraphs.forEach((paragraph, index) => {
    const last = ends.has(paragraph)
    const beforeLast = !last && ends.has(paragraphs[index + 1]!)
    for (const end of listEnds(paragraph, last ? terminators.last : terminators.operative, items, language)) {
      expect(end.node, end.expected, end.accepted, last && end.final, beforeLast && end.final)
    }
  })

  function expect(paragraph: Paragraph, expected: string, accepted: readonly string[], last: boolean, joinsLast = false) {
    const final = ownChildren(paragraph).at(-1)
    const end = final ? final.position.end : paragraph.position.end
    const terminator = final?.type === 'terminator' ? final : undefined
    if (!terminator) {
      if (last && closedInside(String(file.value), end.offset!, expected)) return
      if (joinsLast && final?.type === 'text' && conjunctions.some((conjunction) => final.value.toLowerCase().endsWith(conjunction))) return
      const fix = markFix(file, language, {start: end, end}, expected)
      report(file, messages.missing(expected, last), fix.place, {expected: fix.expected})
    } else if (!accepted.includes(terminator.value)) {
      const fix = markFix(file, language, terminator.position, expected)
      report(file, messages.wrong(terminator.value, expected, last), fix.place, {expected: fix.expected})
    }
  }
})
