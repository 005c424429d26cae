#!/usr/bin/env node
// End to end: the packaged extension (resolint.vsix) inside a real VS Code (code-server
// 4.100.3), driven by Debian's Chromium. Run from the repo root as `npm run test:e2e`
// (= bash test/e2e/setup.sh && node test/e2e/run.mjs) after `npm run package`.
//
// 1. Runs the CLI on copies of the reference: its JSON report and its --fix are what the
//    editor must agree with.
// 2. Unpacks the .vsix, puts test/e2e/host/*.js into it, installs the .vsix with
//    `code-server --install-extension`, starts code-server on 127.0.0.1 in its own process
//    group, with every folder it writes to inside one temporary run folder.
// 3. (a) In the extension host: opens a window whose payload names the unpacked extension
//    as extensionDevelopmentPath and host/index.js as extensionTestsPath; reads mocha's
//    JSON report from a file (the extension host exits 0 even when tests fail).
//    (b) Through the page, as a person: opens the reference from the Explorer, waits for
//    resolint's status bar item, opens the Problems panel, reads it, and saves
//    test/e2e/artifacts/problems.png.
// 4. Prints a summary closing with `N passed, N failed`; exits non-zero on any failure or
//    when no test ran; kills code-server's whole process group, also on failure or Ctrl+C.
//
// Environment (optional): RESOLINT_E2E_VSIX, RESOLINT_E2E_CLI to try another build;
// RESOLINT_E2E_KEEP=1 keeps the run folder.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {previewPageTests} from './preview.mjs'
import {parallelPageTests, sideBySidePageTests} from './parallel.mjs'
import support from './host/support.js'

const E2E = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(E2E, '../..')
const ARTIFACTS = path.join(E2E, 'artifacts')
const REFERENCE_NAME = 'GA-2025-93-RES-03.ar.txt'
/** An English resolution in the page's workspace (`drafts/`), which no step opens before Go to Symbol in Workspace. */
const UNOPENED_NAME = 'GA-2025-93-RES-09.en.txt'
const VSIX = process.env.RESOLINT_E2E_VSIX ? path.resolve(process.env.RESOLINT_E2E_VSIX) : path.join(ROOT, 'resolint.vsix')
const CLI = process.env.RESOLINT_E2E_CLI ? path.resolve(process.env.RESOLINT_E2E_CLI) : path.join(ROOT, 'dist', 'cli.mjs')
const CODE_SERVER = path.join(E2E, 'node_modules', 'code-server', 'out', 'node', 'entry.js')
const CHROMIUM = '/usr/bin/chromium'
// Every wait is for a state, bounded by support.js's patience(): a minute on an idle machine, more under load.
const {loadFactor, patience, poll, seconds} = support
// The last resort against a harness that hangs: 15 minutes (a run takes about 3) times the highest load factor seen.
const RUN_LIMIT_MS = 900_000

const started = Date.now()
const results = [] // {group, title, ok, skipped, error, ms}
let runDir
let serverGroup // pid of code-server = its process group id
let context // playwright browser context

// ------------------------------------------------------------------ small helpers

const log = (text) => process.stdout.write(`[e2e ${seconds(Date.now() - started)}] ${text}\n`)
const record = (group, title, ok, error, ms) => results.push({group, title, ok, error: error ? String(error) : undefined, ms})

function firstExisting(...candidates) {
  return candidates.find((file) => fs.existsSync(file))
}

/** Resolves with the first truthy value of `check()` (polled every `every` ms); rejects once patience() has passed. */
const until = (check, what, every = 200) => poll(check, what, {every})

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address()
      server.close(() => resolve(port))
    })
  })
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Ends code-server and everything it started (file watchers, extension hosts). */
async function killServerGroup() {
  const pgid = serverGroup
  if (!pgid) return
  try {
    process.kill(-pgid, 'SIGTERM')
  } catch {}
  // Asked to stop, code-server ends in well under a second; else it is killed.
  await poll(() => !groupAlive(pgid), 'code-server to stop', {every: 50, bound: () => 3000}).catch(() => {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {}
  })
  serverGroup = undefined
}

// A last resort when the process ends any other way.
process.on('exit', () => {
  if (serverGroup) {
    try {
      process.kill(-serverGroup, 'SIGKILL')
    } catch {}
  }
  if (runDir && !process.env.RESOLINT_E2E_KEEP) fs.rmSync(runDir, {recursive: true, force: true})
})

/** An environment for code-server and its CLI without leftovers of an enclosing VS Code. */
function cleanEnv(extra) {
  const env = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') continue
    env[key] = value
  }
  return {...env, ...extra}
}

function copyTree(from, to) {
  fs.cpSync(from, to, {recursive: true, force: true})
}

// ------------------------------------------------------------------ preparation

/** Stops with a clear message when something the run needs is missing. */
function preconditions() {
  const problems = []
  if (!fs.existsSync(VSIX)) problems.push(`${path.relative(ROOT, VSIX) || VSIX} not found: build it first with \`npm run package\` at the repository root.`)
  if (!fs.existsSync(CLI)) problems.push(`${path.relative(ROOT, CLI)} not found: \`npm run build\` (or \`npm run package\`) makes it.`)
  if (!fs.existsSync(CODE_SERVER)) problems.push('code-server is not installed in test/e2e: run `bash test/e2e/setup.sh`.')
  if (!fs.existsSync(CHROMIUM)) problems.push(`${CHROMIUM} not found: run \`bash test/e2e/setup.sh\`.`)
  const reference = firstExisting(
    path.join(ROOT, 'test', 'fixtures', 'reference', REFERENCE_NAME),
    path.join(ROOT, '..', 'shared', 'reference', REFERENCE_NAME)
  )
  if (!reference) problems.push(`the reference ${REFERENCE_NAME} is neither in test/fixtures/reference/ nor in ../shared/reference/.`)
  return {problems, reference}
}

/** Runs the CLI like a maintainer would; never judges by its exit code (1 = problems found). */
function runCli(args, cwd) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: patience(),
    env: cleanEnv({NO_COLOR: '1', FORCE_COLOR: '0'})
  })
  return {status: result.status, stdout: result.stdout || '', stderr: result.stderr || '', error: result.error}
}

function parseJsonReport(...outputs) {
  for (const text of outputs) {
    const trimmed = text.trim()
    if (!trimmed) continue
    try {
      return JSON.parse(trimmed)
    } catch {}
    const start = trimmed.indexOf('[{')
    if (start >= 0) {
      try {
        return JSON.parse(trimmed.slice(start, trimmed.lastIndexOf(']') + 1))
      } catch {}
    }
  }
  return undefined
}

/** The CLI's JSON report and its --fix output, each on its own copy of the reference. */
function cliExpectations(reference) {
  const checkDir = path.join(runDir, 'cli-check')
  const fixDir = path.join(runDir, 'cli-fix')
  fs.mkdirSync(checkDir)
  fs.mkdirSync(fixDir)
  const checked = path.join(checkDir, REFERENCE_NAME)
  const fixed = path.join(fixDir, REFERENCE_NAME)
  fs.copyFileSync(reference, checked)
  fs.copyFileSync(reference, fixed)
  const expected = path.join(runDir, 'cli-report.json')

  const t0 = Date.now()
  const json = runCli(['--format', 'json', checked], checkDir)
  const report = parseJsonReport(json.stdout, json.stderr)
  if (report) {
    fs.writeFileSync(expected, JSON.stringify(report, null, 2))
    fs.copyFileSync(expected, path.join(ARTIFACTS, 'cli-report.json'))
    const count = (Array.isArray(report) ? report : [report]).reduce((n, f) => n + ((f && f.messages) || []).length, 0)
    record('command line', 'dist/cli.mjs --format json reports on the reference', true, undefined, Date.now() - t0)
    log(`CLI: ${count} messages on the reference`)
  } else {
    const why = json.error ? json.error.message : `exit ${json.status}; stdout: ${json.stdout.slice(0, 400)}; stderr: ${json.stderr.slice(0, 800)}`
    record('command line', 'dist/cli.mjs --format json reports on the reference', false, `no JSON report (${why})`, Date.now() - t0)
  }

  const t1 = Date.now()
  const fix = runCli(['--fix', fixed], fixDir)
  if (fix.error || fix.status === null) record('command line', 'dist/cli.mjs --fix runs', false, fix.error || `killed; stderr: ${fix.stderr.slice(0, 800)}`, Date.now() - t1)

  // What the fixed text is reported with: the crash test edits the reference to it and waits
  // for exactly these diagnostics, which neither the original's nor an empty list can pass for.
  const fixedExpected = path.join(runDir, 'cli-fixed-report.json')
  const fixedReport = parseJsonReport(runCli(['--format', 'json', fixed], fixDir).stdout)
  if (fixedReport) fs.writeFileSync(fixedExpected, JSON.stringify(fixedReport, null, 2))
  return {expected, fixed, fixedExpected}
}

