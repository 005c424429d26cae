/**
 * Generated files, committed and checked by a test (STYLE.md 17):
 * the JSON schema of `.resolintrc.json`, made from the rule registry.
 * Run `npx tsx scripts/generate.ts` after adding a rule.
 */
import {writeFileSync} from 'node:fs'
import {profiles} from '../server/src/core/profiles.js'
import {languages} from '../server/src/core/tree.js'
import {rules} from '../server/src/rules/index.js'
import {docsUrl} from '../server/src/rules/util.js'

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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  writeFileSync(schemaPath, JSON.stringify(configSchema(), null, 2) + '\n')
}
