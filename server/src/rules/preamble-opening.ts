/**
 * Each preamble paragraph opens with a known preamble opener of the
 * document's language: a participle or participial phrase (`RECALLING`,
 * `وإذ تذكّر`). An unknown one gets the closest known openers as suggestions.
 */
import {openerOf, preambleParagraphsOf, suggestOpeners, writesUpperCase} from '../core/paragraphs.js'
import type {Opener, Root} from '../core/tree.js'
import {code, report, rule} from '../core/rule.js'

const messages = {
  unknown: (actual: string, suggestions: string[]) =>
    `Unexpected unknown preamble opener ${code(actual)}, expected ${
      suggestions.length > 0 ? 'a known one such as ' + suggestions.map(code).join(' or ') : 'a known participle or participial phrase'
    }`,
  missing: () => 'Unexpected preamble paragraph without an opening phrase, expected a known participle or participial phrase'
}

export default rule('preamble-opening', (tree: Root, file, _options, {language}) => {
  const paragraphs = preambleParagraphsOf(tree)
  const openers = paragraphs.map(openerOf).filter((opener): opener is Opener => opener !== undefined)
  const known = openers.filter((opener) => opener.phraseId !== undefined)

  for (const paragraph of paragraphs) {
    const opener = openerOf(paragraph)
    if (!opener) {
      const start = paragraph.position.start
      report(file, messages.missing(), {start, end: start})
      continue
    }
    if (opener.phraseId !== undefined) continue
    const suggestions = suggestOpeners(opener.value, language, 'preamble', writesUpperCase(known, opener.value))
    report(file, messages.unknown(opener.value, suggestions), opener, {suggestions})
  }
})
