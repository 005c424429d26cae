/**
 * Placeholders left in the text: an ellipsis (`…`, `...`), a bracketed field
 * (`[ville]`, `[city, country]`, `[dates]`), an angle-bracket field (`<n>`),
 * `XX` for a number (not a Roman session, `3419 A to D (XXX)`), and a subject line that repeats its label
 * (`Subject: subject`, `Objet : objet`). They are what a template or a
 * copied resolution leaves for the drafter to fill in.
 */
import {foldForMatch} from '../core/normalize.js'
import type {Root, Subject} from '../core/tree.js'
import {walk} from '../core/walk.js'
import {report, rule} from '../core/rule.js'
import {msg, type Message} from '../l10n/index.js'

const messages = {
  left: (actual: string) => msg('placeholder.left', {actual}),
  subject: (actual: string) => msg('placeholder.subject', {actual})
}

/**
 * `…` and `...`; `[…]` of a few words without digits or slashes (not a symbol such as
 * `[III/IRPD/GA/2011]`, not `[sic]`); `<n>`, `<nn>`, `<…>` (not markup such as `<script>`); `XX` alone.
 */
const placeholders = /\u2026|\.{3,}|\[(?!sic\])[\p{L}\p{M} ,'’()-]{1,40}\]|<(?:\p{L}{1,3}|…|\.{3})>|(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu

/**
 * Before a UN session's Roman numeral in parentheses: a resolution's number and its parts' letters, joined by `-` or a
 * short word (`2106 A (XX)`, `3419 A to D (XXX)`, `3419 A à D (XXX)`); `(XXX)` there is the 30th session, no placeholder.
 */
const beforeRomanSession = /\d{1,4}(?: \p{Lu}(?:(?:-| \p{Ll}{1,3} )\p{Lu})*)? \($/u

/**
 * An editor's gloss on a name: the name's other spelling in brackets right after it (`Tchang Kaï-chek [Jiang
 * Jieshi]`), two words or more, each capitalised, after a capitalised word. A field of a template stands where the
 * words are missing (`meeting in [city]`, `[City], [Country]`).
 */
function gloss(value: string, at: number, found: string): boolean {
  const words = found.slice(1, -1).split(/[ -]+/)
  return words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && /(?:^|[\s(])\p{Lu}[\p{L}\p{M}'’-]*\p{Ll} $/u.test(value.slice(Math.max(0, at - 40), at))
}

function romanSession(value: string, at: number, found: string): boolean {
  return /^X{2,3}$/.test(found) && value.charAt(at + found.length) === ')' && beforeRomanSession.test(value.slice(Math.max(0, at - 24), at))
}

/** Nodes whose words are the drafter's (not citations, markers, labels or figures). */
const read = new Set(['text', 'unknown', 'voteCount'])

/** Whether `value` holds what every placeholder holds: else the search (a Unicode pattern of five forms) is skipped. */
function mayHold(value: string): boolean {
  return value.includes('\u2026') || value.includes('...') || value.includes('[') || value.includes('<') || value.includes('XX') || value.includes('xx')
}

export default rule('placeholder', (tree: Root, file, _options, {profile, language, document}) => {
  const found: Array<{start: number; end: number; reason: Message}> = []
  // A node's value is a slice of the text: a text without any placeholder's mark (most) is not walked.
  if (mayHold(document.text)) walk(tree, (node) => {
    if (!read.has(node.type) || !('value' in node)) return undefined
    const value = node.value
    if (!mayHold(value)) return undefined
    const base = node.position.start.offset!
    for (const match of value.matchAll(placeholders)) {
      if (romanSession(value, match.index, match[0]) || gloss(value, match.index, match[0])) continue
      found.push({start: base + match.index, end: base + match.index + match[0].length, reason: messages.left(match[0])})
    }
    return undefined
  })

  // `Subject: subject`: the label written again where the subject belongs.
  const labels = new Set(profile.subjectLabels[language].map(foldForMatch))
  for (const block of tree.children) {
    if (block.type !== 'subject') continue
    const rest = (block as Subject).children.filter((child) => child.type !== 'label')
    const words = rest.map((child) => child.value).join('').trim()
    if (rest.length > 0 && labels.has(foldForMatch(words))) {
      const start = rest[0]!.position.start.offset!
      found.push({start, end: start + words.length, reason: messages.subject(words)})
    }
  }

  found.sort((a, b) => a.start - b.start)
  for (const {start, end, reason} of found) {
    const from = document.lines.toPoint(start)
    const to = document.lines.toPoint(end)
    if (from && to) report(file, reason, {start: from, end: to})
  }
})
