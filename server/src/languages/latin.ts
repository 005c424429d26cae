/** What the Latin-script languages share. */
import type {LanguageData} from './types.js'

/**
 * A session ordinal in the Latin languages, any of their suffixes (`93rd`, `93e`,
 * `93eme`, `93ª`, `93.º`), as openings write them whatever their language.
 */
export const latinOrdinal = /(?<![\d])(\d{1,3})(?:st|nd|rd|th|e|eme|er|re|ª|º|\.ª|\.º|a|o)(?![\p{L}\d])/gu

/** Latin punctuation, no space before a label's colon. */
export const latinPunctuation: LanguageData['punctuation'] = {
  comma: ',',
  semicolon: ';',
  question: '?',
  labelColon: ':',
  beforeColon: [''],
  listSeparator: ', ',
  spacedMarks: ''
}

/** The letters of lettered parts (`A`, `B`), capitals. */
export const latinPartLetters: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
