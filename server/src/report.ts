/**
 * Reporters of the command line: text, JSON (vfile-reporter-json) and
 * SARIF 2.1.0 (for code scanning). Columns are 1-based UTF-16 code units.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporterJson} from 'vfile-reporter-json'
import {editsOf, editsTitleKey, fixesOf, renumbers, suggestedEditsOf, type MessageEdit} from './core/fix.js'
import {explanationsIn} from './core/explanations.js'
import {docsUrl, relatedOf, type Severity} from './core/rule.js'
import type {Stage} from './core/tree.js'
import {defaultSeverity, rules} from './rules/index.js'
import {defaultLocale, msg, translate, type Locale} from './l10n/index.js'

/**
 * How a report is made. The messages are already said in `locale` (`localizeFiles`);
 * the reporter says its own words (severities, the summary) in it too.
 */
interface ReporterOptions {
  quiet?: boolean | null | undefined
  /**
   * The stage every file was checked at (`--stage`, else its `.resolintrc.json`'s): SARIF's rule metadata gives each
   * rule's default level at it (at `draft` when absent: files at different stages; each result has its file's level).
   */
  stage?: Stage | undefined
  locale?: Locale | undefined
}

const severityLabel = (message: VFileMessage) => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')

function sorted(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/**
 * `file:line:column  severity  message  rule-id`, each related location on an
 * indented line below it (`  related: file:line:column  note`, as tsc shows
 * where else a problem is), then a summary: files checked, problems by
 * severity, inputs not checked, fixes written.
 */
export function reportText(files: VFile[], options: ReporterOptions = {}): string {
  const locale = options.locale ?? defaultLocale
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(locale, key, values)
  const lines: string[] = []
  const counts = {error: 0, warning: 0, info: 0, fixable: 0}
  let checked = 0
  let skipped = 0
  let fixes = 0
  let fixedFiles = 0
  for (const file of files) {
    const name = file.path ? path.relative(file.cwd, file.path) || file.path : '<stdin>'
    if (file.data.notChecked) skipped++
    else if (!file.data.config) checked++
    if (file.data.fixes) {
      fixes += file.data.fixes
      fixedFiles++
      lines.push(`${name}: ${t('cli.fixed', {count: file.data.fixes})}`)
    }
    if (file.messages.length === 0 && !options.quiet && !file.data.fixes) lines.push(`${name}: ${t('cli.noIssues')}`)
    for (const message of sorted(file.messages)) {
      const label = severityLabel(message)
      if (!file.data.notChecked) counts[label]++
      if (fixesOf(message).length > 0) counts.fixable++
      const where = message.line ? `${name}:${message.line}:${message.column}` : name
      lines.push(`${where}  ${t(`cli.severity.${label}`)}  ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`)
      for (const location of relatedOf(message)) {
        const other = path.relative(file.cwd, path.resolve(file.cwd, location.path)) || location.path
        lines.push(`  ${t('cli.related')} ${other}:${location.place.start.line}:${location.place.start.column}  ${location.note}`)
      }
    }
  }
  const total = counts.error + counts.warning + counts.info
  const filesChecked = msg('cli.files', {count: checked})
  let summary =
    total === 0
      ? msg('cli.clean', {files: filesChecked})
      : msg('cli.summary', {files: filesChecked, errors: msg('cli.errors', {count: counts.error}), warnings: msg('cli.warnings', {count: counts.warning}), infos: msg('cli.infos', {count: counts.info})})
  if (total > 0 && counts.fixable > 0) summary = msg('cli.fixable', {summary, count: counts.fixable})
  if (skipped > 0) summary = msg('cli.notChecked', {summary, count: skipped})
  if (fixedFiles > 0) summary = msg('cli.fixedSummary', {summary, problems: msg('cli.problems', {count: fixes}), files: msg('cli.fileCount', {count: fixedFiles})})
  lines.push(t(summary))
  return lines.join('\n') + '\n'
}

/** The JSON of vfile-reporter-json, with `expected` kept and each message's `related` locations (which it drops) added. */
export function reportJson(files: VFile[], options: ReporterOptions = {}): string {
  const data = JSON.parse(reporterJson(files, {quiet: options.quiet ?? false})) as Array<{path?: string; messages: Array<Record<string, unknown>>}>
  const byPath = new Map<string | undefined, VFile>(files.map((file) => [file.path, file]))
  for (const entry of data) {
    const messages = byPath.get(entry.path)?.messages ?? []
    entry.messages.forEach((json, index) => {
      const related = messages[index] ? relatedOf(messages[index]) : []
      if (related.length > 0) json.related = related
    })
  }
  return JSON.stringify(data)
}

/** A SARIF region: 1-based lines and UTF-16 columns, end exclusive as unist's. */
function regionOf(place: Position) {
  return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
}

const sarifLevels: Record<Severity, string> = {off: 'none', info: 'note', warn: 'warning', error: 'error'}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
}

