/** The editor features as pure functions: completion, hover, outline, folding, selection and formatting, on the reference and small drafts in the four languages. */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, it} from 'mocha'
import type {CompletionItem, DocumentSymbol, Hover, Position, Range, SelectionRange, TextEdit} from 'vscode-languageserver-types'
import {parse} from '../server/src/core/parse.js'
import type {Language, Root} from '../server/src/core/tree.js'
import {complete} from '../server/src/features/completion.js'
import {format, formatText} from '../server/src/features/format.js'
import {hover} from '../server/src/features/hover.js'
import {documentSymbols, foldingRanges, selectionRanges} from '../server/src/features/symbols.js'
import {check, createProcessor} from '../server/src/processor.js'
import {workspaceSymbols} from '../server/src/features/resolutions.js'
import {documentFor, rtl, typedLabel} from './helpers.js'
import {bidi, bom, crlf, hardWrapped, markdown, onePerLine} from './variants.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const reference = fixture('reference/GA-2025-93-RES-03.ar.txt')
const english = fixture('GA-2025-93-RES-03.en.txt')
const french = fixture('GA-2025-93-RES-04.fr.txt')
const spanish = fixture('GA-2025-93-RES-05.es.txt')

/** Tree and messages of a text, through the real processor. */
function analyze(text: string, path?: string): {tree: Root; messages: ReturnType<typeof check>['messages']} {
  const file = check(createProcessor(), text, path)
  return {tree: file.data.tree!, messages: file.messages}
}

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return {start: {line: startLine, character: startCharacter}, end: {line: endLine, character: endCharacter}}
}

function completeAt(text: string, line: number, character: number, options: Parameters<typeof complete>[2] = {}): CompletionItem[] {
  return complete(documentFor(parse(text), text), {line, character}, options)
}

const labels = (items: CompletionItem[]) => items.map((item) => typedLabel(item))
/** Items in the order the editor shows them. */
const ranked = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
const editRange = (item: CompletionItem) => (item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined)

function hoverText(result: Hover | null): string {
  assert.ok(result, 'expected a hover')
  const contents = result.contents
  return typeof contents === 'string' ? contents : 'value' in contents ? contents.value : JSON.stringify(contents)
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text.charAt(index) === '\r' && text.charAt(index + 1) === '\n') index++
    if (text.charAt(index) === '\n' || text.charAt(index) === '\r') starts.push(index + 1)
  }
  const offset = (position: Position) => starts[position.line]! + position.character
  let result = text
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  }
  return result
}

