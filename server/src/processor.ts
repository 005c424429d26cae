/**
 * The processor: `unified().use(resolutionParse).use(rules)`. The command
 * line, the language server and the tests all check through it.
 */
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {createDocument, documentOf, lineEnds, wholeDocument, type Document, type LineIndex, type Resolution} from './core/document.js'
import {memoByObject} from './core/memo.js'
import {analyzeSet, type AnalyzeOptions} from './core/parallel/compare.js'
import resolutionParse from './core/plugin.js'
import {resolutionStarts, startLineFacts} from './core/parse.js'
import {moveMessage, remember, runRule} from './core/rerun.js'
import {appliedRule, ruleApplies, type RuleSetting} from './core/rule.js'
import {groupSets, type Version} from './core/set.js'
import type {Language, Root, RootData} from './core/tree.js'
import type {Config} from './config.js'
import {profiles} from './profiles/index.js'
import type {Profile} from './profiles/types.js'
import {defaultSeverity, rules, type RuleEntry} from './rules/index.js'

/**
 * A processor with every rule at its configured severity, else its default at the config's stage: the server, the command line and the tests all check through it.
 * With `scope: 'set'`, only the rules that compare the language versions of a set.
 */
export function createProcessor(config: Config = {}, options: {scope?: 'set'} = {}): Processor<Root> {
  const {language, profile, stage, phrases, session} = config
  const processor = unified().use(resolutionParse, {language, profile, stage, phrases, session}) as unknown as Processor<Root>
  // This processor's rules: a check reuses per-paragraph messages only of a check made with the same ones.
  const chosen = Object.entries(rules).filter(([, entry]) => options.scope === undefined || entry.scope === options.scope)
  processor.use(checkRules, chosen.map(([id, entry]): ChosenRule => ({id, entry, setting: config.rules?.[id] ?? defaultSeverity(entry, stage)})), {})
  return processor
}

/** A rule of the processor and its setting. */
interface ChosenRule {
  id: string
  entry: RuleEntry
  setting: RuleSetting
}

/**
 * The rules as one transformer: each rule's own (unified-lint-rule's, at its setting) run in the registry's order
 * through `runRule` (a per-paragraph rule only on the paragraphs an edit changed). One transformer, not one per rule:
 * unified's pipeline costs about a microsecond a transformer, paid 35 times a check (100 times in a batch).
 * Which rules apply is decided once per check, not by each rule: those of the document's profile (`ruleApplies`), and
 * the set rules only when the file is checked with its set (they report its comparison, `file.data.parallel`).
 */
function checkRules(this: unknown, chosen: readonly ChosenRule[], owner: object) {
  const running = chosen.flatMap(({id, entry, setting}) => {
    // Each rule as it runs once `ruleApplies` is asked here: it does not ask again on every check.
    const transform = appliedRule(entry.plugin).call(this, setting) as Parameters<typeof runRule>[3] | undefined
    return transform ? [{id, entry, transform}] : []
  })
  // The rules that apply, by profile, with the set rules and without.
  const applyingTo = memoByObject((profile: Profile) => {
    const inSet = running.filter(({id, entry}) => ruleApplies(entry.plugin, id, profile))
    return {alone: inSet.filter(({entry}) => entry.scope !== 'set'), inSet}
  })
  return (tree: Root, file: VFile) => {
    let failed: Error | undefined
    const next = (error?: Error) => {
      failed = error
    }
    // Without the parser's profile every rule runs, and says so.
    const profile = documentOf(file, tree).profile
    const all = profile ? applyingTo(profile)[file.data.parallel ? 'inSet' : 'alone'] : running
    // A text in a language resolint does not check gets that message alone, not the English checks of its words.
    const list = tree.data.unsupportedLanguage ? all.filter(({id}) => id === 'language-unsupported') : all
    for (const {id, entry, transform} of list) {
      runRule(id, entry.reads === 'paragraph', owner, transform, tree, file, next, entry.facts, entry.bySection)
      // As unified's pipeline would: a rule that fails stops the check.
      if (failed) throw failed
    }
  }
}

/** A checked file: its tree, its `Document` and its messages. */
export type Checked = VFile & {data: {tree: Root; document: Document}}

