/**
 * Reading paragraphs of the tree: the preamble and operative paragraphs,
 * their own phrasing, subparagraphs, opener and number marker, which
 * paragraph introduces a numbered list, and the case drafters write openers in.
 * Shared by the rules on openers and numbering (and by features that need the
 * same answers).
 */
import type {PhraseKind} from './facts/lexicon.js'
import {distance, foldForMatch} from './normalize.js'
import {closestPhrases} from './phrases.js'
import {leadWords} from '../languages/grammar/index.js'
import {byLanguage, languageData} from '../languages/index.js'
import type {Profile} from '../profiles/index.js'
import type {Language, ListMarker, Marker, Opener, Operative, OperativeParagraph, Paragraph, Phrasing, PreambleParagraph, Root, Subparagraph} from './tree.js'

/** The preamble paragraphs of the document, in order. */
export function preambleParagraphsOf(tree: Root): PreambleParagraph[] {
  const result: PreambleParagraph[] = []
  for (const block of tree.children) if (block.type === 'preamble') result.push(...block.children)
  return result
}

/** The operative paragraphs of the document, in order, chapeaux left out. */
export function operativeParagraphsOf(tree: Root): OperativeParagraph[] {
  const result: OperativeParagraph[] = []
  for (const block of tree.children) {
    if (block.type === 'operative') for (const child of block.children) if (child.type === 'operativeParagraph') result.push(child)
  }
  return result
}

/**
 * The operative paragraphs that end a resolution, with its final mark: the document's last, and the last of each
 * lettered part (A/RES/50/31 A: a part is a resolution of its own).
 */
export function lastOperativeParagraphs(tree: Root): Set<OperativeParagraph> {
  const ends = new Set<OperativeParagraph>()
  let previous: OperativeParagraph | undefined
  for (const block of tree.children) {
    if (block.type === 'operative') {
      for (const child of block.children) if (child.type === 'operativeParagraph') previous = child
    } else if (block.type === 'partHeading' && block.lettered && previous) ends.add(previous)
  }
  if (previous) ends.add(previous)
  return ends
}

/** The paragraph's own phrasing (its subparagraphs left out). */
export function ownChildren(paragraph: Paragraph): Phrasing[] {
  const result: Phrasing[] = []
  for (const child of paragraph.children) {
    if (child.type === 'subparagraph') break
    result.push(child)
  }
  return result
}

/** The opener of a paragraph, if the parser found one. */
export function openerOf(paragraph: Paragraph): Opener | undefined {
  return ownChildren(paragraph).find((child): child is Opener => child.type === 'opener')
}

/** The number marker of a paragraph (`1.`, `(a)`), if any. */
export function markerOf(paragraph: Paragraph): Marker | undefined {
  const child = ownChildren(paragraph).find((node) => node.type !== 'listMarker')
  return child?.type === 'marker' ? child : undefined
}

/** The styles the numbers of `tree`'s operative paragraphs are written in (`1.`, `1 -`), in order; items' letters are not numbers. */
export function operativeNumberStyles(tree: Root): string[] {
  const styles: string[] = []
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    for (const node of block.children) {
      const marker = node.type === 'operativeParagraph' ? markerOf(node) : undefined
      if (marker && /\d/.test(marker.style)) styles.push(marker.style)
    }
  }
  return styles
}

/** A stray list marker (`-` of `- 2.`) before the paragraph, if any. */
export function listMarkerOf(paragraph: Paragraph): ListMarker | undefined {
  const first = paragraph.children[0]
  return first?.type === 'listMarker' ? first : undefined
}

/** The items of a paragraph's list (its direct subparagraphs; theirs are their own). */
export function subparagraphsOf(paragraph: Paragraph): Subparagraph[] {
  return (paragraph.children as Array<Phrasing | Subparagraph>).filter((child): child is Subparagraph => child.type === 'subparagraph')
}

/** Where a paragraph or an item of its list ends, and with what. */
export interface ListEnd {
  node: Paragraph
  /** The terminator a fix writes. */
  expected: string
  /** Every terminator it may end with. */
  accepted: readonly string[]
  /** Whether it ends the paragraph's sentence (the paragraph itself, or the last item of the last level). */
  final: boolean
}

/**
 * What may end an item of a list that is not the last: in the operative part
 * the operative terminator (`;`), in the preamble also the preamble's (`,`:
 * `- AGN/37/RES/1, Téhéran, 1968 : …,`), and the item terminators with a
 * conjunction (`; and`, `, et`, `; y`, `؛ و`). The first is the one a fix writes.
 */
export function itemTerminatorsOf(profile: Profile, language: Language, part: 'preamble' | 'operative'): string[] {
  const terminators = profile.terminators[language]
  const own = part === 'preamble' ? [terminators.preamble, terminators.operative] : [terminators.operative]
  return [...own, ...profile.itemTerminators[language]]
}

