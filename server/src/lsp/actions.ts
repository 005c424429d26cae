/**
 * Code actions: a diagnostic's fixes, "Disable <rule>" and "Add «…» to this
 * project's phrases" (edits of the nearest `.resolintrc.json`, given as `existing`,
 * or of a new one beside the document), fix-all and renumbering. No IO: the caller
 * reads the config file and makes the fix-all edit.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import {maxConfigDepth, scanJson} from '../config.js'
import type {Document} from '../core/document.js'
import {editsTitleKey, fixesOf} from '../core/fix.js'
import type {DiagnosticData} from '../features/convert.js'
import {renumberEdits} from '../features/renumber.js'
import {configName, type ConfigFile} from '../files/config-lookup.js'
import {isolatedSentence, translate, type Locale} from '../l10n/index.js'
import {filePath} from './paths.js'

/** The client command that sets a rule's level in `resolint.rules` (for documents that are not files). */
export const disableRuleCommand = 'resolint.disableRuleInSettings'

/** The kind of resolint's fix-all action (`source.fixAll.resolint`). */
export const fixAllKind = CodeActionKind.SourceFixAll + '.resolint'

/** What the code actions of a document need besides its check: its config file and its fix-all edit, made only when asked for. */
export interface ActionSources {
  configFile: () => Promise<ConfigFile | undefined>
  fixAll: () => Promise<TextEdit | undefined>
  /**
   * Whether the client makes an action's edit when it is picked (`codeAction/resolve`): then a fixable problem's quick
   * fixes end with fix-all too, as the ESLint and markdownlint extensions' do, its edit made only if picked (`fixAllData`),
   * when the document has another problem with a certain fix (`certainFixes`).
   */
  resolvesEdits?: boolean
  /**
   * The problems of the whole document with a certain fix, counted up to 2: fix-all joins a quick fix's list only when
   * it does more than that one fix (as the ESLint extension's), one problem's own fix being the same edit.
   */
  certainFixes?: () => number
}

/** How many problems of a document (each of its resolutions') have a certain fix, counted up to `atMost`. */
export function certainFixCount(document: Pick<Document, 'messages' | 'resolutions'>, atMost = 2): number {
  let count = 0
  for (const messages of document.resolutions?.map((resolution) => resolution.document.messages) ?? [document.messages]) {
    for (const message of messages) {
      if (fixesOf(message).length > 0 && ++count >= atMost) return count
    }
  }
  return count
}

/** What a quick fix "Fix all resolint problems" carries until it is picked and resolved (`codeAction/resolve`). */
export interface FixAllData {
  fixAll: string
}

/**
 * The code actions of `context` in the document `uri` (checked as `document`), titled in `locale` (isolated in its direction), of the kinds
 * asked (`context.only`): quick fixes of resolint's diagnostics, fix-all (only when its kind is asked for), renumbering.
 */
export async function codeActions(uri: string, document: Document, context: CodeActionContext, locale: Locale, sources: ActionSources): Promise<CodeAction[]> {
  const only = context.only
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'))
  const actions: CodeAction[] = []
  if (wants(CodeActionKind.QuickFix)) {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'resolint')
    const existing = ours.length > 0 ? await sources.configFile() : undefined
    for (const diagnostic of ours) {
      actions.push(...quickFixes(uri, diagnostic, locale))
      const phrase = (diagnostic.data as DiagnosticData | undefined)?.phrase
      const add = phrase ? addPhraseAction(uri, diagnostic, phrase, existing, locale) : undefined
      if (add) actions.push(add)
      if (typeof diagnostic.code === 'string') actions.push(disableRuleAction(uri, diagnostic, existing, locale))
    }
    const certain = (diagnostic: Diagnostic) => {
      const data = diagnostic.data as DiagnosticData | undefined
      return data?.expected !== undefined || data?.edits !== undefined
    }
    if (sources.resolvesEdits && ours.some(certain) && (sources.certainFixes?.() ?? 2) > 1) {
      const data: FixAllData = {fixAll: uri}
      actions.push({title: translate(locale, 'server.fixAllProblems'), kind: CodeActionKind.QuickFix, data})
    }
  }
  if (wants(fixAllKind) && only) {
    const edit = await sources.fixAll()
    if (edit) actions.push({title: translate(locale, 'server.fixAllProblems'), kind: fixAllKind, edit: {changes: {[uri]: [edit]}}})
  }
  if (wants(CodeActionKind.RefactorRewrite)) {
    const edits = renumberEdits(document)
    if (edits.length > 0) actions.push({title: translate(locale, 'server.renumber'), kind: CodeActionKind.RefactorRewrite, edit: {changes: {[uri]: edits}}})
  }
  // Titled as VS Code's left-to-right menu shows them: a right-to-left locale's title isolated in its direction.
  return actions.map((action) => ({...action, title: isolatedSentence(locale, action.title)}))
}

