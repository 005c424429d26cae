/**
 * The coming session declared in `.resolintrc.json` (issue 12, item 3): the
 * check's view of the profile's facts has it, so completion, hover and the
 * session rules know its city and dates, in the core, the CLI and the server;
 * a declaration that contradicts the sessions table is a config error. The
 * `resolint.session` setting declares it the same way (the file's wins).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {CompletionItem, Diagnostic, TextEdit} from 'vscode-languageserver-types'
import {parseConfig, validateConfig} from '../server/src/config.js'
import {complete} from '../server/src/features/completion.js'
import {hover} from '../server/src/features/hover.js'
import {check, createProcessor} from '../server/src/processor.js'
import {cliEnv, isolated, sent, withClient} from './helpers.js'

const lyon = {
  number: 95,
  year: 2027,
  city: {ar: 'ليون', en: 'Lyon', fr: 'Lyon', es: 'Lyon'},
  country: {ar: 'فرنسا', en: 'France', fr: 'France', es: 'Francia'}
}
const name = 'GA-2027-95-RES-01.en.txt'
const front = 'RESOLUTION No. 1\n\nGA-2027-95-RES-01\n\nSubject: Cultural property\n\n'
const opening = (city: string, dates: string) => `The ICPO-INTERPOL General Assembly, meeting in ${city}, ${dates} at its 95th session:`
const draft = (city: string) => `${front}${opening(city, 'from 2 to 6 November 2027')}\n\nRECALLING its resolution GA-2028-95-RES-02,\n\nDECIDES to act.\n`
const messagesOf = (text: string, session?: object) =>
  check(createProcessor(session ? {session: session as never} : {}), text, name).messages.map((message) => `${message.line}:${message.column}-${message.place && 'start' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''} ${message.ruleId}: ${message.reason}`)
const openingItems = (session?: object) =>
  complete(check(createProcessor(session ? {session: session as never} : {}), front, name).data.document, {line: 6, character: 0}).map((item) => [item.label, item.detail, (item.textEdit as TextEdit).newText])

describe('the coming session declared in .resolintrc.json', () => {
  it('is read with its city, country and dates', () => {
    const dates = {start: '2027-11-02', end: '2027-11-05'}
    assert.deepEqual(validateConfig({session: {...lyon, dates}}), {config: {session: {...lyon, dates}}, errors: []})
    // Completing the table's own row (the 94th: host known, dates not yet) is no contradiction.
    assert.deepEqual(validateConfig({session: {number: 94, year: 2026, dates: {start: '2026-11-16', end: '2026-11-19'}}}).errors, [])
  })

  it('contradicting the sessions table is a config error at its key, and the table stays as it is', () => {
    const errors = (session: object) => validateConfig({session}).errors.map((error) => `${error.key}: ${error.message}`)
    assert.deepEqual(errors({number: 94, year: 2027}), ['session.year: the sessions table holds the 94th session in 2026, not 2027'])
    assert.deepEqual(errors({number: 95, year: 2026}), ['session.number: the sessions table holds the 94th session in 2026, not the 95th'])
    assert.deepEqual(errors({number: 90, year: 2030}), ['session.year: the sessions table holds the 90th session in 2022, not 2030'])
    assert.deepEqual(errors({...lyon, number: 94, year: 2026}), [
      'session.city: the sessions table has the 94th session in Hong Kong, not Lyon',
      'session.country: the sessions table has the 94th session in China, not France'
    ])
    assert.deepEqual(errors({number: 93, year: 2025, dates: {start: '2025-11-20', end: '2025-11-23'}}), [
      'session.dates: the sessions table has the 93rd session from 2025-11-24 to 2025-11-27, not from 2025-11-20 to 2025-11-23'
    ])
    assert.deepEqual(errors({number: 97, year: 2025}), ['session.number: the sessions table holds the 93rd session in 2025, not the 97th'])
    assert.deepEqual(errors({number: 96, year: 2026}), ['session.number: the sessions table holds the 94th session in 2026, not the 96th'])
    // Its shape.
    assert.deepEqual(errors({...lyon, dates: {start: '2027-11-05', end: '2027-11-02'}}), ['session.dates: expected the start (2027-11-05) on or before the end (2027-11-02)'])
    assert.deepEqual(errors({...lyon, dates: {start: '2026-11-02', end: '2027-11-05'}}), ["session.dates: expected dates in 2027, the session's year, not from 2026-11-02"])
    assert.deepEqual(errors({number: 95, year: 2027, city: lyon.city}), ['session.country: expected the country with the city (the same name for a city-state: Monaco, Singapore)'])
    assert.deepEqual(errors({number: 95, year: 2027, city: {en: 'Lyon'}, country: lyon.country}), [
      'session.city: expected the name in each language (“\u2068ar\u2069”, “\u2068en\u2069”, “\u2068fr\u2069” and “\u2068es\u2069”), not {"en":"Lyon"}'
    ])
    assert.deepEqual(errors({number: '95', year: 2027, town: 'Lyon'}), [
      'session.town: unknown key (expected “\u2068number\u2069”, “\u2068year\u2069”, “\u2068city\u2069”, “\u2068country\u2069” or “\u2068dates\u2069”)',
      'session.number: expected a whole number from 1 to 999, not "95"'
    ])
    // In a file, each error is at its key.
    const text = '{"session": {"number": 94, "year": 2027}}'
    assert.deepEqual(parseConfig(text).errors.map(({key, message, offset, length}) => ({key, message, offset, length})), [{key: 'session.year', message: 'the sessions table holds the 94th session in 2026, not 2027', offset: text.indexOf('"year"'), length: 6}])
    assert.equal(parseConfig(text).config.session, undefined)
  })

  it('gives a draft for it the opening with the declared city and a field for the dates not yet known', () => {
    assert.deepEqual(openingItems(lyon), [
      [
        'The ICPO-INTERPOL General Assembly, meeting in Lyon, France, [dates] at its 95th session:',
        // Declared without its dates: what to add, and where (not "the sessions table").
        'Opening of the 95th session (2027): \u2068.resolintrc.json\u2069 does not give its dates yet (\u2068session.dates\u2069)',
        'The ICPO-INTERPOL General Assembly, meeting in Lyon, France, ${1:[dates]} at its 95th session:'
      ]
    ])
    // Without the declaration: fields for the city and the dates.
    assert.deepEqual(openingItems(), [
      [
        'The ICPO-INTERPOL General Assembly, meeting in [city, country] [dates] at its 95th session:',
        'Opening of the 95th session (2027): its city and dates are not yet in the sessions table',
        'The ICPO-INTERPOL General Assembly, meeting in ${1:[city, country]} ${2:[dates]} at its 95th session:'
      ]
    ])
    // Declared with its dates but no city: the city is what it lacks, not "its city and dates".
    assert.deepEqual(openingItems({number: 95, year: 2027, dates: {start: '2027-11-02', end: '2027-11-05'}}), [
      [
        'The ICPO-INTERPOL General Assembly, meeting in [city, country] from 2 to 5 November 2027 at its 95th session:',
        'Opening of the 95th session (2027): \u2068.resolintrc.json\u2069 does not give its city yet (\u2068session.city\u2069)',
        'The ICPO-INTERPOL General Assembly, meeting in ${1:[city, country]} from 2 to 5 November 2027 at its 95th session:'
      ]
    ])
    // With its dates too, the whole formula.
    assert.deepEqual(openingItems({...lyon, dates: {start: '2027-11-02', end: '2027-11-05'}}), [
      [opening('Lyon, France', 'from 2 to 5 November 2027'), 'Opening of the 95th session (2027)', opening('Lyon, France', 'from 2 to 5 November 2027')]
    ])
    // A whole new resolution on a blank file names the declared host.
    const blank = check(createProcessor({session: lyon}), '', 'GA-2027-95-RES-04.fr.txt').data.document
    const resolution = complete(blank, {line: 0, character: 0}, {fileName: 'GA-2027-95-RES-04.fr.txt'}).find((item) => item.kind === 15)!
    assert.equal(resolution.detail, 'A new resolution in French, 95th session (2027, Lyon)')
    assert.match((resolution.textEdit as TextEdit).newText, /^L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 95e session à Lyon \(France\) \$\{2:\[dates\]\},$/m)
  })

  it('is what the session rules check against and hover shows', () => {
    const dates = {start: '2027-11-02', end: '2027-11-05'}
    // Unknown to the table, the 95th session is not checked.
    assert.deepEqual(messagesOf(draft('Vienna, Austria')), [])
    assert.deepEqual(messagesOf(draft('Lyon, France').replace('6 November', '5 November').replace('GA-2028', 'GA-2027'), {...lyon, dates}), [])
    assert.deepEqual(messagesOf(draft('Vienna, Austria'), {...lyon, dates}), [
      isolated('9:26-9:43 citation-session-year: In “GA-2028-95-RES-02”, the session and the year disagree: the 95th session was held in 2027; write “GA-2027-95-RES-02”'),
      isolated('7:48-7:54 opening-facts: The 95th session met in “Lyon”, not in “Vienna”: “Vienna” hosted the 91st session'),
      isolated('7:65-7:90 opening-facts: The 95th session met “from 2 to 5 November 2027”, not “from 2 to 6 November 2027”')
    ])
    const text = draft('Lyon, France')
    const document = check(createProcessor({session: lyon}), text, name).data.document
    const character = text.split('\n')[6]!.indexOf('95th') + 1
    assert.deepEqual(hover(document, {line: 6, character}, [])?.contents, {kind: 'markdown', value: '**95th** · 95th session of the INTERPOL General Assembly\n\nLyon, France, 2027'})
    const without = check(createProcessor(), text, name).data.document
    assert.deepEqual(hover(without, {line: 6, character}, [])?.contents, {kind: 'markdown', value: '**95th** · 95th session of the INTERPOL General Assembly\n\nNot in the sessions table.'})
  })

  describe('in the faces', function () {
    let folder: string
    beforeEach(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'resolint-session-'))
      mkdirSync(path.join(folder, '.git'))
    })
    afterEach(() => rmSync(folder, {recursive: true, force: true}))

    it('the CLI checks against it (warnings: exit 0), and exits 2 naming the key of a contradiction', () => {
      const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
      const run = () => spawnSync(process.execPath, [cli, '--format', 'json', name], {cwd: folder, encoding: 'utf8', timeout: 60_000, env: cliEnv})
      writeFileSync(path.join(folder, name), draft('Vienna, Austria').replace('GA-2028', 'GA-2027'))
      writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({session: {...lyon, dates: {start: '2027-11-02', end: '2027-11-05'}}}))
      const checked = run()
      assert.equal(checked.status, 0, checked.stderr)
      const messages = (JSON.parse(checked.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>).flatMap((file) => file.messages.map((message) => `${message.ruleId}: ${message.reason}`))
      assert.deepEqual(messages, [
        isolated('opening-facts: The 95th session met in “Lyon”, not in “Vienna”: “Vienna” hosted the 91st session'),
        isolated('opening-facts: The 95th session met “from 2 to 5 November 2027”, not “from 2 to 6 November 2027”')
      ])
      writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({session: {number: 94, year: 2027}}))
      const contradicted = run()
      assert.equal(contradicted.status, 2)
      const reasons = (JSON.parse(contradicted.stdout) as Array<{path: string; messages: Array<{reason: string}>}>).map((file) => [file.path, file.messages.map((message) => message.reason)])
      assert.deepEqual(reasons, [
        ['.resolintrc.json', ['“\u2068session.year\u2069”: the sessions table holds the 94th session in 2026, not 2027']],
        [name, []]
      ])
    })

    it('the `resolint.session` setting: the server completes and checks with it, re-checks on a change, shows a contradiction once, and `.resolintrc.json` wins over it', async () => {
      const dates = {start: '2027-11-02', end: '2027-11-05'}
      return withClient({settings: {session: lyon}}, async (client) => {
        const uri = pathToFileURL(path.join(folder, name)).href
        const openings = async () =>
          (await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri}, position: {line: 6, character: 0}})).map((item) => (item.textEdit as TextEdit).newText)
        const facts = (diagnostics: Diagnostic[]) =>
          diagnostics.filter((diagnostic) => diagnostic.code === 'opening-facts').map(({range: {start, end}, message}) => `${start.line}:${start.character}-${end.line}:${end.character} ${message}`)
        const reconfigured = async (settings: unknown, version: number) => {
          client.setSettings(settings)
          const diagnostics = client.diagnostics(uri, version)
          await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
          return diagnostics
        }
        await client.open(uri, front)
        assert.deepEqual(await openings(), ['The ICPO-INTERPOL General Assembly, meeting in Lyon, France, ${1:[dates]} at its 95th session:'])
        // What it lacks is to be added to the setting, and said so.
        const [item] = await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri}, position: {line: 6, character: 0}})
        assert.equal(item?.detail, 'Opening of the 95th session (2027): \u2068resolint.session\u2069 does not give its dates yet (\u2068resolint.session.dates\u2069)')

        // Its dates not declared yet: the declared city is right, the dates are not checked.
        const text = `${front}${opening('Lyon, France', 'from 2 to 6 November 2027')}\n`
        assert.deepEqual(facts(await client.change(uri, 2, [{text}])), [])
        // The dates declared: the document is checked again with them.
        assert.deepEqual(facts(await reconfigured({session: {...lyon, dates}}, 2)), [sent('6:61-6:86 The 95th session met “from 2 to 5 November 2027”, not “from 2 to 6 November 2027”')])

        // A contradiction of the sessions table: shown to the drafter once, the declaration left out, the table's facts kept.
        const shown = client.next<{type: number; message: string}>('window/showMessage')
        assert.deepEqual(facts(await reconfigured({session: {number: 94, year: 2027}}, 2)), [])
        assert.deepEqual(await shown, {type: 1, message: 'The setting resolint.session is not used: the sessions table holds the 94th session in 2026, not 2027 (resolint.session.year)'})
        assert.deepEqual(await openings(), ['The ICPO-INTERPOL General Assembly, meeting in ${1:[city, country]} ${2:[dates]} at its 95th session:'])
        await client.change(uri, 3, [{text: text + '\n'}])
        assert.equal(client.notifications.filter((notification) => notification.method === 'window/showMessage').length, 1)

        // `.resolintrc.json` declares the session too: its declaration wins, whole (none of the setting's city and dates).
        const configChanged = async (type: number) => {
          const diagnostics = client.diagnostics(uri, 4)
          await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(path.join(folder, '.resolintrc.json')).href, type}]})
          return diagnostics
        }
        const vienna = [
          sent('6:47-6:53 The 95th session met in “Lyon”, not in “Vienna”: “Vienna” hosted the 91st session'),
          sent('6:64-6:89 The 95th session met “from 2 to 5 November 2027”, not “from 2 to 6 November 2027”')
        ]
        await reconfigured({session: {...lyon, dates}}, 3)
        assert.deepEqual(facts(await client.change(uri, 4, [{text: `${front}${opening('Vienna, Austria', 'from 2 to 6 November 2027')}\n`}])), vienna)
        writeFileSync(path.join(folder, '.resolintrc.json'), JSON.stringify({session: {number: 95, year: 2027}}))
        assert.deepEqual(facts(await configChanged(1)), [])
        rmSync(path.join(folder, '.resolintrc.json'))
        assert.deepEqual(facts(await configChanged(3)), vienna)
      })
    })

    it('the server completes and checks with it, and follows its changes', async () => {
      return withClient({}, async (client) => {
        const config = path.join(folder, '.resolintrc.json')
        const configUri = pathToFileURL(config).href
        const uri = pathToFileURL(path.join(folder, name)).href
        writeFileSync(config, JSON.stringify({session: lyon}))
        await client.open(uri, front)
        const openings = async () =>
          (await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri}, position: {line: 6, character: 0}})).map((item) => (item.textEdit as TextEdit).newText)
        assert.deepEqual(await openings(), ['The ICPO-INTERPOL General Assembly, meeting in Lyon, France, ${1:[dates]} at its 95th session:'])

        // The dates become known: the document is checked again with them.
        writeFileSync(config, JSON.stringify({session: {...lyon, dates: {start: '2027-11-02', end: '2027-11-05'}}}))
        const text = `${front}${opening('Lyon, France', 'from 2 to 6 November 2027')}\n`
        const changed = client.diagnostics(uri, 2)
        await client.change(uri, 2, [{text}])
        await changed
        const rechecked = client.diagnostics(uri, 2)
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
        const dated = (await rechecked).filter((diagnostic: Diagnostic) => diagnostic.code === 'opening-facts').map((diagnostic) => diagnostic.message)
        assert.deepEqual(dated, [sent('The 95th session met “from 2 to 5 November 2027”, not “from 2 to 6 November 2027”')])

        // A contradiction: said on the config file, and the table's facts stay.
        writeFileSync(config, JSON.stringify({session: {number: 94, year: 2027}}))
        const inConfig = client.next<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === configUri)
        const plain = client.diagnostics(uri, 2)
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
        assert.deepEqual((await inConfig).diagnostics.map((diagnostic) => diagnostic.message), ['“\u2068session.year\u2069”: the sessions table holds the 94th session in 2026, not 2027'])
        assert.deepEqual((await plain).filter((diagnostic) => diagnostic.code === 'opening-facts'), [])
      })
    })
  })
})
