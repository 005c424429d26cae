/**
 * Hover: what the thing under the pointer is — an opener's equivalents in the
 * four languages, the session an INTERPOL identifier or citation belongs to
 * (or why it is inconsistent), the UN resolution a citation names — and the
 * explanation of any diagnostic there.
 */
import type {Document} from '../core/document.js'
import {explanationsIn} from '../core/explanations.js'
import {docsUrlIn} from '../core/rule.js'
import {defaultLocale, isolate, isolatedMarkdown, localize, localizeNote, msg, ownParagraph, quote, translate, translator, type Locale, type Translator} from '../l10n/index.js'
import {readingFits, seriesOf} from '../core/citations.js'
import type {Node, Position as UnistPosition} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {Hover, Position} from 'vscode-languageserver-types'
import {formatDateRange} from '../core/facts/dates.js'
import type {Phrase} from '../core/facts/lexicon.js'
import {citedFamily, citedIdentifiers, identifiersOf, profileOf, type IdentifierFacts, type PairCitations, type Profile, type ProfileFacts} from '../profiles/index.js'
import {isUpperCase, suggestOpeners} from '../core/paragraphs.js'
import {phraseById} from '../core/phrases.js'
import {hostPlace, languageData} from '../languages/index.js'
import type {Citation, ResolutionIdentifier, Language, Opener, PairReading, Session} from '../core/tree.js'
import {contains, fromPosition, toRange} from './convert.js'
import {pathAt} from './locate.js'
import {languagesFrom} from './wording.js'

/** Hover at `position` in a checked document, with the explanation of `messages` there, all said in `locale`, or null when there is nothing to say. */
export function hover(document: Document, position: Position, messages: readonly VFileMessage[], locale: Locale = defaultLocale): Hover | null {
  const {tree, text} = document
  const profile = document.profile ?? profileOf(tree)
  const path = pathAt(tree, position)
  const language = tree.data.language
  const sections: string[] = []
  let range: UnistPosition | undefined

  for (let index = path.length - 1; index > 0; index--) {
    const node = path[index]!
    const markdown = describe(node, path.slice(0, index), language, text, profile, locale)
    if (markdown) {
      sections.push(markdown)
      range = node.position
      break
    }
  }

  for (const message of messages) {
    const place = message.place
    if (!place) continue
    const inside = 'start' in place ? contains(place, position) : samePoint(place, position)
    if (!inside) continue
    sections.push(diagnostic(message, locale))
    if (!range) range = 'start' in place ? place : {start: place, end: place}
  }

  if (sections.length === 0 || !range) return null
  // Said right to left in an Arabic interface, though VS Code lays its hover out left to right.
  return {contents: {kind: 'markdown', value: isolatedMarkdown(locale, sections.join('\n\n---\n\n'))}, range: toRange(range)}
}

/** Markdown about one node, or undefined when it is not one hover explains. */
function describe(node: Node, ancestors: Node[], language: Language, text: string, profile: Profile, locale: Locale): string | undefined {
  // The profile's own scheme, then those of the families it cites.
  const parse = (value: string) => {
    for (const scheme of [profile.facts.identifiers, ...citedIdentifiers(profile)]) {
      const id = scheme.parse(value)
      if (id) return id
    }
    return undefined
  }
  const t = translator(locale)
  switch (node.type) {
    case 'opener': {
      const inPreamble = ancestors.some((ancestor) => ancestor.type === 'preambleParagraph')
      return opener(node as Opener, inPreamble ? 'preamble' : 'operative', language, locale, profile.languages)
    }
    case 'citation': {
      const citation = node as Citation
      if (citation.readings) {
        const family = citedFamily(profile, citation.family)
        return family?.pairs ? pairCitation(citation, family, family.pairs, locale) : undefined
      }
      const id = citation.identifier ?? parse(citation.value)
      return id ? identifier(citation.value, id, language, ancestors.some((ancestor) => ancestor.type === 'identifier'), identifiersOf(profile, id), locale) : undefined
    }
    case 'identifier': {
      const start = node.position!.start.offset!
      const value = text.slice(start, node.position!.end.offset!)
      const id = parse(value)
      return id ? identifier(value.trim(), id, language, true, identifiersOf(profile, id), locale) : undefined
    }
    case 'text':
      // Text of the identifier line that is not a citation: the identifier as a whole.
      return ancestors.at(-1)?.type === 'identifier' ? describe(ancestors.at(-1)!, ancestors.slice(0, -1), language, text, profile, locale) : undefined
    case 'session':
      return session(node as Session, language, profile.facts, t, locale)
    default:
      return undefined
  }
}

