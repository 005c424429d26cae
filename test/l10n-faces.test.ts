/**
 * The interface language in the editor's other faces (issue 16): completion details and
 * documentation, and the outline's names and details, said in the locale the diagnostics use
 * (`resolint.locale`, else LSP `initialize`), on the reference and on drafts, in French, Arabic
 * and Spanish; and the command line's usage refusals, help and file problems in the CLI locale
 * (`--locale`, then LC_ALL, LC_MESSAGES, LANG).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CompletionItem, DocumentSymbol} from 'vscode-languageserver-types'
import {parse} from '../server/src/core/parse.js'
import {complete} from '../server/src/features/completion.js'
import {documentSymbols} from '../server/src/features/symbols.js'
import {profiles} from '../server/src/profiles/index.js'
import {alignedMarkdown, isolatedMarkdown, ownParagraph, type Locale} from '../server/src/l10n/index.js'
import {cliEnv, documentFor, rtl, startClient, typedLabel, withClient} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const referencePath = fileURLToPath(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url))
const reference = readFileSync(referencePath, 'utf8')
const spanish = readFileSync(new URL('fixtures/GA-2025-93-RES-05.es.txt', import.meta.url), 'utf8')
const foreign: Locale[] = ['fr', 'ar', 'es']

/** What a drafter reads of an item: its label, detail and documentation. */
const shown = (item: CompletionItem | undefined) => {
  const documentation = typeof item?.documentation === 'object' ? item.documentation.value : item?.documentation
  return documentation === undefined ? [typedLabel(item), item?.detail] : [typedLabel(item), item?.detail, documentation]
}

