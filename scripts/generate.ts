/**
 * Generated files, committed and checked by a test (STYLE.md 17):
 * the JSON schema of `.resolintrc.json`, the rules table of the README,
 * the rule explanations shown on hover, the language and profile enums of
 * the settings in `package.json`, and the word lists of the TextMate grammar,
 * made from the registries, the language modules and the rule pages.
 * Run `npx tsx scripts/generate.ts` after adding a rule, a language or a profile.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {profiles} from '../server/src/profiles/index.js'
import {phrases} from '../server/src/core/facts/lexicon.js'
import {stages} from '../server/src/core/tree.js'
import {languageData, languages, type Language} from '../server/src/languages/index.js'
import {rules, type RuleEntry} from '../server/src/rules/index.js'
import {docsUrl} from '../server/src/core/rule.js'
import {localeSettings, locales, type Locale} from '../server/src/l10n/index.js'

/** A rule's default severity, and its severity at the final stage when it differs (`warn; final: error`). */
function severities(entry: RuleEntry): string {
  return entry.final && entry.final !== entry.severity ? `${entry.severity}; final: ${entry.final}` : entry.severity
}

const level = {enum: ['off', 'info', 'warn', 'error', 0, 1, 2]}

/**
 * A name in each language (a declared session's city and country): required in the languages every profile votes in
 * (the config's validation asks those of its profile), allowed in any language resolint has.
 */
const names = {
  type: 'object',
  additionalProperties: false,
  required: languages.filter((language) => Object.values(profiles).every((profile) => profile.languages.includes(language))),
  properties: Object.fromEntries(languages.map((language) => [language, {type: 'string', minLength: 1}]))
}

/** What each part of a declared session is: the `.resolintrc.json` schema's words (the setting's are `package.nls*.json`'s). */
const sessionDescriptions = {
  '': 'The coming session, before the sessions table has it: its number and year, and its city, country and dates once known. It may complete a session of the table (the dates of the 94th), never contradict it.',
  number: 'The session number (`95`).',
  year: 'The year it is held (`2027`).',
  city: 'The host city in each language; with `country`.',
  country: 'The host country in each language (the city again for a city-state); with `city`.',
  dates: "First and last day, ISO `YYYY-MM-DD`, in the session's year."
}

/**
 * The schema of a declared session: `.resolintrc.json`'s `session` and the `resolint.session` setting, one shape
 * (`describe` gives each part's words: in English, or the setting's `%key%` of `package.nls*.json`).
 */
export function sessionSchema(describe: (key: keyof typeof sessionDescriptions) => string) {
  return {
    description: describe(''),
    type: 'object',
    additionalProperties: false,
    required: ['number', 'year'],
    properties: {
      number: {description: describe('number'), type: 'integer', minimum: 1, maximum: 999},
      year: {description: describe('year'), type: 'integer', minimum: 1923, maximum: 9999},
      city: {description: describe('city'), ...names},
      country: {description: describe('country'), ...names},
      dates: {
        description: describe('dates'),
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end'],
        properties: {start: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'}, end: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'}}
      }
    },
    dependencies: {city: ['country'], country: ['city']}
  }
}

/** The schema of `.resolintrc.json`. */
export function configSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'resolint configuration (.resolintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      language: {description: 'Language of the documents; `auto` detects it.', enum: ['auto', ...languages]},
      profile: {description: 'Kind of resolution the documents are checked against; detected from the text when absent (`un-ga` for `A/RES/…`).', enum: Object.keys(profiles)},
      stage: {description: '`draft` (default): missing parts are information and no vote line is expected; `final`: every required part is required.', enum: [...stages]},
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(rules).map(([id, entry]) => [
            id,
            {
              description: `${docsUrl(id)} (default: ${severities(entry)})`,
              anyOf: [level, {type: 'array', items: [level], minItems: 1, maxItems: 2}]
            }
          ])
        )
      },
      phrases: {
        description: "The project's own preamble openers and operative verbs, known like the lexicon's (docs/rules/preamble-opening.md).",
        type: 'object',
        additionalProperties: false,
        properties: {
          preamble: {description: 'Preamble openers, as written (`HAVING HEARD`, `وإذ تستذكر`).', type: 'array', items: {type: 'string', minLength: 1}},
          operative: {description: 'Operative verbs, as written (`NOMINATES`, `Impartir`).', type: 'array', items: {type: 'string', minLength: 1}}
        }
      },
      session: sessionSchema((key) => sessionDescriptions[key])
    }
  }
}

export const schemaPath = new URL('../schemas/resolintrc.schema.json', import.meta.url)
export const grammarPath = new URL('../syntaxes/ga-resolution.tmLanguage.json', import.meta.url)
/** The grammar as written by hand, with `{{name}}` where a word list of `grammarWords` goes (edit this, then regenerate). */
export const grammarTemplatePath = new URL('./ga-resolution.tmLanguage.template.json', import.meta.url)

