/**
 * Reporters of the command line: text, JSON (vfile-reporter-json) and
 * SARIF 2.1.0 (for code scanning). Columns are 1-based UTF-16 code units.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporterJson} from 'vfile-reporter-json'
import {fixOf} from './core/fix.js'
import {rules} from './rules/index.js'
import {docsUrl} from './core/rule.js'

interface ReporterOptions {
  quiet?: boolean | null | undefined
}

const severityLabel = (message: VFileMessage) => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')

function sorted(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** The innermost cause of an engine error that is not a system error (a config error names the file and the key there). */
function rootCause(error: Error): string {
  let cause: unknown = error
  while (cause instanceof Error && cause.cause instanceof Error && !('code' in cause.cause)) cause = cause.cause
  return (cause as Error).message
}

/** `file:line:column  severity  message  rule-id`, then a summary. */
export function reportText(files: VFile[], options: ReporterOptions = {}): string {
  const lines: string[] = []
  const counts = {error: 0, warning: 0, info: 0, fixable: 0}
  for (const file of files) {
    const name = file.path ? path.relative(file.cwd, file.path) || file.path : '<stdin>'
    if (file.messages.length === 0 && !options.quiet) lines.push(`${name}: no issues found`)
    for (const message of sorted(file.messages)) {
      const label = severityLabel(message)
      counts[label]++
      if (fixOf(message)) counts.fixable++
      const where = message.line ? `${name}:${message.line}:${message.column}` : name
      const reason = message.ruleId ? message.reason : rootCause(message)
      lines.push(`${where}  ${label}  ${reason}${message.ruleId ? `  ${message.ruleId}` : ''}`)
    }
  }
  const total = counts.error + counts.warning + counts.info
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  lines.push(
    total === 0
      ? `${plural(files.length, 'file')} checked, no problems`
      : `${plural(files.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info` +
          (counts.fixable > 0 ? ` (${counts.fixable} fixable with \`--fix\`)` : '')
  )
  return lines.join('\n') + '\n'
}

/** The JSON of vfile-reporter-json, with `expected` kept. */
export function reportJson(files: VFile[], options: ReporterOptions = {}): string {
  return reporterJson(files, {quiet: options.quiet ?? false})
}

/** A SARIF 2.1.0 log with one run. */
export function reportSarif(files: VFile[]): string {
  const ids = Object.keys(rules)
  const results = files.flatMap((file) =>
    sorted(file.messages).map((message) => {
      const uri = file.path ? pathToFileURL(path.resolve(file.cwd, file.path)).href : 'stdin'
      const place = message.place && 'start' in message.place ? message.place : undefined
      const region = place
        ? {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
        : {startLine: message.line ?? 1, startColumn: message.column ?? 1}
      const fix = fixOf(message)
      return {
        ruleId: message.ruleId ?? 'resolint-input',
        ...(message.ruleId && ids.includes(message.ruleId) ? {ruleIndex: ids.indexOf(message.ruleId)} : {}),
        level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri}, region}}],
        ...(fix && place
          ? {
              fixes: [
                {
                  description: {text: `Replace with \`${fix.text}\``},
                  artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion: region, insertedContent: {text: fix.text}}]}]
                }
              ]
            }
          : {})
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
            rules: ids.map((id) => ({id, helpUri: docsUrl(id), shortDescription: {text: id}}))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
