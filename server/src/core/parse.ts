/**
 * The parser: any text -> resolution tree. Never throws; what it cannot place
 * becomes an `unknown` node. Reads what drafters paste: blank-line separated or
 * one-paragraph-per-line text, hard-wrapped lines from PDFs, stray list
 * markers, CRLF, BOM, bidi marks, diacritics, Arabic-Indic digits, upper-case
 * openers and Markdown emphasis and headings.
 *
 * Stages over one shared `Reader` (the text, its fold, the profile's wording in
 * the document's language, and the readers of markers, openers and phrasing):
 * lines (`readLines`: each line's extent and what its first words say) → page
 * furniture (`markLayout`) → blocks (`groupLines`: hard wraps joined) →
 * classification (`classify`: each block's part by its first words and its
 * place, the tree built as it goes) → chapeaux (`settleChapeaus`: which
 * operative paragraph introduces a list, decided once, when the lists are known).
 */
import {location} from 'vfile-location'
import type {Point, Position} from 'unist'
import {detectLanguage, languageData, unsupportedLanguageOf, type LanguageData} from '../languages/index.js'
import {leadWords} from '../languages/grammar/index.js'
import type {LineIndex} from './document.js'
import {scanInline} from './inline.js'
import {digitsToAscii, findWord, fold, foldAll, foldForMatch, foldText, isArabic, trimEndOf, withHaaForTaa, type FoldedText} from './normalize.js'
import {romanValue, spelledRuns} from './numbers.js'
import {memoByObjectAndKey} from './memo.js'
import {matchPhrase} from './phrases.js'
import {defaultProfile, isIdentifierLine, layoutOf, type Era, type Profile} from '../profiles/index.js'
import {markSpaces} from './typography.js'
import type {
  Annex,
  Block,
  Chapeau,
  Closing,
  Identifier,
  Label,
  Language,
  Marker,
  Operative,
  OperativeParagraph,
  Opener,
  PastedLayout,
  PartHeading,
  PastedLayoutKind,
  Phrasing,
  Preamble,
  PreambleParagraph,
  Root,
  RootData,
  Session,
  Subparagraph,
  Terminator,
  Text,
  VoteCount,
  VoteLine
} from './tree.js'

/** A paragraph that can hold a list: its items are subparagraphs, and items hold the next level. */
type ListParent = PreambleParagraph | OperativeParagraph | Chapeau | Subparagraph

/** Language and profile of a parse. */
export interface ParseOptions {
  /** Language of the document; detected when undefined. */
  language?: Language | undefined
  /** The language is the file name's (`….en.txt`), not the configuration's: a text in another is still told (a version pasted in the wrong file). */
  languageOfName?: boolean | undefined
  profile?: Profile | undefined
  /** The project's own phrases, recorded on the tree for the rules. */
  phrases?: RootData['phrases']
  /** The text's line index, when the caller made it already (the check's `Document`). */
  lines?: LineIndex | undefined
  /**
   * The tree of the text before an edit (the server's last check): the phrasing of each paragraph whose text did
   * not change is taken from it, moved to its new place, instead of read again. The tree is the same either way.
   */
  previous?: Root | undefined
  /** Keep what the next parse can reuse (the server, which parses each version of a document after the last). */
  keep?: boolean | undefined
  /** A Markdown file (`.md`): its code blocks, HTML comments and front matter are not resolution text. */
  markdown?: boolean | undefined
}

type LineKind =
  | 'heading'
  /** The rest of a heading wrapped onto the next line (UN `on 10 June 2022`): part of the heading right after one. */
  | 'headingTail'
  | 'identifier'
  | 'headingIdentifier'
  | 'subject'
  | 'opening'
  | 'vote'
  | 'marker'
  | 'subMarker'
  | 'item'
  | 'preambleOpener'
  | 'operativeVerb'
  /** An annex's heading (`ANNEX`, `Annex II`, `المرفق الأول`): an annex after the closing. */
  | 'annex'
  /** A part's numeral alone on its line (`I`, `II`), where the profile writes resolutions in parts. */
  | 'partHeading'

interface Line {
  /** First visible character (white space, bidi marks and BOM skipped). */
  contentStart: number
  /** After the last visible character. */
  contentEnd: number
  /** After Markdown heading / quote markers and opening emphasis. */
  bodyStart: number
  kind: LineKind | undefined
  /** Markdown heading (`# …`): always a block of its own. */
  markdownHeading: boolean
  /** Start of the line, and the start of the next one (after its line break). */
  start: number
  next: number
  /** Page furniture: left out of the blocks, or plain text inside the paragraph it interrupts. */
  layout?: PastedLayoutKind
  /** Markdown HTML comments inside the line's content (`hideMarkdownBlocks`), in order. */
  comments?: Array<[number, number]>
  /** Wholly inside a Markdown HTML comment opened in an earlier line's text: no line at all, the paragraph goes on across it. */
  inComment?: true
  /** The furniture's piece, whose removal `groupLines` widens when it interrupts a paragraph. */
  piece?: PastedLayout
}

interface BlockLines {
  kind: LineKind | undefined
  start: number
  end: number
  /** Page furniture inside the block (a page break in the middle of a paragraph): no phrasing is read in it. */
  holes: Hole[]
}

/**
/**
 * A span of a block no phrasing is read in: page furniture (plain text in the paragraph it interrupts), or, `hidden`,
 * a Markdown HTML comment inside a line (no node at all: not resolution text).
 */
type Hole = readonly [start: number, end: number, hidden?: true]

/**
 * Paragraph terminators, Latin and Arabic, and the full-width forms an East Asian input method types (`；`, `，`,
 * `：`, `．`, `。`, `？`): read as a terminator, the wrong one, so a rule says which and a fix replaces it, never adds
 * a second mark after it (`act；;`).
 */
export const terminatorCharacters = ',;:.?،؛؟\uff0c\uff1b\uff1a\uff0e\u3002\uff1f'
// Word's Symbol and Wingdings bullets pasted as text keep their private-use code points (U+F0B7 , U+F0A7 , U+F076 , U+F0D8 ).
const listMarkerCharacters = '-–—•·▪◦●*\uf0b7\uf0a7\uf076\uf0d8'
/**
 * Word's bullets of the second and third levels pasted as plain text, each with its tab (`o⏎→`, `§⏎→`, Courier New and
 * Wingdings glyphs), and other bullet glyphs set so: with a tab only, as `o` is a word (`o bien …`) and `§` a section.
 */
const tabbedBullets = 'o§►➢‣○■□'

/** Whether a bullet stands at `index`: a bullet and a blank, or one of Word's pasted with its tab. */
function bulletAt(source: string, index: number): boolean {
  const ch = source.charAt(index)
  return (listMarkerCharacters.includes(ch) && blank(source.charAt(index + 1))) || (tabbedBullets.includes(ch) && source.charAt(index + 1) === '\t')
}
const closingMarkup = '*_'

// UN Arabic numbers `1 - `; Arab drafters also write `1- `, `1-تقرر` and Word's AutoCorrect turns ` - ` into an en dash
// (`1 – تقرر`): read as the same numbering before Arabic text (a hyphen before a space in any script).
const markerPattern = /\((\d{1,3})\)|(\d{1,3})(?: (?=\.))?([.)])(?!\d)|(\d{1,3}) ?(?:-(?= )|[-–—](?= ?[\u0621-\u064a]))/y
// UN Arabic numbers the level under `(أ)` between quotes, `’1‘` (folded `'1'`).
// Word's lettered lists write `a.`, `i.` and `أ.` (`a.⇥the seizure of devices;`): a small letter only (`A.` heads a part),
// not `p.` (a page).
// Arab drafters also write `أ)` and `أ-` (`ب - `); a letter alone is a marker in Arabic, which has no one-letter word.
const subMarkerPattern = /\(([a-z]|[ivx]{1,5}|[\u0621-\u064a])\)|([a-z]|[ivx]{1,5}|[\u0621-\u064a])\)|'(\d{1,2})'|([a-oq-z]|[ivx]{1,5}|[\u0621-\u064a])\.(?=\s)|([\u0621-\u064a]) ?-(?=\s)/y
const abjad = 'ابجدهوزحطيكلمنسعفصقرشتثخذضظغ'
/** Parse `source` into a resolution tree. */
export function parse(source: string, options: ParseOptions = {}): Root {
  const splice = options.keep && options.previous ? spliced(source, options) : undefined
  if (splice) return splice
  const c = reader(source, options)
  const lines = readLines(c)
  const hidden = options.markdown ? hideMarkdownBlocks(c.source, lines) : hideYamlBlock(c.source, lines)
  markLayout(c, lines)
  const blocks = groupLines(c, lines)
  c.era = eraOfOpening(c, blocks)
  const children = classify(c, blocks)
  for (const block of children) if (block.type === 'operative') settleChapeaus(c, block)
  // A text in a language resolint does not check (German, Portuguese, …) is not checked as the one detected.
  const unsupported = options.language && !options.languageOfName ? undefined : unsupportedLanguageOf(source)
  const root: Root = {
    type: 'root',
    children,
    data: {
      language: c.language,
      languageSource: options.language ? 'configured' : 'detected',
      profile: c.profile.id,
      ...(c.era ? {era: c.era} : {}),
      ...(options.phrases ? {phrases: options.phrases} : {}),
      ...(c.pastedLayout.length > 0 ? {pastedLayout: c.pastedLayout.sort((a, b) => a.position.start.offset! - b.position.start.offset!)} : {}),
      ...(c.unclosedQuote ? {unclosedQuote: c.unclosedQuote} : {}),
      ...(unsupported ? {unsupportedLanguage: unsupported} : {})
    },
    position: c.span(0, source.length)
  }
  if (options.keep) {
    phrasings.set(root, {profile: c.profile, language: c.language, entries: c.phrased})
    kept.set(root, {source, language: options.language, profile: c.profile, phrases: options.phrases, markdown: options.markdown, hidden})
  }
  return root
}

/** A paragraph's phrasing as a parse read it: what else it depends on, and where it started, for moving it to where the same text stands after an edit. */
interface Phrased {
  context: string
  phrasing: Phrasing[]
  offset: number
  line: number
}

/**
 * The phrasing each tree's parse read, by its text and the two characters after it (a marker or a vote label may look
 * one or two past its end): `ParseOptions.previous` reuses it. The keys are slices of the text, not copies of it.
 */
const phrasings = new WeakMap<Root, {profile: Profile; language: Language; entries: Map<string, Phrased[]>}>()

/**
 * What the phrasing of `[start, end)` depends on besides its text: how it is read (`what`: its part, an item or not),
 * its column, and where, inside it, page furniture and footnote markers lie. Everything else a paragraph's phrasing
 * reads is the language and profile.
 */
function phrasingContext(c: Reader, what: string, start: number, end: number, column: number, holes: ReadonlyArray<Hole>): string {
  let key = `${what}|${column}|`
  for (const [from, to, hidden] of holes) key += `${from - start}-${to - start}${hidden ? 'h' : ''},`
  for (let at = start; at <= end; at++) {
    const marker = c.footnoteMarkers.get(at)
    if (marker !== undefined) key += `^${at - start}-${marker - start}`
  }
  return key
}

/**
 * `value` with every point moved by `offset` and `line` (its column stays: the same text at the same column), and
 * each node's `value` sliced again from `text`, the new version (a slice of the old one would keep that whole text
 * alive, version after version): objects holding points or such values are copied, those without are shared as a
 * parse shares them (an identifier's facts), and a node that appears twice (a citation's date) is copied once.
 */
function moved<T>(value: T, offset: number, line: number, text: string, copies = new Map<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return value
  if (copies.has(value)) return copies.get(value) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item, index) => {
      const next = moved(item, offset, line, text, copies)
      if (next !== item && !copy) copy = value.slice(0, index)
      copy?.push(next)
    })
    copies.set(value, copy ?? value)
    return (copy ?? value) as T
  }
  const source = value as Record<string, unknown>
  if (typeof source.offset === 'number' && typeof source.line === 'number' && typeof source.column === 'number' && Object.keys(source).length === 3) {
    return (offset === 0 && line === 0 ? source : {line: source.line + line, column: source.column, offset: source.offset + offset}) as T
  }
  let copy: Record<string, unknown> | undefined
  const keys = Object.keys(source)
  const range = (source.position as Position | undefined) ?? undefined
  // V8 copies strings under 13 characters when slicing; longer ones would point into the old text.
  const long = typeof source.value === 'string' && source.value.length >= 13 && range?.start.offset !== undefined
  keys.forEach((key, index) => {
    const next = key === 'value' && long ? text.slice(range!.start.offset! + offset, range!.end.offset! + offset) : moved(source[key], offset, line, text, copies)
    // A long value is cut from this version's text even where it reads the same (`!==` compares the characters): the
    // old slice would keep the old text alive.
    if ((next !== source[key] || (key === 'value' && long)) && !copy) {
      copy = {}
      for (const earlier of keys.slice(0, index)) copy[earlier] = source[earlier]
    }
    if (copy) copy[key] = next
  })
  copies.set(value, copy ?? value)
  return (copy ?? value) as T
}

/** What a parse kept for the next one to splice an edit into its tree: the text it read, and how it read it. */
interface Kept {
  source: string
  language: Language | undefined
  profile: Profile
  phrases: RootData['phrases']
  markdown: boolean | undefined
  /** Markdown blocks were read as no text (`hideMarkdownBlocks`): a line's kind depends on lines above it. */
  hidden: boolean
}

const kept = new WeakMap<Root, Kept>()

/** A paragraph of the preamble or the operative part, as a section holds it. */
type SectionParagraph = PreambleParagraph | OperativeParagraph | Chapeau

/**
 * The edit a tree was spliced by (`ParseOptions.previous`): the text `[start, oldEnd)` of the version before became
 * `[start, newEnd)`, inside one paragraph (`before` in the previous tree, `after` in this one), read again alone; every
 * node after it is the previous one moved by `delta` code units (on later lines: no line break changed).
 */
export interface Splice {
  previous: Root
  before: SectionParagraph
  after: SectionParagraph
  /** The index of their section among the root's children (the same in both trees). */
  section: number
  start: number
  oldEnd: number
  newEnd: number
  delta: number
  /** The 1-based line of the edit, and the offset it starts at. */
  line: number
  lineStart: number
}

const splices = new WeakMap<Root, Splice>()

/** The splice a tree was made by, when its parse read only the paragraph an edit changed. */
export function spliceOf(tree: Root): Splice | undefined {
  return splices.get(tree)
}

/** A string of its own (not a slice of the text it was read from, which would stay alive with it). */
function detach(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1)
}

/** Every long string of `value` detached from the text it was cut from (the nodes of a spliced paragraph). */
function detached<T>(value: T): T {
  // A frozen object (an identifier's reading, shared by every check that read its text) holds no slice of a document.
  if (Object.isFrozen(value)) return value
  if (Array.isArray(value)) {
    for (const item of value) detached(item)
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    for (const key in record) {
      const field = record[key]
      if (typeof field === 'string') record[key] = detach(field)
      else if (typeof field === 'object') detached(field)
    }
  }
  return value
}

const lineBreak = (code: number) => code === 10 || code === 13

/** The offset after the line break ending at `end` (CRLF, LF, CR). */
function afterBreak(source: string, end: number): number {
  return source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
}

/** The end of the line holding `offset` (its line break, or the text's end). */
function lineEndAt(source: string, offset: number): number {
  let end = offset
  while (end < source.length && !lineBreak(source.charCodeAt(end))) end++
  return end
}

/**
 * The tree of `source` made from the previous one (`options.previous`) when the edit between them changed no line break
 * and lies inside one paragraph line of the preamble or the operative part, a block of its own (between blank lines, or
 * lines that each start a block), whose first words still say the same kind of line: that paragraph is read again, the nodes before it are the previous ones and those after
 * it are moved. Anything else (a heading, the identifier, a blank line made or removed, a vote line, page furniture, a
 * list, a wrapped paragraph, the language detected otherwise) is undefined: the whole text is read.
 * The result is the full parse's exactly (`test/incremental.test.ts`).
 */
