/**
 * The server's text of an open document (`EditorText`, lsp/text.ts) and the check of a keystroke made from the last
 * check's resolutions (`checkEdit`, processor.ts), neither reading the whole text. Both must be what they replace,
 * exactly: the text, lines, positions and offsets of vscode-languageserver-textdocument's `TextDocument` after the same
 * changes (the fuzz's random edits: CRLF, marks, surrogates, several changes at once, whole replaces), and the check
 * of the whole edited text (tree and messages of every resolution, the whole text's messages, its diagnostics).
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {documentDiagnostics} from '../server/src/features/convert.js'
import {EditorText} from '../server/src/lsp/text.js'
import {check, checkEdit, createProcessor, type Checked} from '../server/src/processor.js'
import {prng, randomEdit} from './fuzz.js'

const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const reference = read('reference/GA-2025-93-RES-03.ar.txt')
const english = read('GA-2025-93-RES-03.en.txt')
const french = read('GA-2025-93-RES-04.fr.txt')
const spanish = read('GA-2025-93-RES-05.es.txt')
const joined = (texts: readonly string[]) => texts.map((text) => text.trimEnd()).join('\n\n\n')
/**
 * Nine resolutions (33,100 code units); `EditorText` keeps chunks of 16,384, so the larger one is read as several. The
 * INTERPOL profile is told by its first 20,000 code units: an edit there may change it, and the whole text is read.
 */
const batch = joined([reference, english, reference, french, reference, spanish, english, reference, french])
const window = 20_000
const larger = joined([batch, batch, batch])

/** What a message says and where (test/incremental.test.ts's `said`). */
function said(messages: readonly VFileMessage[]): unknown[] {
  return messages.map((message) => {
    const {ancestors: _ancestors, file: _file, stack: _stack, cause: _cause, ...rest} = message as VFileMessage & Record<string, unknown>
    return JSON.parse(JSON.stringify(rest))
  })
}

/** The same as `TextDocument`: text, line count, positions of offsets and offsets of positions (in and out of range), lines. */
function assertSame(ours: EditorText, theirs: TextDocument, random: () => number, what: string) {
  const integer = (below: number) => Math.floor(random() * below)
  if (random() < 0.5) assert.equal(ours.getText(), theirs.getText(), `text ${what}`)
  assert.equal(ours.length, theirs.getText().length, `length ${what}`)
  assert.equal(ours.lineCount, theirs.lineCount, `lines ${what}`)
  assert.equal(ours.version, theirs.version)
  const length = theirs.getText().length
  for (let probe = 0; probe < 12; probe++) {
    const offset = integer(length + 3) - 1
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `position of ${offset} ${what}`)
    const position = {line: integer(theirs.lineCount + 2) - 1, character: integer(200) - 1}
    assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `offset of ${JSON.stringify(position)} ${what}`)
    const other = {line: integer(theirs.lineCount + 1), character: integer(300)}
    assert.equal(ours.getText({start: position, end: other}), theirs.getText({start: position, end: other}), `text of a range ${what}`)
    const line = integer(theirs.lineCount + 1) - 1
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `line ${line} ${what}`)
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `line break of ${line} ${what}`)
  }
}

/** A change log replayed: the text of that version, each change applied to the text as it was then. */
function replay(text: string, changes: ReadonlyArray<{start: number; end: number; text: string}>): string {
  for (const change of changes) text = text.slice(0, change.start) + change.text + text.slice(change.end)
  return text
}

