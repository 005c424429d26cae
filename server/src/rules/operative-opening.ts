/**
 * Each numbered operative paragraph, and each chapeau, opens with a verb of
 * the form its place calls for, recognised by its grammar whatever the verb:
 * a present-tense verb at the top level and in a chapeau (`DECIDES`,
 * `ALSO ELECTS`, `ÉLIT`, `تنتخب`), and under a chapeau ending in *to:* /
 * *à :* / *إلى:* an infinitive or a verbal noun (`Connect`, `Désigner`,
 * `Difundir`, `تسمية`, `أن تواصل`). Where an operative part numbers no
 * paragraph (older texts), its unnumbered paragraphs are checked; among numbered ones, an unnumbered paragraph
 * opening with a capital is checked for a slip of a known verb only. Reported,
 * by certainty: a near miss of a known verb (`Encourag`), a participle or a
 * verb of the other form, no verb at all, and a word of no verb's form.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Position} from 'unist'
import {judgeOpener, operativeExpectations, type Expected} from '../core/openers.js'
import {introducesList, markerOf, openerOf, ownChildren, writesUpperCase} from '../core/paragraphs.js'
import type {Chapeau, Opener, OperativeParagraph, Root} from '../core/tree.js'
import type {OpenerClass} from '../languages/grammar/index.js'
import {trimEndOf} from '../core/normalize.js'
import {languageData} from '../languages/index.js'
import {report, rule} from '../core/rule.js'
import {msg, type MessageKey} from '../l10n/index.js'

/** The form found, as `with the participle`: said after `not`; in the words of the document's grammar (`Grammar.formNames`). */
const forms: Record<'latin' | 'arabic', Record<Exclude<OpenerClass, 'none'>, MessageKey>> = {
  latin: {
    preamble: 'operative-opening.found.preamble',
    finite: 'operative-opening.found.finite',
    continuing: 'operative-opening.found.continuing'
  },
  // Arabic: no participle nor infinitive opens a paragraph; a preamble phrase (`وإذ تشير`, `وإدراكا منها`) and a verbal noun (`تسمية`) do.
  arabic: {
    preamble: 'operative-opening.arabic.found.preamble',
    finite: 'operative-opening.found.finite',
    continuing: 'operative-opening.arabic.found.continuing'
  }
}

/** The form the place calls for, as `with a verb in the present tense`, in the words of the document's grammar. */
const wanted: Record<'latin' | 'arabic', Record<Expected, MessageKey>> = {
  latin: {
    preamble: 'operative-opening.want.preamble',
    finite: 'operative-opening.want.finite',
    continuing: 'operative-opening.want.continuing',
    operative: 'operative-opening.want.operative',
    clause: 'operative-opening.want.clause'
  },
  arabic: {
    preamble: 'operative-opening.arabic.want.preamble',
    finite: 'operative-opening.want.finite',
    continuing: 'operative-opening.arabic.want.continuing',
    operative: 'operative-opening.want.operative',
    clause: 'operative-opening.want.clause'
  }
}

type Terms = keyof typeof wanted

const messages = {
  nearMiss: (actual: string, suggestions: string[]) => msg('operative-opening.nearMiss', {actual, expected: {or: suggestions}}),
  wrongKind: (actual: string, found: Exclude<OpenerClass, 'none'>, expected: Expected, terms: Terms) =>
    msg('operative-opening.wrongKind', {expected: msg(wanted[terms][expected]), found: msg(forms[terms][found]), actual}),
  unknown: (actual: string, suggestions: string[], expected: Expected, terms: Terms) =>
    suggestions.length > 0
      ? msg('operative-opening.unknownSuggest', {actual, expected: {or: suggestions}})
      : msg('operative-opening.unknown', {actual, expected: msg(wanted[terms][expected])}),
  missing: (expected: Expected, terms: Terms) => msg('operative-opening.missing', {expected: msg(wanted[terms][expected])})
}

