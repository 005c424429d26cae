/** Entry point of `dist/server.cjs`: `--stdio` (`lsp/stdio.ts`), `--node-ipc` or `--socket=N`, chosen by vscode-languageserver. */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {stdioConnection} from './lsp/stdio.js'
import {startServer} from './server.js'

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all))
