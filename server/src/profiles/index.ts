/**
 * The registry of profiles: every family of resolutions resolint checks, one
 * folder each (`profiles/<id>/`). To add one, write its folder and add it here.
 */
import {memoByObject} from '../core/memo.js'
import {digitsToArabicIndic} from '../core/normalize.js'
import {languageData, type Language} from '../languages/index.js'
import {interpolGa} from './interpol-ga/index.js'
import {unGa} from './un-ga/index.js'
import type {DeclaredSession} from '../core/facts/sessions.js'
import type {IdentifierFacts} from './facts.js'
import type {Profile} from './types.js'
import type {ResolutionIdentifier} from '../core/tree.js'
import type {MessageKey} from '../l10n/index.js'

export {layoutOf, profileRuns} from './types.js'
export type {Era, Layout, MastheadDraft, Part, PerLanguage, Profile, ProfileFacts, ProfileLine} from './types.js'
export type {DeclaredSession, GeneralAssemblySession, SessionConflict} from '../core/facts/sessions.js'
export type {IdentifierFacts, KnownResolution, PairCitations, PairSeries} from './facts.js'

/**
 * Every profile, by id, in the order detection asks them: `un-ga` first, as a
 * UN resolution may well name INTERPOL (its `detect` wants the symbol, the
 * opening line alone or the plenary-meeting closing).
 */
export const profiles: Record<string, Profile> = {
  [unGa.id]: unGa,
  [interpolGa.id]: interpolGa
}

/**
 * A shared catalogue entry as the profile's family words it (`IdentifierScheme.names.own`: the UN's Spanish `período
 * de sesiones` where INTERPOL's says `reunión`), else the shared entry.
 */
export function familyWords(profile: Profile, key: MessageKey): MessageKey {
  return profile.facts.identifiers.scheme.names.own?.[key] ?? key
}

/** The profile of a document whose text says nothing of its family. */
export const defaultProfile: Profile = interpolGa

/** The profile of that id (the default one without an id), or undefined. */
export function getProfile(id: string | undefined): Profile | undefined {
  return id === undefined ? defaultProfile : profiles[id]
}

/** The profile configured (an id), else (none or `auto`) the one the text is of, else the one its file name is of. */
export function profileFor(id: string | undefined, text: string, path?: string): Profile {
  return id === undefined || id === 'auto' ? detectProfile(text, path) : (getProfile(id) ?? defaultProfile)
}

/**
 * The profile as one check sees it: its facts with the session the config declares.
 * A declaration that contradicts the sessions table leaves the table as it is (the
 * config's validation reports it: see `validateConfig`).
 */
export function withDeclaredSession(profile: Profile, declared: DeclaredSession | undefined): Profile {
  if (!declared) return profile
  const facts = profile.facts.withSession(declared)
  return 'errors' in facts ? profile : {...profile, facts}
}

/**
 * The identifier schemes that read citations and identifier lines in a text of `profile`: those of the families
 * it `cites`, its own facts' (a check's view, with its declared session) for itself. No profile imports another's
 * facts: a UN text's INTERPOL citations are read and described by INTERPOL's scheme, through here.
 */
export function citedIdentifiers(profile: Profile): readonly IdentifierFacts[] {
  return citedOf(profile)
}

const citedOf = memoByObject((profile: Profile): readonly IdentifierFacts[] =>
  profile.cites.flatMap((id) => (id === profile.id ? [profile.facts.identifiers] : profiles[id] ? [profiles[id].facts.identifiers] : []))
)

/** The scheme an identifier is of, in a text of `profile`: its own, else the cited family's whose prefix it has. */
export function identifiersOf(profile: Profile, id: ResolutionIdentifier): IdentifierFacts {
  if (profile.facts.identifiers.knows(id.prefix)) return profile.facts.identifiers
  return citedIdentifiers(profile).find((scheme) => scheme.knows(id.prefix)) ?? profile.facts.identifiers
}

/** The scheme of the family a citation names (`Citation.family`), in a text of `profile`: its own or a cited one's. */
export function citedFamily(profile: Profile, family: string): IdentifierFacts | undefined {
  if (profile.facts.identifiers.scheme.family === family) return profile.facts.identifiers
  return citedIdentifiers(profile).find((scheme) => scheme.scheme.family === family)
}

