/**
 * Profiles: the structure of a kind of resolution, as data. `interpol-ga`
 * (the default) is taken from the reference resolution GA-2025-93-RES-03 and
 * from INTERPOL texts quoted in FACTS.md.
 */
import {languageData, type Language} from '../languages/index.js'

/** The parts of a resolution, named as their block types. */
export type Part = 'heading' | 'identifier' | 'subject' | 'opening' | 'preamble' | 'operative' | 'closing'

type PerLanguage<T> = Record<Language, T>

/** The eras of a profile's identifiers (`AGN/68/RES/5`, `AG-2001-RES-05`, `GA-2025-93-RES-03`), by prefix. */
export type Era = 'AGN' | 'AG' | 'GA'

/**
 * The layout of an era: what its adopted texts look like. A document's era is
 * its identifier's; a document without one is held to the profile's current era.
 */
export interface Layout {
  /** Parts in the order they appear; the parts of an inner list may come in either order (`AGN/69/RES/2` above `RESOLUTION`, the preamble before the opening). */
  parts: ReadonlyArray<Part | readonly Part[]>
  /** Parts that must be present. */
  required: readonly Part[]
  /** Whether the heading carries the resolution number (`RESOLUTION No. 3`); older headings are `Resolution No AGN/68/RES/5` or `RESOLUTION`. */
  headingNumber: boolean
  /** Whether the subject may be a title line without its label (`Model police co-operation agreement`). */
  titleWithoutLabel: boolean
  /** Whether the closing may be a bare `Adopted.` / `Adoptée`, without figures. */
  bareAdoption: boolean
  /** Marker styles that number the items of a list inside a paragraph ending with `:`, besides `(a)`, `a)`, `(i)`, `(أ)` and bullets. */
  itemNumbering: readonly string[]
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

/** A kind of resolution: its parts, labels, terminators, vote wording and numbering. */
export interface Profile {
  id: string
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
  /** Labels of the subject line, without the colon. */
  subjectLabels: PerLanguage<readonly string[]>
  /** How the opening formula starts. */
  openingStarts: PerLanguage<readonly string[]>
  /** Phrases the opening must contain (folded comparison). */
  openingPhrases: PerLanguage<readonly string[]>
  /** Terminators: of preamble paragraphs, of operative paragraphs but the last, of the last one, of the opening. */
  terminators: PerLanguage<{preamble: string; operative: string; last: string; chapeau: string; opening: string}>
  /** Vote line labels, without colons; the first of each is canonical. */
  vote: PerLanguage<{adopted: readonly string[]; for: readonly string[]; against: readonly string[]; abstentions: readonly string[]}>
  /** The marker style operative paragraphs must use, with `1` for the number. */
  numbering: string
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
      ar: ['الجمعية العامة', 'الدورة'],
      en: ['General Assembly', 'Session'],
      fr: ['Assemblée générale', 'session'],
      es: ['Asamblea General', 'reunión']
    },
    filing: {ar: {start: [], end: []}, en: {start: [], end: []}, fr: {start: ['CLASSEMENT DE CETTE RESOLUTION'], end: ['TEXTE DE LA RESOLUTION']}, es: {start: [], end: []}},
    source:
      'AGN/68/RES/5 and AG-2001-RES-05 (interpol.int, Yale Avalon: `ICPO-Interpol - General Assembly` / `68th Session - Seoul - 8th-12th November 1999` above the text); AGN/61/RES/15 and AGN/64/RES/13 (doczz: `…/…`, `-2-`, the header repeated at the top of page 2, the filing notes `CLASSEMENT DE CETTE RESOLUTION` … `TEXTE DE LA RESOLUTION`); UN documents for `Page 2 of 5` and footnotes (UNVERIFIED for INTERPOL)'
  },
  itemTerminators: {
    ar: ['؛ و', '، و'],
    en: ['; and', '; or', ', and', ', or'],
    fr: ['; et', ', et', '; ou', ', ou'],
    es: ['; y', ', y', '; o', ', o']
  },
  headingLabels: {
    ar: ['قرار رقم', 'القرار رقم'],
    en: ['RESOLUTION No.', 'Resolution Number', 'Resolution No', 'Resolution'],
    fr: ['RÉSOLUTION N°', 'Résolution nº', 'Résolution numéro', 'Résolution no.', 'Résolution no', 'Résolution'],
    es: ['RESOLUCIÓN N.º', 'Resolución n.°', 'Resolución nº', 'Resolución n°', 'Resolución núm.', 'Resolución No.', 'Resolución No', 'Resolución']
  },
  subjectLabels: {ar: ['الموضوع'], en: ['Subject'], fr: ['Objet', 'Sujet'], es: ['Asunto', 'Tema', 'Objeto']},
  openingStarts: {
    ar: ['إن الجمعية العامة', 'الجمعية العامة'],
    en: ['The ICPO-INTERPOL General Assembly', 'The ICPO-Interpol General Assembly', 'The INTERPOL General Assembly', 'The General Assembly'],
    fr: ["L'Assemblée générale"],
    es: ['La Asamblea General']
  },
  openingPhrases: {
    ar: ['الجمعية العامة', 'المجتمعة في دورتها'],
    en: ['General Assembly', 'meeting', 'session'],
    fr: ['Assemblée générale', 'réunie', 'session'],
    es: ['Asamblea General', 'reunida', 'reunión']
  },
  terminators: {
    ar: {preamble: '،', operative: '؛', last: '.', chapeau: ':', opening: '،'},
    en: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ':'},
    fr: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','},
    es: {preamble: ',', operative: ';', last: '.', chapeau: ':', opening: ','}
  },
  vote: {
    ar: {adopted: ['اعتُمد', 'اعتمدت'], for: ['المؤيدون'], against: ['المعارضون'], abstentions: ['الممتنعون عن التصويت', 'الممتنعون']},
    en: {adopted: ['Adopted'], for: ['For', 'In favour', 'In favor'], against: ['Against'], abstentions: ['Abstentions']},
    fr: {adopted: ['Adoptée', 'Adopté'], for: ['Pour'], against: ['Contre'], abstentions: ['Abstentions']},
    es: {adopted: ['Aprobada', 'Adoptada'], for: ['A favor', 'Votos a favor'], against: ['En contra'], abstentions: ['Abstenciones']}
  },
  numbering: '1.'
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

/** The layout a document of `era` is held to: the profile's current one when the era is unknown. */
export function layoutOf(profile: Profile, era: Era | undefined): Layout {
  return profile.layouts[era ?? profile.current]
}

/** Every profile, by id. */
export const profiles: Record<string, Profile> = {[interpolGa.id]: interpolGa}

/** The profile of that id, or undefined. */
export function getProfile(id: string | undefined): Profile | undefined {
  return profiles[id ?? interpolGa.id]
}