function unpackVsix() {
  const into = path.join(runDir, 'vsix')
  const unzip = spawnSync('unzip', ['-q', '-o', VSIX, '-d', into], {encoding: 'utf8'})
  if (unzip.error || unzip.status !== 0) throw new Error(`unzip ${VSIX} failed: ${unzip.error ? unzip.error.message : unzip.stderr}`)
  const extension = path.join(into, 'extension')
  if (!fs.existsSync(path.join(extension, 'package.json'))) throw new Error(`${VSIX} has no extension/package.json`)
  const hostDir = path.join(extension, 'e2e-host')
  fs.mkdirSync(hostDir, {recursive: true})
  // The tests are CommonJS; the extension's package.json may say "type": "module".
  fs.writeFileSync(path.join(hostDir, 'package.json'), '{"type": "commonjs"}\n')
  for (const name of fs.readdirSync(path.join(E2E, 'host')).filter((n) => n.endsWith('.js'))) {
    fs.copyFileSync(path.join(E2E, 'host', name), path.join(hostDir, name))
  }
  return {extension, testsEntry: path.join(hostDir, 'index.js')}
}

// ------------------------------------------------------------------ code-server

function serverEnv(extra) {
  return cleanEnv({
    HOME: path.join(runDir, 'home'),
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    ...extra
  })
}

/** code-server's arguments; `userData` is the user data folder (`ud-fr` holds the French run's language pack). */
function serverArgs(userData = 'ud') {
  return [
    '--config', path.join(runDir, 'cs.yaml'),
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', path.join(runDir, userData),
    '--extensions-dir', path.join(runDir, 'exts')
  ]
}

function installVsix() {
  const result = spawnSync(process.execPath, [CODE_SERVER, ...serverArgs(), '--install-extension', VSIX], {
    encoding: 'utf8',
    timeout: patience(),
    env: serverEnv({})
  })
  const output = `${result.stdout || ''}${result.stderr || ''}`
  fs.writeFileSync(path.join(ARTIFACTS, 'install-extension.log'), output)
  if (result.error || result.status !== 0) throw new Error(`code-server --install-extension failed (exit ${result.status}): ${output.slice(-800)}`)
}

