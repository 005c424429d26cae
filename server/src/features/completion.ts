/**
 * Completion: what the drafter is most likely to type where the cursor is —
 * the heading, the identifier (the file name's, else the next free one), the
 * subject label, the opening formula of the session, a preamble opener, an
 * operative verb or the next paragraph number, the vote line. Pure: document
 * and position in, items out.
 */
import {CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range} from 'vscode-languageserver-types'
import type {Document} from '../core/document.js'
import type {Phrase} from '../core/facts/lexicon.js'
import {foldForMatch, trimEndOf} from '../core/normalize.js'
import {introducesList, isSubparagraphStyle, markerOf, openerOf, operativeNumberStyles, writesUpperCase} from '../core/paragraphs.js'
import {terminatorCharacters} from '../core/parse.js'
import {identifierOfLine} from '../core/citations.js'
import {phraseById, phrasesOfKind} from '../core/phrases.js'
import {familyWords as profileWords, numberingOf, operativeMarker, profileOf, voteLineExample, type Profile} from '../profiles/index.js'
import {hasRightToLeftLetters, languageData} from '../languages/index.js'
import {defaultLocale, isolate, isolatedMarkdown, isolatedSentence, msg, translator, type Locale, type Message, type MessageKey, type Translator, type Value} from '../l10n/index.js'
import type {GeneralAssemblySession} from '../core/facts/sessions.js'
import type {Identifier, ResolutionIdentifier, Language, Modifier, Opener, Operative, Root, Text} from '../core/tree.js'
import {toPosition} from './convert.js'
import {linesOf, unitsOf, type Lines, type UnitEntry} from './locate.js'
import {equivalents, formOf, inCase, languagesFrom, withModifier, type FormKind} from './wording.js'

/** What completion needs from outside the document. */
export interface CompletionOptions {
  /** The document's own file name or path: when it is an identifier (`GA-2026-94-RES-02.fr.txt`), it is the document's. */
  fileName?: string
  /** Identifiers already taken (other drafts' identifiers or file names such as `GA-2025-93-RES-03.ar.txt`). */
  existingIdentifiers?: string[]
  /** Today, to guess the session when the document names none. */
  today?: Date
  /** The interface language the details and documentation are said in (the diagnostics'); English by default. */
  locale?: Locale
}

/** Last words of a chapeau after which items continue it with a verbal noun or infinitive (`… إلى:`, `… to:`). */

type Region = 'front' | 'preamble' | 'operative' | 'closing'

/** Completion items at `position` in a checked document (its profile is the check's view: with a declared session). */
export function complete(document: Document, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  const locale = options.locale ?? defaultLocale
  return itemsAt(document, position, options).map((item) => isolatedLabel(saidIn(locale, item)))
}

/**
 * A label holding right-to-left letters (an Arabic opener, heading, vote line) isolated right to left (U+2067 …
 * U+2069), as the outline's names are, since the suggest widget lays it out left to right; the widget filters on
 * `filterText` when there is one, so the label as typed (or the item's own) is kept there, and the edit inserts the text.
 */
function isolatedLabel(item: CompletionItem): CompletionItem {
  if (!hasRightToLeftLetters(item.label)) return item
  return {...item, label: `\u2067${item.label}\u2069`, filterText: item.filterText ?? item.label, ...(item.textEdit || item.insertText !== undefined ? {} : {insertText: item.label})}
}

/**
 * An item as VS Code's suggest widget, laid out left to right, shows it: in a right-to-left locale its
 * detail and documentation (the interface's words) isolated right to left, a line or a Markdown paragraph
 * at a time, as the hover is. Its label is isolated by its own letters (`isolatedLabel`).
 */
function saidIn(locale: Locale, item: CompletionItem): CompletionItem {
  if (languageData(locale).direction !== 'rtl') return item
  const said = {...item}
  if (item.detail) said.detail = isolatedSentence(locale, item.detail)
  const {documentation} = item
  if (typeof documentation === 'string') said.documentation = isolatedSentence(locale, documentation)
  else if (documentation) {
    said.documentation = {kind: documentation.kind, value: documentation.kind === 'markdown' ? isolatedMarkdown(locale, documentation.value) : isolatedSentence(locale, documentation.value)}
  }
  return said
}

