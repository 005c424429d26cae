/**
 * The one conversion point between unist / vfile and LSP: 1-based points to
 * 0-based positions (both count UTF-16 code units), messages and config errors
 * to diagnostics with their fixes as data for code actions, a replaced text to
 * one edit. Nothing else converts.
 */
import {pathToFileURL} from 'node:url'
import type {Point, Position as UnistPosition} from 'unist'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {
  DiagnosticSeverity,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit
} from 'vscode-languageserver-types'
import {configErrorMessage, type ConfigError} from '../config.js'
import type {Document, LineIndex} from '../core/document.js'
import {editsOf, fixOf, renumbers, suggestedEditsOf} from '../core/fix.js'
import {memoPlaced} from '../core/memo.js'
import {docsUrl, docsUrlIn, relatedOf} from '../core/rule.js'
import {defaultLocale, isolatedSentence, localize, localizeNote, localizeRelated, translate, withoutNeedlessIsolates, type Locale} from '../l10n/index.js'
import {joinParts} from './json.js'

/** Fix data carried by a diagnostic, for code actions. */
export interface DiagnosticData {
  /** Certain replacement of the range (applied by fix-all). */
  expected?: string
  /** Other possible replacements (quick fixes only). */
  suggestions?: string[]
  /** Edits elsewhere that resolve the problem too (quick fixes only): the identifier when the heading is flagged. */
  alternatives?: TextEdit[]
  /** The drafter's opener or verb, for "Add «…» to this project's phrases". */
  phrase?: {kind: 'preamble' | 'operative'; value: string}
  /** A certain fix of several ranges (applied by fix-all), with the title of its quick fix. */
  edits?: Array<{range: Range; newText: string}>
  /** A fix of several ranges that removes text a drafter may need: a quick fix only, never applied by fix-all. */
  suggestedEdits?: Array<{range: Range; newText: string}>
  /** The suggested edits renumber paragraphs: the quick fix says "Renumber them". */
  renumbering?: true
}

/** unist point (1-based) -> LSP position (0-based). */
export function toPosition(point: Point): Position {
  return {line: point.line - 1, character: point.column - 1}
}

/** unist position -> LSP range. */
export function toRange(position: UnistPosition): Range {
  return {start: toPosition(position.start), end: toPosition(position.end)}
}

/** LSP position -> unist-style 1-based point (without offset). */
export function fromPosition(position: Position): {line: number; column: number} {
  return {line: position.line + 1, column: position.character + 1}
}

/**
 * An LSP result moved `lines` lines down: every position (`{line, character}`) and folding range (`startLine`,
 * `endLine`) in it, copied; the same value when `lines` is 0. A feature's result on one resolution of a text holding
 * several, placed in the whole text.
 */
export function shiftLines<T>(value: T, lines: number): T {
  if (lines === 0 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item: unknown) => shiftLines(item, lines)) as T
  const copy: Record<string, unknown> = {}
  const record = value as Record<string, unknown>
  const position = typeof record.line === 'number' && typeof record.character === 'number'
  const folding = typeof record.startLine === 'number' && typeof record.endLine === 'number'
  for (const [key, item] of Object.entries(record)) {
    if (position && key === 'line') copy[key] = (item as number) + lines
    else if (folding && (key === 'startLine' || key === 'endLine')) copy[key] = (item as number) + lines
    else copy[key] = shiftLines(item, lines)
  }
  return copy as T
}

/** Whether a 0-based LSP position lies inside a unist position (ends inclusive). */
export function contains(position: UnistPosition, at: Position): boolean {
  const {line, column} = fromPosition(at)
  const {start, end} = position
  if (line < start.line || line > end.line) return false
  if (line === start.line && column < start.column) return false
  if (line === end.line && column > end.column) return false
  return true
}

/**
 * How a client wants its diagnostics written: in its interface language, and `compact` for a client that names their
 * source and links a rule's code to the rule's page itself (`compactDiagnostics` in `initialize`'s options, which the
 * extension declares: it shows the bundled page, offline, not the online address): the server then sends neither, 30 %
 * of the bytes of each publish (a message's own address other than its rule's page is still sent), nor the fixes
 * (`data`, 10 % more), which a code action reads from the check again (`withKeptData`). One object per pair
 * (`diagnosticForm`), so a kept list is known by it.
 */
export interface DiagnosticForm {
  readonly locale: Locale
  readonly compact: boolean
}

const forms = new Map<string, DiagnosticForm>()

