/**
 * The `.resolintrc.json` of each document, found by the one `ConfigLookup` and read
 * without blocking; each file's errors are published on it once per read.
 */
import {pathToFileURL} from 'node:url'
import type {Connection} from 'vscode-languageserver'
import {formatConfigError} from '../config.js'
import {configDiagnostic} from '../features/convert.js'
import {ConfigLookup, type ConfigFile} from '../files/config-lookup.js'
import type {Locale} from '../l10n/index.js'
import {filePath} from './paths.js'

/** The config files of the documents, until one changes. */
export class ConfigFiles {
  // One lookup: each folder looked at and each `.resolintrc.json` read once, until one changes.
  private lookup = new ConfigLookup()
  private readonly published = new Set<string>()
  private readonly connection: Connection
  /** The interface language of a document (its errors are said in the locale of the document that found the file). */
  private readonly localeOf: (uri: string) => Promise<Locale>

  constructor(connection: Connection, localeOf: (uri: string) => Promise<Locale> = async () => 'en') {
    this.connection = connection
    this.localeOf = localeOf
  }

  /** Search no higher than the workspace folders. */
  setRoots(roots: readonly string[]): void {
    this.lookup = new ConfigLookup({roots})
  }

  /** Forget every file read (one changed): they are read, and their errors published, again. */
  clear(): void {
    this.lookup.clear()
    this.published.clear()
  }

  /** The `.resolintrc.json` that applies to a document, if it is a file and has one. */
  async of(uri: string): Promise<ConfigFile | undefined> {
    const file = filePath(uri)
    const found = file ? await this.lookup.findAsync(file) : undefined
    if (found && !this.published.has(found.path)) {
      this.published.add(found.path)
      const locale = await this.localeOf(uri)
      void this.connection.sendDiagnostics({uri: pathToFileURL(found.path).href, diagnostics: found.errors.map((error) => configDiagnostic(found.text, error, locale))})
      for (const error of found.errors) this.connection.console.warn(formatConfigError(found.path, error))
    }
    return found
  }
}
