/**
 * A document of several resolutions (a session's batch pasted into one file) is read as resolutions: where each
 * starts (`resolutionStarts`), exactly, and what does not start one (an annex, a citation, a running header, a UN
 * text's part B); each is checked on its own, with its own language, and its messages are placed in the whole text.
 */
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, SelectionRange, TextEdit} from 'vscode-languageserver-types'
import type {VFileMessage} from 'vfile-message'
import {resolutionStarts} from '../server/src/core/parse.js'
import {getProfile} from '../server/src/profiles/index.js'
import {documentDiagnostics, problemCounts, sentDiagnostics, shiftLines} from '../server/src/features/convert.js'
import {JsonList, JsonPart, listJson} from '../server/src/features/json.js'
import {encodeMessage} from '../server/src/lsp/stdio.js'
import {folding, formatting, keepViews, outline, partsOf, sentFolding, sentOutline} from '../server/src/features/resolutions.js'
import {format} from '../server/src/features/format.js'
import {lineEnds, type Document} from '../server/src/core/document.js'
import {location} from 'vfile-location'
import {memoPlaced} from '../server/src/core/memo.js'
import {check, createProcessor} from '../server/src/processor.js'
import {applyEdits, fix, lint, rtl, startClient, startServer, stopServer} from './helpers.js'
import {TestClient} from './lsp-client.js'
import {problemCount} from '../client/src/locale.js'
import {statusWords, type Status} from '../client/src/status.js'

const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const interpol = {ar: read('reference/GA-2025-93-RES-03.ar.txt'), en: read('GA-2025-93-RES-03.en.txt'), fr: read('GA-2025-93-RES-04.fr.txt'), es: read('GA-2025-93-RES-05.es.txt')}
const un = {ar: read('un/A-RES-80-120.ar.txt'), en: read('un/A-RES-80-120.en.txt'), fr: read('un/A-RES-80-120.fr.txt'), es: read('un/A-RES-80-120.es.txt')}
const interpolProfile = getProfile('interpol-ga')!
const unProfile = getProfile('un-ga')!

/** Texts joined as a session's batch is: two blank lines between. */
const joined = (texts: readonly string[]) => texts.map((text) => text.trimEnd()).join('\n\n\n')
/** The offset of each text's first visible line in the joined text. */
function startsOf(texts: readonly string[]): number[] {
  const whole = joined(texts)
  let from = 0
  return texts.map((text, index) => {
    const at = whole.indexOf(text.trimEnd(), from)
    from = at + 1
    return index === 0 ? 0 : at + (text.length - text.trimStart().length)
  })
}

/** What a message says and where. */
const said = (messages: readonly VFileMessage[]) => messages.map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}@${message.place.start.offset}-${message.place.end.line}:${message.place.end.column}@${message.place.end.offset}` : ''} ${message.ruleId} ${message.reason}`)

