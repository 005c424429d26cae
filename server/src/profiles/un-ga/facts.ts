/**
 * What a UN resolution says of itself: the symbol's session and number, the
 * adoption date of its heading, the title line's number, the plenary
 * meeting's date. Read from the tree the parser made under the `un-ga` profile.
 */
import type {Point} from 'unist'
import {scanInline} from '../../core/inline.js'
import {foldText} from '../../core/normalize.js'
import {spelledNumbers} from '../../core/numbers.js'
import type {Document} from '../../core/document.js'
import type {Block, DateNode, Language, PastedLayout, ResolutionIdentifier, Root} from '../../core/tree.js'
import {unFacts} from './identifiers.js'
/**
 * The title line: `80/7. Title` (`80/7 - …` in Arabic), its number alone on a line of a PDF copy (`59/309.`),
 * or spaced as in the UN's older web copies (`52 / 31   التحقق …`).
 */
const titlePatterns = [/^(\d{1,3})\/(\d{1,4})(?: ?[a-z])?(?:\.| -)(?: |$)/, /^(\d{1,3}) \/ (\d{1,4}) (?=\p{L})/u]

/** A title line of the sessions numbered in Roman numerals, to the 30th (1975): `102 (I) Title`, `2734 (XXV). Title` (folded). */
const romanTitle = /^\d{1,4} ?\(([ivxl]{1,7})\)\.?(?: |$)/
const romanDigits: Record<string, number> = {i: 1, v: 5, x: 10, l: 50}

/** The session of a title line numbered in Roman numerals (`102 (I) …` → 1), if it is one. */
export function romanTitleSession(text: string): number | undefined {
  const roman = romanTitle.exec(text)?.[1]
  if (!roman) return undefined
  let total = 0
  for (let index = 0; index < roman.length; index++) {
    const value = romanDigits[roman.charAt(index)]!
    total += value < (romanDigits[roman.charAt(index + 1)] ?? 0) ? -value : value
  }
  return total
}

/** The session and number of a title line (folded text), if it is one. */
export function titleNumber(text: string): {session: number; number: number} | undefined {
  for (const pattern of titlePatterns) {
    const match = pattern.exec(text)
    if (match) return {session: Number(match[1]), number: Number(match[2])}
  }
  return undefined
}

/** A session and number (`80/7`), with the block that states it. */
export interface UnNumber {
  session: number
  number: number
  /** The series of a session numbered apart (`ES` of `A/RES/ES-11/1`), as `PairReading.series`. */
  series?: string
  block: Block
}

/**
 * The symbol's session and number (`A/RES/80/7`, `A/RES/ES-11/1`, `A/RES/79/325 A`, after `United Nations` on the
 * masthead's first line), read by the UN's identifier scheme.
 */
export function symbolOf(tree: Root, document: Document): UnNumber | undefined {
  for (const block of tree.children) {
    if (block.type !== 'identifier') continue
    const id = symbolOfLine(textOf(block, document))
    if (id?.session === undefined || id.number === undefined) continue
    const series = unFacts.identifiers.scheme.forms.find((form) => form.prefix === id.prefix)?.series
    return {session: id.session, number: id.number, ...(series === undefined ? {} : {series}), block}
  }
  return undefined
}

/** The symbol a line holds among other words (`United Nations  A/RES/80/7`, `A/RES/79/325 A`), read by the UN's scheme (`Profile.identifierLine`). */
export function symbolOfLine(line: string): ResolutionIdentifier | undefined {
  for (const word of line.split(/\s+/)) {
    // Markdown's emphasis and a part's letter glued to the number (`A/RES/79/325A`) are no part of the symbol.
    const id = unFacts.identifiers.parse(word.replace(/[*_]/g, '').replace(/(\d)[a-zA-Z]$/, '$1'))
    if (id?.session !== undefined && id.number !== undefined) return id
  }
  return undefined
}

/** The title line's session and number (`80/7. Title`). */
export function titleNumberOf(tree: Root, document: Document): UnNumber | undefined {
  const block = tree.children.find((candidate) => candidate.type === 'subject')
  const title = block && titleNumber(textOf(block, document).replace(/^[*_]+/, ''))
  return block && title ? {...title, block} : undefined
}

/** The dates `dateOf` read, by check: three rules ask for the heading's, and each read is a scan of the block. */
const datesRead = new WeakMap<Document, Map<string, DateNode | undefined>>()

/** The first date of the first block of `type` (the heading's adoption date, the closing's meeting date). */
export function dateOf(tree: Root, document: Document, type: 'heading' | 'closing', language: Language): DateNode | undefined {
  let read = datesRead.get(document)
  if (!read) datesRead.set(document, (read = new Map()))
  const key = `${type} ${language}`
  if (!read.has(key)) read.set(key, scanDate(tree, document, type, language))
  return read.get(key)
}

function scanDate(tree: Root, document: Document, type: 'heading' | 'closing', language: Language): DateNode | undefined {
  const block = tree.children.find((candidate) => candidate.type === type)
  if (!block) return undefined
  const point = (offset: number): Point => document.lines.toPoint(offset) ?? {line: 1, column: 1, offset}
  return scanInline(document.text, block.position.start.offset!, block.position.end.offset!, language, point).find((node): node is DateNode => node.type === 'date')
}

function textOf(block: Block, document: Document): string {
  return foldText(document.text, block.position.start.offset!, block.position.end.offset!)
}

/** The masthead's lines (`Eightieth session`, `Distr.: General`, `12 December 2025`), in order, with their text folded. */
function mastheadLines(tree: Root, document: Document): Array<{line: PastedLayout; text: string}> {
  return (tree.data.pastedLayout ?? [])
    .filter((line) => line.kind === 'masthead')
    .map((line) => ({line, text: foldText(document.text, line.position.start.offset!, line.position.end.offset!)}))
}

/**
 * The session its masthead line names (`Eightieth session` → 80, `Sexagésimo primer período de sesiones` → 61,
 * `الدورة الحادية والثمانون` → 81), with the line; the words of the agenda item that may follow on the same line are
 * not read (`Eightieth session Agenda item 97 (b) …`).
 */
export function sessionLineOf(tree: Root, document: Document, language: Language, isSessionLine: (text: string) => boolean): {session: number; line: PastedLayout} | undefined {
  for (const {line, text} of mastheadLines(tree, document)) {
    if (!isSessionLine(text)) continue
    const words = text.split(' ')
    // The ordinal is before the word session (en, fr, es) or after الدورة (ar): the first three words either way.
    const numbers = [...spelledNumbers(words.slice(0, 4).join(' '), language)]
    if (numbers.length > 0) return {session: Math.max(...numbers), line}
  }
  return undefined
}

/** The date of the distribution line (`Distr.: General 12 December 2025`, or the date alone on the next line). */
export function distributionDateOf(tree: Root, document: Document, language: Language, isDistribution: (text: string) => boolean): DateNode | undefined {
  const lines = mastheadLines(tree, document)
  const at = lines.findIndex(({text}) => isDistribution(text))
  if (at < 0) return undefined
  const point = (offset: number): Point => document.lines.toPoint(offset) ?? {line: 1, column: 1, offset}
  for (const {line} of lines.slice(at, at + 2)) {
    const date = scanInline(document.text, line.position.start.offset!, line.position.end.offset!, language, point).find((node): node is DateNode => node.type === 'date')
    if (date) return date
  }
  return undefined
}
