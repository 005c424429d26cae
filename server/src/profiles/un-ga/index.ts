/**
 * The United Nations General Assembly profile (`un-ga`): resolutions in the
 * official layout of the UN's edited texts (A/RES/S/N):
 *
 *     United Nations                               A/RES/80/7
 *     General Assembly                  Distr.: General 18 November 2025
 *     Eightieth session
 *     Agenda item 89
 *     Resolution adopted by the General Assembly on 14 November 2025
 *     [without reference to a Main Committee (A/80/L.7)]
 *     80/7. Report of the International Atomic Energy Agency
 *     The General Assembly,
 *     Recalling …,            (preamble: participles and adjectives)
 *     1. Takes note …;        (operative part: present-tense verbs)
 *     40th plenary meeting
 *     14 November 2025
 *
 * Parts: the symbol is the identifier, `Resolution adopted by …` the heading,
 * the title line the subject, `The General Assembly,` the opening, the
 * plenary-meeting line and its date the closing. The other masthead lines
 * (organ, distribution, session, agenda item, the committee line) and the
 * footnotes are the layout's own: read, not checked.
 *
 * Wording is per language and optional: a language without a row is simply
 * not recognised (the UN has six official languages; four are written here).
 * English was read from 24 resolutions of the 80th session (UN Digital Library
 * extracts); French, Spanish and Arabic follow the UN's edited texts of the same
 * layout (UNVERIFIED against a corpus).
 */
import {byLanguage, type Language} from '../../languages/index.js'
import {foldForMatch, ignorable} from '../../core/normalize.js'
import {monthOf} from '../../core/facts/dates.js'
import type {Layout, Profile, ProfileLine} from '../types.js'
import {romanTitleSession, symbolOfLine, titleNumber} from './facts.js'
import {unFacts} from './identifiers.js'
import {mastheadDraft, symbolOfName} from './masthead.js'

type Rows<T> = Partial<Record<Language, T>>

/** How each masthead and heading line of the layout reads, per language (compared folded: case, accents, alef and yeh forms). */
export interface UnWording {
  /** `Resolution adopted by the General Assembly on`, before the adoption date. */
  adopted: string
  /** The same heading over a resolution in lettered parts (`A/RES/72/90 A-B`): `Resolutions adopted by …`. */
  adoptedPlural: string
  /** The committee line: `[without reference to a Main Committee (…)]`, `[on the report of the … Committee (…)]`. */
  committee: readonly string[]
  /** `plenary meeting`: the closing line, after or before the meeting's ordinal. */
  plenary: string
  /** Words a copy may set before the meeting's ordinal (`Lors de 1976ème séance plénière, le 25 octobre 1971.`). */
  plenaryLeads: readonly string[]
  /** Other masthead lines: the organ, distribution, session and agenda item (starts of lines). */
  masthead: readonly string[]
  /** The opening line, as written. */
  opening: string
}

export const wording: Rows<UnWording> = {
  en: {
    adopted: 'resolution adopted by the general assembly on',
    adoptedPlural: 'resolutions adopted by the general assembly on',
    committee: ['[without reference to a main committee', '[on the report of the'],
    plenary: 'plenary meeting',
    plenaryLeads: ['at its', 'at the'],
    masthead: ['united nations', 'general assembly', 'distr.', 'agenda item'],
    opening: 'The General Assembly'
  },
  fr: {
    adopted: "resolution adoptee par l'assemblee generale le",
    adoptedPlural: "resolutions adoptees par l'assemblee generale le",
    committee: ['[sans renvoi a une grande commission', '[sur la base du rapport de la', '[sur le rapport de la'],
    plenary: 'seance pleniere',
    plenaryLeads: ['lors de sa', 'lors de la', 'lors de', 'a sa', 'a la'],
    masthead: ['nations unies', 'assemblee generale', 'distr.', "point", 'points'],
    opening: "L'Assemblée générale"
  },
  es: {
    adopted: 'resolucion aprobada por la asamblea general el',
    adoptedPlural: 'resoluciones aprobadas por la asamblea general el',
    committee: ['[sin remision previa a una comision principal', '[sobre la base del informe de la'],
    plenary: 'sesion plenaria',
    plenaryLeads: ['en su', 'en la'],
    masthead: ['naciones unidas', 'asamblea general', 'distr.', 'tema', 'temas'],
    opening: 'La Asamblea General'
  },
  ar: {
    adopted: 'قرار اتخذته الجمعية العامة في',
    adoptedPlural: 'قرارات اتخذتها الجمعية العامة في',
    committee: ['[دون الإحالة إلى لجنة رئيسية', '[دون إحالة إلى لجنة رئيسية', '[بدون إحالة إلى لجنة رئيسية', '[بناء على تقرير اللجنة'],
    plenary: 'الجلسة العامة',
    plenaryLeads: [],
    masthead: ['الأمم المتحدة', 'الجمعية العامة', 'التوزيع:', 'البند', 'البندان', 'البنود'],
    opening: 'إن الجمعية العامة'
  }
}

