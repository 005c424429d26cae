/**
 * Text normalization for matching. Source text is never changed: `fold`
 * returns a folded string and, for each folded character, the offset of the
 * source character it came from, so a match maps back to exact source ranges.
 *
 * Folding: lower case; Latin accents removed (combining ones too); Arabic diacritics, tatweel,
 * bidi and zero-width marks dropped; alef forms unified; Arabic-Indic digits
 * to ASCII; any run of white space (line breaks of hard-wrapped text included)
 * to one space; typographic apostrophes and dashes to ASCII; Markdown `*` dropped.
 */

export interface Folded {
  /** The folded text. */
  text: string
  /** `map[i]` is the source offset of `text[i]`; `map[text.length]` is the end offset. */
  map: Int32Array
}

/** Characters dropped when matching: Arabic diacritics, tatweel, bidi and zero-width marks, BOM, soft hyphen. */
export const ignorable = /[\u064B-\u065F\u0670\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/

const whiteSpace = /\s/

const cache = new Map<string, string>()

/** Fold one UTF-16 code unit; '' when it is dropped. */
export function foldChar(ch: string): string {
  let folded = cache.get(ch)
  if (folded !== undefined) return folded
  const code = ch.charCodeAt(0)
  // Combining accents (U+0300–U+036F) too: a copy from a PDF or a Mac writes `é` as `e` + U+0301 (NFD), folded as `é` is.
  if (ignorable.test(ch) || ch === '*' || (code >= 0x0300 && code <= 0x036f)) folded = ''
  else if (whiteSpace.test(ch)) folded = ' '
  else if (code >= 0x0660 && code <= 0x0669) folded = String(code - 0x0660)
  else if (code >= 0x06f0 && code <= 0x06f9) folded = String(code - 0x06f0)
  else if (ch === 'أ' || ch === 'إ' || ch === 'آ' || ch === 'ٱ') folded = 'ا'
  else if (ch === 'ى') folded = 'ي'
  else if (ch === '’' || ch === '‘' || ch === 'ʼ' || ch === '`') folded = "'"
  else if (ch === '–' || ch === '—' || ch === '‐' || ch === '‑' || ch === '−') folded = '-'
  else if (code < 0x0250) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase()
    folded = base.length === 1 ? base : ch.toLowerCase()
  } else folded = ch.toLowerCase()
  cache.set(ch, folded)
  return folded
}

/** Fold `source.slice(start, end)`, keeping a map back to source offsets. */
export function fold(source: string, start = 0, end = source.length): Folded {
  const text = foldInto(source, start, end, true)
  const map = mapOut.slice(0, text.length + 1)
  map[text.length] = text.length > 0 ? map[text.length - 1]! + 1 : start
  return {text, map}
}

/** `fold(source, start, end).text` without the map (what most callers read): no array per call. */
export function foldText(source: string, start = 0, end = source.length): string {
  return foldInto(source, start, end, false)
}

/**
 * A text folded once, read by ranges: `slice(start, end)` is `foldText(source, start, end)` and
 * `fold(start, end)` is `fold(source, start, end)`, cut from the one folded text instead of folded again.
 * The parser reads every line, opener and paragraph through it.
 */
export interface FoldedText {
  slice(start: number, end: number): string
  fold(start: number, end: number): Folded
}

/** Fold `source` once for `FoldedText`'s ranges. */
export function foldAll(source: string): FoldedText {
  return new FoldedWhole(fold(source))
}

/** A text folded whole, read by ranges (a class: under tsx, esbuild's keepNames names each closure made per call). */
class FoldedWhole implements FoldedText {
  constructor(private readonly whole: Folded) {}

  slice(start: number, end: number): string {
    const [from, to] = this.bounds(start, end)
    return this.whole.text.slice(from, to)
  }

  fold(start: number, end: number): Folded {
    const {text, map} = this.whole
    const [from, to] = this.bounds(start, end)
    const part = new Int32Array(to - from + 1)
    // Copied one by one: a `subarray` view per call costs more than the copy of a line or a paragraph.
    for (let index = from; index < to; index++) part[index - from] = map[index]!
    part[to - from] = to > from ? part[to - from - 1]! + 1 : start
    return {text: text.slice(from, to), map: part}
  }

  /**
   * Folding a range drops the white space it starts with, and the white space it ends with:
   * the folded text of a range is the whole one's characters from that range, less a space at either end.
   */
  private bounds(start: number, end: number): [number, number] {
    const {text} = this.whole
    let from = this.firstAt(start)
    let to = Math.max(from, this.firstAt(end))
    if (from < to && text.charCodeAt(from) === 0x20) from++
    if (to > from && text.charCodeAt(to - 1) === 0x20) to--
    return [from, to]
  }