async function startServer(port, workspace, env, {userData = 'ud', extra = [], logName = 'code-server.log'} = {}) {
  const out = fs.openSync(path.join(ARTIFACTS, logName), 'w')
  // detached: the child calls setsid(), so it leads a new process group we can end whole.
  const child = spawn(process.execPath, [CODE_SERVER, ...serverArgs(userData), ...extra, '--bind-addr', `127.0.0.1:${port}`, workspace], {
    detached: true,
    stdio: ['ignore', out, out],
    env: serverEnv(env)
  })
  serverGroup = child.pid
  let exited
  child.on('exit', (code, signal) => (exited = `code-server exited (${signal || code})`))
  await until(
    async () => {
      if (exited) throw new Error(`${exited}; see test/e2e/artifacts/code-server.log`)
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`)
        return response.ok
      } catch {
        return false
      }
    },
    'code-server /healthz',
    100
  )
}

// ------------------------------------------------------------------ (a) tests in the extension host

function readMochaReport(file, group = 'extension host') {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (!report.tests || report.tests.length === 0) record(group, 'the in-host suite ran no test', false)
  const pending = new Set((report.pending || []).map((t) => t.fullTitle))
  for (const t of report.tests || []) {
    const failed = t.err && Object.keys(t.err).length > 0
    const title = t.fullTitle.replace(/^resolint in (a French )?VS Code /, '')
    if (pending.has(t.fullTitle) && !failed) results.push({group, title, skipped: true, ms: t.duration})
    else record(group, title, !failed, failed ? t.err.message || t.err.stack : undefined, t.duration)
  }
  // Failures of hooks are in failures[] but not in tests[].
  const titles = new Set((report.tests || []).map((t) => t.fullTitle))
  for (const f of report.failures || []) {
    if (!titles.has(f.fullTitle)) record(group, f.fullTitle, false, f.err && (f.err.message || f.err.stack))
  }
}

async function hostTests(port, workspace, extension, testsEntry, resultFile, group = 'extension host') {
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`
  const payload = [
    ['extensionDevelopmentPath', remote(extension)],
    ['extensionTestsPath', remote(testsEntry)]
  ]
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`
  const page = await context.newPage()
  const t0 = Date.now()
  try {
    await page.goto(url)
    // The in-host tests (each wait of theirs bounded by patience()) write their results once, at the end.
    await poll(() => fs.existsSync(resultFile), 'the in-host test results', {every: 250, bound: () => 4 * patience()})
    readMochaReport(resultFile, group)
    log(`${group} tests done in ${seconds(Date.now() - t0)}`)
  } catch (error) {
    record(group, 'the in-host tests report', false, error.message, Date.now() - t0)
  } finally {
    await page.close().catch(() => {})
  }
}

// ------------------------------------------------------------------ (b) the page, as a person

/** Each step is a test of its own; a step that fails ends the page test. */
async function pageTests(port, workspace, expectedFile) {
  const page = await context.newPage()
  const consoleLines = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleLines.push(`${m.type()}: ${m.text()}`)
  })
  const step = stepper('page')
  try {
    await step('the Explorer opens the reference', () => openVersion(page, port, workspace, REFERENCE_NAME))

    await step('the Arabic reads right to left, wrapped, each line one run (reference-ar.png)', async () => {
      const paragraphs = fs.readFileSync(path.join(workspace, REFERENCE_NAME), 'utf8').split(/\r?\n/)
      const layout = await readingOrder(page, paragraphs)
      await page.screenshot({path: path.join(ARTIFACTS, 'reference-ar.png')})
      log(`reading order: ${JSON.stringify(layout.heading)}; ${layout.lines.length} paragraphs on screen`)
      const {heading, lines} = layout
      if (!heading) throw new Error('the heading line `قرار رقم 3` is not on screen')
      // Right to left: قرار at the right, then رقم, then the number at the left end.
      if (!(heading.number.right <= heading.raqm.left + 1 && heading.raqm.right <= heading.qarar.left + 1)) {
        throw new Error(`the heading does not read قرار رقم 3 from right to left: ${JSON.stringify(heading)}`)
      }
      // Each Arabic paragraph: one run, its first word at the start (the right end) of its first screen line.
      if (lines.length < 8) throw new Error(`only ${lines.length} Arabic paragraphs on screen: ${JSON.stringify(lines)}`)
      const wrong = lines.filter((line) => line.runs !== 1 || Math.abs(line.first.right - line.right) > 1)
      if (wrong.length) throw new Error(`paragraphs cut in runs or not starting at the right: ${JSON.stringify(wrong)}`)
      // Word wrap: the opening (one line of the file) continues on the next screen line.
      const wrapped = lines.filter((line) => line.shown < line.length)
      if (wrapped.length === 0) throw new Error(`no paragraph is wrapped: ${JSON.stringify(lines)}`)
    })

    const status = await step('the status bar shows resolint', () => statusItem(page))
    log(`status bar (${status.id}): ${JSON.stringify(status.text)}`)

    const problems = await step('the Problems panel lists the problems the CLI reports', async () => {
      const expected = fs.existsSync(expectedFile) ? problemsOfReport(JSON.parse(fs.readFileSync(expectedFile, 'utf8'))) : undefined
      const panel = await openProblems(page)
      const rows = panel.locator('.monaco-list-row')
      await until(async () => (await rows.count()) > 1, 'problems in the Problems panel')
      const shown = await readProblems(page)
      const listed = shown.filter((p) => p.code)
      if (listed.length === 0) throw new Error(`no problem with a rule id in the panel: ${JSON.stringify(shown.slice(0, 5))}`)
      const notResolint = listed.filter((p) => p.source !== 'resolint')
      if (notResolint.length) throw new Error(`problems from another source: ${JSON.stringify(notResolint)}`)
      if (expected) {
        const unexpected = listed.filter((p) => !expected.has(`${p.line}:${p.column} ${p.code}`))
        if (unexpected.length) throw new Error(`listed but not reported by the CLI: ${JSON.stringify(unexpected)}; CLI: ${[...expected].join(', ')}`)
        // The list renders only the rows it shows; the badge counts them all.
        const total = await problemsBadge(page)
        log(`Problems badge: ${total ?? 'not found'}; CLI: ${expected.size}`)
        if (total !== undefined && total !== expected.size) throw new Error(`the Problems badge counts ${total}, the CLI reports ${expected.size}`)
      }
      // As a person would next: go to the first problem (the screenshot then shows it underlined).
      await rows.filter({hasText: listed[0].code}).first().click()
      await page.keyboard.press('Enter')
      await page.screenshot({path: path.join(ARTIFACTS, 'problems.png')})
      return listed
    })
    log(`Problems panel: ${problems.length} listed`)
    for (const p of problems) log(`  ${p.code} [Ln ${p.line}, Col ${p.column}] ${p.message}`)

    await step('Go to Symbol in Editor finds Arabic paragraphs by a typed query through their isolation marks (U+2067 … U+2069)', async () => {
      // The outline's Arabic names are isolated right to left; VS Code matches a query against the name as it is.
      for (const [query, expected] of [
        ['تشجيع', ['2. تشجيع']],
        // The text's shadda (تذكّر) is not typed: VS Code's fuzzy match steps over it, as over the marks.
        ['تذكر', ['وإذ تذكر', 'وإذ تذكّر أيضا', 'وإذ تذكّر أخيرا']]
      ]) {
        await page.keyboard.press('F1')
        const input = page.locator('.quick-input-widget input')
        await input.waitFor({state: 'visible'})
        await input.fill(`@${query}`)
        const names = page.locator('.quick-input-widget .monaco-list-row .label-name')
        let shown = []
        try {
          await poll(
            async () => {
              shown = (await names.allInnerTexts().catch(() => [])).map((name) => name.replace(/[\u2066-\u2069]/g, '').trim())
              return JSON.stringify(shown) === JSON.stringify(expected)
            },
            `exactly the symbols ${expected.join(', ')} for “${query}”`,
            {every: 200, seen: () => JSON.stringify(shown)}
          )
          log(`Go to Symbol “${query}”: ${JSON.stringify(shown)}`)
        } finally {
          await page.keyboard.press('Escape')
        }
      }
    })

    await step(`Go to Symbol in Workspace lists the entries of a resolution file not open (drafts/${UNOPENED_NAME}) and opens it there`, async () => {
      await page.keyboard.press('F1')
      const input = page.locator('.quick-input-widget input')
      await input.waitFor({state: 'visible'})
      await input.fill('#recalling also')
      const rows = page.locator('.quick-input-widget .monaco-list-row')
      let shown = []
      await poll(
        async () => {
          shown = await rows.evaluateAll((elements) => elements.map((row) => [row.querySelector('.label-name')?.textContent ?? '', row.querySelector('.label-description')?.textContent ?? '']))
          return shown.length === 1 && shown[0][0] === 'RECALLING ALSO'
        },
        'exactly the entry RECALLING ALSO of the unopened file',
        {every: 200, seen: () => JSON.stringify(shown)}
      )
      log(`Go to Symbol in Workspace “recalling also”: ${JSON.stringify(shown)}`)
      await page.keyboard.press('Enter')
      const tab = page.locator('.tabs-container .tab.active')
      await until(async () => (await tab.getAttribute('aria-label', {timeout: 1000}).catch(() => '')).includes(UNOPENED_NAME), `the editor of ${UNOPENED_NAME}`)
      // Line 25 (0-based 24) is RECALLING ALSO: the cursor stands there.
      await until(async () => /Ln 25, Col 1\b/.test(await page.locator('#status\\.editor\\.selection').innerText({timeout: 1000}).catch(() => '')), 'the cursor at RECALLING ALSO')
      await page.keyboard.press('Control+w')
      await until(async () => (await tab.getAttribute('aria-label', {timeout: 1000}).catch(() => '')).includes(REFERENCE_NAME), 'the reference\'s editor again')
    })

    await step('the rule link of a problem opens its page offline, in a Markdown preview (rule-page.png)', async () => {
      const row = page.locator('.markers-panel .monaco-list-row', {hasText: 'operative-terminator'}).first()
      await row.locator('a', {hasText: 'operative-terminator'}).first().click()
      await page.locator('.tabs-container .tab', {hasText: /operative-terminator\.md/}).first().waitFor({timeout: patience()})
      // Other webviews may be open (resolint's own preview): find the frame that shows the page.
      const headings = async () => {
        const found = []
        for (const frame of page.frames()) found.push(...(await frame.locator('h1').allInnerTexts().catch(() => [])))
        return found
      }
      const heading = await until(async () => (await headings()).find((text) => /operative-terminator/.test(text)), 'the rule page in a preview').catch(async (error) => {
        throw new Error(`${error.message}; headings in the page's frames: ${JSON.stringify(await headings())}; frames: ${JSON.stringify(page.frames().map((frame) => frame.url().slice(0, 120)))}`)
      })
      log(`rule page preview: ${JSON.stringify(heading)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'rule-page.png')})
    })
  } catch {
    // recorded by step()
  } finally {
    await page.screenshot({path: path.join(ARTIFACTS, 'page-end.png')}).catch((error) => log(`screenshot failed: ${error.message}`))
    fs.writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), consoleLines.join('\n') + '\n')
    await page.close().catch(() => {})
  }
}

/** A page test's steps, each a test of its own in `group`; a step that fails ends the page test (it throws on). */
function stepper(group) {
  return async (title, fn) => {
    const t0 = Date.now()
    // Playwright's own waits (a click's, a locator's) too, for this step's load.
    context?.setDefaultTimeout(patience())
    try {
      const value = await fn()
      record(group, title, true, undefined, Date.now() - t0)
      return value
    } catch (error) {
      record(group, title, false, error.message.split('\n').slice(0, 8).join('\n'), Date.now() - t0)
      throw error
    }
  }
}

/**
 * As a person: open `workspace` in the page, double-click the version `name` in the Explorer and wait for
 * its editor, and, with `squiggle` (`error`, `warning`), until its check is drawn (a squiggle of that kind).
 */
async function openVersion(page, port, workspace, name, squiggle) {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`)
  const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: name})
  await row.waitFor({state: 'visible', timeout: patience()})
  await row.dblclick()
  await page.locator('.tabs-container .tab.active', {hasText: name}).waitFor({timeout: patience()})
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({timeout: patience()})
  if (squiggle) await page.locator(`.monaco-editor .squiggly-${squiggle}`).first().waitFor({timeout: patience()})
}

/** The webview frame of `page` that shows `selector`, once the preview's stylesheet is loaded in it (what the page is measured by). */
function previewFrame(page, selector) {
  return until(
    async () => {
      for (const frame of page.frames()) {
        const ready = await frame
          .evaluate((selector) => Boolean(document.querySelector(selector)) && [...document.styleSheets].some((sheet) => (sheet.href ?? '').endsWith('preview.css')), selector)
          .catch(() => false)
        if (ready) return frame
      }
      return undefined
    },
    `the preview showing ${selector}`
  )
}

/** The quick fixes offered at the cursor (Ctrl+.), as their titles read, each checked to start one of `titles`; the menu stays open. */
async function quickFixTitles(page, titles) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus()
  await page.keyboard.press('Control+.')
  const menu = page.locator('.action-widget').first()
  await menu.waitFor({state: 'visible', timeout: patience()})
  const shown = (await menu.locator('.monaco-list-row').allInnerTexts()).map(plain)
  for (const title of titles) {
    if (!shown.some((text) => text.startsWith(title))) throw new Error(`no quick fix ${JSON.stringify(title)}: ${JSON.stringify(shown)}`)
  }
  return shown
}

