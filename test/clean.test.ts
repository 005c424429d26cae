/**
 * Correct resolutions written in the real conventions of each language, with
 * the translators' own vocabulary (openers and verbs the lexicon need not know):
 * every file in `fixtures/clean/` passes with no error and no warning. Among them, pastes as drafters make them:
 * PDF hard wraps with page headers and footnotes, Markdown, CRLF, a BOM, bidi marks, Arabic diacritics, tatweel
 * and Arabic-Indic digits.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {mergeConfigs, validateConfig} from '../server/src/config.js'
import {parse} from '../server/src/core/parse.js'
import {formatText} from '../server/src/features/format.js'
import {documentSymbols} from '../server/src/features/symbols.js'
import {detectProfile, getProfile} from '../server/src/profiles/index.js'
import {locales, localize} from '../server/src/l10n/index.js'
import {inlineContainers, pairText} from '../server/src/core/citations.js'
import {check, createProcessor} from '../server/src/processor.js'
import {cliEnv, documentFor, fix, formatMessage, lint, reportSet, rtl} from './helpers.js'

const folder = new URL('fixtures/clean/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt') || name.endsWith('.md')).sort()

describe('clean resolutions (fixtures/clean)', () => {
  it('has at least three per language', () => {
    for (const language of ['ar', 'en', 'fr', 'es']) {
      assert.ok(names.filter((name) => name.includes(`.${language}.`)).length >= 3, language)
    }
  })

  for (const name of names) {
    it(`${name} passes with no error and no warning`, () => {
      const text = readFileSync(new URL(name, folder), 'utf8')
      const problems = lint(text, {}, undefined, name).filter((message) => typeof message.fatal === 'boolean')
      assert.deepEqual(problems.map((message) => `${formatMessage(message)} (${message.ruleId})`), [])
    })
  }
})

describe('the project\'s phrases (`.resolintrc.json` `phrases`)', () => {
  it('are validated, key by key', () => {
    const {config, errors} = validateConfig({phrases: {preamble: ['HAVING HEARD'], operative: 'ELECTS', other: []}})
    assert.deepEqual(config, {phrases: {preamble: ['HAVING HEARD']}})
    assert.deepEqual(
      errors.map(({key, message}) => ({key, message})),
      [
        {key: 'phrases.operative', message: 'expected a list of phrases, not "ELECTS"'},
        {key: 'phrases.other', message: 'unknown key (expected \u201c\u2068preamble\u2069\u201d or \u201c\u2068operative\u2069\u201d)'}
      ]
    )
  })

  it('add up across settings and config files', () => {
    assert.deepEqual(mergeConfigs({phrases: {preamble: ['A']}}, {phrases: {preamble: ['B', 'A'], operative: ['C']}}).phrases, {preamble: ['A', 'B'], operative: ['C']})
  })

  it('make a drafter\'s word known: no near miss, no unlisted information', () => {
    const text = 'RECALLING its resolution GA-2021-89-RES-11,\n\nRECALING the Convention,\n\n1. COMMISSIONS the rapporteur.\n'
    const config = {language: 'en' as const, rules: {'opener-unlisted': 'info' as const}}
    assert.deepEqual(lint(text, config).filter((message) => message.ruleId?.startsWith('op') || message.ruleId === 'preamble-opening').map((message) => message.ruleId).sort(), ['opener-unlisted', 'preamble-opening'])
    assert.deepEqual(lint(text, {...config, phrases: {preamble: ['RECALING'], operative: ['Commissions']}}).filter((message) => message.ruleId === 'preamble-opening' || message.ruleId === 'opener-unlisted'), [])
  })
})

/** Errors and warnings (not information) of `text`, with their rule ids. */
function problems(text: string, language: 'ar' | 'en' | 'fr' | 'es', path?: string): string[] {
  return lint(text, {language}, undefined, path)
    .filter((message) => typeof message.fatal === 'boolean')
    .map((message) => `${formatMessage(message)} (${message.ruleId})`)
}

