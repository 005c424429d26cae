/**
 * What to make of a paragraph's opener, by certainty: a known phrase, one of
 * the project's own phrases, a well-formed opener the lexicon does not list
 * (not a problem), a near miss of a known phrase (a typing slip: `RECALING`),
 * a word of the wrong kind (an operative verb opening a preamble paragraph, a
 * participle opening an operative one), no verb at all, or an unknown word.
 * Shared by `preamble-opening`, `operative-opening` and `opener-unlisted`.
 */
import {leadWords, oneEdit, type OpenerClass} from '../languages/grammar/index.js'
import {languageData} from '../languages/index.js'
import type {PhraseKind} from './facts/lexicon.js'
import {findWord, foldForMatch, trimEndOf} from './normalize.js'
import {closesList, introducesList, isUpperCase, openerOf, ownChildren, suggestOpeners} from './paragraphs.js'
import {formOf, formsOfKind, matchPhrase} from './phrases.js'
import type {Chapeau, Language, Opener, Operative, Paragraph, Root} from './tree.js'

/**
 * What the place of a paragraph calls for: a preamble opener, a present-tense verb, the form a chapeau calls for,
 * either verb form, or, under a chapeau introducing clauses (`DECIDES that:`), any opening.
 */
export type Expected = 'preamble' | 'finite' | 'continuing' | 'operative' | 'clause'

/** The drafter's own phrases (`.resolintrc.json` `phrases`, setting `resolint.phrases`). */
export interface ProjectPhrases {
  preamble?: readonly string[] | undefined
  operative?: readonly string[] | undefined
}

/** The verdict on one paragraph's opener. */
export type Verdict =
  | {type: 'known' | 'project'; opener: Opener}
  | {type: 'unlisted'; opener: Opener}
  | {type: 'nearMiss'; opener: Opener; words: number; suggestions: string[]; certain: boolean}
  | {type: 'wrongKind'; opener: Opener; found: OpenerClass; known: boolean}
  | {type: 'missing'}
  | {type: 'unknown'; opener: Opener; suggestions: string[]}

/** The kind of lexicon phrase a place takes. */
export function phraseKindOf(expected: Expected): PhraseKind {
  return expected === 'preamble' ? 'preamble' : 'operative'
}

const accepts: Record<Expected, readonly OpenerClass[]> = {
  preamble: ['preamble'],
  finite: ['finite'],
  continuing: ['continuing'],
  operative: ['finite', 'continuing'],
  clause: ['preamble', 'finite', 'continuing', 'none']
}

/** The opener of `paragraph` judged for a place that expects `expected`. */
export function judgeOpener(paragraph: Paragraph, expected: Expected, tree: Root, upper: boolean): Verdict {
  const opener = openerOf(paragraph)
  if (!opener) return {type: 'missing'}
  if (opener.phraseId !== undefined) return {type: 'known', opener}
  // A clause opens with whatever word its sentence starts with (`These amendments shall …`, `In paragraph 2, …`).
  if (expected === 'clause') return {type: 'unlisted', opener}
  const lead = leadText(paragraph, opener)
  const language = tree.data.language
  // The same words at the same place are judged once: in the next check of the document, in the next file.
  let cache = judged.get(tree.data.phrases ?? judged)
  if (!cache) judged.set(tree.data.phrases ?? judged, (cache = new Map()))
  const key = `${language}\u0000${expected}\u0000${upper}\u0000${opener.value}\u0000${lead}`
  let verdict = cache.get(key)
  if (!verdict) {
    if (cache.size >= judgedAtMost) cache.clear()
    const {opener: _opener, ...judgement} = judge(opener, lead, expected, language, tree.data.phrases, upper) as Verdict & {opener?: Opener}
    verdict = judgement
    // Kept without the opener node, and with a key of its own: a node or a slice of this version's text would keep
    // the whole text alive, version after version (`(… + ' ').slice(0, -1)` flattens the key into a new string).
    cache.set((key + ' ').slice(0, -1), verdict)
  }
  return (verdict.type === 'missing' ? verdict : {...verdict, opener}) as Verdict
}

