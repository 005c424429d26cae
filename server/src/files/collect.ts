/**
 * The files the command line checks: named files always, folders walked for
 * resolution files (`names.ts`), globs expanded. Symlinks are followed, each
 * real path once; a link back into its own ancestry is reported once as a
 * loop, so no walk repeats itself or grows with the number of links. Folder
 * walks and globs skip what `.resolintignore` (gitignore syntax) lists.
 */
import {readdirSync, realpathSync, statSync, type Stats} from 'node:fs'
import path from 'node:path'
import {globSync, hasMagic} from 'glob'
import ignoreModule, {type Ignore} from 'ignore'
import {isSearchEnd, type SearchBounds} from './config-lookup.js'
import {isResolutionName} from './names.js'
import {msg, type Message} from '../l10n/index.js'
import {readTextFile, systemReason} from './read.js'

/** The ignore file's name. */
export const ignoreName = '.resolintignore'

/** A file to check: its absolute path and the name to show. */
export interface Target {
  path: string
  name: string
}

/** An input that gives no file to check, and why. */
export interface Problem {
  name: string
  reason: Message
}

/** Expand the command line's inputs into files to check and problems to report. */
export function collectFiles(inputs: readonly string[], cwd: string, bounds: SearchBounds = {}): {files: Target[]; problems: Problem[]} {
  const files: Target[] = []
  const problems: Problem[] = []
  const seenFiles = new Set<string>()
  const seenFolders = new Set<string>()
  const ignores = new IgnoreFiles(bounds, problems, cwd)
  const nameOf = (absolute: string) => path.relative(cwd, absolute) || absolute

  const addFile = (absolute: string) => {
    let real = absolute
    try {
      real = realpathSync.native(absolute)
    } catch {
      // The reader says why it cannot be read.
    }
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    files.push({path: absolute, name: nameOf(absolute)})
  }

  const walk = (folder: string, ancestors: readonly string[]) => {
    let real: string
    try {
      real = realpathSync.native(folder)
    } catch (error) {
      problems.push({name: nameOf(folder), reason: systemReason(error)})
      return
    }
    if (ancestors.includes(real)) {
      problems.push({name: nameOf(folder), reason: msg('file.loop')})
      return
    }
    if (seenFolders.has(real)) return
    seenFolders.add(real)
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      problems.push({name: nameOf(folder), reason: systemReason(error)})
      return
    }
    for (const entry of entries) {
      if (!isWalked(entry.name)) continue
      const full = path.join(folder, entry.name)
      let stats: Stats | undefined
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(full)
        } catch (error) {
          // A link that goes nowhere is reported only where a resolution was expected.
          if (isResolutionName(entry.name)) problems.push({name: nameOf(full), reason: systemReason(error)})
          continue
        }
      }
      const isFolder = stats ? stats.isDirectory() : entry.isDirectory()
      if (ignores.ignored(full, isFolder)) continue
      if (isFolder) walk(full, [...ancestors, real])
      else if (isResolutionName(entry.name)) addFile(full)
    }
  }

  // A folder named on the command line that gives nothing to check is said, as a glob that matches nothing is:
  // `resolint GA-2025-93-RES-09.en.txt` naming a folder, or an empty one, would otherwise pass as clean.
  const walkNamed = (folder: string, name: string) => {
    const before = files.length + problems.length
    let again = false
    try {
      again = seenFolders.has(realpathSync.native(folder))
    } catch {
      // The walk says why.
    }
    walk(folder, [])
    if (!again && files.length + problems.length === before) problems.push({name, reason: msg('file.noResolutions')})
  }

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let stats: Stats | undefined
    try {
      stats = statSync(absolute, {throwIfNoEntry: false})
    } catch (error) {
      problems.push({name: input, reason: systemReason(error)})
      continue
    }
    if (stats?.isDirectory()) walkNamed(absolute, input)
    else if (stats) addFile(absolute)
    else if (hasMagic(input, {windowsPathsNoEscape: true})) {
      const matches = globSync(input, {cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'], follow: false}).sort()
      const kept = matches.filter((match) => !ignores.ignored(match, isDirectory(match)))
      if (kept.length === 0) problems.push({name: input, reason: matches.length === 0 ? msg('file.noMatch') : msg('file.noMatchOutside', {file: {text: ignoreName}})})
      for (const match of kept) {
        if (isDirectory(match)) walkNamed(match, nameOf(match))
        else addFile(match)
      }
    } else problems.push({name: input, reason: msg('file.missing')})
  }
  return {files, problems}
}

/** Whether a folder walk looks at an entry: not a hidden one (`.git`, `.vscode`) nor `node_modules`. */
export function isWalked(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules'
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

/** `.resolintignore` files from a path's folder up to the search end, each read once; each applies relative to its folder. */
export class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | undefined>()
  private readonly chains = new Map<string, string[]>()

  constructor(
    private readonly bounds: SearchBounds,
    private readonly problems: Problem[],
    private readonly cwd: string
  ) {}

  ignored(file: string, isFolder: boolean): boolean {
    for (const folder of this.chain(path.dirname(file))) {
      const rules = this.rulesOf(folder)
      if (!rules) continue
      const relative = path.relative(folder, file).split(path.sep).join('/')
      if (relative && rules.ignores(isFolder ? relative + '/' : relative)) return true
    }
    return false
  }

  /** The folders from `folder` up to where the search ends. */
  private chain(folder: string): string[] {
    let chain = this.chains.get(folder)
    if (!chain) {
      chain = isSearchEnd(folder, this.bounds) ? [folder] : [folder, ...this.chain(path.dirname(folder))]
      this.chains.set(folder, chain)
    }
    return chain
  }

  private rulesOf(folder: string): Ignore | undefined {
    if (!this.byFolder.has(folder)) {
      const file = path.join(folder, ignoreName)
      let rules: Ignore | undefined
      let exists = true
      try {
        exists = statSync(file, {throwIfNoEntry: false}) !== undefined
      } catch {
        // The reader names the reason (a loop, a permission).
      }
      if (exists) {
        const result = readTextFile(file, 1024 * 1024)
        if (result.ok) rules = ignoreModule.default().add(result.file.text)
        else this.problems.push({name: path.relative(this.cwd, file) || file, reason: msg('file.ignored', {reason: result.reason})})
      }
      this.byFolder.set(folder, rules)
    }
    return this.byFolder.get(folder)
  }
}