describe('l10n: completion in the interface language', () => {
  const referenceDocument = documentFor(parse(reference), reference)

  it('on the reference: a preamble opener (its kind and equivalents) and the identifier, in French, Arabic and Spanish', () => {
    // Line 13 starts `وإذ تأخذ …`: the openers offered there, the second the plain `في ضوء`.
    const opener = (locale: Locale) => shown(complete(referenceDocument, {line: 12, character: 3}, {locale})[1])
    assert.deepEqual(foreign.map(opener), [
      ['في ضوء', 'In light of · À la lumière de · A la luz de', 'Formule du préambule\n\n- anglais\u00a0: \u2068In light of\u2069\n- français\u00a0: \u2068À la lumière de\u2069\n- espagnol\u00a0: \u2068A la luz de\u2069'],
      // In Arabic, the detail and each paragraph of the documentation isolated right to left (after its list mark), as the hover is.
      ['في ضوء', rtl('\u2068In light of\u2069 · \u2068À la lumière de\u2069 · \u2068A la luz de\u2069'), `${rtl('عبارة الديباجة')}\n\n- ${rtl('الإنكليزية: \u2068In light of\u2069')}\n- ${rtl('الفرنسية: \u2068À la lumière de\u2069')}\n- ${rtl('الإسبانية: \u2068A la luz de\u2069')}`],
      ['في ضوء', 'In light of · À la lumière de · A la luz de', 'Fórmula del preámbulo\n\n- inglés: \u2068In light of\u2069\n- francés: \u2068À la lumière de\u2069\n- español: \u2068A la luz de\u2069']
    ])
    // The also-form names its modifier in the interface's words.
    assert.deepEqual(
      foreign.map((locale) => shown(complete(referenceDocument, {line: 12, character: 3}, {locale})[0])[2]!.split('\n')[0]),
      // Inside the emphasis that closes the line: a U+2069 after the closing `*` would keep it from closing.
      ['Formule du préambule avec *également*', '\u2067عبارة الديباجة مع *أيضا\u2069*', 'Fórmula del preámbulo con *también*']
    )
    const identifier = (locale: Locale) => complete(referenceDocument, {line: 4, character: 5}, {locale, fileName: 'GA-2025-93-RES-03.ar.txt'}).map(shown)
    assert.deepEqual(foreign.map(identifier), [
      [['GA-2025-93-RES-03', "L'identifiant du nom du fichier\u00a0: la 93e session (2025, Marrakech)"]],
      [['GA-2025-93-RES-03', rtl('المعرّف الوارد في اسم الملف: الدورة الـ 93 (2025، مراكش)')]],
      [['GA-2025-93-RES-03', 'El identificador del nombre del archivo: la 93ª reunión (2025, Marrakech)']]
    ])
  })

  it('on a draft: a whole new resolution, the heading, the identifier and the opening of the coming session', () => {
    const blank = documentFor(parse('', {language: 'fr'}), '')
    assert.deepEqual(
      foreign.map((locale) => complete(blank, {line: 0, character: 0}, {locale, fileName: '/drafts/GA-2026-94-RES-02.fr.txt'}).map((item) => [typedLabel(item), item.detail])),
      [
        [
          ['Résolution (français)', 'Une nouvelle résolution en français, 94e session (2026, Hong Kong)'],
          ['RÉSOLUTION N° 2', 'Titre, numéroté comme le nom du fichier'],
          ['GA-2026-94-RES-02', "L'identifiant du nom du fichier\u00a0: la 94e session (2026, Hong Kong)"]
        ],
        [
          ['قرار (الفرنسية)', rtl('قرار جديد باللغة الفرنسية، الدورة الـ 94 (2026، هونغ كونغ)')],
          ['RÉSOLUTION N° 2', rtl('العنوان، برقم اسم الملف')],
          ['GA-2026-94-RES-02', rtl('المعرّف الوارد في اسم الملف: الدورة الـ 94 (2026، هونغ كونغ)')]
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
        rtl('العبارة الافتتاحية للدورة الـ 94 (2026): تواريخها ليست في جدول الدورات بعد'),
        'Fórmula de apertura de la 94ª reunión (2026): sus fechas aún no están en la tabla de reuniones'
      ]
    )
  })

  it('on a draft: the next paragraph number, an operative verb continuing the chapeau, the vote line', () => {
    const body = spanish.slice(0, spanish.search(/\n\nAprobada/)) + '\n\n'
    const items = (locale: Locale) => {
      const all = complete(documentFor(parse(body), body), {line: body.split('\n').length - 1, character: 0}, {locale})
      return [...all.filter((item) => item.kind !== 14), all.find((item) => typedLabel(item) === 'Reconocer')].map(shown)
    }
    assert.deepEqual(foreign.map(items), [
      [
        ['4.', 'Numéro du paragraphe du dispositif suivant'],
        ['Aprobada: A favor: <n>, En contra: <n>, Abstenciones: <n>', 'Ligne de vote (une fois le vote intervenu)'],
        ['Reconocer', 'الاعتراف · Recognize · Reconnaître', 'Verbe du dispositif (suite du chapeau)\n\n- arabe\u00a0: \u2068الاعتراف\u2069\n- anglais\u00a0: \u2068Recognize\u2069\n- français\u00a0: \u2068Reconnaître\u2069']
      ],
      [
        ['4.', rtl('رقم فقرة المنطوق التالية')],
        ['Aprobada: A favor: <n>, En contra: <n>, Abstenciones: <n>', rtl('سطر التصويت (بعد إجراء التصويت)')],
        ['Reconocer', rtl('\u2068الاعتراف\u2069 · \u2068Recognize\u2069 · \u2068Reconnaître\u2069'), `${rtl('فعل المنطوق (تكملةً للفقرة التمهيدية للمنطوق)')}\n\n- ${rtl('العربية: \u2068الاعتراف\u2069')}\n- ${rtl('الإنكليزية: \u2068Recognize\u2069')}\n- ${rtl('الفرنسية: \u2068Reconnaître\u2069')}`]
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
      return items.map((item) => [typedLabel(item), item.detail])
    }

    it('initialize locale ar', async () => {
      client = await startClient({locale: 'ar'})
      assert.deepEqual(await identifierItem(), [['GA-2025-93-RES-03', rtl('المعرّف الوارد في اسم الملف: الدورة الـ 93 (2025، مراكش)')]])
    })

    it('resolint.locale fr over initialize locale es', async () => {
      client = await startClient({settings: {locale: 'fr'}, locale: 'es'})
      assert.deepEqual(await identifierItem(), [['GA-2025-93-RES-03', "L'identifiant du nom du fichier\u00a0: la 93e session (2025, Marrakech)"]])
    })
  })
})

describe('l10n: the outline in the interface language', () => {
  const outline = (text: string, locale: Locale) => documentSymbols({tree: parse(text)}, locale).map((symbol) => [symbol.name, symbol.detail])

  it('names the parts and counts the paragraphs of the reference in French, Arabic and Spanish (the document\'s own words as written)', () => {
    // The Arabic document's own words isolated right to left in every locale; the interface's words in Arabic only.
    const own = [
      [rtl('قرار رقم 3'), rtl('GA-2025-93-RES-03')],
      [rtl('دعم التصديق على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية وتنفيذها وتعزيز دور الإنتربول'), rtl('الموضوع')]
    ]
    const vote = (figures: string) => [figures, rtl('اعتُمد')]
    assert.deepEqual(
      foreign.map((locale) => outline(reference, locale)),
      [
        [...own, ["Formule d'ouverture", '93e session'], ['Préambule', '12 paragraphes'], ['Dispositif', '5 paragraphes'], vote('134 / 0 / 5')],
        [...own, [rtl('العبارة الافتتاحية'), rtl('الدورة الـ 93')], [rtl('الديباجة'), rtl('12 فقرة')], [rtl('المنطوق'), rtl('5 فقرات')], vote(rtl('134 / 0 / 5'))],
        [...own, ['Fórmula de apertura', '93ª reunión'], ['Preámbulo', '12 párrafos'], ['Parte dispositiva', '5 párrafos'], vote('134 / 0 / 5')]
      ]
    )
  })

  it('on a draft: one paragraph (the plural forms), a subject not yet written', () => {
    const draft = 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02\n\nObjet :\n\nL\'Assemblée générale de l\'OIPC-INTERPOL, réunie en sa 94e session à Hong Kong (Chine) [dates],\n\nRAPPELANT sa résolution GA-2025-93-RES-03,\n\nDÉCIDE d\'agir.\n'
    const parts = (locale: Locale) => outline(draft, locale).slice(1, 5)
    assert.deepEqual(foreign.map(parts), [
      [['Objet', 'Objet'], ["Formule d'ouverture", '94e session'], ['Préambule', '1 paragraphe'], ['Dispositif', '1 paragraphe']],
      // The French document's own label (`Objet`) as written; the Arabic interface's words isolated right to left.
      [[rtl('الموضوع'), 'Objet'], [rtl('العبارة الافتتاحية'), rtl('الدورة الـ 94')], [rtl('الديباجة'), rtl('فقرة واحدة')], [rtl('المنطوق'), rtl('فقرة واحدة')]],
      [['Asunto', 'Objet'], ['Fórmula de apertura', '94ª reunión'], ['Preámbulo', '1 párrafo'], ['Parte dispositiva', '1 párrafo']]
    ])
  })

  it('from the server, in the locale of the diagnostics (initialize locale ar)', async () => {
    return withClient({locale: 'ar'}, async (client) => {
      const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
      await client.open(uri, reference)
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
      assert.deepEqual(symbols.slice(2, 5).map((symbol) => [symbol.name, symbol.detail]), [[rtl('العبارة الافتتاحية'), rtl('الدورة الـ 93')], [rtl('الديباجة'), rtl('12 فقرة')], [rtl('المنطوق'), rtl('5 فقرات')]])
    })
  })
})

describe('l10n: the command line\'s own words (usage, help, file problems)', () => {
  const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
  const run = (args: string[], env: Record<string, string> = {}, cwd?: string) => {
    const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...cliEnv, ...env}, cwd, timeout: 60_000})
    return {status: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('refuses bad usage in the locale of --locale, else LC_ALL, LC_MESSAGES, LANG: French and Arabic, word for word', () => {
    assert.deepEqual(run(['--locale', 'fr', '--nope', 'a.txt']), {status: 2, stdout: '', stderr: 'resolint: option inconnue\u00a0: \u2068--nope\u2069\nLancez resolint --help pour voir les options.\n'})
    // --locale=…, and before the refused option: the refusal is still said in its locale.
    assert.deepEqual(run(['--format', '--locale=fr']).stderr, 'resolint: \u2068--format\u2069 demande une valeur\nLancez resolint --help pour voir les options.\n')
    assert.deepEqual(run(['--format', 'xml', 'a.txt'], {LANG: 'fr_FR.UTF-8'}), {status: 2, stdout: '', stderr: 'resolint: \u2068--format\u2069 prend «\u00a0\u2068text\u2069\u00a0», «\u00a0\u2068json\u2069\u00a0» ou «\u00a0\u2068sarif\u2069\u00a0», et non «\u00a0\u2068xml\u2069\u00a0»\n'})
    assert.equal(run(['--fix=yes', 'a.txt'], {LC_MESSAGES: 'fr_CA'}).stderr, 'resolint: \u2068--fix\u2069 ne prend pas de valeur\nLancez resolint --help pour voir les options.\n')
    assert.equal(run(['--concurrency', 'many', 'a.txt'], {LANG: 'ar_EG.UTF-8'}).stderr, 'resolint: يقبل \u2068--concurrency\u2069 عدد خيوط المعالجة أو «\u2068auto\u2069» أو «\u2068off\u2069»، لا «\u2068many\u2069»\n')
    assert.equal(run(['--nope'], {LC_ALL: 'ar_MA.UTF-8', LANG: 'fr_FR.UTF-8'}).stderr, 'resolint: خيار غير معروف: \u2068--nope\u2069\nشغّل resolint --help لعرض الخيارات.\n')
    assert.equal(run(['--stage', 'adopted', 'a.txt'], {LANG: 'es_ES.UTF-8'}).stderr, 'resolint: \u2068--stage\u2069 admite «\u2068draft\u2069» o «\u2068final\u2069», no «\u2068adopted\u2069»\n')
    // No files: what to give, then the help, in the locale.
    const none = run(['--locale', 'ar'])
    assert.equal(none.status, 2)
    assert.equal(none.stderr.split('\n').slice(0, 3).join('\n'), 'resolint: اذكر الملفات أو المجلدات أو أنماط glob المراد فحصها.\n\nالاستخدام: resolint [الخيارات] <ملفات أو مجلدات أو أنماط glob...>')
    // English stays the default.
    assert.equal(run(['--nope']).stderr, 'resolint: unknown option \u2068--nope\u2069\nRun resolint --help to see the options.\n')
  })

  it('--help in French and Arabic: every option, its values and the profiles registered', () => {
    const help = (env: Record<string, string>, ...args: string[]) => run(['--help', ...args], env).stdout.split('\n')
    const french = help({}, '--locale', 'fr')
    assert.equal(french[0], 'Utilisation\u00a0: resolint [options] <fichiers, dossiers ou globs...>')
    assert.ok(french.includes('  --format <text|json|sarif>  format du rapport (par défaut\u00a0: text)'), french.join('\n'))
    // Every profile registered, in the registry's order (`un-ga|interpol-ga`): a new profile is named without editing this test.
    assert.ok(french.includes(`  --profile <${Object.keys(profiles).join('|')}>`), french.join('\n'))
    assert.ok(french.includes('  --locale <ar|en|fr|es>      langue des messages (par défaut\u00a0: LC_ALL,'))
    const arabic = help({LANG: 'ar_EG.UTF-8'})
    assert.equal(arabic[0], 'الاستخدام: resolint [الخيارات] <ملفات أو مجلدات أو أنماط glob...>')
    assert.ok(arabic.includes('  --format <text|json|sarif>  صيغة التقرير (الافتراضي: text)'), arabic.join('\n'))
    assert.ok(arabic.includes('  -h, --help                  عرض هذه المساعدة'))
    // The same options in every locale, in the same order.
    const options = (lines: string[]) => lines.map((line) => /^ {2}(-[-\w, ]+?)(?: <[^>]*>)?(?:\s{2,}|$)/.exec(line)?.[1]).filter(Boolean)
    const english = options(help({}))
    assert.deepEqual(english, ['--format', '--fix', '--language', '--profile', '--stage', '--locale', '--concurrency', '--quiet', '-h, --help', '-v, --version'])
    for (const locale of ['ar', 'fr', 'es']) assert.deepEqual(options(help({}, '--locale', locale)), english, locale)
  })

  it('names each file problem in French and Arabic: missing, no match, binary, too large, not UTF-8, a folder that is not a file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-l10n-cli-'))
    try {
      writeFileSync(path.join(folder, 'GA-2025-93-RES-01.en.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
      writeFileSync(path.join(folder, 'GA-2025-93-RES-02.ar.txt'), Buffer.from([0xe5, 0xd0, 0xc7, 0x20, 0xe4, 0xd5]))
      writeFileSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), '')
      truncateSync(path.join(folder, 'GA-2025-93-RES-03.en.txt'), 5 * 1024 * 1024 + 1)
      const args = ['missing.en.txt', 'drafts/*.txt', 'GA-2025-93-RES-01.en.txt', 'GA-2025-93-RES-02.ar.txt', 'GA-2025-93-RES-03.en.txt']
      assert.deepEqual(run(['--locale', 'fr', ...args], {}, folder), {
        status: 2,
        stdout: [
          'missing.en.txt  erreur  fichier ou dossier introuvable',
          'drafts/*.txt  erreur  aucun fichier ne correspond à ce glob',
          'GA-2025-93-RES-01.en.txt  erreur  fichier binaire, pas du texte (un octet NUL dans les 8 premiers Ko)\u00a0: non vérifié',
          'GA-2025-93-RES-02.ar.txt  erreur  pas en UTF-8 (en Windows-1256\u00a0?)\u00a0: non vérifié',
          'GA-2025-93-RES-03.en.txt  erreur  plus de 5242880 octets\u00a0: non vérifié',
          '0 fichier vérifié, aucun problème\u00a0; 5 non vérifiés',
          ''
        ].join('\n'),
        stderr: ''
      })
      assert.deepEqual(run(args, {LANG: 'ar_EG.UTF-8'}, folder).stdout.split('\n').map((line) => line.split('  ').slice(1).join('  ')), [
        'خطأ  لا يوجد ملف أو مجلد بهذا الاسم',
        'خطأ  لا يطابق هذا النمط أي ملف',
        'خطأ  ملف ثنائي، وليس نصًا (بايت NUL في أول 8 كيلوبايت): لم يُفحص',
        'خطأ  ليس بترميز UTF-8 (ربما Windows-1256؟): لم يُفحص',
        'خطأ  أكبر من 5242880 بايت: لم يُفحص',
        '',
        ''
      ])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('l10n: a paragraph of the document\'s own text in a hover reads in its own direction', () => {
  const english = readFileSync(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url), 'utf8')
  const sessionHover = async (locale: string, html: boolean, name: string, text: string, position: {line: number; character: number}) => {
    return withClient({html, locale}, async (client) => {
      const uri = `file:///tmp/l10n/${name}`
      await client.open(uri, text)
      return (await client.request<{contents: {value: string}}>('textDocument/hover', {textDocument: {uri}, position})).contents.value
    })
  }

  it('isolated in its direction when the interface reads the other way, each line; as it is in the same direction', () => {
    assert.equal(ownParagraph('ar', 'en', 'مراكش (المغرب)، 2025\nسطر'), '\u2067مراكش (المغرب)، 2025\u2069\n\u2067سطر\u2069')
    assert.equal(ownParagraph('en', 'ar', 'Marrakesh, Morocco'), '\u2066Marrakesh, Morocco\u2069')
    assert.equal(ownParagraph('fr', 'en', 'Marrakech (Maroc)'), 'Marrakech (Maroc)')
    assert.equal(ownParagraph('ar', 'ar', 'مراكش'), 'مراكش')
  })

  it('aligned to its side inside `<div align>` (what VS Code\'s sanitizer keeps), a code block and a paragraph only partly isolated as they are', () => {
    const markdown = '**93** · session\n\n\u2067مراكش، 2025\u2069\n\n**\u2067bold\u2069**\n\n```\n\u2067قرار\u2069\n```'
    assert.equal(alignedMarkdown('en', markdown), '**93** · session\n\n<div align="right">\n\n\u2067مراكش، 2025\u2069\n\n</div>\n\n**\u2067bold\u2069**\n\n```\n\u2067قرار\u2069\n```')
    assert.equal(alignedMarkdown('ar', '\u2067جملة\u2069\n\n\u2066Marrakesh\u2069'), '<div align="right">\n\n\u2067جملة\u2069\n\n<div align="left">\n\n\u2066Marrakesh\u2069\n\n</div>\n\n</div>')
  })

  it('the server\'s session hover: the Arabic place right to left in an English interface, aligned right for a client rendering HTML; the English place left to right in an Arabic one', async () => {
    const arabicPlace = '\u2067مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025\u2069'
    const inEnglish = '**93** · 93rd session of the INTERPOL General Assembly\n\nMarrakesh, Morocco, 24–27 November 2025\n\n'
    // The session's number in each opening.
    const inReference = {line: 8, character: 87}
    const inEnglishText = {line: 6, character: english.split('\n')[6]!.indexOf('93rd')}
    assert.equal(await sessionHover('en', false, 'GA-2025-93-RES-03.ar.txt', reference, inReference), `${inEnglish}${arabicPlace}`)
    assert.equal(await sessionHover('en', true, 'GA-2025-93-RES-03.ar.txt', reference, inReference), `${inEnglish}<div align="right">\n\n${arabicPlace}\n\n</div>`)
    const inArabic = await sessionHover('ar', true, 'GA-2025-93-RES-03.en.txt', english, inEnglishText)
    assert.match(inArabic, /^<div align="right">\n\n\*\*\u2067.*\n\n<div align="left">\n\n\u2066Marrakesh, Morocco, 24–27 November 2025\u2069\n\n<\/div>\n\n<\/div>$/s)
  })
})

describe('l10n: resolint\'s hover in a right-to-left interface', () => {
  it('isolates each paragraph right to left inside the Markdown that shapes it (a list item\'s mark, a table\'s cells, its columns reversed and aligned right, a code block as written), other locales as they are', () => {
    const markdown = '**جملة** · «x»\n\n- أولا: a\n- ثانيا\n\n| اللغة | العبارة |\n|---|---|\n| العربية | **وإذ تذكّر** |\n| - | — |\n\n---\n\nresolint `rule` · [التوثيق](https://example.org)\n\n```\nقرار رقم 1\n- 2. تقرر\n```'
    assert.equal(
      isolatedMarkdown('ar', markdown),
      '**\u2067جملة** · «x»\u2069\n\n- \u2067أولا: a\u2069\n- \u2067ثانيا\u2069\n\n| \u2067العبارة\u2069 | \u2067اللغة\u2069 |\n|---:|---:|\n| **\u2067وإذ تذكّر\u2069** | \u2067العربية\u2069 |\n| \u2067—\u2069 | \u2067-\u2069 |\n\n---\n\n\u2067resolint `rule` · [التوثيق](https://example.org)\u2069\n\n```\nقرار رقم 1\n- 2. تقرر\n```'
    )
    for (const locale of ['en', 'fr', 'es'] as const) assert.equal(isolatedMarkdown(locale, markdown), markdown)
  })

  it('the server\'s hover on a problem of the reference in Arabic: every paragraph isolated, the Markdown intact', async () => {
    return withClient({locale: 'ar'}, async (client) => {
      const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
      const diagnostics = await client.open(uri, reference)
      const terminator = diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!
      const result = await client.request<{contents: {kind: string; value: string}}>('textDocument/hover', {textDocument: {uri}, position: terminator.range.start})
      const paragraphs = result.contents.value.split('\n').filter((line) => line && line !== '---')
      assert.ok(paragraphs.length >= 3, result.contents.value)
      // Isolated inside the bold marks that open and close a line, which must still make bold text.
      assert.ok(paragraphs.every((line) => /^[*_]*\u2067/.test(line) && /\u2069[*_]*$/.test(line)), result.contents.value)
      assert.ok(paragraphs.includes('**\u2067تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»\u2069**'), result.contents.value)
      assert.match(paragraphs.at(-1)!, /^\u2067resolint `operative-terminator` · \[التوثيق\]\(.+\)\u2069$/)
    })
  })

  it('aligned right inside `<div align="right">` for a client that renders that HTML (VS Code keeps `align`, drops `dir`), in Arabic only', async () => {
    const hoverOf = async (locale: string, html: boolean) => {
      return withClient({html, locale}, async (client) => {
        const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
        const terminator = (await client.open(uri, reference)).find((diagnostic) => diagnostic.code === 'operative-terminator')!
        return (await client.request<{contents: {kind: string; value: string}}>('textDocument/hover', {textDocument: {uri}, position: terminator.range.start})).contents.value
      })
    }
    const plain = await hoverOf('ar', false)
    assert.ok(!plain.includes('<div'), plain)
    // The same Markdown, the blank lines letting it render as Markdown inside the HTML block.
    assert.equal(await hoverOf('ar', true), `<div align="right">\n\n${plain}\n\n</div>`)
    assert.ok(!(await hoverOf('fr', true)).includes('<div'))
  })
})
