/**
 * What the language versions of a resolution can be compared on: each
 * version cut into parts (heading, identifier, subject, opening, preamble
 * paragraphs and operative paragraphs with their subparagraphs, chapeaux, vote
 * lines), and in each part the facts that do not depend on the language:
 * numbers, years, article numbers, dates, citations (by their family),
 * Latin-script names, vote figures, the session and its city.
 *
 * Read from the tree only: the parser has already found dates (with their
 * month names in every language), citations (with both readings of an Arabic
 * `19/71`) and vote figures; what is left is the digits and names of the text.
 */
import type {Point, Position} from 'unist'
import {citationKey, pairText} from '../citations.js'
import {digitsToAscii, findWord, fold, foldForMatch} from '../normalize.js'
import {markerOf, openerOf, ownChildren} from '../paragraphs.js'
import {languageData} from '../../languages/index.js'
import type {MessageKey, Value} from '../../l10n/index.js'
import {citedFamily, profileOf, type Profile} from '../../profiles/index.js'
import type {Citation, DateNode, Language, Paragraph, Phrasing, Root, Text, VoteCount, VoteLine} from '../tree.js'

/** What a fact is. `number`, `year` and `article` are one family: a number is compared by its value. */
export type FactKind = 'number' | 'year' | 'article' | 'date' | 'citation' | 'name' | 'vote' | 'heading' | 'identifier' | 'session' | 'city'

/** A language-neutral fact of a part. */
export interface Fact {
  kind: FactKind
  /** Facts of one family pair up as "this instead of that" (`number`, `date`, `vote:for`, a cited family: `interpol` …). */
  family: string
  /** How a message names the fact when its kind does not: a citation, by its family (`IdentifierScheme.names.fact`). */
  word?: MessageKey
  /** What is compared; more than one when the text can be read two ways (an Arabic `19/71`): the first is the usual reading. */
  keys: string[]
  /** The fact as a message says it, in the interface language: `24 December 2024`, `71/19`, `93rd`. */
  shown: Value
  /** As written in the version. */
  written: string
  place: Position
  /** Compared by presence in the other versions' text, not by count: a Latin-script word in a version written in another script. */
  presence?: boolean
}

/** The kinds of parts, named as the tree names them. */
export type PartKind = 'heading' | 'identifier' | 'subject' | 'opening' | 'preambleParagraph' | 'chapeau' | 'operativeParagraph' | 'subparagraph' | 'voteLine'

/** A part of a version: what is aligned with the parts of the others. */
export interface Part {
  kind: PartKind
  /** The whole part. */
  place: Position
  /** Where a message on the part goes: its number and first words. */
  head: Position
  /** The opener's lexicon entry: equal across languages for equivalent openers. */
  phraseId: string | undefined
  /** The number of a numbered paragraph or subparagraph (`3.` → 3, `(b)` → 2). */
  ordinal: number | undefined
  /** The marker as written (`3.`, `(b)`), when numbered. */
  marker: string | undefined
  facts: Fact[]
  /** The part's own text as written (its folded form is made only where a name is looked for in it). */
  source: string
  /** The first words, as written (hover, related locations). */
  words: string
  /** The subparagraphs of an operative or a preamble paragraph. */
  children: Part[]
}

/** A version cut into parts: one-line blocks once each, the rest as sequences to align. */
export interface Skeleton {
  heading: Part | undefined
  identifier: Part | undefined
  subject: Part | undefined
  opening: Part | undefined
  preamble: Part[]
  /** Chapeaux and operative paragraphs, in order. */
  operative: Part[]
  closing: Part[]
}