/** The words of a text, leaving out list markers, paragraph numbers, terminators, Markdown and invisible marks. */
function words(text: string): string[] {
  return text
    .replace(/[\u200e\u200f\ufeff]/g, '')
    .split(/\s+/)
    .map((token) => token.replace(/[*_#]/g, ''))
    .filter((token) => !/^[-–—•·]$/.test(token) && !/^\(?[\d\u0660-\u0669]+[.)]$/.test(token))
    .map((token) => token.replace(/[,;:.?،؛؟]+$/, ''))
    .filter(Boolean)
}

describe('features: completion', () => {
  // The reference, 0-based lines: 4 identifier, 8 opening, 10–32 preamble (even lines), 34 chapeau, 36–41 operative, 43 vote.
  it('offers preamble openers after the preamble, the also/further forms of those used first', () => {
    const items = ranked(completeAt(reference, 33, 0))
    const also = items.filter((item) => item.sortText!.startsWith('0'))
    assert.deepEqual(labels(also), [
      'وإذ تذكّر كذلك',
      'وإذ تأخذ علما أيضا',
      'وإذ تعترف مع الارتياح أيضا',
      'وإدراكا منها أيضا',
      'وإذ تؤكد أيضا',
      'وإذ تشدد أيضا',
      'وإذ ترحب أيضا',
      'وإذ تأخذ في الاعتبار أيضا',
      'في ضوء أيضا'
    ])
    const affirming = items.find((item) => typedLabel(item) === 'وإذ تؤكد')!
    assert.equal(affirming.detail, 'Affirming · Affirmant · Afirmando')
    assert.equal(affirming.kind, 14)
    assert.deepEqual(editRange(affirming), range(33, 0, 33, 0))
    // Shown isolated right to left in the left-to-right suggest widget; typing is matched against the text (and its folded form), the text inserted.
    assert.deepEqual([affirming.label, affirming.filterText, (affirming.textEdit as TextEdit).newText], [rtl('وإذ تؤكد'), 'وإذ تؤكد واذ تؤكد', 'وإذ تؤكد'])
    assert.ok(affirming.sortText!.startsWith('2'), 'an opener already used comes after the unused ones')
    assert.equal(items.find((item) => typedLabel(item) === 'وإذ تؤكد أيضا')!.detail, 'Affirming also · Affirmant également · Afirmando también')
    const unused = items.filter((item) => item.sortText!.startsWith('1'))
    assert.deepEqual(labels(unused).slice(0, 3), ['وإذ تعترف', 'وإذ تضع في اعتبارها', 'واقتناعا منها'])
    // After the last preamble paragraph the chapeau may come: finite operative verbs, last.
    assert.equal(items.at(-1)!.sortText!.charAt(0), '3')
    assert.ok(labels(items).includes('تدعو'))
  })

  it('offers openers at the start of the preamble, the plain forms only', () => {
    const items = ranked(completeAt(reference, 9, 0))
    assert.equal(items.filter((item) => item.sortText!.startsWith('0')).length, 0)
    assert.deepEqual(labels(items).slice(0, 4), ['في ضوء', 'وإذ تأخذ في الاعتبار', 'وإذ تؤكد', 'وإذ ترحب'])
    assert.ok(!labels(items).includes('تدعو'), 'no operative verb before a preamble paragraph')
  })

  it('replaces the words being typed, from the start of the paragraph to the cursor', () => {
    const lines = reference.split('\n')
    lines.splice(34, 0, 'وإذ تؤ', '')
    const text = lines.join('\n')
    const items = completeAt(text, 34, 6)
    const affirming = items.find((item) => typedLabel(item) === 'وإذ تؤكد')!
    assert.deepEqual(affirming.textEdit, {range: range(34, 0, 34, 6), newText: 'وإذ تؤكد'})
    assert.ok(items.find((item) => typedLabel(item) === 'وإذ تؤكد أيضا')!.sortText!.startsWith('0'))
    // Typed without hamza, the folded form still filters.
    assert.equal(affirming.filterText, 'وإذ تؤكد واذ تؤكد')
  })

  it('treats a line typed right after a finished paragraph as a new paragraph', () => {
    const lines = reference.split('\n')
    lines[14] += '\nوإذ'
    const text = lines.join('\n')
    const items = ranked(completeAt(text, 15, 3))
    // The paragraph the line follows counts as used: its also-form comes first.
    assert.deepEqual(labels(items).slice(0, 3), ['وإذ تؤكد أيضا', 'وإذ تأخذ في الاعتبار أيضا', 'في ضوء أيضا'])
    assert.deepEqual(editRange(items[0]!), range(15, 0, 15, 3))
  })

  it('offers nothing in the middle of a paragraph', () => {
    assert.deepEqual(completeAt(reference, 14, 100), [])
    assert.deepEqual(completeAt(reference, 36, 0), [], 'before the number marker')
    assert.deepEqual(completeAt(reference, 2, 3), [], 'on the heading')
    assert.deepEqual(completeAt(reference, 43, 10), [], 'on the vote line')
  })

  it('offers the next number and the verbal nouns after a chapeau ending with إلى:', () => {
    const items = ranked(completeAt(reference, 35, 0))
    assert.deepEqual(items[0], {
      label: '1.',
      kind: 12,
      detail: 'Next operative paragraph number',
      sortText: '0',
      textEdit: {range: range(35, 0, 35, 0), newText: '1. '},
      insertTextFormat: 1
    })
    assert.deepEqual(labels(items.slice(1)).slice(0, 10), ['اتخاذ قرار', 'الاعتراف', 'تشجيع', 'مواصلة', 'إقامة', 'ضمان', 'دعوة', 'دعم', 'تعزيز', 'تقديم تقارير'])
    assert.equal(items.find((item) => typedLabel(item) === 'الاعتراف')!.detail, 'Recognize · Reconnaître · Reconocer')
    assert.equal(typedLabel(ranked(completeAt(reference, 37, 0))[0])!, '2.')
  })

  it('offers finite verbs in the document case at the start of a chapeau (English)', () => {
    const items = ranked(completeAt(english, 32, 0))
    assert.deepEqual(labels(items).slice(0, 4), ['CALLS UPON', 'REQUESTS', 'DECIDES', 'UNDERLINES'])
    assert.equal(items[0]!.detail, 'تدعو · Demande · Exhorta')
    assert.deepEqual(editRange(items[0]!), range(32, 0, 32, 0))
  })

  it('offers infinitives after "to:" in the case the items use (English)', () => {
    const items = ranked(completeAt(english, 34, 3))
    assert.deepEqual(labels(items).slice(0, 5), ['Recognize', 'Encourage', 'Continue', 'Establish', 'Ensure'])
    assert.deepEqual(editRange(items[0]!), range(34, 3, 34, 3))
    assert.equal(items[0]!.detail, 'الاعتراف · Reconnaître · Reconocer')
  })

  it('offers upper-case openers and their also-forms (English, French, Spanish)', () => {
    const en = ranked(completeAt(english, 14, 4))
    // Typing over `WELCOMING`, after IN LIGHT OF, TAKING INTO ACCOUNT and AFFIRMING.
    assert.deepEqual(labels(en).slice(0, 4), ['AFFIRMING ALSO', 'TAKING INTO ACCOUNT ALSO', 'IN LIGHT OF ALSO', 'WELCOMING'])
    assert.deepEqual(editRange(en[0]!), range(14, 0, 14, 4))
    assert.equal(en[0]!.detail, 'وإذ تؤكد أيضا · Affirmant également · Afirmando también')
    assert.equal(en.find((item) => typedLabel(item) === 'WELCOMING')!.detail, 'وإذ ترحب · Se félicitant · Acogiendo con beneplácito')
    assert.equal(typedLabel(ranked(completeAt(english, 31, 0))[0])!, 'RECALLING FURTHER', 'RECALLING ALSO is already used')

    const fr = ranked(completeAt(french, 15, 0))
    assert.deepEqual(labels(fr).slice(0, 4), ['CONSIDÉRANT ÉGALEMENT', "AYANT À L'ESPRIT ÉGALEMENT", 'CONSCIENTE ÉGALEMENT', 'RAPPELANT ÉGALEMENT'])
    assert.equal(fr[3]!.detail, 'وإذ تذكّر أيضا · Recalling also · Recordando también')

    const es = ranked(completeAt(spanish, 13, 0))
    assert.deepEqual(labels(es).slice(0, 3), ['CONSCIENTE TAMBIÉN', 'TENIENDO PRESENTE TAMBIÉN', 'RECORDANDO TAMBIÉN'])
    assert.equal(es[2]!.detail, 'وإذ تذكّر أيضا · Recalling also · Rappelant également')
  })

  it('offers finite verbs and the next number in a numbered operative part without chapeau (French)', () => {
    const items = ranked(completeAt(french, 17, 0))
    assert.deepEqual(labels(items).slice(0, 4), ['2.', 'DEMANDE', 'PRIE', 'DÉCIDE'])
    const after = ranked(completeAt(french, 16, 3))
    assert.equal(after[0]!.label, 'DEMANDE')
    assert.deepEqual(editRange(after[0]!), range(16, 3, 16, 3))
  })

  it('offers infinitives after "a:" (Spanish)', () => {
    const items = ranked(completeAt(spanish, 17, 0))
    assert.deepEqual(labels(items).slice(0, 4), ['2.', 'Reconocer', 'Alentar', 'Seguir'])
    assert.equal(items[1]!.detail, 'الاعتراف · Recognize · Reconnaître')
  })

  it('offers the next identifier of the session on the identifier line', () => {
    const items = completeAt(reference, 4, 17, {existingIdentifiers: ['GA-2025-93-RES-03.ar.txt', 'drafts/GA-2025-93-RES-07.en.txt', 'GA-2024-92-RES-09']})
    assert.deepEqual(items, [
      {
        label: 'GA-2025-93-RES-08',
        kind: 18,
        detail: 'Next free number of the 93rd session (2025, Marrakesh)',
        sortText: '0',
        textEdit: {range: range(4, 0, 4, 17), newText: 'GA-2025-93-RES-08'},
        insertTextFormat: 1
      }
    ])
  })

  it('offers the identifier on an empty line before the subject, from the opening or from today', () => {
    const draft = 'RESOLUTION No. 4\n\n\n\nSubject: Online fraud\n\nThe ICPO-INTERPOL General Assembly, meeting in Vienna, Austria, from 28 November to 1 December 2023 at its 91st session:\n'
    assert.deepEqual(labels(completeAt(draft, 2, 0)), ['GA-2023-91-RES-01'])
    const bare = 'RÉSOLUTION N° 4\n\n\n\nObjet : Fraude en ligne\n'
    assert.deepEqual(labels(completeAt(bare, 2, 0, {today: new Date(2024, 5, 1)})), ['GA-2024-92-RES-01'])
    assert.deepEqual(labels(completeAt(bare, 2, 0, {today: new Date(2026, 5, 1)})), ['GA-2026-94-RES-01'])
    const future = completeAt(bare, 2, 0, {today: new Date(2027, 5, 1)})
    assert.deepEqual(labels(future), ['GA-2027-95-RES-01'])
    assert.equal(future[0]!.documentation, 'The 95th session is assumed: the sessions table ends with the 94th (2026).')
    assert.deepEqual(labels(completeAt(bare, 2, 0, {today: new Date(2026, 5, 1), existingIdentifiers: ['GA-2026-94-RES-02']})), ['GA-2026-94-RES-03'])
    assert.deepEqual(completeAt(bare, 2, 0), [], 'no session known')
    assert.deepEqual(labels(completeAt(bare, 2, 0, {existingIdentifiers: ['drafts/GA-2024-92-RES-05.fr.txt', 'GA-2023-91-RES-09.en.txt']})), ['GA-2024-92-RES-06'])
    assert.deepEqual(labels(completeAt(bare, 2, 0, {existingIdentifiers: ['GA-2024-92-RES-05'], today: new Date(2025, 0, 10)})), ['GA-2025-93-RES-01'])
  })

  it('takes the identifier and the heading number from the file’s own name, not the next free number', () => {
    // The folder holds this file, its English version and resolution 1: none of them makes 2 taken.
    const options = {fileName: '/drafts/GA-2026-94-RES-02.fr.txt', existingIdentifiers: ['GA-2026-94-RES-01.fr.txt', 'GA-2026-94-RES-02.fr.txt', 'GA-2026-94-RES-02.en.txt']}
    const french = (text: string, line: number, character: number, more: Parameters<typeof complete>[2] = options) => complete(documentFor(parse(text, {language: 'fr'}), text), {line, character}, more)
    assert.deepEqual(french('', 0, 0).find((item) => item.kind === 14), {
      label: 'RÉSOLUTION N° 2',
      kind: 14,
      detail: 'Heading, numbered as the file name',
      sortText: '0',
      textEdit: {range: range(0, 0, 0, 0), newText: 'RÉSOLUTION N° 2'},
      insertTextFormat: 1
    })
    assert.deepEqual(french('RÉSOLUTION N° 2\n\n', 2, 0), [
      {
        label: 'GA-2026-94-RES-02',
        kind: 18,
        detail: "The file name's identifier: the 94th session (2026, Hong Kong)",
        sortText: '0',
        textEdit: {range: range(2, 0, 2, 0), newText: 'GA-2026-94-RES-02'},
        insertTextFormat: 1
      },
      {label: 'Objet :', kind: 14, detail: 'Subject line', sortText: '1', textEdit: {range: range(2, 0, 2, 0), newText: 'Objet : '}, insertTextFormat: 1}
    ])
    // An untitled draft: the next free number of the folder's session.
    assert.deepEqual(labels(french('RÉSOLUTION N° 2\n\n', 2, 0, {existingIdentifiers: options.existingIdentifiers})), ['GA-2026-94-RES-03', 'Objet :'])
    // Without a file name, the heading takes the identifier's number.
    assert.deepEqual(labels(french('\n\nGA-2026-94-RES-07\n', 0, 0, {})), ['RÉSOLUTION N° 7'])
  })

  it('completes the heading, the subject label and the vote line in the typography of each language', () => {
    const cases: Array<[Language, string, string, string]> = [
      ['ar', 'قرار رقم 4', 'الموضوع: ', 'اعتُمد: المؤيدون: ${1:<n>}، المعارضون: ${2:<n>}، الممتنعون عن التصويت: ${3:<n>}'],
      ['en', 'RESOLUTION No. 4', 'Subject: ', 'Adopted: For: ${1:<n>}, Against: ${2:<n>}, Abstentions: ${3:<n>}'],
      ['fr', 'RÉSOLUTION N° 4', 'Objet : ', 'Adoptée : Pour : ${1:<n>}, Contre : ${2:<n>}, Abstentions : ${3:<n>}'],
      ['es', 'RESOLUCIÓN N.º 4', 'Asunto: ', 'Aprobada: A favor: ${1:<n>}, En contra: ${2:<n>}, Abstenciones: ${3:<n>}']
    ]
    for (const [language, heading, subject, vote] of cases) {
      const at = (text: string, line: number) => complete(documentFor(parse(text, {language}), text), {line, character: 0}, {fileName: `GA-2025-93-RES-04.${language}.txt`})
      const newText = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined)?.newText
      assert.equal(newText(at('', 0).find((item) => item.detail === 'Heading, numbered as the file name')), heading)
      assert.equal(newText(at(heading + '\n\nGA-2025-93-RES-04\n\n', 4).find((item) => item.detail === 'Subject line')), subject)
      const fixtureText = {ar: reference, en: english, fr: french, es: spanish}[language]
      const body = fixtureText.slice(0, fixtureText.search(/\n\n(?:اعتُمد|Adopted|Adoptée|Aprobada)/)) + '\n\n'
      const item = at(body, body.split('\n').length - 1).find((entry) => entry.detail === 'Vote line (once the vote is taken)')
      assert.deepEqual([newText(item), item?.insertTextFormat, typedLabel(item)], [vote, 2, vote.replace(/\$\{\d:(<n>)\}/g, '$1')])
      assert.equal(at(fixtureText + '\n\n', fixtureText.split('\n').length + 1).find((entry) => entry.detail === 'Vote line (once the vote is taken)'), undefined, 'not after the vote line')
    }
  })

  it('offers a whole new resolution on a blank file, in its language only, for the coming session with fields for what is not known', () => {
    const items = complete(documentFor(parse('', {language: 'fr'}), ''), {line: 0, character: 0}, {fileName: '/drafts/GA-2026-94-RES-02.fr.txt'})
    const resolution = items.filter((item) => item.kind === 15)
    assert.deepEqual(
      resolution.map((item) => [typedLabel(item), item.detail, item.insertTextFormat, (item.textEdit as TextEdit).newText]),
      [
        [
          'Resolution (French)',
          'A new resolution in French, 94th session (2026, Hong Kong)',
          2,
          [
            'RÉSOLUTION N° 2',
            'GA-2026-94-RES-02',
            'Objet : ${1:[objet]}',
            "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) ${2:[dates]},",
            'RAPPELANT ${3:…},',
            "AYANT À L'ESPRIT ${4:…},",
            '${5:DEMANDE à tous les pays membres de} :',
            '1. ${6:Encourager …} ;',
            '2. ${7:Veiller …}.'
          ].join('\n\n') + '\n'
        ]
      ]
    )
    // The English skeleton writes `94th` and this session's host, not last year's (the static snippet wrote `94rd` and Marrakesh).
    const english = complete(documentFor(parse('', {language: 'en'}), ''), {line: 0, character: 0}, {fileName: 'GA-2026-94-RES-05.en.txt'}).find((item) => typedLabel(item) === 'Resolution (English)')!
    assert.match((english.textEdit as TextEdit).newText, /meeting in Hong Kong, China, \$\{2:\[dates\]\} at its 94th session:/)
    // An untitled blank file tells no language: the four are offered.
    assert.deepEqual(
      labels(complete(documentFor(parse(''), ''), {line: 0, character: 0}, {today: new Date(2026, 3, 1)}).filter((item) => item.kind === 15)),
      ['Resolution (Arabic)', 'Resolution (English)', 'Resolution (French)', 'Resolution (Spanish)']
    )
    // Inserted and left as it is, its fields are reported, one by one.
    const shown = (resolution[0]!.documentation as {value: string}).value.replace(/^```\n|```$/g, '')
    assert.deepEqual(
      check(createProcessor(), shown, 'GA-2026-94-RES-02.fr.txt').messages.filter((message) => message.ruleId === 'placeholder').map((message) => `${message.line}:${message.column}`),
      ['5:9', '7:87', '9:11', '11:18', '15:15', '17:12']
    )
    // Not once the text has begun.
    assert.deepEqual(complete(documentFor(parse('\n\nObjet : x\n', {language: 'fr'}), '\n\nObjet : x\n'), {line: 0, character: 0}, {}).filter((item) => item.kind === 15), [])
  })

  it('offers the opening of the coming session with a field for its dates', () => {
    const draft = 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02\n\nObjet : Biens culturels\n\n'
    assert.deepEqual(complete(documentFor(parse(draft, {language: 'fr'}), draft), {line: 6, character: 0}), [
      {
        label: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) [dates],",
        kind: 15,
        detail: 'Opening of the 94th session (2026): its dates are not yet in the sessions table',
        sortText: '0',
        filterText: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) [dates],",
        textEdit: {range: range(6, 0, 6, 0), newText: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) ${1:[dates]},"},
        insertTextFormat: 2
      }
    ])
    // A session beyond the table: city and dates are fields.
    const later = completeAt('RESOLUTION No. 1\n\nGA-2027-95-RES-01\n\nSubject: Fraud\n\n', 6, 0)
    assert.equal((later[0]!.textEdit as TextEdit).newText, 'The ICPO-INTERPOL General Assembly, meeting in ${1:[city, country]} ${2:[dates]} at its 95th session:')
  })

  it('offers the opening formula of the identifier’s session after the subject, in the four languages', () => {
    const cases: Array<[string, string]> = [
      ['قرار رقم 4\n\nGA-2025-93-RES-04\n\nالموضوع: الاحتيال\n\n', 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،'],
      ['RESOLUTION No. 4\n\nGA-2024-92-RES-04\n\nSubject: Fraud\n\n', 'The ICPO-INTERPOL General Assembly, meeting in Glasgow, United Kingdom, from 4 to 7 November 2024 at its 92nd session:'],
      ['RÉSOLUTION N° 4\n\nGA-2023-91-RES-04\n\nObjet : Lutte contre la fraude et les escroqueries en ligne\n\n', "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 91e session à Vienne (Autriche) du 28 novembre au 1er décembre 2023,"],
      ['RESOLUCIÓN N.º 4\n\nGA-2025-93-RES-04\n\nAsunto: Cooperación contra el fraude y los delitos en línea\n\n', 'La Asamblea General de la OIPC-INTERPOL, reunida en su 93ª reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,']
    ]
    for (const [draft, formula] of cases) {
      const items = completeAt(draft, 6, 0)
      assert.deepEqual(labels(items), [formula])
      assert.deepEqual(items[0]!.textEdit, {range: range(6, 0, 6, 0), newText: formula})
    }
  })

  it('offers the opening formula at the start of the opening, replacing it', () => {
    const items = completeAt(reference, 8, 0)
    assert.equal(items.length, 1)
    assert.deepEqual(editRange(items[0]!), range(8, 0, 8, 155))
    assert.ok((typedLabel(items[0])! as string).includes('المجتمعة في دورتها الـ 93'))
  })
})

describe('features: hover', () => {
  const {tree, messages} = analyze(reference)
  const at = (line: number, character: number, on: Root = tree, text = reference) => hover(documentFor(on, text), {line, character}, on === tree ? messages : [])

  it('names the session, city and dates of the identifier', () => {
    const result = at(4, 5)
    assert.deepEqual(result!.range, range(4, 0, 4, 17))
    assert.equal(
      hoverText(result),
      '**GA-2025-93-RES-03** · INTERPOL General Assembly resolution No. 3\n\n93rd session, Marrakesh, Morocco, 24–27 November 2025.\n\n' + rtl('الدورة الـ 93، مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025')
    )
  })

  it('gives an opener’s equivalents in the four languages, the document’s first, and its kind', () => {
    const result = at(14, 3)
    assert.deepEqual(result!.range, range(14, 0, 14, 8))
    assert.equal(
      hoverText(result),
      [
        '**وإذ تؤكد** · Preamble opener',
        '',
        '| Language | Phrase |',
        '|---|---|',
        '| Arabic | **وإذ تؤكد** · وإذ تؤكد من جديد |',
        '| English | **Affirming** · Reaffirming |',
        '| French | **Affirmant** · Réaffirmant |',
        '| Spanish | **Afirmando** · Reafirmando |'
      ].join('\n')
    )
    assert.match(hoverText(at(26, 3)), /^\*\*وإذ تذكّر أيضا\*\* · Preamble opener with \*also\*/)
    assert.match(hoverText(at(36, 5)), /^\*\*الاعتراف\*\* · Operative verb/)
    const englishTree = parse(english)
    const recalling = hoverText(hover(documentFor(englishTree, english), {line: 22, character: 3}, []))
    assert.match(recalling, /\| English \| \*\*Recalling\*\* \|\n\| Arabic \|/)
  })

  it('says the identifier, opener, session and UN citation in the interface language (French, Arabic)', () => {
    const said = (line: number, character: number, locale: 'en' | 'fr' | 'es' | 'ar') => hoverText(hover(documentFor(tree, reference), {line, character}, [], locale))
    assert.equal(said(4, 5, 'fr'), "**GA-2025-93-RES-03** · Résolution n° 3 de l'Assemblée générale d'INTERPOL\n\n93e session, Marrakech (Maroc), 24–27 novembre 2025.\n\n" + rtl('الدورة الـ 93، مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025'))
    // The interface in the document's language: said once.
    // In an Arabic interface each paragraph is isolated right to left (U+2067 … U+2069): VS Code lays its hover out left to right.
    assert.equal(said(4, 5, 'ar'), '**\u2067GA-2025-93-RES-03** · قرار الجمعية العامة للإنتربول رقم 3\u2069\n\n\u2067الدورة الـ 93، مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025.\u2069')
    assert.equal(said(8, 87, 'fr'), "**93** · 93e session de l'Assemblée générale d'INTERPOL\n\nMarrakech (Maroc), 24–27 novembre 2025\n\n" + rtl('مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025'))
    assert.equal(said(8, 87, 'ar'), '**\u206793** · الدورة الـ 93 للجمعية العامة للإنتربول\u2069\n\n\u2067مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025\u2069')
    assert.equal(
      said(26, 3, 'fr'),
      "**وإذ تذكّر أيضا** · Formule du préambule avec *également*\n\n| Langue | Formule |\n|---|---|\n| arabe | **وإذ تذكّر** · وإذ تشير إلى · وإذ تذكر |\n| anglais | **Recalling** |\n| français | **Rappelant** |\n| espagnol | **Recordando** |"
    )
    assert.equal(
      said(26, 3, 'ar'),
      // The table read from the right: the language at the right, its phrase left of it, both aligned right.
      '**\u2067وإذ تذكّر أيضا** · عبارة الديباجة مع *أيضا\u2069*\n\n| \u2067العبارة\u2069 | \u2067اللغة\u2069 |\n|---:|---:|\n| **\u2067وإذ تذكّر** · وإذ تشير إلى · وإذ تذكر\u2069 | \u2067العربية\u2069 |\n| **\u2067Recalling\u2069** | \u2067الإنكليزية\u2069 |\n| **\u2067Rappelant\u2069** | \u2067الفرنسية\u2069 |\n| **\u2067Recordando\u2069** | \u2067الإسبانية\u2069 |'
    )
    assert.equal(
      said(30, 25, 'fr'),
      "**GA-2008-RES-07** · Résolution n° 7 de l'Assemblée générale d'INTERPOL (citée)\n\n77e session, Saint-Pétersbourg (Russie), 7–10 octobre 2008.\n\n\u2067الدورة الـ 77، سان بطرسبرغ (روسيا)، 7–10 تشرين الأول/أكتوبر 2008\u2069\n\n**Incohérent\u00a0:**\n- la forme GA- date de 2017\u00a0; une résolution de 2008 s'écrit AG-2008-RES-07 (attendu «\u00a0\u2068AG-2008-RES-07\u2069\u00a0»)"
    )
    // The expected form quoted as each locale quotes, never in backticks.
    assert.equal(said(30, 25, 'en').split('\n').at(-1), '- the GA- form dates from 2017; a 2008 resolution is AG-2008-RES-07 (expected “\u2068AG-2008-RES-07\u2069”)')
    assert.equal(said(30, 25, 'es').split('\n').at(-1), '- la forma GA- data de 2017; una resolución de 2008 se escribe AG-2008-RES-07 (se esperaba «\u2068AG-2008-RES-07\u2069»)')
    assert.equal(said(30, 25, 'ar').split('\n').at(-1), '- \u2067تعود صيغة GA- إلى عام 2017؛ قرار عام 2008 هو AG-2008-RES-07 (المتوقع «\u2068AG-2008-RES-07\u2069»)\u2069')
    assert.equal(
      said(24, 182, 'ar'),
      '**\u206719/71** · قرار الجمعية العامة للأمم المتحدة\u2069\n\n\u2067\u2068A/RES/71/19\u2069: الدورة الـ 71، 2016–2017 (افتُتحت في 13 أيلول/سبتمبر 2016) — *\u2068Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)\u2069*, اعتُمد في 21 تشرين الثاني/نوفمبر 2016 — التاريخ المذكور هو 21 تشرين الثاني/نوفمبر 2018\u2069\n\n**\u2067غير متسق:** التاريخ المذكور، 21 تشرين الثاني/نوفمبر 2018، يقع في الدورة الـ 73\u2069'
    )
  })

  it('says a UN citation\'s symbol and title as text, isolated, with the locale\'s colon; an opener without the lexicon\'s id', () => {
    const said = (line: number, character: number, locale: 'en' | 'fr' | 'es' | 'ar') => hoverText(hover(documentFor(tree, reference), {line, character}, [], locale))
    const title = '*\u2068Observer status for the International Criminal Police Organization (Interpol) in the General Assembly\u2069*'
    // French puts a no-break space before its colon; the symbol is a reference a drafter reads, not code.
    assert.equal(said(24, 46, 'fr'), `**1/51** · Résolution de l'Assemblée générale des Nations Unies\n\n\u2068A/RES/51/1\u2069\u00a0: 51e session, 1996–1997 (ouverte le 17 septembre 1996) — ${title}, adoptée le 15 octobre 1996`)
    assert.equal(said(24, 46, 'es'), `**1/51** · Resolución de la Asamblea General de las Naciones Unidas\n\n\u2068A/RES/51/1\u2069: 51.º período de sesiones, 1996–1997 (abierto el 17 de septiembre de 1996) — ${title}, aprobada el 15 de octubre de 1996`)
    // The English title in an Arabic sentence: isolated, its closing parenthesis stays on its side.
    assert.equal(said(24, 46, 'ar'), `**\u20671/51** · قرار الجمعية العامة للأمم المتحدة\u2069\n\n\u2067\u2068A/RES/51/1\u2069: الدورة الـ 51، 1996–1997 (افتُتحت في 17 أيلول/سبتمبر 1996) — ${title}, اعتُمد في 15 تشرين الأول/أكتوبر 1996\u2069`)
    for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
      for (const [line, character] of [[26, 3], [36, 5]] as const) assert.doesNotMatch(said(line, character, locale).split('\n')[0]!, /`|recalling|recognize/, `${locale} ${line}`)
    }
  })

  it('names the closest known openers of an unknown one', () => {
    const draft = 'The ICPO-INTERPOL General Assembly, meeting at its 93rd session:\n\nRECALING its resolution,\n\nNOTING the report,\n'
    const result = hover(documentFor(parse(draft), draft), {line: 2, character: 2}, [])
    assert.deepEqual(result!.range, range(2, 0, 2, 8))
    // Quoted as the locale quotes (what the drafter may write, never code), with the locale's list separator.
    assert.equal(hoverText(result), '**RECALING** · not a known preamble opener\n\nClosest known: “\u2068RECALLING\u2069”')
    assert.equal(hoverText(hover(documentFor(parse(draft), draft), {line: 2, character: 2}, [], 'fr')), '**RECALING** · formule du préambule inconnue\n\nFormules connues les plus proches\u00a0: «\u00a0\u2068RECALLING\u2069\u00a0»')
    const arabic = 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93،\n\nوإذ تذكرر بقرارها،\n\n1. تشجع البلدان؛\n'
    assert.equal(
      hoverText(hover(documentFor(parse(arabic), arabic), {line: 2, character: 5}, [], 'ar')),
      '**\u2067وإذ تذكرر** · ليست عبارة معروفة من عبارات الديباجة\u2069\n\n\u2067أقرب العبارات المعروفة: «\u2068وإذ تذكّر\u2069»، «\u2068وإذ تكرر\u2069»، «\u2068وإذ تشكر\u2069»\u2069'
    )
  })

  it('says why a cited identifier is inconsistent', () => {
    const old = at(30, 25)
    assert.deepEqual(old!.range, range(30, 22, 30, 36))
    assert.match(hoverText(old), /\*\*GA-2008-RES-07\*\* · INTERPOL General Assembly resolution No\. 7 \(cited\)/)
    assert.match(hoverText(old), /77th session, Saint Petersburg, Russia, 7–10 October 2008\./)
    assert.match(hoverText(old), /the GA- form dates from 2017; a 2008 resolution is AG-2008-RES-07/)
    assert.match(hoverText(at(30, 450)), /session and year disagree: the 90th session was held in 2022/)
    assert.match(hoverText(at(30, 580)), /written differently from “\u2068GA-2022-90-RES-01\u2069”/)
  })

  it('names the UN session and resolution of a UN citation, and a date that does not fit', () => {
    const observer = at(24, 46)
    assert.deepEqual(observer!.range, range(24, 44, 24, 48))
    assert.equal(
      hoverText(observer),
      '**1/51** · UN General Assembly resolution\n\n\u2068A/RES/51/1\u2069: 51st session, 1996–1997 (opened 17 September 1996) — *\u2068Observer status for the International Criminal Police Organization (Interpol) in the General Assembly\u2069*, adopted 15 October 1996'
    )
    const cooperation = hoverText(at(24, 182))
    assert.match(cooperation, /\u2068A\/RES\/71\/19\u2069: 71st session, 2016–2017 .* \*\u2068Cooperation between the United Nations and the International Criminal Police Organization \(INTERPOL\)\u2069\*, adopted 21 November 2016/)
    assert.match(cooperation, /\*\*Inconsistent:\*\* the stated date, 21 November 2018, falls in the 73rd session/)
  })

  it('describes the session of the opening', () => {
    const result = at(8, 87)
    assert.deepEqual(result!.range, range(8, 86, 8, 88))
    assert.equal(hoverText(result), '**93** · 93rd session of the INTERPOL General Assembly\n\nMarrakesh, Morocco, 24–27 November 2025\n\n' + rtl('مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025'))
  })

  it('explains a diagnostic: reason, why the rule exists, rule and docs page', () => {
    const result = at(38, 122)
    assert.deepEqual(result!.range, range(38, 122, 38, 123))
    assert.equal(
      hoverText(result),
      // The message quotes `؟` and `؛` inside bidi isolates (core/rule.ts `code()`); the page's "Why" does not.
      '**An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069”**\n\n' +
        'Operative paragraphs are one sentence: the chapeau or the subject (*The General Assembly*) and a string of decisions, each closed by a semicolon, the whole closed by a full stop (UN Editorial Manual; every adopted INTERPOL resolution). A `؟` for `؛` is a common slip of Arabic keyboards: the two keys are neighbours.\n\n' +
        'resolint `operative-terminator` · [docs](https://github.com/resolint/resolint/blob/main/docs/rules/operative-terminator.md)'
    )
    // A node and a diagnostic on it: both, the node's range.
    const both = at(20, 3)
    assert.deepEqual(both!.range, range(20, 0, 20, 8))
    assert.match(hoverText(both), /Preamble opener[\s\S]*---[\s\S]*`preamble-repeated-opening`/)
  })

  it('returns null where there is nothing to say', () => {
    assert.equal(at(1, 0), null)
    assert.equal(at(14, 100), null)
  })
})

describe('features: symbols, folding, selection', () => {
  const tree = parse(reference)

  it('Go to Symbol in Workspace: the entries whose folded name holds the query\'s letters in order, at most the cap', () => {
    const document = documentFor(tree, reference)
    const found = (query: string, max?: number) => workspaceSymbols('file:///a.ar.txt', document, query, 'en', max)
    assert.deepEqual(found('وإذ تذكر')[1], {name: rtl('وإذ تذكّر أيضا'), kind: 7, location: {uri: 'file:///a.ar.txt', range: range(26, 0, 26, 14)}, containerName: 'Preamble'})
    assert.deepEqual(found('تشجيع').map((symbol) => symbol.name), [rtl('2. تشجيع')])
    assert.deepEqual(found('tashjia'), [])
    assert.equal(found('').length, 24)
    assert.equal(found('', 5).length, 5)
  })

  it('outlines the reference: heading, subject, opening, 12 preamble and 5 operative paragraphs, the vote', () => {
    const symbols = documentSymbols({tree})
    // The Arabic document's own text isolated right to left (VS Code's outline is laid out left to right), the English interface's words as they are.
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail]),
      [
        [rtl('قرار رقم 3'), rtl('GA-2025-93-RES-03')],
        [rtl('دعم التصديق على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية وتنفيذها وتعزيز دور الإنتربول'), rtl('الموضوع')],
        ['Opening', '93rd session'],
        ['Preamble', '12 paragraphs'],
        ['Operative', '5 paragraphs'],
        ['134 / 0 / 5', rtl('اعتُمد')]
      ]
    )
    assert.deepEqual(symbols[0]!.range, range(2, 0, 4, 17))
    assert.deepEqual(symbols[0]!.selectionRange, range(2, 0, 2, 10))
    const preamble = symbols[3]!
    assert.deepEqual(preamble.range, range(10, 0, 32, 311))
    assert.deepEqual(
      preamble.children!.map((symbol) => symbol.name),
      ['في ضوء', 'وإذ تأخذ في الاعتبار', 'وإذ تؤكد', 'وإذ ترحب', 'وإذ تشدد على', 'وإذ تؤكد', 'وإدراكا منها', 'وإذ تذكر', 'وإذ تذكّر أيضا', 'وإذ تعترف مع الارتياح', 'وإذ تأخذ علما', 'وإذ تذكّر أخيرا'].map(rtl)
    )
    assert.deepEqual(preamble.children![2], {
      name: rtl('وإذ تؤكد'),
      kind: 7,
      range: range(14, 0, 14, 213),
      selectionRange: range(14, 0, 14, 8),
      detail: rtl('الحاجة إلى إطار قانوني دولي منسق لتعزيز التعاون …')
    })
    const operative = symbols[4]!
    assert.deepEqual(
      operative.children!.map((symbol) => symbol.name),
      ['تدعو', '1. الاعتراف', '2. تشجيع', '3. مواصلة', '4. إقامة', '5. ضمان'].map(rtl)
    )
    assert.deepEqual(operative.children![2]!.range, range(38, 0, 38, 123))
    assert.deepEqual(operative.children![2]!.selectionRange, range(38, 2, 38, 10))
  })

  it('folds the preamble and the operative part', () => {
    assert.deepEqual(foldingRanges({tree}), [
      {startLine: 10, endLine: 32, kind: 'region'},
      {startLine: 34, endLine: 41, kind: 'region'}
    ])
  })

  const draft = [
    'RESOLUTION No. 1',
    '',
    'GA-2025-93-RES-01',
    '',
    'Subject: Test',
    '',
    'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:',
    '',
    'RECALLING its resolution GA-2023-91-RES-12',
    'on cooperation,',
    '',
    'NOTING the report,',
    '',
    '1. REQUESTS the Secretary General to:',
    '(a) prepare a report;',
    '(b) consult member countries;',
    '',
    '2. DECIDES to review the matter.',
    '',
    'Adopted: For: 120, Against: 2, Abstentions: 8',
    ''
  ].join('\n')

  it('folds multi-line paragraphs and groups of subparagraphs', () => {
    assert.deepEqual(foldingRanges({tree: parse(draft)}), [
      {startLine: 8, endLine: 11, kind: 'region'},
      {startLine: 8, endLine: 9},
      {startLine: 13, endLine: 17, kind: 'region'},
      {startLine: 13, endLine: 15},
      {startLine: 14, endLine: 15}
    ])
  })

  it('outlines subparagraphs under their paragraph', () => {
    const operative = documentSymbols({tree: parse(draft)}).find((symbol) => symbol.name === 'Operative')!
    const flat = (symbol: DocumentSymbol): string[] => [symbol.name, ...(symbol.children ?? []).flatMap(flat)]
    assert.deepEqual(flat(operative), ['Operative', '1. REQUESTS', '(a) prepare', '(b) consult', '2. DECIDES'])
  })

  it('outlines and folds a list inside a paragraph level by level, in the preamble too', () => {
    const nested = [
      'RAPPELANT les résolutions suivantes :',
      '- AGN/37/RES/1, Téhéran, 1968 ;',
      '- AGN/61/RES/15, Dakar, 1992,',
      '1. DEMANDE au Secrétariat général :',
      'a) de tenir le fichier, et en particulier :',
      'i) de l’actualiser ;',
      'ii) de le diffuser ;',
      'b) de faire rapport.',
      ''
    ].join('\n')
    const tree = parse(nested, {language: 'fr'})
    const tree2 = (symbol: DocumentSymbol): unknown => (symbol.children ? [symbol.name, symbol.children.map(tree2)] : symbol.name)
    assert.deepEqual(documentSymbols({tree}).filter((symbol) => symbol.name === 'Preamble' || symbol.name === 'Operative').map(tree2), [
      ['Preamble', [['RAPPELANT', ['AGN', 'AGN']]]],
      ['Operative', [['1. DEMANDE', [['a) de tenir', ['i) de', 'ii) de']], 'b) de faire']]]]
    ])
    assert.deepEqual(foldingRanges({tree}), [
      {startLine: 0, endLine: 2, kind: 'region'},
      {startLine: 1, endLine: 2},
      {startLine: 3, endLine: 7, kind: 'region'},
      {startLine: 4, endLine: 7},
      {startLine: 4, endLine: 6},
      {startLine: 5, endLine: 6}
    ])
  })

  it('selects node, paragraph, part, document', () => {
    const chain = (selection: SelectionRange | undefined): Range[] => (selection ? [selection.range, ...chain(selection.parent)] : [])
    const [citation, opener, blank] = selectionRanges({tree}, [
      {line: 30, character: 25},
      {line: 14, character: 3},
      {line: 1, character: 0}
    ])
    assert.deepEqual(chain(citation), [range(30, 22, 30, 36), range(30, 0, 30, 676), range(10, 0, 32, 311), range(0, 0, 43, 60)])
    assert.deepEqual(chain(opener), [range(14, 0, 14, 8), range(14, 0, 14, 213), range(10, 0, 32, 311), range(0, 0, 43, 60)])
    assert.deepEqual(chain(blank), [range(0, 0, 43, 60)])
    const [marker] = selectionRanges({tree}, [{line: 38, character: 3}])
    assert.deepEqual(chain(marker), [range(38, 2, 38, 4), range(38, 0, 38, 123), range(34, 0, 41, 199), range(0, 0, 43, 60)])
  })
})

describe('features: format', () => {
  /** The reference as it should be: no leading blank lines, no list markers, `؛` for `؟`, blank lines between paragraphs, a final line ending. */
  const canonicalReference = (() => {
    const lines = reference.split('\n').slice(2)
    const result: string[] = []
    for (const line of lines) {
      const fixed = line.replace(/^- /, '').replace(/؟$/, '؛')
      if (fixed !== line && result.at(-1) !== '') result.push('')
      result.push(fixed)
    }
    return result.join('\n') + '\n'
  })()

  it('formats the reference to its canonical text with one edit per changed stretch', () => {
    const tree = parse(reference)
    assert.equal(formatText(documentFor(tree, reference)), canonicalReference)
    const edits = format(documentFor(tree, reference))
    assert.deepEqual(
      edits.map((edit) => edit.range),
      [range(0, 0, 2, 0), range(38, 0, 41, 199), range(43, 60, 43, 60)]
    )
    assert.equal(edits[0]!.newText, '')
    assert.equal(edits[2]!.newText, '\n')
    assert.ok(edits[1]!.newText.startsWith('2. تشجيع توقيع'))
    assert.ok(edits[1]!.newText.includes('السارية؛\n\n3. مواصلة'))
    assert.equal(applyEdits(reference, edits), canonicalReference)
    // Lines 2–37 and the vote line are untouched: byte for byte.
    const kept = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to))
    assert.equal(kept(canonicalReference, 'قرار رقم 3', '2. تشجيع'), kept(reference, 'قرار رقم 3', '- 2. تشجيع'))
  })

  it('never changes a word, and formatting twice is formatting once', () => {
    const variants: Record<string, string> = {
      reference,
      wrapped: hardWrapped(reference),
      crlf: crlf(reference),
      markdown: markdown(reference, /^قرار رقم 3$/m, ['في ضوء', 'وإذ تؤكد', 'الاعتراف']),
      'wrapped, CRLF, Markdown': crlf(hardWrapped(markdown(reference, /^قرار رقم 3$/m, ['في ضوء', 'وإذ تؤكد', 'الاعتراف']))),
      'BOM and bidi marks': bom(bidi(reference)),
      'one per line': onePerLine(reference),
      english,
      french,
      spanish
    }
    for (const [name, text] of Object.entries(variants)) {
      const once = formatText(documentFor(parse(text), text))
      assert.deepEqual(words(once), words(text), name)
      assert.equal(formatText(documentFor(parse(once), once)), once, `${name}: idempotent`)
      assert.equal(applyEdits(text, format(documentFor(parse(text), text))), once, `${name}: edits`)
      assert.deepEqual(format(documentFor(parse(once), once)), [], `${name}: nothing left to do`)
    }
  })

  it('joins hard-wrapped lines and keeps the document’s line ending and BOM', () => {
    assert.equal(formatText(documentFor(parse(hardWrapped(reference)), hardWrapped(reference))), canonicalReference)
    assert.equal(formatText(documentFor(parse(onePerLine(reference)), onePerLine(reference))), canonicalReference)
    const windows = bom(crlf(hardWrapped(reference)))
    assert.equal(formatText(documentFor(parse(windows), windows)), bom(crlf(canonicalReference)))
    const markedUp = markdown(reference, /^قرار رقم 3$/m, ['في ضوء'])
    const formatted = formatText(documentFor(parse(markedUp), markedUp))
    assert.ok(formatted.startsWith('# قرار رقم 3\n\nGA-2025-93-RES-03\n'), 'Markdown is kept')
    assert.ok(formatted.includes('\n\n**في ضوء** التطور'))
  })

  it('leaves canonical texts alone (English, French, Spanish)', () => {
    for (const text of [english, french, spanish]) assert.deepEqual(format(documentFor(parse(text), text)), [])
  })

  it('renumbers, removes list markers, fixes terminators and blank lines (English)', () => {
    const draft = [
      'RESOLUTION No. 7',
      'GA-2025-93-RES-07',
      'Subject: Test   ',
      'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:',
      '',
      '',
      '- RECALLING its resolution GA-2023-91-RES-12',
      '  on cooperation.',
      'NOTING the report',
      '',
      'CALLS UPON member countries to:',
      '1. Recognize the threat;',
      '- 3.  Encourage cooperation?',
      '• 3. Ensure training;',
      '',
      'Adopted: For: 120, Against: 2, Abstentions: 8'
    ].join('\n')
    const expected = [
      'RESOLUTION No. 7',
      '',
      'GA-2025-93-RES-07',
      '',
      'Subject: Test',
      '',
      'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:',
      '',
      'RECALLING its resolution GA-2023-91-RES-12 on cooperation,',
      '',
      'NOTING the report,',
      '',
      'CALLS UPON member countries to:',
      '',
      '1. Recognize the threat;',
      '',
      '2. Encourage cooperation;',
      '',
      '3. Ensure training.',
      '',
      'Adopted: For: 120, Against: 2, Abstentions: 8',
      ''
    ].join('\n')
    assert.equal(formatText(documentFor(parse(draft), draft)), expected)
  })

  it('numbers `1)` and unnumbered items, ends the last with a period (French)', () => {
    const draft = [
      "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,",
      '',
      'RAPPELANT la résolution AG-2008-RES-07 ;',
      '',
      'DEMANDE aux pays membres de :',
      '',
      '1) Renforcer la coopération ;',
      '',
      'Veiller à la formation ;',
      ''
    ].join('\n')
    assert.equal(
      formatText(documentFor(parse(draft), draft)),
      [
        "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,",
        '',
        'RAPPELANT la résolution AG-2008-RES-07,',
        '',
        'DEMANDE aux pays membres de :',
        '',
        '1. Renforcer la coopération ;',
        '',
        '2. Veiller à la formation.',
        ''
      ].join('\n')
    )
  })

  it('puts a colon before subparagraphs and the period on the last one (Spanish)', () => {
    const draft = [
      'RECORDANDO la resolución GA-2023-91-RES-12',
      '',
      '1. Solicita al Secretario General que:',
      '(a) prepare un informe,',
      '(b) consulte a los países miembros',
      '2. Decide examinar la cuestión;',
      '3. Decide seguir ocupándose de la cuestión;'
    ].join('\r\n')
    assert.equal(
      formatText(documentFor(parse(draft), draft)),
      [
        'RECORDANDO la resolución GA-2023-91-RES-12,',
        '',
        '1. Solicita al Secretario General que:',
        '',
        '(a) prepare un informe;',
        '',
        '(b) consulte a los países miembros;',
        '',
        '2. Decide examinar la cuestión;',
        '',
        '3. Decide seguir ocupándose de la cuestión.',
        ''
      ].join('\r\n')
    )
  })

  it('keeps Arabic-Indic numbers and an unknown block’s lines (Arabic)', () => {
    const draft = [
      'ملاحظة للمترجم   ',
      'سطر ثان',
      '',
      'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،',
      '',
      'وإذ تذكّر بقرارها',
      '',
      'تقرر:',
      '',
      '١. تشجيع التعاون.',
      '٣. ضمان التدريب؛'
    ].join('\n')
    assert.equal(
      formatText(documentFor(parse(draft), draft)),
      [
        'ملاحظة للمترجم',
        'سطر ثان',
        '',
        'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،',
        '',
        'وإذ تذكّر بقرارها،',
        '',
        'تقرر:',
        '',
        '١. تشجيع التعاون؛',
        '',
        '٢. ضمان التدريب.',
        ''
      ].join('\n')
    )
  })

  it('keeps an empty document empty', () => {
    assert.equal(formatText(documentFor(parse(''), '')), '')
    assert.deepEqual(format(documentFor(parse('\n\n'), '\n\n')), [{range: range(0, 0, 2, 0), newText: ''}])
  })
})

describe('features: anything a drafter can paste', () => {
  const pieces = [
    'قرار رقم 3', 'GA-2025-93-RES-03', 'GA 2022 90 RES-01', 'الموضوع:', 'إن الجمعية العامة', 'الـ 93', 'وإذ تؤكد', 'وإذ تذكّر أيضا', 'في ضوء', 'تدعو', 'إلى:',
    '1.', '2)', '3 -', '- ', '• ', '(a)', 'اعتُمد:', 'RECALLING', 'CALLS UPON', 'to:', 'Subject: x', 'Adopted: For: 1', '19/71', '24 November 2025', '٣.',
    '\u200F', '\uFEFF', '\r', '\n', '\r\n', '\n\n', ' ', '\t', '،', '؛', '؟', ',', ';', '.', ':', '**', '# ', 'word', 'كلمة', '\u00A0'
  ]
  const draft = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 4})), {maxLength: 40}).map((parts) => parts.join(''))

  it('never throws, and formatting keeps the words and settles in one pass', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const tree = parse(text)
        const lines = text.split(/\r\n|\r|\n/)
        lines.forEach((line, index) => {
          for (const character of [0, line.length >> 1, line.length]) {
            complete(documentFor(tree, text), {line: index, character}, {today: new Date(2025, 1, 1)})
            hover(documentFor(tree, text), {line: index, character}, [])
            selectionRanges({tree}, [{line: index, character}])
          }
        })
        for (const symbol of documentSymbols({tree})) assert.ok(symbol.name.length > 0)
        foldingRanges({tree})
        const once = formatText(documentFor(tree, text))
        // Letters never change (numbers do, in markers).
        const letters = (value: string) => value.match(/[\p{L}\p{M}]+/gu) ?? []
        assert.deepEqual(letters(once), letters(text))
        assert.equal(formatText(documentFor(parse(once), once)), once)
        assert.equal(applyEdits(text, format(documentFor(tree, text))), once)
      }),
      {numRuns: 300, seed: 20251124}
    )
  })
})
