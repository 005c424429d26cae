/** The preview renderer: structure, direction, escaping and problems in place, read back with an HTML parser (parse5). */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'mocha'
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5'
import {VFileMessage} from 'vfile-message'
import {quote} from '../server/src/l10n/index.js'
import type {Root} from '../server/src/core/tree.js'
import {escapeHtml, renderPreview, renderSideBySide} from '../server/src/features/preview.js'
import {languageData} from '../server/src/languages/index.js'
import {check, checkSets, createProcessor, isSetRule} from '../server/src/processor.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const reference = fixture('reference/GA-2025-93-RES-03.ar.txt')
const fixtures = {
  ar: reference,
  en: fixture('GA-2025-93-RES-03.en.txt'),
  fr: fixture('GA-2025-93-RES-04.fr.txt'),
  es: fixture('GA-2025-93-RES-05.es.txt')
}

/** The preview of a text, through the real processor, and its messages. */
function preview(text: string): {html: string; messages: VFileMessage[]; tree: Root} {
  const {document} = check(createProcessor(), text).data
  return {html: renderPreview(document, languageData(document.tree.data.language)), messages: document.messages, tree: document.tree}
}

/** The one element of the fragment (the `<article>`). */
function article(html: string): Element {
  const fragment = parseFragment(html)
  assert.equal(fragment.childNodes.length, 1)
  return fragment.childNodes[0] as Element
}

const isElement = (node: Node): node is Element => 'tagName' in node
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value
const classes = (element: Element) => (attribute(element, 'class') ?? '').split(' ')
const hasClass = (name: string) => (element: Element) => classes(element).includes(name)

/** Elements under `root` (itself included) that pass `test`, in document order. */
function all(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const visit = (node: Node) => {
    if (isElement(node) && test(node)) found.push(node)
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
  }
  visit(root)
  return found
}

/** Text content, margin markers and outside lists left out. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if (isElement(node) && (hasClass('margin-marker')(node) || hasClass('outside-problems')(node))) return ''
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''
}

/** The element's direct children that are elements. */
const children = (element: Element) => element.childNodes.filter(isElement)

