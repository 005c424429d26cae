/**
 * The UN General Assembly's own facts (FACTS.md, "UN General Assembly resolutions"): its identifier scheme
 * (`A/RES/<session>/<n>` since the 31st session), its sessions (session S opens in September of 1945 + S), and
 * what is not known here, said as such: no host city (none is in FACTS.md), no membership figures, no vote
 * figures (a printed UN resolution carries none), and how its resolutions are cited and dated (`pairs.ts`). Nothing
 * of INTERPOL's: a UN text's INTERPOL citations are read by INTERPOL's scheme through the registry (`Profile.cites`).
 */
import {byLanguage, type Language} from '../../languages/index.js'
import {sessionTable, type DeclaredSession, type GeneralAssemblySession, type SessionConflict, type SessionTable} from '../../core/facts/sessions.js'
import {identifierFacts} from '../scheme.js'
import {unPairs} from './pairs.js'
import type {IdentifierScheme, ProfileFacts} from '../facts.js'

/** Rows of the languages written here (a new language needs none: it is simply absent, as in `index.ts`). */
type Rows<T> = Partial<Record<Language, T>>

/** How the hover names a session. */
const sessionWords: Rows<string> = {ar: 'الدورة {ordinal}', en: '{ordinal} session', fr: '{ordinal} session', es: '{ordinal} período de sesiones'}

/** The UN's identifier scheme: the symbol of a regular, special or emergency special session's resolution. */
export const identifierScheme: IdentifierScheme = {
  family: 'un',
  names: {resolution: 'family.un.resolution', fact: 'family.un.fact', unknownSession: 'family.un.unknownSession',
    sessionNotInTable: 'family.un.sessionNotInTable',
    own: {
      'completion.opening': 'family.un.completion.opening',
      'completion.identifier.own': 'family.un.completion.identifier.own',
      'completion.identifier.next': 'family.un.completion.identifier.next',
      'completion.identifier.assumed': 'family.un.completion.identifier.assumed',
      'config.session.year': 'family.un.config.session.year',
      'config.session.number': 'family.un.config.session.number',
      'config.session.afterLast': 'family.un.config.session.afterLast'
    }
  },
  forms: [
    {prefix: 'A/RES', pattern: 'A/RES/<session>/<n>', era: 'family.un.era'},
    {prefix: 'A/RES/S', pattern: 'A/RES/S-<session>/<n>', era: 'family.un.era', series: 'S'},
    {prefix: 'A/RES/ES', pattern: 'A/RES/ES-<session>/<n>', era: 'family.un.era', series: 'ES'}
  ],
  eras: [
    {form: 'A/RES (Roman session)', prefixes: [], from: undefined, to: 1975, shape: 'A/RES/<n> (<session in Roman numerals>)', verified: false, source: 'UNVERIFIED: before the 31st session a resolution was `<n> (<session in Roman numerals>)` (`51 (I)`); not read here'},
    {form: 'A/RES', prefixes: ['A/RES', 'A/RES/S', 'A/RES/ES'], from: 1976, to: undefined, shape: 'A/RES/<session>/<n>', verified: true, source: 'FACTS.md: since the 31st session `S/N`, symbol `A/RES/S/N` (A/RES/51/1, A/RES/75/289, A/RES/80/1)'}
  ],
  current: 'A/RES',
  // The symbol line is the profile's `lineKind` (index.ts).
  sessionWords: byLanguage((language) => sessionWords[language] ?? '{ordinal}')
}

/** The first session numbered `S/N`, and the last one FACTS.md names (80/1 of 19 September 2025). */
const firstSession = 31
const lastSession = 80

/** Session S, opened in September of 1945 + S; where it met is not recorded here. */
const rows: GeneralAssemblySession[] = Array.from({length: lastSession - firstSession + 1}, (_, index) => ({
  session: firstSession + index,
  year: 1945 + firstSession + index,
  city: undefined,
  country: undefined,
  verified: true,
  source: 'FACTS.md: session S opens in September of 1945 + S (51/1 of 15 October 1996, 80/1 of 19 September 2025); host city not recorded'
}))

/** The opening, the same for every session (it names none), as FACTS.md's phrase table gives it. */
const openings: Rows<string> = {ar: 'إن الجمعية العامة،', en: 'The General Assembly,', fr: "L'Assemblée générale,", es: 'La Asamblea General,'}
const openingTemplates = byLanguage((language) => openings[language] ?? '')

function factsOf(table: SessionTable): ProfileFacts {
  return {
    sessions: table,
    members: {
      memberCounts: [],
      membersInYear: () => undefined,
      note: 'UNVERIFIED: no UN membership figures in FACTS.md; no UN rule counts votes (a printed UN resolution carries no vote figures)'
    },
    // Cited by symbol and by pair (`A/RES/71/19`, `71/19`): how those are read and dated.
    identifiers: {...identifierFacts(identifierScheme, table), pairs: unPairs},
    // `The General Assembly,`: the session is the symbol's and the masthead's, never the opening's.
    opening: {
      namesSession: false,
      formula: (_session, language) => openingTemplates[language] || undefined,
      draft: (_session, language) => openingTemplates[language]
    },
    // A UN resolution is begun from its masthead (`masthead.ts`), not from a skeleton.
    drafts: {draftSkeletons: byLanguage((): readonly string[] => []), subject: byLanguage(() => '')},
    withSession(declared: DeclaredSession): ProfileFacts | {errors: SessionConflict[]} {
      const view = table.declare(declared)
      return 'errors' in view ? view : factsOf(view)
    }
  }
}

/** The UN profile's facts over its sessions table. */
export const unFacts = factsOf(sessionTable(rows))
