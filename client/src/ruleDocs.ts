/**
 * Rule pages inside the extension: a diagnostic's link (its code's target) and a hover's
 * `[docs](…)` link are the rule's page online, in the interface language
 * (`docs/rules/<id>.md` in English, `docs/rules/<language>/<id>.md` in the others); in
 * VS Code they open the page shipped in the .vsix in a Markdown preview instead, offline. Pure: no vscode import, so tests can run it.
 */

/**
 * What the extension says in `initialize`: it names its diagnostics' source and links each rule's code to the bundled
 * page itself (`offlineRuleLink`), so the server sends neither (`compactDiagnostics`, server/src/features/convert.ts
 * `DiagnosticForm`): 30 % fewer bytes on every publish, the online address being what VS Code would never show.
 */
export const initializationOptions = {compactDiagnostics: true}

/** The source the server names a diagnostic by, which a compact one leaves to the client. */
export const diagnosticSource = 'resolint'

/**
 * The link of a diagnostic's code in VS Code, the bundled page's command (`ruleDocCommandUri`), from what the server
 * sent: its code and link (`codeDescription`'s address) and whether it named its source. A rule page's address in that
 * page's language; a compact diagnostic (no source) of a rule, without an address, in `language` (the interface
 * language's page, which the server would have linked); undefined for anything else (its own address is kept).
 */
export function offlineRuleLink(code: unknown, href: string | undefined, named: boolean, language: string | undefined): string | undefined {
  if (href !== undefined) {
    const rule = ruleOfPage(href)
    return rule ? ruleDocCommandUri(rule, languageOfPage(href)) : undefined
  }
  return !named && isRuleId(code) ? ruleDocCommandUri(code, language) : undefined
}

/** The command that opens a bundled rule page in a Markdown preview. */
export const showRuleDocCommand = 'resolint.showRuleDoc'

/** A rule id as the registry writes them (kebab-case nouns); nothing else names a file. */
const ruleId = /^[a-z]+(?:-[a-z]+)*$/
/** A page's language folder: a two-letter code, nothing else names a folder. */
const languageCode = /^[a-z]{2}$/
const page = /\/docs\/rules\/(?:([^/?#]+)\/)?([^/?#]+)\.md$/

/** The rule of a rule page address (`…/docs/rules/<id>.md`, `…/docs/rules/fr/<id>.md`), or undefined. */
export function ruleOfPage(href: string): string | undefined {
  const match = page.exec(href)
  if (!match || (match[1] !== undefined && !languageCode.test(match[1]))) return undefined
  return ruleId.test(match[2]!) ? match[2] : undefined
}

/** The language of a rule page address (`fr` for `…/docs/rules/fr/<id>.md`); undefined for the English page. */
export function languageOfPage(href: string): string | undefined {
  return ruleOfPage(href) ? page.exec(href)![1] : undefined
}

/** Whether `value` is a rule id (the only argument the command accepts). */
export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && ruleId.test(value)
}

/** Whether `value` names a page language folder (the command's optional second argument). */
export function isPageLanguage(value: unknown): value is string {
  return typeof value === 'string' && languageCode.test(value)
}

/** The page of `rule` in the .vsix, relative to the extension: in `language` when it has one. */
export function rulePagePath(rule: string, language?: string): string[] {
  return language ? ['docs', 'rules', language, `${rule}.md`] : ['docs', 'rules', `${rule}.md`]
}

/** The `command:` URI that runs `resolint.showRuleDoc` for `rule` (arguments: a JSON array), in `language`'s page when given. */
export function ruleDocCommandUri(rule: string, language?: string): string {
  return `command:${showRuleDocCommand}?${encodeURIComponent(JSON.stringify(language ? [rule, language] : [rule]))}`
}

/** Markdown (a hover) with each link to a rule page made the command that opens the bundled page, in the link's language; other links are left as they are. */
export function offlineRuleLinks(markdown: string): string {
  return markdown.replace(/\]\(([^()\s]+)\)/g, (link, href: string) => {
    const rule = ruleOfPage(href)
    return rule ? `](${ruleDocCommandUri(rule, languageOfPage(href))})` : link
  })
}
