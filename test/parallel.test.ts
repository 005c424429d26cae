/**
 * The language versions of a resolution checked against each other, on a set
 * we wrote (`test/fixtures/set/GA-2025-93-RES-07.{ar,en,fr,es}.txt`): clean, it
 * gives nothing; each one-version change gives exactly its finding, and is
 * consistent in itself, so that the rules of one file see nothing.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {align} from '../server/src/core/parallel/align.js'
import {analyzeSet, type SetAnalysis} from '../server/src/core/parallel/compare.js'
import {parse} from '../server/src/core/parse.js'
import {profiles} from '../server/src/profiles/index.js'
import {translate} from '../server/src/l10n/index.js'
import {spelledNumbers} from '../server/src/core/numbers.js'
import {groupSets, siblingPaths, versionPath} from '../server/src/core/set.js'
import {SiblingVersions} from '../server/src/siblings.js'
import type {Language} from '../server/src/core/tree.js'
import {ruleIds, rules} from '../server/src/rules/index.js'
import {relatedOf} from '../server/src/core/rule.js'
import {locales, localize, localizeRelated, type Locale} from '../server/src/l10n/index.js'
import type {Diagnostic, Hover} from 'vscode-languageserver-types'
import {formatMessage, isolated, lintSet, sent, startServer, stopServer, type SetFile, type TestServer} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const folder = new URL('fixtures/set/', import.meta.url)
const name = (language: Language) => `GA-2025-93-RES-07.${language}.txt`
/** The set's languages: its profile's (INTERPOL's four), whatever other languages resolint reads. */
const languages = profiles['interpol-ga']!.languages
const clean: Record<Language, string> = Object.fromEntries(languages.map((language) => [language, readFileSync(new URL(name(language), folder), 'utf8')])) as Record<Language, string>
const setRules = ruleIds.filter((id) => rules[id]!.scope === 'set')

/** Every message of the set, `name:range: reason (rule)`, with the single-file rules' messages too. */
function messagesOf(texts: Partial<Record<Language, string>>): string[] {
  const files: SetFile[] = (Object.entries(texts) as Array<[Language, string]>).map(([language, text]) => ({path: '/set/' + name(language), text}))
  return lintSet(files).flatMap(({path, messages}) => messages.map((message) => `${path.slice('/set/'.length)}:${formatMessage(message)} (${message.ruleId})`))
}

/** The set with one version changed: `from` must occur in it exactly once. */
function changed(language: Language, from: string | RegExp, to: string): Record<Language, string> {
  const text = clean[language]
  const count = typeof from === 'string' ? text.split(from).length - 1 : [...text.matchAll(new RegExp(from, 'g'))].length
  assert.equal(count, 1, `${String(from)} occurs once in the ${language} version`)
  return {...clean, [language]: text.replace(from, to)}
}

