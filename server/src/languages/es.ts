/**
 * Spanish: `24 de noviembre de 2025`; INTERPOL's Spanish writes the ordinal
 * `93ª` (`25ª reunión`: Estatuto y Reglamento General, Vade Mecum), not the RAE's `93.ª`.
 */
import {latinOrdinal, latinPartLetters, latinPunctuation} from './latin.js'
import type {LanguageData} from './types.js'
import {words} from './numbers.js'
import {spanish} from './grammar/es.js'

export const es: LanguageData = {
  code: 'es',
  name: 'Spanish',
  script: 'Latin',
  direction: 'ltr',
  nativeDigits: undefined,
  punctuation: latinPunctuation,
  dates: {
    pattern: {ordinal: '(?:º|°|\\.º)?', dayMonth: ' de ', year: ' del? ', range: ' ?- ?| al | a | hasta el | y el | y '},
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
  citations: {
    resolutionWords: /^resolucion(?:es)?$/,
    listSeparators: new Set(['', 'y', 'e', 'o', 'asi como']),
    otherBodies: {words: ['consejo', 'comision', 'comite', 'junta'], after: ['del', 'de la', 'aprobada por el', 'aprobada por la', 'adoptada por el', 'adoptada por la']},
    dateConnectors: ['de', 'del', 'de fecha', 'aprobada el', 'el'],
    rangeStarts: {from: ['del', 'desde el'], between: ['entre el', 'entre']},
    conjunctions: ['y', 'y el'],
    partRanges: ['a']
  },
  annexLabels: ['Anexo', 'Apéndice'],
  unanimity: ['por unanimidad', 'por consenso', 'sin votación', 'por aclamación'],
  partLetters: latinPartLetters,
  // Spanish opens every question with `¿`: the mark tells it.
  questions: {mark: '¿', words: new Set()},
  ordinals: {read: latinOrdinal, write: (n) => `${n}ª`, masculine: (n) => `${n}.º`, accepted: (n) => [`${n}.ª`, `${n}a`]},
  place: {alone: '{city} ({country})', inSentence: '{city} ({country})'},
  contractions: [],
  articleContractions: {a: ['al'], de: ['del']},
  detection: new Set(['el', 'los', 'las', 'del', 'y', 'su', 'sus', 'una', 'por', 'con', 'para', 'reunida', 'en']),
  // The highlighter's preamble words (TextMate grammar).
  highlight: {
    participleEndings: ['ando', 'iendo', 'yendo'],
    notParticiples: ['cuando'],
    participleLeads: [],
    participleElisions: [],
    preambleWords: ['profundamente preocupada', 'convencida', 'decidida', 'resuelta', 'preocupada', 'guiada por', 'a la luz de', 'habida cuenta de', 'conocedora', 'deseosa', 'persuadida', 'alarmada', 'visto'],
    preambleContinuations: ['presente', 'en cuenta', 'nota', 'en consideración', 'con satisfacción', 'con preocupación', 'con beneplácito', 'de relieve', 'suyo', 'suya']
  },
  modifiers: {also: ['también', 'asimismo'], further: ['además'], finally: ['finalmente', 'por último']},
  modifierFirst: true,
  openerParticles: new Set(),
  preambleParticles: new Set(),
  openerPrepositions: new Set(),
  articleWords: new Set(['articulo', 'articulos']),
  // Infinitives end in `-ar`, `-er`, `-ir`.
  continuesChapeau: (word) => /(?:ar|er|ir)$/.test(word),
  numberWords: {
    values: words(
      'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve',
      {
        1: 'un una', 20: 'veinte', 21: 'veintiuno veintiún veintiuna', 22: 'veintidós', 23: 'veintitrés', 24: 'veinticuatro', 25: 'veinticinco', 26: 'veintiséis', 27: 'veintisiete', 28: 'veintiocho', 29: 'veintinueve',
        30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 70: 'setenta', 80: 'ochenta', 90: 'noventa', 100: 'cien ciento',
        200: 'doscientos doscientas', 300: 'trescientos trescientas', 400: 'cuatrocientos cuatrocientas', 500: 'quinientos quinientas', 600: 'seiscientos seiscientas',
        700: 'setecientos setecientas', 800: 'ochocientos ochocientas', 900: 'novecientos novecientas'
      },
      'primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo',
      {
        1: 'primer primera', 2: 'segunda', 3: 'tercer tercera', 4: 'cuarta', 5: 'quinta', 6: 'sexta', 7: 'séptima', 8: 'octava', 9: 'novena', 10: 'décima',
        20: 'vigésimo vigésima', 30: 'trigésimo trigésima', 40: 'cuadragésimo cuadragésima', 50: 'quincuagésimo quincuagésima', 60: 'sexagésimo sexagésima',
        70: 'septuagésimo septuagésima', 80: 'octogésimo octogésima', 90: 'nonagésimo nonagésima', 100: 'centésimo centésima'
      }
    ),
    scales: {mil: 1000, millón: 1e6, millones: 1e6},
    joiners: ['y'],
    compoundOnly: ['un', 'una', 'uno'],
    prefixes: []
  },
  grammar: spanish,
  pairEitherOrder: false,
  descriptiveMention: ['de conformidad con', 'en virtud de', 'con arreglo a', 'en cumplimiento de', 'establecido en', 'establecida en', 'mencionado en', 'mencionada en', 'conforme a']
}
