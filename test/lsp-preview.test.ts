/** The preview as a client gets it: `resolint/preview` from the bundled server over stdio. */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {quote} from '../server/src/l10n/index.js'
import {startServer, stopServer, type TestServer} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
const english = readFileSync(new URL('fixtures/GA-2025-93-RES-03.en.txt', import.meta.url), 'utf8')

interface Preview {
  html: string
  version: number
}

describe('language server: resolint/preview', function () {
  let server: TestServer
  let client: TestClient

  beforeEach(async () => {
    server = await startServer('resolint-preview-')
    client = server.client
  })
  afterEach(() => stopServer(server))

  it('renders the open reference right to left, its problems in place, and follows edits', async () => {
    const uri = 'file:///drafts/GA-2025-93-RES-03.ar.txt'
    const diagnostics = await client.open(uri, reference)
    const first = await client.request<Preview>('resolint/preview', {uri})
    assert.equal(first.version, 1)
    assert.match(first.html, /^<article class="resolution script-arabic" dir="rtl" lang="ar">/)
    // One margin marker on each of the 8 paragraphs with problems; their counts add up to the diagnostics.
    const counts = [...first.html.matchAll(/<span class="margin-marker severity-\w+" title="[^"]*">(\d+)<\/span>/g)].map((match) => Number(match[1]))
    assert.equal(counts.length, 8)
    assert.equal(counts.reduce((sum, count) => sum + count, 0), diagnostics.length)
    assert.ok(first.html.includes(`<mark class="problem severity-error" title="An operative paragraph ends with ${quote('en', '؛')}, not ${quote('en', '؟')} (operative-terminator)" data-line="38" data-character="122">؟</mark>`))

    // Fix the `؟`: the next preview has one problem fewer, at the new version.
    const lines = reference.split('\n')
    await client.change(uri, 2, [{range: {start: {line: 38, character: 122}, end: {line: 38, character: 123}}, text: '؛'}])
    const second = await client.request<Preview>('resolint/preview', {uri})
    assert.equal(second.version, 2)
    assert.ok(!second.html.includes('operative-terminator'))
    assert.ok(second.html.includes(lines[38]!.slice(100, 122)))
  })

  it('renders English left to right, and answers null for a document it does not have', async () => {
    const uri = 'file:///drafts/GA-2025-93-RES-03.en.txt'
    await client.open(uri, english)
    const preview = await client.request<Preview>('resolint/preview', {uri})
    assert.match(preview.html, /^<article class="resolution script-latin" dir="ltr" lang="en">/)
    assert.equal(await client.request('resolint/preview', {uri: 'file:///drafts/other.resolution'}), null)
  })
})
