/**
 * What the language status item says of a checked document (the server's `resolint/status`): the language it is
 * checked in and its profile, the problems counted. A text of several resolutions may hold several languages: the
 * item names the language of the resolution under the cursor, and its detail the languages of them all, as a
 * drafter moving through a session's batch wants to see which one they are in. Pure: no vscode import, so tests run it.
 */
import * as l10n from '@vscode/l10n'
import {currentLocale, problemCount} from './locale'

/** A run of resolutions in one language: the 0-based line of its first. */
export interface LanguageRun {
  line: number
  language: string
  languageName?: string
}

/** The server's `resolint/status` of a document. */
export interface Status {
  uri: string
  language: string
  /** The language's name said in the server's interface language (the client keeps no language table). */
  languageName?: string
  languageSource: 'configured' | 'detected'
  /** A text of several resolutions: where each run of resolutions in one language starts, in order. */
  languages?: LanguageRun[]
  profile: string
  problems: number
  errors: number
}

/** The status item's text and detail with the cursor on the 0-based `line`. */
export function statusWords(status: Status, line: number): {text: string; detail: string} {
  const runs = status.languages ?? []
  // The last run starting at or before the cursor; the first when it is above them all.
  const here = runs.filter((run) => run.line <= line).at(-1) ?? runs[0] ?? status
  const names = [...new Set(runs.map((run) => run.languageName ?? run.language))]
  const details = [problemCount(status.problems)]
  if (status.languageSource === 'detected') details[0] = l10n.t('{0} · language detected', details[0]!)
  if (names.length > 1) details.push(l10n.t('resolutions in {0}', new Intl.ListFormat(currentLocale(), {type: 'conjunction'}).format(names)))
  return {text: l10n.t('resolint: {0} · {1}', here.languageName ?? here.language, status.profile), detail: details.join(' · ')}
}
