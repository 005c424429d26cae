/**
 * Texts in a language resolint does not check: a drafter pasting the wrong language version (the Russian or Chinese
 * of a UN resolution, a national German or Portuguese translation). Told by script first: letters of a script no
 * language resolint checks writes (Cyrillic, Han, Greek, …), when they are most of the text's letters and not a few
 * quoted names; then, in the Latin and Arabic scripts, by common words of that language alone. Undefined for any text
 * in Arabic, English, French or Spanish, a text quoting foreign names, and a short draft.
 */
import {languages, registry} from './index.js'

/** The languages resolint names when a text is in one it does not check (`language.<code>` in the catalogues). */
export type UnsupportedLanguage = 'de' | 'pt' | 'it' | 'nl' | 'pl' | 'tr' | 'ro' | 'sv' | 'id' | 'ru' | 'uk' | 'sr' | 'bg' | 'el' | 'he' | 'zh' | 'ja' | 'ko' | 'hi' | 'th' | 'fa' | 'ur'

/** Letters of the scripts resolint's languages do not write, as UTF-16 code ranges, and the language each names. */
const foreignScripts: ReadonlyArray<{ranges: ReadonlyArray<readonly [number, number]>; language: (letters: string) => UnsupportedLanguage; least: number}> = [
  {ranges: [[0x0400, 0x04ff]], language: cyrillic, least: 20},
  {ranges: [[0x0370, 0x03ff], [0x1f00, 0x1fff]], language: () => 'el', least: 20},
  {ranges: [[0x0591, 0x05f4]], language: () => 'he', least: 20},
  // Japanese writes its kana among the Han characters; Chinese none. A character is a word: fewer make a text.
  {ranges: [[0x3040, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]], language: (letters) => (count(letters, /[\u3040-\u30ff]/g) * 10 >= letters.length ? 'ja' : 'zh'), least: 8},
  {ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]], language: () => 'ko', least: 8},
  {ranges: [[0x0900, 0x097f]], language: () => 'hi', least: 20},
  {ranges: [[0x0e00, 0x0e7f]], language: () => 'th', least: 20}
]

/** The script of each UTF-16 code unit: 1 a letter of a language resolint checks (Latin, Arabic), 2 + its index a foreign script's, 0 none. */
const scriptOfUnit = new Uint8Array(0x10000)
for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x0620, 0x064a], [0x0660, 0x06ff]] as const) scriptOfUnit.fill(1, from, to + 1)
foreignScripts.forEach((script, index) => {
  for (const [from, to] of script.ranges) scriptOfUnit.fill(2 + index, from, to + 1)
})

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** The Cyrillic language by the letters only it writes: Ukrainian `і ї є ґ`, Serbian `ј љ њ ћ ђ џ`, Russian `ы э ё`, Bulgarian `ъ` without those. */
function cyrillic(letters: string): UnsupportedLanguage {
  const lower = letters.toLowerCase()
  const ukrainian = count(lower, /[іїєґ]/g)
  const serbian = count(lower, /[јљњћђџ]/g)
  const russian = count(lower, /[ыэё]/g)
  if (ukrainian > russian && ukrainian >= serbian) return 'uk'
  if (serbian > russian) return 'sr'
  if (russian === 0 && count(lower, /ъ/g) > 0) return 'bg'
  return 'ru'
}

/**
 * Common words of languages resolint does not check, each a word of that language alone (not an English, French or
 * Spanish word as well: no `de`, `que`, `con`, `une`, `do`, `care`, `este`), as written (Persian and Urdu with their
 * own `ک` and `ی`, which an Arabic text never has).
 */
