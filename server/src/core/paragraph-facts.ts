/**
 * What each document-wide rule reads of a paragraph of the preamble or the operative part (`RuleEntry.facts`): after an
 * edit that changed that one paragraph (a splice, `core/parse.ts`), a rule whose facts of it are the same says the
 * same as in the last check, its messages moved (`core/rerun.ts`); else it reads the whole document again. A fact
 * left out would keep a stale message: `test/incremental.test.ts` compares every message with a full check's.
 */
import type {Node} from 'unist'
import type {Chapeau, OperativeParagraph, PreambleParagraph} from './tree.js'

/** A paragraph a splice reads again. */
export type SectionParagraph = PreambleParagraph | OperativeParagraph | Chapeau

/** What a rule reads of a paragraph: equal strings, equal readings. */
export type Facts = (paragraph: SectionParagraph) => string

export type Phrasing = Node & {value?: string; children?: Phrasing[]; style?: string; ordinal?: number; arabicIndic?: boolean; phraseId?: string; modifier?: string}

/** Reads no paragraph's words: only the parts and their order (which a splice keeps). */
export const none: Facts = () => ''

/** Every word and mark of the paragraph (its positions aside). */
export const words: Facts = (paragraph) => JSON.stringify(paragraph, (key, value: unknown) => (key === 'position' ? undefined : value))

/** The same, for the preamble's paragraphs only. */
export const preambleWords: Facts = (paragraph) => (paragraph.type === 'preambleParagraph' ? words(paragraph) : '')

/** The same, for the operative part's paragraphs only. */
export const operativeWords: Facts = (paragraph) => (paragraph.type === 'preambleParagraph' ? '' : words(paragraph))

/**
 * The operative part's numbering, lists and terminators: each node's type, its marks (number and list markers,
 * terminators) as written, and the opener of an unnumbered paragraph (which may close a list), through its subparagraphs.
 */
export const operativeShape: Facts = (paragraph) => (paragraph.type === 'preambleParagraph' ? '' : shape(paragraph as Phrasing))

function shape(node: Phrasing): string {
  const numbered = node.children?.some((child) => child.type === 'marker')
  let result = node.type + '('
  for (const child of node.children ?? []) {
    if (child.type === 'marker' || child.type === 'listMarker' || child.type === 'terminator') result += `${child.type}:${child.value}:${child.style ?? ''}:${child.ordinal ?? ''}:${child.arabicIndic ?? ''},`
    else if (child.type === 'opener' && !numbered) result += `opener:${child.value},`
    else if (child.type === 'subparagraph') result += shape(child) + ','
    else result += child.type + ','
  }
  return result + ')'
}

/** A preamble paragraph's opener (the phrase, as written, and its modifier). */
export const preambleOpener: Facts = (paragraph) => {
  if (paragraph.type !== 'preambleParagraph') return ''
  const opener = (paragraph.children as Phrasing[]).find((child) => child.type === 'opener')
  return opener ? `${opener.phraseId ?? ''}|${opener.value}|${opener.modifier ?? ''}` : ''
}
