/**
 * Sets of versions: files whose names differ only by their language part
 * (`GA-2025-93-RES-03.ar.txt`, `GA-2025-93-RES-03.en.txt`, …), in one folder,
 * are the language versions of one resolution. Pure: callers list the files.
 */
import {isLanguage, languages, type Language} from '../languages/index.js'

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

/** The languages a set has no version in, in the order of the registry. */
export function missingLanguages(set: ResolutionSet): Language[] {
  return languages.filter((language) => set.versions[language] === undefined)
}