function itemsAt(document: Document, position: Position, options: CompletionOptions): CompletionItem[] {
  const {tree, text} = document
  const lines = linesOf(document)
  const line = position.line + 1
  const cursor = lines.offset(position)
  const units = unitsOf(tree)
  const current = units.find((entry) => entry.startLine <= line && line <= entry.endLine)
  const lineStart = lines.start(position.line)
  const lineContentStart = Math.min(cursor, lineStart + leadingSpace(lines.text(position.line)))

  // A line typed right after a finished paragraph, without a blank line, is
  // still part of that paragraph in the tree: treat it as a new one.
  const continues = current !== undefined && line > current.startLine && endsWithTerminator(text.slice(current.unit.position.start.offset!, lineStart))
  const before = units.filter((entry) => entry.endLine < line || (continues && entry === current))
  const after = units.filter((entry) => entry.startLine > line)
  const t = translator(options.locale ?? defaultLocale)
  const context = {tree, text, lines, position, cursor, before, after, options, profile: document.profile ?? profileOf(tree), t, locale: options.locale ?? defaultLocale}

  if (!current || continues) {
    const region = regionAfter(before)
    return itemsForNewParagraph(context, region, lineContentStart)
  }

  const {unit} = current
  switch (unit.type) {
    case 'identifier':
      // A UN symbol is written by the masthead, not from INTERPOL's identifiers.
      if (context.profile.masthead) return []
      return identifierItems(context, singleLineRange(context, unit.position.start.offset!, unit.position.end.offset!))
    case 'opening':
      if (line !== unit.position.start.line) return []
      return openingItems(context, singleLineRange(context, unit.position.start.offset!, unit.position.end.offset!))
    case 'unknown': {
      const region = regionAfter(before)
      if (region !== 'front') return []
      return itemsForNewParagraph(context, region, unit.position.start.offset!)
    }
    case 'preambleParagraph': {
      const start = textStart(unit.children, text)
      if (start === undefined || !typing(text, start, cursor, tree.data.language)) return []
      const range = rangeOf(context, start)
      const items = preambleItems(context, range)
      if (!after.some((entry) => entry.unit.type === 'preambleParagraph')) items.push(...operativeItems(context, range, 'finite', 3))
      return items
    }
    case 'chapeau':
    case 'operativeParagraph': {
      const start = textStart(unit.children, text)
      if (start === undefined || cursor < start || !typing(text, start, cursor, tree.data.language)) return []
      const kind = unit.type === 'chapeau' ? 'finite' : itemKind(context, current)
      return operativeItems(context, rangeOf(context, start), kind, 1)
    }
    default:
      return []
  }
}

interface Context {
  tree: Root
  text: string
  lines: Lines
  position: Position
  cursor: number
  /** Units before the cursor's paragraph, in order. */
  before: UnitEntry[]
  /** Units after it. */
  after: UnitEntry[]
  options: CompletionOptions
  /** The document's profile (its facts: sessions, identifiers, openings). */
  profile: Profile
  /** Says the details and documentation in the interface language. */
  t: Translator
  locale: Locale
}

/** Items on an empty line, or for a paragraph being started at `start`. */
function itemsForNewParagraph(context: Context, region: Region, start: number): CompletionItem[] {
  const range = rangeOf(context, start)
  const {tree, before, after} = context
  switch (region) {
    case 'front': {
      const all = [...before, ...after].map((entry) => entry.unit.type)
      // A family with a masthead (UN) writes it whole, above everything else, from the file name.
      if (context.profile.masthead) return before.length === 0 && !all.includes('identifier') && !all.includes('heading') ? mastheadItems(context, range) : []
      const items: CompletionItem[] = []
      if (before.length === 0 && after.length === 0) items.push(...resolutionItems(context, range))
      if (!all.includes('heading') && before.length === 0) items.push(...headingItems(context, range))
      const subjectAfter = after.some((entry) => entry.unit.type === 'subject')
      if (!all.includes('identifier') && (subjectAfter || !all.includes('subject'))) items.push(...identifierItems(context, range))
      if (!all.includes('subject') && before.some((entry) => entry.unit.type === 'heading' || entry.unit.type === 'identifier')) items.push(subjectItem(context, range))
      const settled = before.some((entry) => entry.unit.type === 'subject' || (entry.unit.type === 'identifier' && !all.includes('subject')))
      if (!all.includes('opening') && settled) items.push(...openingItems(context, range))
      return items
    }
    case 'preamble': {
      const items = preambleItems(context, range)
      if (!after.some((entry) => entry.unit.type === 'preambleParagraph')) items.push(...operativeItems(context, range, 'finite', 3))
      return items
    }
    case 'operative': {
      const kind = itemKind(context, undefined)
      const items: CompletionItem[] = []
      const marker = nextMarker(tree, before, context.profile)
      if (marker) {
        items.push({
          label: marker,
          kind: CompletionItemKind.Value,
          detail: context.t('completion.number.next'),
          sortText: '0',
          textEdit: {range, newText: marker + ' '},
          insertTextFormat: InsertTextFormat.PlainText
        })
      }
      items.push(...operativeItems(context, range, kind, 1))
      if (!tree.children.some((block) => block.type === 'closing') && !after.some((entry) => entry.block.type === 'operative')) items.push(voteLineItem(context, range))
      return items
    }
    default:
      return []
  }
}

