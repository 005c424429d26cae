/**
 * The interface language in the editor's other faces (issue 16): completion details and
 * documentation, and the outline's names and details, said in the locale the diagnostics use
 * (`resolint.locale`, else LSP `initialize`), on the reference and on drafts, in French, Arabic
 * and Spanish.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {CompletionItem, DocumentSymbol} from 'vscode-languageserver-types'
import {parse} from '../server/src/core/parse.js'
import {complete} from '../server/src/features/completion.js'
import {documentSymbols} from '../server/src/features/symbols.js'
import type {Locale} from '../server/src/l10n/index.js'
import {documentFor} from './helpers.js'
import {TestClient} from './lsp-client.js'

const referencePath = fileURLToPath(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url))
const reference = readFileSync(referencePath, 'utf8')
const spanish = readFileSync(new URL('fixtures/GA-2025-93-RES-05.es.txt', import.meta.url), 'utf8')
const foreign: Locale[] = ['fr', 'ar', 'es']

/** What a drafter reads of an item: its label, detail and documentation. */
const shown = (item: CompletionItem | undefined) => {
  const documentation = typeof item?.documentation === 'object' ? item.documentation.value : item?.documentation
  return documentation === undefined ? [item?.label, item?.detail] : [item?.label, item?.detail, documentation]
}

