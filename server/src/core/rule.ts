/**
 * The one way a rule is made: unified-lint-rule with the origin and docs URL
 * made from the rule id, an `info` severity on top of `warn` and `error`, and
 * the context every rule needs (language, profile).
 */
import {lintRule} from 'unified-lint-rule'
import type {Transformer} from 'unified'
import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentOf, type Document} from './document.js'
import type {MessageEdit} from './fix.js'
// Not the registry (`profiles/index.ts`): it imports the profiles, and their own rules import this module.
import {layoutOf, profileRuns, type Layout, type Profile} from '../profiles/types.js'
import type {Language, Root, Stage} from './tree.js'
import {defaultLocale, isMessage, translate, type Message} from '../l10n/index.js'

/**
 * The docs page of a rule, in `language` (the default locale's page, English, has no folder);
 * the only place a docs URL is made.
 * > **Note**: a literal, not a module constant: a profile's own rules call `rule()`
 * > while this module may still be loading (it imports the profiles, they their rules).
 */
export function docsUrl(id: string, language?: Language): string {
  return 'https://github.com/resolint/resolint/blob/main/docs/rules/' + (language && language !== defaultLocale ? language + '/' : '') + id + '.md'
}

/** A message's docs page in the interface language: the rule's page in `language`, any other address as it is. */
export function docsUrlIn(message: {ruleId?: string | undefined; url?: string | undefined}, language: Language): string | undefined {
  return message.ruleId && message.url === docsUrl(message.ruleId) ? docsUrl(message.ruleId, language) : message.url
}

/** A rule's severity; `info` is resolint's addition to unified-lint-rule's levels. */
export type Severity = 'off' | 'info' | 'warn' | 'error'
/** A rule's setting in a config: a level, or `[level, options]`. */
export type RuleSetting = Severity | 0 | 1 | 2 | boolean | [Severity | 0 | 1 | 2 | boolean, unknown?]

/** What every rule is given besides the tree, the file and its options. */
export interface RuleContext {
  language: Language
  profile: Profile
  stage: Stage
  /** The layout of the document's era (its identifier's; the current one without). */
  layout: Layout
  /** The check's text, line index and folded text, made once for every rule. */
  document: Document
}

/** A place in another file shown with a message (the counterpart paragraph in another language version). */
export interface RelatedLocation {
  /** The other file's path. */
  path: string
  place: Position
  /** What is there, in English: `English version: “RECALLING …”`. */
  note: string
  /** The note to say in the interface language (`localizeRelated`). */
  l10n?: Message
}

/** A related location as a rule gives it: its note a `Message` (or English text). */
export type RelatedReport = Omit<RelatedLocation, 'note' | 'l10n'> & {note: string | Message}

/** What a rule can attach to a message besides its reason and place. */
export interface ReportOptions {
  /** The certain replacement of the message's range: applied by `--fix` and fix-all. */
  expected?: string
  /** The certain fix of several ranges at once (removing every piece of pasted page furniture): applied by `--fix` and fix-all. */
  edits?: MessageEdit[]
  /**
   * A fix of several ranges offered as a quick fix only, never applied by `--fix` or fix-all: one that removes text a
   * drafter may still need (a footnote says what it cites), which the drafter removes by choice.
   */
  suggestedEdits?: MessageEdit[]
  /** The suggested edits renumber paragraphs or items: their quick fix is titled so ("Renumber them (3)"). */
  renumbering?: boolean
  /** Possible replacements of the range, offered as quick fixes only. */
  suggestions?: string[]
  /** Replacements of other ranges that resolve the problem too, offered as quick fixes only. */
  alternatives?: Array<{text: string; place: Position}>
  /** What was found, when it is not the text of the range. */
  actual?: string
  /** A second sentence: shown after the reason (a `Message`, said in the interface language). */
  note?: string | Message
  ancestors?: Node[]
  /** Report it as information whatever the rule's severity: what a draft has not reached yet. */
  information?: boolean
  /** The drafter's word, which the "Add to this project's phrases" quick fix adds to `.resolintrc.json`. */
  phrase?: {kind: 'preamble' | 'operative'; value: string} | undefined
  /** Places in other files that the message is about too (LSP `relatedInformation`, SARIF `relatedLocations`). */
  related?: RelatedReport[]
}

/** The body of a rule. */
export type Check<Options> = (tree: Root, file: VFile, options: Options | undefined, context: RuleContext) => void

/** A rule as a unified plugin, taking its setting. */
export type RulePlugin = (setting?: RuleSetting) => Transformer<Root> | undefined

