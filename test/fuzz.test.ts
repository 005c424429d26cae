/**
 * A bounded, seeded fuzz run of the language server over stdio (`test/fuzz.ts`):
 * thousands of random edits with requests between them. The server stays up,
 * answers every request without an error, and its final diagnostics are exactly
 * `check()` of the final text. How fast it answers is the benchmark's business
 * (`npm run bench`), never this test's verdict.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {editorDiagnostic} from '../server/src/features/convert.js'
import {check, createProcessor} from '../server/src/processor.js'
import {fuzz} from './fuzz.js'
import {startServer, stopServer, type TestServer} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const documents = [
  fixture('reference/GA-2025-93-RES-03.ar.txt'),
  fixture('GA-2025-93-RES-03.en.txt'),
  fixture('GA-2025-93-RES-04.fr.txt'),
  fixture('GA-2025-93-RES-05.es.txt')
]

describe('language server under random edits (seeded fuzz)', function () {
  this.timeout(120_000)
  let server: TestServer
  let client: TestClient
  let folder: string

  beforeEach(async () => {
    server = await startServer('resolint-fuzz-')
    ;({client, folder} = server)
  })
  afterEach(() => stopServer(server))

  for (const [seed, name] of [
    [1, 'GA-2025-93-RES-03.ar.txt'],
    [2, 'draft.resolution']
  ] as const) {
    it(`survives 2,500 random edits with requests between them (seed ${seed}, ${name}); final diagnostics equal check()`, async () => {
      const file = path.join(folder, name)
      const uri = pathToFileURL(file).href
      const result = await fuzz({client, uri, seed, edits: 2500, documents})
      assert.equal(client.process.exitCode, null, 'the server is alive')
      assert.ok(result.requests > 1000, `${result.requests} requests`)
      const failures = client.logs.filter((line) => /failed|error/i.test(line))
      assert.deepEqual(failures, [], 'no rule failed')
      const expected = check(createProcessor(), result.text, file).messages.map((message) => editorDiagnostic(message))
      assert.deepEqual(result.diagnostics, JSON.parse(JSON.stringify(expected)))
    })
  }
})