describe('the editor\'s text in the server (EditorText)', () => {
  it('is TextDocument\'s after the same random changes (the fuzz\'s: CRLF, marks, surrogates, several at once, whole replaces): text, lines, positions, offsets, ranges', () => {
    const documents = [larger, reference, larger.replace(/\n/g, '\r\n'), '', 'a\r\nb\rc\n']
    fc.assert(
      fc.property(fc.integer(), fc.nat(documents.length - 1), fc.integer({min: 1, max: 25}), (seed, which, steps) => {
        const random = prng(seed)
        let theirs = TextDocument.create('file:///a.txt', 'ga-resolution', 1, documents[which]!)
        const ours = EditorText.configuration.create('file:///a.txt', 'ga-resolution', 1, documents[which]!)
        for (let step = 0; step < steps; step++) {
          const changes = randomEdit(random, theirs, documents)
          theirs = TextDocument.update(theirs, changes, theirs.version + 1)
          assert.equal(EditorText.configuration.update(ours, changes, theirs.version), ours)
          assertSame(ours, theirs, random, `after step ${step} of seed ${seed}`)
        }
        assert.equal(ours.getText(), theirs.getText())
      }),
      {seed: 17, numRuns: 80}
    )
  })

  it('keeps the changes since a version, each in the text as it was then: replayed on that version\'s text, they give the current one', () => {
    const random = prng(93)
    let theirs = TextDocument.create('file:///a.txt', 'ga-resolution', 1, batch)
    const ours = EditorText.configuration.create('file:///a.txt', 'ga-resolution', 1, batch)
    const texts = new Map([[1, batch]])
    for (let version = 2; version <= 12; version++) {
      let changes = randomEdit(random, theirs, [batch])
      // No whole replace here: that one drops what was kept (below).
      while (changes.some((change) => !('range' in change))) changes = randomEdit(random, theirs, [batch])
      theirs = TextDocument.update(theirs, changes, version)
      ours.update(changes, version)
      texts.set(version, theirs.getText())
    }
    for (const [version, text] of texts) assert.equal(replay(text, ours.changesSince(version)!), ours.getText(), `since version ${version}`)
    assert.deepEqual(ours.changesSince(12), [])
    assert.equal(ours.changesSince(13), undefined)
    // Typed letter by letter, one change a version: the last 16 changes are kept, no more.
    for (let version = 13; version <= 40; version++) ours.update([{range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, text: 'x'}], version)
    assert.equal(ours.changesSince(23), undefined)
    assert.deepEqual(ours.changesSince(24)!.map((change) => [change.version, change.start, change.end, change.text]), Array.from({length: 16}, (_, index) => [25 + index, ours.offsetAt({line: 3, character: 0}), ours.offsetAt({line: 3, character: 0}), 'x']))
    // A change of the whole text: nothing before it is known.
    ours.update([{text: 'RESOLUTION'}], 41)
    assert.equal(ours.changesSince(40), undefined)
    assert.deepEqual(ours.changesSince(41), [])
    ours.update([{range: {start: {line: 0, character: 10}, end: {line: 0, character: 10}}, text: ' No. 3'}], 42)
    assert.deepEqual(ours.changesSince(41), [{version: 42, start: 10, end: 10, text: ' No. 3'}])
    assert.equal(ours.getText(), 'RESOLUTION No. 3')
  })
})

