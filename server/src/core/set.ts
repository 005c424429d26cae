/**
 * Sets of versions: files whose names differ only by their language part
 * (`GA-2025-93-RES-03.ar.txt`, `GA-2025-93-RES-03.en.txt`, …), in one folder,
 * are the language versions of one resolution. Pure: callers list the files.
 */
import {isLanguage, languages, type Language} from '../languages/index.js'
import type {Root} from './tree.js'
import {digitsToAscii} from './normalize.js'

/** The language versions of one resolution. */
export interface ResolutionSet {
  /** The path without its language part (`docs/GA-2025-93-RES-03.txt`): what the versions share. */
  key: string
  /** The path of each version, by language; a language without a file is missing from the set. */
  versions: Partial<Record<Language, string>>
}

/** A name's language part: `.ar` in `….ar.txt`, `….fr.resolution`, `….es.md`. */
const languagePart = /\.([a-z]{2,3})(\.(?:txt|resolution|md))$/i

/** The language a path declares in its name and the path without it, if it declares one. */
export function splitLanguage(path: string): {language: Language; key: string} | undefined {
  const match = languagePart.exec(path)
  const code = match?.[1]?.toLowerCase()
  if (!match || !code || !isLanguage(code)) return undefined
  return {language: code, key: path.slice(0, match.index) + match[2]}
}

/** Group paths into sets by name (sorted by key, paths without a language part left out). */
export function resolutionSets(paths: readonly string[]): ResolutionSet[] {
  const sets = new Map<string, ResolutionSet>()
  for (const path of paths) {
    const split = splitLanguage(path)
    if (!split) continue
    let set = sets.get(split.key)
    if (!set) {
      set = {key: split.key, versions: {}}
      sets.set(split.key, set)
    }
    set.versions[split.language] ??= path
  }
  return [...sets.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** One version of a resolution: its file, language and tree. */
export interface Version {
  language: Language
  /** The file's path, as the face knows it (for related locations). */
  path: string
  tree: Root
}

/** The path of the `language` version of the set `key` (`docs/GA-2025-93-RES-07.txt` → `docs/GA-2025-93-RES-07.fr.txt`). */
export function versionPath(key: string, language: Language): string {
  return key.replace(/(\.(?:txt|resolution|md))$/i, `.${language}$1`)
}

/** The paths of the other versions of `path` among `names` (file names of its folder, joined to it by `join`), by language. */
export function siblingPaths(path: string, names: readonly string[], join: (name: string) => string): Partial<Record<Language, string>> {
  const own = splitLanguage(path)
  const result: Partial<Record<Language, string>> = {}
  if (!own) return result
  for (const name of names) {
    const other = splitLanguage(join(name))
    if (other && other.language !== own.language && other.key === own.key) result[other.language] = join(name)
  }
  return result
}

/**
 * Group items into sets by their paths, versions in the order of `languages`;
 * items whose name has no language part, and sets of one version, are left
 * out (one file alone is not a set). A second item of a language already in
 * its set is left out too.
 */
export function groupSets<Item>(items: readonly Item[], pathOf: (item: Item) => string | undefined): Array<{key: string; versions: Partial<Record<Language, Item>>}> {
  const byPath = new Map<string, Item>()
  for (const item of items) {
    const path = pathOf(item)
    if (path !== undefined && !byPath.has(path)) byPath.set(path, item)
  }
  return resolutionSets([...byPath.keys()])
    .filter((set) => Object.keys(set.versions).length > 1)
    .map((set) => ({key: set.key, versions: Object.fromEntries(languages.filter((language) => set.versions[language]).map((language) => [language, byPath.get(set.versions[language]!)!]))}))
}

/**
 * What names a resolution whatever its language: its identifier line, read as
 * the parser read it (`GA-2025-93-RES-07`, the UN symbol `A/RES/80/120`);
 * undefined without one. Open documents with the same identity are the
 * versions of one resolution, whatever their names.
 */
export function identityOf(tree: Root): string | undefined {
  const line = tree.children.find((block) => block.type === 'identifier')
  if (!line || line.type !== 'identifier') return undefined
  const citation = line.children.find((child) => child.type === 'citation')
  if (citation?.type === 'citation' && citation.identifier?.canonical) return citation.identifier.canonical
  const text = digitsToAscii(line.children.map((child) => child.value).join('')).replace(/\s+/g, '').toUpperCase()
  return text === '' ? undefined : text
}
