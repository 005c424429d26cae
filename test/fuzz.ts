/**
 * A seeded fuzz run of the language server over stdio: random edits of every
 * kind a drafter (or a broken client) can send, interleaved with every
 * request the server answers. Used by `test/fuzz.test.ts` (a few thousand
 * edits) and by the benchmarks (a longer run).
 *
 * The client keeps its own copy of the document with the same text-document
 * library the server uses, so both apply identical edits (a range that cuts a
 * CRLF pair or a surrogate pair included).
 *
 * > **Note**: `TextDocument.update` changes the document in place and returns it.
 */
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Diagnostic, Position, Range, TextDocumentContentChangeEvent} from 'vscode-languageserver-protocol'
import type {TestClient} from './lsp-client.js'

/** mulberry32: a small deterministic PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Pieces drafters' text is made of, and the odd characters a paste brings. */
const pieces = [
  'قرار رقم 3', 'GA-2025-93-RES-03', 'GA 2022 90 RES-01', 'AGN/68/RES/5', 'الموضوع: ', 'إن الجمعية العامة', 'الـ 93', 'وإذ تؤكد ', 'وإذ تذكّر أيضا ',
  'في ضوء ', 'تدعو جميع البلدان الأعضاء إلى:', '1. ', '2) ', '3 - ', '- ', '• ', '(a) ', 'ب) ', 'اعتُمد: المؤيدون: 134، المعارضون: 0',
  'RECALLING ', 'NOTING ', 'Adopted: For: 1', 'CALLS UPON all member countries to:', 'RESOLUTION No. 4', 'Subject: ', 'DECIDES ',
  '19/71', 'A/RES/71/19', '24 تشرين الثاني/نوفمبر 2025', '24 November 2025', 'كانون الأول /ديسمبر', '٣.', '١٢٣', 'ـ', 'ّ', 'ً',
  '،', '؛', '؟', ',', ';', '?', '.', ':', ' ', '\t', '\u00A0', '**', '# ', 'word', 'كلمة', 'é', '😀', '\u0000'
]
const arabicLetters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى']
const marks = ['\u200F', '\u200E', '\u202B', '\u202C', '\u2066', '\u2069', '\u061C', '\uFEFF', '\u200B']
const lineBreaks = ['\r\n', '\n', '\r', '\n\n', '\r\n\r\n']
const surrogates = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00']

export interface FuzzOptions {
  client: TestClient
  /** A `file:` URI (its name gives the language, as for a real file). */
  uri: string
  seed: number
  edits: number
  /** Texts a whole-document replace may put in (the fixtures). */
  documents: string[]
  /**
   * A request fails the run when it takes longer than this (ms). Only the benchmark
   * sets it: a test's verdict never depends on the machine's speed.
   */
  deadline?: number
}

export interface FuzzResult {
  edits: number
  requests: number
  /** Response times (ms) by method. */
  times: Record<string, number[]>
  text: string
  version: number
  /** Diagnostics the server published for the final version. */
  diagnostics: Diagnostic[]
}

const methods = [
  'textDocument/completion',
  'textDocument/hover',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/selectionRange',
  'textDocument/formatting',
  'textDocument/codeAction'
] as const

/** Run the fuzz; throws (naming the seed and the step) on a dead server, an error response or, with a `deadline`, a late one. */
export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const {client, uri, seed, documents} = options
  const {deadline} = options
  const random = prng(seed)
  const integer = (below: number) => Math.floor(random() * below)
  const pick = <T>(list: readonly T[]): T => list[integer(list.length)]!
  let document = TextDocument.create(uri, 'ga-resolution', 1, documents[0] ?? '')
  const times: Record<string, number[]> = Object.fromEntries(methods.map((method) => [method, []]))
  let requests = 0
  let step = 0

  const where = () => `seed ${seed}, step ${step}, version ${document.version}`
  await client.open(uri, document.getText(), 1)

  for (step = 0; step < options.edits; step++) {
    const changes = randomEdit(random, document, documents)
    document = TextDocument.update(document, changes, document.version + 1)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: document.version}, contentChanges: changes})
    // About one step in two asks something; sometimes several requests at once.
    if (random() < 0.5) {
      const count = random() < 0.2 ? 2 + integer(3) : 1
      await Promise.all(Array.from({length: count}, () => ask(pick(methods))))
    }
    if (client.process.exitCode !== null || client.process.signalCode !== null) {
      throw new Error(`The server exited (${client.process.exitCode ?? client.process.signalCode}) at ${where()}`)
    }
  }

  // The last change is a plain keystroke; its diagnostics come after the debounce.
  const changes: TextDocumentContentChangeEvent[] = [{range: rangeOf(document.getText().length, document.getText().length), text: ' '}]
  document = TextDocument.update(document, changes, document.version + 1)
  const diagnostics = await client.change(uri, document.version, changes)
  return {edits: options.edits + 1, requests, times, text: document.getText(), version: document.version, diagnostics}

  /** The diagnostics last published for the document. */
  function latestDiagnostics(): Diagnostic[] {
    for (let index = client.notifications.length - 1; index >= 0; index--) {
      const {method, params} = client.notifications[index]!
      if (method === 'textDocument/publishDiagnostics' && (params as {uri: string}).uri === uri) return (params as {diagnostics: Diagnostic[]}).diagnostics
    }
    return []
  }

  function rangeOf(start: number, end: number): Range {
    return {start: document.positionAt(start), end: document.positionAt(end)}
  }

  function offset(): number {
    return integer(document.getText().length + 1)
  }

  function span(max: number): [number, number] {
    const start = offset()
    return [start, Math.min(document.getText().length, start + integer(max + 1))]
  }

  /** Some position, now and then past the end of its line (the spec clamps it). */
  function position(): Position {
    const at = document.positionAt(offset())
    return random() < 0.05 ? {line: at.line, character: at.character + 1 + integer(200)} : at
  }

  async function ask(method: (typeof methods)[number]): Promise<void> {
    const textDocument = {uri}
    let params: unknown
    switch (method) {
      case 'textDocument/selectionRange':
        params = {textDocument, positions: Array.from({length: 1 + integer(3)}, position)}
        break
      case 'textDocument/formatting':
        params = {textDocument, options: {tabSize: 2, insertSpaces: true}}
        break
      case 'textDocument/documentSymbol':
      case 'textDocument/foldingRange':
        params = {textDocument}
        break
      case 'textDocument/codeAction': {
        const [start, end] = span(200)
        const only = pick([undefined, undefined, ['quickfix'], ['source.fixAll.resolint'], ['refactor.rewrite']])
        // The diagnostics the client last saw, possibly of an older version, as editors send them.
        const diagnostics = latestDiagnostics().filter(() => random() < 0.3).slice(0, 5)
        params = {textDocument, range: rangeOf(start, end), context: {diagnostics, ...(only ? {only} : {})}}
        break
      }
      default:
        params = {textDocument, position: position()}
    }
    requests++
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      const answer = client.request(method, params)
      await (deadline === undefined
        ? answer
        : Promise.race([
            answer,
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`no answer within ${deadline} ms`)), deadline)
            })
          ]))
    } catch (error) {
      throw new Error(`${method} failed at ${where()}: ${(error as Error).message}\nparams: ${JSON.stringify(params)}\ntext: ${JSON.stringify(document.getText())}`)
    } finally {
      clearTimeout(timer)
    }
    times[method]!.push(performance.now() - started)
  }
}

