/**
 * Citations and dates: the nodes the inline scan finds (exact values and
 * positions), and what the rules on them report — every defect of the
 * reference, nothing on its correct citations and dates, nothing on the
 * English, French and Spanish fixtures, each rule in the four languages.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {inlinePatterns, scanInline} from '../server/src/core/inline.js'
import {parse} from '../server/src/core/parse.js'
import type {Citation, DateNode, Language, Phrasing, Root} from '../server/src/core/tree.js'
import {formatMessage, isolated, lint} from './helpers.js'
import {redosCheck} from './recheck.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

/** The rules of this issue. */
const ruleIds = ['citation-duplicate', 'citation-format', 'citation-session-year', 'date-validity', 'opening-facts', 'un-citation-date', 'vote-members']

const range = (node: {position: {start: {line: number; column: number}; end: {line: number; column: number}}}) =>
  `${node.position.start.line}:${node.position.start.column}-${node.position.end.line}:${node.position.end.column}`

/** Citation and date nodes of a tree: `[type, family or ISO start, value, range]`. */
function inlineNodes(tree: Root): Array<[string, string | null, string, string]> {
  const found: Array<[string, string | null, string, string]> = []
  visit(tree, (node) => {
    if (node.type === 'citation') found.push(['citation', (node as Citation).family, (node as Citation).value, range(node as Citation)])
    if (node.type === 'date') found.push(['date', (node as DateNode).start ?? null, (node as DateNode).value, range(node as DateNode)])
  })
  return found
}

/** Messages of this issue's rules: `rule-id line:column-line:column: reason`, in document order. */
function messages(text: string, language?: Language): string[] {
  const config = language ? {language} : {}
  return lint(text, config)
    .filter((message) => ruleIds.includes(message.ruleId!))
    .sort((a, b) => startOf(a) - startOf(b) || a.ruleId!.localeCompare(b.ruleId!))
    .map((message) => `${message.ruleId} ${formatMessage(message)}`)
}

function startOf(message: VFileMessage): number {
  return message.place && 'start' in message.place ? message.place.start.offset! : 0
}

/** Scan one paragraph of text: the non-text nodes. */
function scan(text: string, language: Language): Phrasing[] {
  const place = location(text)
  return scanInline(text, 0, text.length, language, (offset) => place.toPoint(offset)!).filter((node) => node.type !== 'text')
}

