/**
 * The one configuration lookup of the command line and the server: the
 * nearest `.resolintrc.json` from a file's folder upward, read as JSON data
 * only (no JavaScript, YAML or `package.json` field is ever looked at), and
 * cached per folder.
 */
import {existsSync, statSync} from 'node:fs'
import {homedir} from 'node:os'
import path from 'node:path'
import {parseConfig, type Config, type ConfigError} from '../config.js'
import {readTextFile, systemReason, type ReadResult} from './read.js'

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
  if (bounds.roots?.some((root) => path.resolve(root) === folder)) return true
  if (folder === path.resolve(bounds.home ?? homedir())) return true
  if (path.dirname(folder) === folder) return true
  return existsSync(path.join(folder, '.git'))
}

/** Finds the `.resolintrc.json` that applies to a file; each folder is looked at and each config read once, until `clear()`. */
export class ConfigLookup {
  private readonly nearest = new Map<string, ConfigFile | undefined>()
  private readonly bounds: SearchBounds
  private readonly read: (filePath: string) => ReadResult

  constructor(bounds: SearchBounds = {}, read: (filePath: string) => ReadResult = (filePath) => readTextFile(filePath, maxConfigBytes)) {
    this.bounds = bounds
    this.read = read
  }

  /** The config that applies to `filePath`, if any. */
  find(filePath: string): ConfigFile | undefined {
    const visited: string[] = []
    let folder = path.dirname(path.resolve(filePath))
    let found: ConfigFile | undefined
    for (;;) {
      if (this.nearest.has(folder)) {
        found = this.nearest.get(folder)
        break
      }
      visited.push(folder)
      found = this.load(path.join(folder, configName))
      if (found || isSearchEnd(folder, this.bounds)) break
      folder = path.dirname(folder)
    }
    for (const each of visited) this.nearest.set(each, found)
    return found
  }

  /** Forget what was read (a config file changed). */
  clear(): void {
    this.nearest.clear()
  }

  private load(candidate: string): ConfigFile | undefined {
    try {
      if (!statSync(candidate, {throwIfNoEntry: false})) return undefined
    } catch (error) {
      return {path: candidate, config: {}, errors: [{key: '', message: `${systemReason(error)}: ignored`}], text: '', readable: false}
    }
    const result = this.read(candidate)
    if (!result.ok) return {path: candidate, config: {}, errors: [{key: '', message: `${result.reason}: ignored`}], text: '', readable: false}
    return {path: candidate, ...parseConfig(result.file.text), text: result.file.text, readable: true}
  }
}