function spliced(source: string, options: ParseOptions): Root | undefined {
  const previous = options.previous!
  const was = kept.get(previous)
  const profile = options.profile ?? defaultProfile
  if (!was || was.profile !== profile || was.language !== options.language || was.phrases !== options.phrases) return undefined
  // Inside a code block or comment a line's kind is told by the lines above it: read again.
  if (was.markdown !== options.markdown || was.hidden) return undefined
  // A plain text opening with `---` may have a YAML block above it, told by every line down to its closing line.
  if (!options.markdown && source.startsWith('---')) return undefined
  // Running titles and footnotes are told by what other lines say (a title's words, a footnote's number): read again.
  const layout = previous.data.pastedLayout ?? []
  if (layout.some((piece) => piece.kind === 'runningTitle' || piece.kind === 'footnote')) return undefined
  // A quotation never closed is told by every line after it: read again.
  if (previous.data.unclosedQuote || previous.data.unsupportedLanguage) return undefined
  const old = was.source
  const shortest = Math.min(old.length, source.length)
  let start = 0
  // Compared by chunks first (the engine compares strings faster than a loop over code units does).
  while (start + 4096 <= shortest && old.slice(start, start + 4096) === source.slice(start, start + 4096)) start += 4096
  while (start < shortest && old.charCodeAt(start) === source.charCodeAt(start)) start++
  if (start === shortest && old.length === source.length) return undefined
  let suffix = 0
  while (suffix + 4096 <= shortest - start && old.slice(old.length - suffix - 4096, old.length - suffix) === source.slice(source.length - suffix - 4096, source.length - suffix)) suffix += 4096
  while (suffix < shortest - start && old.charCodeAt(old.length - 1 - suffix) === source.charCodeAt(source.length - 1 - suffix)) suffix++
  const oldEnd = old.length - suffix
  const newEnd = source.length - suffix
  for (let index = start; index < oldEnd; index++) if (lineBreak(old.charCodeAt(index))) return undefined
  for (let index = start; index < newEnd; index++) if (lineBreak(source.charCodeAt(index))) return undefined
  // A CRLF split or joined (`\r` before the edit, `\n` after it).
  if (start > 0 && source.charCodeAt(start - 1) === 13 && source.charCodeAt(newEnd) === 10) return undefined
  const language = options.language ?? detectLanguage(source)
  if (language !== previous.data.language) return undefined
  const delta = newEnd - oldEnd
  let lineStart = start
  while (lineStart > 0 && !lineBreak(source.charCodeAt(lineStart - 1))) lineStart--
  const lineEnd = lineEndAt(source, newEnd)
  // A Markdown comment inside the line's text, typed or removed (or the end of one opened on a line above): read again.
  const comment = (text: string, from: number, to: number) => {
    const line = text.slice(from, to)
    return line.includes('<!--') || line.includes('-->')
  }
  if (options.markdown && (comment(source, lineStart, lineEnd) || comment(old, lineStart, lineEnd - delta))) return undefined
  const c = reader(source, {...options, language}, true)
  const before = reader(old, {...options, language, lines: undefined}, true)
  const line = readLine(c, lineStart, lineEnd, lineEnd < source.length ? afterBreak(source, lineEnd) : source.length)
  const oldLine = readLine(before, lineStart, lineEnd - delta, lineEnd - delta < old.length ? afterBreak(old, lineEnd - delta) : old.length)
  const kind = line.kind
  if (kind !== oldLine.kind || (kind !== 'marker' && kind !== 'operativeVerb' && kind !== 'preambleOpener') || line.markdownHeading || oldLine.markdownHeading) return undefined
  markLayout(c, [line])
  if (line.layout || c.pastedLayout.length > 0 || furnitureAt(layout, lineStart)) return undefined
  // A block of its own: after a blank line or a line it starts a block after (whatever the document's spacing), and
  // before a blank line or a line that starts a block after it.
  const starts = (next: Line, after: Line) => {
    if (next.kind === 'headingTail') next.kind = undefined
    return startsBlock(c, next, after, true) && startsBlock(c, next, after, false)
  }
  if (lineStart > 0) {
    let previousStart = lineStart - 1
    if (source.charCodeAt(previousStart) === 10 && source.charCodeAt(previousStart - 1) === 13) previousStart--
    const previousEnd = previousStart
    while (previousStart > 0 && !lineBreak(source.charCodeAt(previousStart - 1))) previousStart--
    const above = readLine(c, previousStart, previousEnd, lineStart)
    if (furnitureAt(layout, previousStart) || (above.contentStart < above.contentEnd && !starts(line, above))) return undefined
    // Page furniture above the blank lines: a paragraph may go on across it.
    for (let end = previousStart; above.contentStart === above.contentEnd && end > 0 && layout.length > 0; ) {
      end--
      if (source.charCodeAt(end) === 10 && source.charCodeAt(end - 1) === 13) end--
      let from = end
      while (from > 0 && !lineBreak(source.charCodeAt(from - 1))) from--
      if (furnitureAt(layout, from)) return undefined
      const upper = readLine(c, from, end, end + 1)
      if (upper.contentStart < upper.contentEnd) break
      end = from
    }
  }
  if (lineEnd < source.length) {
    let next = afterBreak(source, lineEnd)
    const belowEnd = lineEndAt(source, next)
    const below = readLine(c, next, belowEnd, belowEnd < source.length ? afterBreak(source, belowEnd) : source.length)
    if (furnitureAt(layout, next - delta)) return undefined
    if (below.contentStart < below.contentEnd) {
      if (!starts(below, line)) return undefined
    } else {
      // The next line with words: a paragraph broken at a page would go on there, after a line not ended by a mark.
      let following: Line | undefined
      for (next = belowEnd < source.length ? afterBreak(source, belowEnd) : source.length; next < source.length; ) {
        const end = lineEndAt(source, next)
        const candidate = readLine(c, next, end, end < source.length ? afterBreak(source, end) : source.length)
        if (furnitureAt(layout, next - delta)) return undefined
        if (candidate.contentStart < candidate.contentEnd) {
          following = candidate
          break
        }
        next = end < source.length ? afterBreak(source, end) : source.length
      }
      const ended = (r: Reader, l: Line) => terminatorCharacters.includes(r.lastVisible(l.contentStart, l.contentEnd))
      if (following && following.kind === undefined && !following.markdownHeading && !(ended(c, line) && ended(before, oldLine))) return undefined
    }
  }
  // The paragraph in the previous tree: a section's paragraph after another one (not a list's first, not under a colon).
  const sectionIndex = lastStartingAtOrBefore(previous.children, oldLine.bodyStart)
  const section = previous.children[sectionIndex]
  if (!section || (section.type !== 'preamble' && section.type !== 'operative')) return undefined
  const siblings = section.children as SectionParagraph[]
  const index = lastStartingAtOrBefore(siblings, oldLine.bodyStart)
  const paragraph = siblings[index]
  if (!paragraph || index === 0 || paragraph.position.start.offset !== oldLine.bodyStart || paragraph.position.end.offset !== oldLine.contentEnd) return undefined
  if (paragraph.type !== (kind === 'preambleOpener' ? 'preambleParagraph' : paragraph.type === 'chapeau' ? 'chapeau' : 'operativeParagraph')) return undefined
  const listed = (node: SectionParagraph) => endsWithColon(node) || node.children.some((child) => child.type === 'subparagraph')
  if (listed(paragraph) || listed(siblings[index - 1]!)) return undefined
  const children = detached(c.paragraphChildren(line.bodyStart, line.contentEnd, kind === 'preambleOpener' ? 'preamble' : 'operative', false, []))
  const node = {type: paragraph.type, children, position: c.span(line.bodyStart, line.contentEnd)} as SectionParagraph
  const numbered = (node: SectionParagraph) => node.children.some((child) => child.type === 'marker')
  if (endsWithColon(node) || numbered(node) !== numbered(paragraph)) return undefined
  // Everything after the paragraph moves by the edit's length; nothing before it changes.
  const copies = new Map<object, unknown>()
  const move = <T>(value: T): T => shifted(value, delta, copies)
  const sectionChildren = [...siblings.slice(0, index), node, ...siblings.slice(index + 1).map(move)]
  const movedSection = {...section, children: sectionChildren, position: {start: section.position.start, end: sectionChildren.at(-1)!.position.end}} as Block
  const root: Root = {
    type: 'root',
    children: [...previous.children.slice(0, sectionIndex), movedSection, ...previous.children.slice(sectionIndex + 1).map(move)],
    data: {
      language,
      languageSource: options.language ? 'configured' : 'detected',
      profile: profile.id,
      ...(previous.data.era ? {era: previous.data.era} : {}),
      ...(options.phrases ? {phrases: options.phrases} : {}),
      ...(layout.length > 0 ? {pastedLayout: layout.map((piece) => (piece.position.start.offset! > lineStart ? move(piece) : piece))} : {})
    },
    position: c.span(0, source.length)
  }
  const phrased = phrasings.get(previous)
  if (phrased) phrasings.set(root, phrased)
  kept.set(root, {source, language: options.language, profile, phrases: options.phrases, markdown: options.markdown, hidden: false})
  splices.set(root, {previous, before: paragraph, after: node, section: sectionIndex, start, oldEnd, newEnd, delta, line: c.point(lineStart).line, lineStart})
  return root
}

/**
 * `value` with every point's offset moved by `delta` (lines and columns stay: a splice changes no line break before
 * them), copied; its strings are shared as they are. An object reached twice (a citation's date) is copied once.
 */
function shifted<T>(value: T, delta: number, copies: Map<object, unknown>): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length)
    for (let index = 0; index < value.length; index++) copy[index] = shifted(value[index], delta, copies)
    return copy as T
  }
  const source = value as Record<string, unknown>
  if (typeof source.offset === 'number' && typeof source.line === 'number' && typeof source.column === 'number') {
    return {line: source.line, column: source.column, offset: source.offset + delta} as T
  }
  // Only a node can be reached twice (a citation's date is also a child).
  const node = typeof source.type === 'string'
  if (node) {
    const known = copies.get(source)
    if (known) return known as T
  }
  const copy: Record<string, unknown> = {}
  if (node) copies.set(source, copy)
  for (const key in source) {
    const field = source[key]
    copy[key] = typeof field === 'object' && field !== null ? shifted(field, delta, copies) : field
  }
  return copy as T
}

/**
 * Whether the line starting at `offset` is page furniture of the previous parse (`pieces`: its layout, in order), or
 * a blank line its removal takes (around furniture inside a paragraph, `joinAcross`).
 */
