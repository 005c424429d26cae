// Entry point that VS Code's extension host loads through `extensionTestsPath`.
// run.mjs copies this folder into the unpacked .vsix and starts code-server with:
//   RESOLINT_E2E_RESULT  where mocha's JSON reporter writes the results (the harness
//                        waits for this file: the extension host exits 0 even on failure)
//   RESOLINT_E2E_MOCHA   the folder of test/e2e/node_modules/mocha
//   RESOLINT_E2E_SUITE   `locale` in the run in a French VS Code (locale.test.js only)
// and the data the tests compare with (see extension.test.js).
'use strict'

const fs = require('fs')
const path = require('path')
const {patience} = require('./support')

// Written when mocha itself could not run, in the shape of mocha's JSON reporter.
function writeCrash(resultPath, title, error) {
  const now = new Date().toISOString()
  const err = {message: String((error && error.message) || error), stack: String((error && error.stack) || '')}
  const failure = {title, fullTitle: title, file: __filename, duration: 0, err}
  const report = {
    stats: {suites: 0, tests: 1, passes: 0, pending: 0, failures: 1, start: now, end: now, duration: 0},
    tests: [failure],
    pending: [],
    failures: [failure],
    passes: []
  }
  writeAtomically(resultPath, JSON.stringify(report, null, 2))
}

// The harness polls for the result file: it must appear complete or not at all.
function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file + '.part', text)
  fs.renameSync(file + '.part', file)
}

function run() {
  const resultPath = process.env.RESOLINT_E2E_RESULT
  if (!resultPath) {
    return Promise.reject(new Error('RESOLINT_E2E_RESULT is not set: start code-server through test/e2e/run.mjs'))
  }
  const partial = resultPath + '.mocha'
  try {
    fs.rmSync(partial, {force: true})
    const Mocha = require(path.join(process.env.RESOLINT_E2E_MOCHA || 'mocha', 'lib', 'mocha.cjs'))
    const mocha = new Mocha({
      ui: 'tdd',
      // Each wait of a test is bounded by patience() (support.js); this only stops a test stuck
      // elsewhere (a command that never answers), so that the others still run and report.
      timeout: 5 * patience(),
      color: false,
      reporter: 'json',
      reporterOption: {output: partial}
    })
    // The run in a French VS Code loads locale.test.js alone; the main run all the others.
    const localeRun = process.env.RESOLINT_E2E_SUITE === 'locale'
    const files = fs
      .readdirSync(__dirname)
      .filter((name) => name.endsWith('.test.js') && (name === 'locale.test.js') === localeRun)
      .sort()
      .map((name) => path.join(__dirname, name))
    // Load the test files with the extension host's own `require`, which is what
    // resolves `require('vscode')`; mocha would only see its own.
    for (const file of files) {
      mocha.suite.emit('pre-require', globalThis, file, mocha)
      require(file)
      mocha.suite.emit('post-require', globalThis, file, mocha)
    }
    return new Promise((resolve) => {
      mocha.run((failures) => {
        try {
          if (fs.existsSync(partial)) fs.renameSync(partial, resultPath)
          else writeCrash(resultPath, 'mocha wrote no JSON report', new Error(`${failures} failures`))
        } catch (error) {
          writeCrash(resultPath, 'writing the JSON report', error)
        }
        resolve()
      })
    })
  } catch (error) {
    writeCrash(resultPath, 'loading the in-host tests', error)
    return Promise.resolve()
  }
}

module.exports = {run}
