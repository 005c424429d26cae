/**
 * The `--stdio` transport, as vscode-languageserver makes it, but for one thing: a list whose parts' JSON is kept
 * (`listJson`, features/json.ts), the diagnostics published or a request's result (the outline, folding), is written
 * from it, not serialised again. A 600 KB document's ~800 diagnostics are ~350 KB of JSON on every keystroke, nearly
 * all of resolutions the keystroke did not touch; a 6 MB batch's outline is 5.5 million characters. The bytes
 * written are `JSON.stringify`'s, as before. (VS Code's IPC transport serialises in Node's `process.send`.)
 */
import {format} from 'node:util'
import {createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type ContentTypeEncoder, type Message, type MessageReader} from 'vscode-languageserver/node'
import {listJson} from '../features/json.js'

/** The kept list in a message, in its JSON: a string no other JSON string of it can be. */
const marker = '\u0000resolint.list\u0000'
const markerJson = JSON.stringify(marker)

/** A message in UTF-8 JSON: `JSON.stringify`'s bytes, its diagnostics or its result taken from their kept JSON when known. */
export function encodeMessage(message: Message): Buffer {
  const {params, result} = message as {params?: {diagnostics?: unknown}; result?: unknown}
  const diagnostics = listJson(params?.diagnostics)
  // The kept list replaced by the marker in a shallow copy (a `JsonList`'s toJSON would make its items).
  const json = diagnostics ?? listJson(result)
  if (!json) return Buffer.from(JSON.stringify(message), 'utf-8')
  const marked = JSON.stringify(diagnostics ? {...message, params: {...params, diagnostics: marker}} : {...message, result: marker})
  const at = marked.indexOf(markerJson)
  return Buffer.concat([Buffer.from(marked.slice(0, at), 'utf-8'), json, Buffer.from(marked.slice(at + markerJson.length), 'utf-8')])
}

const encoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => (options.charset === 'utf-8' ? new Promise((resolve) => resolve(encodeMessage(message))) : Promise.resolve(Buffer.from(JSON.stringify(message), options.charset)))
}

/** The connection over stdin and stdout, writing with `encodeMessage`; the console goes to the client's log, as vscode-languageserver's `--stdio` does. */
export function stdioConnection(): Connection {
  // stdin as a stream (typed as a reader: vscode-languageserver takes either), so the server exits when it closes.
  const connection = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StreamMessageWriter(process.stdout, {charset: 'utf-8', contentTypeEncoder: encoder}))
  // Anything written to stdout would break the protocol.
  console.log = console.debug = (...values: unknown[]) => connection.console.log(format(...values))
  console.info = (...values: unknown[]) => connection.console.info(format(...values))
  console.warn = (...values: unknown[]) => connection.console.warn(format(...values))
  console.error = (...values: unknown[]) => connection.console.error(format(...values))
  return connection
}
