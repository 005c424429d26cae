// Bundles the three entry points with esbuild (see STYLE.md 14):
// the extension and the server as CommonJS for VS Code and `node dist/server.cjs --stdio`,
// the command line as ESM (unified-engine expects ESM; `require` is provided for bundled CJS deps).
import {build} from 'esbuild'

const common = {bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none'}

await Promise.all([
  build({...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode']}),
  build({...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs', format: 'cjs'}),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.mjs',
    format: 'esm',
    banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}
  })
])
