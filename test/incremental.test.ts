/**
 * Incremental re-checking (issue 17): the server checks each version of a document with the tree of the version
 * before, and the parser takes the phrasing of every paragraph an edit did not touch from it. The result must be
 * the full check's, exactly: a seeded property test applies the fuzz's random edits (`randomEdit`, test/fuzz.ts) and
 * compares tree and messages after each one. The rules that read one paragraph at a time (`reads: 'paragraph'` in
 * the registry) then run only on the paragraphs the edit changed, and keep the others' messages (core/rerun.ts).
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {judgeOpener} from '../server/src/core/openers.js'
import {operativeParagraphsOf} from '../server/src/core/paragraphs.js'
import {resolutionStarts, spliceOf} from '../server/src/core/parse.js'
import {reuseOf} from '../server/src/core/rerun.js'
import {check, createProcessor, type Checked} from '../server/src/processor.js'
import type {OperativeParagraph, PreambleParagraph, Root} from '../server/src/core/tree.js'
import {prng, randomEdit} from './fuzz.js'

const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const reference = read('reference/GA-2025-93-RES-03.ar.txt')
const english = read('GA-2025-93-RES-03.en.txt')
const french = read('GA-2025-93-RES-04.fr.txt')
const spanish = read('GA-2025-93-RES-05.es.txt')
const documents = [reference, english, french, spanish, [reference, english, reference].join('\n\n\n')]
const paths = ['/drafts/GA-2025-93-RES-03.ar.txt', '/drafts/GA-2025-93-RES-03.en.txt', '/drafts/GA-2025-93-RES-04.fr.txt', '/drafts/GA-2025-93-RES-05.es.txt', '/drafts/draft.txt']

/** What a message says and where: everything the server turns into a diagnostic and a quick fix. */
function said(file: Checked): unknown[] {
  return file.messages.map((message: VFileMessage) => {
    const {ancestors: _ancestors, file: _file, stack: _stack, cause: _cause, ...rest} = message as VFileMessage & Record<string, unknown>
    return JSON.parse(JSON.stringify(rest))
  })
}

/** What the server passes to the next check of a text: its tree, and its resolutions when it held several. */
const lastOf = (file: Checked) => ({previous: file.data.tree, resolutions: file.data.document.resolutions})
/** The trees a check made: one per resolution of its text. */
const treesOf = (file: Checked): Root[] => file.data.document.resolutions?.map((resolution) => resolution.document.tree) ?? [file.data.tree]