/** resolint's status item as the status bar shows it: `{id, text}`, and `popup`, the whole of the language status popup when it sits there. */
async function statusItem(page) {
  // A plain status bar item shows its text; a language status item sits behind the `{}`
  // entry, whose accessible label lists the items' texts: accept either.
  const found = await page.waitForFunction(
    () => {
      for (const item of document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')) {
        const labels = [item.innerText, item.getAttribute('aria-label')]
        for (const el of item.querySelectorAll('[aria-label]')) labels.push(el.getAttribute('aria-label'))
        const hit = labels.find((text) => text && /resolint/i.test(text))
        if (hit && item.offsetParent !== null) return {id: item.id, text: hit.replace(/\s+/g, ' ').trim()}
      }
      return undefined
    },
    undefined,
    {timeout: patience(), polling: 250}
  )
  const value = await found.jsonValue()
  if (value.id === 'status.languageStatus') {
    // As a person: hover the `{}` entry and read resolint's line in its popup.
    await page.locator('#status\\.languageStatus').hover()
    const popup = page.locator('.monaco-hover, .context-view', {hasText: /resolint/i}).last()
    const shown = await popup.innerText({timeout: patience()}).catch(() => undefined)
    await page.mouse.move(700, 300)
    await page.keyboard.press('Escape')
    if (shown) {
      value.popup = shown.replace(/\s+/g, ' ').trim()
      value.text = shown.split('\n').filter((line) => /resolint/i.test(line)).join(' | ') || value.text
    }
  }
  return value
}

/** Open the Problems panel from the editor (Ctrl+Shift+M, else the command); resolves with its locator. */
async function openProblems(page) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click()
  const panel = page.locator('.markers-panel')
  await page.keyboard.press('Control+Shift+M')
  if (!(await panel.isVisible().catch(() => false))) {
    await panel.waitFor({state: 'visible', timeout: 3000}).catch(async () => {
      await runCommand(page, 'View: Focus on Problems View')
      await panel.waitFor({state: 'visible', timeout: patience()})
    })
  }
  return panel
}

/**
 * Where the editor draws the Arabic paragraphs on screen: for the first screen line of each
 * (a paragraph is one line of the file), how many text spans (runs) draw it, the box of its
 * first word, the right end of its text (spaces aside), and how much of the paragraph it
 * shows (word wrap); and the boxes of the three words of the heading `قرار رقم 3`.
 */
async function readingOrder(page, paragraphs) {
  await page.locator('.editor-instance .monaco-editor .view-line', {hasText: 'في ضوء'}).first().waitFor({timeout: patience()})
  // Measured with the problems drawn (the opening's `دورتما` is underlined): squiggles must not cut runs either.
  await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor({state: 'attached', timeout: patience()})
  return page.evaluate((paragraphs) => {
    const box = (rect) => ({left: Math.round(rect.left), right: Math.round(rect.right)})
    const normal = (text) => text.replace(/\u00a0/g, ' ')
    const textNodes = (line) => {
      const nodes = []
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
      return nodes
    }
    /** The box of the characters from `start` to `end` of a screen line, across its text nodes. */
    const rectAt = (nodes, start, end) => {
      const at = (offset) => {
        for (const node of nodes) {
          if (offset <= node.data.length) return [node, offset]
          offset -= node.data.length
        }
        return [nodes.at(-1), nodes.at(-1).data.length]
      }
      const range = document.createRange()
      range.setStart(...at(start))
      range.setEnd(...at(end))
      return box(range.getBoundingClientRect())
    }
    const rectOf = (line, needle) => {
      const nodes = textNodes(line)
      const start = normal(nodes.map((node) => node.data).join('')).indexOf(needle)
      return start < 0 ? undefined : rectAt(nodes, start, start + needle.length)
    }
    const rightOfText = (line) => {
      const nodes = textNodes(line)
      const text = normal(nodes.map((node) => node.data).join(''))
      let right = -Infinity
      for (let i = 0; i < text.length; i++) if (text[i] !== ' ') right = Math.max(right, rectAt(nodes, i, i + 1).right)
      return right
    }
    const runs = (line) => [...line.querySelectorAll('span')].filter((span) => span.children.length === 0 && span.textContent.length > 0).length
    const arabic = /\p{Script=Arabic}/u
    const screen = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
    const lines = []
    for (const line of screen) {
      const text = normal(line.textContent).trimEnd()
      // Paragraphs that open with an Arabic word (a numbered one opens with its number, which
      // an editor laid out left to right puts at the left, as Plain Text does).
      const paragraph = text && paragraphs.find((p) => arabic.test(p[0] ?? '') && p.startsWith(text))
      if (!paragraph) continue
      const first = paragraph.split(' ')[0]
      lines.push({start: first, runs: runs(line), first: rectOf(line, first), right: rightOfText(line), shown: text.length, length: paragraph.length})
    }
    const headingLine = screen.find((line) => normal(line.textContent).trim() === 'قرار رقم 3')
    const heading = headingLine && {qarar: rectOf(headingLine, 'قرار'), raqm: rectOf(headingLine, 'رقم'), number: rectOf(headingLine, '3')}
    return {heading, lines}
  }, paragraphs)
}

/** The CLI's messages as `line:column ruleId` (1-based, as the Problems panel shows them). */
function problemsOfReport(report) {
  const set = new Set()
  for (const file of Array.isArray(report) ? report : [report]) {
    for (const m of (file && file.messages) || []) set.add(`${m.line ?? 1}:${m.column ?? 1} ${m.ruleId}`)
  }
  return set
}

async function runCommand(page, label) {
  await page.keyboard.press('F1')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible', timeout: patience()})
  await input.fill(`>${label}`)
  const first = page.locator('.quick-input-widget .monaco-list-row', {hasText: label}).first()
  try {
    await first.waitFor({state: 'visible', timeout: patience()})
  } catch (error) {
    await page.keyboard.press('Escape')
    throw error
  }
  await page.keyboard.press('Enter')
  await page.locator('.quick-input-widget').waitFor({state: 'hidden', timeout: patience()}).catch(() => {})
}

/** The rows of the Problems panel: message, source, code, line and column. */
async function readProblems(page) {
  return page.$$eval('.markers-panel .monaco-list-row', (rows) =>
    rows.map((row) => {
      const text = row.innerText.replace(/\s+/g, ' ').trim()
      const q = (selector) => (row.querySelector(selector) ? row.querySelector(selector).textContent.trim() : '')
      const where = /\[Ln (\d+), Col (\d+)\]/.exec(text)
      const sourceAndCode = /([\w-]+)\(([\w-]+)\)/.exec(q('.marker-source') + q('.marker-code') || text)
      return {
        text,
        aria: row.getAttribute('aria-label') || '',
        message: q('.marker-message') || text,
        source: sourceAndCode ? sourceAndCode[1] : q('.marker-source'),
        code: sourceAndCode ? sourceAndCode[2] : q('.marker-code'),
        line: where ? Number(where[1]) : undefined,
        column: where ? Number(where[2]) : undefined
      }
    })
  )
}

/** The number on the Problems tab, if shown. */
async function problemsBadge(page) {
  const text = await page
    .locator('.pane-composite-part .composite-bar .action-item', {hasText: /problems/i})
    .locator('.badge-content')
    .first()
    .innerText({timeout: patience()})
    .catch(() => undefined)
  const n = text ? Number(text.replace(/\D/g, '')) : NaN
  return Number.isFinite(n) && text ? n : undefined
}

// ------------------------------------------------------------------ (c) in a French VS Code

/** The few VS Code strings our language pack translates, so that the screenshot shows a French workbench around the problems. */
const FRENCH_WORKBENCH = {
  'vs/workbench/contrib/markers/browser/markers.contribution': {problems: 'Problèmes', 'status.problems': 'Problèmes'},
  'vs/workbench/contrib/markers/browser/messages': {'markers.panel.title.problems': 'Problèmes'},
  'vs/workbench/contrib/files/browser/explorerViewlet': {explore: 'Explorateur'}
}

