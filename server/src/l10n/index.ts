/**
 * The interface language: message catalogues in Arabic, English, French and
 * Spanish (`<locale>.json`, data keyed by rule and case), the choice of a
 * locale (LSP `initialize`, `resolint.locale`, `--locale`, the environment),
 * and the one formatter of a catalogue entry.
 *
 * A rule never says a sentence: it reports a `Message` (a key and its values),
 * which `report()` renders in English for `reason` and keeps on the vfile message;
 * each face renders it again in the drafter's locale when it shows it
 * (`localize`). The interface language is independent of the document's.
 *
 * An entry is a string with `{name}` placeholders, or, for a number, an object
 * of the plural categories of its locale (`Intl.PluralRules`: `one`/`other` in
 * English, six in Arabic), chosen by the value `count`. A value is rendered by
 * its type:
 * - a string is literal text of the document: quoted as the locale quotes
 *   (`quote`) and bidi-isolated (U+2068 … U+2069), so Arabic quoted in a French
 *   sentence, or Latin in an Arabic one, keeps its reading order;
 * - `{or: [...]}` / `{and: [...]}`: each item rendered by its type (a string quoted and isolated), joined by
 *   `Intl.ListFormat` (`“a”, “b” or “c”`; English without the serial comma, as British English writes lists);
 * - `{text: …}`: isolated, not quoted (a symbol, a name);
 * - `{date: 'YYYY-MM-DD'}`, `{month: 'YYYY-MM-DD'}`: the date, or its month and year, as the locale writes them
 *   (in the locale's own script, so not isolated); `{date, end}`: the range (`24–27 November 2025`);
 * - `{words: {ar, en, fr, es}}`: a name the facts give in each language (a city), in the locale's (else English);
 * - `{said: …}`: text already said for the interface (an identifier as resolint writes it, Markdown a face made): as it is;
 * - `{ordinal: n}`: a session number as the locale writes it (`93rd`, `93e`, `الـ 93`); a placeholder
 *   `{name:masculine}` writes it before a masculine noun where the locale marks it (Spanish `80.º período`, not `80ª`);
 * - `{number: n}`: grouped as the locale groups (`1,000`, `1 000`); a plain number: its digits;
 * - a `Message`: rendered in the same locale (a part's name, a case).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatDate, formatDateRange, monthName, yearSeparator} from '../core/facts/dates.js'
import {languageData, sessionOrdinal, type Language} from '../languages/index.js'
import ar from './ar.json' with {type: 'json'}
import en from './en.json' with {type: 'json'}
import es from './es.json' with {type: 'json'}
import fr from './fr.json' with {type: 'json'}

/** An interface language (the same codes as the documents' languages, chosen independently). */
export type Locale = 'ar' | 'en' | 'fr' | 'es'

/** The interface languages, in the order of the tables. */
export const locales: readonly Locale[] = ['ar', 'en', 'fr', 'es']

/** The locale when nothing says otherwise. */
export const defaultLocale: Locale = 'en'

/** A catalogue entry: a sentence, or one per plural category. */
export type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>

/** The key of a catalogue entry (English has every key; a test holds the others to it). */
export type MessageKey = keyof typeof en

/** The catalogues, by locale: data, one JSON file each. */
export const catalogues: Record<Locale, Record<string, Entry>> = {ar, en, fr, es}

/** A value put in a placeholder. */
export type Value =
  | string
  | number
  | Message
  | {or: readonly Value[]}
  | {and: readonly Value[]}
  | {text: string}
  | {date: string; end?: string}
  | {month: string}
  | {ordinal: number}
  | {number: number}
  | {words: Partial<Record<Locale, string>>}
  | {said: string}

/** Something to say, in no language yet: a catalogue key and the values of its placeholders. */
export interface Message {
  key: MessageKey
  values?: Record<string, Value> | undefined
}

/** A message to say (a `Message` made from a key and values). */
export function msg(key: MessageKey, values?: Record<string, Value>): Message {
  return values ? {key, values} : {key}
}

/** A part of an identifier a citation lacks (`missingParts`: `year`, `session number`, `resolution number`), to be said. */
export function partMessage(part: string): Message {
  return msg(part === 'year' ? 'part.year' : part === 'session number' ? 'part.session' : 'part.number')
}