describe('parallel versions', () => {
  it('the clean set gives no finding, from any rule', () => {
    assert.deepEqual(messagesOf(clean), [])
  })

  it('the set rules are registered with their defaults', () => {
    assert.deepEqual(
      setRules.map((id) => [id, rules[id]!.severity]),
      [
        ['parallel-facts', 'warn'],
        ['parallel-languages', 'info'],
        ['parallel-structure', 'warn']
      ]
    )
  })

  const cases: Array<{change: string; texts: Record<Language, string>; expected: string[]}> = [
    {
      change: 'a preamble paragraph dropped from the English version',
      texts: changed('en', /NOTING WITH CONCERN[^\n]*\n\n/, ''),
      expected: ['GA-2025-93-RES-07.en.txt:15:1-15:10: The Arabic, French and Spanish versions have a preamble paragraph before this preamble paragraph, missing here (parallel-structure)']
    },
    {
      change: 'an operative paragraph dropped from the French version, the rest renumbered',
      texts: {...clean, fr: clean.fr.replace(/2\. EXHORTE[^\n]*\n\n/, '').replace('3. PRIE', '2. PRIE').replace('4. INVITE', '3. INVITE').replace('5. DÉCIDE', '4. DÉCIDE')},
      expected: ['GA-2025-93-RES-07.fr.txt:23:1-23:8: The Arabic, English and Spanish versions have an operative paragraph numbered “2.” before this operative paragraph, missing here (parallel-structure)']
    },
    {
      change: 'a subparagraph dropped from the Spanish version',
      texts: changed('es', /b\) informe[^\n]*\n\n/, ''),
      expected: ['GA-2025-93-RES-07.es.txt:27:1-27:9: The Arabic, English and French versions have a subparagraph numbered “(b)” after this subparagraph, missing here (parallel-structure)']
    },
    {
      change: 'a vote figure changed in the Spanish version',
      texts: changed('es', 'A favor: 121', 'A favor: 112'),
      expected: ['GA-2025-93-RES-07.es.txt:35:20-35:23: The Arabic, English and French versions give the figure of votes for 121 here, not “112” (parallel-facts)']
    },
    {
      change: 'a date changed in the Arabic version',
      texts: changed('ar', '24 كانون الأول', '25 كانون الأول'),
      expected: ['GA-2025-93-RES-07.ar.txt:13:96-13:122: The English, French and Spanish versions give the date 24 December 2024 here, not “25 كانون الأول/ديسمبر 2024” (parallel-facts)']
    },
    {
      change: 'a UN resolution number changed in the English version (the Arabic 19/71 is the same citation as 71/19)',
      texts: changed('en', '71/19', '71/18'),
      expected: ['GA-2025-93-RES-07.en.txt:9:54-9:59: The Arabic, French and Spanish versions give the UN resolution \u206871/19\u2069 here, not “71/18” (parallel-facts)']
    },
    {
      change: 'an INTERPOL identifier changed in the French version',
      texts: changed('fr', 'AG-2008-RES-07', 'AG-2008-RES-08'),
      expected: ['GA-2025-93-RES-07.fr.txt:11:35-11:49: The Arabic, English and Spanish versions give the INTERPOL resolution \u2068AG-2008-RES-07\u2069 here, not “AG-2008-RES-08” (parallel-facts)']
    },
    {
      change: 'an article number changed in the Spanish version',
      texts: changed('es', 'artículo 47 de la Convención de', 'artículo 46 de la Convención de'),
      expected: ['GA-2025-93-RES-07.es.txt:13:31-13:33: The Arabic, English and French versions give the article number 47 here, not “46” (parallel-facts)']
    },
    {
      change: 'a year changed in the Arabic version',
      texts: changed('ar', 'عام 1997', 'عام 1998'),
      expected: ['GA-2025-93-RES-07.ar.txt:17:45-17:49: The English, French and Spanish versions give the year 1997 here, not “1998” (parallel-facts)']
    },
    {
      change: 'a Latin-script name misspelt in the Arabic version',
      texts: changed('ar', 'لمنصة NEXUS،', 'لمنصة NEXSUS،'),
      expected: ['GA-2025-93-RES-07.ar.txt:19:47-19:53: The English, French and Spanish versions do not have the name “NEXSUS” here (parallel-facts)']
    },
    {
      change: 'the Spanish version missing',
      texts: {ar: clean.ar, en: clean.en, fr: clean.fr} as Record<Language, string>,
      expected: [
        'GA-2025-93-RES-07.ar.txt:3:1-3:18: The Spanish version of this resolution is missing: a resolution is put to the vote in Arabic, English, French and Spanish (parallel-languages)'
      ]
    }
  ]

  for (const {change, texts, expected} of cases) {
    it(change, () => {
      assert.deepEqual(messagesOf(texts), expected.map(isolated))
      // Each change is consistent in itself: alone, each version is clean.
      for (const [language, text] of Object.entries(texts) as Array<[Language, string]>) {
        assert.deepEqual(lintSet([{path: '/alone/' + name(language), text}]).flatMap(({messages}) => messages.map(formatMessage)), [], language)
      }
    })
  }

  it('a set is complete with its profile\'s languages (Profile.languages), not with every language resolint reads', () => {
    assert.deepEqual(profiles['interpol-ga']!.languages, ['ar', 'en', 'fr', 'es'])
    assert.deepEqual(profiles['un-ga']!.languages, ['ar', 'en', 'fr', 'es'])
    const versions = (['ar', 'en'] as const).map((language) => ({language, path: '/set/' + name(language), tree: parse(clean[language], {language})}))
    const missing = (analysis: SetAnalysis) => analysis.findings.filter((finding) => finding.ruleId === 'parallel-languages').map((finding) => [finding.language, translate('en', finding.reason)])
    assert.deepEqual(missing(analyzeSet(versions)), [['ar', 'The French and Spanish versions of this resolution are missing: a resolution is put to the vote in Arabic, English, French and Spanish']])
    assert.deepEqual(missing(analyzeSet(versions, {languages: ['ar', 'en', 'fr']})), [['ar', 'The French version of this resolution is missing: a resolution is put to the vote in Arabic, English and French']])
    assert.deepEqual(missing(analyzeSet(versions, {languages: ['ar', 'en']})), [])
    // The UN issues its resolutions in six languages: its four are the ones resolint reads, said so in every locale.
    const un = (['en', 'fr'] as const).map((language) => {
      const text = readFileSync(new URL(`fixtures/un/A-RES-80-120.${language}.txt`, import.meta.url), 'utf8')
      return {language, path: `/set/A-RES-80-120.${language}.txt`, tree: parse(text, {language, profile: profiles['un-ga']!})}
    })
    assert.deepEqual(missing(analyzeSet(un)), [['en', 'The Arabic and Spanish versions of this resolution are missing: the UN issues its resolutions in its six official languages, of which resolint compares Arabic, English, French and Spanish']])
    const reason = analyzeSet(un).findings.find((finding) => finding.ruleId === 'parallel-languages')!.reason
    assert.deepEqual(locales.filter((locale) => locale !== 'en').map((locale) => translate(locale, reason)), [
      'تنقص هذا القرارَ النسختان العربية والإسبانية: تصدر الأمم المتحدة قراراتها بلغاتها الرسمية الست، ويقارن resolint منها العربية والإنكليزية والفرنسية والإسبانية',
      'Il manque les versions en arabe et en espagnol de cette résolution : l’ONU publie ses résolutions dans ses six langues officielles ; resolint en compare les versions en arabe, en anglais, en français et en espagnol',
      'Faltan las versiones en árabe y en español de esta resolución: las Naciones Unidas publican sus resoluciones en sus seis idiomas oficiales; resolint compara las versiones en árabe, en inglés, en francés y en español'
    ])
  })

  it('with two versions, a difference is reported in both', () => {
    const texts = {ar: clean.ar, en: clean.en.replace('in 1997', 'in 1999')}
    assert.deepEqual(messagesOf(texts), [
      'GA-2025-93-RES-07.ar.txt:17:45-17:49: “1997” differs from the English version, which gives the year 1999 (parallel-facts)',
      'GA-2025-93-RES-07.ar.txt:3:1-3:18: The French and Spanish versions of this resolution are missing: a resolution is put to the vote in Arabic, English, French and Spanish (parallel-languages)',
      'GA-2025-93-RES-07.en.txt:17:55-17:59: “1999” differs from the Arabic version, which gives the year 1997 (parallel-facts)'
    ].map(isolated))
  })

  it('a finding carries the counterparts in the other versions as related locations', () => {
    const [, english] = lintSet(
      (Object.entries(changed('en', '71/19', '71/18')) as Array<[Language, string]>).map(([language, text]) => ({path: '/set/' + name(language), text})),
      {},
      'parallel-facts'
    )
    const related = (english!.messages[0] as unknown as {related: Array<{path: string; place: {start: {line: number; column: number}}; note: string}>}).related
    assert.deepEqual(
      related.map(({path, place, note}) => `${path}:${place.start.line}:${place.start.column} ${note}`),
      ['/set/GA-2025-93-RES-07.ar.txt:9:46 Arabic version: “19/71”', '/set/GA-2025-93-RES-07.fr.txt:9:25 French version: “71/19”', '/set/GA-2025-93-RES-07.es.txt:9:26 Spanish version: “71/19”'].map(isolated)
    )
  })

  it('says its findings and their related locations in the interface language (issue 16)', () => {
    /** Each message of the set in `locale`: `name rule: reason | related notes`. */
    const said = (texts: Partial<Record<Language, string>>, locale: Locale) =>
      lintSet((Object.entries(texts) as Array<[Language, string]>).map(([language, text]) => ({path: '/set/' + name(language), text}))).flatMap(({path, messages}) =>
        messages.map((message) => `${path.slice('/set/'.length)} ${message.ruleId}: ${localize(message, locale)}` + relatedOf(message).map((location) => ` | ${localizeRelated(location, locale)}`).join(''))
      )
    const vote = changed('es', 'A favor: 121', 'A favor: 112')
    assert.deepEqual(
      locales.map((locale) => said(vote, locale)),
      [
        ['GA-2025-93-RES-07.es.txt parallel-facts: يَرِد هنا في النسخ العربية والإنكليزية والفرنسية عدد الأصوات المؤيدة 121، لا «\u2068112\u2069» | النسخة العربية: «\u2068121\u2069» | النسخة الإنكليزية: «\u2068121\u2069» | النسخة الفرنسية: «\u2068121\u2069»'],
        ['GA-2025-93-RES-07.es.txt parallel-facts: The Arabic, English and French versions give the figure of votes for 121 here, not “\u2068112\u2069” | Arabic version: “\u2068121\u2069” | English version: “\u2068121\u2069” | French version: “\u2068121\u2069”'],
        ['GA-2025-93-RES-07.es.txt parallel-facts: Les versions en arabe, en anglais et en français donnent ici le nombre de voix pour 121, et non «\u00a0\u2068112\u2069\u00a0» | Version en arabe\u00a0: «\u00a0\u2068121\u2069\u00a0» | Version en anglais\u00a0: «\u00a0\u2068121\u2069\u00a0» | Version en français\u00a0: «\u00a0\u2068121\u2069\u00a0»'],
        ['GA-2025-93-RES-07.es.txt parallel-facts: Las versiones en árabe, en inglés y en francés dan aquí la cifra de votos a favor 121, no «\u2068112\u2069» | Versión en árabe: «\u2068121\u2069» | Versión en inglés: «\u2068121\u2069» | Versión en francés: «\u2068121\u2069»']
      ]
    )
    // Two versions: no majority, each told; two languages missing (Arabic says them in the dual).
    const two = {ar: clean.ar, en: clean.en.replace(/NOTING WITH CONCERN[^\n]*\n\n/, '')}
    assert.deepEqual(said(two, 'ar').map((line) => line.replace(/ \| .*/, '')), [
      'GA-2025-93-RES-07.ar.txt parallel-languages: تنقص هذا القرارَ النسختان الفرنسية والإسبانية: يُطرح القرار للتصويت باللغات العربية والإنكليزية والفرنسية والإسبانية',
      'GA-2025-93-RES-07.ar.txt parallel-structure: لا يقابل فقرة الديباجة هذه شيءٌ في النسخة الإنكليزية',
      'GA-2025-93-RES-07.en.txt parallel-structure: في النسخة العربية فقرة ديباجة قبل فقرة الديباجة هذه، ولا مقابل لذلك في هذه النسخة'
    ])
    assert.deepEqual(said(two, 'fr').map((line) => line.replace(/ \| .*/, '')), [
      'GA-2025-93-RES-07.ar.txt parallel-languages: Il manque les versions en français et en espagnol de cette résolution\u00a0: une résolution est mise aux voix en arabe, en anglais, en français et en espagnol',
      "GA-2025-93-RES-07.ar.txt parallel-structure: La version en anglais n'a rien à la place de ce paragraphe du préambule",
      'GA-2025-93-RES-07.en.txt parallel-structure: Il manque un paragraphe du préambule que la version en arabe a avant ce paragraphe du préambule'
    ])
  })

  describe('loose but correct translations', () => {
    const loose: Record<Language, string> = Object.fromEntries(languages.map((language) => [language, readFileSync(new URL(name(language), new URL('fixtures/loose/', import.meta.url)), 'utf8')])) as Record<Language, string>

    it('numbers written as words in some versions (`thirty days`, `quarante-cinq`, `مائتي`, `ninety-fourth`), and `24 heures sur 24` for 24/7, give no finding', () => {
      assert.deepEqual(messagesOf(loose), [])
    })

    it('the numbers missing from one paragraph are one finding that lists them', () => {
      const arabic = loose.ar.replace('على مدار أربع وعشرين ساعة طوال أيام الأسبوع السبعة', 'على مدار الساعة طوال أيام الأسبوع')
      assert.notEqual(arabic, loose.ar)
      assert.deepEqual(messagesOf({...loose, ar: arabic}), [
        'GA-2025-93-RES-07.ar.txt:21:1-21:8: This version lacks the numbers 24 and 7, which the English, French and Spanish versions have here (parallel-facts)'
      ])
    })

    it('the missing numbers said in each locale, in the number they take (Arabic dual)', () => {
      const arabic = {...loose, ar: loose.ar.replace('على مدار أربع وعشرين ساعة طوال أيام الأسبوع السبعة', 'على مدار الساعة طوال أيام الأسبوع')}
      const [finding] = lintSet((Object.entries(arabic) as Array<[Language, string]>).map(([language, text]) => ({path: '/set/' + name(language), text}))).flatMap(({messages}) => messages)
      assert.deepEqual(
        locales.map((locale) => localize(finding!, locale)),
        [
          'ينقص هنا ما يَرِد في النسخ الإنكليزية والفرنسية والإسبانية: العددان 24 و7',
          'This version lacks the numbers 24 and 7, which the English, French and Spanish versions have here',
          'Il manque ici les nombres 24 et 7, que donnent les versions en anglais, en français et en espagnol',
          'Aquí falta lo que las versiones en inglés, en francés y en español dan: los números 24 y 7'
        ]
      )
    })

    it('a number written in words is still compared: a wrong one in words is no excuse', () => {
      assert.deepEqual(messagesOf({...loose, en: loose.en.replace('within thirty days', 'within thirteen days')}), [
        'GA-2025-93-RES-07.en.txt:23:1-23:9: This version lacks the number 30, which the Arabic, French and Spanish versions have here (parallel-facts)'
      ])
    })

    it('reads numbers written as words in each language, compounds with their parts', () => {
      const read = (language: Language, text: string) => [...spelledNumbers(text, language)].sort((a, b) => a - b)
      assert.deepEqual(read('en', 'twenty-four hours a day, one of the ninety-fourth'), [4, 20, 24, 90, 94])
      assert.deepEqual(read('en', 'two hundred and five'), [2, 5, 100, 105, 200, 205])
      assert.deepEqual(read('fr', 'quatre-vingt-dix-neuf, une plateforme'), [9, 90, 99])
      assert.deepEqual(read('fr', 'trois cents, vingt et un'), [3, 20, 21, 100, 300])
      assert.deepEqual(read('es', 'cuarenta y cinco, dos mil veinticuatro, una'), [2, 5, 24, 40, 45, 1000, 1024, 2000, 2024])
      assert.deepEqual(read('ar', 'أربع وعشرين، الرابعة والتسعين'), [4, 20, 24, 90, 94])
    })
  })

  it('the set rules can be turned off like any rule', () => {
    const texts = changed('es', 'A favor: 121', 'A favor: 112')
    const files = (Object.entries(texts) as Array<[Language, string]>).map(([language, text]) => ({path: '/set/' + name(language), text}))
    assert.deepEqual(lintSet(files, {rules: {'parallel-facts': 'off'}}).flatMap(({messages}) => messages), [])
  })
})

