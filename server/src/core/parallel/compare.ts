/**
 * The versions of a resolution checked against each other. Each version is
 * cut into parts (`parts.ts`); the parts are aligned, part by part, by
 * structure (`align.ts`), the openers' lexicon entries and the facts they
 * share; then, in each aligned part, the language-neutral facts are compared.
 *
 * A difference is reported in the version that differs from the majority,
 * with the counterparts in the other versions as related locations. Without
 * a majority (two versions, or two against two) it is reported in each.
 */
import type {Position} from 'unist'
import {report, type RelatedReport as Related} from '../rule.js'
import {msg, type Message, type MessageKey, type Value} from '../../l10n/index.js'
import type {VFile} from 'vfile'
import type {Version} from '../set.js'
import {findWord, foldForMatch, foldText} from '../normalize.js'
import {languageData} from '../../languages/index.js'
import {languages, type Language} from '../tree.js'
import {profileOf} from '../../profiles/index.js'
import {align} from './align.js'
import {spelledNumbers} from '../numbers.js'
import {skeletonOf, type Fact, type Part, type PartKind, type Skeleton} from './parts.js'

/** The rules the findings belong to. */
export type ParallelRuleId = 'parallel-structure' | 'parallel-facts' | 'parallel-languages'


/** A difference found between the versions, to be reported in one of them. */
export interface Finding {
  ruleId: ParallelRuleId
  /** The version it is reported in. */
  language: Language
  reason: Message
  place: Position
  related: Related[]
}

/** The findings of a set and its aligned parts. */
export interface SetAnalysis {
  findings: Finding[]
  /**
   * The aligned parts in order: in each, the part of every version that has one (a part that only
   * one version has stands alone; a paragraph's column comes before its subparagraphs').
   */
  columns: Array<Partial<Record<Language, Part>>>
  /** The path of each version. */
  paths: Partial<Record<Language, string>>
}

/** What the check of one version knows of its set: its own language and the analysis of the whole set (made once, shared by the versions). */
export interface SetContext {
  language: Language
  analysis: SetAnalysis
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the face (CLI, server) before the rules run, when the file is a version of a set. */
    parallel: SetContext
  }
}

/** Report the findings of rule `ruleId` that belong to the file's version (the body of each parallel rule). */
export function reportFindings(file: VFile, ruleId: ParallelRuleId): void {
  const context = file.data.parallel
  if (!context) return
  for (const finding of context.analysis.findings) {
    if (finding.ruleId === ruleId && finding.language === context.language) report(file, finding.reason, finding.place, {related: finding.related})
  }
}

/** Options of `analyzeSet`. */
export interface AnalyzeOptions {
  /** The version that says what concerns the whole set (a missing language); by default the first. */
  anchor?: Language | undefined
  /** The languages the set must have; by default its profile's (`Profile.languages`). */
  languages?: readonly Language[] | undefined
}

/** The catalogue word of a vote figure (`parallel.fact.votesFor`); other facts go by their kind. */
const voteKeys: Record<string, 'votesFor' | 'votesAgainst' | 'abstentions'> = {'vote:for': 'votesFor', 'vote:against': 'votesAgainst', 'vote:abstentions': 'abstentions'}

/** A part, indefinite (`an operative paragraph`), with the marker the other versions give it (`numbered “2.”`). */
function part(kind: PartKind, marker?: string): Message {
  const name = msg(`parallel.part.${kind}`)
  return marker === undefined ? name : msg('parallel.part.numbered', {part: name, marker})
}

/** `this operative paragraph`. */
function thisPart(kind: PartKind): Message {
  return msg(`parallel.this.${kind}`)
}

/** `the date 24 December 2024`, `the numbers 24 and 7`: a fact's word with its values, in the number its values take. */
function fact(word: FactWord, values: readonly Value[]): Message {
  return msg(word, {count: values.length, values: values.length === 1 ? values[0]! : {and: values}})
}

/** `Arabic, French and Spanish versions` (each language as the sentence needs it: `en arabe`, `العربية`). */
function versions(group: readonly Language[]): Message {
  return msg('parallel.versions', {count: group.length, languages: languageList(group)})
}