/**
 * A user data folder whose display language is French, without downloading a language pack.
 * code-server's `--locale fr` alone leaves `vscode.env.language` at `en` (and so the LSP
 * `initialize` locale): VS Code resolves a locale only to a pack that
 * `<user-data-dir>/languagepacks.json` names, with its translation file on disk
 * (resolveNLSConfiguration); `--install-extension` of a pack does not write that file, the
 * running server does. So we write it, for a pack of our own translating the few strings above.
 */
function frenchUserData(settings) {
  const translations = path.join(runDir, 'language-pack-fr', 'main.i18n.json')
  fs.mkdirSync(path.dirname(translations), {recursive: true})
  fs.writeFileSync(translations, JSON.stringify({contents: FRENCH_WORKBENCH}))
  fs.mkdirSync(path.join(runDir, 'ud-fr', 'User'), {recursive: true})
  fs.writeFileSync(path.join(runDir, 'ud-fr', 'User', 'settings.json'), JSON.stringify(settings, null, 2))
  const pack = {hash: 'resolint-e2e-fr', extensions: [{extensionIdentifier: {id: 'resolint-e2e.language-pack-fr'}, version: '0.0.0'}], translations: {vscode: translations}, label: 'français'}
  fs.writeFileSync(path.join(runDir, 'ud-fr', 'languagepacks.json'), JSON.stringify({fr: pack}))
}

/** An English draft for the interface-language checks: RES-07 of our set headed `No. 8` and a preamble paragraph ending `;` (identifier-consistency, preamble-terminator). */
const DRAFT_NAME = 'GA-2025-93-RES-07.en.txt'
function englishDraft() {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'set', DRAFT_NAME), 'utf8')
  const draft = text.replace('RESOLUTION No. 7', 'RESOLUTION No. 8').replace('by 45 National Central Bureaus,', 'by 45 National Central Bureaus;')
  if (draft.split('\n').filter((line, index) => line !== text.split('\n')[index]).length !== 2) throw new Error(`test/fixtures/set/${DRAFT_NAME} changed: the draft's two edits no longer apply`)
  return draft
}

/** The CLI's JSON report with `--locale <locale>` on copies of the reference and the draft: what the editor must say, word for word. */
function localeExpectations(locale, reference, draft) {
  const dir = path.join(runDir, `cli-${locale}`)
  fs.mkdirSync(dir)
  fs.copyFileSync(reference, path.join(dir, REFERENCE_NAME))
  fs.writeFileSync(path.join(dir, DRAFT_NAME), draft)
  const t0 = Date.now()
  const json = runCli(['--locale', locale, '--format', 'json', REFERENCE_NAME, DRAFT_NAME], dir)
  const report = parseJsonReport(json.stdout, json.stderr)
  const file = path.join(runDir, `cli-report.${locale}.json`)
  if (report) {
    fs.writeFileSync(file, JSON.stringify(report, null, 2))
    fs.copyFileSync(file, path.join(ARTIFACTS, `cli-report.${locale}.json`))
  }
  record('command line', `dist/cli.mjs --locale ${locale} --format json reports on the reference and an English draft`, Boolean(report), report ? undefined : `no JSON report (exit ${json.status}; ${json.stderr.slice(0, 400)})`, Date.now() - t0)
  return file
}

/** A CLI report as `line:column ruleId` -> the message (alone, and with its note under it) of the file named `name`. */
function messagesOfReport(file, name) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  const messages = new Map()
  for (const entry of (Array.isArray(report) ? report : [report]).filter((entry) => path.basename(entry.path) === name)) {
    for (const m of entry.messages) messages.set(`${m.line}:${m.column} ${m.ruleId}`, m.note ? [m.reason, `${m.reason}\n${m.note}`] : [m.reason])
  }
  return messages
}

/** Text as compared on the page: the bidi isolates dropped, no-break spaces as spaces, runs of white space as one. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim()

/** Everything again in a French VS Code: the in-host locale tests, then the Problems panel, a hover and a quick fix as a person sees them, then an Arabic interface (resolint.locale) over the English draft. */
async function frenchRun({reference, settings, extension, testsEntry}) {
  await killServerGroup()
  frenchUserData(settings)
  const draft = englishDraft()
  const expectedFr = localeExpectations('fr', reference, draft)
  const expectedAr = localeExpectations('ar', reference, draft)
  const wsHost = path.join(runDir, 'ws-fr-host')
  const wsPage = path.join(runDir, 'ws-fr-page')
  const wsArabic = path.join(runDir, 'ws-ar-page')
  for (const ws of [wsHost, wsPage]) {
    fs.mkdirSync(ws, {recursive: true})
    fs.copyFileSync(reference, path.join(ws, REFERENCE_NAME))
  }
  fs.writeFileSync(path.join(wsHost, DRAFT_NAME), draft)
  // The Arabic interface chosen by the setting, in the French VS Code.
  fs.mkdirSync(path.join(wsArabic, '.vscode'), {recursive: true})
  fs.writeFileSync(path.join(wsArabic, '.vscode', 'settings.json'), JSON.stringify({'resolint.locale': 'ar'}))
  fs.writeFileSync(path.join(wsArabic, DRAFT_NAME), draft)
  const port = await freePort()
  const resultFile = path.join(runDir, 'results', 'host-fr.json')
  await startServer(
    port,
    wsHost,
    {
      RESOLINT_E2E_SUITE: 'locale',
      RESOLINT_E2E_RESULT: resultFile,
      RESOLINT_E2E_MOCHA: path.join(E2E, 'node_modules', 'mocha'),
      RESOLINT_E2E_REFERENCE: path.join(wsHost, REFERENCE_NAME),
      RESOLINT_E2E_DRAFT: path.join(wsHost, DRAFT_NAME),
      RESOLINT_E2E_EXPECTED_FR: expectedFr,
      RESOLINT_E2E_EXPECTED_AR: expectedAr
    },
    {userData: 'ud-fr', extra: ['--locale', 'fr'], logName: 'code-server-fr.log'}
  )
  log(`code-server (--locale fr) ready on 127.0.0.1:${port}`)
  await hostTests(port, wsHost, extension, testsEntry, resultFile, 'extension host (fr)')
  await frenchPageTests(port, wsPage, expectedFr)
  await arabicPageTests(port, wsArabic, expectedAr)
}

/** Reads the Problems panel and checks each listed problem is the CLI's, word for word; resolves with the listed ones. */
async function problemsSaidAs(page, expected) {
  const panel = await openProblems(page)
  const rows = panel.locator('.monaco-list-row')
  await until(async () => (await rows.count()) > 1, 'problems in the Problems panel')
  const listed = (await readProblems(page)).filter((p) => p.code)
  const wrong = listed.filter((p) => {
    const said = expected.get(`${p.line}:${p.column} ${p.code}`) ?? []
    return !said.some((message) => plain(message) === plain(p.message))
  })
  if (wrong.length) throw new Error(`not what the CLI says: ${JSON.stringify(wrong.slice(0, 3).map((p) => [p.line, p.column, p.code, p.message]))}; CLI: ${JSON.stringify([...expected].slice(0, 3))}`)
  for (const p of listed) log(`  ${p.code} [${p.line}:${p.column}] ${p.message}`)
  return listed
}