describe('sets of files', () => {
  it('groups checked files into sets of two or more versions; finds the siblings of a file', () => {
    assert.equal(versionPath('/f/GA-2025-93-RES-07.md', 'es'), '/f/GA-2025-93-RES-07.es.md')
    const paths = ['/f/a.en.txt', '/g/a.fr.txt', '/f/a.fr.txt', '/f/a.fr.md', '/f/b.en.txt', '/f/a.es.txt', '/f/notes.txt']
    assert.deepEqual(
      groupSets(paths, (path) => path).map((set) => [set.key, Object.keys(set.versions)]),
      [['/f/a.txt', ['en', 'fr', 'es']]]
    )
    assert.deepEqual(siblingPaths('/f/a.en.txt', ['a.en.txt', 'a.fr.txt', 'a.es.md', 'a.ar.txt', 'b.fr.txt'], (entry) => '/f/' + entry), {fr: '/f/a.fr.txt', ar: '/f/a.ar.txt'})
  })
})

describe('alignment', () => {
  const score = (a: string, b: string) => (a === b ? 3 : -1)
  it('one missing item is one gap, not a shift of every later one', () => {
    assert.deepEqual(align([['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'd', 'e']], score, 1), [[0, 0], [1, 1], [2, undefined], [3, 2], [4, 3]])
  })

  it('an item only one sequence has stands alone in its column', () => {
    assert.deepEqual(align([['a', 'b', 'c'], ['a', 'x', 'b', 'c'], ['a', 'b', 'c']], score, 1), [[0, 0, 0], [undefined, 1, undefined], [1, 2, 1], [2, 3, 2]])
  })

  it('is bounded: a band around the diagonal, so 2,000 items align with a gap found', () => {
    const long = Array.from({length: 2000}, (_, index) => String(index))
    const short = long.filter((_, index) => index !== 1500)
    const columns = align([long, short], score, 1)
    assert.equal(columns.length, 2000)
    assert.deepEqual(columns[1500], [1500, undefined])
    assert.deepEqual(columns[1999], [1999, 1998])
  })
})

describe('parallel versions on the command line', () => {
  const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'resolint-set-'))
    for (const [language, text] of Object.entries(changed('es', 'A favor: 121', 'A favor: 112'))) writeFileSync(path.join(dir, name(language as Language)), text)
  })
  afterEach(() => rmSync(dir, {recursive: true, force: true}))
  // The machine's locale must not decide the language of the report.
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: ''}})

  it('checks the files of one set among the inputs together: text, with the related locations indented below', () => {
    const {stdout, status} = run('.')
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-07.ar.txt: no issues found',
        'GA-2025-93-RES-07.en.txt: no issues found',
        isolated('GA-2025-93-RES-07.es.txt:35:20  warning  The Arabic, English and French versions give the figure of votes for 121 here, not “112”  parallel-facts'),
        isolated('  related: GA-2025-93-RES-07.ar.txt:35:19  Arabic version: “121”'),
        isolated('  related: GA-2025-93-RES-07.en.txt:35:15  English version: “121”'),
        isolated('  related: GA-2025-93-RES-07.fr.txt:35:18  French version: “121”'),
        'GA-2025-93-RES-07.fr.txt: no issues found',
        '4 files checked: 0 errors, 1 warning, 0 info',
        ''
      ].join('\n')
    )
    assert.equal(status, 0)
  })

  it('says the findings and their related locations in French with --locale fr', () => {
    const {stdout} = run('--locale', 'fr', name('es'), name('en'))
    assert.equal(
      stdout,
      [
        'GA-2025-93-RES-07.es.txt:35:20  avertissement  «\u00a0\u2068112\u2069\u00a0» diffère de la version en anglais, qui donne le nombre de voix pour 121  parallel-facts',
        '  voir aussi\u00a0: GA-2025-93-RES-07.en.txt:35:15  Version en anglais\u00a0: «\u00a0\u2068121\u2069\u00a0»',
        'GA-2025-93-RES-07.en.txt:3:1  info  Il manque les versions en arabe et en français de cette résolution\u00a0: une résolution est mise aux voix en arabe, en anglais, en français et en espagnol  parallel-languages',
        '  voir aussi\u00a0: GA-2025-93-RES-07.es.txt:3:1  Version en espagnol',
        'GA-2025-93-RES-07.en.txt:35:15  avertissement  «\u00a0\u2068121\u2069\u00a0» diffère de la version en espagnol, qui donne le nombre de voix pour 112  parallel-facts',
        '  voir aussi\u00a0: GA-2025-93-RES-07.es.txt:35:20  Version en espagnol\u00a0: «\u00a0\u2068112\u2069\u00a0»',
        '2 fichiers vérifiés\u00a0: 0 erreur, 2 avertissements, 1 info',
        ''
      ].join('\n')
    )
  })

  it('a version checked alone is not compared', () => {
    assert.equal(run(name('es')).stdout, 'GA-2025-93-RES-07.es.txt: no issues found\n1 file checked, no problems\n')
  })

  it('JSON and SARIF carry the related locations', () => {
    const json = JSON.parse(run('--format', 'json', '.').stdout) as Array<{path: string; messages: Array<{ruleId: string; related: Array<{path: string; note: string}>}>}>
    const spanish = json.find((file) => file.path === name('es'))!
    assert.deepEqual(spanish.messages.map((message) => [message.ruleId, message.related.map((entry) => `${entry.path} ${entry.note}`)]), [
      ['parallel-facts', ['GA-2025-93-RES-07.ar.txt Arabic version: “121”', 'GA-2025-93-RES-07.en.txt English version: “121”', 'GA-2025-93-RES-07.fr.txt French version: “121”'].map(isolated)]
    ])
    const sarif = JSON.parse(run('--format', 'sarif', '.').stdout) as {runs: Array<{results: Array<{ruleId: string; relatedLocations: unknown[]}>}>}
    const [result] = sarif.runs[0]!.results
    assert.equal(result!.ruleId, 'parallel-facts')
    assert.deepEqual(result!.relatedLocations[0], {
      id: 1,
      physicalLocation: {artifactLocation: {uri: pathToFileURL(path.join(dir, name('ar'))).href}, region: {startLine: 35, startColumn: 19, endLine: 35, endColumn: 22}},
      message: {text: isolated('Arabic version: “121”')}
    })
  })
})