describe('the check of a keystroke in a text of several resolutions, from the last check\'s (checkEdit)', () => {
  const processor = createProcessor()
  const path = '/drafts/session.txt'
  /** Each resolution's tree and messages, the whole text's messages and the diagnostics sent: all a check tells. */
  const told = (file: Checked) => ({
    resolutions: file.data.document.resolutions!.map(({offset, line, document}) => ({offset, line, tree: document.tree, messages: said(document.messages)})),
    messages: said(file.messages),
    diagnostics: documentDiagnostics(file.data.document)
  })

  it('is the check of the whole edited text, after random edits (the fuzz\'s), one after another; a keystroke in a paragraph is made so', () => {
    let fast = 0
    let steps = 0
    fc.assert(
      fc.property(fc.integer(), fc.integer({min: 1, max: 6}), (seed, count) => {
        const random = prng(seed)
        const document = EditorText.configuration.create('file://' + path, 'ga-resolution', 1, batch)
        let last = check(processor, batch, path, 1, undefined, {previous: undefined})
        let lastVersion = 1
        for (let step = 0; step < count; step++) {
          // A letter typed at a random place past the profile's window, or the fuzz's edits (deletions, line breaks, marks...).
          const at = document.positionAt(window + Math.floor(random() * (document.length - window + 1)))
          const changes = random() < 0.6 ? [{range: {start: at, end: at}, text: random() < 0.5 ? 'ا' : 'x'}] : randomEdit(random, document, [batch])
          document.update(changes, document.version + 1)
          // Unknown after a whole replace (then the whole text is checked).
          const since = document.changesSince(lastVersion)
          const edited = since?.length === 1 ? checkEdit(processor, document.length, since[0]!, path, document.version, {previous: last.data.tree, resolutions: last.data.document.resolutions}) : undefined
          const text = document.getText()
          const full = check(processor, text, path, document.version)
          steps++
          if (edited) {
            fast++
            assert.equal(edited.data.document.text, text)
            assert.equal(String(edited.value), text)
            assert.deepEqual(told(edited), told(full), `step ${step} of seed ${seed}`)
          }
          // Else the server checks the whole text, as before.
          last = edited ?? check(processor, text, path, document.version, undefined, {previous: last.data.tree, resolutions: last.data.document.resolutions})
          lastVersion = document.version
          if (!last.data.document.resolutions) return
        }
      }),
      {seed: 17, numRuns: 40}
    )
    // Most keystrokes were checked from the last check's resolutions (the others: line breaks, edits across a start, whole replaces).
    assert.ok(fast > steps / 2, `${fast} of ${steps} edits checked from the last check`)
  })

  it('declines what it cannot make so, for the whole text\'s check: an edit across two resolutions, at a resolution\'s start, in the profile\'s window, a new heading, a text of one', () => {
    const first = check(processor, batch, path, 1, undefined, {previous: undefined})
    const last = {previous: first.data.tree, resolutions: first.data.document.resolutions}
    const [, , , , , , , second, third] = first.data.document.resolutions!
    // A letter inside the eighth resolution's paragraph (the fourth Arabic one): made from the last check, the same as the whole text's.
    const at = batch.indexOf('تشجيع', second!.offset + 1) + 5
    assert.ok(at > window)
    assert.ok(at > second!.offset && at < third!.offset)
    const typed = checkEdit(processor, batch.length + 1, {start: at, end: at, text: 'ا'}, path, 2, last)!
    const text = batch.slice(0, at) + 'ا' + batch.slice(at)
    assert.deepEqual(told(typed), told(check(processor, text, path, 2)))
    // The resolutions the keystroke did not touch keep their checks: the very documents of the last one.
    assert.equal(typed.data.document.resolutions![6]!.document, first.data.document.resolutions![6]!.document)
    assert.notEqual(typed.data.document.resolutions![7]!.document, second!.document)
    assert.equal(typed.data.document.resolutions![8]!.document, third!.document)
    // Across the end of one and the start of the next; at a resolution's first character; a wrong length.
    assert.equal(checkEdit(processor, batch.length - 20, {start: third!.offset - 10, end: third!.offset + 10, text: ''}, path, 2, last), undefined)
    assert.equal(checkEdit(processor, batch.length + 1, {start: third!.offset, end: third!.offset, text: 'x'}, path, 2, last), undefined)
    assert.equal(checkEdit(processor, batch.length, {start: at, end: at, text: 'ا'}, path, 2, last), undefined)
    // In the profile's window (the second Arabic resolution's paragraph): the whole text is read.
    const early = batch.indexOf('تشجيع', first.data.document.resolutions![2]!.offset) + 5
    assert.ok(early < window)
    assert.equal(checkEdit(processor, batch.length + 1, {start: early, end: early, text: 'ا'}, path, 2, last), undefined)
    // A line break that makes a heading of a resolution of its own: the starts move, the whole text is read.
    const heading = batch.indexOf('\n', at)
    assert.equal(checkEdit(processor, batch.length + 20, {start: heading, end: heading, text: '\n\n\nRESOLUTION No. 9'}, path, 2, last), undefined)
    // A text of one resolution, and another processor's last check: none.
    const one = check(processor, english, path, 1, undefined, {previous: undefined})
    assert.equal(checkEdit(processor, english.length + 1, {start: 100, end: 100, text: 'x'}, path, 2, {previous: one.data.tree, resolutions: one.data.document.resolutions}), undefined)
    assert.equal(checkEdit(createProcessor(), batch.length + 1, {start: at, end: at, text: 'ا'}, path, 2, last), undefined)
  })
})