/** The wording folded, with the adoption line's last one, two and three words (`on`, `Assembly on`, …), where a copy may wrap it. */
interface FoldedWording extends UnWording {
  cuts: readonly string[]
}

const folded = new Map<Language, FoldedWording | undefined>()

/** The wording of a language, folded as lines are. */
function foldedWording(language: Language): FoldedWording | undefined {
  if (!folded.has(language)) {
    const words = wording[language]
    folded.set(language, words && {
      adopted: foldForMatch(words.adopted),
      cuts: [1, 2, 3].map((count) => foldForMatch(words.adopted).split(' ').slice(-count).join(' ')),
      adoptedPlural: foldForMatch(words.adoptedPlural),
      committee: words.committee.map(foldForMatch),
      plenary: foldForMatch(words.plenary),
      plenaryLeads: words.plenaryLeads.map(foldForMatch),
      masthead: words.masthead.map(foldForMatch),
      opening: words.opening
    })
  }
  return folded.get(language)
}

/** Session lines: `Eightieth session`, `Quatre-vingtième session`, `Octogésimo período de sesiones`, `الدورة الثمانون`. */
const sessionLine: Rows<RegExp> = {
  en: /^[a-z-]+(?: [a-z-]+)? (?:special |emergency special )?session(?: agenda items? .*)?$/,
  fr: /^[a-z-]+(?: [a-z-]+)? session(?: extraordinaire)?(?: points? .*)?$/,
  es: /^[a-z-]+(?: [a-z-]+)? periodo (?:extraordinario )?de sesiones(?: temas? .*)?$/,
  ar: /^الدورة [\u0621-\u064a ]+$/
}

/**
 * The words of a session line naming a session numbered apart (folded), by series: `Eleventh emergency special session`,
 * `Twenty-sixth special session`. Sources: the mastheads of A/RES/S-26/2 (`Twenty-sixth special session`, Agenda item 8)
 * and A/ES-10/L.27 (`Tenth emergency special session`, Agenda item 5). English only: how the French, Spanish and Arabic
 * mastheads word them was not seen in a UN copy, so there such a line is not read.
 */
const seriesLine: Rows<Readonly<Record<string, RegExp>>> = {
  en: {ES: / emergency special session(?: |$)/, S: /(?<!emergency) special session(?: |$)/}
}

/**
 * The series a session line (folded) names (`ES`, `S`), `null` for a regular session's line, or undefined where the
 * language's wording of such lines is not known here.
 */
export function seriesOfSessionLine(text: string, language: Language): string | null | undefined {
  const series = seriesLine[language]
  if (!series) return undefined
  return Object.entries(series).find(([, pattern]) => pattern.test(text))?.[0] ?? null
}

/**
 * The symbol line: `A/RES/80/7`, `A/RES/ES-11/1`, `A/RES/79/325 A`, `A/RES/72/90 A-B` (a resolution in lettered parts),
 * alone or after `United Nations` on the masthead's first line.
 */
const symbolLine = /^(?:[\p{L} ]{0,20} )?a\/res\/(?:es-|s-)?\d{1,3}\/\d{1,4}(?: ?[a-z](?:-[a-z])?)?$/u
/** The ordinal before `plenary meeting` (`40th`, `40e`, `40ª`); Arabic writes the number after (`الجلسة العامة 40`). */
// Four digits until the 1970s, when the meetings were numbered across sessions (`1976a. sesión plenaria,`, 2758 (XXVI)).
const ordinalBefore = /^\d{1,4}(?:st|nd|rd|th|e|eme|re|a|ª|º|o)?\.?$/
/**
 * The ordinal in words, as the first sessions wrote it (`Vigésima primera sesión plenaria,`, 2 (I); `Trente et unième
 * séance plénière`, `Twenty-first plenary meeting`), folded: at most three words, the last an ordinal's.
 */
