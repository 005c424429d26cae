/**
 * What a profile is: one family of resolutions (`profiles/<id>/`), its parts and
 * layouts by era, labels, terminators, vote wording, numbering, facts and the
 * test that recognises its texts. Code elsewhere asks the profile it is given.
 */
import type {Language} from '../languages/index.js'
import type {PastedLayoutKind, ResolutionIdentifier} from '../core/tree.js'
import type {ProfileFacts} from './facts.js'

export type {ProfileFacts}

/**
 * A line of a profile's own layout: a part's line, the rest of a heading wrapped onto the next line (`on 10 June 2022`),
 * a masthead or footnote line that is read and not checked (`Distr.: General`), or a page's foot (a job number).
 */
export type ProfileLine = 'identifier' | 'heading' | 'headingTail' | 'subject' | 'vote' | 'masthead' | 'footnote' | 'page' | 'job'

/** The parts of a resolution, named as their block types. */
export type Part = 'heading' | 'identifier' | 'subject' | 'opening' | 'preamble' | 'operative' | 'closing'

/** A row for each language. */
export type PerLanguage<T> = Record<Language, T>

/** An era of a profile's identifiers, named by the prefix of its form (interpol-ga: `AGN`, `AG`, `GA`; un-ga: `A/RES`). */
export type Era = string

/**
 * The layout of an era: what its adopted texts look like. A document's era is
 * its identifier's; a document without one is held to the profile's current era.
 */
export interface Layout {
  /** Parts in the order they appear; the parts of an inner list may come in either order (`AGN/69/RES/2` above `RESOLUTION`, the preamble before the opening). */
  parts: ReadonlyArray<Part | readonly Part[]>
  /** Parts that must be present. */
  required: readonly Part[]
  /** Whether the heading carries the resolution number (`RESOLUTION No. 3`); older headings are `Resolution No AGN/68/RES/5` or `RESOLUTION`. A profile whose heading has no number leaves it out. */
  headingNumber?: boolean
  /** Whether the subject may be a title line without its label (`Model police co-operation agreement`). */
  titleWithoutLabel: boolean
  /** Whether the closing may be a bare `Adopted.` / `Adoptée`, without figures; absent, a closing of adoption states them. */
  bareAdoption?: boolean
  /** Marker styles that number the items of a list inside a paragraph ending with `:`, besides `(a)`, `a)`, `(i)`, `(أ)` and bullets (none when absent). */
  itemNumbering?: readonly string[]
  /** Whether a preamble paragraph may also end with the operative terminator (`;`), as the UN's texts of 1946–1949 set it. */
  preambleEndsAsOperative?: boolean
  /**
   * Whether an opening with no preamble under it may run on, without its terminator, into one unnumbered operative
   * paragraph, the two read as one sentence (`The General Assembly⏎Adopts the … Declaration …`).
   */
  openingRunsOn?: boolean
  /** Where the convention was read. */
  source: string
}

/** What page furniture looks like, per language (folded comparison). */
export interface PastedLayoutData {
  /** The word before a page number (`Page 2 of 5`) and the one between it and the count. */
  page: PerLanguage<{page: readonly string[]; of: readonly string[]}>
  /** Words of a running title (`ICPO-Interpol - General Assembly`, `68th Session - Seoul - …`): a line above the identifier with one of them and no terminator. */
  runningTitle: PerLanguage<readonly string[]>
  /** An archive's filing notes around the text: the line that opens them and the one that closes them. */
  filing: PerLanguage<{start: readonly string[]; end: readonly string[]}>
  source: string
}

/**
 * A new document's masthead (UN: symbol, distribution, session, adoption line, title line, opening) in `language`,
 * from the file's name, else the session of `today`: the symbol it names, and the text with `{{…}}` fields.
 */
export type MastheadDraft = (language: Language, fileName: string | undefined, today: Date) => {symbol: string; draft: string} | undefined