/** Whether a value is a `Message`. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string'
}

const pluralRules = new Map<Locale, Intl.PluralRules>()
const listFormats = new Map<string, Intl.ListFormat>()

/** `message` (or the entry `key` with `values`) in `locale`; a key a catalogue lacks falls back to English. */
export function translate(locale: Locale, message: Message | MessageKey, values?: Record<string, Value>): string {
  const {key, values: given} = typeof message === 'string' ? {key: message, values} : message
  const entry = catalogues[locale][key] ?? catalogues.en[key]
  if (entry === undefined) return key
  const template = typeof entry === 'string' ? entry : pluralOf(locale, entry, given?.count)
  const parts = partsOf(template)
  let said = parts[0] as string
  for (let index = 1; index < parts.length; index += 2) {
    const {name, form, whole} = parts[index] as Placeholder
    const value = given?.[name]
    said += (value === undefined ? whole : render(locale, value, form)) + (parts[index + 1] as string)
  }
  return said
}

/** A `{name}` or `{name:masculine}` of a template. */
interface Placeholder {
  name: string
  form: 'masculine' | undefined
  whole: string
}

/** Each template cut once into its text and placeholders, alternating (text first and last). */
const templateParts = new Map<string, ReadonlyArray<string | Placeholder>>()

function partsOf(template: string): ReadonlyArray<string | Placeholder> {
  let parts = templateParts.get(template)
  if (parts) return parts
  const made: Array<string | Placeholder> = []
  let last = 0
  for (const match of template.matchAll(/\{(\w+)(?::(masculine))?\}/g)) {
    made.push(template.slice(last, match.index), {name: match[1]!, form: match[2] as 'masculine' | undefined, whole: match[0]})
    last = match.index + match[0].length
  }
  made.push(template.slice(last))
  templateParts.set(template, made)
  return made
}

/** A translator for one locale: `t(key, values)` or `t(message)`. */
export type Translator = (message: Message | MessageKey, values?: Record<string, Value>) => string

/** The translator of `locale`. */
export function translator(locale: Locale): Translator {
  return (message, values) => translate(locale, message, values)
}

function pluralOf(locale: Locale, entry: Exclude<Entry, string>, count: Value | undefined): string {
  let rules = pluralRules.get(locale)
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)))
  const number = typeof count === 'number' ? count : typeof count === 'object' && 'number' in count ? count.number : undefined
  const category = number === undefined ? 'other' : rules.select(number)
  return entry[category] ?? entry.other ?? ''
}

/**
 * Literal text: bidi-isolated, so it keeps its own direction inside any sentence. The bidi marks quoted from the
 * document (an Arabic editor's RLM, an embedding, an isolate: `الثاني/⏎U+200F نوفمبر`) are dropped: invisible in
 * the message, a stray one would end the isolate early (U+2069) or reorder the sentence around it.
 */
export function isolate(text: string): string {
  if (bidiControls.test(text)) text = text.replace(allBidiControls, '')
  // Most texts have single spaces only: tested, not replaced.
  if (/[^\S ]| {2}/.test(text)) text = text.replace(/\s+/g, ' ')
  return '\u2068' + (text.length > quotedMax ? clipped(text) : text) + '\u2069'
}

/** Past this many characters a quoted text is shown by its start and end (a 9,000-letter "word" made a 9 KB message). */
export const quotedMax = 200

/** A long text's first 120 and last 60 characters around `…`, never cutting a character in two. */
function clipped(text: string): string {
  const characters = Array.from(text)
  return characters.length <= quotedMax ? text : characters.slice(0, 120).join('') + '…' + characters.slice(-60).join('')
}

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const allBidiControls = new RegExp(bidiControls.source, 'g')

