/**
 * Lists the server sends in parts whose JSON is kept: a text of several resolutions sends each resolution's
 * diagnostics, outline entry and folding ranges (`memoPlaced`: the very same part while the resolution keeps its
 * check and its line), and a keystroke changes one resolution's, so a transport that writes JSON itself
 * (`lsp/stdio.ts`) writes each part's once and keeps it, instead of serialising the whole list again: the outline of a
 * 6 MB batch is 5.5 million characters, 19 MB of throwaway string and bytes per request.
 */
import {memoByObject} from '../core/memo.js'

/** The parts each list `joinParts` made was made of. */
const partsOfList = new WeakMap<readonly unknown[], ReadonlyArray<readonly unknown[]>>()

/** One list of the parts' items, whose JSON `listJson` writes from the parts'. */
export function joinParts<T>(parts: ReadonlyArray<readonly T[]>): T[] {
  const list: T[] = []
  for (const part of parts) for (const item of part) list.push(item)
  partsOfList.set(list, parts)
  return list
}

/** The items of a part in JSON (UTF-8, without the brackets). */
function partJson(items: readonly unknown[]): Buffer {
  return Buffer.from(JSON.stringify(items).slice(1, -1))
}

/** `partJson`, made once per part. */
const jsonOf = memoByObject(partJson)

/**
 * A part kept as its JSON alone (UTF-8, without the brackets), its items read from it again when asked: a 6 MB batch's
 * outline entries are 13 MB of objects on the heap, their JSON 7.7 MB outside it, and the editor is sent only that.
 */
export class JsonPart<T> {
  private constructor(readonly json: Buffer) {}

  static of<T>(items: readonly T[]): JsonPart<T> {
    return new JsonPart<T>(partJson(items))
  }

  get items(): T[] {
    return this.json.length === 0 ? [] : (JSON.parse(`[${this.json.toString('utf-8')}]`) as T[])
  }

  /** The part `lines` lines down (`shiftLines` of its items, in JSON): only its line numbers written again, nothing parsed. */
  moved(lines: number): JsonPart<T> {
    return lines === 0 ? this : new JsonPart<T>(shiftedJson(this.json, lines))
  }
}

/**
 * The keys of line numbers in the results kept as parts: a position's `line`, a folding range's `startLine` and
 * `endLine`. In JSON a quotation mark inside a string is escaped, so these bytes are keys, never a name's text.
 */
const lineKeys = ['"line":', '"startLine":', '"endLine":'].map((key) => Buffer.from(key))

/** JSON of LSP results (outline entries, folding ranges) with each line number `lines` more: the numbers rewritten in place of a parse and a stringify. */
export function shiftedJson(json: Buffer, lines: number): Buffer {
  const starts: number[] = []
  for (const key of lineKeys) {
    for (let at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + key.length)) starts.push(at + key.length)
  }
  starts.sort((a, b) => a - b)
  const chunks: Buffer[] = []
  let from = 0
  for (const start of starts) {
    let end = start
    let line = 0
    for (let digit = json[end]!; digit >= 0x30 && digit <= 0x39; digit = json[++end]!) line = line * 10 + digit - 0x30
    chunks.push(json.subarray(from, start), Buffer.from(String(line + lines), 'latin1'))
    from = end
  }
  chunks.push(json.subarray(from))
  return Buffer.concat(chunks)
}

/**
 * A list sent as its parts' JSON: `listJson` writes it from them; any other writer, through `JSON.stringify`, writes
 * its items (`toJSON`), made from the parts' JSON then. A request's result (`asResult`) written so is the same bytes.
 */
export class JsonList<T> {
  constructor(readonly parts: ReadonlyArray<JsonPart<T>>) {}

  get items(): T[] {
    return this.parts.flatMap((part) => part.items)
  }

  toJSON(): T[] {
    return this.items
  }
}

/** A list as the result of a request handler, typed as its items: every transport writes it as them. */
export function asResult<T>(list: JsonList<T> | T[]): T[] {
  return list as T[]
}

/**
 * The JSON of a list `joinParts` made or of a `JsonList`, `JSON.stringify`'s bytes in UTF-8, in chunks: the parts'
 * kept JSON between the brackets and commas; undefined for any other value.
 */
export function listChunks(list: unknown): Buffer[] | undefined {
  const chunks: Buffer[] = []
  const add = (json: Buffer) => {
    if (json.length > 0) chunks.push(chunks.length === 0 ? open : comma, json)
  }
  if (list instanceof JsonList) {
    for (const part of list.parts as ReadonlyArray<JsonPart<unknown>>) add(part.json)
  } else {
    const parts = Array.isArray(list) ? partsOfList.get(list) : undefined
    if (!parts) return undefined
    for (const part of parts) if (part.length > 0) add(jsonOf(part))
  }
  if (chunks.length === 0) return [empty]
  chunks.push(close)
  return chunks
}

/** `listChunks` in one buffer. */
export function listJson(list: unknown): Buffer | undefined {
  const chunks = listChunks(list)
  return chunks && Buffer.concat(chunks)
}

const [open, comma, close, empty] = ['[', ',', ']', '[]'].map((text) => Buffer.from(text))
