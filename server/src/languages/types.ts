/**
 * What resolint knows of a language, behind one interface: one module per
 * language (`ar.ts`, `en.ts`, …) implements it, and `index.ts` is the registry.
 * Code elsewhere asks these modules and never branches on a language code.
 */
import type {Modifier} from '../core/tree.js'

/** A writing system, with the letters that tell it apart. */
export type Script = 'Arabic' | 'Latin'

/** A digit style: ASCII `0-9`, Arabic-Indic `٠-٩` or extended Arabic-Indic `۰-۹`. */
export type DigitStyle = 'western' | 'arabicIndic' | 'extended'

/** Month names: one name a month, or (Arabic) a pair of the Levantine and the international name. */
export type MonthNames =
  | {kind: 'single'; /** Forms of each month, January first; the first form of each is canonical. */ names: ReadonlyArray<readonly string[]>}
  | {kind: 'paired'; /** January first; the first form of each half is canonical; written `levantine/international`. */ pairs: ReadonlyArray<{levantine: readonly string[]; international: readonly string[]}>}

import type {Grammar} from './grammar/types.js'

/**
 * Numbers as words (`twenty-four`, `trois cents`, `veinticuatro`, `أربع وعشرين`, ordinals
 * `ninety-fourth`, `الرابعة`), as written: folded when read. Used only to excuse a number
 * another version writes in digits, never to report one.
 */
export interface NumberWords {
  /** Cardinals and ordinals with their value; a compound joined by hyphens may be one entry (`quatre-vingt-dix`). */
  values: Readonly<Record<string, number>>
  /** Words that multiply what comes before them (`hundred`, `mille`, `مليون`). */
  scales: Readonly<Record<string, number>>
  /** Words between the parts of one number (`y`, `et`, `and`): skipped inside a run of number words. */
  joiners: readonly string[]
  /** Words that are a number only inside a compound, being an article or pronoun alone (`one`, `une`, `un`). */
  compoundOnly: readonly string[]
  /** Letters a number word may be prefixed with (Arabic `و`, `ب`, `ال`), longest first. */
  prefixes: readonly string[]
}

