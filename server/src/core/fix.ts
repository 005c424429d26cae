/**
 * Fixes: a message with one `expected` value replaces its range with it; a
 * message with `edits` (one certain fix of several ranges: removing every
 * pasted page number) replaces each of them. Fixing never changes text
 * outside the ranges the fixes name.
 */
import type {Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {Document} from './document.js'

/** A message's certain fix of several ranges at once. */
export interface MessageEdit {
  position: Position
  text: string
}

/** A replacement of the source's `[start, end)`. */
export interface Fix {
  start: number
  end: number
  text: string
}

/** The certain fix a message carries, if any. */
export function fixOf(message: VFileMessage): Fix | undefined {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
  if (start === undefined || end === undefined || message.expected?.length !== 1) return undefined
  return {start, end, text: message.expected[0]!}
}

/** The edits of a message's certain fix of several ranges, if it has one. */
export function editsOf(message: VFileMessage): MessageEdit[] | undefined {
  return (message as VFileMessage & {edits?: MessageEdit[]}).edits
}

/** The edits of a message's fix of several ranges offered as a quick fix only (never by `--fix`), if it has one. */
export function suggestedEditsOf(message: VFileMessage): MessageEdit[] | undefined {
  return (message as VFileMessage & {suggestedEdits?: MessageEdit[]}).suggestedEdits
}

/** Every replacement a message's certain fix makes: its `expected`, or its `edits`. */
export function fixesOf(message: VFileMessage): Fix[] {
  const edits = editsOf(message)
  if (!edits) {
    const fix = fixOf(message)
    return fix ? [fix] : []
  }
  return edits.flatMap(({position, text}) => (position.start.offset === undefined || position.end.offset === undefined ? [] : [{start: position.start.offset, end: position.end.offset, text}]))
}

/** Apply fixes that do not overlap (first come, first served, in document order). */
export function applyFixes(text: string, fixes: Fix[]): {text: string; applied: Fix[]} {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Fix[] = []
  let result = ''
  let cursor = 0
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end > text.length) continue
    if (applied.length > 0 && fix.start === cursor && fix.start === fix.end && applied.at(-1)!.start === applied.at(-1)!.end) continue
    result += text.slice(cursor, fix.start) + fix.text
    cursor = fix.end
    applied.push(fix)
  }
  return {text: result + text.slice(cursor), applied}
}

/**
 * Fix until nothing certain is left (at most `passes` rounds, as fixes can
 * reveal others); `fixes` counts the fixes applied over all rounds. From a
 * checked `Document`, its messages are the first round's: the text just
 * checked is not checked again.
 */
export function fixAll(start: string | Pick<Document, 'text' | 'messages'>, check: (text: string) => VFileMessage[], passes = 10): {text: string; messages: VFileMessage[]; fixes: number} {
  let text = typeof start === 'string' ? start : start.text
  let messages = typeof start === 'string' ? check(text) : [...start.messages]
  let count = 0
  for (let pass = 0; pass < passes; pass++) {
    const fixes = messages.flatMap(fixesOf)
    if (fixes.length === 0) break
    const {text: next, applied} = applyFixes(text, fixes)
    if (next === text) break
    count += applied.length
    text = next
    messages = check(text)
  }
  return {text, messages, fixes: count}
}
