/** Generated files are committed and checked (STYLE.md 17): regenerate in memory, compare. */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {languageData, languages} from '../server/src/languages/index.js'
import {configSchema, explanationsModule, explanationsPath, grammarFromTemplate, grammarPath, grammarWords, packagePath, packageWithEnums, readmePath, readmeWithRules, schemaPath} from '../scripts/generate.js'

describe('generated files (run `npx tsx scripts/generate.ts` when this fails)', () => {
  it('schemas/resolintrc.schema.json matches the rule registry', () => {
    assert.deepEqual(JSON.parse(readFileSync(schemaPath, 'utf8')), configSchema())
  })

  it('server/src/core/explanations.ts matches the rule pages', () => {
    assert.equal(readFileSync(explanationsPath, 'utf8'), explanationsModule())
  })

  it('the README rules table matches the registry and the rule pages', () => {
    const readme = readFileSync(readmePath, 'utf8')
    assert.equal(readme, readmeWithRules(readme))
  })

  it('the language and profile enums of package.json match the registries', () => {
    const manifest = readFileSync(packagePath, 'utf8')
    assert.equal(manifest, packageWithEnums(manifest))
  })

  it("the TextMate grammar's word lists match the language modules and the profiles", () => {
    assert.equal(readFileSync(grammarPath, 'utf8'), grammarFromTemplate())
    // Each list is filled in: the months of every left-to-right language, the profiles' subject labels and adoption words.
    const words = grammarWords()
    assert.ok(words.months!.split('|').includes('setiembre') && words.months!.split('|').includes('janvier'), words.months)
    assert.deepEqual(words.subjectLabels!.split('|'), ['subject', 'objet', 'sujet', 'asunto', 'tema', 'objeto'])
    assert.ok(!/[\u0600-\u06ff]/.test(Object.values(words).join('')), 'no Arabic word: a line with an Arabic letter is one token')
    assert.throws(() => grammarFromTemplate('{"match": "{{nothing}}"}'), /no word list `nothing`/)
  })

  it("the grammar's preamble words come from the language modules (LanguageData.highlight), none typed in the template", () => {
    const words = grammarWords()
    assert.equal(words.participleEndings, 'ing|ant|ando|iendo|yendo')
    assert.equal(words.notParticiples, 'during|pending|according|notwithstanding|nothing|something|king|avant|pendant|durant|cependant|maintenant|quant|tant|néanmoins|cuando')
    assert.equal(words.participleLeads, 'further|also|se')
    assert.equal(words.participleElisions, 's')
    assert.ok(words.preambleWords!.split('|').includes('deeply[ \\t]+concerned') && words.preambleWords!.split('|').includes('habida[ \\t]+cuenta[ \\t]+de'), words.preambleWords)
    assert.ok(words.preambleContinuations!.split('|').includes('into[ \\t]+account') && words.preambleContinuations!.split('|').includes('con[ \\t]+beneplácito'), words.preambleContinuations)
    // The template's preamble rule holds the lists' names only: no word of a module typed in again.
    const template = JSON.parse(readFileSync(new URL('../scripts/ga-resolution.tmLanguage.template.json', import.meta.url), 'utf8')) as {repository: {preamble: {patterns: Array<{begin: string}>}}}
    const rule = template.repository.preamble.patterns.map((pattern) => pattern.begin).join('\n')
    const alternatives = new Set(rule.split(/[|:()]/))
    const typed = languages.flatMap((language) => Object.values(languageData(language).highlight).flat()).filter((word) => alternatives.has(word.replace(/ /g, '[ \\t]+')))
    assert.deepEqual(typed, [])
  })
})