/** Cut a version's tree into parts with their facts. */
export function skeletonOf(tree: Root, language: Language): Skeleton {
  const profile = profileOf(tree)
  const skeleton: Skeleton = {heading: undefined, identifier: undefined, subject: undefined, opening: undefined, preamble: [], operative: [], closing: []}
  for (const block of tree.children) {
    switch (block.type) {
      case 'heading': {
        const part = partOf('heading', block.position, block.children, language, profile, {skipText: true})
        if (block.number !== undefined) {
          const number = block.children.find((child) => child.type === 'text' && /\d/.test(digitsToAscii(child.value)))
          part.facts.push({kind: 'heading', family: 'heading', keys: ['heading:' + block.number], shown: block.number, written: number?.value.trim() ?? String(block.number), place: number?.position ?? block.position})
        }
        skeleton.heading ??= part
        break
      }
      case 'identifier':
        skeleton.identifier ??= partOf('identifier', block.position, block.children, language, profile, {identifier: true})
        break
      case 'subject':
        skeleton.subject ??= partOf('subject', block.position, block.children, language, profile)
        break
      case 'opening': {
        const part = partOf('opening', block.position, block.children, language, profile)
        part.facts.push(...citiesOf(block.children, language, profile))
        skeleton.opening ??= part
        break
      }
      case 'preamble':
        for (const paragraph of block.children) skeleton.preamble.push(paragraphPart(paragraph, language, profile))
        break
      case 'operative':
        for (const paragraph of block.children) skeleton.operative.push(paragraphPart(paragraph, language, profile))
        break
      case 'closing':
        for (const line of block.children) skeleton.closing.push(voteLinePart(line, language, profile))
        break
      default:
        break
    }
  }
  return skeleton
}

function paragraphPart(paragraph: Paragraph, language: Language, profile: Profile): Part {
  const own = ownChildren(paragraph)
  const part = partOf(paragraph.type, paragraph.position, own, language, profile)
  const opener = openerOf(paragraph)
  const marker = markerOf(paragraph)
  part.phraseId = opener?.phraseId
  part.ordinal = marker?.ordinal
  part.marker = marker?.value
  const last = opener ?? marker
  if (last) part.head = {start: paragraph.position.start, end: last.position.end}
  // The items of an operative or a preamble paragraph: aligned and compared like paragraphs (the levels below them are not).
  if (paragraph.type !== 'subparagraph') {
    for (const child of paragraph.children) if (child.type === 'subparagraph') part.children.push(paragraphPart(child, language, profile))
  }
  return part
}

function voteLinePart(line: VoteLine, language: Language, profile: Profile): Part {
  const part = partOf('voteLine', line.position, line.children, language, profile)
  part.head = line.position
  return part
}

/** A part with the facts of its phrasing. */
function partOf(kind: PartKind, place: Position, children: readonly Phrasing[], language: Language, profile: Profile, options: {skipText?: boolean; identifier?: boolean} = {}): Part {
  const facts: Fact[] = []
  let source = ''
  let end: number | undefined
  for (const child of children) {
    // Nodes cover the text but not the spaces between them (after a marker, before a terminator).
    if (end !== undefined && child.position.start.offset! > end) source += ' '
    source += child.value
    end = child.position.end.offset
    switch (child.type) {
      case 'citation':
        if (options.identifier) {
          const key = citationKey(child, false, profile)
          facts.push({kind: 'identifier', family: 'identifier', keys: ['identifier:' + (key ?? child.value)], shown: {text: child.identifier?.canonical ?? child.value}, written: child.value, place: child.position})
        } else facts.push(citationFact(child, profile))
        break
      case 'date':
        facts.push(dateFact(child))
        break
      case 'voteCount':
        facts.push(voteFact(child))
        break
      case 'session':
        facts.push({kind: 'session', family: 'session', keys: ['session:' + child.number], shown: {ordinal: child.number}, written: child.value, place: child.position})
        break
      case 'text':
        if (!options.skipText && !options.identifier) facts.push(...textFacts(child, language))
        break
      default:
        break
    }
  }
  const first = children[0]
  return {
    kind,
    place,
    head: first ? {start: place.start, end: first.position.end} : place,
    phraseId: undefined,
    ordinal: undefined,
    marker: undefined,
    facts,
    source,
    words: firstWords(source),
    children: []
  }
}

