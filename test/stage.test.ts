/**
 * Stages (issue 12): `draft` while writing, `final` for a submission check.
 * The same texts at both stages, with each message's severity, through the
 * processor, the config, the command line and the language server.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {VFileMessage} from 'vfile-message'
import {parseConfig} from '../server/src/config.js'
import {defaultSeverity, rules} from '../server/src/rules/index.js'
import {cliEnv, formatMessage, isolated, lint, startClient} from './helpers.js'
import type {TestClient} from './lsp-client.js'

const severity = (message: VFileMessage) => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')
const brief = (messages: VFileMessage[]) => messages.map((message) => `${formatMessage(message)} [${severity(message)} ${message.ruleId}]`)
const path2602 = 'GA-2026-94-RES-02.fr.txt'

/** A French draft as typed, line by line: what each stage says at each step. */
const steps = ['', 'RÉSOLUTION N° 2', 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02', 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02\n\nObjet']

describe('stages', () => {
  it('draft (the default): a blank file gets nothing, then only the next part, as information', () => {
    assert.deepEqual(
      steps.map((text) => brief(lint(text, {}, undefined, path2602))),
      [
        [],
        ['1:16-1:16: A resolution has an identifier, “GA-<year>-<session>-RES-<nn>”, missing here [info section-order]'],
        ['3:18-3:18: A resolution has a subject line, “Objet : …”, missing here [info section-order]'],
        ['5:1-5:6: This text belongs to no part of a resolution [info section-order]', '5:6-5:6: A resolution has a subject line, “Objet : …”, missing here [info section-order]']
      ].map((lines) => lines.map(isolated))
    )
    assert.deepEqual(brief(lint('', {stage: 'draft'}, undefined, path2602)), [])
  })

  it('final: every required part missing is an error, the vote line included', () => {
    assert.deepEqual(brief(lint('RÉSOLUTION N° 2\n\nGA-2026-94-RES-02', {stage: 'final'}, undefined, path2602)), [
      '3:18-3:18: A resolution has a subject line, “Objet : …”, missing here [error section-order]',
      "3:18-3:18: A resolution has an opening, “L'Assemblée générale …”, missing here [error section-order]",
      '3:18-3:18: A resolution has numbered operative paragraphs, missing here [error section-order]',
      '3:18-3:18: A resolution has a vote line, “Adoptée : Pour : <n>, Contre : <n>, Abstentions : <n>”, missing here [error section-order]'
    ].map(isolated))
    assert.equal(lint('', {stage: 'final'}, undefined, path2602).filter((message) => message.fatal).length, 6)
  })

  it('draft: a part skipped is information, text after the vote line stays an error, a rule set to warn keeps information', () => {
    const text = 'RÉSOLUTION N° 2\n\nObjet : Biens culturels\n\nAdoptée : Pour : 134, Contre : 0, Abstentions : 5\n\n(à relire avant diffusion)'
    assert.deepEqual(brief(lint(text, {rules: {'section-order': 'warn'}}, 'section-order', path2602)), [
      '3:1-3:1: A resolution has an identifier, “GA-<year>-<session>-RES-<nn>”, missing here [info section-order]',
      "5:1-5:1: A resolution has an opening, “L'Assemblée générale …”, missing here [info section-order]",
      '5:1-5:1: A resolution has numbered operative paragraphs, missing here [info section-order]',
      '7:1-7:27: This text belongs to no part of a resolution [warning section-order]'
    ].map(isolated))
  })

  it('is read from `.resolintrc.json`; a bad stage is named', () => {
    assert.deepEqual(parseConfig('{"stage": "final"}'), {config: {stage: 'final'}, errors: []})
    const submitted = parseConfig('{"stage": "submitted"}')
    assert.deepEqual(submitted.config, {})
    assert.deepEqual(submitted.errors.map(({key, message, offset, length}) => ({key, message, offset, length})), [{key: 'stage', message: 'expected “\u2068draft\u2069” or “\u2068final\u2069”, not "submitted"', offset: 1, length: 7}])
  })

  it('a placeholder is a warning in a draft and an error at final, unless the config sets the rule', () => {
    const text = 'RESOLUTION No. 9\n\nGA-2025-93-RES-09\n\nSubject: Stolen cultural property\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n1. DECIDES to support [the database].\n'
    const at = (config: Parameters<typeof lint>[1]) => brief(lint(text, config, 'placeholder', 'GA-2025-93-RES-09.en.txt'))
    const reason = isolated('9:23-9:37: “[the database]” is a placeholder: write the words it stands for')
    assert.deepEqual(at({}), [`${reason} [warning placeholder]`])
    assert.deepEqual(at({stage: 'final'}), [`${reason} [error placeholder]`])
    assert.deepEqual(at({stage: 'final', rules: {placeholder: 'warn'}}), [`${reason} [warning placeholder]`])
    assert.deepEqual(at({stage: 'draft', rules: {placeholder: 'error'}}), [`${reason} [error placeholder]`])
    assert.deepEqual(at({stage: 'final', rules: {placeholder: 'off'}}), [])
    assert.deepEqual(
      Object.entries(rules).flatMap(([id, entry]) => (defaultSeverity(entry, 'final') === defaultSeverity(entry, 'draft') ? [] : [[id, defaultSeverity(entry, 'draft'), defaultSeverity(entry, 'final')]])),
      [['placeholder', 'warn', 'error']]
    )
  })

  describe('on the command line', () => {
    const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
    const run = (args: string[], cwd: string) => {
      const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: cliEnv})
      return {code: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    let folder: string
    beforeEach(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'resolint-stage-'))
      writeFileSync(
        path.join(folder, 'GA-2025-93-RES-09.en.txt'),
        'RESOLUTION No. 9\n\nGA-2025-93-RES-09\n\nSubject: Stolen cultural property\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n1. DECIDES to support the database.\n'
      )
    })
    afterEach(() => rmSync(folder, {recursive: true, force: true}))

    it('checks a draft by default (exit 0), and `--stage final` as a submission (exit 1)', () => {
      assert.deepEqual(run(['GA-2025-93-RES-09.en.txt'], folder), {code: 0, stdout: 'GA-2025-93-RES-09.en.txt: no issues found\n1 file checked, no problems\n', stderr: ''})
      const final = run(['--stage', 'final', 'GA-2025-93-RES-09.en.txt'], folder)
      assert.equal(final.code, 1)
      assert.ok(
        final.stdout.includes(isolated('GA-2025-93-RES-09.en.txt:9:36  error  A resolution has a vote line, “Adopted: For: <n>, Against: <n>, Abstentions: <n>”, missing here  section-order\n')),
        final.stdout
      )
    })

    it('SARIF gives each rule its default level at the stage checked', () => {
      const level = (args: string[]) =>
        (JSON.parse(run(['--format', 'sarif', ...args, 'GA-2025-93-RES-09.en.txt'], folder).stdout) as {runs: Array<{tool: {driver: {rules: Array<{id: string; defaultConfiguration: unknown}>}}}>}).runs[0]!.tool.driver.rules.find((rule) => rule.id === 'placeholder')?.defaultConfiguration
      assert.deepEqual(level([]), {level: 'warning', enabled: true})
      assert.deepEqual(level(['--stage', 'final']), {level: 'error', enabled: true})
    })

    it('SARIF, text and JSON follow the stage `.resolintrc.json` sets, as `--stage` does; files at different stages keep their own levels', () => {
      const name = 'GA-2025-93-RES-09.en.txt'
      writeFileSync(path.join(folder, name), 'RESOLUTION No. 9\n\nGA-2025-93-RES-09\n\nSubject: Stolen cultural property\n\nThe ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:\n\n1. DECIDES to support [the database].\n')
      mkdirSync(path.join(folder, 'draft'))
      writeFileSync(path.join(folder, 'draft', name), readFileSync(path.join(folder, name)))
      type Sarif = {runs: Array<{tool: {driver: {rules: Array<{id: string; defaultConfiguration: unknown}>}}; results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
      const sarif = (args: string[]) => {
        const run = (JSON.parse(spawnSync(process.execPath, [cli, '--format', 'sarif', ...args], {cwd: folder, encoding: 'utf8', env: cliEnv}).stdout) as Sarif).runs[0]!
        return {
          placeholder: run.tool.driver.rules.find((rule) => rule.id === 'placeholder')?.defaultConfiguration,
          results: run.results.filter((result) => result.ruleId === 'placeholder').map((result) => `${path.relative(folder, fileURLToPath(result.locations[0]!.physicalLocation.artifactLocation.uri))} ${result.level}`)
        }
      }
      const json = (args: string[]) =>
        (JSON.parse(run(['--format', 'json', ...args], folder).stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean | null}>}>).flatMap((file) => file.messages.filter((message) => message.ruleId === 'placeholder').map((message) => `${file.path} ${message.fatal}`))
      writeFileSync(path.join(folder, '.resolintrc.json'), '{"stage": "final"}')
      assert.deepEqual(sarif([name]), {placeholder: {level: 'error', enabled: true}, results: [`${name} error`]})
      assert.deepEqual(sarif(['--stage', 'draft', name]), {placeholder: {level: 'warning', enabled: true}, results: [`${name} warning`]})
      assert.deepEqual(json([name]), [`${name} true`])
      const text = run([name], folder)
      assert.equal(text.code, 1)
      assert.ok(text.stdout.includes(isolated(`${name}:9:23  error  “[the database]” is a placeholder: write the words it stands for  placeholder\n`)), text.stdout)
      // A folder of drafts beside it (its own config at draft): each file at its stage, the rules' defaults at draft's.
      writeFileSync(path.join(folder, 'draft', '.resolintrc.json'), '{"stage": "draft"}')
      assert.deepEqual(sarif([name, `draft/${name}`]), {placeholder: {level: 'warning', enabled: true}, results: [`${name} error`, `draft/${name} warning`]})
      assert.deepEqual(json([name, `draft/${name}`]), [`${name} true`, `draft/${name} false`])
      assert.deepEqual(sarif([`draft/${name}`]), {placeholder: {level: 'warning', enabled: true}, results: [`draft/${name} warning`]})
    })

    it('`"stage": "final"` in .resolintrc.json; `--stage draft` wins over it; a bad `--stage` exits 2', () => {
      writeFileSync(path.join(folder, '.resolintrc.json'), '{"stage": "final"}')
      assert.equal(run(['GA-2025-93-RES-09.en.txt'], folder).code, 1)
      assert.equal(run(['--stage', 'draft', 'GA-2025-93-RES-09.en.txt'], folder).code, 0)
      const bad = run(['--stage', 'adopted', 'GA-2025-93-RES-09.en.txt'], folder)
      assert.equal(bad.code, 2)
      assert.match(bad.stdout + bad.stderr, /\u2068--stage\u2069 takes “\u2068draft\u2069” or “\u2068final\u2069”, not “\u2068adopted\u2069”/)
    })
  })

  describe('in the language server', () => {
    let client: TestClient
    let folder: string
    afterEach(async () => {
      await client.stop()
      rmSync(folder, {recursive: true, force: true})
    })

    for (const [settings, expected] of [
      [null, [[2, 'section-order', 3]]],
      [{stage: 'final'}, [[2, 'section-order', 1], [2, 'section-order', 1], [2, 'section-order', 1], [2, 'section-order', 1]]]
    ] as const) {
      it(`\`resolint.stage\` ${settings ? settings.stage : 'unset (draft)'}: severities of a begun draft`, async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'resolint-stage-'))
        client = await startClient({settings})
        const uri = pathToFileURL(path.join(folder, path2602)).href
        const diagnostics = await client.open(uri, 'RÉSOLUTION N° 2\n\nGA-2026-94-RES-02')
        assert.deepEqual(
          diagnostics.map((d) => [d.range.start.line, d.code, d.severity]),
          expected.map((entry) => [...entry])
        )
      })
    }
  })
})