describe('a document of several resolutions', () => {
  it('starts a resolution at each heading or identifier after a closing, in the four languages, INTERPOL and UN', () => {
    const batch = [interpol.en, interpol.ar, interpol.fr, interpol.es, interpol.ar]
    assert.deepEqual(resolutionStarts(joined(batch), interpolProfile), startsOf(batch))
    // The Arabic reference opens with two blank lines: the resolution starts at its heading, `قرار رقم 3`.
    assert.equal(joined(batch).slice(startsOf(batch)[1], startsOf(batch)[1]! + 10), 'قرار رقم 3')
    const unBatch = [un.en, un.fr, un.es, un.ar]
    assert.deepEqual(resolutionStarts(joined(unBatch), unProfile), startsOf(unBatch))
  })

  it('a single resolution is one, whatever it holds: each fixture, an annex, a citation on its own line, a running header, a UN part B', () => {
    for (const text of Object.values(interpol)) assert.deepEqual(resolutionStarts(text, interpolProfile), [0])
    for (const text of Object.values(un)) assert.deepEqual(resolutionStarts(text, unProfile), [0])
    // After the closing, an annex naming its resolution, then a list of resolutions one per line.
    const annexed = `${interpol.en.trimEnd()}\n\nANNEX TO RESOLUTION GA-2025-93-RES-03\n\nGA-2021-89-RES-11\n\nGA-2023-91-RES-12\n\nThe resolutions the Assembly recalled.\n`
    assert.deepEqual(resolutionStarts(annexed, interpolProfile), [0])
    // A hard-wrapped paragraph whose line ends with a citation, before the closing.
    const wrapped = interpol.en.replace('TAKING NOTE of resolution AG-2008-RES-07,', 'TAKING NOTE of resolution\nAG-2008-RES-07,')
    assert.deepEqual(resolutionStarts(wrapped, interpolProfile), [0])
    // The page's running header after the closing, then nothing of a new resolution.
    assert.deepEqual(resolutionStarts(`${interpol.fr.trimEnd()}\n\nGA-2025-93-RES-04\n\nPage 2\n`, interpolProfile), [0])
    // A UN resolution in parts: the symbol repeated at the top of part B's page, then part B with its own title and closing.
    const partB = `${un.en.trimEnd()}\n\nA/RES/80/120\n\nB\n\n80/120 B. Safety of public libraries: follow-up\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n\n56th plenary meeting\n11 December 2025\n`
    assert.deepEqual(resolutionStarts(partB, unProfile), [0])
    // Two drafts not yet adopted (no vote line): never split, nothing closed the first.
    const drafts = joined([interpol.en.replace(/\nAdopted:.*\n?$/, '\n'), interpol.fr])
    assert.deepEqual(resolutionStarts(drafts, interpolProfile), [0])
  })

  it('a running header between two resolutions stays with the first: the second starts at its own heading', () => {
    const text = `${interpol.en.trimEnd()}\n\nGA-2025-93-RES-03\n\n${interpol.fr}`
    assert.deepEqual(resolutionStarts(text, interpolProfile), [0, text.indexOf(interpol.fr)])
  })

  it('checks each resolution on its own, with its own language: its messages are its own file\'s, placed in the whole text', () => {
    const processor = createProcessor()
    const batch = [interpol.ar, interpol.en, interpol.fr, interpol.es, interpol.ar.replace('2. تشجيع', '7. تشجيع')]
    const text = joined(batch)
    const file = check(processor, text, '/session/batch.txt')
    const resolutions = file.data.document.resolutions!
    assert.deepEqual(resolutions.map((resolution) => [resolution.offset, resolution.document.tree.data.language, resolution.document.tree.data.languageSource]), startsOf(batch).map((offset, index) => [offset, ['ar', 'en', 'fr', 'es', 'ar'][index], 'detected']))
    // Each resolution's messages are those of its text checked alone, moved to where it stands.
    const expected = resolutions.flatMap((resolution) => {
      const alone = check(processor, resolution.document.text, '/session/batch.txt')
      return said(alone.messages).map((line) => line.replace(/(\d+):(\d+)@(\d+)-(\d+):(\d+)@(\d+)/, (_, l1: string, c1: string, o1: string, l2: string, c2: string, o2: string) => `${Number(l1) + resolution.line}:${c1}@${Number(o1) + resolution.offset}-${Number(l2) + resolution.line}:${c2}@${Number(o2) + resolution.offset}`))
    })
    assert.deepEqual(said(file.messages), expected)
    // No section is out of order (the text was one resolution with its parts repeated before), and the last one's
    // renumbered paragraph is reported where it stands in the whole text.
    assert.equal(file.messages.filter((message) => message.ruleId === 'section-order').length, 0)
    const numbering = file.messages.filter((message) => message.ruleId === 'operative-numbering' && message.place && 'start' in message.place && message.place.start.offset === text.lastIndexOf('7. تشجيع'))
    assert.equal(numbering.length, 1)
    // The places agree with the whole text: the reported range is the text the message is about.
    for (const message of file.messages) {
      const place = message.place
      if (!place || !('start' in place)) continue
      const line = text.split('\n')[place.start.line - 1]!
      assert.equal(text.slice(place.start.offset!, place.start.offset! + 1), line.charAt(place.start.column - 1), String(message))
    }
  })
})

describe('a very large document of several resolutions', () => {
  it('keeps of each resolution its text and messages only: its tree is read again when asked, the same as the check read it', () => {
    const processor = createProcessor()
    const batch = Array.from({length: 400}, (_, index) => [interpol.ar, interpol.en, interpol.fr, interpol.es][index % 4]!)
    const text = joined(batch)
    assert.ok(text.length > 1_000_000)
    const file = check(processor, text, '/session/batch.txt')
    const resolutions = file.data.document.resolutions!
    assert.equal(resolutions.length, 400)
    const [first, second] = resolutions
    const alone = check(processor, first!.document.text, '/session/batch.txt')
    assert.deepEqual(first!.document.tree, alone.data.tree)
    assert.deepEqual(second!.document.tree.data.language, 'en')
    assert.deepEqual(said(first!.document.messages), said(alone.messages))
    assert.equal(first!.document.messages.length, 16)
    // No message holds the nodes it was found on: no tree is kept alive through them.
    assert.deepEqual(resolutions.flatMap((resolution) => resolution.document.messages).filter((message) => message.ancestors !== undefined), [])
    // The whole text's messages are the resolutions', placed.
    assert.equal(file.messages.length, 100 * 16)
    const startOf = (message: VFileMessage) => (message.place as {start: {offset: number}}).start.offset
    assert.equal(startOf(file.messages.at(-1)!), resolutions[396]!.offset + startOf(resolutions[396]!.document.messages.at(-1)!))
  })
})

