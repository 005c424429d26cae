/**
 * Numbers written in words (`twenty-four`, `quatre-vingt-treizième`, `nonagésima tercera`, `الثالثة والتسعين`),
 * read with each language's `LanguageData.numberWords`: the parallel check's excuse for a number another version
 * writes in digits (`spelledNumbers`), and the opening's session written in words (`spelledRuns`).
 */
import {languageData, type LanguageData} from '../languages/index.js'
import {foldForMatch} from './normalize.js'
import type {Language} from './tree.js'

/** A language's number words, folded, as lookups (made once per language). */
interface NumberLookup {
  values: Map<string, number>
  scales: Map<string, number>
  joiners: Set<string>
  compoundOnly: Set<string>
  prefixes: string[]
}

const lookups = new WeakMap<LanguageData, NumberLookup>()

function numberLookup(data: LanguageData): NumberLookup {
  let lookup = lookups.get(data)
  if (!lookup) {
    const {values, scales, joiners, compoundOnly, prefixes} = data.numberWords
    lookup = {
      values: new Map(Object.entries(values).map(([word, value]) => [foldForMatch(word), value])),
      scales: new Map(Object.entries(scales).map(([word, value]) => [foldForMatch(word), value])),
      joiners: new Set(joiners.map(foldForMatch)),
      compoundOnly: new Set(compoundOnly.map(foldForMatch)),
      prefixes: prefixes.map(foldForMatch)
    }
    lookups.set(data, lookup)
  }
  return lookup
}

/** A number word of a run: its value, whether it multiplies, whether it is a number alone (`one` is not). */
interface NumberWord {
  value: number
  scale: boolean
  alone: boolean
}

/** A run of number words in folded text, `[start, end)` its extent there. */
export interface NumberRun {
  start: number
  end: number
  /** Its words in order (joiners left out). */
  words: NumberWord[]
  /** The number the whole run writes (`ninety-third` 93, `الثالثة والتسعين` 93), when it is one alone. */
  value: number | undefined
}

/** The longest run of number words that a run may hold (bounds the work on a long list of them). */
const longestRun = 8

/** The runs of number words in `folded` (folded with `foldForMatch`): a mark or a digit between two words ends a run. */
export function spelledRuns(folded: string, language: Language): NumberRun[] {
  const lookup = numberLookup(languageData(language))
  const runs: NumberRun[] = []
  let run: NumberRun | undefined
  /** Where the run's last number word ends: a joiner after it is not part of it. */
  let end = 0
  const flush = () => {
    if (run && run.words.length > 0) {
      run.end = end
      run.value = wholeValue(run.words.slice(0, longestRun))
      runs.push(run)
    }
    run = undefined
  }
  const word = (key: string): NumberWord | undefined => {
    for (const candidate of [key, ...lookup.prefixes.filter((prefix) => key.startsWith(prefix) && key.length - prefix.length >= 2).map((prefix) => key.slice(prefix.length))]) {
      const value = lookup.values.get(candidate)
      if (value !== undefined) return {value, scale: false, alone: !lookup.compoundOnly.has(candidate)}
      const scale = lookup.scales.get(candidate)
      if (scale !== undefined) return {value: scale, scale: true, alone: true}
    }
    return undefined
  }
  let previous = 0
  for (const match of folded.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) {
    if (folded.slice(previous, match.index).trim() !== '') flush()
    previous = match.index + match[0].length
    const pieces = match[0].split('-')
    let offset = match.index
    for (let at = 0; at < pieces.length; ) {
      let taken = 0
      for (let length = pieces.length - at; length > 0 && taken === 0; length--) {
        const entry = word(pieces.slice(at, at + length).join('-'))
        if (entry) {
          run ??= {start: offset, end: offset, words: [], value: undefined}
          run.words.push(entry)
          taken = length
        }
      }
      const width = pieces.slice(at, at + Math.max(taken, 1)).join('-').length + 1
      if (taken > 0) {
        at += taken
        end = offset + width - 1
      } else {
        if (!(run && pieces.length === 1 && lookup.joiners.has(pieces[0]!))) flush()
        at++
      }
      offset += width
    }
  }
  flush()
  return runs
}

/** The number a run of words writes as a whole (`two hundred and five` 205), or undefined for a word that is no number alone. */
function wholeValue(words: readonly NumberWord[]): number | undefined {
  if (words.length === 1 && !words[0]!.alone) return undefined
  let total = 0
  let current = 0
  for (const word of words) {
    if (word.scale) {
      current = (current || 1) * word.value
      if (word.value >= 1000) [total, current] = [total + current, 0]
    } else current += word.value
  }
  return total + current
}

/**
 * The numbers a text writes in words (`twenty-four` → 24, `trois cents` → 300,
 * `veinticuatro`, `أربع وعشرين` → 24, `ninety-fourth` → 94), with every part of
 * a compound too (`twenty-four` also gives 20 and 4): what excuses a number
 * another version writes in digits. Never a fact of its own.
 */
export function spelledNumbers(source: string, language: Language): Set<number> {
  const found = new Set<number>()
  for (const {words} of spelledRuns(foldForMatch(source), language)) {
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= words.length && end <= start + longestRun; end++) {
        const value = wholeValue(words.slice(start, end))
        if (value !== undefined) found.add(value)
      }
    }
  }
  return found
}

const romanDigits: Record<string, number> = {i: 1, v: 5, x: 10, l: 50, c: 100}

/** The value of a Roman numeral, folded (`xxix` → 29); `NaN` for a letter that is none. */
export function romanValue(roman: string): number {
  let total = 0
  for (let index = 0; index < roman.length; index++) {
    const value = romanDigits[roman.charAt(index)]
    if (value === undefined) return Number.NaN
    const next = romanDigits[roman.charAt(index + 1)] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** A number as a Roman numeral in capitals (29 → `XXIX`), for 1 to 399. */
export function romanNumeral(value: number): string {
  let result = ''
  let rest = value
  for (const [digit, letters] of [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    while (rest >= digit) {
      result += letters
      rest -= digit
    }
  }
  return result
}
