/**
 * Operative paragraphs are numbered from 1, consecutively, in the profile's
 * marker style (`1.`), with no list marker pasted before the number (`- 2.`,
 * information: a word processor's, removed by `--fix`) and no unnumbered paragraph among numbered ones. Subparagraph markers
 * (`(a)`, `(b)`; `(i)`, `(ii)` inside them) run consecutively too.
 * After a chapeau, numbering restarts at 1 or runs on from the paragraphs
 * before it (both are in use); the first number of the group says which. So do
 * the parts of a resolution in parts (UN `I`, `II`), and an operative part cut
 * in two by a paragraph read as something else. Unnumbered paragraphs in a row
 * between numbers written consecutively (`18.`, `19.`) are told with no fix:
 * they may belong to the paragraph before, and the numbers after them stay.
 * Where the numbers after a wrong one run on from it (`8.`, `9.`, … after `5.`),
 * the cause is told once, with the renumbering offered, never applied by `--fix`.
 * The decision is `core/numbering.ts`'s, shared with Format Document.
 */
import {numberingOf, operativeMarker} from '../profiles/index.js'
import {numberingFindings} from '../core/numbering.js'
import {operativeNumberStyles} from '../core/paragraphs.js'
import type {Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'

export default rule('operative-numbering', (tree: Root, file, _options, {profile, language}) => {
  const numbering = numberingOf(profile, language, operativeNumberStyles(tree))
  const style = {style: numbering, marker: (number: number, arabicIndic: boolean, written?: string) => operativeMarker(profile, number, arabicIndic, language, written, numbering)}
  for (const finding of numberingFindings(tree, style, language)) {
    const {message, place, expected, suggestion, suggestedEdits, note, information} = finding
    report(file, message, 'position' in place ? place.position : place, {expected, suggestedEdits, renumbering: true, suggestions: suggestion === undefined ? undefined : [suggestion], note, information})
  }
})
