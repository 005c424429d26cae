/**
 * The numbering of operative paragraphs as written, and what it needs: one decision, read by operative-numbering
 * (which reports it) and by Format Document (which writes only its certain fixes), so that formatting never renumbers
 * what `--fix` would not.
 *
 * A number is fixed for certain only where the numbers around it show it alone is wrong (`1.`, `2.`, `4.` at the end;
 * `2.`, `9.`, `4.`), or where a paragraph lost its number and the numbers after it leave it room (`2.`, none, `4.`).
 * Where the numbers after a wrong one run on from it (`5.`, `8.`, `9.`, `10.`: paragraphs lost, or numbers merged into
 * the paragraph before, as PDF copies lose and merge them; or a paragraph to renumber), the cause is told once, on that
 * number, with the renumbering offered and never applied: its numbers are then taken as written, and the paragraphs
 * after it are not told one by one.
 */
import type {Position} from 'unist'
import {closesList, continuesNumbered, introducesList, isUpperCase, listMarkerOf, markerOf, ownChildren, subparagraphsOf} from './paragraphs.js'
import type {MessageEdit} from './fix.js'
import type {Language, Marker, Operative, OperativeParagraph, Root, Subparagraph} from './tree.js'
import {msg, type Message} from '../l10n/index.js'

/** How a profile numbers operative paragraphs in a language: the style (`1.`, `1 -`) and a number written in it. */
export interface NumberingStyle {
  style: string
  /** `written`: the marker it replaces, whose no-break space it keeps. */
  marker: (number: number, arabicIndic: boolean, written?: string) => string
}

/** One thing the numbering needs, as operative-numbering reports it. */
export interface NumberingFinding {
  message: Message
  place: {position: Position} | Position
  /** The certain replacement of `place`. */
  expected?: string
  /** A replacement offered, never applied by `--fix` (a missing number whose place the numbers around do not leave). */
  suggestion?: string
  /** A renumbering of several paragraphs offered, never applied by `--fix`. */
  suggestedEdits?: MessageEdit[]
  /** A second sentence. */
  note?: Message
  /** The operative paragraph whose number the certain fix writes, and the number (Format Document writes only those). */
  number?: {paragraph: OperativeParagraph; text: string}
  /** Paste damage, not the drafter's (a word processor's bullet before the number): information, fixed by `--fix`. */
  information?: true
}

const messages = {
  listMarker: (actual: string, number: string) => msg('operative-numbering.listMarker', {actual, number}),
  number: (actual: string, expected: string) => msg('operative-numbering.number', {actual, expected}),
  duplicate: (actual: string, expected: string) => msg('operative-numbering.duplicate', {actual, expected}),
  style: (actual: string, expected: string) => msg('operative-numbering.style', {actual, expected}),
  missing: (expected: string) => msg('operative-numbering.missing', {expected}),
  between: (before: string, after: string) => msg('operative-numbering.between', {before, after}),
  runSkip: (before: string, actual: string, expected: string, last: string) => msg('operative-numbering.runSkip', {before, actual, expected, last}),
  runRepeat: (actual: string, expected: string, last: string) => msg('operative-numbering.runRepeat', {actual, expected, last}),
  runStart: (actual: string, expected: string, last: string) => msg('operative-numbering.runStart', {actual, expected, last}),
  subparagraph: (actual: string, expected: string) => msg('operative-numbering.subparagraph', {actual, expected}),
  subparagraphRun: (actual: string, expected: string, last: string) => msg('operative-numbering.subparagraphRun', {actual, expected, last})
}

/** Arabic letters of subparagraphs, in abjad order (UN Arabic: `(أ)`, `(ب)`, `(ج)`, `(د)`, `(هـ)`). */
const abjad = ['أ', 'ب', 'ج', 'د', 'هـ', ...'وزحطيكلمنسعفصقرشتثخذضظغ']
const romanNumerals: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