async function frenchPageTests(port, workspace, expectedFile) {
  const page = await context.newPage()
  const step = stepper('page (fr)')
  const expected = messagesOfReport(expectedFile, REFERENCE_NAME)
  try {
    await step('the Explorer opens the reference', () => openVersion(page, port, workspace, REFERENCE_NAME))
    const status = await step('the status bar says the document\'s language in French (`resolint : arabe · …`)', async () => {
      // The item says `resolint` alone until the server's first status for the document.
      let value
      await until(async () => /resolint : arabe · /.test((value = await statusItem(page)).text), 'the French status', 500).catch(() => {
        throw new Error(`status: ${JSON.stringify(value)}`)
      })
      return value
    })
    log(`status bar (fr): ${JSON.stringify(status.text)}`)
    await step('the Problems panel (`Problèmes`) lists the problems in French, word for word as `resolint --locale fr` (problems-fr.png)', async () => {
      await openProblems(page)
      await page.locator('.pane-composite-part .composite-bar .action-item', {hasText: 'Problèmes'}).first().waitFor({timeout: patience()})
      const listed = await problemsSaidAs(page, expected)
      if (listed.length < 3) throw new Error(`only ${listed.length} problems listed`)
      // The catalogue's sentence, as written in fr.json.
      const terminator = listed.find((p) => p.code === 'operative-terminator')
      if (!terminator || plain(terminator.message) !== 'Un paragraphe du dispositif se termine par « ؛ », et non « ؟ »') throw new Error(`operative-terminator: ${JSON.stringify(terminator)}`)
      // On its message, not on its rule link (the row's middle may be the link).
      await page.locator('.markers-panel .monaco-list-row', {hasText: 'operative-terminator'}).first().click({position: {x: 80, y: 8}})
      await page.keyboard.press('Enter')
      await page.screenshot({path: path.join(ARTIFACTS, 'problems-fr.png')})
    })
    await step('the hover on that problem is in French: its sentence, why, and the French page (hover-fr.png)', async () => {
      // The cursor is at the problem (Enter in the panel): show the hover there, as the keyboard does.
      await runCommand(page, 'Show or Focus Hover')
      const hover = page.locator('.monaco-hover', {hasText: 'operative-terminator'}).first()
      await hover.waitFor({state: 'visible', timeout: patience()})
      // The problem's own part shows first; resolint's hover (the sentence, why and link) when the server answers.
      const parts = ['Un paragraphe du dispositif se termine par « ؛ », et non « ؟ »', 'Les paragraphes du dispositif forment une seule phrase', 'resolint operative-terminator · documentation']
      let text = ''
      await until(async () => {
        // A probe of the poll: short, the poll asks again.
        text = plain(await hover.innerText({timeout: 1000}).catch(() => ''))
        return parts.every((part) => text.includes(part))
      }, 'resolint\'s hover').catch(() => {
        throw new Error(`the hover lacks ${JSON.stringify(parts.filter((part) => !text.includes(part)))}: ${JSON.stringify(text)}`)
      })
      log(`hover (fr): ${JSON.stringify(text.slice(0, 400))}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'hover-fr.png')})
      await page.keyboard.press('Escape')
    })
    await step('the quick fixes of that problem are titled in French, fix-all among them (quick-fix-fr.png)', async () => {
      // The last, as the ESLint extension's: every certain fix of the document, its edit made if picked (codeAction/resolve).
      const titles = await quickFixTitles(page, ['Remplacer par « ؛ »', 'Désactiver operative-terminator dans .resolintrc.json', 'Corriger tous les problèmes resolint'])
      log(`quick fixes (fr): ${JSON.stringify(titles)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'quick-fix-fr.png')})
      await page.keyboard.press('Escape')
    })
    await step('the hover of the identifier: its Arabic paragraph reads right to left, aligned right, in the French interface (hover-place-fr.png)', async () => {
      await goTo(page, 5, 6)
      await runCommand(page, 'Show or Focus Hover')
      // The server's `<div align="right">` around the paragraph in the document's language, kept by VS Code's sanitizer.
      const selector = '.monaco-hover .rendered-markdown div[align="right"] p'
      let seen
      await until(async () => {
        seen = await page.evaluate((selector) => {
          const paragraph = [...document.querySelectorAll(selector)].find((candidate) => candidate.innerText.includes('مراكش'))
          if (!paragraph) return {html: [...document.querySelectorAll('.monaco-hover .rendered-markdown')].map((element) => element.innerHTML.slice(0, 300))}
          const range = document.createRange()
          range.selectNodeContents(paragraph)
          return {align: getComputedStyle(paragraph).textAlign, gap: Math.round(paragraph.getBoundingClientRect().right - range.getBoundingClientRect().right), text: paragraph.innerText}
        }, selector)
        return seen.align !== undefined
      }, 'the Arabic paragraph of the identifier\'s hover').catch(() => {
        throw new Error(`no Arabic paragraph aligned right in the hover: ${JSON.stringify(seen)}`)
      })
      const order = await wordBoxes(page, selector, 'مراكش', ['الدورة', 'مراكش', '2025'])
      log(`hover (fr), the Arabic paragraph: ${JSON.stringify(seen)}; ${JSON.stringify(order)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'hover-place-fr.png')})
      await page.keyboard.press('Escape')
      if (!(seen.gap <= 16 && /right/.test(seen.align))) throw new Error(`the Arabic paragraph is not aligned right: ${JSON.stringify(seen)}`)
      if (!readsRightToLeft(order)) throw new Error(`the Arabic paragraph does not read right to left: ${JSON.stringify(order)}`)
    })
    await step('the rule link of that problem opens the French page of the rule (rule-page-fr.png)', async () => {
      const row = page.locator('.markers-panel .monaco-list-row', {hasText: 'operative-terminator'}).first()
      await row.locator('a', {hasText: 'operative-terminator'}).first().click()
      const headings = async () => {
        const found = []
        for (const frame of page.frames()) found.push(...(await frame.locator('h1, h2').allInnerTexts().catch(() => [])))
        return found
      }
      await until(async () => {
        const shown = await headings()
        return shown.includes('operative-terminator') && shown.includes('Ce que la règle vérifie')
      }, 'the French rule page in a preview').catch(async (error) => {
        throw new Error(`${error.message}; headings in the page's frames: ${JSON.stringify(await headings())}`)
      })
      await page.screenshot({path: path.join(ARTIFACTS, 'rule-page-fr.png')})
    })
  } catch {
    // recorded by step()
  } finally {
    await page.screenshot({path: path.join(ARTIFACTS, 'page-fr-end.png')}).catch(() => {})
    await page.close().catch(() => {})
  }
}

/** Where `words` are drawn in the first element of `selector` whose text has `marker`: `[{word, left, right}]`, each word's first occurrence. */
async function wordBoxes(page, selector, marker, words) {
  return page.evaluate(
    ({selector, marker, words}) => {
      const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.innerText.includes(marker))
      if (!element) return undefined
      return words.map((word) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(word)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + word.length)
          const rect = range.getBoundingClientRect()
          return {word, left: Math.round(rect.left), right: Math.round(rect.right)}
        }
        return {word}
      })
    },
    {selector, marker, words}
  )
}

/** As a person: Ctrl+G to `line:column` of the active editor, until the status bar says the cursor is there. */
async function goTo(page, line, column) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus()
  await page.keyboard.press('Control+g')
  await page.locator('.quick-input-widget input').waitFor({state: 'visible'})
  await page.keyboard.type(`${line}:${column}`)
  await page.keyboard.press('Enter')
  await until(async () => new RegExp(`Ln ${line}, Col ${column}\\b`).test(await page.locator('#status\\.editor\\.selection').innerText({timeout: 1000}).catch(() => '')), `the cursor at ${line}:${column}`)
}

/** Whether the words of `wordBoxes` are drawn right to left: each found, each left of the one before it. */
const readsRightToLeft = (boxes) => Boolean(boxes) && boxes.every((box) => box.left !== undefined) && boxes.slice(1).every((box, index) => boxes[index].left >= box.right)

