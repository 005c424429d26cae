/**
 * Rule pages inside the extension: a diagnostic's link (its code's target) and a hover's
 * `[docs](…)` link are the rule's page online; in VS Code they open the page shipped in
 * the .vsix (`docs/rules/<id>.md`) in a Markdown preview instead, offline. Pure: no
 * vscode import, so tests can run it.
 */

/** The command that opens a bundled rule page in a Markdown preview. */
export const showRuleDocCommand = 'resolint.showRuleDoc'

/** A rule id as the registry writes them (kebab-case nouns); nothing else names a file. */
const ruleId = /^[a-z]+(?:-[a-z]+)*$/

/** The rule of a rule page address (`…/docs/rules/<id>.md`), or undefined. */
export function ruleOfPage(href: string): string | undefined {
  const match = /\/docs\/rules\/([^/?#]+)\.md$/.exec(href)
  return match && ruleId.test(match[1]!) ? match[1] : undefined
}

/** Whether `value` is a rule id (the only argument the command accepts). */
export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && ruleId.test(value)
}

/** The `command:` URI that runs `resolint.showRuleDoc` for `rule` (arguments: a JSON array). */
export function ruleDocCommandUri(rule: string): string {
  return `command:${showRuleDocCommand}?${encodeURIComponent(JSON.stringify([rule]))}`
}

/** Markdown (a hover) with each link to a rule page made the command that opens the bundled page; other links are left as they are. */
export function offlineRuleLinks(markdown: string): string {
  return markdown.replace(/\]\(([^()\s]+)\)/g, (link, href: string) => {
    const rule = ruleOfPage(href)
    return rule ? `](${ruleDocCommandUri(rule)})` : link
  })
}
