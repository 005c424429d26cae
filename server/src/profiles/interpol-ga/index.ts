/**
 * The INTERPOL General Assembly profile (`interpol-ga`), taken from the reference
 * resolution GA-2025-93-RES-03 and from INTERPOL texts quoted in FACTS.md: its
 * parts and layouts by era, labels, terminators, vote wording and numbering, and
 * its facts (sessions, members, identifiers by era, opening formulas), which no
 * code outside this folder imports: rules and features reach them as `profile.facts`.
 */
import {byLanguage} from '../../languages/index.js'
import type {Layout, Part, Profile, ProfileFacts} from '../types.js'
import {identifierFacts} from '../scheme.js'
import * as drafts from './drafts.js'
import {identifierScheme} from './identifiers.js'
import * as members from './members.js'
import * as openings from './openings.js'
import {builtInSessions, type SessionTable} from './sessions.js'

/** The facts over a sessions table (the built-in one or a check's view of it): every lookup that reads sessions reads that one. */
function factsOf(table: SessionTable): ProfileFacts {
  return {
    sessions: table,
    members,
    identifiers: identifierFacts(identifierScheme, table),
    opening: {
      namesSession: true,
      formula: (session, language) => openings.openingFormula(session, language, table),
      draft: (session, language, row = table.sessionByNumber(session)) => openings.openingDraft(session, language, row)
    },
    drafts: {draftSkeletons: drafts.draftSkeletons, subject: byLanguage((language) => openings.factPlaceholders[language].subject)},
    withSession(declared) {
      const view = table.declare(declared)
      return 'errors' in view ? view : factsOf(view)
    }
  }
}

const facts = factsOf(builtInSessions)

/** An INTERPOL text names its Assembly (`ICPO-INTERPOL`, `OIPC`, `الإنتربول`) or cites an identifier of one of its eras. */
const cues = /interpol|\bicpo\b|\boipc\b|الإنتربول|الانتربول|\b(?:agn|ag|ga)[-/ ](?:\d{2,4})[-/ ]/i

/** Where `detect` reads cues: the text's first code units (no cue runs across a line). */
const detectWithin = 20000

function detect(text: string): boolean {
  return cues.test(text.length > detectWithin ? text.slice(0, detectWithin) : text)
}

const currentParts: readonly Part[] = ['heading', 'identifier', 'subject', 'opening', 'preamble', 'operative', 'closing']
const currentRequired: readonly Part[] = ['heading', 'identifier', 'subject', 'opening', 'operative', 'closing']

/** Texts to 2014 (FACTS.md, "Wording seen in real INTERPOL resolutions"). */
const olderLayout: Layout = {
  parts: [['heading', 'identifier'], 'subject', ['opening', 'preamble'], 'operative', 'closing'],
  required: ['identifier', 'opening', 'operative', 'closing'],
  headingNumber: false,
  titleWithoutLabel: true,
  bareAdoption: true,
  itemNumbering: ['1)'],
  source:
    'AGN/68/RES/5 (interpol.int archive: `Resolution No AGN/68/RES/5`, a title line, the preamble before the opening, unnumbered verbs, `Adopted.`); AGN/69/RES/2 (doczz: `AGN/69/RES/2` / `RESOLUTION` / `Objet : …`, `1)` items, `Adoptée`); AG-2001-RES-05 (Yale Avalon: no title line)'
}