describe('lineEnds, the line index a lean resolution keeps', () => {
  it('gives every point and offset vfile-location gives, with LF, CRLF and CR line breaks, at and past the ends', () => {
    const texts = ['', 'a', '\n', '\r\n', '\r', 'ab\ncd', 'ab\r\ncd\r\n', 'a\rb\r\r\nc\n\nd', '\n\r\n\r', interpol.fr.slice(0, 600).replaceAll('\n', '\r\n')]
    for (const text of texts) {
      const ours = lineEnds(text)
      const theirs = location(text)
      for (let offset = -2; offset <= text.length + 2; offset++) assert.deepEqual(ours.toPoint(offset), theirs.toPoint(offset), `${JSON.stringify(text)} @${offset}`)
      for (const offset of [Number.NaN, 0.5, undefined, null]) assert.deepEqual(ours.toPoint(offset), theirs.toPoint(offset))
      const lines = text.split(/\r\n|\r|\n/).length
      for (let line = -1; line <= lines + 2; line++) {
        for (let column = -1; column <= 12; column++) assert.equal(ours.toOffset({line, column}), theirs.toOffset({line, column}), `${JSON.stringify(text)} ${line}:${column}`)
      }
      assert.equal(ours.toOffset({line: Number.NaN, column: 1}), theirs.toOffset({line: Number.NaN, column: 1}))
      assert.equal(ours.toOffset(undefined), undefined)
    }
  })
})

describe('the versions of a very large document\'s text kept by its checks', () => {
  it('are the last one only: after keystrokes, no kept resolution, message, line index, formatting edit or tree read again holds an earlier version', function () {
    this.timeout(120_000)
    // In a fresh Node: a heap snapshot, then the strings as long as the whole text (its versions) counted.
    const module = (name: string) => JSON.stringify(fileURLToPath(new URL(`../server/src/${name}`, import.meta.url)))
    const script = `import {writeHeapSnapshot} from 'node:v8'
      import {readFileSync} from 'node:fs'
      const {check, createProcessor} = await import(${module('processor.ts')})
      const {formatting, keepViews, outline} = await import(${module('features/resolutions.ts')})
      const texts = JSON.parse(process.argv[1])
      const processor = createProcessor()
      const lean = (document) => keepViews(document, 'en')
      // In a function of its own: its frame, done, holds none of the versions it made.
      const typed = () => {
        let text = Array.from({length: 400}, (_, index) => texts[index % 4]).join('\\n\\n\\n')
        let file = check(processor, text, '/session/batch.txt', 1, undefined, {previous: undefined, lean})
        const at = text.indexOf('تشجيع', file.data.document.resolutions[200].offset) + 5
        for (let version = 2; version <= 4; version++) {
          // A letter typed, then deleted, then typed; the outline and the formatting asked, and one kept resolution's tree read again.
          text = version % 2 === 0 ? text.slice(0, at) + 'ا' + text.slice(at) : text.slice(0, at) + text.slice(at + 1)
          file = check(processor, text, '/session/batch.txt', version, undefined, {previous: file.data.tree, resolutions: file.data.document.resolutions, lean})
          outline(file.data.document, 'en')
          formatting(file.data.document)
          file.data.document.resolutions[7].document.tree
        }
        return file
      }
      const file = typed()
      const text = file.data.document.text
      const written = writeHeapSnapshot(process.argv[2])
      const {snapshot: {meta}, nodes} = JSON.parse(readFileSync(written, 'utf8'))
      const width = meta.node_fields.length
      const [type, size] = [meta.node_fields.indexOf('type'), meta.node_fields.indexOf('self_size')]
      const flat = meta.node_types[0].indexOf('string')
      let versions = 0
      for (let node = 0; node < nodes.length; node += width) if (nodes[node + type] === flat && nodes[node + size] >= 2 * text.length) versions++
      console.log(JSON.stringify({versions, length: text.length, resolutions: file.data.document.resolutions.length}))`
    const texts = [interpol.ar, interpol.en, interpol.fr, interpol.es].map((text) => text.trimEnd())
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-versions-'))
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(texts), path.join(folder, 'heap.heapsnapshot')], {encoding: 'utf8'})
    rmSync(folder, {recursive: true, force: true})
    const {versions, length, resolutions} = JSON.parse(output) as {versions: number; length: number; resolutions: number}
    assert.ok(length > 1_000_000)
    assert.equal(resolutions, 400)
    assert.equal(versions, 1)
  })
})

