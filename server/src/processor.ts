/**
 * The processor: `unified().use(resolutionParse).use(rules)`. The command
 * line, the language server and the tests all check through it.
 */
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {createDocument, type Document, type Resolution} from './core/document.js'
import {analyzeSet, type AnalyzeOptions} from './core/parallel/compare.js'
import resolutionParse from './core/plugin.js'
import {resolutionStarts} from './core/parse.js'
import {moveMessage, remember, runRule} from './core/rerun.js'
import type {RulePlugin, RuleSetting} from './core/rule.js'
import {groupSets, type Version} from './core/set.js'
import type {Language, Root} from './core/tree.js'
import type {Config} from './config.js'
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
  const owner = {}
  for (const [id, entry] of Object.entries(rules)) {
    if (options.scope === undefined || entry.scope === options.scope) processor.use(rerunnable(id, entry, owner), config.rules?.[id] ?? defaultSeverity(entry, stage))
  }
  return processor
}

/** A rule's plugin whose transformer runs through `runRule`: a per-paragraph rule only on the paragraphs an edit changed. */
function rerunnable(id: string, entry: RuleEntry, owner: object): RulePlugin {
  const plugin: RulePlugin = function (this: unknown, setting?: RuleSetting) {
    const transform = entry.plugin.call(this, setting) as Parameters<typeof runRule>[3] | undefined
    if (!transform) return undefined
    return ((tree: Root, file: VFile, next: (error?: Error) => void) => runRule(id, entry.reads === 'paragraph', owner, transform, tree, file, next, entry.facts, entry.bySection)) as never
  }
  Object.defineProperty(plugin, 'name', {value: entry.plugin.name})
  return plugin
}

/** A checked file: its tree, its `Document` and its messages. */
export type Checked = VFile & {data: {tree: Root; document: Document}}

/** How the server checks each version of a text after the last: the tree of the version before, and its resolutions when it held several. */
export interface Incremental {
  previous: Root | undefined
  /** The last check of the text, when it held several resolutions: a resolution whose text is unchanged keeps its check. */
  resolutions?: readonly Resolution[] | undefined
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
  const profile = resolve?.(value, path)
  const starts = profile ? resolutionStarts(value, profile) : [0]
  if (starts.length > 1) return checkResolutions(processor, value, starts, profile!, path, version, incremental)
  return checkOne(processor, value, path, version, prepare, incremental, profile)
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

/** A text of several resolutions: each checked on its own (or kept, when its text is the last check's), its messages placed in the whole. */
function checkResolutions(processor: Processor<Root>, value: string, starts: readonly number[], profile: Profile, path: string | undefined, version: number | undefined, incremental: Incremental | undefined): Checked {
  const file = new VFile({value, path})
  if (version !== undefined) file.data.version = version
  const lines = location(value)
  const before = new Map<string, Resolution>()
  for (const resolution of incremental?.resolutions ?? []) {
    if (checkedBy.get(resolution) === processor && resolution.document.profile === profile) before.set(resolution.document.text, resolution)
  }
  const resolutions: Resolution[] = []
  for (const [index, offset] of starts.entries()) {
    const text = value.slice(offset, starts[index + 1] ?? value.length)
    const line = lines.toPoint(offset)!.line - 1
    const kept = before.get(text)
    // The phrasing of an unchanged paragraph is found by its text: the last check's resolution at the same place, or its one tree.
    const previous = incremental?.resolutions ? incremental.resolutions[Math.min(index, incremental.resolutions.length - 1)]!.document.tree : incremental?.previous
    const document = kept?.document ?? checkOne(processor, text, path, version, undefined, incremental && {previous}, profile).data.document
    const resolution: Resolution = {offset, line, document}
    checkedBy.set(resolution, processor)
    resolutions.push(resolution)
    for (const message of document.messages) file.messages.push(moveMessage(message, offset, line))
  }
  const first = resolutions[0]!.document.tree
  const tree: Root = {type: 'root', children: [], data: {...first.data}, position: {start: {line: 1, column: 1, offset: 0}, end: lines.toPoint(value.length) ?? {line: 1, column: 1, offset: 0}}}
  file.data.tree = tree
  file.data.document = createDocument(file, tree, lines, profile, resolutions)
  return file as Checked
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