/** The quick fixes a diagnostic's data carries: its certain fix, its edits, suggestions and alternatives; titled in `locale`. */
export function quickFixes(uri: string, diagnostic: Diagnostic, locale: Locale): CodeAction[] {
  const fixTitle = (text: string) => (text === '' ? translate(locale, 'server.fix.remove') : translate(locale, 'server.fix.replace', {text: text.trim() || text}))
  const data = diagnostic.data as DiagnosticData | undefined
  const actions: CodeAction[] = []
  const edit = (newText: string): {changes: Record<string, TextEdit[]>} => ({changes: {[uri]: [{range: diagnostic.range, newText}]}})
  if (data?.expected !== undefined) {
    actions.push({title: fixTitle(data.expected), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(data.expected)})
  }
  if (data?.edits) {
    const title = translate(locale, editsTitleKey(data.edits.map((change) => change.newText)), {count: data.edits.length})
    actions.push({title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: {changes: {[uri]: data.edits}}})
  }
  if (data?.suggestedEdits) {
    // Offered, never preferred: the drafter picks it (fix-all leaves the text).
    const title = translate(locale, editsTitleKey(data.suggestedEdits.map((change) => change.newText), data.renumbering), {count: data.suggestedEdits.length})
    actions.push({title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: {changes: {[uri]: data.suggestedEdits}}})
  }
  for (const suggestion of data?.suggestions ?? []) {
    actions.push({title: fixTitle(suggestion), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(suggestion)})
  }
  for (const alternative of data?.alternatives ?? []) {
    actions.push({title: fixTitle(alternative.newText), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: {changes: {[uri]: [alternative]}}})
  }
  return actions
}

/**
 * "Disable <rule> in .resolintrc.json": edit the nearest config file, or
 * create one beside the document. A document that is not a file, or whose
 * config cannot be read or does not parse, gets the workspace settings
 * instead (a command the client runs): nothing is written where the
 * document is not, and no config is rewritten from a part of it.
 */
export function disableRuleAction(uri: string, diagnostic: Diagnostic, existing: ConfigFile | undefined, locale: Locale): CodeAction {
  const id = diagnostic.code as string
  const file = filePath(uri)
  const value = existing ? (existing.readable ? objectOf(existing.text) : undefined) : {}
  if (!file || !value) {
    return {
      title: translate(locale, 'server.disable.settings', {rule: {text: id}}),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {title: translate(locale, 'server.disable.command', {rule: {text: id}}), command: disableRuleCommand, arguments: [id]}
    }
  }
  return configAction(diagnostic, file, existing, translate(locale, 'server.disable.config', {rule: {text: id}, file: {text: configName}}), {
    ...value,
    rules: {...(value.rules && typeof value.rules === 'object' ? (value.rules as Record<string, unknown>) : {}), [id]: 'off'}
  })
}

/**
 * "Add «…» to this project's phrases": the drafter's word into the nearest `.resolintrc.json` `phrases`
 * (created beside the document when there is none), never into user settings: none where that file
 * cannot be read or parsed, or the document is not a file.
 */
export function addPhraseAction(uri: string, diagnostic: Diagnostic, phrase: NonNullable<DiagnosticData['phrase']>, existing: ConfigFile | undefined, locale: Locale): CodeAction | undefined {
  const file = filePath(uri)
  const value = existing ? (existing.readable ? objectOf(existing.text) : undefined) : {}
  if (!file || !value) return undefined
  const phrases = value.phrases && typeof value.phrases === 'object' && !Array.isArray(value.phrases) ? (value.phrases as Record<string, unknown>) : {}
  const list = Array.isArray(phrases[phrase.kind]) ? (phrases[phrase.kind] as unknown[]) : []
  return configAction(diagnostic, file, existing, translate(locale, 'server.addPhrase', {phrase: phrase.value}), {
    ...value,
    phrases: {...phrases, [phrase.kind]: list.includes(phrase.value) ? list : [...list, phrase.value]}
  })
}

/** A quick fix that writes `value` into the config file `existing`, or creates one beside `file`. */
function configAction(diagnostic: Diagnostic, file: string, existing: ConfigFile | undefined, title: string, value: Record<string, unknown>): CodeAction {
  const target = existing?.path ?? path.join(path.dirname(file), configName)
  const targetUri = pathToFileURL(target).href
  const oldText = existing?.text ?? ''
  const newText = JSON.stringify(value, null, 2) + '\n'
  const lines = oldText.split('\n')
  const edit: TextEdit = {range: {start: {line: 0, character: 0}, end: {line: lines.length, character: 0}}, newText}
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: existing
      ? {changes: {[targetUri]: [edit]}}
      : {documentChanges: [{kind: 'create', uri: targetUri, options: {ignoreIfExists: true}}, {textDocument: {uri: targetUri, version: null}, edits: [edit]}]}
  }
}

/** The object a config's text holds, if it is one that parses (within the depth limit). */
function objectOf(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {}
  if ('error' in scanJson(text, maxConfigDepth)) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

