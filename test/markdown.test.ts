/**
 * A Markdown file's HTML (CommonMark's HTML blocks, types 1–7, and comments inside a line), also inside `>` block
 * quotes, and fenced code inside block quotes: never resolution text, never a paragraph nor a `--fix` target, the
 * text's offsets kept (the messages after them at their exact places); the text around them read as before.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fixAll} from '../server/src/core/fix.js'
import {spliceOf} from '../server/src/core/parse.js'
import {check, createProcessor} from '../server/src/processor.js'
import {formatMessage} from './helpers.js'

const english = readFileSync(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url), 'utf8')
const file = 'GA-2025-93-RES-03.en.md'
const processor = createProcessor()
/** `start-end: message (rule)` of each problem of `text` checked as a Markdown file (or as `name`). */
const found = (text: string, name = file) => check(processor, text, name).messages.filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
/** `text` after `--fix`, as a Markdown file. */
const fixed = (text: string) => fixAll(text, (value) => check(processor, value, file).data.document).text
/** The English fixture with `block` put before its operative part (line 33 on). */
const before = (block: string) => english.replace('CALLS UPON', `${block}\n\nCALLS UPON`)

describe('Markdown: HTML blocks, fences in block quotes and comments inside a line are no resolution text', () => {
  it('the fixture is clean as Markdown, and what these tests add would be found as text in a .txt file', () => {
    assert.deepEqual(found(english), [])
    assert.deepEqual(found(before('<div align="center">\nRECALLING boxed text;\n</div>'), 'GA-2025-93-RES-03.en.txt'), [
      '33:21-33:21: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)',
      '35:7-35:7: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'
    ])
  })

  it('HTML blocks as CommonMark reads them: `<div>` and other block tags to a blank line, `<pre>`, `<script>`, `<style>`, `<textarea>` to their closing tag (blank lines inside), `<?…?>`, `<!DOCTYPE>`, CDATA, a lone tag after a blank line', () => {
    for (const block of [
      '<div align="center">\nRECALLING boxed text;\n</div>',
      '<DIV>\n1. Decides nothing\n</DIV>',
      '<table><tr><td>RECALLING a cell</td></tr></table>',
      '<p/>\nRECALLING x',
      '<pre>\nRECALLING code;\n\n1. nothing\n</pre>',
      '<script type="text/x">\nRECALLING\n\n</SCRIPT>',
      '<style>p {}\n\n1. x</style>',
      '<textarea>\nRECALLING\n</textarea>',
      '<?php\nRECALLING\n\n1. x ?>',
      '<!DOCTYPE html>',
      '<![CDATA[\nRECALLING\n\n1. x\n]]>',
      '<font color="red">\nRECALLING red text;',
      '<span class=\'x\' hidden data-x=1 >\nRECALLING',
      '</font>'
    ]) {
      assert.deepEqual(found(before(block)), [], block)
    }
  })

  it('an HTML block ends where CommonMark ends it: the text after it is read, its slips found where they are and fixed there', () => {
    // A block tag ends at the blank line: the paragraph after it is Markdown text (rendered), a slip in it found.
    const after = before('<div>\n\nRECALLING FURTHER a paragraph inside the div\n\n</div>')
    assert.deepEqual(found(after), ['35:45-35:45: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    assert.equal(fixed(after), after.replace('inside the div\n', 'inside the div,\n'))
    // A `</div>` line interrupts the paragraph above it: the terminator goes after the text, not after the tag.
    const closed = before('NOTING a paragraph\n</div>')
    assert.deepEqual(found(closed), ['33:19-33:19: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    assert.equal(fixed(closed), closed.replace('NOTING a paragraph\n', 'NOTING a paragraph,\n'))
    // `<pre>` ends on the line of its closing tag: the next line is text.
    assert.deepEqual(found(before('<pre>\nx\n</pre>\nNOTING a paragraph')), ['36:19-36:19: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    // A lone tag of no block name interrupts no paragraph (type 7): it is the paragraph's text, as rendered.
    assert.deepEqual(found(before('NOTING a paragraph\n<font color="red">')), ['34:19-34:19: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    // Not a tag: text (`<` then a space, an unclosed attribute quote, something after the tag).
    assert.deepEqual(found(before('< RECALLING x')).length > 0, true)
    assert.deepEqual(found(before('<font color="red>\nRECALLING x')).length > 0, true)
    assert.deepEqual(found(before('<font> RECALLING x')).length > 0, true)
  })

  it('fenced code inside `>` block quotes, to its closing fence or the end of the quote', () => {
    assert.deepEqual(found(before('> ```\n> RECALLING code in a quote\n>\n> 1. nothing here\n> ```')), [])
    assert.deepEqual(found(before('> > ~~~\n> > RECALLING code\n> > ~~~')), [])
    // The quote ends (a line without `>`): so does the fence; the text after is read, its slip found.
    const ended = before('> ~~~\n> RECALLING code in a quote\n\nNOTING the text after it')
    assert.deepEqual(found(ended), ['36:25-36:25: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    assert.equal(fixed(ended), ended.replace('text after it\n', 'text after it,\n'))
    // An HTML block in a quote too.
    assert.deepEqual(found(before('> <div>\n> RECALLING\n> </div>')), [])
  })

  it('an HTML comment inside a line is left out, the paragraph read around it: a terminator missing before it is put before it', () => {
    const paragraph = 'approach to combating cybercrime;'
    // In the middle: its placeholder and quotation mark are not the text's.
    assert.deepEqual(found(english.replace(paragraph, 'approach <!-- [XX] "draft -->to combating cybercrime;')), [])
    // Ending the line: the paragraph ends before it.
    assert.deepEqual(found(english.replace(paragraph, 'approach to combating cybercrime; <!-- note: check "the term? -->')), [])
    const missing = english.replace(paragraph, 'approach to combating cybercrime <!-- note; -->')
    assert.deepEqual(found(missing), ['35:101-35:101: An operative paragraph ends with “\u2068;\u2069”, missing here (operative-terminator)'])
    assert.equal(fixed(missing), english.replace(paragraph, 'approach to combating cybercrime; <!-- note; -->'))
    // Over several lines of the paragraph: those lines are none, the paragraph goes on across them.
    assert.deepEqual(found(english.replace(paragraph, 'approach <!-- a note\nover [XX] a whole line\n--> to combating cybercrime;')), [])
    assert.deepEqual(found(english.replace(paragraph, 'approach to combating cybercrime; <!-- or:\nnot this. -->')), [])
    const two = english.replace(paragraph, 'approach <!-- one --> to <!-- two\n[XX] --> combating <!-- three --> cybercrime <!-- four -->')
    assert.deepEqual(found(two), ['36:45-36:45: An operative paragraph ends with “\u2068;\u2069”, missing here (operative-terminator)'])
    assert.equal(fixed(two), two.replace('cybercrime <!-- four -->', 'cybercrime; <!-- four -->'))
    // Typed in the editor, one keystroke after another (the server's check reusing the last tree): as a full check reads it.
    let last = check(processor, english, file, 1, undefined, {previous: undefined})
    const steps = ['global securer', 'global <!--', 'global <!-- [XX]', 'global <!-- [XX] -->', 'global <!-- [XX] --> secure', 'global secure']
    for (const [index, step] of steps.entries()) {
      const text = english.replace('global secure', step)
      const next = check(processor, text, file, index + 2, undefined, {previous: last.data.tree, resolutions: last.data.document.resolutions})
      const full = check(processor, text, file, index + 2)
      assert.deepEqual(next.data.tree, full.data.tree, step)
      assert.deepEqual(next.messages.map(formatMessage), full.messages.map(formatMessage), step)
      // A word typed is read by splicing its paragraph in (`spliceOf`); a comment, by reading the whole text again.
      assert.equal(spliceOf(next.data.tree) !== undefined, index === 0, step)
      last = next
    }
    // Never closed: text, as in CommonMark (its placeholder found).
    assert.deepEqual(found(english.replace(paragraph, 'approach to combating [XX] <!-- note;')), ['35:91-35:95: “\u2068[XX]\u2069” is a placeholder: write the words it stands for (placeholder)'])
  })
})