describe('the outline and folding of a very large document, made from its check', () => {
  it('are those read from a fresh check of the same text, after an edit that moves the resolutions below it too', function () {
    this.timeout(120_000)
    const processor = createProcessor()
    const text = joined(Array.from({length: 400}, (_, index) => [interpol.ar, interpol.en, interpol.fr, interpol.es][index % 4]!))
    const made: Document[] = []
    const lean = (document: Document) => {
      made.push(document)
      keepViews(document, 'fr')
    }
    const opened = check(processor, text, '/session/batch.txt', 1, undefined, {previous: undefined, lean})
    const before = opened.data.document.resolutions!
    assert.deepEqual(made, before.map((resolution) => resolution.document))
    const shown = sentOutline(opened.data.document, 'fr') as JsonList<DocumentSymbol>
    // A line break typed in resolution 200 (its operative paragraph 2 wrapped): the 199 after it move one line down.
    const at = text.indexOf('تشجيع', before[200]!.offset) + 5
    const typed = text.slice(0, at) + '\n' + text.slice(at)
    const edited = check(processor, typed, '/session/batch.txt', 2, undefined, {previous: opened.data.tree, resolutions: before, lean})
    const after = edited.data.document.resolutions!
    assert.equal(made.length, 401)
    assert.equal(after[201]!.line, before[201]!.line + 1)
    const fresh = check(processor, typed, '/session/batch.txt').data.document
    const symbols = outline(edited.data.document, 'fr')
    assert.deepEqual(symbols, outline(fresh, 'fr'))
    assert.deepEqual(folding(edited.data.document), folding(fresh))
    // The entries above the edit are the very ones sent before it, their JSON written once; the ones below it moved.
    const sent = sentOutline(edited.data.document, 'fr') as JsonList<DocumentSymbol>
    assert.equal(sent.parts[0], shown.parts[0])
    assert.equal(sent.parts[199], shown.parts[199])
    assert.notEqual(sent.parts[201], shown.parts[201])
    assert.deepEqual(sent.parts[201]!.items, shiftLines(shown.parts[201]!.items, 1))
    // Moved by rewriting its line numbers in its JSON: the bytes of the moved items' JSON, whatever a name says.
    for (const lines of [1, -3, 250, 9_999]) {
      assert.equal(shown.parts[201]!.moved(lines).json.toString('utf-8'), JsonPart.of(shiftLines(shown.parts[201]!.items, lines)).json.toString('utf-8'), String(lines))
    }
    const named = JsonPart.of([{name: '"line":1 "startLine":2 \\"endLine":3', kind: 3, range: {start: {line: 10, character: 0}, end: {line: 12, character: 4}}, selectionRange: {start: {line: 10, character: 0}, end: {line: 10, character: 4}}}, {startLine: 7, endLine: 9, kind: 'region'}])
    assert.deepEqual(named.moved(5).items, shiftLines(named.items, 5))
    assert.equal(named.moved(0), named)
    // Another locale's are made anew.
    assert.deepEqual(outline(edited.data.document, 'en')[300], outline(fresh, 'en')[300])
  })
})

describe('the formatting of a very large document, kept for each resolution', () => {
  /** Formatting as made without keeping anything: each resolution's edits made anew, placed at its line. */
  const anew = (document: Document) => {
    const parts = partsOf(document)
    return parts.flatMap((part, index) => shiftLines(format(part.document, {followed: index < parts.length - 1}), part.line))
  }

  it('is the edits made anew, after an edit too: the resolutions it did not touch keep theirs, moved to their lines', function () {
    this.timeout(120_000)
    const processor = createProcessor()
    const text = joined(Array.from({length: 400}, (_, index) => [interpol.ar, interpol.en, interpol.fr, interpol.es][index % 4]!))
    const opened = check(processor, text, '/session/batch.txt', 1, undefined, {previous: undefined, lean: () => {}})
    const before = opened.data.document.resolutions!
    const first = formatting(opened.data.document)
    assert.ok(first.length > 100)
    assert.deepEqual(first, anew(opened.data.document))
    assert.deepEqual(formatting(opened.data.document), first)
    // A line break typed in resolution 201 (its operative paragraph 2 wrapped, which formatting joins again): the 198
    // after it move one line down.
    const at = text.indexOf('تشجيع', before[200]!.offset) + 5
    const typed = text.slice(0, at) + '\n' + text.slice(at)
    const edited = check(processor, typed, '/session/batch.txt', 2, undefined, {previous: opened.data.tree, resolutions: before, lean: () => {}})
    const after = edited.data.document.resolutions!
    assert.equal(after[0]!.document, before[0]!.document)
    assert.notEqual(after[200]!.document, before[200]!.document)
    const second = formatting(edited.data.document)
    assert.deepEqual(second, anew(check(processor, typed, '/session/batch.txt').data.document))
    assert.notDeepEqual(second, first)
    // Kept: the edits of a resolution above the edit are the very ones given before it; those below it are moved.
    const line = (edit: TextEdit) => edit.range.start.line
    const firstBelow = first.findIndex((edit) => line(edit) >= before[201]!.line)
    const secondBelow = second.findIndex((edit) => line(edit) >= after[201]!.line)
    assert.equal(second[0], first[0])
    assert.deepEqual(second.slice(secondBelow), shiftLines(first.slice(firstBelow), 1))
    // Applied, the text formatted: formatting it again changes nothing.
    const formatted = applyEdits(typed, second)
    assert.deepEqual(formatting(check(processor, formatted, '/session/batch.txt').data.document), [])
  })

  it('of a text of one resolution is its edits, asked once or again', () => {
    const processor = createProcessor()
    const document = check(processor, interpol.en.replace('\n1. ', '\n3. '), '/drafts/GA-2025-93-RES-03.en.txt').data.document
    const edits = format(document)
    assert.ok(edits.length > 0)
    assert.deepEqual(formatting(document), edits)
    assert.deepEqual(formatting(document), edits)
  })
})

