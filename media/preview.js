// The preview's page script (runs in the webview, under a CSP that admits only this file).
// Messages from the extension: {type: 'update', html} replaces the preview (HTML the server
// escaped), {type: 'reveal', line} marks and scrolls to the paragraph of an editor line.
// To the extension: {type: 'ready'} once loaded, {type: 'reveal', line, character} on a click.
// @ts-check
;(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi()
  const main = /** @type {HTMLElement} */ (document.getElementById('preview'))
  /** @type {number | undefined} */
  let line = (vscode.getState() || {}).line
  // What the extension needs to restore this preview after a reload.
  vscode.setState({...(vscode.getState() || {}), uri: main.dataset.uri})

  /** The innermost block holding `target`, or the nearest block after it. */
  function blockAt(target) {
    const blocks = /** @type {HTMLElement[]} */ ([...main.querySelectorAll('[data-end-line]')])
    let found
    for (const block of blocks) {
      if (Number(block.dataset.line) <= target && target <= Number(block.dataset.endLine)) found = block
    }
    return found || blocks.find((block) => Number(block.dataset.line) > target) || blocks[blocks.length - 1]
  }

  function show(scroll) {
    for (const old of main.querySelectorAll('.current')) old.classList.remove('current')
    if (line === undefined) return
    const block = blockAt(line)
    if (!block) return
    block.classList.add('current')
    if (!scroll) return
    const box = block.getBoundingClientRect()
    if (box.top < 0 || box.bottom > window.innerHeight) {
      block.scrollIntoView({block: box.height > window.innerHeight ? 'start' : 'center'})
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data
    if (message.type === 'update') {
      const top = window.scrollY
      main.innerHTML = message.html
      window.scrollTo(0, top)
      show(false)
    } else if (message.type === 'reveal') {
      line = message.line
      vscode.setState({...(vscode.getState() || {}), line})
      show(true)
    }
  })

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null
    if (!(target instanceof HTMLElement)) return
    vscode.postMessage({type: 'reveal', line: Number(target.dataset.line), character: Number(target.dataset.character || 0)})
  })

  show(true)
  vscode.postMessage({type: 'ready'})
})()
