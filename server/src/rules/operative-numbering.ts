/**
 * Operative paragraphs are numbered from 1, consecutively, in the profile's
 * marker style (`1.`), with no list marker pasted before the number (`- 2.`)
 * and no unnumbered paragraph among numbered ones. Subparagraph markers
 * (`(a)`, `(b)`; `(i)`, `(ii)` inside them) run consecutively too.
 * After a chapeau, numbering restarts at 1 or runs on from the paragraphs
 * before it (both are in use); the first number of the group says which. So do
 * the parts of a resolution in parts (UN `I`, `II`), and an operative part cut
 * in two by a paragraph read as something else. Unnumbered paragraphs in a row
 * between numbers written consecutively (`18.`, `19.`), opening with no
 * operative verb, are told with no fix: they may belong to the paragraph
 * before, and the numbers after them stay.
 */
import {numberingOf, operativeMarker} from '../profiles/index.js'
import {closesList, continuesNumbered, finiteByForm, introducesList, isUpperCase, listMarkerOf, markerOf, openerOf, ownChildren, subparagraphsOf} from '../core/paragraphs.js'
import type {Language, Marker, Operative, OperativeParagraph, Root, Subparagraph} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg} from '../l10n/index.js'

const messages = {
  listMarker: (actual: string, number: string) => msg('operative-numbering.listMarker', {actual, number}),
  number: (actual: string, expected: string) => msg('operative-numbering.number', {actual, expected}),
  duplicate: (actual: string, expected: string) => msg('operative-numbering.duplicate', {actual, expected}),
  style: (actual: string, expected: string) => msg('operative-numbering.style', {actual, expected}),
  missing: (expected: string) => msg('operative-numbering.missing', {expected}),
  between: (before: string, after: string) => msg('operative-numbering.between', {before, after}),
  subparagraph: (actual: string, expected: string) => msg('operative-numbering.subparagraph', {actual, expected})
}

/** Arabic letters of subparagraphs, in abjad order (UN Arabic: `(أ)`, `(ب)`, `(ج)`, `(د)`, `(هـ)`). */
const abjad = ['أ', 'ب', 'ج', 'د', 'هـ', ...'وزحطيكلمنسعفصقرشتثخذضظغ']
const romanNumerals: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

export default rule('operative-numbering', (tree: Root, file, _options, {profile, language}) => {
  const numbering = numberingOf(profile, language)
  // A resolution in parts numbers each part's paragraphs from 1, or runs on from the part before: both are in use. An
  // operative part after another with no part's heading between (a paragraph a page break split off and read as
  // something else, `stressing that …`) is read so too: its numbers run on when its first is the next one written (`8.`
  // after `7.`), and are not renumbered from 1.
  let last = 0
  for (const block of tree.children) {
    if (block.type !== 'operative') continue
    for (const group of groupsOf(block, language)) last = checkGroup(group, last)
  }

  /** Check the paragraphs of one group; returns the number of its last paragraph (`before` when it numbers none). */
  function checkGroup(paragraphs: OperativeParagraph[], before: number): number {
    const markers = paragraphs.map(markerOf)
    const numbered = markers.filter((marker): marker is Marker => marker !== undefined)
    if (numbered.length === 0) {
      paragraphs.forEach(checkSubparagraphs)
      return before
    }
    const first = markers[0]
    const runsOn = before > 0 && first !== undefined && first.style === numbering && first.ordinal === before + 1
    // Numbers that go on from a later one than the next (`8.`, `9.`, … after `5.`: `6.` and `7.` lost, or a paragraph
    // between read as something else): the gap is told once, on its first number, with no fix; renumbering every
    // paragraph after it from 1 would rewrite numbers written right. A paragraph alone numbered so is renumbered.
    if (before > 0 && first !== undefined && first.ordinal > before + 1 && paragraphs.length > 1 && markers.every((marker, index) => marker?.style === numbering && marker.ordinal === first.ordinal + index)) {
      report(file, messages.number(first.value, formatNumber(before + 1, first.arabicIndic)), first)
      paragraphs.forEach(checkSubparagraphs)
      return first.ordinal + paragraphs.length - 1
    }
    const offset = runsOn ? before : 0
    const arabicIndic = numbered.filter((marker) => marker.arabicIndic).length * 2 > numbered.length
    const seen = new Set<number>()
    let number = offset
    paragraphs.forEach((paragraph, index) => {
      const marker = markers[index]
      const listMarker = listMarkerOf(paragraph)
      // A paragraph of its own (an operative verb) lost its number; anything else (a sentence's rest, a lettered item
      // that lost its letter, `We reaffirm …`) may belong to the paragraph before.
      const around = marker || openerOf(paragraph)?.phraseId !== undefined || finiteByForm(paragraph, language) ? undefined : writtenAround(markers, index)
      if (around) {
        // Between numbers written consecutively (`7.`, then `8.`), with no verb of its own: a paragraph a page break split
        // off the one before, or one to number; which is the drafter's to say. Not counted: the numbers after it stay.
        report(file, messages.between(around[0].value.trim(), around[1].value.trim()), ownChildren(paragraph).find((child) => child.type !== 'listMarker') ?? paragraph)
        checkSubparagraphs(paragraph)
        return
      }
      number++
      if (!marker) {
        const expected = formatNumber(number, arabicIndic)
        const own = ownChildren(paragraph)
        // A paragraph may hold only its subparagraphs (a pasted list under no words of its own): the number goes first.
        const first = own.find((child) => child.type !== 'listMarker') ?? own[0] ?? paragraph
        const start = (listMarker ?? first).position!.start
        report(file, messages.missing(expected), {start, end: listMarker ? first.position.start : start}, {expected: expected + ' '})
        checkSubparagraphs(paragraph)
        return
      }
      if (listMarker) {
        report(file, messages.listMarker(listMarker.value, marker.value), {start: listMarker.position.start, end: marker.position.start}, {expected: ''})
      }
      const expected = formatNumber(number, marker.arabicIndic, marker.value)
      if (marker.style !== numbering) report(file, messages.style(marker.value, expected), marker, {expected})
      else if (marker.ordinal !== number) {
        const message = seen.has(marker.ordinal) ? messages.duplicate : messages.number
        report(file, message(marker.value, expected), marker, {expected})
      }
      seen.add(marker.ordinal)
      checkSubparagraphs(paragraph)
    })
    return number
  }

  /**
   * The numbers written just before and after the unnumbered paragraphs at `index`, when they follow each other (`7.`
   * and `8.`, in the profile's style): no number is missing there.
   */
  function writtenAround(markers: ReadonlyArray<Marker | undefined>, index: number): [Marker, Marker] | undefined {
    let before = index - 1
    while (before >= 0 && !markers[before]) before--
    let after = index + 1
    while (after < markers.length && !markers[after]) after++
    const previous = markers[before]
    const next = markers[after]
    if (!previous || !next || previous.style !== numbering || next.style !== numbering) return undefined
    return next.ordinal === previous.ordinal + 1 ? [previous, next] : undefined
  }

  function checkSubparagraphs(paragraph: OperativeParagraph | Subparagraph) {
    let outer = 0
    let inner = 0
    let previous: {family: Family; ordinal: number} | undefined
    for (const subparagraph of subparagraphsOf(paragraph)) {
      const marker = markerOf(subparagraph)
      if (!marker) continue
      const {family, ordinal} = read(marker, previous)
      let expected: number
      if (family === 'roman') expected = ++inner
      else {
        expected = ++outer
        inner = 0
      }
      previous = {family, ordinal}
      if (ordinal !== expected) {
        const text = formatSubmarker(marker, family, expected)
        report(file, messages.subparagraph(marker.value, text), marker, {expected: text})
      }
    }
    // The next level (`(i)` under `(a)`) is numbered from 1 under each item.
    for (const subparagraph of subparagraphsOf(paragraph)) checkSubparagraphs(subparagraph)
  }

  function formatNumber(number: number, arabicIndic: boolean, written?: string): string {
    return operativeMarker(profile, number, arabicIndic, language, written)
  }
})

