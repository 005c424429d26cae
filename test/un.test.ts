/**
 * The `un-ga` profile: UN General Assembly resolutions in the official layout,
 * written for these tests (fixtures/un/, one per language), clean and with
 * one defect at a time; detection; the features on the profile.
 */
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {validateConfig} from '../server/src/config.js'
import {parse} from '../server/src/core/parse.js'
import resolutionParse from '../server/src/core/plugin.js'
import {appliedRule, rule} from '../server/src/core/rule.js'
import {profileFor, profiles} from '../server/src/profiles/index.js'
import {rules} from '../server/src/rules/index.js'
import type {Language, Root} from '../server/src/core/tree.js'
import {complete} from '../server/src/features/completion.js'
import {format} from '../server/src/features/format.js'
import {hover} from '../server/src/features/hover.js'
import {documentSymbols} from '../server/src/features/symbols.js'
import {documentFor, formatMessage, isolated, lint, cliEnv} from './helpers.js'
import {locales, localize, translate, type Locale} from '../server/src/l10n/index.js'

const folder = new URL('fixtures/un/', import.meta.url)
const read = (language: Language) => readFileSync(new URL(`A-RES-80-120.${language}.txt`, folder), 'utf8')
const languages: Language[] = ['ar', 'en', 'fr', 'es']

/** Messages of the fixture with `from` replaced by `to`, as `line:col-line:col: reason (rule)`. */
function defect(language: Language, from: string, to: string): string[] {
  const text = read(language)
  assert.ok(text.includes(from), `${language} fixture has ${from}`)
  return lint(text.replace(from, to))
    .map((message) => `${formatMessage(message)} (${message.ruleId})`)
    .sort()
}