describe('citations and dates: the reference', () => {
  const tree = parse(reference)

  it('finds every citation and date, at exact positions', () => {
    assert.deepEqual(inlineNodes(tree), [
      ['citation', 'interpol', 'GA-2025-93-RES-03', '5:1-5:18'],
      ['date', '2025-11-24', 'من 24 إلى 27 تشرين الثاني/نوفمبر 2025', '9:118-9:155'],
      ['date', '2024-12-24', '24 كانون الأول/ديسمبر 2024', '17:91-17:117'],
      ['citation', 'un', '1/51', '25:45-25:49'],
      ['date', '1996-10-15', '15 تشرين الأول/أكتوبر 1996', '25:60-25:86'],
      ['citation', 'un', '19/71', '25:181-25:186'],
      ['date', '2018-11-21', '21 تشرين الثاني/نوفمبر 2018', '25:197-25:224'],
      ['citation', 'un', '20/75', '25:227-25:232'],
      ['date', '2018-11-23', '23 تشرين الثاني/نوفمبر 2018', '25:243-25:270'],
      ['citation', 'un', '20/75', '25:273-25:278'],
      ['date', '2020-11-23', '23 تشرين الثاني/نوفمبر 2020', '25:289-25:316'],
      ['citation', 'un', '7/76', '25:319-25:323'],
      ['date', '2024-12-02', '2 كانون الأول /ديسمبر 2024', '25:334-25:360'],
      ['citation', 'interpol', 'GA-2008-RES-07', '31:23-31:37'],
      ['citation', 'interpol', 'GA-2012-81-RES-08', '31:175-31:192'],
      ['citation', 'interpol', 'GA-2021-89-RES-11', '31:328-31:345'],
      ['citation', 'interpol', 'GA-2021-90-RES-05', '31:449-31:466'],
      ['citation', 'interpol', 'GA 2022 90 RES-01', '31:578-31:595'],
      ['date', '2023-11-28', '28 تشرين الثاني/نوفمبر — 1 كانون الأول/ديسمبر 2023', '33:92-33:142'],
      ['citation', 'interpol', 'GA-2023-91-RES-12', '33:153-33:170']
    ])
  })

  it('gives positions that cut the source lines exactly (UTF-16 columns)', () => {
    const lines = reference.split('\n')
    visit(tree, (node) => {
      if (node.type !== 'citation' && node.type !== 'date') return
      const {start, end} = (node as Citation).position
      assert.equal(start.line, end.line)
      assert.equal(lines[start.line - 1]!.slice(start.column - 1, end.column - 1), (node as Citation).value)
      assert.equal(reference.slice(start.offset, end.offset), (node as Citation).value)
    })
  })

  it('reads UN pairs in both orders and links each to its date', () => {
    const citations: Citation[] = []
    visit(tree, 'citation', (node) => {
      if ((node as Citation).family === 'un') citations.push(node as Citation)
    })
    assert.deepEqual(
      citations.map((citation) => [citation.value, citation.readings, citation.date?.value]),
      [
        ['1/51', [{session: 51, number: 1}], '15 تشرين الأول/أكتوبر 1996'],
        ['19/71', [{session: 71, number: 19}], '21 تشرين الثاني/نوفمبر 2018'],
        ['20/75', [{session: 75, number: 20}], '23 تشرين الثاني/نوفمبر 2018'],
        ['20/75', [{session: 75, number: 20}], '23 تشرين الثاني/نوفمبر 2020'],
        ['7/76', [{session: 76, number: 7}], '2 كانون الأول /ديسمبر 2024']
      ]
    )
  })

  it('reads the INTERPOL citations, also when malformed', () => {
    const citations: Citation[] = []
    visit(tree, 'citation', (node) => {
      if ((node as Citation).family === 'interpol') citations.push(node as Citation)
    })
    assert.deepEqual(
      citations.map((citation) => [citation.value, citation.identifier!.canonical, citation.identifier!.wellFormed]),
      [
        ['GA-2025-93-RES-03', 'GA-2025-93-RES-03', true],
        ['GA-2008-RES-07', undefined, false],
        ['GA-2012-81-RES-08', 'GA-2012-81-RES-08', true],
        ['GA-2021-89-RES-11', 'GA-2021-89-RES-11', true],
        ['GA-2021-90-RES-05', 'GA-2021-90-RES-05', true],
        ['GA 2022 90 RES-01', 'GA-2022-90-RES-01', false],
        ['GA-2023-91-RES-12', 'GA-2023-91-RES-12', true]
      ]
    )
  })

  it('keeps the month pairs of each date with their halves; the stray space is kept as written', () => {
    const dates: DateNode[] = []
    visit(tree, 'date', (node) => {
      dates.push(node as DateNode)
    })
    const vienna = dates.find((date) => date.start === '2023-11-28')!
    assert.equal(vienna.end, '2023-12-01')
    assert.deepEqual(vienna.last, {year: 2023, month: 12, day: 1})
    assert.deepEqual(
      vienna.monthNames!.map((name) => [name.value, name.month, name.separator, name.halves!.map((half) => half.kind)]),
      [
        ['تشرين الثاني/نوفمبر', 11, '/', ['levantine', 'international']],
        ['كانون الأول/ديسمبر', 12, '/', ['levantine', 'international']]
      ]
    )
    const spaced = dates.find((date) => date.start === '2024-12-02')!
    assert.deepEqual(spaced.monthNames!.map((name) => [name.value, name.separator, range(name)]), [['كانون الأول /ديسمبر', ' /', '25:336-25:355']])
    const opening = dates[0]!
    assert.deepEqual([opening.start, opening.end, opening.year, opening.month, opening.day], ['2025-11-24', '2025-11-27', 2025, 11, 24])
  })

  it('reports each defect, and nothing on the correct citations and dates', () => {
    assert.deepEqual(messages(reference), [
      'un-citation-date 25:197-25:224: UN resolution \u206871/19\u2069 was adopted on 21 November 2016, not on “21 تشرين الثاني/نوفمبر 2018”, which falls in the 73rd session',
      'un-citation-date 25:243-25:270: UN resolution \u206875/20\u2069 (of the 75th session, opened in September 2020) cannot be dated “23 تشرين الثاني/نوفمبر 2018”: that date falls in the 73rd session',
      'citation-duplicate 25:273-25:278: “20/75” is cited a second time, dated “23 تشرين الثاني/نوفمبر 2020”: it is cited above as “20/75”, dated “23 تشرين الثاني/نوفمبر 2018”',
      'un-citation-date 25:334-25:360: UN resolution \u206876/7\u2069 (of the 76th session, opened in September 2021) cannot be dated “2 كانون الأول /ديسمبر 2024”: that date falls in the 79th session',
      'date-validity 25:336-25:355: A month pair has no space before its slash and at most one after it: write “كانون الأول/ديسمبر”, not “كانون الأول /ديسمبر”',
      'citation-format 31:23-31:37: A resolution of 2008 is cited as “AG-2008-RES-07”, not “GA-2008-RES-07”',
      'citation-format 31:175-31:192: A resolution of 2012 is cited as “AG-2012-RES-08”, not “GA-2012-81-RES-08”',
      'citation-session-year 31:449-31:466: In “GA-2021-90-RES-05”, the session and the year disagree: the 90th session was held in 2022, and the session of 2021 was the 89th; write “GA-2022-90-RES-05” or “GA-2021-89-RES-05”',
      'citation-format 31:578-31:595: A resolution is cited as “GA-2022-90-RES-01”, not “GA 2022 90 RES-01”'
    ].map(isolated))
  })

  it('offers certain fixes only where nothing is guessed', () => {
    const fixes = lint(reference)
      .filter((message) => ruleIds.includes(message.ruleId!))
      .map((message) => [message.ruleId, message.expected?.[0] ?? null, (message as {suggestions?: string[]}).suggestions ?? []])
    assert.deepEqual(fixes, [
      ['citation-duplicate', null, []],
      ['citation-format', 'AG-2008-RES-07', []],
      ['citation-format', 'AG-2012-RES-08', []],
      ['citation-format', 'GA-2022-90-RES-01', []],
      ['citation-session-year', null, ['GA-2022-90-RES-05', 'GA-2021-89-RES-05']],
      ['date-validity', 'كانون الأول/ديسمبر', []],
      ['un-citation-date', null, ['21 تشرين الثاني/نوفمبر 2016']],
      ['un-citation-date', null, []],
      ['un-citation-date', null, []]
    ])
  })
})

