/**
 * Fixes: a message with one `expected` value replaces its range with it; a
 * message with `edits` (one certain fix of several ranges: removing every
 * pasted page number) replaces each of them. Fixing never changes text
 * outside the ranges the fixes name.
 */
import type {Node, Parent, Position} from 'unist'
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

/** The title of the quick fix of several edits: removing, renumbering (a message's suggested renumbering) or fixing them. */
export function editsTitleKey(texts: readonly string[], renumbering = false): 'server.fix.removeAll' | 'server.fix.renumberAll' | 'server.fix.fixAll' {
  return texts.every((text) => text === '') ? 'server.fix.removeAll' : renumbering ? 'server.fix.renumberAll' : 'server.fix.fixAll'
}

/** Whether a message's suggested edits renumber paragraphs or items (`ReportOptions.renumbering`). */
export function renumbers(message: VFileMessage): boolean {
  return (message as VFileMessage & {renumbering?: boolean}).renumbering === true
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

/** What a check gives a round of fixes: its messages, and the text's reading when the check has a tree. */
export type RoundCheck = VFileMessage[] | (Pick<Document, 'messages'> & Partial<Pick<Document, 'tree' | 'resolutions'>>)

/**
 * Fix what the check reported, and what those fixes reveal, in one go (ESLint's way: up to `passes` rounds, until
 * no fix is left), with each round's check. The first round applies every certain fix of the messages given (from a
 * checked `Document`, its messages: the text just checked is not checked again). A later round applies every certain
 * fix its check reports while the text reads as the one the drafter was told about (`readingOf`: the same language,
 * profile and parts, paragraph for paragraph, whatever their words and numbers): a bare `٣.` before a chapeau is
 * `3.`, then `1.`. Once the edits made change that reading, the rounds left apply only a fix left out as it
 * overlapped another and still reported (same rule, words and replacement): the text's new reading is one no message
 * was about, and its "fixes" would be fixes of the edits' own making (the halves of a paragraph around a removed page
 * header read as two paragraphs, the first then "terminated" in mid-sentence; an opening line read as the UN's,
 * the vote line as an operative paragraph). Those messages stay in `messages`, reported, not applied. A check that
 * gives no tree (a bare list of messages) has no reading: only the first round's fixes and those it held back are
 * applied. `fixes` counts the problems fixed: the messages whose fixes (one or more edits) were applied.
 *
 * A fix removes page furniture, marks and numbers, never most of a text: fixes that would leave less than half of its
 * letters and digits (a misread layout taking the text for notes or headers) are refused, all of them, and the text
 * comes back as it was with its messages, `refused` saying how much would have been left.
 */
export function fixAll(start: string | (Pick<Document, 'text' | 'messages'> & Partial<Pick<Document, 'tree' | 'resolutions'>>), check: (text: string) => RoundCheck, passes = 10): FixResult {
  let text = typeof start === 'string' ? start : start.text
  let round = roundOf(typeof start === 'string' ? check(text) : start)
  const original = {text, messages: round.messages}
  const reading = round.reading
  let total: number | undefined
  /** The fixes reported and not yet applied, as `rule, words replaced, replacement`: what a later round may still apply. */
  let pending: Map<string, number> | undefined
  /** The texts the rounds made: a fix undoing an earlier one's edit ends the rounds. */
  const seen = new Set([text])
  let count = 0
  for (let pass = 0; pass < passes; pass++) {
    const {messages} = round
    const fixes: Array<Fix & {message: number}> = []
    // After the first round, every fix reported while the text reads as it did; else only those held back.
    const allowed = pass > 0 && (reading === undefined || round.reading !== reading) ? new Map(pending) : undefined
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
    if (seen.has(next)) break
    seen.add(next)
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
    round = roundOf(check(text))
    pending = left
    if (left.size === 0 && (reading === undefined || round.reading !== reading)) break
  }
  return {text, messages: round.messages, fixes: count}
}

/** A round's messages and its text's reading (none for a bare list of messages). */
function roundOf(checked: RoundCheck): {messages: VFileMessage[]; reading: string | undefined} {
  if (Array.isArray(checked)) return {messages: checked, reading: undefined}
  return {messages: [...checked.messages], reading: readingOf(checked)}
}

/**
 * How a check read a text, whatever its words, numbers and marks: its language, profile and parts, paragraph for
 * paragraph (subparagraphs included), for each resolution of a text of several. Undefined without a tree (a lean check).
 */
export function readingOf(checked: Partial<Pick<Document, 'tree' | 'resolutions'>>): string | undefined {
  const documents = checked.resolutions ? checked.resolutions.map((resolution) => resolution.document) : [checked]
  let reading = ''
  for (const {tree} of documents) {
    if (!tree) return undefined
    const {language, profile, era, unsupportedLanguage} = tree.data
    reading += `${language} ${profile} ${era ?? ''} ${unsupportedLanguage ? 'unsupported' : ''}:${outline(tree.children)}\n`
  }
  return reading
}

/** The kinds of parts and paragraphs under `nodes`, nested as they are; phrasing left out. */
function outline(nodes: readonly Node[]): string {
  let result = ''
  for (const node of nodes) {
    if (!parts.has(node.type)) continue
    const children = (node as Parent).children
    result += node.type + (children ? `(${outline(children)})` : '') + ' '
  }
  return result
}

/** The node types of parts and paragraphs: what a reading is made of. */
const parts = new Set(['heading', 'identifier', 'subject', 'opening', 'preamble', 'preambleParagraph', 'operative', 'chapeau', 'operativeParagraph', 'subparagraph', 'closing', 'voteLine', 'partHeading', 'annex', 'annexParagraph', 'unknown'])

/** How many letters and digits a text has: what its fixes may remove only a little of. */
export function lettersAndDigits(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length
}

/** What a fix does, wherever it is: its rule, the words it replaces and its replacement. */
function keyOf(message: VFileMessage, text: string, fix: Fix): string {
  return `${message.ruleId ?? ''}\0${text.slice(fix.start, fix.end)}\0${fix.text}`
}
