/**
 * Generated files, committed and checked by a test (STYLE.md 17):
 * the JSON schema of `.resolintrc.json` and the rules table of the README,
 * made from the rule registry and the rule pages.
 * Run `npx tsx scripts/generate.ts` after adding a rule.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {profiles} from '../server/src/core/profiles.js'
import {languages} from '../server/src/core/tree.js'
import {rules} from '../server/src/rules/index.js'
import {docsUrl} from '../server/src/core/rule.js'

const level = {enum: ['off', 'info', 'warn', 'error', 0, 1, 2]}

/** The schema of `.resolintrc.json`. */
export function configSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'resolint configuration (.resolintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      language: {description: 'Language of the documents; `auto` detects it.', enum: ['auto', ...languages]},
      profile: {description: 'Structure the documents are checked against.', enum: Object.keys(profiles)},
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(rules).map(([id, entry]) => [
            id,
            {
              description: `${docsUrl(id)} (default: ${entry.severity})`,
              anyOf: [level, {type: 'array', items: [level], minItems: 1, maxItems: 2}]
            }
          ])
        )
      }
    }
  }
}

export const schemaPath = new URL('../schemas/resolintrc.schema.json', import.meta.url)
export const readmePath = new URL('../README.md', import.meta.url)

/** The README with its rules table made anew: id, default severity, first sentence of "What it checks". */
export function readmeWithRules(readme: string): string {
  const rows = Object.entries(rules).map(([id, entry]) => {
    const page = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8')
    const what = /## What it checks\n+([\s\S]*?)(?:\n\n|$)/.exec(page)?.[1]?.replace(/\s+/g, ' ').trim() ?? ''
    const sentence = /^.*?[.:](?=\s|$)/.exec(what)?.[0] ?? what
    return `| [\`${id}\`](docs/rules/${id}.md) | ${entry.severity} | ${sentence.replace(/\|/g, '\\|')} |`
  })
  const table = ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n')
  const start = readme.indexOf('-->', readme.indexOf('<!-- rules:start')) + 3
  const end = readme.indexOf('<!-- rules:end -->')
  return `${readme.slice(0, start)}\n${table}\n${readme.slice(end)}`
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  writeFileSync(schemaPath, JSON.stringify(configSchema(), null, 2) + '\n')
  writeFileSync(readmePath, readmeWithRules(readFileSync(readmePath, 'utf8')))
}
