/**
 * What the editor shows of a document's other language versions: the
 * counterparts of the paragraph under the cursor (for "resolint: Open
 * parallel versions") and, on a paragraph's number, their opening words.
 */
import type {Hover, Position, Range} from 'vscode-languageserver-types'
import type {SetContext} from '../core/parallel/compare.js'
import type {Part} from '../core/parallel/parts.js'
import {languages, type Language} from '../languages/index.js'
import {defaultLocale, isolatedMarkdown, translator, type Locale, type Value} from '../l10n/index.js'
import {contains, locationUri, toRange} from './convert.js'

/** A counterpart of a part in another version: where it is, and its first words. */
export interface Counterpart {
  language: Language
  uri: string
  range: Range
  words: string
}

/**
 * The counterparts of the innermost aligned part at `position` in the other
 * versions, in the order of the languages; undefined when the position is in
 * no aligned part.
 */
export function counterpartsAt(context: SetContext, position: Position): Counterpart[] | undefined {
  let found: Partial<Record<Language, Part>> | undefined
  for (const column of context.analysis.columns) {
    const own = column[context.language]
    // Later columns are inner ones (subparagraphs after their paragraph): the last match is the innermost.
    if (own && contains(own.place, position)) found = column
  }
  if (!found) return undefined
  return languages.flatMap((language) => {
    const part = found![language]
    const path = context.analysis.paths[language]
    if (language === context.language || !part || !path) return []
    return [{language, uri: locationUri(path), range: toRange(part.head), words: part.words}]
  })
}

/** On a paragraph's number: its opening words in each other version, the languages named in `locale`. */
export function parallelHover(context: SetContext, position: Position, locale: Locale = defaultLocale): Hover | null {
  const t = translator(locale)
  // The other version's words isolated (U+2068 … U+2069): an Arabic paragraph's closing `:` stays at its end in an English hover, a French one's in an Arabic hover.
  const row = (language: Language, words: Value) => t('hover.parallel.row', {language: {said: `**${t(`language.${language}`)}**`}, words})
  let own: Part | undefined
  for (const column of context.analysis.columns) {
    const part = column[context.language]
    if (part?.ordinal !== undefined && part.marker !== undefined && contains(markerPlace(part), position)) own = part
  }
  if (!own) return null
  const counterparts = counterpartsAt(context, position) ?? []
  const lines = counterparts.map((counterpart) => row(counterpart.language, {text: counterpart.words.replace(/[\\`*_[\]<>]/g, '\\$&')}))
  const missing = languages.filter((language) => language !== context.language && context.analysis.paths[language] && !counterparts.some((counterpart) => counterpart.language === language))
  for (const language of missing) lines.push(row(language, {said: t('hover.parallel.none')}))
  return lines.length === 0 ? null : {contents: {kind: 'markdown', value: isolatedMarkdown(locale, lines.join('\n\n'))}, range: toRange(markerPlace(own))}
}

/** The number of a numbered part: the start of its head, as long as its marker. */
function markerPlace(part: Part) {
  const {start} = part.head
  const length = part.marker!.length
  return {start, end: {line: start.line, column: start.column + length, offset: start.offset === undefined ? undefined : start.offset + length}}
}