/** How the server checks each version of a text after the last: the tree of the version before, and its resolutions when it held several. */
export interface Incremental {
  previous: Root | undefined
  /** The last check of the text, when it held several resolutions: a resolution whose text is unchanged keeps its check. */
  resolutions?: readonly Resolution[] | undefined
  /**
   * Called with each resolution a lean check makes (a text above `leanAbove` code units), while the tree it was checked
   * on is still at hand (`tree` reads it without parsing again): what the caller keeps of it needs no second parse.
   */
  lean?: ((document: Document) => void) | undefined
}

/**
 * Check one text (of an editor's `version`, when it has one); returns the file with its tree, document and messages.
 * `prepare` runs between parsing and the rules (the server gives the file its set there). `incremental`: the tree of
 * the version checked before (the server's), whose unchanged paragraphs are reused, and the messages of its per-paragraph
 * rules on them (`core/rerun.ts`); the result is the same. A text holding several resolutions (`resolutionStarts`) is
 * checked one resolution at a time, each as if it were a file of its own, with the text's profile; their messages are
 * placed in the whole text and its `Document` lists them (`resolutions`). The command line and the server both check so.
 */
export function check(processor: Processor<Root>, value: string, path?: string, version?: number, prepare?: (file: VFile, tree: Root) => void, incremental?: Incremental): Checked {
  // Its plugins attached (as parsing would), so the parser's profile is known.
  processor.freeze()
  const resolve = processor.data('resolutionProfile')
  const last = incremental?.resolutions
  const edit = last && last.every((resolution) => checkedBy.get(resolution) === processor) ? editOf(value, last) : undefined
  const lines = edit && changedLines(value, edit)
  // The text's profile, unless the edit's text says nothing of any family, before and after: then the last check's.
  const profile = edit && silent(edit, lines!) ? last![0]!.document.profile : resolve?.(value, path)
  const starts = !profile ? [0] : edit && profile === last![0]!.document.profile ? startsAfterEdit(value, profile, last!, edit, lines!) : resolutionStarts(value, profile)
  const kept = last?.filter((resolution) => resolution.document.profile === profile) ?? []
  if (starts.length > 1) return checkResolutions(processor, textView(value), starts, profile!, path, version, incremental, kept, kept.length === last?.length ? edit : undefined)
  return checkOne(processor, value, path, version, prepare, incremental, profile)
}

/**
 * Whether an edit leaves every profile's `detect` as it was, so the text's profile is the last check's. Each profile
 * reads cues line by line (`Profile.detectsLines`): then only the lines the edit changed, before it and after it, are
 * read (a keystroke reads one line, not the whole text), unless the edit lies in a profile's window (`within`), which
 * it may shift. A profile that does not declare so: the text the edit touched must carry no cue of any family.
 */
function silent(edit: Edit, lines: ChangedLines): boolean {
  const {old, changed} = edit
  if (old === changed) return true
  const all = Object.values(profiles)
  if (!all.every((profile) => profile.detectsLines)) return !all.some((profile) => profile.detect(old) || profile.detect(changed))
  // A profile reading a window: an edit past it leaves it as it was; one in it may move a cue in or out of it.
  return all.every(({detect, detectsLines: {within} = {}}) => (within === undefined ? !detect(lines.old) && !detect(lines.changed) : lines.at >= within))
}

/** The whole lines an edit changed, before it (`old`) and after it (`changed`), and where in the text its change starts. */
interface ChangedLines {
  old: string
  changed: string
  at: number
}

function changedLines(value: string, edit: Edit): ChangedLines {
  const {old, changed, at} = edit
  // The edit's span: what stands before and after it in both texts.
  const most = Math.min(old.length, changed.length)
  let prefix = 0
  while (prefix < most && old.charCodeAt(prefix) === changed.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < most - prefix && old.charCodeAt(old.length - 1 - suffix) === changed.charCodeAt(changed.length - 1 - suffix)) suffix++
  // Its whole lines, in the whole text: before it and after it, the same in both texts.
  const lineStart = at + prefix === 0 ? 0 : value.lastIndexOf('\n', at + prefix - 1) + 1
  const tail = at + changed.length - suffix
  const newline = value.indexOf('\n', tail)
  const lineEnd = newline < 0 ? value.length : newline
  return {old: value.slice(lineStart, at + prefix) + old.slice(prefix, old.length - suffix) + value.slice(tail, lineEnd), changed: value.slice(lineStart, lineEnd), at: at + prefix}
}