function render(locale: Locale, value: Value, form?: 'masculine'): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return quote(locale, value)
  if (isMessage(value)) return translate(locale, value)
  if ('text' in value) return isolate(value.text)
  // Said in the locale's own words and script: no isolation needed.
  if ('date' in value) return (value.end ? formatDateRange(value.date, value.end, locale) : formatDate(value.date, locale)) ?? value.date
  if ('words' in value) return value.words[locale] ?? value.words.en ?? ''
  if ('said' in value) return value.said
  if ('month' in value) return monthName(Number(value.month.slice(5, 7)), locale) + yearSeparator(locale) + value.month.slice(0, 4)
  if ('ordinal' in value) return sessionOrdinal(value.ordinal, locale, form)
  // Western digits in every locale, as VS Code writes them in its Arabic interface.
  if ('number' in value) return value.number.toLocaleString(locale, {numberingSystem: 'latn'})
  const type = 'or' in value ? 'disjunction' : 'conjunction'
  const items = 'or' in value ? value.or : value.and
  // A list of one is its item in every locale (ECMA-402's CreatePartsFromList), without the formatter's cost.
  if (items.length === 1) return render(locale, items[0]!)
  const id = locale + type
  let format = listFormats.get(id)
  // > **Note**: the catalogue's `lists` names the tag lists are joined by: plain `en` takes the serial
  // > comma (`a, b, and c`), resolutions write British English (`en-GB`: `a, b and c`).
  if (!format) listFormats.set(id, (format = new Intl.ListFormat(String(catalogues[locale].lists ?? locale), {type})))
  return format.format(items.map((item) => render(locale, item)))
}

/** Literal text quoted as `locale` quotes it (`“…”`, `« … »`, `«…»`), and isolated. */
export function quote(locale: Locale, text: string): string {
  const entry = catalogues[locale].quote
  // Its one placeholder, `{text}`, between its two texts.
  const parts = partsOf(typeof entry === 'string' ? entry : '“{text}”')
  return (parts[0] as string) + isolate(text) + ((parts[2] as string | undefined) ?? '')
}

/** The `Message` a vfile message was reported with, if a rule reported one. */
export function messageOf(message: VFileMessage): Message | undefined {
  return (message as VFileMessage & {l10n?: Message}).l10n
}

/** A vfile message's reason in `locale` (its reason as reported when it has no `Message`). */
export function localize(message: VFileMessage, locale: Locale): string {
  const said = messageOf(message)
  return said ? translate(locale, said) : message.reason
}

/** A vfile message's note in `locale`, if it has one. */
export function localizeNote(message: VFileMessage, locale: Locale): string | undefined {
  const said = (message as VFileMessage & {l10nNote?: Message}).l10nNote
  return said ? translate(locale, said) : message.note
}

/** A related location's note in `locale` (its English note when it has no `Message`). */
export function localizeRelated(location: {note: string; l10n?: Message | undefined}, locale: Locale): string {
  return location.l10n ? translate(locale, location.l10n) : location.note
}

/**
 * A sentence in `locale` as a left-to-right interface shows it (VS Code's Problems panel, the
 * problem's hover, the suggest widget, the outline): a right-to-left locale's sentence (or a
 * right-to-left document's own text, given its language) isolated right to left (U+2067 … U+2069),
 * each line, so it reads from its first word at the right to its end at the left. Unisolated, the
 * interface's direction decides the ends: the quoted mark an Arabic sentence ends with
 * (`… لا «؛»`) shows at the right, before its first word.
 */
export function isolatedSentence(locale: Locale | Language, text: string): string {
  if (languageData(locale).direction !== 'rtl') return text
  return text
    .split('\n')
    .map((line) => (line ? `\u2067${line}\u2069` : line))
    .join('\n')
}

/**
 * A message in a left-to-right `locale`, each line without the isolates (U+2068 … U+2069) of the quoted texts that
 * hold no right-to-left letter, where the rest of the line outside the isolates holds none either: such isolates
 * change nothing in its rendering. By the Unicode bidirectional algorithm, in a line whose direction is left to
 * right, or taken from its first strong letter (an isolate's text skipped), all of whose text outside the isolates
 * kept is Latin, Common or Inherited script (and no bidi control), every character outside them resolves to the
 * line's level, as the dropped isolate's text did at its own even level: the same order, no mirrored glyph. The
 * isolates of a text with an Arabic letter (and every isolate of a line that has one outside them) stay. A 600 KB
 * document's diagnostics are 1,200 such pairs, 7.2 KB of the 220 KB sent on each keystroke. Lines of a right-to-left
 * locale are isolated whole (`isolatedSentence`): kept as they are.
 */
export function withoutNeedlessIsolates(locale: Locale, text: string): string {
  if (!text.includes('\u2068') || languageData(locale).direction === 'rtl') return text
  return text.includes('\n') ? text.split('\n').map(lineWithoutNeedlessIsolates).join('\n') : lineWithoutNeedlessIsolates(text)
}

