/**
 * The workspace's resolution files for Go to Symbol in Workspace, as the command line finds them in a folder:
 * resolution names (`files/names.ts`, the extension's own), no hidden folder nor `node_modules`, what
 * `.resolintignore` lists left out, each real folder walked once. Walked on the first request, not before (a drafter
 * who never asks pays nothing), without blocking; each file read as the command line reads one (`readTextFileAsync`:
 * a regular file, a size limit checked before reading, text only; one that cannot be read is skipped) and kept as its
 * outline's entries only (no tree, no message), their names folded once. No code of the workspace runs: a
 * `.resolintrc.json` is data. A file the client says changed (`workspace/didChangeWatchedFiles`) is read again when
 * next asked; one created or deleted, a `.resolintignore` changed, a folder created or deleted, or the workspace
 * folders changed (`setRoots`) have the folders walked again then. Bounded whatever the workspace holds: at
 * most `maxIndexedFiles` files are listed and `maxIndexedSymbols` entries kept, a file of over `maxIndexedBytes` not read.
 */
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {FileChangeType, type CancellationToken, type FileEvent, type RemoteConsole} from 'vscode-languageserver'
import type {WorkspaceSymbol} from 'vscode-languageserver-types'
import {mergeConfigs} from '../config.js'
import {matchingSymbols, outline, symbolEntries, type SymbolEntry} from '../features/resolutions.js'
import {IgnoreFiles, ignoreName, isWalked} from '../files/collect.js'
import {configName} from '../files/config-lookup.js'
import {isResolutionName} from '../files/names.js'
import {readTextFileAsync} from '../files/read.js'
import {check} from '../processor.js'
import {rules} from '../rules/index.js'
import type {Checks} from './checks.js'
import type {ConfigFiles} from './configs.js'
import {filePath} from './paths.js'
import type {DocumentSettings} from './settings.js'

/** The most resolution files listed from the workspace folders (the walk stops there). */
export const maxIndexedFiles = 10_000
/** The most outline entries kept from them (about 20 MB): a file whose entries would pass it is not kept, nor any after it. */
export const maxIndexedSymbols = 100_000
/** A larger file is not read (bytes; at most a million code units, below which a check keeps its trees to outline). */
export const maxIndexedBytes = 1_000_000

/** What reading the workspace asks of the rest of the server. */
export interface WorkspaceContext {
  settings: DocumentSettings
  configFiles: ConfigFiles
  checks: Checks
  console: RemoteConsole
}

/** The bounds of the files listed, of the entries kept and of a file read (`maxIndexedFiles`, `maxIndexedSymbols`, `maxIndexedBytes`). */
export interface IndexLimits {
  files: number
  symbols: number
  bytes: number
}

/** Each rule off: a file is read for its outline, which needs its tree only. */
const outlineRules = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]))

/** The resolution files of the workspace folders and their outline entries, read when first asked. */
export class WorkspaceFiles {
  private roots: string[] = []
  /** Each file found, in the walk's order, and its entries once read (undefined: not read yet). */
  private files = new Map<string, readonly SymbolEntry[] | undefined>()
  private walked: Promise<void> | undefined
  /** What a change is still finding out (whether a path created is a folder), awaited before a request's answer. */
  private pending: Array<Promise<void>> = []
  private kept = 0
  /** Whether the bounds were said in the log (once). */
  private told = false

  constructor(
    private readonly context: WorkspaceContext,
    private readonly limits: IndexLimits = {files: maxIndexedFiles, symbols: maxIndexedSymbols, bytes: maxIndexedBytes}
  ) {}

  /** The workspace folders (file paths). */
  setRoots(roots: readonly string[]): void {
    this.roots = [...new Set(roots)]
    this.walked = undefined
  }

  /**
   * Files changed on disk: a resolution file changed is read again when next asked; one created or deleted, a
   * `.resolintignore` (files newly left out or back in), a folder deleted that held a file listed (the client is told
   * of the folder only) or one created (moved in with its files) have the folders walked again then (the files read
   * kept); a `.resolintrc.json` makes every file read again.
   */
  changed(changes: readonly FileEvent[]): void {
    for (const change of changes) {
      const file = filePath(change.uri)
      if (!file) continue
      const name = path.basename(file)
      if (name === configName) this.clear()
      else if (name === ignoreName) this.walked = undefined
      else if (isResolutionName(name)) {
        if (change.type !== FileChangeType.Changed) this.walked = undefined
        else if (this.files.has(file)) this.unread(file)
      } else if (change.type === FileChangeType.Deleted) {
        const inside = file + path.sep
        for (const listed of this.files.keys()) {
          if (!listed.startsWith(inside)) continue
          this.walked = undefined
          break
        }
      } else if (change.type === FileChangeType.Created) {
        // A folder? Known before the next request is answered.
        this.pending.push(stat(file).then((stats) => (stats.isDirectory() ? void (this.walked = undefined) : undefined), () => undefined))
      }
    }
  }

