// Two language versions side by side, through the page, as a person (called by run.mjs): open the
// Spanish version of our set (test/fixtures/set, its vote figure changed to 112) from the Explorer,
// run "resolint: Open parallel versions" to open the English beside it, open the Problems panel and
// find the cross-version finding in each, with its related location in the other version as the
// row under it; click that row and land in the other version at the figure.
// Leaves test/e2e/artifacts/parallel.png (the two versions and the Problems panel).
import path from 'node:path'

/** A related location's row as the Problems panel shows it: `GA-….en.txt [Ln 35, Col 15] : English version: `121``. */
function relatedRow(name, line, column, note) {
  return new RegExp(`${name.replace(/\./g, '\\.')}\\s*\\[Ln ${line}, Col ${column}\\]\\s*:\\s*${note.source}`)
}

/**
 * @param {object} h what run.mjs shares: the browser context, the names of the versions (`es` and `en`
 *   here), the artifacts folder and the `stepper` (a step is a test of its own), `log`, `until`,
 *   `runCommand`, `openProblems`, `previewFrame` and `openVersion(page, name, squiggle)` (the Explorer of
 *   this page test's workspace opens the version `name`, until its check draws a squiggle of that kind).
 */
export async function parallelPageTests(h) {
  const {context, names, artifacts, stepper, log, until, runCommand, openProblems, openVersion} = h
  const page = await context.newPage()
  const step = stepper('parallel versions')
  /** The rows of the Problems panel as shown: file rows, markers and related locations. */
  const rows = () => page.$$eval('.markers-panel .monaco-list-row', (elements) => elements.map((row) => row.innerText.replace(/\s+/g, ' ').trim()))
  try {
    await step('the Explorer opens the Spanish version, checked', () => openVersion(page, names.es, 'warning'))

    await step('"resolint: Open parallel versions" opens the English version beside it', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await runCommand(page, 'resolint: Open parallel versions')
      // Two editor groups, the English one in the second.
      await until(async () => (await page.locator('.editor-group-container').count()) >= 2, 'a second editor group')
      await page.locator('.editor-group-container .tabs-container .tab', {hasText: names.en}).first().waitFor()
    })

    await step('the Problems panel shows the finding in each version, with its related location in the other', async () => {
      await openProblems(page)
      // Two versions, no majority: the figure is said to differ in both.
      const spanish = /\W{0,3}112\W{0,3} differs from the English version, which gives the figure of votes for 121/
      const english = /\W{0,3}121\W{0,3} differs from the Spanish version, which gives the figure of votes for 112/
      const relatedEnglish = relatedRow(names.en, 35, 15, /English version: \W{0,3}121/)
      const relatedSpanish = relatedRow(names.es, 35, 20, /Spanish version: \W{0,3}112/)
      const shown = await until(
        async () => {
          const list = await rows()
          return [spanish, english, relatedEnglish, relatedSpanish].every((pattern) => list.some((row) => pattern.test(row))) ? list : undefined
        },
        'both findings and their related locations in the Problems panel'
      ).catch(async (error) => {
        throw new Error(`${error.message}; rows: ${JSON.stringify(await rows())}`)
      })
      log(`Problems panel (parallel): ${JSON.stringify(shown)}`)
      // The related location is the row right under its finding.
      const at = shown.findIndex((row) => spanish.test(row))
      if (!relatedEnglish.test(shown[at + 1] ?? '')) throw new Error(`the row under the Spanish finding is not its related location: ${JSON.stringify(shown)}`)
      if (!shown.some((row) => /parallel-facts/.test(row))) throw new Error(`no row names the rule parallel-facts: ${JSON.stringify(shown)}`)
    })
    await page.screenshot({path: path.join(artifacts, 'parallel.png')})

    await step('a click on the related location goes to the figure in the other version', async () => {
      const related = page.locator('.markers-panel .monaco-list-row', {hasText: relatedRow(names.en, 35, 15, /English version/)}).first()
      await related.click()
      await page.keyboard.press('Enter')
      await page.locator('.tabs-container .tab.active', {hasText: names.en}).first().waitFor()
      await until(
        // The figure selected: `121` from column 15.
        async () => /Ln 35, Col 18 \(3 selected\)/.test(await page.locator('#status\\.editor\\.selection').innerText({timeout: 2000}).catch(() => '')),
        'the figure `121` at Ln 35, Col 15 of the English version selected'
      )
    })
  } catch {
    // recorded by step(); what the page showed then:
    await page.screenshot({path: path.join(artifacts, 'parallel.failed.png')}).catch(() => {})
  } finally {
    await page.close().catch(() => {})
  }
}