/**
 * The grammar's word lists, from the language modules, the profiles and the lexicon: the months
 * of each language, its modifiers (`also`, `en outre`) and its preamble words (`LanguageData.highlight`:
 * participle endings and exceptions, other openers, continuations); the heading labels, subject labels,
 * opening starts and adoption words of each profile; the words that continue an operative verb
 * (`upon` in `Calls upon`, `con beneplácito` in `Acoge con beneplácito`: the rest of each of the
 * lexicon's operative forms of more than one word). Left-to-right languages only: a line with a
 * right-to-left letter is one token whatever its words (test/grammar.test.ts), so Arabic words
 * would never match.
 */
export function grammarWords(): Record<string, string> {
  const ltr = languages.filter((language) => languageData(language).direction === 'ltr')
  const monthsOf = (language: Language) => {
    const months = languageData(language).dates.months
    return months.kind === 'single' ? months.names.flat() : months.pairs.flatMap((pair) => [...pair.levantine, ...pair.international])
  }
  const each = (words: (language: Language) => readonly string[]) => ltr.flatMap(words)
  const ofProfiles = (of: (profile: (typeof profiles)[string], language: Language) => readonly string[]) =>
    each((language) => Object.values(profiles).flatMap((profile) => of(profile, language)))
  const labels = (of: (profile: (typeof profiles)[string], language: Language) => readonly string[]) => ofProfiles(of).map((word) => word.toLowerCase())
  const continuations = each((language) =>
    phrases.flatMap((phrase) => (phrase.kind === 'operative' ? phrase.forms[language] : []).flatMap((form) => (form.includes(' ') ? [form.slice(form.indexOf(' ') + 1).toLowerCase()] : [])))
  )
  return {
    months: alternation(each(monthsOf)),
    modifiers: tolerant(each((language) => Object.values(languageData(language).modifiers).flat())),
    headingLabels: tolerant(ofProfiles((profile, language) => profile.headingLabels[language])),
    subjectLabels: alternation(labels((profile, language) => profile.subjectLabels[language])),
    openingStarts: tolerant(ofProfiles((profile, language) => profile.openingStarts[language])),
    adoptedLabels: alternation(labels((profile, language) => profile.vote[language].adopted)),
    continuations: tolerant(continuations),
    participleEndings: alternation(each((language) => languageData(language).highlight.participleEndings)),
    notParticiples: alternation(each((language) => languageData(language).highlight.notParticiples)),
    participleLeads: alternation(each((language) => languageData(language).highlight.participleLeads)),
    participleElisions: alternation(each((language) => languageData(language).highlight.participleElisions)),
    preambleWords: alternation(each((language) => languageData(language).highlight.preambleWords)),
    preambleContinuations: alternation(each((language) => languageData(language).highlight.preambleContinuations))
  }
}

/** Words as one regular-expression alternation (in the grammar's Oniguruma syntax), each once, spaces as `[ \\t]+`. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)].map((word) => escape(word).replace(/ +/g, '[ \\t]+')).join('|')
}

/**
 * Words as an alternation that matches them as the parser reads them (folded): an accented letter
 * also without its accent (`r[eé]solution`), `°` and `º` for each other, either apostrophe; the
 * longest first, so that a label is not cut short by its prefix (`Resolution No.` before `Resolution`).
 */
function tolerant(words: readonly string[]): string {
  const letter = (char: string) => {
    if (char === '°' || char === 'º') return '[°º]'
    if (char === "'" || char === '’') return "['’]"
    const base = char.normalize('NFD').replace(/\p{M}/gu, '')
    return base !== char && base.length === 1 ? `[${base}${char}]` : escape(char)
  }
  const forms = [...new Set(words.map((word) => word.toLowerCase().normalize('NFC')))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return [...new Set(forms.map((word) => [...word].map((char) => (char === ' ' ? ' ' : letter(char))).join('').replace(/ +/g, '[ \\t]+')))].join('|')
}

/** A literal for a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The grammar: its template with the word lists filled in. */
export function grammarFromTemplate(template: string = readFileSync(grammarTemplatePath, 'utf8')): string {
  const words = grammarWords()
  const grammar = JSON.parse(template, (_key, value: unknown) =>
    typeof value === 'string'
      ? value.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => {
          if (!(name in words)) throw new Error(`grammar template: no word list \`${name}\``)
          return words[name]!
        })
      : value
  ) as unknown
  return JSON.stringify(grammar, null, 2) + '\n'
}
export const explanationsPath = new URL('../server/src/core/explanations.ts', import.meta.url)

/**
 * The sections of a rule page in each interface language (a `Locale`, not a document language: a
 * new language of resolutions needs no pages): the English page `docs/rules/<id>.md` holds the
 * examples (they are tests); `docs/rules/<locale>/<id>.md` says what the rule checks and why.
 */