function furnitureAt(pieces: readonly PastedLayout[], offset: number): boolean {
  let low = 0
  let high = pieces.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const {start, end} = pieces[middle]!.removal
    if (start.offset! <= offset && offset < end.offset!) return true
    if (start.offset! < offset) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** The index of the last node starting at or before `offset` (-1: none). */
function lastStartingAtOrBefore(nodes: ReadonlyArray<{position: Position}>, offset: number): number {
  let low = 0
  let high = nodes.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (nodes[middle]!.position.start.offset! <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** The profile's wording in one language, folded for matching: made once per profile and language. */
interface Wording {
  headingLabels: string[]
  subjectLabels: string[]
  openingStarts: string[]
  /** Forms of the opening that are the tail of another (`الجمعية العامة` of `إن الجمعية العامة`): they can stand mid-sentence. */
  openingTails: string[]
  openingWords: string[]
  voteLabels: string[]
  /** Vote labels of each kind, longest first. */
  votes: Record<VoteCount['kind'] | 'adopted', string[]>
  itemTerminators: string[]
  /** The language's annex headings, folded. */
  annexLabels: string[]
  /** The language's words of an adoption without figures (`unanimously`), folded. */
  unanimity: string[]
  /** The language's words numbering parts (`أولا`), folded; Roman numerals besides. */
  partNumbers: string[]
  /** The language's letters of parts, folded (`الف`, `باء`). */
  partLetters: string[]
  page: {page: string[]; of: string[]; runningTitle: string[]; filingStart: string[]; filingEnd: string[]}
}

/** A profile's wording in a language, folded once. */
const wordingOf = memoByObjectAndKey((profile: Profile, language: Language): Wording => {
  // A final `ة` is often typed `ه` (`إن الجمعيه العامه`): the opening is still one.
  const openingStarts = profile.openingStarts[language].map(foldForMatch).flatMap(withHaaForTaa)
  const vote = profile.vote[language]
  const longestFirst = (forms: readonly string[]) => forms.map(foldForMatch).sort((a, b) => b.length - a.length)
  const page = profile.pastedLayout
  return {
    headingLabels: profile.headingLabels[language].map(foldForMatch),
    subjectLabels: profile.subjectLabels[language].map(foldForMatch),
    openingStarts,
    openingTails: openingStarts.filter((form) => openingStarts.some((other) => other !== form && other.indexOf(form) > 0)),
    openingWords: profile.openingPhrases[language].flat().map(foldForMatch),
    voteLabels: vote.adopted.map(foldForMatch),
    votes: {adopted: longestFirst(vote.adopted), for: longestFirst(vote.for), against: longestFirst(vote.against), abstentions: longestFirst(vote.abstentions)},
    itemTerminators: [...profile.itemTerminators[language]].sort((a, b) => b.length - a.length),
    annexLabels: languageData(language).annexLabels.map(foldForMatch),
    unanimity: languageData(language).unanimity.map(foldForMatch),
    partNumbers: (languageData(language).partNumbers ?? []).map(foldForMatch),
    partLetters: languageData(language).partLetters.map(foldForMatch),
    page: {
      page: page.page[language].page.map(foldForMatch),
      of: page.page[language].of.map(foldForMatch),
      runningTitle: page.runningTitle[language].map(foldForMatch),
      filingStart: page.filing[language].start.map(foldForMatch),
      filingEnd: page.filing[language].end.map(foldForMatch)
    }
  }
})

/** What every stage reads with: the text and its fold, language and profile, and the readers of its pieces. */
type Reader = ReturnType<typeof reader>

/** The shared context of a parse: made once, consulted by every stage. */
function reader(source: string, options: ParseOptions, local = false) {
  const profile = options.profile ?? defaultProfile
  const language = options.language ?? detectLanguage(source)
  const languageInfo: LanguageData = languageData(language)
  const place = options.lines ?? location(source)
  // The same offset is asked for again and again (a node ends where the next starts, a paragraph starts where its
  // marker does): the last points made are given again, one object per place instead of one per end (a 6 MB text's
  // tree keeps ~60,000 fewer). Nothing writes into a point: whoever moves one makes a new one.
  const recent: Point[] = []
  const point = (offset: number): Point => {
    for (const made of recent) if (made.offset === offset) return made
    const made = place.toPoint(offset) ?? {line: 1, column: 1, offset}
    if (recent.length === 8) recent.shift()
    recent.push(made)
    return made
  }
  const span = (start: number, end: number): Position => ({start: point(start), end: point(end)})
  const wording = wordingOf(profile, language)
  const {itemTerminators} = wording
  /** The text folded once: every line, opener and paragraph is read from it. */
  const folded: FoldedText = local ? {slice: (start, end) => foldText(source, start, end), fold: (start, end) => fold(source, start, end)} : foldAll(source)
  /** Page furniture found by `markLayout`. */
  const pastedLayout: PastedLayout[] = []
  /** Footnote markers glued to punctuation (`session,1`), by their end offset: skipped like closing markup. */
  const footnoteMarkers = new Map<number, number>()
  /** The phrasing this parse reads, for the next one; and the previous parse's, when given and of the same language and profile. */
  const phrased = new Map<string, Phrased[]>()
  const before = options.previous ? phrasings.get(options.previous) : undefined
  const reusable = before && before.profile === profile && before.language === language ? before.entries : undefined
  const context = {
    source,
    profile,
    language,
    languageInfo,
    wording,
    folded,
    point,
    span,
    pastedLayout,
    footnoteMarkers,
    /** The opening mark of a quotation after a colon that no mark closes (`groupLines`). */
    unclosedQuote: undefined as Position | undefined,
    /** The identifier's era, once `classify` has read it. */
    era: undefined as Era | undefined,
    /** Operative paragraphs that say they introduce a list (`classify`), for `settleChapeaus`. */
    chapeauForms: new WeakSet<OperativeParagraph>(),
    lastVisible,
    trimClosingMarkup,
    endsItem,
    capitalWord,
    skipSpace,
    readMarker,
    paragraphChildren: (start: number, end: number, kind: 'preamble' | 'operative', item: boolean, holes: ReadonlyArray<Hole>) =>
      reuse(kind + (item ? ' item' : ''), start, end, holes, () => paragraphChildren(start, end, kind, item, holes)),
    labelled,
    openingChildren: (start: number, end: number, holes: ReadonlyArray<Hole>) => reuse('opening', start, end, holes, () => openingChildren(start, end, holes)),
    voteChildren: (start: number, end: number) => reuse('vote', start, end, [], () => voteChildren(start, end)),
    phrased,
    inline,
    sessionIn,
    text,
    unknown
  }
  return context

  /** The phrasing of a paragraph: read, or, when the previous parse read the same, moved from where it was. */
  function reuse(what: string, start: number, end: number, holes: ReadonlyArray<Hole>, read: () => Phrasing[]): Phrasing[] {
    if (!options.keep) return read()
    const at = point(start)
    const key = source.slice(start, end + 2)
    const around = phrasingContext(context, what, start, end, at.column, holes)
    const found = reusable?.get(key)?.find((entry) => entry.context === around) ?? phrased.get(key)?.find((entry) => entry.context === around)
    let phrasing: Phrasing[]
    if (found) {
      phrasing = moved(found.phrasing, start - found.offset, at.line - found.line, source)
      // The children array is the paragraph's own (its list's items are added to it).
      if (phrasing === found.phrasing) phrasing = [...phrasing]
    } else phrasing = read()
    const entry = {context: around, phrasing: [...phrasing], offset: start, line: at.line}
    const same = phrased.get(key)
    if (same) same.push(entry)
    else phrased.set(key, [entry])
    return phrasing
  }

  /** Whether the text ends with an item terminator of the language (`; and`, `, et`, `; y`, `؛ و`). */
  function endsItem(start: number, end: number): boolean {
    return itemTerminatorAt(start, trimClosingMarkup(start, end)) !== undefined
  }

  /** The item terminator ending `[start, end)`, if any. */
  function itemTerminatorAt(start: number, end: number): string | undefined {
    for (const terminator of itemTerminators) {
      if (end - start <= terminator.length) continue
      if (source.slice(end - terminator.length, end).toLowerCase() === terminator) return source.slice(end - terminator.length, end)
    }
    return undefined
  }

  function capitalWord(start: number): boolean {
    let end = start
    while (end < source.length && /\p{Lu}/u.test(source.charAt(end))) end++
    return end - start >= 3
  }

  function lastVisible(start: number, end: number): string {
    while (end > start && (closingMarkup.includes(source.charAt(end - 1)) || footnoteMarkers.has(end))) end = footnoteMarkers.get(end) ?? end - 1
    return source.charAt(end - 1)
  }

  function unknown(start: number, end: number): Block {
    return {type: 'unknown', value: source.slice(start, end), position: span(start, end)}
  }

  function text(start: number, end: number): Text {
    return {type: 'text', value: source.slice(start, end), position: span(start, end)}
  }

  /** A label (one of `labels`, folded) and the rest as text: heading and subject. */
  function labelled(start: number, end: number, labels: string[]): Phrasing[] {
    const labelText = folded.fold(start, end)
    const label = labels.find((candidate) => labelText.text.startsWith(candidate))
    if (!label) return [text(start, end)]
    let labelEnd = labelText.map[label.length]!
    let index = labelEnd
    while (index < end && (markSpaces.includes(source.charAt(index)) || source.charAt(index) === ':' || invisible(source.charAt(index)))) {
      if (source.charAt(index) === ':') labelEnd = index + 1
      index++
    }
    const node: Label = {type: 'label', value: source.slice(start, labelEnd), position: span(start, labelEnd)}
    const restEnd = trimClosingMarkup(index, end)
    return index < restEnd ? [node, text(index, restEnd)] : [node]
  }

  function trimClosingMarkup(start: number, end: number): number {
    while (end > start && (closingMarkup.includes(source.charAt(end - 1)) || invisible(source.charAt(end - 1)) || footnoteMarkers.has(end))) end = footnoteMarkers.get(end) ?? end - 1
    return end
  }

  /** Phrasing of `[start, end)`, page furniture inside it left as plain text, a Markdown comment inside it left out. */
  function inline(start: number, end: number, holes: ReadonlyArray<Hole> = []): Phrasing[] {
    const result: Phrasing[] = []
    let cursor = start
    for (const [holeStart, holeEnd, hidden] of holes) {
      if (holeEnd <= cursor || holeStart >= end) continue
      result.push(...scanInline(source, cursor, holeStart, language, point, profile, folded))
      if (!hidden) result.push(text(holeStart, holeEnd))
      cursor = holeEnd
    }
    result.push(...scanInline(source, cursor, end, language, point, profile, folded))
    return result
  }

  function skipSpace(index: number, end: number): number {
    while (index < end && (invisible(source.charAt(index)) || source.charAt(index) === '*' || source.charAt(index) === '_')) index++
    return index
  }

  /** Word's bullet `o` at `index`: followed by a space or a tab, then a paragraph's number or its opener. */
  function oBulletAt(index: number, end: number): boolean {
    if (source.charAt(index) !== 'o' || !(source.charAt(index + 1) === ' ' || source.charAt(index + 1) === '\t')) return false
    let at = index + 1
    while (at < end && blank(source.charAt(at))) at++
    // Before Arabic, a Latin `o` is no word; nor, opening a paragraph, before a capital (`o ENJOINS`, `o Teniendo`):
    // no paragraph opens with the conjunction.
    return isArabic(source.charAt(at)) || /\p{Lu}/u.test(source.charAt(at)) || readMarker(at, end) !== undefined || matchPhrase(folded.slice(at, Math.min(end, at + 200)), 0, language) !== undefined
  }

  /** Children of a paragraph: list marker, number marker, opener, content, terminator. */
  function paragraphChildren(start: number, end: number, kind: 'preamble' | 'operative', item: boolean, holes: ReadonlyArray<Hole>): Phrasing[] {
    const children: Phrasing[] = []
    let index = skipSpace(start, end)
    // A bullet, also alone on its line above its item's text (PDF pastes); Word's `o` (its second level, in Courier)
    // only before a number or an opener: `o bien …` is a word; Word's bullets pasted with their tab (`bulletAt`).
    if ((listMarkerCharacters.includes(source.charAt(index)) && blank(source.charAt(index + 1))) || oBulletAt(index, end) || bulletAt(source, index)) {
      children.push({type: 'listMarker', value: source.charAt(index), position: span(index, index + 1)})
      index = index + 1
      while (index < end && blank(source.charAt(index))) index++
      index = skipSpace(index, end)
    }
    const marker = readMarker(index, end)
    if (marker) {
      children.push(marker)
      index = marker.position.end.offset!
      while (index < end && blank(source.charAt(index))) index++
      index = skipSpace(index, end)
    }
    const opener = readOpener(index, end, kind)
    let contentStart = index
    if (opener) {
      children.push(opener)
      contentStart = opener.position.end.offset!
    }
    let contentEnd = trimClosingMarkup(contentStart, end)
    let terminator: Terminator | undefined
    const last = source.charAt(contentEnd - 1)
    const conjunction = item ? itemTerminatorAt(contentStart, contentEnd) : undefined
    if (conjunction) {
      terminator = {type: 'terminator', value: conjunction, position: span(contentEnd - conjunction.length, contentEnd)}
      contentEnd -= conjunction.length
    } else if (contentEnd > contentStart && terminatorCharacters.includes(last)) {
      terminator = {type: 'terminator', value: last, position: span(contentEnd - 1, contentEnd)}
      contentEnd--
    }
    children.push(...inline(contentStart, contentEnd, holes))
    if (terminator) children.push(terminator)
    return children
  }

  function readMarker(index: number, end: number): Marker | undefined {
    // A no-break space in it (`1\u00a0- تقرر`, Word's way of keeping the number with its dash) is a space, kept as written.
    const window = digitsToAscii(source.slice(index, Math.min(end, index + 12))).replace(/[\u00a0\u202f]/g, ' ')
    markerPattern.lastIndex = 0
    let match = markerPattern.exec(window)
    if (match) {
      const digits = match[1] ?? match[2] ?? match[4]!
      const style = match[1] ? '(1)' : match[3] ? `1${match[3]}` : '1 -'
      return marker(index, match[0].length, style, Number.parseInt(digits, 10))
    }
    subMarkerPattern.lastIndex = 0
    // Read on the folded text, measured on the source: the tatweel of `(هـ)` is folded away.
    const lead = folded.fold(index, Math.min(end, index + 12))
    match = subMarkerPattern.exec(lead.text)
    const length = match ? lead.map[match[0].length - 1]! + 1 - index : 0
    if (match && /\s/.test(source.charAt(index + length) || ' ') && (!match[4] || smallLetter(source.charAt(index)))) {
      if (match[3]) return marker(index, length, "'1'", Number(match[3]))
      const label = match[1] ?? match[2] ?? match[4] ?? match[5]!
      const roman = /^[ivx]+$/.test(label) && (label.length > 1 || label === 'i')
      const ordinal = roman ? romanValue(label) : isArabic(label) ? abjad.indexOf(label) + 1 : label.charCodeAt(0) - 96
      const arabic = isArabic(label)
      const style = match[1] ? (roman ? '(i)' : arabic ? '(أ)' : '(a)') : match[4] ? (roman ? 'i.' : arabic ? 'أ.' : 'a.') : match[5] ? 'أ-' : roman ? 'i)' : arabic ? 'أ)' : 'a)'
      return marker(index, length, style, ordinal)
    }
    return undefined
  }

  function marker(index: number, length: number, style: string, ordinal: number): Marker {
    const value = source.slice(index, index + length)
    return {type: 'marker', value, style, ordinal, arabicIndic: /[\u0660-\u0669\u06f0-\u06f9]/.test(value), position: span(index, index + length)}
  }

  function readOpener(index: number, end: number, kind: 'preamble' | 'operative'): Opener | undefined {
    const lead = folded.fold(index, Math.min(end, index + 200))
    if (lead.text.length === 0) return undefined
    const match = matchPhrase(lead.text, 0, language, kind)
    let foldedEnd: number
    if (match) foldedEnd = match.end
    else {
      // An opener the lexicon does not know spans the words its form does (`HAVING RECEIVED`, `وإذ يساورها`).
      const {words, ends} = leadWords(lead.text)
      const classes = kind === 'preamble' ? ['preamble'] : ['finite', 'continuing']
      const span = Math.max(0, ...languageData(language).grammar.read(words).filter((reading) => classes.includes(reading.class)).map((reading) => reading.words))
      foldedEnd = span > 0 ? ends[span - 1]! : wordEnd(lead.text, 0)
      if (span === 0 && languageInfo.openerParticles.has(lead.text.slice(0, foldedEnd)) && foldedEnd < lead.text.length) {
        foldedEnd = wordEnd(lead.text, foldedEnd + 1)
      }
      if (foldedEnd === 0) return undefined
    }
    const sourceEnd = lead.map[foldedEnd - 1]! + 1
    return {
      type: 'opener',
      value: source.slice(index, sourceEnd),
      phraseId: match?.phrase.id,
      modifier: match?.modifier,
      position: span(index, sourceEnd)
    }
  }

  function openingChildren(start: number, end: number, holes: ReadonlyArray<Hole>): Phrasing[] {
    const contentEnd = trimClosingMarkup(start, end)
    const last = source.charAt(contentEnd - 1)
    const terminator: Terminator | undefined = terminatorCharacters.includes(last)
      ? {type: 'terminator', value: last, position: span(contentEnd - 1, contentEnd)}
      : undefined
    const bodyEnd = terminator ? contentEnd - 1 : contentEnd
    const body = folded.fold(start, bodyEnd)
    const found = sessionIn(body.text)
    const children: Phrasing[] = []
    if (found) {
      const sessionStart = body.map[found.start]!
      const sessionEnd = body.map[found.end - 1]! + 1
      const session: Session = {type: 'session', value: source.slice(sessionStart, sessionEnd), number: found.number, position: span(sessionStart, sessionEnd)}
      if (found.spelled) session.spelled = true
      children.push(...inline(start, sessionStart, holes), session, ...inline(sessionEnd, bodyEnd, holes))
    } else {
      children.push(...inline(start, bodyEnd, holes))
    }
    if (terminator) children.push(terminator)
    return children
  }

  /**
   * The session an opening's folded text names: an ordinal in digits (`93rd`, `الـ 93`), else one in words next to
   * the opening's words (`ninety-third session`, `en sa quatre-vingt-treizième session`, `en su nonagésima tercera
   * reunión`, `في دورتها الثالثة والتسعين`). Days can be ordinals too (`from 8th to 12th November 1999 at its 68th
   * session`, `du 1er au 4`): the session is the ordinal before one of the opening's words, else the first in digits.
   */
  function sessionIn(text: string): {start: number; end: number; number: number; spelled: boolean} | undefined {
    const {openingWords} = wording
    const pattern = languageInfo.ordinals.read
    const matches = [...text.matchAll(pattern)]
    const match = matches.find((candidate) => openingWords.some((word) => text.startsWith(' ' + word, candidate.index + candidate[0].length))) ?? matches[0]
    if (match) {
      return {start: match.index + match[0].indexOf(match[1]!), end: match.index + match[0].length, number: Number.parseInt(match[1]!, 10), spelled: false}
    }
    for (const run of spelledRuns(text, language)) {
      if (run.value === undefined || run.value === 0) continue
      if (openingWords.some((word) => text.startsWith(' ' + word, run.end) || text.slice(0, run.start).endsWith(word + ' '))) return {start: run.start, end: run.end, number: run.value, spelled: true}
    }
    return undefined
  }

  function voteChildren(start: number, end: number): Phrasing[] {
    const contentEnd = trimClosingMarkup(start, end)
    const body = folded.fold(start, contentEnd)
    const found: Array<{kind: VoteCount['kind'] | 'adopted'; at: number; length: number}> = []
    for (const kind of ['adopted', 'for', 'against', 'abstentions'] as const) {
      for (const label of wording.votes[kind]) {
        const at = findWord(body.text, label, kind === 'adopted' ? 0 : 1)
        if (at >= 0) {
          found.push({kind, at, length: label.length})
          break
        }
      }
    }
    found.sort((a, b) => a.at - b.at)
    const children: Phrasing[] = []
    let cursor = start
    found.forEach((entry, index) => {
      const labelStart = body.map[entry.at]!
      let labelEnd = body.map[entry.at + entry.length - 1]! + 1
      if (source.charAt(labelEnd) === ':') labelEnd++
      // French writes a space before the colon: plain, no-break or narrow no-break (`Pour\u00a0:`).
      else if (markSpaces.includes(source.charAt(labelEnd)) && source.charAt(labelEnd + 1) === ':') labelEnd += 2
      if (labelStart > cursor) children.push(text(cursor, labelStart))
      children.push({type: 'label', value: source.slice(labelStart, labelEnd), position: span(labelStart, labelEnd)})
      cursor = labelEnd
      if (entry.kind === 'adopted') return
      const limit = index + 1 < found.length ? body.map[found[index + 1]!.at]! : contentEnd
      let valueStart = cursor
      while (valueStart < limit && blank(source.charAt(valueStart))) valueStart++
      let valueEnd = valueStart
      // Figures are separated by commas or semicolons, or by dashes and bars where a table was pasted (`For: 130 – Against: 2`).
      while (valueEnd < limit && !',،;؛–—|'.includes(source.charAt(valueEnd))) valueEnd++
      while (valueEnd > valueStart && blank(source.charAt(valueEnd - 1))) valueEnd--
      if (valueEnd > limit - 1 && source.charAt(valueEnd - 1) === '.') valueEnd--
      if (valueStart > cursor) children.push(text(cursor, valueStart))
      const value = source.slice(valueStart, valueEnd)
      const digits = digitsToAscii(value)
      children.push({
        type: 'voteCount',
        kind: entry.kind,
        value,
        count: /^\d+$/.test(digits) ? Number.parseInt(digits, 10) : undefined,
        position: span(valueStart, valueEnd)
      })
      cursor = valueEnd
    })
    if (cursor < contentEnd) children.push(text(cursor, contentEnd))
    return children
  }
}

/** Stage 1, lines: each line's extent, its Markdown markers, and what its first words say it starts. */
function readLines(c: Reader): Line[] {
  const ranges = splitLines(c.source)
  return ranges.map(([start, end], index) => readLine(c, start, end, ranges[index + 1]?.[0] ?? c.source.length))
}

/**
 * Markdown's blocks that are not resolution text, read as blank lines (never a paragraph, never a fix's target), as
 * CommonMark reads them, also inside `>` block quotes (a block there ends with the quote): YAML front matter (`---` on
 * the first line to the next `---` or `...`), fenced code (```` ``` ```` or `~~~` to a closing fence of the same
 * character, at least as long, or the text's end), HTML blocks (`htmlBlockEnd`: a comment `<!--` to the line holding
 * `-->`, `<script>`, `<pre>`, `<style>`, `<textarea>`, `<?`, `<!X`, `<![CDATA[` to their end, a block tag such as
 * `<div>` or `</p>`, or a lone complete tag after a blank line, to the next blank line); and HTML comments inside a
 * line's text (inline HTML, `hideInlineComments`), left out of the paragraph that goes on around them. The text's
 * offsets are kept. Whether anything was so read.
 */
function hideMarkdownBlocks(source: string, lines: Line[]): boolean {
  const content = (line: Line) => source.slice(line.contentStart, line.contentEnd)
  let hidden = false
  const hide = (line: Line) => {
    line.contentEnd = line.contentStart
    line.bodyStart = line.contentStart
    line.kind = undefined
    line.markdownHeading = false
    hidden = true
  }
  /** A line inside its `>` block quotes: how deep, and its text there. */
  const quoted = (line: Line): {depth: number; text: string} => {
    let at = line.contentStart
    let depth = 0
    // A quote's empty line (`>`, `> >`) is read as blank (`readLine`): its depth from its markers.
    if (at === line.contentEnd) {
      for (let from = line.start; from < line.next && '> \t'.includes(source.charAt(from)); from++) if (source.charAt(from) === '>') depth++
      return {depth, text: ''}
    }
    while (at < line.contentEnd && source.charAt(at) === '>') {
      depth++
      at++
      while (at < line.contentEnd && (source.charAt(at) === ' ' || source.charAt(at) === '\t')) at++
    }
    return {depth, text: depth === 0 ? content(line) : source.slice(at, line.contentEnd)}
  }
  let index = 0
  if (lines.length > 1 && content(lines[0]!) === '---') {
    const close = lines.findIndex((line, at) => at > 0 && (content(line) === '---' || content(line) === '...'))
    if (close > 0) for (; index <= close; index++) hide(lines[index]!)
  }
  for (; index < lines.length; index++) {
    const {depth, text} = quoted(lines[index]!)
    // A backtick fence's info string holds no backtick (CommonMark); said in code, not a look-ahead: recheck took 7 minutes over it.
    const run = /^(?:`{3,}|~{3,})/.exec(text)?.[0]
    const fence = run && !(run.charAt(0) === '`' && text.includes('`', run.length)) ? run : undefined
    // After a blank line (or the quote's start) only, a lone tag opens an HTML block (type 7 interrupts no paragraph).
    const previous = index > 0 ? quoted(lines[index - 1]!) : undefined
    const html = fence ? undefined : htmlBlockEnd(text, !previous || previous.text === '' || previous.depth < depth)
    if (!fence && !html) continue
    const closes = (line: string, from = 0) => html !== undefined && html !== blankLineEnd && html.some((end) => line.toLowerCase().includes(end, from))
    hide(lines[index]!)
    if (closes(text, 2)) continue
    while (++index < lines.length) {
      const inner = quoted(lines[index]!)
      // The quote ended (a line of fewer `>`, or none): so did the block in it.
      if (inner.depth < depth || (html === blankLineEnd && inner.text === '')) {
        index--
        break
      }
      hide(lines[index]!)
      if (inner.depth !== depth) continue
      if (fence ? inner.text.startsWith(fence) && inner.text.replaceAll(fence.charAt(0), '').trim() === '' : closes(inner.text)) break
    }
  }
  return hideInlineComments(source, lines) || hidden
}

/**
 * A YAML block above a plain text (an archive's record: `---`⏎`symbol: A/RES/80/1`⏎`date: "2025-09-19"`⏎`---`), read
 * as blank lines as Markdown's front matter is: `---` on the first line, then only `key: value` lines (a list's `- …`
 * or an indented line under a key), to the next `---` or `...`. Whether there was one.
 */
function hideYamlBlock(source: string, lines: Line[]): boolean {
  const content = (line: Line) => source.slice(line.contentStart, line.contentEnd)
  if (lines.length < 3 || content(lines[0]!) !== '---') return false
  const close = lines.findIndex((line, at) => at > 0 && (content(line) === '---' || content(line) === '...'))
  if (close < 2) return false
  const inner = lines.slice(1, close)
  const key = /^[A-Za-z_][\w.-]{0,40}:(?: |$)/
  if (!key.test(content(inner[0]!)) || !inner.every((line) => key.test(content(line)) || content(line).startsWith('- ') || ' \t'.includes(source.charAt(line.start)))) return false
  for (const line of lines.slice(0, close + 1)) {
    line.contentEnd = line.contentStart
    line.bodyStart = line.contentStart
    line.kind = undefined
    line.markdownHeading = false
  }
  return true
}

/** The end condition of an HTML block that ends at a blank line (CommonMark's types 6 and 7). */
const blankLineEnd = 'blank line'

/** HTML block tag names (CommonMark's type 6). */
const blockTags = new Set('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '))
const rawTags = new Set(['script', 'pre', 'style', 'textarea'])

/**
 * Whether a line's text (inside its block quotes, indentation skipped) opens a CommonMark HTML block, and what ends it:
 * a line holding one of the texts (lower case: `</script>`…, `-->`, `?>`, `>`, `]]>`: types 1–5, which may end on the
 * line itself), or `blankLineEnd` (types 6 and 7; 7, a lone complete tag of another name, only when `mayStart7`).
 */
function htmlBlockEnd(text: string, mayStart7: boolean): readonly string[] | typeof blankLineEnd | undefined {
  if (text.charAt(0) !== '<') return undefined
  if (text.startsWith('<!--')) return ['-->']
  if (text.startsWith('<?')) return ['?>']
  if (text.startsWith('<![CDATA[')) return [']]>']
  if (text.charAt(1) === '!' && /^<![a-z]/i.test(text)) return ['>']
  const closing = text.charAt(1) === '/'
  const nameStart = closing ? 2 : 1
  const name = /^[a-z][a-z0-9-]*/i.exec(text.slice(nameStart))?.[0]
  if (!name) return undefined
  const lower = name.toLowerCase()
  const after = text.charAt(nameStart + name.length)
  const ends = after === '' || after === ' ' || after === '\t' || after === '>'
  if (!closing && rawTags.has(lower) && ends) return ['</script>', '</pre>', '</style>', '</textarea>']
  if (blockTags.has(lower) && (ends || text.startsWith('/>', nameStart + name.length))) return blankLineEnd
  return mayStart7 && !rawTags.has(lower) && completeTag(text) ? blankLineEnd : undefined
}

/** Whether a line's text is one complete HTML open or closing tag and nothing else (CommonMark's type 7), read without a regex over the attributes. */
function completeTag(text: string): boolean {
  const closing = text.charAt(1) === '/'
  let at = closing ? 2 : 1
  const word = (pattern: RegExp) => {
    pattern.lastIndex = at
    if (!pattern.test(text)) return false
    at = pattern.lastIndex
    return true
  }
  const spaces = () => {
    const from = at
    while (at < text.length && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at++
    return at > from
  }
  if (!word(/[a-z][a-z0-9-]*/iy)) return false
  if (!closing) {
    for (;;) {
      const from = at
      if (!spaces() || !word(/[a-z_:][a-z0-9_.:-]*/iy)) {
        at = from
        break
      }
      const beforeValue = at
      spaces()
      if (text.charAt(at) !== '=') {
        at = beforeValue
        continue
      }
      at++
      spaces()
      const quote = text.charAt(at)
      if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, at + 1)
        if (end < 0) return false
        at = end + 1
      } else if (!word(/[^\s"'=<>`]+/y)) return false
    }
  }
  spaces()
  if (!closing && text.charAt(at) === '/') at++
  if (text.charAt(at) !== '>') return false
  return text.slice(at + 1).trim() === ''
}

/**
 * HTML comments inside a line's text, left out (`Line.comments`, a paragraph's hidden holes): one ending the line's
 * text ends the line before it (a missing terminator is found, and fixed, before the comment); one going on to later
 * lines of the paragraph (no blank line between) leaves those wholly inside it out as none (`inComment`), the
 * paragraph going on across them. One never closed, or closed only after a blank line, is text, as in CommonMark.
 * Whether any was found.
 */
function hideInlineComments(source: string, lines: Line[]): boolean {
  let found = false
  // The next `<!--` and `-->` at or after an offset, each searched for again only once passed: the lines are read in
  // order, so the text is searched once (not once a line).
  const next = {'<!--': -2, '-->': -2}
  const at = (mark: '<!--' | '-->', from: number) => {
    if (next[mark] !== -1 && next[mark] < from) next[mark] = source.indexOf(mark, from)
    return next[mark] < 0 ? source.length : next[mark]
  }
  const trimmed = (line: Line, end: number) => {
    while (end > line.contentStart && invisible(source.charAt(end - 1))) end--
    return end
  }
  /** Where the comment that ended on the next line read ends: that line is read from there. */
  let resume = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    let from = Math.max(line.contentStart, resume)
    while (from < line.contentEnd) {
      const open = at('<!--', from)
      if (open >= line.contentEnd) break
      // Its end: on this line, else on a later one of the same paragraph.
      let closeLine = index
      let close = at('-->', open + 4)
      if (close >= line.contentEnd) {
        const end = close
        close = -1
        for (let later = index + 1; later < lines.length && end >= lines[later]!.contentStart; later++) {
          const {contentStart, contentEnd} = lines[later]!
          if (contentStart === contentEnd) break
          if (end < contentEnd) {
            close = end
            closeLine = later
            break
          }
        }
      }
      if (close < 0) break
      found = true
      const end = close + 3
      // Left out of the paragraph however its lines are joined (a hole over it), and out of the line's end.
      ;(line.comments ??= []).push([open, end])
      if (closeLine === index) {
        if (trimmed(line, line.contentEnd) <= end) {
          line.contentEnd = trimmed(line, open)
          break
        }
        from = end
        continue
      }
      line.contentEnd = trimmed(line, open)
      for (let inside = index + 1; inside < closeLine; inside++) within(lines[inside]!)
      const last = lines[closeLine]!
      if (trimmed(last, last.contentEnd) <= end) within(last)
      else {
        // Its text after the comment goes on the paragraph (a block of its own, read from there, where lines are).
        last.comments = [[last.contentStart, end]]
        last.kind = undefined
        last.markdownHeading = false
      }
      // Its text after the comment may hold another.
      resume = end
      index = closeLine - 1
      break
    }
  }
  return found
}

/** A line wholly inside an HTML comment opened in an earlier line's text: none at all (`Line.inComment`). */
function within(line: Line): void {
  line.contentEnd = line.contentStart
  line.bodyStart = line.contentStart
  line.kind = undefined
  line.markdownHeading = false
  line.inComment = true
}