/**
 * The ends of a paragraph and of the items of its list: a paragraph with
 * items ends with `:`, its last item with the paragraph's own terminator
 * (`final`), every other item with an item terminator (`items`: `;`, `,`,
 * `; and`, `, et`, `; y`, `؛ و`, the first being the one a fix writes);
 * an item with items of its own likewise, one level down. An item that is a question (`a) ¿Cuáles son …?`, the
 * questions put to a court: `isQuestion`) may end with the language's question mark in place of its terminator.
 */
export function listEnds(paragraph: Paragraph, final: string, items: readonly string[], language?: Language): ListEnd[] {
  const result: ListEnd[] = []
  visit(paragraph, final, [final], true)
  return result

  function visit(node: Paragraph, expected: string, accepted: readonly string[], isFinal: boolean) {
    const subparagraphs = subparagraphsOf(node)
    if (subparagraphs.length === 0) {
      const question = language && node.type === 'subparagraph' && isQuestion(node, language) ? languageData(language).punctuation.question : undefined
      result.push({node, expected, accepted: question ? [...accepted, question] : accepted, final: isFinal})
      return
    }
    result.push({node, expected: ':', accepted: [':'], final: false})
    const listed = commaList(subparagraphs) ? [...items, ','] : items
    subparagraphs.forEach((subparagraph, index) => {
      if (index === subparagraphs.length - 1) visit(subparagraph, expected, accepted, isFinal)
      else visit(subparagraph, items[0] ?? expected, listed, false)
    })
  }
}

/** How long an item of a list of names may be (its text, marker and mark included). */
const shortItem = 80

/**
 * Whether a list is one of short items, bulleted or bare (not lettered: `(a) prepare un informe,` is a clause), every
 * one but the last ending with a comma and having no list of its own (`ELECTS …:⏎- Mr A. Smith (Australia),⏎- Mr B.
 * Diallo (Guinea),⏎- Ms C. Rossi (Italy).`): names set one under the other, punctuated as a run of names is. One item
 * ending otherwise makes the commas slips, reported as such.
 */
function commaList(subparagraphs: readonly Subparagraph[]): boolean {
  if (subparagraphs.length < 2) return false
  return subparagraphs.slice(0, -1).every((item) => {
    const last = ownChildren(item).at(-1)
    const start = item.position.start.offset ?? 0
    const end = item.position.end.offset ?? start
    return subparagraphsOf(item).length === 0 && last?.type === 'terminator' && last.value === ',' && end - start <= shortItem
  }) && subparagraphs.every((item) => markerOf(item) === undefined)
}

/**
 * Whether an item reads as a question: its words (after its marker) open with the language's question mark (`¿`) or
 * with a word that opens a question (`What`, `Quelles`, `كيف`; Arabic `وكيف` with its conjunction).
 */