/**
 * What an edit changed in a text of several resolutions (`last`, the last check's): `before` resolutions stand
 * unchanged before it and those from `after` on unchanged after it, moved by `shift`; `from`-`to` is the text from the
 * start of the untouched resolution before it to the end of the one after it.
 */
interface Edit {
  before: number
  after: number
  shift: number
  from: number
  to: number
  /** The text of the resolutions the edit touched, before it and after it, and where it starts (the same in both texts). */
  old: string
  changed: string
  at: number
}

function editOf(value: string, last: readonly Resolution[]): Edit {
  const oldLength = last.at(-1)!.offset + last.at(-1)!.document.text.length
  const shift = value.length - oldLength
  const endOf = (index: number) => last[index]!.offset + last[index]!.document.text.length
  // Compared as slices (V8 compares two flat strings' characters in bulk; `startsWith` goes one by one).
  const standsAt = (text: string, offset: number) => offset >= 0 && offset + text.length <= value.length && value.slice(offset, offset + text.length) === text
  let before = 0
  while (before < last.length && standsAt(last[before]!.document.text, last[before]!.offset)) before++
  let after = last.length
  while (after > before && last[after - 1]!.offset + shift >= (before > 0 ? endOf(before - 1) : 0) && standsAt(last[after - 1]!.document.text, last[after - 1]!.offset + shift)) after--
  const end = Math.min(after + 1, last.length)
  const from = before > 0 ? last[before - 1]!.offset : 0
  const to = end < last.length ? last[end]!.offset + shift : value.length
  const unchanged = before === last.length && shift === 0
  // The text the edit changed, before and after it: the resolutions it touched.
  const changedFrom = before > 0 ? endOf(before - 1) : 0
  const changedTo = after < last.length ? last[after]!.offset + shift : value.length
  return {before, after, shift, from, to, old: unchanged ? '' : last.slice(before, after).map((resolution) => resolution.document.text).join(''), changed: unchanged ? '' : value.slice(changedFrom, changedTo), at: changedFrom}
}

function checkOne(processor: Processor<Root>, value: string, path: string | undefined, version: number | undefined, prepare: ((file: VFile, tree: Root) => void) | undefined, incremental: Incremental | undefined, profile: Profile | undefined): Checked {
  const file = new VFile({value, path})
  if (version !== undefined) file.data.version = version
  if (profile) file.data.profile = profile
  if (incremental) file.data.incremental = {previous: incremental.previous}
  const tree = processor.parse(file)
  prepare?.(file, tree)
  file.data.rerun = {previous: incremental?.previous, keep: incremental !== undefined}
  processor.runSync(tree, file)
  remember(file, tree)
  file.data.tree = tree
  file.data.document ??= createDocument(file, tree)
  return file as Checked
}

/** Which processor made each check of several resolutions: a resolution's check is kept only by the same processor's next. */
const checkedBy = new WeakMap<Resolution, Processor<Root>>()
/** Each resolution's messages placed in the whole text, when they were asked; a resolution the edit did not move keeps them. */
const placedMessages = new WeakMap<Resolution, VFileMessage[]>()

function placedOf(resolution: Resolution): VFileMessage[] {
  let placed = placedMessages.get(resolution)
  if (!placed) placedMessages.set(resolution, (placed = resolution.document.messages.map((message) => moveMessage(message, resolution.offset, resolution.line))))
  return placed
}

/**
 * Where the resolutions start after an edit, from where they started before (`last`, the last check's): those the
 * edit did not touch, before it and after it, stay where they were (moved by its length); only the text from the one
 * before the first it touched to the one after the last is scanned again (`resolutionStarts` decides a start from the
 * lines between the identifier before it and its own front, never beyond the next one's vote line). O(edit), not O(text).
 */
function startsAfterEdit(value: string, profile: Profile, last: readonly Resolution[], edit: Edit, lines: ChangedLines): number[] {
  const {before, after, shift, from, to} = edit
  if (before === last.length && shift === 0) return last.map((resolution) => resolution.offset)
  // An edit inside one line that reads the same to `resolutionStarts` (a letter in a paragraph): the starts after it move.
  const facts = startLineFacts(lines.changed, profile)
  if (facts !== undefined && facts === startLineFacts(lines.old, profile)) return last.map((resolution) => (resolution.offset <= lines.at ? resolution.offset : resolution.offset + shift))
  const middle = resolutionStarts(value.slice(from, to), profile).map((offset) => offset + from)
  return [...last.slice(0, Math.max(before - 1, 0)).map((resolution) => resolution.offset), ...middle, ...last.slice(after + 1).map((resolution) => resolution.offset + shift)]
}

