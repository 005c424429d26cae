/**
 * A compact client (the extension) is sent no fixes: a code action reads them again from the check (`withKeptData`),
 * comparing each message as it was sent, not converted again: the client's diagnostics, in the words they were sent in.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {diagnosticForm, documentDiagnostics, toDiagnostic, withKeptData} from '../server/src/features/convert.js'
import {withoutNeedlessIsolates} from '../server/src/l10n/index.js'
import {check, createProcessor} from '../server/src/processor.js'

const reference = readFileSync(new URL('fixtures/reference/GA-2025-93-RES-03.ar.txt', import.meta.url), 'utf8')

describe('withKeptData: the fixes of a diagnostic sent compact', () => {
  it('are found for the diagnostic as sent, also when the interface language changed since (the diagnostics not yet sent again)', () => {
    const document = check(createProcessor(), reference, 'GA-2025-93-RES-03.ar.txt').data.document
    const sent = documentDiagnostics(document, diagnosticForm('fr', true))
    const terminator = sent.find((diagnostic) => diagnostic.code === 'operative-terminator')!
    assert.equal(terminator.data, undefined)
    const message = document.messages.find((candidate) => candidate.ruleId === 'operative-terminator')!
    // Said in French (no-break spaces inside the guillemets).
    assert.equal(terminator.message, 'Un paragraphe du dispositif se termine par «\u00a0\u2068؛\u2069\u00a0», et non «\u00a0\u2068؟\u2069\u00a0»')
    const full = toDiagnostic(message, 'en')
    assert.deepEqual(full.data, {expected: '؛'})
    // Asked in French, as sent; and after the switch to English, still for the French diagnostic the editor shows.
    assert.deepEqual(withKeptData(terminator, document.messages, 0, 'fr'), {...terminator, data: {expected: '؛'}})
    assert.deepEqual(withKeptData(terminator, document.messages, 0, 'en'), {...terminator, data: {expected: '؛'}})
    // A quoted identifier in a French line is sent without its isolates (they change nothing there), and is still found.
    const format = sent.find((diagnostic) => diagnostic.code === 'citation-format')!
    assert.equal(format.message, "Une résolution de 2008 se cite sous la forme «\u00a0AG-2008-RES-07\u00a0», et non «\u00a0GA-2008-RES-07\u00a0»\nLes résolutions d'INTERPOL de 2001 à 2014 sont numérotées «\u00a0AG-<year>-RES-<nn>\u00a0».")
    assert.deepEqual(withKeptData(format, document.messages, 0, 'en').data, {expected: 'AG-2008-RES-07'})
    // Every fixable diagnostic sent gets the data a full diagnostic carries; one of no message of the check, none.
    for (const diagnostic of sent) {
      const own = document.messages.map((candidate) => toDiagnostic(candidate, 'fr')).find((made) => made.code === diagnostic.code && withoutNeedlessIsolates('fr', made.message as string) === diagnostic.message && JSON.stringify(made.range) === JSON.stringify(diagnostic.range))
      assert.deepEqual(withKeptData(diagnostic, document.messages, 0, 'en').data, own?.data, String(diagnostic.code))
    }
    const moved = {...terminator, range: {start: {line: terminator.range.start.line + 1, character: 0}, end: {line: terminator.range.start.line + 1, character: 1}}}
    assert.equal(withKeptData(moved, document.messages, 0, 'fr'), moved)
  })
})