/** The part of the document a new paragraph after `before` falls in. */
function regionAfter(before: UnitEntry[]): Region {
  for (let index = before.length - 1; index >= 0; index--) {
    switch (before[index]!.block.type) {
      case 'heading':
      case 'identifier':
      case 'subject':
        return 'front'
      case 'opening':
      case 'preamble':
        return 'preamble'
      case 'operative':
        return 'operative'
      case 'closing':
        return 'closing'
      default:
    }
  }
  return 'front'
}

/** Preamble openers: the also/further form of those used above first, then the unused ones, then the used ones again. */
function preambleItems(context: Context, range: Range): CompletionItem[] {
  const {tree} = context
  const language = tree.data.language
  const allOpeners = preambleOpeners([...context.before, ...context.after])
  const upper = inUpperCase(
    allOpeners.filter((opener) => opener.phraseId !== undefined),
    context.profile.upperCaseOpeners[language]
  )
  const used = preambleOpeners(context.before).filter((opener) => opener.phraseId !== undefined)
  const items: CompletionItem[] = []

  // Also/further forms, the phrase used last first.
  const seen = new Set<string>()
  for (const opener of [...used].reverse()) {
    const id = opener.phraseId!
    if (seen.has(id)) continue
    seen.add(id)
    const phrase = phraseById(id)
    if (!phrase) continue
    const modifier: Modifier = used.some((other) => other.phraseId === id && other.modifier !== undefined) ? 'further' : 'also'
    items.push(phraseItem(context, phrase, upper, range, `0${pad(items.length)}`, modifier))
  }
  let index = 0
  for (const phrase of phrasesOfKind('preamble')) {
    const rank = seen.has(phrase.id) ? 2 : 1
    items.push(phraseItem(context, phrase, upper, range, `${rank}${pad(index++)}`))
  }
  return items
}

/** Whether the document writes these openers in upper case; `fallback` when it has none to go by. */
function inUpperCase(openers: readonly Opener[], fallback: boolean): boolean {
  return writesUpperCase(openers)(fallback ? 'A' : 'a')
}

function preambleOpeners(entries: UnitEntry[]): Opener[] {
  return entries.flatMap((entry) => {
    const opener = entry.unit.type === 'preambleParagraph' ? openerOf(entry.unit) : undefined
    return opener ? [opener] : []
  })
}

/** Operative verbs of a kind (finite, or continuing a chapeau), in the case the document writes them. */
function operativeItems(context: Context, range: Range, kind: FormKind, rank: number): CompletionItem[] {
  const language = context.tree.data.language
  // Items continuing a chapeau are capitalized (`1. Recognize …;`), finite verbs follow the preamble's style.
  const upper = inUpperCase(operativeOpeners(context, kind), kind === 'finite' && context.profile.upperCaseOpeners[language])
  const items: CompletionItem[] = []
  for (const phrase of phrasesOfKind('operative')) {
    if (!formOf(phrase, language, kind)) continue
    items.push(phraseItem(context, phrase, upper, range, `${rank}${pad(items.length)}`, undefined, kind))
  }
  return items
}

/** Known openers of the document's operative paragraphs of a kind. */
function operativeOpeners(context: Context, kind: FormKind): Opener[] {
  const result: Opener[] = []
  for (const block of context.tree.children) {
    if (block.type !== 'operative') continue
    let continuing = false
    block.children.forEach((paragraph, index) => {
      const opener = openerOf(paragraph)
      const chapeau = introducesList(block, index)
      if (opener?.phraseId !== undefined && (chapeau ? 'finite' : continuing ? 'continuing' : 'finite') === kind) result.push(opener)
      if (chapeau) continuing = endsInPreposition(paragraph.children, context.tree.data.language)
    })
  }
  return result
}