describe('memoPlaced: the one cache of a resolution\'s views (diagnostics, outline, folding) placed at its line', () => {
  it('keeps the very record at the same key and line, moves the kept value at another line, makes it again at another key', () => {
    const made: string[] = []
    const moved: number[] = []
    const lines = memoPlaced(
      (object: {name: string}, key: string) => {
        made.push(object.name + ' ' + key)
        return [0, 2]
      },
      (value, by) => {
        moved.push(by)
        return value.map((line) => line + by)
      }
    )
    const first = {name: 'first'}
    const at0 = lines(first, 'en', 0)
    assert.deepEqual(at0, {key: 'en', line: 0, value: [0, 2]})
    assert.equal(lines(first, 'en', 0), at0)
    const at5 = lines(first, 'en', 5)
    assert.deepEqual(at5, {key: 'en', line: 5, value: [5, 7]})
    assert.equal(lines(first, 'en', 5), at5)
    assert.deepEqual(lines(first, 'en', 3).value, [3, 5])
    assert.deepEqual(lines(first, 'fr', 3), {key: 'fr', line: 3, value: [3, 5]})
    assert.deepEqual(lines({name: 'second'}, 'fr', 0).value, [0, 2])
    // A value of one kind only (folding) has no key.
    assert.deepEqual(lines({name: 'third'}, undefined as never, 1).value, [1, 3])
    assert.deepEqual(made, ['first en', 'first fr', 'second fr', 'third undefined'])
    assert.deepEqual(moved, [5, -2, 3, 1])
  })
})

describe('the diagnostics of a document of several resolutions', () => {
  it('are its messages\' (each resolution\'s converted once and moved), capped as any document\'s', () => {
    const processor = createProcessor()
    const text = joined([interpol.ar, interpol.en, interpol.ar])
    const file = check(processor, text, '/session/batch.txt')
    const document = file.data.document
    assert.deepEqual(documentDiagnostics(document, 'fr'), sentDiagnostics(document.messages, 'fr'))
    assert.deepEqual(documentDiagnostics(document, 'en', 20), sentDiagnostics(document.messages, 'en', 20))
    assert.equal(documentDiagnostics(document, 'en', 20).length, 21)
    assert.deepEqual(problemCounts(document), {problems: 32, errors: document.messages.filter((message) => message.fatal === true).length})
    // After a keystroke in the last resolution, the first two (16 and none) keep their very diagnostics.
    const at = text.lastIndexOf('تشجيع') + 5
    const typed = check(processor, text.slice(0, at) + 'ا' + text.slice(at), '/session/batch.txt', 2, undefined, {previous: file.data.tree, resolutions: document.resolutions})
    const before = documentDiagnostics(document, 'en')
    const after = documentDiagnostics(typed.data.document, 'en')
    assert.equal(after[0], before[0])
    assert.equal(after[15], before[15])
    assert.deepEqual(after, sentDiagnostics(check(processor, typed.data.document.text, '/session/batch.txt').messages, 'en'))
  })
})

