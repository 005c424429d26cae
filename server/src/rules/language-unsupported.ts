/**
 * A text in a language resolint does not check (a UN resolution's Russian or Chinese version, a German translation:
 * told by its script, else by its common words, `languages/unsupported.ts`): one message at its start, naming the
 * language and the four resolint checks, and no other check (the processor runs this rule alone on such a text). A
 * file name's language does not hide it; a language set in the configuration is never second-guessed.
 */
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {languages} from '../languages/index.js'
import {msg} from '../l10n/index.js'

const messages = {
  unsupported: (language: string) => msg('language-unsupported.unsupported', {language: msg(`language.${language}` as 'language.de'), languages: {and: languages.map((code) => msg(`language.${code}`))}})
}

export default rule('language-unsupported', (tree: Root, file) => {
  const language = tree.data.unsupportedLanguage
  if (!language) return
  const start = {line: 1, column: 1, offset: 0}
  report(file, messages.unsupported(language), {start, end: start})
})
