/**
 * `--fix` never removes text a drafter may still need without being asked: a pasted footnote (its text and its
 * markers) is removed by a quick fix the drafter picks, never by `--fix` or fix-all, which remove the page's
 * furniture (page numbers, repeated headers) alone.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {toDiagnostic} from '../server/src/features/convert.js'
import {quickFixes} from '../server/src/lsp/actions.js'
import {applyEdits, cliEnv, fix, formatMessage, lint} from './helpers.js'

const text = 'GA-2025-93-RES-09\nRECALLING resolution 79/243 adopted at its 79th session,1\n- 2 -\nGA-2025-93-RES-09\nNOTING the report,\n_____\n1 Adopted on 24 December 2024.\n'
const pasted = (value: string) => lint(value, {language: 'en'}, 'pasted-layout').map(formatMessage)

describe('pasted-layout: a footnote is removed by choice only', () => {
  it('`--fix` and fix-all remove the page number and the repeated header, and leave the footnote and its marker, still reported', () => {
    assert.deepEqual(pasted(text), [
      '2:57-2:58: A resolution holds only its own text: remove the footnote marker pasted on line 2',
      '3:1-3:6: A resolution holds only its own text: remove the page number pasted on line 3',
      '4:1-4:18: A resolution holds only its own text: remove the header repeated at the top of a page on line 4',
      '6:1-6:6: A resolution holds only its own text: remove the footnote text pasted on 2 lines (6 and 7)'
    ])
    const fixed = fix(text, {language: 'en'}, 'pasted-layout').text
    assert.equal(fixed, 'GA-2025-93-RES-09\nRECALLING resolution 79/243 adopted at its 79th session,1\nNOTING the report,\n_____\n1 Adopted on 24 December 2024.\n')
    assert.deepEqual(pasted(fixed), [
      '2:57-2:58: A resolution holds only its own text: remove the footnote marker pasted on line 2',
      '4:1-4:6: A resolution holds only its own text: remove the footnote text pasted on 2 lines (4 and 5)'
    ])
    // The command line says what it left: fixed 2, the footnote's 2 reported (as information), none fixable.
    const dir = mkdtempSync(path.join(tmpdir(), 'resolint-footnote-'))
    try {
      const file = path.join(dir, 'GA-2025-93-RES-09.en.txt')
      writeFileSync(file, text)
      const run = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.mjs', import.meta.url)), '--fix', '--format', 'json', file], {encoding: 'utf8', timeout: 60_000, env: cliEnv})
      assert.equal(readFileSync(file, 'utf8'), fixed + '')
      const [report] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
      assert.deepEqual(report!.messages.filter((message) => message.ruleId === 'pasted-layout').map((message) => message.line), [2, 4])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('the footnote\'s quick fix removes its lines (or markers), not preferred; the page number\'s is the preferred, certain one', () => {
    const uri = 'file:///drafts/GA-2025-93-RES-09.en.txt'
    const titles = (index: number) => {
      const diagnostic = toDiagnostic(lint(text, {language: 'en'}, 'pasted-layout')[index]!, 'en')
      return quickFixes(uri, diagnostic, 'en').map((action) => ({title: action.title, preferred: action.isPreferred === true, fixed: applyEdits(text, action.edit!.changes![uri]!)}))
    }
    assert.deepEqual(titles(0), [{title: 'Remove it (1)', preferred: false, fixed: text.replace('session,1', 'session,')}])
    assert.deepEqual(titles(3), [{title: 'Remove them (2)', preferred: false, fixed: text.replace('_____\n1 Adopted on 24 December 2024.\n', '')}])
    assert.deepEqual(titles(1), [{title: 'Remove it (1)', preferred: true, fixed: text.replace('- 2 -\n', '')}])
  })

  it('SARIF offers the same fixes, titled as the quick fixes: the footnote\'s lines, the page number\'s line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resolint-footnote-'))
    try {
      const file = path.join(dir, 'GA-2025-93-RES-09.en.txt')
      writeFileSync(file, text)
      const run = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli.mjs', import.meta.url)), '--format', 'sarif', file], {encoding: 'utf8', timeout: 60_000, env: cliEnv})
      type Region = {startLine: number; startColumn: number; endLine: number; endColumn: number}
      type Result = {ruleId: string; fixes?: Array<{description: {text: string}; artifactChanges: Array<{replacements: Array<{deletedRegion: Region; insertedContent: {text: string}}>}>}>}
      const results = (JSON.parse(run.stdout) as {runs: Array<{results: Result[]}>}).runs[0]!.results.filter((result) => result.ruleId === 'pasted-layout')
      const fixes = results.map((result) =>
        (result.fixes ?? []).map((fix) => [fix.description.text, fix.artifactChanges[0]!.replacements.map(({deletedRegion: r, insertedContent}) => `${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn} ${JSON.stringify(insertedContent.text)}`)])
      )
      assert.deepEqual(fixes, [
        [['Remove it (1)', ['2:57-2:58 ""']]],
        [['Remove it (1)', ['3:1-4:1 ""']]],
        [['Remove it (1)', ['4:1-5:1 ""']]],
        [['Remove them (2)', ['6:1-7:1 ""', '7:1-8:1 ""']]]
      ])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('pasted-layout: a Word copy\'s footnote without its rule, numbered in superscript', () => {
  it('is a footnote, and its marker glued to the comma (`session,¹`) the marker, not the paragraph\'s end', () => {
    const text = 'GA-2025-93-RES-09\nRECALLING resolution 79/243 adopted at its 79th session,¹\n\nNOTING the report,\n\nDECIDES to act.\n\n¹ Adopted on 24 December 2024.\n'
    assert.deepEqual(lint(text, {language: 'en'}).filter((message) => message.ruleId !== 'section-order').map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      '2:57-2:58: A resolution holds only its own text: remove the footnote marker pasted on line 2 (pasted-layout)',
      '8:1-8:31: A resolution holds only its own text: remove the footnote text pasted on line 8 (pasted-layout)'
    ])
  })
})

describe('pasted-layout: a web page\'s table borders around the front matter', () => {
  const bordered = '|\n| Resolution No AGN/68/RES/9 |\n|\nRoad safety\n|\nRECOGNIZING the toll of road crime,\nThe ICPO-Interpol General Assembly, meeting in Seoul from 8th to 12th November 1999 at its 68th session:\nURGES member countries to share data.\nAdopted.\n'

  it('are furniture, the heading inside them read: --fix removes the borders and their spaces only, and a second --fix finds nothing', () => {
    assert.deepEqual(lint(bordered, {language: 'en'}).map((message) => `${formatMessage(message)} (${message.ruleId})`), [
      '1:1-1:2: A resolution holds only its own text: remove the table borders pasted on 4 lines (1, 2, 3 and 5) (pasted-layout)'
    ])
    const fixed = fix(bordered, {language: 'en'}).text
    assert.equal(fixed, bordered.replace('|\n| Resolution No AGN/68/RES/9 |\n|\nRoad safety\n|\n', 'Resolution No AGN/68/RES/9\nRoad safety\n'))
    assert.deepEqual(lint(fixed, {language: 'en'}).map(formatMessage), [])
  })

  it('once the text has begun, a table is the text\'s own (an annex\'s, a Markdown table): none is furniture', () => {
    const table = bordered.replace('URGES member countries to share data.', 'URGES member countries to share data:\n| Country | Share |\n| --- | --- |')
    assert.deepEqual(lint(table, {language: 'en'}, 'pasted-layout').map(formatMessage), [
      '1:1-1:2: A resolution holds only its own text: remove the table borders pasted on 4 lines (1, 2, 3 and 5)'
    ])
  })
})
