/** The parser on the reference and on what drafters paste: exact shape, exact positions, never a lost character. */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {parse} from '../server/src/core/parse.js'
import type {Node} from 'unist'
import type {Operative, OperativeParagraph, Preamble, Root, Subparagraph} from '../server/src/core/tree.js'
import {bidi, bom, crlf, hardWrapped, markdown, onePerLine} from './variants.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')

/** The structure of a tree without positions: what must survive any way of pasting. */
export function shape(tree: Root): unknown[] {
  return tree.children.map((block) => {
    switch (block.type) {
      case 'heading':
        return ['heading', block.number]
      case 'preamble':
        return ['preamble', block.children.map((paragraph) => opener(paragraph) + terminator(paragraph))]
      case 'operative':
        return [
          'operative',
          block.children.map((paragraph) => {
            const marker = paragraph.children.find((child) => child.type === 'marker')
            return `${paragraph.type}:${marker && 'ordinal' in marker ? marker.ordinal : '-'}:${opener(paragraph)}${terminator(paragraph)}`
          })
        ]
      case 'closing':
        return ['closing', block.children[0]!.children.flatMap((child) => (child.type === 'voteCount' ? [`${child.kind}=${child.count}`] : []))]
      default:
        return [block.type]
    }
  })
}

function opener(paragraph: {children: Node[]}): string {
  const node = paragraph.children.find((child) => child.type === 'opener') as {phraseId?: string; modifier?: string} | undefined
  return `${node?.phraseId ?? '?'}${node?.modifier ? '+' + node.modifier : ''}`
}

function terminator(paragraph: {children: Node[]}): string {
  const node = paragraph.children.find((child) => child.type === 'terminator') as {value: string} | undefined
  return node ? node.value : ''
}