/** In the French VS Code, a folder whose settings say `resolint.locale: ar`, with the English draft: the client's words and the problems in Arabic. */
async function arabicPageTests(port, workspace, expectedFile) {
  const page = await context.newPage()
  const step = stepper('page (resolint.locale ar)')
  const expected = messagesOfReport(expectedFile, DRAFT_NAME)
  try {
    await step('the Explorer opens the English draft', () => openVersion(page, port, workspace, DRAFT_NAME))
    await step('the status item speaks Arabic though VS Code speaks French (`resolint: الإنكليزية`, `مشكلتان`)', async () => {
      let value
      await until(async () => /الإنكليزية/.test((value = await statusItem(page)).text) && /مشكلتان/.test(value.popup ?? ''), 'the Arabic status', 500).catch(() => {
        throw new Error(`status: ${JSON.stringify(value)}`)
      })
      log(`status bar (ar): ${JSON.stringify(value.popup)}`)
    })
    await step('the Problems panel lists the problems in Arabic, word for word as `resolint --locale ar`, read right to left (problems-ar.png)', async () => {
      const listed = await problemsSaidAs(page, expected)
      if (listed.length !== expected.size) throw new Error(`${listed.length} problems listed, the CLI reports ${expected.size}`)
      const terminator = listed.find((p) => p.code === 'preamble-terminator')
      if (!terminator || plain(terminator.message) !== 'تنتهي فقرة الديباجة بـ «,»، لا «;»') throw new Error(`preamble-terminator: ${JSON.stringify(terminator)}`)
      // Read right to left: its first word at the right, then لا, then the quoted «;» it ends with at the left (the panel is laid out left to right).
      const order = await wordBoxes(page, '.markers-panel .monaco-list-row', 'preamble-terminator', ['تنتهي', 'لا', ';'])
      log(`Arabic message in the panel: ${JSON.stringify(order)}`)
      if (!readsRightToLeft(order)) throw new Error(`the Arabic message does not read right to left: ${JSON.stringify(order)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'problems-ar.png')})
      // The rows alone, at the screen's resolution, to see the Arabic sentences' reading order.
      await page.locator('.markers-panel').first().screenshot({path: path.join(ARTIFACTS, 'problems-ar-rows.png')})
    })
    await step('the quick fixes of its preamble-terminator are titled in Arabic, read right to left (quick-fix-ar.png)', async () => {
      await page.locator('.markers-panel .monaco-list-row', {hasText: 'preamble-terminator'}).first().click({position: {x: 80, y: 8}})
      await page.keyboard.press('Enter')
      const titles = await quickFixTitles(page, ['الاستبدال بـ «,»', 'تعطيل preamble-terminator في .resolintrc.json'])
      log(`quick fixes (ar): ${JSON.stringify(titles)}`)
      const order = await wordBoxes(page, '.action-widget .monaco-list-row', 'الاستبدال', ['الاستبدال', ','])
      log(`Arabic quick fix in the menu: ${JSON.stringify(order)}`)
      if (!readsRightToLeft(order)) throw new Error(`the Arabic quick fix does not read right to left: ${JSON.stringify(order)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'quick-fix-ar.png')})
      await page.keyboard.press('Escape')
    })
    await step('resolint\'s hover on that problem speaks Arabic, its paragraphs read right to left (hover-ar.png)', async () => {
      // The cursor is still at the problem: show the hover there, as the keyboard does.
      await page.locator('.editor-instance .monaco-editor textarea').first().focus()
      await runCommand(page, 'Show or Focus Hover')
      // resolint's own part (its Markdown), not VS Code's problem row above it.
      const selector = '.monaco-hover .rendered-markdown'
      let order
      await until(async () => {
        order = await wordBoxes(page, selector, 'preamble-terminator', ['تنتهي', 'لا', ';'])
        return order !== undefined
      }, 'resolint\'s hover').catch(async () => {
        throw new Error(`no resolint hover: ${JSON.stringify(plain(await page.locator('.monaco-hover').first().innerText().catch(() => '')))}`)
      })
      log(`Arabic sentence in resolint's hover: ${JSON.stringify(order)}`)
      // Its footer too: "resolint" (first, at the right), the rule, then the link to the page (at the left).
      const footer = await wordBoxes(page, selector, 'preamble-terminator', ['resolint', 'preamble-terminator', 'التوثيق'])
      log(`footer of resolint's hover: ${JSON.stringify(footer)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'hover-ar.png')})
      // An artifact only (the popup may close meanwhile): never worth the patience of a wait.
      await page.locator('.monaco-hover').first().screenshot({path: path.join(ARTIFACTS, 'hover-ar-popup.png'), timeout: 5000}).catch(() => {})
      if (!readsRightToLeft(order)) throw new Error(`the Arabic sentence of the hover does not read right to left: ${JSON.stringify(order)}`)
      // Its Markdown still renders: the sentence in bold, no `**` or `|` left as typed.
      const rendered = await page.evaluate((selector) => {
        const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.innerText.includes('preamble-terminator'))
        return element ? {bold: [...element.querySelectorAll('strong')].map((strong) => strong.innerText), text: element.innerText} : undefined
      }, selector)
      log(`resolint's hover, rendered: ${JSON.stringify(rendered?.bold)}`)
      if (!rendered?.bold.some((bold) => bold.includes('تنتهي فقرة الديباجة')) || /\*\*/.test(rendered.text)) throw new Error(`the hover's Markdown is not rendered: ${JSON.stringify(rendered)}`)
      // Aligned right (the server's `<div align="right">`, kept by VS Code's sanitizer): the sentence's paragraph ends at its right edge.
      const aligned = await page.evaluate((selector) => {
        const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.innerText.includes('preamble-terminator'))
        const paragraph = element?.querySelector('div[align="right"] p')
        if (!paragraph) return {html: element?.innerHTML.slice(0, 300)}
        const range = document.createRange()
        range.selectNodeContents(paragraph)
        return {align: getComputedStyle(paragraph).textAlign, gap: Math.round(paragraph.getBoundingClientRect().right - range.getBoundingClientRect().right)}
      }, selector)
      log(`resolint's hover, alignment: ${JSON.stringify(aligned)}`)
      if (!(aligned.gap <= 16 && /right/.test(aligned.align ?? ''))) throw new Error(`the hover's paragraphs are not aligned right: ${JSON.stringify(aligned)}`)
      await page.keyboard.press('Escape')
    })
    await step('completion after the preamble: an item\'s detail (the equivalents) reads right to left in the Arabic interface (completion-ar.png)', async () => {
      // Line 20, the blank line between the last preamble paragraph and the operative part.
      await goTo(page, 20, 1)
      await page.keyboard.press('Control+Space')
      const focused = page.locator('.suggest-widget .monaco-list-row.focused')
      // The detail of an opener: its equivalents in the other versions' languages, ` · ` between them.
      const detail = await until(async () => plain(await focused.locator('.details-label').innerText({timeout: 1000}).catch(() => '')).split(' · ').filter(Boolean), 'a suggestion with its detail')
      const equivalents = detail.length >= 3 ? detail : await until(async () => {
        await page.keyboard.press('ArrowDown')
        const shown = plain(await focused.locator('.details-label').innerText({timeout: 1000}).catch(() => '')).split(' · ')
        return shown.length >= 3 && shown
      }, 'a suggestion whose detail lists three equivalents')
      const words = [equivalents[0].split(' ')[0], equivalents.at(-1).split(' ')[0]]
      const order = await wordBoxes(page, '.suggest-widget .monaco-list-row.focused', words[1], words)
      log(`Arabic interface, completion detail ${JSON.stringify(equivalents)}: ${JSON.stringify(order)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'completion-ar.png')})
      await page.keyboard.press('Escape')
      if (!readsRightToLeft(order)) throw new Error(`the completion detail does not read right to left: ${JSON.stringify(order)}`)
    })
    await step('the hover of an opener: its table of equivalents reads from the right, its cells aligned right, in the Arabic interface (hover-table-ar.png)', async () => {
      // `RECALLING` opens line 9: the hover there is resolint's opener table.
      await goTo(page, 9, 3)
      await runCommand(page, 'Show or Focus Hover')
      const table = () =>
        page.evaluate(() => {
          const found = [...document.querySelectorAll('.monaco-hover .rendered-markdown table')].find((element) => element.innerText.includes('Recalling'))
          if (!found) return undefined
          const box = (element) => element.getBoundingClientRect()
          const textRight = (cell) => {
            const range = document.createRange()
            range.selectNodeContents(cell)
            return Math.round(box(range).right)
          }
          return [...found.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => ({text: cell.innerText.replace(/[\u2066-\u2069]/g, '').trim(), right: Math.round(box(cell).right), textRight: textRight(cell), align: cell.getAttribute('align')})))
        })
      const rows = await until(table, 'resolint\'s hover with the opener table')
      log(`Arabic opener table: ${JSON.stringify(rows)}`)
      await page.screenshot({path: path.join(ARTIFACTS, 'hover-table-ar.png')})
      await page.keyboard.press('Escape')
      // The header: the language at the right (first for a reader of Arabic), the phrase left of it.
      if (JSON.stringify(rows[0].map((cell) => cell.text)) !== JSON.stringify(['العبارة', 'اللغة'])) throw new Error(`the columns are not read from the right: ${JSON.stringify(rows[0])}`)
      // Aligned right on screen too: each cell's text ends at its right edge (less its padding).
      if (!rows.flat().every((cell) => cell.align === 'right' && cell.right - cell.textRight <= 16)) throw new Error(`cells not aligned right: ${JSON.stringify(rows)}`)
    })
  } catch {
    // recorded by step()
  } finally {
    await page.screenshot({path: path.join(ARTIFACTS, 'page-ar-end.png')}).catch(() => {})
    await page.close().catch(() => {})
  }
}

// ------------------------------------------------------------------ summary

function summarize() {
  const passed = results.filter((r) => r.ok === true).length
  const failed = results.filter((r) => r.ok === false).length
  const skipped = results.filter((r) => r.skipped).length
  const groups = [...new Set(results.map((r) => r.group))]
  console.log('\nresolint end to end (code-server 4.100.3 + Chromium)')
  for (const group of groups) {
    console.log(`  ${group}`)
    for (const r of results.filter((x) => x.group === group)) {
      const mark = r.skipped ? '-' : r.ok ? '✓' : '✗'
      console.log(`    ${mark} ${r.title}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}`)
      if (r.ok === false && r.error) for (const line of r.error.split('\n').slice(0, 12)) console.log(`        ${line}`)
    }
  }
  console.log(`  artifacts: ${path.relative(ROOT, ARTIFACTS)}/ (problems.png, code-server.log, logs/)`)
  console.log(`  time: ${seconds(Date.now() - started)}; load average at the end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  return failed === 0 && passed > 0 ? 0 : 1
}

async function finish(code) {
  await context?.close().catch(() => {})
  context = undefined
  await killServerGroup()
  if (runDir) {
    const logs = path.join(runDir, 'ud', 'logs')
    if (fs.existsSync(logs)) copyTree(logs, path.join(ARTIFACTS, 'logs'))
    if (process.env.RESOLINT_E2E_KEEP) log(`run folder kept: ${runDir}`)
    else fs.rmSync(runDir, {recursive: true, force: true})
  }
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    record('run', `interrupted by ${signal}`, false)
    summarize()
    finish(130)
  })
}