export function isQuestion(item: Subparagraph, language: Language): boolean {
  const {mark, words, prepositions, afterPreposition, glued} = questionWords[language]
  const text = ownChildren(item).filter((child) => child.type !== 'marker' && child.type !== 'listMarker').map((child) => child.value).join('').trimStart()
  if (mark && text.startsWith(mark)) return true
  const [first = '', second = ''] = foldForMatch(text.slice(0, 60)).split(/[^\p{L}\p{M}'-]+/u)
  const opens = (word: string, set: ReadonlySet<string>) => set.has(word) || (/^[وف]/.test(word) && set.has(word.slice(1)))
  // `To what extent …?`, `Dans quelle mesure …?`, `إلى أي مدى …؟`: a preposition, then the interrogative; `بأي`: joined.
  const after = afterPreposition ?? words
  const joined = (word: string) => [...glued].some((preposition) => word.length > preposition.length && word.startsWith(preposition) && after.has(word.slice(preposition.length)))
  return opens(first, words) || (opens(first, prepositions) && after.has(second)) || joined(first) || (/^[وف]/.test(first) && joined(first.slice(1)))
}

/** The words of `LanguageData.questions`, folded as the text is. */
const questionWords = byLanguage((language) => {
  const {mark, words, prepositions, afterPreposition, glued} = languageData(language).questions
  const folded = (set: ReadonlySet<string> | undefined) => new Set([...(set ?? [])].map(foldForMatch))
  return {mark, words: folded(words), prepositions: folded(prepositions), afterPreposition: afterPreposition && folded(afterPreposition), glued: folded(glued)}
})

/**
 * Whether the child of the operative part at `index` introduces the numbered
 * paragraphs after it: a chapeau, or an unnumbered paragraph without
 * subparagraphs directly followed by a paragraph numbered 1 (a chapeau whose
 * colon is missing or wrong, which the parser cannot tell from a paragraph).
 */
export function introducesList(operative: Operative, index: number): boolean {
  const node = operative.children[index]
  if (!node) return false
  if (node.type === 'chapeau') return true
  if (markerOf(node) || subparagraphsOf(node).length > 0) return false
  const next = operative.children[index + 1]
  if (!next || next.type !== 'operativeParagraph') return false
  const marker = markerOf(next)
  return marker !== undefined && !isSubparagraphStyle(marker.style) && marker.ordinal === 1
}

/**
 * Whether the paragraph at `index` goes on the numbered paragraph before it: unnumbered, with no list of its own,
 * between numbered paragraphs whose numbers follow each other (`1. …;⏎Requests …;⏎2. …`; a paragraph split at a page
 * break, `stressing that …`). It takes no number: numbering and formatting count it as none, and the numbers written
 * before and after it stay as they are.
 */
export function continuesNumbered(operative: Operative, index: number): boolean {
  const node = operative.children[index]
  if (node?.type !== 'operativeParagraph' || markerOf(node) || subparagraphsOf(node).length > 0) return false
  const before = operative.children[index - 1]
  const after = operative.children[index + 1]
  if (before?.type !== 'operativeParagraph' || after?.type !== 'operativeParagraph') return false
  const previous = markerOf(before)
  const next = markerOf(after)
  return previous !== undefined && next !== undefined && !isSubparagraphStyle(previous.style) && next.style === previous.style && next.ordinal === previous.ordinal + 1
}

/**
 * Whether the paragraph at `index` is back at the top level after the numbered list of an unnumbered chapeau: unnumbered
 * itself, after the list's items (one of them numbered), opening with a present-tense verb by its form (`DECIDES that:
 * 1. …; 2. …; INSTRUCTS …`), in a text that numbers only the items. An item's form (`Ensure …`, `تعيين …`) is an item
 * that lost its number, and the list goes on over it (`1. …؛⏎تعيين …؛⏎تكلف …`: `تكلف` closes it).
 */
export function closesList(operative: Operative, index: number, language: Language): boolean {
  const node = operative.children[index]
  const previous = operative.children[index - 1]
  if (node?.type !== 'operativeParagraph' || markerOf(node) || previous?.type !== 'operativeParagraph' || !finiteByForm(node, language)) return false
  let numbered = false
  for (let at = index - 1; at >= 0; at--) {
    const child = operative.children[at]!
    if (introducesList(operative, at)) return numbered && !markerOf(child)
    if (child.type !== 'operativeParagraph') return false
    if (markerOf(child)) numbered = true
    // An unnumbered verb before this one closed the list already: this one is at the top level with it.
    else if (finiteByForm(child, language)) return false
  }
  return false
}

/** Whether a paragraph opens with a present-tense verb by its form (not a guess). */
export function finiteByForm(paragraph: OperativeParagraph, language: Language): boolean {
  const opener = openerOf(paragraph)
  if (!opener) return false
  const {words} = leadWords(foldForMatch(opener.value))
  return languageData(language).grammar.read(words).some((reading) => reading.class === 'finite' && !reading.guess)
}

/** Whether a marker style is one of subparagraphs (`(a)`, `a)`, `(i)`, `(أ)`). */
export function isSubparagraphStyle(style: string): boolean {
  return !/1/.test(style)
}

/** Whether `value` has cased letters and all of them are upper case (`RECALLING`). */
export function isUpperCase(value: string): boolean {
  return value !== value.toLowerCase() && value === value.toUpperCase()
}

/**
 * Whether a document writes these openers in upper case: most known ones are,
 * or, with none to go by, `fallback` is. The openers are counted once; the
 * answer is asked for each paragraph's own fallback (counting for each one
 * was quadratic in the paragraphs of a document).
 */
export function writesUpperCase(openers: readonly Opener[]): (fallback: string) => boolean {
  let upper = 0
  let other = 0
  for (const opener of openers) {
    if (opener.value === opener.value.toLowerCase()) continue
    if (isUpperCase(opener.value)) upper++
    else other++
  }
  return (fallback) => (upper === other ? isUpperCase(fallback) : upper > other)
}

/**
 * Known openers of a kind closest to `value`, best first, the runners-up only
 * when nearly as close: of each phrase, the form nearest to what was written
 * (`CONSTATANT` for `CONSTATTANT`, `Recognize` under a chapeau), its canonical
 * form on a tie; in upper case when `upper`.
 */
export function suggestOpeners(value: string, language: Language, kind: PhraseKind, upper: boolean): string[] {
  const folded = foldForMatch(value)
  const nearest = closestPhrases(value, language, kind).map((phrase) => {
    const forms = phrase.forms[language]
    let form = forms[0]!
    let score = distance(folded, foldForMatch(form), 99)
    for (const other of forms.slice(1)) {
      const otherScore = distance(folded, foldForMatch(other), 99)
      if (otherScore < score) [form, score] = [other, otherScore]
    }
    return {form, score}
  })
  const best = Math.min(...nearest.map((entry) => entry.score))
  return nearest
    .filter((entry) => entry.score <= best + 1)
    .sort((a, b) => a.score - b.score)
    .map((entry) => (upper ? entry.form.toUpperCase() : entry.form))
}

/** Whether the text before `offset` is a closing quotation mark after `mark` (`year.”`, `année. »`, `año.”*`). */
export function closedInside(text: string, offset: number, mark: string): boolean {
  let index = offset
  while (index > 0 && '*_'.includes(text.charAt(index - 1))) index--
  if (index === 0 || !'"\u201d\u00bb'.includes(text.charAt(index - 1))) return false
  index--
  while (index > 0 && ' \u00a0\u202f'.includes(text.charAt(index - 1))) index--
  return index > 0 && text.charAt(index - 1) === mark
}
