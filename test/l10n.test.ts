/**
 * The interface language (issue 16): the catalogues are complete and agree with each
 * other, messages are said in the chosen locale with their values quoted and isolated,
 * plural forms follow `Intl.PluralRules`, and the locale is chosen as documented —
 * `--locale`, then LC_ALL, LC_MESSAGES, LANG for the command line; `resolint.locale`,
 * then `initialize`'s `locale` for the server; English otherwise.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-types'
import {
  catalogues,
  environmentLocale,
  isolate,
  isolatedSentence,
  localeOf,
  locales,
  localize,
  localizeNote,
  messageOf,
  serverLocale,
  translate,
  withoutNeedlessIsolates,
  type Entry,
  type Locale
} from '../server/src/l10n/index.js'
import {check, createProcessor} from '../server/src/processor.js'
import type {Config} from '../server/src/config.js'
import {lint, startClient} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const referencePath = fileURLToPath(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url))
const reference = readFileSync(referencePath, 'utf8')
const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))

/** The placeholders of an entry (of all its plural forms). */
function placeholders(entry: Entry): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry)
  return [...new Set(texts.flatMap((text) => [...text!.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((match) => match[1]!)))].sort()
}

/**
 * What is wrong with a set of catalogues, held to English: a key missing or extra, other
 * placeholders, plural forms other than the locale's categories (`Intl.PluralRules`), an empty text.
 */
function catalogueProblems(all: Record<Locale, Record<string, Entry>>): string[] {
  const problems: string[] = []
  const english = all.en
  for (const locale of locales) {
    const catalogue = all[locale]
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort()
    for (const key of Object.keys(english)) if (!(key in catalogue)) problems.push(`${locale}: missing ${key}`)
    for (const [key, entry] of Object.entries(catalogue)) {
      const model = english[key]
      if (model === undefined) {
        problems.push(`${locale}: extra ${key}`)
        continue
      }
      if (placeholders(entry).join() !== placeholders(model).join()) problems.push(`${locale}: ${key} has {${placeholders(entry).join('} {')}}, English {${placeholders(model).join('} {')}}`)
      if (typeof entry !== 'string') {
        const forms = Object.keys(entry).sort()
        if (forms.join() !== categories.join()) problems.push(`${locale}: ${key} has the forms ${forms.join(' ')}, the locale's are ${categories.join(' ')}`)
      }
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry)
      if (texts.some((text) => !text || !text.trim())) problems.push(`${locale}: ${key} is empty`)
    }
  }
  return problems
}

/** A regular expression matching every text the entry `key` of `locale` can give. */
function pattern(locale: Locale, key: string): RegExp {
  const entry = catalogues[locale][key]!
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry)
  const one = (text: string) => text.split(/\{\w+(?::\w+)?\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]+?')
  return new RegExp(`^(?:${texts.map((text) => one(text!)).join('|')})$`)
}

/** The keys of the rules' messages (those named `<rule-id>.<case>`). */
const ruleKeys = Object.keys(catalogues.en).filter((key) => /^[a-z]+(?:-[a-z]+)+\./.test(key))

describe('l10n: the catalogues', () => {
  it('have every key of English, no other, the same placeholders, and the plural forms of their locale', () => {
    assert.deepEqual(catalogueProblems(catalogues), [])
  })

  it('fail on a missing key, an extra key, another placeholder, a plural form missing (mutations)', () => {
    const copy = structuredClone(catalogues)
    delete copy.fr['operative-terminator.wrong']
    copy.es['operative-terminator.extra'] = 'Sobra'
    copy.ar['operative-numbering.number'] = 'رقم هذه الفقرة {expected}، لا {written}'
    const more = copy.ar['server.more'] as Record<string, string>
    delete more.few
    copy.fr['cli.errors'] = {one: '{count} erreur', other: '{count} erreurs'}
    assert.deepEqual(catalogueProblems(copy), [
      'ar: server.more has the forms many one other two zero, the locale\'s are few many one other two zero',
      'ar: operative-numbering.number has {expected} {written}, English {actual} {expected}',
      'fr: missing operative-terminator.wrong',
      "fr: cli.errors has the forms one other, the locale's are many one other",
      'es: extra operative-terminator.extra'
    ])
  })

  it('say every rule message in words of their own language (no entry left in English)', () => {
    for (const locale of locales.filter((code) => code !== 'en')) {
      const same = ruleKeys.filter((key) => JSON.stringify(catalogues[locale][key]) === JSON.stringify(catalogues.en[key]))
      assert.deepEqual(same, [], locale)
    }
  })
})

/**
 * One term per concept (issue 16's review): each variant found in the catalogues or the rule pages, with the
 * term used instead. A drafter who reads 'ligne du vote' in one message and 'ligne de vote' in the next, or
 * 'encabezamiento' for the heading on a page and for the chapeau in a message, cannot tell whether they are one thing.
 */
