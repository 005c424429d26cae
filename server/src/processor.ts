/**
 * The processor: `unified().use(resolutionParse).use(rules)`. The command
 * line, the language server and the tests all check through it.
 */
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import resolutionParse from './core/plugin.js'
import type {Root} from './core/tree.js'
import type {Config} from './config.js'
import {rules} from './rules/index.js'

/** A processor with every rule at its configured (or default) severity. */
export function createProcessor(config: Config = {}): Processor<Root> {
  const processor = unified().use(resolutionParse, {language: config.language, profile: config.profile, stage: config.stage, phrases: config.phrases}) as unknown as Processor<Root>
  for (const [id, entry] of Object.entries(rules)) processor.use(entry.plugin, config.rules?.[id] ?? entry.severity)
  return processor
}

/** Check one text; returns the file with its tree in `data.tree` and its messages. */
export function check(processor: Processor<Root>, value: string, path?: string): VFile & {data: {tree?: Root}} {
  const file = new VFile({value, path})
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  file.data.tree = tree
  return file as VFile & {data: {tree?: Root}}
}

declare module 'vfile' {
  interface DataMap {
    tree: Root
  }
}