/** An opener: its kind and its phrase in the four languages, the document's first. */
function opener(node: Opener, kind: 'preamble' | 'operative', language: Language, locale: Locale, among: readonly Language[]): string {
  const t = translator(locale)
  const phrase = node.phraseId ? phraseById(node.phraseId) : undefined
  if (!phrase) {
    // Quoted as the locale quotes, as any text the drafter may write (never as code), listed with its separator.
    const closest = suggestOpeners(node.value, language, kind, isUpperCase(node.value)).map((value) => quote(locale, value))
    return `**${node.value}** · ${t(kind === 'preamble' ? 'hover.opener.unknownPreamble' : 'hover.opener.unknownOperative')}${closest.length > 0 ? `\n\n${t('hover.opener.closest')} ${closest.join(languageData(locale).punctuation.listSeparator)}` : ''}`
  }
  const what = t(kind === 'preamble' ? 'hover.opener.preamble' : 'hover.opener.operative')
  // The modifier in the interface's words (`also`, `aussi`), the phrases in the documents'.
  const modifier = node.modifier ? ' ' + t('hover.opener.with', {modifier: {said: languageData(locale).modifiers[node.modifier][0]}}) : ''
  const rows = languagesFrom(language, among).map((other) => `| ${t(`language.${other}`)} | ${formsCell(phrase, other)} |`)
  return [`**${node.value}** · ${what}${modifier}`, '', `| ${t('hover.opener.language')} | ${t('hover.opener.phrase')} |`, '|---|---|', ...rows].join('\n')
}

function formsCell(phrase: Phrase, language: Language): string {
  const [canonical, ...variants] = phrase.forms[language]
  return `**${canonical}**${variants.length > 0 ? ` · ${variants.join(' · ')}` : ''}`
}

/** An identifier, the document's own or cited, read by its family's scheme: the session it belongs to, or why it is inconsistent. */
function identifier(value: string, id: ResolutionIdentifier, language: Language, own: boolean, identifiers: IdentifierFacts, locale: Locale): string {
  const {describeIdentifier} = identifiers
  const t = translator(locale)
  // In the interface language, then in the document's when it is another.
  const described = describeIdentifier(id, locale)
  const local = language === locale ? undefined : describeIdentifier(id, language)
  // The family names its resolutions (`IdentifierScheme.names`): `INTERPOL General Assembly resolution No. 3`.
  const {resolution, numbered} = identifiers.scheme.names
  const what = id.number === undefined || numbered === undefined ? t(resolution) : t(numbered, {number: id.number})
  const title = `**${value}** · ${own ? what : t('hover.identifier.cited', {what: {said: what}})}`
  const lines = [title, '']
  if (described.summary) {
    lines.push(`${described.summary}.`)
    if (local?.summary) lines.push('', ownParagraph(language, locale, local.summary))
  } else {
    lines.push(t(identifiers.scheme.names.unknownSession))
  }
  if (described.problems.length > 0) {
    lines.push('', `**${t('hover.inconsistent')}**`)
    // The expected form quoted as the locale quotes (“…”, « … », «…»), not as code.
    for (const problem of described.problems) lines.push(`- ${t(problem.said)}${problem.expected ? ` (${t('hover.expected', {expected: problem.expected})})` : ''}`)
  }
  return lines.join('\n')
}

/** A citation by session and number (`71/19`), read by its family (`PairCitations`): its session, and the resolution when known. */
function pairCitation(citation: Citation, family: IdentifierFacts, pairs: PairCitations, locale: Locale): string {
  const t = translator(locale)
  const readings = citation.readings ?? []
  const stated = citation.date?.start
  const lines = [`**${citation.value}** · ${t(family.scheme.names.resolution)}`]
  if (readings.length === 0) {
    lines.push('', t('hover.pair.implausible'))
    return lines.join('\n')
  }
  const fits = (reading: PairReading, date: string) => (reading.series === undefined ? pairs.sessionOfDate(date) === reading.session : readingFits(pairs, reading, date))
  // How well a reading fits: a known resolution and a fitting date first.
  const score = (reading: PairReading) => (pairs.known(reading) ? 2 : 0) + (stated && fits(reading, stated) ? 1 : 0)
  const ordered = [...readings].sort((a, b) => score(b) - score(a))
  for (const reading of ordered) {
    lines.push('', pairReading(reading, stated, readings.length > 1, pairs, t))
  }
  if (stated && !readings.some((reading) => fits(reading, stated)) && readings.every((reading) => reading.series === undefined)) {
    const session = pairs.sessionOfDate(stated)
    const why = session === undefined ? t('hover.pair.statedNoSession', {date: {date: stated}}) : t('hover.pair.statedSession', {date: {date: stated}, session: {ordinal: session}})
    lines.push('', `**${t('hover.inconsistent')}** ${why}`)
  }
  return lines.join('\n')
}