/** How many verdicts are kept per project's phrases (then forgotten all at once). */
const judgedAtMost = 20_000
/** Verdicts by the project's phrases (the map itself when there are none), then by what else they depend on. */
const judged = new WeakMap<object, Map<string, Judgement>>()

/** A verdict without its opener (the node of the paragraph judged). */
type Judgement = Verdict extends infer V ? (V extends {opener: Opener} ? Omit<V, 'opener'> : V) : never

/** The verdict on an opener not in the lexicon, from its words alone (`lead`: the paragraph's text from the opener on). */
function judge(opener: Opener, lead: string, expected: Expected, language: Language, phrases: Root['data']['phrases'], upper: boolean): Verdict {
  const kind = phraseKindOf(expected)
  const text = foldForMatch(lead)
  if (isProjectPhrase(text, phrases?.[kind])) return {type: 'project', opener}
  const other: PhraseKind = kind === 'preamble' ? 'operative' : 'preamble'
  const grammar = languageData(language).grammar
  const {words} = leadWords(text)
  const readings = grammar.read(words)
  const wellFormed = readings.some((reading) => accepts[expected].includes(reading.class))
  // `2. Pending the total elimination of nuclear weapons, urges …`: a phrase set before the verb.
  const fronted = !wellFormed && expected !== 'preamble' ? frontedVerb(lead, language, expected) : undefined
  if (fronted) return {type: fronted, opener}
  if (matchPhrase(text, 0, language, other)) return {type: 'wrongKind', opener, found: other === 'preamble' ? 'preamble' : 'finite', known: true}

  // A word of no opener's kind is a real other word (`La`, `The`), never a slip of a known one (`Da`).
  const realWord = readings.some((reading) => reading.class === 'none')
  const miss = realWord ? undefined : nearMiss(words, language, kind, wellFormed, phrases?.[kind])
  // A slip is fixed in the case it was typed in (`Reaffimrs` → `Reaffirms`, `RECALING` → `RECALLING`).
  const typedUpper = opener.value === opener.value.toLowerCase() ? upper : isUpperCase(opener.value)
  if (miss) return {type: 'nearMiss', opener, words: miss.words, suggestions: miss.forms.map((form) => (typedUpper ? form.toUpperCase() : form)), certain: miss.certain}
  if (wellFormed) return {type: 'unlisted', opener}
  if (readings.some((reading) => reading.class === 'none')) return {type: 'missing'}
  const found = readings.find((reading) => reading.class !== 'none')
  if (found) return {type: 'wrongKind', opener, found: found.class, known: false}
  const suggestions = suggestOpeners(opener.value, language, kind, upper).filter((form) => closeEnough(opener.value, form))
  return {type: 'unknown', opener, suggestions}
}

/**
 * The verb after a phrase set before it (`Pending …, urges`, `In this regard,
 * requests`, `ريثما …، تحث`): a known operative verb or a finite form, written
 * in lower case, after one of the first three commas. `known` when the lexicon
 * lists it.
 */
function frontedVerb(lead: string, language: Language, expected: Expected): 'known' | 'unlisted' | undefined {
  const {punctuation, grammar} = languageData(language)
  const commas = [...new Set([',', punctuation.comma])]
  let from = 0
  for (let count = 0; count < 3; count++) {
    let at = -1
    for (const comma of commas) {
      const found = lead.indexOf(comma, from)
      if (found >= 0 && (at < 0 || found < at)) at = found
    }
    if (at < 0) return undefined
    from = at + 1
    const rest = lead.slice(from).trimStart()
    const first = rest.charAt(0)
    // A capital after the comma is a name (`…, States …`), not the verb.
    if (!rest || first !== first.toLowerCase()) continue
    const folded = foldForMatch(rest)
    if (matchPhrase(folded, 0, language, 'operative')) return 'known'
    if (grammar.read(leadWords(folded).words).some((reading) => accepts[expected].includes(reading.class))) return 'unlisted'
  }
  return undefined
}

/** The words a paragraph opens with, from its opener on (enough for the longest phrase). */
function leadText(paragraph: Paragraph, opener: Opener): string {
  let text = ''
  let started = false
  for (const child of ownChildren(paragraph)) {
    if (child === opener) started = true
    if (!started || !('value' in child)) continue
    text += (text && !/\s$/.test(text) && child !== opener ? ' ' : '') + child.value
    if (text.length > 200) break
  }
  return text
}

