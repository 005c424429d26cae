/**
 * The heading is the canonical label of the language and a whole resolution
 * number: `قرار رقم 3`, `RESOLUTION No. 3`, `RÉSOLUTION N° 3`, `RESOLUCIÓN N.º 3`.
 */
import {foldForMatch, ignorable} from '../core/normalize.js'
import type {Heading, Label, Root, Text} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const invisibles = new RegExp(ignorable.source, 'g')

const messages = {
  label: (actual: string, expected: string) => msg('heading-format.label', {actual, expected}),
  number: (actual: string, expected: string) => msg('heading-format.number', {actual, expected}),
  missing: (expected: string) => msg('heading-format.missing', {expected})
}

export default rule('heading-format', (tree: Root, file, _options, {language, profile, layout}) => {
  const canonical = profile.headingLabels[language][0]
  if (canonical === undefined) return
  // The canonical label in other letter case is the same label (`Resolution No.`, `Résolution n°`), and so are the profile's variants.
  // Arabic diacritics and tatweel are no other label (`قَرار رَقْم`): left out, with invisible marks, before comparing.
  // Composed too: a PDF's `RE\u0301SOLUTION` is `RÉSOLUTION`.
  const plain = (form: string) => form.replace(invisibles, '').normalize('NFC').toLocaleUpperCase()
  const accepted = [canonical, ...(profile.headingVariants?.[language] ?? [])].map(plain)
  for (const block of tree.children) {
    if (block.type === 'heading') check(block, canonical)
  }

  function check(heading: Heading, canonical: string) {
    const label = heading.children.find((child): child is Label => child.type === 'label')
    const number = heading.children.find((child): child is Text => child.type === 'text')
    if (heading.number === undefined || number === undefined) {
      // Texts to 2014 head the page `Resolution No AGN/68/RES/5` or `RESOLUTION`, without a resolution number.
      if (layout.headingNumber) report(file, messages.missing(`${canonical} <n>`), heading)
      return
    }
    if (label && !accepted.includes(plain(label.value))) {
      // Keep the space before the number when the variant had none (`Resolution3`).
      const joined = number.position.start.offset === label.position.end.offset
      report(file, messages.label(label.value, canonical), label, {expected: joined ? canonical + ' ' : canonical})
    }
    const written = foldForMatch(number.value)
    const expected = String(heading.number)
    // Arabic-Indic digits are the same number: left to the digits convention.
    if (written !== expected) report(file, messages.number(number.value, expected), number, {expected})
  }
})
