/**
 * The parts of a resolution, in the order of its era's layout, each once:
 * heading, identifier, subject, opening, preamble, operative part, closing.
 * Required parts are present; text the parser could not place is reported,
 * never lost. Texts to 2014 may put the preamble before the opening and the
 * identifier above the heading, and need no heading, subject or figures.
 *
 * At the `draft` stage a document is still being written: a blank one gets
 * nothing, a missing part is information, only the next part to write is named
 * (not every one after it), no vote line is expected before the vote, and the
 * line being typed at the end is not yet "text outside the parts", nor is text above the heading (a web page's title,
 * a file's note: `Transcription`, `Draft for the Executive Committee`) more than information: it is the final text's.
 */
import type {Point, Position} from 'unist'
import {voteLineExample, type Layout, type Part, type Profile} from '../profiles/index.js'
import {languageData} from '../languages/index.js'
import type {Block, Language, Root} from '../core/tree.js'
import {report, rule} from '../core/rule.js'
import {msg, type Message} from '../l10n/index.js'

type SingleLine = 'heading' | 'identifier' | 'subject' | 'opening'

const messages = {
  unknown: () => msg('section-order.unknown'),
  above: () => msg('section-order.above'),
  twice: (part: SingleLine) => msg(`section-order.twice.${part}`),
  order: (part: Part, after: Part) => msg('section-order.order', {part: msg(`section-order.part.${part}`), after: msg(`section-order.part.${after}`)}),
  missing: (part: Part, example: string | undefined) => msg(`section-order.missing.${part}`, example === undefined ? {} : {example})
}

const singleLine = new Set<Part>(['heading', 'identifier', 'subject', 'opening'] satisfies SingleLine[])

export default rule('section-order', (tree: Root, file, _options, {language, profile, stage, layout}) => {
  const draft = stage === 'draft'
  if (draft && tree.children.length === 0) return
  const seen = new Map<Part, Block>()
  const found: Array<{reason: Message; place: Position; information?: boolean}> = []
  const closed = tree.children.some((block) => block.type === 'closing')
  let latest: Part | undefined
  /** The latest part before the first preamble or operative paragraph: where each part of a resolution in parts starts again. */
  let beforeBody: Part | undefined
  /** Whether the block before was a part's heading. */
  let partStart = false
  /** Text above every part, with a heading below it, is the page's or the file's own (a web page's title, a note): no misspelt heading. */
  const heading = tree.children.findIndex((block) => block.type === 'heading')
  for (const [index, block] of tree.children.entries()) {
    if (block.type === 'unknown') {
      // In a draft, the last block of an unfinished text is the line being typed.
      const typing = draft && !closed && block === tree.children.at(-1)
      const above = seen.size === 0 && index < heading
      found.push({reason: above ? messages.above() : messages.unknown(), place: block.position, information: typing || (draft && above)})
      continue
    }
    // An annex is no part of the resolution: it follows the closing, and holds the rest of the text.
    if (block.type === 'annex') continue
    if (block.type === 'partHeading') {
      latest = beforeBody ?? latest
      partStart = true
      continue
    }
    const part: Part = block.type
    // Each part of a resolution in lettered parts opens again (`B⏎…⏎The General Assembly,`): once, right under its heading.
    const ownOpening = part === 'opening' && partStart
    partStart = false
    if (ownOpening && seen.has('opening')) continue
    if ((part === 'preamble' || part === 'operative') && !seen.has('preamble') && !seen.has('operative')) beforeBody = latest
    if (rankIn(layout, part) < 0) continue
    // One-line parts are repeated; a paragraph part seen again was split by
    // another block, reported itself unless this one is out of order.
    if (seen.has(part) && singleLine.has(part)) found.push({reason: messages.twice(part as SingleLine), place: block.position})
    else if (latest !== undefined && rankIn(layout, part) < rankIn(layout, latest)) {
      found.push({reason: messages.order(part, latest), place: block.position})
    }
    if (!seen.has(part)) seen.set(part, block)
    if (latest === undefined || rankIn(layout, part) > rankIn(layout, latest)) latest = part
  }

  let named = false
  for (const part of layout.required) {
    if (seen.has(part)) continue
    if (draft) {
      // A draft has no vote line before the vote; of the parts not yet reached, only the next one is named.
      if (part === 'closing') continue
      const reached = latest !== undefined && rankIn(layout, latest) > rankIn(layout, part)
      if (!reached && named) continue
      if (!reached) named = true
    }
    const at = whereMissing(tree, layout, part)
    found.push({reason: messages.missing(part, example(part, language, profile, tree.data.era)), place: {start: at, end: at}, information: draft})
  }
  found.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0))
  for (const {reason, place, information} of found) report(file, reason, place, {information})

})

/** A part's place in the layout's order (-1: not one of its parts). */
function rankIn(layout: Layout, part: Part): number {
  return layout.parts.findIndex((entry) => entry === part || (Array.isArray(entry) && entry.includes(part)))
}

/** Where a missing part belongs: before the first later part present, else after the last block. */
function whereMissing(tree: Root, layout: Layout, part: Part): Point {
  const index = rankIn(layout, part)
  for (const block of tree.children) {
    if (block.type !== 'unknown' && block.type !== 'annex' && block.type !== 'partHeading' && rankIn(layout, block.type) > index) return block.position.start
  }
  const last = tree.children.at(-1)
  return last ? last.position.end : tree.position.start
}

/** What a part looks like in the language and the document's era, from the profile (nothing for the paragraph parts). */
function example(part: Part, language: Language, profile: Profile, era: string | undefined): string | undefined {
  switch (part) {
    case 'heading':
      return `${profile.headingLabels[language][0] ?? ''} <n>`
    case 'identifier': {
      // The era's form (`AGN/<session>/RES/<n>` in a text of 1999), else the form of today's identifiers.
      const {forms, current} = profile.facts.identifiers.scheme
      return (forms.find((form) => form.prefix === era) ?? forms.find((form) => form.prefix === current))?.pattern
    }
    case 'subject':
      return `${profile.subjectLabels[language][0] ?? ''}${languageData(language).punctuation.labelColon} …`
    case 'opening':
      return `${profile.openingStarts[language][0] ?? ''} …`
    case 'preamble':
    case 'operative':
      return undefined
    case 'closing':
      return voteLineExample(profile, language)
  }
}
