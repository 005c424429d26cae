/** Entry point of `dist/server.cjs`: `--stdio`, `--node-ipc` or `--socket=N`, chosen by vscode-languageserver. */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

startServer(createConnection(ProposedFeatures.all))
