/**
 * Phrasing inside a paragraph: text, and the citations and dates found in it.
 */
import type {Point, Position} from 'unist'
import type {Language, Phrasing} from './tree.js'

/** Nodes for `source.slice(start, end)`: text runs, citations and dates. */
export function scanInline(source: string, start: number, end: number, _language: Language, point: (offset: number) => Point): Phrasing[] {
  if (start >= end) return []
  const position: Position = {start: point(start), end: point(end)}
  return [{type: 'text', value: source.slice(start, end), position}]
}