type Family = 'latin' | 'abjad' | 'roman' | 'number'

/** The children of the operative part between chapeaux, chapeaux left out; a paragraph back at the top level after a list starts a group. */
function groupsOf(operative: Operative, language: Language): OperativeParagraph[][] {
  const groups: OperativeParagraph[][] = [[]]
  operative.children.forEach((node, index) => {
    if (introducesList(operative, index) || closesList(operative, index, language)) groups.push([])
    else if (node.type === 'operativeParagraph' && !continuesNumbered(operative, index)) groups.at(-1)!.push(node)
  })
  return groups
}

/**
 * Family and ordinal of a subparagraph marker. A lone `i`, `v` or `x` is a
 * letter or a numeral depending on what comes before: `(h)`, `(i)` are letters,
 * `(iv)`, `(v)` numerals.
 */
function read(marker: Marker, previous: {family: Family; ordinal: number} | undefined): {family: Family; ordinal: number} {
  const label = marker.value.replace(/[()\s]/g, '').toLowerCase()
  const family: Family = /1/.test(marker.style) ? 'number' : marker.style.includes('i') ? 'roman' : marker.style.includes('a') ? 'latin' : 'abjad'
  if (family === 'roman' && label === 'i' && previous?.family === 'latin' && previous.ordinal === 8) return {family: 'latin', ordinal: 9}
  if (family === 'latin' && (label === 'v' || label === 'x') && previous?.family === 'roman') return {family: 'roman', ordinal: label === 'v' ? 5 : 10}
  return {family, ordinal: marker.ordinal}
}

function formatSubmarker(marker: Marker, family: Family, ordinal: number): string {
  let label: string
  if (family === 'number') label = String(ordinal)
  else if (family === 'abjad') label = abjad[ordinal - 1] ?? String(ordinal)
  else if (family === 'latin') label = String.fromCharCode(96 + ordinal)
  else {
    label = ''
    let rest = ordinal
    for (const [value, numeral] of romanNumerals) {
      while (rest >= value) {
        label += numeral
        rest -= value
      }
    }
  }
  if (isUpperCase(marker.value)) label = label.toUpperCase()
  const written = marker.value.trim()
  // UN Arabic `’1‘`: the number between the quotes it was written with.
  if (marker.style === "'1'") return written.charAt(0) + label + written.charAt(written.length - 1)
  if (written.endsWith('-')) return label + written.slice(written.endsWith(' -') ? -2 : -1)
  return written.startsWith('(') ? `(${label})` : written.endsWith('.') ? `${label}.` : `${label})`
}
