/**
 * The vote line: the adopted label, then the figures for, against and
 * abstaining, each a whole number, in the profile's wording
 * (`اعتُمد: المؤيدون: 134، المعارضون: 0، الممتنعون عن التصويت: 5`,
 * `Adopted: For: 134, Against: 0, Abstentions: 5`).
 */
import {foldForMatch} from '../core/normalize.js'
import {voteLineExample} from '../profiles/index.js'
import {languageData} from '../languages/index.js'
import type {Label, Root, VoteCount, VoteLine} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'
import {markFix} from '../core/typography.js'

type Kind = 'adopted' | VoteCount['kind']

const messages = {
  bare: (expected: string) => msg('vote-line.bare', {expected}),
  missing: (label: string) => msg('vote-line.missing', {expected: label + ' <n>'}),
  empty: (label: string) => msg('vote-line.empty', {label}),
  notWhole: (actual: string, label: string) => msg('vote-line.notWhole', {actual, label}),
  wording: (actual: string, expected: string) => msg('vote-line.wording', {actual, expected}),
  colon: (label: string, colon: string) => msg('vote-line.colon', {expected: label + colon}),
  spacing: (actual: string) => msg('vote-line.spacing', {actual, expected: ':'}),
  order: (label: string, after: string) => msg('vote-line.order', {label, after})
}

/**
 * > **Note**: the parser leaves a line break in a figure at the end of a line
 * > (`For: 134⏎Against: 0`) and gives it no count: such a figure is read again here.
 */
const wholeNumber = /^\d+$/

const order: readonly Kind[] = ['adopted', 'for', 'against', 'abstentions']

export default rule('vote-line', (tree: Root, file, _options, {language, profile, layout}) => {
  const wording = profile.vote[language]
  const forms = order.map((kind) => ({kind, folded: wording[kind].map(foldForMatch)}))
  const colon = languageData(language).punctuation.labelColon
  const canonical = (kind: Kind) => (wording[kind][0] ?? '') + colon

  const source = String(file.value)
  for (const block of tree.children) {
    if (block.type !== 'closing') continue
    for (const line of block.children) check(line)
  }

  function check(line: VoteLine) {
    const labels: Array<{label: Label; kind: Kind; name: string}> = []
    for (const child of line.children) {
      if (child.type !== 'label') continue
      const name = nameOf(child.value)
      const kind = forms.find((form) => form.folded.includes(foldForMatch(name)))?.kind
      if (kind) labels.push({label: child, kind, name})
    }
    const counts = line.children.filter((child): child is VoteCount => child.type === 'voteCount')
    if (counts.length === 0) {
      // Texts to 2014 close with a bare `Adopted.` / `Adoptée`: INTERPOL published no figures then.
      if (!layout.bareAdoption) report(file, messages.bare(voteLineExample(profile, language)), line)
      return
    }

    let previous: {kind: Kind; name: string} | undefined
    for (const entry of labels) {
      const {label, kind, name} = entry
      const expected = wording[kind][0] ?? name
      const accepted = [expected, ...(profile.voteVariants?.[language]?.[kind] ?? [])]
      if (!accepted.some((form) => foldForMatch(form) === foldForMatch(name))) {
        report(file, messages.wording(name, expected), {start: label.position.start, end: endOfName(label)}, {expected})
      }
      // A label alone at the end of its line (`Adopted⏎For: 134⏎…`, a pasted table) needs no colon.
      if (!label.value.slice(name.length).includes(':') && !endsLine(source, label)) {
        const fix = markFix(file, language, {start: endOfName(label), end: endOfName(label)}, ':')
        report(file, messages.colon(expected, colon), fix.place, {expected: fix.expected})
      }
      else {
        const gap = label.value.slice(name.length, label.value.lastIndexOf(':'))
        if (!languageData(language).punctuation.beforeColon.includes(gap)) {
          report(file, messages.spacing(gap + ':'), {start: endOfName(label), end: label.position.end}, {expected: ':'})
        }
      }
      if (previous && order.indexOf(kind) < order.indexOf(previous.kind)) report(file, messages.order(name, previous.name), label)
      previous = entry
    }

    for (const kind of ['for', 'against', 'abstentions'] as const) {
      const count = counts.find((entry) => entry.kind === kind)
      const label = wording[kind][0] ?? kind
      if (!count) report(file, messages.missing(canonical(kind)), line)
      else if (count.value === '') report(file, messages.empty(label), count)
      else if (count.count === undefined && !wholeNumber.test(foldForMatch(count.value))) report(file, messages.notWhole(count.value.trim(), label), count)
    }
  }
})

/** Whether only white space follows `label` up to the end of its line. */
function endsLine(source: string, label: Label): boolean {
  const rest = /^[ \t\u00a0]*(?:\r?\n|$)/.exec(source.slice(label.position.end.offset!, label.position.end.offset! + 40))
  return rest !== null
}

/** A label without its colon and the space before it. */
function nameOf(value: string): string {
  let end = value.length
  while (end > 0 && (value.charAt(end - 1) === ':' || /\s/.test(value.charAt(end - 1)))) end--
  return value.slice(0, end)
}

/** The point after a label's words (before its colon). */
function endOfName(label: Label) {
  const {start} = label.position
  const length = nameOf(label.value).length
  return {line: start.line, column: start.column + length, offset: start.offset === undefined ? undefined : start.offset + length}
}
