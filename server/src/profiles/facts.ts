/**
 * The shape of a profile's facts (sessions, members, identifiers by era, opening formulas,
 * drafts), which rules and features reach as `profile.facts`. Each profile fills it from its
 * own tables (`profiles/<id>/`); nothing here is one profile's data.
 */
import type {DeclaredSession, GeneralAssemblySession, SessionConflict, SessionTable} from '../core/facts/sessions.js'
import type {PairReading, ResolutionIdentifier} from '../core/tree.js'
import type {Language} from '../languages/index.js'
import type {Message, MessageKey} from '../l10n/index.js'

/**
 * A way of writing a family's identifiers: its prefix and the pattern of its parts. The pattern writes
 * the parts in angle brackets: `<year>`, `<session>`, `<n>` (the number as it is) or `<nn>` (two digits
 * at least); its other words are literal (`GA-<year>-<session>-RES-<nn>`, `A/RES/<session>/<n>`). A
 * literal word after the prefix stands before the number (`RES`): the parser also reads it glued to it (`RES01`).
 */
export interface IdentifierForm {
  /** The prefix, upper case, as the identifier opens: `GA`, `AGN`, `A/RES`. */
  prefix: string
  pattern: string
  /** What the hover says of the years of this form (`the AG- form was used from 2001 to 2014`). */
  era: MessageKey
  /** The series of sessions numbered apart (`PairSeries.key`) whose session the form names (`A/RES/ES-<session>/<n>`): never the regular sessions table's. */
  series?: string
}

/** An era of identifiers: its years, the forms of those years and its shape, with its source. */
export interface IdentifierEra {
  /** The era's name: its form's prefix, or what a year of two possible forms accepts (`AG or GA`). */
  form: string
  /** The prefixes of the forms these years take; with two or more, each is right (an unverified switch). */
  prefixes: readonly string[]
  /** First year of the era; undefined for open-ended. */
  from: number | undefined
  /** Last year of the era; undefined for open-ended. */
  to: number | undefined
  shape: string
  verified: boolean
  source: string
}

/** A family's identifier scheme, as data: its forms, its eras in order, the form a new identifier takes. */
export interface IdentifierScheme {
  /**
   * The key its citations carry (`Citation.family`: `interpol`, `un`) and its own words in the catalogues are named by
   * (`family.<family>.*`: no other catalogue key names a family).
   */
  family: string
  /**
   * The family's words: how the hover names a resolution of the family (`family.interpol.resolution`), and with its
   * number when the family says it so; how the parallel check names a citation of it (`fact`: `the INTERPOL resolution
   * …`); a session missing from its table, as a line and as a problem, in the family's word for a session (Spanish:
   * INTERPOL's `reunión`, the UN's `período de sesiones`).
   */
  names: {
    resolution: MessageKey
    numbered?: MessageKey
    fact: MessageKey
    unknownSession: MessageKey
    sessionNotInTable: MessageKey
    /** Shared entries the family words its own way (the UN's Spanish `período de sesiones` in completion's details), by the shared key. */
    own?: Partial<Record<MessageKey, MessageKey>>
  }
  forms: readonly IdentifierForm[]
  eras: readonly IdentifierEra[]
  /** The prefix of the form new identifiers take (completion, the next free number). */
  current: string
  /** A line holding only an identifier of the family (folded), in any era's form; none when the profile's `lineKind` tells it. */
  line?: RegExp
  /** How the hover names a session (`{ordinal} session`, `{ordinal} reunión`). */
  sessionWords: Readonly<Record<Language, string>>
}

/** Parts of an identifier, as for `formatIdentifier`. */
export interface IdentifierParts {
  prefix: string
  year: number | undefined
  session: number | undefined
  number: number | undefined
}

/** A problem found in an identifier: what to say in any locale, and its English message. */
export interface IdentifierProblem {
  code: 'not-canonical' | 'missing-part' | 'session-year-mismatch' | 'no-session-that-year' | 'unknown-session' | 'era'
  /** In English. */
  message: string
  /** What to say in the interface language. */
  said: Message
  /** The corrected identifier, when one can be built. */
  expected?: string
}

/** What hover shows about an identifier. */
export interface IdentifierDescription {
  identifier: ResolutionIdentifier
  /** Session and year, as written or completed from the sessions table. */
  session: number | undefined
  year: number | undefined
  /** The sessions-table row, when the session is known. */
  row: GeneralAssemblySession | undefined
  city: string | undefined
  country: string | undefined
  /** Dates of the session in the language, e.g. `24–27 November 2025`. */
  dates: string | undefined
  /** One line for hover: `93rd session, Marrakesh, Morocco, 24–27 November 2025`. */
  summary: string | undefined
  problems: readonly IdentifierProblem[]
}

/**
 * A family's identifiers, read by its scheme (`profiles/scheme.ts`) over its sessions table: eras,
 * parser, canonical writing, description, the next free one. Rules and features ask only these.
 */
