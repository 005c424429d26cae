/**
 * Node types of the resolution tree (unist). Every node has a `position`
 * with 1-based lines and columns counted in UTF-16 code units, and offsets.
 *
 * Blocks: heading, identifier, subject, opening, preamble, operative, part heading, closing, annex, unknown.
 * Inside paragraphs (phrasing): listMarker, marker, opener, text, citation, date,
 * session, voteCount, label, terminator.
 */
import type {Data, Node, Position} from 'unist'
import type {Language, UnsupportedLanguage} from '../languages/index.js'

/** Languages live in `languages/`; re-exported here for the many modules that type nodes by language. */
export type {Language} from '../languages/index.js'
export {languageNames, languages} from '../languages/index.js'

interface Base extends Node {
  position: Position
}

/**
 * How far a document has come: a `draft` is still being written (missing parts
 * are information, no vote line is expected before the vote); a `final` text is
 * submitted, and every required part is required.
 */
export type Stage = 'draft' | 'final'
/** The stages, the default first. */
export const stages: readonly Stage[] = ['draft', 'final']

/** What the parser records about the whole document. */
export interface RootData extends Data {
  language: Language
  /** Whether the language was configured or detected from the text. */
  languageSource: 'configured' | 'detected'
  profile: string
  /** The stage the document is checked at (set by the parser plugin from the settings; `draft` when absent). */
  stage?: Stage
  /** The era of the document's identifier (`AGN`, `AG`, `GA`); absent without an identifier. */
  era?: string
  /** The project's own preamble openers and operative verbs (configuration `phrases`). */
  phrases?: {preamble?: readonly string[] | undefined; operative?: readonly string[] | undefined} | undefined
  /** Page furniture pasted with the text (page numbers, running titles, …): outside every node's own phrasing, or plain text inside a paragraph. */
  pastedLayout?: PastedLayout[]
  /** The opening mark of a quoted text after a colon (`… as follows:⏎"Rule 72 …`) that no mark closes. */
  unclosedQuote?: Position
  /** The language of a text resolint does not check (German, Portuguese, …), when detected: it is not checked as English. */
  unsupportedLanguage?: UnsupportedLanguage
}

/** Kinds of page furniture pasted from PDFs and archive copies. */
export type PastedLayoutKind = 'masthead' | 'pageNumber' | 'jobNumber' | 'runningTitle' | 'repeatedHeader' | 'continuation' | 'filing' | 'footnote' | 'footnoteMarker' | 'tableBorder'

/** One piece of page furniture: a line (or a footnote marker) and the range that removes it (its line break included). */
export interface PastedLayout {
  kind: PastedLayoutKind
  position: Position
  /**
   * What to delete to remove it: the whole line with its line break, or the marker alone; with the blank lines around
   * it when it interrupts a paragraph (the halves joined by one line break).
   */
  removal: Position
  /** The resolution's own words may be among them (the subject line in an archive's filing notes): never removed by a fix. */
  ownWords?: true
}

/** The document. */
export interface Root extends Base {
  type: 'root'
  children: Block[]
  data: RootData
}

/** The top-level parts of a document. */
export type Block =
  | Heading
  | Identifier
  | Subject
  | Opening
  | Preamble
  | Operative
  | PartHeading
  | Closing
  | Annex
  | Unknown

/** What a paragraph or a one-line block is made of. */
export type Phrasing =
  | Text
  | ListMarker
  | Marker
  | Opener
  | Terminator
  | Citation
  | DateNode
  | Session
  | Label
  | VoteCount

/** Plain text; `value` is the source slice (line breaks of hard-wrapped text included). */
export interface Text extends Base {
  type: 'text'
  value: string
}

/** A fixed label such as `الموضوع:` or `Adopted:`. */
export interface Label extends Base {
  type: 'label'
  value: string
}

/** A stray list marker pasted before a paragraph number (`- 2.`, `• 3.`). */
export interface ListMarker extends Base {
  type: 'listMarker'
  value: string
}

/** Number marker of a numbered paragraph or subparagraph: `1.`, `1)`, `1 -`, `(a)`, `a)`, `(i)`. */
export interface Marker extends Base {
  type: 'marker'
  /** Source text of the marker, without the space after it. */
  value: string
  /** Shape of the marker, with the number or letter replaced: `1.`, `1)`, `1 -`, `(1)`, `(a)`, `a)`. */
  style: string
  /** 1-based ordinal: `3.` → 3, `(c)` → 3, `(iv)` → 4. */
  ordinal: number
  /** Whether the digits are Arabic-Indic (`٣.`). */
  arabicIndic: boolean
}