/** Whether the operative paragraph at the cursor (or a new one after `before`) continues a chapeau ending in "to:". */
function itemKind(context: Context, current: UnitEntry | undefined): FormKind {
  const block = current?.block ?? context.before.at(-1)?.block
  if (!block || block.type !== 'operative') return 'finite'
  const line = context.position.line + 1
  let index = current ? block.children.indexOf(current.unit as Operative['children'][number]) : block.children.filter((child) => child.position.start.line < line).length
  while (--index >= 0) {
    if (introducesList(block, index)) return endsInPreposition(block.children[index]!.children, context.tree.data.language) ? 'continuing' : 'finite'
  }
  return 'finite'
}

/** Whether a chapeau's words end with a preposition items continue (`إلى:`, `to:`). */
function endsInPreposition(children: ReadonlyArray<{type: string}>, language: Language): boolean {
  const texts = children.filter((child): child is Text => child.type === 'text')
  const last = texts.at(-1)
  if (!last) return false
  const words = foldForMatch(last.value).split(' ')
  const word = words.at(-1) ?? ''
  return languageData(language).grammar.chapeauEndings.some((ending) => foldForMatch(ending) === word)
}

/** `N.` for a new operative paragraph: one more than the paragraphs since the chapeau, when the document numbers them. */
function nextMarker(tree: Root, before: UnitEntry[], profile: Profile): string | undefined {
  const operatives = tree.children.filter((block): block is Operative => block.type === 'operative')
  const numbered = operatives.some((block) => block.children.some((child) => child.type === 'operativeParagraph' && isNumbered(child)))
  let count = 0
  let chapeau = false
  let arabicIndic = false
  for (let index = before.length - 1; index >= 0; index--) {
    const entry = before[index]!
    if (entry.block.type !== 'operative') break
    if (entry.unit.type === 'subparagraph') continue
    const operative = entry.block
    const position = operative.children.indexOf(entry.unit as Operative['children'][number])
    if (introducesList(operative, position)) {
      chapeau = true
      break
    }
    if (entry.unit.type === 'operativeParagraph') {
      const marker = markerOf(entry.unit)
      // A stray `(a)` item is not numbered: the formatter leaves it out too.
      if (marker && isSubparagraphStyle(marker.style)) continue
      if (marker?.arabicIndic && count === 0) arabicIndic = true
      count++
    }
  }
  if (!numbered && !chapeau) return undefined
  return operativeMarker(profile, count + 1, arabicIndic, tree.data.language, undefined, numberingOf(profile, tree.data.language, operativeNumberStyles(tree)))
}

function isNumbered(paragraph: Operative['children'][number]): boolean {
  const marker = paragraph.type === 'operativeParagraph' ? markerOf(paragraph) : undefined
  return marker !== undefined && !isSubparagraphStyle(marker.style)
}

/** One phrase as an item: label in the document's case, equivalents as detail. */
function phraseItem(context: Context, phrase: Phrase, upper: boolean, range: Range, sortText: string, modifier?: Modifier, kind?: FormKind): CompletionItem {
  const {t, locale} = context
  const language = context.tree.data.language
  const form = formOf(phrase, language, kind) ?? phrase.forms[language][0]!
  const label = inCase(withModifier(form, language, modifier), upper)
  // In the languages of the profile's sets, not in every language resolint reads.
  const others = equivalents(phrase, language, modifier, kind, context.profile.languages)
  const what = t(phrase.kind === 'preamble' ? 'hover.opener.preamble' : kind === 'continuing' ? 'completion.opener.continuing' : 'hover.opener.operative')
  // The modifier in the interface's words (`also`, `aussi`), as the hover says it; the equivalents in their languages' words.
  const modifierWords = modifier ? ' ' + t('hover.opener.with', {modifier: {said: languageData(locale).modifiers[modifier][0]!}}) : ''
  const rows = languagesFrom(language, context.profile.languages)
    .slice(1)
    .map((other, index) => `- ${t('completion.equivalent', {language: msg(`language.${other}`), phrase: {text: others[index]!}})}`)
  const folded = foldForMatch(label)
  const item: CompletionItem = {
    label,
    kind: CompletionItemKind.Keyword,
    // In a right-to-left interface each equivalent isolated, so that the list itself reads from the right.
    detail: (languageData(locale).direction === 'rtl' ? others.map(isolate) : others).join(' · '),
    documentation: {kind: 'markdown', value: `${what}${modifierWords}\n\n${rows.join('\n')}`},
    sortText,
    textEdit: {range, newText: label},
    insertTextFormat: InsertTextFormat.PlainText
  }
  if (folded !== label.toLowerCase()) item.filterText = `${label} ${folded}`
  return item
}