describe('preview', () => {
  it('sets direction, language and script from the language data: rtl for Arabic, ltr for the others', () => {
    assert.match(preview(reference).html, /^<article class="resolution script-arabic" dir="rtl" lang="ar">/)
    assert.match(preview(fixtures.en).html, /^<article class="resolution script-latin" dir="ltr" lang="en">/)
    assert.match(preview(fixtures.fr).html, /^<article class="resolution script-latin" dir="ltr" lang="fr">/)
    assert.match(preview(fixtures.es).html, /^<article class="resolution script-latin" dir="ltr" lang="es">/)
  })

  it('renders the parts of the reference in order, each paragraph with its 0-based lines', () => {
    const root = article(preview(reference).html)
    const blocks = all(root, (element) => attribute(element, 'data-end-line') !== undefined)
    assert.deepEqual(
      blocks.map((element) => `${element.tagName}.${classes(element).filter((name) => name !== 'has-problems').join('.')} ${attribute(element, 'data-line')}-${attribute(element, 'data-end-line')}`),
      [
        'h1.heading 2-2',
        'p.identifier 4-4',
        'p.subject 6-6',
        'p.opening 8-8',
        ...[10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32].map((line) => `div.paragraph.preamble-paragraph ${line}-${line}`),
        'div.paragraph.chapeau 34-34',
        'div.paragraph.operative-paragraph.numbered 36-36',
        ...[38, 39, 40, 41].map((line) => `div.paragraph.operative-paragraph.numbered ${line}-${line}`),
        'p.vote-line 43-43'
      ]
    )
    const lines = reference.split('\n')
    assert.equal(textOf(blocks[0]!), 'قرار رقم 3')
    assert.equal(textOf(blocks.at(-1)!), lines[43])
    assert.deepEqual(
      all(root, hasClass('preamble-paragraph')).map((paragraph) => textOf(all(paragraph, hasClass('opener'))[0]!)),
      ['في ضوء', 'وإذ تأخذ في الاعتبار', 'وإذ تؤكد', 'وإذ ترحب', 'وإذ تشدد على', 'وإذ تؤكد', 'وإدراكا منها', 'وإذ تذكر', 'وإذ تذكّر أيضا', 'وإذ تعترف مع الارتياح', 'وإذ تأخذ علما', 'وإذ تذكّر أخيرا']
    )
  })

  it('hangs the numbers of operative paragraphs: the number (and a stray list marker) apart from the body', () => {
    const root = article(preview(reference).html)
    const paragraphs = all(root, hasClass('operative-paragraph'))
    assert.deepEqual(
      paragraphs.map((paragraph) => children(paragraph).filter((child) => !hasClass('margin-marker')(child)).map((child) => classes(child)[0])),
      Array(5).fill(['number', 'body'])
    )
    assert.deepEqual(
      paragraphs.map((paragraph) => textOf(all(paragraph, hasClass('number'))[0]!)),
      ['1.', '- 2.', '- 3.', '- 4.', '- 5.']
    )
    assert.equal(textOf(all(paragraphs[0]!, hasClass('body'))[0]!).trim().split(' ')[0], 'الاعتراف')
    assert.equal(textOf(all(paragraphs[0]!, hasClass('opener'))[0]!), 'الاعتراف')
  })

  it('loses and doubles no character of the text, in the four languages', () => {
    for (const [language, value] of Object.entries(fixtures)) {
      const shown = textOf(article(preview(value).html)).replace(/\s+/g, '')
      assert.equal(shown, value.replace(/\s+/g, ''), language)
    }
  })

  it('marks each problem on exactly its range, with its message in the title', () => {
    const {html, messages} = preview(reference)
    const root = article(html)
    const marks = all(root, hasClass('problem'))
    for (const message of messages) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      const own = marks.filter((mark) => (attribute(mark, 'title') ?? '').split('\n').some((line) => line.startsWith(message.reason)))
      assert.equal(own.map(textOf).join(''), reference.slice(place.start.offset, place.end.offset), message.reason)
    }
    // Exactly, for one of them.
    assert.ok(
      html.includes(
        `<span class="terminator"><mark class="problem severity-error" title="An operative paragraph ends with ${quote('en', '؛')}, not ${quote('en', '؟')} (operative-terminator)" data-line="38" data-character="122">؟</mark></span>`
      )
    )
    assert.ok(
      html.includes(
        `<mark class="problem severity-warning" title="${quote('en', 'دورتما')} in the opening looks like a slip for ${quote('en', 'دورتها')} (opening-formula)" data-line="8" data-character="75">دورتما</mark>`
      )
    )
    // The list marks pasted before `2.` to `5.` (`- `, the mark and its space): information.
    assert.equal(marks.filter(hasClass('severity-info')).map(textOf).join('|'), 'وإذ تؤكد|-| |-| |-| |-| ')
  })

  it('puts a margin marker on each paragraph with problems: the count, the worst severity, every message', () => {
    const {html, messages} = preview(reference)
    const root = article(html)
    const marked = all(root, hasClass('has-problems'))
    assert.deepEqual(
      marked.map((element) => {
        const marker = children(element)[0]!
        assert.ok(hasClass('margin-marker')(marker))
        return `${attribute(element, 'data-line')} ${classes(marker)[1]} ${textOf(marker.childNodes[0]!)}`
      }),
      ['8 severity-warning 1', '20 severity-info 1', '24 severity-error 5', '30 severity-warning 4', '38 severity-error 2', '39 severity-info 1', '40 severity-info 1', '41 severity-info 1']
    )
    const twentyFour = children(marked[2]!)[0]!
    assert.equal((attribute(twentyFour, 'title') ?? '').split('\n').filter((line) => line.endsWith(')')).length, 5)
    assert.equal(all(root, hasClass('margin-marker')).length, marked.length)
    assert.equal(marked.reduce((sum, element) => sum + Number(textOf(children(element)[0]!.childNodes[0]!)), 0), messages.length)
  })

  it('marks a missing terminator as a point at the end of the paragraph', () => {
    const text = fixtures.en.replace('multilateral platforms.', 'multilateral platforms')
    const {html} = preview(text)
    const line = text.split('\n').findIndex((value) => value.endsWith('multilateral platforms'))
    assert.ok(
      html.includes(
        `multilateral platforms<mark class="problem severity-error point" title="The last operative paragraph ends with ${quote('en', '.')}, missing here (operative-terminator)" data-line="${line}" data-character="${text.split('\n')[line]!.length}"></mark></span></div>`
      ),
      html.slice(html.indexOf('multilateral platforms') - 10, html.indexOf('multilateral platforms') + 400)
    )
  })

  it('renders a draft as text: no element comes from it, in any part, and attributes stay closed', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> & "quotes" \'single\''
    const text = fixtures.en
      .replace('Subject: ', `Subject: ${hostile} `)
      .replace('RECALLING ALSO', `RECALLING ALSO ${hostile}`)
      .replace('Adopted: For', `${hostile}\n\nAdopted: For`)
    const {html} = preview(text)
    const root = article(html)
    assert.deepEqual(all(root, (element) => !['article', 'section', 'h1', 'p', 'div', 'span', 'mark', 'ul', 'li'].includes(element.tagName)), [])
    assert.ok(!/<script|<img|onerror="/.test(html))
    assert.equal(text.split(hostile).length - 1, 3)
    assert.equal(html.split(escapeHtml(hostile)).length - 1, 3)
    assert.equal(html.split('&#60;script&#62;alert(1)&#60;/script&#62;').length - 1, 3)
    // Every attribute the renderer writes is one of its own.
    for (const element of all(root, () => true)) {
      for (const {name} of element.attrs) assert.ok(['class', 'dir', 'lang', 'title', 'data-line', 'data-end-line', 'data-character'].includes(name), name)
    }
  })

  it('escapes the five characters of HTML', () => {
    assert.equal(escapeHtml(`<a href="x">&'`), '&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })

  it('shows an unknown block plainly, as written, and never drops it', () => {
    const text = `${fixtures.en}\n\nSome stray note <b>here</b>\nover two lines\n`
    const root = article(preview(text).html)
    const unknown = all(root, hasClass('unknown'))
    assert.equal(unknown.length, 1)
    assert.equal(text.includes(textOf(unknown[0]!)), true)
    assert.equal(textOf(unknown[0]!), 'Some stray note <b>here</b>\nover two lines')
    assert.ok(hasClass('has-problems')(unknown[0]!), 'section-order reports it')
  })

  it('nests subparagraphs by the tree, each level one step in, bullets and numbers hanging', () => {
    const text = [
      'RESOLUTION No. 3',
      '',
      'GA-2025-93-RES-03',
      '',
      'Subject: Test',
      '',
      'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:',
      '',
      'RECALLING its resolutions:',
      '- AGN/37/RES/1 of 1968,',
      '- AGN/38/RES/2 of 1969,',
      '',
      '1. REQUESTS the Secretary General to:',
      '(a) report;',
      '(b) propose, including:',
      '(i) one;',
      '(ii) two;',
      '',
      '2. DECIDES to act.',
      '',
      'Adopted: For: 134, Against: 0, Abstentions: 5'
    ].join('\n')
    const root = article(preview(text).html)
    /** Each paragraph as `level number lines`, nesting shown by indentation. */
    const outline = (element: Element, depth = 0): string[] => {
      const own = children(element)
      const number = own.find(hasClass('number'))
      const line = `${'  '.repeat(depth)}${classes(element).filter((name) => /^(preamble-paragraph|operative-paragraph|subparagraph|level-\d)$/.test(name)).join('.')} ${number ? textOf(number) : '(none)'} ${attribute(element, 'data-line')}-${attribute(element, 'data-end-line')}`
      return [line, ...own.filter(hasClass('paragraph')).flatMap((child) => outline(child, depth + 1))]
    }
    const top = [...all(root, hasClass('preamble')), ...all(root, hasClass('operative'))].flatMap(children)
    assert.deepEqual(top.flatMap((element) => outline(element)), [
      'preamble-paragraph (none) 8-10',
      '  subparagraph.level-1 - 9-9',
      '  subparagraph.level-1 - 10-10',
      'operative-paragraph 1. 12-16',
      '  subparagraph.level-1 (a) 13-13',
      '  subparagraph.level-1 (b) 14-16',
      '    subparagraph.level-2 (i) 15-15',
      '    subparagraph.level-2 (ii) 16-16',
      'operative-paragraph 2. 18-18'
    ])
    assert.equal(all(root, hasClass('list-marker')).length, 2)
    const first = all(root, hasClass('operative-paragraph'))[0]!
    assert.deepEqual(
      children(first).filter((child) => !hasClass('margin-marker')(child)).map((child) => classes(child)[0]),
      ['number', 'body', 'paragraph', 'paragraph']
    )
    assert.equal(textOf(all(first, hasClass('body'))[0]!).trim(), 'REQUESTS the Secretary General to:')
  })

  it('an item hangs from its own number: the first-line indent of the paragraph holding it is not inherited', () => {
    // `text-indent` is inherited: a preamble paragraph's (its opener set in) moved the first line of each of its items'
    // number and text 2.5em in, so the text's first line stood right of its wrapped lines (seen in Chromium).
    const css = readFileSync(new URL('../media/preview.css', import.meta.url), 'utf8')
    const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)].map((match) => ({selectors: match[1]!.trim().split(/\s*,\s*/), body: match[2]!}))
    const indent = (selector: string) => rules.filter((rule) => rule.selectors.includes(selector)).map((rule) => /text-indent:\s*([^;]+);/.exec(rule.body)?.[1]).filter(Boolean)
    assert.deepEqual(indent('.preamble-paragraph'), ['2.5em'])
    assert.deepEqual(indent('.subparagraph'), ['0'])
    // Every paragraph with items holds them as `.subparagraph` elements (the rule's selector), at every level.
    const html = preview(fixtures.en.replace('RECALLING', 'RECALLING the following:\n- one,\n- two,\n\nRECALLING')).html
    assert.ok(all(article(html), hasClass('preamble-paragraph')).some((paragraph) => children(paragraph).some(hasClass('subparagraph'))))
  })

  it('lists problems outside every block where they are, and those about the whole document first', () => {
    const {document} = check(createProcessor(), fixtures.en).data
    const blank = new VFileMessage('Unexpected blank thing', {place: {line: 2, column: 1}})
    blank.fatal = false
    const whole = new VFileMessage('Unexpected document')
    const html = renderPreview({...document, messages: [whole, blank]}, languageData('en'))
    assert.ok(
      html.startsWith(
        '<article class="resolution script-latin" dir="ltr" lang="en"><ul class="outside-problems"><li class="problem-item severity-info" data-line="0" data-character="0">Unexpected document</li></ul><h1 '
      ),
      html.slice(0, 300)
    )
    assert.ok(html.includes('</h1><ul class="outside-problems"><li class="problem-item severity-warning" data-line="1" data-character="0">Unexpected blank thing</li></ul><p class="identifier"'))
  })
})