function readLine(c: Reader, start: number, end: number, next: number): Line {
  const {source} = c
  let contentStart = start
  while (contentStart < end && invisible(source.charAt(contentStart))) contentStart++
  let contentEnd = end
  while (contentEnd > contentStart && invisible(source.charAt(contentEnd - 1))) contentEnd--
  let bodyStart = contentStart
  let markdownHeading = false
  if (source.charAt(bodyStart) === '#' || source.charAt(bodyStart) === '>') {
    markdownHeading = source.charAt(bodyStart) === '#'
    while (bodyStart < contentEnd && '#> \t'.includes(source.charAt(bodyStart))) bodyStart++
    // A block quote's empty line (`>`, `> >`): the blank line between its paragraphs.
    if (bodyStart === contentEnd && !markdownHeading) return {contentStart: contentEnd, contentEnd, bodyStart, markdownHeading, start, next, kind: undefined}
  }
  bodyStart = skipOpeningMarkup(source, bodyStart, contentEnd)
  // A line that is one Markdown code span (`` `GA-2019-88-RES-02` ``): its text, not its backticks.
  if (source.charAt(bodyStart) === '`' && contentEnd - bodyStart > 2 && source.indexOf('`', bodyStart + 1) === contentEnd - 1) {
    bodyStart++
    contentEnd--
  }
  return {contentStart, contentEnd, bodyStart, markdownHeading, start, next, kind: contentStart < contentEnd ? lineKind(c, bodyStart, contentEnd) : undefined}
}

function skipOpeningMarkup(source: string, index: number, end: number): number {
  while (index < end) {
    const ch = source.charAt(index)
    const next = source.charAt(index + 1)
    if ((ch === '*' || ch === '_') && next !== ' ' && next !== '\t' && index + 1 < end) index++
    else break
  }
  return index
}

function lineKind(c: Reader, start: number, end: number): LineKind | undefined {
  const {profile, language, languageInfo, folded} = c
  const {headingLabels, subjectLabels, voteLabels, openingStarts} = c.wording
  const text = trimEndOf(folded.slice(start, Math.min(end, start + 400)), '_')
  const own = profile.lineKind?.(text, language)
  // Masthead and footnote lines are told by their place (markLayout); here they may still be a wrapped line of text.
  if (own && own !== 'masthead' && own !== 'footnote' && own !== 'page' && own !== 'job') return own
  let rest = text
  if ((listMarkerCharacters.includes(rest.charAt(0)) && rest.charAt(1) === ' ') || bulletAt(c.source, start)) rest = rest.slice(2)
  // Word's bullet `o` before a number or an opener (`o 1. Decides`, `o RECALLING`), never the word (`o bien`).
  else if (rest.startsWith('o ') && oBulletBefore(c, rest.slice(2))) rest = rest.slice(2)
  markerPattern.lastIndex = 0
  // A line starts a numbered paragraph only if white space follows the marker (`47),` in wrapped text does not).
  if (markerPattern.test(rest) && (rest.charAt(markerPattern.lastIndex) === ' ' || markerPattern.lastIndex === rest.length || isArabic(rest.charAt(markerPattern.lastIndex)))) return 'marker'
  subMarkerPattern.lastIndex = 0
  // An item's letter alone on its line (`(a)`, PDF copies) is one too: its text is on the next line.
  const sub = subMarkerPattern.exec(rest)
  if (sub && (!sub[4] || smallLetter(c.source.charAt(start + text.length - rest.length))) && (rest.charAt(subMarkerPattern.lastIndex) === ' ' || (subMarkerPattern.lastIndex === rest.length && rest === text))) return 'subMarker'
  // A bulleted item (`- AGN/37/RES/1, Téhéran, 1968 : …,`), or its bullet alone on a line of a PDF paste.
  if (rest !== text || (text.length === 1 && listMarkerCharacters.includes(text))) return 'item'
  if (isIdentifierLine(profile, text)) return 'identifier'
  for (const label of headingLabels) {
    if (text.startsWith(label) && /^ ?\d{0,3} ?$/.test(text.slice(label.length))) return 'heading'
    // Texts to 2014 head the page `Resolution No AGN/68/RES/5`: the label, then the identifier.
    if (text.startsWith(label) && text.charAt(label.length) === ' ' && isIdentifierLine(profile, text.slice(label.length + 1))) return 'headingIdentifier'
  }
  for (const label of subjectLabels) {
    if (text.startsWith(label) && /^ ?:/.test(text.slice(label.length))) return 'subject'
  }
  for (const label of voteLabels) {
    if (text.startsWith(label) && !/[\p{L}\p{N}]/u.test(text.charAt(label.length)) && isVote(c, text.slice(label.length))) return 'vote'
  }
  if (openingStarts.some((opening) => text.startsWith(opening))) return 'opening'
  if (isAnnexHeading(c, start, text)) return 'annex'
  if (profile.numberedParts && partHeading(c, start, end) !== undefined) return 'partHeading'
  const phrase = matchPhrase(text, 0, language)
  if (phrase) return phrase.phrase.kind === 'preamble' ? 'preambleOpener' : 'operativeVerb'
  const space = text.indexOf(' ')
  if (space > 0 && space < text.length - 1 && languageInfo.preambleParticles.has(text.slice(0, space))) return 'preambleOpener'
  return undefined
}

/** Whether a line's folded text after Word's bullet `o` is a paragraph's: its number, or a phrase opening it. */
function oBulletBefore(c: Reader, rest: string): boolean {
  markerPattern.lastIndex = 0
  return isArabic(rest.charAt(0)) || (markerPattern.test(rest) && rest.charAt(markerPattern.lastIndex) === ' ') || matchPhrase(rest, 0, c.language) !== undefined
}

/**
 * Whether what follows an adoption label is a vote's: nothing, a mark (`Adopted.`, `Adoptée :`), or the figures'
 * labels (`Adopted For: 134`, the colon forgotten). French folds `ADOPTE les règles …`, an operative verb, to the
 * label `Adopté`: words that are no figure's make a sentence, not a vote.
 */
function isVote(c: Reader, rest: string): boolean {
  const after = rest.trimStart()
  if (after === '' || !/^[\p{L}\p{N}]/u.test(after)) return true
  const {votes, unanimity} = c.wording
  // `Adopted unanimously.`, `Adoptée à l'unanimité`: a vote without figures.
  if (unanimity.some((words) => after.startsWith(words) && !/[\p{L}\p{N}]/u.test(after.charAt(words.length)))) return true
  return [...votes.for, ...votes.against, ...votes.abstentions].some((label) => findWord(after, label) >= 0)
}

/**
 * A part's heading (`I`, `II.`, `B`, `أولا`, `ثانياً`, `ألف`, `أولا -`), alone on its line or followed, after a dash or a
 * full stop, by the part's title (`أولا - أحكام عامة`, `A. Information in the service of humanity`): a Roman numeral or a
 * letter in capitals, or one of the language's words numbering or lettering parts (`LanguageData.partNumbers`,
 * `partLetters`). Its number (`II` → 2, `B` → 2) and where its label ends (the whole line when no title follows);
 * undefined for any other line.
 */
function partHeading(c: Reader, start: number, end: number): {number: number; lettered: boolean; labelEnd: number} | undefined {
  const {source} = c
  let from = start
  while (from < end && (source.charAt(from) === '*' || source.charAt(from) === '_')) from++
  const words = source.slice(from, Math.min(end, from + 40)).split(/(?=[\s.\-\u2013\u2014*_])/u)
  const {partNumbers, partLetters} = c.wording
  const letters = c.languageInfo.partLetters
  // One word, or two (`حادي عشر`).
  for (const count of [2, 1]) {
    if (words.length < count || (count === 2 && !/^\s\S/u.test(words[1] ?? ''))) continue
    const written = words.slice(0, count).join('')
    const folded = foldForMatch(written)
    const cased = written.toLowerCase() !== written.toUpperCase()
    let number: number | undefined
    let lettered = false
    if (/^[IVX]{1,5}$/.test(written)) number = romanValue(written.toLowerCase())
    else if (partNumbers.includes(folded)) number = partNumbers.indexOf(folded) + 1
    else {
      const letter = letters.includes(written) ? letters.indexOf(written) : cased ? -1 : partLetters.indexOf(folded)
      if (letter >= 0) [number, lettered] = [letter + 1, true]
    }
    if (number === undefined) continue
    const after = from + written.length
    const rest = source.slice(after, end)
    const mark = /^[*_]*(?:\.|\s*[-\u2013\u2014])?[*_]*/u.exec(rest)![0]
    const title = rest.slice(mark.length)
    if (title.trim() === '') return {number, lettered, labelEnd: end}
    // A title on the numeral's line: after a mark and a space, a capital (or a letter of a script without case), no
    // paragraph's mark at its end (a wrapped line `I. of the report, and` is none).
    if (!mark.replace(/[*_]/g, '').trim() || !/^\s+[^\s]/u.test(title)) return undefined
    const first = title.trimStart().replace(/^[*_"“«]+/u, '').charAt(0)
    if (!/\p{L}/u.test(first) || first !== first.toUpperCase()) return undefined
    if (terminatorCharacters.includes(c.lastVisible(start, end))) return undefined
    return {number, lettered, labelEnd: after + mark.length}
  }
  return undefined
}

/**
 * Whether a line is an annex's heading: the language's word alone (`ANNEX`, `مرفق`), or with its number (`Annex II`,
 * `ANNEXE 2`, `Anexo A`, `المرفق الأول`), or naming the resolution it is annexed to (`ANNEX TO RESOLUTION
 * GA-2025-93-RES-03`, `Annexe à la présente résolution`, `Anexo I de la resolución 80/5`, `مرفق القرار …`): up to four
 * words, then a word for a resolution (`LanguageData.citations.resolutionWords`), then at most its number, so that a
 * sentence about an annex (`Annex to resolution 80/5 is repealed.`) is none. It starts with a capital where the script
 * has them (`annex II, sect. III.A` of a footnote is not one).
 */
/** An annex's label and, on its line, a title opening in capitals or a figure (`Annex 2025 Political Declaration …`), or any title in a script without case. */
function annexRunIn(c: Reader, start: number, end: number): boolean {
  const first = c.source.charAt(start)
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return false
  const lead = c.folded.fold(start, Math.min(end, start + 40))
  return c.wording.annexLabels.some((label) => {
    if (!lead.text.startsWith(label + ' ') || lead.map[label.length + 1] === undefined) return false
    const next = c.source.charAt(lead.map[label.length + 1]!)
    return next === next.toUpperCase() && /[\p{L}\p{N}]/u.test(next)
  })
}

function isAnnexHeading(c: Reader, start: number, text: string): boolean {
  const first = c.source.charAt(start)
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return false
  const body = text.replace(/[.:]$/, '')
  const {resolutionWords} = c.languageInfo.citations
  for (const label of c.wording.annexLabels) {
    if (!body.startsWith(label)) continue
    const rest = body.slice(label.length)
    if (rest === '' || /^ (?:[ivxlc]{1,6}|\d{1,3}|[a-z])$/.test(rest)) return true
    if (rest.startsWith(' ') && !rest.includes(' ', 1)) {
      const runs = spelledRuns(rest.slice(1), c.language)
      if (runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end === rest.length - 1 && runs[0]!.value !== undefined) return true
    }
    if (!rest.startsWith(' ')) continue
    const words = rest.slice(1).split(' ')
    const at = words.findIndex((word) => resolutionWords.test(word))
    if (at >= 0 && at <= 4 && words.length - at <= 2 && words.slice(at + 1).every((word) => /\d/.test(word))) return true
  }
  return false
}

/**
 * Stage 2, page furniture of pasted PDFs and archive copies: page numbers (`- 3 -`,
 * `Page 2 of 5`, `2/5`), continuation marks (`…/…`), running titles above
 * the identifier, the header repeated at the top of a page, an archive's
 * filing notes, footnotes under their rule (`_____`) and their markers glued
 * to punctuation (`session,1`). Words are the profile's (`pastedLayout`).
 */
function markLayout(c: Reader, all: Line[]) {
  const {source, profile, language, folded, span, pastedLayout, footnoteMarkers, lastVisible} = c
  const {page: pageWords, of: ofWords, runningTitle: titleWords, filingStart, filingEnd} = c.wording.page
  const headers = new Set<string>()
  const titles = new Set<string>()
  const footnoteNumbers = new Set<string>()
  /** The numbers of footnotes numbered in parentheses (`(1) Report …`): their markers are so too (`assets,(1)`). */
  const bracketedNumbers = new Set<string>()
  let front = true
  let begun = false
  let filing = false
  /** The pieces of the archive's filing notes being read, and whether a subject line (`OBJET :`) is among them. */
  let filingPieces: PastedLayout[] = []
  let filingSubject = false
  let footnotes = false
  /** Blank lines just after footnotes: UN copies set a blank line between the rule and each footnote. */
  let footnoteGap = false
  /** A masthead line just above, without a blank line between: its wrapped rest (`…: no first placement of weapons`). */
  let masthead = false
  /** The title line's text after its number (UN `80/4. Necessity of …`): repeated at page tops, shortened. */
  let title: string | undefined
  /** The title line was the last line: a line under it, no blank line between, is the title's wrapped rest. */
  let titleOpen = false
  /** The last line was a page's repeated header: the line under it may be the title's rest, repeated too. */
  let afterHeader = false
  /** The title's words repeated at a page's top on the line just above (and the lines above it, no blank line between). */
  let repeated: string | undefined
  /** The numbers of markers glued to a paragraph's punctuation (`session,1`), read when a footnote without its rule may be near. */
  let glued: Set<string> | undefined
  /** The last footnote's number found without a rule above it: the next one's is higher. */
  let lastLoose = 0
  let blankBefore = true
  /** The line before, not blank, was furniture. */
  let furnitureBefore = false
  /** The line before, not blank, was a page's foot (its number, the UN job number), or this line opens with a form feed. */
  let footBefore = false
  /** The line before was the adoption heading: a date under it is the heading's, wrapped (`… on⏎10 June 2025`). */
  let underHeading = false
  /** The last line not blank was an annex's heading: the line under it is the annex's title, though it repeat the resolution's. */
  let underAnnex = false
  for (const [index, line] of all.entries()) {
    const afterBlank = blankBefore
    blankBefore = line.contentStart === line.contentEnd
    const afterHeading = underHeading
    underHeading = line.kind === 'heading'
    if (line.contentStart === line.contentEnd) {
      footnoteGap ||= footnotes
      footnotes = false
      masthead = false
      titleOpen = false
      repeated = undefined
      continue
    }
    const gap = footnoteGap
    footnoteGap = false
    const annexTitle = underAnnex
    underAnnex = line.kind === 'annex'
    const afterFurniture = furnitureBefore
    furnitureBefore = false
    const pageTop = footBefore || source.charAt(line.start) === '\f'
    footBefore = false
    // A web page's table around the front matter (interpol.int's archive, 1999: `| Resolution No AGN/68/RES/5 |`, a lone
    // `|`): its borders are furniture, the text inside them is read. Never once the text has begun (an annex's table).
    const bordered = !begun && source.charAt(line.contentStart) === '|' && unborder(line)
    // Inside a block quote (a whole copy quoted, `> ____`, `> [^1]: …`), the line's text after its `>`.
    let rawStart = line.contentStart
    if (source.charAt(rawStart) === '>') while (rawStart < line.contentEnd && '> \t'.includes(source.charAt(rawStart))) rawStart++
    const raw = digitsToAscii(source.slice(rawStart, line.contentEnd))
    const text = folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 200))
    let kind: PastedLayoutKind | undefined
    const own = line.kind === undefined ? profile.lineKind?.(text, language) : undefined
    if (titleOpen && line.kind === undefined && (own === undefined || own === 'masthead')) title += ' ' + text
    else titleOpen = false
    // The agenda item's title under its number may read as a paragraph (`Report of the International Criminal Court`).
    const repeats = repeated
    repeated = undefined
    // Filing notes end at their last label (`TEXTE DE LA RESOLUTION`) or, where a copy lost it, at the resolution's first
    // line (its opening, a preamble or operative paragraph): the rest of the text is never read as notes and removed.
    if (filing && opensText(line.kind)) filing = false
    if (bordered === 'whole') {
      kind = 'tableBorder'
    } else if (!begun && ((own === 'masthead' && !(afterHeading && dateAlone.test(text))) || (masthead && (line.kind === undefined || line.kind === 'operativeVerb' || line.kind === 'preambleOpener')))) {
      kind = 'masthead'
    } else if (title !== undefined && !titleOpen && !annexTitle && (afterBlank || afterFurniture || source.charAt(line.start) === '\f') && repeatsTitle(title, text, line, index) && !terminatorCharacters.includes(lastVisible(line.contentStart, line.contentEnd))) {
      // At a page's top: after a blank line, a form feed or other furniture, never a sentence's wrapped line that reads
      // as the title's start (`… intitulée «⏎Coopération entre l'Organisation des Nations⏎Unies …`).
      kind = 'repeatedHeader'
      repeated = text
    } else if (repeats !== undefined && title !== undefined && line.kind === undefined && title.includes(repeats + ' ' + text) && !terminatorCharacters.includes(lastVisible(line.contentStart, line.contentEnd))) {
      // The repeated title's wrapped rest, however short (`Building a peaceful … sport and the⏎Olympic ideal`): the title
      // goes on with it from the line above.
      kind = 'repeatedHeader'
      repeated = repeats + ' ' + text
    } else if (begun && title !== undefined && line.kind === undefined && headerWithTitle(title, text)) {
      // A page's header set on one line, the symbol and the title apart (`A/RES/80/925      Questions relating to …`,
      // pdftotext's layout), the title first on the facing page.
      kind = 'repeatedHeader'
    } else if (own === 'page') {
      kind = 'pageNumber'
    } else if (own === 'job') {
      // The UN job number at a page's foot (`25-09876 (E)`, its bar code `*2509876*`): no page number, named as what it is.
      kind = 'jobNumber'
    } else if ((own === 'footnote' || /^\[\^\d{1,3}\]:/.test(raw)) && line.kind === undefined) {
      // Markdown's footnotes (`[^1]: Report GA-2025-93-REP-14.`) in every profile, wherever they stand.
      kind = 'footnote'
      footnotes = true
      const number = /^\[\^(\d{1,3})\]:/.exec(raw)
      if (number) footnoteNumbers.add(number[1]!)
    } else if (filing || filingStart.some((word) => text.startsWith(word))) {
      kind = 'filing'
      if (!filing) {
        filingPieces = []
        filingSubject = false
      }
      filing = !filingEnd.some((word) => text.startsWith(word))
      filingSubject ||= line.kind === 'subject'
    } else if (/^[-–—]\s*\d{1,3}\s*[-–—]$/.test(raw) || /^\d{1,3}\s*\/\s*\d{1,3}$/.test(raw) || isPageLine(text)) {
      kind = 'pageNumber'
      footnotes = false
    } else if (/^(?:…|\.{2,3})\s*\/\s*(?:…|\.{2,3})$|^\.\/\.$/.test(raw)) {
      kind = 'continuation'
      footnotes = false
    } else if (/^(?:_{5,}|-{5,}|—{3,})$/.test(raw)) {
      kind = 'footnote'
      footnotes = true
    } else if (footnotes || (gap && nextFootnote(raw)) || (afterBlank && begun && line.kind === undefined && looseFootnote(raw))) {
      kind = 'footnote'
      footnotes = true
      const number = /^(\d{1,2})\s|^\((\d{1,2})\)\s/.exec(superscriptsToAscii(raw))
      if (number?.[1]) footnoteNumbers.add(number[1])
      else if (number) bracketedNumbers.add(number[2]!)
    } else if (line.kind === 'heading' || line.kind === 'identifier' || line.kind === 'headingIdentifier') {
      // Repeated at the top of a page once the text has begun; in the front matter, a heading twice is the drafter's.
      // At a page's top, a UN copy repeats the symbol alone that the first page gave after its masthead words
      // (`United Nations A/RES/78/212`), an INTERPOL copy the identifier without its heading (`Resolution No AGN/68/RES/7`).
      if (begun && (headers.has(text) || (line.kind === 'identifier' && [...headers].some((seen) => seen.endsWith(' ' + text))))) kind = 'repeatedHeader'
      // Under a page's number, or after a form feed, the identifier alone is the next page's header (the first page gave
      // it in a masthead or front matter not read as a line, or not at all): `1/3⏎A/RES/80/1`.
      else if (pageTop && line.kind === 'identifier' && headers.size + (begun ? 1 : 0) > 0) kind = 'repeatedHeader'
      headers.add(text)
      front = false
    } else if (titles.has(text) || (front && (line.kind === undefined || (line.kind === 'opening' && / - /.test(text))) && !terminatorCharacters.includes(lastVisible(line.contentStart, line.contentEnd)) && (titleWords.some((word) => findWord(text, word) >= 0) || pageTitle(index)))) {
      // A running title may open as the opening does (`الجمعية العامة للإنتربول - الدورة الـ 93 - مراكش`): its parts are
      // joined by spaced dashes, which an opening never is.
      kind = 'runningTitle'
      titles.add(text)
    } else if (line.kind !== undefined) front = false
    if (kind !== 'masthead' && (line.kind === 'opening' || line.kind === 'preambleOpener' || line.kind === 'operativeVerb' || line.kind === 'marker')) begun = true
    // The masthead goes on across its symbol line (`Distr. GÉNÉRALE⏎A/RES/52/162⏎15 janvier 1998`, 1990s copies).
    masthead = kind === 'masthead' || (masthead && !begun && line.kind === 'identifier')
    if (line.kind === 'subject' && profile.lineKind) {
      title = text.replace(/^[^ ]+ /, '')
      titleOpen = true
    }
    afterHeader = kind === 'repeatedHeader'
    if (!kind) continue
    furnitureBefore = true
    footBefore = kind === 'pageNumber' || kind === 'jobNumber'
    line.layout = kind
    line.piece = {kind, position: span(line.contentStart, line.contentEnd), removal: span(line.start, line.next)}
    pastedLayout.push(line.piece)
    if (kind === 'filing') {
      filingPieces.push(line.piece)
      // A form flattened from two columns holds the resolution's own subject among its notes (`OBJET :`, then, some
      // lines below, `Identification des armes à feu`): which line is the subject no form tells, so none is removed.
      if (filingSubject) for (const piece of filingPieces) piece.ownWords = true
    }
  }
  // The UN's typed copies of the 1990s mark a footnote `1/`, a space or more after the paragraph's mark (`Committee on
  // Information,  1/`): a form no text ends with, a marker with or without its footnote in the copy.
  const typed = /(?<=\S[,.;:،؛])( {0,3})(\d{1,2})\/$/
  for (const line of all) {
    if (line.layout || source.charAt(line.contentEnd - 1) !== '/') continue
    const match = typed.exec(source.slice(line.contentStart, line.contentEnd))
    if (!match) continue
    const at = line.contentStart + match.index
    const end = line.contentEnd
    footnoteMarkers.set(end, at)
    pastedLayout.push({kind: 'footnoteMarker', position: span(at + match[1]!.length, end), removal: span(at, end)})
  }
  if (footnoteNumbers.size === 0 && bracketedNumbers.size === 0) return
  // Markers glued to punctuation (`session,1`, `(SSOD-IV),3`), Markdown's (`report[^4]`), and one a space after the
  // paragraph's last mark (`… for 2024/25; 4`) when it is a later footnote's than the last marker (a marker the copy
  // lost, `Court 3`, may lie between), after a figure (`… in 2014, 3`) only the next one's, not in a list (`1, 2, 3`).
  // Superscript figures (`provenance,¹`, `marketplaces²`) are markers wherever they are glued to the text; so is a
  // figure in parentheses glued to a word or its mark (`assets,(1)`, `virtuels(1),`), never to a figure (`Rule 10(2)`).
  const markers = /(?<=\S[,.;:،؛»”)])(\d{1,2})(?!\d)(?=\s|$)|\[\^(\d{1,3})\]|(?<=\S[,;:،؛] )(\d{1,2})$|(?<=\S)([¹²³⁴-⁹⁰]{1,2})(?![¹²³⁴-⁹⁰])|(?<=[\p{L},.;:»”])\((\d{1,2})\)(?=[\s,.;:]|$)/gu
  let last = 0
  for (const line of all) {
    if (line.layout || line.contentStart === line.contentEnd) continue
    for (const match of source.slice(line.contentStart, line.contentEnd).matchAll(markers)) {
      const number = match[1] ?? match[2] ?? match[3] ?? match[5] ?? superscriptsToAscii(match[4]!)
      const at = line.contentStart + match.index
      // After a figure and a comma (`2014, 3`), only the next footnote's: a list of numbers goes on so (`paragraphs 2, 3`).
      if (match[5] ? !bracketedNumbers.has(number) : !footnoteNumbers.has(number) || (match[3] && (source.charAt(at - 2) === ',' && /\d/.test(source.charAt(at - 3)) ? Number(number) !== last + 1 : Number(number) <= last))) continue
      last = Number(number)
      const end = at + match[0].length
      footnoteMarkers.set(end, match[3] ? at - 1 : at)
      pastedLayout.push({kind: 'footnoteMarker', position: span(at, end), removal: span(match[3] ? at - 1 : at, end)})
    }
  }

  /**
   * Takes a table's borders off a line: `whole` when it holds nothing else, else its text is what is inside them, read
   * again, and each border (with the space beside it) is a piece of furniture.
   */
  function unborder(line: Line): 'whole' | 'text' | false {
    if (/^[|\s]+$/.test(source.slice(line.contentStart, line.contentEnd))) return 'whole'
    const space = (at: number) => source.charAt(at) === ' ' || source.charAt(at) === '\t'
    let start = line.contentStart + 1
    while (start < line.contentEnd && space(start)) start++
    const closed = source.charAt(line.contentEnd - 1) === '|'
    let end = closed ? line.contentEnd - 1 : line.contentEnd
    while (end > start && space(end - 1)) end--
    if (source.slice(start, end).includes('|')) return false
    pastedLayout.push({kind: 'tableBorder', position: span(line.contentStart, line.contentStart + 1), removal: span(line.contentStart, start)})
    if (closed) pastedLayout.push({kind: 'tableBorder', position: span(line.contentEnd - 1, line.contentEnd), removal: span(end, line.contentEnd)})
    line.contentStart = start
    line.contentEnd = end
    line.bodyStart = skipOpeningMarkup(source, start, end)
    line.kind = lineKind(c, line.bodyStart, end)
    return 'text'
  }

  /**
   * Whether the front line at `index`, above the resolution, is a web page's title: it names an identifier among
   * other words (`Résolution AGN/69/RES/2 (Français)`, `File : AGN-1992-RES-15`, `Interpol Resolution No
   * AG-2001-RES-05; September 26, 2001`), or is the line right above such a line (`September 11, 2001 : Attack on
   * America`), or a line of a word or two between two of them (the page's tab, `Transcription`).
   */
  function pageTitle(index: number): boolean {
    if (namesIdentifier(index)) return true
    const below = all[index + 1]
    if (below && below.contentStart < below.contentEnd && below.kind === undefined && namesIdentifier(index + 1)) return true
    const line = all[index]!
    if (folded.slice(line.bodyStart, line.contentEnd).split(' ').length > 2) return false
    let above = index - 1
    while (above >= 0 && all[above]!.contentStart === all[above]!.contentEnd) above--
    let after = index + 1
    while (after < all.length && all[after]!.contentStart === all[after]!.contentEnd) after++
    return above >= 0 && after < all.length && above < index - 1 && after > index + 1 && all[above]!.layout === 'runningTitle' && all[after]!.kind === undefined && namesIdentifier(after)
  }

  /** Whether a line with no kind of its own holds an identifier of the profile among its words. */
  function namesIdentifier(index: number): boolean {
    const line = all[index]!
    if (line.kind !== undefined) return false
    const words = folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 200)).split(/[\s()]+/)
    return words.length > 1 && words.some((word) => /\d/.test(word) && isIdentifierLine(profile, word))
  }

  /**
   * Whether a line is a header already seen (or its last word, the symbol of `United Nations A/RES/80/925`) and the
   * title's start, or the title's start and the header.
   */
  function headerWithTitle(title: string, text: string): boolean {
    for (const seen of headers) for (const header of new Set([seen, seen.slice(seen.lastIndexOf(' ') + 1)])) {
      if (header.length < 5) continue
      const rest = text.startsWith(header + ' ') ? text.slice(header.length) : text.endsWith(' ' + header) ? text.slice(0, -header.length) : undefined
      const words = rest?.trim()
      // The title as the title line gives it after its number, without the dash of `80/928 - …` (UN Arabic).
      if (words !== undefined && words.length >= 15 && title.replace(/^[-–—] /, '').startsWith(words)) return true
    }
    return false
  }

  /**
   * Whether a line repeats the title at a page's top: its start, or its wrapped rest under the header. A title that
   * reads as a paragraph (`Report of the International Criminal Court`) repeats it whole, its start above the symbol,
   * or its rest under the header.
   */
  function repeatsTitle(title: string, text: string, line: Line, index: number): boolean {
    if (text.length < 15) return false
    if (line.kind === undefined) return title.startsWith(text) || (afterHeader && title.includes(text))
    if (line.kind !== 'operativeVerb' && line.kind !== 'preambleOpener') return false
    return title === text || (afterHeader && title.includes(text)) || (title.startsWith(text) && aboveSymbol(index))
  }

  /** Whether the symbol line comes within the next three lines, no blank line between: the line at `index` is the header's. */
  function aboveSymbol(index: number): boolean {
    for (let next = index + 1; next <= index + 3 && next < all.length; next++) {
      const below = all[next]!
      if (below.contentStart === below.contentEnd) return false
      if (below.kind === 'identifier') return true
    }
    return false
  }

  /**
   * A footnote copied without its rule, a paragraph of its own (`1 Official Records of the General Assembly, …`, PDF text
   * copied from a viewer): its number is one glued to a paragraph's punctuation above or below (`held in 1979,1`; not a
   * decimal, `2.5`), and higher than the last such footnote's.
   */
  function looseFootnote(raw: string): boolean {
    // Its number may be a superscript figure, as Word's copies set it (`¹ See the report …`).
    const number = /^(\d{1,2}) +(?![-–.)\s\d])/.exec(superscriptsToAscii(raw))?.[1]
    if (number === undefined || Number(number) <= lastLoose) return false
    glued ??= gluedNumbers()
    if (!glued.has(number)) return false
    lastLoose = Number(number)
    return true
  }

  function gluedNumbers(): Set<string> {
    const numbers = new Set<string>()
    for (const line of all) {
      const content = source.slice(line.contentStart, line.contentEnd)
      for (const match of content.matchAll(/(?<=[^\s\d][,.;:،؛»”)]|\d[,;:،؛])(\d{1,2})(?!\d)(?=\s|$)/gu)) numbers.add(match[1]!)
      // A superscript figure glued to the text wherever it stands (`networks,¹`), as the markers read them.
      for (const match of content.matchAll(/(?<=\S)([¹²³⁴-⁹⁰]{1,2})(?![¹²³⁴-⁹⁰])/gu)) numbers.add(superscriptsToAscii(match[1]!))
      // Or a space after the paragraph's last mark (`… its tenth special session, 1`), as the markers read them.
      const spaced = /(?<=\S[,;:،؛] )(\d{1,2})$/.exec(content)
      if (spaced) numbers.add(spaced[1]!)
    }
    return numbers
  }

  /** A footnote's first line after a blank line under the rule: its number, then its text (`7 A/67/828-S/2013/210.`), not a paragraph's (`7. Decides`, `7 - تقرر`). */
  function nextFootnote(raw: string): boolean {
    const number = /^(\d{1,3}) +(?![-–.)\s])/.exec(superscriptsToAscii(raw))
    return number !== null && !footnoteNumbers.has(number[1]!)
  }

  function isPageLine(text: string): boolean {
    if (isPageMark(text)) return true
    // A page's header line: the identifier and the page mark side by side (`GA-2025-93-RES-18      Page 2/2`).
    // Both a page mark and an identifier hold a figure.
    if (text.length > 80 || !/\d/.test(text)) return false
    const {profile} = c
    const words = text.split(' ')
    for (let count = 1; count <= 4 && count < words.length; count++) {
      const head = words.slice(0, count).join(' ')
      const tail = words.slice(count).join(' ')
      if ((isPageMark(tail) && isIdentifierLine(profile, head)) || (isPageMark(head) && isIdentifierLine(profile, tail))) return true
      const end = words.slice(-count).join(' ')
      const start = words.slice(0, -count).join(' ')
      if (isPageMark(end) && isIdentifierLine(profile, start)) return true
    }
    return false
  }

  /** `Page 2`, `Page 2 of 5`, `Page 2/5`, `2/5`, `- 2 -`. */
  function isPageMark(text: string): boolean {
    if (/^[-–—] ?\d{1,3} ?[-–—]$/.test(text) || /^\d{1,3} ?\/ ?\d{1,3}$/.test(text)) return true
    const word = pageWords.find((candidate) => text.startsWith(candidate + ' '))
    if (!word) return false
    const rest = text.slice(word.length + 1).split(' ')
    if (rest.length === 1 && /^\d{1,3}(?:\/\d{1,3})?$/.test(rest[0]!)) return true
    return rest.length === 3 && /^\d{1,3}$/.test(rest[0]!) && ofWords.includes(rest[1]!) && /^\d{1,3}$/.test(rest[2]!)
  }
}