/** The document's identifier as its file name gives it (`GA-2026-94-RES-02.fr.txt`), when the name is a whole one of the current form. */
function ownIdentifier(context: Context): ResolutionIdentifier | undefined {
  const {identifierOfName, isCurrent} = context.profile.facts.identifiers
  const {fileName} = context.options
  const id = fileName === undefined ? undefined : identifierOfName(fileName)
  return isCurrent(id) ? id : undefined
}

/** The heading with the resolution number: the file name's, the identifier's, else the next free one. */
function headingItems(context: Context, range: Range): CompletionItem[] {
  const {identifierOfName, nextIdentifier} = context.profile.facts.identifiers
  const {tree} = context
  const label = context.profile.headingLabels[tree.data.language][0]
  if (label === undefined) return []
  let number = ownIdentifier(context)?.number
  let detail = context.t('completion.heading.fileName')
  if (number === undefined) {
    const identifier = tree.children.find((block): block is Identifier => block.type === 'identifier')
    number = identifier ? identifierOfLine(identifier, context.profile)?.number : undefined
    detail = context.t('completion.heading.identifier')
  }
  if (number === undefined) {
    const session = documentSession(context)
    number = session ? identifierOfName(nextIdentifier(context.options.existingIdentifiers ?? [], session.year, session.session))?.number : undefined
    detail = context.t('completion.heading.next')
  }
  const text = number === undefined ? `${label} ` : `${label} ${number}`
  return [{label: text.trim(), kind: CompletionItemKind.Keyword, detail: number === undefined ? context.t('completion.heading') : detail, sortText: '0', textEdit: {range, newText: text}, insertTextFormat: InsertTextFormat.PlainText}]
}

/**
 * A whole new resolution (the profile's `draftSkeletons`) on a blank document: in the
 * document's language, or in the four when a blank text gave nothing to tell it by.
 */
function resolutionItems(context: Context, range: Range): CompletionItem[] {
  const {tree, profile} = context
  const {formatIdentifier, identifierOfName, nextIdentifier} = profile.facts.identifiers
  const {draft: openingDraft} = profile.facts.opening
  const blank = tree.data.languageSource === 'detected' && !/\p{L}/u.test(context.text)
  const own = ownIdentifier(context)
  const session = (own && sessionOfIdentifier(context, own)) ?? documentSession(context)
  const identifier = own ? formatIdentifier(own)! : session ? nextIdentifier(context.options.existingIdentifiers ?? [], session.year, session.session) : undefined
  const number = identifierOfName(identifier ?? '')?.number
  const row = session ? profile.facts.sessions.sessionByNumber(session.session) : undefined
  return (blank ? profile.languages : [tree.data.language]).map((language, index) => {
    const labelColon = languageData(language).punctuation.labelColon
    const parts: Record<string, string> = {
      heading: `${profile.headingLabels[language][0] ?? ''} ${number ?? '{{1}}'}`,
      identifier: identifier ?? profile.facts.identifiers.draft,
      subject: `${profile.subjectLabels[language][0] ?? ''}${labelColon} {{${profile.facts.drafts.subject[language]}}}`,
      opening: session ? openingDraft(session.session, language) : `${profile.openingStarts[language][0] ?? ''} {{…}}`
    }
    const draft = profile.facts.drafts.draftSkeletons[language].map((line) => line.replace(/^\{(\w+)\}$/, (whole, name: string) => parts[name] ?? whole)).join('\n\n') + '\n'
    const {snippet, text} = snippetOf(draft)
    const name = msg(`language.${language}`)
    return {
      label: context.t('completion.resolution.label', {language: name}),
      kind: CompletionItemKind.Snippet,
      detail: session ? context.t('completion.resolution.session', {language: name, session: {ordinal: session.session}, when: when(session.year, row)}) : context.t('completion.resolution.plain', {language: name}),
      documentation: {kind: 'markdown', value: '```\n' + text + '```'},
      sortText: `0${index}`,
      filterText: `resolution résolution resolución قرار ${profile.headingLabels[language][0] ?? ''} resolution-${language}`,
      textEdit: {range, newText: snippet},
      insertTextFormat: InsertTextFormat.Snippet
    }
  })
}

