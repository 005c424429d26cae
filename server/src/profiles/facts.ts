/**
 * The shape of a profile's facts (sessions, members, identifiers by era, opening formulas,
 * drafts), which rules and features reach as `profile.facts`. Each profile fills it from its
 * own tables (`profiles/<id>/`); nothing here is one profile's data.
 */
import type {DeclaredSession, GeneralAssemblySession, SessionConflict, SessionTable} from '../core/facts/sessions.js'
import type {InterpolIdentifier} from '../core/tree.js'
import type {Language} from '../languages/index.js'
import type {Message} from '../l10n/index.js'

/** An era of identifiers: its years, form and shape, with its source. */
export interface IdentifierEra {
  /** The form its identifiers take (a prefix, or what a year of two possible forms accepts). */
  form: string
  /** First year of the era; undefined for open-ended. */
  from: number | undefined
  /** Last year of the era; undefined for open-ended. */
  to: number | undefined
  shape: string
  verified: boolean
  source: string
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
  identifier: InterpolIdentifier
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
  problems: IdentifierProblem[]
}

/** A family's resolution identifiers: eras, parser, canonical writing, description, the next free one. */
export interface IdentifierFacts {
  identifierEras: readonly IdentifierEra[]
  eraOfYear(year: number): IdentifierEra
  expectedForm(year: number): string
  shapeOf(form: string): string
  formatIdentifier(parts: IdentifierParts): string | undefined
  parseInterpolIdentifier(text: string): InterpolIdentifier | undefined
  describeIdentifier(id: InterpolIdentifier, language: Language): IdentifierDescription
  missingParts(id: InterpolIdentifier): string[]
  yearAndSession(id: InterpolIdentifier): {year: number | undefined; session: number | undefined}
  nextIdentifier(existing: readonly string[], year: number, session: number): string
  identifierOfName(value: string): InterpolIdentifier | undefined
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
  members: {memberCounts: readonly MemberCount[]; membersInYear(year: number): number | undefined}
  identifiers: IdentifierFacts
  openings: {
    openingTemplates: Readonly<Record<Language, string>>
    openingFormula(session: number, language: Language): string | undefined
    factPlaceholders: Readonly<Record<Language, {place: string; dates: string; subject: string}>>
    openingDraft(session: number, language: Language, row?: GeneralAssemblySession): string
  }
  drafts: {draftSkeletons: Readonly<Record<Language, readonly string[]>>}
  /** These facts with the session a config declares (`session`), or what of it contradicts the sessions table. */
  withSession(declared: DeclaredSession): ProfileFacts | {errors: SessionConflict[]}
}