/** Stage 3, blocks: lines joined into paragraphs (hard wraps, page breaks), page furniture left out but for the holes it leaves. */
/**
 * The lines in blocks. `quotesBefore`: a quotation may open only on a line before it, set when one opened at that line
 * and no line after it closes one (`"Rule 72⏎⏎…` whose closing mark is missing): such a quotation is none, or it would
 * take the rest of the resolution into one paragraph, unchecked (and no later one could close either).
 */
function groupLines(c: Reader, all: Line[], quotesBefore = all.length, unclosed?: {opened: number; closeAt: number}): BlockLines[] {
  let separated = 0
  for (let index = 1; index < all.length; index++) {
    if (all[index]!.kind !== undefined || all[index]!.contentStart < all[index]!.contentEnd) {
      const previous = all[index - 1]!
      if (previous.contentStart === previous.contentEnd && !previous.inComment) separated++
    }
  }
  const blankSeparated = separated >= 3
  const unwrapped = !blankSeparated && oneToALine(c, all)
  const result: BlockLines[] = []
  let current: BlockLines | undefined
  let previous: Line | undefined
  for (const line of all) if (line.piece) line.piece.removal = c.span(line.start, line.next)
  keepApart(c, all)
  // Page furniture is left out: a paragraph broken by a page goes on after it, blank lines around the break included.
  let furniture: Line[] = []
  let blankBefore: Line | undefined
  /** Inside a quoted text (an amendment's wording after `to read as follows:`), until its closing mark, since which line. */
  let quoting = false
  let quoteOpened = 0
  /** The first line of the block being built, and of the one that quoted when the quotation opened. */
  let currentFirst: Line | undefined
  let quoteHost: Line | undefined
  /** Quotation marks opened and not yet closed since the quotation's first (an inner `« données »`, `"record"` counts too). */
  let depth = 0
  const comments = (line: Line): Hole[] => line.comments?.map(([from, to]) => [from, to, true] as const) ?? []
  for (const [index, line] of all.entries()) {
    if (line.inComment) continue
    if (line.layout) {
      furniture.push(line)
      continue
    }
    if (line.contentStart === line.contentEnd) {
      blankBefore ??= line
      continue
    }
    const opensQuote = openingQuotes.includes(c.source.charAt(line.bodyStart))
    // A quotation never closed ends before the next paragraph's number (read again so: `unclosed`).
    if (quoting && index === unclosed?.closeAt) quoting = false
    // A quoted text after a colon (`… to read as follows:⏎⏎"Rule 72⏎⏎The General Assembly may …";`) goes on the
    // paragraph that quotes it, its own paragraphs and blank lines included, to the line that closes the quotation.
    if (current && previous && quotes(current.kind) && (quoting || (opensQuote && index < quotesBefore && c.lastVisible(previous.contentStart, previous.contentEnd) === ':'))) {
      if (!quoting) {
        quoteOpened = index
        quoteHost = currentFirst
        depth = 0
      }
      // A quoted paragraph after the first may open with its mark again, never closed but by the last (`“The Committee …`).
      const again = quoting && opensQuote && (blankBefore !== undefined || terminatorCharacters.includes(c.lastVisible(previous.contentStart, previous.contentEnd)))
      depth += quoteBalance(c.source, again ? line.bodyStart + 1 : line.bodyStart, line.contentEnd)
      quoting = !(closesQuote(c, line) && depth <= 0)
      blankBefore = undefined
      current.end = line.contentEnd
      for (const piece of furniture) current.holes.push([piece.contentStart, piece.contentEnd])
      current.holes.push(...comments(line))
      joinAcross(c, previous, furniture, line)
      furniture = []
      previous = line
      continue
    }
    // Identifiers one to a line after a colon (`إذ تستذكر قراراتها التالية:⏎⏎GA-2023-91-RES-12،⏎⏎GA-2024-92-RES-07،`):
    // the sentence's list, as names one to a line are, not a second identifier.
    const listed = current !== undefined && previous !== undefined && !frontMatter(current.kind) && current.kind !== 'vote' && listedIdentifier(c, line, previous, current)
    if (listed) line.kind = undefined
    if (blankBefore && furniture.length === 0 && !listed && !(current && previous && brokenAtPage(c, line, previous, current)) && !(current?.kind === 'heading' && line.kind === 'headingTail')) {
      current = undefined
      previous = blankBefore
    }
    blankBefore = undefined
    const continuesVote = current?.kind === 'vote' && line.kind === undefined
    // The adoption heading's date wrapped onto the next line alone (`Resolution adopted by the General Assembly on⏎10 June
    // 2025`, a narrow PDF column), as its `on 10 June 2025` is.
    const continuesHeading = current?.kind === 'heading' && (line.kind === 'headingTail' || (line.kind === undefined && c.profile.lineKind !== undefined && dateAlone.test(c.folded.slice(line.bodyStart, line.contentEnd))))
    if (line.kind === 'headingTail' && !continuesHeading) line.kind = undefined
    const endsOpening = current?.kind === 'opening' && previous !== undefined && openingEnded(c, current.start, previous)
    const endsPreamble = (current?.kind === 'preambleOpener' || current?.kind === undefined) && previous !== undefined && opensOperative(c, all, index, previous)
    // A part's title is the one line under its numeral, before its first paragraph (`II⏎Conference services⏎Noting …`).
    const endsTitle = current !== undefined && current.kind === undefined && result.at(-2)?.kind === 'partHeading' && line.kind !== undefined
    // A hard wrap before an identifier in a sentence (`… the adoption of resolution⏎AGN/65/RES/8,`): the line goes on
    // the paragraph, as it does after a word in lower case and no mark, not a second identifier (the line just above,
    // no blank line or furniture between).
    if (current && previous && !frontMatter(current.kind) && current.kind !== 'vote' && all[index - 1] === previous && wrappedIdentifier(c, line, previous)) line.kind = undefined
    if (!current || !previous || (!continuesHeading && ((!continuesVote && (startsBlock(c, line, previous, blankSeparated, unwrapped) || endsOpening || endsPreamble || endsTitle)) || current.kind === 'identifier' || current.kind === 'heading' || current.kind === 'headingIdentifier' || current.kind === 'annex' || current.kind === 'partHeading'))) {
      current = {kind: line.kind, start: line.bodyStart, end: line.contentEnd, holes: comments(line)}
      currentFirst = line
      result.push(current)
    } else {
      current.end = line.contentEnd
      for (const piece of furniture) current.holes.push([piece.contentStart, piece.contentEnd])
      current.holes.push(...comments(line))
      joinAcross(c, previous, furniture, line)
    }
    furniture = []
    previous = line
  }
  if (!quoting) return result
  // Never closed: it is told, and read again as ending before the next numbered paragraph, vote line or operative verb
  // in capitals (`… as follows:⏎“Rule 2⏎The Committee shall meet.;⏎2. Also decides …`), so that only the mark is
  // reported, not every paragraph after it; with none, or another quotation never closed after it, it quotes nothing
  // (read again with no quotation opening from its line on).
  const first = unclosed?.opened ?? quoteOpened
  const opened = all[first]!.bodyStart
  c.unclosedQuote = c.span(opened, opened + 1)
  if (!unclosed) {
    // The paragraph after the quoting one: numbered next (a quoted text may number its own paragraphs `1.`), or, the
    // quoting one unnumbered, an operative verb in capitals, known or by its form (`FIXE au …`); or the vote.
    const host = quoteHost?.kind === 'marker' ? c.readMarker(quoteHost.bodyStart, quoteHost.contentEnd)?.ordinal : undefined
    const next = (candidate: Line) =>
      candidate.kind === 'vote' ||
      (host !== undefined
        ? candidate.kind === 'marker' && c.readMarker(candidate.bodyStart, candidate.contentEnd)?.ordinal === host + 1
        : (candidate.kind === 'operativeVerb' && c.capitalWord(candidate.bodyStart)) || (candidate.kind === undefined && capitalOpener(c, candidate.bodyStart, candidate.contentEnd)))
    const closeAt = all.findIndex((candidate, at) => at > first && candidate.layout === undefined && next(candidate))
    if (closeAt > first) return groupLines(c, all, quotesBefore, {opened: first, closeAt})
  }
  return groupLines(c, all, first)
}

