/**
 * The reference resolution (real, adopted, imperfect) and real-convention
 * resolutions in English, French and Spanish: what each must report, exactly.
 * A false alarm on a correct passage fails here as surely as a missed defect.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fix, lint} from './helpers.js'
import {bidi, bom, crlf, hardWrapped, markdown, onePerLine} from './variants.js'

const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const reference = read('reference/GA-2025-93-RES-03.ar.txt')

const brief = (text: string, path?: string) =>
  lint(text, {}, undefined, path).map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${message.ruleId} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  })

describe('the reference resolution GA-2025-93-RES-03 (Arabic)', () => {
  it('reports exactly its defects, and nothing on its correct passages', () => {
    assert.deepEqual(brief(reference, 'GA-2025-93-RES-03.ar.txt').sort(), [
      // دورتما for دورتها in the opening
      'opening-formula 9:76-9:82',
      // وإذ تؤكد twice in the preamble
      'preamble-repeated-opening 21:1-21:9',
      // 19/71 dated 2018 (71/19 is of 21 November 2016); 20/75 dated 2018; 20/75 cited twice; 7/76 dated 2024 with a stray space in the month pair
      'un-citation-date 25:197-25:224',
      'un-citation-date 25:243-25:270',
      'citation-duplicate 25:273-25:278',
      'un-citation-date 25:334-25:360',
      'date-validity 25:336-25:355',
      // GA- form for 2008 and 2012 resolutions; the 90th session in 2021; spaces for hyphens
      'citation-format 31:23-31:37',
      'citation-format 31:175-31:192',
      'citation-session-year 31:449-31:466',
      'citation-format 31:578-31:595',
      // `- ` pasted before 2.–5., and `؟` for `؛`
      'operative-numbering 39:1-39:3',
      'operative-terminator 39:123-39:124',
      'operative-numbering 40:1-40:3',
      'operative-numbering 41:1-41:3',
      'operative-numbering 42:1-42:3'
    ].sort())
  })

  it('reports the same problems however it is pasted: hard-wrapped, CRLF, BOM, bidi marks, Markdown, one paragraph per line', () => {
    const rules = (text: string) => lint(text, {language: 'ar'}).map((message) => message.ruleId).sort()
    const expected = rules(reference)
    const openers = ['في ضوء', 'وإذ \\S+', 'وإدراكا منها', 'الاعتراف', 'تشجيع', 'مواصلة', 'إقامة', 'ضمان']
    for (const text of [hardWrapped(reference), crlf(reference), bom(reference), bidi(reference), markdown(reference, /^قرار رقم 3$/m, openers), onePerLine(reference)]) {
      assert.deepEqual(rules(text), expected)
    }
  })

  it('is clean once fixed, but for what needs a drafter (dates, duplicates, session/year, the repeated opener)', () => {
    const {messages} = fix(reference)
    assert.deepEqual(messages.map((message) => message.ruleId).sort(), [
      'citation-duplicate',
      'citation-session-year',
      'preamble-repeated-opening',
      'un-citation-date',
      'un-citation-date',
      'un-citation-date'
    ])
  })
})

describe('resolutions in the real conventions of each language', () => {
  for (const name of ['GA-2025-93-RES-03.en.txt', 'GA-2025-93-RES-04.fr.txt', 'GA-2025-93-RES-05.es.txt']) {
    it(`${name} passes clean, also hard-wrapped with CRLF`, () => {
      const text = read(name)
      assert.deepEqual(brief(text, name), [])
      assert.deepEqual(brief(crlf(hardWrapped(text)), name), [])
    })
  }
})
