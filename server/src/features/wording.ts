/**
 * How features write lexicon phrases: in the document's case, with a
 * modifier (`RECALLING ALSO`), as the forms that continue a chapeau ending in
 * "to:" (`Recognize`, `الاعتراف`) or as finite verbs (`RECOGNIZES`, `تعترف`),
 * and with their equivalents in the other languages.
 */
import type {Phrase} from '../core/facts/lexicon.js'
import {foldForMatch} from '../core/normalize.js'
import type {Modifier} from '../core/tree.js'
import {languageData, languages, type Language} from '../languages/index.js'

/** The languages `among` (a profile's), `first` first. */
export function languagesFrom(first: Language, among: readonly Language[] = languages): Language[] {
  return [first, ...among.filter((language) => language !== first)]
}

/**
 * Whether an operative form continues a chapeau ending in "to:" / "إلى:"
 * (verbal noun, infinitive: `الاعتراف`, `Recognize`, `Reconnaître`,
 * `Reconocer`) rather than being a finite verb (`تعترف`, `Recognizes`,
 * `Reconnaît`, `Reconoce`).
 *
 * > **Note**: read from the shape of the first word by the language's module
 * > (`languages/<code>.ts`), as the lexicon does not tag its forms.
 */
export function continuesChapeau(form: string, language: Language): boolean {
  return languageData(language).continuesChapeau(foldForMatch(form).split(' ')[0] ?? '')
}

/** A finite verb (`RECOGNIZES`), or a form continuing a chapeau ending in "to:" (`Recognize`). */
export type FormKind = 'finite' | 'continuing'

/** The first form of a phrase of that kind in a language, or undefined. */
export function formOf(phrase: Phrase, language: Language, kind?: FormKind): string | undefined {
  const forms = phrase.forms[language]
  if (!kind || phrase.kind === 'preamble') return forms[0]
  return forms.find((form) => continuesChapeau(form, language) === (kind === 'continuing'))
}

/** A form with a modifier after it: `وإذ تذكّر أيضا`, `Recalling also`. */
export function withModifier(form: string, language: Language, modifier: Modifier | undefined): string {
  return modifier ? `${form} ${languageData(language).modifiers[modifier][0]}` : form
}

/** In upper case when the document writes these phrases so. */
export function inCase(value: string, upper: boolean): string {
  return upper ? value.toUpperCase() : value
}

/** The phrase in the three other languages (ar, en, fr, es order), with the modifier, of the same kind of form where there is one. */
export function equivalents(phrase: Phrase, language: Language, modifier?: Modifier, kind?: FormKind, among: readonly Language[] = languages): string[] {
  return among
    .filter((other) => other !== language)
    .map((other) => withModifier(formOf(phrase, other, kind) ?? phrase.forms[other][0]!, other, modifier))
}