const ordinalWord = '[a-z-]*(?:first|second|third|[a-z]th|ieme|premiere|premier|esim[ao]|primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|sext[ao]|septim[ao]|octav[ao]|noven[ao]|decim[ao])'
/** Before it, only an ordinal's other words (`centésima vigésima`, `cent vingt et`, `one hundred and`), never a paragraph's (`Notes the fourth …`). */
const ordinalWordsBefore = new RegExp(`^(?:(?:${ordinalWord}|et|and|vingt|trente|quarante|cinquante|soixante|cent|cents|deux|trois|quatre|cinq|six|sept|huit|neuf|one|two|three|four|five|seven|eight|nine|hundred) ){0,3}${ordinalWord}$`)

/** Whether a masthead line (folded) is the session line (`Eightieth session`, `الدورة الثمانون`). */
export function isSessionLine(text: string, language: Language): boolean {
  return sessionLine[language]?.test(text) ?? false
}

/** Whether a masthead line (folded) is the distribution line (`Distr.: General …`, `التوزيع: عام`). */
export function isDistributionLine(text: string, language: Language): boolean {
  const start = foldedWording(language)?.masthead.find((word) => word.startsWith('distr') || word.startsWith('التوزيع'))
  // Alone or after the organ on the masthead's second line (`General Assembly  Distr.: General`).
  return start !== undefined && (text.startsWith(start) || text.includes(' ' + start))
}

/** Which line of the UN layout `text` (folded) is, if any. */
export function unLine(text: string, language: Language): ProfileLine | undefined {
  const words = foldedWording(language)
  if (!words) return undefined
  const plain = text.replace(/[*_]/g, '').trim()
  // Footnotes under their rule, and Markdown's (`[^1]: See A/80/348.`).
  if (/^(?:-{3,}|_{3,})$/.test(plain) || /^\[\^\d{1,3}\]:/.test(plain)) return 'footnote'
  if (symbolLine.test(plain)) return 'identifier'
  // `Resolution adopted by the General Assembly on 10 June 2022`; without its date (older copies), or wrapped by a
  // PDF copy within its last words (`… by the General` / `Assembly on 10 June 2022`, `… la Asamblea` / `General el 12 …`).
  for (const adopted of [words.adopted, words.adoptedPlural]) {
    if (plain.startsWith(adopted + ' ') || plain === adopted || words.cuts.some((cut) => plain === adopted.slice(0, -cut.length - 1))) return 'heading'
  }
  const tail = words.cuts.find((cut) => plain.startsWith(cut + ' '))
  if (tail !== undefined && plain.length <= tail.length + 30 && /\d/.test(plain.charAt(tail.length + 1))) return 'headingTail'
  if (titleNumber(plain) || romanTitleSession(plain) !== undefined) return 'subject'
  // A UN page's foot: the job number (`22-09519 (F) 210622 *2209519* 240622`) and its bar code.
  // Pages after the first carry the job number alone (`25-15779`), or with the page number on the same line, apart
  // (`25-21234        1/2`, `2/2        25-21234`, pdftotext's layout).
  if (/^\d{2}-\d{5}(?: ?\([a-z]\)(?: [\d ]{0,40})?)?$/.test(plain) || /^\d{7}$/.test(plain)) return 'job'
  if (/^\d{2}-\d{5} \d{1,3}\/\d{1,3}$|^\d{1,3}\/\d{1,3} \d{2}-\d{5}$/.test(plain)) return 'page'
  if (isPlenaryLine(plain, words.plenary, words.plenaryLeads)) return 'vote'
  // The committee line in any wording, told by its brackets and the document they name (`[… (A/80/480, para. 12)]`), or by
  // its first words when a copy wraps it (`[sin remisión previa a una Comisión` / `Principal (…)]`).
  if (/^\[[^\]]*\(a\/[^()\]]*\)\]$/.test(plain)) return 'masthead'
  if (words.committee.some((start) => plain.startsWith(start) || (start.startsWith(plain + ' ') && plain.split(' ').length >= 3))) return 'masthead'
  if (words.masthead.some((start) => plain === start || plain.startsWith(start + ' ') || plain.startsWith(start + ':'))) return 'masthead'
  if (sessionLine[language]?.test(plain)) return 'masthead'
  // The distribution date on a line of its own, a blank line under `Distr. GENERAL` (un.org's HTML copies); in the
  // masthead only: the closing's date is read as the closing's before the masthead's kinds are asked.
  if (dateAlone(plain, language)) return 'masthead'
  return undefined
}

