/**
 * The registry: the only list of rules, with their default severity at each stage.
 * A test asserts every rule here has `docs/rules/<id>.md` and every page a rule.
 */
import citationDuplicate from './citation-duplicate.js'
import citationFormat from './citation-format.js'
import citationSessionYear from './citation-session-year.js'
import dateValidity from './date-validity.js'
import digitStyle, {digitFacts} from './digit-style.js'
import headingFormat from './heading-format.js'
import identifierConsistency from './identifier-consistency.js'
import identifierFormat from './identifier-format.js'
import openingFacts from './opening-facts.js'
import openingFormula from './opening-formula.js'
import openerUnlisted from './opener-unlisted.js'
import operativeChapeau from './operative-chapeau.js'
import operativeNumbering from './operative-numbering.js'
import operativeOpening from './operative-opening.js'
import operativeTerminator from './operative-terminator.js'
import parallelFacts from './parallel-facts.js'
import parallelLanguages from './parallel-languages.js'
import parallelStructure from './parallel-structure.js'
import languageUnsupported from './language-unsupported.js'
import pastedLayout from './pasted-layout.js'
import placeholder from './placeholder.js'
import preambleOpening from './preamble-opening.js'
import preambleRepeatedOpening from './preamble-repeated-opening.js'
import preambleTerminator from './preamble-terminator.js'
import punctuationScript from './punctuation-script.js'
import quotationUnclosed from './quotation-unclosed.js'
import sectionOrder from './section-order.js'
import subjectLine from './subject-line.js'
import unCitationDate from './un-citation-date.js'
import voteLine from './vote-line.js'
import voteMembers from './vote-members.js'
import type {RulePlugin, Severity} from '../core/rule.js'
import * as facts from '../core/paragraph-facts.js'
import type {Stage} from '../core/tree.js'
import {profileRules} from '../profiles/rules.js'

/** A rule and its default severity at each stage. */
export interface RuleEntry {
  plugin: RulePlugin
  /** Severity when the configuration does not set one: at the `draft` stage, and at `final` unless `final` says otherwise. */
  severity: Severity
  /** Severity at the `final` stage, when it differs: what a draft may still hold and a submission may not (a placeholder left). */
  final?: Severity
  /** `set`: the rule compares the language versions of a resolution, and runs when the file is checked with its set. */
  scope?: 'set'
  /**
   * `paragraph`: each of its messages depends on one paragraph of the preamble, the operative part or the closing (with
   * its list), or on one other block, and on nothing else but the document's language, profile, era, stage and path:
   * after an edit it runs only on the paragraphs that changed (`core/rerun.ts`). Without: it reads the whole document
   * (numbering, order, the case most openers are written in, the digits most used, a paragraph's neighbours).
   */
  reads?: 'paragraph'
  /**
   * A document-wide rule: what it reads of a paragraph of the preamble or the operative part (`core/paragraph-facts.ts`). After an
   * edit inside one such paragraph (a splice) that leaves its facts as they were, its last messages are kept, moved.
   */
  facts?: facts.Facts
  /**
   * A document-wide rule that reads each section (the preamble, the operative part) on its own, each message inside the
   * section it is about: after a splice whose paragraph reads otherwise to it (`facts`), only that section is read again.
   */
  bySection?: true
}

/** Every rule, by id. */
export const rules: Record<string, RuleEntry> = {
  'citation-duplicate': {plugin: citationDuplicate, severity: 'warn', reads: 'paragraph'},
  'citation-format': {plugin: citationFormat, severity: 'warn', reads: 'paragraph'},
  'citation-session-year': {plugin: citationSessionYear, severity: 'warn', reads: 'paragraph'},
  'date-validity': {plugin: dateValidity, severity: 'error', reads: 'paragraph'},
  'digit-style': {plugin: digitStyle, severity: 'warn', facts: digitFacts},
  'heading-format': {plugin: headingFormat, severity: 'warn', reads: 'paragraph'},
  'identifier-consistency': {plugin: identifierConsistency, severity: 'error', reads: 'paragraph'},
  'identifier-format': {plugin: identifierFormat, severity: 'error', reads: 'paragraph'},
  'opening-facts': {plugin: openingFacts, severity: 'warn', reads: 'paragraph'},
  'opener-unlisted': {plugin: openerUnlisted, severity: 'off'},
  'language-unsupported': {plugin: languageUnsupported, severity: 'error', facts: facts.none},
  'opening-formula': {plugin: openingFormula, severity: 'warn', facts: facts.none},
  'operative-chapeau': {plugin: operativeChapeau, severity: 'error', facts: facts.operativeShape},
  'operative-numbering': {plugin: operativeNumbering, severity: 'error', facts: facts.operativeShape},
  'operative-opening': {plugin: operativeOpening, severity: 'warn', facts: facts.operativeWords, bySection: true},
  'operative-terminator': {plugin: operativeTerminator, severity: 'error', facts: facts.operativeShape},
  'parallel-facts': {plugin: parallelFacts, severity: 'warn', scope: 'set'},
  'parallel-languages': {plugin: parallelLanguages, severity: 'info', scope: 'set'},
  'parallel-structure': {plugin: parallelStructure, severity: 'warn', scope: 'set'},
  'pasted-layout': {plugin: pastedLayout, severity: 'info', facts: facts.none},
  placeholder: {plugin: placeholder, severity: 'warn', final: 'error', reads: 'paragraph'},
  'preamble-opening': {plugin: preambleOpening, severity: 'warn', facts: facts.preambleWords},
  'preamble-repeated-opening': {plugin: preambleRepeatedOpening, severity: 'info', facts: facts.preambleOpener},
  'preamble-terminator': {plugin: preambleTerminator, severity: 'error', reads: 'paragraph'},
  'punctuation-script': {plugin: punctuationScript, severity: 'warn', reads: 'paragraph'},
  'quotation-unclosed': {plugin: quotationUnclosed, severity: 'warn', facts: facts.none},
  'section-order': {plugin: sectionOrder, severity: 'error', facts: facts.none},
  'subject-line': {plugin: subjectLine, severity: 'warn', reads: 'paragraph'},
  'un-citation-date': {plugin: unCitationDate, severity: 'warn', reads: 'paragraph'},
  'vote-line': {plugin: voteLine, severity: 'error', reads: 'paragraph'},
  'vote-members': {plugin: voteMembers, severity: 'error', facts: facts.none},
  // Each profile's own rules (`profiles/<id>/rules/`).
  ...profileRules
}

/** A rule's severity at `stage` when the configuration does not set one (a configured level always wins). */
export function defaultSeverity(entry: RuleEntry, stage: Stage = 'draft'): Severity {
  return stage === 'final' ? (entry.final ?? entry.severity) : entry.severity
}

/** The ids of every rule, in the registry's order. */
export const ruleIds: readonly string[] = Object.keys(rules)
