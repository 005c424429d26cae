/**
 * English openers by their form. Preamble: `-ing` participles (`RECALLING`,
 * `EXPRESSING CONCERN`), `-ed` and irregular past participles and adjectives
 * (`ALARMED`, `AWARE`, `MINDFUL`), `HAVING` + participle (`HAVING RECEIVED`),
 * adverb-led phrases (`DEEPLY CONCERNED`, `FULLY AWARE`) and prepositional
 * openers (`IN ACCORDANCE WITH`, `PURSUANT TO`). Operative: the third person
 * singular present (`DECIDES`, `APPEALS`, `STRESSES`), adverb-led
 * (`ALSO DECIDES`, `STRONGLY URGES`), and under a chapeau ending in *to:* the
 * bare infinitive of any verb (`Connect`, `Share`, `Designate`).
 * Sources: UN Editorial Manual, "Resolutions"; the adopted INTERPOL texts.
 */
import {adverbLed, latinSlip, type Grammar, type Reading} from './types.js'

/** Articles, determiners and pronouns: a paragraph opening with one has no verb first. */
const none = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'that', 'its', 'their', 'his', 'her', 'it', 'they', 'there', 'we', 'our', 'all', 'each', 'every', 'any', 'some', 'such', 'both', 'no', 'one', 'member', 'countries', 'general', 'states'])
/** Words that open a prepositional preamble phrase (`IN LIGHT OF`, `PURSUANT TO`, `WHEREAS`). */
const prepositions = new Set(['in', 'with', 'under', 'pursuant', 'further', 'following', 'according', 'as', 'on', 'upon', 'at', 'after', 'by', 'for', 'given', 'regarding', 'concerning', 'notwithstanding', 'despite', 'whereas', 'within', 'through', 'against', 'since', 'from', 'considering', 'owing', 'due', 'thanks', 'recalling'])
/** Adverbs that lead a verb or a participle (`ALSO DECIDES`, `DEEPLY CONCERNED`), besides those in `-ly`. */
const adverbs = new Set(['also', 'further', 'hereby', 'again', 'once', 'accordingly', 'moreover', 'furthermore', 'finally', 'likewise', 'therefore', 'still', 'now', 'most', 'very', 'ever', 'well', 'long', 'not'])
/** Past participles and adjectives that are not `-ed` forms. */
const irregular = new Set([
  'aware', 'mindful', 'conscious', 'confident', 'cognizant', 'cognisant', 'desirous', 'anxious', 'eager', 'keen', 'hopeful', 'grateful', 'thankful',
  'appreciative', 'sensitive', 'attentive', 'certain', 'sure', 'resolute', 'alert', 'vigilant', 'fearful', 'heard', 'seen', 'taken', 'given', 'held',
  'made', 'done', 'read', 'met', 'found', 'known', 'shown', 'drawn', 'written', 'chosen', 'undertaken', 'sought', 'brought', 'thought', 'bound', 'struck',
  'shaken', 'taught', 'won', 'led', 'kept', 'left', 'felt', 'told', 'sent', 'spent', 'built', 'meant', 'begun', 'become', 'come', 'gone', 'risen',
  'overtaken', 'set', 'put', 'laid', 'paid', 'said', 'understood', 'withdrawn', 'forgiven', 'proud', 'glad', 'sorry', 'ready', 'willing', 'unable', 'able'
])
/** `-ing` words that are no participle. */
const notParticiples = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'string', 'spring', 'sting', 'swing', 'sling', 'fling', 'cling', 'wring', 'ceiling', 'king', 'ring', 'sibling', 'offspring'])
/** `-ed` words that are bare verbs (`Proceed`, `Embed`). */
const bareInEd = /(?:eed|^embed|^shed|^shred|^wed|^bed)$/

const word = /^[a-z][a-z'-]*$/

function isParticiple(value: string): boolean {
  return /^[a-z][a-z-]{2,}ing$/.test(value) && !notParticiples.has(value)
}

function isPastOrAdjective(value: string): boolean {
  if (irregular.has(value)) return true
  if (/^[a-z][a-z-]{2,}ed$/.test(value) && !bareInEd.test(value)) return true
  // `-ment` is a noun's (`Department`, `Government`, `Agreement`), not an adjective's as `Confident` is.
  return /^[a-z]{3,}(?:ful|ous|ive|ent|ant)$/.test(value) && !/ment$/.test(value)
}

function isFinite(value: string): boolean {
  if (none.has(value) || value === 'its' || value === 'this' || value === 'has' || value === 'is' || value === 'was' || value === 'thus') return false
  if (/^[a-z][a-z-]+(?:sses|shes|ches|xes|zes|oes|ies)$/.test(value)) return true
  return /^[a-z][a-z-]+[^suia's]s$/.test(value) || /^[a-z][a-z-]+es$/.test(value)
}

function isBare(value: string): boolean {
  if (!word.test(value) || none.has(value) || prepositions.has(value) || adverbs.has(value)) return false
  if (isParticiple(value) || irregular.has(value)) return false
  if (/ed$/.test(value) && !bareInEd.test(value) && value.length > 4) return false
  return !/s$/.test(value) || /(?:ss|us)$/.test(value)
}

function read(words: readonly string[]): Reading[] {
  const first = words[0] ?? ''
  const readings: Reading[] = []
  if (!word.test(first)) return readings
  if (none.has(first)) return [{class: 'none', words: 1}]
  if (first === 'having' && words.length > 1) readings.push({class: 'preamble', words: 2})
  else if (isParticiple(first) || isPastOrAdjective(first)) readings.push({class: 'preamble', words: 1})
  if (prepositions.has(first)) readings.push({class: 'preamble', words: 1})
  if (isFinite(first)) readings.push({class: 'finite', words: 1})
  if (first === 'to' && words.length > 1 && isBare(words[1]!)) readings.push({class: 'continuing', words: 2})
  if (isBare(first)) {
    readings.push({class: 'continuing', words: 1})
    // A bare form may as well be an adjective (`WARY`, `FIRM`, `ALIVE`): in English the form cannot tell, so a preamble accepts it.
    if (!readings.some((reading) => reading.class === 'finite')) readings.push({class: 'preamble', words: 1, guess: true})
  }
  if (/^[a-z]{3,}ly$/.test(first) || adverbs.has(first)) readings.push(...adverbLed(words, read, ['preamble', 'finite', 'continuing']))
  return readings
}

/** Other forms of one verb are not slips: `Declare` for `Declares`, `Recognize` for `Recognizes`. */
function inflection(written: string, known: string): boolean {
  return written + 's' === known || known + 's' === written
}

export const english: Grammar = {
  read,
  slip: latinSlip(inflection),
  chapeauEndings: ['to'],
  chapeauClauses: ['that', 'as follows', 'the following']
}