/** A line index made when first asked: a text of several resolutions is read through its resolutions' own. */
function lazyLines(text: () => string): LineIndex {
  let index: LineIndex | undefined
  return {toPoint: (offset) => (index ??= location(text())).toPoint(offset), toOffset: (point) => (index ??= location(text())).toOffset(point)}
}

/**
 * The text a check of several resolutions reads: its length, slices of it, and the whole, made only when asked (after
 * a keystroke, `checkEdit` knows the one resolution's text the edit changed, and the others' are the last check's).
 */
interface TextView {
  readonly length: number
  slice(from: number, to: number): string
  whole(): string
  /** The whole text, when it is at hand. */
  readonly known?: string
}

function textView(value: string): TextView {
  return {length: value.length, slice: (from, to) => value.slice(from, to), whole: () => value, known: value}
}

/** A change of a text: code units `start`-`end` of the text checked last replaced by `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * `check` of the text the last check's (`incremental`, of several resolutions) became by `change`, made from that check
 * without reading the whole text (`length` code units, made from the resolutions' when asked): the same result, for a change
 * inside one resolution's text that moves no resolution's start and changes no profile (a keystroke in a paragraph).
 * Undefined for any other change, and for a lean text (above `leanAbove`): `check` the whole text then.
 */
export function checkEdit(processor: Processor<Root>, length: number, change: TextEdit, path: string | undefined, version: number | undefined, incremental: Incremental): Checked | undefined {
  processor.freeze()
  const last = incremental.resolutions
  if (!last || last.length < 2 || length > leanAbove || !last.every((resolution) => checkedBy.get(resolution) === processor)) return undefined
  const profile = last[0]!.document.profile
  if (!profile || !last.every((resolution) => resolution.document.profile === profile)) return undefined
  // The last check's resolutions follow each other from the text's start to its end, and the change fits that text.
  const shift = change.text.length - (change.end - change.start)
  for (const [index, resolution] of last.entries()) {
    if (resolution.offset !== (index === 0 ? 0 : last[index - 1]!.offset + last[index - 1]!.document.text.length)) return undefined
  }
  const lastOne = last.at(-1)!
  if (lastOne.offset + lastOne.document.text.length + shift !== length || change.start > change.end) return undefined
  // The resolution the change falls in, strictly inside its text.
  let index = last.length - 1
  while (index > 0 && last[index]!.offset >= change.start) index--
  const {offset, document} = last[index]!
  const old = document.text
  if (!(change.start > offset && change.end < offset + old.length)) return undefined
  const changed = old.slice(0, change.start - offset) + change.text + old.slice(change.end - offset)
  if (changed === old) return undefined
  // The whole lines it changed, read in that resolution's text: they end in it (a line break), or at the text's end.
  const local = changedLines(changed, {before: 0, after: 1, shift, from: 0, to: changed.length, old, changed, at: 0})
  const lineStart = lineStartIn(changed, local.at)
  const next = last[index + 1]
  if (!(lineStart + local.changed.length < changed.length || !next || next.document.text.startsWith('\n'))) return undefined
  if (!(lineStart > 0 || index === 0 || last[index - 1]!.document.text.endsWith('\n'))) return undefined
  const lines = {old: local.old, changed: local.changed, at: local.at + offset}
  // The next resolution starts after the change (and moves by it).
  if (next && next.offset <= lines.at) return undefined
  const edit: Edit = {before: index, after: index + 1, shift, from: index > 0 ? last[index - 1]!.offset : 0, to: index + 2 < last.length ? last[index + 2]!.offset + shift : length, old, changed, at: offset}
  // As `check`: the profile stays when the edit says nothing of any family; the starts move when its line reads the same.
  if (!silent(edit, lines)) return undefined
  const facts = startLineFacts(lines.changed, profile)
  if (facts === undefined || facts !== startLineFacts(lines.old, profile)) return undefined
  const starts = last.map((resolution) => (resolution.offset <= lines.at ? resolution.offset : resolution.offset + shift))
  // The whole text, as the resolutions' (this version's, whatever the editor's text is by the time it is asked for).
  const texts = last.map((resolution, at) => (at === index ? changed : resolution.document.text))
  return checkResolutions(processor, editedView(length, texts, index, offset), starts, profile, path, version, incremental, last, edit)
}