describe('incremental re-check', () => {
  const processor = createProcessor()

  it('after random edits (the fuzz generator), the check reusing the last tree equals a full check: tree positions and messages', () => {
    let reused = 0
    let carried = 0
    let kept = 0
    let read = 0
    let spliced = 0
    let edits = 0
    let keptRules = 0
    let sectionRules = 0
    fc.assert(
      fc.property(fc.integer(), fc.nat(documents.length - 1), fc.integer({min: 1, max: 8}), (seed, which, steps) => {
        const random = prng(seed)
        const path = paths[which]!
        let document = TextDocument.create('file://' + path, 'ga-resolution', 1, documents[which]!)
        let previous: Checked = check(processor, document.getText(), path, 1, undefined, {previous: undefined})
        for (let step = 0; step < steps; step++) {
          document = TextDocument.update(document, randomEdit(random, document, documents), document.version + 1)
          const text = document.getText()
          const incremental = check(processor, text, path, document.version, undefined, lastOf(previous))
          const full = check(processor, text, path, document.version)
          assert.deepEqual(incremental.data.tree, full.data.tree, `tree after step ${step} of seed ${seed}`)
          assert.deepEqual(treesOf(incremental), treesOf(full), `trees after step ${step} of seed ${seed}`)
          assert.deepEqual(said(incremental), said(full), `messages after step ${step} of seed ${seed}`)
          edits++
          // A resolution whose text did not change keeps its check; the others were checked again, incrementally.
          const before = new Set(treesOf(previous))
          for (const tree of treesOf(incremental)) {
            if (before.has(tree)) continue
            reused += treesOf(previous).reduce((sum, old) => sum + shared(old, tree), 0)
            const reuse = reuseOf(tree)!
            const splice = spliceOf(tree)
            if (splice) {
              spliced++
              // Read again: the one paragraph the edit is in; every other paragraph and most document-wide rules kept.
              assert.equal(reuse.read, 1, `paragraphs read again after the splice of step ${step} of seed ${seed}`)
              keptRules += reuse.rules
              sectionRules += reuse.sections
            }
            carried += reuse.messages
            kept += reuse.paragraphs
            read += reuse.read
          }
          previous = incremental
        }
      }),
      {seed: 17, numRuns: 60}
    )
    // The property holds because paragraphs were reused, not because nothing was.
    assert.ok(reused > 100, `${reused} phrasing nodes reused`)
    // And because per-paragraph rules kept messages and skipped paragraphs: most paragraphs are not read again.
    assert.ok(carried > 100, `${carried} messages kept`)
    assert.ok(kept > 4 * read, `${kept} paragraphs kept, ${read} read again`)
    // And because edits inside one paragraph were spliced into the last tree (the rest fell back to reading the whole
    // text), with the document-wide rules keeping their messages where what they read of that paragraph was unchanged.
    assert.ok(spliced > 30 && spliced < edits, `${spliced} of ${edits} edits spliced`)
    assert.ok(keptRules > 4 * spliced, `${keptRules} document-wide rules kept their messages over ${spliced} splices`)
    assert.ok(sectionRules > 10, `${sectionRules} document-wide rules read one section again`)
  })

  it('runs the per-paragraph rules on the changed paragraph only, keeping the messages before the edit and moving those after it', () => {
    const path = paths[1]!
    const base = english
      .replace('for criminal purposes,', 'for criminal purposes;')
      .replace('to promote the role of INTERPOL;', 'to promote the role of XX;')
    const first = check(processor, base, path, 1, undefined, {previous: undefined})
    const at = base.indexOf('CALLS UPON')
    const inserted = 'NOTING also the report,\n\n'
    const text = base.slice(0, at) + inserted + base.slice(at)
    const after = check(processor, text, path, 2, undefined, {previous: first.data.tree})
    const full = check(processor, text, path, 2)
    assert.deepEqual(said(after), said(full))
    const terminator = (file: Checked) => file.messages.find((message) => message.ruleId === 'preamble-terminator')!
    const placeholder = (file: Checked) => file.messages.find((message) => message.ruleId === 'placeholder')!
    // Before the edit: the very message of the last check; after it: a copy two lines down.
    assert.equal(terminator(after), terminator(first))
    assert.notEqual(placeholder(after), placeholder(first))
    assert.equal(placeholder(after).name, placeholder(first).name.replace(/:(\d+):(\d+)-(\d+):/, (_, line: string, column: string, end: string) => `:${Number(line) + 2}:${column}-${Number(end) + 2}:`))
    assert.deepEqual(placeholder(after).place, {
      start: {line: 43, column: 156, offset: text.indexOf('XX')},
      end: {line: 43, column: 158, offset: text.indexOf('XX') + 2}
    })
    // The inserted paragraph alone was read again: the 19 others (preamble, chapeau, operative, vote line) kept their messages.
    assert.deepEqual(reuseOf(after.data.tree), {messages: 2, paragraphs: 19, read: 1, rules: 0, sections: 0})
  })

  it('splices a keystroke inside a paragraph into the last tree: that paragraph is read again, the rest moved, and document-wide rules keep what it did not change', () => {
    const path = paths[4]!
    // Three resolutions: the keystroke is in the third; the first two keep their checks as they were.
    const text = documents[4]!
    const word = 'تشجيع'
    const at = text.indexOf(word, text.indexOf(word) + 1) + word.length
    const first = check(processor, text, path, 1, undefined, {previous: undefined})
    const typed = text.slice(0, at) + 'ا' + text.slice(at)
    const after = check(processor, typed, path, 2, undefined, lastOf(first))
    const full = check(processor, typed, path, 2)
    assert.deepEqual(treesOf(after), treesOf(full))
    assert.deepEqual(said(after), said(full))
    const [one, two, three] = after.data.document.resolutions!
    const before = first.data.document.resolutions!
    assert.deepEqual([one!.document === before[0]!.document, two!.document === before[1]!.document, three!.document === before[2]!.document], [true, true, false])
    const local = at - three!.offset
    const resolution = three!.document.text
    const splice = spliceOf(three!.document.tree)!
    assert.deepEqual({start: splice.start, oldEnd: splice.oldEnd, newEnd: splice.newEnd, delta: splice.delta}, {start: local, oldEnd: local, newEnd: local + 1, delta: 1})
    assert.equal(resolution.slice(splice.after.position.start.offset, splice.after.position.end.offset), resolution.split('\n').find((line) => line.includes(word + 'ا')))
    // Before the paragraph, the very blocks of the last tree; after it, copies moved by one code unit.
    const blocks = (tree: Root) => tree.children
    const newTree = three!.document.tree
    const oldTree = before[2]!.document.tree
    const index = blocks(newTree).findIndex((block) => block.position.start.offset! <= local && block.position.end.offset! >= local)
    assert.equal(blocks(newTree)[index - 1], blocks(oldTree)[index - 1])
    assert.notEqual(blocks(newTree)[index + 1], blocks(oldTree)[index + 1])
    assert.equal(blocks(newTree)[index + 1]!.position.start.offset, blocks(oldTree)[index + 1]!.position.start.offset! + 1)
    // One paragraph read again; of the 13 document-wide rules that say what they read of it, only operative-opening
    // (which reads its words: the opener changed) ran again, on that operative part alone.
    const {read: readAgain, rules, sections} = reuseOf(newTree)!
    assert.deepEqual({readAgain, rules, sections}, {readAgain: 1, rules: 12, sections: 1})
    // Its marker changed: the numbering rules read the whole resolution again, and say what a full check says.
    const renumbered = typed.replace('- 2. ' + word + 'ا', '- 7. ' + word + 'ا')
    const again = check(processor, renumbered, path, 3, undefined, lastOf(after))
    assert.ok(spliceOf(again.data.document.resolutions![2]!.document.tree))
    assert.deepEqual(said(again), said(check(processor, renumbered, path, 3)))
    assert.ok(again.messages.some((message) => message.ruleId === 'operative-numbering' && message.place && 'start' in message.place && message.place.start.offset === renumbered.indexOf('- 7. ' + word) + 2))
    assert.equal(reuseOf(again.data.document.resolutions![2]!.document.tree)!.rules, 8)
    // A line break is a change of structure: the whole resolution is read again.
    const broken = renumbered.slice(0, at) + '\n\n' + renumbered.slice(at)
    const split = check(processor, broken, path, 4, undefined, lastOf(again))
    assert.equal(spliceOf(split.data.document.resolutions![2]!.document.tree), undefined)
    assert.deepEqual(said(split), said(check(processor, broken, path, 4)))
  })

  it('an edit that removes or makes a boundary between resolutions: the check equals a full one, and the resolutions it did not touch keep theirs', () => {
    const path = paths[4]!
    const text = [reference, english, french].join('\n\n\n')
    const first = check(processor, text, path, 1, undefined, {previous: undefined})
    assert.equal(first.data.document.resolutions!.length, 3)
    // The English resolution's vote line removed: it no longer closes, so the French one is read with it.
    const vote = 'Adopted: For: 134, Against: 0, Abstentions: 5'
    const open = text.replace(vote, '')
    const merged = check(processor, open, path, 2, undefined, lastOf(first))
    assert.deepEqual(said(merged), said(check(processor, open, path, 2)))
    assert.deepEqual(treesOf(merged), treesOf(check(processor, open, path, 2)))
    assert.deepEqual(merged.data.document.resolutions!.map((resolution) => resolution.offset), [0, open.indexOf('RESOLUTION No. 3')])
    assert.equal(merged.data.document.resolutions![0]!.document, first.data.document.resolutions![0]!.document)
    // Typed back: three resolutions again, the Arabic one still its first check.
    const closed = check(processor, text, path, 3, undefined, lastOf(merged))
    assert.deepEqual(said(closed), said(first))
    assert.deepEqual(closed.data.document.resolutions!.map((resolution) => resolution.offset), first.data.document.resolutions!.map((resolution) => resolution.offset))
    assert.equal(closed.data.document.resolutions![0]!.document, first.data.document.resolutions![0]!.document)
    // A text of one resolution after an edit that leaves one: today's path, its tree the resolution's own.
    const alone = check(processor, english, path, 4, undefined, lastOf(closed))
    assert.equal(alone.data.document.resolutions, undefined)
    assert.deepEqual(said(alone), said(check(processor, english, path, 4)))
  })

  it('a keystroke inside one line, on every line of a text of several resolutions (LF and CR LF): the resolutions start where a full reading of the new text starts them', () => {
    for (const lineEnd of ['\n', '\r\n']) {
      const text = [reference, english, french].join('\n\n\n').replaceAll('\n', lineEnd)
      const first = check(processor, text, paths[4], 1, undefined, {previous: undefined})
      const profile = first.data.document.profile
      assert.equal(first.data.document.resolutions!.length, 3)
      let lineStart = 0
      let version = 2
      while (lineStart < text.length) {
        const newline = text.indexOf(lineEnd, lineStart)
        const end = newline < 0 ? text.length : newline
        // A letter typed at the line's end; the line's text deleted (a vote or identifier line then closes or starts nothing).
        for (const edited of [text.slice(0, end) + 'x' + text.slice(end), text.slice(0, lineStart) + text.slice(end)]) {
          const after = check(processor, edited, paths[4], version++, undefined, lastOf(first))
          assert.deepEqual(after.data.document.resolutions?.map((resolution) => resolution.offset) ?? [0], resolutionStarts(edited, profile), JSON.stringify(text.slice(lineStart, end)))
        }
        lineStart = end + lineEnd.length
      }
    }
  })

  it('after each keystroke, the text\'s profile is a full check\'s: a UN cue line typed or removed switches it, a keystroke elsewhere keeps it', () => {
    const path = paths[4]!
    // Eight resolutions (32,000 code units): the edits are in the seventh, past INTERPOL's detection window, and in the first.
    const text = [reference, english, french, spanish, reference, reference, english, reference].join('\n\n\n')
    const seventh = text.indexOf(english, text.indexOf(english) + 1)
    assert.ok(seventh > 20000)
    const line = seventh + english.indexOf('\n', english.indexOf('2. '))
    // The UN opening line, typed after a paragraph of the seventh.
    const cue = '\n\nThe General Assembly'
    // A letter typed in the last resolution (past the window, after the cue line and its `, `) and in the first (in it).
    const word = text.lastIndexOf('تشجيع') + 'تشجيع'.length + cue.length + 2
    const first = text.indexOf('تشجيع') + 'تشجيع'.length
    const at = (value: string, offset: number, typed: string, removed = 0) => value.slice(0, offset) + typed + value.slice(offset + removed)
    const steps = [
      at(text, line, cue),
      at(text, line, cue + ','),
      at(text, line, cue + ', '),
      at(at(text, line, cue + ', '), word, 'ا'),
      at(at(text, line, cue + ', '), first, 'ا'),
      at(text, line, cue + ','),
      at(text, line, cue),
      at(at(text, line, cue), word - 2, 'ا'),
      at(at(text, line, cue), first, 'ا'),
      text
    ]
    let last = check(processor, text, path, 1, undefined, {previous: undefined})
    const profiles = [last.data.document.profile?.id]
    for (const [index, value] of steps.entries()) {
      const after = check(processor, value, path, index + 2, undefined, lastOf(last))
      const full = check(processor, value, path, index + 2)
      assert.equal(after.data.document.profile, full.data.document.profile)
      assert.deepEqual(said(after), said(full))
      profiles.push(after.data.document.profile?.id)
      last = after
    }
    assert.deepEqual(profiles, ['interpol-ga', 'interpol-ga', 'un-ga', 'un-ga', 'un-ga', 'un-ga', 'un-ga', 'interpol-ga', 'interpol-ga', 'interpol-ga', 'interpol-ga'])
  })

  it('an edit before the end of INTERPOL\'s detection window (its first 20,000 code units) that moves its only cue out of it: the profile is a full check\'s', () => {
    // Named as a UN resolution's file: a text with no family's cue is of the UN by its name.
    const path = '/drafts/A-RES-80-120.en.txt'
    // The English resolution without its identifier and Assembly's names, blank lines, then the English resolution twice:
    // the first identifier, `GA-2025-93-RES-03`, ends 10 code units before the window's end.
    const plain = english.replace('GA-2025-93-RES-03\n\n', '').replace(/ICPO-INTERPOL|INTERPOL|AG-2008-RES-07|GA-2021-89-RES-11|GA-2023-91-RES-12/g, 'Xyz')
    const head = plain + '\n'.repeat(20000 - 27 - english.indexOf('GA-2025-93-RES-03') - plain.length)
    const text = head + english + '\n\n' + english
    assert.equal(text.indexOf('GA-2025-93-RES-03'), 19973)
    const first = check(processor, text, path, 1, undefined, {previous: undefined})
    assert.equal(first.data.document.profile?.id, 'interpol-ga')
    assert.equal(first.data.document.resolutions!.length, 2)
    // Twenty letters typed in the first resolution, on a line with no cue: the identifier now starts past the window.
    const at = text.indexOf('Encourage')
    const typed = text.slice(0, at) + 'x'.repeat(20) + text.slice(at)
    const after = check(processor, typed, path, 2, undefined, lastOf(first))
    const full = check(processor, typed, path, 2)
    assert.equal(full.data.document.profile?.id, 'un-ga')
    assert.equal(after.data.document.profile, full.data.document.profile)
    assert.deepEqual(said(after), said(full))
  })

  it('judges the same opener words once: a kept verdict speaks of the paragraph it is asked about', () => {
    const path = paths[1]!
    const text = english.replace('2. Encourage the signature', '2. Frobnicate the signature')
    const verdictIn = (value: string, phrases?: string[]) => {
      const tree = check(createProcessor({phrases: {operative: phrases}}), value, path).data.tree
      const paragraph = operativeParagraphsOf(tree).find((node) => node.position.start.offset === value.indexOf('2. Frobnicate'))!
      return {verdict: judgeOpener(paragraph, 'finite', tree, false), paragraph}
    }
    const first = verdictIn(text)
    const moved = verdictIn('\n\n' + text)
    // An infinitive where a present tense is expected.
    assert.equal(first.verdict.type, 'wrongKind')
    assert.deepEqual({...moved.verdict, opener: undefined}, {...first.verdict, opener: undefined})
    // The opener is the asked paragraph's, two lines down, not the one judged first.
    const openerOf = (verdict: ReturnType<typeof judgeOpener>) => ('opener' in verdict ? verdict.opener : undefined)
    assert.equal(openerOf(moved.verdict), moved.paragraph.children.find((child) => child.type === 'opener'))
    assert.equal(openerOf(moved.verdict)!.position.start.line, openerOf(first.verdict)!.position.start.line + 2)
    // The project's phrases are part of what a verdict depends on.
    assert.equal(verdictIn(text, ['Frobnicate']).verdict.type, 'project')
  })

  it('reuses the phrasing of the paragraphs before an edit as they are, and moves those after it', () => {
    const path = paths[1]!
    const before = check(processor, english, path, 1, undefined, {previous: undefined}).data.tree
    const at = english.indexOf('CALLS UPON')
    const inserted = 'NOTING also the report,\n\n'
    const text = english.slice(0, at) + inserted + english.slice(at)
    const after = check(processor, text, path, 2, undefined, {previous: before}).data.tree
    const first = (tree: Root) => tree.children.find((block) => block.type === 'preamble')!.children[0] as PreambleParagraph
    const last = (tree: Root) => tree.children.find((block) => block.type === 'operative')!.children.at(-1) as OperativeParagraph
    // Before the edit: the very nodes of the last tree.
    assert.equal(first(after).children[0], first(before).children[0])
    // After it: copies, two lines down, at the same columns.
    const moved = last(after).children.find((child) => child.type === 'opener')!
    const was = last(before).children.find((child) => child.type === 'opener')!
    assert.notEqual(moved, was)
    assert.equal(moved.value, was.value)
    assert.deepEqual(moved.position, {
      start: {line: was.position.start.line + 2, column: was.position.start.column, offset: was.position.start.offset! + inserted.length},
      end: {line: was.position.end.line + 2, column: was.position.end.column, offset: was.position.end.offset! + inserted.length}
    })
    assert.deepEqual(after, check(processor, text, path, 2).data.tree)
  })
})

/** How many phrasing nodes of `after` are the very nodes of `before` (reused where an edit left the paragraph where it was). */
function shared(before: Root, after: Root): number {
  const old = new Set<unknown>()
  const collect = (node: {children?: unknown[]}, into: (child: unknown) => void) => {
    for (const child of node.children ?? []) {
      into(child)
      collect(child as {children?: unknown[]}, into)
    }
  }
  collect(before, (child) => old.add(child))
  let count = 0
  collect(after, (child) => {
    if (old.has(child)) count++
  })
  return count
}