describe('l10n: completion in the interface language', () => {
  const referenceDocument = documentFor(parse(reference), reference)

  it('on the reference: a preamble opener (its kind and equivalents) and the identifier, in French, Arabic and Spanish', () => {
    // Line 13 starts `وإذ تأخذ …`: the openers offered there, the second the plain `في ضوء`.
    const opener = (locale: Locale) => shown(complete(referenceDocument, {line: 12, character: 3}, {locale})[1])
    assert.deepEqual(foreign.map(opener), [
      ['في ضوء', 'In light of · À la lumière de · A la luz de', 'Formule du préambule\n\n- anglais\u00a0: \u2068In light of\u2069\n- français\u00a0: \u2068À la lumière de\u2069\n- espagnol\u00a0: \u2068A la luz de\u2069'],
      ['في ضوء', 'In light of · À la lumière de · A la luz de', 'عبارة الديباجة\n\n- الإنكليزية: \u2068In light of\u2069\n- الفرنسية: \u2068À la lumière de\u2069\n- الإسبانية: \u2068A la luz de\u2069'],
      ['في ضوء', 'In light of · À la lumière de · A la luz de', 'Fórmula del preámbulo\n\n- inglés: \u2068In light of\u2069\n- francés: \u2068À la lumière de\u2069\n- español: \u2068A la luz de\u2069']
    ])
    // The also-form names its modifier in the interface's words.
    assert.deepEqual(
      foreign.map((locale) => shown(complete(referenceDocument, {line: 12, character: 3}, {locale})[0])[2]!.split('\n')[0]),
      ['Formule du préambule avec *également*', 'عبارة الديباجة مع *أيضا*', 'Fórmula del preámbulo con *también*']
    )
    const identifier = (locale: Locale) => complete(referenceDocument, {line: 4, character: 5}, {locale, fileName: 'GA-2025-93-RES-03.ar.txt'}).map(shown)
    assert.deepEqual(foreign.map(identifier), [
      [['GA-2025-93-RES-03', "L'identifiant du nom du fichier\u00a0: la 93e session (2025, Marrakech)"]],
      [['GA-2025-93-RES-03', 'المعرّف الوارد في اسم الملف: الدورة الـ 93 (2025، مراكش)']],
      [['GA-2025-93-RES-03', 'El identificador del nombre del archivo: la 93ª reunión (2025, Marrakech)']]
    ])
  })

  it('on a draft: a whole new resolution, the heading, the identifier and the opening of the coming session', () => {
    const blank = documentFor(parse('', {language: 'fr'}), '')
    assert.deepEqual(
      foreign.map((locale) => complete(blank, {line: 0, character: 0}, {locale, fileName: '/drafts/GA-2026-94-RES-02.fr.txt'}).map((item) => [item.label, item.detail])),
      [
        [
          ['Résolution (français)', 'Une nouvelle résolution en français, 94e session (2026, Hong Kong)'],
          ['RÉSOLUTION N° 2', 'Titre, numéroté comme le nom du fichier'],
          ['GA-2026-94-RES-02', "L'identifiant du nom du fichier\u00a0: la 94e session (2026, Hong Kong)"]
        ],
        [
          ['قرار (الفرنسية)', 'قرار جديد باللغة الفرنسية، الدورة الـ 94 (2026، هونغ كونغ)'],
          ['RÉSOLUTION N° 2', 'العنوان، برقم اسم الملف'],
          ['GA-2026-94-RES-02', 'المعرّف الوارد في اسم الملف: الدورة الـ 94 (2026، هونغ كونغ)']
        ],
        [
          ['Resolución (francés)', 'Una nueva resolución en francés, 94ª reunión (2026, Hong Kong)'],
          ['RÉSOLUTION N° 2', 'Encabezado, con el número del nombre del archivo'],
          ['GA-2026-94-RES-02', 'El identificador del nombre del archivo: la 94ª reunión (2026, Hong Kong)']
        ]
      ]
    )
    const draft = 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02\n\nObjet : Biens culturels\n\n'
    assert.deepEqual(
      foreign.map((locale) => complete(documentFor(parse(draft, {language: 'fr'}), draft), {line: 6, character: 0}, {locale})[0]?.detail),
      [
        'Formule d\'ouverture de la 94e session (2026)\u00a0: ses dates ne sont pas encore dans le tableau des sessions',
        'العبارة الافتتاحية للدورة الـ 94 (2026): تواريخها ليست في جدول الدورات بعد',
        'Fórmula de apertura de la 94ª reunión (2026): sus fechas aún no están en la tabla de reuniones'
      ]
    )
  })

  it('on a draft: the next paragraph number, an operative verb continuing the chapeau, the vote line', () => {
    const body = spanish.slice(0, spanish.search(/\n\nAprobada/)) + '\n\n'
    const items = (locale: Locale) => {
      const all = complete(documentFor(parse(body), body), {line: body.split('\n').length - 1, character: 0}, {locale})
      return [...all.filter((item) => item.kind !== 14), all.find((item) => item.label === 'Reconocer')].map(shown)
    }
    assert.deepEqual(foreign.map(items), [
      [
        ['4.', 'Numéro du paragraphe du dispositif suivant'],
        ['Aprobada: A favor: <n>, En contra: <n>, Abstenciones: <n>', 'Ligne de vote (une fois le vote intervenu)'],
        ['Reconocer', 'الاعتراف · Recognize · Reconnaître', 'Verbe du dispositif (suite du chapeau)\n\n- arabe\u00a0: \u2068الاعتراف\u2069\n- anglais\u00a0: \u2068Recognize\u2069\n- français\u00a0: \u2068Reconnaître\u2069']
      ],
      [
        ['4.', 'رقم فقرة المنطوق التالية'],
        ['Aprobada: A favor: <n>, En contra: <n>, Abstenciones: <n>', 'سطر التصويت (بعد إجراء التصويت)'],
        ['Reconocer', 'الاعتراف · Recognize · Reconnaître', 'فعل المنطوق (تكملةً للفقرة التمهيدية للمنطوق)\n\n- العربية: \u2068الاعتراف\u2069\n- الإنكليزية: \u2068Recognize\u2069\n- الفرنسية: \u2068Reconnaître\u2069']
      ],
      [
        ['4.', 'Número del párrafo dispositivo siguiente'],
        ['Aprobada: A favor: <n>, En contra: <n>, Abstenciones: <n>', 'Línea de votación (una vez realizada la votación)'],
        ['Reconocer', 'الاعتراف · Recognize · Reconnaître', 'Verbo dispositivo (continuación del párrafo introductorio)\n\n- árabe: \u2068الاعتراف\u2069\n- inglés: \u2068Recognize\u2069\n- francés: \u2068Reconnaître\u2069']
      ]
    ])
  })

  describe('from the server, in the locale of the diagnostics', () => {
    const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
    let client: TestClient | undefined
    afterEach(async () => {
      await client?.stop()
      client = undefined
    })
    const identifierItem = async () => {
      await client!.open(uri, reference)
      const items = await client!.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri}, position: {line: 4, character: 5}})
      return items.map((item) => [item.label, item.detail])
    }

    it('initialize locale ar', async () => {
      client = new TestClient()
      await client.initialize('ar')
      assert.deepEqual(await identifierItem(), [['GA-2025-93-RES-03', 'المعرّف الوارد في اسم الملف: الدورة الـ 93 (2025، مراكش)']])
    })

    it('resolint.locale fr over initialize locale es', async () => {
      client = new TestClient({settings: {locale: 'fr'}})
      await client.initialize('es')
      assert.deepEqual(await identifierItem(), [['GA-2025-93-RES-03', "L'identifiant du nom du fichier\u00a0: la 93e session (2025, Marrakech)"]])
    })
  })
})

