/**
 * The one configuration lookup of the command line and the server: the
 * nearest `.resolintrc.json` from a file's folder upward, read as JSON data
 * only (no JavaScript, YAML or `package.json` field is ever looked at), and
 * cached per folder.
 */
import {existsSync, statSync} from 'node:fs'
import {access, stat} from 'node:fs/promises'
import {homedir} from 'node:os'
import path from 'node:path'
import {parseConfig, type Config, type ConfigError} from '../config.js'
import {msg, translate, type Message} from '../l10n/index.js'
import {readTextFile, readTextFileAsync, systemReason, type ReadResult} from './read.js'

/** The only configuration file name. */
export const configName = '.resolintrc.json'

/** A configuration file is refused above this size (bytes). */
export const maxConfigBytes = 1024 * 1024

/** A `.resolintrc.json` found: what is valid in it, and its errors (each with the key's offset in `text`). */
export interface ConfigFile {
  path: string
  config: Config
  errors: ConfigError[]
  /** Its text; empty when it could not be read. */
  text: string
  /** Whether it was read (a folder or an unreadable file is found but not read). */
  readable: boolean
}

/** Where the search upward stops. */
export interface SearchBounds {
  /** Workspace folders: searched, then not above. */
  roots?: readonly string[] | undefined
  /** The home folder: searched, then not above (default: the user's). */
  home?: string | undefined
}

/** Whether a search upward stops at `folder` (after looking in it): a root, a repository's root (`.git`) or the home folder. */
export function isSearchEnd(folder: string, bounds: SearchBounds = {}): boolean {
  return isBound(folder, bounds) || existsSync(path.join(folder, '.git'))
}

/** `isSearchEnd` without blocking. */
async function isSearchEndAsync(folder: string, bounds: SearchBounds): Promise<boolean> {
  if (isBound(folder, bounds)) return true
  return access(path.join(folder, '.git')).then(
    () => true,
    () => false
  )
}

/** Whether `folder` is a root, the home folder or the file system's root. */
function isBound(folder: string, bounds: SearchBounds): boolean {
  if (bounds.roots?.some((root) => path.resolve(root) === folder)) return true
  if (folder === path.resolve(bounds.home ?? homedir())) return true
  return path.dirname(folder) === folder
}

/** What a folder holds for the search: its config, and whether the search stops there. */
interface Look {
  found: ConfigFile | undefined
  end: boolean
}

/**
 * Finds the `.resolintrc.json` that applies to a file; each folder is looked at and each config read once, until `clear()`.
 * `find` blocks (the command line); `findAsync` does not (the server, which serves requests meanwhile).
 */
export class ConfigLookup {
  private readonly nearest = new Map<string, ConfigFile | undefined>()
  private readonly bounds: SearchBounds
  private readonly read: (filePath: string) => ReadResult
  private readonly readAsync: (filePath: string) => Promise<ReadResult>

  constructor(
    bounds: SearchBounds = {},
    read: (filePath: string) => ReadResult = (filePath) => readTextFile(filePath, maxConfigBytes),
    readAsync: (filePath: string) => Promise<ReadResult> = (filePath) => readTextFileAsync(filePath, maxConfigBytes)
  ) {
    this.bounds = bounds
    this.read = read
    this.readAsync = readAsync
  }

  /** The config that applies to `filePath`, if any. */
  find(filePath: string): ConfigFile | undefined {
    const steps = this.search(filePath)
    let step = steps.next()
    while (!step.done) {
      const found = this.load(path.join(step.value, configName))
      step = steps.next({found, end: found !== undefined || isSearchEnd(step.value, this.bounds)})
    }
    return step.value
  }

  /** The config that applies to `filePath`, if any, read without blocking. */
  async findAsync(filePath: string): Promise<ConfigFile | undefined> {
    const steps = this.search(filePath)
    let step = steps.next()
    while (!step.done) {
      const found = await this.loadAsync(path.join(step.value, configName))
      step = steps.next({found, end: found !== undefined || (await isSearchEndAsync(step.value, this.bounds))})
    }
    return step.value
  }

  /** Forget what was read (a config file changed). */
  clear(): void {
    this.nearest.clear()
  }

  /** The search upward from a file's folder, as steps: each yields a folder to look at and is told what it holds. */
  private *search(filePath: string): Generator<string, ConfigFile | undefined, Look> {
    const visited: string[] = []
    let folder = path.dirname(path.resolve(filePath))
    let found: ConfigFile | undefined
    for (;;) {
      if (this.nearest.has(folder)) {
        found = this.nearest.get(folder)
        break
      }
      visited.push(folder)
      const look = yield folder
      found = look.found
      if (look.end) break
      folder = path.dirname(folder)
    }
    for (const each of visited) this.nearest.set(each, found)
    return found
  }

  private load(candidate: string): ConfigFile | undefined {
    try {
      if (!statSync(candidate, {throwIfNoEntry: false})) return undefined
    } catch (error) {
      return unreadable(candidate, systemReason(error))
    }
    return loaded(candidate, this.read(candidate))
  }

  private async loadAsync(candidate: string): Promise<ConfigFile | undefined> {
    try {
      await stat(candidate)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      return unreadable(candidate, systemReason(error))
    }
    return loaded(candidate, await this.readAsync(candidate))
  }
}

function unreadable(candidate: string, reason: Message): ConfigFile {
  return {path: candidate, config: {}, errors: [{key: '', message: translate('en', msg('file.ignored', {reason}))}], text: '', readable: false}
}

function loaded(candidate: string, result: ReadResult): ConfigFile {
  if (!result.ok) return unreadable(candidate, result.reason)
  return {path: candidate, ...parseConfig(result.file.text), text: result.file.text, readable: true}
}