/** The opening phrase of a paragraph: a preamble participle or an operative verb. */
export interface Opener extends Base {
  type: 'opener'
  /** Source text of the phrase (diacritics and case as written). */
  value: string
  /** Lexicon entry id, or undefined when the first words are not a known phrase. */
  phraseId: string | undefined
  /** `also`, `further` or `finally` when the phrase is followed or preceded by one. */
  modifier: Modifier | undefined
}

/** The word that marks a repeated opener (`RECALLING ALSO`). */
export type Modifier = 'also' | 'further' | 'finally'

/** The final punctuation of a paragraph's own text (`،`, `,`, `;`, `؛`, `.`, `:`, `?`, `؟`). */
export interface Terminator extends Base {
  type: 'terminator'
  value: string
}

/**
 * A citation of a resolution, read by the cited family's scheme (`Profile.cites`): an identifier (`GA-2025-93-RES-03`,
 * `AGN/68/RES/5`) or a session and number (`A/RES/71/19`, `19/71`).
 */
export interface Citation extends Base {
  type: 'citation'
  value: string
  /** The cited family, as its scheme names it (`IdentifierScheme.family`: `interpol`, `un`). */
  family: string
  /** An identifier as the family's scheme parsed it (also when malformed). */
  identifier?: ResolutionIdentifier
  /** A session-and-number citation's readings (`PairCitations`); a pair a language writes either way (Arabic) may give two. */
  readings?: PairReading[]
  /** The date stated for the cited resolution (`المؤرخ في …`, `of 21 November 2016`): the date node that follows it. */
  date?: DateNode
  /** A pair citation's lettered parts, by their letters' numbers (UN `47/120 B` → [2], `72/90 A-B` → [1, 2]): each is a resolution. */
  part?: number[]
}

/** A resolution identifier as its family's scheme read it (`Profile.facts.identifiers`), also when malformed. */
export interface ResolutionIdentifier {
  /** The prefix of its form, upper case: `GA`, `AG`, `AGN` (INTERPOL), `A/RES` (UN). */
  prefix: string
  year: number | undefined
  session: number | undefined
  number: number | undefined
  /** Canonical form when all parts are known, e.g. `GA-2022-90-RES-01`. */
  canonical: string | undefined
  /** Whether the text is written exactly in the canonical form of its prefix. */
  wellFormed: boolean
}

/** One reading of a pair citation: session and number (`71/19`; an Arabic `19/71` has two). */
export interface PairReading {
  session: number
  number: number
  /** The series of sessions numbered apart from the regular ones the session is of, as its family keys it (UN special `S`, emergency special `ES`); absent for a regular session. */
  series?: string
  /** The session written in Roman numerals after the number (`3220 (XXIX)`, `3419 A to D (XXX)`), as the UN cited its first sessions' resolutions. */
  roman?: true
}

/** A calendar date, possibly a range (`24 to 27 November 2025`). */
export interface DateNode extends Base {
  type: 'date'
  value: string
  /** ISO `YYYY-MM-DD` of the first day, when the date is valid. */
  start: string | undefined
  /** ISO `YYYY-MM-DD` of the last day of a range. */
  end: string | undefined
  year: number
  month: number
  day: number
  /** The last day of a range as written (also when it is not a real day); absent for a single day. */
  last?: DayParts
  /** The month names as written, in order: one, or two in a range across months. An Arabic pair is one name. */
  monthNames?: MonthName[]
  /** The Hijri date written beside it, after it (`(الموافق 3 إلى 6 جمادى الآخرة 1447 هـ)`) or before it (`27 ربيع الأول 1424هـ، الموافق …`): its days, month and year as written. */
  hijri?: HijriDate
}

/** A Hijri date as written beside a Gregorian one: a day, or a range of days in one month. */
export interface HijriDate extends Base {
  type: 'hijriDate'
  value: string
  day: number
  lastDay?: number
  month: number
  year: number
}

/** A day as written: year, month and day numbers, not necessarily a real day. */
export interface DayParts {
  year: number
  month: number
  day: number
}

/** A month name in a date, as written. */
export interface MonthName {
  /** Source text: `November`, `تشرين الثاني/نوفمبر`, `كانون الأول /ديسمبر`. */
  value: string
  /** The month meant: for an Arabic pair whose halves disagree, the Levantine half's. */
  month: number
  position: Position
  /** Arabic: the names of the pair as written (one when the pair is incomplete). */
  halves?: MonthHalf[]
  /** Arabic: what stands between the halves as written (`/`, ` /`). */
  separator?: string
}

/** One half of an Arabic month pair. */
export interface MonthHalf {
  value: string
  month: number
  kind: 'levantine' | 'international'
  position: Position
}