function languageList(group: readonly Language[]): Value {
  return {and: group.map((language) => msg(`parallel.language.${language}`))}
}

const messages = {
  languages: (missing: Language[], all: readonly Language[], read: boolean) =>
    msg(read ? 'parallel-languages.missingRead' : 'parallel-languages.missing', {count: missing.length, languages: languageList(missing), all: languageList(all)}),
  missingPart: (kind: PartKind, others: Language[], where: 'before' | 'after' | undefined, anchor: PartKind | undefined, marker: string | undefined) =>
    where && anchor
      ? msg(where === 'before' ? 'parallel-structure.missingBefore' : 'parallel-structure.missingAfter', {count: others.length, versions: versions(others), part: part(kind, marker), anchor: thisPart(anchor)})
      : msg('parallel-structure.missing', {count: others.length, versions: versions(others), part: part(kind, marker)}),
  extraPart: (kind: PartKind, others: Language[]) => msg('parallel-structure.extra', {count: others.length, versions: versions(others), part: thisPart(kind)}),
  numbering: (written: string, expected: number, others: Language[]) => msg('parallel-structure.numbering', {count: others.length, versions: versions(others), actual: written, expected}),
  differs: (word: FactWord, written: string, shown: Value, others: Language[]) => msg('parallel-facts.differs', {count: others.length, versions: versions(others), fact: fact(word, [shown]), actual: written}),
  /** Without a majority (two versions, or two against two), no version is said to be wrong. */
  differsFrom: (word: FactWord, written: string, shown: Value, others: Language[]) => msg('parallel-facts.differsFrom', {count: others.length, versions: versions(others), fact: fact(word, [shown]), actual: written}),
  missingFact: (word: FactWord, shown: Value, others: Language[]) => messages.missingFacts([{word, shown}], others),
  /** Several facts missing from one paragraph: one message listing them (`the numbers 24 and 7 and the year 1997`). */
  missingFacts: (facts: ReadonlyArray<{word: FactWord; shown: Value}>, others: Language[]) => {
    const words = [...new Set(facts.map((entry) => entry.word))]
    const named = words.map((word) => fact(word, facts.filter((entry) => entry.word === word).map((entry) => entry.shown)))
    return msg('parallel-facts.missing', {count: others.length, versions: versions(others), facts: {and: named}})
  },
  extraFact: (word: FactWord, written: string, others: Language[]) => msg('parallel-facts.extra', {count: others.length, versions: versions(others), fact: fact(word, [written])})
}

/** What a related location shows: `French version: “71/19”`, or the version alone. */
function relatedNote(language: Language, words?: string): Message {
  const name = msg(`parallel.language.${language}`)
  return words === undefined ? msg('parallel.related.version', {language: name}) : msg('parallel.related.words', {language: name, words})
}

/** Cost of leaving a part without a counterpart (a score of two parts is about +3 for a clear match). */
const gapCost = 1

/** How alike two parts of different versions are: their kind, opener, number and shared facts. */
export function similarity(a: Part, b: Part): number {
  if (a.kind !== b.kind) return -3
  let score = 0.5
  if (a.phraseId !== undefined && b.phraseId !== undefined) score += a.phraseId === b.phraseId ? 2 : -0.5
  if (a.ordinal !== undefined && a.ordinal === b.ordinal) score += 0.5
  const counted = (facts: Fact[]) => facts.filter((fact) => !fact.presence)
  const left = counted(a.facts)
  const right = counted(b.facts)
  const shared = sharedCount(left, right)
  score += 1.5 * shared - Math.min(1.5, 0.25 * (left.length + right.length - 2 * shared))
  return score
}

/** How many facts two lists share, each used once (a fact with two readings matches either). */
function sharedCount(left: Fact[], right: Fact[]): number {
  const used = new Set<number>()
  let shared = 0
  for (const fact of left) {
    const index = right.findIndex((other, at) => !used.has(at) && other.keys.some((key) => fact.keys.includes(key)))
    if (index >= 0) {
      used.add(index)
      shared++
    }
  }
  return shared
}

