/**
 * Docs are the tests (STYLE.md 9, 10): every `ok` example of a rule page raises
 * nothing from that rule; every `not-ok` example gives exactly the output block
 * after it; and applying its certain fixes removes those messages and changes
 * nothing else. Quoted text in a page's expected messages is written plainly:
 * the test asserts every quotation isolated and takes the isolates out (`plain` in helpers.ts).
 *
 * Rules that compare the language versions of a resolution take `ok-set` and
 * `not-ok-set` examples: several files in one fence, each after a line
 * `==> GA-2025-93-RES-07.en.txt <==` (as `head` shows several files), checked
 * as one set; their output lines start with the file name
 * (`GA-2025-93-RES-07.en.txt:3:1-3:10: …`).
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {applyFixes, fixesOf} from '../server/src/core/fix.js'
import {ruleIds} from '../server/src/rules/index.js'
import type {Config} from '../server/src/config.js'
import {formatMessage, lint, lintSet, plain, reportSet, type SetFile} from './helpers.js'
import {messageOf} from '../server/src/l10n/index.js'
import type {VFileMessage} from 'vfile-message'

const folder = new URL('../docs/rules/', import.meta.url)

interface Example {
  kind: 'ok' | 'not-ok' | 'ok-set' | 'not-ok-set'
  config: Config
  /** The file name the example is checked as (`"file"` in the fence's JSON), for rules that read it. */
  file: string | undefined
  text: string
  expected: string[]
}

/** Fenced blocks of a page: ```ok / ```not-ok (and -set) with optional JSON settings (a config, and `file`), each not-ok followed by ```text. */
export function examplesOf(markdown: string): Example[] {
  const fences = [...markdown.matchAll(/^```(ok-set|not-ok-set|ok|not-ok|text)(?: (\{.*\}))?\n([\s\S]*?)^```$/gm)]
  const examples: Example[] = []
  fences.forEach((fence, index) => {
    if (fence[1] === 'text') return
    const next = fences[index + 1]
    const output = fence[1]!.startsWith('not-ok') && next?.[1] === 'text' ? next[3]!.split('\n').filter(Boolean) : []
    const {file, ...config} = (fence[2] ? JSON.parse(fence[2]) : {}) as Config & {file?: string}
    examples.push({kind: fence[1] as Example['kind'], config, file, text: fence[3]!, expected: output})
  })
  return examples
}

/** The files of a set example: each starts after its `==> name <==` line. */
export function setFilesOf(text: string): SetFile[] {
  return [...text.matchAll(/^==> (.+) <==\n([\s\S]*?)(?=^==> |(?![\s\S]))/gm)].map((match) => ({path: match[1]!, text: match[2]!.replace(/\n+$/, '\n')}))
}

/** Every message is a catalogue entry of its rule (`<rule-id>.<case>`): said in each locale, none left in English only. */
function saidByCatalogue(messages: readonly VFileMessage[]): void {
  for (const message of messages) assert.equal(messageOf(message)?.key.split('.')[0], message.ruleId, `no catalogue key: ${message.reason}`)
}

describe('docs/rules', () => {
  const pages = readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3))

  it('has a page for every rule and a rule for every page', () => {
    assert.deepEqual([...pages].sort(), [...ruleIds].sort())
  })

  for (const id of pages) {
    describe(id, () => {
      const examples = examplesOf(readFileSync(new URL(id + '.md', folder), 'utf8'))

      it('has at least one not-ok example with its output', () => {
        assert.ok(examples.some((example) => example.kind.startsWith('not-ok') && example.expected.length > 0))
      })

      examples.forEach((example, index) => {
        it(`${example.kind} example ${index + 1}`, () => {
          if (example.kind.endsWith('-set')) {
            const files = setFilesOf(example.text)
            assert.ok(files.length > 1, 'a set example has at least two files')
            assert.deepEqual(reportSet(files, example.config, id).map(plain), example.expected)
            for (const {messages} of lintSet(files, example.config, id)) saidByCatalogue(messages)
            return
          }
          const messages = lint(example.text, example.config, id, example.file)
          assert.deepEqual(messages.map(formatMessage).map(plain), example.expected)
          saidByCatalogue(messages)
          const fixes = messages.flatMap(fixesOf)
          if (fixes.length === 0) return
          const fixed = applyFixes(example.text, fixes)
          const left = lint(fixed.text, example.config, id, example.file)
          const unfixable = messages.filter((message) => fixesOf(message).length === 0).length
          assert.equal(left.length, unfixable, `after fixing:\n${fixed.text}\n${left.map(formatMessage).join('\n')}`)
        })
      })
    })
  }
})
