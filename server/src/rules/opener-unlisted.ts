/**
 * Information, off by default: a well-formed preamble opener or operative
 * verb that neither the phrase lexicon nor the project's phrases list
 * (`HAVING RECEIVED`, `ELECTS`, `تسمية`). Not a problem: a way to review a
 * text's vocabulary, and to add a drafter's words to the project's phrases.
 */
import {judgeOpener, operativeExpectations} from '../core/openers.js'
import {introducesList, markerOf, preambleParagraphsOf} from '../core/paragraphs.js'
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  unlisted: (actual: string, kind: 'preamble' | 'operative') => msg(`opener-unlisted.${kind}`, {actual})
}

export default rule('opener-unlisted', (tree: Root, file, _options, {language}) => {
  for (const paragraph of preambleParagraphsOf(tree)) {
    const verdict = judgeOpener(paragraph, 'preamble', tree, false)
    if (verdict.type === 'unlisted') report(file, messages.unlisted(verdict.opener.value, 'preamble'), verdict.opener, {phrase: {kind: 'preamble', value: verdict.opener.value}})
  }
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    const expectations = operativeExpectations(block, language)
    const anyNumbered = block.children.some((node) => node.type === 'operativeParagraph' && markerOf(node))
    block.children.forEach((node, index) => {
      if (!introducesList(block, index) && !(node.type === 'operativeParagraph' && (markerOf(node) || !anyNumbered))) return
      const verdict = judgeOpener(node, expectations.get(node) ?? 'finite', tree, false)
      if (verdict.type === 'unlisted') report(file, messages.unlisted(verdict.opener.value, 'operative'), verdict.opener, {phrase: {kind: 'operative', value: verdict.opener.value}})
    })
  }
})