/** What the numbering of the operative paragraphs of `tree` needs, in document order. */
export function numberingFindings(tree: Root, {style: numbering, marker: formatNumber}: NumberingStyle, language: Language): NumberingFinding[] {
  const findings: NumberingFinding[] = []
  // A resolution in parts numbers each part's paragraphs from 1, or runs on from the part before: both are in use. An
  // operative part after another with no part's heading between (a paragraph a page break split off and read as
  // something else, `stressing that …`) is read so too: its numbers run on when its first is the next one written (`8.`
  // after `7.`), and are not renumbered from 1.
  let last = 0
  const groups = tree.children.flatMap((block) => (block.type === 'operative' ? groupsOf(block, language) : []))
  groups.forEach((group, index) => {
    // The first number written after the group, in a later one: where it runs on from this group's, a paragraph at
    // this group's end that lost its number has no place left before it.
    const following = groups.slice(index + 1).find((later) => later.some(markerOf))
    last = checkGroup(group, last, following?.map(markerOf).find((marker) => marker !== undefined))
  })
  return findings

  /** Check the paragraphs of one group; returns the number of its last paragraph (`before` when it numbers none). */
  function checkGroup(paragraphs: OperativeParagraph[], before: number, following: Marker | undefined): number {
    const markers = paragraphs.map(markerOf)
    const numbered = markers.filter((marker): marker is Marker => marker !== undefined)
    if (numbered.length === 0) {
      paragraphs.forEach(checkSubparagraphs)
      return before
    }
    const first = markers[0]
    const runsOn = before > 0 && first !== undefined && first.style === numbering && first.ordinal === before + 1
    // Numbers that go on from a later one than the next (`8.`, `9.`, … after `5.`: `6.` and `7.` lost, or a paragraph
    // between read as something else): the gap is told once, on its first number, the renumbering offered; renumbering
    // every paragraph after it from 1 would rewrite numbers written right. A paragraph alone numbered so is renumbered.
    if (before > 0 && first !== undefined && first.ordinal > before + 1 && paragraphs.length > 1 && markers.every((marker, index) => marker?.style === numbering && marker.ordinal === first.ordinal + index)) {
      const edits = markers.map((marker, index) => ({position: marker!.position, text: formatNumber(before + 1 + index, marker!.arabicIndic, marker!.value)}))
      findings.push({message: messages.runSkip(formatNumber(before, first.arabicIndic), first.value, edits[0]!.text, markers.at(-1)!.value), place: first, suggestedEdits: edits})
      paragraphs.forEach(checkSubparagraphs)
      return first.ordinal + paragraphs.length - 1
    }
    const offset = runsOn ? before : 0
    const arabicIndic = numbered.filter((marker) => marker.arabicIndic).length * 2 > numbered.length
    const seen = new Set<number>()
    /** Unnumbered paragraphs between numbers written consecutively: not counted, the numbers around them stay. */
    const around = paragraphs.map((_, index) => (markers[index] ? undefined : writtenAround(markers, index)))
    /** Whether the paragraph at `index` takes a number of the count. */
    const counted = (index: number) => around[index] === undefined
    let number = offset
    /** The number before is as written or certain: a number out of step after it is the wrong one. */
    let inStep = true
    /** The number before was out of step with both its neighbours and taken as written: the next is no surer. */
    let doubted = false
    /** Paragraphs since the last number written that lost theirs where the numbers leave them no place: not counted. */
    let unplaced = 0
    paragraphs.forEach((paragraph, index) => {
      const marker = markers[index]
      const listMarker = listMarkerOf(paragraph)
      const between = around[index]
      if (between) {
        // Between numbers written consecutively (`7.`, then `8.`): a paragraph a page break split off the one before
        // (even one opening with a verb: a sentence cut at a terminator), or one to number; which is the drafter's to
        // say. Not counted: the numbers after it stay.
        findings.push({message: messages.between(between[0].value.trim(), between[1].value.trim()), place: ownChildren(paragraph).find((child) => child.type !== 'listMarker') ?? paragraph})
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
        const place = {start, end: listMarker ? first.position.start : start}
        // Certain where the next number written leaves this paragraph its place (`2.`, none, `4.`), or none follows (in
        // the next group, one numbered from 1 or running on from this paragraph).
        const next = nextWritten(markers, index) ?? (following && following.ordinal !== 1 ? {index: paragraphs.length, marker: following} : undefined)
        if (holds(paragraph, expected)) {
          // Its number stands inside its text (`II. Implementation … 2024–2034 13. We strongly commit …`): a copy ran the
          // paragraph into a heading or the paragraph before. Numbering it at its start would number the heading.
          findings.push({message: messages.missing(expected), place, suggestion: expected + ' ', note: msg('operative-numbering.merged', {expected})})
        } else if (!next || next.marker.ordinal === number + countedBetween(index, next.index)) {
          findings.push({message: messages.missing(expected), place, expected: expected + ' ', number: {paragraph, text: expected}})
        } else {
          // No place: a paragraph a page break split off (ended there with a mark), or one to number with those after it.
          const offered = formatNumber(number + unplaced, arabicIndic)
          const previous = markers.slice(0, index).reverse().find((written) => written !== undefined)
          if (previous?.style === numbering && next.marker.ordinal === previous.ordinal + 1) findings.push({message: messages.between(previous.value.trim(), next.marker.value.trim()), place: first})
          else findings.push({message: messages.missing(offered), place, suggestion: offered + ' '})
          number--
          unplaced++
          inStep = false
        }
        checkSubparagraphs(paragraph)
        return
      }
      unplaced = 0
      if (listMarker) {
        findings.push({message: messages.listMarker(listMarker.value, marker.value), place: {start: listMarker.position.start, end: marker.position.start}, expected: '', information: true})
      }
      const expected = formatNumber(number, marker.arabicIndic, marker.value)
      if (marker.style !== numbering) findings.push({message: messages.style(marker.value, expected), place: marker, expected, number: {paragraph, text: expected}})
      else if (marker.ordinal !== number) {
        const run = runFrom(index)
        if (!inStep) {
          // After a number lost where the numbers leave it no place: told there; this one is taken as written.
        } else if (run.length > 1) {
          // The numbers after it run on from it: told once, here, with what follows; renumbering offered, not applied.
          const edits = run.map((at) => ({position: markers[at]!.position, text: formatNumber(number + countedBetween(index, at), markers[at]!.arabicIndic, markers[at]!.value)}))
          const lastWritten = markers[run.at(-1)!]!.value
          const message = marker.ordinal < number ? messages.runRepeat(marker.value, expected, lastWritten) : number === 1 ? messages.runStart(marker.value, expected, lastWritten) : messages.runSkip(formatNumber(number - 1, marker.arabicIndic), marker.value, expected, lastWritten)
          findings.push({message, place: marker, suggestedEdits: edits})
        } else {
          const message = (seen.has(marker.ordinal) ? messages.duplicate : messages.number)(marker.value, expected)
          const next = nextWritten(markers, index)
          // Alone out of step: the next number written follows the one this paragraph should have (or none follows).
          if (!doubted && (!next || next.marker.ordinal === number + countedBetween(index, next.index))) {
            findings.push({message, place: marker, expected, number: {paragraph, text: expected}})
            seen.add(marker.ordinal)
            checkSubparagraphs(paragraph)
            return
          }
          // Out of step with both neighbours (`5.`, `8.`, `14.`: numbers lost on both sides), or after a number so taken:
          // offered, taken as written.
          findings.push({message, place: marker, suggestion: expected})
          number = marker.ordinal
          doubted = true
          inStep = true
          seen.add(marker.ordinal)
          checkSubparagraphs(paragraph)
          return
        }
        // Taken as written: the count goes on from it.
        number = marker.ordinal
      }
      inStep = true
      doubted = false
      seen.add(marker.ordinal)
      checkSubparagraphs(paragraph)
    })
    return number

    /** The counted paragraphs after `from`, up to and with `to`. */
    function countedBetween(from: number, to: number): number {
      let count = 0
      for (let at = from + 1; at <= to; at++) if (counted(at)) count++
      return count
    }

    /** The paragraphs whose numbers, written in the profile's style, run on from the one at `start` (it first). */
    function runFrom(start: number): number[] {
      const run = [start]
      for (let next = nextWritten(markers, start); next && next.marker.style === numbering; next = nextWritten(markers, next.index)) {
        const previous = run.at(-1)!
        if (next.marker.ordinal !== markers[previous]!.ordinal + countedBetween(previous, next.index)) break
        run.push(next.index)
      }
      return run
    }
  }

  /**
   * The numbers written just before and after the unnumbered paragraphs at `index`, when they follow each other (`7.`
   * and `8.`, in the profile's style): no number is missing there.
   */
  function writtenAround(markers: ReadonlyArray<Marker | undefined>, index: number): [Marker, Marker] | undefined {
    let before = index - 1
    while (before >= 0 && !markers[before]) before--
    const previous = markers[before]
    const next = nextWritten(markers, index)?.marker
    if (!previous || !next || previous.style !== numbering || next.style !== numbering) return undefined
    return next.ordinal === previous.ordinal + 1 ? [previous, next] : undefined
  }

  /**
   * The markers of a paragraph's items run on from `(a)` (`(i)` under each lettered item). One out of step alone is fixed
   * for certain; a list whose first item is not the first (`(f)`: the items before it lost their letters, or were read as
   * paragraphs) or whose items after a wrong one run on from it is told once, its renumbering offered.
   */
  function checkSubparagraphs(paragraph: OperativeParagraph | Subparagraph) {
    const items: Array<{marker: Marker; family: Family; ordinal: number}> = []
    let previous: {family: Family; ordinal: number} | undefined
    for (const subparagraph of subparagraphsOf(paragraph)) {
      const marker = markerOf(subparagraph)
      if (!marker) continue
      previous = read(marker, previous)
      items.push({marker, ...previous})
    }
    const inner = (item: {family: Family}) => item.family === 'roman'
    let outer = 0
    let nested = 0
    items.forEach((item, index) => {
      const expected = inner(item) ? ++nested : ++outer
      if (!inner(item)) nested = 0
      if (item.ordinal === expected) return
      // The items of its level after it whose markers run on from it, up to the next item of the level above.
      const run = [index]
      for (let at = index + 1; at < items.length; at++) {
        const other = items[at]!
        if (inner(other) !== inner(item)) {
          if (inner(item)) break
          continue
        }
        if (other.family !== item.family || other.ordinal !== items[run.at(-1)!]!.ordinal + 1) break
        run.push(at)
      }
      const text = formatSubmarker(item.marker, item.family, expected)
      if (run.length === 1 && expected > 1) {
        findings.push({message: messages.subparagraph(item.marker.value, text), place: item.marker, expected: text})
        return
      }
      const edits = run.map((at, step) => ({position: items[at]!.marker.position, text: formatSubmarker(items[at]!.marker, items[at]!.family, expected + step)}))
      if (run.length === 1) findings.push({message: messages.subparagraph(item.marker.value, text), place: item.marker, suggestion: text})
      else findings.push({message: messages.subparagraphRun(item.marker.value, text, items[run.at(-1)!]!.marker.value), place: item.marker, suggestedEdits: edits})
      // Taken as written: the count goes on from it.
      if (inner(item)) nested = item.ordinal
      else outer = item.ordinal
    })
    // The next level (`(i)` under `(a)`) is numbered from 1 under each item.
    for (const subparagraph of subparagraphsOf(paragraph)) checkSubparagraphs(subparagraph)
  }
}

/** Whether a paragraph's own text holds `number` as a paragraph's number (`… 2024–2034 13. We strongly …`). */
function holds(paragraph: OperativeParagraph, number: string): boolean {
  const text = ownChildren(paragraph).map((child) => ('value' in child ? child.value : '')).join(' ')
  if (!text.includes(number)) return false
  return new RegExp(`(?:^|\\s)${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\S`, 'u').test(text)
}

/** The next paragraph after `index` with a number written, and its number. */
function nextWritten(markers: ReadonlyArray<Marker | undefined>, index: number): {index: number; marker: Marker} | undefined {
  for (let at = index + 1; at < markers.length; at++) if (markers[at]) return {index: at, marker: markers[at]!}
  return undefined
}

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