const unsupportedWords: ReadonlyArray<readonly [code: UnsupportedLanguage, words: ReadonlySet<string>]> = [
  ['de', new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'im', 'auf', 'für', 'eine', 'einer', 'einen', 'ihre', 'ihrer', 'ihren', 'sich', 'werden', 'wird', 'vom', 'zur', 'zum', 'bei', 'über', 'unter', 'hinweis'])],
  ['pt', new Set(['da', 'das', 'dos', 'em', 'não', 'ao', 'aos', 'pela', 'pelo', 'pelas', 'pelos', 'uma', 'seu', 'sua', 'seus', 'suas', 'os', 'às', 'também', 'são', 'assembleia', 'resolução'])],
  ['it', new Set(['il', 'della', 'delle', 'dello', 'degli', 'nel', 'nella', 'nelle', 'gli', 'sono', 'alla', 'alle', 'dei', 'ed', 'questa', 'questo', 'assemblea', 'risoluzione'])],
  ['nl', new Set(['het', 'een', 'niet', 'zijn', 'wordt', 'worden', 'deze', 'ook', 'naar', 'voor', 'vergadering', 'resolutie', 'lidstaten'])],
  ['pl', new Set(['w', 'z', 'się', 'że', 'jest', 'oraz', 'przez', 'dla', 'jej', 'nie', 'które', 'który', 'która', 'także', 'również', 'zgromadzenie', 'ogólne', 'rezolucja', 'rezolucji', 'państw', 'członkowskich'])],
  ['tr', new Set(['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'daha', 'genel', 'kurul', 'kurulu', 'kararı', 'üye', 'ülkelerin', 'devletlerin', 'ilişkin', 'tarihli'])],
  ['ro', new Set(['și', 'şi', 'în', 'pentru', 'că', 'cu', 'din', 'pe', 'ale', 'adunarea', 'generală', 'rezoluția', 'rezoluţia', 'statele', 'membre', 'privind', 'precum'])],
  ['sv', new Set(['och', 'att', 'det', 'som', 'för', 'med', 'av', 'är', 'inte', 'sin', 'sina', 'också', 'generalförsamlingen', 'medlemsstaterna'])],
  ['id', new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'pada', 'dalam', 'majelis', 'umum', 'negara', 'anggota', 'resolusi', 'bahwa', 'akan', 'juga'])],
  ['fa', new Set(['است', 'این', 'که', 'را', 'می', 'های', 'برای', 'از', 'با', 'شود', 'کند', 'مجمع', 'عمومی', 'قطعنامه', 'کشورهای'])],
  ['ur', new Set(['کے', 'کی', 'میں', 'ہے', 'اور', 'کو', 'سے', 'نے', 'یہ', 'کہ', 'جنرل', 'اسمبلی', 'قرارداد'])]
]

/** Common Arabic words, as an Arabic text writes them: what a Persian or Urdu text's own words must outnumber. */
const arabicWords = new Set(['في', 'من', 'على', 'إلى', 'الى', 'أن', 'ان', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'الجمعية', 'العامة', 'الدول', 'الأعضاء', 'قرار'])

/**
 * The language of a text that resolint does not check, when it is plain: letters of a foreign script more than those
 * of Latin and Arabic together, and at least a line's worth (`least`); else, in the Latin or Arabic script, its own
 * common words more than twice those of every language resolint checks, and at least three. Else undefined.
 */
export function unsupportedLanguageOf(source: string): UnsupportedLanguage | undefined {
  const sample = source.length > 20000 ? source.slice(0, 20000) : source
  const perScript = new Uint32Array(foreignScripts.length + 2)
  for (let index = 0; index < sample.length; index++) perScript[scriptOfUnit[sample.charCodeAt(index)]!]!++
  let foreign = -1
  for (let index = 0; index < foreignScripts.length; index++) if (foreign < 0 || perScript[2 + index]! > perScript[2 + foreign]!) foreign = index
  const letters = perScript[2 + foreign]!
  if (letters > perScript[1]! && letters >= foreignScripts[foreign]!.least) {
    let own = ''
    for (let index = 0; index < sample.length; index++) if (scriptOfUnit[sample.charCodeAt(index)] === 2 + foreign) own += sample.charAt(index)
    return foreignScripts[foreign]!.language(own)
  }
  // Words: a few thousand characters tell a language, and each word is looked up once, in all the lists at once.
  const words = (sample.length > wordSample ? sample.slice(0, wordSample) : sample).toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? []
  const lists = (wordLists ??= listsOfWords())
  const counts = new Uint32Array(lists.size)
  for (const word of words) {
    const of = lists.words.get(word)
    if (of) for (const index of of) counts[index]!++
  }
  let best = 0
  for (let index = 0; index < lists.supported; index++) best = Math.max(best, counts[index]!)
  let found = -1
  for (let index = lists.supported; index < lists.size; index++) if (counts[index]! >= 3 && counts[index]! > 2 * best && (found < 0 || counts[index]! > counts[found]!)) found = index
  return found < 0 ? undefined : unsupportedWords[found - lists.supported]![0]
}

/** How much of a text its words are read from. */
const wordSample = 6000

/** Every common word, with the lists it is in: first the languages resolint checks (and Arabic's), then `unsupportedWords`. */
interface WordLists {
  words: Map<string, number[]>
  supported: number
  size: number
}

let wordLists: WordLists | undefined

function listsOfWords(): WordLists {
  const supported = [...languages.filter((code) => registry[code].script === 'Latin').map((code) => registry[code].detection), arabicWords]
  const all: ReadonlyArray<ReadonlySet<string>> = [...supported, ...unsupportedWords.map(([, words]) => words)]
  const words = new Map<string, number[]>()
  all.forEach((list, index) => {
    for (const word of list) {
      const of = words.get(word)
      if (of) of.push(index)
      else words.set(word, [index])
    }
  })
  return {words, supported: supported.length, size: all.length}
}
