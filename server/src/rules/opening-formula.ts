/**
 * The opening formula: it starts as the profile says (`إن الجمعية العامة`,
 * `The ICPO-INTERPOL General Assembly`), contains the profile's phrases
 * (`المجتمعة في دورتها`, `meeting`, `session`), names the session number and
 * ends with the opening terminator of the language (`،`, `:`, `,`).
 */
import type {Point, Position} from 'unist'
import {distance, fold, foldForMatch, withHaaForTaa} from '../core/normalize.js'
import {openerOf} from '../core/paragraphs.js'
import type {Block, Language, Opening, Root, Terminator} from '../core/tree.js'
import type {Profile} from '../profiles/types.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'
import {memoByObjectAndKey} from '../core/memo.js'
import {languageData} from '../languages/index.js'

const messages = {
  start: (expected: string) => msg('opening-formula.start', {expected}),
  typo: (actual: string, expected: string) => msg('opening-formula.typo', {actual, expected}),
  phrase: (expected: string) => msg('opening-formula.phrase', {expected}),
  session: () => msg('opening-formula.session'),
  ordinal: (actual: string, expected: string) => msg('opening-formula.ordinal', {actual, expected}),
  terminator: (actual: string, expected: string) => msg('opening-formula.terminator', {actual, expected}),
  noTerminator: (expected: string) => msg('opening-formula.noTerminator', {expected})
}

interface Word {
  /** Folded word. */
  text: string
  /** Source offsets of the word. */
  start: number
  end: number
}

interface Candidate {
  word: Word
  /** The profile's spelling of the word. */
  expected: string
}

export default rule('opening-formula', (tree: Root, file, _options, {language, profile, layout}) => {
  let opened = false
  tree.children.forEach((block, index) => {
    if (block.type !== 'opening') return
    // A second opening, not a lettered part's own under its heading, is section-order's to tell: read so, it is a
    // paragraph out of place (`La Asamblea General crea … la sección 5.`), and "fixing" its end would write `,` for its
    // full stop; the text then read otherwise (an INTERPOL text's `إن الجمعية العامة` line, once `،` ends it, as the UN's opening).
    const own = !opened || tree.children[index - 1]?.type === 'partHeading'
    opened = true
    if (own) check(block, continues(block, tree.children[index + 1]), runsOn(tree.children[index + 1]))
  })

  /** Whether the opening may run on into the next block without its terminator: one unnumbered operative paragraph (`layout.openingRunsOn`). */
  function runsOn(next: Block | undefined): boolean {
    if (!layout.openingRunsOn || next?.type !== 'operative' || next.children.length !== 1) return false
    const only = next.children[0]!
    return only.type === 'operativeParagraph' && only.children[0]?.type !== 'marker'
  }

  /**
   * Whether the opening seems to go on in the next block. The parser ends a
   * block at a line ending in punctuation when paragraphs are not separated
   * by blank lines, so a hard-wrapped opening (`…, meeting in Marrakesh,⏎
   * Morocco, …`) is cut and its rest read as a preamble paragraph with no
   * known opener on the very next line. Then what the opening lacks may be
   * in that rest: its session and phrases are not required, and its
   * terminator is not certain.
   */
  function continues(opening: Opening, next: Block | undefined): boolean {
    if (next?.type !== 'preamble') return false
    const first = next.children[0]
    if (!first) return false
    const opener = openerOf(first)
    return first.position.start.line === opening.position.end.line + 1 && !opener?.phraseId
  }

  function check(opening: Opening, continued: boolean, runningOn: boolean) {
    const base = opening.position.start.offset ?? 0
    // The opening's source, rebuilt from its children (they are contiguous;
    // gaps, if any, become spaces so offsets stay aligned).
    let raw = ''
    for (const child of opening.children) {
      const at = (child.position.start.offset ?? base) - base
      if (at > raw.length) raw += ' '.repeat(at - raw.length)
      raw += child.value
    }
    const folded = fold(raw)
    const words = wordsOf(folded.text, folded.map)
    const pointAt = (offset: number): Point => pointOf(opening, raw, offset)
    const range = (start: number, end: number): Position => ({start: pointAt(start), end: pointAt(end)})

    const starts = profile.openingStarts[language]
    const formula = formulaOf(profile, language)
    if (!formula.starts.some((start) => folded.text.startsWith(start))) {
      const first = words[0]
      report(file, messages.start(starts[0] ?? ''), first ? range(first.start, first.end) : opening)
    }

    for (const {phrase, wordings, wanted} of formula.phrases) {
      if (wordings.some((wording) => containsWords(folded.text, wording))) continue
      const candidates = nearMisses(words, wanted.split(' '), phrase.split(/\s+/), formula.words)
      const only = candidates.length === 1 ? candidates[0] : undefined
      if (only) {
        const actual = raw.slice(only.word.start, only.word.end)
        const expected = matchCase(only.expected, actual)
        report(file, messages.typo(actual, expected), range(only.word.start, only.word.end), {expected})
      } else if (!continued) {
        report(file, messages.phrase(phrase), opening)
      }
    }

    if (!continued && profile.facts.opening.namesSession && !opening.children.some((child) => child.type === 'session')) report(file, messages.session(), opening)
    // `94rd`, `93th`, `94er`, `94º`: the suffix does not fit the number (or the language's feminine `reunión`).
    const {accepted, write} = languageData(language).ordinals
    for (const child of opening.children) {
      if (child.type !== 'session' || child.spelled || !accepted) continue
      const forms = [write(child.number), ...accepted(child.number)].map((form) => form.toLowerCase())
      // Composed first: a PDF's `69e\u0300me` is `69ème`.
      if (!forms.includes(child.value.normalize('NFC').toLowerCase())) report(file, messages.ordinal(child.value, write(child.number)), child, {expected: write(child.number)})
    }

    const expected = profile.terminators[language].opening
    const last = opening.children.at(-1)
    const terminator: Terminator | undefined = last?.type === 'terminator' ? last : undefined
    if (terminator) {
      if (terminator.value !== expected) {
        const {place, expected: written} = markFix(file, language, terminator.position, expected)
        report(file, messages.terminator(terminator.value, expected), place, continued ? {suggestions: [written]} : {expected: written})
      }
    } else if (!runningOn) {
      const end = last ? last.position.end : opening.position.end
      const fix = markFix(file, language, {start: end, end}, expected)
      report(file, messages.noTerminator(expected), fix.place, {expected: fix.expected})
    }
  }
})

