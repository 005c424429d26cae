/** A diagnostic's link opens the rule's page shipped in the .vsix (client/src/ruleDocs.ts). */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {pageSections, rulePage, section} from '../scripts/generate.js'
import {explanationsIn} from '../server/src/core/explanations.js'
import {locales} from '../server/src/l10n/index.js'
import {diagnosticSource, initializationOptions, isPageLanguage, isRuleId, languageOfPage, offlineRuleLink, offlineRuleLinks, ruleDocCommandUri, ruleOfPage, rulePagePath} from '../client/src/ruleDocs.js'
import {diagnosticSource as serverSource, toDiagnostic, diagnosticForm} from '../server/src/features/convert.js'
import {VFileMessage} from 'vfile-message'
import {docsUrl} from '../server/src/core/rule.js'
import {ruleIds} from '../server/src/rules/index.js'
import {startClient} from './helpers.js'
import type {TestClient} from './lsp-client.js'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-types'
import {resolutions} from '../bench/corpus.js'

describe('rule pages in VS Code', () => {
  it('reads the rule of every docs address the server sends, and each has its page to ship', () => {
    for (const id of ruleIds) {
      assert.equal(ruleOfPage(docsUrl(id)), id)
      assert.ok(existsSync(fileURLToPath(new URL(`../docs/rules/${id}.md`, import.meta.url))), id)
    }
  })

  it('makes the command URI that opens the page in a Markdown preview', () => {
    assert.equal(ruleDocCommandUri('operative-terminator'), 'command:resolint.showRuleDoc?%5B%22operative-terminator%22%5D')
    assert.deepEqual(JSON.parse(decodeURIComponent(ruleDocCommandUri('vote-line').split('?')[1]!)), ['vote-line'])
  })

  it('leaves other addresses alone and takes only rule ids, so no link names another file', () => {
    for (const href of [
      'https://github.com/resolint/resolint/blob/main/README.md',
      'https://example.org/docs/rules/../../secret.md',
      'https://example.org/docs/rules/Vote_Line.md',
      'https://example.org/docs/rules/vote-line.md?x=1',
      'file:///docs/rules/.md'
    ]) {
      assert.equal(ruleOfPage(href), undefined, href)
    }
    assert.equal(ruleOfPage('file:///ext/docs/rules/vote-line.md'), 'vote-line')
    for (const value of ['../vote-line', 'vote-line.md', 'Vote-line', '', 3, undefined]) assert.equal(isRuleId(value), false, String(value))
    assert.equal(isRuleId('un-citation-date'), true)
  })

  it("turns a hover's `[docs]` link into the command, and leaves every other link as it is", () => {
    const hover = '**Unexpected `؟`**\n\nresolint `operative-terminator` · [docs](' + docsUrl('operative-terminator') + ')\n\n[README](https://github.com/resolint/resolint/blob/main/README.md) [x](https://example.org/docs/rules/../../secret.md)'
    assert.equal(
      offlineRuleLinks(hover),
      '**Unexpected `؟`**\n\nresolint `operative-terminator` · [docs](command:resolint.showRuleDoc?%5B%22operative-terminator%22%5D)\n\n[README](https://github.com/resolint/resolint/blob/main/README.md) [x](https://example.org/docs/rules/../../secret.md)'
    )
    assert.equal(offlineRuleLinks('no link'), 'no link')
  })

  it('reads the language of a translated page, and opens it through the same command', () => {
    const href = 'https://github.com/resolint/resolint/blob/main/docs/rules/fr/vote-line.md'
    assert.equal(ruleOfPage(href), 'vote-line')
    assert.equal(languageOfPage(href), 'fr')
    assert.equal(languageOfPage('https://github.com/resolint/resolint/blob/main/docs/rules/vote-line.md'), undefined)
    assert.equal(ruleDocCommandUri('vote-line', 'fr'), 'command:resolint.showRuleDoc?%5B%22vote-line%22%2C%22fr%22%5D')
    assert.deepEqual(rulePagePath('vote-line', 'fr'), ['docs', 'rules', 'fr', 'vote-line.md'])
    assert.deepEqual(rulePagePath('vote-line'), ['docs', 'rules', 'vote-line.md'])
    for (const language of locales.filter((code) => code !== 'en')) {
      assert.ok(existsSync(fileURLToPath(new URL(`../docs/rules/${rulePagePath('vote-line', language).slice(2).join('/')}`, import.meta.url))), language)
    }
    // Only a two-letter folder is a language: no other folder, and no way out of docs/rules.
    for (const other of ['https://example.org/docs/rules/../vote-line.md', 'https://example.org/docs/rules/fra/vote-line.md', 'https://example.org/docs/rules/FR/vote-line.md']) {
      assert.equal(ruleOfPage(other), undefined, other)
    }
    for (const value of ['..', 'fra', 'FR', '', 3, undefined]) assert.equal(isPageLanguage(value), false, String(value))
  })
})

