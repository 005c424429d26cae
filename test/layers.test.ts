/** The layers go one way (STYLE.md 1): a test that reads the imports keeps it true. */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function files(folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    const relative = path.join(folder, name)
    return statSync(path.join(root, relative)).isDirectory() ? files(relative) : relative.endsWith('.ts') ? [relative] : []
  })
}

function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  return [...text.matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? match[2]!)
}

const core = [...files('server/src/core'), ...files('server/src/languages'), ...files('server/src/profiles'), ...files('server/src/rules'), ...files('server/src/features')]

/** Every object reachable from `start` through its own enumerable values. */
function reachable(start: object): Set<object> {
  const seen = new Set<object>()
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    for (const child of Object.values(value)) visit(child)
  }
  visit(start)
  return seen
}

describe('layers', () => {
  it('each entry module loads on its own: no import cycle runs code of a module still loading', () => {
    // The bench, the scripts and the tests each import these first; a cycle (a profile importing its rules,
    // which import core/rule.ts, which imports the profiles) once made some of them throw at load.
    const entries = ['server/src/processor.ts', 'server/src/core/rule.ts', 'server/src/rules/index.ts', 'server/src/profiles/index.ts', 'server/src/features/convert.ts', 'server/src/core/parse.ts', 'server/src/config.ts']
    const failed = entries.filter((entry) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify('./' + entry)})`], {cwd: root, encoding: 'utf8', timeout: 60_000})
      return result.status !== 0
    })
    assert.deepEqual(failed, [])
  })

  it('core, rules and features import neither vscode nor vscode-languageserver (LSP types only)', () => {
    for (const file of core) {
      for (const specifier of imports(file)) {
        assert.ok(!/^vscode($|-languageserver($|\/)|-languageclient)/.test(specifier), `${file} imports ${specifier}`)
      }
    }
  })

  it('core does no IO and uses no import.meta or __dirname', () => {
    for (const file of core) {
      const text = readFileSync(path.join(root, file), 'utf8')
      assert.ok(!imports(file).some((specifier) => /^(node:)?(fs|child_process|net|http)/.test(specifier)), `${file} does IO`)
      assert.ok(!/import\.meta|__dirname/.test(text), `${file} uses import.meta or __dirname`)
    }
  })

  it('no code outside server/src/languages/ branches on a language code (STYLE.md, "What varies")', () => {
    const outside = [...files('server/src'), ...files('client/src')].filter((file) => !file.startsWith(path.join('server', 'src', 'languages')))
    const branches = outside.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/[!=]==\s*'(?:ar|en|fr|es)'|'(?:ar|en|fr|es)'\s*[!=]==|case\s+'(?:ar|en|fr|es)'\s*:/.test(line) ? [`${file}:${index + 1}`] : []))
    )
    assert.deepEqual(branches, [])
  })

  it('no code outside server/src/profiles/ imports a profile\'s own modules (its facts reach rules as `profile.facts`)', () => {
    const outside = [...files('server/src'), ...files('client/src'), ...files('scripts')].filter((file) => !file.startsWith(path.join('server', 'src', 'profiles')))
    const imported = outside.flatMap((file) => imports(file).filter((specifier) => /profiles\/[^/]+\//.test(specifier)).map((specifier) => `${file} imports ${specifier}`))
    assert.deepEqual(imported, [])
  })

  it('no profile imports another profile\'s modules; of the shared files in profiles/, only the registries (index.ts, rules.ts) import a profile', () => {
    const profilesDir = path.join('server', 'src', 'profiles')
    const ownerOf = (file: string) => (file.startsWith(profilesDir + path.sep) ? file.slice(profilesDir.length + 1).split(path.sep)[0] : undefined)
    const registries = [path.join(profilesDir, 'index.ts'), path.join(profilesDir, 'rules.ts')]
    const crossing = [...files('server/src'), ...files('client/src'), ...files('scripts')].flatMap((file) =>
      imports(file).flatMap((specifier) => {
        if (!specifier.startsWith('.')) return []
        const target = path.relative(root, path.resolve(root, path.dirname(file), specifier))
        const owner = ownerOf(target)
        // A file directly in profiles/ (the registry, types.ts, facts.ts) is no profile's own.
        if (owner === undefined || !target.slice(profilesDir.length + 1).includes(path.sep)) return []
        if (ownerOf(file) === owner) return []
        if (registries.includes(file)) return []
        return [`${file} imports ${specifier}`]
      })
    )
    assert.deepEqual(crossing, [])
  })

  it('no module outside profiles/interpol-ga/ imports INTERPOL\'s facts (sessions, members, identifiers, openings, drafts)', () => {
    const own = path.join('server', 'src', 'profiles', 'interpol-ga') + path.sep
    const facts = /profiles\/interpol-ga\/(?:sessions|members|identifiers|openings|drafts)\.js$|interpol-ga\/(?:sessions|members|identifiers|openings|drafts)\.js$/
    const imported = [...files('server/src'), ...files('client/src'), ...files('scripts')]
      .filter((file) => !file.startsWith(own))
      .flatMap((file) => imports(file).filter((specifier) => facts.test(specifier)).map((specifier) => `${file} imports ${specifier}`))
    assert.deepEqual(imported, [])
  })

  it('no file outside profiles/interpol-ga/ but the registry imports from it (its facts reach others only as profile.facts)', () => {
    const own = path.join('server', 'src', 'profiles', 'interpol-ga') + path.sep
    const registry = path.join('server', 'src', 'profiles', 'index.ts')
    const imported = [...files('server/src'), ...files('client/src'), ...files('scripts'), ...files('bench')]
      .filter((file) => !file.startsWith(own) && file !== registry)
      .flatMap((file) => imports(file).filter((specifier) => /(?:^|\/)interpol-ga\//.test(specifier)).map((specifier) => `${file} imports ${specifier}`))
    assert.deepEqual(imported, [])
  })

  it('no file outside profiles/un-ga/ but the registries (profiles/index.ts, profiles/rules.ts for its own rules) imports from it (its facts reach others only as profile.facts and through `cites`)', () => {
    const own = path.join('server', 'src', 'profiles', 'un-ga') + path.sep
    const registries = [path.join('server', 'src', 'profiles', 'index.ts'), path.join('server', 'src', 'profiles', 'rules.ts')]
    const imported = [...files('server/src'), ...files('client/src'), ...files('scripts'), ...files('bench')]
      .filter((file) => !file.startsWith(own) && !registries.includes(file))
      .flatMap((file) => imports(file).filter((specifier) => /(?:^|\/)un-ga\//.test(specifier)).map((specifier) => `${file} imports ${specifier}`))
    assert.deepEqual(imported, [])
  })

  it('no UN fact outside un-ga: core has no module of UN resolutions, and nothing reachable from INTERPOL\'s facts is the UN\'s (UN citations are read through `cites`)', async () => {
    assert.deepEqual(files('server/src/core').filter((file) => path.basename(file) === 'un.ts'), [])
    const {profiles} = await import('../server/src/profiles/index.js')
    const un = reachable(profiles['un-ga']!.facts)
    assert.deepEqual([...reachable(profiles['interpol-ga']!.facts)].filter((value) => un.has(value)), [])
    assert.equal(profiles['interpol-ga']!.facts.identifiers.pairs, undefined)
    assert.deepEqual(profiles['un-ga']!.facts.identifiers.pairs?.symbols, ['a/res/'])
  })

  it('un-ga owns its facts: nothing reachable from them is INTERPOL\'s, and its identifier scheme is the UN\'s', async () => {
    const {profiles} = await import('../server/src/profiles/index.js')
    const interpol = reachable(profiles['interpol-ga']!.facts)
    const shared = [...reachable(profiles['un-ga']!.facts)].filter((value) => interpol.has(value))
    assert.deepEqual(shared, [])
    const un = profiles['un-ga']!.facts
    assert.deepEqual(un.identifiers.scheme.forms.map((form) => form.prefix), ['A/RES', 'A/RES/S', 'A/RES/ES'])
    assert.deepEqual([un.sessions.firstSession.session, un.sessions.firstSession.year, un.sessions.lastSession.session, un.sessions.lastSession.year], [31, 1976, 80, 2025])
    assert.equal(un.sessions.sessionByNumber(80)?.city, undefined)
    assert.deepEqual(un.members.memberCounts, [])
    assert.deepEqual(un.identifiers.parse('A/RES/80/12'), {prefix: 'A/RES', year: undefined, session: 80, number: 12, canonical: 'A/RES/80/12', wellFormed: true})
    assert.deepEqual(un.identifiers.parse('a/res/es-11/1'), {prefix: 'A/RES/ES', year: undefined, session: 11, number: 1, canonical: 'A/RES/ES-11/1', wellFormed: false})
    assert.deepEqual(['GA-2025-93-RES-03', '80/12', 'A/RES', 'A/RES/80/12/3'].map((text) => un.identifiers.parse(text)), [undefined, undefined, undefined, undefined])
    assert.deepEqual([un.identifiers.expectedForm(2025), un.identifiers.draft, un.identifiers.nextIdentifier(['A-RES-80-3.en.txt', 'A/RES/80/7'], 2025, 80)], ['A/RES', 'A/RES/{{session}}/{{1}}', 'A/RES/80/8'])
  })

  it('server.ts imports no single rule', () => {
    for (const specifier of imports('server/src/server.ts')) assert.ok(!/rules\/(?!index)/.test(specifier), specifier)
  })

  it('the client imports only vscode, vscode-languageclient, @vscode/l10n, Node and its own modules', () => {
    for (const file of files('client/src')) {
      for (const specifier of imports(file)) assert.match(specifier, /^(vscode|vscode-languageclient(\/node)?|@vscode\/l10n|node:.*|\.\/[\w-]+)$/, `${file} imports ${specifier}`)
    }
  })
})