/**
 * One random didChange on `document`: usually one change, sometimes several applied in order (the fuzz's edits, and
 * the incremental-equals-full property test's). `random` is the run's PRNG; `documents` what a whole replace puts in.
 */
export function randomEdit(random: () => number, document: TextDocument, documents: readonly string[]): TextDocumentContentChangeEvent[] {
  const uri = document.uri
  const integer = (below: number) => Math.floor(random() * below)
  const pick = <T>(list: readonly T[]): T => list[integer(list.length)]!
  const rangeOf = (start: number, end: number): Range => ({start: document.positionAt(start), end: document.positionAt(end)})
  const offset = () => integer(document.getText().length + 1)
  const span = (max: number): [number, number] => {
    const start = offset()
    return [start, Math.min(document.getText().length, start + integer(max + 1))]
  }
  const insert = (text: string, at = offset()): TextDocumentContentChangeEvent => ({range: rangeOf(at, at), text})
  const text = document.getText()
  if (text.length > 60_000) return [{text: pick(documents)}]
  const kind = integer(100)
  if (kind < 25) return [insert(random() < 0.5 ? pick(pieces) : pick(arabicLetters))]
  if (kind < 40) {
    const [start, end] = span(random() < 0.9 ? 12 : 800)
    return [{range: rangeOf(start, end), text: ''}]
  }
  if (kind < 52) {
    const [start, end] = span(30)
    return [{range: rangeOf(start, end), text: random() < 0.5 ? pick(pieces) : text.slice(offset()).slice(0, integer(40))}]
  }
  if (kind < 62) {
    // Inside an Arabic word: between two Arabic letters, when there are some.
    for (let tries = 0; tries < 20; tries++) {
      const at = 1 + integer(Math.max(text.length - 1, 1))
      if (/[\u0621-\u064A]/.test(text.charAt(at - 1)) && /[\u0621-\u064A]/.test(text.charAt(at))) {
        return [insert(pick([pick(arabicLetters), 'ّ', 'ـ', ' ', '\u200F', '،']), at)]
      }
    }
    return [insert(pick(arabicLetters))]
  }
  if (kind < 70) return [insert(pick(lineBreaks))]
  if (kind < 76) return [insert(pick(marks))]
  if (kind < 80) return [insert(pick(surrogates))]
  if (kind < 86) {
    // Several changes in one notification, each on the text the previous one left.
    const count = 2 + integer(3)
    // A copy: `TextDocument.update` changes the document it is given.
    let scratch = TextDocument.create(uri, 'ga-resolution', 0, text)
    const changes: TextEdit[] = []
    for (let index = 0; index < count; index++) {
      const length = scratch.getText().length
      const start = integer(length + 1)
      const end = Math.min(length, start + integer(6))
      const change = {range: {start: scratch.positionAt(start), end: scratch.positionAt(end)}, text: random() < 0.5 ? pick(pieces) : ''}
      changes.push(change)
      scratch = TextDocument.update(scratch, [change], scratch.version + 1)
    }
    return changes
  }
  if (kind < 93) {
    // Whole-document replace: a fixture, maybe with CRLF, bidi marks or another appended.
    let next = pick(documents)
    if (random() < 0.3) next = next.replace(/\r?\n/g, '\r\n')
    if (random() < 0.3) next = next.replace(/^(?=.)/gm, '\u200F')
    if (random() < 0.2) next += '\n\n' + pick(documents)
    return [{text: next}]
  }
  if (kind < 96) return random() < 0.5 ? [{text: ''}] : [{range: rangeOf(0, text.length), text: ''}]
  // A pasted run of random pieces.
  return [insert(Array.from({length: 1 + integer(30)}, () => pick(pieces)).join(''))]
}

interface TextEdit {
  range: Range
  text: string
}