function pairReading(reading: PairReading, stated: string | undefined, several: boolean, pairs: PairCitations, t: Translator): string {
  const symbol = pairs.symbol(reading)
  const known = pairs.known(reading)
  const session = sessionOfReading(reading, pairs, t)
  // The symbol and the title isolated: Latin in an Arabic sentence keeps its reading order (a title's closing parenthesis its side).
  const parts = [t(several ? 'hover.pair.readAs' : 'hover.pair.reading', {symbol: {text: symbol}, session: {said: session}})]
  if (known) parts.push(`*${isolate(known.title)}*, ${t(known.verified ? 'hover.pair.adopted' : 'hover.pair.adoptedUnverified', {date: {date: known.date}})}`)
  if (stated && known && known.date !== stated) parts.push(t('hover.pair.stated', {date: {date: stated}}))
  return parts.join(' — ')
}

/** A reading's session: a regular one's years and opening day; one numbered apart (`ES-11`) by its series, with its first day when known. */
function sessionOfReading(reading: PairReading, pairs: PairCitations, t: Translator): string {
  const series = seriesOf(pairs, reading)
  if (!series) {
    const {from, to} = pairs.years(reading.session)
    return t('hover.pair.session', {session: {ordinal: reading.session}, from, to, opened: {date: pairs.opening(reading.session)}})
  }
  const name = msg(series.name, {session: {ordinal: reading.session}})
  const opened = series.opening(reading.session)
  return opened ? t('hover.pair.seriesSession', {session: name, opened: {date: opened}}) : t('hover.pair.seriesUnknown', {session: name})
}

/** The session number of the opening: where and when. */
function session(node: Session, language: Language, facts: ProfileFacts, t: Translator, locale: Locale): string {
  const row = facts.sessions.sessionByNumber(node.number)
  const title = `**${node.value}** · ${t('hover.session.title', {session: {ordinal: node.number}})}`
  if (!row) return `${title}\n\n${t('hover.session.unknown')}`
  const place = (in_: Language) => {
    const city = row.city?.[in_]
    const country = row.country?.[in_]
    return city && country ? hostPlace(city, country, in_) : city
  }
  const dates = (in_: Language) => (row.start && row.end ? formatDateRange(row.start, row.end, in_) : undefined) ?? String(row.year)
  const where = `${place(locale) ?? t('hover.session.hostUnknown')}${languageData(locale).punctuation.listSeparator}${dates(locale)}`
  const lines = [title, '', row.verified ? where : t('hover.unverified', {what: {said: where}})]
  // In the document's language too, read in its own direction (an Arabic place in an English hover reads from the right).
  if (language !== locale && row.city) lines.push('', ownParagraph(language, locale, `${place(language)}${languageData(language).punctuation.listSeparator}${dates(language)}`))
  return lines.join('\n')
}

/** A diagnostic: its reason, note, why the rule exists, rule and docs page. */
function diagnostic(message: VFileMessage, locale: Locale): string {
  const lines = [`**${escapeMarkdown(localize(message, locale))}**`]
  const note = localizeNote(message, locale)
  if (note) lines.push('', escapeMarkdown(note))
  const why = message.ruleId ? explanationsIn[locale][message.ruleId] : undefined
  if (why) lines.push('', why)
  const rule = message.ruleId ? `\`${message.ruleId}\`` : undefined
  const url = docsUrlIn(message, locale)
  const link = url ? `[${translate(locale, 'hover.docs')}](${url})` : undefined
  const footer = [rule, link].filter(Boolean).join(' · ')
  if (footer) lines.push('', `resolint ${footer}`)
  return lines.join('\n')
}

function samePoint(point: {line: number; column: number}, position: Position): boolean {
  const at = fromPosition(position)
  return point.line === at.line && point.column === at.column
}

/** Text shown as Markdown as it is: the document's own text can hold `*`, `_`, `[`, backticks. */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>]/g, '\\$&')
}
