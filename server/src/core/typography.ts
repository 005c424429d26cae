/**
 * The space before a punctuation mark, as each language writes it: French puts
 * a space before `;` `:` `?` `!` (`saisis ;`, `Objet :`), the others none
 * (`seized;`). Which space — plain, no-break U+00A0 or narrow no-break U+202F —
 * is the one the document already uses most. Fixes and Format Document write
 * marks through here, so that a fix never leaves `volés ,` or `saisis;`.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {languageData} from '../languages/index.js'
import type {Language} from './tree.js'

/** The spaces that may stand before a mark, the default first. */
export const markSpaces: readonly string[] = [' ', '\u00a0', '\u202f']

/** The space the text writes most before the language's spaced marks; a plain space when it writes none. */
export function documentMarkSpace(text: string, language: Language): string {
  const marks = languageData(language).punctuation.spacedMarks
  if (marks === '') return ''
  const counts = markSpaces.map(() => 0)
  for (let index = 1; index < text.length; index++) {
    if (!marks.includes(text.charAt(index))) continue
    const kind = markSpaces.indexOf(text.charAt(index - 1))
    if (kind >= 0) counts[kind]!++
  }
  let best = 0
  counts.forEach((count, kind) => {
    if (count > counts[best]!) best = kind
  })
  return markSpaces[best]!
}

/** `mark` as written after a word in the language: the document's space before a spaced mark (`' ;'`), none before the others. */
export function spacedMark(mark: string, language: Language, space: string): string {
  const first = mark.charAt(0)
  return first !== '' && languageData(language).punctuation.spacedMarks.includes(first) ? space + mark : mark
}

/** Where the spaces before `offset` start, on the same line. */
export function spacesBefore(text: string, offset: number): number {
  let start = offset
  while (start > 0 && markSpaces.includes(text.charAt(start - 1))) start--
  return start
}

declare module 'vfile' {
  interface DataMap {
    /** The space the document writes before spaced marks (see `documentMarkSpace`), found once per check. */
    markSpace: string
  }
}

/**
 * A fix writing `mark` at `place` (the mark found there, or an empty range where
 * one is missing) in the language's typography: the range grows over the spaces
 * before it, and the replacement is the document's space (if the mark takes one)
 * then the mark. `saisis` + `;` in French gives `saisis ;`, `volés ;` → `volés,`.
 */
export function markFix(file: VFile, language: Language, place: Position, mark: string): {place: Position; expected: string} {
  const text = String(file.value)
  file.data.markSpace ??= documentMarkSpace(text, language)
  const expected = spacedMark(mark, language, file.data.markSpace)
  const offset = place.start.offset
  if (offset === undefined) return {place, expected}
  const start = spacesBefore(text, offset)
  return {place: {start: shift(place.start, start - offset), end: place.end}, expected}
}

/** The point `delta` code units after `point` on its line. */
function shift(point: Point, delta: number): Point {
  return {line: point.line, column: point.column + delta, offset: point.offset === undefined ? undefined : point.offset + delta}
}