describe('un-ga: UN General Assembly resolutions', () => {
  for (const language of languages) {
    it(`the clean ${language} resolution is detected as un-ga and has no message at all`, () => {
      const text = read(language)
      assert.equal(profileFor(undefined, text).id, 'un-ga')
      assert.deepEqual(lint(text).map((message) => `${formatMessage(message)} (${message.ruleId})`), [])
    })

    it(`the ${language} resolution has its parts in order`, () => {
      const text = read(language)
      const tree = parse(text, {language, profile: profileFor(undefined, text)})
      assert.deepEqual(
        tree.children.map((block) => block.type),
        ['identifier', 'heading', 'subject', 'opening', 'preamble', 'operative', 'closing']
      )
      // The masthead (organ, distribution, session, agenda item, committee line) and the footnotes are the layout's own.
      assert.deepEqual([...new Set((tree.data.pastedLayout ?? []).map((piece) => piece.kind))].sort(), ['footnote', 'footnoteMarker', 'masthead'])
    })
  }

  it('no other fixture is taken for a UN resolution', () => {
    const others = ['fixtures/clean/', 'fixtures/reference/'].flatMap((sub) =>
      readdirSync(new URL(sub, import.meta.url), {recursive: true})
        .map(String)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => new URL(sub + name, import.meta.url))
    )
    assert.ok(others.length >= 8)
    for (const url of others) assert.equal(profileFor(undefined, readFileSync(url, 'utf8')).id, 'interpol-ga', url.pathname)
  })

  it('.resolintrc.json takes "profile": "un-ga"', () => {
    assert.deepEqual(validateConfig({profile: 'un-ga'}), {config: {profile: 'un-ga'}, errors: []})
  })

  it('is detected by a short line of its own, wherever it stands, and not by the words inside a long one', () => {
    const long = 'x'.repeat(200)
    assert.equal(profileFor('auto', `${long}\n  A/RES/77/1  \n${long}`).id, 'un-ga')
    assert.equal(profileFor('auto', `${long}\r\n*A/RES/77/1*\r\n`).id, 'un-ga')
    // Spaces and markup around a symbol are trimmed before the line's length is judged.
    assert.equal(profileFor('auto', ' '.repeat(130) + 'A/RES/77/1').id, 'un-ga')
    assert.equal(profileFor('auto', `${long} A/RES/77/1`).id, 'interpol-ga')
    assert.equal(profileFor('auto', `A/RES/77/1 ${long}`).id, 'interpol-ga')
  })

  it('a configured profile wins over detection', () => {
    assert.equal(profileFor('interpol-ga', read('en')).id, 'interpol-ga')
    assert.equal(profileFor('un-ga', 'The ICPO-INTERPOL General Assembly, meeting in Lyon,').id, 'un-ga')
    assert.equal(profileFor('auto', read('ar')).id, 'un-ga')
  })

  it('the adoption date outside the symbol\'s session, and the plenary date that differs from it', () => {
    assert.deepEqual(defect('en', 'on 10 December 2025\n', 'on 10 December 2024\n'), [
      '40:1-40:17: The plenary meeting is dated 10 December 2024, the adoption date of the heading, not “10 December 2025” (un-plenary-date)',
      '9:47-9:63: \u2068A/RES/80/120\u2069 is of the 80th session, opened in September 2025: its adoption date “10 December 2024” falls in the 79th session (un-symbol-session)'
    ].map(isolated))
    assert.deepEqual(defect('fr', 'le 10 décembre 2025', 'le 10 décembre 2026'), [
      '40:1-40:17: The plenary meeting is dated 10 December 2026, the adoption date of the heading, not “10 décembre 2025” (un-plenary-date)',
      '4:50-4:66: The distribution date “12 décembre 2025” is before the adoption on 10 December 2026: a resolution is issued on the day it is adopted or later (un-distribution-date)',
      '9:48-9:64: \u2068A/RES/80/120\u2069 is of the 80th session, opened in September 2025: its adoption date “10 décembre 2026” falls in the 81st session (un-symbol-session)'
    ].map(isolated))
  })

  it('the masthead\'s session line and distribution date', () => {
    assert.deepEqual(defect('es', 'Octogésimo período de sesiones', 'Octogésimo primer período de sesiones'), [
      '6:1-6:38: The session line “Octogésimo primer período de sesiones” names the 81st session; the symbol \u2068A/RES/80/…\u2069 is of the 80th session (un-session-line)'
    ].map(isolated))
    assert.deepEqual(defect('fr', 'Quatre-vingtième session', 'Soixante-dix-neuvième session'), [
      '6:1-6:30: The session line “Soixante-dix-neuvième session” names the 79th session; the symbol \u2068A/RES/80/…\u2069 is of the 80th session (un-session-line)'
    ].map(isolated))
    // The day of adoption itself is a distribution date; the day before is not.
    assert.deepEqual(defect('en', '12 December 2025\n\nEightieth', '10 December 2025\n\nEightieth'), [])
    assert.deepEqual(defect('ar', '12 كانون الأول/ديسمبر 2025', '9 كانون الأول/ديسمبر 2025'), [
      '4:50-4:75: The distribution date “9 كانون الأول/ديسمبر 2025” is before the adoption on 10 December 2025: a resolution is issued on the day it is adopted or later (un-distribution-date)'
    ].map(isolated))
    // The date a blank line under the distribution line (un.org's HTML copies) is the masthead's, and still read.
    const apart = (date: string) => defect('en', 'Distr.: General\n                                                 12 December 2025', `Distr.: General\n\n${date}`)
    assert.deepEqual(apart('12 December 2025'), [])
    assert.deepEqual(apart('9 December 2025'), [
      '5:1-5:16: The distribution date “9 December 2025” is before the adoption on 10 December 2025: a resolution is issued on the day it is adopted or later (un-distribution-date)'
    ].map(isolated))
  })

  it('the plenary date alone', () => {
    assert.deepEqual(defect('en', 'meeting\n10 December 2025', 'meeting\n11 December 2025'), [
      '40:1-40:17: The plenary meeting is dated 10 December 2025, the adoption date of the heading, not “11 December 2025” (un-plenary-date)'
    ].map(isolated))
    assert.deepEqual(defect('ar', 'كانون الأول/ديسمبر 2025\n\n___', 'كانون الأول/ديسمبر 2024\n\n___'), [
      '36:1-36:27: The plenary meeting is dated 10 December 2025, the adoption date of the heading, not “10 كانون الأول/ديسمبر 2024” (un-plenary-date)'
    ].map(isolated))
  })

  it('the title line\'s number that is not the symbol\'s', () => {
    assert.deepEqual(defect('en', '80/120. Safety', '80/121. Safety'), [
      '13:1-13:7: The title is numbered “80/120”, as the symbol \u2068A/RES/80/120\u2069, not “80/121” (un-title-number)'
    ].map(isolated))
    assert.deepEqual(defect('es', '80/120. Seguridad', '80/12. Seguridad'), [
      '13:1-13:6: The title is numbered “80/120”, as the symbol \u2068A/RES/80/120\u2069, not “80/12” (un-title-number)'
    ].map(isolated))
  })

  it('says its messages in the interface language (issue 16): Spanish session words masculine, dates and ordinals in the locale', () => {
    const said = (language: Language, from: string, to: string) => {
      const messages = lint(read(language).replace(from, to)).sort((a, b) => a.line! - b.line!)
      return locales.map((locale) => messages.map((message) => localize(message, locale)))
    }
    assert.deepEqual(said('en', 'on 10 December 2025\n', 'on 10 December 2024\n'), [
      [
        '\u2068A/RES/80/120\u2069 من الدورة الـ 80 التي افتُتحت في أيلول/سبتمبر 2025، وتاريخ اعتماده «\u206810 December 2024\u2069» يقع في الدورة الـ 79',
        'تاريخ الجلسة العامة هو تاريخ الاعتماد المذكور في العنوان، 10 كانون الأول/ديسمبر 2024، لا «\u206810 December 2025\u2069»'
      ],
      [
        '\u2068A/RES/80/120\u2069 is of the 80th session, opened in September 2025: its adoption date “\u206810 December 2024\u2069” falls in the 79th session',
        'The plenary meeting is dated 10 December 2024, the adoption date of the heading, not “\u206810 December 2025\u2069”'
      ],
      [
        "\u2068A/RES/80/120\u2069 est de la 80e session, ouverte en septembre 2025\u00a0: sa date d'adoption, «\u00a0\u206810 December 2024\u2069\u00a0», tombe pendant la 79e session",
        "La séance plénière est datée du 10 décembre 2024, date de l'adoption dans l'en-tête, et non «\u00a0\u206810 December 2025\u2069\u00a0»"
      ],
      [
        '\u2068A/RES/80/120\u2069 es del 80.º período de sesiones, abierto en septiembre de 2025: su fecha de aprobación, «\u206810 December 2024\u2069», cae en el 79.º período de sesiones',
        'La sesión plenaria lleva la fecha de la aprobación que da el encabezado, el 10 de diciembre de 2024, no «\u206810 December 2025\u2069»'
      ]
    ])
    assert.deepEqual(said('es', 'Octogésimo período de sesiones', 'Octogésimo primer período de sesiones'), [
      ['يذكر سطر الدورة «\u2068Octogésimo primer período de sesiones\u2069» الدورة الـ 81، ورمز الوثيقة \u2068A/RES/80/…\u2069 من الدورة الـ 80'],
      ['The session line “\u2068Octogésimo primer período de sesiones\u2069” names the 81st session; the symbol \u2068A/RES/80/…\u2069 is of the 80th session'],
      ['La ligne de session «\u00a0\u2068Octogésimo primer período de sesiones\u2069\u00a0» nomme la 81e session\u00a0; la cote \u2068A/RES/80/…\u2069 est celle de la 80e session'],
      ['La línea «\u2068Octogésimo primer período de sesiones\u2069» nombra el 81.º período de sesiones; la signatura \u2068A/RES/80/…\u2069 es del 80.º período de sesiones']
    ])
    assert.deepEqual(said('ar', '12 كانون الأول/ديسمبر 2025', '9 كانون الأول/ديسمبر 2025'), [
      ['تاريخ التوزيع «\u20689 كانون الأول/ديسمبر 2025\u2069» سابق لتاريخ الاعتماد في 10 كانون الأول/ديسمبر 2025: يوزَّع القرار يوم اعتماده أو بعده'],
      ['The distribution date “\u20689 كانون الأول/ديسمبر 2025\u2069” is before the adoption on 10 December 2025: a resolution is issued on the day it is adopted or later'],
      ["La date de distribution «\u00a0\u20689 كانون الأول/ديسمبر 2025\u2069\u00a0» précède l'adoption, le 10 décembre 2025\u00a0: une résolution est distribuée le jour de son adoption ou plus tard"],
      ['La fecha de distribución «\u20689 كانون الأول/ديسمبر 2025\u2069» es anterior a la aprobación, el 10 de diciembre de 2025: una resolución se distribuye el día de su aprobación o después']
    ])
    assert.deepEqual(said('en', '80/120. Safety', '80/121. Safety'), [
      ['رقم العنوان «\u206880/120\u2069»، كما في رمز الوثيقة \u2068A/RES/80/120\u2069، لا «\u206880/121\u2069»'],
      ['The title is numbered “\u206880/120\u2069”, as the symbol \u2068A/RES/80/120\u2069, not “\u206880/121\u2069”'],
      ['Le titre porte le numéro «\u00a0\u206880/120\u2069\u00a0», comme la cote \u2068A/RES/80/120\u2069, et non «\u00a0\u206880/121\u2069\u00a0»'],
      ['El título lleva el número «\u206880/120\u2069», como la signatura \u2068A/RES/80/120\u2069, no «\u206880/121\u2069»']
    ])
  })

  it('shared rules on the profile\'s data: terminators, numbering, openers', () => {
    assert.deepEqual(defect('en', 'lifelong learning,1', 'lifelong learning1'), [
      '19:63-19:63: A preamble paragraph ends with “,”, missing here (preamble-terminator)'
    ].map(isolated))
    assert.deepEqual(defect('en', '3. Also encourages', '4. Also encourages'), ['35:1-35:3: This paragraph is numbered “3.”, not “4.” (operative-numbering)'].map(isolated))
    assert.deepEqual(defect('en', '1. Welcomes', '1. Welcoming'), [
      '23:4-23:13: An operative paragraph opens with a verb in the present tense, not with the participle “Welcoming” (operative-opening)'
    ].map(isolated))
    assert.deepEqual(
      defect('fr', 'la formation du personnel des bibliothèques ;', 'la formation du personnel des bibliothèques.'),
      ['35:95-35:96: An operative paragraph ends with “;”, not “.” (operative-terminator)'].map(isolated)
    )
    assert.deepEqual(defect('ar', '3 - تشجع أيضا', '5 - تشجع أيضا'), ['31:1-31:4: This paragraph is numbered “3 -”, not “5 -” (operative-numbering)'].map(isolated))
    assert.deepEqual(defect('ar', 'مدى الحياة،1', 'مدى الحياة؛1'), ['19:51-19:52: A preamble paragraph ends with “،”, not “؛” (preamble-terminator)'].map(isolated))
  })

  it('after the closing, an annex heading run into its title (`Annex Declaration of …`, PDF copies) starts the annex', () => {
    const annexed = (heading: string) => read('en').replace('\n_______________', `\n${heading}\n\n1. We, the States Members of the United Nations, welcome the work of libraries.\n\n2. We commit to keeping them safe.\n\n_______________`)
    assert.deepEqual(lint(annexed('Annex Declaration on Safe Libraries')).map(formatMessage), [])
    assert.deepEqual(lint(annexed('Annex 2025 Declaration on Safe Libraries')).map(formatMessage), [])
    // The annex's title under its heading, though it repeat the resolution's, is no header repeated at a page's top (80/5).
    assert.deepEqual(lint(annexed('Annex\n\nSafety of public libraries')).map(formatMessage), [])
    const tree = parse(annexed('Annex Declaration on Safe Libraries'), {language: 'en', profile: profileFor(undefined, read('en'))})
    assert.deepEqual(tree.children.filter((block) => block.type === 'annex').map((block) => block.children.length), [3])
  })

  it('a paragraph broken at a page end by a blank line is one paragraph', () => {
    // Mid-sentence in lower case, and after a short word (`… plans for the⏎⏎Safety …`).
    assert.deepEqual(defect('en', 'national plans for the safety', 'national plans for the\n\nsafety'), [])
    assert.deepEqual(defect('en', 'training of library staff', 'training of\n\nLibrary staff'), [])
    assert.deepEqual(defect('fr', 'dans l\'apprentissage tout', 'dans\n\nl\'apprentissage tout'), [])
    // A paragraph that ends with a content word and no terminator is still reported, and the next one kept apart.
    assert.deepEqual(defect('en', 'accessible library buildings,', 'accessible library buildings'), [
      '21:68-21:68: A preamble paragraph ends with “,”, missing here (preamble-terminator)'
    ].map(isolated))
  })

  it('an operative paragraph may open with a phrase before its verb', () => {
    assert.deepEqual(defect('en', '3. Also encourages Member States', '3. Pending the completion of the report, encourages Member States'), [])
    assert.deepEqual(defect('en', '3. Also encourages Member States', '3. In this regard, also encourages Member States'), [])
    assert.deepEqual(defect('fr', '3. Encourage également', '3. En attendant le rapport, encourage également'), [])
    // No verb after the phrase: still a participle where a verb is expected.
    assert.deepEqual(defect('en', '3. Also encourages Member States', '3. Pending the completion of the report, Member States'), [
      '35:4-35:11: An operative paragraph opens with a verb in the present tense, not with the participle “Pending” (operative-opening)'
    ].map(isolated))
  })

  it('Markdown footnotes: markers `[^1]` and `[^1]: …` blocks are the layout\'s own', () => {
    const text = read('en')
      .replace('lifelong learning,1', 'lifelong learning,[^1]')
      .replace('Secretary-General;2', 'Secretary-General;[^2]')
      .replace('_______________\n1 See A/80/210.\n2 A/80/300.', '---\n\n[^1]: See A/80/210.\n\n[^2]: A/80/300,\n    and A/80/301.')
    assert.deepEqual(lint(text).map((message) => `${formatMessage(message)} (${message.ruleId})`), [])
    const tree = parse(text, {language: 'en', profile: profileFor(undefined, text)})
    assert.deepEqual((tree.data.pastedLayout ?? []).filter((piece) => piece.kind === 'footnoteMarker').map((piece) => text.slice(piece.position.start.offset, piece.position.end.offset)), ['[^1]', '[^2]'])
  })

  it('footnotes after the meeting line without their rule, their markers a space after the paragraph\'s mark (`… learning, 1`), are footnotes', () => {
    const text = read('en').replace('lifelong learning,1', 'lifelong learning, 1').replace('_______________\n', '')
    assert.deepEqual(lint(text).map(formatMessage), [])
    const tree = parse(text, {language: 'en', profile: profileFor(undefined, text)})
    assert.deepEqual((tree.data.pastedLayout ?? []).filter((piece) => piece.kind === 'footnote' || piece.kind === 'footnoteMarker').map((piece) => `${piece.kind} ${piece.position.start.line}`), ['footnoteMarker 19', 'footnoteMarker 23', 'footnote 42', 'footnote 43'])
  })

  it('a marker one space after the paragraph\'s end is the next footnote\'s, a list of numbers is not', () => {
    assert.deepEqual(defect('en', 'lifelong learning,1', 'lifelong learning in 2024, 1'), [])
    assert.deepEqual(defect('en', 'lifelong learning,1', 'lifelong learning, 3'), [
      '19:65-19:65: A preamble paragraph ends with “,”, missing here (preamble-terminator)'
    ].map(isolated))
  })

  it('PDF and web copies: the heading\'s date on the next line or absent, a number alone on its line, a spaced title number, the job number at a page foot', () => {
    assert.deepEqual(defect('en', 'General Assembly on 10 December 2025', 'General Assembly\n\non 10 December 2025'), [])
    assert.deepEqual(defect('fr', "l'Assemblée générale le 10 décembre 2025", "l’Assemblée générale\nle 10 décembre 2025"), [])
    assert.deepEqual(defect('es', 'Asamblea General el 10 de diciembre de 2025', 'Asamblea General'), [])
    // Wrapped within the heading's last words, or the committee line within its first words.
    assert.deepEqual(defect('es', 'Asamblea General el 10', 'Asamblea\nGeneral el 10'), [])
    assert.deepEqual(defect('en', 'General Assembly on 10', 'General\nAssembly on 10'), [])
    assert.deepEqual(defect('es', '[sobre la base del informe de la Tercera Comisión', '[sobre la base\ndel informe de la Tercera Comisión'), [])
    assert.deepEqual(defect('es', '[sobre la base del informe de la Tercera Comisión', '[sobre la\nbase del informe de la Tercera Comisión'), ['11:1-12:62: This text belongs to no part of a resolution (section-order)'].map(isolated))
    // The committee line in a wording of its own, told by the document its brackets name.
    assert.deepEqual(defect('ar', '[بناء على تقرير اللجنة الثالثة (A/80/480، الفقرة 12)]', '[دون إحالة إلى لجنة رئيسية (A/80/L.21)]'), [])
    assert.deepEqual(defect('en', '[on the report of the Third Committee (A/80/480, para. 12)]', '[on the recommendation of the Third Committee (A/80/480, para. 12)]'), [])
    assert.deepEqual(defect('en', '3. Also encourages', '3.\nAlso encourages'), [])
    assert.deepEqual(defect('es', '80/120. Seguridad', '80/120.\nSeguridad'), [])
    assert.deepEqual(defect('ar', '80/120 - سلامة', '80 / 120 سلامة'), [])
    const footed = read('fr').replace('3. Encourage également', '25-16680 (F) 121225 *2516680*\n\n3. Encourage également')
    assert.deepEqual(lint(footed).map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      "35:1-35:30: A resolution holds only its own text: remove the job number pasted on line 35 (pasted-layout)"
    ].map(isolated))
    // The wrapped date is the heading's: the checks of the adoption date still read it.
    assert.deepEqual(defect('en', 'General Assembly on 10 December 2025', 'General Assembly\non 10 December 2024'), [
      '10:4-10:20: \u2068A/RES/80/120\u2069 is of the 80th session, opened in September 2025: its adoption date “10 December 2024” falls in the 79th session (un-symbol-session)',
      '41:1-41:17: The plenary meeting is dated 10 December 2024, the adoption date of the heading, not “10 December 2025” (un-plenary-date)'
    ].map(isolated))
  })

  it('Arabic numbers the third level `’1‘`, nested under `(ب)`, numbered from 1, fixed in its own quotes', () => {
    const from = '(ب) تبادل الممارسات الجيدة في مجال الوقاية من الحرائق وتيسير وصول الأشخاص ذوي الإعاقة؛'
    const to = '(ب) تبادل الممارسات الجيدة، ولا سيما في ما يلي:\n\n’1‘ الوقاية من الحرائق؛\n\n’2‘ تيسير وصول الأشخاص ذوي الإعاقة؛'
    assert.deepEqual(defect('ar', from, to), [])
    const text = read('ar').replace(from, to)
    const tree = parse(text, {language: 'ar', profile: profileFor(undefined, text)})
    const operative = tree.children.find((block) => block.type === 'operative')!
    const second = operative.children[1]! as {children: Array<{type: string; children?: Array<{type: string}>}>}
    const items = second.children.filter((child) => child.type === 'subparagraph')
    assert.deepEqual(items.map((item) => item.children!.filter((child) => child.type === 'subparagraph').length), [0, 2])
    assert.deepEqual(defect('ar', from, to.replace('’2‘', '’3‘')), ['33:1-33:4: This subparagraph is marked “’2‘”, not “’3‘” (operative-numbering)'].map(isolated))
  })

  it('under `auto`, a text that says nothing of its family (a blank file, a first paragraph) takes its file name\'s: A-RES-… is un-ga', () => {
    assert.equal(profileFor('auto', '', '/drafts/A-RES-80-5.en.txt').id, 'un-ga')
    assert.equal(profileFor(undefined, 'Recalling its resolution 79/1,\n', 'A_RES_80_5.md').id, 'un-ga')
    assert.equal(profileFor('auto', '', '/drafts/GA-2026-94-RES-02.fr.txt').id, 'interpol-ga')
    assert.equal(profileFor('auto', '').id, 'interpol-ga')
    // The text wins over the name, and a configured profile over both.
    assert.equal(profileFor('auto', read('en'), 'GA-2026-94-RES-02.en.txt').id, 'un-ga')
    assert.equal(profileFor('interpol-ga', '', 'A-RES-80-5.en.txt').id, 'interpol-ga')
    // Checked as a file: the UN opening is what is missing, not INTERPOL's.
    assert.deepEqual(lint('Recalling its resolution 79/1,\n', {stage: 'final'}, undefined, 'A-RES-80-5.en.txt').map((message) => message.reason), [
      'A resolution has an opening, “The General Assembly …”, missing here',
      'A resolution has numbered operative paragraphs, missing here'
    ].map(isolated))
  })

  it('a file named by a symbol of the 1st to 30th sessions (`A-RES-12-I`, `A-RES-2758-XXVI`, `A_RES_3379_A_XXX`, `A-RES-181(II)`) is un-ga when its text says nothing', () => {
    // The 1946 form: no `La Asamblea General,` on its own line, no numbered meeting line; neither family's cue.
    const text = 'La Asamblea General decide:\n\n(a) crear un comité de faros;\n\n(b) pedir al Secretario General que informe sobre su labor.\n\nTrigésima sesión plenaria,\n3 de marzo de 1946.\n'
    for (const name of ['A-RES-12-I.es.txt', 'A-RES-2758-XXVI.es.txt', 'A_RES_3379_A_XXX.md', 'A-RES-181(II).es.txt', 'A-RES-95-iv.es.txt']) {
      assert.equal(profileFor('auto', text, name).id, 'un-ga', name)
    }
    // Not a session of that era (the 31st numbered its resolutions `31/1`), nor a Roman figure at all.
    for (const name of ['A-RES-3-XXXI.es.txt', 'A-RES-2-IIII.es.txt', 'A-RES-12-draft.es.txt', 'draft.resolution']) {
      assert.equal(profileFor('auto', text, name).id, 'interpol-ga', name)
    }
  })

  it('a meeting line with its ordinal in words, as the first sessions wrote it (`Trigésima sesión plenaria,`, `Trente et unième séance plénière`, `Twenty-first plenary meeting`), is the closing; a paragraph naming a meeting is not', () => {
    const es = (meeting: string, first = 'Decide crear un comité de faros;') => `La Asamblea General,\n\nRecordando su labor sobre los faros,\n\n1. ${first}\n\n2. Pide al Secretario General que informe sobre su labor.\n\n${meeting}\n3 de marzo de 1946.\n`
    for (const meeting of ['Trigésima sesión plenaria,', 'Vigésima primera sesión plenaria,', '30a. sesión plenaria,']) {
      assert.deepEqual(lint(es(meeting), {}, undefined, 'A-RES-13-I.es.txt').map(formatMessage), [], meeting)
    }
    assert.deepEqual(lint(es('30a. sesión plenaria,', 'Decide convocar una tercera sesión plenaria;'), {}, undefined, 'A-RES-13-I.es.txt').map(formatMessage), [])
    const fr = "L'Assemblée générale,\n\nRappelant ses travaux sur les phares,\n\n1. Décide de créer un comité des phares ;\n\n2. Prie le Secrétaire général de lui rendre compte de ses travaux.\n\nTrente et unième séance plénière,\n3 mars 1946.\n"
    assert.deepEqual(lint(fr, {}, undefined, 'A-RES-13-I.fr.txt').map(formatMessage), [])
    const en = 'The General Assembly,\n\nRecalling its work on lighthouses,\n\n1. Decides to set up a committee on lighthouses;\n\n2. Requests the Secretary-General to report on its work.\n\nTwenty-first plenary meeting,\n3 March 1946.\n'
    assert.deepEqual(lint(en, {}, undefined, 'A-RES-13-I.en.txt').map(formatMessage), [])
    assert.deepEqual(lint(en.replace('Twenty-first plenary meeting,', 'Notes the fourth plenary meeting,'), {}, undefined, 'A-RES-13-I.en.txt').map(formatMessage).length > 0, true)
  })

  describe('completion of the masthead', () => {
    const masthead = (fileName: string, text = '') => {
      const profile = profileFor('auto', text, fileName)
      // The language as the file name gives it once there is text (blank: detected, so the four are offered).
      const language = text ? (fileName.split('.').at(-2) as Language) : undefined
      return complete(documentFor(parse(text, {profile, language}), text), {line: 0, character: 0}, {fileName, today: new Date('2025-11-18T12:00:00Z')})
    }
    const shown = (item: {documentation?: unknown}) => (item.documentation as {value: string}).value.replace(/^```\n|```$/g, '')

    it('on a blank A-RES-80-5.en.txt: the symbol, distribution and date, session, agenda item, adoption line, committee line, title and opening, in the four languages', () => {
      const items = masthead('A-RES-80-5.en.txt')
      assert.deepEqual(items.map((item) => item.label), ['Arabic', 'English', 'French', 'Spanish'].map((name) => `Masthead A/RES/80/5 (${name})`))
      assert.equal(shown(items[1]!), [
        'United Nations                                                  A/RES/80/5',
        '',
        'General Assembly                                 Distr.: General',
        '                                                 18 November 2025',
        '',
        'Eightieth session',
        'Agenda item …',
        '',
        'Resolution adopted by the General Assembly on 18 November 2025',
        '',
        '[without reference to a Main Committee (A/80/L.…)]',
        '',
        '80/5. Title',
        '',
        'The General Assembly,',
        ''
      ].join('\n'))
      // The fields to fill in are snippet fields: the dates, the agenda item, the draft's symbol, the title.
      assert.match(items[1]!.textEdit!.newText, /^United Nations {50}A\/RES\/80\/5\n\nGeneral Assembly {33}Distr\.: General\n {49}\$\{1:18 November 2025\}\n\nEightieth session\nAgenda item \$\{2:…\}/)
      assert.match(shown(items[0]!), /^الأمم المتحدة +A\/RES\/80\/5\n\nالجمعية العامة +التوزيع: عام\n +18 تشرين الثاني\/نوفمبر 2025\n\nالدورة الثمانون\nالبند … من جدول الأعمال\n\nقرار اتخذته الجمعية العامة في 18 تشرين الثاني\/نوفمبر 2025\n\n\[دون الإحالة إلى لجنة رئيسية \(A\/80\/L\.…\)\]\n\n80\/5 - العنوان\n\nإن الجمعية العامة،\n$/)
      // Written in the language of the text once it has one, and only at the top of a document without a masthead.
      assert.deepEqual(masthead('A-RES-81-3.fr.txt', '\nL’Assemblée générale,\n').map((item) => item.label), ['Masthead A/RES/81/3 (French)'])
      assert.deepEqual(masthead('A-RES-80-120.en.txt', read('en')), [])
    })

    it('the session line is spelled as the UN writes it, and read back by un-session-line for every session from 20 to 99', () => {
      const line = (fileName: string, language: string) => shown(masthead(fileName).find((item) => item.label.endsWith(`(${language})`))!).split('\n')[5]
      assert.equal(line('A-RES-79-1.en.txt', 'English'), 'Seventy-ninth session')
      assert.equal(line('A-RES-81-1.fr.txt', 'French'), 'Quatre-vingt-unième session')
      assert.equal(line('A-RES-71-1.fr.txt', 'French'), 'Soixante et onzième session')
      assert.equal(line('A-RES-76-1.fr.txt', 'French'), 'Soixante-seizième session')
      assert.equal(line('A-RES-83-1.es.txt', 'Spanish'), 'Octogésimo tercer período de sesiones')
      assert.equal(line('A-RES-61-1.es.txt', 'Spanish'), 'Sexagésimo primer período de sesiones')
      assert.equal(line('A-RES-81-1.ar.txt', 'Arabic'), 'الدورة الحادية والثمانون')
      for (const language of languages) {
        for (let session = 20; session <= 99; session++) {
          const item = masthead(`A-RES-${session}-1.${language}.txt`).find((entry) => entry.label.includes(`(${({ar: 'Arabic', en: 'English', fr: 'French', es: 'Spanish'} as const)[language]})`))!
          const text = shown(item) + '\n1. x.\n'
          assert.deepEqual(lint(text, {language}, 'un-session-line'), [], `${language} ${session}`)
        }
      }
    })
  })

  it('the rules left out of un-ga are INTERPOL\'s own, and a new rule is placed on purpose', () => {
    const listed = new Set(profiles['un-ga']!.rules)
    assert.deepEqual(Object.keys(rules).filter((id) => !listed.has(id)), [
      'citation-session-year',
      'heading-format',
      'identifier-consistency',
      'identifier-format',
      'opening-facts',
      'subject-line',
      'vote-line',
      'vote-members'
    ])
  })

  it('older texts: a four-digit plenary meeting with the period and comma of the time (`1976a. sesión plenaria,`), the opening in capitals of a retyping (`THE GENERAL ASSEMBLY,`)', () => {
    const spanish = ['2758 (XXVI). Restitución de los legítimos derechos de la República Popular China en las Naciones Unidas', '', 'La Asamblea General,', '', 'Recordando los principios de la Carta de las Naciones Unidas,', '', 'Decide restituir a la República Popular China todos sus derechos.', '', '1976a. sesión plenaria,', '25 de octubre de 1971.', ''].join('\n')
    const english = ['1514 (XV). Declaration on the granting of independence to colonial countries and peoples', '', 'THE GENERAL ASSEMBLY,', '', 'MINDFUL of the determination proclaimed by the peoples of the world,', '', 'Solemnly proclaims the necessity of bringing colonialism to an end.', '', '947th plenary meeting,', '14 December 1960.', ''].join('\n')
    for (const text of [spanish, spanish.replace('1976a.', '1976ª'), english]) {
      assert.equal(profileFor(undefined, text).id, 'un-ga')
      assert.deepEqual(lint(text, {stage: 'final'}).map(formatMessage), [])
    }
    // Five digits are no meeting number: the line is a paragraph.
    assert.deepEqual(lint(spanish.replace('1976a.', '19761a.'), {stage: 'final'}).map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      '9:1-9:7: “19761a” is not a known operative verb: an operative paragraph opens with a verb in the present tense (operative-opening)',
      '7:65-7:66: An operative paragraph ends with “;”, not “.” (operative-terminator)'
    ].map(isolated))
  })

  it('INTERPOL-only rules do not run: no heading number, identifier format, vote line or opening facts', () => {
    const text = read('en').replace('55th plenary meeting\n10 December 2025', '')
    const ids = new Set(lint(text, {stage: 'final'}).map((message) => message.ruleId))
    for (const id of ['heading-format', 'identifier-format', 'identifier-consistency', 'vote-line', 'vote-members', 'opening-facts', 'subject-line']) assert.ok(!ids.has(id), id)
  })

  it('a profile\'s own rules run on its documents only: the UN masthead\'s mean nothing to an INTERPOL resolution', () => {
    const seen: string[] = []
    // Named as rules un-ga lists: one of its own, one shared.
    const own = rule('un-title-number', (_tree, _file, _options, {profile}) => void seen.push('own on ' + profile.id), {profile: 'un-ga'})
    const shared = rule('placeholder', (_tree, _file, _options, {profile}) => void seen.push('shared on ' + profile.id))
    const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
    for (const text of [reference, read('en')]) {
      const processor = unified().use(resolutionParse).use(own as never, 'error').use(shared as never, 'error')
      const file = new VFile({value: text})
      processor.runSync(processor.parse(file) as Root, file)
    }
    assert.deepEqual(seen, ['shared on interpol-ga', 'own on un-ga', 'shared on un-ga'])
  })

  it('whether a rule applies is asked once: the processor asks it, and the rule it runs (appliedRule) does not ask again', () => {
    const seen: string[] = []
    const own = rule('un-title-number', (_tree, _file, _options, {profile}) => void seen.push('own on ' + profile.id), {profile: 'un-ga'})
    const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
    // Run as the processor runs it, on a document of a profile it was not asked about: nothing stops it.
    const processor = unified().use(resolutionParse).use(appliedRule(own) as never, 'error')
    const file = new VFile({value: reference})
    processor.runSync(processor.parse(file) as Root, file)
    assert.deepEqual(seen, ['own on interpol-ga'])
  })

  for (const language of languages) {
    it(`features on the ${language} resolution: formatting changes nothing, the outline has every part, completion offers the next number`, () => {
      const text = read(language)
      const tree = parse(text, {language, profile: profileFor(undefined, text)})
      assert.deepEqual(format(documentFor(tree, text)), [])
      // With the masthead, the closing on its two lines and the footnotes kept as written: paragraph 3 renumbered, its terminator put back.
      const defective = text.replace(/\n3(\.| -) /, language === 'ar' ? '\n4 - ' : '\n4. ').replace(/(library staff|personnel des bibliothèques ?|personal de las bibliotecas|موظفي المكتبات);/, '$1')
      const defectiveTree = parse(defective, {language, profile: profileFor(undefined, defective)})
      const third = text.split('\n').findIndex((value) => /^3[ .]/.test(value))
      assert.deepEqual(format(documentFor(defectiveTree, defective)).map((edit) => [edit.range.start.line, edit.newText]), [[third, text.split('\n')[third]]])
      const symbols = documentSymbols({tree})
      assert.equal(symbols.length, 7)
      assert.deepEqual(
        symbols.slice(4, 6).map((symbol) => symbol.children?.length),
        [3, 4]
      )
      const lines = text.split('\n')
      const last = lines.findIndex((line) => /^4[ .]/.test(line))
      lines.splice(last + 1, 0, '')
      const typed = lines.join('\n')
      const items = complete(documentFor(parse(typed, {language, profile: profileFor(undefined, typed)}), typed), {line: last + 1, character: 0})
      assert.equal(items[0]?.label, language === 'ar' ? '5 -' : '5.')
    })
  }

  it('hover on a cited UN resolution gives its session and its years', () => {
    const text = read('en')
    const tree = parse(text, {language: 'en', profile: profileFor(undefined, text)})
    const line = text.split('\n').findIndex((value) => value.includes('78/150'))
    const result = hover(documentFor(tree, text), {line, character: text.split('\n')[line]!.indexOf('78/150') + 2}, [])
    assert.deepEqual(result?.contents, {kind: 'markdown', value: '**78/150** · UN General Assembly resolution\n\n\u2068A/RES/78/150\u2069: 78th session, 2023–2024 (opened 5 September 2023)'})
  })

  /** The hover's Markdown at a position of `text` read as `language` (its profile detected), said in `locale`. */
  const hoverAt = (text: string, language: Language, position: {line: number; character: number}, locale: Locale = 'en') => {
    const result = hover(documentFor(parse(text, {language, profile: profileFor(undefined, text)}), text), position, [], locale)
    return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : ''
  }

  it('hover on a symbol read by the UN\'s scheme names the UN\'s resolution, not INTERPOL\'s (the family names its own: IdentifierScheme.names)', () => {
    const text = read('en').replace(/^United Nations +A\/RES\/80\/120/, 'A/RES/ES-11/1')
    assert.equal(hoverAt(text, 'en', {line: 0, character: 8}).split('\n')[0], '**A/RES/ES-11/1** · UN General Assembly resolution')
  })

  it('hover on a symbol of a session the table lacks says so in the family\'s word for a session (Spanish: the UN\'s período de sesiones, INTERPOL\'s reunión)', () => {
    const text = read('es').replace(/^Naciones Unidas +A\/RES\/80\/120/, 'A/RES/25/1')
    assert.deepEqual(hoverAt(text, 'es', {line: 0, character: 8}, 'es').split('\n').slice(2), [
      'Período de sesiones ausente de la tabla de períodos de sesiones.',
      '',
      '**Incoherente:**',
      '- el 25.º período de sesiones no está en la tabla de períodos de sesiones (31.º a 80.º)'
    ])
    assert.deepEqual(hoverAt('RESOLUCIÓN N.º 3\n\nGA-2040-108-RES-03\n', 'es', {line: 2, character: 4}, 'es').split('\n').slice(2), [
      'Reunión ausente de la tabla de reuniones.',
      '',
      '**Incoherente:**',
      '- la 108ª reunión no está en la tabla de reuniones (61ª a 94ª)'
    ])
  })

  it('completion of the opening takes the session from the symbol line and the file name, as the profile reads them (UN: no year in the symbol)', () => {
    const text = read('en')
    const tree = parse(text, {language: 'en', profile: profileFor(undefined, text)})
    const line = text.split('\n').findIndex((value) => value.startsWith('The General Assembly'))
    // The symbol `A/RES/80/120` names the 80th session, whatever today's year says.
    assert.deepEqual(
      complete(documentFor(tree, text), {line, character: 3}, {today: new Date('2030-03-01T12:00:00Z')}).map((item) => [item.label, item.detail]),
      [['The General Assembly,', 'Opening of the 80th session (2025)']]
    )
    // Without the symbol line, the file name's symbol: its year is the sessions table's.
    const bare = text.replace(/^United Nations +A\/RES\/80\/120\n/, '')
    const bareTree = parse(bare, {language: 'en', profile: profileFor(undefined, bare)})
    const bareLine = bare.split('\n').findIndex((value) => value.startsWith('The General Assembly'))
    assert.deepEqual(
      complete(documentFor(bareTree, bare), {line: bareLine, character: 3}, {fileName: 'A-RES-80-120.en.txt', today: new Date('2030-03-01T12:00:00Z')}).map((item) => [item.label, item.detail]),
      [['The General Assembly,', 'Opening of the 80th session (2025)']]
    )
  })

  it('completion without a symbol or file name takes today\'s session from the UN\'s own calendar (pairs.ts: a session runs from its September opening), not today\'s year through the table', () => {
    const text = read('en').replace(/^United Nations +A\/RES\/80\/120\n/, '')
    const tree = parse(text, {language: 'en', profile: profileFor(undefined, text)})
    const line = text.split('\n').findIndex((value) => value.startsWith('The General Assembly'))
    const detail = (today: string) => complete(documentFor(tree, text), {line, character: 3}, {today: new Date(today)}).map((item) => item.detail)
    // In March 2026 the 80th session (opened 9 September 2025) is in progress; the year alone said the 81st.
    assert.deepEqual(detail('2026-03-01T12:00:00Z'), ['Opening of the 80th session (2025)'])
    // The 79th until the 80th opened; the 81st, not yet in the table, once September 2026's opening is past.
    assert.deepEqual(detail('2025-09-05T12:00:00Z'), ['Opening of the 79th session (2024)'])
    assert.deepEqual(detail('2026-09-20T12:00:00Z'), ['Opening of the 81st session (2026)'])
    // The masthead of a blank file: the same calendar (it said the 80th from 1 September 2025).
    const blank = parse('', {language: 'en', profile: profiles['un-ga']})
    const symbol = (today: string) => complete(documentFor(blank, ''), {line: 0, character: 0}, {today: new Date(today)}).map((item) => item.label)
    assert.deepEqual(symbol('2025-09-05T12:00:00Z').slice(0, 1), ['Masthead A/RES/79/… (English)'])
    assert.deepEqual(symbol('2025-09-10T12:00:00Z').slice(0, 1), ['Masthead A/RES/80/… (English)'])
  })

  it('completion\'s Spanish details name a UN session in the UN\'s words (período de sesiones), an INTERPOL one in INTERPOL\'s (reunión): IdentifierScheme.names.own', () => {
    const text = read('es')
    const tree = parse(text, {language: 'es', profile: profileFor(undefined, text)})
    const line = text.split('\n').findIndex((value) => value.startsWith('La Asamblea General'))
    assert.deepEqual(
      complete(documentFor(tree, text), {line, character: 3}, {locale: 'es', today: new Date('2030-03-01T12:00:00Z')}).map((item) => item.detail),
      ['Fórmula de apertura del 80.º período de sesiones (2025)']
    )
    const interpol = 'RESOLUCIÓN N.º 3\n\nGA-2025-93-RES-03\n\nAsunto: Prueba\n\nLa Asamblea General de la O.I.P.C.-INTERPOL, reunida en\n'
    const interpolTree = parse(interpol, {language: 'es'})
    const details = complete(documentFor(interpolTree, interpol), {line: 6, character: 3}, {locale: 'es'}).map((item) => item.detail)
    assert.deepEqual(details, ['Fórmula de apertura de la 93ª reunión (2025)'])
  })

  it('a session declared against the UN\'s sessions table is refused in the UN\'s words (período de sesiones), INTERPOL\'s in its own (reunión): IdentifierScheme.names.own', () => {
    const said = (config: object, locale: 'en' | 'es') => validateConfig(config).errors.map((error) => `${error.key}: ${translate(locale, error.said!)}`)
    assert.deepEqual(said({profile: 'un-ga', session: {number: 80, year: 2026}}, 'es'), ['session.year: la tabla de períodos de sesiones sitúa el 80.º período de sesiones en 2025, no en 2026'])
    assert.deepEqual(said({profile: 'un-ga', session: {number: 82, year: 2025}}, 'es'), ['session.number: la tabla de períodos de sesiones sitúa el 80.º período de sesiones en 2025, no el 82.º'])
    assert.deepEqual(said({profile: 'un-ga', session: {number: 79, year: 2030}}, 'es'), ['session.year: la tabla de períodos de sesiones sitúa el 79.º período de sesiones en 2024, no en 2030'])
    assert.deepEqual(said({profile: 'un-ga', session: {number: 80, year: 2026}}, 'en'), ['session.year: the sessions table holds the 80th session in 2025, not 2026'])
    assert.deepEqual(validateConfig({profile: 'un-ga', session: {number: 80, year: 2026}}).errors.map((error) => error.message), ['the sessions table holds the 80th session in 2025, not 2026'])
    assert.deepEqual(said({session: {number: 94, year: 2027}}, 'es'), ['session.year: la tabla de reuniones sitúa la 94ª reunión en 2026, no en 2027'])
  })

  it('the command line takes --profile and names the profiles in its help', () => {
    const cli = new URL('../dist/cli.mjs', import.meta.url).pathname
    const fixture = new URL('A-RES-80-120.en.txt', folder).pathname
    const run = (...args: string[]) => {
      try {
        return {status: 0, out: execFileSync('node', [cli, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv})}
      } catch (error) {
        const failure = error as {status: number; stdout: string; stderr: string}
        return {status: failure.status, out: failure.stdout + failure.stderr}
      }
    }
    assert.ok(run('--help').out.includes(`--profile <${Object.keys(profiles).join('|')}>`))
    assert.equal(run('--profile', 'un-ga', fixture).status, 0)
    const forced = run('--profile', 'interpol-ga', '--format', 'json', fixture)
    assert.equal(forced.status, 1)
    assert.ok(JSON.parse(forced.out)[0].messages.some((message: {ruleId: string}) => message.ruleId === 'opening-formula'))
    // The registry's profiles, as the English catalogue lists alternatives (`“a”, “b” or “c”`).
    const quoted = Object.keys(profiles).map((id) => `“\u2068${id}\u2069”`)
    const registered = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
    assert.deepEqual(run('--profile', 'un', fixture), {status: 2, out: `resolint: \u2068--profile\u2069 takes ${registered}, not “\u2068un\u2069”\n`})
  })
})