// ------------------------------------------------------------------ main

async function main() {
  fs.rmSync(ARTIFACTS, {recursive: true, force: true})
  fs.mkdirSync(ARTIFACTS, {recursive: true})
  const {problems, reference} = preconditions()
  if (problems.length) {
    for (const p of problems) record('preconditions', p, false)
    return summarize()
  }
  let highestLoad = loadFactor()
  const watchdog = setInterval(() => {
    highestLoad = Math.max(highestLoad, loadFactor())
    if (Date.now() - started <= RUN_LIMIT_MS * highestLoad) return
    clearInterval(watchdog)
    record('run', `the whole run took longer than ${seconds(RUN_LIMIT_MS * highestLoad)} (${seconds(RUN_LIMIT_MS)} times the highest load factor, ${highestLoad.toFixed(2)})`, false)
    finish(summarize())
  }, 5000)

  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-e2e-'))
  for (const dir of ['home', 'xdg/config', 'xdg/data', 'xdg/cache', 'ud/User', 'exts', 'ws-host', 'ws-page', 'ws-preview', 'ws-parallel', 'ws-versions', 'chromium', 'results']) {
    fs.mkdirSync(path.join(runDir, dir), {recursive: true})
  }
  const settings = {
    'workbench.startupEditor': 'none',
    // No editor.wordWrap here: the extension's default for ga-resolution wraps the long
    // right-to-left paragraphs (the host tests and the reading-order step check it).
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.stickyScroll.enabled': false,
    'chat.disableAIFeatures': true
  }
  fs.writeFileSync(path.join(runDir, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2))
  fs.writeFileSync(path.join(runDir, 'cs.yaml'), 'auth: none\ncert: false\n')
  const wsHost = path.join(runDir, 'ws-host')
  const wsPage = path.join(runDir, 'ws-page')
  fs.copyFileSync(reference, path.join(wsHost, REFERENCE_NAME))
  fs.copyFileSync(reference, path.join(wsPage, REFERENCE_NAME))
  // A resolution of the workspace never opened: Go to Symbol in Workspace lists its entries.
  fs.mkdirSync(path.join(wsPage, 'drafts'))
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'GA-2025-93-RES-03.en.txt'), path.join(wsPage, 'drafts', UNOPENED_NAME))
  const wsPreview = path.join(runDir, 'ws-preview')
  fs.copyFileSync(reference, path.join(wsPreview, REFERENCE_NAME))
  // Two versions of our set, the Spanish one with its vote figure changed (one finding in each: no majority of two).
  const wsParallel = path.join(runDir, 'ws-parallel')
  const setNames = {en: 'GA-2025-93-RES-07.en.txt', es: 'GA-2025-93-RES-07.es.txt'}
  const setFolder = path.join(ROOT, 'test', 'fixtures', 'set')
  fs.copyFileSync(path.join(setFolder, setNames.en), path.join(wsParallel, setNames.en))
  fs.writeFileSync(path.join(wsParallel, setNames.es), fs.readFileSync(path.join(setFolder, setNames.es), 'utf8').replace('A favor: 121', 'A favor: 112'))
  // The four versions: the English lacking a preamble paragraph, the Spanish with its vote figure changed.
  const wsVersions = path.join(runDir, 'ws-versions')
  const fourNames = Object.fromEntries(['ar', 'en', 'fr', 'es'].map((language) => [language, `GA-2025-93-RES-07.${language}.txt`]))
  for (const [language, name] of Object.entries(fourNames)) {
    let text = fs.readFileSync(path.join(setFolder, name), 'utf8')
    if (language === 'en') text = text.replace(/NOTING WITH CONCERN[^\n]*\n\n/, '')
    if (language === 'es') text = text.replace('A favor: 121', 'A favor: 112')
    fs.writeFileSync(path.join(wsVersions, name), text)
  }
  log(`reference: ${path.relative(ROOT, reference)}; run folder: ${runDir}`)

  const {expected, fixed, fixedExpected} = cliExpectations(reference)
  const {extension, testsEntry} = unpackVsix()
  installVsix()
  log('unpacked and installed the .vsix')

  const port = await freePort()
  const resultFile = path.join(runDir, 'results', 'host.json')
  await startServer(port, wsHost, {
    RESOLINT_E2E_RESULT: resultFile,
    RESOLINT_E2E_MOCHA: path.join(E2E, 'node_modules', 'mocha'),
    RESOLINT_E2E_REFERENCE: path.join(wsHost, REFERENCE_NAME),
    RESOLINT_E2E_EXPECTED: expected,
    RESOLINT_E2E_FIXED: fixed,
    RESOLINT_E2E_FIXED_EXPECTED: fixedExpected
  })
  log(`code-server ready on 127.0.0.1:${port} (process group ${serverGroup})`)

  const {chromium} = await import('playwright-core')
  const profile = path.join(runDir, 'chromium')
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Our own handlers stop code-server and clean up; playwright's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: {width: 1400, height: 1000},
    env: {...process.env, HOME: profile, XDG_CONFIG_HOME: path.join(profile, 'xdg')},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  context.setDefaultTimeout(patience())

  await hostTests(port, wsHost, extension, testsEntry, resultFile)
  await pageTests(port, wsPage, expected)
  /** What the page tests of preview.mjs and parallel.mjs are given, for a page on `workspace`. */
  const shared = (workspace, extra) => ({
    context,
    artifacts: ARTIFACTS,
    stepper,
    log,
    until,
    runCommand,
    openProblems,
    previewFrame,
    openVersion: (page, name, squiggle) => openVersion(page, port, workspace, name, squiggle),
    ...extra
  })
  await previewPageTests(shared(wsPreview, {referenceName: REFERENCE_NAME}))
  await parallelPageTests(shared(wsParallel, {names: setNames}))
  await sideBySidePageTests(shared(wsVersions, {names: fourNames}))
  await frenchRun({reference, settings, extension, testsEntry})
  clearInterval(watchdog)
  return summarize()
}

main().then(finish, (error) => {
  record('run', 'the harness itself', false, error.stack || error.message)
  finish(summarize())
})
