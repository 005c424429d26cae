/**
 * No face of resolint says a sentence of its own (issue 16): what a drafter reads is a catalogue
 * entry. The sources are scanned at the places that show text to a drafter — a completion item's
 * label, detail and documentation, an action's title, a diagnostic's or an error's message, a
 * command-line refusal, a notification, an outline symbol — for an English sentence written there
 * instead of a catalogue key. The modules whose words are document text (languages, profiles'
 * wording, facts) and the catalogues themselves are not faces.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {configErrorMessage, validateConfig} from '../server/src/config.js'
import {translate} from '../server/src/l10n/index.js'
import {cliEnv, rtl, withClient} from './helpers.js'

/** A literal at a face: a property a drafter reads, or the text given to a call that shows it. */
const faces =
  /\b(?:detail|documentation|label|title|message|reason|note|tooltip|placeHolder|prompt)\s*:\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1|\b(?:fail|refuse|symbol|file\.message|show(?:Error|Warning|Information)Message)\(\s*(['"`])((?:(?!\3)[^\\\n]|\\.)*)\3/g

/** Two words of letters: a sentence or a name in English, not a code, a key or a bare value. */
const words = /[A-Za-z]{2,}[ ,] ?[A-Za-z]{2,}/

/** The English literals at the faces of a source text. */
function englishAtFaces(source: string): string[] {
  const found: string[] = []
  for (const match of source.matchAll(faces)) {
    const literal = match[2] ?? match[4] ?? ''
    if (words.test(literal.replace(/\$\{[^}]*\}/g, ''))) found.push(literal)
  }
  return found
}

/** Faces still saying English sentences of their own, by file (none: a new one fails the test). */
const stillEnglish: Record<string, number> = {}

describe('l10n: no face says a sentence of its own', () => {
  it('no English sentence at a face of server/src or client/src but the ones named as left', () => {
    const found: Record<string, number> = {}
    const examples: string[] = []
    for (const root of ['server/src', 'client/src']) {
      for (const name of (readdirSync(new URL(`../${root}/`, import.meta.url), {recursive: true}) as string[]).sort()) {
        if (!name.endsWith('.ts') || /^(?:l10n|languages|profiles|core\/facts)\//.test(name.replaceAll('\\', '/'))) continue
        const hits = englishAtFaces(readFileSync(new URL(`../${root}/${name}`, import.meta.url), 'utf8'))
        if (hits.length === 0) continue
        found[`${root}/${name}`] = hits.length
        if (!stillEnglish[`${root}/${name}`]) examples.push(...hits.map((hit) => `${root}/${name}: ${hit}`))
      }
    }
    assert.deepEqual(examples, [])
    assert.deepEqual(found, stillEnglish)
  })

  it('catches each kind of face (mutations): an item\'s detail, an action\'s title, a refusal, a symbol, a notification', () => {
    assert.deepEqual(englishAtFaces("items.push({label: marker, detail: 'Next operative paragraph number'})"), ['Next operative paragraph number'])
    assert.deepEqual(englishAtFaces('return {title: `Disable ${rule} in the workspace`}'), ['Disable ${rule} in the workspace'])
    assert.deepEqual(englishAtFaces("return fail(`Unexpected format \\`${format}\\`, expected text`)"), ['Unexpected format \\`${format}\\`, expected text'])
    assert.deepEqual(englishAtFaces("symbols.push(symbol('Operative part', SymbolKind.Module))"), ['Operative part'])
    assert.deepEqual(englishAtFaces("window.showErrorMessage('Could not start the server')"), ['Could not start the server'])
    assert.deepEqual(englishAtFaces("errors.push({key, message: 'unknown rule'})"), ['unknown rule'])
    // A catalogue key, a code, a value: not sentences.
    assert.deepEqual(englishAtFaces("detail: t('completion.subject'), label: 'GA-2025', title: l10n.t('Open preview'), reason: msg('file.missing'), kind: 'markdown'"), [])
  })
})

describe('l10n: a declared session that contradicts the sessions table, said in the interface language', () => {
  it('says each contradiction in French, Arabic and Spanish, at its key', () => {
    const said = (session: object) => validateConfig({session}).errors.map((error) => (['fr', 'ar', 'es'] as const).map((locale) => translate(locale, configErrorMessage(error))))
    assert.deepEqual(said({number: 94, year: 2027}), [
      [
        '«\u00a0\u2068session.year\u2069\u00a0»\u00a0: le tableau des sessions place la 94e session en 2026, et non en 2027',
        '«\u2068session.year\u2069»: يذكر جدول الدورات أن الدورة الـ 94 عُقدت في 2026، لا في 2027',
        '«\u2068session.year\u2069»: la tabla de reuniones sitúa la 94ª reunión en 2026, no en 2027'
      ]
    ])
    assert.deepEqual(said({number: 95, year: 2026})[0], [
      '«\u00a0\u2068session.number\u2069\u00a0»\u00a0: le tableau des sessions place la 94e session en 2026, et non la 95e',
      '«\u2068session.number\u2069»: يذكر جدول الدورات أن دورة عام 2026 هي الدورة الـ 94، لا الدورة الـ 95',
      '«\u2068session.number\u2069»: la tabla de reuniones sitúa la 94ª reunión en 2026, no la 95ª'
    ])
    const lyon = {city: {ar: 'ليون', en: 'Lyon', fr: 'Lyon', es: 'Lyon'}, country: {ar: 'فرنسا', en: 'France', fr: 'France', es: 'Francia'}}
    assert.deepEqual(said({...lyon, number: 94, year: 2026}), [
      ['«\u00a0\u2068session.city\u2069\u00a0»\u00a0: le tableau des sessions donne Hong Kong pour la 94e session, et non Lyon', '«\u2068session.city\u2069»: يذكر جدول الدورات هونغ كونغ للدورة الـ 94، لا ليون', '«\u2068session.city\u2069»: la tabla de reuniones da Hong Kong para la 94ª reunión, no Lyon'],
      ['«\u00a0\u2068session.country\u2069\u00a0»\u00a0: le tableau des sessions donne Chine pour la 94e session, et non France', '«\u2068session.country\u2069»: يذكر جدول الدورات الصين للدورة الـ 94، لا فرنسا', '«\u2068session.country\u2069»: la tabla de reuniones da China para la 94ª reunión, no Francia']
    ])
    // English as before, word for word.
    assert.deepEqual(validateConfig({session: {number: 94, year: 2027}}).errors.map((error) => translate('en', configErrorMessage(error))), ['“\u2068session.year\u2069”: the sessions table holds the 94th session in 2026, not 2027'])
  })
})

describe('l10n: .resolintrc.json errors in the faces', () => {
  it('the command line says them in its locale, at their key', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-l10n-config-'))
    try {
      writeFileSync(path.join(folder, '.resolintrc.json'), '{"session": {"number": 94, "year": 2027}, "stage": "adopted"}')
      writeFileSync(path.join(folder, 'GA-2025-93-RES-01.en.txt'), '')
      const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url))
      const run = (locale: string) => spawnSync(process.execPath, [cli, '--locale', locale, 'GA-2025-93-RES-01.en.txt'], {cwd: folder, encoding: 'utf8', env: cliEnv}).stdout.split('\n').filter((line) => line.startsWith('.resolintrc.json'))
      assert.deepEqual(run('fr'), [
        '.resolintrc.json:1:28  erreur  «\u00a0\u2068session.year\u2069\u00a0»\u00a0: le tableau des sessions place la 94e session en 2026, et non en 2027',
        '.resolintrc.json:1:43  erreur  «\u00a0\u2068stage\u2069\u00a0»\u00a0: «\u00a0\u2068draft\u2069\u00a0» ou «\u00a0\u2068final\u2069\u00a0» est attendu, et non "adopted"'
      ])
      assert.deepEqual(run('ar'), [
        '.resolintrc.json:1:28  خطأ  «\u2068session.year\u2069»: يذكر جدول الدورات أن الدورة الـ 94 عُقدت في 2026، لا في 2027',
        '.resolintrc.json:1:43  خطأ  «\u2068stage\u2069»: المتوقَّع «\u2068draft\u2069» أو «\u2068final\u2069»، لا "adopted"'
      ])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('the server says them in its locale: as the diagnostics of .resolintrc.json, and the resolint.session setting\'s in the message it shows', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resolint-l10n-config-'))
    // A repository root: the lookup stops here.
    mkdirSync(path.join(folder, '.git'))
    writeFileSync(path.join(folder, '.resolintrc.json'), '{"session": {"number": 94, "year": 2027}, "stage": "adopted"}')
    const uri = pathToFileURL(path.join(folder, 'GA-2025-93-RES-01.en.txt')).href
    const configUri = pathToFileURL(path.join(folder, '.resolintrc.json')).href
    const said = async (locale: string) => {
      return withClient({settings: {session: {number: 95, year: 2026}}, locale}, async (client) => {
        const inConfig = client.next<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === configUri)
        const shown = client.next<{type: number; message: string}>('window/showMessage')
        await client.open(uri, '')
        const {diagnostics} = await inConfig
        return {config: diagnostics.map(({range: {start}, message}) => `${start.line}:${start.character} ${message}`), shown: await shown}
      })
    }
    try {
      assert.deepEqual(await said('fr'), {
        config: ['0:42 «\u00a0\u2068stage\u2069\u00a0»\u00a0: «\u00a0\u2068draft\u2069\u00a0» ou «\u00a0\u2068final\u2069\u00a0» est attendu, et non "adopted"', '0:27 «\u00a0\u2068session.year\u2069\u00a0»\u00a0: le tableau des sessions place la 94e session en 2026, et non en 2027'],
        shown: {type: 1, message: "Le paramètre resolint.session n'est pas utilisé\u00a0: le tableau des sessions place la 94e session en 2026, et non la 95e (resolint.session.number)"}
      })
      // In Arabic each message isolated right to left, as VS Code's left-to-right Problems panel and notifications need.
      assert.deepEqual(await said('ar'), {
        config: [`0:42 ${rtl('«\u2068stage\u2069»: المتوقَّع «\u2068draft\u2069» أو «\u2068final\u2069»، لا "adopted"')}`, `0:27 ${rtl('«\u2068session.year\u2069»: يذكر جدول الدورات أن الدورة الـ 94 عُقدت في 2026، لا في 2027')}`],
        shown: {type: 1, message: rtl('لا يؤخذ بالإعداد resolint.session: يذكر جدول الدورات أن دورة عام 2026 هي الدورة الـ 94، لا الدورة الـ 95 (resolint.session.number)')}
      })
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