export interface IdentifierFacts {
  scheme: IdentifierScheme
  /** The sessions table the lookups read (the family's, or a check's view with a declared session). */
  sessions: SessionTable
  identifierEras: readonly IdentifierEra[]
  eraOfYear(year: number): IdentifierEra
  expectedForm(year: number): string
  shapeOf(form: string): string
  formatIdentifier(parts: IdentifierParts): string | undefined
  /** An identifier of one of the scheme's forms, also malformed; undefined for any other text. */
  parse(text: string): ResolutionIdentifier | undefined
  describeIdentifier(id: ResolutionIdentifier, language: Language): IdentifierDescription
  missingParts(id: ResolutionIdentifier): string[]
  /** Whether the form of `prefix` can be written from the parts `id` has, its number aside (`GA-2012-81-RES-08` → `AG-2012-RES-08`). */
  writable(prefix: string, id: ResolutionIdentifier): boolean
  yearAndSession(id: ResolutionIdentifier): {year: number | undefined; session: number | undefined}
  /** Whether `id` is a whole identifier of the current form (`GA-2026-94-RES-02`). */
  isCurrent(id: ResolutionIdentifier | undefined): id is ResolutionIdentifier
  /** The next free identifier of the current form for a session, given those already used (file names too). */
  nextIdentifier(existing: readonly string[], year: number, session: number): string
  identifierOfName(value: string): ResolutionIdentifier | undefined
  /** The current form with its parts as fields to fill in (`GA-{{year}}-{{session}}-RES-{{01}}`). */
  draft: string
  /** Whether `prefix` is one of the scheme's. */
  knows(prefix: string): boolean
  /** How texts cite the family by a session and number (`71/19`) and what its sessions' dates are, for a family cited so (the UN). */
  pairs?: PairCitations
}

/** A resolution of a family cited by pairs that its facts know: its adoption day and title, with the source. */
export interface KnownResolution {
  session: number
  number: number
  /** Adoption date, ISO. */
  date: string
  title: string
  verified: boolean
  source: string
}

/**
 * A family whose resolutions are cited by their session and number: after one of its `symbols` (`A/RES/71/19`),
 * or alone after a word for resolution (`resolution 71/19`, `القرار 19/71`), and whose sessions are dated by a
 * rule. The inline scan, the citation rules and the hover read a citation of the family through these (the
 * registry's `citedFamily`), never through the family's own modules.
 */
export interface PairCitations {
  /** Folded, what makes the pair after it a symbol (`a/res/`): read session first in every language. */
  symbols: readonly string[]
  /**
   * The readings of a pair `a/b`: session first, and also number first when `eitherOrder` (Arabic); those naming no
   * plausible session dropped. Of a `series` (`ES-11/1`): its session first, in every language.
   */
  read(a: number, b: number, eitherOrder: boolean, series?: string): PairReading[]
  /** The full symbol of a reading (`A/RES/71/19`). */
  symbol(reading: PairReading): string
  /** The session in progress on a date (ISO), undefined for an invalid date. */
  sessionOfDate(iso: string): number | undefined
  /** The sessions a date can belong to: the one in progress, and where opening days are approximate also the one before. */
  sessionsOfDate(iso: string): number[]
  /** The opening day of a session (ISO), and the years it runs over. */
  opening(session: number): string
  years(session: number): {from: number; to: number}
  /** The known resolution a reading names, if the facts hold it. */
  known(reading: PairReading): KnownResolution | undefined
  /** Sessions numbered apart from the regular ones (the UN's special `S-27` and emergency special `ES-11`): how texts write them, and what is known of them. */
  series?: readonly PairSeries[]
  /**
   * The last session whose resolutions are cited by their number and the session in Roman numerals (`3220 (XXIX)`,
   * `3419 A to D (XXX)`: the UN's first thirty); none when the family has no such sessions.
   */
  romanSessions?: number
  /**
   * Folded, the words a language writes in those parentheses in place of the Roman numeral, before the session's
   * number in digits and a dash: UN Arabic `د` (for `الدورة`, the session), `3314 (د-29)`, `2330 (د - 22)`.
   */
  sessionWords?: readonly string[]
}

/**
 * A series of sessions numbered apart from the regular ones, on its own calendar (the UN's emergency special sessions,
 * which meet when called and resume for years: ES-10 from 1997 to 2024 and on). A pair after its words and a dash is
 * one of its resolutions (`ES-11/1`, `A/RES/ES-11/1`, Arabic `دإط-10/24`); its date is checked only against what is
 * known of its session (`opening`), never against the regular sessions.
 */
export interface PairSeries {
  /** The key its readings carry (`PairReading.series`), as the symbol writes it (`A/RES/ES-11/1`). */
  key: string
  /** Folded, the words written before the session's number and its dash (`es`, Arabic `داط`). */
  words: readonly string[]
  /** How the hover and the messages name one of its sessions (`{session} emergency special session`). */
  name: MessageKey
  /** The day a session of the series opened (ISO), where the facts know it for certain; undefined otherwise, and nothing is checked. */
  opening(session: number): string | undefined
}

/** A member count from a year on, with its source. */
export interface MemberCount {
  /** First year the figure applies to. */
  from: number
  count: number
  source: string
}

/** A profile's facts. */
export interface ProfileFacts {
  sessions: SessionTable
  /** Member counts by year; empty where the family's are not known (`note` says why). */
  members: {memberCounts: readonly MemberCount[]; membersInYear(year: number): number | undefined; note?: string}
  identifiers: IdentifierFacts
  /**
   * What the opening formula says of its session, as the family writes it: whether it names the session (INTERPOL:
   * `meeting in Marrakesh … at its 93rd session`; the UN's `The General Assembly,` names none), and the formula of a
   * session, whole or for a draft.
   */
  opening: {
    namesSession: boolean
    /** The formula of a session, or undefined while a fact it names (host city, dates) is not known. */
    formula(session: number, language: Language): string | undefined
    /** The formula for a draft, whatever is known: each fact not (yet) known is a `{{field}}`. */
    draft(session: number, language: Language, row?: GeneralAssemblySession): string
  }
  /** A new resolution's skeleton per language (`{heading}`, `{identifier}`, `{subject}`, `{opening}` filled in), and the subject's field. */
  drafts: {draftSkeletons: Readonly<Record<Language, readonly string[]>>; subject: Readonly<Record<Language, string>>}
  /** These facts with the session a config declares (`session`), or what of it contradicts the sessions table. */
  withSession(declared: DeclaredSession): ProfileFacts | {errors: SessionConflict[]}
}
