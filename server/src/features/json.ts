/**
 * Lists the server sends in parts whose JSON is kept: a text of several resolutions sends each resolution's
 * diagnostics, outline entry and folding ranges (`memoPlaced`: the very same array while the resolution keeps its
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

/** The items of a part in JSON (UTF-8, without the brackets), made once per part. */
const jsonOf = memoByObject((items: readonly unknown[]) => Buffer.from(JSON.stringify(items).slice(1, -1)))

/** The JSON of a list `joinParts` made, `JSON.stringify`'s bytes in UTF-8, from the parts' kept JSON; undefined for any other list. */
export function listJson(list: readonly unknown[]): Buffer | undefined {
  const parts = partsOfList.get(list)
  if (!parts) return undefined
  const chunks: Buffer[] = []
  for (const part of parts) {
    if (part.length === 0) continue
    chunks.push(chunks.length === 0 ? open : comma, jsonOf(part))
  }
  if (chunks.length === 0) return Buffer.from('[]')
  chunks.push(close)
  return Buffer.concat(chunks)
}

const [open, comma, close] = ['[', ',', ']'].map((text) => Buffer.from(text))