/** The cited families a text of `profile` cites by session and number (`A/RES/71/19`, `71/19`), in the order of `cites`. */
export function pairFamilies(profile: Profile): readonly IdentifierFacts[] {
  return pairCitedOf(profile)
}

const pairCitedOf = memoByObject((profile: Profile): readonly IdentifierFacts[] => citedIdentifiers(profile).filter((scheme) => scheme.pairs !== undefined))

/** Whether a line (folded) holds only an identifier of the profile's own or a cited family (`IdentifierScheme.line`). */
export function isIdentifierLine(profile: Profile, text: string): boolean {
  return lineTestOf(profile)(text)
}

const lineTestOf = memoByObject((profile: Profile): ((line: string) => boolean) => {
  const lines = [...new Set([profile.facts.identifiers, ...citedIdentifiers(profile)].flatMap((scheme) => (scheme.scheme.line ? [scheme.scheme.line] : [])))]
  return (line) => lines.some((pattern) => pattern.test(line))
})

/** The words standing before an identifier's number in any family's forms, folded (`res`): the citation scan's. */
export function identifierMarkers(): string[] {
  const markers = Object.values(profiles).flatMap((profile) =>
    profile.facts.identifiers.scheme.forms.flatMap((form) => {
      const words = form.pattern.split(/[\s\-/_]+/).filter((word) => word !== '')
      const prefixWords = form.prefix.split(/[\s\-/_]+/).filter((word) => word !== '').length
      return words.slice(prefixWords).filter((word) => !/^<\w+>$/.test(word)).map((word) => word.toLowerCase())
    })
  )
  return [...new Set(markers)]
}

/**
 * The marker style of operative paragraphs in `language` (`1.`; UN Arabic `1 -`); given the styles a document's
 * numbers are written in (`operativeNumberStyles`), one of the profile's variants when every number is in it.
 */
export function numberingOf(profile: Profile, language: Language | undefined, written?: readonly string[]): string {
  const style = (language && profile.numberingByLanguage?.[language]) || profile.numbering
  const variants = language ? profile.numberingVariants?.[language] : undefined
  const first = written?.[0]
  if (variants && first !== undefined && variants.includes(first) && written!.every((other) => other === first)) return first
  return style
}

/** The profile a tree was parsed with (its `data.profile`), the default one when unknown. */
export function profileOf(tree: {data?: {profile?: string}}): Profile {
  return getProfile(tree.data?.profile) ?? defaultProfile
}

/**
 * The profile a text is of: the first whose `detect` recognises it; when none does (a blank file, a draft's first
 * paragraphs), the first whose `detectName` recognises the file's name (`A-RES-80-1.en.txt`); else the default.
 */
export function detectProfile(text: string, path?: string): Profile {
  const all = Object.values(profiles)
  const name = path?.split(/[\\/]/).pop()
  const named = name ? all.find((profile) => profile.detectName?.(name)) : undefined
  // A text that only looks like its family's is the one its name says (`A-RES-80-15.ar.txt`, `إن الجمعية العامة` without its comma).
  if (named?.detectWithName?.(text) && !named.detect(text)) return named
  return all.find((profile) => profile.detect(text)) ?? named ?? defaultProfile
}

/**
 * The vote line in the profile's canonical wording, `figure(0…2)` for the figures
 * (`<n>` by default): `Adopted: For: <n>, Against: <n>, Abstentions: <n>`.
 */
export function voteLineExample(profile: Profile, language: Language, figure: (index: number) => string = () => '<n>'): string {
  const vote = profile.vote[language]
  const {labelColon: colon, listSeparator: separator} = languageData(language).punctuation
  return `${vote.adopted[0] ?? ''}${colon} ` + [vote.for[0], vote.against[0], vote.abstentions[0]].map((label, index) => `${label ?? ''}${colon} ${figure(index)}`).join(separator)
}

/**
 * An operative paragraph's marker in the profile's numbering (`1.` → `3.`, `(3)`), in Arabic-Indic digits when asked;
 * like `written` (the marker it replaces), its space a no-break one where that had one (`1\u00a0-`: Word keeps a UN
 * Arabic number with its dash so).
 */
export function operativeMarker(profile: Profile, number: number, arabicIndic: boolean, language?: Language, written?: string, style = numberingOf(profile, language)): string {
  const digits = String(number)
  const marker = style.replace('1', arabicIndic ? digitsToArabicIndic(digits) : digits)
  return written?.includes('\u00a0') ? marker.replaceAll(' ', '\u00a0') : marker
}

