/**
 * A correct text pasted as drafters paste it (PDF accents decomposed, Word's no-break spaces and bullets, a whole
 * copy in a Markdown block quote, a page's header under its number) gets no message the clean text does not get
 * (the variants audit, /work/corpus/variants.mjs, found each). Texts written for these tests.
 */
import assert from 'node:assert/strict'
import {fix, isolated, report} from './helpers.js'

const interpolEn = [
  'Resolution No AGN/68/RES/9',
  '',
  'Subject: Stolen vehicles',
  '',
  'WHEREAS thefts of vehicles for resale abroad keep rising,',
  '',
  'The ICPO-Interpol General Assembly, meeting in Seoul from 8th to 12th November 1999 at its 68th session:',
  '',
  'APPROVES the exchange of vehicle records between National Central Bureaus;',
  '',
  'ASKS the General Secretariat to report on the exchange at the next session.',
  '',
  'Adopted.',
  ''
].join('\n')

const interpolFr = [
  'RÉSOLUTION No AGN/69/RES/4',
  '',
  'Objet : Coopération policière régionale',
  '',
  "CONSIDÉRANT l'importance des échanges d'informations entre les Bureaux centraux nationaux,",
  '',
  "L'Assemblée générale de l'OIPC-Interpol, réunie à Rhodes du 30 octobre au 4 novembre 2000 en sa 69ème session,",
  '',
  'APPROUVE le programme de coopération régionale ;',
  '',
  "DEMANDE au Secrétariat général d'en rendre compte à la prochaine session.",
  '',
  'Adoptée.',
  ''
].join('\n')

const un = [
  'Resolution adopted by the General Assembly on 1 December 2025',
  '',
  '80/99. Cooperation against vehicle crime',
  '',
  'The General Assembly,',
  '',
  'Noting the rise in thefts of vehicles for resale abroad,',
  '',
  '1. Calls upon Member States to exchange vehicle records;',
  '',
  '2. Decides to remain seized of the matter.',
  '',
  '48th plenary meeting',
  '1 December 2025',
  ''
].join('\n')

const all = (text: string) => report(text, {}, undefined, true)

describe('paste variants: a correct text pasted in another form gets no message its clean form does not', () => {
  it('the clean forms have none', () => {
    assert.deepEqual(all(interpolEn), [])
    assert.deepEqual(all(interpolFr), [])
    assert.deepEqual(all(un), [])
  })

  it('accents decomposed (NFD, a PDF or a Mac copy): the heading, the session ordinal and the openers read as composed', () => {
    assert.notEqual(interpolFr.normalize('NFD'), interpolFr)
    assert.deepEqual(all(interpolFr.normalize('NFD')), [])
    assert.equal(fix(interpolFr.normalize('NFD')).text, interpolFr.normalize('NFD'))
  })

  it("Word's no-break spaces (U+00A0, U+202F) in the plenary line and the dates: still a UN text, its closing the meeting's", () => {
    for (const space of ['\u00a0', '\u202f']) {
      const pasted = un.replace('48th plenary meeting', `48th plenary${space}meeting`).replace(/(\d) (?=[A-Z])/g, `$1${space}`)
      assert.deepEqual(all(pasted), [], JSON.stringify(space))
    }
  })

  it('a whole copy in a Markdown block quote: its empty `>` lines separate paragraphs, a footnote rule inside is still one', () => {
    const quote = (text: string) => text.split('\n').map((line) => (line === '' ? '>' : '> ' + line)).join('\n')
    assert.deepEqual(all(quote(interpolEn)), [])
    assert.deepEqual(all(quote(un)), [])
    const noted = quote(interpolEn.replace('keep rising,', 'keep rising,¹') + '____________\n¹ Figures of the General Secretariat.')
    assert.deepEqual(all(noted), [
      isolated('5:60-5:61: A resolution holds only its own text: remove the footnote marker pasted on line 5 (pasted-layout)'),
      isolated('14:1-14:15: A resolution holds only its own text: remove the footnote text pasted on 2 lines (14 and 15) (pasted-layout)')
    ])
  })

  it("Word's bullet `o` before a paragraph, in English and before Arabic text; `o` the word is no bullet", () => {
    const bulleted = interpolEn.replace(/^(WHEREAS|APPROVES|ASKS)/gm, 'o $1').replace('o ASKS', 'o\tASKS')
    assert.deepEqual(all(bulleted), [])
    // Before an opener the lexicon lacks, in capitals.
    assert.deepEqual(all(bulleted.replace('o APPROVES', 'o ENJOINS')), all(interpolEn.replace('APPROVES', 'ENJOINS')))
    assert.deepEqual(all(interpolEn.replace('APPROVES', 'ENJOINS')), [])
    const ar = 'قرار رقم 4\n\nGA-2025-93-RES-04\n\nالموضوع: سرقة المركبات\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nوإذ تلاحظ ازدياد سرقات المركبات لبيعها في الخارج،\n\nتطلب إلى الأمانة العامة تقديم تقرير إلى الدورة المقبلة.\n\nاعتُمد: المؤيدون: 120، المعارضون: 1، الممتنعون عن التصويت: 3\n'
    assert.deepEqual(all(ar), [])
    assert.deepEqual(all(ar.replace('وإذ', 'o وإذ').replace('تطلب', 'o تطلب')), [])
    // Spanish `o` opening a paragraph's wrapped line is text of the paragraph.
    const es = un.replace('1. Calls upon Member States to exchange vehicle records;', '1. Calls upon Member States\no Decides the vehicle records;')
    assert.deepEqual(all(es), [])
  })

  it('a bullet before a paragraph number is paste damage: information, removed by --fix', () => {
    const bulleted = un.replace('1. Calls', '• 1. Calls').replace('2. Decides', '- 2. Decides')
    assert.deepEqual(all(bulleted), [
      isolated('9:1-9:3: A paragraph number takes no list mark: remove “•” before “1.” (operative-numbering)'),
      isolated('11:1-11:3: A paragraph number takes no list mark: remove “-” before “2.” (operative-numbering)')
    ])
    assert.equal(fix(bulleted).text, un)
  })

  it("the identifier alone under a page's number is the next page's header, where page one gave none", () => {
    const paged = un.replace('\n1. Calls', '\n1/2\nA/RES/80/99\n1. Calls')
    assert.deepEqual(all(paged), [
      isolated('9:1-9:4: A resolution holds only its own text: remove the page number pasted on line 9 (pasted-layout)'),
      isolated('10:1-10:12: A resolution holds only its own text: remove the header repeated at the top of a page on line 10 (pasted-layout)')
    ])
    assert.equal(fix(paged).text, un)
  })
})