/** The profile's masthead (UN: `A/RES/80/5`, distribution, session, adoption line, title, opening) in the document's language, or in the four on a blank file. */
function mastheadItems(context: Context, range: Range): CompletionItem[] {
  const {tree, profile, options} = context
  const blank = tree.data.languageSource === 'detected' && !/\p{L}/u.test(context.text)
  return (blank ? profile.languages : [tree.data.language]).flatMap((language, index) => {
    const masthead = profile.masthead?.(language, options.fileName, options.today ?? new Date())
    if (!masthead) return []
    const {snippet, text} = snippetOf(masthead.draft)
    return [{
      label: context.t('completion.masthead.label', {symbol: {said: masthead.symbol}, language: msg(`language.${language}`)}),
      kind: CompletionItemKind.Snippet,
      detail: context.t('completion.masthead.detail', {symbol: {text: masthead.symbol}}),
      documentation: {kind: 'markdown', value: '```\n' + text + '```'},
      sortText: `0${index}`,
      filterText: `masthead ${masthead.symbol} a/res resolution résolution resolución ${language}`,
      textEdit: {range, newText: snippet},
      insertTextFormat: InsertTextFormat.Snippet
    }]
  })
}

/** A draft with `{{field}}`s as a snippet (`${1:field}`, the rest escaped) and as the text it shows. */
function snippetOf(draft: string): {snippet: string; text: string} {
  let index = 0
  let snippet = ''
  let text = ''
  let cursor = 0
  for (const match of draft.matchAll(/\{\{([^{}]*)\}\}/g)) {
    const literal = draft.slice(cursor, match.index)
    snippet += escapeSnippet(literal) + `\${${++index}:${escapeSnippet(match[1]!)}}`
    text += literal + match[1]!
    cursor = match.index + match[0].length
  }
  return {snippet: snippet + escapeSnippet(draft.slice(cursor)), text: text + draft.slice(cursor)}
}

function escapeSnippet(value: string): string {
  return value.replace(/[$}\\]/g, '\\$&')
}

/** The subject label with its colon, in the language's typography (`Subject: `, `Objet : `). */
function subjectItem(context: Context, range: Range): CompletionItem {
  const language = context.tree.data.language
  const text = `${context.profile.subjectLabels[language][0] ?? ''}${languageData(language).punctuation.labelColon} `
  return {label: text.trim(), kind: CompletionItemKind.Keyword, detail: context.t('completion.subject'), sortText: '1', textEdit: {range, newText: text}, insertTextFormat: InsertTextFormat.PlainText}
}

/** The vote line, its three figures to fill in. */
function voteLineItem(context: Context, range: Range): CompletionItem {
  const {tree, profile} = context
  const language = tree.data.language
  return {
    label: voteLineExample(profile, language),
    kind: CompletionItemKind.Snippet,
    detail: context.t('completion.voteLine'),
    sortText: '9',
    textEdit: {range, newText: voteLineExample(profile, language, (index) => `\${${index + 1}:<n>}`)},
    insertTextFormat: InsertTextFormat.Snippet
  }
}

/** The document's identifier: its file name's, else the next free one of the session it belongs to. */
function identifierItems(context: Context, range: Range): CompletionItem[] {
  const {formatIdentifier, nextIdentifier} = context.profile.facts.identifiers
  const {lastSession, sessionByNumber} = context.profile.facts.sessions
  const own = ownIdentifier(context)
  const session = (own && sessionOfIdentifier(context, own)) ?? documentSession(context)
  if (!session) return []
  const identifier = own ? formatIdentifier(own)! : nextIdentifier(context.options.existingIdentifiers ?? [], session.year, session.session)
  const values = {session: {ordinal: session.session}, when: when(session.year, sessionByNumber(session.session))}
  const item: CompletionItem = {
    label: identifier,
    kind: CompletionItemKind.Reference,
    detail: context.t(familyWords(context, own ? 'completion.identifier.own' : 'completion.identifier.next'), values),
    sortText: '0',
    textEdit: {range, newText: identifier},
    insertTextFormat: InsertTextFormat.PlainText
  }
  if (session.assumed) {
    item.documentation = context.t(familyWords(context, 'completion.identifier.assumed'), {session: {ordinal: session.session}, last: {ordinal: lastSession.session}, year: lastSession.year})
  }
  return [item]
}

