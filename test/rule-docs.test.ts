/** A diagnostic's link opens the rule's page shipped in the .vsix (client/src/ruleDocs.ts). */
import assert from 'node:assert/strict'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {isRuleId, offlineRuleLinks, ruleDocCommandUri, ruleOfPage} from '../client/src/ruleDocs.js'
import {docsUrl} from '../server/src/core/rule.js'
import {ruleIds} from '../server/src/rules/index.js'

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
})
