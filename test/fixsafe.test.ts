/**
 * `--fix` (and the editor's quick fixes and Fix all, the same code) never changes correct text, never changes more
 * than its messages say, never loses text: page furniture removed inside a paragraph joins its halves; a running title
 * wrapped on two lines goes whole; numbers written consecutively around a split paragraph are not renumbered; filing
 * notes that hold the resolution's subject are not deleted; a later round of fixes applies what the earlier ones
 * reveal only while the text reads as it did; Format Document's result formats to itself. The texts are our own.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {applyFixes, fixAll, fixesOf, suggestedEditsOf, type Fix} from '../server/src/core/fix.js'
import {readTextFile} from '../server/src/files/read.js'
import {writeFixed} from '../server/src/files/write.js'
import {translate} from '../server/src/l10n/index.js'
import {check, createProcessor} from '../server/src/processor.js'
import {parse} from '../server/src/core/parse.js'
import {formatText} from '../server/src/features/format.js'
import {toDiagnostic} from '../server/src/features/convert.js'
import {quickFixes} from '../server/src/lsp/actions.js'
import {reportSarif} from '../server/src/report.js'
import {VFile} from 'vfile'
import type {Config} from '../server/src/config.js'
import type {Root} from '../server/src/core/tree.js'
import {documentFor, formatMessage, isolated} from './helpers.js'
import {bom, crlf} from './variants.js'

/** Check and fix `text` as the CLI does a file named `name`. */
function fixed(text: string, name: string, config: Config = {}) {
  const processor = createProcessor(config)
  return fixAll(text, (value) => check(processor, value, name).data.document)
}

function messagesOf(text: string, name: string, config: Config = {}): VFileMessage[] {
  return check(createProcessor(config), text, name).messages
}

const found = (text: string, name: string, config: Config = {}) => messagesOf(text, name, config).map((message) => `${formatMessage(message)} (${message.ruleId})`)

/** The front matter of the INTERPOL resolution the tests write (`GA-2025-93-RES-14.en.txt`), through its opening and the blank line after it. */
const front = [
  'RESOLUTION No. 14',
  '',
  'GA-2025-93-RES-14',
  '',
  'Subject: Training of police officers in the use of forensic databases',
  '',
  'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:',
  ''
]

/**
 * `text` hard-wrapped at `width`, a page break at every `every`-th wrap after the opening (inside a paragraph, the line
 * before and after it one sentence): a blank line, the page's furniture (`lines`, given the page number), a blank line.
 */
function paged(text: string, every: number, furniture: (page: number) => string[], width = 70): {pasted: string; wrapped: string} {
  let wraps = 0
  let page = 1
  let begun = false
  const pasted: string[] = []
  const wrapped: string[] = []
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  for (const line of text.split(/\r?\n/)) {
    let rest = line
    while (rest.length > width) {
      const at = rest.lastIndexOf(' ', width)
      if (at <= 0) break
      pasted.push(rest.slice(0, at))
      wrapped.push(rest.slice(0, at))
      rest = rest.slice(at + 1)
      // Not inside a line of the layout itself (`GA-2025-93-RES-41      Page 1 sur 2`, set with runs of spaces).
      if (begun && ++wraps % every === 0 && !line.includes('   ')) pasted.push('', ...furniture(++page), '')
    }
    pasted.push(rest)
    wrapped.push(rest)
    // Pages break in the text, after its opening (`The General Assembly,`), not in the front matter of page 1.
    begun ||= /[,:،]$/.test(line.trim())
  }
  return {pasted: pasted.join(eol), wrapped: wrapped.join(eol)}
}