/** The opening formula of the session the identifier names. */
function openingItems(context: Context, range: Range): CompletionItem[] {
  const {draft: openingDraft, formula: openingFormula} = context.profile.facts.opening
  const session = documentSession(context, true)
  if (!session) return []
  const language = context.tree.data.language
  const formula = openingFormula(session.session, language)
  if (!formula) {
    // The coming session: what the table does not know yet is a field to fill in.
    const {snippet, text} = snippetOf(openingDraft(session.session, language))
    return [
      {
        label: text,
        kind: CompletionItemKind.Snippet,
        detail: context.t(unknownFacts(context.profile.facts.sessions.sessionByNumber(session.session), {session: {ordinal: session.session}, year: session.year})),
        sortText: '0',
        filterText: text,
        textEdit: {range, newText: snippet},
        insertTextFormat: InsertTextFormat.Snippet
      }
    ]
  }
  return [
    {
      label: formula,
      kind: CompletionItemKind.Text,
      detail: context.t(familyWords(context, 'completion.opening'), {session: {ordinal: session.session}, year: session.year}),
      sortText: '0',
      filterText: formula,
      textEdit: {range, newText: formula},
      insertTextFormat: InsertTextFormat.PlainText
    }
  ]
}

/** The entry as the document's family words it (`familyWords` of the registry). */
function familyWords(context: Context, key: MessageKey): MessageKey {
  return profileWords(context.profile, key)
}

/** A session's year, and its host city when known (in the interface's words). */
function when(year: number, row: GeneralAssemblySession | undefined): Value {
  return row?.city ? msg('completion.when.city', {year, city: {words: row.city}}) : year
}

/**
 * What the opening of a session lacks and where it is missing from: the sessions table, or the
 * session `.resolintrc.json` or `resolint.session` declares (its `session.city`, `resolint.session.dates`), the place to add it.
 */
function unknownFacts(row: GeneralAssemblySession | undefined, values: Record<string, Value>): Message {
  const lacks = !row?.city ? (row?.start ? 'city' : 'cityDates') : 'dates'
  if (!row?.declared) return msg(`completion.opening.table.${lacks}`, values)
  // The keys to add: `session.…` in `.resolintrc.json`, `resolint.session.…` in the settings.
  const prefix = row.declared === '.resolintrc.json' ? 'session' : row.declared
  const keys = {city: ['city'], dates: ['dates'], cityDates: ['city', 'dates']}[lacks].map((key) => ({text: `${prefix}.${key}`}))
  return msg(`completion.opening.declared.${lacks}`, {...values, file: {text: row.declared}, keys: {and: keys}})
}

/** The session and year an identifier names, completed from the profile's sessions table (a UN symbol names no year). */
function sessionOfIdentifier(context: Context, id: ResolutionIdentifier): {session: number; year: number; assumed: boolean} | undefined {
  const {session, year} = context.profile.facts.identifiers.yearAndSession(id)
  return session === undefined || year === undefined ? undefined : {session, year, assumed: false}
}

/**
 * Session and year of the document, as its profile states them: from the opening's session where the profile's
 * opening names it (`facts.opening.namesSession`; for the identifier), from the identifier line as the profile
 * writes it (`identifierOfLine`: `United Nations  A/RES/80/7`); else the later of the workspace's latest
 * identifier and today's year.
 */
