/**
 * The unified parser plugin: text -> resolution tree. Language comes from the
 * options, then the file name (`GA-2025-93-RES-03.ar.txt`), then detection.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {parse} from './parse.js'
import {getProfile} from './profiles.js'
import {languages, type Language, type Root, type RootData, type Stage} from './tree.js'

/** Options of the parser plugin (also read from the processor's `settings`). */
export interface ResolutionSettings {
  language?: Language | undefined
  profile?: string | undefined
  stage?: Stage | undefined
  phrases?: RootData['phrases']
}

/** The language a file name declares (`….ar.txt`, `….fr.resolution`), if any. */
export function languageOfPath(path: string | undefined): Language | undefined {
  const match = path ? /\.(ar|en|fr|es)\.(?:txt|resolution|md)$/i.exec(path) : null
  const language = match?.[1]?.toLowerCase() as Language | undefined
  return language && languages.includes(language) ? language : undefined
}

/** Parser plugin for unified. */
export default function resolutionParse(this: Processor, options?: ResolutionSettings) {
  const settings = {...(this.data('settings') as ResolutionSettings | undefined), ...options}
  ;(this as unknown as Processor<Root>).parser = (document: string, file: VFile) => {
    const tree = parse(document, {language: settings.language ?? languageOfPath(file.path), profile: getProfile(settings.profile), phrases: settings.phrases})
    tree.data.stage = settings.stage ?? 'draft'
    return tree
  }
}