describe('the sibling versions the server reads from disk', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'resolint-siblings-'))
  })
  afterEach(() => rmSync(dir, {recursive: true, force: true}))

  it('reads a folder and a version once, then again only when told they changed (a watched file, a document opened or saved): a keystroke reads nothing from disk', async () => {
    const parsed: string[] = []
    const siblings = new SiblingVersions((text, file) => {
      parsed.push(`${path.basename(file)} ${text.includes('Pour : 112') ? 112 : 121}`)
      return parse(text)
    }, () => undefined)
    const file = (language: Language) => path.join(dir, name(language))
    const languagesOf = async () => {
      await siblings.refresh(file('en'))
      return siblings.contextFor(file('en'), parse(clean.en))?.analysis.paths
    }
    writeFileSync(file('fr'), clean.fr)
    assert.deepEqual(await languagesOf(), {en: file('en'), fr: file('fr')})
    assert.deepEqual(parsed, [`${name('fr')} 121`])
    // Changed and created on disk, unsaid: the last reading stands.
    writeFileSync(file('fr'), clean.fr.replace('Pour : 121', 'Pour : 112'))
    writeFileSync(file('es'), clean.es)
    assert.deepEqual(await languagesOf(), {en: file('en'), fr: file('fr')})
    assert.deepEqual(parsed, [`${name('fr')} 121`])
    // A watched file created: the folder's names read again, the new version read; the French one is not looked at again.
    siblings.forget(file('es'))
    assert.deepEqual(await languagesOf(), {en: file('en'), fr: file('fr'), es: file('es')})
    assert.deepEqual(parsed, [`${name('fr')} 121`, `${name('es')} 121`])
    // A document of the folder opened or saved: every version in it looked at again, only the changed one read.
    siblings.stale(dir)
    assert.deepEqual(await languagesOf(), {en: file('en'), fr: file('fr'), es: file('es')})
    assert.deepEqual(parsed, [`${name('fr')} 121`, `${name('es')} 121`, `${name('fr')} 112`])
    // Deleted, and said so: gone from the set.
    rmSync(file('fr'))
    siblings.forget(file('fr'))
    assert.deepEqual(await languagesOf(), {en: file('en'), es: file('es')})
  })

  it('keeps one look at a version under way: two checks at once both wait for it', async () => {
    let parses = 0
    const siblings = new SiblingVersions((text) => {
      parses++
      return parse(text)
    }, () => undefined)
    writeFileSync(path.join(dir, name('fr')), clean.fr)
    const en = path.join(dir, name('en'))
    await Promise.all([siblings.refresh(en), siblings.refresh(en)])
    assert.equal(parses, 1)
    assert.deepEqual(siblings.contextFor(en, parse(clean.en))?.analysis.paths, {en, fr: path.join(dir, name('fr'))})
  })
})