/**
 * The text after an edit as its resolutions' `texts`, the one at `index` (at `offset`) changed: joined when first read
 * whole. A function of its own: what its closures keep is only that (no earlier version's tree or text).
 */
function editedView(length: number, texts: readonly string[], index: number, offset: number): TextView {
  const changed = texts[index]!
  const end = offset + changed.length
  let text: string | undefined
  const whole = () => (text ??= texts.join(''))
  return {length, slice: (from, to) => (from === offset && to === end ? changed : whole().slice(from, to)), whole}
}

/** Where the line holding `at` starts in `text`. */
function lineStartIn(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1
}

/**
 * Above this many code units (a 6 MB session's batch), a text of several resolutions keeps of each only its text and
 * messages: its tree is read again when a feature asks for it (`leanCheck`), and no resolution is parsed incrementally.
 */
const leanAbove = 1_000_000

/**
 * A resolution's check that keeps no tree: its messages (without the nodes they were found on) and text; `tree` is
 * parsed again when asked (the last four so read are kept: not a `WeakRef`, which keeps every tree read in one
 * synchronous run alive to its end, so the outline of 1,000 resolutions held all 1,000).
 */
const readAgain: Array<{text: string; processor: Processor<Root>; tree: Root}> = []

function leanCheck(processor: Processor<Root>, text: string, path: string | undefined, version: number | undefined, profile: Profile, keep?: (document: Document) => void): LeanDocument {
  const checked = checkOne(processor, text, path, version, undefined, undefined, profile)
  const checkedTree = checked.data.tree
  const data = checkedTree.data
  for (const message of checked.messages) {
    message.ancestors = undefined
    ownStrings(message)
  }
  delete (checked.data as Partial<typeof checked.data>).tree
  delete (checked.data as Partial<typeof checked.data>).document
  const document = new LeanDocument(text, checked.path || undefined, version, lineEnds(text), processor, profile, checked.messages, checked)
  rootData.set(document, data)
  if (keep) {
    readNow(text, processor, checkedTree)
    keep(document)
  }
  return document
}

/** `tree`, the last of a lean resolution's trees read (`readAgain`). */
function readNow(text: string, processor: Processor<Root>, tree: Root): Root {
  readAgain.unshift({text, processor, tree})
  readAgain.length = Math.min(readAgain.length, 4)
  return tree
}

/**
 * Gives each string of a kept message that may be cut from the text (its reason, the words it quotes, its fixes'
 * texts, its l10n values, at any depth) a copy of its own: such a string is a view of the whole version of the text it
 * was cut from (`ownCopy`). Those every message shares (its rule, its page, the file's path, a catalogue key) stay.
 */
function ownStrings(value: object, copies = new Map<string, string>()): void {
  const fields = value as Record<string, unknown>
  for (const key of Object.keys(fields)) {
    const field = fields[key]
    if (typeof field === 'string') {
      if (field.length < 13 || shared.has(key)) continue
      let copy = copies.get(field)
      if (copy === undefined) copies.set(field, (copy = ownCopy(field)))
      fields[key] = copy
    } else if (typeof field === 'object' && field !== null && (Array.isArray(field) || Object.getPrototypeOf(field) === Object.prototype)) ownStrings(field, copies)
  }
}

/** The fields of a message (or of what it holds) whose strings no text is cut into. */
const shared = new Set(['file', 'name', 'ruleId', 'source', 'url', 'stack', 'key', 'path', 'uri'])

/**
 * A lean resolution's `Document`: its tree read again through the class's accessor (one per object would be kept by
 * V8 with what it closes over: `FileDocument` in core/document.ts). Its text is a view of the last version of the whole
 * text checked (`moveTo`): nothing else it keeps was cut from one, so the versions before it can go.
 */
class LeanDocument implements Document {
  #text: string

  constructor(
    text: string,
    readonly path: string | undefined,
    readonly version: number | undefined,
    readonly lines: LineIndex,
    private readonly processor: Processor<Root>,
    readonly profile: Profile,
    readonly messages: VFileMessage[],
    readonly file: VFile
  ) {
    this.#text = text
  }

  get text(): string {
    return this.#text
  }

