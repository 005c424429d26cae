/**
 * INTERPOL resolution identifiers: their forms and eras as data (an `IdentifierScheme`), which
 * `profiles/scheme.ts` makes into the parser, the canonical writing, the hover's description and
 * the next free number, over the sessions table.
 *
 * Eras (FACTS.md, "INTERPOL resolution identifiers by era"):
 * - to 2000 (up to the 69th session): `AGN/<session>/RES/<n>`, no zero padding
 *   (AGN/61/RES/15, AGN/68/RES/5, AGN/69/RES/2);
 * - 2001 (70th) to at least 2014 (83rd): `AG-<year>-RES-<nn>` (AG-2001-RES-05,
 *   AG-2014-RES-03);
 * - by 2017 (86th) onward: `GA-<year>-<session>-RES-<nn>` (GA-2017-86-RES-09).
 * - 2015–2016: UNVERIFIED which form was used; both are accepted.
 * The prefix does not depend on the language. Reports (`-RAP-`, `-REP-`) are
 * not resolutions and are not parsed.
 */
import {identifierFacts} from '../scheme.js'
import type {IdentifierEra, IdentifierScheme} from '../facts.js'
import {builtInSessions} from './sessions.js'

/** The identifier eras, in order. */
export const identifierEras: readonly IdentifierEra[] = [
  {form: 'AGN', prefixes: ['AGN'], from: undefined, to: 2000, shape: 'AGN/<session>/RES/<n>', verified: true, source: 'AGN/61/RES/15 (1992), AGN/68/RES/5 (1999), AGN/69/RES/2 (2000): interpol.int archive, doczz copies'},
  {form: 'AG', prefixes: ['AG'], from: 2001, to: 2014, shape: 'AG-<year>-RES-<nn>', verified: true, source: 'AG-2001-RES-05 (Yale Avalon Project), AG-2004-RES-16, AG-2014-RES-03 (cites.org)'},
  {form: 'AG or GA', prefixes: ['AG', 'GA'], from: 2015, to: 2016, shape: 'AG-<year>-RES-<nn> or GA-<year>-<session>-RES-<nn>', verified: false, source: 'UNVERIFIED: the switch from AG- to GA- happened between 2014 and 2017'},
  {form: 'GA', prefixes: ['GA'], from: 2017, to: undefined, shape: 'GA-<year>-<session>-RES-<nn>', verified: true, source: 'GA-2017-86-RES-09 (interpol.int), GA-2024-92-RES-07, reference GA-2025-93-RES-03'}
]

/** INTERPOL's identifier scheme: a form per prefix, the eras above, new identifiers in the `GA` form. */
export const identifierScheme: IdentifierScheme = {
  family: 'interpol',
  names: {resolution: 'family.interpol.resolution', numbered: 'family.interpol.resolutionNumbered', fact: 'family.interpol.fact', unknownSession: 'family.interpol.unknownSession', sessionNotInTable: 'family.interpol.sessionNotInTable'},
  forms: [
    {prefix: 'AGN', pattern: 'AGN/<session>/RES/<n>', era: 'family.interpol.era.AGN'},
    {prefix: 'AG', pattern: 'AG-<year>-RES-<nn>', era: 'family.interpol.era.AG'},
    {prefix: 'GA', pattern: 'GA-<year>-<session>-RES-<nn>', era: 'family.interpol.era.GA'}
  ],
  eras: identifierEras,
  current: 'GA',
  // Folded: `GA-2025-93-RES-03`, `AGN/68/RES/5`, also spaced or dotted (`GA 2022 90 RES-01`), with a sentence mark after it.
  line: /^(?:agn|ag|ga)[ \-/.]*(?:\d{1,4}[ \-/.]*){1,2}res[ \-/.]*\d{1,3}[.,;:،؛]?$/,
  // INTERPOL's Spanish names a session `reunión` (openings.ts).
  sessionWords: {ar: 'الدورة {ordinal}', en: '{ordinal} session', fr: '{ordinal} session', es: '{ordinal} reunión'}
}

/** The scheme's lookups over the built-in sessions table (a check's view: `index.ts`, `factsOf`). */
export const identifiers = identifierFacts(identifierScheme, builtInSessions)

export const {eraOfYear, expectedForm, shapeOf, formatIdentifier, describeIdentifier, missingParts, yearAndSession, nextIdentifier, identifierOfName} = identifiers
/** The parser of INTERPOL identifiers (`identifiers.parse`). */
export const parseInterpolIdentifier = identifiers.parse