export default rule('operative-opening', (tree: Root, file, _options, {language}) => {
  const terms: Terms = languageData(language).grammar.formNames ?? 'latin'
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    const anyNumbered = block.children.some((node) => node.type === 'operativeParagraph' && markerOf(node))
    const expectations = operativeExpectations(block, language)
    const chapeaux: Array<Chapeau | OperativeParagraph> = []
    const paragraphs: OperativeParagraph[] = []
    const unnumbered: OperativeParagraph[] = []
    block.children.forEach((node, index) => {
      if (introducesList(block, index)) chapeaux.push(node)
      else if (node.type === 'operativeParagraph' && (markerOf(node) || !anyNumbered)) paragraphs.push(node)
      else if (node.type === 'operativeParagraph' && opensCapitalised(node)) unnumbered.push(node)
    })
    check(chapeaux, expectations)
    check(paragraphs, expectations)
    // An unnumbered paragraph among numbered ones may be the rest of the one before (a page split), or an item or a
    // paragraph whose number the copy lost (operative-numbering tells which): its first word is told only when it is
    // a slip of a known verb (`Requets`), the one thing certain whatever it is.
    check(unnumbered, expectations, true)
  }

  /** Check a set of paragraphs written alike (chapeaux, or the paragraphs they introduce); `slipsOnly`: report near misses only. */
  function check(paragraphs: Array<Chapeau | OperativeParagraph>, expectations: Map<unknown, Expected>, slipsOnly = false) {
    const inUpperCase = writesUpperCase(paragraphs.map(openerOf).filter((opener): opener is Opener => opener?.phraseId !== undefined))
    for (const paragraph of paragraphs) {
      const expected = expectations.get(paragraph) ?? 'finite'
      const upper = inUpperCase(openerOf(paragraph)?.value ?? '')
      const verdict = judgeOpener(paragraph, expected, tree, upper)
      if (slipsOnly && verdict.type !== 'nearMiss') continue
      switch (verdict.type) {
        case 'missing': {
          const first = ownChildren(paragraph).find((child) => child.type !== 'listMarker' && child.type !== 'marker')
          const start = (first ?? paragraph).position.start
          report(file, messages.missing(expected, terms), {start, end: start})
          break
        }
        case 'nearMiss': {
          const place = nearMissPlace(file, verdict.opener, verdict.words)
          report(file, messages.nearMiss(place.value, verdict.suggestions), place.position, {
            ...(verdict.certain ? {expected: verdict.suggestions[0]!} : {suggestions: verdict.suggestions}),
            phrase: {kind: 'operative', value: place.value}
          })
          break
        }
        case 'wrongKind':
          if (verdict.found === 'none') break
          report(file, messages.wrongKind(verdict.opener.value, verdict.found, expected, terms), verdict.opener, {
            phrase: verdict.known ? undefined : {kind: 'operative', value: verdict.opener.value}
          })
          break
        case 'unknown':
          report(file, messages.unknown(verdict.opener.value, verdict.suggestions, expected, terms), verdict.opener, {
            suggestions: verdict.suggestions,
            phrase: {kind: 'operative', value: verdict.opener.value}
          })
          break
        default:
      }
    }
  }
})

/** Whether a paragraph's first letter is a capital (`Requests …`), as a paragraph's is and a page split's rest's is not. */
function opensCapitalised(paragraph: OperativeParagraph): boolean {
  const opener = openerOf(paragraph)
  const first = opener?.value.charAt(0) ?? ''
  return first !== first.toLowerCase()
}

/** The source range of the first `words` words from the opener's start: what a near miss replaces. */
export function nearMissPlace(file: VFile, opener: Opener, words: number): {value: string; position: Position} {
  const source = String(file.value)
  const start = opener.position.start.offset!
  const pattern = /\S+/g
  pattern.lastIndex = start
  let end = start
  for (let count = 0; count < words; count++) {
    const match = pattern.exec(source)
    if (!match) break
    end = match.index + trimEndOf(match[0], ',;:.،؛').length
  }
  if (end <= start) return {value: opener.value, position: opener.position}
  // The check's line index (a new one would scan the text up to here again for each near miss).
  const place = file.data.document?.lines ?? location(file)
  return {value: source.slice(start, end), position: {start: place.toPoint(start)!, end: place.toPoint(end)!}}
}