describe('the lists of a document of several resolutions, written to stdio', () => {
  it('are the bytes JSON.stringify writes, made from each resolution\'s kept JSON: after keystrokes, capped, in another locale, none', () => {
    const processor = createProcessor()
    const path = '/session/batch.txt'
    let text = joined([interpol.ar, interpol.en, interpol.ar, interpol.fr])
    const message = (diagnostics: Diagnostic[]) => ({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///session/batch.txt', version: 3, diagnostics}})
    const written = (diagnostics: Diagnostic[]) => {
      assert.ok(listJson(diagnostics))
      return encodeMessage(message(diagnostics)).toString('utf-8')
    }
    let file = check(processor, text, path, 1, undefined, {previous: undefined})
    const edits: Array<(value: string) => string> = [
      (value) => value.slice(0, value.lastIndexOf('تشجيع') + 5) + 'ا' + value.slice(value.lastIndexOf('تشجيع') + 5),
      (value) => value.replace('Encourages', 'Encour\nages'),
      (value) => value.replace('Adopted: For: 134, Against: 0, Abstentions: 5', ''),
      (value) => value
    ]
    for (const [index, edit] of edits.entries()) {
      text = edit(text)
      file = check(processor, text, path, index + 2, undefined, {previous: file.data.tree, resolutions: file.data.document.resolutions})
      const document = file.data.document
      // Every size of cap: before, at and after the end of the first resolution's 16, and none left out.
      for (const [locale, max] of [['en', 1000], ['fr', 1000], ['en', 15], ['en', 16], ['en', 17], ['ar', 40], ['en', 0]] as const) {
        const diagnostics = documentDiagnostics(document, locale, max)
        assert.equal(written(diagnostics), JSON.stringify(message(diagnostics)), `edit ${index}, ${locale}, at most ${max}`)
      }
    }
    const clean = check(processor, joined([interpol.en, interpol.en]), path)
    assert.equal(written(documentDiagnostics(clean.data.document)), JSON.stringify(message(documentDiagnostics(clean.data.document))))
    // A message of anything else is JSON.stringify's.
    const other = {jsonrpc: '2.0', id: 4, result: {diagnostics: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, message: 'كلمة'}]}}
    assert.equal(encodeMessage(other as never).toString('utf-8'), JSON.stringify(other))
    assert.equal(encodeMessage(message([]) as never).toString('utf-8'), JSON.stringify(message([])))
  })

  it('the outline and folding too: the bytes of JSON.stringify, from each resolution\'s kept JSON, after keystrokes moving lines or not, in each locale', () => {
    const processor = createProcessor()
    const path = '/session/batch.txt'
    let text = joined([interpol.ar, interpol.en, interpol.ar, interpol.fr, interpol.es])
    const response = (result: unknown) => ({jsonrpc: '2.0', id: 7, result})
    const written = (result: unknown) => {
      assert.ok(result instanceof JsonList)
      return encodeMessage(response(result) as never).toString('utf-8')
    }
    let file = check(processor, text, path, 1, undefined, {previous: undefined})
    const edits: Array<(value: string) => string> = [
      (value) => value,
      (value) => value.slice(0, value.lastIndexOf('تشجيع') + 5) + 'ا' + value.slice(value.lastIndexOf('تشجيع') + 5),
      (value) => value.replace('Encourages', 'Encour\nages'),
      (value) => value.replace('Adopted: For: 134, Against: 0, Abstentions: 5', '')
    ]
    for (const [index, edit] of edits.entries()) {
      text = edit(text)
      file = check(processor, text, path, index + 2, undefined, {previous: file.data.tree, resolutions: file.data.document.resolutions})
      const document = file.data.document
      const fresh = check(processor, text, path).data.document
      for (const locale of ['en', 'ar', 'fr', 'en'] as const) {
        const symbols = sentOutline(document, locale)
        // A fresh check's outline: the same bytes, and what any other writer writes (toJSON); its items read back the same.
        assert.equal(written(symbols), JSON.stringify(response(outline(fresh, locale))), `edit ${index}, outline in ${locale}`)
        assert.equal(written(symbols), JSON.stringify(response(symbols)))
        assert.deepEqual(outline(document, locale), outline(fresh, locale))
      }
      const ranges = sentFolding(document)
      assert.equal(written(ranges), JSON.stringify(response(folding(fresh))), `edit ${index}, folding`)
      assert.deepEqual(folding(document), folding(fresh))
    }
    // A text of one resolution: its outline is no list of parts, written by JSON.stringify.
    const one = check(processor, interpol.en, path).data.document
    assert.ok(Array.isArray(sentOutline(one)))
    assert.equal(listJson(outline(one)), undefined)
    assert.equal(encodeMessage(response(outline(one)) as never).toString('utf-8'), JSON.stringify(response(outline(one))))
  })
})

