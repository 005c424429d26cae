/**
 * French openers by their form. Preamble: participe présent (`RAPPELANT`,
 * `SOUHAITANT`), reflexive (`SE FÉLICITANT`, `S'INSPIRANT`), `AYANT` /
 * `ÉTANT` + participe passé (`AYANT REÇU`), participles and adjectives agreeing
 * with l'Assemblée, feminine (`PRÉOCCUPÉE`, `CONVAINCUE`, `CONSCIENTE`,
 * `SOUCIEUSE`, `SOLIDAIRE`), adverb-led (`PROFONDÉMENT PRÉOCCUPÉE`) and
 * prepositional openers (`VU`, `CONFORMÉMENT À`, `EU ÉGARD À`, `EN VUE DE`).
 * Operative: the third person singular present (`DÉCIDE`, `ÉLIT`, `PREND`),
 * reflexive (`SE FÉLICITE`), followed by an adverb (`DÉCIDE EN OUTRE`), and
 * under a chapeau ending in *à :* / *de :* the infinitive of any verb
 * (`Connecter`, `Désigner`, `Tenir`).
 *
 * > **Note**: a feminine adjective and a verb in `-e` look alike (`SOLIDAIRE`,
 * > `DÉCLARE`): an unknown `-e` word is accepted in both places, and only a
 * > known operative verb opening a preamble paragraph is the wrong kind.
 *
 * Sources: UN Editorial Manual (French), Guide de rédaction de l'ONU; INTERPOL texts.
 */
import {adverbLed, latinSlip, otherForm, type Grammar, type Reading} from './types.js'

const none = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'tout', 'tous', 'toute', 'toutes', 'chaque', 'aucun', 'aucune', 'du', 'pays', 'membres'])
const prepositions = new Set(['a', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'suite', 'vu', 'eu', 'compte', 'conformement', 'par', 'pour', 'selon', 'lors', 'apres', 'nonobstant', 'attendu', 'moyennant', 'face', 'devant', 'considerant', 'outre', 'grace', 'avec', 'pres', 'afin'])
const adverbs = new Set(['egalement', 'aussi', 'enfin', 'encore', 'donc', 'de', 'tres', 'bien', 'toujours', 'ne'])
/** `-ant` words that are no participle. */
const notParticiples = new Set(['avant', 'durant', 'pendant', 'cependant', 'maintenant', 'tant', 'quant', 'autant', 'devant', 'dorenavant', 'enfant', 'restaurant'])

const word = /^[a-z\u0153\u00e6][a-z\u0153\u00e6'-]*$/

function isPresentParticiple(value: string): boolean {
  return /^[a-z\u0153'-]{2,}ant$/.test(value) && !notParticiples.has(value)
}

/** Feminine participles and adjectives (the Assembly is feminine): `-ée`, `-ie`, `-ue`, `-ise`, `-ite`, `-ente`, `-euse`, `-ive`, `-aire`… all end in `e`. */
function isFeminine(value: string): boolean {
  return /^[a-z\u0153'-]{2,}e$/.test(value)
}

/** Masculine participles after `AYANT` / `ÉTANT` (`AYANT REÇU`, `AYANT PRIS`, `ÉTANT DONNÉ`). */
function isPastParticiple(value: string): boolean {
  return /(?:e|i|u|is|it|ert|eint|ait|ient)$/.test(value)
}

function isFinite(value: string): boolean {
  if (none.has(value) || prepositions.has(value) || isPresentParticiple(value)) return false
  if (/ee$/.test(value)) return false
  // Third person singular present: `-e`, `-it` (`élit`), `-et` (`admet`), `-oint` (`enjoint`), `-ut` (`conclut`), `-d` (`prend`, `répond`)…
  // Three letters at least: `MET`, `REND`, `TIENT`, `CONSENT` (`-sent`: consentir, ressentir) as well as `DÉCIDE`.
  return /^(?=[a-z\u0153'-]{3})[a-z\u0153'-]+(?:e|it|ait|ient|et|out|ut|end|ond|erd|oit|oint|eint|aint|ainc|ert|uit|sent)$/.test(value)
}

function isInfinitive(value: string): boolean {
  return /^[a-z\u0153'-]{2,}(?:er|ir|re|oir)$/.test(value)
}

function read(words: readonly string[]): Reading[] {
  const first = words[0] ?? ''
  const second = words[1] ?? ''
  const readings: Reading[] = []
  if (!word.test(first)) return readings
  if (none.has(first) || first.startsWith("l'")) return [{class: 'none', words: 1}]
  if ((first === 'ayant' || first === 'etant') && isPastParticiple(second)) readings.push({class: 'preamble', words: 2})
  else if (first === 'se' && isPresentParticiple(second)) readings.push({class: 'preamble', words: 2})
  else if (isPresentParticiple(first) || isFeminine(first)) readings.push({class: 'preamble', words: 1})
  if (prepositions.has(first) || first.startsWith("d'")) readings.push({class: 'preamble', words: 1})
  if (first === 'se' && isFinite(second)) readings.push({class: 'finite', words: 2})
  else if (isFinite(first)) readings.push({class: 'finite', words: 1})
  if ((first === 'se' || first === 'ne') && isInfinitive(second)) readings.push({class: 'continuing', words: 2})
  else if (isInfinitive(first)) readings.push({class: 'continuing', words: 1})
  if (/^[a-z]{3,}ment$/.test(first) && first !== 'conformement') readings.push(...adverbLed(words, read, ['preamble', 'finite', 'continuing']))
  else if (adverbs.has(first)) readings.push(...adverbLed(words, read, ['finite', 'continuing']))
  return readings
}

/** Other forms of one word are not slips: `Désigne` for `Désigner`, a plural `s`, a feminine `e` (`Ayant présente à l'esprit`). */
const inflection = otherForm([['e', '']])

export const french: Grammar = {
  read,
  slip: latinSlip(inflection),
  chapeauEndings: ['a', 'de', "d'", 'pour'],
  chapeauClauses: ['que', "qu'", 'comme suit', 'ce qui suit', 'suivant', 'suivants', 'suivante', 'suivantes']
}
