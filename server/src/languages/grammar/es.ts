/**
 * Spanish openers by their form. Preamble: gerundio (`RECORDANDO`,
 * `TENIENDO`, with enclitics: `INSPIRÁNDOSE`), participles and adjectives
 * agreeing with la Asamblea, feminine (`PREOCUPADA`, `CONVENCIDA`, `CONSCIENTE`,
 * `SABEDORA`, `DESEOSA`), `HABIENDO` + participle (`HABIENDO EXAMINADO`),
 * adverb-led (`PROFUNDAMENTE PREOCUPADA`) and prepositional openers (`DE
 * CONFORMIDAD CON`, `EN VIRTUD DE`, `HABIDA CUENTA DE`, `VISTOS`). Operative:
 * the third person singular present (`DECIDE`, `EXHORTA`, `ELIGE`), reflexive
 * (`SE CONGRATULA`), followed by an adverb (`DECIDE ADEMÁS`), and under a
 * chapeau ending in *a:* / *de:* the infinitive of any verb (`Designar`,
 * `Difundir`, `Impartir`).
 * Sources: UN Editorial Manual (Spanish), Manual de documentación de las Naciones Unidas; INTERPOL texts.
 */
import {adverbLed, latinSlip, otherForm, type Grammar, type Reading} from './types.js'

const none = new Set(['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'todo', 'todos', 'toda', 'todas', 'cada', 'ningun', 'ninguna', 'ello', 'ella', 'ellos', 'paises', 'miembros'])
const prepositions = new Set(['a', 'al', 'ante', 'con', 'de', 'del', 'desde', 'en', 'entre', 'hacia', 'mediante', 'para', 'por', 'segun', 'sin', 'sobre', 'tras', 'conforme', 'visto', 'vistos', 'vista', 'vistas', 'habida', 'dada', 'dado', 'dadas', 'dados', 'atendiendo', 'considerando', 'como', 'pese', 'respecto', 'frente'])
const adverbs = new Set(['asimismo', 'ademas', 'tambien', 'igualmente', 'finalmente', 'nuevamente', 'una', 'no', 'muy', 'tambien'])

const word = /^[a-z\u00f1][a-z\u00f1'-]*$/

function isGerund(value: string): boolean {
  return /^[a-z\u00f1]{2,}(?:ando|iendo|yendo)(?:se|lo|la|los|las|le|les|nos)?$/.test(value)
}

/** Feminine participles and adjectives (the Assembly is feminine). */
function isFeminine(value: string): boolean {
  return /^[a-z\u00f1]{2,}(?:[ae]|ora)$/.test(value)
}

/**
 * An adjective of one form for both genders, in `-l` or `-z` (`FIEL a`, `TENAZ en`, `CAPAZ de`): an opener only with
 * the preposition it governs after it, as a noun of the same form (`Capital importancia …`, `Nacional`) never is.
 */
function isOneFormAdjective(value: string, next: string): boolean {
  return /^[a-z\u00f1]{2,}[lz]$/.test(value) && governed.has(next)
}

/** Prepositions an adjective governs (`fiel a`, `capaz de`, `tenaz en`, `leal con`, `firme ante`). */
const governed = new Set(['a', 'al', 'ante', 'con', 'de', 'del', 'en', 'para', 'por', 'frente', 'hacia'])

/** Participles after `HABIENDO` (invariable: `HABIENDO EXAMINADO`, `HABIENDO VISTO`). */
function isPastParticiple(value: string): boolean {
  return /(?:ado|ido|to|cho|so)$/.test(value)
}

function isFinite(value: string): boolean {
  if (none.has(value) || prepositions.has(value) || isGerund(value)) return false
  return /^[a-z\u00f1]{2,}[ae]$/.test(value) || value === 'da' || value === 've'
}

function isInfinitive(value: string): boolean {
  return /^[a-z\u00f1]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les|nos)?$/.test(value) && !/^(?:por|mar|lugar|hogar)$/.test(value)
}

function read(words: readonly string[]): Reading[] {
  const first = words[0] ?? ''
  const second = words[1] ?? ''
  const readings: Reading[] = []
  if (!word.test(first)) return readings
  if (none.has(first)) return [{class: 'none', words: 1}]
  if (first === 'habiendo' && isPastParticiple(second)) readings.push({class: 'preamble', words: 2})
  else if (isGerund(first) || isFeminine(first) || isOneFormAdjective(first, second)) readings.push({class: 'preamble', words: 1})
  if (prepositions.has(first)) readings.push({class: 'preamble', words: 1})
  if (first === 'se' && isFinite(second)) readings.push({class: 'finite', words: 2})
  else if (isFinite(first)) readings.push({class: 'finite', words: 1})
  if (isInfinitive(first)) readings.push({class: 'continuing', words: 1})
  if (/^[a-z\u00f1]{3,}mente$/.test(first)) readings.push(...adverbLed(words, read, ['preamble', 'finite', 'continuing']))
  else if (adverbs.has(first)) readings.push(...adverbLed(words, read, ['finite', 'continuing']))
  return readings
}

/** Other forms of one word are not slips: `Insta` for `Instar`, a plural `s`, a feminine `a` (`Enterada` for `Enterado`). */
const inflection = otherForm([['a', 'o']])

export const spanish: Grammar = {
  read,
  slip: latinSlip(inflection),
  chapeauEndings: ['a', 'de', 'para'],
  // `que:` is followed by a subjunctive (`PIDE … que: 1) mantenga …`) or a clause (`DECIDE que: 1. Estas modificaciones …`).
  chapeauClauses: ['que', 'como sigue', 'lo siguiente', 'siguiente', 'siguientes']
}