const glossary: Record<Locale, Array<[variant: RegExp, term: string]>> = {
  en: [],
  fr: [
    [/ligne du vote/i, 'ligne de vote'],
    [/libellé de vote|libellé de la ligne de vote/i, 'mention (Pour :, Contre :) de la ligne de vote'],
    [/libellé de l'objet/i, "intitulé de la ligne d'objet"],
    [/\btable des (sessions|membres)/i, 'tableau des sessions, tableau des membres'],
    [/formule d'ouverture du préambule/i, "formule du préambule (la formule d'ouverture est « L'Assemblée générale … »)"],
    [/paragraphes? dispositifs?/i, 'paragraphe du dispositif'],
    [/ligne de l'objet|ligne du sujet/i, "ligne d'objet"],
    [/arabes?-indiens?/i, 'chiffres arabes orientaux (١، ٢، ٣)']
  ],
  es: [
    [/etiqueta/i, 'mención (A favor:, Asunto:)'],
    [/línea de asunto/i, 'línea del asunto'],
    [/encabezamiento/i, 'encabezado (el de la resolución) o párrafo introductorio (el chapeau)'],
    [/error de tecleo/i, 'errata'],
    [/fórmula de apertura del preámbulo/i, 'fórmula del preámbulo'],
    [/párrafos? operativos?/i, 'párrafo dispositivo'],
    [/línea de(l)? voto/i, 'línea de votación'],
    [/arábig[oa]s?-índic[oa]s?/i, 'cifras arábigas orientales (١، ٢، ٣)']
  ],
  ar: [
    [/المستند/, 'الوثيقة'],
    [/الأرقام العربية/, 'الأرقام الغربية (1، 2، 3) أو الأرقام الهندية (١، ٢، ٣)'],
    [/تسمية التصويت/, 'التسمية في سطر التصويت'],
    [/صيغة الافتتاح|صيغ الافتتاح/, 'العبارة الافتتاحية'],
    [/الفقرة العاملة|الفقرات العاملة/, 'فقرة المنطوق'],
    [/الإنجليزية/, 'الإنكليزية'],
    [/عبارة (ال)?استهلال/, 'عبارة الديباجة (للفقرة من فقرات الديباجة)']
  ]
}

/** A programmer's words, in no locale's messages. */
const programmerWords: Array<[variant: RegExp, term: string]> = [
  [/\bunexpected\b/i, 'say what the text needs'],
  [/`/, 'a quoted value ({actual}) or plain words'],
  [/\b(tokens?|nodes?|strings?|regexp?)\b/i, 'the part of the resolution']
]

/** The banned variants an entry's text (any plural form) uses, as `variant -> term`. */
function bannedIn(locale: Locale, text: string): string[] {
  return [...glossary[locale], ...programmerWords].filter(([variant]) => variant.test(text)).map(([variant, term]) => `${variant.source} -> ${term}`)
}

describe('l10n: one term per concept', () => {
  it('no catalogue entry uses a variant banned for its language, or a programmer\'s word', () => {
    const found = locales.flatMap((locale) =>
      Object.entries(catalogues[locale]).flatMap(([key, entry]) =>
        (typeof entry === 'string' ? [entry] : Object.values(entry)).flatMap((text) => bannedIn(locale, text!).map((hit) => `${locale}: ${key}: ${hit}`))
      )
    )
    assert.deepEqual([...new Set(found)], [])
  })

  it('no rule page in French, Spanish or Arabic uses a variant banned for its language (outside its quoted examples)', () => {
    const found = (['fr', 'es', 'ar'] as const).flatMap((locale) => {
      const folder = new URL(`../docs/rules/${locale}/`, import.meta.url)
      return readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => {
          const prose = readFileSync(new URL(name, folder), 'utf8').replace(/`[^`\n]*`/g, '')
          return glossary[locale].filter(([variant]) => variant.test(prose)).map(([variant]) => `${locale}/${name}: ${variant.source}`)
        })
    })
    assert.deepEqual(found, [])
  })

  it('catch each kind of variant (mutations)', () => {
    assert.deepEqual(bannedIn('fr', 'La ligne du vote donne les chiffres'), ['ligne du vote -> ligne de vote'])
    assert.deepEqual(bannedIn('es', 'Un encabezamiento termina con dos puntos'), [
      'encabezamiento -> encabezado (el de la resolución) o párrafo introductorio (el chapeau)'
    ])
    assert.deepEqual(bannedIn('ar', 'تُكتب الأعداد بالأرقام العربية'), ['الأرقام العربية -> الأرقام الغربية (1، 2، 3) أو الأرقام الهندية (١، ٢، ٣)'])
    assert.deepEqual(bannedIn('en', 'Unexpected `;`, expected `.`'), [
      '\\bunexpected\\b -> say what the text needs',
      '` -> a quoted value ({actual}) or plain words'
    ])
    assert.deepEqual(bannedIn('fr', 'La ligne de vote donne les chiffres'), [])
  })
})

