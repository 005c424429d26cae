/**
 * The preview: the resolution as printed, as an HTML fragment — direction and
 * language from the language data, heading, identifier, subject, opening,
 * preamble paragraphs with their openers set apart, numbered paragraphs with
 * hanging numbers and subparagraphs nested by the tree, the vote line, unknown
 * text shown as written — with each problem marked where it is and a margin
 * marker on each block that has one. Pure: (document, language) → HTML.
 *
 * > **Note**: every character of the draft goes through `escapeHtml`; the webview
 * > also forbids scripts without its nonce, but the preview never relies on that.
 */
import type {Point} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {DiagnosticSeverity} from 'vscode-languageserver-types'
import {isUpperCase} from '../core/paragraphs.js'
import type {Document, LineIndex} from '../core/document.js'
import type {Block, Chapeau, OperativeParagraph, Phrasing, PreambleParagraph, Root, Subparagraph, VoteLine} from '../core/tree.js'
import type {LanguageData} from '../languages/index.js'
import {toDiagnostic, toPosition} from './convert.js'
import {defaultLocale, type Locale} from '../l10n/index.js'

/** What the preview needs of a language (a `LanguageData` has it): its code, writing direction and script. */
export type PreviewLanguage = Pick<LanguageData, 'code' | 'direction' | 'script'>

type Severity = 'error' | 'warning' | 'info'

/** A message with its range as offsets into the text. */
interface Problem {
  start: number
  end: number
  severity: Severity
  message: string
  rule: string | undefined
  /** 0-based line and character of its start (for revealing it). */
  line: number
  character: number
}

/** A node with a position, as the renderer walks it. */
interface Positioned {
  type: string
  position: {start: Point; end: Point}
}

const severities: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'info'
}
const rank: Record<Severity, number> = {error: 3, warning: 2, info: 1}

