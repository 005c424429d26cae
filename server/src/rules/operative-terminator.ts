/**
 * Operative paragraphs end with `؛` / `;`, the last with `.`; a paragraph
 * introducing subparagraphs ends with `:` and its subparagraphs carry the
 * terminators.
 */
import {operativeParagraphsOf, ownChildren, subparagraphsOf} from '../core/paragraphs.js'
import type {Paragraph, Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  wrong: (actual: string, expected: string, last: boolean) =>
    `Unexpected ${code(actual)} at the end of ${last ? 'the last operative paragraph' : 'an operative paragraph'}, expected ${code(expected)}`,
  missing: (expected: string, last: boolean) =>
    `Unexpected end of ${last ? 'the last operative paragraph' : 'an operative paragraph'} without a terminator, expected ${code(expected)}`
}

export default rule('operative-terminator', (tree: Root, file, _options, {language, profile}) => {
  const terminators = profile.terminators[language]
  const paragraphs = operativeParagraphsOf(tree)
  paragraphs.forEach((paragraph, index) => {
    const last = index === paragraphs.length - 1
    const subparagraphs = subparagraphsOf(paragraph)
    if (subparagraphs.length === 0) {
      expect(paragraph, last ? terminators.last : terminators.operative, last)
      return
    }
    expect(paragraph, terminators.chapeau, false)
    subparagraphs.forEach((subparagraph, subIndex) => {
      const lastOfAll = last && subIndex === subparagraphs.length - 1
      expect(subparagraph, lastOfAll ? terminators.last : terminators.operative, lastOfAll)
    })
  })

  function expect(paragraph: Paragraph, expected: string, last: boolean) {
    const final = ownChildren(paragraph).at(-1)
    const end = final ? final.position.end : paragraph.position.end
    const terminator = final?.type === 'terminator' ? final : undefined
    if (!terminator) {
      report(file, messages.missing(expected, last), {start: end, end}, {expected})
    } else if (terminator.value !== expected) {
      report(file, messages.wrong(terminator.value, expected, last), terminator, {expected})
    }
  }
})
