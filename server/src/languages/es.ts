/**
 * Spanish: `24 de noviembre de 2025`; INTERPOL's Spanish writes the ordinal
 * `93ª` (`25ª reunión`: Estatuto y Reglamento General, Vade Mecum), not the RAE's `93.ª`.
 */
import {latinOrdinal, latinPunctuation} from './latin.js'
import type {LanguageData} from './types.js'
import {spanish} from './grammar/es.js'

export const es: LanguageData = {
  code: 'es',
  name: 'Spanish',
  script: 'Latin',
  direction: 'ltr',
  nativeDigits: undefined,
  punctuation: latinPunctuation,
  dates: {
    months: {
      kind: 'single',
      // `setiembre` is an accepted variant (RAE); UN Spanish writes `septiembre`.
      names: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']]
    },
    firstDay: undefined,
    dayMonth: ' de ',
    monthYear: ' de ',
    range: {range: 'del {start} al {end}', single: 'el {end}', span: 'del {start} al {end}'}
  },
  ordinals: {read: latinOrdinal, write: (n) => `${n}ª`, accepted: (n) => [`${n}.ª`, `${n}a`]},
  place: {alone: '{city} ({country})', inSentence: '{city} ({country})'},
  contractions: [],
  detection: new Set(['el', 'los', 'las', 'del', 'y', 'su', 'sus', 'una', 'por', 'con', 'para', 'reunida', 'en']),
  modifiers: {also: ['también', 'asimismo'], further: ['además'], finally: ['finalmente', 'por último']},
  modifierFirst: true,
  openerParticles: new Set(),
  preambleParticles: new Set(),
  openerPrepositions: new Set(),
  articleWords: new Set(['articulo', 'articulos']),
  // Infinitives end in `-ar`, `-er`, `-ir`.
  continuesChapeau: (word) => /(?:ar|er|ir)$/.test(word),
  grammar: spanish,
  unPairEitherOrder: false,
  descriptiveMention: ['de conformidad con', 'en virtud de', 'con arreglo a', 'en cumplimiento de', 'establecido en', 'establecida en', 'mencionado en', 'mencionada en', 'conforme a']
}