describe('a document of several resolutions in the language server', function () {
  let client: TestClient
  let folder: string
  let uri: string
  const batch = joined([interpol.en, interpol.ar, interpol.fr])
  const lineOf = (offset: number) => batch.slice(0, offset).split('\n').length - 1
  /** The Arabic resolution starts at its heading: the reference's line 2 is the batch's `arabic`. */
  const arabic = lineOf(batch.indexOf('قرار رقم 3'))
  const french = lineOf(batch.indexOf('RÉSOLUTION N° 4'))

  beforeEach(async () => {
    ;({client, folder} = await startServer('resolint-batch-'))
    uri = pathToFileURL(path.join(folder, 'session-93.txt')).href
  })
  afterEach(() => stopServer({client, folder}))

  const compact = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`)
  const expected = (text: string) => lint(text, {}, undefined, path.join(folder, 'session-93.txt')).map((m) => {
    const place = m.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${place.start.line - 1}:${place.start.column - 1}-${place.end.line - 1}:${place.end.column - 1} ${m.ruleId}`
  })

  it('publishes each resolution\'s diagnostics where it stands, and after a keystroke in one, the same as a full check', async () => {
    const diagnostics = await client.open(uri, batch)
    assert.deepEqual(compact(diagnostics), expected(batch))
    // The reference's `؟` (its line 38, character 122) is the batch's line `arabic + 36`.
    assert.ok(diagnostics.some((d) => d.code === 'operative-terminator' && d.range.start.line === arabic + 36 && d.range.start.character === 122))
    assert.equal(diagnostics.filter((d) => d.code === 'section-order').length, 0)
    const at = batch.indexOf('Renforcer la coopération')
    const position = {line: lineOf(at), character: at - batch.lastIndexOf('\n', at) - 1}
    const typed = batch.slice(0, at) + 'x' + batch.slice(at)
    const after = await client.change(uri, 2, [{range: {start: position, end: position}, text: 'x'}])
    assert.deepEqual(compact(after), expected(typed))
  })

  it('tells the status item where each language\'s resolutions start: it names the language under the cursor, its detail them all', async () => {
    const status = client.next<Status>('resolint/status', (params) => params.uri === uri)
    await client.open(uri, batch)
    const sent = await status
    assert.deepEqual(sent.languages, [
      {line: 0, language: 'en', languageName: 'English'},
      {line: arabic, language: 'ar', languageName: 'Arabic'},
      {line: french, language: 'fr', languageName: 'French'}
    ])
    const problems = problemCount(sent.problems)
    assert.deepEqual(statusWords(sent, 0), {text: 'resolint: English · interpol-ga', detail: `${problems} · language detected · resolutions in English, Arabic, and French`})
    assert.equal(statusWords(sent, arabic - 1).text, 'resolint: English · interpol-ga')
    assert.equal(statusWords(sent, arabic).text, 'resolint: Arabic · interpol-ga')
    assert.equal(statusWords(sent, french + 40).text, 'resolint: French · interpol-ga')
    // A batch in one language is one run, and the detail names no languages.
    const english = pathToFileURL(path.join(folder, 'english.txt')).href
    const one = client.next<Status>('resolint/status', (params) => params.uri === english)
    await client.open(english, joined([interpol.en, interpol.en.replace(/RES-03/g, 'RES-04').replace('No. 3', 'No. 4')]))
    const single = await one
    assert.deepEqual(single.languages, [{line: 0, language: 'en', languageName: 'English'}])
    assert.deepEqual(statusWords(single, 60), {text: 'resolint: English · interpol-ga', detail: `${problemCount(single.problems)} · language detected`})
    // A text of one resolution sends none.
    const lone = pathToFileURL(path.join(folder, 'one.txt')).href
    const alone = client.next<Status>('resolint/status', (params) => params.uri === lone)
    await client.open(lone, interpol.fr)
    assert.equal((await alone).languages, undefined)
  })

  it('outlines each resolution with its parts; hover, folding and selection read the resolution under the cursor', async () => {
    await client.open(uri, batch)
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.detail, symbol.range.start.line]), [
      ['RESOLUTION No. 3', 'GA-2025-93-RES-03', 0],
      // The Arabic resolution's own text isolated right to left, for VS Code's left-to-right outline.
      [rtl('قرار رقم 3'), rtl('GA-2025-93-RES-03'), arabic],
      ['RÉSOLUTION N° 4', 'GA-2025-93-RES-04', french]
    ])
    const preamble = symbols[1]!.children!.find((symbol) => /preamble/i.test(symbol.name))!
    assert.equal(preamble.children!.length, 12)
    assert.equal(preamble.range.start.line, arabic + 8)
    // The reference's preamble folds from its line 10 to 32: the batch's `arabic + 8` to `arabic + 30`.
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri}})
    assert.ok(folds.some((range) => range.startLine === arabic + 8 && range.endLine === arabic + 30))
    assert.ok(folds.some((range) => range.startLine === arabic && range.endLine === french - 3))
    // Hover on the French identifier: its session's city, its range the batch's line.
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: french + 2, character: 5}})
    const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : String(hover.contents)
    assert.match(value, /Marrakesh/)
    assert.equal(hover.range!.start.line, french + 2)
    const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', {textDocument: {uri}, positions: [{line: arabic + 36, character: 7}]})
    assert.equal(selection!.range.start.line, arabic + 36)
  })

  it('after an edit that moves the resolutions below it, outlines and folds as a fresh server does', async () => {
    await client.open(uri, batch)
    await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
    await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri}})
    // A blank line under the English heading: the Arabic and French resolutions move one line down.
    const at = {line: 1, character: 0}
    const typed = batch.slice(0, batch.indexOf('\n') + 1) + '\n' + batch.slice(batch.indexOf('\n') + 1)
    await client.change(uri, 2, [{range: {start: at, end: at}, text: '\n'}])
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri}})
    assert.equal(symbols[1]!.range.start.line, arabic + 1)
    const fresh = await startClient({})
    const other = pathToFileURL(path.join(folder, 'other', 'session-93.txt')).href
    await fresh.open(other, typed)
    assert.deepEqual(symbols, await fresh.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri: other}}))
    assert.deepEqual(folds, await fresh.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri: other}}))
    await fresh.stop()
  })

  it('fix-all gives the text `resolint --fix` gives: each resolution fixed as if alone', async () => {
    await client.open(uri, batch)
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: [], only: ['source.fixAll.resolint']}})
    const fixed = applyEdits(batch, action!.edit!.changes![uri]!)
    assert.equal(fixed, fix(batch).text)
    assert.ok(fixed.includes('\n2. تشجيع') && fixed.includes('RÉSOLUTION N° 4'))
    assert.notEqual(fixed, batch)
  })

  it('formats each resolution on its own, keeping the blank lines between them, idempotently', async () => {
    await client.open(uri, batch)
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const formatted = applyEdits(batch, edits)
    assert.ok(formatted.includes('\n2. تشجيع'))
    assert.ok(formatted.includes('Abstentions: 5\n\n\n'))
    await client.change(uri, 2, [{text: formatted}])
    const again = await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    assert.deepEqual(again, [])
  })

  it('formats the end of a resolution followed by another: its last lines and the spaces between the two, the line breaks kept', async () => {
    // The English resolution's last paragraph hard-wrapped and ending with `;` and spaces, its vote line with trailing
    // spaces, and blank lines holding spaces and a tab before the French one: each an edit ending where the next starts.
    const first = interpol.en.trimEnd().replace('programmes into United Nations', 'programmes into\n   United Nations').replace(/\.\n\nAdopted/, ';  \n\nAdopted')
    const text = `${first}  \n \n\t\n${interpol.fr.trimEnd()}\n`
    await client.open(uri, text)
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    const formatted = applyEdits(text, edits)
    // The English fixture and the French are canonical: the text is theirs, three line breaks between them, no word lost.
    assert.equal(formatted, `${interpol.en.trimEnd()}\n\n\n${interpol.fr.trimEnd()}\n`)
    // The full stop is the one `resolint --fix` writes.
    assert.equal(fix(text, {}, 'operative-terminator').text.replace(/\s+/g, ' '), formatted.replace(/\s+/g, ' '))
    await client.change(uri, 2, [{text: formatted}])
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}}), [])
  })
})