function isProjectPhrase(text: string, phrases: readonly string[] | undefined): boolean {
  return (phrases ?? []).some((phrase) => {
    const folded = foldForMatch(phrase)
    return folded !== '' && text.startsWith(folded) && !/[\p{L}\p{N}\p{M}]/u.test(text.charAt(folded.length))
  })
}

interface Miss {
  /** How many written words the near miss spans. */
  words: number
  forms: string[]
  /** Whether one phrase only is that close, by a slip: the fix is certain. */
  certain: boolean
}

/** Known forms one slip away from the first words as written. */
function nearMiss(words: readonly string[], language: Language, kind: PhraseKind, wellFormed: boolean, project: readonly string[] | undefined): Miss | undefined {
  const grammar = languageData(language).grammar
  const found: Array<{form: string; id: string; words: number}> = []
  const candidates = [...formsOfKind(language, kind), ...(project ?? []).map((form) => formOf(form, foldForMatch(form), 'project:' + form))]
  // The first n written words, joined once for each n (asked for each of some 300 forms).
  const lead: string[] = []
  for (const candidate of candidates) {
    const count = candidate.words
    if (count > words.length) continue
    const written = (lead[count] ??= words.slice(0, count).join(' '))
    const edit = oneEdit(written, candidate.folded)
    if (!edit || !grammar.slip(written, candidate.folded, edit, wellFormed)) continue
    if (!found.some((entry) => entry.form === candidate.form)) found.push({form: candidate.form, id: candidate.id, words: count})
  }
  if (found.length === 0) return undefined
  const words0 = found[0]!.words
  const same = found.filter((entry) => entry.words === words0)
  return {words: words0, forms: same.map((entry) => entry.form), certain: new Set(same.map((entry) => entry.id)).size === 1 && same.length === 1}
}

/** A suggestion for an unknown word only when it is close: two edits, or a third of the word. */
function closeEnough(written: string, form: string): boolean {
  const a = foldForMatch(written)
  const b = foldForMatch(form)
  return Math.abs(a.length - b.length) <= 2 && sharedPrefix(a, b) >= Math.min(3, b.length)
}

function sharedPrefix(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a.charAt(index) === b.charAt(index)) index++
  return index
}

/** What the paragraphs after chapeau `node` open with: the continuing form when it ends in a word that calls for it (`to:`, `à :`, `إلى:`). */
export function chapeauCalls(node: Chapeau | Paragraph, language: Language): Expected {
  const texts = ownChildren(node).filter((child) => child.type === 'text')
  const last = texts.at(-1)
  if (!last || !('value' in last)) return 'operative'
  const folded = trimEndOf(foldForMatch(last.value), ' :')
  const grammar = languageData(language).grammar
  const endsWith = (ending: string) => folded === ending || folded.endsWith(' ' + ending)
  // A phrase of several words says it anywhere (`MODIFIE comme suit l'article 49 … :`); a single word only last (`DECIDES that:`).
  const whole = foldForMatch(texts.map((child) => ('value' in child ? child.value : '')).join(''))
  if (grammar.chapeauClauses.some((phrase) => (phrase.includes(' ') ? findWord(whole, phrase) >= 0 : endsWith(phrase)))) return 'clause'
  return grammar.chapeauEndings.some(endsWith) ? 'continuing' : 'operative'
}

/** What each paragraph of an operative part calls for: chapeaux a finite verb, the paragraphs under one what it calls for, those back at the top level a finite verb. */
export function operativeExpectations(block: Operative, language: Language): Map<Operative['children'][number], Expected> {
  const result = new Map<Operative['children'][number], Expected>()
  let under: Expected | undefined
  block.children.forEach((node, index) => {
    if (introducesList(block, index)) {
      result.set(node, 'finite')
      under = chapeauCalls(node, language)
    } else {
      if (closesList(block, index, language)) under = undefined
      result.set(node, under ?? 'finite')
    }
  })
  return result
}
