// The preview through the page, as a person (called by run.mjs): open the Arabic reference,
// run "resolint: Open Preview to the Side", read the webview (direction, font, hanging numbers,
// problem marks, margin markers, styles and script admitted by the CSP), click a paragraph and
// see the editor's cursor go to its line, move the cursor and see the preview mark its paragraph,
// type a wrong heading number and see it marked in the preview, undo and see the mark go.
// Leaves test/e2e/artifacts/preview-ar.png (editor and preview side by side, at the numbered
// paragraphs) and preview-ar-top.png (the top of the preview).
import path from 'node:path'

/**
 * @param {object} h what run.mjs shares: the browser context, reference name, artifacts folder and its
 *   `stepper` (a step is a test of its own), `log`, `until`, `runCommand`, `previewFrame` and `openVersion` helpers.
 */
export async function previewPageTests(h) {
  const {context, referenceName, artifacts, stepper, log, until, runCommand, previewFrame, openVersion} = h
  const page = await context.newPage()
  const problems = []
  page.on('console', (m) => {
    if (/content security policy|refused to (load|execute|apply)/i.test(m.text())) problems.push(m.text())
  })
  const step = stepper('preview page')
  const statusLine = async () => {
    const text = await page.locator('#status\\.editor\\.selection').innerText({timeout: 2000}).catch(() => '')
    const match = /Ln (\d+)/.exec(text)
    return match ? Number(match[1]) : undefined
  }
  try {
    // Checked: the squiggles are there.
    await step('the Explorer opens the reference', () => openVersion(page, referenceName, 'error'))

    let frame
    await step('"resolint: Open Preview to the Side" opens the preview beside the editor', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await runCommand(page, 'resolint: Open Preview to the Side')
      await page.locator('.tabs-container .tab', {hasText: `Preview ${referenceName}`}).waitFor()
      frame = await previewFrame(page, 'article.resolution')
    })

    await step('the preview is right to left in an Arabic font, with hanging numbers, problem marks and margin markers', async () => {
      const facts = await frame.evaluate(() => {
        const article = document.querySelector('article.resolution')
        const style = getComputedStyle(article)
        const paragraph = document.querySelector('.preamble-paragraph')
        const opener = paragraph.querySelector('.opener')
        const numbered = document.querySelector('.operative-paragraph.numbered')
        const number = numbered.querySelector('.number').getBoundingClientRect()
        const body = numbered.querySelector('.body').getBoundingClientRect()
        return {
          dir: article.getAttribute('dir'),
          lang: article.getAttribute('lang'),
          direction: style.direction,
          font: style.fontFamily,
          // Right to left: the opener starts at the paragraph's right edge (less the first-line indent).
          openerFromRight: Math.round(paragraph.getBoundingClientRect().right - opener.getBoundingClientRect().right),
          indent: Math.round(parseFloat(getComputedStyle(paragraph).textIndent)),
          // The number hangs right of the text, in its own column (the stylesheet was admitted).
          display: getComputedStyle(numbered).display,
          numberRightOfBody: number.left >= body.right - 1,
          numbers: [...document.querySelectorAll('.operative-paragraph > .number')].map((element) => element.textContent.trim()),
          markers: document.querySelectorAll('.margin-marker').length,
          marks: document.querySelectorAll('mark.problem').length,
          underline: getComputedStyle(document.querySelector('mark.problem')).textDecorationStyle
        }
      })
      log(`preview: ${JSON.stringify(facts)}`)
      const expect = (ok, what) => {
        if (!ok) throw new Error(`${what}: ${JSON.stringify(facts)}`)
      }
      expect(facts.dir === 'rtl' && facts.lang === 'ar' && facts.direction === 'rtl', 'dir="rtl" lang="ar"')
      expect(/Traditional Arabic/.test(facts.font), 'the Arabic font stack')
      expect(Math.abs(facts.openerFromRight - facts.indent) <= 2, 'the first preamble opener at the right edge')
      expect(facts.display === 'grid' && facts.numberRightOfBody, 'numbers hanging on the right')
      expect(JSON.stringify(facts.numbers) === JSON.stringify(['1.', '- 2.', '- 3.', '- 4.', '- 5.']), 'five numbered paragraphs')
      expect(facts.markers === 8 && facts.marks >= 16, '8 margin markers and the problems marked')
      expect(facts.underline === 'wavy', 'wavy underlines')
      if (problems.length) throw new Error(`the CSP refused something: ${problems.join(' | ')}`)
    })

    await step('a click on a paragraph in the preview puts the editor\'s cursor on its line', async () => {
      await frame.evaluate(() => document.querySelector('.operative').scrollIntoView({block: 'start'}))
      await frame.locator('.operative-paragraph[data-line="40"] .opener').click()
      await until(async () => (await statusLine()) === 41, 'the cursor on line 41 (status bar)')
      await until(() => frame.evaluate(() => document.querySelector('.current')?.dataset.line === '40'), 'the clicked paragraph marked current')
    })
    await page.screenshot({path: path.join(artifacts, 'preview-ar.png')})

    await step('moving the editor\'s cursor marks its paragraph in the preview', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await page.keyboard.press('Control+Home')
      await until(() => frame.evaluate(() => document.querySelector('.current')?.dataset.line === '2'), 'the heading marked current (cursor on line 1 = blank, next block)')
      await page.keyboard.press('Control+End')
      await until(() => frame.evaluate(() => document.querySelector('.current')?.dataset.line === '43'), 'the vote line marked current and scrolled to')
      const visible = await frame.evaluate(() => {
        const box = document.querySelector('.vote-line').getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight
      })
      if (!visible) throw new Error('the vote line is not scrolled into view')
    })
    await step('the preview follows typing: a wrong heading number is marked after the check, and unmarked after undo', async () => {
      const heading = () => frame.evaluate(() => {
        const h1 = document.querySelector('h1.heading')
        return `${h1.querySelector('.label').textContent} ${h1.querySelector('mark.problem')?.textContent ?? ''}|${h1.classList.contains('has-problems')}`
      })
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await page.keyboard.press('Control+Home')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('End')
      await page.keyboard.type('3')
      await until(async () => (await heading()) === 'قرار رقم 33|true', 'the heading `قرار رقم 33` marked in the preview')
      await page.keyboard.press('Control+Z')
      await until(async () => (await heading()) === 'قرار رقم |false', 'the heading back to `قرار رقم 3`, unmarked')
    })

    await step('scrolling the editor scrolls the preview to the paragraph at the editor\'s top', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
      await page.keyboard.press('Control+Home')
      // Scroll without moving the cursor (Ctrl+Down: one line each).
      for (let times = 0; times < 30; times++) await page.keyboard.press('Control+ArrowDown')
      /** The 0-based line of the first line number shown at the editor's top (a wrapped paragraph scrolled half out shows none). */
      const editorTop = () =>
        page.evaluate(() => {
          const view = document.querySelector('.editor-instance .monaco-editor .view-lines').getBoundingClientRect()
          const numbers = [...document.querySelectorAll('.editor-instance .monaco-editor .margin-view-overlays .line-numbers')]
            .filter((element) => element.getBoundingClientRect().bottom > view.top + 1 && element.textContent.trim() !== '')
            .map((element) => Number(element.textContent.trim()))
          return numbers.length ? Math.min(...numbers) - 1 : undefined
        })
      const seen = await until(
        async () => {
          const first = await editorTop()
          const top = await frame.evaluate(() => (document.body.dataset.top === undefined ? undefined : Number(document.body.dataset.top)))
          return first !== undefined && first >= 8 && top !== undefined && top >= first - 2 && top <= first + 1 ? {first, top} : undefined
        },
        'the preview to follow the editor\'s scrolling'
      ).catch(async (error) => {
        throw new Error(`${error.message}: editor top line ${await editorTop()}, preview top ${await frame.evaluate(() => document.body.dataset.top)}`)
      })
      // The paragraph is at the top of the preview, below the toolbar.
      const offset = await frame.evaluate((line) => {
        const block = document.querySelector(`[data-line="${line}"]`)
        return Math.round(block.getBoundingClientRect().top - document.querySelector('.toolbar').getBoundingClientRect().bottom)
      }, seen.top)
      log(`scroll: editor top line ${seen.first}, preview top paragraph ${seen.top}, ${offset} px below the toolbar`)
      if (offset < -2 || offset > 40) throw new Error(`the paragraph of line ${seen.top} is ${offset} px below the toolbar`)
    })

    // The top of the preview: heading, identifier, subject, opening and the preamble.
    await frame.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: path.join(artifacts, 'preview-ar-top.png')})
  } catch {
    // recorded by step(); what the page showed then:
    await page.screenshot({path: path.join(artifacts, 'preview-ar.failed.png')}).catch(() => {})
  } finally {
    await page.close().catch(() => {})
  }
}
