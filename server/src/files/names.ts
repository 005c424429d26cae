/**
 * Which file names are resolutions: the extension's own list (`extensions`
 * and `filenamePatterns` of the `ga-resolution` language in package.json), so
 * the command line and VS Code agree.
 */
import manifest from '../../../package.json' with {type: 'json'}

const language = manifest.contributes.languages.find((entry) => entry.id === 'ga-resolution')!
const extensions = language.extensions.map((extension) => extension.toLowerCase())
const patterns = language.filenamePatterns.map(
  (pattern) => new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '[^/\\\\]*') + '$', 'i')
)

/** Whether a file name (without folders) names a resolution: `GA-2025-93-RES-03.ar.txt`, `draft.resolution`, `x.resolution.txt`. */
export function isResolutionName(name: string): boolean {
  const lower = name.toLowerCase()
  return extensions.some((extension) => lower.endsWith(extension)) || patterns.some((pattern) => pattern.test(name))
}