/** Make rule `id` from `check`; a profile's own rule (`profiles/<id>/rules/`) names its `profile`, and runs only on that profile's documents. */
export function rule<Options = unknown>(id: string, check: Check<Options>, owner?: {profile: string}): RulePlugin {
  const plugin = lintRule<Root, Options>({origin: 'resolint:' + id, url: docsUrl(id)}, (tree, file, options) => {
    const document = documentOf(file, tree)
    const profile = profileOfDocument(document, id)
    check(tree, file, options, {language: tree.data.language, profile, stage: tree.data.stage ?? 'draft', layout: layoutOf(profile, tree.data.era), document})
  })
  // The rule for a caller that has decided it applies (the processor's `checkRules`, once per profile).
  const chosen: RulePlugin = function (this: unknown, setting?: RuleSetting) {
    // unified-lint-rule reads a bare value as options: give it `[level, options]`.
    const [level, options] = Array.isArray(setting) ? setting : [setting ?? 'warn', undefined]
    const transform = (plugin as (this: unknown, setting?: unknown) => Transformer<Root> | undefined).call(this, [level === 'info' ? 'warn' : level, options])
    if (!transform) return undefined
    return (tree, file, next) => {
      const before = file.messages.length
      ;(transform as (tree: Root, file: VFile, next: (error?: Error) => void) => void)(tree, file, (error?: Error) => {
        const messages = file.messages
        for (let index = before; index < messages.length; index++) {
          const message = messages[index] as VFileMessage & {information?: boolean}
          if (level === 'info' || message.information) message.fatal = undefined
        }
        ;(next as (error?: Error) => void)(error)
      })
    }
  }
  // The rule as a plugin of its own (`unified().use(rule)`): it asks first whether it applies to the document's profile.
  const wrapped: RulePlugin = function (this: unknown, setting?: RuleSetting) {
    const transform = chosen.call(this, setting) as ((tree: Root, file: VFile, next: (error?: Error) => void) => void) | undefined
    if (!transform) return undefined
    return (tree, file, next) => {
      // Without the parser's profile the rule runs, and says so.
      const {profile} = documentOf(file, tree)
      if (!profile || ruleApplies(wrapped, id, profile)) transform(tree, file, next)
      else (next as (error?: Error) => void)()
    }
  }
  Object.defineProperty(wrapped, 'name', {value: 'resolint:' + id})
  if (owner) owners.set(wrapped, owner.profile)
  chosenRules.set(wrapped, chosen)
  return wrapped
}

/** Each rule made by `rule()` as its caller runs it once it has asked `ruleApplies` itself. */
const chosenRules = new WeakMap<RulePlugin, RulePlugin>()

/** Rule `plugin` without its own `ruleApplies` question, for a caller that asks it once for every check (`checkRules`). */
export function appliedRule(plugin: RulePlugin): RulePlugin {
  return chosenRules.get(plugin) ?? plugin
}

/** The profile each profile's own rule belongs to (`rule(…, {profile})`). */
const owners = new WeakMap<RulePlugin, string>()

/**
 * Whether rule `id` (made as `plugin`) runs on a document of `profile`. A profile lists its rules: INTERPOL's vote line
 * means nothing to a UN resolution, nor the UN's masthead to an INTERPOL one; a profile's own rule runs on its documents only.
 */
export function ruleApplies(plugin: RulePlugin, id: string, profile: Profile): boolean {
  const owner = owners.get(plugin)
  return (owner === undefined || owner === profile.id) && profileRuns(profile, id)
}

/** The profile the parser plugin recorded on the check's document. */
function profileOfDocument(document: Document, id: string): Profile {
  if (!document.profile) throw new Error(`rule ${id} needs the resolint parser (its document records the profile)`)
  return document.profile
}

/**
 * Report `said` on `place` (a node or a position): a catalogue `Message`, never a sentence, said
 * in English in `reason` and kept as `l10n`, for each face to say it in the drafter's locale.
 */
export function report(file: VFile, said: Message, place?: Node | Position, options: ReportOptions = {}): VFileMessage {
  const position = place && 'type' in place ? place.position : place
  const reason = translate('en', said)
  // A message is an Error whose stack vfile-message empties: capturing it only costs (2 of 3 µs a message).
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(reason, {place: position, ancestors: options.ancestors})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  if (options.expected !== undefined) message.expected = [options.expected]
  if (options.edits && options.edits.length > 0) Object.assign(message, {edits: options.edits})
  if (options.suggestedEdits && options.suggestedEdits.length > 0) Object.assign(message, options.renumbering ? {suggestedEdits: options.suggestedEdits, renumbering: true} : {suggestedEdits: options.suggestedEdits})
  if (options.suggestions && options.suggestions.length > 0) Object.assign(message, {suggestions: options.suggestions})
  if (options.alternatives && options.alternatives.length > 0) Object.assign(message, {alternatives: options.alternatives})
  if (options.actual !== undefined) message.actual = options.actual
  Object.assign(message, {l10n: said})
  if (isMessage(options.note)) Object.assign(message, {note: translate('en', options.note), l10nNote: options.note})
  else if (options.note !== undefined) message.note = options.note
  if (options.information) Object.assign(message, {information: true})
  if (options.phrase) Object.assign(message, {phrase: options.phrase})
  if (options.related && options.related.length > 0) {
    const related: RelatedLocation[] = options.related.map(({note, ...location}) => (isMessage(note) ? {...location, note: translate('en', note), l10n: note} : {...location, note}))
    Object.assign(message, {related})
  }
  return message
}

/** The places in other files a message carries, if any. */
export function relatedOf(message: VFileMessage): RelatedLocation[] {
  return (message as VFileMessage & {related?: RelatedLocation[]}).related ?? []
}
