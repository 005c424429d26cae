/**
 * What rules ask of citation and date nodes: which reading of a pair citation a
 * stated date fits, which resolution two citations name, the session a document
 * belongs to, and what its identifier line names. A citation's family is asked
 * through the registry (`citedFamily`): nothing here is one family's fact.
 */
import {identifiersOf, type KnownResolution, type PairCitations, type PairSeries, type Profile} from '../profiles/index.js'
import {romanNumeral} from './numbers.js'
import type {AnnexParagraph, Block, Citation, Identifier, ResolutionIdentifier, PairReading, Paragraph, Phrasing, Root, Subparagraph, VoteLine} from './tree.js'

/** How a pair citation's readings fare against its stated date. */
export interface DateFit {
  /** The readings whose session can bear the date. */
  fitting: PairReading[]
  /** The session the date falls in (the family's approximation). */
  dateSession: number | undefined
}

/** Which readings of a pair citation of `pairs`' family fit an ISO date. */
export function fitDate(pairs: PairCitations, readings: readonly PairReading[], iso: string): DateFit {
  const sessions = pairs.sessionsOfDate(iso)
  return {fitting: readings.filter((reading) => readingFits(pairs, reading, iso, sessions)), dateSession: pairs.sessionOfDate(iso)}
}

/**
 * Whether a reading's session can bear a date: a regular session by its family's calendar; a session of a series
 * numbered apart (`ES-11`) unless the date is before the day it opened, when that is known (`PairSeries.opening`).
 */
export function readingFits(pairs: PairCitations, reading: PairReading, iso: string, sessions: readonly number[] = pairs.sessionsOfDate(iso)): boolean {
  // A session of Roman numerals (`3220 (XXIX)`), whose opening days were not all in September (the first in January 1946):
  // held only to the years it ran over.
  if (reading.roman) {
    const {from, to} = pairs.years(reading.session)
    const year = Number(iso.slice(0, 4))
    return year >= from && year <= to
  }
  if (reading.series === undefined) return sessions.includes(reading.session)
  const opened = seriesOf(pairs, reading)?.opening(reading.session)
  return opened === undefined || iso >= opened
}

/** The series a reading's session is of (`ES`), if any. */
export function seriesOf(pairs: PairCitations, reading: PairReading): PairSeries | undefined {
  return reading.series === undefined ? undefined : pairs.series?.find((series) => series.key === reading.series)
}

/** The known resolution among readings (the fitting ones first), if any. */
export function knownResolution(pairs: PairCitations, readings: readonly PairReading[]): KnownResolution | undefined {
  for (const reading of readings) {
    const known = pairs.known(reading)
    if (known) return known
  }
  return undefined
}

/** `71/19`, `ES-11/1`, `3220 (XXIX)`. */
export function pairText(reading: PairReading): string {
  if (reading.roman) return `${reading.number} (${romanNumeral(reading.session)})`
  return `${reading.series === undefined ? '' : reading.series + '-'}${reading.session}/${reading.number}`
}

/**
 * A key naming the resolution a citation cites: equal keys, same resolution.
 * Pairs of a language that writes them either way (Arabic) are keyed
 * without order (`19/71` and `71/19` are one).
 */
export function citationKey(citation: Citation, eitherOrder: boolean, profile: Profile): string | undefined {
  const id = citation.identifier
  if (id) {
    if (id.number === undefined) return undefined
    const {year, session} = identifiersOf(profile, id).yearAndSession(id)
    if (year !== undefined) return `${citation.family}:${year}:${id.number}`
    return session === undefined ? undefined : `${citation.family}:session ${session}:${id.number}`
  }
  const reading = citation.readings?.[0]
  if (!reading) return undefined
  // Parts A and B of one number are two resolutions (`47/120 A`, `47/120 B`).
  const part = citation.part ? ` ${citation.part.join('-')}` : ''
  if (eitherOrder && reading.series === undefined && !reading.roman) return `${citation.family}:${Math.min(reading.session, reading.number)}/${Math.max(reading.session, reading.number)}${part}`
  return `${citation.family}:${pairText(reading)}${part}`
}

/** The document's own identifier, as the parser read it. */
export function documentIdentifier(tree: Root): ResolutionIdentifier | undefined {
  for (const block of tree.children) {
    if (block.type !== 'identifier') continue
    for (const child of block.children) if (child.type === 'citation' && child.identifier) return child.identifier
  }
  return undefined
}

/** The text of the identifier line, its phrasing joined. */
export function identifierText(node: Identifier): string {
  return node.children.map((child) => child.value).join('')
}

/** What the identifier line names: its citation node's identifier when the parser read one, else its text read as the profile writes the line (`Profile.identifierLine`) or parsed. */
export function identifierOfLine(node: Identifier, profile: Profile, written = identifierText(node)): ResolutionIdentifier | undefined {
  for (const child of node.children) if (child.type === 'citation' && child.identifier) return child.identifier
  return profile.identifierLine?.(written) ?? profile.facts.identifiers.parse(written)
}

/** A node whose children are phrasing: a paragraph, or a one-line block. */
export interface InlineContainer {
  node: Block | Paragraph | VoteLine | AnnexParagraph
  children: Phrasing[]
}

/**
 * Every run of phrasing in the tree, in document order: heading, identifier,
 * subject, opening, each paragraph (an operative paragraph's own phrasing,
 * then its subparagraphs), vote line and annex paragraph.
 *
 * > **Note**: a plain loop; walking with `unist-util-visit` cost more than
 * > the checks themselves (about 70 µs a rule on the reference).
 */
export function inlineContainers(tree: Root): InlineContainer[] {
  const result: InlineContainer[] = []
  for (const block of tree.children) {
    switch (block.type) {
      case 'heading':
      case 'identifier':
      case 'subject':
      case 'opening':
        result.push({node: block, children: block.children})
        break
      case 'preamble':
      case 'operative':
        for (const paragraph of block.children) addParagraph(paragraph)
        break
      case 'closing':
        for (const line of block.children) result.push({node: line, children: line.children})
        break
      case 'annex':
        for (const child of block.children) if (child.type === 'annexParagraph') result.push({node: child, children: child.children})
        break
      default:
        break
    }
  }
  return result

  /** A paragraph's own phrasing, then each of its items, depth first. */
  function addParagraph(paragraph: Paragraph) {
    const own: Phrasing[] = []
    const subparagraphs: Subparagraph[] = []
    for (const child of paragraph.children) {
      if (child.type === 'subparagraph') subparagraphs.push(child)
      else own.push(child)
    }
    result.push({node: paragraph, children: own})
    for (const subparagraph of subparagraphs) addParagraph(subparagraph)
  }
}
