/**
 * `resolint`: check resolutions on the command line, on unified-engine.
 * Exit 0 when clean, 1 when an error is found, 2 on bad usage or unreadable
 * input (other files are still checked).
 */
import {renameSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {unified, type Processor} from 'unified'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import {formatConfigError, validateConfig, mergeConfigs, type Config} from './config.js'
import {fixAll} from './core/fix.js'
import resolutionParse from './core/plugin.js'
import {languages, stages, type Language, type Root, type Stage} from './core/tree.js'
import {reportJson, reportSarif, reportText} from './report.js'
import {rules} from './rules/index.js'

const usage = `Usage: resolint [options] <files, folders or globs...>

Check INTERPOL General Assembly resolutions (Arabic, English, French, Spanish).
Folders are searched for *.resolution and *.txt files.

Options:
  --format <text|json|sarif>  output format (default: text)
  --fix                       write every certain fix in place
  --language <ar|en|fr|es>    language of every file (default: detected)
  --stage <draft|final>       draft (default): missing parts are information;
                              final: a submission check, every part required
  --quiet                     report only files with messages
  -h, --help                  show this help
  -v, --version               show the version

Configuration: .resolintrc.json, found from each file's folder upward:
  {"language": "ar", "profile": "interpol-ga", "stage": "draft", "rules": {"digit-style": "off"}}`

const version = '0.1.0'

declare module 'vfile' {
  interface DataMap {
    fixing: boolean
    fixed: boolean
  }
}

/** Run the command line; resolves with the exit code. */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
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
        stage: {type: 'string'},
        quiet: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    }))
  } catch (error) {
    return fail(`${(error as Error).message}\nRun \`resolint --help\` for usage.`)
  }
  if (values.help) return write(usage + '\n', 0)
  if (values.version) return write(version + '\n', 0)
  const format = values.format
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return fail(`Unexpected format \`${format}\`, expected \`text\`, \`json\` or \`sarif\``)
  if (values.language !== undefined && !languages.includes(values.language as Language)) {
    return fail(`Unexpected language \`${values.language}\`, expected one of ${languages.map((l) => '`' + l + '`').join(', ')}`)
  }
  if (values.stage !== undefined && !stages.includes(values.stage as Stage)) {
    return fail(`Unexpected stage \`${values.stage}\`, expected ${stages.map((stage) => '`' + stage + '`').join(' or ')}`)
  }
  if (positionals.length === 0) return fail(`Missing files to check.\n\n${usage}`)
  const overrides: Config = {}
  if (values.language) overrides.language = values.language as Language
  if (values.stage) overrides.stage = values.stage as Stage

  const toEngineConfig = (raw: unknown, filePath: string) => {
    const {config, errors} = validateConfig(raw)
    if (errors.length > 0) throw new Error(errors.map((error) => formatConfigError(path.relative(cwd, filePath) || filePath, error)).join('; '))
    return engineConfig(mergeConfigs(config, overrides))
  }

  const context = await new Promise<Context | undefined>((resolve) => {
    engine(
      {
        processor: unified().use(resolutionParse).use(skipBinary) as unknown as Processor,
        files: positionals,
        cwd,
        extensions: ['resolution', 'txt'],
        rcName: '.resolintrc',
        detectConfig: true,
        configTransform: toEngineConfig,
        defaultConfig: engineConfig(overrides),
        plugins: values.fix ? [fixer as never] : [],
        ignoreName: '.resolintignore',
        silentlyIgnore: false,
        output: false,
        out: false,
        quiet: values.quiet,
        color: false,
        reporter: format === 'json' ? reportJson : format === 'sarif' ? reportSarif : reportText,
        streamError: process.stdout
      },
      (error, _code, context) => {
        if (error) process.stderr.write(`resolint: ${error.message}\n`)
        resolve(error ? undefined : context)
      }
    )
  })
  if (!context) return 2
  let code = 0
  for (const file of context.files) {
    if (file.data.fixed && file.path) writeAtomically(file)
    for (const message of file.messages) {
      if (message.fatal && !message.ruleId) code = 2
      else if (message.fatal && code === 0) code = 1
    }
  }
  return code
}

/** `.resolintrc.json` content -> unified-engine preset: every rule at its setting. */
function engineConfig(config: Config) {
  return {
    settings: {language: config.language, profile: config.profile, stage: config.stage},
    plugins: Object.entries(rules).map(([id, entry]) => [entry.plugin, config.rules?.[id] ?? entry.severity] as [unknown, unknown])
  } as never
}

/** How far into a file a NUL byte is looked for (as git and grep do). */
const binaryProbe = 8192

/**
 * Plugin, right after the parser: a file with a NUL byte in its first 8 KB
 * is not text (an image, a `.docx` renamed). It gets one fatal message and an
 * empty tree; unified-engine runs no rule on a file with a fatal message.
 */
function skipBinary(this: Processor) {
  const processor = this as unknown as Processor<Root>
  const parse = processor.parser!
  processor.parser = (document, file) => {
    if (!document.slice(0, binaryProbe).includes('\0')) return parse(document, file)
    file.message('Unexpected binary file, expected text: not checked').fatal = true
    return parse('', file)
  }
}

/** Plugin, last in the pipeline: apply certain fixes until none is left; keep the messages of the fixed text. */
function fixer(this: Processor) {
  const processor = this as unknown as Processor<Root>
  return (_tree: Root, file: VFile) => {
    if (file.data.fixing) return
    let first = true
    const original = String(file.value)
    const result = fixAll(original, (text) => {
      if (first) {
        first = false
        return [...file.messages]
      }
      const copy = processor.parse(text)
      const checked = new (file.constructor as typeof import('vfile').VFile)({value: text, path: file.path})
      checked.data.fixing = true
      processor.runSync(copy, checked)
      return checked.messages
    })
    if (result.text === original) return
    file.value = result.text
    file.messages = result.messages.map((message) => Object.assign(message, {file: file.path}))
    file.data.fixed = true
  }
}

/** Write a fixed file: temporary file in the same folder, then rename; mode kept. */
function writeAtomically(file: VFile) {
  const target = file.path
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.resolint-tmp`)
  writeFileSync(temporary, String(file.value), {mode: statSync(target).mode})
  renameSync(temporary, target)
}

function write(text: string, code: number): number {
  process.stdout.write(text)
  return code
}

function fail(message: string): number {
  process.stderr.write(`resolint: ${message}\n`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: Error) => {
    process.stderr.write(`resolint: ${error.message}\n`)
    process.exitCode = 2
  }
)