/**
 * A footnote stays when `--fix` removes the page's furniture (its removal is a quick fix the drafter picks): the
 * furniture between it and the text under it, no blank line between (`1 Resolución …⏎Página 1 de 2⏎b) informe …`),
 * goes but for its last line's break, left an empty line, so that the text does not go on the footnote.
 */
function keepApart(c: Reader, all: readonly Line[]) {
  for (let index = 0; index < all.length; index++) {
    if (all[index]!.layout !== 'footnote') continue
    let end = index + 1
    while (end < all.length && all[end]!.layout !== undefined && all[end]!.layout !== 'footnote' && all[end]!.layout !== 'footnoteMarker') end++
    const next = all[end]
    const last = all[end - 1]!
    if (end === index + 1 || !next || next.layout !== undefined || next.contentStart === next.contentEnd || !last.piece || last.layout === 'masthead' || c.profile.ownLayout?.includes(last.layout!)) continue
    const breakLength = c.source.charAt(last.next - 1) === '\n' && c.source.charAt(last.next - 2) === '\r' ? 2 : 1
    last.piece.removal = c.span(last.start, last.next - breakLength)
  }
}

/**
 * Page furniture that interrupts a paragraph (`… of 12 November⏎⏎A/RES/80/4⏎<title>⏎⏎2/2⏎⏎1996, …`): its removal takes
 * the blank lines around it too, so that the paragraph's halves are one paragraph again, a line break between them
 * (`… of 12 November⏎1996, …`), as the check read them. Only when every piece between them is removed by `--fix`: a
 * footnote (the profile's own, UN, or one the drafter removes by hand) stays where it is, and so do the blank lines.
 */
function joinAcross(c: Reader, before: Line, furniture: readonly Line[], after: Line) {
  // A footnote stays too: its removal is a quick fix the drafter picks, never `--fix`'s (`keepApart`).
  if (furniture.length === 0 || furniture.some((line) => !line.piece || line.layout === 'masthead' || line.layout === 'footnote' || c.profile.ownLayout?.includes(line.layout!))) return
  furniture.forEach((line, index) => {
    const start = index === 0 ? before.next : line.start
    const end = index === furniture.length - 1 ? after.start : furniture[index + 1]!.start
    line.piece!.removal = c.span(start, end)
  })
}

/** A date alone on its line, folded (`10 june 2025`, `1er juin 2025`, `10 de junio de 2025`). */
const dateAlone = /^\d{1,2}(?:er)? (?:de )?[a-z]{3,10} (?:de )?\d{4}$/

/**
 * Whether a line read as an identifier (`GA-2019-88-RES-14,`) or as a heading with one (`resolution AGN/65/RES/8,`)
 * is a sentence's wrapped rest: the line before ends in a word in lower case, no mark after it.
 */
function wrappedIdentifier(c: Reader, line: Line, previous: Line): boolean {
  if (line.kind !== 'identifier' && line.kind !== 'headingIdentifier' && line.kind !== 'heading') return false
  if (previous.contentStart === previous.contentEnd) return false
  const last = c.lastVisible(previous.contentStart, previous.contentEnd)
  return last !== last.toUpperCase() && !terminatorCharacters.includes(last)
}

/**
 * Whether a line read as an identifier is one of a list after a colon: the identifier alone (maybe led by `و`) and its
 * list's mark, after the colon or another such line (`… التالية:⏎GA-2023-91-RES-12،⏎وGA-2024-92-RES-07،`).
 */
function listedIdentifier(c: Reader, line: Line, previous: Line, current: BlockLines): boolean {
  if (line.kind !== 'identifier' && line.kind !== undefined) return false
  const text = c.folded.slice(line.bodyStart, line.contentEnd).trim()
  const before = c.folded.slice(current.start, previous.contentEnd).trimEnd()
  // Only identifiers since the colon, this line's too, whatever marks part them (`،`, `؛`, none) and the last's (none:
  // the paragraph's missing terminator, told as such): `GA-2021-89-RES-11،⏎⏎GA-2022-90-RES-01، و⏎⏎GA-2023-91-RES-12`.
  const colon = before.lastIndexOf(':')
  if (colon >= 0 && identifiersOnly(c, text, true) && identifiersOnly(c, before.slice(colon + 1), false)) return true
  if (line.kind !== 'identifier') return false
  const last = c.lastVisible(previous.contentStart, previous.contentEnd)
  if (last !== ':' && last !== ',' && last !== '،') return false
  return /[,،;؛.]$/.test(text) && !text.includes(' ') && namesSinceColon(before)
}

/**
 * Whether a text (folded) holds identifiers only (`GA-2021-89-RES-11، وGA-2022-90-RES-01،`), with list marks and the
 * language's conjunctions (`و`, glued or not; `and`), one identifier at least when `some`.
 */
function identifiersOnly(c: Reader, text: string, some: boolean): boolean {
  const conjunctions = c.languageInfo.citations.conjunctions
  let identifiers = 0
  for (const token of text.split(/[\s,،;؛.]+/)) {
    if (token === '' || conjunctions.includes(token)) continue
    const glued = conjunctions.find((conjunction) => conjunction.length === 1 && token.startsWith(conjunction) && isIdentifierLine(c.profile, token.slice(1)))
    if (!glued && !isIdentifierLine(c.profile, token)) return false
    identifiers++
  }
  return !some || identifiers > 0
}

/** A line that opens the resolution's text or one of its paragraphs: no filing note goes on past it. */
function opensText(kind: LineKind | undefined): boolean {
  return kind === 'opening' || kind === 'preambleOpener' || kind === 'operativeVerb' || kind === 'marker'
}

/** Whether a block of `kind` may quote a text: a paragraph or an item, not the front matter, the opening or the vote. */
function quotes(kind: LineKind | undefined): boolean {
  return kind === undefined || kind === 'marker' || kind === 'subMarker' || kind === 'operativeVerb' || kind === 'preambleOpener' || kind === 'item'
}

/** Whether a character of the text (not folded) is a small letter or an Arabic one: `a.` and `أ.` mark items, `A.` and `I.` head parts. */
function smallLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() || isArabic(ch)
}

/** Quotation marks that open a quoted text, and those that close one. */
const openingQuotes = '"“«„'
const closingQuotes = '"”»'

/**
 * Quotation marks opened less those closed in `[start, end)`: `“`, `«`, `„` open and `”`, `»` close; a straight `"`
 * opens at a word's start (after a space, a bracket or the line's start) and closes elsewhere (`the term "record"`).
 */
