/** Generated files are committed and checked (STYLE.md 17): regenerate in memory, compare. */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {configSchema, explanationsModule, explanationsPath, packagePath, packageWithEnums, readmePath, readmeWithRules, schemaPath} from '../scripts/generate.js'

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
})
