/**
 * Each profile's own rules (`profiles/<id>/rules/`), with their default
 * severity; `rules/index.ts` registers them with the shared ones.
 *
 * > **Note**: kept out of the profiles' data modules. A rule imports
 * > `core/rule.ts`, which imports the profiles: a profile that imported its
 * > rules would make them run `rule()` before `core/rule.ts` had finished loading.
 */
import type {RulePlugin, Severity} from '../core/rule.js'
import unDistributionDate from './un-ga/rules/un-distribution-date.js'
import unPlenaryDate from './un-ga/rules/un-plenary-date.js'
import unSessionLine from './un-ga/rules/un-session-line.js'
import unSymbolSession from './un-ga/rules/un-symbol-session.js'
import unTitleNumber from './un-ga/rules/un-title-number.js'

/** The rules of every profile's own, by id. */
export const profileRules: Record<string, {plugin: RulePlugin; severity: Severity; final?: Severity}> = {
  'un-distribution-date': {plugin: unDistributionDate, severity: 'error'},
  'un-plenary-date': {plugin: unPlenaryDate, severity: 'error'},
  'un-session-line': {plugin: unSessionLine, severity: 'error'},
  'un-symbol-session': {plugin: unSymbolSession, severity: 'error'},
  'un-title-number': {plugin: unTitleNumber, severity: 'error'}
}