/** A date and nothing else (`22 october 1996`, `22 de octubre de 1996`, `22 تشرين الأول/أكتوبر 1996`), folded. */
function dateAlone(plain: string, language: Language): boolean {
  const words = plain.split(/[ /]/)
  if (words.length < 3 || words.length > 6 || !/^\d{1,2}$/.test(words[0]!) || !/^\d{4}$/.test(words.at(-1)!)) return false
  return words.slice(1, -1).some((word) => monthOf(word, language) !== undefined)
}

/**
 * `40th plenary meeting`, alone or with its date after it (`… 14 November 2025`), never a longer line of text; after
 * a lead-in a web copy adds (`Lors de 1976ème séance plénière, …`: `leads`).
 */
function isPlenaryLine(text: string, plenary: string, leads: readonly string[] = []): boolean {
  const lead = leads.find((words) => text.startsWith(words + ' ') && /^\d/.test(text.charAt(words.length + 1)))
  const line = lead === undefined ? text : text.slice(lead.length + 1)
  const at = line.indexOf(plenary)
  if (at < 0 || line.length > plenary.length + 40) return false
  if (at === 0) return /^ \d{1,4}(?: |$)/.test(line.slice(plenary.length))
  return line.charAt(at - 1) === ' ' && (ordinalBefore.test(line.slice(0, at - 1)) || ordinalWordsBefore.test(line.slice(0, at - 1))) && (line.length === at + plenary.length || ' ,'.includes(line.charAt(at + plenary.length)))
}

/** Whether a text is a UN General Assembly resolution: its symbol, its opening line alone, or its plenary-meeting closing. */
export function isUnResolution(source: string): boolean {
  // Line by line, each line's markup trimmed: the patterns are anchored at both ends and never scan the whole text.
  // A long line is not cut out of the text (a check of a 600 KB draft would make 10,000 strings for a few short ones).
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start)
    if (end < 0) end = source.length
    const from = start
    start = end + 1
    // The opening run on with the first preamble paragraph, on a line of any length: only its first words are read.
    if (('TLtlإا*_#> \t'.includes(source.charAt(from)) || ignorable.test(source.charAt(from))) && runsOn(withoutMarks(trimMarkup(source.slice(from, Math.min(end, from + 80)))))) return true
    if (end - from > 120 && !' \t\r*_#>'.includes(source.charAt(from)) && !' \t\r*_'.includes(source.charAt(end - 1))) continue
    const line = withoutMarks(trimMarkup(source.slice(from, end)))
    if (line.length > 120) continue
    if (/^(?:United Nations )?A\/RES\/(?:ES-|S-)?\d{1,3}\/\d{1,4}(?: ?[A-Z])?$/.test(line)) return true
    // In capitals too, as a retyping sets it (`THE GENERAL ASSEMBLY,`).
    if (openingAlone.test(line)) return true
    if (/^\d{1,4}(?:st|nd|rd|th|e|ª|a)\.? (?:plenary meeting|séance plénière|sesión plenaria),?(?: .{1,40})?$/.test(line) || /^الجلسة العامة [\d\u0660-\u0669]{1,4}$/.test(line)) return true
  }
  return false
}

/** Whether a line of the text's first 20,000 code units is the UN opening alone without its comma (`إن الجمعية العامة`, `The General Assembly`). */
function hasBareOpening(source: string): boolean {
  const text = source.length > 20000 ? source.slice(0, 20000) : source
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const from = start
    start = end + 1
    if (end - from > 60) continue
    if (openingBare.test(withoutMarks(trimMarkup(text.slice(from, end))))) return true
  }
  return false
}

/** A file name of a resolution of the 1st to 30th sessions: `A-RES-2-I`, `A-RES-2758-XXVI`, `A_RES_3379_A_XXX`, `A-RES-181(II)`. */
const romanSymbolName = /^A[-_]RES[-_]\d{1,4}(?:[-_ ]?[A-H])?[-_ ]?\(?(?=[IVX])(?:XXX|X{0,2}(?:IX|IV|V?I{0,3}))\)?(?=[.\-_ ]|$)/i