function citationFact(citation: Citation, profile: Profile): Fact {
  const word = citedFamily(profile, citation.family)?.scheme.names.fact
  const named = word === undefined ? {} : {word}
  if (citation.identifier) {
    const key = citationKey(citation, false, profile)
    return {kind: 'citation', family: citation.family, ...named, keys: [`${citation.family}:` + (key ?? citation.value.toUpperCase())], shown: {text: citation.identifier.canonical ?? citation.value}, written: citation.value, place: citation.position}
  }
  const readings = citation.readings ?? []
  // Its parts' numbers, the same in every language (`47/120 B`, `47/120 باء`).
  const part = citation.part ? ` ${citation.part.join('-')}` : ''
  const keys = readings.map((reading) => `${citation.family}:${pairText(reading)}${part}`)
  const first = readings[0]
  // Shown with its parts as the symbol writes them, in Latin capitals whatever the language (`47/120 B`, `72/90 A-B`).
  const letters = citation.part ? ' ' + citation.part.map((number) => String.fromCharCode(64 + number)).join('-') : ''
  return {kind: 'citation', family: citation.family, ...named, keys: keys.length > 0 ? keys : [`${citation.family}?:` + citation.value], shown: {text: first ? pairText(first) + letters : citation.value}, written: citation.value, place: citation.position}
}

function dateFact(date: DateNode): Fact {
  const start = date.start ?? `${date.year}-${date.month}-${date.day}`
  const end = date.end ?? (date.last ? `${date.last.year}-${date.last.month}-${date.last.day}` : undefined)
  const range = end !== undefined && end !== start
  const shown: Value = range ? (date.start && date.end ? {date: date.start, end: date.end} : {text: date.value}) : date.start ? {date: date.start} : {text: date.value}
  return {kind: 'date', family: 'date', keys: ['date:' + start + (range ? '/' + end : '')], shown, written: date.value, place: date.position}
}

function voteFact(count: VoteCount): Fact {
  const value = count.count === undefined ? count.value : String(count.count)
  return {kind: 'vote', family: 'vote:' + count.kind, keys: [`vote:${count.kind}:${value}`], shown: count.count ?? {text: value}, written: count.value, place: count.position}
}

/** A run of letters and digits, with the `-` and `/` inside names (`I-24/7`, `COVID-19`). */
const wordPattern = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu
/** A number: digits grouped by thousands (`1,000`, `1 000`, `1.000`), or with a decimal part (`1.5`, `1,5`). */
const numberPattern = /\d{1,3}(?:[,. \u00a0\u202f\u066c]\d{3})+(?!\d)|\d+(?:[.,\u066b]\d+)?/g
/** Ordinal endings after digits (`93rd`, `93e`, `93ème`, `93ª`): the word is a number. */
const ordinalEnding = /^\d+(?:st|nd|rd|th|e|er|re|ère|ème|eme|ª|º|a|o)$/iu
const latinLetter = /\p{Script=Latin}/u
const digit = /\d/