describe('citations and dates: the fixtures in English, French and Spanish', () => {
  for (const name of ['GA-2025-93-RES-03.en.txt', 'GA-2025-93-RES-04.fr.txt', 'GA-2025-93-RES-05.es.txt']) {
    it(`reports nothing on ${name}`, () => {
      assert.deepEqual(messages(fixture(name)), [])
    })
  }

  it('finds the English citations and dates, the list of UN resolutions linked to their dates', () => {
    const tree = parse(fixture('GA-2025-93-RES-03.en.txt'))
    const nodes = inlineNodes(tree).map(([type, extra, value]) => `${type}:${extra}:${value}`)
    assert.deepEqual(nodes, [
      'citation:interpol:GA-2025-93-RES-03',
      'date:2025-11-24:from 24 to 27 November 2025',
      'date:2024-12-24:24 December 2024',
      'citation:un:51/1',
      'date:1996-10-15:15 October 1996',
      'citation:un:71/19',
      'date:2016-11-21:21 November 2016',
      'citation:un:73/11',
      'date:2018-11-26:26 November 2018',
      'citation:un:75/10',
      'date:2020-11-23:23 November 2020',
      'citation:interpol:AG-2008-RES-07',
      'citation:interpol:GA-2021-89-RES-11',
      'date:2023-11-28:28 November to 1 December 2023',
      'citation:interpol:GA-2023-91-RES-12'
    ])
  })
})