  /** The first folded character from `offset` on. */
  private firstAt(offset: number): number {
    const {text, map} = this.whole
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (map[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** What a code unit folds to in `folds`: one code unit (itself or another), or one of these. */
const unread = -3
const several = -2
const dropped = -1

/** Each UTF-16 code unit's fold, learnt from `foldChar` the first time it is met. */
const folds = new Int32Array(0x10000).fill(unread)

/** Where `foldInto` writes each folded code unit's source offset: grown as needed, reused by every call. */
let mapOut = new Int32Array(1024)

function grow(size: number): void {
  if (size < mapOut.length) return
  const map = new Int32Array(Math.max(size + 1, mapOut.length * 2))
  map.set(mapOut)
  mapOut = map
}

/** The folded text of `source.slice(start, end)`; with `mapped`, `mapOut[i]` is the source offset of its `i`-th code unit. */
function foldInto(source: string, start: number, end: number, mapped: boolean): string {
  let text = ''
  let length = 0
  if (mapped) grow(end - start)
  // > **Note**: reading `text`'s last character would flatten the string being built at every step.
  let afterSpace = true
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (foldsToItself(code) || (code === 0x20 && !afterSpace)) {
      // A run of characters that fold to themselves, single spaces included, is copied at once.
      let runEnd = index + 1
      while (runEnd < end) {
        const next = source.charCodeAt(runEnd)
        if (foldsToItself(next) || (next === 0x20 && source.charCodeAt(runEnd - 1) !== 0x20)) runEnd++
        else break
      }
      text += source.slice(index, runEnd)
      if (mapped) for (let i = index; i < runEnd; i++) mapOut[length++] = i
      else length += runEnd - index
      afterSpace = source.charCodeAt(runEnd - 1) === 0x20
      index = runEnd - 1
      continue
    }
    let folded = folds[code]!
    if (folded === unread) folded = learn(code)
    if (folded === dropped) continue
    if (folded === 0x20) {
      if (afterSpace) continue
      afterSpace = true
    } else afterSpace = false
    if (folded === several) {
      const many = foldChar(source.charAt(index))
      text += many
      if (mapped) {
        grow(length + many.length + end - index)
        for (let i = 0; i < many.length; i++) mapOut[length++] = index
      } else length += many.length
    } else {
      text += String.fromCharCode(folded)
      if (mapped) mapOut[length] = index
      length++
    }
  }
  if (afterSpace && length > 0) return text.slice(0, -1)
  return text
}

/** Record what `code` folds to (`foldChar`). */
function learn(code: number): number {
  const folded = foldChar(String.fromCharCode(code))
  const value = folded === '' ? dropped : folded.length === 1 ? folded.charCodeAt(0) : several
  folds[code] = value
  return value
}

/**
 * Characters that fold to themselves, the common case, without a lookup: lower-case Latin letters, ASCII digits,
 * ASCII punctuation but `*` and `` ` ``, the Arabic letters that fold to themselves and `،` `؛` `؟`.
 */
function foldsToItself(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x21 && code <= 0x40 && code !== 0x2a) ||
    (code >= 0x5b && code <= 0x5f) ||
    (code >= 0x7b && code <= 0x7e) ||
    code === 0x0621 ||
    code === 0x0624 ||
    (code >= 0x0626 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x0648) ||
    code === 0x064a ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f
  )
}

/** Fold a whole string for comparison (no offsets). */
export function foldForMatch(value: string): string {
  return foldInto(value, 0, value.length, false)
}

/**
 * A folded form and, if it has a final `ة`, the same with `ه` for it, as many hands type it (`إن الجمعيه العامه`):
 * what fixed wording (the opening) is also read as.
 */
export function withHaaForTaa(form: string): string[] {
  return form.includes('ة') ? [form, form.replace(/ة(?!\p{L})/gu, 'ه')] : [form]
}

/** Whether a code unit is Arabic script. */
export function isArabic(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)
}

/** Two rows of `distance`, reused from call to call (grown when a longer string comes). */
let rows = [new Int32Array(64), new Int32Array(64)] as const

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)]
  let previous = rows[0]
  let current = rows[1]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    const done = previous
    previous = current
    current = done
  }
  return previous[b.length]!
}

/** Where `word` first stands in `text` from `from` with no letter or digit on either side; -1 when nowhere. */
export function findWord(text: string, word: string, from = 0): number {
  let at = text.indexOf(word, from)
  while (at >= 0) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + word.length)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at
    at = text.indexOf(word, at + 1)
  }
  return -1
}

/** Arabic-Indic and Extended Arabic-Indic digits to ASCII, same length. */
export function digitsToAscii(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
}

/** ASCII digits to Arabic-Indic (`12` → `١٢`), same length. */
export function digitsToArabicIndic(value: string): string {
  return value.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)))
}

/** `value` without the trailing characters found in `characters` (a linear-time `/[…]+$/`). */
export function trimEndOf(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
