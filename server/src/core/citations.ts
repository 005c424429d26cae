/**
 * What rules ask of citation and date nodes: which reading of a UN pair a
 * stated date fits, when a resolution was adopted, which resolution two
 * citations name, the session a document belongs to, and what its identifier
 * line names.
 */
import {identifiersOf, type Profile} from '../profiles/index.js'
import {unResolution, unSessionOfDate, type UnResolution} from './facts/un.js'
import type {AnnexParagraph, Block, Citation, Identifier, ResolutionIdentifier, Paragraph, Phrasing, Root, Subparagraph, UnReading, VoteLine} from './tree.js'

/** Sessions a date can belong to: the one in progress, and in September also the one before (opening days are approximate). */
export function unSessionsOfDate(iso: string): number[] {
  const session = unSessionOfDate(iso)
  if (session === undefined) return []
  const month = Number(iso.slice(5, 7))
  if (month !== 9) return [session]
  const year = Number(iso.slice(0, 4))
  return [year - 1946, year - 1945]
}

/** How a UN citation's readings fare against its stated date. */
export interface UnDateFit {
  /** The readings whose session can bear the date. */
  fitting: UnReading[]
  /** The session the date falls in (the rule's approximation). */
  dateSession: number | undefined
}

/** Which readings of a UN citation fit an ISO date. */
export function fitUnDate(readings: readonly UnReading[], iso: string): UnDateFit {
  const sessions = unSessionsOfDate(iso)
  return {fitting: readings.filter((reading) => sessions.includes(reading.session)), dateSession: unSessionOfDate(iso)}
}

/** The known resolution among readings (the fitting ones first), if any. */
export function knownResolution(readings: readonly UnReading[]): UnResolution | undefined {
  for (const reading of readings) {
    const known = unResolution(reading.session, reading.number)
    if (known) return known
  }
  return undefined
}

/** `71/19`. */
export function unSymbol(reading: UnReading): string {
  return `${reading.session}/${reading.number}`
}

/**
 * A key naming the resolution a citation cites: equal keys, same resolution.
 * UN pairs of a language that writes them either way (Arabic) are keyed
 * without order (`19/71` and `71/19` are one).
 */
export function citationKey(citation: Citation, eitherOrder: boolean, profile: Profile): string | undefined {
  if (citation.family === 'interpol') {
    const id = citation.interpol
    if (!id || id.number === undefined) return undefined
    const {year, session} = identifiersOf(profile, id).yearAndSession(id)
    if (year !== undefined) return `interpol:${year}:${id.number}`
    return session === undefined ? undefined : `interpol:session ${session}:${id.number}`
  }
  const reading = citation.un?.[0]
  if (!reading) return undefined
  if (eitherOrder) return `un:${Math.min(reading.session, reading.number)}/${Math.max(reading.session, reading.number)}`
  return `un:${reading.session}/${reading.number}`
}

/** The document's own identifier, as the parser read it. */
export function documentIdentifier(tree: Root): ResolutionIdentifier | undefined {
  for (const block of tree.children) {
    if (block.type !== 'identifier') continue
    for (const child of block.children) if (child.type === 'citation' && child.interpol) return child.interpol
  }
  return undefined
}

/** The text of the identifier line, its phrasing joined. */
export function identifierText(node: Identifier): string {
  return node.children.map((child) => child.value).join('')
}

/** What the identifier line names: its citation node's identifier when the parser read one, else its text parsed. */
export function identifierOfLine(node: Identifier, profile: Profile, written = identifierText(node)): ResolutionIdentifier | undefined {
  for (const child of node.children) if (child.type === 'citation' && child.interpol) return child.interpol
  return profile.facts.identifiers.parse(written)
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
