/**
 * The `--stdio` transport, as vscode-languageserver makes it, but for one thing: a list whose parts' JSON is kept
 * (`listJson`, features/json.ts), the diagnostics published or a request's result (the outline, folding), is written
 * from it, not serialised again, and its parts are written as they are, not copied into one buffer (`ChunkWriter`):
 * a 600 KB document's ~800 diagnostics are ~350 KB of JSON on every keystroke, nearly all of resolutions the keystroke
 * did not touch; a 6 MB batch's outline is 7.7 MB, whose copy outlived its write until V8's next full collection. The
 * bytes written are `JSON.stringify`'s, as before. (VS Code's IPC transport serialises in Node's `process.send`.)
 */
import {format} from 'node:util'
import {AbstractMessageWriter, createConnection, ProposedFeatures, type Connection, type Message, type MessageReader, type MessageWriter} from 'vscode-languageserver/node'
import {listChunks} from '../features/json.js'

/** The kept list in a message, in its JSON: a string no other JSON string of it can be. */
const marker = '\u0000resolint.list\u0000'
const markerJson = JSON.stringify(marker)

/** A message in UTF-8 JSON, in chunks: `JSON.stringify`'s bytes, its diagnostics or its result those of their kept JSON when known. */
export function messageChunks(message: Message): Buffer[] {
  const {params, result} = message as {params?: {diagnostics?: unknown}; result?: unknown}
  const diagnostics = listChunks(params?.diagnostics)
  // The kept list replaced by the marker in a shallow copy (a `JsonList`'s toJSON would make its items).
  const list = diagnostics ?? listChunks(result)
  if (!list) return [Buffer.from(JSON.stringify(message), 'utf-8')]
  const marked = JSON.stringify(diagnostics ? {...message, params: {...params, diagnostics: marker}} : {...message, result: marker})
  const at = marked.indexOf(markerJson)
  return [Buffer.from(marked.slice(0, at), 'utf-8'), ...list, Buffer.from(marked.slice(at + markerJson.length), 'utf-8')]
}

/** A message in UTF-8 JSON (`messageChunks` in one buffer). */
export function encodeMessage(message: Message): Buffer {
  return Buffer.concat(messageChunks(message))
}

/** Writes each message as vscode-jsonrpc's stream writer does (its Content-Length header, then its UTF-8 JSON), one after another, in its chunks as they are: a kept list's parts are written without being copied into one buffer, all handed to the stream at once (corked: one `writev`). */
export class ChunkWriter extends AbstractMessageWriter implements MessageWriter {
  private last: Promise<void> = Promise.resolve()
  private errors = 0

  constructor(private readonly stream: NodeJS.WritableStream) {
    super()
    stream.on('error', (error: Error) => this.fireError(error))
    stream.on('close', () => this.fireClose())
  }

  write(message: Message): Promise<void> {
    const written = this.last.then(() => this.send(message))
    this.last = written.catch(() => undefined)
    return written
  }

  end(): void {
    this.stream.end()
  }

  private send(message: Message): Promise<void> {
    const chunks = messageChunks(message)
    const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) return resolve()
        this.fireError(error, message, ++this.errors)
        reject(error)
      }
      // Corked: the stream is given the message's chunks at once (a socket or pipe writes them in one system call), not
      // one write per chunk: a 600 KB document's publish is ~200 chunks, each a write that woke the reader for 4 KB.
      const stream = this.stream as NodeJS.WritableStream & {cork?: () => void; uncork?: () => void}
      stream.cork?.()
      stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii')
      chunks.forEach((chunk, index) => stream.write(chunk, index === chunks.length - 1 ? done : undefined))
      stream.uncork?.()
    })
  }
}

/** The connection over stdin and stdout, writing with `ChunkWriter`; the console goes to the client's log, as vscode-languageserver's `--stdio` does. */
export function stdioConnection(): Connection {
  // stdin as a stream (typed as a reader: vscode-languageserver takes either), so the server exits when it closes.
  const connection = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new ChunkWriter(process.stdout))
  // Anything written to stdout would break the protocol.
  console.log = console.debug = (...values: unknown[]) => connection.console.log(format(...values))
  console.info = (...values: unknown[]) => connection.console.info(format(...values))
  console.warn = (...values: unknown[]) => connection.console.warn(format(...values))
  console.error = (...values: unknown[]) => connection.console.error(format(...values))
  return connection
}
