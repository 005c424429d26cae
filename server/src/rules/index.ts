/**
 * The registry: the only list of rules, with their default severity.
 * A test asserts every rule here has `docs/rules/<id>.md` and every page a rule.
 */
import operativeChapeau from './operative-chapeau.js'
import operativeTerminator from './operative-terminator.js'
import preambleOpening from './preamble-opening.js'
import preambleRepeatedOpening from './preamble-repeated-opening.js'
import preambleTerminator from './preamble-terminator.js'
import type {RulePlugin, Severity} from './util.js'

export interface RuleEntry {
  plugin: RulePlugin
  /** Severity when the configuration does not set one. */
  severity: Severity
}

export const rules: Record<string, RuleEntry> = {
  'operative-chapeau': {plugin: operativeChapeau, severity: 'error'},
  'operative-terminator': {plugin: operativeTerminator, severity: 'error'},
  'preamble-opening': {plugin: preambleOpening, severity: 'warn'},
  'preamble-repeated-opening': {plugin: preambleRepeatedOpening, severity: 'info'},
  'preamble-terminator': {plugin: preambleTerminator, severity: 'error'}
}

export const ruleIds: readonly string[] = Object.keys(rules)