/** An isolate of literal text (`isolate`: no bidi control inside). */
const isolated = /\u2068([^\u2068\u2069]*)\u2069/g
/** Text every character of which is left to right or neutral (no right-to-left letter, Arabic digit or bidi control): Latin, Common or Inherited script, outside the blocks of the right-to-left scripts. */
const leftToRight = /^(?:(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}])[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])*$/u

function lineWithoutNeedlessIsolates(line: string): string {
  if (!line.includes('\u2068') || !leftToRight.test(line.replace(isolated, ''))) return line
  return line.replace(isolated, (whole, inner: string) => (leftToRight.test(inner) ? inner : whole))
}

/**
 * Markdown in `locale` as VS Code's hover shows it, laid out left to right and with no `dir` it lets
 * through (its sanitizer drops the attribute): in a right-to-left locale, each line's text isolated
 * right to left (U+2067 … U+2069), as `isolatedSentence` does, but inside the Markdown that shapes it
 * (after a list item's `- `, in each cell of a table row, inside the `**` opening and closing a line),
 * so the marks still make a list, a table, a rule or bold text (seen in code-server's hover). Unisolated, an Arabic sentence ending in a quoted mark or a Latin word showed that end
 * at the right, before its first word. A table's columns are reversed and aligned right; a fenced
 * code block is left as written, a paragraph of the document's own left-to-right text (`ownParagraph`) too. (A paragraph
 * stays aligned left unless the client renders HTML: `alignedMarkdown`.)
 */
export function isolatedMarkdown(locale: Locale, markdown: string): string {
  if (languageData(locale).direction !== 'rtl') return markdown
  let fenced = false
  return markdown
    .split('\n')
    .map((line) => {
      const trimmed = line.trim()
      // A fenced code block (a new resolution's text) is shown as written, its fences marks only.
      if (trimmed.startsWith('```')) fenced = !fenced
      if (fenced || trimmed.startsWith('```')) return line
      if (trimmed.startsWith('|')) {
        // A table reads from the right: its columns in reverse order, each aligned right (the `align`
        // the delimiter row gives is the one attribute of a cell VS Code keeps).
        const inner = line.split('|').slice(1, -1).reverse()
        const delimiter = inner.every((cell) => /^\s*:?-+:?\s*$/.test(cell))
        return ['', ...inner.map((cell) => (delimiter ? '---:' : padded(cell))), ''].join('|')
      }
      // A blank line, a rule (`---`): marks only.
      if ([...trimmed].every((char) => '-: \t'.includes(char))) return line
      // A paragraph of the document's own left-to-right text, isolated so (`ownParagraph`).
      if (line.startsWith('\u2066') && line.endsWith('\u2069')) return line
      const mark = listMark(line)
      return line.slice(0, mark) + isolatedText(line.slice(mark))
    })
    .join('\n')
}

/**
 * A paragraph of the document's own text in a hover said in `locale` (the session's place in the document's language)
 * isolated in its own direction when the locale reads the other way, each line (U+2067 … U+2069 right to left, U+2066
 * … U+2069 left to right): it reads from its first word in any client, and `alignedMarkdown` aligns it to its side.
 */
export function ownParagraph(language: Language, locale: Locale, text: string): string {
  const direction = languageData(language).direction
  if (direction === languageData(locale).direction) return text
  const open = direction === 'rtl' ? '\u2067' : '\u2066'
  return text
    .split('\n')
    .map((line) => (line ? `${open}${line}\u2069` : line))
    .join('\n')
}

/**
 * Markdown in `locale` aligned as each paragraph reads, for a client that renders HTML in it (one whose
 * `general.markdown.allowedTags` has `div`: vscode-languageclient with `supportHtml`): a paragraph isolated in the
 * direction the locale does not read (`ownParagraph`: an Arabic place in an English hover, an English one in an
 * Arabic hover) inside `<div align="right">` or `<div align="left">`, and in a right-to-left locale the whole inside
 * `<div align="right">`. VS Code's markdown sanitizer keeps `align` on any element (`allowedMarkdownHtmlAttributes`)
 * but drops `dir` and every paragraph `style`; the blank lines inside let the Markdown within render as Markdown.
 */
