/**
 * The session line of a UN masthead, spelled as the UN writes it: `Eightieth session`,
 * `Quatre-vingt-unième session`, `Octogésimo primer período de sesiones`,
 * `الدورة الحادية والثمانون`. Sessions 20 to 99 (every regular session since 1965);
 * undefined outside them (the line is then left for the drafter).
 * Source: the masthead lines of A/RES/76/268 (fr), 61/266 and 59/309 (es),
 * the English resolutions of the 80th session, UN Arabic drafts (A/C.3/72/L.19).
 */
import type {Language} from '../../languages/index.js'

type Rows<T> = Partial<Record<Language, T>>

const en = {
  units: ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'],
  tens: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  tensOrdinal: ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth']
}

/** French ordinals: the cardinal with `-ième`; 70 and 90 count on from sixty and eighty (`soixante et onzième`). */
const fr = {
  units: ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
  tens: ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt']
}

const es = {
  units: ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'],
  tens: ['', '', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo']
}

const ar = {
  units: ['', 'الحادية', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'],
  tens: ['', '', 'العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون']
}

function frenchOrdinal(session: number): string {
  const ten = Math.floor(session / 10)
  const rest = ten === 7 || ten === 9 ? (session % 10) + 10 : session % 10
  const cardinal = rest === 0 ? fr.tens[ten]! : rest === 1 || (rest === 11 && ten === 7) ? `${fr.tens[ten]} et ${fr.units[rest]}` : `${fr.tens[ten]}-${fr.units[rest]}`
  const written = ten === 8 && rest === 0 ? 'quatre-vingt' : rest === 1 && ten === 8 ? 'quatre-vingt-un' : cardinal
  return written.replace(/cinq$/, 'cinqu').replace(/neuf$/, 'neuv').replace(/e$/, '') + 'ième'
}

const lines: Rows<(session: number) => string> = {
  en: (session) => `${session % 10 === 0 ? en.tensOrdinal[session / 10] : `${en.tens[Math.floor(session / 10)]}-${en.units[session % 10]}`} session`,
  fr: (session) => `${frenchOrdinal(session)} session`,
  es: (session) => `${es.tens[Math.floor(session / 10)]}${session % 10 === 0 ? '' : ' ' + es.units[session % 10]} período de sesiones`,
  ar: (session) => `الدورة ${session % 10 === 0 ? ar.tens[session / 10] : `${ar.units[session % 10]} و${ar.tens[Math.floor(session / 10)]}`}`
}

/** The masthead's session line for `session` in `language`, first letter capitalised; undefined outside 20–99 or for a language without a row. */
export function sessionLine(session: number, language: Language): string | undefined {
  if (!Number.isInteger(session) || session < 20 || session > 99) return undefined
  const line = lines[language]?.(session)
  return line && line.charAt(0).toUpperCase() + line.slice(1)
}