/**
 * The preview of the versions side by side, through the page (called by run.mjs): in a folder with
 * the four versions of our set (the English lacking a preamble paragraph, the Spanish with its vote
 * figure changed), open the Spanish one, run "resolint: Open Preview of the Versions Side by Side",
 * read the table (a column per version, Arabic right to left, one row per paragraph and per
 * subparagraph, an empty cell where the English lacks one, the two findings marked in their columns),
 * take test/e2e/artifacts/preview-side-by-side.png (at the gap) and preview-side-by-side-items.png
 * (at paragraph 3's subparagraphs), then use the panel's toggle to go back to the
 * Spanish alone and to the versions again.
 */
export async function sideBySidePageTests(h) {
  const {context, names, artifacts, stepper, log, until, runCommand, previewFrame, openVersion} = h
  const page = await context.newPage()
  const step = stepper('versions side by side')
  try {
    await step('the Explorer opens the Spanish version, checked', () => openVersion(page, names.es, 'warning'))

    let frame
    await step('"resolint: Open Preview of the Versions Side by Side" shows the four versions aligned, Arabic right to left, the gap and the findings in place', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await runCommand(page, 'resolint: Open Preview of the Versions Side by Side')
      frame = await previewFrame(page, 'article.versions')
      const facts = await frame.evaluate(() => {
        const heads = [...document.querySelectorAll('.versions-table th')]
        const rows = [...document.querySelectorAll('.versions-table tbody tr')]
        const arabic = document.querySelector('.versions-table td[lang="ar"]')
        const box = (element) => element.getBoundingClientRect()
        return {
          heads: heads.map((th) => `${th.textContent} ${th.getAttribute('dir')} ${getComputedStyle(th).direction}`),
          rows: rows.length,
          gaps: rows.filter((row) => row.querySelector('td.gap')).map((row) => [...row.children].map((td) => (td.classList.contains('gap') ? '-' : td.getAttribute('lang'))).join(' ')),
          // Four columns side by side, left to right in the order of the header.
          lefts: heads.map((th) => Math.round(box(th).left)),
          arabicFont: getComputedStyle(arabic).fontFamily,
          // Right to left: the Arabic opener of the first preamble paragraph ends at its cell's right edge (less the padding).
          arabicOpener: (() => {
            const cell = [...document.querySelectorAll('.versions-table td[lang="ar"]')].find((td) => td.querySelector('.preamble-paragraph'))
            const opener = cell.querySelector('.opener')
            // The opener's first line (it may wrap in a narrow column).
            return {cellRight: Math.round(box(cell).right - parseFloat(getComputedStyle(cell).paddingRight)), openerRight: Math.round(opener.getClientRects()[0].right), indent: Math.round(parseFloat(getComputedStyle(cell.querySelector('.preamble-paragraph')).textIndent))}
          })(),
          marks: [...document.querySelectorAll('mark.problem')].map((mark) => `${mark.closest('td').getAttribute('lang')}: ${mark.getAttribute('title')}`),
          // Subparagraphs row by row: each row of items, its markers by column, and how far apart their tops are drawn.
          items: rows
            .filter((row) => row.querySelector('td > .subparagraph'))
            .map((row) => {
              const items = [...row.children].map((td) => td.querySelector(':scope > .subparagraph'))
              const tops = items.map((item) => (item ? Math.round(box(item).top) : NaN))
              return {markers: items.map((item) => item?.querySelector('.marker')?.textContent ?? '-').join(' '), spread: Math.max(...tops) - Math.min(...tops)}
            }),
          pressed: document.getElementById('toggle-versions').getAttribute('aria-pressed')
        }
      })
      log(`side by side: ${JSON.stringify(facts)}`)
      const expect = (ok, what) => {
        if (!ok) throw new Error(`${what}: ${JSON.stringify(facts)}`)
      }
      expect(JSON.stringify(facts.heads) === JSON.stringify(['Arabic rtl rtl', 'English ltr ltr', 'French ltr ltr', 'Spanish ltr ltr']), 'a column per version, the Arabic right to left')
      expect(facts.lefts.every((left, index) => index === 0 || left > facts.lefts[index - 1]), 'the columns side by side')
      expect(/Traditional Arabic/.test(facts.arabicFont), 'the Arabic font stack in the Arabic column')
      expect(Math.abs(facts.arabicOpener.cellRight - facts.arabicOpener.indent - facts.arabicOpener.openerRight) <= 2, 'the Arabic opener at the right edge of its cell')
      expect(facts.rows === 18, '18 rows: every paragraph of the longest version, and each subparagraph of paragraph 3')
      expect(JSON.stringify(facts.items.map((row) => row.markers)) === JSON.stringify(['(أ) (a) a) a)', '(ب) (b) b) b)']), 'the subparagraphs row by row, (a) against a) in every version')
      expect(facts.items.every((row) => row.spread <= 1), 'each row of subparagraphs drawn at one height in the four columns')
      expect(JSON.stringify(facts.gaps) === JSON.stringify(['ar - fr es']), 'one empty cell, where the English lacks its paragraph')
      expect(facts.marks.length === 2 && facts.marks.some((mark) => /^en: The Arabic, French and Spanish versions have a preamble paragraph/.test(mark)) && facts.marks.some((mark) => /^es: The Arabic, English and French versions give the figure of votes for/.test(mark)), 'the two cross-version findings marked in their columns')
      expect(facts.pressed === 'true', 'the toggle pressed')
    })
    await step('the toggle in the panel shows the document alone, and the versions again', async () => {
      await frame.locator('#toggle-versions').click()
      await until(() => frame.evaluate(() => Boolean(document.querySelector('article.resolution')) && document.getElementById('toggle-versions').getAttribute('aria-pressed') === 'false'), 'the Spanish version alone')
      await frame.locator('#toggle-versions').click()
      await until(() => frame.evaluate(() => Boolean(document.querySelector('article.versions')) && document.getElementById('toggle-versions').getAttribute('aria-pressed') === 'true'), 'the versions side by side again')
    })
    // For the screenshot: the preview's group maximized, at the gap.
    await frame.locator('.versions-table th').first().click()
    // Its group maximized (Ctrl+K Ctrl+M) and the side bar hidden (Ctrl+B).
    await page.keyboard.press('Control+K')
    await page.keyboard.press('Control+M')
    await page.keyboard.press('Control+B')
    await frame.evaluate(() => document.querySelector('.versions-table tr.has-gap').scrollIntoView({block: 'center'}))
    await page.waitForTimeout(300)
    await page.screenshot({path: path.join(artifacts, 'preview-side-by-side.png')})
    // And at paragraph 3's subparagraphs, a row each.
    await frame.evaluate(() => document.querySelector('.versions-table td > .subparagraph').closest('tr').scrollIntoView({block: 'center'}))
    await page.waitForTimeout(300)
    await page.screenshot({path: path.join(artifacts, 'preview-side-by-side-items.png')})

  } catch {
    await page.screenshot({path: path.join(artifacts, 'preview-side-by-side.failed.png')}).catch(() => {})
  } finally {
    await page.close().catch(() => {})
  }
}
