// The preview's page script (runs in the webview, under a CSP that admits only this file).
// Messages from the extension: {type: 'update', html, sideBySide} replaces the preview (HTML the
// server escaped), {type: 'reveal', line} marks and scrolls to the paragraph of an editor line (the
// cursor), {type: 'scroll', line, last} scrolls to the paragraph of the editor's first visible line.
// To the extension: {type: 'ready'} once loaded, {type: 'reveal', line, character, uri} on a click
// (`uri`: the version clicked, side by side), {type: 'toggleVersions'} from the toolbar's button,
// {type: 'scrolled', line} after following the editor's scrolling (the line of the paragraph on top).
// @ts-check
;(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi()
  const main = /** @type {HTMLElement} */ (document.getElementById('preview'))
  const toggle = /** @type {HTMLButtonElement | null} */ (document.getElementById('toggle-versions'))
  /** @type {number | undefined} */
  let line = (vscode.getState() || {}).line
  // What the extension needs to restore this preview after a reload.
  vscode.setState({...(vscode.getState() || {}), uri: main.dataset.uri})

  /** The blocks of the editor's document: side by side, those of its own column only. */
  function blocks() {
    const own = main.querySelector('.versions') ? '[data-own] ' : ''
    return /** @type {HTMLElement[]} */ ([...main.querySelectorAll(own + '[data-end-line]')])
  }

  /** The innermost block holding `target`, or the nearest block after it. */
  function blockAt(target) {
    const list = blocks()
    let found
    for (const block of list) {
      if (Number(block.dataset.line) <= target && target <= Number(block.dataset.endLine)) found = block
    }
    return found || list.find((block) => Number(block.dataset.line) > target) || list[list.length - 1]
  }

  /** The row (side by side) or the block itself: what is scrolled to. */
  function scrollTarget(block) {
    return block.closest('tr') || block
  }

  const visible = (element) => {
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  }

  /** Scroll a block (its row, side by side) into view unless it is in view. */
  function bringIntoView(block) {
    const target = scrollTarget(block)
    if (!visible(target)) target.scrollIntoView({block: target.getBoundingClientRect().height > window.innerHeight ? 'start' : 'center'})
  }

  function show(scroll) {
    for (const old of main.querySelectorAll('.current')) old.classList.remove('current')
    if (line === undefined) return
    const block = blockAt(line)
    if (!block) return
    block.classList.add('current')
    if (scroll) bringIntoView(block)
  }

  /** Follow the editor's scrolling: its first visible line's paragraph on top, the cursor's kept in view if the editor shows it. */
  function follow(first, last) {
    const block = blockAt(first)
    if (!block) return
    scrollTarget(block).scrollIntoView({block: 'start'})
    const current = line !== undefined && line >= first && line <= last ? blockAt(line) : undefined
    if (current) bringIntoView(current)
    // What is on top, under the toolbar (blocks scroll to just below it: `scroll-margin-top`; a sliver of the one before does not count).
    const below = toggle ? toggle.getBoundingClientRect().bottom : 0
    const top = blocks().find((candidate) => candidate.getBoundingClientRect().bottom > below + 8)
    if (!top) return
    document.body.dataset.top = top.dataset.line
    vscode.postMessage({type: 'scrolled', line: Number(top.dataset.line)})
  }

  window.addEventListener('message', (event) => {
    const message = event.data
    if (message.type === 'update') {
      const top = window.scrollY
      main.innerHTML = message.html
      if (toggle) toggle.setAttribute('aria-pressed', String(Boolean(message.sideBySide)))
      window.scrollTo(0, top)
      show(false)
    } else if (message.type === 'reveal') {
      line = message.line
      vscode.setState({...(vscode.getState() || {}), line})
      show(true)
    } else if (message.type === 'scroll') {
      follow(message.line, message.last)
    }
  })

  if (toggle) toggle.addEventListener('click', () => vscode.postMessage({type: 'toggleVersions'}))

  main.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null
    if (!(target instanceof HTMLElement)) return
    const version = target.closest('[data-uri]')
    const uri = version instanceof HTMLElement && version !== main ? version.dataset.uri : undefined
    vscode.postMessage({type: 'reveal', line: Number(target.dataset.line), character: Number(target.dataset.character || 0), uri})
  })

  show(true)
  vscode.postMessage({type: 'ready'})
})()