describe('citations and dates: the inline scan', () => {
  const summary = (nodes: Phrasing[]) =>
    nodes.map((node) => {
      if (node.type === 'citation') return `${node.family}:${node.value}${node.readings ? ':' + node.readings.map((r) => `${r.session}/${r.number}`).join('|') : ''}${node.date ? ' @' + node.date.value : ''}`
      if (node.type === 'date') return `date:${node.value}:${node.start ?? '?'}${node.end ? '..' + node.end : ''}`
      return node.type
    })

  it('reads INTERPOL identifiers of every era, malformed ones too', () => {
    assert.deepEqual(summary(scan('resolutions AGN/68/RES/5, AG-2008-RES-07, GA-2021-89-RES-11, GA 2022 90 RES-01, ga-2023-91-res-12 and GA2022-90-RES01.', 'en')), [
      'interpol:AGN/68/RES/5',
      'interpol:AG-2008-RES-07',
      'interpol:GA-2021-89-RES-11',
      'interpol:GA 2022 90 RES-01',
      'interpol:ga-2023-91-res-12',
      'interpol:GA2022-90-RES01'
    ])
  })

  it('leaves other symbols as text: reports, the Constitution, the OAS, prose', () => {
    assert.deepEqual(summary(scan('report GA-2025-93-REP-03, I/CONS/GA/1956 (2023), [III/IRPD/GA/2011], AG/RES. 1892 (XXXII-O/02), the AG 2023 and 2 others', 'en')), [])
  })

  it('reads UN symbols and pairs after a word for resolution, in the four languages', () => {
    assert.deepEqual(summary(scan('resolution A/RES/71/19 and resolutions 73/11 and 75/10', 'en')), ['un:A/RES/71/19:71/19', 'un:73/11:73/11', 'un:75/10:75/10'])
    assert.deepEqual(summary(scan("la résolution 79/243 de l'Assemblée générale du 24 décembre 2024", 'fr')), [
      'un:79/243:79/243 @24 décembre 2024',
      'date:24 décembre 2024:2024-12-24'
    ])
    assert.deepEqual(summary(scan('la resolución 79/243 de la Asamblea General de 24 de diciembre de 2024', 'es')), [
      'un:79/243:79/243 @24 de diciembre de 2024',
      'date:24 de diciembre de 2024:2024-12-24'
    ])
    assert.deepEqual(summary(scan('بالقرار 73/75 والقرار 57/301', 'ar')), ['un:73/75:73/75|75/73', 'un:57/301:57/301'])
  })

  it('does not read a pair inside another token, nor without a word for resolution', () => {
    assert.deepEqual(summary(scan('منظومة الاتصالات 7-4/7 والقرار 7-4/7', 'ar')), [])
    assert.deepEqual(summary(scan('the I-24/7 system and the 24/7 network, resolution I-24/7', 'en')), [])
    assert.deepEqual(summary(scan('في الفقرة 19/71 من التقرير', 'ar')), [])
  })

  it('does not take a year alone, or a day without a year, for a date', () => {
    assert.deepEqual(summary(scan('في عام 2025 وفي 24 تشرين الثاني/نوفمبر', 'ar')), [])
    assert.deepEqual(summary(scan('in 2025, on 24 November', 'en')), [])
  })

  it('reads dates and ranges in the four languages', () => {
    assert.deepEqual(summary(scan('on 24 November 2025, from 24 to 27 November 2025, from 28 November to 1 December 2023, between 3 and 4 May 2020, 24th November 2025', 'en')), [
      'date:24 November 2025:2025-11-24',
      'date:from 24 to 27 November 2025:2025-11-24..2025-11-27',
      'date:from 28 November to 1 December 2023:2023-11-28..2023-12-01',
      'date:between 3 and 4 May 2020:2020-05-03..2020-05-04',
      'date:24th November 2025:2025-11-24'
    ])
    assert.deepEqual(summary(scan('le 24 novembre 2025, le 1er avril 2011, du 28 novembre au 1er décembre 2023', 'fr')), [
      'date:24 novembre 2025:2025-11-24',
      'date:1er avril 2011:2011-04-01',
      'date:du 28 novembre au 1er décembre 2023:2023-11-28..2023-12-01'
    ])
    assert.deepEqual(summary(scan('el 24 de noviembre de 2025, del 24 al 27 de noviembre de 2025, 1.º de abril de 2011', 'es')), [
      'date:24 de noviembre de 2025:2025-11-24',
      'date:del 24 al 27 de noviembre de 2025:2025-11-24..2025-11-27',
      'date:1.º de abril de 2011:2011-04-01'
    ])
    assert.deepEqual(summary(scan('في 15 تشرين الأول/أكتوبر 1996 ومن 24 إلى 27 تشرين الثاني/نوفمبر 2025 و28 تشرين الثاني/نوفمبر — 1 كانون الأول/ديسمبر 2023', 'ar')), [
      'date:15 تشرين الأول/أكتوبر 1996:1996-10-15',
      'date:24 إلى 27 تشرين الثاني/نوفمبر 2025:2025-11-24..2025-11-27',
      'date:28 تشرين الثاني/نوفمبر — 1 كانون الأول/ديسمبر 2023:2023-11-28..2023-12-01'
    ])
  })

  it('reads Arabic-Indic digits, diacritics and a stray space, with exact positions', () => {
    const text = 'وإذ تذكّر بقرارها ١٩/٧١ المؤرَّخ في ٢١ تشرين الثاني /نوفمبر ٢٠١٦'
    const nodes = scan(text, 'ar')
    assert.deepEqual(summary(nodes), ['un:١٩/٧١:71/19 @٢١ تشرين الثاني /نوفمبر ٢٠١٦', 'date:٢١ تشرين الثاني /نوفمبر ٢٠١٦:2016-11-21'])
    for (const node of nodes) assert.equal(text.slice(node.position.start.offset, node.position.end.offset), (node as Citation).value)
  })

  it('keeps impossible dates and mismatched pairs as date nodes without an ISO day', () => {
    assert.deepEqual(summary(scan('31 April 2025', 'en')), ['date:31 April 2025:?'])
    assert.deepEqual(summary(scan('3 تشرين الثاني/ديسمبر 2020', 'ar')), ['date:3 تشرين الثاني/ديسمبر 2020:?'])
  })

  it('uses linear regular expressions only (recheck)', function () {
    this.timeout(0) // bounded by the analysis's own limits (see recheck.ts), not by time
    const patterns: Array<[string, RegExp]> = [
      ...Object.entries(inlinePatterns.date).map(([language, pattern]): [string, RegExp] => [`date.${language}`, pattern]),
      ...Object.entries(inlinePatterns.resolutionWords).map(([language, pattern]): [string, RegExp] => [`resolutionWords.${language}`, pattern]),
      ['digits', inlinePatterns.digits],
      ['pair', inlinePatterns.pair],
      ['identifierPart', inlinePatterns.identifierPart],
      ['pairGlued', inlinePatterns.pairGlued]
    ]
    const unsafe = patterns.filter(([, pattern]) => redosCheck(pattern.source, pattern.flags.replace(/[gd]/g, '')).status !== 'safe')
    assert.deepEqual(unsafe.map(([name]) => name), [])
  })
})

