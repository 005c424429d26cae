import {readFileSync} from 'node:fs'
import {parse} from '../server/src/core/parse.js'
const src = readFileSync(process.argv[2] ?? '/work/shared/reference/GA-2025-93-RES-03.ar.txt', 'utf8')
const tree = parse(src)
function show(n: any, d = 0) {
  const p = n.position ? `${n.position.start.line}:${n.position.start.column}-${n.position.end.line}:${n.position.end.column}` : ''
  const v = n.value !== undefined ? JSON.stringify(n.value.length > 50 ? n.value.slice(0, 50) + '…' : n.value) : ''
  const extra = ['phraseId','modifier','style','ordinal','number','count','kind'].filter(k => n[k] !== undefined).map(k => `${k}=${n[k]}`).join(' ')
  console.log('  '.repeat(d) + n.type + ' ' + p + ' ' + v + ' ' + extra)
  for (const c of n.children ?? []) show(c, d + 1)
}
show(tree)
console.log(tree.data)