function documentSession(context: Context, identifierFirst = false): {session: number; year: number; assumed: boolean} | undefined {
  const {identifierOfName, scheme, writable} = context.profile.facts.identifiers
  const {lastSession, sessionByNumber, sessionByYear} = context.profile.facts.sessions
  const {tree, options, profile} = context
  const fromOpening = (): {session: number; year: number; assumed: boolean} | undefined => {
    if (!profile.facts.opening.namesSession) return undefined
    for (const block of tree.children) {
      if (block.type !== 'opening') continue
      const node = block.children.find((child) => child.type === 'session')
      const row = node?.type === 'session' ? sessionByNumber(node.number) : undefined
      if (row) return {session: row.session, year: row.year, assumed: false}
    }
    return undefined
  }
  const fromIdentifier = (): {session: number; year: number; assumed: boolean} | undefined => {
    for (const block of tree.children) {
      if (block.type !== 'identifier') continue
      const id = identifierOfLine(block, profile, context.text.slice(block.position.start.offset!, block.position.end.offset!))
      // The profile's own identifier: a cited family's line (a UN text's INTERPOL identifier) names another table's session.
      const session = id && profile.facts.identifiers.knows(id.prefix) ? sessionOfIdentifier(context, id) : undefined
      if (session) return session
    }
    return undefined
  }
  const fromToday = (): {session: number; year: number; assumed: boolean} | undefined => {
    if (!options.today) return undefined
    // A family whose sessions run across the year (the UN's, from September) dates its session itself; else the year's.
    const dated = profile.facts.identifiers.pairs?.sessionOfDate(options.today.toISOString().slice(0, 10))
    if (dated !== undefined) {
      const row = sessionByNumber(dated)
      if (row) return {session: row.session, year: row.year, assumed: false}
      return dated > lastSession.session ? {session: dated, year: lastSession.year + (dated - lastSession.session), assumed: true} : undefined
    }
    const year = options.today.getFullYear()
    const row = sessionByYear(year)
    if (row) return {session: row.session, year, assumed: false}
    if (year > lastSession.year) return {session: lastSession.session + (year - lastSession.year), year, assumed: true}
    return undefined
  }
  // The latest session among the identifiers already taken in the workspace.
  const fromExisting = (): {session: number; year: number; assumed: boolean} | undefined => {
    let latest: {session: number; year: number; assumed: boolean} | undefined
    for (const value of options.existingIdentifiers ?? []) {
      const id = identifierOfName(value)
      // Only a whole one of the current form (`GA-2025-93-RES-03`, `A/RES/80/7`): its parts name the session.
      const named = id?.prefix === scheme.current && writable(scheme.current, id) ? sessionOfIdentifier(context, id) : undefined
      if (named && (!latest || named.year > latest.year)) latest = named
    }
    return latest
  }
  const fromDocument = identifierFirst ? (fromIdentifier() ?? fromOpening()) : (fromOpening() ?? fromIdentifier())
  if (fromDocument) return fromDocument
  const own = ownIdentifier(context)
  const named = own && sessionOfIdentifier(context, own)
  if (named) return named
  const existing = fromExisting()
  const today = fromToday()
  return existing && today ? (today.year > existing.year ? today : existing) : (existing ?? today)
}

/** Where a paragraph's words start: after a stray list marker, its number marker and the space after it. */
function textStart(children: ReadonlyArray<{type: string; position?: {start: {offset?: number}; end: {offset?: number}}}>, text: string): number | undefined {
  let start: number | undefined
  for (const child of children) {
    if (child.type === 'listMarker' || child.type === 'marker') {
      start = child.position!.end.offset!
      while (start < text.length && (text.charAt(start) === ' ' || text.charAt(start) === '\t' || text.charAt(start) === '\u00a0')) start++
      continue
    }
    return child.position!.start.offset!
  }
  return start
}

/** Whether the text from `start` to the cursor is the first words of a paragraph (no terminator, no line break, few words). */
function typing(text: string, start: number | undefined, cursor: number, language: Language): boolean {
  if (start === undefined || cursor < start) return false
  const typed = text.slice(start, cursor)
  if (/[\r\n]/.test(typed) || [...typed].some((ch) => terminatorCharacters.includes(ch))) return false
  const words = typed.split(/\s+/).filter(Boolean).length
  return words <= maxWords(language)
}

const maxWordsCache = new Map<Language, number>()

/** Words of the longest phrase of a language, with a modifier. */
function maxWords(language: Language): number {
  let max = maxWordsCache.get(language)
  if (max === undefined) {
    max = 0
    for (const phrase of [...phrasesOfKind('preamble'), ...phrasesOfKind('operative')]) {
      for (const form of phrase.forms[language]) max = Math.max(max, form.split(' ').length)
    }
    max += 2
    maxWordsCache.set(language, max)
  }
  return max
}

function endsWithTerminator(value: string): boolean {
  const trimmed = trimEndOf(value, ' \t\r\n\u00a0*_\u200e\u200f')
  return trimmed.length > 0 && terminatorCharacters.includes(trimmed.charAt(trimmed.length - 1))
}

function leadingSpace(line: string): number {
  return line.length - line.replace(/^[ \t\u00a0\u200e\u200f]+/, '').length
}

/** From `start` (clamped to the cursor's line) to the cursor. */
function rangeOf(context: Context, start: number): Range {
  const {lines, position, cursor} = context
  const from = Math.max(lines.start(position.line), Math.min(start, cursor))
  return {start: toPosition(lines.point(from)), end: toPosition(lines.point(cursor))}
}

/** From `start` to `end` when the node ends on the cursor's line after it, else from `start` to the cursor. */
function singleLineRange(context: Context, start: number, end: number): Range {
  const {lines, position, cursor} = context
  const to = end <= lines.end(position.line) && end >= cursor ? end : cursor
  const from = Math.max(lines.start(position.line), Math.min(start, cursor))
  return {start: toPosition(lines.point(from)), end: toPosition(lines.point(to))}
}

function pad(index: number): string {
  return String(index).padStart(3, '0')
}
