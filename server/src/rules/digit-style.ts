/**
 * One digit style per document: Western (`2025`) or Arabic-Indic (`٢٠٢٥`),
 * in text, paragraph numbers, the session number and vote figures. The style
 * most used wins: Western, unless the language has digits of its own
 * (Arabic-Indic in Arabic) and the document uses them more.
 * Citations and identifiers are always written in Western digits and are
 * not counted.
 */
import type {Root} from '../core/tree.js'
import type {Facts, Phrasing} from '../core/paragraph-facts.js'
import {walk} from '../core/walk.js'
import {report, rule} from '../core/rule.js'
import {languageData} from '../languages/index.js'
import type {DigitStyle as Style} from '../languages/types.js'
import {msg} from '../l10n/index.js'

/** Said by the style the document keeps. */
const messages = {
  wrong: (actual: string, expected: string, style: Style) => msg(`digit-style.${style}`, {actual, expected})
}

const zero: Record<Style, number> = {western: 0x30, arabicIndic: 0x0660, extended: 0x06f0}
/** Nodes whose digits are counted; citations, identifiers and labels are not. */
const counted = new Set(['text', 'marker', 'session', 'voteCount', 'date'])

export interface Run {
  start: number
  value: string
  style: Style
}

export default rule('digit-style', (tree: Root, file, _options, {language, document}) => {
  const runs: Run[] = []
  walk(tree, (node) => {
    if (node.type === 'identifier') return 'skip'
    if (!counted.has(node.type) || !('value' in node)) return undefined
    collectRuns(node.value, node.position.start.offset!, node.type === 'text', runs)
    return undefined
  })
  if (runs.length === 0) return
  // Page furniture inside a paragraph (a page number between its halves) is read as plain text, and is not the text's.
  const furniture = (tree.data.pastedLayout ?? []).filter((piece) => piece.kind !== 'footnoteMarker').map((piece) => [piece.position.start.offset!, piece.position.end.offset!] as const).sort((a, b) => a[0] - b[0])
  if (furniture.length > 0) runs.splice(0, runs.length, ...runs.filter((run) => !inside(furniture, run.start)))
  if (runs.length === 0) return

  const count = (style: Style) => runs.filter((run) => run.style === style).length
  const native = languageData(language).nativeDigits
  // Persian digits (`۲۰۲۲`, typed on a Persian keyboard) are Eastern digits meant: counted with the Arabic-Indic ones,
  // and written so when those win.
  const eastern = native ? count(native) + (native === 'arabicIndic' ? count('extended') : 0) : 0
  const expected: Style = native && eastern > count('western') ? native : 'western'
  const place = document.lines
  for (const run of runs) {
    if (run.style === expected) continue
    const start = place.toPoint(run.start)
    const end = place.toPoint(run.start + run.value.length)
    if (!start || !end) continue
    const fixed = [...run.value].map((character) => String.fromCharCode(zero[expected] + character.charCodeAt(0) - zero[run.style])).join('')
    report(file, messages.wrong(run.value, fixed, expected), {start, end}, {expected: fixed})
  }
})

/**
 * Digit runs of a node's value (`base`: its offset). In text, a word with Latin letters or a
 * slash is a citation or symbol (`GA-2021-89-RES-11`, `19/71`) and is skipped.
 */
export function collectRuns(value: string, base: number, inText: boolean, runs: Run[]): void {
  // From digit to digit: only the words holding one are read.
  nextDigit.lastIndex = 0
  let digit = nextDigit.exec(value)?.index ?? -1
  while (digit >= 0) {
    let start = digit
    while (start > 0 && !space.test(value.charAt(start - 1))) start--
    let end = digit + 1
    while (end < value.length && !space.test(value.charAt(end))) end++
    const word = value.slice(start, end)
    if (!inText || !/[\p{Script=Latin}/]/u.test(word)) {
      let index = digit - start
      while (index < word.length) {
        const style = styleOf(word.charAt(index))
        let runEnd = index + 1
        while (style && runEnd < word.length && styleOf(word.charAt(runEnd)) === style) runEnd++
        if (style) runs.push({start: base + start + index, value: word.slice(index, runEnd), style})
        index = runEnd
      }
    }
    nextDigit.lastIndex = end
    digit = nextDigit.exec(value)?.index ?? -1
  }
}

const space = /\s/
const nextDigit = /[0-9\u0660-\u0669\u06f0-\u06f9]/g

/** Whether the rule counts the digits of a node of this type. */
export function countsDigits(type: string): boolean {
  return counted.has(type)
}

function styleOf(character: string): Style | undefined {
  const unit = character.charCodeAt(0)
  if (unit >= 0x30 && unit <= 0x39) return 'western'
  if (unit >= 0x0660 && unit <= 0x0669) return 'arabicIndic'
  if (unit >= 0x06f0 && unit <= 0x06f9) return 'extended'
  return undefined
}

/** The digit runs the document's digit style is counted from. */
export const digitFacts: Facts = (paragraph) => {
  const runs: Run[] = []
  const visit = (node: Phrasing) => {
    if (countsDigits(node.type) && typeof node.value === 'string') collectRuns(node.value, 0, node.type === 'text', runs)
    for (const child of node.children ?? []) visit(child)
  }
  visit(paragraph as Phrasing)
  return runs.map((run) => run.style + ':' + run.value).join(',')
}

/** Whether `offset` lies in one of `ranges` (sorted by start, none overlapping). */
function inside(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = ranges[middle]!
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return true
  }
  return false
}