/** The numbers and names of a text node. */
function textFacts(node: Text, language: Language): Fact[] {
  const latin = languageData(language).script === 'Latin'
  // Most text has neither digits nor (in a version in another script) Latin letters: nothing to read.
  if (!/[\d\u0660-\u0669\u06f0-\u06f9]/.test(node.value) && (latin || !/[A-Za-z]/.test(node.value))) return []
  const value = digitsToAscii(node.value)
  const facts: Fact[] = []
  const names: Array<[number, number]> = []
  const words: Array<{start: number; end: number; word: string}> = []
  for (const match of value.matchAll(wordPattern)) {
    const word = match[0]
    const start = match.index
    words.push({start, end: start + word.length, word})
    if (!latinLetter.test(word)) continue
    if (digit.test(word)) {
      if (ordinalEnding.test(word)) continue
      names.push([start, start + word.length])
      facts.push({kind: 'name', family: 'name', keys: ['name:' + word.toUpperCase()], shown: {text: node.value.slice(start, start + word.length)}, written: node.value.slice(start, start + word.length), place: placeIn(node, start, start + word.length)})
    } else if (!latin && word.length > 1) {
      facts.push({kind: 'name', family: 'name', keys: ['name:' + word.toUpperCase()], shown: {text: word}, written: word, place: placeIn(node, start, start + word.length), presence: true})
    }
  }
  let wordIndex = 0
  for (const match of value.matchAll(numberPattern)) {
    const start = match.index
    const end = start + match[0].length
    if (names.some(([from, to]) => start < to && end > from)) continue
    const number = normalizeNumber(match[0])
    while (wordIndex < words.length && words[wordIndex]!.end <= start) wordIndex++
    const before = words[wordIndex - 1]?.word
    const kind: FactKind = before !== undefined && languageData(language).articleWords.has(foldForMatch(before)) ? 'article' : /^(?:19|20)\d\d$/.test(number) ? 'year' : 'number'
    facts.push({kind, family: 'number', keys: ['number:' + number], shown: String(Number(number)) === number ? Number(number) : {text: number}, written: node.value.slice(start, end), place: placeIn(node, start, end)})
  }
  return facts.sort((a, b) => a.place.start.offset! - b.place.start.offset!)
}

/** `1,000`, `1 000`, `1.000` → `1000`; `1,5` and `1.5` → `1.5`. */
function normalizeNumber(written: string): string {
  if (/^\d{1,3}(?:[,. \u00a0\u202f\u066c]\d{3})+$/.test(written)) return written.replace(/\D/g, '')
  return written.replace(/[,\u066b]/, '.')
}

/** The host cities of the sessions table named in the opening (the city of the session, in any of its four names). */
function citiesOf(children: readonly Phrasing[], language: Language, profile: Profile): Fact[] {
  const facts: Fact[] = []
  const seen = new Set<string>()
  for (const child of children) {
    if (child.type !== 'text') continue
    const folded = fold(child.value)
    for (const row of profile.facts.sessions.sessions) {
      const name = row.city?.[language]
      if (!name) continue
      // Keyed by the English name, the same in each version's facts (a city that hosted twice is one fact).
      const key = 'city:' + (row.city!.en ?? name)
      if (seen.has(key)) continue
      const at = findWord(folded.text, foldForMatch(name))
      if (at < 0) continue
      seen.add(key)
      const start = folded.map[at]!
      const end = folded.map[at + foldForMatch(name).length - 1]! + 1
      facts.push({kind: 'city', family: 'city', keys: [key], shown: {words: row.city!}, written: child.value.slice(start, end), place: placeIn(child, start, end)})
    }
  }
  return facts
}

/** The position of `node.value.slice(start, end)`, lines of hard-wrapped text counted. */
export function placeIn(node: Text, start: number, end: number): Position {
  return {start: pointIn(node, start), end: pointIn(node, end)}
}

function pointIn(node: Text, index: number): Point {
  const origin = node.position.start
  let line = origin.line
  let lineStart = -1
  for (let at = node.value.indexOf('\n'); at >= 0 && at < index; at = node.value.indexOf('\n', at + 1)) {
    line++
    lineStart = at
  }
  const column = lineStart < 0 ? origin.column + index : index - lineStart
  return {line, column, offset: origin.offset! + index}
}

/** The first words of a text, for showing where a part is: at most 8 words or 60 characters. */
function firstWords(source: string): string {
  const words = source.slice(0, 200).trim().split(/\s+/)
  let result = ''
  for (const word of words) {
    if (result && (result.length + word.length > 60 || result.split(' ').length >= 8)) return result + ' …'
    result += (result ? ' ' : '') + word
  }
  return result
}