/** One language: script, punctuation, dates, ordinals, detection cues and the words that shape openers. */
export interface LanguageData {
  /** ISO 639-1 code, the key of the registry and of every row keyed by language. */
  code: string
  /** The language's name in English (the language of resolint's messages). */
  name: string
  script: Script
  direction: 'ltr' | 'rtl'
  /** Digit style the language may write besides western digits (Arabic-Indic in Arabic), when the document mostly does. */
  nativeDigits: DigitStyle | undefined
  punctuation: {
    /** Comma, semicolon and question mark of the script; the other scripts' ones are foreign here. */
    comma: string
    semicolon: string
    question: string
    /** The colon written after a label (subject, vote): French puts a space before it (`Objet :`). */
    labelColon: string
    /** What may stand between a label and its colon: nothing, or in French a (narrow no-break) space. */
    beforeColon: readonly string[]
    /** Between items of a list (`Pour : 134, Contre : 0`, `المؤيدون: 134، المعارضون: 0`). */
    listSeparator: string
    /**
     * Marks written after a space (French `;` `:` `?` `!`: `saisis ;`, `Objet :`): a fix or
     * Format Document writes the space the document uses before them (plain, no-break or
     * narrow no-break), and none before the other marks.
     */
    spacedMarks: string
  }
  dates: {
    /**
     * Pieces of the date pattern the inline scan reads (on folded text, regular-expression source): after a day, between
     * day and month, before the year, between the two ends of a range; and `aside`, what may follow the first end's own
     * year before the range goes on (Arabic: ` م` and the Hijri date beside the Gregorian, `24 تشرين الثاني/نوفمبر 2025 م
     * (3 جمادى الآخرة 1447 هـ) إلى 27 …`); `before`, what may stand before the range's last day (Arabic: the Hijri date and a
     * slash, `… إلى 6 جمادى الآخرة 1447 هـ/27 تشرين الثاني/نوفمبر 2025`).
     */
    pattern: {ordinal: string; dayMonth: string; year: string; range: string; aside?: string; before?: string}
    months: MonthNames
    /** The first day of a month as written before its name (`1er` in French), else the number. */
    firstDay: string | undefined
    /** Between the day and the month, and between the month and the year (`24 de noviembre de 2025`). */
    dayMonth: string
    monthYear: string
    /**
     * Date-range wording: `{start}`/`{end}` are day and month (with the year when the years differ); `span` is the
     * range alone, without the words that introduce it in an opening (Arabic `في الفترة`).
     */
    range: {range: string; single: string; span: string}
    /**
     * A Hijri date written beside the Gregorian one, after it (`24 تشرين الثاني/نوفمبر 2025 (الموافق 3 جمادى الآخرة
     * 1447 هـ)`): the month names, each month's forms (folded), and the regular-expression source of what may stand
     * between the two (`، الموافق `, ` (`). Languages that never write one have none.
     */
    hijri?: {
      months: readonly (readonly string[])[]
      between: string
      range: string
      era: string
      /** What stands between a Hijri date written first and the Gregorian one after it (`1424 هـ، الموافق `), as a regular-expression source. */
      before?: string
    }
  }
  /**
   * The wording around citations and dates as the inline scan reads it (folded: lower case, no
   * accents, Arabic hamza forms unified). Sources: the reference GA-2025-93-RES-03 (`بقرار الجمعية
   * العامة للأمم المتحدة 1/51 المؤرخ في …`, `في الفترة من 24 إلى 27 …`), the English, French and
   * Spanish fixtures (`resolution 51/1 of 15 October 1996`, `du 24 au 27 novembre 2025`, `del 24 al
   * 27 de noviembre de 2025`); further variants (`الصادر في`, `en date du`, `de fecha`) are standard
   * UN usage, not checked against a source.
   */
  citations: {
    /** A word that introduces a resolution number (one folded word). */
    resolutionWords: RegExp
    /** What may stand between two UN citations of a list, besides commas and spaces. */
    listSeparators: ReadonlySet<string>
    /**
     * Another body's resolutions, numbered as the cited assembly's are (`Human Rights Council resolution 49/1`): folded
     * words naming a body, found just before the word for resolution or between it and the number (`قرار مجلس حقوق
     * الإنسان 49/1`), or after the number behind one of `after` (`49/1 du Conseil des droits de l’homme`, `52/3 adopted
     * by the Human Rights Council`).
     */
    otherBodies: {words: readonly string[]; after: readonly string[]}
    /** The last words before a date stated for a resolution (`المؤرخ في`, `of`). */
    dateConnectors: readonly string[]
    /** Words before a range that belong to it (`from 24 to 27 November 2025`); a conjunction range needs one of `between`. */
    rangeStarts: {from: readonly string[]; between: readonly string[]}
    /** Range separators that are conjunctions (`24 and 27`): only after a word of `between`. */
    conjunctions: readonly string[]
    /**
     * Words joining the first and the last letter of a range of parts after a UN symbol (`3419 A to D`, `3419 A à D`,
     * `3419 A a D`, `3419 ألف إلى دال`: parts A, B, C and D); `-` joins a range in every language (`72/262 A-C`).
     */
    partRanges: readonly string[]
  }
  /**
   * The heading of an annex after the closing (`ANNEX`, `Annex II`, `ANNEXE`, `ANEXO`, `مرفق`, `المرفق الأول`): the
   * word alone on its line, or with its number (a Roman or Western numeral, a letter, or an ordinal in words).
   */
  annexLabels: readonly string[]
  /**
   * How an adoption without figures says it was unanimous (`Adopted unanimously.`, `Adopted by consensus`): the closing
   * is a vote line all the same, never an operative paragraph opening with a participle.
   */
  unanimity: readonly string[]
  /**
   * The words that number the parts of a resolution in parts, in order (Arabic `أولا`, `ثانيا`, … for `I`, `II`):
   * alone on its line, such a word heads a part as a Roman numeral does in every language. None: Roman numerals only.
   */
  partNumbers?: readonly string[]
  /**
   * The letters of the parts of a resolution in lettered parts, in order (`A`, `B`, …; UN Arabic names them, in abjad
   * order: `ألف`, `باء`, `جيم`, …). Alone on its line, or before a dash or a full stop and the part's title, a letter
   * heads a part as a numeral does; after a UN symbol (`47/120 B`, `40/152 سين`) it names the part cited, which is a
   * resolution of its own.
   */
  partLetters: readonly string[]
  /**
   * How a question opens: the mark before it where the language writes one (Spanish `¿`), the words that open one
   * (`what`, `quelles`, `كيف`), and the prepositions one may open with before its interrogative word (`To what extent`,
   * `Dans quelle mesure`, `إلى أي مدى`), the interrogatives after them being `afterPreposition` where given (Arabic
   * `أي`, which alone means *any*), else `words`; `glued`, prepositions written as one word with it (Arabic `بأي`,
   * `لأي`). An item of a list that is a question (the questions put to a court)
   * ends with the question mark; any other `?` where a terminator belongs is a slip (`؟` for `؛`, neighbours on the keyboard).
   */
  questions: {mark?: string; words: ReadonlySet<string>; prepositions?: ReadonlySet<string>; afterPreposition?: ReadonlySet<string>; glued?: ReadonlySet<string>}
  ordinals: {
    /**
     * A session ordinal in folded text (`93rd`, `93e`, `93ª`, `الـ 93`, `دورتها 93`); group 1 the digits.
     * Global and Unicode-aware (`gu`), tried by `matchAll`.
     */
    read: RegExp
    /** The ordinal of a session number as written: `93rd`, `93e`, `93ª`, `الـ 93`. */
    write: (n: number) => string
    /**
     * The ordinal before a masculine noun, where the language marks it and `write`'s agrees with
     * another (Spanish `80.º período de sesiones` of the UN beside `93ª reunión` of INTERPOL); `write` without it.
     */
    masculine?: (n: number) => string
    /**
     * Other forms of the ordinal that are right (French `93ème` of older texts, Spanish `93.ª`);
     * without it, the language's ordinals are not checked (`opening-formula` reports `94rd`, `93th`).
     */
    accepted?: (n: number) => readonly string[]
  }
  /** A host as written after a city: `Marrakesh, Morocco` (`{city}, {country}`), `Marrakech (Maroc)`; `inSentence` where it is followed by more of the sentence. */
  place: {alone: string; inSentence: string}
  /** Spellings the language contracts after a template is filled (`à Le ` → `au `). */
  contractions: ReadonlyArray<readonly [string, string]>
  /**
   * A preposition ending a phrase and the forms it takes contracted with the article after it, folded
   * (`EU ÉGARD À` + `les` → `EU ÉGARD AUX`, `ATENDIENDO A` + `el` → `ATENDIENDO AL`).
   */
  articleContractions: Readonly<Record<string, readonly string[]>>
  /** Common words that tell the language from others of its script (lower case). */
  detection: ReadonlySet<string>
  /** Words that mark a repeated opener (`RECALLING ALSO`, `وإذ تذكّر أيضا`), and whether they may also come first (`FURTHER RECALLING`). */
  modifiers: Record<Modifier, readonly string[]>
  /**
   * The highlighter's preamble words (the TextMate grammar's, filled in by `scripts/generate.ts`): the endings of
   * a participle (`-ing`), words so ending that are none (`during`), words before one (`further`) or elided before
   * it (`s'`), openers of other forms (`aware`, `deeply concerned`) and the words going on after one (`in mind`).
   * Empty for a right-to-left language: the grammar gives its lines one token.
   */
  highlight: {
    participleEndings: readonly string[]
    notParticiples: readonly string[]
    participleLeads: readonly string[]
    participleElisions: readonly string[]
    preambleWords: readonly string[]
    preambleContinuations: readonly string[]
  }
  modifierFirst: boolean
  /** Particles before an opener's verb (`وإذ تؤكد`), folded: an unknown opener starting with one takes the next word too. */
  openerParticles: ReadonlySet<string>
  /**
   * Particles (folded) that open a preamble paragraph whatever verb follows (`إذ تشير`, `وإذ تستحضر`):
   * a line starting with one after a paragraph's end starts a new paragraph, not a hard-wrapped line.
   */
  preambleParticles: ReadonlySet<string>
  /** Prepositions (folded) that end an opener; a modifier goes before them (`وإذ تشدد أيضا على`). */
  openerPrepositions: ReadonlySet<string>
  /** Words (folded) that make the number after them an article number (`article 47`, `المادة 47`): the wording of the parallel check's messages. */
  articleWords: ReadonlySet<string>
  /**
   * Whether an operative form continues a chapeau ending in "to:" / "إلى:" (verbal noun,
   * infinitive: `الاعتراف`, `Recognize`) rather than being a finite verb (`تعترف`, `Recognizes`),
   * read from the shape of its first word (folded).
   */
  continuesChapeau: (word: string) => boolean
  /** Whether a session-and-number pair `a/b` may be written number first (Arabic `19/71` for A/RES/71/19). */
  pairEitherOrder: boolean
  /**
   * Words that make a later mention of a resolution descriptive, not a second citation:
   * `established pursuant to resolution 75/240`, `conformément à la résolution …` (folded).
   */
  descriptiveMention: readonly string[]
  /** Numbers written as words, which another version may write in digits (the parallel check). */
  numberWords: NumberWords
  /** The morphology that recognises openers and verbs by their form (`languages/grammar/<code>.ts`). */
  grammar: Grammar
}