/** The INTERPOL General Assembly profile, the default. */
export const interpolGa: Profile = {
  id: 'interpol-ga',
  // INTERPOL texts cite INTERPOL resolutions and UN ones (`A/RES/71/19`, `71/19`: read by un-ga's scheme).
  cites: ['interpol-ga', 'un-ga'],
  // A draft is put to the vote only when distributed in the four working languages (FACTS.md, interpol.int fact sheet).
  languages: ['ar', 'en', 'fr', 'es'],
  parts: currentParts,
  required: currentRequired,
  layouts: {
    AGN: olderLayout,
    AG: olderLayout,
    GA: {
      parts: currentParts,
      required: currentRequired,
      headingNumber: true,
      titleWithoutLabel: false,
      bareAdoption: false,
      itemNumbering: [],
      source: 'the reference GA-2025-93-RES-03'
    }
  },
  current: 'GA',
  pastedLayout: {
    page: {
      ar: {page: ['الصفحة', 'صفحة'], of: ['من']},
      en: {page: ['Page'], of: ['of']},
      fr: {page: ['Page'], of: ['sur', 'de']},
      es: {page: ['Página', 'Pág.'], of: ['de']}
    },
    runningTitle: {
      ar: ['الجمعية العامة', 'الدورة', 'الإنتربول'],
      en: ['General Assembly', 'Session', 'INTERPOL'],
      fr: ['Assemblée générale', 'session', 'INTERPOL'],
      es: ['Asamblea General', 'reunión', 'INTERPOL']
    },
    filing: {ar: {start: [], end: []}, en: {start: [], end: []}, fr: {start: ['CLASSEMENT DE CETTE RESOLUTION'], end: ['TEXTE DE LA RESOLUTION']}, es: {start: [], end: []}},
    source:
      'AGN/68/RES/5 and AG-2001-RES-05 (interpol.int, Yale Avalon: `ICPO-Interpol - General Assembly` / `68th Session - Seoul - 8th-12th November 1999` above the text); AGN/61/RES/15 and AGN/64/RES/13 (doczz: `…/…`, `-2-`, the header repeated at the top of page 2, the filing notes `CLASSEMENT DE CETTE RESOLUTION` … `TEXTE DE LA RESOLUTION`); UN documents for `Page 2 of 5` and footnotes (UNVERIFIED for INTERPOL); the name of the Organization alone on a line of a letterhead (`ICPO-INTERPOL`, `المنظمة الدولية للشرطة الجنائية (الإنتربول)`) is our own case (UNVERIFIED)'
  },
  itemTerminators: {
    ar: ['؛ و', '، و'],
    en: ['; and', '; or', ', and', ', or'],
    fr: ['; et', ', et', '; ou', ', ou'],
    es: ['; y', ', y', '; o', ', o']
  },
  headingLabels: {
    ar: ['قرار رقم', 'القرار رقم', 'قرار', 'القرار'],
    en: ['RESOLUTION No.', 'Resolution Number', 'Resolution No', 'Resolution'],
    fr: ['RÉSOLUTION N°', 'Résolution nº', 'Résolution numéro', 'Résolution no.', 'Résolution no', 'Résolution'],
    es: ['RESOLUCIÓN N.º', 'Resolución n.°', 'Resolución nº', 'Resolución n°', 'Resolución núm.', 'Resolución No.', 'Resolución No', 'Resolución']
  },
  // Harmless variants of the heading label, correct as written: with the article (`القرار رقم`), without the period (`RESOLUTION No`);
  // the French `nᵒ` as plain text has no superscript (`RÉSOLUTION No`), and a degree sign and the ordinal indicator look alike
  // (`N°`, `Nº`; Spanish `N.º`, `N.°`): a drafter cannot see which one was typed.
  headingVariants: {ar: ['القرار رقم'], en: ['Resolution No'], fr: ['Résolution no', 'Résolution nº'], es: ['Resolución n.°']},
  subjectLabels: {ar: ['الموضوع'], en: ['Subject'], fr: ['Objet', 'Sujet'], es: ['Asunto', 'Tema', 'Objeto']},
  openingStarts: {
    ar: ['إن الجمعية العامة', 'الجمعية العامة'],
    en: ['The ICPO-INTERPOL General Assembly', 'The ICPO-Interpol General Assembly', 'The INTERPOL General Assembly', 'The General Assembly'],
    fr: ["L'Assemblée générale"],
    es: ['La Asamblea General']
  },
  openingPhrases: {
    ar: [['الجمعية العامة'], ['المجتمعة في دورتها', 'المنعقدة في دورتها', 'في دورتها']],
    en: [['General Assembly'], ['meeting', 'held', 'convened', 'assembled'], ['session']],
    fr: [['Assemblée générale'], ['réunie', 'tenue', 'en sa', 'lors de sa'], ['session']],
    es: [['Asamblea General'], ['reunida', 'celebrada', 'en su'], ['reunión', 'sesión', 'período de sesiones']]
  },
  terminators: {
    ar: {preamble: '،', operative: '؛', last: '.', chapeau: ':', opening: '،'},
    en: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ':'},
    fr: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','},
    es: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','}
  },
  vote: {
    ar: {adopted: ['اعتُمد', 'اعتمدت'], for: ['المؤيدون'], against: ['المعارضون'], abstentions: ['الممتنعون عن التصويت', 'الممتنعون']},
    en: {adopted: ['Adopted'], for: ['For', 'In favour', 'In favor'], against: ['Against'], abstentions: ['Abstentions', 'Abstention']},
    fr: {adopted: ['Adoptée', 'Adopté'], for: ['Pour', 'Voix pour'], against: ['Contre', 'Voix contre'], abstentions: ['Abstentions', 'Abstention(s)', 'Abstention']},
    es: {adopted: ['Aprobada', 'Adoptada'], for: ['A favor', 'Votos a favor'], against: ['En contra', 'Votos en contra'], abstentions: ['Abstenciones', 'Abstención']}
  },
  // Wording variants of the same label, correct as written (adopted texts use
  // both); the other labels of `vote` (`اعتمدت`, `Adopté`, `In favor`) are
  // replaced by the canonical one.
  voteVariants: {
    ar: {abstentions: ['الممتنعون']},
    en: {for: ['In favour'], abstentions: ['Abstention']},
    fr: {for: ['Voix pour'], against: ['Voix contre'], abstentions: ['Abstention(s)', 'Abstention']},
    es: {for: ['Votos a favor'], against: ['Votos en contra'], abstentions: ['Abstención']}
  },
  numbering: '1.',
  // Arabic translators may number as UN Arabic does (`1 -`): our own texts, UNVERIFIED in an adopted INTERPOL text.
  numberingVariants: {ar: ['1 -']},
  // Latin-script INTERPOL texts write openers and finite verbs in upper case (FACTS.md, fixtures).
  upperCaseOpeners: {ar: false, en: true, fr: true, es: true},
  detect,
  detectsLines: {within: detectWithin},
  facts
}