describe('l10n: saying a message', () => {
  it('isolates a right-to-left locale\'s sentence, line by line, for a left-to-right interface; the others as they are', () => {
    assert.equal(isolatedSentence('ar', 'تنتهي فقرة المنطوق بـ «\u2068؛\u2069»\nملاحظة'), '\u2067تنتهي فقرة المنطوق بـ «\u2068؛\u2069»\u2069\n\u2067ملاحظة\u2069')
    for (const locale of ['en', 'fr', 'es'] as const) assert.equal(isolatedSentence(locale, 'A «\u2068;\u2069»\nb'), 'A «\u2068;\u2069»\nb')
  })

  it('sends a left-to-right locale\'s line without the isolates of quoted Latin text, where nothing outside them reads right to left', () => {
    const typo = translate('en', 'preamble-opening.nearMiss', {actual: 'RECALING', expected: {or: ['RECALLING', 'RECALLS']}})
    assert.equal(withoutNeedlessIsolates('en', typo), '“RECALING” looks like a slip for “RECALLING” or “RECALLS”')
    // An Arabic quote keeps its isolates; the Latin quotes and digits of its line lose theirs.
    const line = 'In “\u2068GA-2021-90-RES-05\u2069” (“\u206820/75\u2069”), dated “\u206823 تشرين الثاني/نوفمبر 2020\u2069”: “\u2068À la lumière de\u2069”'
    assert.equal(withoutNeedlessIsolates('fr', line), 'In “GA-2021-90-RES-05” (“20/75”), dated “\u206823 تشرين الثاني/نوفمبر 2020\u2069”: “À la lumière de”')
    // Each line on its own: one with a right-to-left letter or mark outside its isolates keeps them all.
    assert.equal(withoutNeedlessIsolates('es', 'de “\u2068A/RES/51/1\u2069” في\n“\u2068GA\u2069”'), 'de “\u2068A/RES/51/1\u2069” في\n“GA”')
    assert.equal(withoutNeedlessIsolates('en', 'a \u200f“\u2068GA\u2069”'), 'a \u200f“\u2068GA\u2069”')
    assert.equal(withoutNeedlessIsolates('en', 'a “\u2068\u0661\u2069” b'), 'a “\u2068\u0661\u2069” b')
    // A right-to-left locale's lines are isolated whole: kept as they are.
    const arabic = isolatedSentence('ar', translate('ar', 'citation-format.malformed', {actual: 'GA 2022 90 RES-01', expected: 'GA-2022-90-RES-01'}))
    assert.equal(withoutNeedlessIsolates('ar', arabic), arabic)
  })

  it('quotes document text as each locale quotes, bidi-isolated', () => {
    const values = {actual: '؟', expected: '؛'}
    assert.equal(translate('en', 'operative-terminator.wrong', values), 'An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069”')
    assert.equal(translate('fr', 'operative-terminator.wrong', values), 'Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»')
    assert.equal(translate('es', 'operative-terminator.wrong', values), 'Un párrafo dispositivo termina con «\u2068؛\u2069», no «\u2068؟\u2069»')
    assert.equal(translate('ar', 'operative-terminator.wrong', values), 'تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»')
    assert.deepEqual(
      locales.map((locale) => translate(locale, 'preamble-opening.nearMiss', {actual: 'RECALING', expected: {or: ['RECALLING', 'RECALLS']}})),
      [
        'يبدو أن «\u2068RECALING\u2069» خطأ مطبعي صوابه «\u2068RECALLING\u2069» أو «\u2068RECALLS\u2069»',
        '“\u2068RECALING\u2069” looks like a slip for “\u2068RECALLING\u2069” or “\u2068RECALLS\u2069”',
        '«\u00a0\u2068RECALING\u2069\u00a0» semble une faute de frappe pour «\u00a0\u2068RECALLING\u2069\u00a0» ou «\u00a0\u2068RECALLS\u2069\u00a0»',
        '«\u2068RECALING\u2069» parece una errata por «\u2068RECALLING\u2069» o «\u2068RECALLS\u2069»'
      ]
    )
    // Latin in an Arabic sentence keeps its order too.
    assert.equal(translate('ar', 'citation-format.malformed', {actual: 'GA 2022 90 RES-01', expected: 'GA-2022-90-RES-01'}), 'يُشار إلى القرار بصيغة «\u2068GA-2022-90-RES-01\u2069»، لا «\u2068GA 2022 90 RES-01\u2069»')
  })

  it('chooses the plural form by Intl.PluralRules: six in Arabic, and French 0 and 1 alike', () => {
    const errors = (locale: Locale, count: number) => translate(locale, 'cli.errors', {count})
    assert.deepEqual([0, 1, 2, 3, 11, 100].map((count) => errors('ar', count)), ['لا أخطاء', 'خطأ واحد', 'خطآن', '3 أخطاء', '11 خطأً', '100 خطأ'])
    assert.deepEqual([0, 1, 2].map((count) => errors('fr', count)), ['0 erreur', '1 erreur', '2 erreurs'])
    assert.deepEqual([0, 1, 2].map((count) => errors('en', count)), ['0 errors', '1 error', '2 errors'])
    assert.deepEqual([1, 1000].map((count) => translate('es', 'server.more', {count: {number: count}, max: {number: 1000}})), [
      'No se muestra 1 problema más: se muestran como máximo 1000 por documento',
      'No se muestran 1000 problemas más: se muestran como máximo 1000 por documento'
    ])
  })

  it('joins lists, and says dates, months and ordinals in the locale', () => {
    const reading = (symbol: string, session: number, opened: string) => ({key: 'un-citation-date.reading' as const, values: {symbol: {text: symbol}, session: {ordinal: session}, opened: {month: opened}}})
    const values = {readings: {or: [reading('60/75', 60, '2005-09-13'), reading('75/60', 75, '2020-09-15')]}, date: '3 آذار/مارس 2010', dateSession: {ordinal: 64}}
    assert.equal(
      translate('fr', 'un-citation-date.session', values),
      "La résolution \u206860/75\u2069 (de la 60e session, ouverte en septembre 2005) ou \u206875/60\u2069 (de la 75e session, ouverte en septembre 2020) de l'ONU ne peut être datée du «\u00a0\u20683 آذار/مارس 2010\u2069\u00a0»\u00a0: cette date tombe pendant la 64e session"
    )
    assert.equal(
      translate('ar', 'un-citation-date.adopted', {symbol: {text: '71/19'}, adopted: {date: '2016-11-21'}, date: '21 November 2018'}),
      'اعتُمد قرار الأمم المتحدة \u206871/19\u2069 في 21 تشرين الثاني/نوفمبر 2016، لا في «\u206821 November 2018\u2069»'
    )
    assert.equal(translate('es', 'date-validity.mismatch', {actual: 'a/b', expected: {or: ['x', 'y']}}), 'El par de meses «\u2068a/b\u2069» nombra dos meses distintos: escriba «\u2068x\u2069» o «\u2068y\u2069»')
  })
})