function quoteBalance(source: string, start: number, end: number): number {
  let balance = 0
  for (let index = start; index < end; index++) {
    const ch = source.charAt(index)
    if (ch === '"') balance += index === start || /[\s([{\u2014\u2013-]/u.test(source.charAt(index - 1)) ? 1 : -1
    else if (openingQuotes.includes(ch)) balance++
    else if (closingQuotes.includes(ch)) balance--
  }
  return balance
}

/** Whether a line ends a quotation: its last mark a closing quotation mark, maybe before a paragraph's terminator (`…";`, `….”`, `» ;`). */
function closesQuote(c: Reader, line: Line): boolean {
  let end = line.contentEnd
  while (end > line.contentStart && (terminatorCharacters.includes(c.source.charAt(end - 1)) || blank(c.source.charAt(end - 1)) || closingMarkup.includes(c.source.charAt(end - 1)))) end--
  return end > line.bodyStart + 1 && closingQuotes.includes(c.source.charAt(end - 1))
}

/**
 * A paragraph broken at a PDF page end by a blank line (`… of the⏎⏎threat or use of force …`):
 * the first part ends no paragraph, and the next starts in lower case, mid-sentence, or the first
 * part ends with a short lower-case word (`… Production and⏎⏎Stockpiling of …`, `for the⏎⏎Treaty`).
 * A script without letter case (Arabic) cannot tell: there the next line goes on with the paragraph
 * when it opens with no number and no opener, by the lexicon or by its form (`وإذ`, `… منها`).
 */
function brokenAtPage(c: Reader, line: Line, previous: Line, current: BlockLines): boolean {
  const {source, lastVisible} = c
  if (line.markdownHeading || previous.markdownHeading) return false
  const last = lastVisible(previous.contentStart, previous.contentEnd)
  // After a line without a mark, a line in lower case goes on the sentence though its first word reads as an opener or
  // a verb (`… and⏎⏎reiterates its request`, `… in the⏎⏎report of the Group`): no paragraph opens in lower case.
  // So does one after the comma of a long paragraph (`… consisting of 21 members,⏎⏎participating in their personal
  // capacity …`; a short one may be followed by a paragraph short of its opener), and a capitalised one after an article
  // or a preposition (`… to the⏎⏎Register in addition …`).
  const afterComma = last === ',' && previous.contentEnd - current.start >= 80 && !frontMatter(current.kind) && current.kind !== 'vote'
  if (line.kind !== undefined) {
    if ((line.kind !== 'preambleOpener' && line.kind !== 'operativeVerb') || frontMatter(current.kind) || current.kind === 'vote') return false
    const first = source.charAt(line.bodyStart)
    if (first !== first.toUpperCase()) return !terminatorCharacters.includes(last) || afterComma
    return !terminatorCharacters.includes(last) && endsWithArticle(source.slice(Math.max(previous.contentStart, previous.contentEnd - 5), previous.contentEnd))
  }
  if (afterComma) {
    const first = source.charAt(line.bodyStart)
    if (first !== first.toUpperCase()) return true
  }
  // Arabic names set apart after a colon (`… البلدان التالية:⏎⏎الأردن، والبحرين، وقطر،⏎⏎على استضافتها …`), as a Word
  // paragraph of their own: the names and the words after them go on the sentence, unless those open a paragraph.
  if (last === ':' && arabicNames(source.slice(line.bodyStart, line.contentEnd))) return true
  // One name to a line (`… المقدمة من:⏎⏎الأردن،⏎⏎البحرين،⏎⏎تونس،`): a short part and its comma after the colon or such names.
  if ((last === ':' || last === '،') && (oneName(source.slice(line.bodyStart, line.contentEnd)) || (last === '،' && lastName(source.slice(line.bodyStart, line.contentEnd)))) && !opensByForm(c, line, false) && namesSinceColon(foldForMatch(source.slice(current.start, previous.contentEnd)))) return true
  if (current.start < previous.bodyStart && (arabicNames(source.slice(previous.bodyStart, previous.contentEnd)) || oneName(source.slice(previous.bodyStart, previous.contentEnd))) && namesSinceColon(foldForMatch(source.slice(current.start, previous.contentStart)).trimEnd())) {
    return !opensByForm(c, line)
  }
  if (terminatorCharacters.includes(last)) return false
  const first = source.charAt(line.bodyStart)
  if (first !== first.toUpperCase() || /(?:^|\s)\p{Ll}{1,3}$/u.test(source.slice(Math.max(previous.contentStart, previous.contentEnd - 4), previous.contentEnd))) return true
  if (first !== first.toLowerCase() && /\p{Lu}/u.test(first) && splitName(c, line, previous, current)) return true
  if (first !== first.toLowerCase() || !/\p{L}/u.test(first) || frontMatter(current.kind) || current.kind === 'vote') return false
  return opensNoPreamble(c, line)
}

/**
 * Whether a line opens no preamble paragraph: no opener's form, or a word of an opener's form the lexicon lacks before
 * a capitalised word, which goes on a name (`… the International⏎⏎Tracing Instrument, …`): a paragraph's opener is
 * followed by its object in lower case (`Tracing the routes …`).
 */
function opensNoPreamble(c: Reader, line: Line): boolean {
  const {source, folded, languageInfo} = c
  const {words} = leadWords(folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
  if (!languageInfo.grammar.read(words).some((reading) => reading.class === 'preamble' && !reading.guess)) return true
  return line.kind === undefined && /^\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}/u.test(source.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
}

/** Whether a line's end is a short word in lower case that is no conjunction (`the`, `of`, `to`, `de`): an article or a preposition. */
function endsWithArticle(end: string): boolean {
  const word = /(?:^|\s)(\p{Ll}{1,3})$/u.exec(end)?.[1]
  return word !== undefined && !conjunctions.has(word)
}

/** Conjunctions that end an item (`; and`, `, et`, `; y`, `; o`): a line ending with one ends a sentence's member. */
const conjunctions = new Set(['and', 'or', 'nor', 'et', 'ou', 'ni', 'y', 'e', 'o', 'u'])

/**
 * Whether a capitalised line goes on a name split across a page's blank line (`… the Final⏎⏎Documents of …`, `…
 * Winter⏎⏎Games, as …`): the paragraph's line ends with a capitalised word and no mark, the paragraph is no short
 * title, and the line opens nothing: no opener's form, or one the lexicon lacks before a capitalised word.
 */
function splitName(c: Reader, line: Line, previous: Line, current: BlockLines): boolean {
  const {source} = c
  if (current.kind !== 'marker' && current.kind !== 'preambleOpener' && current.kind !== 'operativeVerb' && current.kind !== 'subMarker') return false
  if (previous.contentEnd - current.start <= 60 || !/\s\p{Lu}\p{Ll}+$/u.test(source.slice(Math.max(previous.contentStart, previous.contentEnd - 30), previous.contentEnd))) return false
  return opensNoPreamble(c, line)
}

/**
 * Whether a text of a Latin script gives each paragraph on one line, with no blank line between (a copy from Word,
 * an extractor's): five lines or more, and none going on in lower case from a line without a terminator, as a
 * hard-wrapped text's lines do (`… from 24⏎to 27 November …`). Items (`a) de choisir …`) and furniture do not count.
 */
function oneToALine(c: Reader, all: Line[]): boolean {
  const {source, languageInfo, lastVisible} = c
  if (languageInfo.script !== 'Latin') return false
  let lines = 0
  let before: Line | undefined
  for (const line of all) {
    if (line.layout) continue
    if (line.contentStart === line.contentEnd) {
      before = undefined
      continue
    }
    lines++
    const first = source.charAt(line.bodyStart)
    if (before && line.kind === undefined && first !== first.toUpperCase() && !terminatorCharacters.includes(lastVisible(before.contentStart, before.contentEnd))) return false
    before = line
  }
  return lines >= 5
}

/**
 * Whether a line, in a text of one paragraph to a line, opens a paragraph by the form of its first word (a participle,
 * an adjective, a present-tense verb; not a guess): `Thankful for the report …,` after a paragraph's comma. A line of
 * names (`United Kingdom and Norway,`) goes on the sentence; so does a past participle's form before a capital
 * (`United Nations …`), and, after no mark, any form before one (`… into⏎United Nations`, `… of⏎Recalling Day`).
 */
function formOpener(c: Reader, line: Line, afterMark: boolean): boolean {
  const {source, folded, languageInfo} = c
  const first = source.charAt(line.bodyStart)
  if (first === first.toLowerCase()) return false
  const text = source.slice(line.bodyStart, line.contentEnd)
  if (namesLine(text) || namesList(text)) return false
  const {words} = leadWords(folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
  if (!languageInfo.grammar.read(words).some((reading) => (reading.class === 'preamble' || reading.class === 'finite') && !reading.guess)) return false
  const second = /^\S+\s+(\S)/u.exec(text)?.[1] ?? ''
  return second === second.toLowerCase() || (afterMark && !words[0]!.endsWith('ed'))
}

/** Whether a line starts further in than the one before it (`       Heartened by …` under `       and 79/260 …,`). */
function indented(line: Line, previous: Line): boolean {
  return line.contentStart - line.start > previous.contentStart - previous.start + 2
}

function startsBlock(c: Reader, line: Line, previous: Line, blankSeparated: boolean, unwrapped = false): boolean {
  const {source, folded, lastVisible, readMarker, endsItem, capitalWord} = c
  const {openingTails} = c.wording
  if (line.markdownHeading || previous.markdownHeading) return true
  const last = lastVisible(previous.contentStart, previous.contentEnd)
  const endsParagraph = terminatorCharacters.includes(last)
  // A comma ends clauses as often as paragraphs: after one, only a known opener starts a new paragraph.
  const endsSentence = endsParagraph && last !== ',' && last !== '،'
  const first = source.charAt(line.bodyStart)
  const lowerLatin = first !== first.toUpperCase()
  // A bullet alone on its line is followed by its item's text; so are a number alone (`1.⏎Toma nota …`, PDF copies)
  // or an item's letter alone (`(a)⏎The State of Palestine …`), and a UN title's number (`59/309.⏎Multilingüismo`).
  if (previous.contentEnd - previous.bodyStart === 1 && listMarkerCharacters.includes(source.charAt(previous.bodyStart))) return false
  if ((previous.kind === 'marker' || previous.kind === 'subMarker') && !line.markdownHeading && readMarker(previous.bodyStart, previous.contentEnd)?.position.end.offset === previous.contentEnd) return false
  if (previous.kind === 'subject' && line.kind === undefined && /^\d{1,3}\/\d{1,4}\.$/.test(source.slice(previous.bodyStart, previous.contentEnd))) return false
  // Names run in after a colon (`… designados por los Gobiernos de:⏎Argentina, Bélgica, Canadá, …`, 102 (I)) go on
  // the sentence: no paragraph opens with a list of names.
  if (last === ':' && line.kind === undefined) {
    const text = source.slice(line.bodyStart, line.contentEnd)
    if (namesList(text) || namesLine(text) || arabicNames(text)) return false
  }
  switch (line.kind) {
    case undefined:
      // An opener the lexicon lacks starts a paragraph when written in capitals, as the profile writes openers (`HEEDFUL of`, `RECEIVES the`).
      // In a text of one paragraph to a line, or on a line set in further than the one before (a first line's indent,
      // pdftotext's layout), one whose form reads as an opener's (`Thankful for`), after a comma, or, its terminator
      // missing, with a word in lower case after it (`Undeterred by`, not `… programmes into⏎United Nations …`).
      if ((unwrapped || indented(line, previous)) && formOpener(c, line, endsParagraph)) return true
      return (endsSentence && !blankSeparated && !lowerLatin) || (endsParagraph && capitalOpener(c, line.bodyStart, line.contentEnd))
    case 'preambleOpener':
    case 'operativeVerb':
      // An opener in capitals (`CALLS UPON`) starts a paragraph even after a line without a terminator.
      if (capitalWord(line.bodyStart)) return !lowerLatin
      // In a text of blank-line separated paragraphs, a line after a comma whose first word has only a bare verb's form
      // (`… the Programme of Action to Prevent,⏎Combat and Eradicate the Illicit Trade …`, a title's words) is a hard wrap:
      // such a form opens no paragraph there, neither a preamble one nor one of the operative part's own.
      if (blankSeparated && last === ',' && !openerForm(c, line)) return false
      return endsParagraph && !lowerLatin
    case 'item':
      // A dash starting a wrapped line is punctuation; an item follows a colon or the end of an item (`;`, `; and`, `, et`).
      return endsParagraph || endsItem(previous.contentStart, previous.contentEnd)
    case 'opening':
      // `… adopted by⏎the General Assembly at …`: a wrapped line, not a second opening; so is `الجمعية العامة` without its `إن`.
      if (lowerLatin) return false
      return endsParagraph || frontMatter(previous.kind) || !openingTails.some((form) => folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 60)).startsWith(form))
    default:
      return true
  }
}

/**
 * Whether a line opens with a list of names: three or more of them, separated by commas, each a few words opening
 * with a capital (the last may follow `and`, `y`, `et`, `e`), as a run-in list of countries is written. Scripts
 * without case never read so.
 */
function namesList(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim())
  if (parts.at(-1) === '') parts.pop()
  if (parts.length < 3) return false
  // The line may wrap inside the last name or the text after the list: only the names before the last comma count.
  return parts.slice(0, -1).every((part) => {
    const words = part.replace(/^(?:and|y|e|et) /, '').split(' ')
    const first = words[0]!.charAt(0)
    return words.length <= 6 && first !== first.toLowerCase() && first === first.toUpperCase()
  })
}

/**
 * Whether a whole line is two names or more and its comma (`Brazil and Norway,`, `Chile, Ghana y Noruega,`), joined
 * by commas or `and`, `y`, `et`, `e`, each word a capital's or a short word between (`Republic of Korea`), none in
 * capitals (an opener the profile writes so: `HEARTENED and EMBOLDENED by …,`). Scripts without case never read so.
 */
function namesLine(text: string): boolean {
  if (!text.endsWith(',')) return false
  const names = text.slice(0, -1).split(',').flatMap((part) => part.trim().split(/ (?:and|y|et|e) /))
  return names.length >= 2 && names.every((name) => {
    const words = name.split(' ')
    if (words.length > 6 || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return false
    return words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Ll}{1,3}$/u.test(word) || /^\p{Lu}$/u.test(word))
  })
}

/**
 * Whether a whole line is an Arabic list of names and its comma (`إكوادور، وبنن، وتايلند،`): two names or more, each of
 * a few words, every one after the first joined by `و`, as Arabic lists countries. Arabic has no capitals to tell a
 * name: the `و` on every name after the first, the short parts and the comma (the sentence goes on) do. Not a line
 * ending a paragraph or an item (`تبادل المعلومات، والخبرات؛` is an item under its chapeau).
 */
/**
 * Whether an Arabic line opens a paragraph by its form: a verb (unless `verbs` is false: a name alone on its line may
 * read as one, `تونس`), `وإذ …`, `… منها`, a `و`-led verbal noun or preposition. Where a name is expected (`verbs`
 * false), a word of one accusative adverb's form (`وإدراكا`, `وعملا`) opens one only before its complement, `منها`, a
 * preposition or a noun with the article and `ب` / `ل` (`وعملا بالمادة`): so do many names (`وتركيا،`, `وغينيا الاستوائية،`).
 */
/** Whether a line's first words have a preamble opener's or a present-tense verb's form, not a guess (`Noting`, `Decides`; not `Combat`). */
function openerForm(c: Reader, line: Line): boolean {
  const {words} = leadWords(c.folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
  return c.languageInfo.grammar.read(words).some((reading) => (reading.class === 'preamble' || reading.class === 'finite') && !reading.guess)
}

function opensByForm(c: Reader, line: Line, verbs = true): boolean {
  const {words} = leadWords(c.folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
  const next = words[1] ?? ''
  const complement = next === 'منها' || c.languageInfo.openerPrepositions.has(next) || /^(?:بال|لل)/.test(next)
  return c.languageInfo.grammar
    .read(words)
    .some((reading) => (verbs && reading.class === 'finite') || (reading.class === 'preamble' && (reading.words > 1 || (words[0]!.startsWith('و') && (verbs || complement || !/ا$/.test(words[0]!))))))
}

/** Whether a whole Arabic line is one name and its comma (`الأردن،`, `الإمارات العربية المتحدة،`). */
function oneName(text: string): boolean {
  const folded = foldForMatch(text)
  return isArabic(folded.charAt(0)) && /^[^،,؛;:.]+[،,]$/.test(folded) && folded.split(' ').length <= 4
}

/**
 * Whether a whole Arabic line is the last of names one to a line, joined by `و` and ending the paragraph
 * (`… التالية:⏎⏎تونس،⏎⏎وتركيا،⏎⏎وتايلند؛`): after a name's comma only, so that an item under a chapeau (`تبادل المعلومات؛`) stays one.
 */
function lastName(text: string): boolean {
  const folded = foldForMatch(text)
  return folded.startsWith('و') && /^[^،,؛;:.]+[؛;.]$/.test(folded) && folded.split(' ').length <= 4
}

/** Whether a block's folded text ends with a colon, maybe followed by names one to a line (`… من: الأردن، البحرين،`). */
function namesSinceColon(folded: string): boolean {
  const colon = folded.lastIndexOf(':')
  if (colon < 0) return false
  const rest = folded.slice(colon + 1).trim()
  return rest === '' || rest.split(/[،,]/).every((part, index, parts) => (index === parts.length - 1 ? part.trim() === '' : part.trim() !== '' && part.trim().split(' ').length <= 4))
}

function arabicNames(text: string): boolean {
  const folded = foldForMatch(text)
  if (!isArabic(folded.charAt(0)) || !/[،,]$/.test(folded)) return false
  const parts = folded.slice(0, -1).split(/[،,]/).map((part) => part.trim())
  return parts.length >= 2 && parts.every((part, index) => part !== '' && part.split(' ').length <= 7 && (index === 0 || part.startsWith('و')))
}

/**
 * Whether a line opens with a word in capitals whose form is an opener's (a participle, an adjective, a
 * present-tense verb: not a guess such as an acronym), in a language whose openers the profile writes in capitals.
 */
function capitalOpener(c: Reader, start: number, end: number): boolean {
  const {source, profile, language, languageInfo, folded} = c
  if (!profile.upperCaseOpeners[language]) return false
  let index = start
  while (index < end && /[\p{Lu}'’-]/u.test(source.charAt(index))) index++
  if (index - start < 3 || source.charAt(index) !== ' ') return false
  const {words} = leadWords(folded.slice(start, Math.min(end, start + 80)))
  return languageInfo.grammar.read(words).some((reading) => (reading.class === 'preamble' || reading.class === 'finite') && !reading.guess)
}

/** Whether an opening ends at line `last`: the line ends with a terminator and the opening has given its session and its year. */
function openingEnded(c: Reader, start: number, last: Line): boolean {
  const {folded, lastVisible, sessionIn} = c
  if (!terminatorCharacters.includes(lastVisible(last.contentStart, last.contentEnd))) return false
  const text = folded.slice(start, last.contentEnd)
  return /(?:^|\D)\d{4}(?:\D|$)/.test(text) && sessionIn(text) !== undefined
}

/**
 * Whether line `index`, after a preamble paragraph ended by the preamble's terminator, opens the operative part: it
 * opens with a present-tense verb by its form and its sentence ends as an operative paragraph does. Arabic has no
 * letter case to tell an unnumbered operative verb from a hard-wrapped line (`…،⏎تنصح البلدان … العملة⏎المزيفة؛`);
 * read as one paragraph, it would be a preamble paragraph ending with `؛`.
 */
function opensOperative(c: Reader, all: Line[], index: number, previous: Line): boolean {
  const {source, profile, language, languageInfo, folded, lastVisible} = c
  const line = all[index]!
  const marks = profile.terminators[language]
  if (line.kind !== undefined || lastVisible(previous.contentStart, previous.contentEnd) !== marks.preamble) return false
  const first = source.charAt(line.bodyStart)
  if (first !== first.toUpperCase()) return false
  const {words} = leadWords(folded.slice(line.bodyStart, Math.min(line.contentEnd, line.bodyStart + 80)))
  if (!languageInfo.grammar.read(words).some((reading) => reading.class === 'finite' && !reading.guess)) return false
  // The sentence it starts: up to the first line ending with a terminator, within the block (no blank line, no new part).
  for (let at = index; at < all.length; at++) {
    const next = all[at]!
    if (next.layout) continue
    if (next.contentStart === next.contentEnd || (at > index && next.kind !== undefined)) return false
    const last = lastVisible(next.contentStart, next.contentEnd)
    if (terminatorCharacters.includes(last)) return last === marks.operative || last === marks.last
  }
  return false
}

function frontMatter(kind: LineKind | undefined): boolean {
  return kind === 'heading' || kind === 'identifier' || kind === 'headingIdentifier' || kind === 'subject'
}

/**
 * Stage 4, classification: each block's part, by its first words and its place (front matter, preamble,
 * operative part, closing), and its node, added to its section or to the list of the paragraph before.
 */
function classify(c: Reader, all: BlockLines[]): Block[] {
  const {source, profile, language, folded, point, span, trimClosingMarkup, readMarker, skipSpace, paragraphChildren, labelled, openingChildren, voteChildren, text, unknown} = c
  const {headingLabels, subjectLabels} = c.wording
  const result: Block[] = []
  let state: 'front' | 'preamble' | 'operative' | 'closing' | 'annex' = 'front'
  /** The annex being read: after its heading, every block is its text. */
  let annex: Annex | undefined
  /** The last part heading (a resolution in parts). */
  let part: PartHeading | undefined
  let preamble: Preamble | undefined
  let operative: Operative | undefined
  let closing: Closing | undefined
  let lastParagraph: OperativeParagraph | undefined
  /** The list inside a paragraph being read: the paragraph, its section, and the items of each level so far. */
  let list: {parent: ListParent; section: Preamble | Operative; kind: 'preamble' | 'operative'; levels: Array<{family: string; last: Subparagraph}>} | undefined

  /** A part opens (under its numeral, or a subheading): its own preamble and operative part follow. */
  function openPart(heading: PartHeading): void {
    part = heading
    result.push(heading)
    state = 'preamble'
    preamble = undefined
    operative = undefined
    lastParagraph = undefined
    list = undefined
  }

  for (const [index, block] of all.entries()) {
    const {start, end} = block
    // An annex follows the closing (or the operative part of a draft not yet voted on), and holds the rest. After the
    // closing, its heading may run into its title (`Annex Declaration of the Friends of the Sea`, PDF copies).
    if ((block.kind === 'annex' && (state === 'closing' || state === 'operative' || state === 'annex')) || (state === 'closing' && block.kind === undefined && annexRunIn(c, start, end))) {
      state = 'annex'
      const contentEnd = trimClosingMarkup(start, end)
      annex = {type: 'annex', children: [{type: 'label', value: source.slice(start, contentEnd), position: span(start, contentEnd)}], position: span(start, end)}
      result.push(annex)
      list = undefined
      continue
    }
    if (annex) {
      annex.children.push({type: 'annexParagraph', children: c.inline(start, trimClosingMarkup(start, end), block.holes), position: span(start, end)})
      annex.position.end = point(end)
      continue
    }
    // A part's numeral, after the opening: the part starts again with its preamble (or its operative paragraphs). A part's
    // letter may come before it: each lettered part has its own opening (`A⏎Information in the service of humanity⏎The
    // General Assembly,`), as each is a resolution of its own under one number (A/RES/50/31 A and B).
    const opensPart = state === 'front' && (all[index + 1]?.kind === 'opening' || all[index + 2]?.kind === 'opening')
    if (block.kind === 'partHeading' && ((state !== 'front' && state !== 'closing') || opensPart)) {
      const heading = partHeading(c, start, end)
      const contentEnd = trimClosingMarkup(start, end)
      const labelEnd = Math.min(heading?.labelEnd ?? contentEnd, contentEnd)
      const opened: PartHeading = {type: 'partHeading', number: heading?.number ?? 0, lettered: heading?.lettered ?? false, children: [{type: 'label', value: source.slice(start, labelEnd), position: span(start, labelEnd)}], position: span(start, end)}
      // Its title on the numeral's line (`أولا - أحكام عامة`).
      const titleStart = skipSpace(labelEnd, contentEnd)
      if (titleStart < contentEnd) opened.children.push(text(titleStart, contentEnd))
      openPart(opened)
      continue
    }
    // Its title: the line under the numeral, or a few (`Meetings management, including the calendar of⏎conferences and
    // meetings`), none ending with a paragraph's mark; though it open with a known verb or verbal noun (`أولا⏎⏎التعاون
    // الدولي`, as the lexicon knows `التعاون` under a chapeau: the part's operative paragraphs are numbered). Not with
    // a preamble opener: that is a preamble paragraph short of its comma (`II⏎Recalling its resolution 79/201⏎2. …`).
    if (part && result.at(-1) === part && part.children.length === 1 && (block.kind === undefined || block.kind === 'operativeVerb') && isPartTitle(c, start, end)) {
      part.children.push(text(start, trimClosingMarkup(start, end)))
      part.position.end = point(end)
      continue
    }
    // A subheading between paragraphs (`Peacebuilding financing` between operative paragraphs 12 and 13): a part's
    // title without a numeral. The paragraphs around it go on, their numbering too.
    if ((state === 'preamble' || state === 'operative') && isSubheading(c, block, all[index - 1], all[index + 1])) {
      openPart({type: 'partHeading', number: 0, lettered: false, children: [text(start, trimClosingMarkup(start, end))], position: span(start, end)})
      continue
    }
    if (!list && block.kind === 'subMarker' && lastParagraph && operative) list = {parent: lastParagraph, section: operative, kind: 'operative', levels: []}
    if (list && isItem(block)) {
      addItem(list, start, end, block.holes)
      continue
    }
    list = undefined
    let kind = block.kind ?? fallbackKind(c, block, state, all[index + 1])
    // A bullet outside a list, or an annex's heading before the closing, is read by its place.
    // A bulleted paragraph before the preamble (`• WHEREAS …` under the subject) is the kind its words say.
    if (kind === 'item' && state === 'front') kind = afterBulletKind(c, block) ?? kind
    if (kind === 'item' || kind === 'annex' || kind === 'partHeading') kind = fallbackKind(c, block, state, all[index + 1])
    // A title line (`Exchange of police information …`, `تبادل المعلومات …`) may start with a verb's form: it is still the title.
    if ((kind === 'operativeVerb' || kind === 'preambleOpener') && state === 'front' && isTitleLine(c, block, result)) kind = 'unknown'
    if (kind !== 'preambleOpener') preamble = undefined
    if (kind !== 'marker' && kind !== 'subMarker' && kind !== 'operativeVerb' && kind !== 'chapeau') operative = undefined
    if (kind !== 'vote') closing = undefined
    if (kind !== 'marker' && kind !== 'subMarker') lastParagraph = undefined

    switch (kind) {
      case 'heading': {
        const children = labelled(start, end, headingLabels)
        const number = children.length > 1 ? Number.parseInt(foldForMatch((children[1] as Text).value), 10) : Number.NaN
        result.push({type: 'heading', children, number: Number.isNaN(number) ? undefined : number, position: span(start, end)})
        break
      }
      case 'identifier': {
        const identifier: Identifier = {type: 'identifier', children: scanInline(source, start, trimClosingMarkup(start, end), language, point, profile, folded), position: span(start, end)}
        c.era ??= eraOf(profile, identifier)
        result.push(identifier)
        break
      }
      case 'headingIdentifier': {
        // Two blocks on one line: a heading of the label alone (no number), then the identifier.
        const [label, rest] = labelled(start, end, headingLabels)
        result.push({type: 'heading', children: [label!], number: undefined, position: span(start, label!.position.end.offset!)})
        const from = rest!.position.start.offset!
        const to = rest!.position.end.offset!
        const identifier: Identifier = {type: 'identifier', children: scanInline(source, from, to, language, point, profile, folded), position: span(from, to)}
        c.era ??= eraOf(profile, identifier)
        result.push(identifier)
        break
      }
      case 'subject':
        result.push({type: 'subject', children: labelled(start, end, subjectLabels), position: span(start, end)})
        c.era ??= profile.eraOfTitle?.(folded.slice(start, end))
        break
      case 'opening':
        state = 'preamble'
        result.push({type: 'opening', children: openingChildren(start, end, block.holes), position: span(start, end)})
        break
      case 'vote': {
        state = 'closing'
        const line: VoteLine = {type: 'voteLine', children: voteChildren(start, end), position: span(start, end)}
        closing = addTo(closing, 'closing', line)
        break
      }
      case 'preambleOpener': {
        state = 'preamble'
        const paragraph: PreambleParagraph = {type: 'preambleParagraph', children: paragraphChildren(start, end, 'preamble', false, block.holes), position: span(start, end)}
        preamble = addTo(preamble, 'preamble', paragraph)
        if (endsWithColon(paragraph)) list = {parent: paragraph, section: preamble, kind: 'preamble', levels: []}
        break
      }
      case 'subMarker': {
        const paragraph: Subparagraph = {type: 'subparagraph', children: paragraphChildren(start, end, 'operative', false, block.holes), position: span(start, end)}
        if (lastParagraph && operative) {
          lastParagraph.children.push(paragraph)
          lastParagraph.position.end = paragraph.position.end
          operative.position.end = paragraph.position.end
        } else {
          lastParagraph = undefined
          result.push(unknown(start, end))
        }
        break
      }
      case 'marker':
      case 'operativeVerb':
      case 'chapeau': {
        state = 'operative'
        const paragraph: OperativeParagraph = {type: 'operativeParagraph', children: paragraphChildren(start, end, 'operative', false, block.holes), position: span(start, end)}
        // Whether it introduces a list is settled once its list is known (`settleChapeaus`); what it says of itself is kept for then.
        const byForm = kind === 'chapeau' || (kind === 'operativeVerb' && endsWithColon(paragraph))
        if (byForm) c.chapeauForms.add(paragraph)
        lastParagraph = byForm ? undefined : paragraph
        operative = addTo(operative, 'operative', paragraph)
        if (endsWithColon(paragraph)) list = {parent: paragraph, section: operative, kind: 'operative', levels: []}
        break
      }
      default:
        if (isTitleLine(c, block, result)) result.push({type: 'subject', children: [text(start, trimClosingMarkup(start, end))], position: span(start, end)})
        else result.push(unknown(start, end))
    }
  }
  return result

  /** Whether a block is an item of the open list: a bullet, a letter or numeral, or a number the era gives items (`1)` to 2014). */
  function isItem(block: BlockLines): boolean {
    if (block.kind === 'item' || block.kind === 'subMarker') return true
    if (block.kind !== 'marker') return false
    const marker = readMarker(skipSpace(block.start, block.end), block.end)
    if (marker === undefined) return false
    return (layoutOf(profile, c.era).itemNumbering ?? []).includes(marker.style) || (list !== undefined && numberedOtherwise(list, marker))
  }

  /**
   * Whether a number is an item of a numbered paragraph's list in a style of its own (`1. تطلب …:⏎1) …؛⏎2) …؛`, `(1)`):
   * from 1, then in the first item's style; a number in the paragraph's own style is the next paragraph.
   */
  function numberedOtherwise(open: NonNullable<typeof list>, marker: Marker): boolean {
    const own = (open.parent.children as Array<Phrasing | Subparagraph>).find((child): child is Marker => child.type === 'marker')
    if (!own || own.style === marker.style || (marker.style !== '1)' && marker.style !== '(1)')) return false
    const first = open.levels[0]?.last.children.find((child): child is Marker => child.type === 'marker')
    return open.levels.length === 0 ? marker.ordinal === 1 : first?.style === marker.style
  }

  /** Add an item to the open list: under the paragraph, or under the last item of the level above when its marker is of a new kind. */
  function addItem(open: NonNullable<typeof list>, start: number, end: number, holes: ReadonlyArray<Hole>) {
    const item: Subparagraph = {type: 'subparagraph', children: paragraphChildren(start, end, open.kind, true, holes), position: span(start, end)}
    const family = familyOf(item, open.levels)
    let depth = open.levels.findIndex((level) => level.family === family)
    if (depth < 0) depth = open.levels.length
    const parent = depth === 0 ? open.parent : open.levels[depth - 1]!.last
    ;(parent.children as Array<Phrasing | Subparagraph>).push(item)
    for (const node of [open.section, open.parent, ...open.levels.slice(0, depth).map((level) => level.last)]) node.position.end = item.position.end
    open.levels.length = depth
    open.levels.push({family, last: item})
  }

  /** Add `node` to its section (stretching it), or start the section after the last block. */
  function addTo<Section extends Preamble | Operative | Closing>(section: Section | undefined, type: Section['type'], node: Section['children'][number]): Section {
    if (section) {
      ;(section.children as Array<typeof node>).push(node)
      section.position.end = node.position.end
      return section
    }
    const created = {type, children: [node], position: {start: node.position.start, end: node.position.end}} as Section
    result.push(created)
    return created
  }
}

function endsWithColon(paragraph: {children: Array<Phrasing | Subparagraph>}): boolean {
  const last = paragraph.children.at(-1)
  return last?.type === 'terminator' && last.value === ':'
}

/**
 * The kind of an item's marker: `number`, `latin`, `roman`, `abjad`, or its bullet.
 * A lone `(i)` after `(h)` is a letter, as in operative-numbering.
 */
function familyOf(item: Subparagraph, levels: ReadonlyArray<{family: string; last: Subparagraph}>): string {
  const marker = item.children.find((child): child is Marker => child.type === 'marker')
  if (!marker) {
    const bullet = item.children.find((child) => child.type === 'listMarker')
    return 'bullet' + (bullet && 'value' in bullet ? bullet.value : '')
  }
  if (/1/.test(marker.style)) return 'number'
  if (marker.style.includes('i')) {
    const latin = levels.find((level) => level.family === 'latin')
    const previous = latin?.last.children.find((child): child is Marker => child.type === 'marker')
    return marker.ordinal === 1 && previous?.ordinal === 8 && levels.at(-1)?.family === 'latin' ? 'latin' : 'roman'
  }
  return marker.style.includes('a') ? 'latin' : 'abjad'
}

/** The era of an identifier line, from the prefix of the identifier it cites. */
function eraOf(profile: Profile, identifier: Identifier): Era | undefined {
  for (const child of identifier.children) {
    const prefix = child.type === 'citation' ? child.identifier?.prefix : undefined
    if (prefix !== undefined && Object.hasOwn(profile.layouts, prefix)) return prefix
  }
  return undefined
}

/**
 * The era a text without an identifier line is of, by the year its opening gives (`meeting in Seoul from 8th to 12th
 * November 1999`: the `AGN` era's layout), when that year has one form; undefined otherwise (an identifier line tells).
 */
function eraOfOpening(c: Reader, blocks: readonly BlockLines[]): Era | undefined {
  if (blocks.some((block) => block.kind === 'identifier' || block.kind === 'headingIdentifier')) return undefined
  const opening = blocks.find((block) => block.kind === 'opening')
  const year = opening && /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.exec(c.folded.slice(opening.start, Math.min(opening.end, opening.start + 400)))?.[1]
  if (year === undefined) return undefined
  const {prefixes} = c.profile.facts.identifiers.eraOfYear(Number(year))
  return prefixes.length === 1 && Object.hasOwn(c.profile.layouts, prefixes[0]!) ? prefixes[0] : undefined
}

/**
 * Whether a block after the opening is a subheading: one line of a few words opening with a capital, without a
 * paragraph's mark, not opening as a paragraph does (no opener or verb the lexicon knows; one by its form only in a
 * title of five words at most), between a paragraph
 * ended by its mark (not a colon: what follows one is its list) and the start of the next paragraph. A paragraph split
 * by a page break has no mark before the split, and its rest ends with one.
 */
function isSubheading(c: Reader, block: BlockLines, previous: BlockLines | undefined, next: BlockLines | undefined): boolean {
  const {source, lastVisible} = c
  if (block.kind !== undefined || !previous || !next || block.end - block.start > 120) return false
  if (next.kind !== 'marker' && next.kind !== 'operativeVerb' && next.kind !== 'preambleOpener' && next.kind !== 'partHeading') return false
  const before = lastVisible(previous.start, previous.end)
  if (!terminatorCharacters.includes(before) || before === ':' || previous.kind === 'opening') return false
  const line = source.slice(block.start, block.end)
  if (line.includes('\n') || line.includes('\r') || terminatorCharacters.includes(lastVisible(block.start, block.end))) return false
  let first = block.start
  while (first < block.end && ' \t*_#'.includes(source.charAt(first))) first++
  // A numeral or letter (`I` in an INTERPOL text, which has no parts; `I. of the report`, a wrapped line) is a part's
  // heading when it is one (`partHeading`), never a title of this kind.
  // A word of those letters that is no numeral (`CIVIL SOCIETY`) opens a title.
  const lead = line.slice(first - block.start)
  if (!/\p{Lu}/u.test(source.charAt(first)) || !/\p{L}{3}/u.test(line) || romanNumeral.test(lead) || /^\p{Lu}(?![\p{L}\p{N}])/u.test(lead)) return false
  // A title may open with a word of a participle's form (`Peacebuilding financing`, `Strengthening of the programme`):
  // then it is a few words only, as no preamble paragraph is.
  const {words} = leadWords(c.folded.slice(first, Math.min(block.end, first + 80)))
  const opens = c.languageInfo.grammar.read(words).some((reading) => (reading.class === 'preamble' || reading.class === 'finite') && !reading.guess)
  // Not an opener in capitals (`RECALLING x`), where the profile writes them so (INTERPOL); a UN text's openers are not
  // in capitals, its titles may be (`GOVERNMENTS`, `CIVIL SOCIETY`).
  return !opens || (line.trim().split(/\s+/).length <= 5 && !(c.profile.upperCaseOpeners[c.language] && /^\p{Lu}{2,}(?![\p{L}])/u.test(source.slice(first, block.end))))
}

/** A Roman numeral as a word of its own (`IV`, `XII`, `C`; not `CIVIL`, `VIXEN`). */
const romanNumeral = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])/u

/** Whether a block under a part's numeral is its title: at most three lines, none ending with a paragraph's mark. */
function isPartTitle(c: Reader, start: number, end: number): boolean {
  const lines = splitLines(c.source.slice(start, end))
  return lines.length <= 3 && lines.every(([from, to]) => !terminatorCharacters.includes(c.lastVisible(start + from, start + to)))
}

/** Texts to 2014 give the subject as a title line without its label, right under the heading and identifier. */
function isTitleLine(c: Reader, block: BlockLines, before: Block[]): boolean {
  const {source, profile, era, lastVisible} = c
  const previous = before.at(-1)
  if (!layoutOf(profile, era).titleWithoutLabel || before.some((node) => node.type === 'subject')) return false
  if (previous?.type !== 'heading' && previous?.type !== 'identifier') return false
  if (source.slice(block.start, block.end).includes('\n')) return false
  return !terminatorCharacters.includes(lastVisible(block.start, block.end))
}

/**
 * Stage 5, chapeaux: which operative paragraphs introduce a list, decided once the lists are known. A paragraph
 * that says so itself (a verb and a colon, or a colon after the preamble) introduces the numbered paragraphs after
 * it, unless its list is inside it (`AUTORISE … à approuver : 1) …, et 2) ….` is one operative paragraph);
 * so does an unnumbered paragraph directly followed by numbered ones, colon or not.
 */
function settleChapeaus(c: Reader, operative: Operative) {
  operative.children.forEach((paragraph, index) => {
    if (paragraph.type !== 'operativeParagraph' || paragraph.children.some((child) => child.type === 'subparagraph')) return
    if (c.chapeauForms.has(paragraph) || (!isNumbered(paragraph) && isNumbered(operative.children[index + 1]) && !numberingGoesOn(operative, index) && !lostItsNumber(c, operative, index))) {
      operative.children[index] = {type: 'chapeau', children: paragraph.children as Phrasing[], position: paragraph.position}
    }
  })
}

/**
 * Whether the numbering goes on across the unnumbered paragraph at `index`: numbered paragraphs on both sides, the
 * one after not restarting at 1 (`1. …;⏎Requests …;⏎2. …`). The paragraph lost its number or goes on the one before;
 * it introduces no list (a chapeau says so with its colon).
 */
function numberingGoesOn(operative: Operative, index: number): boolean {
  const before = operative.children[index - 1]
  const after = operative.children[index + 1]
  if (!isNumbered(before) || !after) return false
  const marker = after.children.find((child) => child.type === 'marker')
  return marker?.type === 'marker' && marker.ordinal !== 1
}

/**
 * Whether the unnumbered paragraph at `index`, before numbered ones, is a paragraph that lost its number rather than a
 * chapeau short of its colon: it ends as an operative paragraph does (`;`), and the numbers after it do not start a
 * list (`Welcomes …;⏎2. Requests …`: it is paragraph 1). Before a paragraph numbered 1 it is still a chapeau
 * (`introducesList`): whether its `;` is a slip for `:` the form of the paragraphs after it would tell.
 */
function lostItsNumber(c: Reader, operative: Operative, index: number): boolean {
  const last = operative.children[index]!.children.at(-1)
  if (last?.type !== 'terminator' || last.value !== c.profile.terminators[c.language].operative) return false
  const marker = operative.children[index + 1]!.children.find((child) => child.type === 'marker')
  return marker?.type === 'marker' && marker.ordinal !== 1
}

function isNumbered(node: Operative['children'][number] | undefined): boolean {
  return node?.children.some((child) => child.type === 'marker') ?? false
}

/** Kind of a block whose first words say nothing: decided by where it stands. */
function fallbackKind(c: Reader, block: BlockLines, state: string, next: BlockLines | undefined): LineKind | 'chapeau' | 'unknown' {
  const {folded, lastVisible} = c
  const {subjectLabels} = c.wording
  const last = lastVisible(block.start, block.end)
  // In the preamble, a paragraph ending with `:` introduces numbered operative paragraphs, or its own list of items.
  const introducesItems = next?.kind === 'item' || next?.kind === 'subMarker'
  if (state === 'preamble') {
    // A verb introducing its own items (`ENJOINS the General Secretariat to:⏎(a) …`) is operative, not a preamble list.
    if (last === ':') return !introducesItems || opensFinite(c, block) ? 'chapeau' : 'preambleOpener'
    // An unnumbered operative paragraph opening with a verb the lexicon lacks (`ADVISES …;`) ends the preamble.
    return endsOperative(c, block, last) ? 'operativeVerb' : 'preambleOpener'
  }
  if (state === 'operative') return last === ':' ? 'chapeau' : 'marker'
  // Front matter: a subject label without its colon is still the subject (the rule reports the colon).
  const text = folded.slice(block.start, Math.min(block.end, block.start + 40))
  if (state === 'front' && subjectLabels.some((label) => text.startsWith(label + ' '))) return 'subject'
  // A preamble set above the opening (texts to 2014) opens as a preamble paragraph does, by its form when the lexicon
  // lacks its opener (`HEARTENED BY …,`), and ends with the preamble's mark: a title or a page's furniture has none.
  if (state === 'front' && last === c.profile.terminators[c.language].preamble && opensPreamble(c, block)) return 'preambleOpener'
  return 'unknown'
}

/** Whether a block ends as an operative paragraph does (`;`, `.`) and opens with a present-tense verb by its form. */
function endsOperative(c: Reader, block: BlockLines, last: string): boolean {
  const marks = c.profile.terminators[c.language]
  return (last === marks.operative || last === marks.last) && opensFinite(c, block)
}

/** The kind of a bulleted block's first line after its bullet, when it is a paragraph's (an opener's or a number's). */
function afterBulletKind(c: Reader, block: BlockLines): LineKind | undefined {
  const {source} = c
  let start = block.start
  while (start < block.end && invisible(source.charAt(start))) start++
  if (!listMarkerCharacters.includes(source.charAt(start)) && source.charAt(start) !== 'o') return undefined
  start++
  while (start < block.end && invisible(source.charAt(start))) start++
  let end = source.indexOf('\n', start)
  if (end < 0 || end > block.end) end = block.end
  const kind = lineKind(c, start, end)
  return kind === 'preambleOpener' || kind === 'operativeVerb' || kind === 'marker' ? kind : undefined
}

/** Whether a block opens with a present-tense verb by its form (not a guess). */
function opensFinite(c: Reader, block: BlockLines): boolean {
  return opensAs(c, block, 'finite')
}

/** Whether a block opens with a preamble opener by its form: a participle, an adjective (not a guess). */
function opensPreamble(c: Reader, block: BlockLines): boolean {
  return opensAs(c, block, 'preamble')
}

function opensAs(c: Reader, block: BlockLines, kind: 'finite' | 'preamble'): boolean {
  const {source, languageInfo, folded} = c
  let start = block.start
  while (start < block.end && !/[\p{L}\p{N}]/u.test(source.charAt(start))) start++
  // Past Word's bullet `o` (`o ADOPTS …`).
  if (source.charAt(start) === 'o' && (source.charAt(start + 1) === ' ' || source.charAt(start + 1) === '\t')) {
    start++
    while (start < block.end && !/[\p{L}\p{N}]/u.test(source.charAt(start))) start++
  }
  const {words} = leadWords(folded.slice(start, Math.min(block.end, start + 80)))
  return languageInfo.grammar.read(words).some((reading) => reading.class === kind && !reading.guess)
}

/** Offsets `[start, end)` of each line, line endings excluded (CRLF, LF, CR). */
function splitLines(source: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  // Most texts break their lines with LF alone: found by the engine's search, not code unit by code unit.
  if (source.indexOf('\r') < 0) {
    for (let end = source.indexOf('\n'); end >= 0; end = source.indexOf('\n', start)) {
      result.push([start, end])
      start = end + 1
    }
    result.push([start, source.length])
    return result
  }
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) {
      result.push([start, index])
      if (code === 13 && source.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
  }
  result.push([start, source.length])
  return result
}

/** Superscript figures (`¹²³`) as ASCII digits. */
function superscriptsToAscii(value: string): string {
  return value.replace(/[¹²³⁴-⁹⁰]/g, (ch) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(ch)))
}

/** Marks that take no place: bidi and zero-width marks, BOM, soft hyphen. Not the Arabic diacritics: they belong to their letter (`أولاً`). */
const placeless = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/

function invisible(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u3000' || ch === '\f' || ch === '\v' || placeless.test(ch)
}

/** `blank` by code unit, without a regular expression: the scan of every line's end for an identifier (`resolutionStarts`). */
function blankCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xad || code === 0x61c || code === 0x202f || code === 0x3000 || code === 0xfeff || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}

/** Invisible, or a line break (inside a block that spans lines). */
function blank(ch: string): boolean {
  return ch === '\n' || ch === '\r' || invisible(ch)
}

function wordEnd(text: string, from: number): number {
  let index = from
  while (index < text.length && /[\p{L}\p{M}\p{N}'-]/u.test(text.charAt(index))) index++
  return index
}

/** Whether the line `start`-`end` (up to its `\n`) ends in a word that reads as an identifier: `resolutionStarts` looks at it. */
function identifierCandidate(source: string, start: number, end: number, profile: Profile): boolean {
  let last = end
  while (last > start && blankCode(source.charCodeAt(last - 1))) last--
  if (last - start > 160 || last === start) return false
  let word = last
  while (word > start && !blankCode(source.charCodeAt(word - 1))) word--
  const raw = source.slice(word, last)
  const token = /\d/.test(raw) ? foldForMatch(raw.replace(/[*_]/g, '')) : ''
  return token !== '' && (isIdentifierLine(profile, token) || profile.lineKind?.(token, profile.languages[0]!) === 'identifier')
}

/** Readers of line kinds in each of the profile's languages (a line's kind is read from that line alone). */
function lineReaders(source: string, profile: Profile): Reader[] {
  return profile.languages.map((language) => reader(source, {profile, language, lines: noLines}, true))
}

function lineKinds(readers: readonly Reader[], start: number, end: number, next: number): Set<LineKind | undefined> {
  return new Set(readers.map((c) => readLine(c, start, end, next).kind))
}

function blankLine(source: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!invisible(source.charAt(at))) return false
  return true
}

/** A line's last word, folded, letters and figures only: two identifier lines name one resolution when equal. */
function lineIdentity(source: string, start: number, end: number): string {
  const text = source.slice(start, end).trimEnd()
  return foldForMatch(text.slice(text.lastIndexOf(' ') + 1)).replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * All that `resolutionStarts` reads of one line, `line` (no line break in it but a last `\r`), as one string: an edit
 * inside one line that leaves it equal changes no resolution's start (each is decided from such facts of the lines
 * and their places alone). Undefined for a line holding another `\r` (read as a line break by some of it).
 */
export function startLineFacts(line: string, profile: Profile = defaultProfile): string | undefined {
  const end = line.endsWith('\r') ? line.length - 1 : line.length
  if (line.lastIndexOf('\r', end - 1) >= 0 || line.includes('\n')) return undefined
  const kinds = [...lineKinds(lineReaders(line, profile), 0, end, line.length)]
  return JSON.stringify([identifierCandidate(line, 0, line.length, profile), blankLine(line, 0, end), kinds, lineIdentity(line, 0, end)])
}

/** The line index a reader made only to ask line kinds is given: it never places a node. */
const noLines = {toPoint: () => undefined, toOffset: () => undefined} as unknown as LineIndex

/**
 * Where each resolution of a text holding several begins: offsets of line starts, the first 0 (`[0]` for one).
 * A session's resolutions pasted into one file are each read on their own (`check` in `processor.ts`). A resolution
 * starts at its identifier line (or the headings right above it) that comes after the previous one's closing (its
 * vote line), and is then a resolution's front: a heading above or below it (`RESOLUTION No. 4`, `Resolution adopted
 * by …`), or another identifier than the last and a subject or opening below it. So a page's running header after a
 * closing, an annex, a citation, a part heading or a UN text's part B never starts one. The profile is the text's;
 * line kinds are read in each of its languages, since the resolutions may be in several. A cheap scan decides first:
 * a text with fewer than two lines whose last word is an identifier is one resolution.
 */
export function resolutionStarts(source: string, profile: Profile = defaultProfile): number[] {
  // 1. Lines whose last word reads as an identifier (`GA-2025-93-RES-03`, `Resolution No AGN/68/RES/5`, a UN symbol).
  const candidates: number[] = []
  for (let start = 0; start < source.length; ) {
    let end = source.indexOf('\n', start)
    if (end < 0) end = source.length
    if (identifierCandidate(source, start, end, profile)) candidates.push(start)
    start = end + 1
  }
  if (candidates.length < 2) return [0]
  // 2. The kinds of lines in each of the profile's languages, around the candidates only.
  const lines = splitLines(source)
  const indexOfStart = new Map(lines.map(([start], index) => [start, index]))
  const readers = lineReaders(source, profile)
  const kindsAt = new Map<number, Set<LineKind | undefined>>()
  const kindsOf = (index: number) => {
    let kinds = kindsAt.get(index)
    if (!kinds) {
      const [start, end] = lines[index]!
      kinds = lineKinds(readers, start, end, lines[index + 1]?.[0] ?? source.length)
      kindsAt.set(index, kinds)
    }
    return kinds
  }
  const isBlank = (index: number) => blankLine(source, ...lines[index]!)
  const identityOf = (index: number) => lineIdentity(source, ...lines[index]!)
  const starts = [0]
  let anchor: {index: number; identity: string} | undefined
  for (const start of candidates) {
    const index = indexOfStart.get(start)!
    const kinds = kindsOf(index)
    if (!kinds.has('identifier') && !kinds.has('headingIdentifier')) continue
    const identity = identityOf(index)
    if (!anchor) {
      anchor = {index, identity}
      continue
    }
    // The previous resolution's closing, between its identifier and this one.
    let vote = -1
    for (let at = index - 1; at > anchor.index && vote < 0; at--) if (!isBlank(at) && kindsOf(at).has('vote')) vote = at
    if (vote < 0) continue
    // The headings right above the identifier (blank lines between) start the resolution with it.
    let first = index
    let headed = kinds.has('headingIdentifier')
    for (let at = index - 1; at > vote; at--) {
      if (isBlank(at)) continue
      if (!kindsOf(at).has('heading')) break
      first = at
      headed = true
    }
    // What follows it, up to the next identifier: a heading (UN: `Resolution adopted by …`), or a subject or opening.
    let fronted = false
    for (let at = index + 1, seen = 0; at < lines.length && seen < 10 && !headed; at++) {
      if (isBlank(at)) continue
      seen++
      const after = kindsOf(at)
      if (after.has('vote') || after.has('identifier') || after.has('headingIdentifier')) break
      if (after.has('heading')) {
        // A heading with an identifier under it is the next resolution's own (the line here is a running header).
        let below = at + 1
        while (below < lines.length && isBlank(below)) below++
        if (below < lines.length && (kindsOf(below).has('identifier') || kindsOf(below).has('headingIdentifier'))) break
        headed = true
      }
      if (after.has('subject') || after.has('opening')) fronted = true
    }
    if (!headed && !(fronted && identity !== anchor.identity)) continue
    starts.push(lines[first]![0])
    anchor = {index, identity}
  }
  return starts
}