/** The one `DiagnosticForm` of a locale and compactness. */
export function diagnosticForm(locale: Locale = defaultLocale, compact = false): DiagnosticForm {
  const key = `${locale} ${compact}`
  let form = forms.get(key)
  if (!form) forms.set(key, (form = Object.freeze({locale, compact})))
  return form
}

/** A form or a locale (its full form) as a form. */
function formOf(form: DiagnosticForm | Locale): DiagnosticForm {
  return typeof form === 'string' ? diagnosticForm(form) : form
}

/** The source a client given compact diagnostics names (`DiagnosticForm`). */
export const diagnosticSource = 'resolint'

/** A vfile message -> an LSP diagnostic in `locale` (rule id as code, docs page as codeDescription, fixes as data); compact, without source and rule page (`DiagnosticForm`). */
export function toDiagnostic(message: VFileMessage, form: DiagnosticForm | Locale = defaultLocale): Diagnostic {
  const {locale, compact} = formOf(form)
  const place = message.place
  const range: Range =
    place && 'start' in place
      ? toRange(place)
      : place
        ? {start: toPosition(place), end: toPosition(place)}
        : {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const note = localizeNote(message, locale)
  const diagnostic: Diagnostic = {
    range,
    // Isolated in its direction: VS Code lays the panel out left to right, whatever the locale.
    message: isolatedSentence(locale, localize(message, locale) + (note ? `\n${note}` : '')),
    severity: message.fatal ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
  }
  if (!compact) diagnostic.source = diagnosticSource
  const related = relatedOf(message)
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((location) => ({location: {uri: locationUri(location.path), range: toRange(location.place)}, message: isolatedSentence(locale, localizeRelated(location, locale))}))
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  // The rule's page in the interface language (docs/rules/<language>/<id>.md).
  const url = docsUrlIn(message, locale)
  if (url && !(compact && message.ruleId && url === docsUrl(message.ruleId, locale))) diagnostic.codeDescription = {href: url}
  const data = compact ? undefined : dataOf(message)
  if (data) diagnostic.data = data
  return diagnostic
}

/** A message's fixes and phrase as a diagnostic carries them (`DiagnosticData`), undefined when it has none. */
function dataOf(message: VFileMessage): DiagnosticData | undefined {
  const data: DiagnosticData = {}
  const fix = fixOf(message)
  if (fix) data.expected = fix.text
  const suggestions = (message as VFileMessage & {suggestions?: string[]}).suggestions
  if (suggestions) data.suggestions = suggestions
  const alternatives = (message as VFileMessage & {alternatives?: Array<{text: string; place: UnistPosition}>}).alternatives
  if (alternatives) data.alternatives = alternatives.map((alternative) => ({range: toRange(alternative.place), newText: alternative.text}))
  const phrase = (message as VFileMessage & {phrase?: DiagnosticData['phrase']}).phrase
  if (phrase) data.phrase = phrase
  const edits = editsOf(message)
  if (edits) data.edits = edits.map(({position, text}) => ({range: toRange(position), newText: text}))
  const suggestedEdits = suggestedEditsOf(message)
  if (suggestedEdits) data.suggestedEdits = suggestedEdits.map(({position, text}) => ({range: toRange(position), newText: text}))
  if (suggestedEdits && renumbers(message)) data.renumbering = true
  return data.expected !== undefined || data.suggestions || data.alternatives || data.phrase || data.edits || data.suggestedEdits ? data : undefined
}

/**
 * A diagnostic a compact client was sent without its fixes (`DiagnosticForm`), with them again: those of the message of
 * the check it was made from, the one of its rule, range and message in the resolution holding it (`partAt`; its
 * messages and first line), for a code action. A diagnostic of no message of that check (a version since checked
 * again, its diagnostics not yet shown) stays as it is: no fix is offered on the range of an older text. Each message
 * is compared as it was sent (`sentDiagnostic`'s, kept: not converted again, and in the words the client shows even
 * when the interface language changed since), or, never sent, as `locale` says it.
 */
export function withKeptData(diagnostic: Diagnostic, messages: readonly VFileMessage[], line: number, locale: Locale): Diagnostic {
  if (diagnostic.data !== undefined || typeof diagnostic.code !== 'string') return diagnostic
  const {start, end} = diagnostic.range
  for (const message of messages) {
    if (message.ruleId !== diagnostic.code) continue
    const made = sent.get(message)?.diagnostic ?? editorDiagnostic(message, locale)
    const range = made.range
    if (made.message !== diagnostic.message || range.start.line + line !== start.line || range.start.character !== start.character || range.end.line + line !== end.line || range.end.character !== end.character) continue
    const data = dataOf(message)
    return data === undefined ? diagnostic : {...diagnostic, data: movedDiagnostic({...made, data}, line).data}
  }
  return diagnostic
}

/** Each message's diagnostic as last sent, in its form: a resolution of several keeps its messages while its text does not change. */
const sent = new WeakMap<VFileMessage, {form: DiagnosticForm; diagnostic: Diagnostic}>()

/** A message's diagnostic, made once per message and form; a message placed from a resolution's own, its diagnostic moved. */
function sentDiagnostic(message: VFileMessage, form: DiagnosticForm): Diagnostic {
  const known = sent.get(message)
  if (known?.form === form) return known.diagnostic
  const diagnostic = editorDiagnostic(message, form)
  sent.set(message, {form, diagnostic})
  return diagnostic
}

/**
 * `toDiagnostic` as the editor is sent it, to show in its left-to-right panel and hover: its messages without the
 * isolates that change nothing there (`withoutNeedlessIsolates`: quoted Latin text in a Latin line), 7.2 of the 220 KB
 * of a 600 KB document's publish, which then fits in the pipe's buffer and is written at once, not in two writes with
 * the editor's read between them. The preview keeps them (its tooltips take an Arabic document's direction).
 */
export function editorDiagnostic(message: VFileMessage, form: DiagnosticForm | Locale = defaultLocale): Diagnostic {
  const diagnostic = toDiagnostic(message, form)
  const {locale} = formOf(form)
  if (typeof diagnostic.message === 'string') diagnostic.message = withoutNeedlessIsolates(locale, diagnostic.message)
  for (const related of diagnostic.relatedInformation ?? []) related.message = withoutNeedlessIsolates(locale, related.message)
  return diagnostic
}

/** A diagnostic `lines` lines down: its range and its fixes' (its related places are other files'). */
function movedDiagnostic(diagnostic: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return diagnostic
  const range = (value: Range): Range => ({start: {line: value.start.line + lines, character: value.start.character}, end: {line: value.end.line + lines, character: value.end.character}})
  const moved = {...diagnostic, range: range(diagnostic.range)}
  const data = diagnostic.data as DiagnosticData | undefined
  if (data && (data.alternatives || data.edits || data.suggestedEdits)) {
    moved.data = {
      ...data,
      ...(data.alternatives ? {alternatives: data.alternatives.map((edit) => ({...edit, range: range(edit.range)}))} : {}),
      ...(data.edits ? {edits: data.edits.map((edit) => ({...edit, range: range(edit.range)}))} : {}),
      ...(data.suggestedEdits ? {suggestedEdits: data.suggestedEdits.map((edit) => ({...edit, range: range(edit.range)}))} : {})
    }
  }
  return moved
}

/** Diagnostics sent per document at most: past this, an editor's problem list stops being read and costs the most to draw. */
export const maxDiagnostics = 1000

/**
 * At most `max` diagnostics, in their order; if some are left out, one information
 * diagnostic after them, on the first left out, says how many.
 */
export function capDiagnostics(diagnostics: Diagnostic[], max = maxDiagnostics, form: DiagnosticForm | Locale = defaultLocale, total = diagnostics.length): Diagnostic[] {
  if (total <= max) return diagnostics
  const {locale, compact} = formOf(form)
  const left = total - max
  const first = diagnostics[max]!
  return [
    ...diagnostics.slice(0, max),
    {
      range: {start: first.range.start, end: first.range.start},
      message: translate(locale, 'server.more', {count: {number: left}, max: {number: max}}),
      severity: DiagnosticSeverity.Information,
      ...(compact ? {} : {source: diagnosticSource})
    }
  ]
}

/**
 * Each resolution's diagnostics as last sent, by its check, in their locale and placed at its first line: a resolution
 * a keystroke did not touch keeps its check, so at the same first line (a letter typed in another) the very same
 * diagnostics are sent again, and their JSON (`listJson`) too.
 */
const placedOf = memoPlaced((document: Document, form: DiagnosticForm) => document.messages.map((message) => sentDiagnostic(message, form)), (diagnostics, lines) => diagnostics.map((diagnostic) => movedDiagnostic(diagnostic, lines)))

/**
 * What the editor is sent of a check's messages: `capDiagnostics` of them, made from the first `max` + 1 only (a 6 MB
 * document has 27,000 messages; making a diagnostic of each, each time, would only be thrown away). Of a text of
 * several resolutions, a list of each resolution's placed diagnostics (`joinParts`: a transport writes their kept JSON).
 */
export function documentDiagnostics(document: Pick<Document, 'messages' | 'resolutions'>, locale: DiagnosticForm | Locale = defaultLocale, max = maxDiagnostics): Diagnostic[] {
  const {resolutions} = document
  const form = formOf(locale)
  if (!resolutions) return sentDiagnostics(document.messages, form, max)
  const total = resolutions.reduce((sum, resolution) => sum + resolution.document.messages.length, 0)
  const diagnostics: Diagnostic[] = []
  const parts: Diagnostic[][] = []
  for (const resolution of resolutions) {
    if (diagnostics.length > max) break
    const placed = placedOf(resolution.document, form, resolution.line).value
    if (diagnostics.length + placed.length <= Math.min(total, max)) parts.push(placed)
    for (const diagnostic of placed) diagnostics.push(diagnostic)
  }
  const sent = capDiagnostics(diagnostics, max, form, total)
  const whole = parts.reduce((sum, part) => sum + part.length, 0)
  if (whole < sent.length) parts.push(sent.slice(whole))
  return joinParts(parts)
}

/** How many problems a document has, and how many are errors (fatal): of a text of several resolutions, theirs. */
export function problemCounts(document: Pick<Document, 'messages' | 'resolutions'>): {problems: number; errors: number} {
  const lists = document.resolutions?.map((resolution) => resolution.document.messages) ?? [document.messages]
  let problems = 0
  let errors = 0
  for (const messages of lists) {
    problems += messages.length
    errors += errorsIn(messages)
  }
  return {problems, errors}
}

/** Each list's count of errors, while its length stays: a keystroke counts again only the resolution it checked. */
const errorCounts = new WeakMap<readonly VFileMessage[], {length: number; errors: number}>()

function errorsIn(messages: readonly VFileMessage[]): number {
  const known = errorCounts.get(messages)
  if (known?.length === messages.length) return known.errors
  let errors = 0
  for (const message of messages) if (message.fatal === true) errors++
  errorCounts.set(messages, {length: messages.length, errors})
  return errors
}

/** The diagnostics of `messages` sent to the editor (at most `max`, then one saying how many more). */
export function sentDiagnostics(messages: readonly VFileMessage[], locale: DiagnosticForm | Locale = defaultLocale, max = maxDiagnostics): Diagnostic[] {
  const shown = messages.length > max ? messages.slice(0, max + 1) : messages
  const form = formOf(locale)
  return capDiagnostics(
    shown.map((message) => sentDiagnostic(message, form)),
    max,
    form,
    messages.length
  )
}

/** A line index's point of an offset as an LSP position (the offset clamped to the text). */
export function positionOf(lines: LineIndex, offset: number): Position {
  const point = lines.toPoint(offset)
  return point ? toPosition(point) : {line: 0, character: 0}
}

/** One edit turning `text` (whose line index is `lines`) into `replacement`: the span between their common start and end. */
export function replacementEdit(text: string, lines: LineIndex, replacement: string): TextEdit | undefined {
  if (replacement === text) return undefined
  let start = 0
  while (start < text.length && start < replacement.length && text.charCodeAt(start) === replacement.charCodeAt(start)) start++
  let end = 0
  while (end < text.length - start && end < replacement.length - start && text.charCodeAt(text.length - 1 - end) === replacement.charCodeAt(replacement.length - 1 - end)) end++
  return {range: {start: positionOf(lines, start), end: positionOf(lines, text.length - end)}, newText: replacement.slice(start, replacement.length - end)}
}

/** A `.resolintrc.json` error as a diagnostic on its key in the file's text (`error.offset`, else its start). */
export function configDiagnostic(text: string, error: ConfigError, locale: Locale = defaultLocale): Diagnostic {
  const lines = location(text)
  const start = error.offset ?? 0
  return {
    range: {start: positionOf(lines, start), end: positionOf(lines, start + (error.length ?? 0))},
    message: isolatedSentence(locale, translate(locale, configErrorMessage(error))),
    severity: DiagnosticSeverity.Error,
    source: 'resolint'
  }
}

/** The URI of a related location's document: a file's path, or the URI of a document that is not a file (`untitled:Untitled-1`). */
export function locationUri(path: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(path) ? path : pathToFileURL(path).href
}