  /** The same text, cut from the version of the whole text checked now. */
  moveTo(text: string): void {
    this.#text = text
    this.file.value = text
  }

  get tree(): Root {
    const text = this.#text
    const known = readAgain.find((entry) => entry.text === text && entry.processor === this.processor)
    if (known) return known.tree
    const file = new VFile({value: text, path: this.path})
    file.data.profile = this.profile
    // The last few read again: a feature asks one resolution's tree several times, the outline each in turn.
    return readNow(text, this.processor, this.processor.parse(file))
  }
}

/** A lean resolution's root data (its language, profile, stage), kept without its tree. */
const rootData = new WeakMap<Document, RootData>()

function rootDataOf(document: Document): RootData {
  return rootData.get(document) ?? document.tree.data
}

/**
 * The languages of a text of several resolutions, as runs: the 0-based line of the first resolution of each run of
 * resolutions in one language (a batch in one language is one run); undefined for a text of one. Reads no tree again.
 */
export function resolutionLanguages(document: Document): Array<{line: number; language: Language}> | undefined {
  if (!document.resolutions) return undefined
  const runs: Array<{line: number; language: Language}> = []
  for (const resolution of document.resolutions) {
    const {language} = rootDataOf(resolution.document)
    if (runs.at(-1)?.language !== language) runs.push({line: resolution.line, language})
  }
  return runs
}

/**
 * A copy of `text` that holds no longer string: V8 makes a slice of 13 or more code units a view of the string it was
 * cut from (and a slice of a slice a view of the first), so a resolution cut from the whole text holds all of it.
 * Slicing a concatenation flattens it into a string of its own first.
 */
function ownCopy(text: string): string {
  return (' ' + text).slice(1)
}

/**
 * A text of several resolutions: each checked on its own (or kept, when its text is the last check's), its messages
 * placed in the whole. `edit` (of `last`): the resolutions it found standing unchanged before and after it are kept
 * without comparing their texts again where they start and end as before (a keystroke compares only those it touched).
 */
function checkResolutions(processor: Processor<Root>, value: TextView, starts: readonly number[], profile: Profile, path: string | undefined, version: number | undefined, incremental: Incremental | undefined, last: readonly Resolution[], edit?: Edit): Checked {
  const file = new VFile({value: value.known, path})
  // The whole text made when first read (after a keystroke, `checkEdit`'s): the file's value is the document's text.
  if (value.known === undefined) wholeValue(file, value)
  if (version !== undefined) file.data.version = version
  const atOffset = new Map(last.map((resolution) => [resolution.offset, resolution]))
  let byText: Map<string, Resolution> | undefined
  /** `last[at]` if the edit found it unchanged and it spans `offset`-`end`, as it did `shift` code units earlier. */
  const standing = (at: number, offset: number, end: number, shift: number) => {
    const resolution = last[at]!
    return resolution.offset + shift === offset && resolution.offset + shift + resolution.document.text.length === end ? resolution : undefined
  }
  // The last check of the same text: one the edit left standing before or after it, else where it stood (before the
  // edit), as many from the end (after it), else anywhere.
  const keptFor = (offset: number, end: number, fromEnd: number) => {
    // A first check (the command line's, a batch's) keeps nothing: no text to look up.
    if (last.length === 0) return undefined
    const index = starts.length - fromEnd
    const standingAt = !edit ? undefined : index < edit.before ? standing(index, offset, end, 0) : last.length - fromEnd >= edit.after ? standing(last.length - fromEnd, offset, end, edit.shift) : undefined
    if (standingAt) return standingAt
    const text = value.slice(offset, end)
    const same = (resolution: Resolution | undefined) => (resolution?.document.text === text ? resolution : undefined)
    return same(atOffset.get(offset)) ?? same(last[last.length - fromEnd]) ?? (byText ??= new Map(last.map((resolution) => [resolution.document.text, resolution]))).get(text)
  }
  // The phrasing of an unchanged paragraph is found by its text: the last check's resolution at the same place, or its one tree.
  const previousTree = (index: number) => (incremental?.resolutions ? incremental.resolutions[Math.min(index, incremental.resolutions.length - 1)]!.document.tree : incremental?.previous)
  const lean = value.length > leanAbove
  // The trees read again were cut from an earlier version: the resolutions kept now are moved to this one.
  if (lean) readAgain.length = 0
  const resolutions: Resolution[] = []
  let line = 0
  for (const [index, offset] of starts.entries()) {
    const end = starts[index + 1] ?? value.length
    const kept = keptFor(offset, end, starts.length - index)
    const text = kept?.document.text ?? value.slice(offset, end)
    // After an edit, the resolutions checked again get a text of their own: a slice would keep this whole version alive
    // as long as they (and every string cut from them) live, after the editor's next version has replaced it.
    const own = kept || last.length === 0 ? text : ownCopy(text)
    const document = kept?.document ?? (lean ? leanCheck(processor, own, path, version, profile, incremental?.lean) : checkOne(processor, own, path, version, undefined, incremental && {previous: previousTree(index)}, profile).data.document)
    if (kept && document instanceof LeanDocument) document.moveTo(value.slice(offset, end))
    const resolution: Resolution = {offset, line, document}
    checkedBy.set(resolution, processor)
    resolutions.push(resolution)
    if (kept && kept.offset === offset && kept.line === line && placedMessages.has(kept)) placedMessages.set(resolution, placedMessages.get(kept)!)
    // The next one's first line: each resolution's line index knows its count of lines.
    line += document.lines.toPoint(text.length)!.line - 1
  }
  const lastOne = resolutions.at(-1)!.document
  const end = lastOne.lines.toPoint(lastOne.text.length)!
  const tree: Root = {type: 'root', children: [], data: {...rootDataOf(resolutions[0]!.document)}, position: {start: {line: 1, column: 1, offset: 0}, end: {line: resolutions.at(-1)!.line + end.line, column: end.column, offset: value.length}}}
  file.data.tree = tree
  // `value.whole`, not a closure made here: this function's closures hold the last check's resolutions.
  file.data.document = wholeDocument(file, tree, value.whole, lazyLines(value.whole), profile, resolutions)
  placeLater(file, resolutions)
  return file as Checked
}