/** Compare the versions of one resolution (two or more, each language once). */
export function analyzeSet(set: readonly Version[], options: AnalyzeOptions = {}): SetAnalysis {
  // A version with no part yet (an empty file, a translation not begun, a binary file) is not compared.
  const ordered = languages
    .flatMap((language) => set.filter((version) => version.language === language).slice(0, 1))
    .map((version) => ({version, skeleton: skeletonOf(version.tree, version.language)}))
    .filter(({skeleton}) => everyPart(skeleton).length > 0)
  const present = ordered.map(({version}) => version.language)
  const paths = new Map(ordered.map(({version}) => [version.language, version.path]))
  const skeletons = new Map(ordered.map(({version, skeleton}) => [version.language, skeleton]))
  const analysis: SetAnalysis = {findings: [], columns: [], paths: Object.fromEntries(paths)}
  const spelledCache = new Map<Part, Set<number>>()
  if (present.length < 2) return analysis

  // The languages the family votes its texts in (its profile's), not every language resolint reads.
  const profile = profileOf(ordered[0]!.version.tree)
  const expected = options.languages ?? profile.languages
  const missing = expected.filter((language) => !present.includes(language))
  if (missing.length > 0) {
    const anchor = options.anchor && present.includes(options.anchor) ? options.anchor : present[0]!
    const place = (language: Language) => {
      const skeleton = skeletons.get(language)!
      const part = skeleton.identifier ?? skeleton.heading ?? everyPart(skeleton)[0]
      return part?.head ?? documentStart
    }
    analysis.findings.push({
      ruleId: 'parallel-languages',
      language: anchor,
      reason: messages.languages(missing, expected, !options.languages && profile.languagesRead === true),
      place: place(anchor),
      related: present.filter((language) => language !== anchor).map((language) => ({path: paths.get(language)!, place: place(language), note: relatedNote(language)}))
    })
  }

  const sequences: Array<(skeleton: Skeleton) => Part[]> = [
    (skeleton) => (skeleton.heading ? [skeleton.heading] : []),
    (skeleton) => (skeleton.identifier ? [skeleton.identifier] : []),
    (skeleton) => (skeleton.subject ? [skeleton.subject] : []),
    (skeleton) => (skeleton.opening ? [skeleton.opening] : []),
    (skeleton) => skeleton.preamble,
    (skeleton) => skeleton.operative,
    (skeleton) => skeleton.closing
  ]
  sequences.forEach((partsOf, index) => {
    const before = (language: Language) => sequences.slice(0, index).flatMap((earlier) => earlier(skeletons.get(language)!)).at(-1)
    const after = (language: Language) => sequences.slice(index + 1).flatMap((later) => later(skeletons.get(language)!))[0]
    compareSequence(new Map(present.map((language) => [language, partsOf(skeletons.get(language)!)])), before, after)
  })
  return analysis

  /** Align one sequence of parts across the versions, report what is missing or extra, then compare each aligned part. */
  function compareSequence(parts: Map<Language, Part[]>, before: (language: Language) => Part | undefined, after: (language: Language) => Part | undefined) {
    const group = [...parts.keys()]
    const lists = group.map((language) => parts.get(language)!)
    if (lists.every((entries) => entries.length === 0)) return
    const columns = align(lists, similarity, gapCost).map((cells) => {
      const column = new Map<Language, Part>()
      cells.forEach((cell, which) => {
        if (cell !== undefined) column.set(group[which]!, lists[which]![cell]!)
      })
      return column
    })
    const shifted = new Set<Language>()
    columns.forEach((column, index) => {
      const has = new Map(group.map((language) => [language, column.has(language) ? 1 : 0]))
      for (const language of group) {
        const expected = expectedValue(has, language)
        if (has.get(language) === expected) continue
        const others = group.filter((other) => has.get(other) === expected)
        shifted.add(language)
        if (expected === 1) reportMissing(language, column, others, columns, index, before, after)
        else {
          const part = column.get(language)!
          push('parallel-structure', language, messages.extraPart(part.kind, others), part.head, others.map((other) => relatedPart(other, nearest(columns, index, other))))
        }
      }
      analysis.columns.push(Object.fromEntries(column))
      if (column.size < 2) return
      compareNumbers(column, shifted)
      compareFacts(column)
      const withChildren = [...column].filter(([, part]) => part.kind === 'operativeParagraph' || part.kind === 'preambleParagraph')
      if (withChildren.length > 1 && withChildren.some(([, part]) => part.children.length > 0)) {
        compareSequence(
          new Map(withChildren.map(([language, part]) => [language, part.children])),
          (language) => column.get(language),
          () => undefined
        )
      }
    })
  }

  function reportMissing(language: Language, column: Map<Language, Part>, others: Language[], columns: Array<Map<Language, Part>>, index: number, before: (language: Language) => Part | undefined, after: (language: Language) => Part | undefined) {
    const next = columns.slice(index + 1).find((entry) => entry.has(language))?.get(language)
    const previous = columns.slice(0, index).reverse().find((entry) => entry.has(language))?.get(language)
    const [anchor, where] = next ? [next, 'before' as const] : previous ? [previous, 'after' as const] : before(language) ? [before(language)!, 'after' as const] : after(language) ? [after(language)!, 'before' as const] : [undefined, undefined]
    const example = column.get(others[0]!)!
    // Subparagraph markers differ by language (`(b)`, `b)`, `(ب)`): the first Latin-script version's is shown.
    const marker = [...others].sort((a, b) => Number(languageData(a).script !== 'Latin') - Number(languageData(b).script !== 'Latin')).map((other) => column.get(other)!.marker).find((value) => value !== undefined)
    push(
      'parallel-structure',
      language,
      messages.missingPart(example.kind, others, where, anchor?.kind, marker),
      anchor?.head ?? documentStart,
      others.map((other) => relatedPart(other, column.get(other)!))
    )
  }

  /** Numbers of aligned paragraphs that differ, where no paragraph missing or extra before explains it. */
  function compareNumbers(column: Map<Language, Part>, shifted: ReadonlySet<Language>) {
    const ordinals = new Map([...column].filter(([, part]) => part.ordinal !== undefined).map(([language, part]) => [language, part.ordinal!]))
    if (ordinals.size < 2) return
    for (const [language, ordinal] of ordinals) {
      const expected = expectedValue(ordinals, language)
      if (ordinal === expected || shifted.has(language)) continue
      const others = [...ordinals.keys()].filter((other) => ordinals.get(other) === expected)
      const part = column.get(language)!
      push('parallel-structure', language, messages.numbering(part.marker ?? String(ordinal), expected, others), part.head, others.map((other) => relatedPart(other, column.get(other)!)))
    }
  }

  /** The facts of one aligned part, compared by key: what one version has more or fewer of than the others. */
  function compareFacts(column: Map<Language, Part>) {
    const group = [...column.keys()]
    const keyed = new Map<string, Map<Language, Fact[]>>()
    for (const language of group) {
      for (const fact of column.get(language)!.facts) {
        if (fact.presence) continue
        const key = chooseKey(fact, language, column)
        let entry = keyed.get(key)
        if (!entry) keyed.set(key, (entry = new Map()))
        entry.set(language, [...(entry.get(language) ?? []), fact])
      }
    }
    const excess = new Map<Language, Fact[]>()
    const deficit = new Map<Language, Array<{key: string; example: Fact; holders: Language[]; majority: boolean}>>()
    for (const [key, holders] of keyed) {
      const counts = new Map(group.map((language) => [language, holders.get(language)?.length ?? 0]))
      if (key.startsWith('number:')) {
        // A number is there or not: a translation may say it twice (`24 heures sur 24`) or once.
        for (const language of group) counts.set(language, Math.min(1, counts.get(language)!))
        // A number one version writes in words (`thirty days`, `أربع وعشرين`) is there as much as in the digits of the others.
        const value = Number(key.slice('number:'.length))
        for (const language of group) if (counts.get(language) === 0 && spelled(column.get(language)!, language).has(value)) counts.set(language, 1)
      }
      for (const language of group) {
        const count = counts.get(language)!
        const expected = expectedValue(counts, language)
        if (count > expected) excess.set(language, [...(excess.get(language) ?? []), ...(holders.get(language) ?? []).slice(expected)])
        if (count < expected) {
          // The versions that have it, in digits or in words; the example is written in digits.
          const others = group.filter((other) => counts.get(other)! >= expected && other !== language)
          const example = holders.get(others.find((other) => holders.has(other))!)![0]!
          for (let missingCount = count; missingCount < expected; missingCount++) deficit.set(language, [...(deficit.get(language) ?? []), {key, example, holders: others, majority: hasMajority(counts)}])
        }
      }
    }
    for (const language of group) {
      const extra = [...(excess.get(language) ?? [])].sort((a, b) => a.place.start.offset! - b.place.start.offset!)
      const lacking = [...(deficit.get(language) ?? [])]
      for (const fact of extra) {
        const index = lacking.findIndex((entry) => entry.example.family === fact.family)
        const counterpart = index >= 0 ? lacking.splice(index, 1)[0] : undefined
        if (counterpart) {
          const word = counterpart.example.kind === 'article' || fact.kind === 'article' ? 'parallel.fact.article' : wordOf(counterpart.example)
          const message = counterpart.majority ? messages.differs : messages.differsFrom
          push('parallel-facts', language, message(word, fact.written, counterpart.example.shown, counterpart.holders), fact.place, relatedFacts(column, counterpart.key, counterpart.holders))
        } else {
          const others = group.filter((other) => other !== language && !(keyed.get(chooseKey(fact, language, column))?.get(other)?.length ?? 0))
          push('parallel-facts', language, messages.extraFact(wordOf(fact), fact.written, others), fact.place, others.map((other) => relatedPart(other, column.get(other)!)))
        }
      }
      // What is missing from one paragraph is one finding, grouped by the versions that have it.
      const byHolders = new Map<string, typeof lacking>()
      for (const entry of lacking) {
        const holders = entry.holders.join(' ')
        byHolders.set(holders, [...(byHolders.get(holders) ?? []), entry])
      }
      for (const entries of byHolders.values()) {
        const facts = entries.map((entry) => ({word: wordOf(entry.example), shown: entry.example.shown}))
        const related = [...new Map(entries.flatMap((entry) => relatedFacts(column, entry.key, entry.holders)).map((entry) => [`${entry.path}:${entry.place.start.offset}:${JSON.stringify(entry.note)}`, entry])).values()]
        push('parallel-facts', language, messages.missingFacts(facts, entries[0]!.holders), column.get(language)!.head, related)
      }
    }
    compareNames(column)
  }

  /** The numbers a part writes in words (made once per part). */
  function spelled(part: Part, language: Language): Set<number> {
    let numbers = spelledCache.get(part)
    if (!numbers) spelledCache.set(part, (numbers = spelledNumbers(part.source, language)))
    return numbers
  }

  /** Latin-script names of a version in another script (`NEXUS` in Arabic): looked for in the text of the Latin-script versions. */
  function compareNames(column: Map<Language, Part>) {
    const group = [...column.keys()]
    const names = new Map<string, Map<Language, Fact>>()
    for (const language of group) {
      for (const fact of column.get(language)!.facts) {
        if (!fact.presence) continue
        let entry = names.get(fact.keys[0]!)
        if (!entry) names.set(fact.keys[0]!, (entry = new Map()))
        if (!entry.has(language)) entry.set(language, fact)
      }
    }
    for (const [, holders] of names) {
      const example = [...holders.values()][0]!
      const has = new Map(
        group.map((language) => [language, holders.has(language) || (languageData(language).script === 'Latin' && findWord(foldText(column.get(language)!.source), foldForMatch(example.written)) >= 0) ? 1 : 0])
      )
      for (const language of group) {
        const expected = expectedValue(has, language)
        if (has.get(language) === expected) continue
        const others = group.filter((other) => has.get(other) === expected)
        const part = column.get(language)!
        const related = others.map((other) => (holders.has(other) ? relatedFact(other, holders.get(other)!) : relatedPart(other, column.get(other)!)))
        if (expected === 1) push('parallel-facts', language, messages.missingFact('parallel.fact.name', example.written, others), part.head, related)
        else push('parallel-facts', language, messages.extraFact('parallel.fact.name', holders.get(language)?.written ?? example.written, others), holders.get(language)?.place ?? part.head, related)
      }
    }
  }

  /** The key a fact is compared by: of its readings, the one the other versions have most. */
  function chooseKey(fact: Fact, language: Language, column: Map<Language, Part>): string {
    if (fact.keys.length === 1) return fact.keys[0]!
    let best = fact.keys[0]!
    let bestCount = -1
    for (const key of fact.keys) {
      let count = 0
      for (const [other, part] of column) if (other !== language && part.facts.some((candidate) => candidate.keys.includes(key))) count++
      if (count > bestCount) [best, bestCount] = [key, count]
    }
    return best
  }

  function relatedFacts(column: Map<Language, Part>, key: string, holders: Language[]): Related[] {
    return holders.map((other) => {
      const fact = column.get(other)!.facts.find((candidate) => !candidate.presence && chooseKey(candidate, other, column) === key)
      return fact ? relatedFact(other, fact) : relatedPart(other, column.get(other)!)
    })
  }

  function relatedFact(language: Language, fact: Fact): Related {
    return {path: paths.get(language)!, place: fact.place, note: relatedNote(language, fact.written)}
  }

  function relatedPart(language: Language, part: Part | undefined): Related {
    return part
      ? {path: paths.get(language)!, place: part.head, note: relatedNote(language, part.words)}
      : {path: paths.get(language)!, place: documentStart, note: relatedNote(language)}
  }

  function push(ruleId: ParallelRuleId, language: Language, reason: Message, place: Position, related: Related[]) {
    analysis.findings.push({ruleId, language, reason, place, related})
  }
}