describe('false alarms found on correct text the lexicon does not cover', () => {
  it('a hard-wrapped paragraph opening in capitals with an unlisted word after a comma is a paragraph of its own', () => {
    const text = [
      'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27',
      'November 2025 at its 93rd session:',
      'SATISFIED that the accounts give a true and fair view of the financial position of the',
      'Organization,',
      'HEEDFUL of the recommendations made by the Advisory Committee on Finance,',
      'RECEIVES the financial statements for 2024;',
      'EMPOWERS the Executive Committee to authorize transfers.',
      ''
    ].join('\n')
    const tree = parse(text, {language: 'en'})
    assert.deepEqual(tree.children.map((block) => block.type + ('children' in block && block.type !== 'opening' ? ' ' + block.children.length : '')), ['opening', 'preamble 2', 'operative 2'])
    assert.deepEqual(problems(text, 'en'), [])
  })

  it('an acronym in capitals after a comma stays in its paragraph (its form is no opener)', () => {
    const text = 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\nNOTING the cooperation of the World Health Organization,\nUNODC and the World Customs Organization,\n\n1. DECIDES to act.\n'
    const tree = parse(text, {language: 'en'})
    const preamble = tree.children.find((block) => block.type === 'preamble')
    assert.equal(preamble && 'children' in preamble ? preamble.children.length : 0, 1)
  })

  it('the opening ends with its session and year: a hard-wrapped opening is not continued by the first preamble paragraph', () => {
    const text = [
      "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24",
      'au 27 novembre 2025,',
      'AYANT PRIS ACTE des états financiers pour l’exercice clos le 31 décembre 2024,',
      'DÉCIDE de poursuivre.',
      ''
    ].join('\n')
    assert.deepEqual(parse(text, {language: 'fr'}).children.map((block) => block.type), ['opening', 'preamble', 'operative'])
    assert.deepEqual(problems(text, 'fr', 'GA-2025-93-RES-41.fr.txt'), [])
  })

  it('an unnumbered verb the lexicon lacks, ending with `;`, starts the operative part of an older text', () => {
    const en = 'Resolution No AGN/66/RES/9\n\nThe ICPO-Interpol General Assembly, meeting in New Delhi from 15th to 21st October 1997 at its 66th session:\n\nREALIZING the need for closer cooperation,\n\nADVISES member countries to forward all information;\n\nASKS the General Secretariat to publish it.\n\nAdopted.\n'
    assert.deepEqual(problems(en, 'en', 'AGN-66-RES-9.en.txt'), [])
    const fr = "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\nSAISIE de la demande d'adhésion,\n\nADMET la République des Palaos en qualité de membre ;\n\nRÉÉLIT le Délégué de Singapour ;\n\nSOUHAITE LA BIENVENUE à la République des Palaos.\n"
    assert.deepEqual(problems(fr, 'fr'), [])
  })

  it('items of a chapeau introducing clauses (`that:`, `comme suit`, `que:`, `على النحو التالي`) open with any word', () => {
    const en = '1. AMENDS Article 49 as follows:\n\n(a) In paragraph 2, the words "five years" are replaced by "three years";\n\n2. DECIDES that:\n\n(a) These amendments shall enter into force on 1 March 2026.\n'
    assert.deepEqual(problems(en, 'en'), [])
    const fr = "MODIFIE comme suit l'article 49 du Règlement :\n\n1. Au paragraphe 2, les mots « cinq ans » sont remplacés par les mots « trois ans » ;\n\nDÉCIDE que :\n\n1. Ces modifications entreront en vigueur le 1er mars 2026 ;\n\nCHARGE le Secrétaire général d'informer les Bureaux centraux nationaux.\n"
    assert.deepEqual(problems(fr, 'fr'), [])
    const es = 'PIDE a la Secretaría General que:\n\n1. Mantenga la base de datos;\n\n2. La Secretaría General publique el texto.\n'
    assert.deepEqual(problems(es, 'es'), [])
    const ar = 'تعدّل المادة 49 على النحو التالي:\n\n1. في الفقرة 2، يستعاض عن عبارة "خمس سنوات" بعبارة "ثلاث سنوات"؛\n\n2. تضاف فقرة 4.\n'
    assert.deepEqual(problems(ar, 'ar'), [])
  })

  it('an unnumbered verb after the numbered items of an unnumbered chapeau is back at the top level; an item that lost its number is still found', () => {
    const text = 'DECIDES that:\n\n1. These amendments shall enter into force on 1 March 2026;\n\n2. The General Secretariat shall publish them;\n\nINSTRUCTS the Secretary General to inform the National Central Bureaus.\n'
    assert.deepEqual(problems(text, 'en'), [])
    const lost = 'CALLS UPON member countries to:\n\n1. Share information;\n\n2. Designate a contact point;\n\nReport to the next session.\n'
    assert.deepEqual(problems(lost, 'en'), ['7:1-7:1: Among numbered paragraphs, this one needs its number, “\u20683.\u2069” (operative-numbering)'])
  })

  it('an article or determiner opening a paragraph is no slip of a known verb (`La` is not `Da`)', () => {
    assert.deepEqual(problems('1. La Secretaría General publicará el texto.\n', 'es'), ['1:4-1:4: An operative paragraph opens with a verb in the present tense (operative-opening)'])
  })

  it('a phrase ending with a preposition is known contracted with the article (`EU ÉGARD AUX`, `ATENDIENDO AL`)', () => {
    assert.deepEqual(problems("EU ÉGARD aux articles 26 et 36 du Statut,\n\n1. DÉCIDE de modifier le Règlement.\n", 'fr'), [])
    assert.deepEqual(problems('ATENDIENDO AL Reglamento sobre el Tratamiento de Datos,\n\n1. DECIDE modificar el Reglamento.\n', 'es'), [])
  })

  it('a well-formed word differing from a known one in its first letter is another word, not a slip (`SELECTS`, `AU VU`)', () => {
    assert.deepEqual(problems('1. SELECTS the Delegate of Kenya as rapporteur;\n\n2. ELECTS the Delegate of Chile.\n', 'en'), [])
    assert.deepEqual(problems("L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\nAU VU des résultats obtenus,\n\n1. DÉCIDE de poursuivre.\n", 'fr'), [])
    // A slip elsewhere in the word is still one.
    assert.deepEqual(problems('1. ELECST the Delegate of Kenya.\n', 'en'), ['1:4-1:10: “\u2068ELECST\u2069” looks like a slip for “\u2068ELECTS\u2069” or “\u2068ELECT\u2069” (operative-opening)'])
  })

  it('a vote line pasted as a table: a label alone on its line, figures separated by dashes or bars', () => {
    const vote = (line: string) => problems(`RECALLING its resolution GA-2021-89-RES-11,\n\n1. DECIDES to act.\n\n${line}\n`, 'en')
    assert.deepEqual(vote('Adopted\nFor: 134\nAgainst: 0\nAbstentions: 5'), [])
    assert.deepEqual(vote('Adopted: For: 134 – Against: 0 | Abstentions: 5'), [])
    // A label in the line without its colon is still found.
    assert.deepEqual(vote('Adopted: For 134, Against: 0, Abstentions: 5'), ['5:13-5:13: A vote label takes a colon: “\u2068For:\u2069” (vote-line)'])
  })

  it('a vote label in a wording variant in use is correct as written; a mistaken label is still replaced', () => {
    const vote = (line: string, language: 'ar' | 'en' | 'fr' | 'es', operative: string) => problems(`${operative}\n\n${line}\n`, language)
    const en = '1. DECIDES to act.'
    const fr = "1. DÉCIDE d'agir."
    const es = '1. DECIDE actuar.'
    const ar = '1 - تقرر أن تتصرف.'
    assert.deepEqual(vote('Adopted: In favour: 134, Against: 0, Abstention: 1', 'en', en), [])
    assert.deepEqual(vote('Adoptée : Voix pour : 134, Voix contre : 0, Abstention(s) : 5', 'fr', fr), [])
    assert.deepEqual(vote('Aprobada: Votos a favor: 134, Votos en contra: 0, Abstención: 1', 'es', es), [])
    assert.deepEqual(vote('اعتُمد: المؤيدون: 134، المعارضون: 0، الممتنعون: 5', 'ar', ar).filter((problem) => problem.endsWith('(vote-line)')), [])
    assert.deepEqual(vote('Adopted: In favor: 134, Against: 0, Abstentions: 5', 'en', en), ['3:10-3:18: The vote line reads “\u2068For\u2069”, not “\u2068In favor\u2069” (vote-line)'])
  })

  it('every accepted variant of a vote label is one the parser reads (`vote`), and none is the canonical one', () => {
    for (const profile of [getProfile('interpol-ga')!, getProfile('un-ga')!]) {
      for (const [language, kinds] of Object.entries(profile.voteVariants ?? {})) {
        for (const [kind, variants] of Object.entries(kinds ?? {})) {
          const labels = profile.vote[language as 'en'][kind as 'for']
          for (const variant of variants ?? []) assert.ok(labels.indexOf(variant) > 0, `${profile.id} ${language} ${kind} ${variant}`)
        }
      }
    }
  })

  it('a heading label in a harmless variant is correct as written (`RESOLUTION No`, `القرار رقم`); another variant is still replaced', () => {
    const heading = (line: string, language: 'ar' | 'en') => problems(`${line}\n`, language).filter((problem) => problem.endsWith('(heading-format)'))
    assert.deepEqual(heading('RESOLUTION No 3', 'en'), [])
    assert.deepEqual(heading('Resolution No 3', 'en'), [])
    assert.deepEqual(heading('القرار رقم 3', 'ar'), [])
    assert.deepEqual(heading('Resolution Number 3', 'en'), ['1:1-1:18: The heading reads “\u2068RESOLUTION No.\u2069”, not “\u2068Resolution Number\u2069” (heading-format)'])
    assert.deepEqual(heading('قرار 3', 'ar'), ['1:1-1:5: The heading reads “\u2068قرار رقم\u2069”, not “\u2068قرار\u2069” (heading-format)'])
  })

  it('French present tenses in -oint and -ut are verbs (`ENJOINT`, `CONCLUT`)', () => {
    assert.deepEqual(problems("1. ENJOINT aux pays membres de faire de cette lutte une priorité ;\n\n2. CONCLUT à la nécessité d'agir.\n", 'fr'), [])
  })

  it('an adoption without figures may say it was unanimous, in each language: a vote line, not an operative paragraph', () => {
    const older = {
      en: 'AGN/68/RES/9\nRESOLUTION\nSubject: Road safety\nThe ICPO-Interpol General Assembly, meeting in Seoul from 8th to 12th November 1999 at its 68th session:\nRECOGNIZING the toll of road crime,\nURGES member countries to share data.\n',
      fr: "AGN/69/RES/9\nRESOLUTION\nObjet : Sécurité routière\nL'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 69ème session à Rhodes, du 30 octobre au 4 novembre 2000,\nRECONNAISSANT le coût des délits routiers,\nINVITE les pays membres à échanger leurs données.\n",
      es: 'RESOLUCIÓN\nAGN/69/RES/9\nAsunto: Seguridad vial\nLa Asamblea General de la OIPC-Interpol, reunida en Rodas del 30 de octubre al 4 de noviembre de 2000 en su 69.ª reunión,\nRECONOCIENDO el costo de los delitos viales,\nINSTA a los países miembros a compartir sus datos.\n',
      ar: 'AGN/66/RES/12\nقرار\nالموضوع: تزييف العملة\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 66 في نيودلهي في الفترة من 15 إلى 21 تشرين الأول/أكتوبر 1997،\nإذ ترى أن تزييف العملة لا يزال يشكل تهديدا خطيرا،\nتطلب إلى الأمانة العامة أن تنشر هذه المعلومات.\n'
    } as const
    const closings = {en: ['Adopted unanimously.', 'Adopted by consensus'], fr: ["Adoptée à l'unanimité.", 'Adoptée par consensus'], es: ['Aprobada por unanimidad.', 'Aprobada por consenso'], ar: ['اعتُمد بالإجماع.', 'اعتُمد بتوافق الآراء']} as const
    for (const language of ['en', 'fr', 'es', 'ar'] as const) {
      for (const closing of closings[language]) {
        const text = older[language] + closing + '\n'
        assert.deepEqual(problems(text, language, 'AGN-69-RES-9.txt'), [], closing)
        assert.deepEqual(parse(text, {language, profile: getProfile('interpol-ga')}).children.at(-1)?.type, 'closing', closing)
      }
    }
  })

  it('an older Arabic heading may be `قرار` alone, above the subject', () => {
    const text = 'AGN/66/RES/12\nقرار\nالموضوع: تزييف العملة\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 66 في نيودلهي في الفترة من 15 إلى 21 تشرين الأول/أكتوبر 1997،\nإذ ترى أن تزييف العملة لا يزال يشكل تهديدا خطيرا،\nتطلب إلى الأمانة العامة أن تنشر هذه المعلومات.\nاعتُمد.\n'
    assert.deepEqual(problems(text, 'ar', 'AGN-66-RES-12.ar.txt'), [])
  })

  it('an Arabic heading may be `القرار` alone, with the article, as the English `RESOLUTION` and the French `RÉSOLUTION`', () => {
    const text = 'القرار\n\nAG-2010-RES-04\n\nالموضوع: مكافحة استخدام المجرمين للطائرات بدون طيار\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المنعقدة في الدوحة، قطر، من 8 إلى 11 تشرين الثاني/نوفمبر 2010 في دورتها التاسعة والسبعين،\n\nإذ تقدّر الدراسات التي أجرتها الأمانة العامة،\n\nتدعو البلدان الأعضاء إلى إبلاغ الأمانة العامة بالطائرات المضبوطة.\n\nاعتُمد\nالمؤيدون: 121\nالمعارضون: 0\nالممتنعون: 4\n'
    assert.deepEqual(problems(text, 'ar', 'AG-2010-RES-04.ar.txt'), [])
    assert.deepEqual(problems(text.replace('القرار', 'القرارات'), 'ar', 'AG-2010-RES-04.ar.txt'), ['1:1-1:9: This text belongs to no part of a resolution (section-order)'])
  })

  it('an Arabic unnumbered verb after a preamble paragraph starts the operative part, though hard-wrapped; a wrapped preamble line opening with a verb stays', () => {
    const opening = 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 66 في نيودلهي في\nالفترة من 15 إلى 21 تشرين الأول/أكتوبر 1997،\n'
    const text = opening + 'وإيمانا منها بضرورة توثيق التعاون بين أجهزة الشرطة والمصارف المركزية،\nتنصح البلدان الأعضاء بأن تحيل إلى الأمانة العامة جميع المعلومات المتعلقة بضبطيات العملة\nالمزيفة؛\nتكلف الأمانة العامة بتنظيم مؤتمر حول هذا الموضوع.\n'
    const shape = (tree: ReturnType<typeof parse>) => tree.children.map((block) => block.type + ('children' in block && block.type !== 'opening' ? ' ' + block.children.length : ''))
    assert.deepEqual(shape(parse(text, {language: 'ar'})), ['opening', 'preamble 1', 'operative 2'])
    assert.deepEqual(problems(text, 'ar'), [])
    // The preamble paragraph goes on after a comma with a word of a verb's form, and ends with its own `،`.
    const wrapped = opening + 'وإذ ترى أن تزييف العملة، وهو جريمة خطيرة،\nيهدد اقتصادات البلدان الأعضاء،\nتنصح البلدان الأعضاء بأن تحيل إلى الأمانة العامة جميع المعلومات.\n'
    assert.deepEqual(shape(parse(wrapped, {language: 'ar'})), ['opening', 'preamble 1', 'operative 1'])
  })

  it('an Arabic paragraph broken at a PDF page end by a blank line goes on after it; a new paragraph after a finished one does not', () => {
    const opening = 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\n'
    const text = opening + 'وإذ تشير إلى قرارها GA-2021-89-RES-11 بشأن تبادل المعلومات الشرطية بين البلدان\n\nالأعضاء عبر قنوات الاتصال المأمونة،\n\nولاعتقادها الراسخ بأهمية التعاون الدولي،\n\nتقرر مواصلة العمل.\n'
    const tree = parse(text, {language: 'ar'})
    const preamble = tree.children.find((block) => block.type === 'preamble')
    assert.deepEqual(preamble?.type === 'preamble' && preamble.children.map((paragraph) => `${paragraph.position.start.line}-${paragraph.position.end.line}`), ['3-5', '7-7'])
    assert.deepEqual(problems(text, 'ar'), [])
    // After a line without its mark, an opener by its form still starts a paragraph (the missing mark is reported).
    const missing = opening + 'وإذ تشير إلى قرارها GA-2021-89-RES-11\n\nوإيمانا منها بأهمية التعاون الدولي،\n\nتقرر مواصلة العمل.\n'
    assert.deepEqual(problems(missing, 'ar'), ['3:38-3:38: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
  })

  it('a footnote marked with a superscript figure (`2025,¹`) is page furniture: the paragraph ends at its mark', () => {
    const text = 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nTAKING STOCK of the results of the operation conducted between\nMarch and June 2025,¹\nEXHORTS member countries to record every stolen cultural object;\n\nPLEDGES the support of the Organization.\n\n______________\n¹ See the report of the General Secretariat.\n'
    const tree = parse(text, {language: 'en'})
    assert.deepEqual(tree.children.map((block) => block.type + ('children' in block && block.type !== 'opening' ? ' ' + block.children.length : '')), ['opening', 'preamble 1', 'operative 2'])
    assert.deepEqual(tree.data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}:${layout.position.start.column}-${layout.position.end.line}:${layout.position.end.column}`), ['footnoteMarker 4:21-4:22', 'footnote 9:1-9:15', 'footnote 10:1-10:45'])
    assert.deepEqual(problems(text, 'en'), [])
  })

  it('after the preamble, a verb the lexicon lacks introducing its own items (`ENJOINS … to:⏎(a) …`) is operative', () => {
    const opening = 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n'
    const text = opening + 'HAVING CONSULTED the Forensic Experts Group,\nENJOINS the General Secretariat to:\n(a) draw up a directory of the forensic laboratories;\n(b) report on progress to the 94th session;\nCOMMISSIONS the Forensic Experts Group to assess the needs of laboratories.\n'
    const tree = parse(text, {language: 'en'})
    assert.deepEqual(tree.children.map((block) => block.type + ('children' in block && block.type !== 'opening' ? ' ' + block.children.length : '')), ['opening', 'preamble 1', 'operative 2'])
    assert.deepEqual(problems(text, 'en'), [])
    // A preamble phrase may still introduce a list of its own.
    const list = opening + 'HAVING REGARD TO the following texts:\n(a) the Constitution;\n(b) the Rules on the Processing of Data,\nDECIDES to act.\n'
    assert.deepEqual(parse(list, {language: 'en'}).children.map((block) => block.type), ['opening', 'preamble', 'operative'])
  })

  it('an opening may write its session in words, in each language; a wrong one in words is still reported', () => {
    const front = (language: 'ar' | 'en' | 'fr' | 'es') => ({ar: 'قرار رقم 70\nGA-2025-93-RES-70\nالموضوع: تعزيز التعاون\n', en: 'RESOLUTION No. 70\nGA-2025-93-RES-70\nSubject: Cooperation\n', fr: 'RÉSOLUTION N° 70\nGA-2025-93-RES-70\nObjet : Coopération\n', es: 'RESOLUCIÓN N.º 70\nGA-2025-93-RES-70\nAsunto: Cooperación\n'})[language]
    const openings = {
      ar: 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الثالثة والتسعين في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\nوإذ تشير إلى قرارها GA-2021-89-RES-11،\nتقرر مواصلة العمل.\nاعتُمد: المؤيدون: 134، المعارضون: 0، الممتنعون عن التصويت: 5\n',
      en: 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its ninety-third session:\nRECALLING its resolution GA-2021-89-RES-11,\nDECIDES to continue.\nAdopted: For: 134, Against: 0, Abstentions: 5\n',
      fr: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa quatre-vingt-treizième session à Marrakech (Maroc) du 24 au 27 novembre 2025,\nRAPPELANT sa résolution GA-2021-89-RES-11,\nDÉCIDE de poursuivre.\nAdoptée : Pour : 134, Contre : 0, Abstentions : 5\n",
      es: 'La Asamblea General de la OIPC-INTERPOL, reunida en su nonagésima tercera reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,\nRECORDANDO su resolución GA-2021-89-RES-11,\nDECIDE continuar.\nAprobada: Votos a favor: 134, Votos en contra: 0, Abstenciones: 5\n'
    }
    const spelled = {ar: 'الثالثة والتسعين', en: 'ninety-third', fr: 'quatre-vingt-treizième', es: 'nonagésima tercera'}
    for (const language of ['ar', 'en', 'fr', 'es'] as const) {
      const text = front(language) + openings[language]
      const opening = parse(text, {language}).children.find((block) => block.type === 'opening')
      const session = opening && 'children' in opening ? opening.children.find((child) => child.type === 'session') : undefined
      assert.deepEqual(session && {value: session.value, number: session.number, spelled: session.spelled}, {value: spelled[language], number: 93, spelled: true}, language)
      assert.deepEqual(problems(text, language, `GA-2025-93-RES-70.${language}.txt`), [], language)
    }
    const wrong = front('ar') + openings.ar.replace('الثالثة والتسعين', 'الرابعة والتسعين')
    assert.deepEqual(problems(wrong, 'ar', 'GA-2025-93-RES-70.ar.txt').filter((line) => line.endsWith('(identifier-consistency)')), [
      '2:1-2:18: The identifier gives the session “\u206893\u2069”, the opening the session “\u206894\u2069” (identifier-consistency)'
    ])
    // A hard-wrapped opening ends once it has given its session in words and its year: the preamble does not go on in it.
    const wrapped = 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الثالثة والتسعين في مراكش (المغرب) في الفترة من 24\nإلى 27 تشرين الثاني/نوفمبر 2025،\nولاعتقادها الراسخ بأهمية التعاون الدولي،\nتقرر مواصلة العمل.\n'
    assert.deepEqual(parse(wrapped, {language: 'ar'}).children.map((block) => `${block.type} ${block.position.start.line}-${block.position.end.line}`), ['opening 1-2', 'preamble 3-3', 'operative 4-4'])
  })

  it('a UN resolution in parts: `I`, `II` (a title under them) head parts with their own preamble and paragraphs numbered from 1, or run on', () => {
    const fr = [
      'A/RES/80/990',
      '',
      'Résolution adoptée par l’Assemblée générale le 3 décembre 2025',
      '',
      '80/990. Multilinguisme',
      '',
      'L’Assemblée générale,',
      '',
      'Considérant que le multilinguisme concourt à la réalisation des objectifs des Nations Unies,',
      '',
      'I',
      '',
      'Dispositions générales',
      '',
      '1. Prend acte du rapport du Secrétaire général ;',
      '',
      '2. Souligne l’importance de l’égalité des six langues officielles ;',
      '',
      'II',
      '',
      'Services de conférence',
      '',
      'Constatant avec préoccupation les retards dans la publication des documents,',
      '',
      '1. Prie le Secrétaire général de publier les documents en temps voulu ;',
      '',
      '2. Décide de poursuivre l’examen de la question à sa quatre-vingt-unième session.',
      '',
      '40e séance plénière',
      '3 décembre 2025',
      ''
    ].join('\n')
    const tree = parse(fr, {language: 'fr', profile: getProfile('un-ga')})
    const blocks = tree.children.filter((block) => block.type !== 'identifier' && block.type !== 'heading' && block.type !== 'subject')
    assert.deepEqual(blocks.map((block) => block.type + ('children' in block && (block.type === 'preamble' || block.type === 'operative') ? ' ' + block.children.length : '')), [
      'opening', 'preamble 1', 'partHeading', 'operative 2', 'partHeading', 'preamble 1', 'operative 2', 'closing'
    ])
    const parts = blocks.filter((block) => block.type === 'partHeading')
    assert.deepEqual(parts.map((block) => block.type === 'partHeading' && [block.number, ...block.children.map((child) => child.value)]), [[1, 'I', 'Dispositions générales'], [2, 'II', 'Services de conférence']])
    const config = {language: 'fr' as const, profile: 'un-ga' as const}
    const found = (text: string) => lint(text, config, undefined, 'A-RES-80-990.fr.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(fr), [])
    assert.equal(formatText(documentFor(tree, fr)), fr)
    assert.deepEqual(documentSymbols(documentFor(tree, fr)).map((symbol) => symbol.name).filter((name) => /^I/.test(name)), ['I Dispositions générales', 'II Services de conférence'])
    // Numbered on from part I, or restarted: both are in use. Within a part, a gap is still reported.
    assert.deepEqual(found(fr.replace('1. Prie', '3. Prie').replace('2. Décide', '4. Décide')), [])
    assert.deepEqual(found(fr.replace('2. Décide', '3. Décide')), ['27:1-27:3: This paragraph is numbered “\u20682.\u2069”, not “\u20683.\u2069” (operative-numbering)'])
    // Pasted one paragraph per line, the numeral and its title are still the part's heading.
    const onePerLine = fr.replace(/\n\n/g, '\n')
    assert.deepEqual(parse(onePerLine, {language: 'fr', profile: getProfile('un-ga')}).children.filter((block) => block.type === 'partHeading').map((block) => block.position.start.line + '-' + block.position.end.line), ['6-7', '10-11'])
    assert.deepEqual(found(onePerLine), [])
    // An INTERPOL resolution has no parts: its `I` is a line like another.
    assert.ok(!parse('RECALLING its resolution GA-2021-89-RES-11,\n\nI\n\n1. DECIDES to act.\n', {language: 'en'}).children.some((block) => block.type === 'partHeading'))
  })

  it('a French operative verb that folds to the adoption label (`ADOPTE les règles`) opens an operative paragraph, not a vote', () => {
    const text = "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\nRAPPELANT sa résolution GA-2021-89-RES-11,\n\nADOPTE les règles figurant en annexe à la présente résolution.\n\nAdoptée : Pour : 151, Contre : 0, Abstentions : 4\n"
    assert.deepEqual(parse(text, {language: 'fr'}).children.map((block) => block.type), ['opening', 'preamble', 'operative', 'closing'])
    assert.deepEqual(problems(text, 'fr'), [])
    // The label with its figures but without its colon is still a vote line (the rule reports the colon).
    assert.deepEqual(parse('DÉCIDE de poursuivre.\n\nAdoptée Pour : 151, Contre : 0, Abstentions : 4\n', {language: 'fr'}).children.map((block) => block.type), ['operative', 'closing'])
  })

  it('an annex after the vote line is the annex, its heading and text as written (numbered paragraphs too), in each language', () => {
    const texts = {
      en: 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nRECALLING its resolution GA-2021-89-RES-11,\n\nADOPTS the rules set out in the annex to this resolution.\n\nAdopted: For: 151, Against: 0, Abstentions: 4\n\nANNEX I\n\nRules on the exchange of data\n\n1. Each member country designates a contact point;\n\n2. Requests are answered within thirty days.\n',
      fr: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\nRAPPELANT sa résolution GA-2021-89-RES-11,\n\nADOPTE les règles figurant en annexe à la présente résolution.\n\nAdoptée : Pour : 151, Contre : 0, Abstentions : 4\n\nANNEXE\n\nRègles relatives à l'échange de données\n\n1. Chaque pays membre désigne un point de contact ;\n",
      es: 'La Asamblea General de la OIPC-INTERPOL, reunida en su 93.ª reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,\n\nRECORDANDO su resolución GA-2021-89-RES-11,\n\nADOPTA las normas que figuran en el anexo de la presente resolución.\n\nAprobada: Votos a favor: 151, Votos en contra: 0, Abstenciones: 4\n\nAnexo\n\nNormas sobre el intercambio de datos\n\n1. Cada país miembro designa un punto de contacto;\n',
      ar: 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nوإذ تشير إلى قرارها GA-2021-89-RES-11،\n\nتعتمد القواعد الواردة في مرفق هذا القرار.\n\nاعتُمد: المؤيدون: 151، المعارضون: 0، الممتنعون عن التصويت: 4\n\nالمرفق الأول\n\nقواعد تبادل البيانات\n\n1. يعيّن كل بلد عضو جهة اتصال؛\n'
    }
    const headings = {en: 'ANNEX I', fr: 'ANNEXE', es: 'Anexo', ar: 'المرفق الأول'}
    for (const language of ['en', 'fr', 'es', 'ar'] as const) {
      const text = texts[language]
      const tree = parse(text, {language})
      assert.deepEqual(tree.children.map((block) => block.type), ['opening', 'preamble', 'operative', 'closing', 'annex'], language)
      const annex = tree.children.at(-1)!
      assert.ok(annex.type === 'annex')
      assert.deepEqual(annex.children.map((child) => `${child.type} ${child.type === 'label' ? child.value : text.slice(child.position.start.offset, child.position.end.offset)}`).slice(0, 2), [`label ${headings[language]}`, `annexParagraph ${text.split('\n')[10]}`], language)
      assert.equal(annex.children.length, language === 'en' ? 4 : 3, language)
      assert.deepEqual(problems(text, language), [], language)
      // Kept as written by Format Document, and named by its heading in the outline.
      assert.equal(formatText(documentFor(tree, text)), text, language)
      // An Arabic name isolated right to left, for the outline's left-to-right views.
      assert.equal(documentSymbols(documentFor(tree, text)).at(-1)?.name, language === 'ar' ? rtl(headings[language]) : headings[language], language)
    }
    // Before the closing, `Annex` is a line like another; a lower-case `annex II, sect. III.A.` is no heading.
    const before = 'RECALLING its resolution GA-2021-89-RES-11,\n\nAnnex\n\n1. DECIDES to act.\n'
    assert.ok(!parse(before, {language: 'en'}).children.some((block) => block.type === 'annex'))
    const lower = 'DECIDES to act.\n\nAdopted: For: 151, Against: 0, Abstentions: 4\n\nannex II\n'
    assert.ok(!parse(lower, {language: 'en'}).children.some((block) => block.type === 'annex'))
  })
  it('an annex heading may name the resolution it is annexed to; inside the annex the checks of dates and citations run, and no structure rule', () => {
    const closing = {
      en: 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nRECALLING its resolution GA-2021-89-RES-11,\n\nADOPTS the rules set out in the annex to this resolution.\n\nAdopted: For: 151, Against: 0, Abstentions: 4\n\n',
      fr: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\nRAPPELANT sa résolution GA-2021-89-RES-11,\n\nADOPTE les règles figurant en annexe à la présente résolution.\n\nAdoptée : Pour : 151, Contre : 0, Abstentions : 4\n\n",
      es: 'La Asamblea General de la OIPC-INTERPOL, reunida en su 93.ª reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,\n\nRECORDANDO su resolución GA-2021-89-RES-11,\n\nADOPTA las normas que figuran en el anexo de la presente resolución.\n\nAprobada: Votos a favor: 151, Votos en contra: 0, Abstenciones: 4\n\n',
      ar: 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nوإذ تشير إلى قرارها GA-2021-89-RES-11،\n\nتعتمد القواعد الواردة في مرفق هذا القرار.\n\nاعتُمد: المؤيدون: 151، المعارضون: 0، الممتنعون عن التصويت: 4\n\n'
    }
    const annexes = {
      en: ['ANNEX TO RESOLUTION GA-2025-93-RES-84', 'Annex II to the present resolution', 'Appendix to resolution 80/5'],
      fr: ['Annexe à la résolution GA-2025-93-RES-84', 'ANNEXE II À LA PRÉSENTE RÉSOLUTION'],
      es: ['Anexo de la resolución GA-2025-93-RES-84', 'ANEXO I DE LA PRESENTE RESOLUCIÓN'],
      ar: ['مرفق القرار GA-2025-93-RES-84', 'المرفق الأول بالقرار GA-2025-93-RES-84']
    }
    const body = {
      en: 'Rules on loans\n\n1. Each National Central Bureau applies for a loan;\n\n2. Loans granted under resolution GA-2019-88-RES-03 end on 31 December 2026',
      fr: "Règles relatives aux prêts\n\n1. Chaque Bureau central national présente sa demande ;\n\n2. Les prêts accordés en vertu de la résolution GA-2019-88-RES-03 prennent fin le 31 décembre 2026",
      es: 'Normas sobre los préstamos\n\n1. Cada Oficina Central Nacional presenta su solicitud;\n\n2. Los préstamos concedidos en virtud de la resolución GA-2019-88-RES-03 terminan el 31 de diciembre de 2026',
      ar: 'قواعد الإعارة\n\n1 - يقدم كل مكتب مركزي وطني طلبه؛\n\n2 - تنتهي الإعارات الممنوحة بموجب القرار GA-2019-88-RES-03 في 31 كانون الأول/ديسمبر 2026'
    }
    for (const language of ['en', 'fr', 'es', 'ar'] as const) {
      for (const heading of annexes[language]) {
        const text = `${closing[language]}${heading}\n\n${body[language]}\n`
        const tree = parse(text, {language})
        assert.deepEqual(tree.children.map((block) => block.type), ['opening', 'preamble', 'operative', 'closing', 'annex'], heading)
        const annex = tree.children.at(-1)
        assert.equal(annex?.type === 'annex' ? annex.children[0].value : undefined, heading)
        // Numbered otherwise than the resolution, its last paragraph without a full stop: no structure rule reads it.
        assert.deepEqual(problems(text, language), [], heading)
      }
      // A date that cannot be and a citation in a wrong form are found there as anywhere.
      const wrong = `${closing[language]}${annexes[language][0]}\n\n${body[language].replace('31', '32').replace('GA-2019-88-RES-03', 'GA-2019-88-RES-3')}\n`
      assert.deepEqual(problems(wrong, language).map((line) => line.replace(/^.*\((?=[a-z-]+\)$)/, '')), ['citation-format)', 'date-validity)'], language)
    }
    // A sentence about an annex, before the closing, stays an operative paragraph.
    const sentence = 'RECALLING its resolution GA-2021-89-RES-11,\n\nAnnex to resolution GA-2019-88-RES-03 is repealed.\n'
    assert.ok(!parse(sentence, {language: 'en'}).children.some((block) => block.type === 'annex'))
    const after = 'DECIDES to act.\n\nAdopted: For: 151, Against: 0, Abstentions: 4\n\nAnnex to resolution GA-2019-88-RES-03 is repealed on 1 January 2026.\n'
    assert.ok(!parse(after, {language: 'en'}).children.some((block) => block.type === 'annex'))
  })
  it('Arabic parts are headed `أولا`, `ثانيا` (with tanwin too), and a part title may wrap onto a second line, blank-line separated or one per line', () => {
    const ar = [
      'A/RES/80/990',
      '',
      'قرار اتخذته الجمعية العامة في 3 كانون الأول/ديسمبر 2025',
      '',
      '80/990 - تعدد اللغات',
      '',
      'إن الجمعية العامة،',
      '',
      'إذ تشير إلى قرارها 79/250 المؤرخ 24 كانون الأول/ديسمبر 2024،',
      '',
      'أولاً',
      '',
      'إدارة الاجتماعات، بما في ذلك جدول المؤتمرات',
      'والاجتماعات',
      '',
      '1 - تؤكد من جديد أن جدول المؤتمرات هو أساس التخطيط؛',
      '',
      'ثانيا',
      '',
      'الوثائق والنشر',
      '',
      'وإذ يساورها القلق لتأخر صدور الوثائق،',
      '',
      '1 - تقرر أن تعاود النظر في المسألة في دورتها الحادية والثمانين.',
      '',
      'الجلسة العامة 40',
      '3 كانون الأول/ديسمبر 2025',
      ''
    ].join('\n')
    const un = getProfile('un-ga')
    const parts = (text: string) => parse(text, {language: 'ar', profile: un}).children.filter((block) => block.type === 'partHeading').map((block) => block.type === 'partHeading' && [block.number, ...block.children.map((child) => child.value)])
    const titled = [[1, 'أولاً', 'إدارة الاجتماعات، بما في ذلك جدول المؤتمرات\nوالاجتماعات'], [2, 'ثانيا', 'الوثائق والنشر']]
    assert.deepEqual(parts(ar), titled)
    const found = (text: string) => lint(text, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-80-990.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(ar), [])
    const tree = parse(ar, {language: 'ar', profile: un})
    assert.deepEqual(documentSymbols(documentFor(tree, ar)).map((symbol) => symbol.name).filter((name) => /^\u2067(أولاً|ثانيا) /.test(name)), [rtl('أولاً إدارة الاجتماعات، بما في ذلك جدول المؤتمرات والاجتماعات'), rtl('ثانيا الوثائق والنشر')])
    const onePerLine = ar.replace(/\n\n/g, '\n')
    assert.deepEqual(parts(onePerLine), titled)
    assert.deepEqual(found(onePerLine), [])
    // The same in English, the title wrapped.
    const en = 'The General Assembly,\n\nRecalling its resolution 79/250 of 24 December 2024,\n\nI\n\nMeetings management, including the calendar of\nconferences and meetings\n\n1. Reaffirms the calendar of conferences;\n\nII\n\nDocumentation\n\n1. Decides to consider the matter again.\n'
    assert.deepEqual(lint(en, {language: 'en', profile: 'un-ga'}, undefined, 'A-RES-80-990.en.txt').filter((message) => message.fatal === true && message.ruleId !== 'un-title-number').map((message) => message.ruleId), [])
    assert.deepEqual(parse(en, {language: 'en', profile: un}).children.filter((block) => block.type === 'partHeading').map((block) => `${block.position.start.line}-${block.position.end.line}`), ['5-8', '12-14'])
    // A paragraph ending with its mark under the numeral is no title; an INTERPOL text has no parts, `أولا` or not.
    assert.deepEqual(parts(ar.replace('والاجتماعات', 'والاجتماعات،')).map((part) => part && part.length), [2, 3])
    assert.ok(!parse('وإذ تشير إلى قرارها GA-2021-89-RES-11،\n\nأولا\n\n1. تقرر مواصلة العمل.\n', {language: 'ar'}).children.some((block) => block.type === 'partHeading'))
  })
  it('an item that is a question ends with its question mark (`a) ¿Cuáles son …?`), in the preamble and the operative part; a paragraph does not', () => {
    const texts = {
      es: 'Recordando que pidió a la Corte que respondiera a las preguntas siguientes:\n\na) ¿Cuáles son las consecuencias jurídicas de esas medidas?\n\nb) ¿Cómo afectan al estatuto jurídico de la ocupación?\n\n1. Decide seguir examinando la cuestión.\n',
      en: 'Recalling that it requested the Court to answer the following questions:\n\n(a) What are the legal consequences of those measures?\n\n(b) How do they affect the legal status of the occupation?\n\n1. Decides to remain seized of the matter.\n',
      fr: 'Rappelant qu’elle a demandé à la Cour de répondre aux questions suivantes :\n\na) Quelles sont les conséquences juridiques de ces mesures ?\n\nb) Quelle incidence ont-elles sur le statut juridique de l’occupation ?\n\n1. Décide de rester saisie de la question.\n',
      ar: 'وإذ تشير إلى أنها طلبت إلى المحكمة أن تجيب عن السؤالين التاليين:\n\n(أ) ما هي الآثار القانونية المترتبة على تلك التدابير؟\n\n(ب) كيف تؤثر في الوضع القانوني للاحتلال؟\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n'
    }
    for (const language of ['es', 'en', 'fr', 'ar'] as const) {
      const text = texts[language]
      const found = lint(text, {language, profile: 'un-ga'}, undefined, `A-RES-80-990.${language}.txt`).filter((message) => message.ruleId === 'preamble-terminator' || message.ruleId === 'operative-terminator')
      assert.deepEqual(found.map((message) => formatMessage(message)), [], language)
      // Format Document keeps the question marks.
      assert.equal(formatText(documentFor(parse(text, {language, profile: getProfile('un-ga')}), text)), text, language)
    }
    const operative = '1. DECIDES to put the following questions to the Court:\n\n(a) What are the legal consequences?\n\n(b) Which obligations follow?\n'
    assert.deepEqual(problems(operative, 'en'), [])
    // A paragraph that is no item still ends with its own mark, and so does an item that is no question (`؟` for `؛` is a slip: neighbouring keys).
    assert.deepEqual(problems('RECALLING its resolution GA-2021-89-RES-11?\n\n1. DECIDES to act.\n', 'en'), ['1:43-1:44: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068?\u2069” (preamble-terminator)'])
    assert.deepEqual(problems('تدعو البلدان الأعضاء إلى:\n\n(أ) تعيين جهة اتصال؟\n\n(ب) تبادل المعلومات.\n', 'ar'), ['3:20-3:21: An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069” (operative-terminator)'])
  })
  it('an Arabic month pair with a space after its slash (`كانون الأول/ ديسمبر`, as UN texts were long set) is correct; a space before it is still reported', () => {
    const text = 'إن الجمعية العامة،\n\nوإذ تشير إلى قراراتها 40/152 المؤرخ 16 كانون الأول/ ديسمبر 1985، و 42/42 المؤرخ 30 تشرين الثاني/ نوفمبر 1987،\n\nوإذ تشير أيضا إلى تقرير الأمين العام المؤرخ 16 أيلول/ سبتمبر 1992،\n\n1 - تؤكد مجددا أهمية التحقق.\n'
    const found = (source: string) => lint(source, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-52-990.ar.txt').filter((message) => message.ruleId === 'date-validity').map((message) => formatMessage(message))
    assert.deepEqual(found(text), [])
    assert.deepEqual(found(text.replace('الأول/ ديسمبر', 'الأول /ديسمبر')), ['3:40-3:59: A month pair has no space before its slash and at most one after it: write “\u2068كانون الأول/ديسمبر\u2069”, not “\u2068كانون الأول /ديسمبر\u2069”'])
    assert.deepEqual(found(text.replace('الثاني/ نوفمبر', 'الثاني / نوفمبر')).length, 1)
  })
  it('an Arabic month pair wrapped at its slash (a PDF line break, CRLF too) is correct; two spaces after it are reported, and the message says so in every locale', () => {
    const text = 'إن الجمعية العامة،\r\n\r\nوإذ تشير إلى قرارها 40/152 المؤرخ 16 كانون الأول/\r\nديسمبر 1985، وإلى قرارها 42/42 المؤرخ 30 تشرين الثاني/\nنوفمبر 1987،\r\n\r\n1 - تؤكد مجددا أهمية التحقق.\r\n'
    const found = (source: string) => lint(source, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-52-990.ar.txt').filter((message) => message.ruleId === 'date-validity')
    assert.deepEqual(found(text), [])
    const [twice, ...rest] = found(text.replace('الأول/\r\n', 'الأول/  '))
    assert.deepEqual(rest, [])
    assert.deepEqual(
      locales.map((locale) => `${formatMessage(twice!).split(': ')[0]}: ${localize(twice!, locale)}`),
      [
        '3:38-3:58: لا مسافة قبل الشرطة المائلة في زوج الشهرين، ومسافة واحدة بعدها على الأكثر: اكتب «\u2068كانون الأول/ديسمبر\u2069»، لا «\u2068كانون الأول/ ديسمبر\u2069»',
        '3:38-3:58: A month pair has no space before its slash and at most one after it: write “\u2068كانون الأول/ديسمبر\u2069”, not “\u2068كانون الأول/ ديسمبر\u2069”',
        '3:38-3:58: Une paire de mois ne prend pas d\'espace avant la barre oblique, et une au plus après\u00a0: écrire «\u00a0\u2068كانون الأول/ديسمبر\u2069\u00a0», et non «\u00a0\u2068كانون الأول/ ديسمبر\u2069\u00a0»',
        '3:38-3:58: Un par de meses no lleva espacio antes de la barra, y a lo sumo uno después: escriba «\u2068كانون الأول/ديسمبر\u2069», no «\u2068كانون الأول/ ديسمبر\u2069»'
      ]
    )
    assert.deepEqual(twice!.expected, ['كانون الأول/ديسمبر'])
  })
  it('a 1990s UN masthead gives its date under the symbol (`Distr. GÉNÉRALE⏎A/RES/52/990⏎15 janvier 1998`): masthead, not a title', () => {
    const text = 'NATIONS UNIES\nAssemblée générale\nDistr. GÉNÉRALE\nA/RES/52/990\n15 janvier 1998\nCinquante-deuxième session\nPoint 151 de l\'ordre du jour\n\nRÉSOLUTION ADOPTÉE PAR L\'ASSEMBLÉE GÉNÉRALE\n\n[sur le rapport de la Sixième Commission (A/52/652)]\n\n52/990. Assistance aux États tiers\n\nL\'Assemblée générale,\n\nRappelant l\'Article 50 de la Charte,\n\n1. Prie le Secrétaire général de lui faire rapport.\n'
    const tree = parse(text, {language: 'fr', profile: getProfile('un-ga')})
    assert.deepEqual(tree.children.map((block) => block.type), ['identifier', 'heading', 'subject', 'opening', 'preamble', 'operative'])
    assert.deepEqual(tree.data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}`), ['masthead 1', 'masthead 2', 'masthead 3', 'masthead 5', 'masthead 6', 'masthead 7', 'masthead 11'])
    assert.deepEqual(lint(text, {language: 'fr', profile: 'un-ga'}, undefined, 'A-RES-52-990.fr.txt').filter((message) => message.ruleId === 'section-order'), [])
  })
  it('a participle agreeing with what it qualifies, in any word of a known phrase, is another form, not a slip (`Ayant présente à l’esprit la Déclaration`)', () => {
    const fr = "L'Assemblée générale,\n\nAyant présente à l'esprit la Déclaration sur les relations amicales,\n\nAyant présents à l'esprit les objectifs de la Charte,\n\n1. Décide de poursuivre l'examen de la question.\n"
    assert.deepEqual(lint(fr, {language: 'fr', profile: 'un-ga'}, undefined, 'A-RES-25-990.fr.txt').filter((message) => message.ruleId === 'preamble-opening'), [])
    // A slip elsewhere in the word is still one.
    assert.deepEqual(lint(fr.replace('présente', 'présnt'), {language: 'fr', profile: 'un-ga'}, undefined, 'A-RES-25-990.fr.txt').filter((message) => message.ruleId === 'preamble-opening').map((message) => message.ruleId), ['preamble-opening'])
  })
  it('parts A and B of one UN number are two resolutions: `47/120 A` and `47/120 B` (`47/120 باء`) are no citation repeated; one part cited twice still is', () => {
    const texts = {
      en: 'The General Assembly,\n\nRecalling its resolution 47/120 A of 18 December 1992 and its resolution 47/120 B of 20 September 1993, and its resolutions 71/101 A and B of 6 December 2016,\n\n1. Decides to keep the matter under review.\n',
      ar: 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 47/120 ألف المؤرخ 18 كانون الأول/ديسمبر 1992 وقرارها 47/120 باء المؤرخ 20 أيلول/سبتمبر 1993،\n\n1 - تقرر أن تبقي المسألة قيد الاستعراض.\n'
    }
    const duplicates = (text: string, language: 'ar' | 'en') => lint(text, {language, profile: 'un-ga'}, undefined, `A-RES-79-990.${language}.txt`).filter((message) => message.ruleId === 'citation-duplicate').map((message) => formatMessage(message))
    assert.deepEqual(duplicates(texts.en, 'en'), [])
    assert.deepEqual(duplicates(texts.ar, 'ar'), [])
    const citations = (text: string, language: 'ar' | 'en' | 'es') => parse(text, {language, profile: getProfile('un-ga')}).children.flatMap((block) => (block.type === 'preamble' ? block.children[0]!.children : [])).flatMap((child) => (child.type === 'citation' ? [`${child.value} ${child.part?.join('-')}`] : []))
    assert.deepEqual(citations(texts.en, 'en'), ['47/120 A 1', '47/120 B 2', '71/101 A and B 1-2'])
    assert.deepEqual(citations(texts.ar, 'ar'), ['47/120 ألف 1', '47/120 باء 2'])
    // A capital is a part's letter; a Spanish `a` is a word.
    assert.deepEqual(citations('La Asamblea General,\n\nRecordando su resolución 60/251 a fin de examinarla,\n\n1. Decide seguir examinando la cuestión.\n', 'es'), ['60/251 undefined'])
    // The same part twice, with two dates, is still one of them wrong.
    assert.deepEqual(duplicates(texts.en.replace('47/120 A of', '47/120 B of'), 'en'), ['3:74-3:82: “\u206847/120 B\u2069” is cited a second time, dated “\u206820 September 1993\u2069”: it is cited above as “\u206847/120 B\u2069”, dated “\u206818 December 1992\u2069”'])
    assert.deepEqual(duplicates(texts.ar.replace('47/120 ألف', '47/120 باء'), 'ar').length, 1)
  })
  it('a UN resolution in lettered parts (`A`, `ألف`): each part has its title, its own opening, and ends as a resolution does; a real slip is still found', () => {
    const en = [
      'A/RES/79/990 A-B',
      '',
      'Resolution adopted by the General Assembly on 9 December 2024',
      '',
      '79/990. Questions relating to information',
      '',
      'A',
      '',
      'Information in the service of humanity',
      '',
      'The General Assembly,',
      '',
      'Bearing in mind its earlier work on the matter,',
      '',
      '1. Urges all countries to cooperate in reducing disparities in information flows;',
      '',
      '2. Decides to keep the matter under review.',
      '',
      'B',
      '',
      'United Nations global communications policies',
      '',
      'The General Assembly,',
      '',
      'Emphasizing the role of the Department of Global Communications,',
      '',
      '1. Requests the Secretary-General to continue that work;',
      '',
      '2. Decides to include the item in the provisional agenda of its eightieth session.',
      '',
      '50th plenary meeting',
      '9 December 2024',
      ''
    ].join('\n')
    const ar = en
      .replace('Resolution adopted by the General Assembly on 9 December 2024', 'قرار اتخذته الجمعية العامة في 9 كانون الأول/ديسمبر 2024')
      .replace('79/990. Questions relating to information', '79/990 - المسائل المتصلة بالإعلام')
      .replace('\nA\n', '\nألف\n').replace('\nB\n', '\nباء\n')
      .replace('Information in the service of humanity', 'الإعلام في خدمة البشرية').replace('United Nations global communications policies', 'سياسات الأمم المتحدة للتواصل العالمي')
      .replace(/The General Assembly,/g, 'إن الجمعية العامة،')
      .replace('Bearing in mind its earlier work on the matter,', 'إذ تضع في اعتبارها أعمالها السابقة في هذا الشأن،').replace('Emphasizing the role of the Department of Global Communications,', 'إذ تؤكد دور إدارة التواصل العالمي،')
      .replace('1. Urges all countries to cooperate in reducing disparities in information flows;', '1 - تحث جميع البلدان على التعاون في الحد من التفاوت في تدفق المعلومات؛')
      .replace('2. Decides to keep the matter under review.', '2 - تقرر أن تبقي المسألة قيد الاستعراض.')
      .replace('1. Requests the Secretary-General to continue that work;', '1 - تطلب إلى الأمين العام مواصلة ذلك العمل؛')
      .replace('2. Decides to include the item in the provisional agenda of its eightieth session.', '2 - تقرر أن تدرج البند في جدول الأعمال المؤقت لدورتها الثمانين.')
      .replace('50th plenary meeting\n9 December 2024', 'الجلسة العامة 50\n9 كانون الأول/ديسمبر 2024')
    for (const [language, text] of [['en', en], ['ar', ar]] as const) {
      const tree = parse(text, {language, profile: getProfile('un-ga')})
      assert.deepEqual(tree.children.map((block) => block.type), ['identifier', 'heading', 'subject', 'partHeading', 'opening', 'preamble', 'operative', 'partHeading', 'opening', 'preamble', 'operative', 'closing'], language)
      assert.deepEqual(tree.children.flatMap((block) => (block.type === 'partHeading' ? [[block.number, block.lettered, block.children.length]] : [])), [[1, true, 2], [2, true, 2]], language)
      const found = lint(text, {language, profile: 'un-ga'}, undefined, `A-RES-79-990.${language}.txt`).filter((message) => typeof message.fatal === 'boolean')
      assert.deepEqual(found.map((message) => `${formatMessage(message)} (${message.ruleId})`), [], language)
    }
    const found = (source: string) => lint(source, {language: 'en', profile: 'un-ga'}, undefined, 'A-RES-79-990.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    // Part A's last paragraph ending as if the resolution went on, and an opening that heads no part, are still slips.
    assert.deepEqual(found(en.replace('under review.', 'under review;')), ['17:43-17:44: The last operative paragraph ends with “\u2068.\u2069”, not “\u2068;\u2069” (operative-terminator)'])
    assert.deepEqual(found(en.replace('Emphasizing the role', 'The General Assembly,\n\nEmphasizing the role')), ['25:1-25:22: A resolution has one opening: this is a second one (section-order)'])
    // Roman parts share the opening, and part I runs on into part II (`;`), as before.
    assert.deepEqual(found(en.replace('\nA\n', '\nI\n').replace('\nB\n', '\nII\n').replace('under review.', 'under review;')), [])
  })
  it('a part heading with a dash (`أولا -`, `ثانيا -`) or with its title after the dash or full stop (`أولا - أحكام عامة`, `II. Conference services`); a paragraph opening so is none', () => {
    const ar = 'إن الجمعية العامة،\n\nإذ تسلم بأن تعددية اللغات تسهم في تحقيق أهداف الأمم المتحدة،\n\nأولا - أحكام عامة\n\n1 - تحيط علما بتقرير الأمين العام؛\n\nثانيا -\n\nخدمات المؤتمرات\n\n1 - تقرر أن تواصل النظر في المسألة في دورتها الثمانين.\n'
    const heads = (text: string, language: 'ar' | 'en') => parse(text, {language, profile: getProfile('un-ga')}).children.flatMap((block) => (block.type === 'partHeading' ? [[block.number, ...block.children.map((child) => child.value)]] : []))
    assert.deepEqual(heads(ar, 'ar'), [[1, 'أولا -', 'أحكام عامة'], [2, 'ثانيا -', 'خدمات المؤتمرات']])
    assert.deepEqual(lint(ar, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-79-990.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => message.ruleId), [])
    const en = 'The General Assembly,\n\nRecognizing that multilingualism serves the Organization,\n\nI. General provisions\n\n1. Takes note of the report;\n\nII. Conference services\n\n1. Decides to continue its consideration of the question.\n'
    assert.deepEqual(heads(en, 'en'), [[1, 'I.', 'General provisions'], [2, 'II.', 'Conference services']])
    assert.deepEqual(lint(en, {language: 'en', profile: 'un-ga'}, undefined, 'A-RES-79-990.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => message.ruleId), [])
    // A line ending with a paragraph's mark, or going on in lower case, is no heading (`أولا - تقرر …؛`, a wrapped `I. of the report`).
    assert.deepEqual(heads(ar.replace('أولا - أحكام عامة', 'أولا - تقرر مواصلة العمل؛'), 'ar'), [[2, 'ثانيا -', 'خدمات المؤتمرات']])
    assert.deepEqual(heads(en.replace('I. General provisions', 'I. of the report of the Committee'), 'en'), [[2, 'II.', 'Conference services']])
  })
  it('a question item may open with a preposition before its interrogative (`To what extent …?`, `Dans quelle mesure …?`, `إلى أي مدى …؟`); a preposition before another word opens none', () => {
    const texts = {
      en: 'Recalling that it requested the Court to answer the following questions:\n\n(a) To what extent do those measures affect the legal status of the occupation?\n\n(b) Under which conditions may the obligations be suspended?\n\n1. Decides to remain seized of the matter.\n',
      fr: 'Rappelant qu’elle a demandé à la Cour de répondre aux questions suivantes :\n\na) Dans quelle mesure ces mesures influent-elles sur le statut juridique de l’occupation ?\n\nb) À quelles conditions ces obligations peuvent-elles être suspendues ?\n\n1. Décide de rester saisie de la question.\n',
      es: 'Recordando que pidió a la Corte que respondiera a las preguntas siguientes:\n\na) ¿En qué medida afectan esas medidas al estatuto jurídico de la ocupación?\n\nb) ¿Con arreglo a qué condiciones pueden suspenderse esas obligaciones?\n\n1. Decide seguir examinando la cuestión.\n',
      ar: 'وإذ تشير إلى أنها طلبت إلى المحكمة أن تجيب عن السؤالين التاليين:\n\n(أ) إلى أي مدى تؤثر تلك التدابير في الوضع القانوني للاحتلال؟\n\n(ب) على أي أساس يجوز تعليق تلك الالتزامات؟\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n'
    }
    const found = (text: string, language: 'ar' | 'en' | 'fr' | 'es') => lint(text, {language, profile: 'un-ga'}, undefined, `A-RES-80-990.${language}.txt`).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    for (const language of ['en', 'fr', 'es', 'ar'] as const) assert.deepEqual(found(texts[language], language), [], language)
    // `في ما يتعلق` (as regards), `اتخاذ أي تدابير` (any measures), `To have`: no question, so the `؟`, `?` are slips.
    assert.deepEqual(found(texts.ar.replace('إلى أي مدى تؤثر', 'في ما يتعلق بأثر'), 'ar'), ['3:61-3:62: A preamble paragraph ends with “\u2068،\u2069”, not “\u2068؟\u2069” (preamble-terminator)'])
    assert.deepEqual(found(texts.ar.replace('على أي أساس يجوز', 'اتخاذ أي تدابير تجيز'), 'ar'), ['5:46-5:47: A preamble paragraph ends with “\u2068،\u2069”, not “\u2068؟\u2069” (preamble-terminator)'])
    assert.deepEqual(found(texts.en.replace('Under which conditions may the obligations be suspended', 'To have the obligations suspended'), 'en'), ['5:38-5:39: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068?\u2069” (preamble-terminator)'])
  })
  it('a UN text of the first sessions (1946–1949): its title line `102 (I) …` and preamble paragraphs ending `;` are the layout of the time; a later text ending so is still reported', () => {
    const es = [
      '77 (I) Medidas para facilitar la labor de las comisiones',
      '',
      'La Asamblea General,',
      '',
      'Considerando que las comisiones tendrán ante sí un programa cargado durante la próxima sesión;',
      '',
      'Teniendo presentes las observaciones formuladas por las delegaciones sobre el particular;',
      '',
      'Pide al Secretario General que prepare un estudio sobre la organización de los trabajos;',
      '',
      'Resuelve examinar ese estudio en su segunda sesión.',
      ''
    ].join('\n')
    const en = es
      .replace('77 (I) Medidas para facilitar la labor de las comisiones', '77 (I). Measures to facilitate the work of the committees')
      .replace('La Asamblea General,', 'The General Assembly,')
      .replace('Considerando que las comisiones tendrán ante sí un programa cargado durante la próxima sesión;', 'Considering that the committees will have a heavy agenda at the next session;')
      .replace('Teniendo presentes las observaciones formuladas por las delegaciones sobre el particular;', 'Bearing in mind the observations made by delegations on the subject;')
      .replace('Pide al Secretario General que prepare un estudio sobre la organización de los trabajos;', 'Requests the Secretary-General to prepare a study on the organization of the work;')
      .replace('Resuelve examinar ese estudio en su segunda sesión.', 'Resolves to consider that study at its second session.')
    const found = (text: string, language: 'en' | 'es') => lint(text, {language, profile: 'un-ga', stage: 'final'}, undefined, `A-RES-77-I.${language}.txt`).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    for (const [language, text] of [['es', es], ['en', en]] as const) {
      assert.deepEqual(parse(text, {language, profile: getProfile('un-ga')}).children.map((block) => block.type), ['subject', 'opening', 'preamble', 'operative'], language)
      assert.deepEqual(found(text, language), [], language)
    }
    // The title names a later session (1970: `2734 (XXV)`), or the text has a modern number: `;` ends no preamble paragraph.
    const later = ['5:77-5:78: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068;\u2069” (preamble-terminator)', '7:68-7:69: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068;\u2069” (preamble-terminator)']
    assert.deepEqual(found(en.replace('77 (I).', '2734 (XXV).'), 'en'), later)
    assert.deepEqual(found(en.replace('77 (I).', '80/990.'), 'en'), later)
  })
  it('found on new own texts: a heading label with tashkeel, an Arabic running title opening as the opening does, and the plural UN heading over lettered parts', () => {
    const ar = (heading: string, above = '') => `${above}${heading}\n\nGA-2025-93-RES-88\n\nالموضوع: الخدمات اللغوية في المؤتمرات الإقليمية\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في\nدورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nتقرر مواصلة العمل.\n\nاعتُمد: المؤيدون: 140، المعارضون: 1، الممتنعون عن التصويت: 2\n`
    const found = (text: string) => problems(text, 'ar', 'GA-2025-93-RES-88.ar.txt')
    // Diacritics and tatweel are no other label; another word still is.
    assert.deepEqual(found(ar('قَرار رَقْم 88')), [])
    assert.deepEqual(found(ar('قرار رقـم 88')), [])
    assert.deepEqual(found(ar('قَرار 88')), ['1:1-1:6: The heading reads “\u2068قرار رقم\u2069”, not “\u2068قَرار\u2069” (heading-format)'])
    // A running title above the heading, its parts joined by spaced dashes, is page furniture; the opening's own first line is the opening.
    const titled = ar('قرار رقم 88', 'الجمعية العامة للإنتربول - الدورة الـ 93 - مراكش\n\n')
    assert.deepEqual(found(titled), [])
    const tree = parse(titled, {language: 'ar'})
    assert.deepEqual(tree.data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}`), ['runningTitle 1'])
    assert.deepEqual(tree.children.map((block) => block.type), ['heading', 'identifier', 'subject', 'opening', 'operative', 'closing'])
    assert.deepEqual(parse(ar('قرار رقم 88').replace('إن الجمعية العامة', 'الجمعية العامة'), {language: 'ar'}).children.map((block) => block.type), ['heading', 'identifier', 'subject', 'opening', 'operative', 'closing'])
    // `Resolutions adopted by …` heads a resolution in lettered parts (A/RES/72/90 A-B); a misspelt heading is still text in no part.
    const un = (heading: string) => `A/RES/80/903 A-B\n\n${heading} by the General Assembly on 9 December 2025\n\n80/903. Questions relating to information\n\nA\n\nInformation for every audience\n\nThe General Assembly,\n\n1. Decides to keep the matter under review.\n\nB\n\nOutreach to young people\n\nThe General Assembly,\n\n1. Decides to include the item in its provisional agenda.\n\n55th plenary meeting\n9 December 2025\n`
    const unFound = (text: string) => lint(text, {language: 'en', profile: 'un-ga'}, undefined, 'A-RES-80-903.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(unFound(un('Resolutions adopted')), [])
    assert.deepEqual(parse(un('Resolutions adopted'), {language: 'en', profile: getProfile('un-ga')}).children.slice(0, 3).map((block) => block.type), ['identifier', 'heading', 'subject'])
    assert.deepEqual(unFound(un('Resolutons adopted')), ['5:1-5:42: A resolution has one subject line: this is a second one (section-order)'])
  })
  it('a UN PDF copy as the Digital Library gives it: the job number alone, footnotes a blank line apart under their rule, a marker after a lost one (`2024/25; 4`), a running title over two lines or reading as a paragraph, an agenda title reading as one, `(a)` alone on its line', () => {
    const text = '\nUnited Nations \nA/RES/80/904\n \nGeneral Assembly \nDistr.: General \n3 December 2025 \n25-19904 (E) \n*2519904* \n \nEightieth session \nAgenda item 61 \nReport of the Committee on Inland Waterways \n \n \n Resolution adopted by the General Assembly \non 2 December 2025 \n \n[without reference to a Main Committee (A/80/L.904)] \n \n80/904. Report of the Committee on Inland Waterways and the \nnavigation of shared rivers \n \nThe General Assembly, \n \nHaving considered the report of the Committee on Inland Waterways on its \ntwelfth session,1 \n \nRecalling the Convention on the Navigation of Shared Rivers,2 and its \nprotocols, \n \n1. \nWelcomes the report of the Committee for 2024/25; 4 \n \n2. \nDecides that the Committee shall: \n \n(a) \nMeet once a year at Headquarters; \n__________________ \n \n1 A/80/904. \n \n2 United Nations, Treaty Series, vol. 3001, No. 51234. \n \n3 A/79/611. \n \n4 A/80/905.\n\nReport of the Committee on Inland Waterways and the \nnavigation of shared rivers \nA/RES/80/904\n \n25-19904\n2/2 \n \n \n(b) \nReport to the General Assembly at its eighty-first session.3 \n \n40th plenary meeting \n2 December 2025 \n'
    const found = (source: string) => lint(source, {language: 'en', profile: 'un-ga', stage: 'final'}, undefined, 'A-RES-80-904.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text), [])
    assert.deepEqual(parse(text, {language: 'en', profile: getProfile('un-ga')}).data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}`), [
      'masthead 2', 'masthead 5', 'masthead 6', 'masthead 7', 'masthead 8', 'masthead 9', 'masthead 11', 'masthead 12', 'masthead 13', 'masthead 19',
      'footnoteMarker 27', 'footnoteMarker 29', 'footnoteMarker 33', 'footnote 40', 'footnote 42', 'footnote 44', 'footnote 46', 'footnote 48',
      'repeatedHeader 50', 'repeatedHeader 51', 'repeatedHeader 52', 'jobNumber 54', 'pageNumber 55', 'footnoteMarker 59'
    ])
    // Slips are still found: a paragraph without its mark before the marker, an item lettered out of turn; a list of
    // numbers at a line's end (`paragraphs 2, 3`) is no marker.
    assert.deepEqual(found(text.replace('session,1', 'session 1')), ['27:18-27:18: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    assert.deepEqual(found(text.replace('(b) ', '(c) ')), ['58:1-58:4: This subparagraph is marked “\u2068(b)\u2069”, not “\u2068(c)\u2069” (operative-numbering)'])
    assert.deepEqual(found(text.replace('2024/25; 4', 'paragraphs 3, 4')), ['33:57-33:57: An operative paragraph ends with “\u2068;\u2069”, missing here (operative-terminator)'])
  })
  it('a UN opening may run on into one unnumbered operative paragraph with no preamble, without its comma (`The General Assembly⏎Adopts …`, A/RES/80/5); before a preamble or numbered paragraphs its comma is still required', () => {
    const found = (source: string) => lint(source, {language: 'en', profile: 'un-ga', stage: 'final'}, undefined, 'A-RES-80-905.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const runOn = 'The General Assembly\n\nAdopts the Declaration on Shared Rivers annexed to the present resolution.\n\n41st plenary meeting\n3 December 2025\n'
    assert.deepEqual(found(runOn), [])
    assert.deepEqual(found(runOn.replace('\n\nAdopts', '\n\nRecalling its resolution 79/904,\n\nAdopts')), ['1:21-1:21: The opening ends with “\u2068,\u2069”, missing here (opening-formula)'])
    assert.deepEqual(found(runOn.replace('Adopts the Declaration on Shared Rivers annexed to the present resolution.', '1. Adopts the Declaration on Shared Rivers;\n\n2. Decides to remain seized of the matter.')), ['1:21-1:21: The opening ends with “\u2068,\u2069”, missing here (opening-formula)'])
  })
  it('another body\'s resolution numbered as the UN\'s (`Human Rights Council resolution 49/1`, `49/1 du Conseil des droits de l’homme`, `قرار مجلس حقوق الإنسان 49/1`) is not a General Assembly resolution; the Assembly\'s own is still dated', () => {
    const un = {
      en: (paragraph: string) => `The General Assembly,\n\n${paragraph}\n\n1. Decides to remain seized of the matter.\n`,
      fr: (paragraph: string) => `L’Assemblée générale,\n\n${paragraph}\n\n1. Décide de rester saisie de la question.\n`,
      es: (paragraph: string) => `La Asamblea General,\n\n${paragraph}\n\n1. Decide seguir ocupándose de la cuestión.\n`,
      ar: (paragraph: string) => `إن الجمعية العامة،\n\n${paragraph}\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n`
    }
    const found = (language: 'en' | 'fr' | 'es' | 'ar', paragraph: string) => lint(un[language](paragraph), {language, profile: 'un-ga'}, undefined, `A-RES-80-906.${language}.txt`).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found('en', 'Taking note of Human Rights Council resolution 49/1 of 4 March 2022,'), [])
    assert.deepEqual(found('en', 'Taking note of resolution 49/1 of the Human Rights Council of 4 March 2022,'), [])
    assert.deepEqual(found('fr', 'Prenant note de la résolution 49/1 du Conseil des droits de l’homme, en date du 4 mars 2022,'), [])
    assert.deepEqual(found('es', 'Tomando nota de la resolución 49/1 del Consejo de Derechos Humanos, de 4 de marzo de 2022,'), [])
    assert.deepEqual(found('ar', 'وإذ تحيط علما بقرار مجلس حقوق الإنسان 49/1 المؤرخ 4 آذار/مارس 2022،'), [])
    assert.deepEqual(found('en', 'Recalling its resolution 49/1 of 4 March 2022,'), ['3:34-3:46: UN resolution \u206849/1\u2069 (of the 49th session, opened in September 1994) cannot be dated “\u20684 March 2022\u2069”: that date falls in the 76th session (un-citation-date)'])
    assert.deepEqual(found('fr', 'Rappelant sa résolution 49/1 du 4 mars 2022,'), ['3:33-3:44: UN resolution \u206849/1\u2069 (of the 49th session, opened in September 1994) cannot be dated “\u20684 mars 2022\u2069”: that date falls in the 76th session (un-citation-date)'])
    assert.deepEqual(found('es', 'Recordando su resolución 49/1, de 4 de marzo de 2022,'), ['3:35-3:53: UN resolution \u206849/1\u2069 (of the 49th session, opened in September 1994) cannot be dated “\u20684 de marzo de 2022\u2069”: that date falls in the 76th session (un-citation-date)'])
    assert.deepEqual(found('ar', 'وإذ تشير إلى قرارها 49/1 المؤرخ 4 آذار/مارس 2022،'), ['3:33-3:49: UN resolution \u206849/1\u2069 (of the 49th session, opened in September 1994) cannot be dated “\u20684 آذار/مارس 2022\u2069”: that date falls in the 76th session (un-citation-date)'])
  })
  it('an Arabic question item may open with a preposition joined to its interrogative (`بأي وسيلة …؟`, `ولأي غرض …؟`); `؟` after another word joined so is still a slip', () => {
    const text = (items: string) => `إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يعقد اجتماعا للخبراء يتناول ما يلي:\n\n${items}\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n`
    const found = (source: string) => lint(source, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-80-907.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text('(أ) بأي وسيلة تُوسَم الحاويات؟\n\n(ب) ولأي غرض تُتبادل البيانات بين الموانئ؟')), [])
    assert.deepEqual(found(text('(أ) بكل وسيلة تُوسَم الحاويات؟\n\n(ب) لأي غرض تُتبادل البيانات بين الموانئ؟')), ['5:30-5:31: An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069” (operative-terminator)'])
  })
  it('parts joined by a word (`71/101 A and B`, `A et B`, `A y B`, `ألف وباء`) are both cited, as `A-B` is: the versions agree; a version citing another part is told it, its letter shown', () => {
    const citations = (text: string, language: 'ar' | 'en' | 'es' | 'fr') => parse(text, {language, profile: getProfile('un-ga')}).children.flatMap((block) => (block.type === 'preamble' ? block.children[0]!.children : [])).flatMap((child) => (child.type === 'citation' ? [`${child.value} ${child.part?.join('-')}`] : []))
    assert.deepEqual(citations('L’Assemblée générale,\n\nRappelant ses résolutions 71/101 A et B du 6 décembre 2016,\n\n1. Décide d’agir.\n', 'fr'), ['71/101 A et B 1-2'])
    assert.deepEqual(citations('La Asamblea General,\n\nRecordando sus resoluciones 71/101 A y B, de 6 de diciembre de 2016,\n\n1. Decide actuar.\n', 'es'), ['71/101 A y B 1-2'])
    assert.deepEqual(citations('إن الجمعية العامة،\n\nإذ تشير إلى قراريها 71/101 ألف وباء المؤرخين 6 كانون الأول/ديسمبر 2016،\n\n1 - تقرر أن تعمل.\n', 'ar'), ['71/101 ألف وباء 1-2'])
    // A word after the letter that is no separator, or a separator before another citation, joins no part.
    assert.deepEqual(citations('The General Assembly,\n\nRecalling its resolutions 47/120 A and 71/101 B of 6 December 2016,\n\n1. Decides to act.\n', 'en'), ['47/120 A 1', '71/101 B 2'])
    const en = 'United Nations A/RES/80/909\n\nThe General Assembly,\n\nRecalling its resolutions 47/120 B of 20 September 1993 and 71/101 A and B of 6 December 2016,\n\n1. Decides to remain seized of the matter.\n'
    const fr = 'Nations Unies A/RES/80/909\n\nL’Assemblée générale,\n\nRappelant ses résolutions 47/120 B du 20 septembre 1993 et 71/101 A-B du 6 décembre 2016,\n\n1. Décide de rester saisie de la question.\n'
    const es = 'Naciones Unidas A/RES/80/909\n\nLa Asamblea General,\n\nRecordando sus resoluciones 47/120 B, de 20 de septiembre de 1993, y 71/101 A y B, de 6 de diciembre de 2016,\n\n1. Decide seguir ocupándose de la cuestión.\n'
    const set = (french: string) => reportSet([{path: '/x/A-RES-80-909.en.txt', text: en}, {path: '/x/A-RES-80-909.fr.txt', text: french}, {path: '/x/A-RES-80-909.es.txt', text: es}], {profile: 'un-ga'}, 'parallel-facts')
    assert.deepEqual(set(fr), [])
    assert.deepEqual(set(fr.replace('47/120 B du', '47/120 A du')), ['A-RES-80-909.fr.txt:5:27-5:35: The English and Spanish versions give the UN resolution \u206847/120 B\u2069 here, not “\u206847/120 A\u2069”'])
  })
  it('names run in after a colon (`… de:⏎Brasil, Egipto, Francia, India y Noruega,⏎que …`, as 102 (I) lists its Governments) go on the paragraph; a paragraph after a colon is still one', () => {
    const found = (text: string, language: 'en' | 'es') => lint(text, {language, profile: 'un-ga'}, undefined, `A-RES-80-908.${language}.txt`).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const es = 'La Asamblea General,\nRecordando su resolución 79/1,\n1. Decide establecer un comité integrado por los representantes de:\nBrasil, Egipto, Francia, India y Noruega,\nque presentará su informe en su octogésimo primer período de sesiones;\n2. Decide seguir ocupándose de la cuestión.\n'
    assert.deepEqual(found(es, 'es'), [])
    assert.deepEqual(found('The General Assembly,\nRecalling its resolution 79/1,\n1. Decides to establish a committee composed of representatives of:\nBrazil, Egypt, France, India and Norway,\nwhich shall report to it at its eighty-first session;\n2. Decides to remain seized of the matter.\n', 'en'), [])
    assert.deepEqual(found(es.replace('Brasil, Egipto, Francia, India y Noruega,\nque presentará su informe', 'Encarga al comité que presente su informe'), 'es'), ['3:67-3:68: An operative paragraph ends with “\u2068;\u2069”, not “\u2068:\u2069” (operative-terminator)'])
  })
  it('a footnote copied without its rule, a paragraph of its own (`1 Official Records …`), is page furniture when a marker glued above has its number (`1990,1`); without the marker it is still a paragraph', () => {
    const text = 'The General Assembly,\n\nRecalling the report of the Meeting of Coastal States, held in Lisbon from 2 to 6 July 1990,1\n\nNoting the initiatives of the States of the region,2\n\n1 Official Records of the General Assembly, Forty-fifth Session, Supplement No. 45 (A/45/45).\n\n2 A/79/904, annex.\n\n1. Decides to remain seized of the matter.\n\n52nd plenary meeting 1 December 2025\n'
    const found = (source: string) => lint(source, {language: 'en', profile: 'un-ga', stage: 'final'}, undefined, 'A-RES-80-910.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text), [])
    assert.deepEqual(parse(text, {language: 'en', profile: getProfile('un-ga')}).data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}`), ['footnoteMarker 3', 'footnoteMarker 5', 'footnote 7', 'footnote 9'])
    assert.deepEqual(found(text.replace('July 1990,1', 'July 1990,')), ['7:1-7:2: “\u20681\u2069” is not a known preamble opener: a preamble paragraph opens with a participle, an adjective or a participial phrase (preamble-opening)', '7:93-7:94: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068.\u2069” (preamble-terminator)'])
    assert.deepEqual(found(text.replace('region,2', 'region 2')), ['5:53-5:53: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })
  it('a 1990s UN copy marks its footnotes `1/` after the paragraph\'s mark (`Committee on Information,  1/`), with or without the footnote in the copy; a paragraph without its mark is still reported', () => {
    const text = 'The General Assembly,\n\nTaking note of the report of the Committee on\nInformation,  1/\n\nAlso taking note of the report of the Secretary-General, 2/\n\n1. Decides to keep the matter under review.\n'
    const found = (source: string) => lint(source, {language: 'en', profile: 'un-ga'}, undefined, 'A-RES-50-990.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text), [])
    assert.deepEqual(parse(text, {language: 'en', profile: getProfile('un-ga')}).data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}:${layout.position.start.column}`), ['footnoteMarker 4:15', 'footnoteMarker 6:58'])
    assert.deepEqual(found(text.replace('Information,  1/', 'Information  1/')), ['4:16-4:16: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })
  it('another body named after the number behind `adopted by the` (`52/3 adopted by the Human Rights Council`, `adoptée par le Conseil`, `aprobada por el Consejo`) is no General Assembly resolution; one adopted by the Assembly is still dated', () => {
    const un = {
      en: (paragraph: string) => `The General Assembly,\n\n${paragraph}\n\n1. Decides to remain seized of the matter.\n`,
      fr: (paragraph: string) => `L’Assemblée générale,\n\n${paragraph}\n\n1. Décide de rester saisie de la question.\n`,
      es: (paragraph: string) => `La Asamblea General,\n\n${paragraph}\n\n1. Decide seguir ocupándose de la cuestión.\n`
    }
    const found = (language: 'en' | 'fr' | 'es', paragraph: string) => problems(un[language](paragraph), language, `A-RES-80-931.${language}.txt`)
    assert.deepEqual(found('en', 'Taking note of resolution 52/3 adopted by the Human Rights Council on 3 April 2023,'), [])
    assert.deepEqual(found('fr', 'Prenant acte de la résolution 52/3 adoptée par le Conseil des droits de l’homme le 3 avril 2023,'), [])
    assert.deepEqual(found('es', 'Tomando nota de la resolución 52/3 aprobada por el Consejo de Derechos Humanos el 3 de abril de 2023,'), [])
    assert.deepEqual(found('en', 'Recalling its resolution 52/3 adopted by the General Assembly on 3 April 2023,'), ['3:66-3:78: UN resolution \u206852/3\u2069 (of the 52nd session, opened in September 1997) cannot be dated “\u20683 April 2023\u2069”: that date falls in the 77th session (un-citation-date)'])
  })
  it('a range of parts (`71/101 A to C`, `A à C`, `A a C`, `ألف إلى جيم`, `72/262 A-C`) cites every part from the first to the last; a word after a letter that is no range joins none', () => {
    const citations = (text: string, language: 'ar' | 'en' | 'es' | 'fr') => parse(text, {language, profile: getProfile('un-ga')}).children.flatMap((block) => (block.type === 'preamble' ? block.children[0]!.children : [])).flatMap((child) => (child.type === 'citation' ? [`${child.value} ${child.part?.join('-')}`] : []))
    assert.deepEqual(citations('The General Assembly,\n\nRecalling its resolutions 71/101 A to C of 6 December 2016 and 72/262 A-C of 24 December 2017,\n\n1. Decides to act.\n', 'en'), ['71/101 A to C 1-2-3', '72/262 A-C 1-2-3'])
    assert.deepEqual(citations('L’Assemblée générale,\n\nRappelant ses résolutions 71/101 A à C du 6 décembre 2016,\n\n1. Décide d’agir.\n', 'fr'), ['71/101 A à C 1-2-3'])
    assert.deepEqual(citations('La Asamblea General,\n\nRecordando sus resoluciones 71/101 A a C, de 6 de diciembre de 2016, y 47/120 A a la luz de,\n\n1. Decide actuar.\n', 'es'), ['71/101 A a C 1-2-3', '47/120 A 1'])
    assert.deepEqual(citations('إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 71/101 ألف إلى جيم المؤرخة 6 كانون الأول/ديسمبر 2016،\n\n1 - تقرر أن تعمل.\n', 'ar'), ['71/101 ألف إلى جيم 1-2-3'])
    // A range runs forward only: `C to A` names the part C.
    assert.deepEqual(citations('The General Assembly,\n\nRecalling its resolutions 71/101 C to A of 6 December 2016,\n\n1. Decides to act.\n', 'en'), ['71/101 C 3'])
  })
  it('a session\'s Roman numeral in parentheses after a number and its parts (`3419 A to D (XXX)`, `2106 A (XX)`) is no placeholder; `XX` elsewhere still is', () => {
    const un = (paragraph: string) => `The General Assembly,\n\n${paragraph}\n\n1. Decides to remain seized of the matter.\n`
    assert.deepEqual(problems(un('Recalling its resolutions 3220 (XXIX) of 6 November 1974, 3419 A to D (XXX) of 8 December 1975 and 2106 A (XX) of 21 December 1965,'), 'en', 'A-RES-80-932.en.txt'), [])
    assert.deepEqual(problems('L’Assemblée générale,\n\nRappelant ses résolutions 3419 A à D (XXX) du 8 décembre 1975 et 3379 (XXX) du 10 novembre 1975,\n\n1. Décide de rester saisie de la question.\n', 'fr', 'A-RES-80-932.fr.txt'), [])
    assert.deepEqual(problems(un('Recalling its resolution adopted at the XX session (XXX),'), 'en', 'A-RES-80-932.en.txt'), ['3:41-3:43: “\u2068XX\u2069” is a placeholder: write the words it stands for (placeholder)', '3:53-3:56: “\u2068XXX\u2069” is a placeholder: write the words it stands for (placeholder)'])
    assert.deepEqual(problems(un('Recalling its resolution 3419 A to D (XXX) of XX December 1975,'), 'en', 'A-RES-80-932.en.txt'), ['3:47-3:49: “\u2068XX\u2069” is a placeholder: write the words it stands for (placeholder)'])
  })
  it('Word\'s Symbol bullet pasted as text (U+F0B7 before a tab and `a)`, U+F0A7) marks an item under its chapeau; an item that ends the text early is still reported', () => {
    const es = (items: string) => `RESOLUCIÓN N.º 97\nGA-2025-93-RES-97\nAsunto: Armas de fuego\nLa Asamblea General de la OIPC-INTERPOL, reunida en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025 en su 93.ª reunión,\nADVERTIDA del aumento de las armas de fuego halladas en el mar,\nPRESCRIBE que cada registro indique:\n${items}\nEMPLAZA a la Secretaría General a informar en la 94.ª reunión.\n`
    assert.deepEqual(problems(es('\uf0b7\ta) el lugar del hallazgo;\n\uf0b7\tb) el pabellón de la embarcación; y\n\uf0b7\tc) el número de serie del arma;'), 'es', 'GA-2025-93-RES-97.es.txt'), [])
    assert.deepEqual(problems(es('\uf0a7 el lugar del hallazgo;\n\uf0a7 el pabellón de la embarcación;'), 'es', 'GA-2025-93-RES-97.es.txt'), [])
    assert.deepEqual(problems(es('\uf0b7\ta) el lugar del hallazgo;\n\uf0b7\tb) el pabellón de la embarcación; y\n\uf0b7\tc) el número de serie del arma.'), 'es', 'GA-2025-93-RES-97.es.txt'), ['9:33-9:34: An operative paragraph ends with “\u2068;\u2069”, not “\u2068.\u2069” (operative-terminator)'])
  })
  it('an INTERPOL letterhead names the Organization alone on its first line (`ICPO-INTERPOL`, `المنظمة الدولية للشرطة الجنائية (الإنتربول)`) above the running title: page furniture; another line there is still reported', () => {
    const en = (top: string) => `${top}\n\nRESOLUTION No. 95\n\nGA-2025-93-RES-95\n\nSubject: Standby roster\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nAPPRISED of the report of the Working Group,\n\nENLISTS the member countries in a standby roster.\n\nAdopted: For: 131, Against: 0, Abstentions: 5\n`
    const found = (text: string, language: 'ar' | 'en', name: string) => lint(text, {language, stage: 'final'}, undefined, name).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const letterhead = en('ICPO-INTERPOL\nGeneral Assembly\n93rd session, Marrakesh, 24-27 November 2025')
    assert.deepEqual(found(letterhead, 'en', 'GA-2025-93-RES-95.en.txt'), [])
    assert.deepEqual(parse(letterhead, {language: 'en', profile: getProfile('interpol-ga')}).data.pastedLayout?.map((layout) => `${layout.kind} ${layout.position.start.line}`), ['runningTitle 1', 'runningTitle 2', 'runningTitle 3'])
    const ar = `المنظمة الدولية للشرطة الجنائية (الإنتربول)\nالجمعية العامة - الدورة الـ 93\n\nقرار رقم 98\n\nGA-2025-93-RES-98\n\nالموضوع: فرق دعم التحقيقات\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ يحدوها الأمل في أن تسهم الفرق المشتركة في تحديد هوية الضحايا،\n\nتوعز إلى الأمانة العامة بإنشاء فرق لدعم التحقيقات.\n\nاعتُمد: المؤيدون: 127، المعارضون: 1، الممتنعون عن التصويت: 8\n`
    assert.deepEqual(found(ar, 'ar', 'GA-2025-93-RES-98.ar.txt'), [])
    // Another line above the heading is the page's or the file's (a note, a web page's title): said, an error in a final text only.
    const noted = en('Draft for the Executive Committee\nGeneral Assembly')
    assert.deepEqual(found(noted, 'en', 'GA-2025-93-RES-95.en.txt'), ["1:1-1:34: This text stands above the resolution's heading: a page's title or a note, no part of the resolution (section-order)"])
    assert.deepEqual(lint(noted, {language: 'en'}, 'section-order', 'GA-2025-93-RES-95.en.txt').map((message) => `${formatMessage(message)} ${message.fatal}`), [
      "1:1-1:34: This text stands above the resolution's heading: a page's title or a note, no part of the resolution undefined"
    ])
    // Without a heading below it, such a line may be the heading misspelt: an error at every stage.
    assert.deepEqual(lint(noted.replace('RESOLUTION No. 95', ''), {language: 'en'}, 'section-order', 'GA-2025-93-RES-95.en.txt').filter((message) => message.line === 1).map((message) => `${formatMessage(message)} ${message.fatal}`), [
      '1:1-1:34: This text belongs to no part of a resolution true'
    ])
  })
  it('a UN page break as pdftotext lays it out: the job number and the page on one line (`25-21234      1/2`), the header with the title on one line (`A/RES/80/925      Questions …`, the title first on the facing page, Arabic too); another title there is still text', () => {
    const found = (text: string, language: 'ar' | 'en', name: string) => lint(text, {language, stage: 'final'}, undefined, name).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const layout = (text: string, language: 'ar' | 'en') => parse(text, {language, profile: getProfile('un-ga')}).data.pastedLayout?.map((piece) => `${piece.kind} ${piece.position.start.line}`)
    const en = (foot: string, header: string) => `United Nations                                    A/RES/80/925\nGeneral Assembly                      Distr.: General\n                                      19 December 2025\n\nResolution adopted by the General Assembly on 16 December 2025\n\n80/925. Questions relating to the proposed programme budget\n        for 2026\n\nThe General Assembly,\n\nRecalling its resolution 79/260 A-C of 24 December 2024,1\n\n1. Bestows on the Secretary-General the authority to enter into commitments;\n\n2. Requests the Secretary-General to report thereon to the Assembly, with:\n\n_______________\n1 A/80/7.\n\n${foot}\n${header}\n\n(a) The commitments entered into;\n\n(b) The results of the audit;\n\n3. Decides to consider the question.\n\n60th plenary meeting\n16 December 2025\n`
    const page = ['masthead 2', 'masthead 3', 'footnoteMarker 12', 'footnote 18', 'footnote 19', 'pageNumber 21', 'repeatedHeader 22']
    const odd = en('25-21234                                   1/2', 'A/RES/80/925            Questions relating to the proposed programme budget for 2026')
    assert.deepEqual(found(odd, 'en', 'A-RES-80-925.en.txt'), [])
    assert.deepEqual(layout(odd, 'en'), page)
    const even = en('2/2                                   25-21234', 'Questions relating to the proposed programme budget for 2026           A/RES/80/925')
    assert.deepEqual(found(even, 'en', 'A-RES-80-925.en.txt'), [])
    assert.deepEqual(layout(even, 'en'), page)
    assert.deepEqual(found(en('25-21234                                   1/2', 'A/RES/80/925            Questions relating to other matters entirely'), 'en', 'A-RES-80-925.en.txt'), ['22:69-22:69: An operative paragraph ends with “\u2068:\u2069”, missing here (operative-terminator)'])
    const ar = `الأمم المتحدة                                   A/RES/80/928\nالجمعية العامة                       التوزيع: عام\n\nقرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2025\n\n80/928 - المسائل المتصلة بالميزانية البرنامجية المقترحة لعام 2026\n\nإن الجمعية العامة،\n\nإذ تستحضر قرارها 79/260 المؤرخ 24 كانون الأول/ديسمبر 2024،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن ذلك يبيّن ما يلي:\n\n25-21236                                   1/2\nA/RES/80/928             المسائل المتصلة بالميزانية البرنامجية المقترحة لعام 2026\n\n(أ) الالتزامات المعقودة؛\n\n(ب) نتائج مراجعة الحسابات؛\n\n2 - تقرر أن تنظر في المسألة.\n\nالجلسة العامة 60\n16 كانون الأول/ديسمبر 2025\n`
    assert.deepEqual(found(ar, 'ar', 'A-RES-80-928.ar.txt'), [])
    assert.deepEqual(layout(ar, 'ar'), ['masthead 2', 'pageNumber 14', 'repeatedHeader 15'])
  })
  it('a Markdown footnote (`[^1]: …`) is page furniture in an INTERPOL text too, after an annex as well: the marker `,[^1]` leaves the paragraph its comma; a link definition is no footnote', () => {
    const md = (foot: string) => `# RESOLUTION No. 99\n\n**GA-2025-93-RES-99**\n\n**Subject:** Secure channel\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n**HEARTENED** by the results of the pilot channel opened in 2024,[^1]\n\n**ORDAINS** that a secure channel be opened to every National Central Bureau.\n\nAdopted: For: 136, Against: 0, Abstentions: 2\n\n## Annex\n\n1. The Executive Committee reports on the channel to the 95th session.\n\n${foot}\n`
    const found = (text: string) => lint(text, {language: 'en', stage: 'final'}, undefined, 'GA-2025-93-RES-99.en.md').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(md('[^1]: Report GA-2025-93-REP-14.')), [])
    assert.deepEqual(parse(md('[^1]: Report GA-2025-93-REP-14.'), {language: 'en', profile: getProfile('interpol-ga')}).data.pastedLayout?.map((piece) => `${piece.kind} ${piece.position.start.line}`), ['footnoteMarker 9', 'footnote 19'])
    assert.deepEqual(found(md('[1]: Report GA-2025-93-REP-14.')), ['9:70-9:70: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })
  it('in a Markdown file, front matter, fenced code (```` ``` ````, `~~~`) and HTML comments are no resolution text: a clean text with them gives no message, and --fix leaves them and the real paragraphs\' terminators as they are', () => {
    const clean = readFileSync(new URL('GA-2025-93-RES-32.en.md', folder), 'utf8').replaceAll('\r\n', '\n')
    const text = '---\ntitle: Cooperation with the ICC\n---\n\n' + clean.replace('Adopted:', '```\nexample, not text\n```\n\n~~~~\n1. Decides nothing\n~~~~\n\n<!-- drafting\nnote -->\n\n<!-- second note -->\n\nAdopted:')
    const found = (value: string) => lint(value, {}, undefined, 'GA-2025-93-RES-32.en.md').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text), [])
    const unended = text.replace('General Assembly.\n', 'General Assembly\n')
    assert.deepEqual(found(unended), ['27:92-27:92: The last operative paragraph ends with “\u2068.\u2069”, missing here (operative-terminator)'])
    const dir = mkdtempSync(path.join(tmpdir(), 'resolint-md-'))
    try {
      const file = path.join(dir, 'GA-2025-93-RES-32.en.md')
      for (const [before, after] of [[text, text], [unended, text]]) {
        writeFileSync(file, before)
        spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.mjs', import.meta.url)), '--fix', file], {encoding: 'utf8', timeout: 60_000, env: cliEnv})
        assert.equal(readFileSync(file, 'utf8'), after)
      }
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
  it('two names run in after a colon, the whole line with its comma (`… of:⏎Brazil and Norway,⏎which …`, `Brasil y Noruega,`, `Republic of Korea and Chile,`), go on the paragraph; a line opening with an opener\'s form there is still a paragraph', () => {
    const en = (names: string) => `The General Assembly,\nRecalling its resolution 79/1,\n1. Decides to establish a committee composed of representatives of:\n${names}\nwhich shall report to it at its eighty-first session;\n2. Decides to remain seized of the matter.\n`
    const es = 'La Asamblea General,\nRecordando su resolución 79/1,\n1. Decide establecer un comité integrado por los representantes de:\nBrasil y Noruega,\nque presentará su informe en su octogésimo primer período de sesiones;\n2. Decide seguir ocupándose de la cuestión.\n'
    assert.deepEqual(problems(en('Brazil and Norway,'), 'en', 'A-RES-80-951.en.txt'), [])
    assert.deepEqual(problems(en('Republic of Korea and Chile,'), 'en', 'A-RES-80-951.en.txt'), [])
    assert.deepEqual(problems(es, 'es', 'A-RES-80-951.es.txt'), [])
    assert.deepEqual(problems(en('Heartened by the Report,'), 'en', 'A-RES-80-951.en.txt'), ['3:67-3:68: An operative paragraph ends with “\u2068;\u2069”, not “\u2068:\u2069” (operative-terminator)'])
  })
  it('a quoted text after a colon (`… to read as follows:⏎⏎"Rule 72⏎⏎The General Assembly may …";`, `« Article 10 … » ;`, Arabic `"المادة 72 …"؛`) goes on the paragraph quoting it, its own paragraphs included; a quotation after a finished paragraph is still one of its own', () => {
    const en = 'The General Assembly,\n\nRecalling its resolution 73/341 of 12 September 2019,\n\n1. Decides to amend rule 72 of its rules of procedure to read as follows:\n\n"Rule 72\n\nThe General Assembly may limit the time to be allowed to each speaker.\n\n1. When debate is limited, the President shall call the speaker to order.";\n\n2. Also decides that the amendment shall take effect on 1 January 2026.\n'
    assert.deepEqual(problems(en, 'en', 'A-RES-80-929.en.txt'), [])
    const fr = 'RÉSOLUTION N° 103\n\nGA-2025-93-RES-103\n\nObjet : Modification de l’article 10\n\nL’Assemblée générale de l’O.I.P.C.-INTERPOL, réunie à Marrakech (Maroc) du 24 au 27 novembre 2025 en sa 93e session,\n\nATTACHÉE à ce que chaque délégation reçoive les projets dans sa langue,\n\nAMENDE l’article 10 du Règlement intérieur, qui se lit désormais comme suit :\n\n« Article 10\n\n1) Les projets de résolution sont déposés au plus tard quarante-cinq jours avant la session.\n\n2) Le Secrétariat général les fait parvenir aux délégations trente jours avant cette date. » ;\n\nFIXE au 1er janvier 2026 l’entrée en vigueur de cette modification.\n\nAdoptée : Pour : 130, Contre : 2, Abstentions : 5\n'
    assert.deepEqual(problems(fr, 'fr', 'GA-2025-93-RES-103.fr.txt'), [])
    const ar = 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 73/341 المؤرخ 12 أيلول/سبتمبر 2019،\n\n1 - تقرر تعديل المادة 72 من نظامها الداخلي ليصبح نصها كما يلي:\n\n"المادة 72\n\nيجوز للجمعية العامة أن تحدد الوقت المسموح به لكل متكلم"؛\n\n2 - تقرر أيضا أن يبدأ نفاذ التعديل في 1 كانون الثاني/يناير 2026.\n'
    assert.deepEqual(problems(ar, 'ar', 'A-RES-80-930.ar.txt'), [])
    assert.deepEqual(problems(en.replace('to read as follows:', 'as proposed;'), 'en', 'A-RES-80-929.en.txt'), [
      '7:1-7:1: Among numbered paragraphs, this one needs its number, “\u20682.\u2069” (operative-numbering)',
      '11:4-11:8: An operative paragraph opens with a verb in the present tense, not with the infinitive or verbal noun “\u2068When\u2069” (operative-opening)',
      '7:9-7:9: An operative paragraph ends with “\u2068;\u2069”, missing here (operative-terminator)',
      '9:1-9:71: A resolution has one opening: this is a second one (section-order)'
    ])
    // A quotation whose closing mark is missing is told, and read as ending before the paragraph numbered next (its own
    // `1.` is quoted): no other message follows from it; the last paragraph's missing `.` is still found.
    const unclosed = en.replace('to order.";', 'to order;').replace('on 1 January 2026.', 'on 1 January 2026')
    assert.deepEqual(problems(unclosed, 'en', 'A-RES-80-929.en.txt'), [
      '13:71-13:71: The last operative paragraph ends with “\u2068.\u2069”, missing here (operative-terminator)',
      '7:1-7:2: The quotation opened here with “\u2068"\u2069” is never closed: it ends with “\u2068"\u2069” (quotation-unclosed)'
    ])
    // A keystroke that makes a paragraph quote the text below it (`;` typed over as `:`), or edits inside a quoted
    // paragraph (`2) …`, a block of its own to the eye), is read as a full check reads it.
    const said = (file: ReturnType<typeof check>) => file.messages.map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const edits = [
      {language: 'fr', path: '/drafts/GA-2025-93-RES-103.fr.txt', before: fr.replace('comme suit :', 'comme suit ;'), after: fr},
      {language: 'fr', path: '/drafts/GA-2025-93-RES-103.fr.txt', before: fr, after: fr.replace('trente jours', 'trente et un jours')},
      {language: 'en', path: '/drafts/A-RES-80-929.en.txt', before: en.replace('as follows:', 'as follows;'), after: en},
      {language: 'en', path: '/drafts/A-RES-80-929.en.txt', before: en, after: en.replace('Decides to amend', 'Decides to change')},
      {language: 'en', path: '/drafts/A-RES-80-929.en.txt', before: en, after: en.replace('to order.";', 'to order.;')},
      {language: 'en', path: '/drafts/A-RES-80-929.en.txt', before: en.replace('to order.";', 'to order.;'), after: en}
    ] as const
    for (const {language, path, before, after} of edits) {
      const processor = createProcessor({language})
      const first = check(processor, before, path, 1, undefined, {previous: undefined})
      assert.deepEqual(said(check(processor, after, path, 2, undefined, {previous: first.data.tree, resolutions: first.data.document.resolutions})), said(check(processor, after, path, 2)))
    }
  })
  it('Word\'s lettered lists (`a.⇥the seizure of devices;`, `i.⇥…`, `أ.⇥ضبط الأجهزة؛`) mark items under their chapeau; a letter out of order is still reported, its fix in the same style; `p. 12` wrapped to a line\'s start and a part `A. Conference services` are no items', () => {
    const en = (items: string) => `RESOLUTION No. 104\n\nGA-2025-93-RES-104\n\nSubject: Regional training\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nWARY of training that is given once and never followed up,\n\n1.\tEARMARKS EUR 400,000 of the 2026 budget for regional courses;\n\n2.\tTASKS the General Secretariat with organizing the courses, which shall cover:\n\n${items}\n\n3.\tAPPORTIONS the places on the courses among the regions.\n\nAdopted: For: 134, Against: 0, Abstentions: 3\n`
    const found = (text: string, name: string) => lint(text, {language: 'en', stage: 'final'}, undefined, name).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(en('a.\tthe seizure of devices;\n\nb.\tthe chain of custody; and\n\nc.\tthe exchange of evidence;'), 'GA-2025-93-RES-104.en.txt'), [])
    assert.deepEqual(found(en('i.\tthe seizure of devices;\n\nii.\tthe chain of custody; and\n\niii.\tthe exchange of evidence;'), 'GA-2025-93-RES-104.en.txt'), [])
    const skipped = en('a.\tthe seizure of devices;\n\nc.\tthe chain of custody;')
    assert.deepEqual(found(skipped, 'GA-2025-93-RES-104.en.txt'), ['17:1-17:3: This subparagraph is marked “\u2068b.\u2069”, not “\u2068c.\u2069” (operative-numbering)'])
    assert.equal(lint(skipped, {language: 'en'}, 'operative-numbering')[0]?.expected?.[0], 'b.')
    const ar = (items: string) => `قرار رقم 104\n\nGA-2025-93-RES-104\n\nالموضوع: التدريب الإقليمي\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تستشعر تزايد حصة الأدلة الرقمية في القضايا،\n\n1.\tترصد 400 000 يورو من ميزانية عام 2026 لدورات إقليمية؛\n\n2.\tتنيط بالأمانة العامة تنظيم الدورات، على أن تتناول ما يلي:\n\n${items}\n\n3.\tتوزع المقاعد في الدورات على المناطق.\n\nاعتُمد: المؤيدون: 134، المعارضون: 0، الممتنعون عن التصويت: 3\n`
    const arabic = (text: string) => lint(text, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-104.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(arabic(ar('أ.\tضبط الأجهزة؛\n\nب.\tسلسلة حيازة الأدلة؛\n\nج.\tتبادل الأدلة عبر قنوات الإنتربول؛')), [])
    assert.deepEqual(arabic(ar('أ.\tضبط الأجهزة؛\n\nج.\tسلسلة حيازة الأدلة؛')), ['17:1-17:3: This subparagraph is marked “\u2068ب.\u2069”, not “\u2068ج.\u2069” (operative-numbering)'])
    assert.deepEqual(found('The General Assembly,\n\nRecalling the report of the Secretary-General, in particular section II, which is set out on\np. 12 of that report,\n\n1. Decides to remain seized of the matter.\n', 'A-RES-80-960.en.txt'), [])
    assert.deepEqual(found('United Nations A/RES/80/961 A-B\n\nThe General Assembly,\n\nA. Conference services\n\nRecalling its resolution 79/1,\n\n1. Decides to act.\n\nB. Documentation\n\nThe General Assembly,\n\nRecalling its resolution 79/2,\n\n1. Decides to act.\n', 'A-RES-80-961.en.txt'), [])
  })

  it('found on new own Arabic texts (session 9): a UN text whose every line opens with a bidi mark (RLM) is still a UN resolution; a slip in it is still found at its place', () => {
    const rlm = (text: string) => text.split('\n').map((line) => (line ? '\u200f' + line : line)).join('\n')
    const un = 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 51/1 المؤرخ 15 تشرين الأول/أكتوبر 1996،\n\n1 - ترحب بالتعاون القائم بين الأمم المتحدة والإنتربول؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n\nالجلسة العامة 55\n10 كانون الأول/ديسمبر 2025\n'
    const found = (text: string) => lint(text, {language: 'ar', stage: 'final'}, undefined, 'taawun.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(rlm(un)), [])
    assert.deepEqual(found(rlm(un.replace('1996،', '1996'))), ['3:59-3:59: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
  })

  it('an Arabic preamble may open with a preposition ending in `ى` (`وعلى ضوء`, read folded) or with an accusative verbal noun ending in hamza (`واهتداءً ب`); a verbal noun opening an operative paragraph is still told as one', () => {
    const text = (preamble: string, operative = 'تطلب إلى الأمين العام تقديم تقرير') => `قرار رقم 120\n\nGA-2025-93-RES-120\n\nالموضوع: التعاون الإقليمي\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nوإذ تشير إلى قرارها GA-2023-91-RES-12،\n\n${preamble}\n\n1. ${operative}؛\n\n2. تقرر إبقاء المسألة قيد النظر.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const found = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-120.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text('وعلى ضوء ما خلص إليه الفريق العامل،')), [])
    assert.deepEqual(found(text('على ضوء ما خلص إليه الفريق العامل،')), [])
    assert.deepEqual(found(text('واهتداءً بالمبادئ التي أقرتها الجمعية العامة في دورتها الـ 91،')), [])
    assert.deepEqual(found(text('واقتداء بالممارسات الجيدة للمكاتب المركزية الوطنية،')), [])
    assert.deepEqual(found(text('واقتداء بالممارسات الجيدة للمكاتب المركزية الوطنية،', 'وإرساء قواعد للتعاون')), ['13:4-13:10: An operative paragraph opens with a verb in the present tense, not with the verbal noun “\u2068وإرساء\u2069” (operative-opening)'])
  })

  it('Arabic names run in after a colon (`… البلدان التالية:⏎⏎الأردن، والبحرين، وقطر،⏎⏎على استضافتها …`), blank-line separated or one paragraph per line, go on the sentence; a paragraph after them and a verb after them are still their own', () => {
    const text = (preamble: string, operative: string) => `قرار رقم 121\n\nGA-2025-93-RES-121\n\nالموضوع: الاجتماعات الإقليمية\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\n${preamble}\n\n${operative}\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const found = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-121.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const preamble = 'وإذ تحيط علما بالتقارير الوطنية التي قدمتها البلدان التالية:\n\nإكوادور، وبنن، وتايلند، وجامايكا، وكازاخستان،\n\nوإذ تشير إلى قرارها GA-2023-91-RES-12،'
    const operative = '1. تشكر حكومات البلدان التالية:\n\nالأردن، والبحرين، وقطر، وكولومبيا،\n\nعلى استضافتها الاجتماعات الإقليمية في عام 2025؛\n\n2. تقرر إبقاء المسألة قيد النظر.'
    assert.deepEqual(found(text(preamble, operative)), [])
    assert.deepEqual(found(text(preamble, operative).replace(/\n\n/g, '\n')), [])
    // The names end the paragraph: the next one, by its opener's form, is a paragraph of its own.
    assert.deepEqual(found(text(preamble.replace('وإذ تشير إلى', 'وتقديرا منها لقرارها'), operative)), [])
    // A missing terminator after the names is still found where the sentence ends.
    assert.deepEqual(found(text(preamble, operative.replace('في عام 2025؛', 'في عام 2025'))), ['19:47-19:47: An operative paragraph ends with “\u2068؛\u2069”, missing here (operative-terminator)'])
    // A verb after the names opens a paragraph of its own: the names ended one, wrongly with a comma.
    assert.deepEqual(found(text(preamble, operative.replace('على استضافتها الاجتماعات الإقليمية في عام 2025؛', '2. تستصوب عقد الاجتماع المقبل في الدوحة؛').replace('2. تقرر', '3. تقرر'))), ['17:34-17:35: An operative paragraph ends with “\u2068؛\u2069”, not “\u2068،\u2069” (operative-terminator)'])
  })

  it('an Arabic month pair wrapped at its slash with a bidi mark opening the next line (`الثاني/⏎U+200F نوفمبر`, an Arabic editor\'s) is correct; a space before the slash is still reported, the message quoting the pair without the marks', () => {
    const text = 'إن الجمعية العامة،\n\n\u200fوإذ تشير إلى قرارها 71/19 المؤرخ 21 تشرين الثاني/\n\u200fنوفمبر 2016، وإلى قرارها 73/11 المؤرخ 26 تشرين الثاني/\n\u202bنوفمبر 2018،\u202c\n\n\u200f1 - تؤكد مجددا أهمية التعاون.\n'
    const found = (source: string) => lint(source, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-80-937.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text), [])
    assert.deepEqual(found(text.replace('21 تشرين الثاني/', '21 تشرين الثاني /')), ['3:38-4:8: A month pair has no space before its slash and at most one after it: write “\u2068تشرين الثاني/نوفمبر\u2069”, not “\u2068تشرين الثاني / نوفمبر\u2069” (date-validity)'])
  })

  it('formatting leaves a correct Arabic text as written: a verb back at the top level after the numbered items of an unnumbered chapeau is not numbered, a lettered part\'s last paragraph keeps its full stop; an item numbered out of order and a part ending with `؛` are still fixed', () => {
    const format = (text: string, profile: 'interpol-ga' | 'un-ga') => formatText(documentFor(parse(text, {language: 'ar', profile: getProfile(profile)}), text))
    const interpol = 'قرار رقم 122\n\nGA-2025-93-RES-122\n\nالموضوع: جهات الاتصال\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تستند إلى المادة 26 من القانون الأساسي،\n\nتدعو البلدان الأعضاء إلى:\n\n1. تبادل المعلومات مع الأمانة العامة؛\n\n2. تعيين جهة اتصال في كل مكتب مركزي وطني؛\n\nتكلف الأمين العام بإبلاغ المكاتب المركزية الوطنية بهذا القرار.\n\nاعتُمد: المؤيدون: 151، المعارضون: 0، الممتنعون عن التصويت: 4\n'
    assert.equal(format(interpol, 'interpol-ga'), interpol)
    assert.equal(format(interpol.replace('2. تعيين', '3. تعيين'), 'interpol-ga'), interpol)
    const un = 'إن الجمعية العامة،\n\nألف\n\nتكاليف الأمن\n\nإن الجمعية العامة،\n\n1 - تحيط علما بتقرير الأمين العام؛\n\n2 - تخصص مبلغا قدره 2,340,000 دولار لعام 2026.\n\nباء\n\nمبنى نيروبي\n\nإن الجمعية العامة،\n\n1 - تشيد بالتقدم المحرز في تجديد المبنى؛\n\n2 - ترجو من الأمين العام أن يكفل إنجاز المشروع.\n'.replace('إن الجمعية العامة،\n\nألف', 'ألف')
    assert.equal(format(un, 'un-ga'), un)
    assert.equal(format(un.replace('لعام 2026.', 'لعام 2026؛'), 'un-ga'), un)
  })

  it('an Arabic item opening with a verbal noun of the form `تفعيل` (`تعيين`, `تعزيز`) after a numbered one has lost its number: it reads as no verb back at the top level; a verb there (`تكلف`) still is one', () => {
    const text = (items: string) => `قرار رقم 123\n\nGA-2025-93-RES-123\n\nالموضوع: جهات الاتصال\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تستند إلى المادة 26 من القانون الأساسي،\n\nتدعو البلدان الأعضاء إلى:\n\n${items}\n\nتكلف الأمين العام بإبلاغ المكاتب المركزية الوطنية بهذا القرار.\n\nاعتُمد: المؤيدون: 151، المعارضون: 0، الممتنعون عن التصويت: 4\n`
    const found = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-123.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text('1. تبادل المعلومات مع الأمانة العامة؛\n\n2. تعيين جهة اتصال في كل مكتب مركزي وطني؛')), [])
    assert.deepEqual(found(text('1. تبادل المعلومات مع الأمانة العامة؛\n\nتعيين جهة اتصال في كل مكتب مركزي وطني؛')), ['15:1-15:1: Among numbered paragraphs, this one needs its number, “\u20682.\u2069” (operative-numbering)'])
  })
})

describe('session 9 (latin): own texts in English, French and Spanish with openers the lexicon lacks', () => {
  /** The preamble and operative paragraphs of `text` as parsed, each by its first line. */
  const paragraphLines = (text: string, language: 'en' | 'fr' | 'es', profile?: 'un-ga') =>
    parse(text, {language, ...(profile ? {profile: getProfile(profile)} : {})})
      .children.filter((block) => block.type === 'preamble' || block.type === 'operative')
      .flatMap((block) => block.children.map((paragraph) => `${paragraph.position!.start.line}-${paragraph.position!.end.line}`))

  it('a text of one paragraph to a line (Word, an extractor): after a comma, a line opening with an opener\'s form the lexicon lacks (`Thankful for`, `Indebted to`) is a paragraph of its own; a line of names goes on its sentence; a hard-wrapped text is read as before', () => {
    const en = 'The General Assembly,\nRecalling its resolutions 51/1 of 15 October 1996 and 71/19 of 21 November 2016,\nIndebted to the Organization for its support to Member States,\nUndeterred by the growth of organized crime across borders,\nThankful for the report of the Secretary-General,\n1. Lauds the cooperation between the two organizations;\n2. Decides to remain seized of the matter.\n'
    assert.deepEqual(paragraphLines(en, 'en', 'un-ga'), ['2-2', '3-3', '4-4', '5-5', '6-6', '7-7'])
    assert.deepEqual(problems(en, 'en', 'A-RES-80-941.en.txt'), [])
    // A comma missing on one of them is found: the paragraphs were one before, the slip unseen.
    assert.deepEqual(problems(en.replace('to Member States,', 'to Member States'), 'en', 'A-RES-80-941.en.txt'), ['3:62-3:62: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    const es = 'RESOLUCIÓN N.º 110\nGA-2025-93-RES-110\nAsunto: Notificaciones amarillas\nLa Asamblea General de la OIPC-INTERPOL, reunida en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025 en su 93.ª reunión,\nCONMOVIDA por el número de personas desaparecidas,\nFIEL a la resolución AGN/53/RES/7,\nAPLAZA hasta su 94.ª reunión el examen de las normas.\nAprobada: A favor: 128, En contra: 0, Abstenciones: 4\n'
    assert.deepEqual(paragraphLines(es, 'es'), ['5-5', '6-6', '7-7'])
    assert.deepEqual(problems(es, 'es', 'GA-2025-93-RES-110.es.txt'), [])
    const names = 'The General Assembly,\nRecalling its resolution 79/1,\nWelcoming the offers made by the Governments of Brazil, Chile,\nUnited Kingdom and Norway,\nto host the meetings of the group,\nMindful of the costs of those meetings,\n1. Decides to remain seized of the matter.\n'
    assert.deepEqual(paragraphLines(names, 'en', 'un-ga'), ['2-2', '3-5', '6-6', '7-7'])
    // A past participle's form before a capital is a name's (`United Nations Development Programme`), after a comma too.
    assert.deepEqual(paragraphLines(names.replace('United Kingdom and Norway,', 'United Nations Development Programme and others,'), 'en', 'un-ga'), ['2-2', '3-5', '6-6', '7-7'])
    // A line break inside a sentence, no mark before it (`… by the⏎United Nations …`), opens no paragraph.
    const broken = names.replace('Mindful of the costs of those meetings,', 'Mindful of the Convention adopted by the\nUnited Nations Conference of 1961,')
    assert.deepEqual(paragraphLines(broken, 'en', 'un-ga'), ['2-2', '3-5', '6-7', '8-8'])
    // Hard-wrapped (a line goes on in lower case): a line after a comma opening with a participle's form (`United`) stays in its paragraph.
    const wrapped = 'The General Assembly,\nRecalling the offers of the Governments of Argentina, Brazil, Chile,\nUnited Kingdom of Great Britain and Northern Ireland and of the\nother members of the group,\n1. Decides to remain seized of the matter.\n'
    assert.deepEqual(paragraphLines(wrapped, 'en', 'un-ga'), ['2-4', '5-5'])
  })

  it('pdftotext\'s layout sets a paragraph\'s first line further in: after a comma, a line set in so and opening with an opener\'s form is a paragraph; a wrapped line under it is not', () => {
    const text = 'The General Assembly,\n       Recalling its resolutions 66/246 A to C of 24 December 2011\nand 79/260 A-C of 24 December 2024,\n       Heartened by the progress made in the audit of field\nmissions,\n       Spurred by the recommendations of the Advisory Committee,\n       1.   Decides to consider the question at its eighty-first\nsession.\n'
    assert.deepEqual(paragraphLines(text, 'en', 'un-ga'), ['2-3', '4-5', '6-6', '7-8'])
    assert.deepEqual(problems(text.replace('of field\nmissions,', 'of field\nmissions'), 'en', 'A-RES-80-925.en.txt'), ['5:9-5:9: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    // Not set in further: the same line goes on its paragraph.
    assert.deepEqual(paragraphLines(text.replace('       Spurred', 'Spurred'), 'en', 'un-ga'), ['2-3', '4-6', '7-8'])
  })

  it('French and Spanish forms the grammar missed: a present of three letters or ending `-sent` (`MET`, `REND`, `TIENT`, `CONSENT`), a Spanish adjective of one form (`FIEL a`, `TENAZ en`); a noun opening a paragraph is still reported', () => {
    const fr = (verb: string) => `RÉSOLUTION N° 112\n\nGA-2025-93-RES-112\n\nObjet : Examen des demandes\n\nL’Assemblée générale de l’O.I.P.C.-INTERPOL, réunie à Marrakech (Maroc) du 24 au 27 novembre 2025 en sa 93e session,\n\nPÉNÉTRÉE de l’importance de l’article 3 du Statut,\n\n${verb} ;\n\nDIFFÈRE au 1er juillet 2026 l’entrée en vigueur de la procédure.\n\nAdoptée : Pour : 120, Contre : 3, Abstentions : 9\n`
    for (const verb of ['CONSENT à ce que la Commission réexamine cet examen', 'TIENT à ce que la Commission réexamine cet examen', 'REND compte de cet examen', 'MET fin à cet examen']) {
      assert.deepEqual(problems(fr(verb), 'fr', 'GA-2025-93-RES-112.fr.txt'), [], verb)
    }
    assert.deepEqual(problems(fr('COMMISSION de contrôle des fichiers'), 'fr', 'GA-2025-93-RES-112.fr.txt'), [
      '11:1-11:11: “\u2068COMMISSION\u2069” is not a known preamble opener: a preamble paragraph opens with a participle, an adjective or a participial phrase (preamble-opening)',
      '11:36-11:38: A preamble paragraph ends with “\u2068,\u2069”, not “\u2068;\u2069” (preamble-terminator)'
    ])
    const es = (opener: string) => `La Asamblea General,\n\n${opener} a los principios de la Carta,\n\n1. Decide seguir ocupándose de la cuestión.\n`
    assert.deepEqual(problems(es('Fiel'), 'es', 'A-RES-80-941.es.txt'), [])
    assert.deepEqual(problems(es('Tenaz en su apoyo'), 'es', 'A-RES-80-941.es.txt'), [])
    assert.deepEqual(problems(es('Consejo'), 'es', 'A-RES-80-941.es.txt'), ['3:1-3:8: “\u2068Consejo\u2069” is not a known preamble opener: a preamble paragraph opens with a participle, an adjective or a participial phrase (preamble-opening)'])
  })

  it('each lettered part (`A`, `B`) is a resolution of its own: its preamble may open with the same opener as the part before; within one part a repeated opener is still told', () => {
    const text = (second: string) => `United Nations A/RES/80/941 A-B\n\nThe General Assembly,\n\nA\n\nCooperation with INTERPOL\n\nThe General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Decides to act.\n\nB\n\nRules for prisoners\n\nThe General Assembly,\n\n${second}\n\n1. Decides to act.\n`
    const info = (value: string) => lint(value, {language: 'en'}, 'preamble-repeated-opening', 'A-RES-80-941.en.txt').map(formatMessage)
    assert.deepEqual(info(text('Recalling its resolution 45/110 of 14 December 1990,')), [])
    assert.deepEqual(info(text('Recalling its resolution 45/110 of 14 December 1990,\n\nRecalling the rules,')), ['23:1-23:10: “\u2068Recalling\u2069” already opens an earlier paragraph: used again, it takes a word such as “\u2068Recalling also\u2069”'])
  })

  it('a UN preamble opens a run afresh after other openers (80/8: `Recognizing` four times, each after others); a repeat right after its own run is still told; INTERPOL holds every repeat', () => {
    const un = (middle: string) => `United Nations A/RES/80/943\n\nThe General Assembly,\n\nRecognizing the role of sport,\n\n${middle}\n\n1. Decides to act.\n`
    const info = (value: string) => lint(value, {language: 'en'}, 'preamble-repeated-opening', 'A-RES-80-943.en.txt').map(formatMessage)
    assert.deepEqual(info(un('Welcoming the designation of 6 April,\n\nRecognizing the role of volunteers,')), [])
    assert.deepEqual(info(un('Recognizing also the role of youth,\n\nWelcoming the designation of 6 April,\n\nRecognizing the role of volunteers,\n\nRecognizing also the role of cities,')), [])
    assert.deepEqual(info(un('Welcoming the designation of 6 April,\n\nRecognizing the role of volunteers,\n\nRecognizing the role of cities,')), ['11:1-11:12: “\u2068Recognizing\u2069” already opens an earlier paragraph: used again, it takes a word such as “\u2068Recognizing also\u2069”'])
    const interpol = 'GA-2025-93-RES-20\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nRECOGNIZING the role of sport,\n\nWELCOMING the designation of 6 April,\n\nRECOGNIZING the role of volunteers,\n\nDECIDES to act.\n'
    assert.deepEqual(lint(interpol, {language: 'en'}, 'preamble-repeated-opening', 'GA-2025-93-RES-20.en.txt').map(formatMessage), ['9:1-9:12: “\u2068RECOGNIZING\u2069” already opens an earlier paragraph: used again, it takes a word such as “\u2068RECOGNIZING ALSO\u2069”'])
  })

  it('a last paragraph quoting a text may end with the quoted sentence\'s full stop inside the closing mark (`… of each year.”`, `… année. »`); without it, and a paragraph before the last ending so, are still reported', () => {
    const en = (end: string, after = '') => `The General Assembly,\n\nHaving regard to Article 21 of the Charter,\n\n${after}Decides to amend rule 160 of its rules of procedure to read as follows:\n\n“Rule 160\n\n“The Committee shall report to the Assembly before 1 October of each\nyear${end}\n`
    assert.deepEqual(problems(en('.”'), 'en', 'A-RES-80-942.en.txt'), [])
    assert.deepEqual(problems(en('.*”*'.replace(/\*/g, '')), 'en', 'A-RES-80-942.en.txt'), [])
    const fr = 'L’Assemblée générale,\n\nEu égard à l’Article 21 de la Charte,\n\nDécide de modifier l’article 160 de son règlement intérieur, qui se lira comme suit :\n\n« Article 160\n\nLe Comité fait rapport à l’Assemblée avant le 1er octobre de chaque\nannée. »\n'
    assert.deepEqual(problems(fr, 'fr', 'A-RES-80-942.fr.txt'), [])
    assert.deepEqual(problems(en('”'), 'en', 'A-RES-80-942.en.txt'), ['10:6-10:6: The last operative paragraph ends with “\u2068.\u2069”, missing here (operative-terminator)'])
  })

  it('a footnote numbered in parentheses (`(1) Report …`) has its marker glued in parentheses to a word or a mark (`assets,(1)`, `virtuels(1),`); a figure in parentheses after a figure (`Rule 10(2)`) is none', () => {
    const text = (paragraph: string) => `RESOLUTION No. 113\n\nGA-2025-93-RES-113\n\nSubject: Training\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n${paragraph}\n\nESTABLISHES a programme of regional training.\n\nAdopted: For: 140, Against: 0, Abstentions: 1\n\n______________\n(1) Report GA-2025-93-REP-11, paragraph 4.\n`
    assert.deepEqual(problems(text('DISMAYED that few officers are trained in tracing virtual assets,(1)'), 'en', 'GA-2025-93-RES-113.en.txt'), [])
    assert.deepEqual(problems(text('DISMAYED that few officers are trained under Rule 10(1)'), 'en', 'GA-2025-93-RES-113.en.txt'), ['9:56-9:56: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })

  it('Arabic operative numbers with the dash written otherwise (`1- تقرر`, `2-تطلب`, Word\'s en dash `3 – تهيب`) are numbers: in a UN text the numbering, formatted `1 - `; in an INTERPOL text too when every number is so written (UN Arabic\'s style), else reported as not `1.`', () => {
    const un = 'إن الجمعية العامة،\n\nإذ تشير إلى قرارها 79/243 المؤرخ 24 كانون الأول/ديسمبر 2024،\n\n1- تقرر أن تبقي المسألة قيد نظرها؛\n\n2-تطلب إلى الأمين العام تقديم تقرير؛\n\n3 – تهيب بالدول الأعضاء أن تتعاون.\n'
    const found = (text: string, profile: 'un-ga' | 'interpol-ga', name: string) => lint(text, {language: 'ar', profile}, undefined, name).filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(un, 'un-ga', 'A-RES-80-939.ar.txt'), [])
    assert.equal(formatText(documentFor(parse(un, {language: 'ar', profile: getProfile('un-ga')}), un)), un.replace('1- ', '1 - ').replace('2-', '2 - ').replace('3 – ', '3 - '))
    const interpol = `قرار رقم 124\n\nGA-2025-93-RES-124\n\nالموضوع: التعاون\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تشير إلى قرارها GA-2023-91-RES-12،\n\n1- تطلب إلى الأمين العام تقديم تقرير؛\n\n2- تقرر إبقاء المسألة قيد النظر.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    assert.deepEqual(found(interpol, 'interpol-ga', 'GA-2025-93-RES-124.ar.txt'), [])
    assert.equal(formatText(documentFor(parse(interpol, {language: 'ar', profile: getProfile('interpol-ga')}), interpol)), interpol.replace('1- ', '1 - ').replace('2- ', '2 - '))
    const mixed = interpol.replace('1- ', '1. ')
    assert.deepEqual(found(mixed, 'interpol-ga', 'GA-2025-93-RES-124.ar.txt'), ['13:1-13:3: Paragraphs are numbered like “\u20682.\u2069”, not “\u20682-\u2069” (operative-numbering)'])
    // In English, the dash is no INTERPOL style.
    const english = 'GA-2025-93-RES-124\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n1 - REQUESTS the Secretary General to report;\n\n2 - DECIDES to remain seized of the matter.\n'
    assert.deepEqual(lint(english, {language: 'en', profile: 'interpol-ga'}, 'operative-numbering', 'GA-2025-93-RES-124.en.txt').map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      '5:1-5:4: Paragraphs are numbered like “\u20681.\u2069”, not “\u20681 -\u2069” (operative-numbering)',
      '7:1-7:4: Paragraphs are numbered like “\u20682.\u2069”, not “\u20682 -\u2069” (operative-numbering)'
    ])
  })
})

describe('session 9 (latin): quotations', () => {
  it('a quoted text closes where its own mark closes, not at a line ending with an inner quotation (`the words "Committee";`, `les mots “commission”`); straight marks open at a word\'s start; a slip after it is still found', () => {
    const en = 'The General Assembly,\nRecalling its resolution 73/341 of 12 September 2019,\n1. Decides to amend rule 2 of its rules of procedure to read as follows:\n"Rule 2\nIn these rules:\n(a) the words "Main Committee" replace the words "Committee";\n(b) "session" means a regular session.";\n2. Also decides that the amendment shall take effect on 1 January 2026.\n'
    assert.deepEqual(problems(en, 'en', 'A-RES-80-944.en.txt'), [])
    assert.deepEqual(problems(en.replace('1 January 2026.', '1 January 2026'), 'en', 'A-RES-80-944.en.txt'), ['8:71-8:71: The last operative paragraph ends with “\u2068.\u2069”, missing here (operative-terminator)'])
    const fr = 'RÉSOLUTION N° 111\nGA-2025-93-RES-111\nObjet : Conservation des données\nL’Assemblée générale de l’O.I.P.C.-INTERPOL, réunie à Marrakech (Maroc) du 24 au 27 novembre 2025 en sa 93e session,\nSAISIE d’une proposition commune,\nMODIFIE la règle relative à la conservation des données, qui se lit désormais comme suit :\n« Au sens de la présente règle, on entend par « enregistrement » l’ensemble des “données”\nSAISIES en une fois. » ;\nCHARGE le Secrétariat général d’appliquer la règle.\nAdoptée : Pour : 131, Contre : 2, Abstentions : 3\n'
    assert.deepEqual(problems(fr, 'fr', 'GA-2025-93-RES-111.fr.txt'), [])
    const parsed = parse(fr, {language: 'fr'}).children.find((block) => block.type === 'operative')!
    assert.deepEqual(parsed.children.map((paragraph) => `${paragraph.position!.start.line}-${paragraph.position!.end.line}`), ['6-8', '9-9'])
  })

  it('Arabic items marked `(هـ)` (the fifth letter with its tatweel, as UN Arabic writes it), `أ)` or `أ-` are items; a letter out of order is still reported, its fix in the same style', () => {
    const text = (items: string) => `إن الجمعية العامة،\n\nإذ تشير إلى قرارها 79/243 المؤرخ 24 كانون الأول/ديسمبر 2024،\n\n1 - تطلب إلى الأمين العام ما يلي:\n\n${items}\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n`
    const found = (source: string) => lint(source, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-80-944.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    const un = ['(أ) أن يقدم تقريرا سنويا؛', '(ب) أن ينظم اجتماعا للخبراء؛', '(ج) أن يبلغ الدول الأعضاء بالنتائج؛', '(د) أن يعد خطة عمل؛', '(هـ) أن يقيم النتائج؛', '(و) أن ينشر التقرير؛'].join('\n\n')
    assert.deepEqual(found(text(un)), [])
    assert.deepEqual(found(text(un.replace('(و)', '(ز)'))), ['17:1-17:4: This subparagraph is marked “\u2068(و)\u2069”, not “\u2068(ز)\u2069” (operative-numbering)'])
    assert.deepEqual(found(text('أ) أن يقدم تقريرا سنويا؛\n\nب) أن ينظم اجتماعا للخبراء؛')), [])
    assert.deepEqual(found(text('أ- أن يقدم تقريرا سنويا؛\n\nب - أن ينظم اجتماعا للخبراء؛')), [])
    assert.deepEqual(found(text('أ) أن يقدم تقريرا سنويا؛\n\nج) أن ينظم اجتماعا للخبراء؛')), ['9:1-9:3: This subparagraph is marked “\u2068ب)\u2069”, not “\u2068ج)\u2069” (operative-numbering)'])
    assert.equal(lint(text('أ- أن يقدم تقريرا سنويا؛\n\nج - أن ينظم اجتماعا للخبراء؛'), {language: 'ar', profile: 'un-ga'}, 'operative-numbering')[0]?.expected?.[0], 'ب -')
  })
})

describe('session 9 (latin): resolutions of the sessions of Roman numerals', () => {
  const citations = (text: string, language: 'en' | 'fr' | 'es') =>
    inlineContainers(parse(text, {language, profile: getProfile('un-ga')})).flatMap(({children}) => children.filter((child) => child.type === 'citation').map((child) => `${child.value}${child.readings ? ' ' + child.readings.map(pairText).join('|') : ''}${child.part ? ' ' + child.part.join('') : ''}${child.date ? ' @' + child.date.start : ''}`))
  const frames = {en: ['The General Assembly,', '1. Decides to remain seized of the matter.'], fr: ['L’Assemblée générale,', '1. Décide de rester saisie de la question.'], es: ['La Asamblea General,', '1. Decide seguir ocupándose de la cuestión.']}
  const text = (paragraph: string, language: 'en' | 'fr' | 'es' = 'en') => `${frames[language][0]}\n\n${paragraph}\n\n${frames[language][1]}\n`

  it('`1514 (XV)`, `2200 A (XXI)`, `3419 A to D (XXX)` are citations with their dates, checked against the years the session ran over (the first session from January 1946); a year slipped is told; a special session\'s `3201 (S-VI)` and a session after the thirtieth are none', () => {
    const en = text('Recalling its resolutions 1 (I) of 24 January 1946, 1514 (XV) of 14 December 1960, 2200 A (XXI) of 16 December 1966 and 3419 A to D (XXX) of 8 December 1975, and resolution 3201 (S-VI) of 1 May 1974,')
    assert.deepEqual(citations(en, 'en'), ['1 (I) 1 (I) @1946-01-24', '1514 (XV) 1514 (XV) @1960-12-14', '2200 A (XXI) 2200 (XXI) 1 @1966-12-16', '3419 A to D (XXX) 3419 (XXX) 1234 @1975-12-08'])
    assert.deepEqual(problems(en, 'en', 'A-RES-80-940.en.txt'), [])
    const fr = text('Rappelant ses résolutions 3220 (XXIX) du 6 novembre 1974 et 3419 A à D (XXX) du 8 décembre 1975,', 'fr')
    assert.deepEqual(citations(fr, 'fr'), ['3220 (XXIX) 3220 (XXIX) @1974-11-06', '3419 A à D (XXX) 3419 (XXX) 1234 @1975-12-08'])
    assert.deepEqual(problems(fr, 'fr', 'A-RES-80-940.fr.txt'), [])
    const es = text('Recordando sus resoluciones 1514 (XV), de 14 de diciembre de 1960, y 3419 A a D (XXX), de 8 de diciembre de 1975,', 'es')
    assert.deepEqual(citations(es, 'es'), ['1514 (XV) 1514 (XV) @1960-12-14', '3419 A a D (XXX) 3419 (XXX) 1234 @1975-12-08'])
    assert.deepEqual(problems(es, 'es', 'A-RES-80-940.es.txt'), [])
    assert.deepEqual(problems(en.replace('16 December 1966', '16 December 1964'), 'en', 'A-RES-80-940.en.txt'), ['3:100-3:116: UN resolution \u20682200 A (XXI)\u2069 (of the 21st session, held in 1966 and 1967) cannot be dated “\u206816 December 1964\u2069”: that date falls in the 19th session (un-citation-date)'])
    assert.deepEqual(problems(fr.replace('6 novembre 1974', '6 novembre 1984'), 'fr', 'A-RES-80-940.fr.txt').length, 1)
    assert.deepEqual(citations(text('Recalling its resolution 3201 (S-VI) of 1 May 1974 and resolution 31 (XXXI) of 1 May 1977,'), 'en'), [])
  })

  it('items numbered in a style of their own under a numbered paragraph (`1. تطلب …:⏎1) …؛⏎2) …؛`, `(1)`) are its items, the next paragraph in its own style the next paragraph; an item out of order is still reported', () => {
    const text = (items: string) => `قرار رقم 125\n\nGA-2025-93-RES-125\n\nالموضوع: التقارير\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تشير إلى قرارها GA-2023-91-RES-12،\n\n1. تطلب إلى الأمين العام ما يلي:\n\n${items}\n\n2. تقرر إبقاء المسألة قيد النظر.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const found = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-125.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text('1) أن يقدم تقريرا سنويا؛\n\n2) أن ينظم اجتماعا للخبراء؛')), [])
    assert.deepEqual(found(text('(1) أن يقدم تقريرا سنويا؛\n\n(2) أن ينظم اجتماعا للخبراء؛')), [])
    assert.deepEqual(found(text('1) أن يقدم تقريرا سنويا؛\n\n3) أن ينظم اجتماعا للخبراء؛')), ['15:1-15:3: This subparagraph is marked “\u20682)\u2069”, not “\u20683)\u2069” (operative-numbering)'])
    const en = 'RESOLUTION No. 125\n\nGA-2025-93-RES-125\n\nSubject: Reports\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nRECALLING resolution GA-2023-91-RES-12,\n\n1. REQUESTS the Secretary General to:\n\n1) submit a yearly report;\n\n2) convene a meeting of experts;\n\n2. DECIDES to remain seized of the matter.\n\nAdopted: For: 130, Against: 0, Abstentions: 5\n'
    assert.deepEqual(lint(en, {language: 'en', stage: 'final'}, undefined, 'GA-2025-93-RES-125.en.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`), [])
  })

  it('Arabic names one to a line after a colon, blank-line separated (`… المقدمة من:⏎⏎الأردن،⏎⏎البحرين،⏎⏎تونس،`), go on the sentence; a paragraph after them opening by its form is its own', () => {
    const text = (names: string, next: string) => `قرار رقم 126\n\nGA-2025-93-RES-126\n\nالموضوع: التقارير الوطنية\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nوإذ تحيط علما بالتقارير الوطنية المقدمة من:\n\n${names}\n\n${next}\n\n1. تطلب إلى الأمين العام تقديم تقرير؛\n\n2. تقرر إبقاء المسألة قيد النظر.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const found = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-126.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(found(text('الأردن،\n\nالبحرين،\n\nتونس،\n\nالمملكة العربية السعودية،', 'وإذ تشير إلى قرارها GA-2023-91-RES-12،')), [])
    assert.deepEqual(found(text('الأردن،\n\nالبحرين،\n\nالمملكة العربية السعودية،', 'وإذ تشير إلى قرارها GA-2023-91-RES-12')), ['17:38-17:38: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
  })
})

describe('session 9 (latin): a quotation never closed (quotation-unclosed)', () => {
  it('is told at the mark that opened it, with the mark that closes it (`«` … `»`, `“` … `”`); a closed one, inner quotations included, is not', () => {
    const fr = (end: string) => `L’Assemblée générale,\n\nRappelant sa résolution 73/341 du 12 septembre 2019,\n\n1. Décide de modifier l’article 2 de son règlement intérieur, qui se lira comme suit :\n\n« Article 2\n\nDans le présent règlement, les mots “grande commission” remplacent le mot “commission”${end}\n\n2. Décide également que la modification prendra effet le 1er janvier 2026.\n`
    const told = (text: string, language: 'fr' | 'es', name: string) => lint(text, {language}, 'quotation-unclosed', name).map(formatMessage)
    assert.deepEqual(told(fr('. » ;'), 'fr', 'A-RES-80-944.fr.txt'), [])
    assert.deepEqual(told(fr('. ;'), 'fr', 'A-RES-80-944.fr.txt'), ['7:1-7:2: The quotation opened here with “\u2068«\u2069” is never closed: it ends with “\u2068»\u2069”'])
    const es = 'La Asamblea General,\n\n1. Decide enmendar el artículo 160 de su reglamento, que dirá lo siguiente:\n\n“Artículo 160\n\nLa Comisión informará a la Asamblea antes del 1 de octubre de cada año.;\n\n2. Decide también que la enmienda entrará en vigor el 1 de enero de 2026.\n'
    assert.deepEqual(told(es, 'es', 'A-RES-80-942.es.txt'), ['5:1-5:2: The quotation opened here with “\u2068“\u2069” is never closed: it ends with “\u2068”\u2069”'])
    assert.equal(localize(lint(fr('. ;'), {language: 'fr'}, 'quotation-unclosed', 'A-RES-80-944.fr.txt')[0]!, 'fr'), 'La citation ouverte ici par «\u00a0\u2068«\u2069\u00a0» n’est jamais fermée : elle se termine par «\u00a0\u2068»\u2069\u00a0»')
  })
})

describe('tenth session, latin', () => {
  /** Errors, warnings and information of `text`, with their rule ids. */
  const all = (text: string, language: 'en' | 'fr' | 'es', name: string, profile?: 'un-ga') => lint(text, {language, ...(profile ? {profile} : {})}, undefined, name).map((message) => `${formatMessage(message)} (${message.ruleId})`)
  const formatted = (text: string, language: 'en' | 'fr' | 'es', profile?: 'un-ga') => formatText(documentFor(parse(text, {language, ...(profile ? {profile: getProfile(profile)} : {})}), text))
  const interpol = (preamble: string) => `RESOLUTION No. 21\n\nGA-2024-92-RES-21\n\nSubject: Protection of cultural property\n\nThe ICPO-INTERPOL General Assembly, meeting in Glasgow, United Kingdom, from 4 to 7 November 2024 at its 92nd session:\n\n${preamble}\n\nPLEDGES its support to the countries concerned.\n\nAdopted: For: 138, Against: 0, Abstentions: 4\n`

  it('a hard wrap before an identifier in a sentence (`… and⏎resolution GA-2019-88-RES-14,`, `… of resolution⏎AGN/65/RES/8,`) goes on the paragraph: no second heading or identifier; a comma missing there and a second identifier of its own are still told', () => {
    const text = interpol('RECALLING resolution AG-2006-RES-09 and\nresolution GA-2019-88-RES-14,\n\nREASSURED by the progress made since the adoption of resolution\nAGN/65/RES/8,')
    assert.deepEqual(all(text, 'en', 'GA-2024-92-RES-21.en.txt'), [])
    assert.deepEqual(all(text.replace('GA-2019-88-RES-14,', 'GA-2019-88-RES-14'), 'en', 'GA-2024-92-RES-21.en.txt'), ['10:29-10:29: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    assert.deepEqual(all(text.replace('GA-2024-92-RES-21\n\n', 'GA-2024-92-RES-21\n\nGA-2024-92-RES-22\n\n'), 'en', 'GA-2024-92-RES-21.en.txt'), ['5:1-5:18: A resolution has one identifier: this is a second one (section-order)'])
  })

  it('a UN PDF page break inside a paragraph: the symbol alone at the next page\'s top (`A/RES/78/212`, the first page gave `Nations Unies A/RES/78/212`) is the repeated header, the paragraph goes on after it, and formatting keeps the furniture on its lines, never in the sentence; a wrapped line reading as the title\'s start is text', () => {
    const text = 'Nations Unies A/RES/78/212\n\nAssemblée générale Distr. générale\n22 décembre 2023\n\nSoixante-dix-huitième session\nPoint 107 de l\'ordre du jour\n\nRésolution adoptée par l\'Assemblée générale le 19 décembre 2023\n\n78/212. Coopération entre l\'Organisation des Nations Unies et INTERPOL\n\nL\'Assemblée générale,\n\nAccueillant avec gratitude la coopération entre INTERPOL et l\'Office\n\n2/3\n25-09876 (F)\n\fA/RES/78/212\n\ndes Nations Unies contre la drogue et le crime,\n\n1. Décide d\'inscrire à son ordre du jour la question intitulée «\nCoopération entre l\'Organisation des Nations\nUnies et INTERPOL ».\n\n62e séance plénière\n19 décembre 2023\n'
    assert.deepEqual(all(text, 'fr', 'A-RES-78-212.fr.txt', 'un-ga'), [
      '17:1-17:4: A resolution holds only its own text: remove the page number pasted on line 17 (pasted-layout)',
      '18:1-18:13: A resolution holds only its own text: remove the job number pasted on line 18 (pasted-layout)',
      '19:2-19:14: A resolution holds only its own text: remove the header repeated at the top of a page on line 19 (pasted-layout)'
    ])
    assert.equal(formatted(text, 'fr', 'un-ga'), text.replace('intitulée «\nCoopération entre l\'Organisation des Nations\nUnies', 'intitulée « Coopération entre l\'Organisation des Nations Unies'))
    assert.deepEqual(all(text.replace('le crime,', 'le crime'), 'fr', 'A-RES-78-212.fr.txt', 'un-ga').filter((message) => !message.includes('pasted-layout')), ['21:47-21:47: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })

  it('the adoption heading\'s date wrapped alone onto the next line (`… the General Assembly on⏎10 June 2025`) is the heading\'s, still checked against the symbol', () => {
    const text = (date: string) => `United Nations A/RES/79/301\n\nGeneral Assembly Distr.: General\n12 June 2025\n\nSeventy-ninth session\nAgenda item 128\n\nResolution adopted by the General Assembly on\n${date}\n\n79/301. Cooperation between the United Nations and INTERPOL\n\nThe General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Decides to remain seized of the matter.\n\n95th plenary meeting\n10 June 2025\n`
    assert.deepEqual(all(text('10 June 2025'), 'en', 'A-RES-79-301.en.txt', 'un-ga'), [])
    assert.deepEqual(all(text('10 June 2024'), 'en', 'A-RES-79-301.en.txt', 'un-ga'), [
      '21:1-21:13: The plenary meeting is dated 10 June 2024, the adoption date of the heading, not “\u206810 June 2025\u2069” (un-plenary-date)',
      '10:1-10:13: \u2068A/RES/79/301\u2069 is of the 79th session, opened in September 2024: its adoption date “\u206810 June 2024\u2069” falls in the 78th session (un-symbol-session)'
    ])
  })

  it('a full-width semicolon (`act；`, an East Asian input method) is the paragraph\'s terminator, the wrong one: told as such, and formatting replaces it rather than adding a second mark (`act；;`)', () => {
    const text = 'The General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Decides to act；\n\n2. Decides to remain seized of the matter.\n'
    assert.deepEqual(all(text, 'en', 'A-RES-80-950.en.txt', 'un-ga'), ['5:18-5:19: An operative paragraph ends with “\u2068;\u2069”, not “\u2068；\u2069” (operative-terminator)'])
    assert.equal(formatted(text, 'en', 'un-ga'), text.replace('；', ';'))
  })

  it('formatting a last paragraph that quotes a text of several paragraphs keeps their blank lines, and adds no `.` after the quoted sentence\'s own (`year.”`, not `year.”.`); without it, the `.` is still added', () => {
    const text = (end: string) => `The General Assembly,\n\nHaving regard to Article 21 of the Charter,\n\nDecides to amend rule 160 of its rules of procedure to read as follows:\n\n“Rule 160\n\n“The Committee shall report to the Assembly before 1 October of each\nyear${end}\n`
    assert.equal(formatted(text('.”'), 'en', 'un-ga'), text('.”').replace('each\nyear', 'each year'))
    assert.equal(formatted(text('”'), 'en', 'un-ga'), text('”.').replace('each\nyear', 'each year'))
    const fr = 'L’Assemblée générale,\n\nEu égard à l’Article 21 de la Charte,\n\nDécide de modifier l’article 160 de son règlement intérieur, qui se lira comme suit :\n\n« Article 160\n\nLe Comité fait rapport à l’Assemblée avant le 1er octobre de chaque année. »\n'
    assert.equal(formatted(fr, 'fr', 'un-ga'), fr)
  })
  it('a Spanish adjective of one form in `-l` or `-z` opens a preamble paragraph only with the preposition it governs (`Fiel a`, `Capaz de`, `Tenaz en`); a noun of that form (`Capital importancia`, `Cordial saludo`) is still reported', () => {
    const es = (opener: string) => `La Asamblea General,\n\n${opener} los principios de la Carta,\n\n1. Decide seguir ocupándose de la cuestión.\n`
    for (const opener of ['Fiel a', 'Capaz de aplicar', 'Tenaz en su apoyo a']) assert.deepEqual(all(es(opener), 'es', 'A-RES-80-941.es.txt', 'un-ga'), [], opener)
    assert.deepEqual(all(es('Capital importancia tienen'), 'es', 'A-RES-80-941.es.txt', 'un-ga'), ['3:1-3:8: “\u2068Capital\u2069” is not a known preamble opener: a preamble paragraph opens with a participle, an adjective or a participial phrase (preamble-opening)'])
    assert.deepEqual(all(es('Cordial saludo a'), 'es', 'A-RES-80-941.es.txt', 'un-ga'), ['3:1-3:8: “\u2068Cordial\u2069” is not a known preamble opener: a preamble paragraph opens with a participle, an adjective or a participial phrase (preamble-opening)'])
  })

  it('a citation of lettered parts with a date of the wrong session is named with its letters (`3419 A à D (XXX)`, `2200 A (XXI)`), not as `3419 (XXX)`', () => {
    const fr = 'L’Assemblée générale,\n\nRappelant sa résolution 3419 A à D (XXX) du 8 décembre 1970,\n\n1. Décide de rester saisie de la question.\n'
    assert.deepEqual(all(fr, 'fr', 'A-RES-80-940.fr.txt', 'un-ga'), ['3:45-3:60: UN resolution \u20683419 A à D (XXX)\u2069 (of the 30th session, held in 1975 and 1976) cannot be dated “\u20688 décembre 1970\u2069”: that date falls in the 25th session (un-citation-date)'])
    assert.deepEqual(all(fr.replace('1970', '1975'), 'fr', 'A-RES-80-940.fr.txt', 'un-ga'), [])
  })

  it('a quotation never closed in a text of unnumbered paragraphs ends before the next operative verb in capitals: only its mark is told, not the paragraphs after it; a slip after it is still found', () => {
    const text = (end: string, last = 'FIXE au 1er janvier 2026 l’entrée en vigueur de cette modification.') => `RÉSOLUTION N° 103\n\nGA-2025-93-RES-103\n\nObjet : Modification de l’article 10\n\nL’Assemblée générale de l’O.I.P.C.-INTERPOL, réunie à Marrakech (Maroc) du 24 au 27 novembre 2025 en sa 93e session,\n\nATTACHÉE à ce que chaque délégation reçoive les projets dans sa langue,\n\nAMENDE l’article 10 du Règlement intérieur, qui se lit désormais comme suit :\n\n« Article 10\n\nLes projets de résolution sont déposés au plus tard quarante-cinq jours avant la session${end}\n\n${last}\n\nAdoptée : Pour : 130, Contre : 2, Abstentions : 5\n`
    assert.deepEqual(all(text('. » ;'), 'fr', 'GA-2025-93-RES-103.fr.txt'), [])
    assert.deepEqual(all(text('. ;'), 'fr', 'GA-2025-93-RES-103.fr.txt'), ['13:1-13:2: The quotation opened here with “\u2068«\u2069” is never closed: it ends with “\u2068»\u2069” (quotation-unclosed)'])
    assert.deepEqual(all(text('. ;', 'FIXE au 1er janvier 2026 l’entrée en vigueur de cette modification'), 'fr', 'GA-2025-93-RES-103.fr.txt'), [
      '17:67-17:67: The last operative paragraph ends with “\u2068.\u2069”, missing here (operative-terminator)',
      '13:1-13:2: The quotation opened here with “\u2068«\u2069” is never closed: it ends with “\u2068»\u2069” (quotation-unclosed)'
    ])
  })

  it('an unnumbered paragraph between numbered ones is no chapeau: between numbers that follow each other (`1. …;⏎Requests …;⏎2. …`) it goes on the one before, takes no number and no number is rewritten; where a number is skipped (`1.`, `3.`) it lost its number, still told; before a paragraph numbered 1 it is still a chapeau', () => {
    const text = (middle: string, next = '2') => `The General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Decides to act;\n\n${middle}\n\n${next}. Decides to remain seized of the matter.\n`
    assert.deepEqual(all(text('Requests the Secretary-General to report;'), 'en', 'A-RES-80-950.en.txt', 'un-ga'), [])
    assert.equal(formatted(text('Requests the Secretary-General to report;'), 'en', 'un-ga'), text('Requests the Secretary-General to report;'))
    assert.deepEqual(all(text('Requests the Secretary-General to report;', '3'), 'en', 'A-RES-80-950.en.txt', 'un-ga'), ['7:1-7:1: Among numbered paragraphs, this one needs its number, “\u20682.\u2069” (operative-numbering)'])
    const types = (source: string) => parse(source, {language: 'en', profile: getProfile('un-ga')}).children.find((block) => block.type === 'operative')!.children.map((node) => node.type)
    assert.deepEqual(types(text('Requests the Secretary-General to report;')), ['operativeParagraph', 'operativeParagraph', 'operativeParagraph'])
    assert.deepEqual(types(text('Requests the Secretary-General to:', '1')), ['operativeParagraph', 'chapeau', 'operativeParagraph'])
  })

  it('in a text of blank-line separated paragraphs, a wrapped line after a comma opening with a bare verb\'s form (`… Programme of Action to Prevent,⏎Combat and Eradicate …`, A/RES/80/38) goes on its paragraph; a line opening with an opener\'s form there is still a paragraph of its own', () => {
    const text = (second: string) => `The General Assembly,\n\nRecalling its resolution 79/1 of 2 December 2024,\n\nRecalling also the Fourth Conference to Review the Programme of Action to Prevent,\n${second} the Illicit Trade in Small Arms, held in New York in 2024,\n\n1. Decides to remain seized of the matter.\n`
    assert.deepEqual(all(text('Combat and Eradicate'), 'en', 'A-RES-80-938.en.txt', 'un-ga'), [])
    const paragraphs = (second: string) => parse(text(second), {language: 'en', profile: getProfile('un-ga')}).children.find((block) => block.type === 'preamble')!.children.map((paragraph) => `${paragraph.position!.start.line}-${paragraph.position!.end.line}`)
    assert.deepEqual(paragraphs('Combat and Eradicate'), ['3-3', '5-6'])
    assert.deepEqual(paragraphs('Noting'), ['3-3', '5-5', '6-6'])
  })

  it('a typed copy\'s footnote mark glued to the paragraph\'s comma (`… 30 June 1992,1/`, UN 1990s) is a footnote marker, as `…, 1/` is; a paragraph ending in a figure and `/` after no mark is still told', () => {
    const text = (end: string) => `The General Assembly,\n\nTaking note of the report of the Commissioner-General covering the period from 1 July 1991 to 30 June 1992${end}\n\n1. Decides to remain seized of the matter.\n`
    assert.deepEqual(all(text(',1/'), 'en', 'A-RES-47-69.en.txt', 'un-ga').filter((message) => !message.includes('pasted-layout')), [])
    assert.deepEqual(all(text(' 1/'), 'en', 'A-RES-47-69.en.txt', 'un-ga').map((message) => message.replace(/^.*\((.*)\)$/, '$1')), ['preamble-terminator'])
  })

  it('a text in a language resolint does not check (German, Portuguese) gets one message naming it and the four it checks, in the locale\'s words, and no other; English, French and Spanish texts, and a language set, are checked as before', () => {
    const de = 'Die Generalversammlung,\n\nunter Hinweis auf ihre Resolution 51/1 vom 15. Oktober 1996,\n\n1. beschließt, mit der Angelegenheit befasst zu bleiben.\n'
    const pt = 'A Assembleia Geral,\n\nRecordando a sua resolução 51/1 de 15 de outubro de 1996,\n\n1. Decide continuar a ocupar-se da questão.\n'
    const told = (text: string, config = {}) => lint(text, config, undefined, 'A-RES-80-960.txt').map((message) => `${formatMessage(message)} (${message.ruleId})`)
    assert.deepEqual(told(de), ['1:1-1:1: This text seems to be in German, which resolint does not check: it checks resolutions in Arabic, English, French and Spanish. If it is in one of them, set its language ("language" in .resolintrc.json, --language) (language-unsupported)'])
    assert.deepEqual(told(pt), [told(de)[0]!.replace('German', 'Portuguese')])
    assert.equal(localize(lint(de, {}, undefined, 'A-RES-80-960.txt')[0]!, 'fr'), 'Ce texte semble être en allemand, langue que resolint ne vérifie pas : il vérifie les résolutions en arabe, anglais, français et espagnol. S\'il est dans l\'une d\'elles, indiquez sa langue (« language » dans .resolintrc.json, --language)')
    assert.ok(told(de, {language: 'en'}).length > 1)
    const en = 'The General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Decides to remain seized of the matter.\n'
    assert.deepEqual(told(en).filter((message) => message.includes('language-unsupported')), [])
    assert.deepEqual(told(pt.replace('A Assembleia Geral', 'La Asamblea General').replace('a sua resolução', 'su resolución').replace('Decide continuar a ocupar-se da questão', 'Decide seguir ocupándose de la cuestión')).filter((message) => message.includes('language-unsupported')), [])
  })
})

describe('language-unsupported: the wrong language version pasted (session 12, fixsafe)', () => {
  // Our own sentences, each the same short resolution: its opening, a preamble paragraph and an operative one.
  const texts: Record<string, [name: string, text: string]> = {
    Russian: ['Генеральная Ассамблея,', 'ссылаясь на свою резолюцию 51/1 от 15 октября 1996 года,', '1. постановляет продолжать заниматься этим вопросом.'],
    Ukrainian: ['Генеральна Асамблея,', 'посилаючись на свою резолюцію 51/1 від 15 жовтня 1996 року,', '1. постановляє продовжувати розгляд цього питання.'],
    Chinese: ['大会，', '回顾其1996年10月15日第51/1号决议，', '1. 决定继续处理此案。'],
    Japanese: ['総会は、', '1996年10月15日の決議51/1を想起し、', '1. この問題を引き続き取り扱うことを決定する。'],
    Korean: ['총회는,', '1996년 10월 15일 결의 51/1을 상기하며,', '1. 이 문제를 계속 다루기로 결정한다.'],
    Greek: ['Η Γενική Συνέλευση,', 'υπενθυμίζοντας το ψήφισμά της 51/1 της 15ης Οκτωβρίου 1996,', '1. αποφασίζει να εξακολουθήσει να ασχολείται με το θέμα.'],
    Polish: ['Zgromadzenie Ogólne,', 'przypominając swoją rezolucję 51/1 z 15 października 1996 r., która jest ważna dla państw członkowskich,', '1. postanawia, że zajmie się tą sprawą także w przyszłości.'],
    Turkish: ['Genel Kurul,', '15 Ekim 1996 tarihli ve 51/1 sayılı kararını hatırlatarak,', '1. bu konuyu ele almaya devam etmeye karar verir ve üye devletlerin işbirliği için çağrıda bulunur.'],
    Persian: ['مجمع عمومی،', 'با یادآوری قطعنامه 51/1 خود که در 15 اکتبر 1996 به تصویب رسید،', '1. تصمیم می‌گیرد که این موضوع را در دستور کار خود نگه دارد و از کشورهای عضو می‌خواهد که برای اجرای آن تلاش کنند.'],
    Italian: ["L'Assemblea generale,", 'richiamando la sua risoluzione 51/1 del 15 ottobre 1996 e gli atti della sessione,', '1. decide di continuare a occuparsi della questione nel quadro delle sue attività.']
  } as unknown as Record<string, [string, string]>
  const join = (paragraphs: readonly string[]) => paragraphs.join('\n\n') + '\n'
  const told = (text: string, name = 'A-RES-80-960.txt', config = {}) => lint(text, config, undefined, name).map((message) => `${formatMessage(message)} (${message.ruleId})`)
  const message = (language: string) => `1:1-1:1: This text seems to be in ${language}, which resolint does not check: it checks resolutions in Arabic, English, French and Spanish. If it is in one of them, set its language ("language" in .resolintrc.json, --language) (language-unsupported)`

  it('a Russian, Ukrainian, Chinese, Japanese, Korean, Greek, Polish, Turkish, Persian or Italian text gets one message naming its language, and no other', () => {
    for (const [language, paragraphs] of Object.entries(texts)) assert.deepEqual(told(join(paragraphs as unknown as string[])), [message(language)], language)
  })

  it('so does one pasted into a file named for another language (`….en.txt`, `….ar.txt`); a language set in the configuration is never second-guessed', () => {
    const russian = join(texts['Russian'] as unknown as string[])
    assert.deepEqual(told(russian, 'GA-2025-93-RES-03.en.txt'), [message('Russian')])
    assert.deepEqual(told(join(texts['Persian'] as unknown as string[]), 'GA-2025-93-RES-03.ar.txt'), [message('Persian')])
    assert.ok(told(russian, 'GA-2025-93-RES-03.en.txt', {language: 'en'}).length > 1)
    assert.equal(localize(lint(russian, {}, undefined, 'GA-2025-93-RES-03.en.txt')[0]!, 'ar'), 'يبدو أن هذا النص باللغة الروسية، وهي لغة لا يتحقق منها resolint: فهو يتحقق من القرارات باللغات العربية والإنكليزية والفرنسية والإسبانية. وإن كان النص بإحداها، فحدد لغته ("language" في .resolintrc.json، أو --language)')
  })

  it('no alarm on the four languages, a text quoting foreign names, a short draft, or any clean fixture and example', () => {
    const english = 'The General Assembly,\n\nRecalling its meetings held in Moscow (Москва, Российская Федерация) and Beijing (北京), and in Athens (Αθήνα),\n\n1. Decides to remain seized of the matter.\n'
    assert.deepEqual(told(english).filter((each) => each.includes('language-unsupported')), [])
    for (const short of ['大会决议', 'Die Resolution', 'Генеральная']) assert.deepEqual(told(short).filter((each) => each.includes('language-unsupported')), [], short)
    const folders = ['fixtures/clean/', 'fixtures/un/', 'fixtures/reference/', '../examples/clean/']
    for (const folder of folders) {
      for (const name of readdirSync(new URL(folder, import.meta.url)).filter((each) => each.endsWith('.txt'))) {
        assert.deepEqual(told(readFileSync(new URL(folder + name, import.meta.url), 'utf8'), name).filter((each) => each.includes('language-unsupported')), [], name)
      }
    }
  })
})

describe('tenth session, arabic', () => {
  const unCitations = (text: string) =>
    inlineContainers(parse(text, {language: 'ar', profile: getProfile('un-ga')})).flatMap(({children}) => children.filter((child) => child.type === 'citation').map((child) => `${child.value}${child.readings ? ' ' + child.readings.map(pairText).join('|') : ''}${child.date ? ' @' + child.date.start : ''}`))
  const un = (paragraph: string) => `إن الجمعية العامة،\n\n${paragraph}\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n`
  const unProblems = (text: string) => lint(text, {language: 'ar', profile: 'un-ga'}, undefined, 'A-RES-80-940.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)

  it('UN Arabic cites the first thirty sessions\' resolutions `3314 (د-29)`, `2330 (د - 22)`, `2625 (د-٢٥)`: read with their dates and held to their years; a special session\'s `(د إ-6)` and `(S-VI)` are none, as in English', () => {
    const text = un('إذ تستذكر قرارها 3314 (د-29) المؤرخ 14 كانون الأول/ديسمبر 1974، وقراريها 2330 (د - 22) المؤرخ 18 كانون الأول/ديسمبر 1967 و 2625 (د-٢٥) المؤرخ 24 تشرين الأول/أكتوبر 1970، والقرارين 3201 (S-VI) و 3202 (د إ-6) المؤرخين 1 أيار/مايو 1974،')
    assert.deepEqual(unCitations(text), ['3314 (د-29) 3314 (XXIX) @1974-12-14', '2330 (د - 22) 2330 (XXII) @1967-12-18', '2625 (د-٢٥) 2625 (XXV) @1970-10-24'])
    assert.deepEqual(unProblems(text), [])
    assert.deepEqual(unProblems(text.replace('14 كانون الأول/ديسمبر 1974', '14 كانون الأول/ديسمبر 1964')), [
      '3:37-3:63: UN resolution \u20683314 (د-29)\u2069 (of the 29th session, held in 1974 and 1975) cannot be dated “\u206814 كانون الأول/ديسمبر 1964\u2069”: that date falls in the 19th session (un-citation-date)'
    ])
    // A letter in the parentheses other than the session's is none (`(ب-29)`), nor a session past the thirtieth.
    assert.deepEqual(unCitations(un('إذ تستذكر قرارها 3314 (ب-29) وقرارها 31 (د-31)،')), [])
  })

  const election = (names: string) =>
    `قرار رقم 126\n\nGA-2025-93-RES-126\n\nالموضوع: الانتخابات\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\nإذ تستحضر المادة 15 من القانون الأساسي،\n\n1. تنتخب البلدان التالية أعضاء في اللجنة:\n\n${names}\n\n2. تقرر إبقاء المسألة قيد النظر.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
  const final = (source: string) => lint(source, {language: 'ar', stage: 'final'}, undefined, 'GA-2025-93-RES-126.ar.txt').filter((message) => typeof message.fatal === 'boolean').map((message) => `${formatMessage(message)} (${message.ruleId})`)

  it('names one to a line joined by `و` whose form is an accusative adverb\'s (`وتركيا،`, `وغينيا الاستوائية،`) and the last ending the paragraph (`وتايلند؛`) go on the sentence; an adverb before its complement still opens a paragraph', () => {
    assert.deepEqual(final(election('تونس،\n\nوتركيا،\n\nوغينيا الاستوائية،\n\nوكينيا،\n\nوتايلند؛')), [])
    assert.deepEqual(parse(election('تونس،\n\nوتركيا،\n\nوتايلند؛'), {language: 'ar'}).children.map((block) => block.type + ('children' in block ? ' ' + block.children.length : '')).slice(-3), ['preamble 1', 'operative 2', 'closing 1'])
    assert.deepEqual(final(election('تونس،\n\nوتركيا.')), ['15:7-15:8: An operative paragraph ends with “\u2068؛\u2069”, not “\u2068.\u2069” (operative-terminator)'])
    // The numbers around it, `1.` and `2.`, are written right: the paragraph read as the preamble is the one problem.
    assert.deepEqual(final(election('تونس،\n\nوإدراكا منها لأهمية التمثيل الإقليمي،')), [
      '13:5-13:6: An operative paragraph ends with “\u2068؛\u2069”, not “\u2068،\u2069” (operative-terminator)',
      '15:1-15:38: The preamble comes before the operative part (section-order)'
    ])
  })

  it('messages on an Arabic text name Arabic forms, in every interface language: no participle, adjective or infinitive opens an Arabic paragraph (`وإذ تؤكد` is a preamble phrase, `تسمية` a verbal noun); an English text\'s still say participle', () => {
    const text = 'إن الجمعية العامة،\n\nفي ضوء التطور السريع،\n\nتفيد بأن التعاون ضروري،\n\nتدعو البلدان الأعضاء إلى:\n\n1 - وإذ تؤكد أهمية التعاون؛\n\n2 - تسمية جهات اتصال وطنية.\n'
    const said = lint(text, {language: 'ar'}).filter((message) => typeof message.fatal === 'boolean')
    assert.deepEqual(said.map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      '9:5-9:13: An operative paragraph opens with the verbal noun, or a particle and a verb, the chapeau calls for, not with the preamble phrase “\u2068وإذ تؤكد\u2069” (operative-opening)',
      '5:1-5:5: A preamble paragraph opens with a circumstantial clause (a particle and a verb), a verbal noun in the accusative or a prepositional phrase, not with the operative verb “\u2068تفيد\u2069” (preamble-opening)'
    ])
    assert.deepEqual(said.map((message) => localize(message, 'ar')), [
      'تبدأ فقرة المنطوق بالمصدر أو المصدر المؤول الذي تقتضيه الفقرة التمهيدية للمنطوق، لا بعبارة الديباجة «\u2068وإذ تؤكد\u2069»',
      'تبدأ فقرة الديباجة بجملة حالية (حرف وفعل) أو بمصدر منصوب أو بشبه جملة، لا بفعل المنطوق «\u2068تفيد\u2069»'
    ])
    assert.equal(localize(said[1]!, 'es'), 'Un párrafo del preámbulo empieza con una oración circunstancial (una partícula y un verbo), un sustantivo verbal en acusativo o una locución preposicional, no con el verbo dispositivo «\u2068تفيد\u2069»')
    assert.deepEqual(lint('1. وإذ تؤكد أهمية التعاون؛\n\n2. تقرر إنشاء فريق عامل.\n', {language: 'ar'}, 'operative-opening').map(formatMessage), ['1:4-1:12: An operative paragraph opens with a verb in the present tense, not with the preamble phrase “\u2068وإذ تؤكد\u2069”'])
    assert.deepEqual(lint('The General Assembly,\n\nRecalling its resolution 71/19,\n\nAsserts that cooperation is essential,\n\n1. Decides to act;\n\n2. Recalling its resolution 73/11.\n', {language: 'en'}).filter((message) => message.ruleId?.endsWith('-opening')).map(formatMessage), [
      '9:4-9:13: An operative paragraph opens with a verb in the present tense, not with the participle “\u2068Recalling\u2069”',
      '5:1-5:8: A preamble paragraph opens with a participle, an adjective or a participial phrase, not with the operative verb “\u2068Asserts\u2069”'
    ])
  })

  it('a session\'s dates given in full at both ends, with the Hijri date beside the first (`24 تشرين الثاني/نوفمبر 2025 م (3 جمادى الآخرة 1447 هـ) إلى 27 …`, `… الموافق 3 جمادى الآخرة 1447 هـ إلى …`), are one range, as `from 24 November 2025 to 27 November 2025` is; a wrong end is still told', () => {
    const opening = (dates: string) => `قرار رقم 90\n\nGA-2025-93-RES-90\n\nالموضوع: مكافحة الإرهاب\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة ${dates}،\n\nإذ تستذكر قرارها GA-2024-92-RES-07،\n\n1. تقرر إبقاء المسألة قيد نظرها.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const dates = (text: string) => inlineContainers(parse(text, {language: 'ar'})).flatMap(({children}) => children.filter((child) => child.type === 'date').map((child) => `${child.value} ${child.start}/${child.end}`))
    const full = opening('من 24 تشرين الثاني/نوفمبر 2025 م (3 جمادى الآخرة 1447 هـ) إلى 27 تشرين الثاني/نوفمبر 2025 م (6 جمادى الآخرة 1447 هـ)')
    assert.deepEqual(dates(full), ['من 24 تشرين الثاني/نوفمبر 2025 م (3 جمادى الآخرة 1447 هـ) إلى 27 تشرين الثاني/نوفمبر 2025 2025-11-24/2025-11-27'])
    assert.deepEqual(problems(full, 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(opening('من 24 تشرين الثاني/نوفمبر 2025 الموافق 3 جمادى الآخرة 1447 هـ إلى 27 تشرين الثاني/نوفمبر 2025 الموافق 6 جمادى الآخرة 1447 هـ'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(opening('من 24 تشرين الثاني/نوفمبر 2025 إلى 27 تشرين الثاني/نوفمبر 2025').replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit))).replace('GA-٢٠٢٥-٩٣-RES-٩٠', 'GA-2025-93-RES-90').replace('GA-٢٠٢٤-٩٢-RES-٠٧', 'GA-2024-92-RES-07'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(opening('من 24 تشرين الثاني/نوفمبر 2025 إلى 28 تشرين الثاني/نوفمبر 2025'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [
      '7:118-7:180: The 93rd session met “\u2068من 24 إلى 27 تشرين الثاني/نوفمبر 2025\u2069”, not “\u2068من 24 تشرين الثاني/نوفمبر 2025 إلى 28 تشرين الثاني/نوفمبر 2025\u2069” (opening-facts)'
    ])
    // A Hijri date's parentheses hold only its day, month, year and `هـ`: other words beside the year end the date there.
    assert.deepEqual(dates(opening('من 24 تشرين الثاني/نوفمبر 2025 (بتوقيت مراكش) إلى 27 تشرين الثاني/نوفمبر 2025')).map((date) => date.split(' ').at(-1)), ['2025-11-24/undefined', '2025-11-27/undefined'])
    const en = 'RESOLUTION No. 90\n\nGA-2025-93-RES-90\n\nSubject: Terrorism\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 November 2025 to 27 November 2025 at its 93rd session:\n\nRECALLING resolution GA-2024-92-RES-07,\n\nDECIDES to remain seized of the matter.\n\nAdopted: For: 130, Against: 0, Abstentions: 5\n'
    assert.deepEqual(problems(en, 'en', 'GA-2025-93-RES-90.en.txt'), [])
  })

  it('a UN part\'s title under its numeral may open with a verbal noun the lexicon knows (`أولا⏎⏎التعاون الدولي`, `ثانيا⏎⏎تعزيز سيادة القانون`): a title, not a chapeau short of its colon; a numbered paragraph short of its mark under it is still told', () => {
    const text = 'إن الجمعية العامة،\n\nإذ تستذكر قرارها 79/200 المؤرخ 19 كانون الأول/ديسمبر 2024،\n\nأولا\n\nالتعاون الدولي\n\n1 - تحث الدول الأعضاء على تعزيز التعاون الدولي في المسائل الجنائية؛\n\nثانيا\n\nتعزيز سيادة القانون\n\n2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار.\n'
    const parts = parse(text, {language: 'ar', profile: getProfile('un-ga')}).children.filter((block) => block.type === 'partHeading').map((block) => ('children' in block ? block.children.map((child) => ('value' in child ? child.value : '')).join(' | ') : ''))
    assert.deepEqual(parts, ['أولا | التعاون الدولي', 'ثانيا | تعزيز سيادة القانون'])
    assert.deepEqual(unProblems(text), [])
    assert.deepEqual(unProblems(text.replace('في المسائل الجنائية؛', 'في المسائل الجنائية')), ['9:67-9:67: An operative paragraph ends with “\u2068؛\u2069”, missing here (operative-terminator)'])
  })

  const formatted = (text: string, profile?: 'un-ga') => formatText(documentFor(parse(text, {language: 'ar', ...(profile ? {profile: getProfile(profile)} : {})}), text))

  it('formatting keeps a UN part\'s numbers as the check reads them: running on from the part before (`ثانيا⏎⏎3 - …`) or from 1; a number that does neither is renumbered', () => {
    const text = 'إن الجمعية العامة،\n\nإذ تستذكر قرارها 79/200 المؤرخ 19 كانون الأول/ديسمبر 2024،\n\nأولا\n\nالتعاون الدولي\n\n1 - تحث الدول الأعضاء على التعاون؛\n\n2 - تطلب إلى المكتب تقديم المساعدة التقنية؛\n\nثانيا\n\nالمتابعة\n\n3 - تطلب إلى الأمين العام أن يقدم إليها تقريرا.\n'
    assert.equal(formatted(text, 'un-ga'), text)
    assert.equal(formatted(text.replace('3 - تطلب', '1 - تطلب'), 'un-ga'), text.replace('3 - تطلب', '1 - تطلب'))
    assert.equal(formatted(text.replace('3 - تطلب', '4 - تطلب'), 'un-ga'), text.replace('3 - تطلب', '1 - تطلب'))
    assert.deepEqual(unProblems(text.replace('3 - تطلب', '4 - تطلب')), ['17:1-17:4: This paragraph is numbered “\u20681 -\u2069”, not “\u20684 -\u2069” (operative-numbering)'])
  })

  it('formatting keeps names one to a line after a colon, with their commas or joined by `و` alone (`إثيوبيا⏎وبيرو⏎وكندا؛`); a hard-wrapped paragraph is still joined', () => {
    const interpol = election('تونس،\nوتركيا،\nوغينيا الاستوائية،\nوتايلند؛')
    assert.deepEqual(final(interpol), [])
    assert.equal(formatted(interpol), interpol)
    const un = 'إن الجمعية العامة،\n\nإذ تستذكر قرارها 60/251 المؤرخ 15 آذار/مارس 2006،\n\n1 - تنتخب الدول التالية أعضاء في المجلس لفترة تبدأ في 1 كانون الثاني/يناير 2026:\nإثيوبيا\nوبيرو\nوالفلبين\nوكندا؛\n\n2 - تقرر إبقاء المسألة قيد نظرها.\n'
    assert.equal(formatted(un, 'un-ga'), un)
    const wrapped = un.replace('إذ تستذكر قرارها 60/251 المؤرخ 15 آذار/مارس 2006،', 'إذ تستذكر قرارها 60/251 المؤرخ 15 آذار/مارس 2006 الذي أنشأت بموجبه\nمجلس حقوق الإنسان،')
    assert.equal(formatted(wrapped, 'un-ga'), un.replace('إذ تستذكر قرارها 60/251 المؤرخ 15 آذار/مارس 2006،', 'إذ تستذكر قرارها 60/251 المؤرخ 15 آذار/مارس 2006 الذي أنشأت بموجبه مجلس حقوق الإنسان،'))
  })

  it('identifiers one to a line after a colon (`إذ تستذكر قراراتها التالية:⏎⏎GA-2023-91-RES-12،⏎⏎وGA-2024-92-RES-07،`, English alike) are the sentence\'s list, not second identifiers; an identifier alone on its line elsewhere still is one', () => {
    const text = (preamble: string) => `قرار رقم 90\n\nGA-2025-93-RES-90\n\nالموضوع: الإرهاب\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n\n${preamble}\n\n1. تقرر إبقاء المسألة قيد نظرها.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    assert.deepEqual(problems(text('إذ تستذكر قراراتها التالية:\n\nGA-2023-91-RES-12،\n\nوGA-2024-92-RES-07،\n\nوإذ تستحضر قرارها GA-2022-90-RES-01،'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(text('إذ تستذكر قراراتها التالية:\nGA-2023-91-RES-12،\nGA-2024-92-RES-07،'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(text('إذ تستذكر قرارها GA-2023-91-RES-12،\n\nGA-2024-92-RES-07\n\nوإذ تستحضر قرارها GA-2022-90-RES-01،'), 'ar', 'GA-2025-93-RES-90.ar.txt'), ['11:1-11:18: A resolution has one identifier: this is a second one (section-order)'])
    const en = 'RESOLUTION No. 90\n\nGA-2025-93-RES-90\n\nSubject: Terrorism\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\nRECALLING the following resolutions:\n\nGA-2023-91-RES-12,\n\nGA-2024-92-RES-07,\n\nDECIDES to remain seized of the matter.\n\nAdopted: For: 130, Against: 0, Abstentions: 5\n'
    assert.deepEqual(problems(en, 'en', 'GA-2025-93-RES-90.en.txt'), [])
  })

  it('a range whose ends each give the Hijri date first and a slash (`من 3 جمادى الآخرة 1447 هـ/24 تشرين الثاني/نوفمبر 2025 م إلى 6 جمادى الآخرة 1447 هـ/27 …`) is one range; a wrong end is still told', () => {
    const opening = (dates: string) => `قرار رقم 90\n\nGA-2025-93-RES-90\n\nالموضوع: مكافحة الإرهاب\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة ${dates}،\n\nإذ تستذكر قرارها GA-2024-92-RES-07،\n\n1. تقرر إبقاء المسألة قيد نظرها.\n\nاعتُمد: المؤيدون: 130، المعارضون: 0، الممتنعون عن التصويت: 5\n`
    const text = opening('من 3 جمادى الآخرة 1447 هـ/24 تشرين الثاني/نوفمبر 2025 م إلى 6 جمادى الآخرة 1447 هـ/27 تشرين الثاني/نوفمبر 2025 م')
    assert.deepEqual(inlineContainers(parse(text, {language: 'ar'})).flatMap(({children}) => children.filter((child) => child.type === 'date').map((child) => `${child.start}/${child.end}`)), ['2025-11-24/2025-11-27'])
    assert.deepEqual(problems(text, 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.deepEqual(problems(opening('من 3 جمادى الآخرة 1447هـ / 24 تشرين الثاني/نوفمبر 2025م إلى 6 جمادى الآخرة 1447هـ / 27 تشرين الثاني/نوفمبر 2025م'), 'ar', 'GA-2025-93-RES-90.ar.txt'), [])
    assert.equal(problems(text.replace('هـ/27 تشرين', 'هـ/28 تشرين'), 'ar', 'GA-2025-93-RES-90.ar.txt')[0]?.endsWith('(opening-facts)'), true)
  })
})

describe('session 11, arabic', () => {
  const interpol = (preamble: string) =>
    `قرار رقم 4\n\nGA-2024-92-RES-04\n\nالموضوع: الحياة البرية\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 92 في غلاسكو (المملكة المتحدة) في الفترة من 4 إلى 7 تشرين الثاني/نوفمبر 2024،\n\n${preamble}\n\nوإذ تقدّر ما أنجزته الأمانة العامة،\n\nتكلف الأمانة العامة بوضع دليل عملي.\n\nاعتُمد: المؤيدون: 121، المعارضون: 0، الممتنعون عن التصويت: 3\n`
  const list = (items: string) => interpol(`وإذ تستذكر قراراتها التالية:\n\n${items}`)

  it('identifiers one to a line after a colon are the sentence\'s list whatever parts them (`،`, `؛`, `، و`, none, two on a line); the last without its comma is a missing terminator, not a second identifier', () => {
    for (const items of ['GA-2021-89-RES-11،\n\nGA-2022-90-RES-01، و\n\nGA-2023-91-RES-12،', 'GA-2021-89-RES-11؛\n\nGA-2022-90-RES-01؛\n\nGA-2023-91-RES-12،', 'GA-2021-89-RES-11، وGA-2022-90-RES-01،\n\nوGA-2023-91-RES-12،', 'GA-2021-89-RES-11\n\nGA-2022-90-RES-01\n\nGA-2023-91-RES-12،']) {
      assert.deepEqual(problems(list(items), 'ar', 'GA-2024-92-RES-04.ar.txt'), [], items)
    }
    assert.deepEqual(problems(list('GA-2021-89-RES-11،\n\nGA-2022-90-RES-01،\n\nGA-2023-91-RES-12'), 'ar', 'GA-2024-92-RES-04.ar.txt'), ['15:18-15:18: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
    assert.deepEqual(problems(list('GA-2021-89-RES-11،\n\nGA-2022-90-RES-01،\n\nوGA-2023-91-RES-12'), 'ar', 'GA-2024-92-RES-04.ar.txt'), ['15:19-15:19: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
    // One alone under a colon is the sentence's too; one alone after a paragraph's comma is still a second identifier.
    assert.deepEqual(problems(interpol('وإذ تستذكر قرارها في مجال حماية البيئة:\n\nGA-2021-89-RES-11'), 'ar', 'GA-2024-92-RES-04.ar.txt'), ['11:18-11:18: A preamble paragraph ends with “\u2068،\u2069”, missing here (preamble-terminator)'])
    assert.deepEqual(problems(interpol('وإذ تستذكر قرارها في مجال حماية البيئة،\n\nGA-2021-89-RES-11'), 'ar', 'GA-2024-92-RES-04.ar.txt'), ['11:1-11:18: A resolution has one identifier: this is a second one (section-order)'])
  })

  it('a Markdown line that is one code span (`` `GA-2019-88-RES-02` ``) is the identifier, checked inside its backticks, which a fix keeps', () => {
    const md = (identifier: string) => `# قرار رقم 2\n\n\`${identifier}\`\n\n**الموضوع:** حماية الممتلكات الثقافية\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 88 في سانتياغو (شيلي) في الفترة من 15 إلى 18 تشرين الأول/أكتوبر 2019،\n\nوإذ تدرك أن سوق الأعمال الفنية أضحت قناة لتصريف القطع المنهوبة،\n\nتقرر إدراج هذا البند في جدول أعمال دورتها المقبلة.\n`
    assert.deepEqual(problems(md('GA-2019-88-RES-02'), 'ar', 'GA-2019-88-RES-02.ar.md'), [])
    assert.deepEqual(problems(md('GA-2019-88-RES-2'), 'ar', 'GA-2019-88-RES-02.ar.md'), ['3:2-3:18: The identifier is written “\u2068GA-2019-88-RES-02\u2069”, not “\u2068GA-2019-88-RES-2\u2069” (identifier-format)'])
    assert.equal(fix(md('GA-2019-88-RES-2'), {language: 'ar'}, 'identifier-format').text, md('GA-2019-88-RES-02'))
  })

  it('the UN opening run on with the first preamble paragraph (`إن الجمعية العامة، إذ تضع …`), or with diacritics or tatweel on its own line, is a UN text (no INTERPOL opening, numbering `1 -`); INTERPOL\'s `إن الجمعية العامة، المجتمعة …` stays INTERPOL\'s', () => {
    const body = '\n\nوإذ يساورها القلق إزاء تزايد أعداد الضحايا المدنيين،\n\n1 - تحث الدول على الانضمام إلى الصكوك الدولية ذات الصلة؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n'
    const merged = 'إن الجمعية العامة، إذ تضع في اعتبارها مقاصد ميثاق الأمم المتحدة ومبادئه، ولا سيما الامتناع عن التهديد باستعمال القوة أو استعمالها ضد السلامة الإقليمية لأي دولة،' + body
    for (const text of [merged, 'إِنَّ الجمعيةَ العامةَ،\n\nإذ تُشيرُ إلى قرارِها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،' + body, 'إن الجمعيـــة العامة،\n\nإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،' + body]) {
      assert.equal(detectProfile(text).id, 'un-ga', text.slice(0, 30))
      assert.deepEqual(problems(text, 'ar', 'draft.resolution'), [], text.slice(0, 30))
    }
    assert.equal(detectProfile('إن الجمعية العامة، المجتمعة في دورتها الـ 68 في سيول (جمهورية كوريا) في الفترة من 8 إلى 12 تشرين الثاني/نوفمبر 1999،' + body).id, 'interpol-ga')
    assert.equal(detectProfile('The General Assembly, Recalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to remain seized of the matter.\n').id, 'un-ga')
    assert.equal(detectProfile('The General Assembly, meeting in Seoul from 8 to 12 November 1999 at its 68th session:\n\nRECALLING the Constitution,\n').id, 'interpol-ga')
    assert.equal(detectProfile('The General Assembly, RECALLING the Constitution,\n').id, 'interpol-ga')
  })

  const unText = (preamble: string, operative = '1 - تحث الدول على الانضمام إلى الصكوك الدولية ذات الصلة؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.') =>
    `إن الجمعية العامة،\n\n${preamble}\n\n${operative}\n\nالجلسة العامة 50\n2 كانون الأول/ديسمبر 2025\n`
  const unFound = (text: string) => problems(text, 'ar', 'A-RES-80-941.ar.txt')

  it('a special session\'s resolution in UN Arabic (`دإ-30/1`, also glued to `و`) is read and held to its session\'s first day (20th: 8 June 1998; 30th: 19 April 2016), named as written, as a resolution of Roman numerals is (`3314 (د-29)`)', () => {
    const text = unText('إذ تشير إلى قراريها دإ-20/2 المؤرخ 10 حزيران/يونيه 1998 ودإ-30/1 المؤرخ 19 نيسان/أبريل 2016، وإلى قرارها 3314 (د-29) المؤرخ 14 كانون الأول/ديسمبر 1974،')
    assert.deepEqual(unFound(text), [])
    assert.deepEqual(unFound(text.replace('1998 ودإ-30/1 المؤرخ 19 نيسان/أبريل 2016', '1998 ودإ-30/1 المؤرخ 19 نيسان/أبريل 2015').replace('1974،', '1977،')), [
      '3:73-3:92: UN resolution \u2068دإ-30/1\u2069 cannot be dated “\u206819 نيسان/أبريل 2015\u2069”: the 30th special session opened on 19 April 2016 (un-citation-date)',
      '3:125-3:151: UN resolution \u20683314 (د-29)\u2069 (of the 29th session, held in 1974 and 1975) cannot be dated “\u206814 كانون الأول/ديسمبر 1977\u2069”: that date falls in the 32nd session (un-citation-date)'
    ])
    assert.deepEqual(unFound(text.replace('دإ-20/2 المؤرخ 10 حزيران/يونيه 1998', 'دإ-20/2 المؤرخ 10 حزيران/يونيه 1997')), ['3:36-3:56: UN resolution \u2068دإ-20/2\u2069 cannot be dated “\u206810 حزيران/يونيه 1997\u2069”: the 20th special session opened on 8 June 1998 (un-citation-date)'])
  })

  it('a no-break space in a UN Arabic number (`1\u00a0- تقرر`, `2 -\u00a0تهيب`) is read as a space, and formatting keeps it, after a number too (`1.\u00a0إنشاء`), also when it renumbers', () => {
    const nbsp = unText('إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،', '1\u00a0- ترحب بالتعاون الجاري؛\n\n2 -\u00a0تهيب بالدول الأعضاء أن تستفيد من أدوات المنظمة؛\n\n3 - تقرر أن تبقي المسألة قيد نظرها.')
    assert.deepEqual(unFound(nbsp), [])
    const formatted = (text: string, profile: 'un-ga' | 'interpol-ga') => formatText(documentFor(parse(text, {language: 'ar', profile: getProfile(profile)}), text))
    assert.equal(formatted(nbsp, 'un-ga'), nbsp)
    assert.deepEqual(unFound(nbsp.replace('3 - تقرر', '5\u00a0-\u00a0تقرر')), ['9:1-9:4: This paragraph is numbered “\u20683 -\u2069”, not “\u20685 -\u2069” (operative-numbering)'])
    assert.deepEqual(lint(nbsp.replace('3 - تقرر', '5\u00a0-\u00a0تقرر'), {language: 'ar', profile: 'un-ga'}, 'operative-numbering').map((message) => message.expected), [['3\u00a0-']])
    assert.equal(formatted(nbsp.replace('3 - تقرر', '5\u00a0-\u00a0تقرر'), 'un-ga'), nbsp.replace('3 - تقرر', '3\u00a0-\u00a0تقرر'))
    const interpol = list('GA-2021-89-RES-11،').replace('تكلف الأمانة العامة بوضع دليل عملي.', 'تدعو البلدان الأعضاء إلى:\n\n1.\u00a0إنشاء قواعد بيانات وطنية؛\n\n3.\u00a0تدريب العاملين في المختبرات.')
    assert.equal(formatted(interpol, 'interpol-ga'), interpol.replace('3.\u00a0تدريب', '2.\u00a0تدريب'))
  })

  it('a Hijri date beside the Gregorian one is its day within the days Hijri calendars and sightings differ by (3): a wrong year, month or day is told, with the Umm al-Qura day', () => {
    const opening = (dates: string) =>
      `قرار رقم 9\n\nGA-2025-93-RES-09\n\nالموضوع: حماية الأطفال\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) ${dates}،\n\nوإذ تستنكر بشدة ابتزاز القاصرين،\n\nتقرر أن تولي هذه المسألة الأولوية.\n\nاعتُمد: المؤيدون: 151، المعارضون: 0، الممتنعون عن التصويت: 2\n`
    const found = (dates: string) => problems(opening(dates), 'ar', 'GA-2025-93-RES-09.ar.txt')
    for (const dates of [
      'في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025، الموافق 3 إلى 6 جمادى الآخرة 1447 هـ',
      'في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025م (الموافق لـ 4 - 7 جمادى الثانية 1447هـ)',
      'في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025 (6 جمادى الآخرة 1447 هـ)',
      // Written first (session 12).
      'في الفترة من 3 إلى 6 جمادى الآخرة 1447 هـ، الموافق 24 إلى 27 تشرين الثاني/نوفمبر 2025'
    ]) {
      assert.deepEqual(found(dates), [], dates)
    }
    assert.deepEqual(found('في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025، الموافق 3 إلى 6 جمادى الآخرة 1446 هـ'), [
      '7:165-7:193: The Hijri date “\u20683 إلى 6 جمادى الآخرة 1446 هـ\u2069” does not fall on “\u206824 تشرين الثاني/نوفمبر 2025\u2069”: that day is \u20683 جمادى الآخرة 1447 هـ\u2069 in the Umm al-Qura calendar (other Hijri calendars and sightings of the moon differ from it by a day or two at most) (date-validity)'
    ])
    assert.deepEqual(found('في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025 (3 إلى 16 جمادى الآخرة 1447 هـ)'), [
      '7:157-7:186: The Hijri date “\u20683 إلى 16 جمادى الآخرة 1447 هـ\u2069” does not fall on “\u206827 تشرين الثاني/نوفمبر 2025\u2069”: that day is \u20686 جمادى الآخرة 1447 هـ\u2069 in the Umm al-Qura calendar (other Hijri calendars and sightings of the moon differ from it by a day or two at most) (date-validity)'
    ])
  })

  it('the UN Arabic committee line without the article (`[دون إحالة إلى لجنة رئيسية (A/79/L.88)]`) is the masthead\'s, not a subject line', () => {
    const text = 'قرار اتخذته الجمعية العامة في 10 حزيران/يونيه 2025\n\n[دون إحالة إلى لجنة رئيسية (A/79/L.88)]\n\n79/301 - اليوم الدولي لحراس المنارات\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n\nالجلسة العامة 90\n10 حزيران/يونيه 2025\n'
    assert.deepEqual(problems(text, 'ar', 'A-RES-79-301.ar.txt'), [])
    assert.deepEqual(problems(text.replace('[دون إحالة', '[دون الإحالة'), 'ar', 'A-RES-79-301.ar.txt'), [])
  })
})

describe('latin: false alarms on real and fresh English, French and Spanish texts (session 11)', () => {
  const kinds = (text: string, profile: 'interpol-ga' | 'un-ga', language: 'en' | 'fr' | 'es') => parse(text, {language, profile: getProfile(profile)}).children.map((block) => block.type + (block.type === 'partHeading' ? ` ${block.number}` : ''))
  const layoutOf = (text: string, language: 'en' | 'fr' | 'es') => parse(text, {language, profile: getProfile('interpol-ga')}).data.pastedLayout?.map((piece) => `${piece.kind} ${piece.position.start.line}`)

  it('a footnote numbered in superscript without its rule (`¹ See the report …`) is page furniture, its marker after a comma too (`networks,¹`)', () => {
    const text = 'RESOLUTION No. 5\n\nGA-2018-87-RES-05\n\nSubject: Online exploitation\n\nThe ICPO-INTERPOL General Assembly, meeting in Dubai, United Arab Emirates, from 18 to 21 November 2018 at its 87th session:\n\nDEEPLY CONCERNED by the exploitation of children by means of social networks,¹\n\nASSIGNS to the General Secretariat the task of preparing a training course.\n\n¹ See the report of the Secretary General to the 87th session.\n\nAdopted: For: 150, Against: 3, Abstentions: 9\n'
    assert.deepEqual(problems(text, 'en', 'GA-2018-87-RES-05.en.txt'), [])
    assert.deepEqual(layoutOf(text, 'en'), ['footnoteMarker 9', 'footnote 13'])
    // A paragraph opening with a superscript figure that nothing in the text refers to is still a paragraph.
    assert.deepEqual(problems(text.replace('networks,¹', 'networks,'), 'en', 'GA-2018-87-RES-05.en.txt'), [
      '13:1-13:2: “\u2068¹\u2069” is not a known operative verb: an operative paragraph opens with a verb in the present tense (operative-opening)',
      '11:75-11:76: An operative paragraph ends with “\u2068;\u2069”, not “\u2068.\u2069” (operative-terminator)'
    ])
  })

  it('the paragraph before the last may end with a conjunction (`…, et⏎REMERCIE …`, `…; and⏎3. Decides …`); another one so ended is still reported', () => {
    const fr = (end: string) => `AGN/67/RES/9\n\nRESOLUTION\n\nObjet : Prises d'otages\n\nL'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 67ème session au Caire, du 22 au 27 octobre 1998,\n\nHORRIFIÉE par la multiplication des enlèvements,\n\nATTIRE l'attention des pays membres sur le guide${end}\n\nFÉLICITE les pays qui ont créé des cellules de crise, et\n\nREMERCIE le Gouvernement égyptien de son hospitalité.\n\nAdoptée\n`
    assert.deepEqual(problems(fr(' ;'), 'fr', 'AGN-67-RES-9.fr.txt'), [])
    assert.deepEqual(problems(fr(', et'), 'fr', 'AGN-67-RES-9.fr.txt'), ['11:53-11:53: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
    const en = 'The General Assembly,\n\nRecalling its resolution 51/1 of 15 October 1996,\n\n1. Welcomes the cooperation;\n\n2. Requests the Secretary-General to report; and\n\n3. Decides to remain seized of the matter.\n'
    assert.deepEqual(problems(en, 'en', 'A-RES-52-10.en.txt'), [])
  })

  it('a web copy of an AGN-era text: table borders (`| Resolution No AGN/68/RES/5 |`, `|`) are no text, and the opening\'s year gives the era when no identifier does', () => {
    const body = 'NOTING THE CONTENTS of Report AGN/68/RAP/3,\n\nThe ICPO-Interpol General Assembly, meeting in Seoul from 8th to 12th November\n1999 at its 68th session:\n\nAPPROVES the model police co-operation agreement;\n\nASKS the General Secretariat to promote the model agreement.\n\nAdopted.\n'
    const web = `ICPO-Interpol - General Assembly\n68th Session - Seoul - 8th-12th November 1999 |\n|\n| Resolution No AGN/68/RES/5 |\n|\n|\nModel police co-operation agreement\n|\n${body}`
    assert.deepEqual(problems(web, 'en', 'AGN-68-RES-5.en.txt'), [])
    assert.deepEqual(kinds(web, 'interpol-ga', 'en'), ['heading', 'identifier', 'subject', 'preamble', 'opening', 'operative', 'closing'])
    assert.deepEqual(problems(body, 'en', 'AGN-68-RES-5.en.txt'), [])
    assert.equal(parse(body, {language: 'en', profile: getProfile('interpol-ga')}).data.era, 'AGN')
    // A text of today's era is held to today's order and vote line.
    assert.deepEqual(problems(body.replace('Seoul from 8th to 12th November\n1999 at its 68th', 'Marrakesh from 24 to 27 November\n2025 at its 93rd'), 'en', 'GA-2025-93-RES-40.en.txt'), [
      '3:1-4:26: The opening comes before the preamble (section-order)',
      '10:1-10:9: The vote line gives the figures: “\u2068Adopted: For: <n>, Against: <n>, Abstentions: <n>\u2069” (vote-line)'
    ])
  })

  it('above a web copy, the page\'s title lines naming the resolution (`Résolution AGN/69/RES/2 (Français)`, `File : AGN-1992-RES-15`) and its tab between them (`Transcription`) are page furniture', () => {
    const text = "Résolution AGN/69/RES/2 (Français)\n\nTranscription\n\nRésolution AGN/69/RES/2 (Français)\nAGN/69/RES/2\nRESOLUTION\nObjet : Projet d'accord de siège\nL'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 69ème session à\nRhodes, du 30 octobre au 4 novembre 2000,\nRAPPELANT la résolution AGN/68/RES/1 adoptée lors de sa 68ème session,\nAUTORISE le Comité exécutif à approuver le projet d'accord.\nAdoptée\n"
    assert.deepEqual(problems(text, 'fr', 'AGN-69-RES-2.fr.txt'), [])
    assert.deepEqual(layoutOf(text, 'fr'), ['runningTitle 1', 'runningTitle 3', 'runningTitle 5'])
    const avalon = 'September 11, 2001 : Attack on America\nInterpol Resolution No AG-2001-RES-05; September 26, 2001\n\nResolution No AG-2001-RES-05\n\nThe Interpol General Assembly, meeting in Budapest from 24 to 28 September 2001 at its 70th session:\n\nCONDEMNS these attacks as cold-blooded mass murder.\n\nAdopted.\n'
    assert.deepEqual(problems(avalon, 'en', 'AG-2001-RES-05.en.txt'), [])
    // A note above the resolution that names none is still no furniture: said above the heading, an error in a final text.
    const noted = text.replace('Transcription', 'Brouillon à revoir avant diffusion')
    assert.deepEqual(lint(noted, {language: 'fr', stage: 'final'}, 'section-order', 'AGN-69-RES-2.fr.txt').map((message) => `${formatMessage(message)} ${message.fatal}`), [
      "3:1-3:35: This text stands above the resolution's heading: a page's title or a note, no part of the resolution true"
    ])
  })

  it('a subheading between paragraphs (`Peacebuilding financing`, `Financement`) is a part\'s title without a numeral; the numbering runs on across it; a paragraph split at a page end is still one', () => {
    const en = (middle: string) => `United Nations A/RES/79/210\n\nThe General Assembly,\n\nAffirming the importance of national ownership,\n\nPeacebuilding Commission\n\n1. Reaffirms the mandate of the Commission;\n\n${middle}\n\n3. Requests the Department of Political and Peacebuilding Affairs/Peacebuilding Support Office to report to it at its eighty-first session.\n`
    const text = en('Peacebuilding financing\n\n2. Calls for the full implementation of the financing measures;\n\nDepartment of Political and Peacebuilding Affairs/Peacebuilding Support Office')
    assert.deepEqual(problems(text, 'en', 'A-RES-79-210.en.txt'), [])
    assert.deepEqual(kinds(text, 'un-ga', 'en'), ['identifier', 'opening', 'preamble', 'partHeading 0', 'operative', 'partHeading 0', 'operative', 'partHeading 0', 'operative'])
    const es = 'Naciones Unidas A/RES/79/211\n\nLa Asamblea General,\n\nAfirmando la importancia de la implicación nacional,\n\n1. Reafirma el mandato de la Comisión;\n\nFinanciación de la consolidación de la paz\n\n2. Exhorta a los Estados Miembros a contribuir al Fondo.\n'
    assert.deepEqual(problems(es, 'es', 'A-RES-79-211.es.txt'), [])
    // A paragraph's rest after a page break (its start has no mark) is no subheading; nor is a preamble paragraph short of its comma.
    assert.deepEqual(problems(en('2. Calls for the full implementation of the financing\n\nmeasures agreed in 2024;'), 'en', 'A-RES-79-210.en.txt'), [])
    assert.deepEqual(problems(en('Recalling its resolution 70/1\n\n2. Calls for the implementation of the measures;'), 'en', 'A-RES-79-210.en.txt'), ['11:30-11:30: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)', '11:1-11:30: The preamble comes before the operative part (section-order)'])
  })

  it('an annex heading with its title on its line after the closing (`Annex 2025 Political Declaration …`) holds the annexed text; before the closing such a line is no annex', () => {
    const text = 'United Nations A/RES/80/909\n\nThe General Assembly,\n\nRecalling its resolution 64/293 of 30 July 2010,\n\nAdopts the Political Declaration annexed to the present resolution.\n\n48th plenary meeting\n24 November 2025\n\nAnnex 2025 Political Declaration on the Implementation of the Global Plan of Action\n\n1. We, the States Members of the United Nations, welcome the fifteenth anniversary of the Global Plan of Action.\n\n2. We commit to end this crime.\n'
    assert.deepEqual(problems(text, 'en', 'A-RES-80-909.en.txt'), [])
    assert.deepEqual(kinds(text, 'un-ga', 'en'), ['identifier', 'opening', 'preamble', 'operative', 'closing', 'annex'])
    const fr = 'Nations Unies A/RES/80/909\n\nL’Assemblée générale,\n\nRappelant sa résolution 64/293 du 30 juillet 2010,\n\nAdopte la Déclaration politique annexée à la présente résolution.\n\n48e séance plénière\n24 novembre 2025\n\nAnnexe Déclaration politique de 2025 sur la mise en œuvre du Plan d’action mondial\n\n1. Nous, États Membres de l’Organisation des Nations Unies, nous engageons à mettre fin à ce crime.\n'
    assert.deepEqual(problems(fr, 'fr', 'A-RES-80-909.fr.txt'), [])
    assert.deepEqual(kinds(fr, 'un-ga', 'fr').at(-1), 'annex')
    // In the operative part, a line opening with the word is the paragraph's own.
    assert.deepEqual(kinds('The General Assembly,\n\n1. Takes note of the rules contained in\n\nAnnex II to the report of the Committee;\n\n2. Decides to act.\n', 'un-ga', 'en'), ['opening', 'operative'])
  })

  it('a paragraph broken at a page end goes on after the blank line in lower case though its first word reads as a verb or an opener, after a comma too, and in capitals after an article (`to the⏎⏎Register`) or within a name (`the Final⏎⏎Documents of`)', () => {
    const un = (paragraph: string) => `The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n${paragraph}\n\n2. Decides to remain seized of the matter.\n`
    const joined = (paragraph: string) => {
      const operative = parse(un(paragraph), {language: 'en', profile: getProfile('un-ga')}).children.find((block) => block.type === 'operative')
      return operative?.type === 'operative' ? operative.children.length : 0
    }
    for (const paragraph of [
      '1. Encourages Member States to contribute, and\n\nreiterates its request to the Secretary-General to report;',
      '1. Decides to set up a group of experts as contained in the\n\nreport of the Group of Experts;',
      '1. Decides to establish the Group of Scientific and Technical Experts on Nuclear Disarmament Verification, consisting of 21 members,\n\nparticipating in their personal capacity;',
      '1. Calls upon Member States in a position to do so to provide information on procurement through national production to the\n\nRegister in addition to information on imports;',
      '1. Recalls the commitments made by Member States in the Final Document of the Tenth Special Session and in the Final\n\nDocuments of the review conferences;'
    ]) {
      assert.equal(joined(paragraph), 2, paragraph)
      assert.deepEqual(problems(un(paragraph), 'en', 'A-RES-80-910.en.txt'), [], paragraph)
    }
    // A paragraph short of its mark, then a paragraph opening in capitals, are still two, the mark reported; so are an
    // item's conjunction and the paragraph after it (`…; and⏎⏎Decides …`).
    assert.deepEqual(problems(un('1. Encourages Member States to contribute to the Fund\n\nRequests the Secretary-General to report;'), 'en', 'A-RES-80-910.en.txt'), ['5:54-5:54: An operative paragraph ends with “\u2068;\u2069”, missing here (operative-terminator)'])
    assert.equal(joined('1. Encourages Member States to contribute to the Fund; and\n\nRequests the Secretary-General to report;'), 3)
  })
})

describe('session 12, arabic', () => {
  const interpol = (preamble: string, operative = 'تطلب إلى الأمين العام تقديم تقرير عن تنفيذ هذا القرار.') =>
    `قرار رقم 4\n\nGA-2024-92-RES-04\n\nالموضوع: التعاون\n\nإن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 92 في غلاسكو (المملكة المتحدة) في الفترة من 4 إلى 7 تشرين الثاني/نوفمبر 2024،\n\n${preamble}\n\n${operative}\n\nاعتُمد: المؤيدون: 121، المعارضون: 0، الممتنعون عن التصويت: 3\n`
  const found = (text: string) => problems(text, 'ar', 'GA-2024-92-RES-04.ar.txt')

  it('preamble openers of the right form the lexicon lacks are no alarm: `وهي` + verb, `ولئن`, `وبينما`, `وبما أن`, a verbal noun in `ة` after `و` (`ورغبةً في`, `وتلبيةً لـ`), `فإن الجمعية العامة،` said again', () => {
    for (const opener of ['وهي تستحضر أن الإنتربول أنشأ وحدة مخصصة،', 'وهي مقتنعة بأن التعاون ضروري،', 'ولئن كانت بلدان عديدة قد سنت تشريعات، فإن تطبيقها ما زال متفاوتا،', 'وبينما تلاحظ تزايد الجرائم،', 'وبما أن التعاون ضروري،', 'ورغبةً في تعزيز التعاون،', 'ومراعاةً لما تتطلبه معالجة البيانات من ضمانات،', 'وتلبيةً لنداءات البلدان الأعضاء،', 'وخشيةً من تزايد الجرائم،', 'ومراعاه لما تتطلبه معالجة البيانات من ضمانات،']) {
      assert.deepEqual(found(interpol(opener)), [], opener)
    }
    assert.deepEqual(found(interpol('إذ تشير إلى قراراتها السابقة،\n\nفإن الجمعية العامة،\n\nعملا بالمادة 41 من القانون الأساسي،')), [])
    // The conjunction set apart, as a PDF's text layer leaves it.
    assert.deepEqual(found(interpol('و إذ تشير إلى قراراتها السابقة،', 'و تقرر إبقاء المسألة قيد النظر.')), [])
  })

  it('a verb of a doubled root written without its shadda (`تمد`, `تجد`, `تخص`) or two letters of a short root swapped (`تشرح`, `تسير`, `تتبنى`) is a word of its own, no slip of `تمدد`, `ترشح`, `تتبين`; a letter typed twice or a swap in a longer word still is', () => {
    assert.deepEqual(found(interpol('وإذ تجد في قواعد البيانات أداة لا غنى عنها،\n\nوإذ تتبنى نهجا شاملا،', 'تمد البلدان الأعضاء بالمساعدة؛\n\nتخص بالذكر المكاتب المركزية الوطنية؛\n\nتشرح للبلدان الأعضاء أهمية التعاون؛\n\nتسير على نهج قراراتها السابقة.')), [])
    assert.deepEqual(found(interpol('وإذ تؤكدد أهمية التعاون،', 'تسترعض التقدم المحرز؛\n\nتحثث البلدان الأعضاء على التعاون.')), [
      '11:1-11:7: “\u2068تسترعض\u2069” looks like a slip for “\u2068تستعرض\u2069” (operative-opening)',
      '13:1-13:5: “\u2068تحثث\u2069” looks like a slip for “\u2068تحث\u2069” (operative-opening)',
      '9:1-9:10: “\u2068وإذ تؤكدد\u2069” looks like a slip for “\u2068وإذ تؤكد\u2069” (preamble-opening)'
    ])
  })

  it('the opening with a final `ة` typed `ه` (`إن الجمعيه العامه …، المجتمعه`) is the opening', () => {
    assert.deepEqual(found(interpol('وإذ تعي أهمية التعاون،').replace('إن الجمعية العامة', 'إن الجمعيه العامه').replace('المجتمعة', 'المجتمعه')), [])
  })

  it('a number with a no-break space before its period (`1\u00a0.`) is a number: no chapeau alone, and Format keeps the items\' `؛`', () => {
    const text = interpol('وإذ تعي أهمية التعاون،', 'تطلب إلى الأمين العام ما يلي:\n\n1\u00a0. استكشاف سبل التعاون؛\n\n2\u00a0. إطلاع الجمعية العامة على ما يُتخذ من خطوات.')
    assert.deepEqual(found(text), [])
    assert.equal(formatText(documentFor(parse(text, {language: 'ar', profile: getProfile('interpol-ga')}), text)), text.replace('1\u00a0.', '1.').replace('2\u00a0.', '2.'))
  })

  it('a Hijri date written before the Gregorian one (`27 ربيع الأول 1424هـ، الموافق 28 أيار/مايو 2003م`, `… هـ (…)`) is checked as one after it is; one cut from a longer number is no date', () => {
    const text = (date: string) => interpol(`إذ تستحضر الاتفاقية العربية لمكافحة الإرهاب الموقعة في القاهرة في ${date}،`)
    for (const date of ['25 ذي الحجة 1418هـ، الموافق 22 نيسان/أبريل 1998م', '25 ذو الحجة 1418 هـ (22 نيسان/أبريل 1998)', '25 ذي الحجة 1418هـ الموافق 22 نيسان/أبريل 1998م', '27 ربيع الأول 1424هـ، الموافق 28 أيار/مايو 2003م']) {
      assert.deepEqual(found(text(date)), [], date)
    }
    assert.deepEqual(found(text('25 ذي الحجة 1419هـ، الموافق 22 نيسان/أبريل 1998م')), [
      '9:67-9:85: The Hijri date “\u206825 ذي الحجة 1419هـ\u2069” does not fall on “\u206822 نيسان/أبريل 1998\u2069”: that day is \u206825 ذو الحجة 1418 هـ\u2069 in the Umm al-Qura calendar (other Hijri calendars and sightings of the moon differ from it by a day or two at most) (date-validity)'
    ])
    assert.deepEqual(found(text('الرقم 125 ذي الحجة 1419هـ، الموافق 22 نيسان/أبريل 1998م')), [])
  })

  it('a special session\'s resolution with its letters spaced (`د إ-20/2`) is read as `دإ-20/2` is', () => {
    const text = (citation: string) => `إن الجمعية العامة،\n\nإذ تعيد تأكيد الإعلان السياسي المرفق بقرارها ${citation}،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n\nالجلسة العامة 57\n19 كانون الأول/ديسمبر 2024\n`
    assert.deepEqual(problems(text('د إ-20/2 المؤرخ 10 حزيران/يونيه 1998'), 'ar', 'A-RES-79-188.ar.txt'), [])
    assert.deepEqual(problems(text('د إ-20/2 المؤرخ 5 حزيران/يونيه 1998'), 'ar', 'A-RES-79-188.ar.txt'), [
      '3:62-3:81: UN resolution \u2068د إ-20/2\u2069 cannot be dated “\u20685 حزيران/يونيه 1998\u2069”: the 20th special session opened on 8 June 1998 (un-citation-date)'
    ])
  })

  it('a UN text whose opening has lost its comma is the UN\'s when its file name is (`A-RES-…`), though it names INTERPOL', () => {
    const text = 'إن الجمعية العامة\n\nإذ تشير إلى قرارها 79/15،\n\nوإذ تنوه بدور المنظمة الدولية للشرطة الجنائية (الإنتربول)،\n\n1 - ترحب بالتعاون الجاري؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n'
    assert.equal(detectProfile(text, 'A-RES-80-15.ar.txt').id, 'un-ga')
    assert.equal(detectProfile(text, 'draft.resolution').id, 'interpol-ga')
    assert.equal(detectProfile(text.replace('إن الجمعية العامة\n', 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 92،\n'), 'A-RES-80-15.ar.txt').id, 'interpol-ga')
    assert.deepEqual(problems(text, 'ar', 'A-RES-80-15.ar.txt'), ['1:18-1:18: The opening ends with “\u2068،\u2069”, missing here (opening-formula)'])
  })
})

describe('latin: false alarms on fresh English, French and Spanish texts (session 12)', () => {
  const kinds = (text: string, profile: 'interpol-ga' | 'un-ga', language: 'en' | 'fr' | 'es') => parse(text, {language, profile: getProfile(profile)}).children.map((block) => block.type + (block.type === 'partHeading' ? ` ${block.number}` : ''))

  it('a preamble set above the opening (texts to 2014) may open with openers the lexicon lacks, read by their form (`HEARTENED BY`, `ÉMUE PAR`, `MOVIDA POR`); a title line is still the subject, and a text of today\'s era still has its opening first', () => {
    const en = (preamble: string, year = 'Beijing from 4th to 10th\nOctober 1995 at its 64th') =>
      `Resolution No AGN/64/RES/12\n\nCounterfeiting of payment cards\n\n${preamble}\n\nThe ICPO-Interpol General Assembly, meeting in ${year} session:\n\nCHARGES the General Secretariat with the circulation of a list of card numbers;\n\nEMPOWERS the working group to establish direct contacts with the card issuers.\n\nAdopted.\n`
    const preamble = 'HEARTENED BY the results achieved since 1993 by the working group on payment\ncard fraud,\n\nPERTURBED by the speed with which counterfeit cards are used in several regions,'
    assert.deepEqual(problems(en(preamble), 'en', 'AGN-64-RES-12.en.txt'), [])
    assert.deepEqual(kinds(en(preamble), 'interpol-ga', 'en'), ['heading', 'identifier', 'subject', 'preamble', 'opening', 'operative', 'closing'])
    const fr = "AGN/65/RES/11\n\nRESOLUTION\n\nObjet : Blanchiment\n\nÉMUE PAR l'ampleur des sommes blanchies,\n\nSENSIBLE AUX difficultés des enquêteurs,\n\nL'Assemblée générale de l'O.I.P.C.-Interpol, réunie en sa 65ème session à Antalya, du 23 au 29 octobre 1996,\n\nINSTITUE un groupe de travail sur le blanchiment de l'argent.\n\nAdoptée\n"
    assert.deepEqual(problems(fr, 'fr', 'AGN-65-RES-11.fr.txt'), [])
    const es = 'AGN/66/RES/12\n\nRESOLUCIÓN\n\nAsunto: Delincuencia informática\n\nMOVIDA POR la preocupación que suscita el uso de las redes,\n\nLa Asamblea General de la O.I.P.C.-Interpol, reunida en su 66ª reunión en Nueva Delhi del 15 al 21 de octubre de 1997,\n\nINSTITUYE un grupo de trabajo sobre delincuencia informática.\n\nAprobada\n'
    assert.deepEqual(problems(es, 'es', 'AGN-66-RES-12.es.txt'), [])
    // A slip is told as one; a paragraph of today's era above the opening is out of order.
    assert.deepEqual(problems(en('RECALING resolution AGN/63/RES/6,\n\n' + preamble), 'en', 'AGN-64-RES-12.en.txt'), ['5:1-5:9: “\u2068RECALING\u2069” looks like a slip for “\u2068RECALLING\u2069” (preamble-opening)'])
    const today = `RESOLUTION No. 4\n\nGA-2019-88-RES-04\n\nSubject: Payment cards\n\nHEARTENED BY the results achieved,\n\nThe ICPO-INTERPOL General Assembly, meeting in Santiago, Chile, from 15 to 18 October 2019 at its 88th session:\n\nAPPROVES the model agreement.\n\nAdopted: For: 131, Against: 0, Abstentions: 5\n`
    assert.deepEqual(problems(today, 'en', 'GA-2019-88-RES-04.en.txt'), ['9:1-9:112: The opening comes before the preamble (section-order)'])
  })

  it('a UN subheading may be in capitals (`GOVERNMENTS`, `CIVIL SOCIETY`: a word of a Roman numeral\'s letters is no numeral); in an INTERPOL text an opener in capitals without its mark is still a paragraph', () => {
    const un = 'The General Assembly,\n\nRecalling its resolution 76/131 of 16 December 2021,\n\nGOVERNMENTS\n\n1. Exhorts Governments to integrate volunteering into their plans;\n\nCIVIL SOCIETY\n\n2. Applauds the work of volunteer-involving organizations;\n\n3. Requests the Secretary-General to report to it at its eighty-second session.\n\n55th plenary meeting\n19 December 2024\n'
    assert.deepEqual(problems(un, 'en', 'A-RES-79-214.en.txt'), [])
    assert.deepEqual(kinds(un, 'un-ga', 'en'), ['opening', 'preamble', 'partHeading 0', 'operative', 'partHeading 0', 'operative', 'closing'])
    const interpol = 'RESOLUTION No. 4\n\nGA-2019-88-RES-04\n\nSubject: Payment cards\n\nThe ICPO-INTERPOL General Assembly, meeting in Santiago, Chile, from 15 to 18 October 2019 at its 88th session:\n\nRECALLING resolution GA-2018-87-RES-05,\n\nCONSIDERING the report\n\nAPPROVES the model agreement.\n\nAdopted: For: 131, Against: 0, Abstentions: 5\n'
    assert.deepEqual(problems(interpol, 'en', 'GA-2019-88-RES-04.en.txt'), ['11:23-11:23: A preamble paragraph ends with “\u2068,\u2069”, missing here (preamble-terminator)'])
  })

  it('a list of short items each ending with a comma (names one to a line, `- Mr A. Smith (Australia),`) is punctuated as a run of names; one item ending otherwise makes the commas slips', () => {
    const text = (items: string) => `Resolution No AGN/68/RES/16\n\nSubject: Election of the Delegates to the Executive Committee\n\nThe ICPO-Interpol General Assembly, meeting in Seoul from 8th to 12th November 1999 at its 68th session:\n\nIN ACCORDANCE WITH Articles 15 and 19 of the Constitution,\n\nELECTS the following Delegates to the Executive Committee for a period of three years:\n${items}\n\nAdopted.\n`
    assert.deepEqual(problems(text('  - Mr A. Smith (Australia),\n  - Mr B. Diallo (Guinea),\n  - Ms C. Rossi (Italy).'), 'en', 'AGN-68-RES-16.en.txt'), [])
    assert.deepEqual(problems(text('  - Mr A. Smith (Australia),\n  - Mr B. Diallo (Guinea);\n  - Ms C. Rossi (Italy).'), 'en', 'AGN-68-RES-16.en.txt'), ['10:28-10:29: An operative paragraph ends with “\u2068;\u2069”, not “\u2068,\u2069” (operative-terminator)'])
  })

  it('an editor\'s gloss on a name in brackets (`Tchang Kaï-chek [Jiang Jieshi]`) is no placeholder; a template\'s field still is (`[City], [Country]`, `[dates]`)', () => {
    const text = (words: string) => `Nations Unies A/RES/2758 (XXVI)\n\nL’Assemblée générale,\n\nRappelant les principes de la Charte des Nations Unies,\n\nDécide l’expulsion immédiate des représentants de ${words} du siège qu’ils occupent illégalement.\n\n1976e séance plénière\n25 octobre 1971\n`
    assert.deepEqual(problems(text('Tchang Kaï-chek [Jiang Jieshi]'), 'fr', 'A-RES-2758-XXVI.fr.txt'), [])
    assert.deepEqual(problems(text('[Nom Prénom]'), 'fr', 'A-RES-2758-XXVI.fr.txt'), ['7:51-7:63: “\u2068[Nom Prénom]\u2069” is a placeholder: write the words it stands for (placeholder)'])
    assert.deepEqual(problems(text('la délégation de [Ville], [Pays]'), 'fr', 'A-RES-2758-XXVI.fr.txt'), [
      '7:68-7:75: “\u2068[Ville]\u2069” is a placeholder: write the words it stands for (placeholder)',
      '7:77-7:83: “\u2068[Pays]\u2069” is a placeholder: write the words it stands for (placeholder)'
    ])
  })

  it('a UN meeting line a web copy rewords with a lead-in (`Lors de 1976ème séance plénière, le 25 octobre 1971.`, `At its 2021st plenary meeting`) is still the closing; a paragraph opening with those words and going on is not', () => {
    const text = (closing: string) => `L’Assemblée générale,\n\nRappelant les principes de la Charte des Nations Unies,\n\nDécide le rétablissement de la République populaire de Chine dans tous ses droits.\n\n${closing}\n`
    assert.deepEqual(problems(text('Lors de 1976ème séance plénière, le 25 octobre 1971.'), 'fr', 'A-RES-2758-XXVI.fr.txt'), [])
    assert.deepEqual(kinds(text('Lors de 1976ème séance plénière, le 25 octobre 1971.'), 'un-ga', 'fr'), ['opening', 'preamble', 'operative', 'closing'])
    assert.deepEqual(kinds('The General Assembly,\n\nRecalling the Charter,\n\nDecides to act.\n\nAt its 2021st plenary meeting\n', 'un-ga', 'en'), ['opening', 'preamble', 'operative', 'closing'])
    assert.deepEqual(kinds(text('Lors de sa séance plénière, décide de rester saisie de la question.'), 'un-ga', 'fr').at(-1), 'operative')
  })

  it('an unnumbered paragraph among numbered ones opening with a capital is told a slip of a known verb (`Requets`), nothing else: it may be a page split\'s rest or an item that lost its letter', () => {
    const un = (paragraph: string) => `The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Welcomes the report of the Secretary-General;\n\n${paragraph}\n\n2. Decides to remain seized of the matter.\n`
    assert.deepEqual(problems(un('Requets the Secretary-General to report to it at its eighty-first session;'), 'en', 'A-RES-80-911.en.txt'), ['7:1-7:8: “\u2068Requets\u2069” looks like a slip for “\u2068Requests\u2069” (operative-opening)'])
    for (const paragraph of ['Requests the Secretary-General to report to it at its eighty-first session;', 'Requesting the Secretary-General to report to it at its eighty-first session;']) {
      assert.deepEqual(problems(un(paragraph), 'en', 'A-RES-80-911.en.txt'), [], paragraph)
    }
  })

  it('an unnumbered paragraph ending with `;` before paragraphs numbered from 2 is paragraph 1 without its number, not a chapeau short of its colon; one ending with `:` still is a chapeau', () => {
    const un = (first: string, second: string) => `The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n${first}\n\n${second}\n\n3. Decides to remain seized of the matter.\n`
    assert.deepEqual(problems(un('Welcomes the report of the Secretary-General;', '2. Requests the Secretary-General to report;'), 'en', 'A-RES-80-912.en.txt'), ['5:1-5:1: Among numbered paragraphs, this one needs its number, “\u20681.\u2069” (operative-numbering)'])
    const kinds = (text: string) => (parse(text, {language: 'en', profile: getProfile('un-ga')}).children.find((block) => block.type === 'operative') as {children: Array<{type: string}>}).children.map((node) => node.type)
    assert.deepEqual(kinds(un('Welcomes the report of the Secretary-General;', '2. Requests the Secretary-General to report;')), ['operativeParagraph', 'operativeParagraph', 'operativeParagraph'])
    assert.deepEqual(kinds(un('Requests the Secretary-General:', '1. To report;').replace('3. Decides', '2. To consult. Decides')), ['chapeau', 'operativeParagraph', 'operativeParagraph'])
  })

  it('a name split by a page\'s blank line goes on after a word of an opener\'s form the lexicon lacks followed by a capitalised word (`the International⏎⏎Tracing Instrument`); a known opener there still opens a paragraph', () => {
    const un = (rest: string) => `The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Encourages States to convene regional meetings to advance the implementation of the International\n\n${rest}\n\n2. Decides to remain seized of the matter.\n`
    assert.deepEqual(problems(un('Tracing Instrument, including in preparation for the meetings;'), 'en', 'A-RES-80-913.en.txt'), [])
    assert.deepEqual(problems(un('Welcoming Member States to the meetings;'), 'en', 'A-RES-80-913.en.txt').length > 0, true)
  })

  it('Word\'s bullets of the lower levels pasted with their tab (`o⏎→`, `§⏎→`) are bullets; `o` or `§` followed by a space is a word', () => {
    const text = (bullet: string) => `RESOLUTION No. 7\n\nAG-2004-RES-07\n\nSubject: Fugitive investigative support\n\nThe ICPO-Interpol General Assembly, meeting in Cancún, Mexico, from 5 to 8 October 2004 at its 73rd session:\n\nVEXED by the ease with which fugitives cross borders,\n\nCHARGES the General Secretariat with:\n\n${bullet}the publication of red notices within 24 hours;\n\n${bullet}the organization of an annual meeting of fugitive investigators;\n\nEXHORTS member countries to designate a fugitive contact officer.\n\nAdopted: For: 104, Against: 0, Abstentions: 1\n`
    for (const bullet of ['o\t', '§\t', '•\t', '- ']) assert.deepEqual(problems(text(bullet), 'en', 'AG-2004-RES-07.en.txt'), [], JSON.stringify(bullet))
    const tree = parse(text('§\t'), {language: 'en', profile: getProfile('interpol-ga')})
    const operative = tree.children.find((block) => block.type === 'operative') as {children: Array<{type: string; children: Array<{type: string; children?: Array<{type: string}>}>}>}
    assert.deepEqual(operative.children[0]!.children.filter((child) => child.type === 'subparagraph').map((item) => item.children![0]!.type), ['listMarker', 'listMarker'])
    assert.notDeepEqual(problems(text('o '), 'en', 'AG-2004-RES-07.en.txt'), [])
  })

  it('a YAML block atop a plain text (`---`⏎`symbol: A/RES/80/1`⏎`---`) is no text, as Markdown\'s front matter is; a text whose first line is `---` followed by prose is read', () => {
    const body = 'United Nations A/RES/80/901\n\nGeneral Assembly Distr.: General\n19 September 2025\n\nEightieth session\n\nResolution adopted by the General Assembly on 19 September 2025\n\n80/901. Participation in the eightieth session\n\nThe General Assembly,\n\nRecalling its resolution 52/250 of 7 July 1998,\n\n1. Decides to remain seized of the matter.\n\n3rd plenary meeting\n19 September 2025\n'
    const yaml = '---\nsymbol: A/RES/80/901\nrecord_id: "4089279"\ntitle: "Participation in the eightieth session :"\nlanguage: EN\n---\n\n'
    assert.deepEqual(problems(body, 'en', 'A_RES_80_901.txt'), [])
    assert.deepEqual(problems(yaml + body, 'en', 'A_RES_80_901.txt'), [])
    assert.deepEqual(kinds('---\nThe General Assembly,\n---\n\nRecalling its resolution 52/250,\n\n1. Decides to act.\n', 'interpol-ga', 'en'), ['unknown', 'opening', 'preamble', 'operative'])
  })
})