describe('parse', () => {
  const tree = parse(reference)

  it('reads the reference: 12 preamble paragraphs, a chapeau, 5 operative paragraphs, a vote of 134 / 0 / 5', () => {
    assert.equal(tree.data.language, 'ar')
    assert.deepEqual(shape(tree), [
      ['heading', 3],
      ['identifier'],
      ['subject'],
      ['opening'],
      [
        'preamble',
        [
          'in-light-of،',
          'taking-into-account،',
          'affirming،',
          'welcoming،',
          'emphasizing،',
          'affirming،',
          'conscious،',
          'recalling،',
          'recalling+also،',
          'recognizing-with-satisfaction،',
          'taking-note،',
          'recalling+finally،'
        ]
      ],
      [
        'operative',
        ['chapeau:-:calls-upon:', 'operativeParagraph:1:recognize؛', 'operativeParagraph:2:encourage؟', 'operativeParagraph:3:continue؛', 'operativeParagraph:4:establish؛', 'operativeParagraph:5:ensure.']
      ],
      ['closing', ['for=134', 'against=0', 'abstentions=5']]
    ])
  })

  it('gives exact UTF-16 positions on Arabic text (the stray list marker and the `؟`)', () => {
    const operative = tree.children.find((block) => block.type === 'operative')!
    const second = operative.children[2]!
    assert.deepEqual(
      second.children.filter((child) => child.type !== 'text').map((child) => [child.type, child.position.start.line, child.position.start.column, child.position.end.column, child.position.start.offset]),
      [
        ['listMarker', 39, 1, 2, reference.indexOf('- 2.')],
        ['marker', 39, 3, 5, reference.indexOf('2. تشجيع')],
        ['opener', 39, 6, 11, reference.indexOf('تشجيع')],
        ['terminator', 39, 123, 124, reference.indexOf('؟')]
      ]
    )
  })

  it('keeps every character: each node value is the source slice of its range', () => {
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string') {
        assert.equal(reference.slice(node.position!.start.offset, node.position!.end.offset), node.value)
      }
    })
  })

  const headingPattern = /^قرار رقم 3$/m
  const openers = ['في ضوء', 'وإذ \\S+', 'وإدراكا منها', 'الاعتراف', 'تشجيع', 'مواصلة', 'إقامة', 'ضمان']
  const variants: Record<string, string> = {
    'hard-wrapped (PDF)': hardWrapped(reference),
    CRLF: crlf(reference),
    BOM: bom(reference),
    'bidi marks': bidi(reference),
    Markdown: markdown(reference, headingPattern, openers),
    'hard-wrapped, CRLF, BOM and Markdown': bom(crlf(hardWrapped(markdown(reference, headingPattern, openers)))),
    'one paragraph per line': onePerLine(reference)
  }
  for (const [name, text] of Object.entries(variants)) {
    it(`reads the ${name} variant to the same shape`, () => {
      assert.notEqual(text, reference)
      assert.deepEqual(shape(parse(text)), shape(tree))
    })
  }

  it('never throws and keeps unknown text as `unknown` nodes', () => {
    const odd = parse('\u0000\uD800 hello\r\r\n\n::: ؟؟\n- \n1.')
    assert.ok(odd.children.length > 0)
    assert.deepEqual(parse('').children, [])
    assert.deepEqual(parse('just some words').children.map((node) => node.type), ['unknown'])
  })

  it('reads an older header line `Resolution No <identifier>` as a heading without a number, then the identifier', () => {
    const text = 'Resolution No AG-2005-RES-07\n\nThe Interpol General Assembly, meeting in Berlin from 19 to 22 September 2005 at its 74th session:\n'
    const read = parse(text, {language: 'en'})
    assert.deepEqual(shape(read).slice(0, 3), [['heading', undefined], ['identifier'], ['opening']])
    const [heading, identifier] = read.children
    assert.equal(text.slice(heading!.position.start.offset, heading!.position.end.offset), 'Resolution No')
    assert.equal(text.slice(identifier!.position.start.offset, identifier!.position.end.offset), 'AG-2005-RES-07')
    // A label followed by other words stays what it was.
    assert.equal(parse('Resolution No longer needed\n', {language: 'en'}).children[0]!.type, 'unknown')
  })

  it('reads the era of the identifier, and a title line under an older header as the subject', () => {
    const text = 'Resolution No AGN/68/RES/5\n\nModel police co-operation agreement\n\nNOTING THE CONTENTS of Report AGN/68/RAP/3,\n'
    const read = parse(text, {language: 'en'})
    assert.equal(read.data.era, 'AGN')
    assert.deepEqual(shape(read).slice(0, 3), [['heading', undefined], ['identifier'], ['subject']])
    const subject = read.children[2]!
    assert.deepEqual([subject.position.start, subject.position.end].map((point) => [point.line, point.column]), [[3, 1], [3, 36]])
    assert.equal(parse('AG-2001-RES-05\n', {language: 'en'}).data.era, 'AG')
    // Today's era has a `Subject:` label: a bare title line is not a subject.
    const current = parse('GA-2025-93-RES-03\n\nModel police co-operation agreement\n', {language: 'en'})
    assert.equal(current.data.era, 'GA')
    assert.deepEqual(current.children.map((block) => block.type), ['identifier', 'unknown'])
    assert.equal(parse('RECALLING its resolution,\n', {language: 'en'}).data.era, undefined)
  })

  it('reads a wrapped line starting with `the General Assembly` / `الجمعية العامة` as the paragraph going on, not a second opening', () => {
    const english = 'RECALLING the resolution adopted by\nthe General Assembly at its 92nd session,\nNOTING the report,\n'
    assert.deepEqual(shape(parse(english, {language: 'en'})), [['preamble', ['recalling,', 'taking-note,']]])
    const arabic = 'وإذ تذكّر بالقرار الذي اعتمدته\nالجمعية العامة في دورتها الـ 92،\nوإذ تؤكد أهمية التعاون،\n'
    assert.deepEqual(shape(parse(arabic, {language: 'ar'})), [['preamble', ['recalling،', 'affirming،']]])
    // After a finished paragraph, or in its full form, it is the opening.
    const opening = parse('Subject: Cooperation\nThe General Assembly, meeting in Glasgow from 4 to 7 November 2024 at its 92nd session:\n', {language: 'en'})
    assert.deepEqual(opening.children.map((block) => block.type), ['subject', 'opening'])
  })

  it('reads a list inside a paragraph as one unit: its items are subparagraphs, nested by level', () => {
    const range = (node: {position: {start: {line: number; column: number}; end: {line: number; column: number}}}) =>
      `${node.position.start.line}:${node.position.start.column}-${node.position.end.line}:${node.position.end.column}`
    // A preamble paragraph ending with `:` and bulleted noun-phrase items, one bullet alone on its line.
    const preamble = parse('RAPPELANT les résolutions suivantes :\n- AGN/37/RES/1, Téhéran, 1968 ;\n-\nAGN/41/RES/11, Francfort, 1972,\nNOTANT le rapport,\n', {language: 'fr'})
    const [paragraph, next] = (preamble.children[0] as Preamble).children
    const items = paragraph!.children.filter((child) => child.type === 'subparagraph')
    assert.deepEqual([paragraph, ...items, next!].map(range), ['1:1-4:32', '2:1-2:32', '3:1-4:32', '5:1-5:19'])
    assert.deepEqual(items.map((item) => item.children.at(-1)), [
      {type: 'terminator', value: ';', position: items[0]!.children.at(-1)!.position},
      {type: 'terminator', value: ',', position: items[1]!.children.at(-1)!.position}
    ])
    // To 2014, `1)` items under a paragraph ending with `:` (and `, et`) are its list, not operative paragraphs.
    const older = parse('AGN/69/RES/2\nAUTORISE le Comité exécutif à approuver :\n1) Un projet d’accord, et\n2) La signature de l’accord.\nAdoptée\n', {language: 'fr'})
    const operative = older.children.find((block): block is Operative => block.type === 'operative')!
    assert.deepEqual(operative.children.map((node) => [node.type, range(node)]), [['operativeParagraph', '2:1-4:29']])
    const olderItems = (operative.children[0] as OperativeParagraph).children.filter((child) => child.type === 'subparagraph')
    assert.deepEqual(olderItems.map((item) => [range(item), item.children.at(-1)!.type === 'terminator' ? (item.children.at(-1) as {value: string}).value : '']), [
      ['3:1-3:26', ', et'],
      ['4:1-4:29', '.']
    ])
    // Today, `1)` after a chapeau still numbers operative paragraphs (operative-numbering asks for `1.`).
    const current = parse('GA-2025-93-RES-09\nCALLS UPON member countries to:\n1) Share data;\n2) Train staff.\n', {language: 'en'})
    assert.deepEqual(shape(current).at(-1), ['operative', ['chapeau:-:calls-upon:', 'operativeParagraph:1:?;', 'operativeParagraph:2:trains.']])
    // (i) under (a) under 1.: a real hierarchy.
    const nested = parse('1. DECIDES that:\n(a) the Secretariat shall:\n(i) report;\n(ii) consult;\n(b) member countries shall act.\n', {language: 'en'})
    const top = (nested.children[0] as Operative).children[0] as OperativeParagraph
    const level = (node: {children: Array<{type: string}>}) => node.children.filter((child): child is Subparagraph => child.type === 'subparagraph')
    assert.deepEqual(level(top).map(range), ['2:1-4:14', '5:1-5:32'])
    assert.deepEqual(level(level(top)[0]!).map(range), ['3:1-3:12', '4:1-4:14'])
    assert.equal(range(top), '1:1-5:32')
  })

  it('reads page furniture of a PDF paste as outside the text: a paragraph goes on across a page break, numbering does not restart', () => {
    const text = [
      'GA-2025-93-RES-09',
      'CALLS UPON member countries to:',
      '1. Share police information with the',
      '',
      '- 2 -',
      'GA-2025-93-RES-09',
      '',
      'General Secretariat;',
      '2. Train their staff.',
      'Page 2 of 2',
      ''
    ].join('\n')
    const tree = parse(text, {language: 'en'})
    assert.deepEqual(shape(tree), [['identifier'], ['operative', ['chapeau:-:calls-upon:', 'operativeParagraph:1:?;', 'operativeParagraph:2:trains.']]])
    const first = (tree.children[1] as Operative).children[1]!
    assert.deepEqual([first.position.start.line, first.position.end.line, first.position.end.column], [3, 8, 21])
    // The furniture is plain text in the paragraph: no citation is read in the repeated identifier.
    assert.ok(!first.children.some((child) => child.type === 'citation'))
    assert.deepEqual(
      tree.data.pastedLayout?.map((piece) => [piece.kind, piece.position.start.line, piece.removal.start.line, piece.removal.end.line]),
      // Inside the paragraph, their removals take the blank lines around them (from line 4 to line 8): its halves joined.
      [['pageNumber', 5, 4, 6], ['repeatedHeader', 6, 6, 8], ['pageNumber', 10, 10, 11]]
    )
  })

  it('starts a preamble paragraph at `إذ` / `وإذ` + any verb after the opening, never wraps it into the opening', () => {
    const text = [
      'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش،',
      'إذ تستحضر قرارها GA-2019-88-RES-05،',
      'وإذ تستشعر خطورة الاتجار بالممتلكات الثقافية،',
      '1. تطلب إلى الأمانة العامة مواصلة عملها.',
      ''
    ].join('\n')
    const tree = parse(text, {language: 'ar'})
    const preamble = tree.children.find((block): block is Preamble => block.type === 'preamble')!
    assert.deepEqual(preamble.children.map((paragraph) => [paragraph.position.start.line, paragraph.position.end.line]), [[2, 2], [3, 3]])
    assert.equal(tree.children[0]!.position.end.line, 1)
  })

  it('reads a page header with the identifier and the page mark on one line as page furniture', () => {
    const text = [
      'GA-2025-93-RES-18',
      'REQUESTS the General Secretariat to:',
      '1. Publish the Rules;',
      '',
      'GA-2025-93-RES-18                    Page 2/2',
      '',
      '2. Assist National Central Bureaus.',
      ''
    ].join('\n')
    const tree = parse(text, {language: 'en'})
    assert.deepEqual(shape(tree), [['identifier'], ['operative', ['chapeau:-:requests:', 'operativeParagraph:1:publishes;', 'operativeParagraph:2:assists.']]])
    assert.deepEqual(
      tree.data.pastedLayout?.map((piece) => [piece.kind, piece.position.start.line, piece.position.end.column]),
      [['pageNumber', 5, 46]]
    )
  })

  it('takes the session from the ordinal before `session`, not from an ordinal day', () => {
    const sessionOf = (text: string, language: 'en' | 'fr') => {
      const opening = parse(text, {language}).children.find((block) => block.type === 'opening')
      return (opening as {children: Array<{type: string; number?: number}>}).children.find((child) => child.type === 'session')?.number
    }
    assert.equal(sessionOf('The ICPO-Interpol General Assembly, meeting in Lyon from 3rd to 6th October 1994 at its 63rd session:\n', 'en'), 63)
    assert.equal(sessionOf("L'Assemblée générale de l'O.I.P.C.-Interpol, réunie à Lyon du 1er au 4 octobre 1994 en sa 63e session,\n", 'fr'), 63)
    assert.equal(sessionOf("L'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 63ème session à Lyon, du 3 au 6 octobre 1994,\n", 'fr'), 63)
  })

  it('detects the language of each document', () => {
    assert.equal(parse('RECALLING its resolution on the matter,').data.language, 'en')
    assert.equal(parse("RAPPELANT sa résolution sur la question et les mesures prises par l'Organisation,").data.language, 'fr')
    assert.equal(parse('RECORDANDO su resolución sobre el tema y las medidas de los países miembros,').data.language, 'es')
    assert.equal(parse('ok', {language: 'fr'}).data.languageSource, 'configured')
  })
})

function visit(node: Node, callback: (node: Node) => void) {
  callback(node)
  for (const child of (node as {children?: Node[]}).children ?? []) visit(child, callback)
}