/** The part of `language` in the column at `index`, or the nearest one before it. */
function nearest(columns: Array<Map<Language, Part>>, index: number, language: Language): Part | undefined {
  for (let at = index; at >= 0; at--) if (columns[at]!.has(language)) return columns[at]!.get(language)
  return columns.slice(index).find((column) => column.has(language))?.get(language)
}

/** The catalogue entry naming a fact: its own (a cited family's), a vote figure's, else its kind's. */
function wordOf(fact: Pick<Fact, 'kind' | 'family' | 'word'>): FactWord {
  if (fact.word !== undefined) return fact.word
  const vote: FactWord | undefined = Object.hasOwn(voteKeys, fact.family) ? `parallel.fact.${voteKeys[fact.family]!}` : undefined
  // A citation without its family's word (a family the profile does not cite) is named as an identifier.
  return vote ?? `parallel.fact.${fact.kind === 'citation' ? 'identifier' : fact.kind}`
}

/** A fact's catalogue entry (`parallel.fact.date`, a cited family's `family.interpol.fact`). */
type FactWord = MessageKey

/**
 * What `language` is expected to have: the value more than half the versions
 * have; without such a majority, the value most of the others have (the
 * larger on a tie), so that with two versions each is compared with the other.
 */
function expectedValue(values: ReadonlyMap<Language, number>, language: Language): number {
  const all = tally([...values.values()])
  if (hasMajority(values)) return all[0]![0]
  const others = tally([...values].filter(([other]) => other !== language).map(([, value]) => value))
  return others[0]?.[0] ?? values.get(language)!
}

/** Whether more than half the versions have the same value. */
function hasMajority(values: ReadonlyMap<Language, number>): boolean {
  const [first] = tally([...values.values()])
  return first !== undefined && first[1] * 2 > values.size
}

/** Values with how many have each, most common first (the larger value on a tie). */
function tally(entries: number[]): Array<[number, number]> {
  const counts = new Map<number, number>()
  for (const value of entries) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])
}

/** Every part of a skeleton, in document order (subparagraphs left out). */
function everyPart(skeleton: Skeleton): Part[] {
  return [skeleton.heading, skeleton.identifier, skeleton.subject, skeleton.opening, ...skeleton.preamble, ...skeleton.operative, ...skeleton.closing].filter((part): part is Part => part !== undefined)
}

const documentStart: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
