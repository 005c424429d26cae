/**
 * `resolint`: check resolutions on the command line. The files come from
 * `files/collect.ts`, are read by `files/read.ts`, configured by the one
 * `.resolintrc.json` lookup (`files/config-lookup.ts`) and checked by the
 * same processor as the server's; `--fix` writes through `files/write.ts`.
 * Exit 0 when clean, 1 when an error is found, 2 on bad usage or an input
 * that was not checked or not fixed (the other files are still checked).
 */
// First: V8's settings for a short run, before any other module's code runs.
import './cli-flags.js'
import path from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {isMainThread} from 'node:worker_threads'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {checkAll, concurrencyOf, type Item} from './cli-run.js'
import {configErrorMessage, mergeConfigs, type Config} from './config.js'
import {languages, stages, type Language, type Stage} from './core/tree.js'
import {getProfile, profiles} from './profiles/index.js'
import {collectFiles} from './files/collect.js'
import {ConfigLookup, type ConfigFile} from './files/config-lookup.js'
import type {WriteHooks} from './files/write.js'
import {reportJson, reportSarif, reportText} from './report.js'
import {environmentLocale, localeOf, localizeFiles, locales, msg, translate, type Locale, type Message, type Value} from './l10n/index.js'
import {report} from './core/rule.js'

const profileIds = Object.keys(profiles).join('|')

/** The help (`--help`), in `locale`: the catalogue's `cli.help`, with the profiles registered. */
function usage(locale: Locale): string {
  return translate(locale, 'cli.help', {profiles: {said: profileIds}})
}

const version = '0.1.0'

/** Run the command line; resolves with the exit code. `hooks` are a test seam of `--fix`. */
export async function main(argv: string[], cwd = process.cwd(), hooks: WriteHooks = {}, env: Record<string, string | undefined> = process.env): Promise<number> {
  // Refusals and the help are said in the locale asked for, even when the rest of the command is wrong.
  const locale = localeOf(localeArgument(argv)) ?? environmentLocale(env)
  const fail = (said: Message | string) => refuse(typeof said === 'string' ? said : translate(locale, said))
  const badValue = (option: string, actual: string, expected: Value[]) => fail(msg('cli.usage.badValue', {option: {text: option}, expected: {or: expected}, actual}))
  let values
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        fix: {type: 'boolean', default: false},
        language: {type: 'string'},
        profile: {type: 'string'},
        stage: {type: 'string'},
        locale: {type: 'string'},
        concurrency: {type: 'string', default: 'auto'},
        quiet: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    }))
  } catch (error) {
    return fail(`${translate(locale, usageError(error as Error & {code?: string}))}\n${translate(locale, 'cli.usage.hint')}`)
  }
  if (values.help) return write(usage(locale) + '\n', 0)
  if (values.version) return write(version + '\n', 0)
  const format = values.format
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return badValue('--format', format, ['text', 'json', 'sarif'])
  if (values.language !== undefined && !languages.includes(values.language as Language)) return badValue('--language', values.language, [...languages])
  if (values.profile !== undefined && !getProfile(values.profile)) return badValue('--profile', values.profile, Object.keys(profiles))
  if (values.stage !== undefined && !stages.includes(values.stage as Stage)) return badValue('--stage', values.stage, [...stages])
  if (values.locale !== undefined && localeOf(values.locale) === undefined) return badValue('--locale', values.locale, [...locales])
  const concurrency = concurrencyOf(values.concurrency)
  if (concurrency === undefined) return badValue('--concurrency', values.concurrency, [msg('cli.usage.threads'), 'auto', 'off'])
  if (positionals.length === 0) return fail(`${translate(locale, 'cli.usage.noFiles')}\n\n${usage(locale)}`)
  const overrides: Config = {}
  if (values.language) overrides.language = values.language as Language
  if (values.stage) overrides.stage = values.stage as Stage
  if (values.profile) overrides.profile = values.profile

  const reporter = format === 'json' ? reportJson : format === 'sarif' ? reportSarif : reportText

  const {files: targets, problems} = collectFiles(positionals, cwd)
  const lookup = new ConfigLookup()
  const found = targets.map((target) => lookup.find(target.path))
  const items: Item[] = targets.map((target, index) => ({index, path: target.path, name: target.name, config: mergeConfigs(found[index]?.config, overrides)}))
  const outcomes = await checkAll(items, {fix: values.fix, cwd, hooks}, concurrency)
  const reported: VFile[] = problems.map((problem) => notChecked(problem.name, problem.reason, cwd))
  const configsReported = new Set<string>()
  for (const outcome of outcomes) {
    const target = targets[outcome.index]!
    if ('notChecked' in outcome) {
      reported.push(notChecked(target.name, msg('file.notChecked', {reason: outcome.notChecked}), cwd))
      continue
    }
    // A config's errors once, before the first file checked with it.
    const config = found[outcome.index]
    if (config && config.errors.length > 0 && !configsReported.has(config.path)) {
      configsReported.add(config.path)
      reported.push(configReport(config, cwd))
    }
    reported.push(outcome.file)
  }

  // Every message said in the drafter's language: text, JSON and SARIF alike.
  localizeFiles(reported, locale)
  // Each file is checked at its effective stage (`--stage`, else its `.resolintrc.json`'s, else draft); SARIF's
  // rule metadata gives the default levels at that stage when the files agree on it, else at draft's.
  const checkedStages = new Set(outcomes.filter((outcome) => !('notChecked' in outcome)).map((outcome) => items[outcome.index]!.config.stage ?? 'draft'))
  const stage = checkedStages.size === 1 ? [...checkedStages][0] : undefined
  process.stdout.write(reporter(reported, {quiet: values.quiet, stage, locale}))
  if (values.fix && format !== 'text') {
    for (const file of reported) if (file.data.fixes) process.stderr.write(`resolint: ${file.path}: ${translate(locale, 'cli.fixed', {count: file.data.fixes})}\n`)
  }
  let code = 0
  for (const file of reported) {
    for (const message of file.messages) {
      if (message.fatal && !message.ruleId) code = 2
      else if (message.fatal && code === 0) code = 1
    }
  }
  return code
}