const openingBare = /^(?:The General Assembly|L[’']Assemblée générale|La Asamblea General|إن الجمعية العامة)[*_]?$/iu
const openingAlone = /^(?:The General Assembly|L[’']Assemblée générale|La Asamblea General|إن الجمعية العامة)[*_]?[,،]$/iu
const openingStart = /^(?:The General Assembly|L[’']Assemblée générale|La Asamblea General|إن الجمعية العامة)[*_]?([,،]) +[*_]?/iu
/** After INTERPOL's `إن الجمعية العامة،`: the words of its meeting (`المجتمعة في دورتها …`), not a preamble's. */
const meetingWords = /^(?:المجتمعة|المنعقدة|وقد اجتمعت|وقد انعقدت|اجتمعت|في دورتها)/

/**
 * Whether a line opens with the UN's opening and goes on with a paragraph (`إن الجمعية العامة، إذ تضع في اعتبارها …`,
 * `The General Assembly, Recalling …`): a word in title case after the comma (INTERPOL's go on in lower case, `meeting
 * in …`, or in capitals, `RECALLING`), in Arabic any but INTERPOL's meeting words.
 */
function runsOn(line: string): boolean {
  const match = openingStart.exec(line)
  if (!match) return false
  const rest = line.slice(match[0].length)
  return match[1] === '،' ? rest !== '' && !meetingWords.test(rest) : /^\p{Lu}\p{Ll}/u.test(rest)
}

const marks = new RegExp(ignorable.source, 'g')

/**
 * A line without its diacritics, tatweel and bidi marks (`إِنَّ الجمعيةَ العامةَ،`, `إن الجمعيـــة العامة،`), its
 * no-break spaces as spaces (Word's `48th plenary meeting`, `24 November`) and its accents composed (a PDF's
 * `se\u0301ance ple\u0301nie\u0300re`): the patterns below are written with spaces and composed letters.
 */
function withoutMarks(line: string): string {
  let plain = ignorable.test(line) ? line.replace(marks, '') : line
  if (spaces.test(plain)) plain = plain.replace(allSpaces, ' ')
  return combining.test(plain) ? plain.normalize('NFC') : plain
}

const spaces = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/
const allSpaces = new RegExp(spaces.source, 'g')
const combining = /[\u0300-\u036f]/

/**
 * A line without the Markdown around it (`# `, `> `, `*…*`), its spaces and the bidi marks an Arabic editor sets at
 * its ends (`U+200F إن الجمعية العامة،`: RLM, LRM, ALM, embeddings, isolates, a BOM: `ignorable`).
 */
function trimMarkup(line: string): string {
  let start = 0
  let end = line.length
  while (start < end && (' \t\r*_#>'.includes(line.charAt(start)) || ignorable.test(line.charAt(start)))) start++
  while (end > start && (' \t\r*_'.includes(line.charAt(end - 1)) || ignorable.test(line.charAt(end - 1)))) end--
  return line.slice(start, end)
}

const parts: Layout['parts'] = [['identifier', 'heading'], 'subject', 'opening', 'preamble', 'operative', 'closing']

const layout: Layout = {
  parts,
  required: ['opening', 'operative'],
  // The title line (`80/7. Title`) is the subject, with no label; the heading, closing and items have nothing of INTERPOL's shapes to state.
  titleWithoutLabel: true,
  // A/RES/80/5 and 80/9 (UN Digital Library PDFs): `The General Assembly⏎⏎Adopts the … Political Declaration …`, no comma.
  openingRunsOn: true,
  source: 'A/RES/80/1 to A/RES/80/54 (UN Digital Library): symbol and heading above the title line; a resolution in draft has neither'
}

/** The era of the first four sessions (1946–1949), told by a title line numbered in Roman numerals (`102 (I) …`). */
const firstSessions = 'A/RES (I-IV)'

/** The layout of the first sessions: preamble paragraphs ending with `;`, as the operative ones. */
const firstSessionsLayout: Layout = {
  ...layout,
  preambleEndsAsOperative: true,
  source: '102 (I) of 1946 (es.wikisource): no masthead, the title line `102 (I) …`, every preamble paragraph ending `;`. UNVERIFIED: that the sessions I-IV all set it so (by 2734 (XXV) of 1970 the preamble ends with `,`)'
}

/** The era a title line tells: the first sessions' for `102 (I) …` to `… (IV) …`; none for a later session (the current layout). */
function eraOfTitle(text: string): string | undefined {
  const session = romanTitleSession(text.replace(/[*_]/g, '').trim())
  return session !== undefined && session <= 4 ? firstSessions : undefined
}

/** A row with nothing in any language (a new language needs no entry in it). */
const empty = byLanguage((): readonly never[] => [])

/**
 * The rules that apply to UN resolutions: the shared ones, and this profile's own
 * (`un-*`). Left out: INTERPOL's heading, subject label, identifier, opening facts,
 * vote line and members, and citation-session-year (INTERPOL identifiers). A test
 * lists what is left out, so that a new shared rule is added here or there on purpose.
 */
export const unRules = [
  'citation-duplicate',
  'citation-format',
  'date-validity',
  'digit-style',
  'language-unsupported',
  'opener-unlisted',
  'opening-formula',
  'operative-chapeau',
  'operative-numbering',
  'operative-opening',
  'operative-terminator',
  'parallel-facts',
  'parallel-languages',
  'parallel-structure',
  'pasted-layout',
  'placeholder',
  'preamble-opening',
  'preamble-repeated-opening',
  'preamble-terminator',
  'punctuation-script',
  'quotation-unclosed',
  'section-order',
  'un-citation-date',
  'un-distribution-date',
  'un-session-line',
  'un-symbol-session',
  'un-plenary-date',
  'un-title-number'
] as const

/** The UN profile, with its own facts; the INTERPOL resolutions its texts cite are read by INTERPOL's scheme (`cites`). */
export const unGa: Profile = {
  id: 'un-ga',
  // The UN's official languages are six (with Chinese and Russian); these are the four resolint reads.
  languages: ['ar', 'en', 'fr', 'es'],
  languagesRead: true,
  parts: layout.parts.flat(),
  required: layout.required,
  // One layout for every era of its symbols (`identifiers.ts`), and the first sessions' (told by their title line).
  layouts: {'A/RES': layout, [firstSessions]: firstSessionsLayout},
  current: 'A/RES',
  pastedLayout: {
    page: {ar: {page: ['الصفحة'], of: ['من']}, en: {page: ['Page'], of: ['of']}, fr: {page: ['Page'], of: ['sur']}, es: {page: ['Página'], of: ['de']}},
    runningTitle: empty,
    filing: byLanguage(() => ({start: [], end: []})),
    source: 'UN documents: `Page 2 of 5`, footnotes under a rule'
  },
  itemTerminators: {
    ar: ['؛ و', '، و'],
    en: ['; and', '; or', ', and', ', or'],
    fr: ['; et', ', et', '; ou', ', ou'],
    es: ['; y', ', y', '; o', ', o']
  },
  headingLabels: empty,
  subjectLabels: empty,
  openingStarts: {ar: ['إن الجمعية العامة'], en: ['The General Assembly'], fr: ["L'Assemblée générale"], es: ['La Asamblea General']},
  openingPhrases: empty,
  terminators: {
    ar: {preamble: '،', operative: '؛', last: '.', chapeau: ':', opening: '،'},
    en: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','},
    fr: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','},
    es: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','}
  },
  vote: {
    ar: {adopted: [], for: [], against: [], abstentions: []},
    en: {adopted: [], for: [], against: [], abstentions: []},
    fr: {adopted: [], for: [], against: [], abstentions: []},
    es: {adopted: [], for: [], against: [], abstentions: []}
  },
  numbering: '1.',
  numberingByLanguage: {ar: '1 -'},
  upperCaseOpeners: byLanguage(() => false),
  lineKind: unLine,
  identifierLine: symbolOfLine,
  eraOfTitle,
  detect: isUnResolution,
  // Line by line, each line on its own (isUnResolution).
  detectsLines: {},
  // `A-RES-80-1.en.txt`, `A_RES_80_1.md` (the UN's own file names), `A-RES-ES-11-1.fr.txt`; to the 30th session
  // the number came first, the session in Roman figures after it (A/RES/2(I), A/RES/3379 A(XXX)): `A-RES-2-I.es.txt`.
  detectName: (name) => symbolOfName(name) !== undefined || /^A[-_]RES[-_](?:ES|S)-\d{1,3}[-_]\d{1,4}/i.test(name) || romanSymbolName.test(name),
  detectWithName: hasBareOpening,
  masthead: mastheadDraft,
  closingLines: true,
  // 56 adopted texts of 1996 and 2025 (80/8: `Recognizing` ×4, `Welcoming` ×3, each after other openers).
  openerRuns: true,
  // A/RES/56/262 (`I`, then numbered paragraphs from 1); A/RES/61/266, A/RES/76/268 (parts with titles).
  numberedParts: true,
  rules: unRules,
  ownLayout: ['masthead', 'footnote', 'footnoteMarker'],
  facts: unFacts,
  // UN resolutions cite UN resolutions (`A/RES/71/19`, `71/19`) and, on cooperation with INTERPOL, its resolutions (GA-2024-92-RES-07 …).
  cites: ['un-ga', 'interpol-ga']
}
