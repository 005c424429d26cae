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

/** The text fixed, its messages, the problems fixed; or the text as it was when its fixes would remove most of it. */
export interface FixResult {
  text: string
  messages: VFileMessage[]
  fixes: number
  /** The fixes were refused: the letters and digits they would have left, of the text's `total`. */
  refused?: {kept: number; total: number}
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
 * Fix what the check reported, and only that. The first round applies every
 * certain fix of the messages given (from a checked `Document`, its messages:
 * the text just checked is not checked again). A fix left out because it
 * overlapped another is tried again in the next round (at most `passes`), when
 * the text is checked again and a message of the same rule still replaces the
 * same words with the same text; a fix no earlier round reported is never
 * applied: a later round would otherwise "fix" what the earlier round's own
 * edits made of the text (a paragraph's halves around a removed page header
 * read as two paragraphs, the first one "terminated" in mid-sentence). Those
 * messages stay in `messages`, reported, not applied. `fixes` counts the
 * problems fixed: the messages whose fixes (one or more edits) were applied.
 *
 * A fix removes page furniture, marks and numbers, never most of a text: fixes that would leave less than half of its
 * letters and digits (a misread layout taking the text for notes or headers) are refused, all of them, and the text
 * comes back as it was with its messages, `refused` saying how much would have been left.
 */
export function fixAll(start: string | Pick<Document, 'text' | 'messages'>, check: (text: string) => VFileMessage[], passes = 10): FixResult {
  let text = typeof start === 'string' ? start : start.text
  let messages = typeof start === 'string' ? check(text) : [...start.messages]
  const original = {text, messages}
  let total: number | undefined
  /** The fixes reported and not yet applied, as `rule, words replaced, replacement`: what a later round may still apply. */
  let pending: Map<string, number> | undefined
  let count = 0
  for (let pass = 0; pass < passes; pass++) {
    const fixes: Array<Fix & {message: number}> = []
    const allowed = pending && new Map(pending)
    messages.forEach((message, index) => {
      for (const fix of fixesOf(message)) {
        if (allowed) {
          const key = keyOf(message, text, fix)
          const left = allowed.get(key) ?? 0
          if (left === 0) continue
          allowed.set(key, left - 1)
        }
        fixes.push({...fix, message: index})
      }
    })
    if (fixes.length === 0) break
    const {text: next, applied} = applyFixes(text, fixes)
    if (next === text) break
    total ??= lettersAndDigits(original.text)
    const kept = lettersAndDigits(next)
    if (kept * 2 < total) return {...original, fixes: 0, refused: {kept, total}}
    count += new Set(applied.map((fix) => (fix as Fix & {message: number}).message)).size
    const done = new Set<Fix>(applied)
    const left = new Map<string, number>()
    for (const fix of fixes) {
      if (done.has(fix)) continue
      const key = keyOf(messages[fix.message]!, text, fix)
      left.set(key, (left.get(key) ?? 0) + 1)
    }
    text = next
    messages = check(text)
    if (left.size === 0) break
    pending = left
  }
  return {text, messages, fixes: count}
}

/** How many letters and digits a text has: what its fixes may remove only a little of. */
export function lettersAndDigits(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length
}

/** What a fix does, wherever it is: its rule, the words it replaces and its replacement. */
function keyOf(message: VFileMessage, text: string, fix: Fix): string {
  return `${message.ruleId ?? ''}\0${text.slice(fix.start, fix.end)}\0${fix.text}`
}
