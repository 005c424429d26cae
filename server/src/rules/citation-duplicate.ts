/**
 * A paragraph cites each resolution once. The same resolution twice in one
 * paragraph or list is a slip of drafting — worse when the two carry
 * different dates (`20/75` dated 2018 and again dated 2020): one of them is
 * wrong, or another resolution was meant. A later descriptive mention
 * (`the fund established pursuant to resolution 75/240`, `conformément à la
 * résolution …`) refers back to it and is not a second citation.
 */
import {citationKey, inlineContainers} from '../core/citations.js'
import {foldForMatch} from '../core/normalize.js'
import type {Citation, Phrasing} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {languageData} from '../languages/index.js'

const messages = {
  again: (actual: string, first: string) => msg('citation-duplicate.again', {actual, first}),
  dates: (actual: string, date: string, first: string, firstDate: string) => msg('citation-duplicate.dates', {actual, date, first, firstDate})
}

export default rule('citation-duplicate', (tree, file, _options, {language, profile}) => {
  const descriptive = languageData(language).descriptiveMention
  for (const {children} of inlineContainers(tree)) check(children)

  function check(children: Phrasing[]) {
    const seen = new Map<string, Citation>()
    let before = ''
    for (const child of children) {
      if (child.type !== 'citation') {
        before += child.type === 'text' ? child.value : ' '
        continue
      }
      const lead = before
      before = ''
      const key = citationKey(child, languageData(language).pairEitherOrder, profile)
      if (key === undefined) continue
      const first = seen.get(key)
      if (!first) {
        seen.set(key, child)
        continue
      }
      if (isDescriptive(lead)) continue
      const date = child.date
      const firstDate = first.date
      if (date && firstDate && (date.start ?? date.value) !== (firstDate.start ?? firstDate.value)) {
        report(file, messages.dates(child.value, date.value, first.value, firstDate.value), child)
      } else {
        report(file, messages.again(child.value, first.value), child)
      }
    }
  }

  /** Whether the words since the last citation and punctuation mark a descriptive mention (`pursuant to resolution`). */
  function isDescriptive(lead: string): boolean {
    const clause = lead.slice(Math.max(0, lead.length - 80)).split(/[,;:.،؛]/).at(-1) ?? ''
    const words = ` ${foldForMatch(clause).replace(/\s+/g, ' ').trim()} `
    // An Arabic phrase may end with a proclitic glued to the next word (`عملا ب` of `عملا بالقرار`).
    return descriptive.some((phrase) => words.includes(phrase.at(-2) === ' ' ? ` ${phrase}` : ` ${phrase} `))
  }
})