describe('rule pages in the four interface languages', () => {
  const others = locales.filter((language) => language !== 'en')

  it('every rule has its page in every language, and every page its rule', () => {
    for (const language of others) {
      const folder = new URL(`../docs/rules/${language}/`, import.meta.url)
      const pages = readdirSync(folder).map((name) => name.replace(/\.md$/, ''))
      assert.deepEqual(pages.sort(), [...ruleIds].sort(), language)
    }
  })

  for (const language of locales) {
    it(`each page in ${language} says what the rule checks and why, and the hover says the same why`, () => {
      for (const id of ruleIds) {
        const {what, why} = pageSections[language]
        assert.ok(section(id, what, language).length > 40, `${language}/${id}: ${what}`)
        const reason = section(id, why, language)
        assert.ok(reason.length > 40, `${language}/${id}: ${why}`)
        assert.equal(explanationsIn[language][id], reason, `${language}/${id}`)
        const page = readFileSync(rulePage(id, language), 'utf8')
        // The examples are tests and live once, on the English page; the others link to them.
        if (language !== 'en') {
          assert.ok(page.includes(`(../${id}.md#examples)`), `${language}/${id} links to the examples`)
          assert.doesNotMatch(page, /^```(ok|not-ok)/m, `${language}/${id} holds no example of its own`)
        }
        // Arabic reads right to left in the Markdown preview as on GitHub.
        if (language === 'ar') assert.ok(page.startsWith('<div dir="rtl" lang="ar">\n\n') && page.endsWith('\n</div>\n'), id)
      }
    })
  }
})

describe('rule pages in the interface language', () => {
  const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')
  const uri = 'file:///tmp/rule-docs/GA-2025-93-RES-03.ar.txt'
  let client: TestClient | undefined
  const others: TestClient[] = []
  afterEach(async () => {
    await client?.stop()
    client = undefined
    for (const other of others.splice(0)) await other.stop()
  })

  it('links a diagnostic to its page in the interface language, and the hover says why in it', async () => {
    client = await startClient({locale: 'fr'})
    const diagnostics = await client.open(uri, reference)
    const terminator = diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!
    assert.equal(terminator.codeDescription?.href, docsUrl('operative-terminator', 'fr'))
    assert.equal(docsUrl('operative-terminator', 'fr'), 'https://github.com/resolint/resolint/blob/main/docs/rules/fr/operative-terminator.md')
    assert.equal(ruleOfPage(terminator.codeDescription!.href), 'operative-terminator')
    assert.equal(languageOfPage(terminator.codeDescription!.href), 'fr')
    const hover = await client.request<{contents: {value: string}}>('textDocument/hover', {textDocument: {uri}, position: terminator.range.start})
    assert.ok(hover.contents.value.includes(explanationsIn.fr['operative-terminator']!), hover.contents.value)
    assert.ok(hover.contents.value.includes(`](${docsUrl('operative-terminator', 'fr')})`), hover.contents.value)
  })

  it('sends a client that names the source and links the rule itself (the extension) neither, nor the fixes, which its code actions read from the check: the same actions', async () => {
    // The reference, and a text of four resolutions (their diagnostics placed below the first's).
    for (const [locale, text] of [['fr', reference], ['en', reference], ['en', resolutions(4)]] as const) {
      const full = await startClient({locale})
      others.push(full)
      const expected = await full.open(uri, text)
      client = await startClient({initializationOptions, locale})
      const compact = await client.open(uri, text)
      assert.ok(expected.length > 10 && expected.every((diagnostic) => diagnostic.source === 'resolint' && diagnostic.codeDescription?.href === docsUrl(String(diagnostic.code), locale === 'fr' ? 'fr' : undefined)))
      assert.deepEqual(compact, expected.map(({source, codeDescription, data, ...rest}) => rest), locale)
      const fixed = expected.filter((diagnostic) => diagnostic.data !== undefined)
      assert.ok(fixed.length >= 5 && (text === reference || fixed.some((diagnostic) => diagnostic.range.start.line > 100)), String(fixed.length))
      for (const [index, diagnostic] of expected.entries()) {
        if (diagnostic.data === undefined && index % 5 !== 0) continue
        const ask = (asking: TestClient, sent: Diagnostic) => asking.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: sent.range, context: {diagnostics: [{...sent, source: 'resolint'}]}})
        // The actions name the diagnostic the client gave; their titles, kinds and edits are the same.
        const without = (actions: CodeAction[]) => actions.map(({diagnostics, ...rest}) => rest)
        const actions = without(await ask(full, diagnostic))
        assert.deepEqual(without(await ask(client, compact[index]!)), actions, `${diagnostic.code} ${JSON.stringify(diagnostic.range)}`)
        if (diagnostic.data !== undefined) assert.ok(actions.some((action) => action.edit && action.kind === 'quickfix' && !action.title.includes('resolintrc')), JSON.stringify(actions))
      }
      // A diagnostic of no message of the check (its text changed since) gets no fix.
      const moved = {...compact.find((diagnostic) => expected[compact.indexOf(diagnostic)]!.data?.expected !== undefined)!, source: 'resolint'}
      moved.range = {start: {...moved.range.start, character: moved.range.start.character + 1}, end: moved.range.end}
      const stale = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: moved.range, context: {diagnostics: [moved]}})
      assert.ok(stale.every((action) => !action.isPreferred), JSON.stringify(stale))
      await client.stop()
      client = undefined
      // What the extension links each one to: the command opening the bundled page of the link the server left out.
      for (const [index, diagnostic] of compact.entries()) {
        assert.equal(offlineRuleLink(diagnostic.code, undefined, false, locale === 'fr' ? 'fr' : undefined), offlineRuleLink(expected[index]!.code, expected[index]!.codeDescription!.href, true, undefined))
      }
    }
    assert.deepEqual(initializationOptions, {compactDiagnostics: true})
    assert.equal(diagnosticSource, serverSource)
  })

  it("sends a compact client a message's own address, other than its rule's page, and the link keeps it", () => {
    const message = new VFileMessage('Unexpected', {place: {line: 1, column: 1}, ruleId: 'vote-line', source: 'resolint'})
    message.url = 'https://example.org/vote-line.html'
    assert.deepEqual(toDiagnostic(message, diagnosticForm('fr', true)).codeDescription, {href: 'https://example.org/vote-line.html'})
    assert.equal(toDiagnostic(message, diagnosticForm('fr', true)).source, undefined)
    assert.equal(toDiagnostic(message, 'fr').source, 'resolint')
    message.url = docsUrl('vote-line')
    assert.equal(toDiagnostic(message, diagnosticForm('fr', true)).codeDescription, undefined)
    assert.deepEqual(toDiagnostic(message, diagnosticForm('fr', false)).codeDescription, {href: docsUrl('vote-line', 'fr')})
    assert.equal(diagnosticForm('fr', true), diagnosticForm('fr', true))
    assert.equal(offlineRuleLink('vote-line', 'https://example.org/vote-line.html', false, 'fr'), undefined)
    assert.equal(offlineRuleLink('vote-line', docsUrl('vote-line', 'es'), true, 'fr'), ruleDocCommandUri('vote-line', 'es'))
    assert.equal(offlineRuleLink('vote-line', undefined, false, 'fr'), ruleDocCommandUri('vote-line', 'fr'))
    assert.equal(offlineRuleLink('vote-line', undefined, false, undefined), ruleDocCommandUri('vote-line'))
    // A diagnostic the server named (a config file's) or with no rule as code has no page.
    assert.equal(offlineRuleLink('vote-line', undefined, true, 'fr'), undefined)
    for (const code of [undefined, 3, '../x']) assert.equal(offlineRuleLink(code, undefined, false, 'fr'), undefined)
  })

  it('keeps the English page for an English interface', async () => {
    client = await startClient({locale: 'en'})
    const diagnostics = await client.open(uri, reference)
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'operative-terminator')!.codeDescription?.href, docsUrl('operative-terminator'))
  })

  it('gives SARIF the rule help and page in the locale of the run', () => {
    const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
    const run = spawnSync(process.execPath, [cli, '--locale', 'es', '--format', 'sarif', fileURLToPath(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url))], {encoding: 'utf8'})
    const rule = JSON.parse(run.stdout).runs[0].tool.driver.rules.find((entry: {id: string}) => entry.id === 'operative-terminator')
    assert.equal(rule.helpUri, docsUrl('operative-terminator', 'es'))
    assert.equal(rule.fullDescription.text, explanationsIn.es['operative-terminator'])
  })
})
