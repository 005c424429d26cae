/**
 * The unified parser plugin: text -> resolution tree, and the check's `Document`
 * (`file.data.document`). Language comes from the options, then the file name
 * (`GA-2025-93-RES-03.ar.txt`), then detection; the profile from the options,
 * else from the text (`profileFor`), seen with the session the settings declare
 * (`withDeclaredSession`): rules and features read that view as `document.profile`.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {createDocument} from './document.js'
import {parse} from './parse.js'
import {splitLanguage} from './set.js'
import {profileFor, withDeclaredSession, type DeclaredSession, type Profile} from '../profiles/index.js'
import type {Language, Root, RootData, Stage} from './tree.js'

/** Options of the parser plugin (also read from the processor's `settings`). */
export interface ResolutionSettings {
  language?: Language | undefined
  profile?: string | undefined
  stage?: Stage | undefined
  phrases?: RootData['phrases']
  /** The coming session a config declares: the check's view of the profile's facts has it. */
  session?: DeclaredSession | undefined
}

/** The language a file name declares (`….ar.txt`, `….fr.resolution`), if any. */
export function languageOfPath(path: string | undefined): Language | undefined {
  return path ? splitLanguage(path)?.language : undefined
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Set by who checks each version of a text after the last (the server): the tree of the version before, whose
     * unchanged paragraphs the parser reuses (`ParseOptions.previous`), and what it reads kept for the next.
     */
    incremental: {previous: Root | undefined}
    /** The profile (the settings' view) a text is read with, when who checks it knew it already: the whole text's, for each of its resolutions. */
    profile: Profile
  }
}

declare module 'unified' {
  interface Settings extends ResolutionSettings {}
  interface Data {
    /** The profile a text is read with (the settings', else its own, with the declared session): `check` asks it once for a whole text. */
    resolutionProfile?: (text: string, path: string | undefined) => Profile
  }
}

/** Parser plugin for unified. */
export default function resolutionParse(this: Processor, options?: ResolutionSettings) {
  const settings = {...this.data('settings'), ...options}
  // Each profile's view with the declared session, made once per processor.
  const views = new Map<Profile, Profile>()
  const viewOf = (profile: Profile) => {
    let view = views.get(profile)
    if (!view) views.set(profile, (view = withDeclaredSession(profile, settings.session)))
    return view
  }
  const resolve = (text: string, path: string | undefined) => viewOf(profileFor(settings.profile, text, path))
  this.data('resolutionProfile', resolve)
  ;(this as unknown as Processor<Root>).parser = (text: string, file: VFile) => {
    const lines = location(text)
    const profile = file.data.profile ?? resolve(text, file.path)
    const incremental = file.data.incremental
    const tree = parse(text, {language: settings.language ?? languageOfPath(file.path), languageOfName: settings.language === undefined, profile, lines, phrases: settings.phrases, previous: incremental?.previous, keep: incremental !== undefined, markdown: /\.(?:md|markdown)$/i.test(file.path ?? '')})
    // The tree before goes once its paragraphs are taken: the file keeps no chain of versions.
    delete file.data.incremental
    tree.data.stage = settings.stage ?? 'draft'
    file.data.document = createDocument(file, tree, lines, profile)
    return tree
  }
}