  /** Every file is found and read again when next asked (the settings or a config changed: a file's outline with them). */
  clear(): void {
    this.files = new Map()
    this.kept = 0
    this.walked = undefined
  }

  /**
   * The entries of the files not open (`isOpen`: their outline is the open document's) matching `query`, at most
   * `max`, reading those not read yet; a cancelled request stops reading, what it read kept for the next.
   */
  async symbols(query: string, max: number, isOpen: (file: string) => boolean, token?: CancellationToken): Promise<WorkspaceSymbol[]> {
    if (max <= 0 || this.roots.length === 0) return []
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0))
    this.walked ??= this.walk()
    await this.walked
    const found: WorkspaceSymbol[] = []
    for (const [file, known] of this.files) {
      if (found.length >= max || token?.isCancellationRequested) break
      if (isOpen(file)) continue
      const entries = known ?? (await this.read(file))
      found.push(...matchingSymbols(entries, query, max - found.length))
    }
    return found
  }

  private unread(file: string): void {
    this.kept -= this.files.get(file)?.length ?? 0
    this.files.set(file, undefined)
  }

  /** Find the resolution files of every root, in order, keeping the entries of those already read. */
  private async walk(): Promise<void> {
    const files = new Map<string, readonly SymbolEntry[] | undefined>()
    const seen = new Set<string>()
    const bounds = {roots: this.roots}
    for (const root of this.roots) {
      const ignores = new IgnoreFiles(bounds, [], root)
      const walkFolder = async (folder: string): Promise<void> => {
        let entries
        try {
          const real = await realpath(folder)
          if (seen.has(real)) return
          seen.add(real)
          entries = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        } catch {
          return
        }
        for (const entry of entries) {
          if (files.size >= this.limits.files) return
          if (!isWalked(entry.name)) continue
          const full = path.join(folder, entry.name)
          let isFolder = entry.isDirectory()
          if (entry.isSymbolicLink()) isFolder = await stat(full).then((stats) => stats.isDirectory(), () => false)
          if (ignores.ignored(full, isFolder)) continue
          if (isFolder) await walkFolder(full)
          else if (isResolutionName(entry.name) && !files.has(full)) files.set(full, this.files.get(full))
        }
      }
      await walkFolder(path.resolve(root))
    }
    if (files.size >= this.limits.files) this.tell()
    this.kept = [...files.values()].reduce((sum, entries) => sum + (entries?.length ?? 0), 0)
    this.files = files
  }

  /** A file's entries, read now and kept (none when it cannot be read, or when keeping them would pass the bound). */
  private async read(file: string): Promise<readonly SymbolEntry[]> {
    const none: readonly SymbolEntry[] = []
    const files = this.files
    const read = await readTextFileAsync(file, this.limits.bytes)
    let entries = none
    if (read.ok && this.kept < this.limits.symbols) {
      const {settings, configFiles, checks} = this.context
      const uri = pathToFileURL(file).href
      // The settings of its workspace folder (VS Code's vary by folder), then its `.resolintrc.json`.
      const scope = pathToFileURL(this.rootOf(file)).href
      const config = mergeConfigs(await settings.config(scope), (await configFiles.of(uri))?.config)
      const document = check(checks.processorFor({...config, rules: outlineRules}), read.file.text, file).data.document
      entries = [...symbolEntries(uri, outline(document, await settings.locale(scope)))]
      if (this.kept + entries.length > this.limits.symbols) {
        this.kept = this.limits.symbols
        this.tell()
        entries = none
      }
    }
    // Found again meanwhile (a change): the new list reads it.
    if (this.files !== files || !files.has(file)) return entries
    if (files.get(file) === undefined) {
      files.set(file, entries)
      this.kept += entries === none ? 0 : entries.length
    }
    return entries
  }

  /** The workspace folder holding a file (the deepest). */
  private rootOf(file: string): string {
    return this.roots.filter((root) => file.startsWith(path.resolve(root) + path.sep)).sort((a, b) => b.length - a.length)[0] ?? this.roots[0]!
  }

  private tell(): void {
    if (this.told) return
    this.told = true
    this.context.console.info(`resolint: Go to Symbol in Workspace lists the first ${this.limits.files} resolution files and keeps at most ${this.limits.symbols} entries of them`)
  }
}