describe('citations and dates: the rules in four languages', () => {
  const cases: Array<{name: string; language: Language; text: string; expected: string[]}> = [
    {
      name: 'citation-format, French: padding and case are certain fixes',
      language: 'fr',
      text: 'RAPPELANT la résolution AGN/68/RES/05 et la résolution AG-2011-RES-3,',
      expected: [
        'citation-format 1:25-1:38: A resolution is cited as “AGN/68/RES/5”, not “AGN/68/RES/05”',
        'citation-format 1:56-1:69: A resolution is cited as “AG-2011-RES-03”, not “AG-2011-RES-3”'
      ]
    },
    {
      name: 'citation-format, Spanish: either form in 2015',
      language: 'es',
      text: 'RECORDANDO las resoluciones AG-2015-RES-02 y GA-2015-84-RES-03,',
      expected: []
    },
    {
      name: 'citation-session-year, English: a session outside the table is not checked',
      language: 'en',
      text: 'RECALLING resolution GA-2030-98-RES-01 and resolution GA-2024-92-RES-07,',
      expected: []
    },
    {
      name: 'un-citation-date, Arabic, either order: the reading the date fits wins, and both name one resolution',
      language: 'ar',
      text: 'وإذ تذكر بقرارها 73/11 المؤرخ في 26 تشرين الثاني/نوفمبر 2018 وبقرارها 11/73 المؤرخ في 26 تشرين الثاني/نوفمبر 2018،',
      expected: [
        'citation-duplicate 1:71-1:76: “11/73” is cited a second time in this paragraph (first as “73/11”): cite each resolution once'
      ]
    },
    {
      name: 'un-citation-date, Arabic, both readings plausible and neither fits',
      language: 'ar',
      text: 'وإذ تذكر بقرارها 60/75 المؤرخ في 3 آذار/مارس 2010،',
      expected: [
        'un-citation-date 1:34-1:50: UN resolution \u206860/75\u2069 (of the 60th session, opened in September 2005) or \u206875/60\u2069 (of the 75th session, opened in September 2020) cannot be dated “3 آذار/مارس 2010”: that date falls in the 64th session'
      ]
    },
    {
      name: 'un-citation-date, Arabic, number first: the date of another session',
      language: 'ar',
      text: 'وإذ تذكر بقرارها 10/75 المؤرخ في 23 تشرين الثاني/نوفمبر 2019،',
      expected: [
        'un-citation-date 1:34-1:61: UN resolution \u206875/10\u2069 (of the 75th session, opened in September 2020) cannot be dated “23 تشرين الثاني/نوفمبر 2019”: that date falls in the 74th session'
      ]
    },
    {
      name: 'un-citation-date: a September date fits either session',
      language: 'en',
      text: 'RECALLING resolution 79/1 of 12 September 2024 and resolution 78/330 of 10 September 2024,',
      expected: []
    },
    {
      name: 'citation-duplicate, Spanish: the same INTERPOL resolution written two ways',
      language: 'es',
      text: 'RECORDANDO la resolución GA-2023-91-RES-12 y la resolución GA 2023 91 RES 12,',
      expected: [
        'citation-duplicate 1:60-1:77: “GA 2023 91 RES 12” is cited a second time in this paragraph (first as “GA-2023-91-RES-12”): cite each resolution once',
        'citation-format 1:60-1:77: A resolution is cited as “GA-2023-91-RES-12”, not “GA 2023 91 RES 12”'
      ]
    },
    {
      name: 'date-validity, Arabic: a reversed pair keeps its spelling',
      language: 'ar',
      text: 'وإذ تشير إلى الاجتماع المعقود في 4 يونيو/حزيران 2020،',
      expected: ['date-validity 1:36-1:48: The month pair “يونيو/حزيران” is in reverse order: write “حزيران/يونيو”']
    },
    {
      name: 'opening-facts, Spanish: the correct opening',
      language: 'es',
      text: 'La Asamblea General de la OIPC-INTERPOL, reunida en su 93ª reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,',
      expected: []
    },
    {
      name: 'opening-facts, French: another session’s city',
      language: 'fr',
      text: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Glasgow (Royaume-Uni) du 24 au 27 novembre 2025,",
      expected: [
        'opening-facts 1:69-1:76: The 93rd session met in “Marrakech”, not in “Glasgow”: “Glasgow” hosted the 92nd session'
      ]
    },
    {
      name: 'vote-members, English: a year between two figures (188 in 2009, 190 in 2011) takes the later one as its limit',
      language: 'en',
      text: 'AG-2010-RES-05\n\nAdopted: For: 150, Against: 30, Abstentions: 10',
      expected: []
    },
    {
      name: 'vote-members, Arabic: the year of the opening’s session, Arabic-Indic figures',
      language: 'ar',
      text:
        'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 80 في هانوي (فييت نام)،\n\n' +
        'اعتُمد: المؤيدون: ١٨٠، المعارضون: ٥، الممتنعون عن التصويت: ٦',
      expected: [
        'vote-members 3:19-3:61: One member country, one vote: 191 votes (180 for, 5 against and 6 abstentions) outnumber the 190 member countries INTERPOL had in 2011'
      ]
    },
    {
      name: 'citation-format: the document’s own identifier line is left to identifier-format',
      language: 'en',
      text: 'GA 2025 93 RES-7\n\nRECALLING resolution GA2022-90-RES01,',
      expected: ['citation-format 3:22-3:37: A resolution is cited as “GA-2022-90-RES-01”, not “GA2022-90-RES01”']
    }
  ]

  for (const {name, language, text, expected} of cases) {
    it(name, () => {
      assert.deepEqual(messages(text, language), expected.map(isolated))
    })
  }
})