/** The file's value read from `value` when first asked (a function of its own: the accessor keeps what it closes over). */
function wholeValue(file: VFile, value: TextView): void {
  Object.defineProperty(file, 'value', {
    configurable: true,
    enumerable: true,
    get: () => value.whole(),
    set: (text: VFile['value']) => {
      Object.defineProperty(file, 'value', {configurable: true, enumerable: true, writable: true, value: text})
    }
  })
}

/**
 * The messages in the whole text, made when first asked (the command line's report, fix-all): the server sends each
 * resolution's own, converted once and moved (`documentDiagnostics`), so a keystroke moves none of them. A function of
 * its own: the accessor keeps what it closes over, and `checkResolutions`'s closures hold the last version's texts.
 */
function placeLater(file: VFile, resolutions: readonly Resolution[]): void {
  let messages: VFileMessage[] | undefined
  Object.defineProperty(file, 'messages', {
    configurable: true,
    enumerable: true,
    get: () => (messages ??= resolutions.flatMap((resolution) => placedOf(resolution))),
    set: (value: VFileMessage[]) => {
      messages = value
    }
  })
}

/** A checked file, its tree and the rule settings it was checked with. */
export interface CheckedFile {
  file: VFile
  tree: Root
  config: Config
}

/**
 * Check the versions of each set among `checked` against each other (files
 * whose names differ only by their language part): the set's rules run on
 * each version with that file's settings, after its own check. Files of no
 * set are left as they are.
 */
export function checkSets(checked: readonly CheckedFile[], options: AnalyzeOptions = {}): void {
  // A text of several resolutions is no version of one.
  const single = checked.filter((entry) => !entry.file.data.document?.resolutions)
  for (const set of groupSets(single, (entry) => entry.file.path)) {
    const entries = Object.entries(set.versions) as Array<[Language, CheckedFile]>
    const versions: Version[] = entries.map(([language, entry]) => ({language, path: entry.file.path, tree: entry.tree}))
    const analysis = analyzeSet(versions, options)
    for (const [language, entry] of entries) {
      entry.file.data.parallel = {language, analysis}
      createProcessor(entry.config, {scope: 'set'}).runSync(entry.tree, entry.file)
    }
  }
}

declare module 'vfile' {
  interface DataMap {
    tree: Root
  }
}

/** Whether a message's rule compares the versions of a set (`scope: 'set'`): the cross-version findings. */
export function isSetRule(id: string | null | undefined): boolean {
  return id !== null && id !== undefined && rules[id]?.scope === 'set'
}
