/**
 * "Renumber operative paragraphs": markers `1.` … `N.` (in the profile's
 * numbering) in order, stray list
 * markers removed, a number added where one is missing. Markers only.
 */
import type {TextEdit} from 'vscode-languageserver-types'
import {listMarkerOf, markerOf, operativeParagraphsOf} from '../core/paragraphs.js'
import type {Document} from '../core/document.js'
import {operativeMarker, profileOf} from '../profiles/index.js'
import {toPosition, toRange} from './convert.js'

/** Edits renumbering every operative paragraph; none when the numbering is already right. */
export function renumberEdits(document: Pick<Document, 'tree' | 'profile'>): TextEdit[] {
  const {tree} = document
  const edits: TextEdit[] = []
  const profile = document.profile ?? profileOf(tree)
  operativeParagraphsOf(tree).forEach((paragraph, index) => {
    const wanted = operativeMarker(profile, index + 1, false)
    const listMarker = listMarkerOf(paragraph)
    const marker = markerOf(paragraph)
    if (listMarker) {
      const end = marker ? marker.position.start : listMarker.position.end
      edits.push({range: {start: toPosition(listMarker.position.start), end: toPosition(end)}, newText: marker ? '' : wanted + ' '})
      if (!marker) return
    }
    if (!marker) {
      const start = toPosition(paragraph.position.start)
      edits.push({range: {start, end: start}, newText: wanted + ' '})
    } else if (marker.value !== wanted) {
      edits.push({range: toRange(marker.position), newText: wanted})
    }
  })
  return edits
}