type Replacement = {place: Position; text: string}

/**
 * A result's SARIF fixes: the quick fixes the editor offers, titled as it titles them: the certain fix first (its
 * `expected` or its `edits`), then the edits offered only (a pasted footnote and its markers), the suggestions of
 * the range and the alternatives elsewhere.
 */
function sarifFixes(message: VFileMessage, place: Position, uri: string, locale: Locale) {
  const one = (text: string) => (text === '' ? translate(locale, 'server.fix.remove') : translate(locale, 'server.fix.replace', {text: text.trim() || text}))
  const several = (edits: MessageEdit[], renumbering = false) => translate(locale, editsTitleKey(edits.map((edit) => edit.text), renumbering), {count: edits.length})
  const fix = (description: string, replacements: Replacement[]) => ({
    description: {text: description},
    artifactChanges: [{artifactLocation: {uri}, replacements: replacements.map((edit) => ({deletedRegion: regionOf(edit.place), insertedContent: {text: edit.text}}))}]
  })
  const ofEdits = (edits: MessageEdit[], renumbering = false) => fix(several(edits, renumbering), edits.map((edit) => ({place: edit.position, text: edit.text})))
  const proposals = message as VFileMessage & {suggestions?: string[]; alternatives?: Replacement[]}
  const edits = editsOf(message)
  const suggested = suggestedEditsOf(message)
  return [
    ...(message.expected?.length === 1 ? [fix(one(message.expected[0]!), [{place, text: message.expected[0]!}])] : []),
    ...(edits ? [ofEdits(edits)] : []),
    ...(suggested ? [ofEdits(suggested, renumbers(message))] : []),
    ...(proposals.suggestions ?? []).map((text) => fix(one(text), [{place, text}])),
    ...(proposals.alternatives ?? []).map((alternative) => fix(one(alternative.text), [alternative]))
  ]
}

/** A SARIF 2.1.0 log with one run: the rules with their help and default level, the results with their fixes. */
export function reportSarif(files: VFile[], options: ReporterOptions = {}): string {
  const locale = options.locale ?? defaultLocale
  const ids = Object.keys(rules)
  const results = files.flatMap((file) =>
    sorted(file.messages).map((message) => {
      const uri = file.path ? pathToFileURL(path.resolve(file.cwd, file.path)).href : 'stdin'
      const place = message.place && 'start' in message.place ? message.place : undefined
      const region = place ? regionOf(place) : {startLine: message.line ?? 1, startColumn: message.column ?? 1}
      const fixes = place ? sarifFixes(message, place, uri, locale) : []
      const related = relatedOf(message)
      return {
        ruleId: message.ruleId ?? 'resolint-input',
        ...(message.ruleId && ids.includes(message.ruleId) ? {ruleIndex: ids.indexOf(message.ruleId)} : {}),
        level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri}, region}}],
        ...(related.length > 0
          ? {
              relatedLocations: related.map((location, index) => ({
                id: index + 1,
                physicalLocation: {artifactLocation: {uri: pathToFileURL(path.resolve(file.cwd, location.path)).href}, region: regionOf(location.place)},
                message: {text: location.note}
              }))
            }
          : {}),
        ...(fixes.length > 0 ? {fixes} : {})
      }
    })
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'resolint',
            informationUri: 'https://github.com/resolint/resolint',
            rules: ids.map((id) => ({
              id,
              name: id,
              shortDescription: {text: firstSentence(explanationsIn[locale][id] ?? id)},
              fullDescription: {text: explanationsIn[locale][id] ?? id},
              help: {text: `${explanationsIn[locale][id] ?? id} ${docsUrl(id, locale)}`, markdown: `${explanationsIn[locale][id] ?? id}\n\n[${id}](${docsUrl(id, locale)})`},
              helpUri: docsUrl(id, locale),
              defaultConfiguration: {level: sarifLevels[defaultSeverity(rules[id]!, options.stage)], enabled: defaultSeverity(rules[id]!, options.stage) !== 'off'}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
