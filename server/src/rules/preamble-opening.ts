/**
 * Each preamble paragraph opens with a preamble opener: a participle, an
 * adjective or a participial or prepositional phrase, recognised by its form
 * in the document's language whatever the word (`HAVING RECEIVED`,
 * `DEEPLY CONCERNED`, `SE FÉLICITANT`, `وإيمانا منها`). Reported, by
 * certainty: a near miss of a known opener (`RECALING`), an operative verb
 * opening the paragraph, no opener at all, and a word of no opener's form.
 */
import {judgeOpener} from '../core/openers.js'
import {openerOf, preambleParagraphsOf, writesUpperCase} from '../core/paragraphs.js'
import type {Opener, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {languageData} from '../languages/index.js'
import {nearMissPlace} from './operative-opening.js'

/** The forms of a preamble opener, in the words of the document's grammar (`Grammar.formNames`): Arabic has no participle opening one. */
const formsOf = {latin: 'preamble-opening.forms.latin', arabic: 'preamble-opening.forms.arabic'} as const

const messages = {
  nearMiss: (actual: string, suggestions: string[]) => msg('preamble-opening.nearMiss', {actual, expected: {or: suggestions}}),
  wrongKind: (actual: string, forms: Forms) => msg('preamble-opening.wrongKind', {actual, forms: msg(formsOf[forms])}),
  unknown: (actual: string, suggestions: string[], forms: Forms) =>
    suggestions.length > 0 ? msg('preamble-opening.unknownSuggest', {actual, expected: {or: suggestions}}) : msg('preamble-opening.unknown', {actual, forms: msg(formsOf[forms])}),
  missing: (forms: Forms) => msg('preamble-opening.missing', {forms: msg(formsOf[forms])})
}

type Forms = keyof typeof formsOf

export default rule('preamble-opening', (tree: Root, file, _options, {language}) => {
  const forms: Forms = languageData(language).grammar.formNames ?? 'latin'
  const paragraphs = preambleParagraphsOf(tree)
  const inUpperCase = writesUpperCase(paragraphs.map(openerOf).filter((opener): opener is Opener => opener?.phraseId !== undefined))

  for (const paragraph of paragraphs) {
    const upper = inUpperCase(openerOf(paragraph)?.value ?? '')
    const verdict = judgeOpener(paragraph, 'preamble', tree, upper)
    switch (verdict.type) {
      case 'missing': {
        const start = paragraph.position.start
        report(file, messages.missing(forms), {start, end: start})
        break
      }
      case 'nearMiss': {
        const place = nearMissPlace(file, verdict.opener, verdict.words)
        report(file, messages.nearMiss(place.value, verdict.suggestions), place.position, {
          ...(verdict.certain ? {expected: verdict.suggestions[0]!} : {suggestions: verdict.suggestions}),
          phrase: {kind: 'preamble', value: place.value}
        })
        break
      }
      case 'wrongKind':
        if (verdict.found !== 'finite') {
          report(file, messages.unknown(verdict.opener.value, [], forms), verdict.opener, {phrase: {kind: 'preamble', value: verdict.opener.value}})
          break
        }
        report(file, messages.wrongKind(verdict.opener.value, forms), verdict.opener, {phrase: verdict.known ? undefined : {kind: 'preamble', value: verdict.opener.value}})
        break
      case 'unknown':
        report(file, messages.unknown(verdict.opener.value, verdict.suggestions, forms), verdict.opener, {
          suggestions: verdict.suggestions,
          phrase: {kind: 'preamble', value: verdict.opener.value}
        })
        break
      default:
    }
  }
})