describe('the diagnostics published after keystrokes in a document of several resolutions', function () {
  let folder: string
  let uri: string
  const clients: TestClient[] = []
  const batch = joined([interpol.en, interpol.ar, interpol.fr, interpol.ar, interpol.es])
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'resolint-keys-'))
    uri = pathToFileURL(path.join(folder, 'session-93.txt')).href
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop()
    rmSync(folder, {recursive: true, force: true})
  })
  const started = async () => {
    const client = new TestClient()
    clients.push(client)
    await client.initialize()
    return client
  }

  it('are exactly a fresh server\'s on the same text, and so is the status: a letter, a line break, a deleted line, a boundary removed and put back', async () => {
    const editor = await started()
    let document = TextDocument.create(uri, 'ga-resolution', 1, batch)
    const opened = await editor.open(uri, batch)
    const at = (offset: number) => document.positionAt(offset)
    const text = () => document.getText()
    const vote = 'Adopted: For: 134, Against: 0, Abstentions: 5'
    const steps: Array<[string, () => {range: {start: {line: number; character: number}; end: {line: number; character: number}}; text: string}]> = [
      // A letter in the second Arabic resolution: no line moves.
      ['a letter', () => ({range: {start: at(text().lastIndexOf('تشجيع') + 5), end: at(text().lastIndexOf('تشجيع') + 5)}, text: 'ا'})],
      // A line break in the first resolution: every resolution below moves down one line.
      ['a line break', () => ({range: {start: at(text().indexOf('Encourages') + 10), end: at(text().indexOf('Encourages') + 10)}, text: '\n'})],
      // The French resolution's second line deleted with its line break: the ones below move up.
      ['a deleted line', () => {
        const line = at(text().indexOf('RÉSOLUTION N° 4')).line + 1
        return {range: {start: {line, character: 0}, end: {line: line + 1, character: 0}}, text: ''}
      }],
      // The English vote line removed: the first Arabic resolution is read with the English one.
      ['a boundary removed', () => ({range: {start: at(text().indexOf(vote)), end: at(text().indexOf(vote) + vote.length)}, text: ''})],
      ['the boundary put back', () => ({range: {start: at(text().indexOf('\n\n\n')), end: at(text().indexOf('\n\n\n'))}, text: `\n${vote}`})],
      ['the letter deleted', () => ({range: {start: at(text().lastIndexOf('تشجيعا') + 5), end: at(text().lastIndexOf('تشجيعا') + 6)}, text: ''})]
    ]
    const fresh = await started()
    assert.deepEqual(opened, await fresh.open(uri, batch))
    const counts = [opened.length]
    for (const [name, step] of steps) {
      const change = step()
      document = TextDocument.update(document, [change], document.version + 1)
      // The status item's counts and language runs too (each version's status follows its diagnostics).
      const status = editor.next<Status>('resolint/status', (params) => params.uri === uri)
      const published = await editor.change(uri, document.version, [change])
      const reference = await started()
      const freshStatus = reference.next<Status>('resolint/status', (params) => params.uri === uri)
      assert.deepEqual(published, await reference.open(uri, document.getText()), name)
      assert.deepEqual(await status, await freshStatus, name)
      counts.push(published.length)
    }
    // The line break cut the English paragraph in two (two findings more); the merged resolutions are read as one.
    assert.deepEqual(counts, [32, 32, 34, 34, 63, 34, 34])
  })
})
