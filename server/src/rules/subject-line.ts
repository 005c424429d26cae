/**
 * The subject line is its label, a colon and the subject: `الموضوع: …`,
 * `Subject: …`, `Objet : …` (French typography puts a space before the colon).
 */
import type {Point} from 'unist'
import {foldForMatch} from '../core/normalize.js'
import {languageData} from '../languages/index.js'
import type {Label, Root, Subject} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'

const messages = {
  colon: (label: string, colon: string) => msg('subject-line.colon', {expected: label + colon}),
  space: (actual: string, expected: string) => msg('subject-line.space', {actual, expected}),
  empty: (label: string) => msg('subject-line.empty', {label})
}

export default rule('subject-line', (tree: Root, file, _options, {language}) => {
  for (const block of tree.children) {
    if (block.type === 'subject') checkSubject(block)
    else if (block.type === 'opening' || block.type === 'preamble' || block.type === 'operative' || block.type === 'closing') break
  }

  function checkSubject(subject: Subject) {
    const label = subject.children.find((child): child is Label => child.type === 'label')
    if (!label) return
    const value = label.value
    const colon = value.lastIndexOf(':')
    if (colon < 0) {
      const at = label.position.end
      const fix = markFix(file, language, {start: at, end: at}, ':')
      report(file, messages.colon(value, languageData(language).punctuation.labelColon), fix.place, {expected: fix.expected})
    } else {
      let word = colon
      while (word > 0 && /\s/.test(value.charAt(word - 1))) word--
      const gap = value.slice(word, colon)
      if (!languageData(language).punctuation.beforeColon.includes(gap)) {
        const start = shift(label.position.start, word)
        const end = shift(label.position.start, colon + 1)
        report(file, messages.space(gap + ':', ':'), {start, end}, {expected: ':'})
      }
    }
    const rest = subject.children.filter((child) => child !== label)
    if (rest.every((child) => foldForMatch(child.value) === '')) report(file, messages.empty(value.trim()), label)
  }
})

/** The point `delta` code units after `point` on the same line. */
function shift(point: Point, delta: number): Point {
  return {line: point.line, column: point.column + delta, offset: point.offset === undefined ? undefined : point.offset + delta}
}
