/**
 * Text normalization for matching. Source text is never changed: `fold`
 * returns a folded string and, for each folded character, the offset of the
 * source character it came from, so a match maps back to exact source ranges.
 *
 * Folding: lower case; Latin accents removed; Arabic diacritics, tatweel,
 * bidi and zero-width marks dropped; alef forms unified; Arabic-Indic digits
 * to ASCII; any run of white space (line breaks of hard-wrapped text included)
 * to one space; typographic apostrophes and dashes to ASCII; Markdown `*` dropped.
 */

export interface Folded {
  /** The folded text. */
  text: string
  /** `map[i]` is the source offset of `text[i]`; `map[text.length]` is the end offset. */
  map: number[]
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
  if (ignorable.test(ch) || ch === '*') folded = ''
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
  let text = ''
  const map: number[] = []
  // > **Note**: reading `text`'s last character would flatten the string being built at every step.
  let afterSpace = true
  for (let index = start; index < end; index++) {
    if (foldsToItself(source.charCodeAt(index))) {
      // A run of characters that fold to themselves is copied at once.
      let runEnd = index + 1
      while (runEnd < end && foldsToItself(source.charCodeAt(runEnd))) runEnd++
      text += source.slice(index, runEnd)
      for (let i = index; i < runEnd; i++) map.push(i)
      afterSpace = false
      index = runEnd - 1
      continue
    }
    const folded = source.charCodeAt(index) === 0x20 ? ' ' : foldChar(source.charAt(index))
    if (folded === '') continue
    if (folded === ' ') {
      if (afterSpace) continue
      afterSpace = true
    } else afterSpace = false
    text += folded
    for (let i = 0; i < folded.length; i++) map.push(index)
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1)
    map.pop()
  }
  map.push(text.length > 0 ? map[text.length - 1]! + 1 : start)
  return {text, map}
}

/** Lower-case Latin letters, ASCII digits and the Arabic letters that fold to themselves: the common case, without a lookup. */
function foldsToItself(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x0621 ||
    code === 0x0624 ||
    (code >= 0x0626 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x0648) ||
    code === 0x064a
  )
}

/** Fold a whole string for comparison (no offsets). */
export function foldForMatch(value: string): string {
  return fold(value).text
}

/** Whether a code unit is Arabic script. */
export function isArabic(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      if (value < best) best = value
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}

/** `value` without the trailing characters found in `characters` (a linear-time `/[…]+$/`). */
export function trimEndOf(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