/** The profile's formula in a language, folded: its starts, each phrase with its wordings, and its words. */
interface Formula {
  starts: string[]
  phrases: Array<{phrase: string; wordings: string[]; wanted: string}>
  /** A word of the formula itself is never a misspelling of another (`reunida`, `reunión`). */
  words: ReadonlySet<string>
}

/** Each profile's formula by language, folded once. */
const formulaOf = memoByObjectAndKey((profile: Profile, language: Language): Formula => {
  const starts = profile.openingStarts[language]
  const phrases = profile.openingPhrases[language].filter((wordings) => wordings[0] !== undefined)
  return {
    // `إن الجمعيه العامه`, `المجتمعه في دورتها`: a final `ة` typed `ه` is the same wording.
    starts: starts.map(foldForMatch).flatMap(withHaaForTaa),
    phrases: phrases.map((wordings) => ({phrase: wordings[0]!, wordings: wordings.map(foldForMatch).flatMap(withHaaForTaa), wanted: foldForMatch(wordings[0]!)})),
    words: new Set([...starts, ...profile.openingPhrases[language].flat()].flatMap((value) => foldForMatch(value).split(' ')))
  }
})

/** Words of folded text with their offsets in the text `map` points into. */
function wordsOf(text: string, map: Int32Array): Word[] {
  const words: Word[] = []
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const letter = index < text.length && isWordCharacter(text.charAt(index))
    if (letter && start < 0) start = index
    else if (!letter && start >= 0) {
      words.push({text: text.slice(start, index), start: map[start]!, end: map[index - 1]! + 1})
      start = -1
    }
  }
  return words
}

/** Whether each UTF-16 code unit is a letter, mark or digit (1) or not (0), once tested (-1: not yet). */
const wordUnits = new Int8Array(0x10000).fill(-1)

function isWordCharacter(ch: string): boolean {
  if (ch === '') return false
  const code = ch.charCodeAt(0)
  let known = wordUnits[code]!
  if (known < 0) wordUnits[code] = known = /[\p{L}\p{M}\p{N}]/u.test(ch) ? 1 : 0
  return known === 1
}

/** Whether `phrase` occurs in `text` between word boundaries. */
function containsWords(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase)
  while (at >= 0) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + phrase.length)
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true
    at = text.indexOf(phrase, at + 1)
  }
  return false
}

/** Tolerated edit distance for a word: one for short words, two for longer ones. */
function tolerance(word: string): number {
  return word.length <= 4 ? 1 : 2
}

/**
 * Places where the phrase is written with one word misspelt (edit distance
 * 1–2) and the others exact: each gives the misspelt word and its spelling.
 */
function nearMisses(words: Word[], wanted: string[], spelled: string[], formulaWords: ReadonlySet<string>): Candidate[] {
  const candidates: Candidate[] = []
  for (let index = 0; index + wanted.length <= words.length; index++) {
    let miss: Candidate | undefined
    let ok = true
    for (let offset = 0; offset < wanted.length && ok; offset++) {
      const word = words[index + offset]!
      const target = wanted[offset]!
      if (word.text === target) continue
      const max = tolerance(target)
      if (miss || formulaWords.has(word.text) || distance(word.text, target, max) > max) ok = false
      else miss = {word, expected: spelled[offset] ?? target}
    }
    if (ok && miss && !candidates.some((candidate) => candidate.word.start === miss!.word.start)) candidates.push(miss)
  }
  return candidates
}

/** `expected` in the case of `actual`: `MEETING`, `Meeting`, `meeting`. */
function matchCase(expected: string, actual: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase()) return expected.toUpperCase()
  const first = actual.charAt(0)
  if (first !== first.toLowerCase()) return expected.charAt(0).toUpperCase() + expected.slice(1)
  return expected
}

/** The point of an offset in the opening's rebuilt source. */
function pointOf(opening: Opening, raw: string, offset: number): Point {
  const start = opening.position.start
  let line = start.line
  let column = start.column
  for (let index = 0; index < offset; index++) {
    const code = raw.charCodeAt(index)
    if (code === 10 || (code === 13 && raw.charCodeAt(index + 1) !== 10)) {
      line++
      column = 1
    } else if (code !== 13) column++
  }
  return {line, column, offset: (start.offset ?? 0) + offset}
}
