/** Variants of a resolution as drafters paste it: PDF hard wraps, CRLF, BOM, bidi marks, Markdown, one paragraph per line. */

/** Wrap every line longer than `width` at spaces, as text copied from a PDF. */
export function hardWrapped(text: string, width = 70): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = []
      let rest = line
      while (rest.length > width) {
        const at = rest.lastIndexOf(' ', width)
        if (at <= 0) break
        out.push(rest.slice(0, at))
        rest = rest.slice(at + 1)
      }
      out.push(rest)
      return out.join('\n')
    })
    .join('\n')
}

export const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n')
export const bom = (text: string) => '\uFEFF' + text
/** A right-to-left mark at the start of every non-empty line, as Word puts it. */
export const bidi = (text: string) => text.replace(/^(?=.)/gm, '\u200F')
/** No blank lines: one paragraph per line. */
export const onePerLine = (text: string) => text.replace(/\n{2,}/g, '\n')

/** Markdown: heading as `#`, openers and operative verbs in bold. */
export function markdown(text: string, headingPattern: RegExp, openers: string[]): string {
  let result = text.replace(headingPattern, (heading) => '# ' + heading)
  for (const opener of openers) result = result.replace(new RegExp(`^(\\d+\\. |- \\d+\\. )?${opener}`, 'gm'), (match, marker = '') => `${marker}**${match.slice(marker.length)}**`)
  return result
}