describe('l10n: choosing the locale', () => {
  it('reads a locale from a tag: language, region, encoding; nothing from C, POSIX or a language without a catalogue', () => {
    assert.deepEqual(
      ['fr', 'fr-CA', 'es_ES.UTF-8', 'ar_MA.utf8@latin', 'EN-us', 'C', 'C.UTF-8', 'POSIX', 'de_DE.UTF-8', 'auto', '', undefined].map(localeOf),
      ['fr', 'fr', 'es', 'ar', 'en', undefined, undefined, undefined, undefined, undefined, undefined, undefined]
    )
  })

  it('command line: LC_ALL, then LC_MESSAGES, then LANG, the first set deciding; English otherwise', () => {
    assert.equal(environmentLocale({LANG: 'es_ES.UTF-8'}), 'es')
    assert.equal(environmentLocale({LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8'}), 'fr')
    assert.equal(environmentLocale({LC_ALL: 'ar_EG.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8'}), 'ar')
    // POSIX: the first one set decides, even for a language resolint has no catalogue for.
    assert.equal(environmentLocale({LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8'}), 'en')
    assert.equal(environmentLocale({LC_ALL: '', LANG: 'fr_FR.UTF-8'}), 'fr')
    assert.equal(environmentLocale({}), 'en')
  })

  it('server: resolint.locale unless auto, then initialize locale, then English', () => {
    assert.equal(serverLocale('auto', 'fr'), 'fr')
    assert.equal(serverLocale(undefined, 'es-419'), 'es')
    assert.equal(serverLocale('ar', 'fr'), 'ar')
    assert.equal(serverLocale('auto', 'de'), 'en')
    assert.equal(serverLocale(null, undefined), 'en')
  })
})

describe('l10n: the reference resolution in each locale', () => {
  const messages = check(createProcessor(), reference, referencePath).messages

  it('every message is a catalogue entry, said in each locale from that locale\'s entry', () => {
    assert.ok(messages.length > 10)
    for (const message of messages) {
      const said = messageOf(message)
      assert.ok(said, `no catalogue key: ${message.reason}`)
      assert.equal(message.reason, localize(message, 'en'))
      for (const locale of locales) {
        const text = localize(message, locale)
        assert.match(text, pattern(locale, said.key), `${locale} ${said.key}`)
        if (locale !== 'en') assert.notEqual(text, localize(message, 'en'), `${locale} ${said.key}`)
      }
    }
  })

  it('says each rule exactly (several per locale)', () => {
    const find = (ruleId: string, line: number) => messages.find((message) => message.ruleId === ruleId && message.line === line)!
    const terminator = find('operative-terminator', 39)
    const date = find('un-citation-date', 25)
    const numbering = find('operative-numbering', 39)
    assert.deepEqual(
      locales.map((locale) => [localize(terminator, locale), localize(date, locale), localize(numbering, locale)]),
      [
        [
          'تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»',
          'اعتُمد قرار الأمم المتحدة \u206871/19\u2069 في 21 تشرين الثاني/نوفمبر 2016، لا في «\u206821 تشرين الثاني/نوفمبر 2018\u2069» الذي يقع في الدورة الـ 73',
          'رقم الفقرة يُكتب وحده: احذف علامة القائمة «\u2068-\u2069» قبل «\u20682.\u2069»'
        ],
        [
          'An operative paragraph ends with “\u2068؛\u2069”, not “\u2068؟\u2069”',
          'UN resolution \u206871/19\u2069 was adopted on 21 November 2016, not on “\u206821 تشرين الثاني/نوفمبر 2018\u2069”, which falls in the 73rd session',
          'A paragraph number takes no list mark: remove “\u2068-\u2069” before “\u20682.\u2069”'
        ],
        [
          'Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»',
          "La résolution \u206871/19\u2069 de l'ONU a été adoptée le 21 novembre 2016, et non le «\u00a0\u206821 تشرين الثاني/نوفمبر 2018\u2069\u00a0», qui tombe pendant la 73e session",
          'Un numéro de paragraphe s\'écrit seul\u00a0: supprimer la puce «\u00a0\u2068-\u2069\u00a0» devant «\u00a0\u20682.\u2069\u00a0»'
        ],
        [
          'Un párrafo dispositivo termina con «\u2068؛\u2069», no «\u2068؟\u2069»',
          'La resolución \u206871/19\u2069 de la ONU se aprobó el 21 de noviembre de 2016, no el «\u206821 تشرين الثاني/نوفمبر 2018\u2069», que cae en el 73.º período de sesiones',
          'El número de párrafo va solo: quite la viñeta «\u2068-\u2069» delante de «\u20682.\u2069»'
        ]
      ]
    )
  })
})

describe('l10n: no rule speaks English only', () => {
  it('every rule message of the reference and of every fixture is a catalogue entry of its rule (no fallback to its reason)', () => {
    const root = new URL('fixtures/', import.meta.url)
    const names = (readdirSync(root, {recursive: true}) as string[]).filter((name) => /\.(?:txt|md)$/.test(name)).sort()
    const rulesSeen = new Set<string>()
    for (const name of names) {
      for (const message of lint(readFileSync(new URL(name, root), 'utf8'), {}, undefined, name)) {
        assert.equal(messageOf(message)?.key.split('.')[0], message.ruleId, `${name}: ${message.reason}`)
        rulesSeen.add(message.ruleId!)
      }
    }
    assert.ok(rulesSeen.size >= 10, [...rulesSeen].join(' '))
  })
})

describe('l10n: the core rules in each locale', () => {
  /** The messages of `ruleId` on `text`, each said in Arabic and in French, isolates taken out of quotations. */
  const said = (text: string, config: Config, ruleId: string) =>
    lint(text, config, ruleId).map((message) => {
      assert.equal(messageOf(message)?.key.split('.')[0], ruleId, message.reason)
      return (['ar', 'fr'] as const).map((locale) => localize(message, locale).replace(/[\u2068\u2069]/g, ''))
    })

  it('digit-style, punctuation-script and opener-unlisted', () => {
    assert.deepEqual(said('1. الاعتراف بأهمية التعاون؛\n\n٢. تشجيع توقيع الاتفاقية.\n\n3. ضمان الاعتراف.\n', {language: 'ar'}, 'digit-style'), [
      ['تُكتب الأعداد في هذه الوثيقة بالأرقام الغربية (1، 2، 3): «2»، لا «٢»', "Dans ce document, les nombres s'écrivent en chiffres occidentaux\u00a0: «\u00a02\u00a0», et non «\u00a0٢\u00a0»"]
    ])
    assert.deepEqual(said('وإذ تؤكد الحاجة إلى التعاون, وتبادل المعلومات? والأدلة،\n', {language: 'ar'}, 'punctuation-script'), [
      ['الفاصلة في نص باللغة العربية هي «،»، لا «,»', 'Dans un texte en arabe, la virgule est «\u00a0،\u00a0», et non «\u00a0,\u00a0»'],
      ['علامة الاستفهام في نص باللغة العربية هي «؟»، لا «?»', "Dans un texte en arabe, le point d'interrogation est «\u00a0؟\u00a0», et non «\u00a0?\u00a0»"]
    ])
    assert.deepEqual(said('RAPPELANT sa résolution؛ et la Déclaration,\n', {language: 'fr'}, 'punctuation-script'), [
      ['الفاصلة المنقوطة في نص باللغة الفرنسية هي «;»، لا «؛»', 'Dans un texte en français, le point-virgule est «\u00a0;\u00a0», et non «\u00a0؛\u00a0»']
    ])
    assert.deepEqual(said('The General Assembly,\n\nHAVING CONSULTED the statements of the candidates,\n\n1. COMMISSIONS the rapporteur of the Commission.\n', {language: 'en', rules: {'opener-unlisted': 'info'}}, 'opener-unlisted'), [
      ['عبارة الديباجة «HAVING CONSULTED» ليست في المعجم ولا في عبارات هذا المشروع', 'La formule du préambule «\u00a0HAVING CONSULTED\u00a0» ne figure ni dans le lexique ni parmi les formules de ce projet'],
      ['فعل المنطوق «COMMISSIONS» ليس في المعجم ولا في عبارات هذا المشروع', 'Le verbe du dispositif «\u00a0COMMISSIONS\u00a0» ne figure ni dans le lexique ni parmi les formules de ce projet']
    ])
  })

  it('opening-facts, operative-opening and section-order', () => {
    assert.deepEqual(said('The ICPO-INTERPOL General Assembly, meeting in Glasgow, United Kingdom, from 4 to 7 November 2024 at its 93rd session:\n', {language: 'en'}, 'opening-facts'), [
      ['عُقدت الدورة الـ 93 في «Marrakesh»، لا في «Glasgow»: فقد استضافت «Glasgow» الدورة الـ 92', "La 93e session s'est tenue à «\u00a0Marrakesh\u00a0», et non à «\u00a0Glasgow\u00a0»\u00a0: «\u00a0Glasgow\u00a0» a accueilli la 92e session"],
      [
        'عُقدت الدورة الـ 93 «from 24 to 27 November 2025»، لا «from 4 to 7 November 2024»: فهذه تواريخ الدورة الـ 92',
        "La 93e session s'est tenue «\u00a0from 24 to 27 November 2025\u00a0», et non «\u00a0from 4 to 7 November 2024\u00a0»\u00a0: ce sont les dates de la 92e session"
      ]
    ])
    assert.deepEqual(said('1. RAPPELANT sa résolution GA-2021-89-RES-11 ;\n\n2. DÉCIDE de créer un groupe de travail.\n', {language: 'fr'}, 'operative-opening'), [
      ['تبدأ فقرة المنطوق بفعل مضارع، لا بعبارة الديباجة «RAPPELANT»', 'Un paragraphe du dispositif s\'ouvre sur un verbe au présent, et non sur le participe «\u00a0RAPPELANT\u00a0»']
    ])
    assert.deepEqual(said('1. ELECST the Delegate of Kenya.\n', {language: 'en'}, 'operative-opening'), [
      ['يبدو أن «ELECST» خطأ مطبعي صوابه «ELECTS» أو «ELECT»', '«\u00a0ELECST\u00a0» semble une faute de frappe pour «\u00a0ELECTS\u00a0» ou «\u00a0ELECT\u00a0»']
    ])
    const order = "RÉSOLUTION N° 4\n\nBrouillon interne du service\n\nGA-2025-93-RES-04\n\nGA-2025-93-RES-04\n\nObjet : Soutien\n\nL'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\n1. DÉCIDE de soutenir la ratification.\n\nRAPPELANT sa résolution,\n"
    assert.deepEqual(lint(order, {language: 'fr', stage: 'final'}, 'section-order').map((message) => localize(message, 'ar').replace(/[\u2068\u2069]/g, '')), [
      'هذا النص لا ينتمي إلى أي جزء من أجزاء القرار',
      'للقرار معرّف واحد: وهذا معرّف ثانٍ',
      'موضع الديباجة في القرار قبل المنطوق',
      'للقرار سطر تصويت، «Adoptée : Pour : <n>, Contre : <n>, Abstentions : <n>»، وهو ناقص هنا'
    ])
    assert.deepEqual(said(order, {language: 'fr', stage: 'final'}, 'section-order').map(([, french]) => french), [
      "Ce texte n'appartient à aucune partie d'une résolution",
      "Une résolution n'a qu'un identifiant\u00a0: celui-ci est de trop",
      'Dans une résolution, le préambule vient avant le dispositif',
      'Une résolution a une ligne de vote, «\u00a0Adoptée : Pour : <n>, Contre : <n>, Abstentions : <n>\u00a0», absente ici'
    ])
  })

  it('vote-line, vote-members (with its note) and pasted-layout', () => {
    assert.deepEqual(said('Aprobada: A favor : 134, Abstenciones: 5, En contra: 0\n', {language: 'es'}, 'vote-line'), [
      ['تنتهي التسمية في سطر التصويت بـ «:»، لا « :»', 'Dans la ligne de vote, une mention se termine par «\u00a0:\u00a0», et non «\u00a0 :\u00a0»'],
      ['في سطر التصويت يأتي «En contra» قبل «Abstenciones»', 'Dans la ligne de vote, «\u00a0En contra\u00a0» vient avant «\u00a0Abstenciones\u00a0»']
    ])
    assert.deepEqual(said('Adopted: In favor: 134, Against 0, Abstentions: five\n', {language: 'en'}, 'vote-line'), [
      ['يُكتب في سطر التصويت «For»، لا «In favor»', 'La ligne de vote porte «\u00a0For\u00a0», et non «\u00a0In favor\u00a0»'],
      ['في سطر التصويت تلي كلَّ تسمية نقطتان: «Against:»', 'Dans la ligne de vote, chaque mention prend un deux-points\u00a0: «\u00a0Against:\u00a0»'],
      ['الرقم بعد «Abstentions» عدد صحيح، لا «five»', 'Le chiffre de «\u00a0Abstentions\u00a0» est un nombre entier, et non «\u00a0five\u00a0»']
    ])
    assert.deepEqual(said('GA-2025-93-RES-03\n\nاعتُمد: المؤيدون: 150، المعارضون: 20، الممتنعون عن التصويت: 40\n', {language: 'ar'}, 'vote-members'), [
      [
        'لكل بلد عضو صوت واحد: ومجموع الأصوات 210 (المؤيدون 150 والمعارضون 20 والممتنعون عن التصويت 40) يزيد على عدد البلدان الأعضاء في الإنتربول عام 2025، وهو 196',
        "Un pays membre, une voix\u00a0: 210 voix (150 pour, 20 contre et 40 abstentions), c'est plus que les 196 pays membres d'INTERPOL en 2025"
      ]
    ])
    const between = lint('GA-2010-79-RES-03\n\nAdopted: For: 160, Against: 30, Abstentions: 1\n', {language: 'en'}, 'vote-members')
    assert.deepEqual(
      between.map((message) => [localize(message, 'fr'), localizeNote(message, 'ar')]),
      [
        [
          "Un pays membre, une voix\u00a0: 191 voix (160 pour, 30 contre et 1 abstention), c'est plus que les 190 pays membres, au plus, d'INTERPOL en 2010",
          'لا يذكر جدول الأعضاء عددًا لعام 2010: فقد كان بين 188 و190.'
        ]
      ]
    )
    assert.deepEqual(said('RECALLING resolution 79/243 adopted at its 79th session,1\nNOTING the report,\n_____\n1 Adopted on 24 December 2024.\n', {language: 'en'}, 'pasted-layout'), [
      ['يخلو نص القرار مما ليس منه: احذف علامة الحاشية الملصقة في السطر 1', "Le texte d'une résolution ne contient rien d'autre\u00a0: supprimer l'appel de note collé à la ligne 1"],
      ['يخلو نص القرار مما ليس منه: احذف نص الحاشية الملصق في السطرين 3 و4', "Le texte d'une résolution ne contient rien d'autre\u00a0: supprimer le texte de note de bas de page collé sur 2 lignes (3 et 4)"]
    ])
  })

  it('Spanish: every message of the nine rules on these fixtures', () => {
    const fixtures: Array<[string, Config, string]> = [
      ['1. الاعتراف بأهمية التعاون؛\n\n٢. تشجيع توقيع الاتفاقية.\n\n3. ضمان الاعتراف.\n', {language: 'ar'}, 'digit-style'],
      ['وإذ تؤكد الحاجة إلى التعاون, وتبادل المعلومات? والأدلة،\n', {language: 'ar'}, 'punctuation-script'],
      ['The General Assembly,\n\nHAVING CONSULTED the statements of the candidates,\n\n1. COMMISSIONS the rapporteur of the Commission.\n', {language: 'en', rules: {'opener-unlisted': 'info'}}, 'opener-unlisted'],
      ['إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 92 في مراكش من 24 إلى 27 تشرين الثاني/نوفمبر 2025،\n', {language: 'ar'}, 'opening-facts'],
      ['CALLS UPON all member countries to:\n\n1. Connecting their units to the I-24/7 system;\n\n2. Dispatches a national liaison officer;\n\n3. The General Secretariat shall report.\n', {language: 'en'}, 'operative-opening'],
      ["RÉSOLUTION N° 4\n\nBrouillon interne du service\n\nGA-2025-93-RES-04\n\nGA-2025-93-RES-04\n\nObjet : Soutien\n\nL'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,\n\n1. DÉCIDE de soutenir la ratification.\n\nRAPPELANT sa résolution,\n", {language: 'fr', stage: 'final'}, 'section-order'],
      ['Adopted: In favor: 134, Against 0, Abstentions: five\n', {language: 'en'}, 'vote-line'],
      ['GA-2010-79-RES-03\n\nAdopted: For: 160, Against: 30, Abstentions: 1\n', {language: 'en'}, 'vote-members'],
      ['RECALLING resolution 79/243 adopted at its 79th session,1\nNOTING the report,\n_____\n1 Adopted on 24 December 2024.\n', {language: 'en'}, 'pasted-layout']
    ]
    assert.deepEqual(
      fixtures.flatMap(([text, config, ruleId]) => lint(text, config, ruleId).map((message) => localize(message, 'es').replace(/[\u2068\u2069]/g, ''))),
      [
        'En este documento, los números se escriben con cifras occidentales: «2», no «٢»',
        'En un texto en árabe, la coma es «،», no «,»',
        'En un texto en árabe, el signo de interrogación es «؟», no «?»',
        'La fórmula del preámbulo «HAVING CONSULTED» no figura ni en el léxico ni entre las fórmulas de este proyecto',
        'El verbo dispositivo «COMMISSIONS» no figura ni en el léxico ni entre las fórmulas de este proyecto',
        'La 92ª reunión se celebró en «غلاسكو», no en «مراكش»: «مراكش» acogió la 76ª reunión y la 93ª reunión',
        'La 92ª reunión se celebró «من 4 إلى 7 تشرين الثاني/نوفمبر 2024», no «من 24 إلى 27 تشرين الثاني/نوفمبر 2025»: son las fechas de la 93ª reunión',
        'Un párrafo dispositivo empieza con el infinitivo o el sustantivo verbal que pide el párrafo introductorio, no con el participio «Connecting»',
        'Un párrafo dispositivo empieza con el infinitivo o el sustantivo verbal que pide el párrafo introductorio, no con el verbo en presente «Dispatches»',
        'Un párrafo dispositivo empieza con el infinitivo o el sustantivo verbal que pide el párrafo introductorio',
        'Este texto no pertenece a ninguna parte de una resolución',
        'Una resolución tiene un solo identificador: este sobra',
        'En una resolución, el preámbulo va primero y la parte dispositiva después',
        'Una resolución tiene una línea de votación, «Adoptée : Pour : <n>, Contre : <n>, Abstentions : <n>», que falta aquí',
        'La línea de votación dice «For», no «In favor»',
        'En la línea de votación, cada mención lleva dos puntos: «Against:»',
        'La cifra de «Abstentions» es un número entero, no «five»',
        'Un país miembro, un voto: 191 votos (160 a favor, 30 en contra y 1 abstención) superan los 190 países miembros, como mucho, que INTERPOL tenía en 2010',
        'El texto de una resolución no lleva nada más: quite la llamada de nota pegada en la línea 1',
        'El texto de una resolución no lleva nada más: quite el texto de nota al pie pegado en 2 líneas (3 y 4)'
      ]
    )
  })
})

describe('l10n: the command line', () => {
  const run = (args: string[], env: Record<string, string>) => {
    // Only the variables given: the machine's own locale never decides a verdict.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:LC_ALL|LC_MESSAGES|LANG|LANGUAGE)$/.test(name)))
    return spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...clean, ...env}, timeout: 60_000})
  }

  it('--locale fr prints French: messages, severities, summary', () => {
    const {stdout, status} = run(['--locale', 'fr', referencePath], {LANG: 'es_ES.UTF-8'})
    assert.equal(status, 1)
    assert.ok(stdout.includes(':39:123  erreur  Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»  operative-terminator\n'), stdout)
    assert.equal(stdout.trimEnd().split('\n').at(-1), '1 fichier vérifié\u00a0: 2 erreurs, 9 avertissements, 5 infos (10 corrigeables avec --fix)')
  })

  it('LANG=es_ES.UTF-8 prints Spanish; LC_ALL wins over it; an unknown --locale is refused', () => {
    const spanish = run([referencePath], {LANG: 'es_ES.UTF-8'})
    assert.ok(spanish.stdout.includes(':39:123  error  Un párrafo dispositivo termina con «\u2068؛\u2069», no «\u2068؟\u2069»  operative-terminator\n'), spanish.stdout)
    assert.equal(spanish.stdout.trimEnd().split('\n').at(-1), '1 archivo revisado: 2 errores, 9 advertencias, 5 info (10 corregibles con --fix)')
    const arabic = run([referencePath], {LANG: 'es_ES.UTF-8', LC_ALL: 'ar_EG.UTF-8'})
    assert.equal(arabic.stdout.trimEnd().split('\n').at(-1), 'فُحص ملف واحد: خطآن، 9 تحذيرات، 5 معلومات (يمكن تصحيح 10 منها بـ --fix)')
    const english = run([referencePath], {})
    assert.equal(english.stdout.trimEnd().split('\n').at(-1), '1 file checked: 2 errors, 9 warnings, 5 info (10 fixable with --fix)')
    const bad = run(['--locale', 'de', referencePath], {})
    assert.equal(bad.status, 2)
    assert.equal(bad.stderr, 'resolint: \u2068--locale\u2069 takes “\u2068ar\u2069”, “\u2068en\u2069”, “\u2068fr\u2069” or “\u2068es\u2069”, not “\u2068de\u2069”\n')
  })

  it('SARIF and JSON carry the localised text', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', '--locale', 'ar', referencePath], {}).stdout) as {runs: Array<{results: Array<{ruleId: string; message: {text: string}; fixes?: Array<{description: {text: string}}>}>}>}
    const result = sarif.runs[0]!.results.find((entry) => entry.ruleId === 'operative-terminator')!
    assert.equal(result.message.text, 'تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»')
    assert.equal(result.fixes![0]!.description.text, 'الاستبدال بـ «\u2068؛\u2069»')
    const json = JSON.parse(run(['--format', 'json', referencePath], {LANG: 'fr_FR.UTF-8'}).stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
    const message = json[0]!.messages.find((entry) => entry.ruleId === 'operative-terminator')!
    assert.equal(message.reason, 'Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»')
  })
})

describe('l10n: the language server', () => {
  const uri = 'file:///tmp/l10n/GA-2025-93-RES-03.ar.txt'
  let client: TestClient | undefined
  afterEach(async () => {
    await client?.stop()
    client = undefined
  })

  const terminatorActions = async (diagnostics: Diagnostic[]) => {
    const terminator = diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!
    const actions = await client!.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: terminator.range, context: {diagnostics: [terminator]}})
    return {terminator, titles: actions.map((action) => action.title)}
  }

  it('follows initialize locale ar: diagnostics, quick-fix titles and the status in Arabic', async () => {
    client = await startClient({locale: 'ar'})
    const status = client.next<{uri: string; locale: string; languageName: string}>('resolint/status', (params) => params.uri === uri)
    const diagnostics = await client.open(uri, reference)
    for (const diagnostic of diagnostics) {
      // Each line isolated right to left (U+2067 … U+2069): VS Code shows it in a left-to-right panel.
      const lines = String(diagnostic.message).split('\n')
      assert.ok(lines.every((line) => line.startsWith('\u2067') && line.endsWith('\u2069')), String(diagnostic.message))
      const key = ruleKeys.find((name) => pattern('ar', name).test(lines[0]!.slice(1, -1)))
      assert.ok(key, `not from the Arabic catalogue: ${diagnostic.message}`)
    }
    const {terminator, titles} = await terminatorActions(diagnostics)
    assert.equal(terminator.message, '\u2067تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»\u2069')
    assert.deepEqual(titles, ['\u2067الاستبدال بـ «\u2068؛\u2069»\u2069', '\u2067تعطيل \u2068operative-terminator\u2069 في \u2068.resolintrc.json\u2069\u2069', '\u2067إعادة ترقيم فقرات المنطوق\u2069'])
    assert.deepEqual(await status.then(({locale, languageName}) => [locale, languageName]), ['ar', 'العربية'])
  })

  it('resolint.locale overrides initialize locale: a French interface over an Arabic draft', async () => {
    client = await startClient({settings: {locale: 'fr'}, locale: 'ar'})
    const diagnostics = await client.open(uri, reference)
    const {terminator, titles} = await terminatorActions(diagnostics)
    assert.equal(terminator.message, 'Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»')
    assert.deepEqual(titles, ['Remplacer par «\u00a0\u2068؛\u2069\u00a0»', 'Désactiver \u2068operative-terminator\u2069 dans \u2068.resolintrc.json\u2069', 'Renuméroter les paragraphes du dispositif'])
    // Changed to auto, the client's locale is followed again.
    client.setSettings({locale: 'auto'})
    const again = client.diagnostics(uri, 1)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    assert.equal((await again).find((diagnostic) => diagnostic.code === 'operative-terminator')!.message, '\u2067تنتهي فقرة المنطوق بـ «\u2068؛\u2069»، لا «\u2068؟\u2069»\u2069')
  })
})

describe('l10n: a long quoted text', () => {
  it('is shown by its first 120 and last 60 characters around “…”, no character cut in two; up to 200 in full', () => {
    assert.equal(isolate('a'.repeat(200)), '\u2068' + 'a'.repeat(200) + '\u2069')
    assert.equal(isolate('a'.repeat(150) + 'b'.repeat(150)), '\u2068' + 'a'.repeat(120) + '…' + 'b'.repeat(60) + '\u2069')
    assert.equal(isolate('😀'.repeat(250)), '\u2068' + '😀'.repeat(120) + '…' + '😀'.repeat(60) + '\u2069')
  })

  it('a 9,000-letter word is quoted in a message of a few hundred characters, not 9 KB', () => {
    const text = 'RECALLING its resolution,\n\n1. DECIDES ' + 'x'.repeat(9_000) + ';\n'
    const reasons = check(createProcessor(), text).messages.map((message) => message.reason)
    assert.ok(reasons.some((reason) => reason.includes('x'.repeat(120) + '…' + 'x'.repeat(60) + '\u2069')), reasons.join('\n'))
    assert.ok(reasons.every((reason) => reason.length < 600), reasons.map((reason) => reason.length).join())
  })
})