export function alignedMarkdown(locale: Locale, markdown: string): string {
  const rtl = languageData(locale).direction === 'rtl'
  const other = rtl ? '\u2066' : '\u2067'
  let fenced = false
  const aligned = markdown
    .split('\n\n')
    .map((block) => {
      const inCode = fenced
      for (const line of block.split('\n')) if (line.trim().startsWith('```')) fenced = !fenced
      const lines = block.split('\n').filter(Boolean)
      const own = !inCode && lines.length > 0 && lines.every((line) => line.startsWith(other) && line.endsWith('\u2069'))
      return own ? `<div align="${rtl ? 'left' : 'right'}">\n\n${block}\n\n</div>` : block
    })
    .join('\n\n')
  return rtl ? `<div align="right">\n\n${aligned}\n\n</div>` : aligned
}

/** A table cell's text isolated, its surrounding spaces kept. */
function padded(cell: string): string {
  const start = cell.length - cell.trimStart().length
  const end = cell.trimEnd().length
  return cell.slice(0, start) + isolatedText(cell.slice(start, end)) + cell.slice(end)
}

/** How long a list item's mark is, with its spaces (`- `, `* `, `1. `); 0 on another line. */
function listMark(line: string): number {
  let index = 0
  while (line[index] === ' ') index++
  if (line[index] === '-' || line[index] === '*') index++
  else {
    const digits = index
    while (index < line.length && line[index]! >= '0' && line[index]! <= '9') index++
    if (index === digits || line[index] !== '.') return 0
    index++
  }
  if (line[index] !== ' ') return 0
  while (line[index] === ' ') index++
  return index
}

/**
 * Text isolated right to left inside the emphasis marks that open and close it: outside, U+2069 after a
 * closing `**` that follows punctuation (`…«;»**`) keeps it from closing (CommonMark's flanking rule).
 */
function isolatedText(text: string): string {
  if (!text.trim()) return text
  const emphasis = (char: string | undefined) => char === '*' || char === '_'
  let start = 0
  while (start < text.length && emphasis(text[start])) start++
  let end = text.length
  while (end > start && emphasis(text[end - 1])) end--
  return `${text.slice(0, start)}\u2067${text.slice(start, end)}\u2069${text.slice(end)}`
}

/** Render every message of `files` in `locale` in place (reason, note, related notes): what the command line prints, as text, JSON or SARIF. */
export function localizeFiles(files: readonly VFile[], locale: Locale): void {
  // `report()` said every reason, note and related note in English, the default locale: nothing to say again (~3 % of a CLI run).
  if (locale === defaultLocale) return
  for (const file of files) {
    for (const message of file.messages) {
      const reason = localize(message, locale)
      message.reason = reason
      message.message = reason
      const note = localizeNote(message, locale)
      if (note !== undefined) message.note = note
      // A new array: the locations of a set's finding are shared by the messages of its versions.
      const withRelated = message as VFileMessage & {related?: Array<{note: string; l10n?: Message}>}
      if (withRelated.related) withRelated.related = withRelated.related.map((location) => ({...location, note: localizeRelated(location, locale)}))
    }
  }
}

/**
 * The locale a tag names, or undefined: `fr`, `fr-CA`, `es_ES.UTF-8`, `ar_MA`, `en-US` give their
 * language; `C`, `POSIX`, `de_DE`, `auto` and nothing give undefined.
 */
export function localeOf(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined
  const language = /^([a-z]{2,3})(?=$|[-_.@])/i.exec(tag.trim())?.[1]?.toLowerCase()
  return locales.find((locale) => locale === language)
}

/**
 * The command line's locale: `--locale`, then the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
 * that is set (as POSIX reads them: the first set one decides, even when it names
 * a language resolint has no catalogue for), else English.
 */
export function environmentLocale(env: Record<string, string | undefined>): Locale {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return localeOf(set) ?? defaultLocale
}

/**
 * The server's locale: the `resolint.locale` setting unless `auto`, then the
 * locale the client gave in `initialize` (VS Code's display language), else English.
 */
export function serverLocale(setting: string | null | undefined, initialize: string | null | undefined): Locale {
  return (setting && setting !== 'auto' ? localeOf(setting) : undefined) ?? localeOf(initialize) ?? defaultLocale
}

/** The values of `resolint.locale` and `--locale`. */
export const localeSettings = ['auto', ...locales] as const