/** Classes of phrasing nodes shown with a style of their own (plain text has none). */
const phrasingClasses: Partial<Record<Phrasing['type'], string>> = {
  label: 'label',
  listMarker: 'list-marker',
  marker: 'marker',
  opener: 'opener',
  terminator: 'terminator',
  citation: 'citation',
  date: 'date',
  session: 'session',
  voteCount: 'vote-count'
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The preview of a checked document: one `<article>` element; its problems said in `locale`. */
export function renderPreview(document: Pick<Document, 'tree' | 'text' | 'messages' | 'lines'>, language: PreviewLanguage, locale: Locale = defaultLocale): string {
  const attributes = `class="resolution script-${escapeHtml(language.script.toLowerCase())}" dir="${language.direction}" lang="${escapeHtml(language.code)}"`
  return `<article ${attributes}>${new Renderer(document.text, document.lines, document.messages, locale).document(document.tree)}</article>`
}

/** A version of a set in the side-by-side preview. */
export interface PreviewVersion {
  language: PreviewLanguage
  /** Its name in the interface (`Arabic`), over its column. */
  name: string
  /** Its document's URI, for the link with its editor. */
  uri: string
  /** Its checked document; the problems to mark are its `messages` (the server gives the cross-version findings). */
  document: Pick<Document, 'tree' | 'text' | 'messages' | 'lines'>
}

/** What the side-by-side preview needs of an aligned part (`core/parallel`'s `Part`): where it starts. */
export interface AlignedPart {
  place: {start: Point}
}

/**
 * What a row of the side-by-side preview holds: a top-level block or a paragraph of one; where the parallel
 * check aligned a paragraph's subparagraphs, the paragraph's own text (its range cut before them) and each
 * subparagraph, with the levels below it.
 */
type Unit = Block | PreambleParagraph | Chapeau | OperativeParagraph | Subparagraph | VoteLine

/**
 * The versions of a set side by side: a column per version (each with its own `dir` and
 * `lang`), a row per aligned part (`columns` as the parallel check aligned them, in order:
 * a paragraph, then its subparagraphs, `(a)` against `(a)`, each a row), an empty cell (`gap`)
 * where a version has no counterpart, and what no part holds (text the
 * parser could not place, a second heading) in a row of its own, so nothing is left out.
 * `own` is the language of the document the preview belongs to (its column is the editor's);
 * the problems are said in `locale`.
 */
export function renderSideBySide(versions: readonly PreviewVersion[], columns: ReadonlyArray<Partial<Record<string, AlignedPart>>>, own: string, locale: Locale = defaultLocale): string {
  const renderers = versions.map((version) => new Renderer(version.document.text, version.document.lines, version.document.messages, locale))
  const units = versions.map((version) => {
    const aligned = new Set(columns.flatMap((column) => column[version.language.code]?.place.start.offset ?? []))
    return unitsOf(version.document.tree, aligned)
  })
  const byStart = units.map((list) => new Map(list.map((unit, index) => [offset(unit, 'start'), index])))
  const next = versions.map(() => 0)
  const rows: Array<Array<Unit | undefined>> = []
  const alone = (which: number, until: number) => {
    while (next[which]! < until) rows.push(versions.map((_, other) => (other === which ? units[which]![next[which]!++] : undefined)))
  }
  for (const column of columns) {
    const row: Array<Unit | undefined> = versions.map(() => undefined)
    versions.forEach((version, which) => {
      const part = column[version.language.code]
      const index = part ? byStart[which]!.get(part.place.start.offset ?? -1) : undefined
      // Subparagraphs not aligned are shown inside their paragraph; a part met twice (out of order) once.
      if (index === undefined || index < next[which]!) return
      alone(which, index)
      row[which] = units[which]![index]
      next[which] = index + 1
    })
    if (row.some((unit) => unit !== undefined)) rows.push(row)
  }
  versions.forEach((_, which) => alone(which, units[which]!.length))

  const cell = (version: PreviewVersion, attributes: string) =>
    `class="version script-${escapeHtml(version.language.script.toLowerCase())}${attributes}" dir="${version.language.direction}" lang="${escapeHtml(version.language.code)}" data-uri="${escapeHtml(version.uri)}"${version.language.code === own ? ' data-own=""' : ''}`
  const head = versions.map((version) => `<th ${cell(version, ' version-name')}>${escapeHtml(version.name)}</th>`).join('')
  const body = rows
    .map((row) => {
      const gap = row.some((unit) => unit === undefined)
      const cells = row.map((unit, which) => (unit ? `<td ${cell(versions[which]!, '')}>${renderers[which]!.unit(unit)}</td>` : `<td ${cell(versions[which]!, ' gap')}></td>`))
      return `<tr class="aligned${gap ? ' has-gap' : ''}">${cells.join('')}</tr>`
    })
    .join('')
  return `<article class="versions"><table class="versions-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></article>`
}

/**
 * The units of a tree in order: the one-line blocks, each paragraph of the preamble, operative part and closing,
 * unknown text; a paragraph whose subparagraphs are aligned (a start in `aligned`) as its own text, then each of them.
 */
function unitsOf(tree: Root, aligned: ReadonlySet<number>): Unit[] {
  const split = (paragraph: Unit): Unit[] => {
    if (paragraph.type !== 'preambleParagraph' && paragraph.type !== 'chapeau' && paragraph.type !== 'operativeParagraph') return [paragraph]
    const children: ReadonlyArray<Phrasing | Subparagraph> = paragraph.children
    const first = children.findIndex((child) => child.type === 'subparagraph')
    const subparagraphs = children.filter((child): child is Subparagraph => child.type === 'subparagraph')
    if (!subparagraphs.some((child) => aligned.has(offset(child, 'start')))) return [paragraph]
    const own = children.slice(0, first)
    const head = {...paragraph, children: own, position: {start: paragraph.position.start, end: own.at(-1)?.position.end ?? paragraph.position.start}} as Unit
    return [head, ...subparagraphs]
  }
  return tree.children.flatMap((block): Unit[] => (block.type === 'preamble' || block.type === 'operative' || block.type === 'closing' ? block.children.flatMap(split) : [block]))
}

class Renderer {
  private readonly problems: Problem[]
  /** Messages without a place: about the whole document. */
  private readonly documentProblems: Problem[] = []
  private readonly placed = new Set<Problem>()
  /** Index of the first problem not yet seen by the sweep over blocks (problems sorted by start). */
  private next = 0
  private active: Problem[] = []

  constructor(
    private readonly text: string,
    lines: LineIndex,
    messages: readonly VFileMessage[],
    locale: Locale
  ) {
    const offsetOf = (point: Point) => point.offset ?? lines.toOffset(point) ?? 0
    this.problems = []
    for (const message of messages) {
      const diagnostic = toDiagnostic(message, locale)
      const at = message.place
      const start = at ? offsetOf('start' in at ? at.start : at) : 0
      const end = at && 'start' in at ? Math.max(start, offsetOf(at.end)) : start
      const problem: Problem = {
        start,
        end,
        severity: severities[diagnostic.severity ?? DiagnosticSeverity.Warning] ?? 'warning',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        rule: message.ruleId ?? undefined,
        line: diagnostic.range.start.line,
        character: diagnostic.range.start.character
      }
      if (at) this.problems.push(problem)
      else this.documentProblems.push(problem)
    }
    this.problems.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  /** One unit of the side-by-side preview: a block or a paragraph, its problems marked (units come in order). */
  unit(unit: Unit): string {
    const candidates = this.candidates(unit)
    switch (unit.type) {
      case 'preambleParagraph':
        return this.paragraph(unit, 'preamble-paragraph', 0, candidates)
      case 'chapeau':
        return this.paragraph(unit, 'chapeau', 0, candidates)
      case 'operativeParagraph':
        return this.paragraph(unit, 'operative-paragraph', 0, candidates)
      case 'subparagraph':
        // Rows are given the subparagraphs of a paragraph (level 1), each with the levels below it.
        return this.paragraph(unit, 'subparagraph', 1, candidates)
      case 'voteLine':
        return this.element('p', 'vote-line', unit, (found) => this.inline(unit, unit.children, found, candidates))
      default:
        return this.block(unit)
    }
  }

  /** A top-level block. */
  private block(block: Block): string {
    const candidates = this.candidates(block)
    switch (block.type) {
      case 'heading':
        return this.element('h1', 'heading', block, (found) => this.inline(block, block.children, found, candidates))
      case 'identifier':
      case 'subject':
      case 'opening':
        return this.element('p', block.type, block, (found) => this.inline(block, block.children, found, candidates))
      case 'preamble':
        return `<section class="preamble">${block.children.map((paragraph) => this.paragraph(paragraph, 'preamble-paragraph', 0, candidates)).join('')}</section>`
      case 'operative':
        return `<section class="operative">${block.children
          .map((paragraph) => this.paragraph(paragraph, paragraph.type === 'chapeau' ? 'chapeau' : 'operative-paragraph', 0, candidates))
          .join('')}</section>`
      case 'closing':
        return `<section class="closing">${block.children
          .map((line) => this.element('p', 'vote-line', line, (found) => this.inline(line, line.children, found, candidates)))
          .join('')}</section>`
      case 'partHeading':
        return this.element('h2', 'part-heading', block, (found) => this.inline(block, [], found, candidates))
      case 'annex': {
        const [heading, ...paragraphs] = block.children
        return `<section class="annex">${heading ? this.element('h2', 'annex-heading', heading, (found) => this.inline(heading, [], found, candidates)) : ''}${paragraphs
          .map((paragraph) => this.element('p', 'annex-paragraph', paragraph, (found) => this.inline(paragraph, paragraph.type === 'annexParagraph' ? paragraph.children : [], found, candidates)))
          .join('')}</section>`
      }
      case 'unknown':
        return this.element('p', 'unknown', block, (found) => this.segment(offset(block, 'start'), offset(block, 'end'), true, found, candidates))
    }
  }

  /**
   * The blocks in order; problems that touch no block's text (in blank lines, past the
   * end) listed where they are, between blocks, and those about the whole document first.
   */
  document(tree: Root): string {
    const blocks = tree.children.map((block) => ({start: offset(block, 'start'), html: this.block(block)}))
    const left = this.problems.filter((problem) => !this.placed.has(problem))
    let html = list(this.documentProblems)
    let index = 0
    for (const block of blocks) {
      const before: Problem[] = []
      while (index < left.length && left[index]!.start < block.start) before.push(left[index++]!)
      html += list(before) + block.html
    }
    return html + list(left.slice(index))
  }

  /** The problems that may touch a top-level block (a sweep: blocks come in order). */
  private candidates(block: Positioned): Problem[] {
    const start = offset(block, 'start')
    const end = offset(block, 'end')
    while (this.next < this.problems.length && this.problems[this.next]!.start <= end) this.active.push(this.problems[this.next++]!)
    this.active = this.active.filter((problem) => problem.end >= start)
    return this.active.filter((problem) => problem.start <= end)
  }

  /** A paragraph: its number hanging (when it has one), its own text, then its subparagraphs one level in. */
  private paragraph(paragraph: Positioned & {children: ReadonlyArray<Phrasing | Subparagraph>}, kind: string, level: number, candidates: Problem[]): string {
    const own: Phrasing[] = []
    const subparagraphs: Subparagraph[] = []
    for (const child of paragraph.children) {
      if (child.type === 'subparagraph') subparagraphs.push(child)
      else if (subparagraphs.length === 0) own.push(child)
    }
    // The hanging part: a number (`1.`, `(a)`), a bullet, or a stray list marker and the number after it.
    let hanging = 0
    while (own[hanging]?.type === 'listMarker') hanging++
    if (own[hanging]?.type === 'marker') hanging++
    const hasNumber = hanging > 0
    const start = offset(paragraph, 'start')
    const ownEnd = own.length > 0 ? offset(own.at(-1)!, 'end') : start
    const classes = `paragraph ${kind}${level > 0 ? ` level-${level}` : ''}${hasNumber ? ' numbered' : ''}`
    return this.element('div', classes, paragraph, (found) => {
      let html = ''
      if (hasNumber) {
        const numberEnd = offset(own[hanging - 1]!, 'end')
        html += `<span class="number">${this.phrasing(start, numberEnd, own.slice(0, hanging), false, found, candidates)}</span>`
        html += `<span class="body">${this.phrasing(numberEnd, ownEnd, own.slice(hanging), true, found, candidates)}</span>`
      } else {
        html += `<span class="body">${this.phrasing(start, ownEnd, own, true, found, candidates)}</span>`
      }
      // The block's margin marker counts its own text; each subparagraph has its own.
      const nested = subparagraphs.map((child) => this.paragraph(child, 'subparagraph', level + 1, candidates))
      return {html, after: nested.join('')}
    })
  }

  /** A block element with `data-line`, `data-end-line` and, when it has problems, a margin marker. */
  private element(tag: string, classes: string, node: Positioned, content: (found: Set<Problem>) => string | {html: string; after: string}): string {
    const found = new Set<Problem>()
    const rendered = content(found)
    const {html, after} = typeof rendered === 'string' ? {html: rendered, after: ''} : rendered
    const start = toPosition(node.position.start).line
    const end = toPosition(node.position.end).line
    let marker = ''
    if (found.size > 0) {
      const list = [...found]
      const worst = list.reduce((a, b) => (rank[b.severity] > rank[a.severity] ? b : a)).severity
      const title = list.map((problem) => problem.message + ruleSuffix(problem)).join('\n')
      marker = `<span class="margin-marker severity-${worst}" title="${escapeHtml(title)}">${list.length}</span>`
    }
    return `<${tag} class="${classes}${found.size > 0 ? ' has-problems' : ''}" data-line="${start}" data-end-line="${end}">${marker}${html}${after}</${tag}>`
  }

  /** A node's phrasing, from its start to its end. */
  private inline(node: Positioned, children: readonly Phrasing[], found: Set<Problem>, candidates: Problem[]): string {
    return this.phrasing(offset(node, 'start'), offset(node, 'end'), children, true, found, candidates)
  }

  /** `[from, to)` of the text: styled children, the text between them plain, problems marked throughout. */
  private phrasing(from: number, to: number, children: readonly Phrasing[], includeEnd: boolean, found: Set<Problem>, candidates: Problem[]): string {
    let html = ''
    let at = from
    for (const child of children) {
      const start = Math.max(at, offset(child, 'start'))
      const end = Math.min(to, offset(child, 'end'))
      if (end <= start) continue
      if (start > at) html += this.segment(at, start, false, found, candidates)
      const inner = this.segment(start, end, false, found, candidates)
      const name = phrasingClasses[child.type]
      const upper = child.type === 'opener' && isUpperCase(child.value) ? ' upper' : ''
      html += name ? `<span class="${name}${upper}">${inner}</span>` : inner
      at = Math.max(at, end)
    }
    html += this.segment(at, to, includeEnd, found, candidates)
    return html
  }

  /** Plain text of `[from, to)` with the problems that touch it marked; points at `to` too when `includeEnd`. */
  private segment(from: number, to: number, includeEnd: boolean, found: Set<Problem>, candidates: Problem[]): string {
    const touching = candidates.filter((problem) => (problem.start < to && problem.end > from) || (problem.start === problem.end && problem.start >= from && (problem.start < to || (includeEnd && problem.start === to))))
    if (touching.length === 0) return escapeHtml(this.text.slice(from, to))
    const cuts = new Set([from, to])
    for (const problem of touching) {
      if (problem.start > from && problem.start < to) cuts.add(problem.start)
      if (problem.end > from && problem.end < to) cuts.add(problem.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    let html = ''
    for (let index = 0; index < points.length; index++) {
      const x = points[index]!
      const y = points[index + 1]
      // Zero-width problems (something missing here) once, where they are.
      const empty = touching.filter((problem) => problem.start === problem.end && problem.start === x && !this.placed.has(problem) && (y !== undefined || includeEnd))
      if (empty.length > 0) html += this.mark(empty, '', found, ' point')
      if (y === undefined) break
      const covering = touching.filter((problem) => problem.start < y && problem.end > x)
      const slice = escapeHtml(this.text.slice(x, y))
      html += covering.length > 0 ? this.mark(covering, slice, found, '') : slice
    }
    return html
  }

  /** One `<mark>` for the problems covering a piece of text: the worst severity, every message in the title. */
  private mark(problems: Problem[], html: string, found: Set<Problem>, extra: string): string {
    for (const problem of problems) {
      this.placed.add(problem)
      found.add(problem)
    }
    const worst = problems.reduce((a, b) => (rank[b.severity] > rank[a.severity] ? b : a))
    const first = problems.reduce((a, b) => (b.start < a.start ? b : a))
    const title = problems.map((problem) => problem.message + ruleSuffix(problem)).join('\n')
    return `<mark class="problem severity-${worst.severity}${extra}" title="${escapeHtml(title)}" data-line="${first.line}" data-character="${first.character}">${html}</mark>`
  }
}

/** Problems outside the blocks, as a list (nothing when there are none). */
function list(problems: readonly Problem[]): string {
  if (problems.length === 0) return ''
  const items = problems.map(
    (problem) => `<li class="problem-item severity-${problem.severity}" data-line="${problem.line}" data-character="${problem.character}">${escapeHtml(problem.message + ruleSuffix(problem))}</li>`
  )
  return `<ul class="outside-problems">${items.join('')}</ul>`
}

function ruleSuffix(problem: Problem): string {
  return problem.rule ? ` (${problem.rule})` : ''
}

function offset(node: Positioned, edge: 'start' | 'end'): number {
  return node.position[edge].offset ?? 0
}
