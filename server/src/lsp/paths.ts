/** Document URIs as file paths: only `file:` URIs are files (untitled and virtual documents are not). */
import {fileURLToPath} from 'node:url'

/** The file path of a document URI, or undefined when it is not a file. */
export function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}
