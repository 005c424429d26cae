/**
 * The processor: `unified().use(resolutionParse).use(rules)`. The command
 * line, the language server and the tests all check through it.
 */
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {createDocument, type Document} from './core/document.js'
import resolutionParse from './core/plugin.js'
import type {Root} from './core/tree.js'
import type {Config} from './config.js'
import {rules} from './rules/index.js'

/** A processor with every rule at its configured (or default) severity: the server, the command line and the tests all check through it. */
export function createProcessor(config: Config = {}): Processor<Root> {
  const {language, profile, stage, phrases} = config
  const processor = unified().use(resolutionParse, {language, profile, stage, phrases}) as unknown as Processor<Root>
  for (const [id, entry] of Object.entries(rules)) processor.use(entry.plugin, config.rules?.[id] ?? entry.severity)
  return processor
}

/** A checked file: its tree, its `Document` and its messages. */
export type Checked = VFile & {data: {tree: Root; document: Document}}

/** Check one text (of an editor's `version`, when it has one); returns the file with its tree, document and messages. */
export function check(processor: Processor<Root>, value: string, path?: string, version?: number): Checked {
  const file = new VFile({value, path})
  if (version !== undefined) file.data.version = version
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  file.data.tree = tree
  file.data.document ??= createDocument(file, tree)
  return file as Checked
}

declare module 'vfile' {
  interface DataMap {
    tree: Root
  }
}
