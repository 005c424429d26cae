/**
 * A quoted text after a colon (an amendment `… to read as follows:⏎"Rule 72 …";`) is closed by its mark. Never
 * closed, the parser reads it as ending before the quoting part's next paragraph (numbered next, an operative verb in
 * capitals, the vote), else as quoting nothing: this rule names the mark that opened it, and the one that would close it.
 */
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

/** The mark closing each opening one (`„` opens a German-style quotation closed by `“`). */
const closing: Record<string, string> = {'"': '"', '“': '”', '«': '»', '„': '“'}

const messages = {
  unclosed: (open: string, close: string) => msg('quotation-unclosed.unclosed', {open, close})
}

export default rule('quotation-unclosed', (tree: Root, file) => {
  const opened = tree.data.unclosedQuote
  if (!opened) return
  const open = String(file.value).charAt(opened.start.offset!)
  report(file, messages.unclosed(open, closing[open] ?? open), opened)
})
