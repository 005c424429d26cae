/**
 * The wording around citations and dates, per language, as the inline scan
 * reads it (folded: lower case, no accents, Arabic hamza forms unified, `ى`
 * as `ي`).
 *
 * Sources: the reference GA-2025-93-RES-03 (`بقرار الجمعية العامة للأمم المتحدة
 * 1/51 المؤرخ في …`, `قراراتها 19/71 المؤرخ في …، و20/75 …`, `في الفترة من 24
 * إلى 27 …`); the English, French and Spanish fixtures (`resolution 51/1 of
 * 15 October 1996`, `la résolution 79/243 … du 24 décembre 2024`, `la resolución
 * 79/243 … de 24 de diciembre de 2024`, `from 24 to 27 November 2025`, `du 24
 * au 27 novembre 2025`, `del 24 al 27 de noviembre de 2025`); FACTS.md, "Phrase
 * equivalents" (`Recalling its resolution` / `Rappelant sa résolution` /
 * `Recordando su resolución` / `وإذ تشير إلى قرارها`). Variants beyond these
 * (`الصادر في`, `en date du`, `de fecha`) are standard UN usage, not checked
 * against a source.
 */
import type {Language} from '../tree.js'

/** Words that introduce a resolution number, per language (folded, one word). */
export const resolutionWords: Record<Language, RegExp> = {
  ar: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?قرار(?:ها|ه|ات|اتها|اته|ين|يها|يه|ي)?$/,
  en: /^resolutions?$/,
  fr: /^resolutions?$/,
  es: /^resolucion(?:es)?$/
}

/** What may stand between two UN citations of a list, besides commas and spaces (folded). */
export const listSeparators: Record<Language, ReadonlySet<string>> = {
  ar: new Set(['', 'و', 'وكذلك', 'او']),
  en: new Set(['', 'and', 'or', 'as well as']),
  fr: new Set(['', 'et', 'ou', 'ainsi que']),
  es: new Set(['', 'y', 'e', 'o', 'asi como'])
}

/** The last words before a date stated for a resolution (`المؤرخ في`, `of`), folded. */
export const dateConnectors: Record<Language, readonly string[]> = {
  ar: ['المؤرخ في', 'المؤرخة في', 'المؤرخه في', 'المؤرخ', 'المؤرخة', 'الصادر في', 'الصادرة في', 'الصادره في', 'المعتمد في', 'المعتمدة في', 'المعتمده في', 'المتخذ في', 'المتخذة في', 'بتاريخ', 'في'],
  en: ['of', 'dated', 'adopted on', 'on'],
  fr: ['du', 'en date du', 'adoptee le', 'le'],
  es: ['de', 'del', 'de fecha', 'aprobada el', 'el']
}

/** Words before a range that belong to it: `from 24 to 27 November 2025`. Conjunction ranges need one of `between`. */
export const rangeStarts: Record<Language, {from: readonly string[]; between: readonly string[]}> = {
  ar: {from: ['من'], between: ['بين']},
  en: {from: ['from'], between: ['between']},
  fr: {from: ['du'], between: ['entre le', 'entre']},
  es: {from: ['del', 'desde el'], between: ['entre el', 'entre']}
}

/** Range separators that are conjunctions (`24 and 27`): only after a word of `between`. */
export const conjunctions: ReadonlySet<string> = new Set(['and', 'et', 'et le', 'y', 'y el', 'و'])