describe('l10n: the outline in the interface language', () => {
  const outline = (text: string, locale: Locale) => documentSymbols({tree: parse(text)}, locale).map((symbol) => [symbol.name, symbol.detail])

  it('names the parts and counts the paragraphs of the reference in French, Arabic and Spanish (the document\'s own words as written)', () => {
    const own = [
      ['قرار رقم 3', 'GA-2025-93-RES-03'],
      ['دعم التصديق على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية وتنفيذها وتعزيز دور الإنتربول', 'الموضوع']
    ]
    const vote = ['134 / 0 / 5', 'اعتُمد']
    assert.deepEqual(
      foreign.map((locale) => outline(reference, locale)),
      [
        [...own, ["Formule d'ouverture", '93e session'], ['Préambule', '12 paragraphes'], ['Dispositif', '5 paragraphes'], vote],
        [...own, ['العبارة الافتتاحية', 'الدورة الـ 93'], ['الديباجة', '12 فقرة'], ['المنطوق', '5 فقرات'], vote],
        [...own, ['Fórmula de apertura', '93ª reunión'], ['Preámbulo', '12 párrafos'], ['Parte dispositiva', '5 párrafos'], vote]
      ]
    )
  })

  it('on a draft: one paragraph (the plural forms), a subject not yet written', () => {
    const draft = 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02\n\nObjet :\n\nL\'Assemblée générale de l\'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) [dates],\n\nRAPPELANT sa résolution GA-2025-93-RES-03,\n\nDÉCIDE d\'agir.\n'
    const parts = (locale: Locale) => outline(draft, locale).slice(1, 5)
    assert.deepEqual(foreign.map(parts), [
      [['Objet', 'Objet'], ["Formule d'ouverture", '94e session'], ['Préambule', '1 paragraphe'], ['Dispositif', '1 paragraphe']],
      [['الموضوع', 'Objet'], ['العبارة الافتتاحية', 'الدورة الـ 94'], ['الديباجة', 'فقرة واحدة'], ['المنطوق', 'فقرة واحدة']],
      [['Asunto', 'Objet'], ['Fórmula de apertura', '94ª reunión'], ['Preámbulo', '1 párrafo'], ['Parte dispositiva', '1 párrafo']]
    ])
  })

  it('from the server, in the locale of the diagnostics (initialize locale ar)', async () => {
    const client = new TestClient()
    try {
      await client.initialize('ar')
      const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
      await client.open(uri, reference)
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
      assert.deepEqual(symbols.slice(2, 5).map((symbol) => [symbol.name, symbol.detail]), [['العبارة الافتتاحية', 'الدورة الـ 93'], ['الديباجة', '12 فقرة'], ['المنطوق', '5 فقرات']])
    } finally {
      await client.stop()
    }
  })
})