/** An input that was not checked: a file with its one fatal message (said in the report's locale) and no rule run. */
function notChecked(name: string, reason: Message, cwd: string): VFile {
  const file = new VFile({path: name, cwd})
  file.data.notChecked = true
  report(file, reason).fatal = true
  return file
}

/** The value of `--locale` in `argv` (`--locale fr`, `--locale=fr`), read before the options are: a refusal of another option is said in it. */
function localeArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') return undefined
    if (argument === '--locale') return argv[index + 1]
    if (argument.startsWith('--locale=')) return argument.slice('--locale='.length)
  }
  return undefined
}

/** What `parseArgs` refused, in a drafter's words: an unknown option, a missing (or dash-led, ambiguous) value, a value given to a switch. */
function usageError(error: Error & {code?: string}): Message {
  const option = {text: /'(-[^' ]+)/.exec(error.message)?.[1] ?? ''}
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg('cli.usage.unknownOption', {option})
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg(/does not take an argument/.test(error.message) ? 'cli.usage.noValue' : 'cli.usage.missingValue', {option})
  return msg('file.system', {error: {said: error.message}})
}

/** A config file's errors, once, each at its key. */
function configReport(config: ConfigFile, cwd: string): VFile {
  const file = new VFile({path: path.relative(cwd, config.path) || config.path, cwd, value: config.text})
  file.data.config = true
  const place = location(config.text)
  for (const error of config.errors) {
    const start = error.offset === undefined ? undefined : place.toPoint(error.offset)
    const end = error.offset === undefined ? undefined : place.toPoint(error.offset + (error.length ?? 0))
    report(file, configErrorMessage(error), start && end ? {start, end} : undefined).fatal = true
  }
  return file
}

declare module 'vfile' {
  interface DataMap {
    /** Fixes written by `--fix`. */
    fixes: number
    /** An input that gave nothing to check (missing, unreadable, not text). */
    notChecked: boolean
    /** A `.resolintrc.json` reported for its errors. */
    config: boolean
  }
}

function write(text: string, code: number): number {
  process.stdout.write(text)
  return code
}

function refuse(message: string): number {
  process.stderr.write(`resolint: ${message}\n`)
  return 2
}

// A reader that stops early (`resolint … | head`) closes the pipe: the report is no longer wanted, the
// checks and any `--fix` writes still finish, and the command ends with its own exit code instead of a stack trace.
// (A worker thread runs this bundle too, for `cli-run.ts`'s checks only.)
if (isMainThread) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: Error) => {
      process.stderr.write(`resolint: ${error.message}\n`)
      process.exitCode = 2
    }
  )
}