describe('preview: versions side by side', () => {
  const setText = (language: string) => fixture(`set/GA-2025-93-RES-07.${language}.txt`)
  const order = ['ar', 'en', 'fr', 'es'] as const

  /** The side-by-side preview of a set (texts by language), through the real processor and the parallel check; only the cross-version findings marked. */
  function sideBySideHtml(texts: Partial<Record<(typeof order)[number], string>>, own = 'en'): string {
    const processor = createProcessor()
    const checked = order.filter((language) => texts[language] !== undefined).map((language) => {
      const file = check(processor, texts[language]!, `/set/GA-2025-93-RES-07.${language}.txt`)
      return {file, tree: file.data.tree, config: {}}
    })
    checkSets(checked)
    const versions = checked.map(({file}) => {
      const {document} = file.data
      const language = languageData(document.tree.data.language)
      return {language, name: language.name, uri: `file:///set/${language.code}`, document: {...document, messages: document.messages.filter((message) => isSetRule(message.ruleId))}}
    })
    return renderSideBySide(versions, checked[0]!.file.data.parallel!.analysis.columns, own)
  }
  const sideBySide = (texts: Partial<Record<(typeof order)[number], string>>, own = 'en'): Element => article(sideBySideHtml(texts, own))
  const rows = (root: Element) => all(root, (element) => element.tagName === 'tr' && hasClass('aligned')(element))
  const cells = (row: Element) => children(row).filter((element) => element.tagName === 'td')

  it('a column per version, each with its own dir and lang (Arabic right to left), the editor\'s own marked; one row per aligned paragraph', () => {
    const root = sideBySide({ar: setText('ar'), en: setText('en'), fr: setText('fr'), es: setText('es')})
    const head = all(root, (element) => element.tagName === 'th')
    assert.deepEqual(head.map((th) => `${textOf(th)} ${attribute(th, 'dir')} ${attribute(th, 'lang')}`), ['Arabic rtl ar', 'English ltr en', 'French ltr fr', 'Spanish ltr es'])
    const body = rows(root)
    // Heading, identifier, subject, opening, 6 preamble paragraphs, 5 operative (one introducing two subparagraphs, each a row), the vote line.
    assert.equal(body.length, 18)
    for (const row of body) {
      const line = cells(row).map((td) => attribute(all(td, (element) => attribute(element, 'data-line') !== undefined)[0]!, 'data-line'))
      // The versions of the set are laid out alike: each row's paragraphs are on the same line in every version.
      assert.deepEqual(new Set(line).size, 1, JSON.stringify(line))
      assert.deepEqual(cells(row).map((td) => attribute(td, 'dir')), ['rtl', 'ltr', 'ltr', 'ltr'])
      assert.deepEqual(cells(row).map((td) => attribute(td, 'data-own') !== undefined), [false, true, false, false])
    }
    assert.deepEqual(cells(body[0]!).map(textOf), ['قرار رقم 7', 'RESOLUTION No. 7', 'RÉSOLUTION N° 7', 'RESOLUCIÓN N.º 7'])
    assert.deepEqual(all(root, hasClass('gap')), [])
    assert.deepEqual(all(root, (element) => element.tagName === 'mark'), [])
  })

  it('a paragraph missing from one version is an empty cell in its row, the later rows still aligned, and the finding marked', () => {
    const english = setText('en').replace(/NOTING WITH CONCERN[^\n]*\n\n/, '')
    const root = sideBySide({ar: setText('ar'), en: english, fr: setText('fr'), es: setText('es')}, 'ar')
    const body = rows(root)
    assert.equal(body.length, 18)
    const gaps = body.filter(hasClass('has-gap'))
    assert.equal(gaps.length, 1)
    assert.deepEqual(cells(gaps[0]!).map((td) => classes(td).includes('gap')), [false, true, false, false])
    assert.match(textOf(cells(gaps[0]!)[0]!), /^وإذ تلاحظ مع القلق/)
    const after = body[body.indexOf(gaps[0]!) + 1]!
    assert.deepEqual(cells(after).map((td) => textOf(td).split(' ')[0]), ['وإدراكا', 'CONSCIOUS', 'CONSCIENTE', 'CONSCIENTE'])
    // The finding, in the English version at the paragraph after the gap.
    const marks = all(root, (element) => element.tagName === 'mark')
    assert.deepEqual(marks.map((mark) => attribute(mark, 'title')), ['The Arabic, French and Spanish versions have a preamble paragraph before this preamble paragraph, missing here (parallel-structure)'])
    assert.ok(all(cells(after)[1]!, (element) => element === marks[0]).length === 1)
  })

  it('subparagraphs row by row: a paragraph\'s own text, then (a) against a), (b) against b), each in a row of its own', () => {
    const rowsOf = (html: string) => html.split(/(?=<tr class="aligned)/).slice(1).map((row) => row.replace(/<\/tbody>.*$/, ''))
    const cell = (language: string, own: string) => `<td class="version script-latin" dir="ltr" lang="${language}" data-uri="file:///set/${language}"${own}>`
    const en = cell('en', ' data-own=""')
    const fr = cell('fr', '')
    const paragraph = (kind: string, line: number, marker: string, opener: string, text: string, terminator: string, extra = '') =>
      `<div class="paragraph ${kind} numbered${extra}" data-line="${line}" data-end-line="${line}"><span class="number"><span class="marker">${marker}</span></span><span class="body"> <span class="opener${kind === 'operative-paragraph' ? ' upper' : ''}">${opener}</span>${text}<span class="terminator">${terminator}</span></span></div>`
    const three = `<tr class="aligned">${en}${paragraph('operative-paragraph', 24, '3.', 'REQUESTS', ' the General Secretariat to', ':')}</td>${fr}${paragraph('operative-paragraph', 24, '3.', 'PRIE', ' le Secrétariat général ', ':')}</td></tr>`
    const a = `<tr class="aligned">${en}${paragraph('subparagraph level-1', 26, '(a)', 'train', ' at least 200 investigators each year', ';')}</td>${fr}${paragraph('subparagraph level-1', 26, 'a)', 'de former', ' au moins 200 enquêteurs chaque année ', ';')}</td></tr>`
    const englishB = paragraph('subparagraph level-1', 28, '(b)', 'report', ' on the use of the NEXUS platform to the General Assembly at its 94th session', ';')
    const b = `<tr class="aligned">${en}${englishB}</td>${fr}${paragraph('subparagraph level-1', 28, 'b)', 'de rendre', ' compte de l&#39;utilisation de la plateforme NEXUS à l&#39;Assemblée générale lors de sa 94e session ', ';')}</td></tr>`
    const both = rowsOf(sideBySideHtml({en: setText('en'), fr: setText('fr')}))
    assert.equal(both.length, 18)
    assert.deepEqual(both.slice(12, 15), [three, a, b])
    assert.match(both[15]!, /^<tr class="aligned">.*<span class="marker">4\.<\/span>.*<span class="marker">4\.<\/span>/)

    // The French lacks b): its cell in the (b) row is empty, the finding is on the English (b) and on the French a), and 4. still faces 4.
    const lacking = rowsOf(sideBySideHtml({en: setText('en'), fr: setText('fr').replace(/\n\nb\) [^\n]*/, '')}))
    assert.equal(lacking.length, 18)
    assert.equal(lacking[12], three)
    const missing = 'The French version has nothing in place of this subparagraph (parallel-structure)'
    const marked = (html: string, title: string, words: string[]) =>
      words.reduce((result, word) => result.replace(`>${word}<`, `><mark class="problem severity-warning" title="${escapeHtml(title)}" data-line="28" data-character="0">${word}</mark><`), html)
    assert.equal(
      lacking[14],
      `<tr class="aligned has-gap">${en}${marked(englishB, missing, ['(b)', 'report'])
        .replace('<span class="body"> ', `<span class="body"><mark class="problem severity-warning" title="${missing}" data-line="28" data-character="0"> </mark>`)
        .replace(' numbered"', ' numbered has-problems"')
        .replace('<span class="number">', `<span class="margin-marker severity-warning" title="${missing}">1</span><span class="number">`)}</td>${cell('fr', '').replace('script-latin"', 'script-latin gap"')}</td></tr>`
    )
    assert.match(lacking[13]!, /^<tr class="aligned">.*\(a\).*a\).*<\/tr>$/)
    assert.match(lacking[15]!, /^<tr class="aligned">.*<span class="marker">4\.<\/span>.*<span class="marker">4\.<\/span>/)

    // A preamble paragraph's items are aligned as an operative paragraph's are: its own text, then (a) against a), (b) against b).
    const items = (text: string, [a, b]: string[]) => text.replace(/^(WELCOMING|SE FÉLICITANT)([^\n]*),$/m, `$1$2:\n\n${a} one;\n\n${b} two,`)
    const preamble = rowsOf(sideBySideHtml({en: items(setText('en'), ['(a)', '(b)']), fr: items(setText('fr'), ['a)', 'b)'])}))
    assert.equal(preamble.length, 20)
    const item = (line: number, marker: string, opener: string, terminator: string) =>
      `<div class="paragraph subparagraph level-1 numbered" data-line="${line}" data-end-line="${line}"><span class="number"><span class="marker">${marker}</span></span><span class="body"> <span class="opener">${opener}</span><span class="terminator">${terminator}</span></span></div>`
    assert.match(preamble[9]!, /^<tr class="aligned">.*WELCOMING.*SE FÉLICITANT.*<\/tr>$/)
    assert.equal(preamble[10], `<tr class="aligned">${en}${item(20, '(a)', 'one', ';')}</td>${fr}${item(20, 'a)', 'one', ';')}</td></tr>`)
    assert.equal(preamble[11], `<tr class="aligned">${en}${item(22, '(b)', 'two', ',')}</td>${fr}${item(22, 'b)', 'two', ',')}</td></tr>`)
    // The French without them: the English items face empty cells, each a finding.
    const alone = rowsOf(sideBySideHtml({en: items(setText('en'), ['(a)', '(b)']), fr: setText('fr')}))
    assert.equal(alone.length, 20)
    assert.deepEqual(alone.slice(10, 12).map((row) => row.startsWith('<tr class="aligned has-gap">')), [true, true])
  })

  it('escapes every version\'s text: markup renders as text', () => {
    const injected = (text: string) => text.replace(/\n\n/, '\n\n<img src=x onerror=alert(1)> <script>alert(2)</script>\n\n')
    const root = sideBySide({en: injected(setText('en')), fr: injected(setText('fr'))})
    assert.deepEqual(all(root, (element) => element.tagName === 'img' || element.tagName === 'script'), [])
    assert.match(textOf(root), /<img src=x onerror=alert\(1\)> <script>alert\(2\)<\/script>/)
  })
})
