/**
 * What the language server's work on a large document allocates, by cause, in a
 * process of its own: `node --import tsx bench/allocation.ts <resolutions>`
 * prints JSON. The steps are the server's (`lsp/checks.ts`): the check at open
 * (incremental on: `{previous: undefined}`), its diagnostics, the check after one
 * keystroke in the middle (`{previous, resolutions}`, as the server passes: only the resolution it is in is checked again), its diagnostics, then fix-all's rounds
 * (formatting). V8's sampling heap profiler (objects collected since included)
 * records each allocation with its stack; `causeOfAllocation` (`stats.ts`) names
 * its cause from the nearest frame that tells one.
 */
import inspector from 'node:inspector'
import {fixAll} from '../server/src/core/fix.js'
import {sentDiagnostics} from '../server/src/features/convert.js'
import {check, createProcessor, type Checked} from '../server/src/processor.js'
import {resolutions} from './corpus.js'
import {causeOfAllocation} from './stats.js'

interface ProfileNode {
  callFrame: {functionName: string; url: string}
  selfSize: number
  children: ProfileNode[]
}

const count = Number(process.argv[2] ?? 1000)
const text = resolutions(count)
const processor = createProcessor().freeze()
check(processor, resolutions(12), 'warm.resolution', 1, undefined, {previous: undefined})
const session = new inspector.Session()
session.connect()
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))))

/** Bytes allocated by `run`, by cause. */
async function allocated(run: () => void): Promise<Record<string, number>> {
  await post('HeapProfiler.startSampling', {samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
  run()
  const {profile} = await post<{profile: {head: ProfileNode}}>('HeapProfiler.stopSampling')
  const causes: Record<string, number> = {}
  const stack: ProfileNode['callFrame'][] = []
  const walk = (node: ProfileNode) => {
    stack.push(node.callFrame)
    if (node.selfSize > 0) {
      const cause = causeOfAllocation(stack)
      causes[cause] = (causes[cause] ?? 0) + node.selfSize
    }
    for (const child of node.children) walk(child)
    stack.pop()
  }
  walk(profile.head)
  return causes
}

const path = 'session.resolution'
let opened: Checked | undefined
let typed: Checked | undefined
const middle = text.indexOf('\n', Math.floor(text.length / 2))
const edited = text.slice(0, middle) + 'ا' + text.slice(middle)
const steps = {
  open: await allocated(() => {
    opened = check(processor, text, path, 1, undefined, {previous: undefined})
  }),
  'open: diagnostics': await allocated(() => void sentDiagnostics(opened!.messages, 'en')),
  keystroke: await allocated(() => {
    typed = check(processor, edited, path, 2, undefined, {previous: opened!.data.tree, resolutions: opened!.data.document.resolutions})
  }),
  'keystroke: diagnostics': await allocated(() => void sentDiagnostics(typed!.messages, 'en')),
  formatting: await allocated(() => void fixAll(typed!.data.document, (value) => check(processor, value, path).messages))
}
process.stdout.write(JSON.stringify({count, units: text.length, messages: typed!.messages.length, steps}) + '\n')