/** A kind of resolution: its parts, labels, terminators, vote wording and numbering. */
export interface Profile {
  id: string
  /** The languages the family puts its texts to the vote in, in order: a set of versions lacking one is incomplete (`parallel-languages`). */
  languages: readonly Language[]
  /** Whether `languages` are only those of the family's languages that resolint reads (UN: four of its six official ones), not all it votes in. */
  languagesRead?: boolean
  /** Parts in the order they must appear (the current era's). */
  parts: readonly Part[]
  /** Parts that must be present (the current era's). */
  required: readonly Part[]
  /** The layout of each era; `current` is the one new drafts are held to. */
  layouts: Record<Era, Layout>
  current: Era
  /** What may end an item of a list inside a paragraph, besides the paragraph's own terminators (`; and`, `, et`, `; y`, `؛ و`). */
  itemTerminators: PerLanguage<readonly string[]>
  /** Page furniture of pasted PDFs and archive copies, recognised so that it is reported once and breaks nothing. */
  pastedLayout: PastedLayoutData
  /** Words before the resolution number in the heading (`قرار رقم 3`); the first is canonical, longer variants before their prefixes. */
  headingLabels: PerLanguage<readonly string[]>
  /** Labels of `headingLabels` accepted as written (`RESOLUTION No` without its period); the others are replaced by the canonical one. */
  headingVariants?: Partial<PerLanguage<readonly string[]>>
  /** Labels of the subject line, without the colon. */
  subjectLabels: PerLanguage<readonly string[]>
  /** How the opening formula starts. */
  openingStarts: PerLanguage<readonly string[]>
  /**
   * Phrases the opening must contain (folded comparison), each with the other
   * wordings that say the same, the first canonical (`reunida` / `celebrada`).
   */
  openingPhrases: PerLanguage<ReadonlyArray<readonly string[]>>
  /** Terminators: of preamble paragraphs, of operative paragraphs but the last, of the last one, of the opening. */
  terminators: PerLanguage<{preamble: string; operative: string; last: string; chapeau: string; opening: string}>
  /** Vote line labels, without colons; the first of each is canonical. */
  vote: PerLanguage<{adopted: readonly string[]; for: readonly string[]; against: readonly string[]; abstentions: readonly string[]}>
  /**
   * Labels of `vote` accepted as written: wording variants of the same label in
   * use (`In favour` for `For`), not errors; the other labels of `vote` are
   * replaced by the canonical one.
   */
  voteVariants?: Partial<PerLanguage<Partial<Record<'adopted' | 'for' | 'against' | 'abstentions', readonly string[]>>>>
  /** The marker style operative paragraphs must use, with `1` for the number. */
  numbering: string
  /** The style of a language that numbers otherwise (UN Arabic `1 -`). */
  numberingByLanguage?: Partial<Record<Language, string>>
  /** Other styles a language's texts may number in, taken when every number of a document is written in one (INTERPOL Arabic `1 -`, as UN Arabic). */
  numberingVariants?: Partial<Record<Language, readonly string[]>>
  /** The profile's own lines, asked before the shared line kinds; `text` is the line folded (`foldForMatch`). */
  lineKind?: (text: string, language: Language) => ProfileLine | undefined
  /** The era a subject or title line tells (folded), for a text without an identifier (UN `102 (I) …` of 1946). */
  eraOfTitle?: (text: string) => Era | undefined
  /** The rules that apply (every rule when absent): the profile's own, and the shared ones that hold for it. */
  rules?: readonly string[]
  /** Layout lines that are the profile's own (the UN masthead, footnotes): read, never reported as pasted. */
  ownLayout?: readonly PastedLayoutKind[]
  /** Whether the family writes preamble openers and finite operative verbs in upper case in a language (completion's default). */
  upperCaseOpeners: PerLanguage<boolean>
  /** Whether a text is of this family (for documents whose profile is not configured). */
  detect: (text: string) => boolean
  /**
   * Declared when `detect` reads cues line by line: whether a line holds one depends on that line alone, within the
   * text's first `within` code units (the whole text without it). The server then reads only the lines a keystroke
   * changed to know that the text's profile stays as it was.
   */
  detectsLines?: {within?: number}
  /**
   * Whether a resolution may come in parts headed by a Roman numeral alone on its line (`I`, `II`, a title under
   * it), each with its own preamble and operative paragraphs, numbered from 1 again (UN).
   */
  numberedParts?: boolean
  /**
   * Whether a preamble opener used again after other openers starts afresh (UN: the adopted 80/8 opens with `Recognizing`
   * four times, each after others, and marks only the repeat that follows its own run, `Recognizing also`); when absent,
   * every repeat in the preamble takes `also` (INTERPOL).
   */
  openerRuns?: boolean
  /** Whether the closing keeps its lines (UN: `40th plenary meeting`, then its date below): formatting does not join them. */
  closingLines?: boolean
  /** The masthead completion writes at the top of a document, for a family that heads its texts with one (UN). */
  masthead?: MastheadDraft
  /** Whether a file name is of this family (`A-RES-80-1.en.txt`): asked when the text says nothing, a blank file above all. */
  detectName?: (name: string) => boolean
  /**
   * Whether the text looks like the family's without saying so for certain (UN: the opening alone on its line without
   * its comma, `إن الجمعية العامة`): with a file name of the family (`detectName`), it is, whatever another family's
   * cues say (a UN text on INTERPOL names `الإنتربول`).
   */
  detectWithName?: (text: string) => boolean
  /**
   * The identifier a line of the family's identifier kind names when the line holds more than it (UN: `United Nations
   * A/RES/80/7`, `A/RES/79/325 A`); the line's citation, else its text parsed by the scheme, when absent.
   */
  identifierLine?: (written: string) => ResolutionIdentifier | undefined
  /** The family's own facts: sessions, members, its identifier scheme by era, opening formulas. */
  facts: ProfileFacts
  /**
   * The families (profile ids, its own among them when it does) whose resolutions its texts cite: their schemes
   * read the citations and identifier lines of its texts (the registry's `citedIdentifiers`), by identifier
   * (`GA-2025-93-RES-03`) or, for a family with `pairs`, by session and number (`A/RES/71/19`, `71/19`).
   */
  cites: readonly string[]
}

/** Whether rule `id` applies under the profile (its `rules` list; every rule without one). */
export function profileRuns(profile: Profile, id: string): boolean {
  return profile.rules === undefined || profile.rules.includes(id)
}

/** The layout a document of `era` is held to: the profile's current one when the era is unknown. */
export function layoutOf(profile: Profile, era: Era | undefined): Layout {
  return profile.layouts[era ?? profile.current]
}