describe('--fix never changes more than it says (session 10, fixsafe)', () => {
  describe('page furniture inside a paragraph: its removal joins the halves', () => {
    const text = [
      ...front,
      'RECALLING its resolutions on forensic databases adopted at its sessions of 12 November',
      '',
      '- 2 -',
      '',
      '2019 and 5 October 2022,',
      '',
      'CONSIDERING the need for police officers to use these databases well,',
      '',
      '1. DECIDES to set up a training programme for police officers;',
      '',
      '2. ENCOURAGES member countries to take part in it.',
      '',
      'Adopted: For: 150, Against: 0, Abstentions: 3'
    ].join('\n')
    const name = 'GA-2025-93-RES-14.en.txt'

    it('reads one paragraph across the page break, and tells only the page number', () => {
      assert.deepEqual(found(text, name), ['11:1-11:6: A resolution holds only its own text: remove the page number pasted on line 11 (pasted-layout)'])
    })

    it('removes the page number with the blank lines around it: one line break between the halves, nothing else changed', () => {
      const result = fixed(text, name)
      assert.equal(result.text, text.replace('12 November\n\n- 2 -\n\n2019', '12 November\n2019'))
      assert.equal(result.fixes, 1)
      assert.deepEqual(result.messages.map(formatMessage), [])
    })

    it('in a CRLF copy with a BOM too', () => {
      const result = fixed(bom(crlf(text)), name)
      assert.equal(result.text, bom(crlf(text.replace('12 November\n\n- 2 -\n\n2019', '12 November\n2019'))))
    })

    it("the quick fix's edits: one range, from the line after the paragraph's first half to its second half", () => {
      const message = messagesOf(text, name).find((each) => each.ruleId === 'pasted-layout')!
      const start = text.indexOf('12 November\n') + '12 November\n'.length
      assert.deepEqual(fixesOf(message), [{start, end: text.indexOf('2019 and'), text: ''}])
    })

    it('several pieces of furniture at one break: edits that meet, none overlapping, their union the whole break', () => {
      const two = text.replace('- 2 -', 'GA-2025-93-RES-14\n\n2/3')
      const pieces = messagesOf(two, name).flatMap((message) => (message.ruleId === 'pasted-layout' ? fixesOf(message) : []))
      pieces.sort((a, b) => a.start - b.start)
      const start = two.indexOf('12 November\n') + '12 November\n'.length
      const end = two.indexOf('2019 and')
      assert.deepEqual(pieces.map(({start, end}) => [start, end]), [[start, two.indexOf('\n2/3') + 1], [two.indexOf('\n2/3') + 1, end]])
      assert.equal(fixed(two, name).text, text.replace('12 November\n\n- 2 -\n\n2019', '12 November\n2019'))
    })

    it('furniture between two paragraphs: only its line goes, the blank lines stay', () => {
      const between = text.replace('2019 and 5 October 2022,\n', '2019 and 5 October 2022,\n\n- 3 -\n')
      assert.equal(fixed(between, name).text, text.replace('12 November\n\n- 2 -\n\n2019', '12 November\n2019').replace('2022,\n\n', '2022,\n\n\n'))
    })
  })

  describe('a running title wrapped on two lines at the top of a page', () => {
    const title = ['A/RES/80/990', 'Building a peaceful and better world through sport and the', 'Olympic ideal']
    const text = [
      'United Nations A/RES/80/990',
      '',
      'General Assembly Distr.: General',
      '20 November 2025',
      '',
      'Eightieth session',
      'Agenda item 11',
      '',
      'Resolution adopted by the General Assembly on 17 November 2025',
      '',
      '80/990. Building a peaceful and better world through sport and the',
      'Olympic ideal',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolutions on sport as a means to promote education, health,',
      'development and peace,',
      '',
      ...title,
      '',
      '2/2',
      '',
      'Recognizing the role of sport in bringing people together,',
      '',
      '1. Urges Member States to promote sport for all;',
      '',
      '2. Decides to include in the provisional agenda of its eighty-second session the item.'
    ].join('\n')
    const name = 'A-RES-80-990.en.txt'

    it('both lines are the repeated header: the title goes on from the line above, however short its rest', () => {
      assert.deepEqual(found(text, name, {profile: 'un-ga'}), [
        '19:1-19:13: A resolution holds only its own text: remove the header repeated at the top of pages on 3 lines (19, 20 and 21) (pasted-layout)',
        '23:1-23:4: A resolution holds only its own text: remove the page number pasted on line 23 (pasted-layout)'
      ])
    })

    it('the fix removes all three, nothing else: no paragraph made of the rest, no comma, no number', () => {
      const result = fixed(text, name, {profile: 'un-ga'})
      assert.equal(result.text, text.replace(`${title.join('\n')}\n`, '').replace('2/2\n', ''))
      assert.deepEqual(result.messages.map(formatMessage), [])
      assert.equal(fixed(result.text, name, {profile: 'un-ga'}).text, result.text)
    })

    it('a line of the text under the header that does not go on with the title is no furniture', () => {
      const other = text.replace(title.join('\n') + '\n', `${title.slice(0, 2).join('\n')}\nOlympic values\n`)
      assert.deepEqual(found(other, name, {profile: 'un-ga'}).filter((message) => message.includes('header')), [
        '19:1-19:13: A resolution holds only its own text: remove the header repeated at the top of pages on 2 lines (19 and 20) (pasted-layout)'
      ])
    })
  })

  describe('operative numbers written right around a break are not renumbered', () => {
    const lines = (operative: string[]) =>
      [
        ...front,
        'CONSIDERING the need for police officers to use forensic databases well,',
        '',
        '1. DECIDES to set up a training programme for police officers;',
        '',
        ...operative.flatMap((line) => [line, '']),
        'Adopted: For: 150, Against: 0, Abstentions: 3'
      ].join('\n')
    const name = 'GA-2025-93-RES-14.en.txt'
    const numbering = (text: string) => messagesOf(text, name).filter((message) => message.ruleId === 'operative-numbering')
    const told = (text: string) => numbering(text).map((message) => `${formatMessage(message)}${fixesOf(message).length > 0 ? ' (fix)' : ''}`)

    it("a paragraph's rest a page break split off in lower case goes on it (latin, session 11); read as the preamble, the numbers after it run on as written", () => {
      const text = lines(['2. INVITES the General Secretariat to prepare the programme, while', 'considering the needs of smaller police services,', '3. REQUESTS the Secretary General to report on it;', '4. ENCOURAGES member countries to take part in it.'])
      assert.deepEqual(told(text), [])
      // Joined, the paragraph ends with a comma: operative-terminator says so; no number is rewritten.
      assert.equal(fixed(text, name).text, text.replace('police services,\n', 'police services;\n'))
      const split = text.replace('considering the needs', 'CONSIDERING the needs')
      assert.deepEqual(told(split), [])
      // The half before the break ends with no mark: operative-terminator says so; no number is rewritten.
      assert.equal(fixed(split, name).text, split.replace('programme, while\n', 'programme, while;\n'))
    })

    it('a second operative part numbered from 1 is still read as restarting', () => {
      const text = lines(['2. INVITES the General Secretariat to prepare the programme, while', 'CONSIDERING the needs of smaller police services,', '1. REQUESTS the Secretary General to report on it;', '2. ENCOURAGES member countries to take part in it.'])
      assert.deepEqual(told(text), [])
    })

    it('numbers that go on from a later one after a chapeau (5., 6. after 2.): told once, on the first, the renumbering offered, not applied', () => {
      const text = lines(['2. INVITES the General Secretariat to prepare the programme;', 'ALSO INVITES member countries:', '5. to share their training materials;', '6. to send officers to the training.'])
      assert.deepEqual(told(text), [isolated('17:1-17:3: Numbering skips from “2.” to “5.”, and the numbers after it, to “6.”, run on from it: unless paragraphs were lost (or their numbers run into the text before), this one is “3.” and those after it follow')])
      const [skip] = numbering(text)
      assert.deepEqual(suggestedEditsOf(skip!)?.map(({position, text}) => [position.start.line, position.start.column, position.end.column, text]), [[17, 1, 3, '3.'], [19, 1, 3, '4.']])
      assert.ok(fixed(text, name).text.includes('\n5. to share their training materials;\n\n6. to send'))
    })

    it('the renumbering offered has its own title in the four interface languages (was "Fix them (2)"), and SARIF titles it so', () => {
      const text = lines(['2. INVITES the General Secretariat to prepare the programme;', 'ALSO INVITES member countries:', '5. to share their training materials;', '6. to send officers to the training.'])
      const [skip] = numbering(text)
      const uri = 'file:///drafts/GA-2025-93-RES-14.en.txt'
      const titles = (['en', 'fr', 'es', 'ar'] as const).map((locale) => quickFixes(uri, toDiagnostic(skip!, locale), locale).map((action) => [action.title, action.isPreferred === true]))
      assert.deepEqual(titles, [[['Renumber them (2)', false]], [['Tout renuméroter (2)', false]], [['Renumerar todo (2)', false]], [['إعادة ترقيمهما (2)', false]]])
      const file = new VFile({path: name, value: text})
      file.messages.push(skip!)
      const sarif = JSON.parse(reportSarif([file])) as {runs: Array<{results: Array<{fixes: Array<{description: {text: string}}>}>}>}
      assert.deepEqual(sarif.runs[0]!.results[0]!.fixes.map((fix) => fix.description.text), ['Renumber them (2)'])
    })

    it('unnumbered paragraphs with no verb of their own between 2. and 3. (items that lost their letters, as a copy loses them): told, no fix, the numbers after them kept', () => {
      const text = lines(['2. INVITES the General Secretariat to prepare a programme of modules on:', 'The protection of personal data;', 'Forensic databases;', '(c) The exchange of police information;', '3. REQUESTS the Secretary General to report on it;', '4. ENCOURAGES member countries to take part in it.'])
      const between = (line: number, end: number) => `${line}:1-${line}:${end}: Between \u201c\u20682.\u2069\u201d and \u201c\u20683.\u2069\u201d, this paragraph has no number: join it to \u201c\u20682.\u2069\u201d if a page break split it, or number it and the paragraphs after it`
      assert.deepEqual(told(text), [between(15, 4), between(17, 9), '19:1-19:4: This subparagraph is marked \u201c\u2068(a)\u2069\u201d, not \u201c\u2068(c)\u2069\u201d'])
      // The first letter of the list is `(c)`: the items before it lost theirs, and `(c)` is right. `(a)` is offered, not applied.
      const letter = numbering(text).find((message) => message.line === 19)!
      assert.deepEqual((letter as VFileMessage & {suggestions?: string[]}).suggestions, ['(a)'])
      // What else the check tells of the damaged list (a colon) is fixed; no paragraph number or letter is written or rewritten.
      const result = fixed(text, name).text
      assert.ok(result.includes('\n\n3. REQUESTS') && result.includes('\n\n4. ENCOURAGES') && result.includes('\n\nThe protection') && result.includes('\n\nForensic') && result.includes('\n\n(c) The exchange'), result)
    })

    it('the real slips are still fixed: a number missing at the end, a number skipped with no break', () => {
      const missing = lines(['2. INVITES the General Secretariat to prepare the programme;', 'ENCOURAGES member countries to take part in it.'])
      assert.deepEqual(told(missing), ['15:1-15:1: Among numbered paragraphs, this one needs its number, \u201c\u20683.\u2069\u201d (fix)'])
      assert.equal(fixed(missing, name).text, missing.replace('\nENCOURAGES', '\n3. ENCOURAGES'))
      const skipped = lines(['2. INVITES the General Secretariat to prepare the programme;', '4. ENCOURAGES member countries to take part in it.'])
      assert.deepEqual(told(skipped), ['15:1-15:3: This paragraph is numbered \u201c\u20683.\u2069\u201d, not \u201c\u20684.\u2069\u201d (fix)'])
      assert.equal(fixed(skipped, name).text, skipped.replace('\n4. ENCOURAGES', '\n3. ENCOURAGES'))
    })
  })

  describe("an archive's filing notes that hold the resolution's subject", () => {
    const notes = (subject: boolean) => [
      'RESOLUTION N° AGN/61/RES/99',
      'CLASSEMENT DE CETTE RESOLUTION :',
      ...(subject ? ['OBJET :'] : []),
      '1 exemplaire dans le CLASSEMENT',
      'CHRONOLOGIQUE à l’année 1992',
      ...(subject ? ['Coopération des polices aux frontières'] : []),
      'TEXTE DE LA RESOLUTION',
      "L'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 61ème session, à Dakar, du 4 au 10 novembre 1992,",
      'CONSIDÉRANT la nécessité de coopérer aux frontières,',
      'DÉCIDE de créer un groupe de travail.',
      'Adoptée'
    ].join('\n')
    const name = 'AGN-61-RES-99.fr.txt'

    it('are told, with a note, and --fix deletes none of them', () => {
      const text = notes(true)
      const message = messagesOf(text, name).find((each) => each.ruleId === 'pasted-layout')!
      assert.equal(formatMessage(message), '2:1-2:33: A resolution holds only its own text: remove the archive filing notes pasted on 6 lines (2, 3, 4, 5, 6 and 7)')
      assert.equal(message.note, "The resolution's subject is among these lines (its label, then its words): --fix leaves them; remove the notes by hand and keep the subject")
      assert.deepEqual(fixesOf(message), [])
      assert.ok(fixed(text, name).text.includes('OBJET :\n1 exemplaire dans le CLASSEMENT\nCHRONOLOGIQUE à l’année 1992\nCoopération des polices aux frontières\n'))
    })

    it('without a subject among them, they are removed, as before', () => {
      const text = notes(false)
      assert.equal(fixed(text, name).text, text.replace('CLASSEMENT DE CETTE RESOLUTION :\n1 exemplaire dans le CLASSEMENT\nCHRONOLOGIQUE à l’année 1992\nTEXTE DE LA RESOLUTION\n', ''))
    })
  })

  describe('fixAll: rounds after the first apply only what was reported', () => {
    const message = (ruleId: string, start: number, end: number, text: string): VFileMessage =>
      ({ruleId, place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}, expected: [text]}) as unknown as VFileMessage

    it('a check that gives no tree (a bare list of messages): a fix the first round "reveals" is never applied; it stays among the messages', () => {
      // The check "finds", once the first fix is made, a comma to write: a fix of the first round's making.
      const checkText = (text: string) => (text === 'a-b' ? [message('x', 1, 2, '-')] : text === 'a b' ? [message('y', 3, 3, ',')] : [])
      const result = fixAll('a-b', (text) => (text === 'a-b' ? [message('x', 1, 2, ' ')] : checkText(text)))
      assert.equal(result.text, 'a b')
      assert.equal(result.fixes, 1)
      assert.deepEqual(result.messages.map((each) => each.ruleId), ['y'])
    })

    it('a fix left out in the first round, as it overlapped another, is applied in the next when still reported', () => {
      const first = [message('x', 0, 2, 'A'), message('y', 1, 3, 'B')]
      const result = fixAll('abc', (text) => (text === 'abc' ? first : text === 'Ac' ? [message('y', 0, 1, 'Z')] : text === 'Ac' ? [] : []))
      // `y` replaced `bc` by `B`; in `Ac` the words it replaced are gone: it is not applied.
      assert.equal(result.text, 'Ac')
      const again = fixAll('abc', (text) => (text === 'abc' ? [message('x', 0, 1, 'A'), message('y', 0, 2, 'Bb')] : text === 'Abc' ? [message('y', 1, 2, 'b')] : []))
      assert.equal(again.text, 'Abc')
    })

    it('counts the problems fixed: a message of several edits is one', () => {
      const several = {...message('x', 0, 1, ''), expected: undefined, edits: [0, 2, 4].map((at) => ({position: {start: {line: 1, column: at + 1, offset: at}, end: {line: 1, column: at + 2, offset: at + 1}}, text: ''}))} as unknown as VFileMessage
      const result = fixAll('a1b2c3', (text) => (text === 'a1b2c3' ? [several] : []))
      assert.equal(result.text, '123')
      assert.equal(result.fixes, 1)
    })
  })

  describe('fixAll reaches a fixpoint in one go while the text reads as it did (session 12)', () => {
    const arabic = readFileSync(new URL('../examples/clean/GA-2025-93-RES-11.ar.txt', import.meta.url), 'utf8')
    const name = 'GA-2025-93-RES-11.ar.txt'
    const before = (paragraph: string) => arabic.replace('\n\nتدعو', `\n\n${paragraph}\n\nتدعو`)

    it('a paragraph numbered `٣.` before the chapeau: `3.` (digits), then `1.` (numbering) the fix revealed, in one --fix; fixing again changes nothing', () => {
      const text = before('٣. تقرر إنشاء فريق عامل؛')
      assert.deepEqual(found(text, name), [
        '29:1-29:2: This document writes its figures in Western digits: “⁨3⁩”, not “⁨٣⁩” (digit-style)',
        '29:1-29:3: This paragraph is numbered “⁨١.⁩”, not “⁨٣.⁩” (operative-numbering)'
      ])
      const result = fixed(text, name)
      // Before: `3.`, its numbering left to a second --fix (the digits' fix overlapped it, and then its words were gone).
      assert.equal(result.text, before('1. تقرر إنشاء فريق عامل؛'))
      assert.deepEqual([result.fixes, result.messages.map(formatMessage)], [2, []])
      assert.equal(fixed(result.text, name).text, result.text)
    })

    it('a bare `٣.` there: its digits, its terminator, then its number, in one go', () => {
      const result = fixed(before('٣.'), name)
      assert.equal(result.text, before('1.؛'))
      assert.deepEqual(result.messages.map((message) => message.ruleId), ['operative-opening'])
      assert.equal(fixed(result.text, name).text, result.text)
    })

    /** A check of texts by name: its messages, and a tree of `paragraphs` preamble paragraphs (the text's reading). */
    const reading = (paragraphs: number, profile = 'interpol-ga') =>
      ({type: 'root', data: {language: 'en', languageSource: 'detected', profile}, children: [{type: 'preamble', children: Array.from({length: paragraphs}, () => ({type: 'preambleParagraph', children: [{type: 'text', value: 'x'}]}))}]}) as unknown as Root
    const at = (ruleId: string, start: number, end: number, text: string): VFileMessage =>
      ({ruleId, place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}, expected: [text]}) as unknown as VFileMessage

    it('a fix revealed by the first round is applied while the text reads as it did, then the next, until none is left', () => {
      const checks: Record<string, {messages: VFileMessage[]; tree: Root}> = {
        'a-b-c': {messages: [at('x', 1, 2, ' ')], tree: reading(1)},
        'a b-c': {messages: [at('y', 3, 4, ' ')], tree: reading(1)},
        'a b c': {messages: [at('z', 5, 5, '.')], tree: reading(1)},
        'a b c.': {messages: [], tree: reading(1)}
      }
      const result = fixAll('a-b-c', (text) => checks[text]!)
      assert.deepEqual([result.text, result.fixes, result.messages], ['a b c.', 3, []])
    })

    it('once the edits change how the text reads (two paragraphs for one, another profile), a fix they reveal is left to the drafter, reported', () => {
      for (const after of [reading(2), reading(1, 'un-ga')]) {
        const checks: Record<string, {messages: VFileMessage[]; tree: Root}> = {
          'a-b': {messages: [at('x', 1, 2, ' ')], tree: reading(1)},
          'a b': {messages: [at('y', 1, 1, ',')], tree: after}
        }
        const result = fixAll('a-b', (text) => checks[text]!)
        assert.deepEqual([result.text, result.fixes, result.messages.map((message) => message.ruleId)], ['a b', 1, ['y']])
      }
    })

    it('bounded: fixes that undo each other stop where they would come back, and a fix revealed forever stops after 10 rounds', () => {
      const swap = fixAll('ab', (text) => ({messages: [at('x', 0, 2, text === 'ab' ? 'ba' : 'ab')], tree: reading(1)}))
      assert.equal(swap.text, 'ba')
      let rounds = 0
      const grows = fixAll('a', (text) => {
        rounds++
        return {messages: [at('x', text.length, text.length, 'a')], tree: reading(1)}
      })
      assert.deepEqual([grows.text, grows.fixes, rounds], ['a'.repeat(11), 10, 11])
    })

    it('every round is held to the guard: fixes that together would leave less than half of the letters are all refused', () => {
      const result = fixAll('abcdef', (text) => ({messages: text.length > 2 ? [at('x', 0, 1, '')] : [], tree: reading(1)}))
      assert.deepEqual([result.text, result.fixes, result.refused], ['abcdef', 0, {kept: 2, total: 6}])
    })
  })

  describe('a second opening is section-order\'s to tell: opening-formula neither tells nor "fixes" it (session 12)', () => {
    it('a paragraph read as a second opening keeps its full stop (was: `,` written for it, `The opening ends with “,”, not “.”`)', () => {
      const name = 'A-RES-80-970.es.txt'
      const text = ['La Asamblea General,', '', 'Recordando su resolución 51/1, de 15 de octubre de 1996,', '', '1. Decide crear una comisión;', '', 'La Asamblea General crea, por la presente resolución, una comisión cuyo mandato se fija en la sección 5.', '', '2. Decide seguir ocupándose de la cuestión.', ''].join('\n')
      assert.deepEqual(found(text, name), ['7:1-7:105: A resolution has one opening: this is a second one (section-order)'])
      assert.deepEqual([fixed(text, name).text, fixed(text, name).fixes], [text, 0])
    })

    it('an `إن الجمعية العامة` line before the chapeau of an INTERPOL text: no `،` written, so the text is not then read as the UN\'s; one --fix, and a second changes nothing', () => {
      const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
      const name = 'GA-2025-93-RES-03.ar.txt'
      const text = reference.replace('\n\nتدعو', '\n\nإن الجمعية العامة\n\nتدعو')
      assert.deepEqual(found(text, name).filter((message) => message.startsWith('35:')), ['35:1-35:18: A resolution has one opening: this is a second one (section-order)'])
      const once = fixed(text, name)
      assert.ok(once.text.includes('\n\nإن الجمعية العامة\n\nتدعو'))
      assert.equal(fixed(once.text, name).text, once.text)
    })
  })

  describe('Format Document in one go: formatting its result again changes nothing (session 12)', () => {
    const name = 'GA-2025-93-RES-14.en.txt'
    const formatted = (text: string) => formatText(check(createProcessor(), text, name).data.document)
    const text = (...paragraphs: string[]) => [...front, 'RECALLING its resolutions on forensic databases,', '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), '1. DECIDES to set up a training programme.', ''].join('\n')

    it('a paragraph that is only a stray bullet goes with its blank lines: one blank line is left, not two', () => {
      const once = formatted(text('•'))
      assert.equal(once, text())
      assert.equal(formatted(once), once)
    })

    it('a terminator alone on the line under its sentence (a PDF wrap) joins it with no space before it', () => {
      const once = formatted(text('CONSIDERING the need adopted on 5 October 2022\n,'))
      assert.equal(once, text('CONSIDERING the need adopted on 5 October 2022,'))
      assert.equal(formatted(once), once)
    })
  })

  describe('property: on the clean fixtures, PDF pastes with page breaks inside paragraphs, the fix removes the furniture and nothing else', () => {
    const files = ['clean', 'un'].flatMap((folder) =>
      readdirSync(new URL(`fixtures/${folder}/`, import.meta.url))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({name, url: new URL(`fixtures/${folder}/${name}`, import.meta.url)}))
    )
    for (const {name, url} of files) {
      it(`${name}: the fixed paste is the hard-wrapped text, and a second --fix finds nothing`, () => {
        const text = readFileSync(url, 'utf8')
        // The page's header: the identifier or the UN symbol, as the first page gives it, repeated at the page's top.
        const symbol = text.split(/\r?\n/).map((line) => line.trim()).find((line) => /^(?:GA-\d{4}-\d{2}-RES-\d{2}|AG-\d{4}-RES-\d{2}|AGN\/\d{2}\/RES\/\d{1,2}|A\/RES\/\d{2}\/\d{1,3})$/.test(line))
        const pages: Array<[string, (page: number) => string[]]> = [
          ['a page number', (page) => [`- ${page} -`]],
          ['a page number and its count', (page) => [`${page}/9`]],
          ...(symbol ? [['the header and the page number', (page: number) => [symbol, '', `${page}/9`]] as [string, (page: number) => string[]]] : [])
        ]
        for (const [what, furniture] of pages) {
          for (const every of [3, 7]) {
            const {pasted, wrapped} = paged(text, every, furniture)
            if (pasted === wrapped) continue
            const messages = messagesOf(pasted, name)
            const fixable = messages.filter((message) => fixesOf(message).length > 0)
            assert.deepEqual([...new Set(fixable.map((message) => message.ruleId))], ['pasted-layout'], `${what}, every ${every}: ${messages.map(formatMessage).join('\n')}`)
            // Every range removed is a reported piece's, in one round; every other character is kept.
            const pieces: Fix[] = fixable.flatMap(fixesOf)
            const once = applyFixes(pasted, pieces)
            assert.equal(once.applied.length, pieces.length)
            const result = fixed(pasted, name)
            assert.equal(result.text, once.text, `${what}, every ${every}`)
            assert.equal(result.fixes, fixable.length)
            // The page breaks added leave nothing: the fixed paste is the fixed hard-wrapped text.
            assert.equal(result.text, fixed(wrapped, name).text, `${what}, every ${every}`)
            assert.deepEqual(messagesOf(result.text, name).filter((message) => fixesOf(message).length > 0).map(formatMessage), [])
          }
        }
      })
    }
  })

  describe('no fix empties a file or removes most of it (session 11)', () => {
    const name = 'AGN-61-RES-98.fr.txt'
    const notes = ['CLASSEMENT DE CETTE RESOLUTION :', '1 exemplaire dans le CLASSEMENT']
    const resolution = ["L'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 61ème session, à Dakar, du 4 au 10 novembre 1992,", 'CONSIDÉRANT la nécessité de coopérer aux frontières,', 'DÉCIDE de créer un groupe de travail.', 'Adoptée']
    const text = ['RESOLUTION N° AGN/61/RES/98', ...notes, ...resolution].join('\n')

    it("filing notes that lost their closing label end at the resolution's opening: told on their 2 lines, and --fix removes those only", () => {
      assert.deepEqual(found(text, name), ['2:1-2:33: A resolution holds only its own text: remove the archive filing notes pasted on 2 lines (2 and 3) (pasted-layout)'])
      const result = fixed(text, name)
      // Before: the notes went on to the end of the file, and --fix left 29 of its 315 bytes.
      assert.equal(result.text, ['RESOLUTION N° AGN/61/RES/98', ...resolution].join('\n'))
      assert.equal(result.fixes, 1)
      assert.equal(result.refused, undefined)
    })

    const removal = (end: number): VFileMessage =>
      ({ruleId: 'pasted-layout', place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: end + 1, offset: end}}, expected: ['']}) as unknown as VFileMessage

    it('fixes that would leave less than half of the letters and digits are all refused: the text and its first messages as they were', () => {
      const start = 'abcdef ghij'
      const first = [removal(7)]
      const result = fixAll(start, (value) => (value === start ? first : []))
      assert.deepEqual({...result, messages: result.messages.map((message) => message.ruleId)}, {text: start, messages: ['pasted-layout'], fixes: 0, refused: {kept: 4, total: 10}})
      // Of a later round too: the first round's fix keeps every letter, the one it held back (overlapping) would not; nothing is applied.
      const at = (ruleId: string, start: number, end: number, text: string) => ({...removal(0), ruleId, place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}, expected: [text]}) as unknown as VFileMessage
      const rounds = fixAll('ab cdefghij', (value) => (value === 'ab cdefghij' ? [at('x', 2, 4, ', c'), at('y', 3, 9, '')] : value === 'ab, cdefghij' ? [at('y', 4, 10, '')] : []))
      assert.deepEqual([rounds.text, rounds.fixes, rounds.refused], ['ab cdefghij', 0, {kept: 4, total: 10}])
    })

    it('half of them kept is enough: the fix is applied', () => {
      const result = fixAll('abcde fghij', (value) => (value === 'abcde fghij' ? [removal(6)] : []))
      assert.deepEqual([result.text, result.fixes, result.refused], ['fghij', 1, undefined])
    })

    it('a file is never written with no letter or digit in place of one that has some', () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'resolint-fixsafe-'))
      try {
        const file = path.join(folder, name)
        writeFileSync(file, text)
        const read = readTextFile(file)
        assert.ok(read.ok)
        const outcome = writeFixed(read.file, '\n\n- -\n')
        assert.deepEqual(outcome.ok ? outcome : translate('en', outcome.reason), 'its fixes would remove most of its text (leaving 0 of its 237 letters and digits): not fixed')
        assert.equal(readFileSync(file, 'utf8'), text)
        assert.deepEqual(readdirSync(folder), [name])
      } finally {
        rmSync(folder, {recursive: true, force: true})
      }
    })
  })

  describe('damaged copies: a renumbering whose cause is uncertain is told once, at its cause, and offered, never applied (session 11)', () => {
    const name = 'GA-2025-93-RES-14.en.txt'
    const resolution = (operative: string[]) => [...front, 'CONSIDERING the need for police officers to use forensic databases well,', '', ...operative.flatMap((line) => [line, '']), 'Adopted: For: 150, Against: 0, Abstentions: 3'].join('\n')
    const operative = (numbers: Array<number | string | undefined>) =>
      resolution(numbers.map((number, index) => `${number === undefined ? '' : `${number} `}${['DECIDES', 'INVITES', 'REQUESTS', 'URGES', 'ENCOURAGES', 'CALLS UPON', 'APPEALS to'][index % 7]} member countries to act on item ${index + 1}${index === numbers.length - 1 ? '.' : ';'}`))
    const numbering = (text: string) => messagesOf(text, name).filter((message) => message.ruleId === 'operative-numbering')
    const told = (text: string) => numbering(text).map((message) => `${formatMessage(message)}${fixesOf(message).length > 0 ? ' (fix)' : ''}`)
    const offered = (message: VFileMessage) => suggestedEditsOf(message)?.map(({position, text}) => `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column} ${text}`)
    /** The numbers at the start of the operative paragraphs' lines. */
    const written = (text: string) => text.split('\n').flatMap((line) => /^(\d+\.|\([a-z]+\)) [A-Z]/.exec(line)?.[1] ?? [])
    const formatted = (text: string) => formatText(documentFor(parse(text, {language: 'en'}), text, name))

    it('a number lost (1. to 4., then 6. to 8.): one message at 6., saying what follows; --fix and Format Document keep the numbers', () => {
      const text = operative(['1.', '2.', '3.', '4.', '6.', '7.', '8.'])
      // Before: 3 messages, one a paragraph ("numbered 5., not 6.", "6., not 7.", "7., not 8."), each fixed by --fix.
      assert.deepEqual(told(text), [isolated('19:1-19:3: Numbering skips from “4.” to “6.”, and the numbers after it, to “8.”, run on from it: unless paragraphs were lost (or their numbers run into the text before), this one is “5.” and those after it follow')])
      assert.deepEqual(offered(numbering(text)[0]!), ['19:1-19:3 5.', '21:1-21:3 6.', '23:1-23:3 7.'])
      assert.equal(fixed(text, name).text, text)
      assert.deepEqual(written(formatted(text)), written(text))
    })

    it('a number merged into the paragraph before (`…; 3. URGES …` on one line), as a PDF copy merges them: the numbers after it are kept', () => {
      const text = operative(['1.', '2.', '4.', '5.']).replace('item 2;', 'item 2; 3. URGES member countries to act;')
      assert.deepEqual(told(text), [isolated('15:1-15:3: Numbering skips from “2.” to “4.”, and the numbers after it, to “5.”, run on from it: unless paragraphs were lost (or their numbers run into the text before), this one is “3.” and those after it follow')])
      assert.equal(fixed(text, name).text, text)
    })

    it('a number used twice, the numbers after it running on from the second (1. 2. 2. 3. 4.): one message, at the second', () => {
      const text = operative(['1.', '2.', '2.', '3.', '4.'])
      assert.deepEqual(told(text), [isolated('15:1-15:3: The number “2.” is already used, and the numbers after it, to “4.”, run on from it: if this paragraph is not the rest of the one before, it is “3.” and those after it follow')])
      assert.deepEqual(offered(numbering(text)[0]!), ['15:1-15:3 3.', '17:1-17:3 4.', '19:1-19:3 5.'])
      assert.equal(fixed(text, name).text, text)
      assert.deepEqual(written(formatted(text)), written(text))
    })

    it('numbers starting at 3. (the first two lost): one message, at 3.', () => {
      const text = operative(['3.', '4.', '5.'])
      assert.deepEqual(told(text), [isolated('11:1-11:3: Numbering starts at “3.”, not “1.”, and the numbers after it, to “5.”, run on from it: if no paragraph was lost, they are renumbered from “1.”')])
      assert.equal(fixed(text, name).text, text)
    })

    it('paragraphs opening with a verb between 2. and 3. (a paragraph cut mid-sentence at a terminator, its rest read as paragraphs): told, no number written, none rewritten', () => {
      const text = operative(['1.', '2.', undefined, undefined, '3.', '4.'])
      // Both are paragraphs without a number: the second ends with `;` and the numbers after it run on (3. after 2.), so it
      // is no chapeau short of its colon (session 12, latin). Before: it was read as a chapeau, its `;` told as not `:`.
      // Before that: "needs its number, 3." on the first, and the list after the chapeau "numbered 1., not 3.", all fixed.
      assert.deepEqual(told(text), [
        isolated('15:1-15:9: Between “2.” and “3.”, this paragraph has no number: join it to “2.” if a page break split it, or number it and the paragraphs after it'),
        isolated('17:1-17:6: Between “2.” and “3.”, this paragraph has no number: join it to “2.” if a page break split it, or number it and the paragraphs after it')
      ])
      // Nothing is written: no number, no colon.
      assert.deepEqual(messagesOf(text, name).filter((message) => message.ruleId === 'operative-chapeau'), [])
      assert.equal(fixed(text, name).text, text)
      assert.deepEqual(written(formatted(text)), written(text))
    })

    it('a real chapeau with the wrong mark, its list numbered from 1, still gets its colon for certain', () => {
      const text = resolution(['1. DECIDES to act;', 'INVITES member countries to;', '1. share their training materials;', '2. send officers to the training.'])
      assert.equal(fixed(text, name).text, text.replace('countries to;', 'countries to:'))
    })

    it('a paragraph that lost its number where the numbers leave it a place is still numbered for certain (2., none, 4.)', () => {
      const text = operative(['1.', '2.', undefined, '4.'])
      assert.deepEqual(told(text), [isolated('15:1-15:1: Among numbered paragraphs, this one needs its number, “3.”') + ' (fix)'])
      assert.equal(fixed(text, name).text, text.replace('\nREQUESTS', '\n3. REQUESTS'))
      assert.deepEqual(written(formatted(text)), ['1.', '2.', '3.', '4.'])
    })

    it('one number alone out of step is still fixed for certain, by --fix and Format Document alike (1. 2. 9. 4.)', () => {
      const text = operative(['1.', '2.', '9.', '4.'])
      assert.deepEqual(told(text), [isolated('15:1-15:3: This paragraph is numbered “3.”, not “9.”') + ' (fix)'])
      assert.equal(fixed(text, name).text, text.replace('\n9. REQUESTS', '\n3. REQUESTS'))
      assert.deepEqual(written(formatted(text)), ['1.', '2.', '3.', '4.'])
    })

    it("a paragraph at a group's end that lost its number, the numbers after the chapeau running on from the one before it: told between them", () => {
      const text = resolution(['1. DECIDES to act;', '2. INVITES member countries to act;', 'REQUESTS the Secretary General to report;', 'ALSO INVITES member countries:', '3. to share their training materials;', '4. to send officers to the training.'])
      assert.deepEqual(told(text), [isolated('15:1-15:9: Between “2.” and “3.”, this paragraph has no number: join it to “2.” if a page break split it, or number it and the paragraphs after it')])
      assert.equal(fixed(text, name).text, text)
    })

    it('the items of a list starting at (c), those before it lost or read as paragraphs: one message, the renumbering offered', () => {
      const text = resolution(['1. DECIDES to set up modules on:', '(c) the protection of personal data;', '(d) forensic databases;', '(e) the exchange of police information;', '2. REQUESTS the Secretary General to report on it.'])
      assert.deepEqual(told(text), [isolated('13:1-13:4: This subparagraph is marked “(a)”, not “(c)”, and the items after it, to “(e)”, run on from it: unless items before it were lost (or lost their letters), they are renumbered from “(a)”')])
      assert.deepEqual(offered(numbering(text)[0]!), ['13:1-13:4 (a)', '15:1-15:4 (b)', '17:1-17:4 (c)'])
      assert.equal(fixed(text, name).text, text)
      const alone = resolution(['1. DECIDES to set up modules on:', '(a) the protection of personal data;', '(c) forensic databases;', '(c) the exchange of police information;', '2. REQUESTS the Secretary General to report on it.'])
      assert.deepEqual(told(alone), [isolated('15:1-15:4: This subparagraph is marked “(b)”, not “(c)”') + ' (fix)'])
    })

    it('a number out of step with both its neighbours (2., 5., 9.: numbers lost on both sides): the right one offered, not applied, and so the next', () => {
      const text = operative(['1.', '2.', '5.', '9.'])
      const suggested = (message: VFileMessage) => `${formatMessage(message)} ${JSON.stringify([fixesOf(message).length, (message as VFileMessage & {suggestions?: string[]}).suggestions])}`
      // `9.` is the last: alone out of step, were `5.` not doubtful itself.
      assert.deepEqual(numbering(text).map(suggested), [isolated('15:1-15:3: This paragraph is numbered “3.”, not “5.” [0,["3."]]'), isolated('17:1-17:3: This paragraph is numbered “6.”, not “9.” [0,["6."]]')])
      assert.equal(fixed(text, name).text, text)
    })

    it("a paragraph whose number stands inside its text (a heading run into it: `II. Training 3. REQUESTS …`): told with a note, and --fix numbers no heading", () => {
      const text = operative(['1.', '2.', undefined, '4.']).replace('\nREQUESTS', '\nII. Training programmes 3. REQUESTS')
      const message = numbering(text)[0]!
      assert.equal(formatMessage(message), isolated('15:1-15:1: Among numbered paragraphs, this one needs its number, “3.”'))
      assert.equal(message.note, isolated('Its text holds “3.”, as if a copy had run this paragraph into a heading or the paragraph before: --fix leaves it'))
      assert.deepEqual(fixesOf(message), [])
      assert.equal(fixed(text, name).text, text)
    })

    it('in a CRLF copy with a BOM and Markdown emphasis too', () => {
      const text = bom(crlf(operative(['1.', '2.', '3.', '4.', '6.', '7.', '8.']).replace(/^(\d+\.) ([A-Z ]+?) member/gm, '$1 **$2** member')))
      assert.equal(numbering(text).length, 1)
      assert.equal(fixed(text, name).text, text)
    })
  })
})