describe('parallel versions in the language server', () => {
  let server: TestServer
  let client: TestClient
  let dir: string
  const uriOf = (language: Language) => pathToFileURL(path.join(dir, name(language))).href
  const brief = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message} | ${(d.relatedInformation ?? []).map((r) => `${r.location.uri.split('/').at(-1)}:${r.location.range.start.line}:${r.location.range.start.character}`).join(' ')}`)
  /** The paragraphs of the hover at the start of the English version's `line`, in the interface language `settings` give. */
  const hoverRows = async (line: number, settings: unknown) => {
    client.setSettings(settings)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    const result = await client.request<Hover>('textDocument/hover', {textDocument: {uri: uriOf('en')}, position: {line, character: 0}})
    return (result.contents as {kind: string; value: string}).value.split('\n\n')
  }
  beforeEach(async () => {
    server = await startServer('resolint-set-lsp-')
    ;({client, folder: dir} = server)
    for (const [language, text] of Object.entries(changed('es', 'A favor: 121', 'A favor: 112'))) writeFileSync(path.join(dir, name(language as Language)), text)
  })
  afterEach(() => stopServer(server))

  it('an open version is checked against its siblings read from disk, with related locations', async () => {
    const diagnostics = await client.open(uriOf('es'), readFileSync(path.join(dir, name('es')), 'utf8'))
    assert.deepEqual(brief(diagnostics), [
      sent('34:19 parallel-facts The Arabic, English and French versions give the figure of votes for 121 here, not “112” | GA-2025-93-RES-07.ar.txt:34:18 GA-2025-93-RES-07.en.txt:34:14 GA-2025-93-RES-07.fr.txt:34:17')
    ])
  })

  it('the open buffer wins over the file, and an edit in one version re-checks the open siblings', async () => {
    await client.open(uriOf('es'), readFileSync(path.join(dir, name('es')), 'utf8'))
    // The Arabic version open with the same slip: the Spanish one now has the Arabic on its side, two against two.
    const arabic = clean.ar.replace('المؤيدون: 121', 'المؤيدون: 112')
    const spanishAgain = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uriOf('es'))
    const arabicDiagnostics = await client.open(uriOf('ar'), arabic)
    assert.deepEqual(arabicDiagnostics.map((d) => d.message), [sent('“112” differs from the English and French versions, which give the figure of votes for 121')])
    assert.deepEqual((await spanishAgain).diagnostics.map((d) => d.message), [sent('“112” differs from the English and French versions, which give the figure of votes for 121')])
    // Fixed in the Arabic buffer: the Spanish version is the odd one again.
    const spanishThird = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uriOf('es'))
    const lines = arabic.split('\n')
    const line = lines.findIndex((entry) => entry.includes('المؤيدون: 112'))
    const character = lines[line]!.indexOf('112')
    assert.deepEqual(await client.change(uriOf('ar'), 2, [{range: {start: {line, character}, end: {line, character: character + 3}}, text: '121'}]), [])
    assert.deepEqual((await spanishThird).diagnostics.map((d) => d.message), [sent('The Arabic, English and French versions give the figure of votes for 121 here, not “112”')])
  })

  it('open documents with the same identifier line are a set whatever their names: untitled buffers, a file named otherwise', async () => {
    const english = 'untitled:Untitled-1'
    const spanish = 'untitled:Untitled-2'
    const french = pathToFileURL(path.join(dir, 'draft of the French text.txt')).href
    const messagesOf = (uri: string, expected: string[]) =>
      client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uri && JSON.stringify(params.diagnostics.map((d) => d.message)) === JSON.stringify(expected.map((text) => sent(text))))
    assert.deepEqual(await client.open(english, clean.en), [])
    // Two versions: the difference is said in both, and the English (first) says which languages are missing.
    const englishAgain = messagesOf(english, [
      '“121” differs from the Spanish version, which gives the figure of votes for 112',
      'The Arabic and French versions of this resolution are missing: a resolution is put to the vote in Arabic, English, French and Spanish'
    ])
    const spanishDiagnostics = await client.open(spanish, clean.es.replace('A favor: 121', 'A favor: 112'))
    assert.deepEqual(brief(spanishDiagnostics), [sent('34:19 parallel-facts “112” differs from the English version, which gives the figure of votes for 121 | untitled:Untitled-1:34:14')])
    assert.equal(spanishDiagnostics[0]!.relatedInformation![0]!.location.uri, english)
    await englishAgain
    // A third version, named like no other: the Spanish is the odd one out.
    const spanishThird = messagesOf(spanish, ['The English and French versions give the figure of votes for 121 here, not “112”'])
    await client.open(french, clean.fr)
    await spanishThird
    // Its identifier changed: the French buffer leaves the set.
    const line = clean.fr.split('\n').findIndex((entry) => entry === 'GA-2025-93-RES-07')
    const spanishFourth = messagesOf(spanish, ['“112” differs from the English version, which gives the figure of votes for 121'])
    await client.change(french, 2, [{range: {start: {line, character: 16}, end: {line, character: 17}}, text: '8'}])
    await spanishFourth
  })

  it('the preview of the versions side by side: the open version and those on disk, the finding marked in its column', async () => {
    await client.open(uriOf('es'), readFileSync(path.join(dir, name('es')), 'utf8'))
    const result = await client.request<{html: string; sideBySide: boolean; uris: string[]}>('resolint/preview', {uri: uriOf('es'), sideBySide: true})
    assert.equal(result.sideBySide, true)
    assert.deepEqual(result.uris, languages.map(uriOf))
    assert.match(result.html, /^<article class="versions"><table class="versions-table"><thead><tr><th class="version script-arabic version-name" dir="rtl" lang="ar"/)
    const heads = (html: string) => [...html.matchAll(/<th [^>]*>([^<]*)<\/th>/g)].map((match) => match[1])
    assert.deepEqual(heads(result.html), ['Arabic', 'English', 'French', 'Spanish'])
    // Only the cross-version finding is marked, in the Spanish column.
    assert.deepEqual([...result.html.matchAll(/<td class="version[^"]*" dir="\w+" lang="(\w+)"[^>]*>(?:(?!<\/td>).)*?<mark class="problem severity-(\w+)[^"]*" title="([^"]*)"/g)].map((match) => [match[1], match[2], match[3]]), [
      ['es', 'warning', isolated('The Arabic, English and French versions give the figure of votes for 121 here, not “112”') + ' (parallel-facts)']
    ])
    // The columns are named in the interface language (resolint.locale), as headings.
    const relocale = async (settings: unknown) => {
      client.setSettings(settings)
      await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    }
    await relocale({locale: 'fr'})
    const french = await client.request<{html: string}>('resolint/preview', {uri: uriOf('es'), sideBySide: true})
    assert.deepEqual(heads(french.html), ['Arabe', 'Anglais', 'Français', 'Espagnol'])
    await relocale({locale: 'ar'})
    assert.deepEqual(heads((await client.request<{html: string}>('resolint/preview', {uri: uriOf('es'), sideBySide: true})).html), ['العربية', 'الإنكليزية', 'الفرنسية', 'الإسبانية'])
    await relocale(null)
    const alone = await client.request<{html: string; sideBySide: boolean}>('resolint/preview', {uri: uriOf('es')})
    assert.equal(alone.sideBySide, false)
    assert.match(alone.html, /^<article class="resolution script-latin" dir="ltr" lang="es">/)
  })

  it('a sibling changed on disk (a watched file) re-checks the open version', async () => {
    await client.open(uriOf('es'), readFileSync(path.join(dir, name('es')), 'utf8'))
    writeFileSync(path.join(dir, name('fr')), clean.fr.replace('Pour : 121', 'Pour : 112'))
    const again = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uriOf('es'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf('fr'), type: 2}]})
    assert.deepEqual((await again).diagnostics.map((d) => d.message), [sent('“112” differs from the Arabic and English versions, which give the figure of votes for 121')])
  })

  it('a sibling created on disk (a watched file) joins the open version\'s set; one changed unwatched is read again when a version is saved', async () => {
    rmSync(path.join(dir, name('ar')))
    await client.open(uriOf('es'), readFileSync(path.join(dir, name('es')), 'utf8'))
    writeFileSync(path.join(dir, name('ar')), clean.ar)
    const again = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uriOf('es'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf('ar'), type: 1}]})
    assert.deepEqual((await again).diagnostics.map((d) => d.message), [sent('The Arabic, English and French versions give the figure of votes for 121 here, not “112”')])
    // The French file changed with no event said: seen once the Spanish version is saved.
    writeFileSync(path.join(dir, name('fr')), clean.fr.replace('Pour : 121', 'Pour : 112'))
    const saved = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uriOf('es'))
    await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri: uriOf('es')}})
    assert.deepEqual((await saved).diagnostics.map((d) => d.message), [sent('“112” differs from the Arabic and English versions, which give the figure of votes for 121')])
  })

  it('hovers a paragraph number that a version lacks: its row says so, in the interface language', async () => {
    // The Spanish version on disk without its paragraph 4.
    writeFileSync(path.join(dir, name('es')), clean.es.replace(/\n4\. INVITA[^\n]*\n/, ''))
    await client.open(uriOf('en'), clean.en)
    const line = clean.en.split('\n').findIndex((entry) => entry.startsWith('4. '))
    const hovered = async (settings: unknown) => (await hoverRows(line, settings)).filter((row) => !row.includes('4.'))
    assert.deepEqual(await hovered(null), ['**Spanish**: no counterpart'])
    assert.deepEqual(await hovered({locale: 'fr'}), ['**espagnol**\u00a0: pas de passage correspondant'])
    assert.deepEqual(await hovered({locale: 'es'}), ['**español**: sin pasaje correspondiente'])
    assert.deepEqual(await hovered({locale: 'ar'}), ['**\u2067الإسبانية**: لا مقابل له\u2069'])
  })

  it('hovers a paragraph number with its opening words in the other versions, and finds the counterparts for "Open parallel versions"', async () => {
    await client.open(uriOf('en'), clean.en)
    const line = clean.en.split('\n').findIndex((entry) => entry.startsWith('3. REQUESTS'))
    const hovered = (settings: unknown) => hoverRows(line, settings)
    // Each version's words isolated (U+2068 … U+2069), so the Arabic closing `:` stays at its end; the languages named in the interface's words.
    const words = ['\u20683. تطلب إلى الأمانة العامة:\u2069', '\u20683. PRIE le Secrétariat général :\u2069', '\u20683. SOLICITA a la Secretaría General que:\u2069']
    assert.deepEqual(await hovered(null), [`**Arabic**: ${words[0]}`, `**French**: ${words[1]}`, `**Spanish**: ${words[2]}`])
    assert.deepEqual(await hovered({locale: 'fr'}), [`**arabe**\u00a0: ${words[0]}`, `**français**\u00a0: ${words[1]}`, `**espagnol**\u00a0: ${words[2]}`])
    assert.deepEqual(await hovered({locale: 'es'}), [`**árabe**: ${words[0]}`, `**francés**: ${words[1]}`, `**español**: ${words[2]}`])
    // In Arabic each paragraph isolated right to left too, inside the bold mark that opens it.
    assert.deepEqual(await hovered({locale: 'ar'}), [`**\u2067العربية**: ${words[0]}\u2069`, `**\u2067الفرنسية**: ${words[1]}\u2069`, `**\u2067الإسبانية**: ${words[2]}\u2069`])
    client.setSettings(null)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    const versions = await client.request<Array<{language: string; uri: string; range: {start: {line: number}}}>>('resolint/parallelVersions', {textDocument: {uri: uriOf('en')}, position: {line, character: 10}})
    assert.deepEqual(versions.map((version) => [version.language, version.uri, version.range.start.line]), [
      ['ar', uriOf('ar'), line],
      ['fr', uriOf('fr'), line],
      ['es', uriOf('es'), line]
    ])
  })
})