describe('un-ga: special and emergency special sessions (ES-11/1, S-27/2: numbered apart from the regular sessions)', () => {
  /** The citations of one paragraph read in a UN text: value, readings, range (1-based columns). */
  const citations = (text: string, language: Language) => {
    const tree = parse(text, {language, profile: profiles['un-ga']})
    const found: Array<[string, unknown, string]> = []
    const walk = (node: {type: string; children?: unknown[]}) => {
      if (node.type === 'citation') {
        const citation = node as unknown as {value: string; readings?: unknown; position: {start: {line: number; column: number}; end: {line: number; column: number}}}
        found.push([citation.value, citation.readings, `${citation.position.start.line}:${citation.position.start.column}-${citation.position.end.line}:${citation.position.end.column}`])
      }
      for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) walk(child)
    }
    walk(tree as unknown as {type: string; children?: unknown[]})
    return found
  }
  const es = (session: number, number: number) => [{session, number, series: 'ES'}]
  const s = (session: number, number: number) => [{session, number, series: 'S'}]

  it('reads them as citations, with their ranges, in the four languages (the symbol, and the pair after a word for resolution or in a list)', () => {
    assert.deepEqual(citations('The General Assembly,\n\nRecalling its resolutions ES-11/1 of 2 March 2022 and ES-11/4 of 12 October 2022, and resolution A/RES/S-27/2 of 10 May 2002,\n', 'en'), [
      ['ES-11/1', es(11, 1), '3:27-3:34'],
      ['ES-11/4', es(11, 4), '3:55-3:62'],
      ['A/RES/S-27/2', s(27, 2), '3:98-3:110']
    ])
    assert.deepEqual(citations("L'Assemblée générale,\n\nRappelant sa résolution ES-11/1 du 2 mars 2022 et sa résolution S-27/2 du 10 mai 2002,\n", 'fr'), [
      ['ES-11/1', es(11, 1), '3:25-3:32'],
      ['S-27/2', s(27, 2), '3:65-3:71']
    ])
    assert.deepEqual(citations('La Asamblea General,\n\nRecordando su resolución ES‑11/1, de 2 de marzo de 2022, y la resolución A/RES/S-27/2,\n', 'es'), [
      ['ES‑11/1', es(11, 1), '3:26-3:33'],
      ['A/RES/S-27/2', s(27, 2), '3:74-3:86']
    ])
    assert.deepEqual(citations('إن الجمعية العامة،\n\nوإذ تشير إلى قرارها دإط-11/1 المؤرخ 2 آذار/مارس 2022،\n', 'ar'), [['دإط-11/1', es(11, 1), '3:21-3:29']])
  })

  it('leaves other symbols alone: a document of the session (A/S-27/19/Rev.1), a pair not after a word for resolution', () => {
    assert.deepEqual(citations('The General Assembly,\n\nHaving considered the report in document A/S-27/19/Rev.1 and the vote on ES-11/1,\n', 'en'), [])
  })

  /** A UN resolution of the eleventh emergency special session, adopted on `adopted` (the masthead's dates with it). */
  const emergency = (adopted: string, recalled = 'S-27/2 of 10 May 2002') => [
    'United Nations                                                  A/RES/ES-11/1',
    '',
    'General Assembly                                 Distr.: General',
    `                                                 ${adopted}`,
    '',
    'Eleventh emergency special session',
    'Agenda item 5',
    '',
    `Resolution adopted by the General Assembly on ${adopted}`,
    '',
    '[without reference to a Main Committee (A/ES-11/L.1)]',
    '',
    'ES-11/1. Aggression against Ukraine',
    '',
    'The General Assembly,',
    '',
    `Recalling its resolution ${recalled} and its resolution 68/262 of 27 March 2014,`,
    '',
    '1. Deplores the aggression;',
    '',
    '2. Decides to adjourn the eleventh emergency special session temporarily.',
    '',
    '8th plenary meeting',
    adopted,
    ''
  ].join('\n')
  const said = (text: string) => lint(text, {profile: 'un-ga', language: 'en', stage: 'final'}).map(formatMessage)

  it('a correct symbol and citation of such a session give no message (un-symbol-session held ES-11 to the regular calendar: the 11th session of 1956)', () => {
    assert.deepEqual(said(emergency('2 March 2022')), [])
  })

  it('the masthead\'s session line names the session numbered apart of the symbol, and its kind (un-session-line; English, the one wording seen in UN copies)', () => {
    const line = (written: string, symbol = 'A/RES/ES-11/1') => lint(emergency('2 March 2022').replace('Eleventh emergency special session', written).replace('A/RES/ES-11/1', symbol), {profile: 'un-ga', language: 'en'}, 'un-session-line').map(formatMessage)
    assert.deepEqual(line('Eleventh emergency special session'), [])
    assert.deepEqual(line('Eleventh emergency special session Agenda item 5'), [])
    assert.deepEqual(line('Tenth emergency special session'), [isolated('6:1-6:32: The session line “Tenth emergency special session” does not name the 11th emergency special session of the symbol \u2068A/RES/ES-11/…\u2069')])
    assert.deepEqual(line('Eleventh special session'), [isolated('6:1-6:25: The session line “Eleventh special session” does not name the 11th emergency special session of the symbol \u2068A/RES/ES-11/…\u2069')])
    assert.deepEqual(line('Seventy-sixth session'), [isolated('6:1-6:22: The session line “Seventy-sixth session” does not name the 11th emergency special session of the symbol \u2068A/RES/ES-11/…\u2069')])
    assert.deepEqual(line('Twenty-seventh special session', 'A/RES/S-27/2'), [])
    assert.deepEqual(line('Twenty-seventh emergency special session', 'A/RES/S-27/2'), [isolated('6:1-6:41: The session line “Twenty-seventh emergency special session” does not name the 27th special session of the symbol \u2068A/RES/S-27/…\u2069')])
    // In another language the wording of such a line is not known here: it is not read.
    const french = emergency('2 March 2022').replace('Eleventh emergency special session', "Dixième session extraordinaire d'urgence")
    assert.deepEqual(lint(french, {profile: 'un-ga', language: 'fr'}, 'un-session-line'), [])
    // A regular symbol under a special session's line is held to its session as before.
    assert.deepEqual(line('Eleventh emergency special session', 'A/RES/80/1'), [isolated('6:1-6:35: The session line “Eleventh emergency special session” names the 11th session; the symbol \u2068A/RES/80/…\u2069 is of the 80th session')])
  })

  it('a date before the session\'s first day is still a slip (the symbol\'s heading, a cited resolution), and a regular session\'s is still checked', () => {
    assert.deepEqual(said(emergency('1 March 2021')), [
      '9:47-9:59: \u2068A/RES/ES-11/1\u2069 is of the 11th emergency special session, opened on 28 February 2022: its adoption date “\u20681 March 2021\u2069” is before it'
    ])
    assert.deepEqual(said(emergency('2 March 2022', 'S-27/2 of 10 May 2001')), [
      '17:36-17:47: UN resolution \u2068S-27/2\u2069 cannot be dated “\u206810 May 2001\u2069”: the 27th special session opened on 8 May 2002'
    ])
    assert.deepEqual(said(emergency('2 March 2022', '60/251 of 15 March 2005')), [
      '17:36-17:49: UN resolution \u206860/251\u2069 (of the 60th session, opened in September 2005) cannot be dated “\u206815 March 2005\u2069”: that date falls in the 59th session'
    ])
  })

  it('hover on such a citation names its session and the day it opened, or says its dates are not recorded here', () => {
    const text = 'The General Assembly,\n\nRecalling its resolutions ES-11/1 of 2 March 2022 and ES-10/24 of 18 September 2024,\n'
    const value = (character: number) => {
      const result = hover(documentFor(parse(text, {language: 'en', profile: profiles['un-ga']}), text), {line: 2, character}, [])
      return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : ''
    }
    assert.equal(value(28), '**ES-11/1** · UN General Assembly resolution\n\n\u2068A/RES/ES-11/1\u2069: 11th emergency special session (opened 28 February 2022)')
    assert.equal(value(57), '**ES-10/24** · UN General Assembly resolution\n\n\u2068A/RES/ES-10/24\u2069: 10th emergency special session: its dates are not recorded here')
  })
})