export const pageSections: Record<Locale, {what: string; why: string}> = {
  ar: {what: 'ما تتحقق منه القاعدة', why: 'السبب'},
  en: {what: 'What it checks', why: 'Why'},
  fr: {what: 'Ce que la règle vérifie', why: 'Pourquoi'},
  es: {what: 'Qué comprueba', why: 'Por qué'}
}

/** A rule's page in `language`, an interface language (the English one holds the examples). */
export function rulePage(id: string, language: Locale): URL {
  return new URL(`../docs/rules/${language === 'en' ? '' : language + '/'}${id}.md`, import.meta.url)
}

/** The first paragraph of a rule page's section (`## Why`), on one line. */
export function section(id: string, title: string, language: Locale = 'en'): string {
  const page = readFileSync(rulePage(id, language), 'utf8')
  const start = page.indexOf(`## ${title}\n`)
  if (start < 0) return ''
  const body = page.slice(start + title.length + 4).trimStart()
  const end = body.indexOf('\n\n')
  return (end < 0 ? body : body.slice(0, end)).replace(/\s+/g, ' ').trim()
}

/** `server/src/core/explanations.ts`: why each rule exists, from its page in each language, for hover. */
export function explanationsModule(): string {
  const byLanguage = locales.map((language) => {
    const entries = Object.keys(rules).map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(section(id, pageSections[language].why, language))}`)
    return `  ${language}: {\n${entries.join(',\n')}\n  }`
  })
  return [
    '/**',
    ' * Why each rule exists, in each interface language: the first paragraph of "Why" on its page',
    ' * (`docs/rules/<id>.md` in English, `docs/rules/<language>/<id>.md` in the others).',
    ' * Generated by `npx tsx scripts/generate.ts`; a test checks it is up to date.',
    ' */',
    "import type {Locale} from '../l10n/index.js'",
    '',
    'export const explanationsIn: Record<Locale, Record<string, string>> = {',
    byLanguage.join(',\n'),
    '}',
    '',
    '/** Why each rule exists, in English (the command line and SARIF). */',
    'export const explanations: Record<string, string> = explanationsIn.en',
    ''
  ].join('\n')
}
export const readmePath = new URL('../README.md', import.meta.url)

/** The README with its rules table made anew: id, default severity, first sentence of "What it checks". */
export function readmeWithRules(readme: string): string {
  const rows = Object.entries(rules).map(([id, entry]) => {
    const page = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8')
    const what = /## What it checks\n+([\s\S]*?)(?:\n\n|$)/.exec(page)?.[1]?.replace(/\s+/g, ' ').trim() ?? ''
    const sentence = /^.*?[.:](?=\s|$)/.exec(what)?.[0] ?? what
    return `| [\`${id}\`](docs/rules/${id}.md) | ${severities(entry)} | ${sentence.replace(/\|/g, '\\|')} |`
  })
  const table = ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n')
  const start = readme.indexOf('-->', readme.indexOf('<!-- rules:start')) + 3
  const end = readme.indexOf('<!-- rules:end -->')
  return `${readme.slice(0, start)}\n${table}\n${readme.slice(end)}`
}

export const packagePath = new URL('../package.json', import.meta.url)

/**
 * `package.json` with the enums of `resolint.language`, `resolint.profile` and `resolint.locale` made from the
 * registries, each value described by a `%key%` of `package.nls*.json` (a new language or
 * profile then lacks its description in every catalogue, which test/nls.test.ts names), and the
 * schema of `resolint.session`, `.resolintrc.json`'s `session` with its words in `package.nls*.json`.
 */
export function packageWithEnums(text: string): string {
  const manifest = JSON.parse(text)
  const properties = manifest.contributes.configuration.properties
  for (const [id, values] of [['resolint.language', ['auto', ...languages]], ['resolint.profile', ['auto', ...Object.keys(profiles)]], ['resolint.locale', [...localeSettings]]] as const) {
    properties[id].enum = values
    properties[id].enumDescriptions = values.map((value) => `%${id}.enum.${value}%`)
  }
  const {description, ...session} = sessionSchema((key) => `%resolint.session${key ? '.' + key : ''}.description%`)
  properties['resolint.session'] = {...session, type: ['object', 'null'], default: null, markdownDescription: description}
  // Invisible characters (the bidi marks of the word-wrap defaults) are written escaped.
  return JSON.stringify(manifest, null, 2).replace(/[\u061C\u200B-\u200F\u2066-\u2069]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n'
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  writeFileSync(schemaPath, JSON.stringify(configSchema(), null, 2) + '\n')
  writeFileSync(grammarPath, grammarFromTemplate())
  writeFileSync(explanationsPath, explanationsModule())
  writeFileSync(readmePath, readmeWithRules(readFileSync(readmePath, 'utf8')))
  writeFileSync(packagePath, packageWithEnums(readFileSync(packagePath, 'utf8')))
}
