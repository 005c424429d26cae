/**
 * Each numbered operative paragraph, and each chapeau, opens with a known
 * operative verb or verbal noun of the document's language (`DECIDES`,
 * `Recognize`, `تدعو`, `الاعتراف`). Unnumbered paragraphs are checked too
 * where the operative part numbers none (older texts).
 */
import {introducesList, markerOf, openerOf, ownChildren, suggestOpeners, writesUpperCase} from '../core/paragraphs.js'
import type {Chapeau, Opener, OperativeParagraph, Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  unknown: (actual: string, suggestions: string[]) =>
    `Unexpected unknown operative verb ${code(actual)}, expected ${
      suggestions.length > 0 ? 'a known one such as ' + suggestions.map(code).join(' or ') : 'a verb in the present tense or a verbal noun'
    }`,
  missing: () => 'Unexpected operative paragraph without an opening verb, expected a verb in the present tense or a verbal noun'
}

export default rule('operative-opening', (tree: Root, file, _options, {language}) => {
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    const anyNumbered = block.children.some((node) => node.type === 'operativeParagraph' && markerOf(node))
    const chapeaux: Array<Chapeau | OperativeParagraph> = []
    const paragraphs: OperativeParagraph[] = []
    block.children.forEach((node, index) => {
      if (introducesList(block, index)) chapeaux.push(node)
      else if (node.type === 'operativeParagraph' && (markerOf(node) || !anyNumbered)) paragraphs.push(node)
    })
    check(chapeaux)
    check(paragraphs)
  }

  /** Check a set of paragraphs written alike (chapeaux, or the paragraphs they introduce). */
  function check(paragraphs: Array<Chapeau | OperativeParagraph>) {
    const openers = paragraphs.map(openerOf).filter((opener): opener is Opener => opener !== undefined)
    const known = openers.filter((opener) => opener.phraseId !== undefined)
    for (const paragraph of paragraphs) {
      const opener = openerOf(paragraph)
      if (!opener) {
        const first = ownChildren(paragraph).find((child) => child.type !== 'listMarker' && child.type !== 'marker')
        const start = (first ?? paragraph).position.start
        report(file, messages.missing(), {start, end: start})
        continue
      }
      if (opener.phraseId !== undefined) continue
      const suggestions = suggestOpeners(opener.value, language, 'operative', writesUpperCase(known, opener.value))
      report(file, messages.unknown(opener.value, suggestions), opener, {suggestions})
    }
  }
})