/** The session number in the opening (`الـ 93`, `93rd`, `93e`, `93ª`), or its ordinal in words (`ninety-third`, `الثالثة والتسعين`). */
export interface Session extends Base {
  type: 'session'
  value: string
  number: number
  /** Written in words: no ordinal suffix to check. */
  spelled?: true
}

/** One figure of a vote line. */
export interface VoteCount extends Base {
  type: 'voteCount'
  kind: 'for' | 'against' | 'abstentions'
  value: string
  /** The figure, or undefined when it is not a whole number. */
  count: number | undefined
}

/** `قرار رقم 3`, `RESOLUTION No. 3`. */
export interface Heading extends Base {
  type: 'heading'
  children: Phrasing[]
  /** The resolution number (`قرار رقم 3` → 3). */
  number: number | undefined
}

/** The identifier line: `GA-2025-93-RES-03`. */
export interface Identifier extends Base {
  type: 'identifier'
  children: Phrasing[]
}

/** The subject line: `Subject: …`. */
export interface Subject extends Base {
  type: 'subject'
  children: Phrasing[]
}

/** The opening formula: `The ICPO-INTERPOL General Assembly, meeting in …:`. */
export interface Opening extends Base {
  type: 'opening'
  children: Phrasing[]
}

/** The preamble: a run of preamble paragraphs. */
export interface Preamble extends Base {
  type: 'preamble'
  children: PreambleParagraph[]
}

/** A preamble paragraph: `RECALLING …,`, or `RAPPELANT … :` and its items (subparagraphs) last. */
export interface PreambleParagraph extends Base {
  type: 'preambleParagraph'
  children: Array<Phrasing | Subparagraph>
}

/** The operative part: chapeaux and operative paragraphs. */
export interface Operative extends Base {
  type: 'operative'
  children: Array<Chapeau | OperativeParagraph>
}

/** The unnumbered paragraph introducing numbered ones (`CALLS UPON all member countries to:`). */
export interface Chapeau extends Base {
  type: 'chapeau'
  children: Phrasing[]
}

/** An operative paragraph, numbered or not, with its subparagraphs last. */
export interface OperativeParagraph extends Base {
  type: 'operativeParagraph'
  children: Array<Phrasing | Subparagraph>
}

/**
 * An item of a list inside a paragraph ending with `:`: `(a) …;`, `- AGN/37/RES/1 …,`, `1) …, et`
 * (to 2014). An item ending with `:` holds the next level (`(i)` under `(a)`) as its subparagraphs, last.
 */
export interface Subparagraph extends Base {
  type: 'subparagraph'
  children: Array<Phrasing | Subparagraph>
}

/** The closing: the vote line(s). */
export interface Closing extends Base {
  type: 'closing'
  children: VoteLine[]
}

/** `Adopted: For: 134, Against: 0, Abstentions: 5`, or a bare `Adopted.` */
export interface VoteLine extends Base {
  type: 'voteLine'
  children: Phrasing[]
}

/**
 * The heading of a part of a resolution in parts (UN: `I`, `II`, with a title under it): its numeral as a label,
 * its title as text. Each part has its own preamble and operative paragraphs, numbered from 1.
 */
export interface PartHeading extends Base {
  type: 'partHeading'
  /** The numeral's value (`II` → 2, `B` → 2). */
  number: number
  /**
   * Whether a letter heads it (`A`, `ألف`): a lettered part is a resolution of its own under the number (A/RES/50/31 B),
   * with its own opening, and its last operative paragraph ends as a resolution's last does.
   */
  lettered: boolean
  children: Array<Label | Text>
}

/**
 * An annex after the closing (or after the operative part of a draft not yet voted): its heading (`ANNEX`, `Annex II`,
 * `ANNEX TO RESOLUTION …`, `المرفق الأول`) as a label, then each of its paragraphs, as written: an annex is no part of
 * the resolution's own structure, and no structure rule reads it (openers, terminators, numbering, order); the checks
 * of what any text holds (dates, citations, punctuation of the script, digits, placeholders) read it as they read a
 * paragraph.
 */
export interface Annex extends Base {
  type: 'annex'
  children: [Label, ...AnnexParagraph[]]
}

/** A paragraph of an annex: its text with the citations and dates in it, and nothing read as an opener, a number or a terminator. */
export interface AnnexParagraph extends Base {
  type: 'annexParagraph'
  children: Phrasing[]
}

/** A block the parser could not place; kept, never dropped. */
export interface Unknown extends Base {
  type: 'unknown'
  value: string
}

/** Any paragraph whose first words are an opener. */
export type Paragraph = PreambleParagraph | Chapeau | OperativeParagraph | Subparagraph

/** Any node of the tree. */
export type AnyNode = Root | Block | Phrasing | PreambleParagraph | Chapeau | OperativeParagraph | Subparagraph | VoteLine | AnnexParagraph
