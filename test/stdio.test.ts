/**
 * The stdio writer of the server (`ChunkWriter`, lsp/stdio.ts) on its own: every server test goes through it, but
 * these say exactly what it writes. Its framing (a Content-Length in bytes, multi-byte text), a kept list's parts
 * written as they are (the very buffers, not copies), one message after another while the stream is slow (no
 * message starts before the last one's bytes were taken), an error and a close said to the connection. No clock:
 * the stream below is held and released by the test.
 */
import assert from 'node:assert/strict'
import {Readable, Writable} from 'node:stream'
import {StreamMessageReader, type Message} from 'vscode-languageserver/node'
import {JsonList, JsonPart, joinParts} from '../server/src/features/json.js'
import {ChunkWriter} from '../server/src/lsp/stdio.js'

/** A stream that keeps each chunk written as given and calls back only when the test releases it (or fails it). */
class HeldStream extends Writable {
  readonly chunks: Buffer[] = []
  private held: Array<(error?: Error) => void> = []

  constructor() {
    // One byte: the stream says "full" after every chunk, as a pipe whose reader is slow.
    super({highWaterMark: 1, decodeStrings: true})
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk)
    this.held.push(callback)
  }

  /** Let the stream take what was written so far (`error`: fail the chunk it holds). */
  release(error?: Error): void {
    // A Writable gives _write one chunk at a time: releasing one lets the next in.
    while (this.held.length > 0) {
      const callback = this.held.shift()!
      callback(error)
      if (error) return
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf-8')
  }
}

/** Wait until nothing more is queued (promises and the stream's own ticks). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Let a held stream take everything, however many chunks it is given one at a time. */
async function drain(stream: HeldStream): Promise<void> {
  for (let round = 0; round < 100; round++) {
    stream.release()
    await settled()
  }
}

const frame = (json: string) => `Content-Length: ${Buffer.byteLength(json, 'utf-8')}\r\n\r\n${json}`

describe('the stdio writer (ChunkWriter)', () => {
  it('frames each message as vscode-jsonrpc does: its Content-Length in UTF-8 bytes, then JSON.stringify\'s bytes; Arabic, an emoji and a no-break space counted as bytes, read back the same', async () => {
    const stream = new HeldStream()
    const writer = new ChunkWriter(stream)
    const message = {jsonrpc: '2.0', method: 'window/logMessage', params: {type: 3, message: 'تنتهي فقرة المنطوق بـ «؛» 🙂 Un paragraphe\u00a0: fin'}} as Message
    const second = {jsonrpc: '2.0', id: 2, result: null} as Message
    const written = Promise.all([writer.write(message), writer.write(second)])
    await drain(stream)
    await written
    const json = JSON.stringify(message)
    assert.ok(Buffer.byteLength(json) > json.length)
    assert.equal(stream.text(), frame(json) + frame(JSON.stringify(second)))
    assert.equal(stream.text().startsWith(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n{`), true)
    // What a client reads from those bytes: the same two messages.
    const reader = new StreamMessageReader(Readable.from([Buffer.concat(stream.chunks)]))
    const read: unknown[] = []
    await new Promise<void>((resolve) => {
      reader.listen((value) => {
        read.push(value)
        if (read.length === 2) resolve()
      })
    })
    assert.deepEqual(read, [message, second])
  })

  it('writes a kept list\'s parts as they are: the very buffers of each part, between the message\'s own bytes, no copy', async () => {
    const parts = [JsonPart.of([{name: 'وإذ تذكّر'}, {name: 'RECALLING'}]), JsonPart.of([]), JsonPart.of([{name: 'Rappelant'}])]
    const list = new JsonList(parts)
    const stream = new HeldStream()
    const writer = new ChunkWriter(stream)
    const response = {jsonrpc: '2.0', id: 7, result: list} as unknown as Message
    const written = writer.write(response)
    await drain(stream)
    await written
    const json = JSON.stringify(response)
    assert.equal(stream.text(), frame(json))
    // The header, the message up to its list, `[`, the first part, `,`, the third (the empty one has nothing), `]`, the rest.
    assert.deepEqual(
      stream.chunks.map((chunk) => chunk.toString('utf-8')),
      [`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n`, '{"jsonrpc":"2.0","id":7,"result":', '[', parts[0]!.json.toString(), ',', parts[2]!.json.toString(), ']', '}']
    )
    assert.equal(stream.chunks[3], parts[0]!.json)
    assert.equal(stream.chunks[5], parts[2]!.json)
    // A publish's diagnostics joined from their parts: the same, each part's JSON made once and written again as it is.
    const diagnostics = joinParts([[{message: 'أ'}], [{message: 'b'}]])
    const publish = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a', diagnostics}} as unknown as Message
    const again = new HeldStream()
    const other = new ChunkWriter(again)
    const both = Promise.all([other.write(publish), other.write(publish)])
    await drain(again)
    await both
    assert.equal(again.text(), frame(JSON.stringify(publish)).repeat(2))
    const firstPart = again.chunks.findIndex((chunk) => chunk.toString() === '{"message":"أ"}')
    const secondTime = again.chunks.findIndex((chunk, index) => index > firstPart && chunk.toString() === '{"message":"أ"}')
    assert.ok(firstPart > 0 && secondTime > firstPart)
    assert.equal(again.chunks[secondTime], again.chunks[firstPart])
  })

  it('hands the stream a message\'s chunks at once (one `_writev`: one system call on a socket or pipe), the header first, each kept part as it is, and resolves once they are written', async () => {
    // A stream that writes in batches, as a socket does (`net.Socket` has `_writev`): what it was given in each call.
    const batches: Buffer[][] = []
    const stream = new Writable({
      writev(chunks, callback) {
        batches.push(chunks.map(({chunk}) => chunk as Buffer))
        setImmediate(callback)
      },
      write(chunk: Buffer, _encoding, callback) {
        batches.push([chunk])
        setImmediate(callback)
      }
    })
    const writer = new ChunkWriter(stream)
    const parts = [JsonPart.of([{message: 'أ'}]), JsonPart.of([{message: 'b'}]), JsonPart.of([{message: 'c'}])]
    const publish = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a', diagnostics: new JsonList(parts)}} as unknown as Message
    const second = {jsonrpc: '2.0', id: 2, result: null} as Message
    await Promise.all([writer.write(publish), writer.write(second)])
    const json = JSON.stringify(publish)
    // The publish in one batch: its header, its own bytes around the list, `[`, the parts with commas between, `]`.
    assert.equal(batches.length, 2)
    assert.deepEqual(
      batches[0]!.map((chunk) => chunk.toString('utf-8')),
      [`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n`, '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///a","diagnostics":', '[', '{"message":"أ"}', ',', '{"message":"b"}', ',', '{"message":"c"}', ']', '}}']
    )
    assert.equal(batches[0]![3], parts[0]!.json)
    // The next message after it, in a batch of its own.
    assert.equal(Buffer.concat(batches[1]!).toString('utf-8'), frame(JSON.stringify(second)))
  })

  it('under back-pressure: a message\'s write resolves once the stream took its last byte, and the next starts only then, in order', async () => {
    const stream = new HeldStream()
    const writer = new ChunkWriter(stream)
    const first = {jsonrpc: '2.0', id: 1, result: new JsonList([JsonPart.of([1, 2]), JsonPart.of([3])])} as unknown as Message
    const second = {jsonrpc: '2.0', id: 2, result: 'حرف'} as Message
    let firstDone = false
    let secondDone = false
    const writes = [writer.write(first).then(() => (firstDone = true)), writer.write(second).then(() => (secondDone = true))]
    await settled()
    // The stream holds its first chunk: nothing is done, and nothing of the second message is written.
    assert.equal(firstDone, false)
    assert.equal(stream.chunks.length, 1)
    // Released one chunk at a time, as a slow reader takes them: the first message's bytes, all of them, before any of the second's.
    let rounds = 0
    while (!firstDone) {
      assert.ok(!stream.text().includes('"id":2'), stream.text())
      stream.release()
      await settled()
      assert.ok(++rounds < 100)
    }
    // The second begun only now, after the first's every byte; not done while the stream holds it.
    assert.equal(secondDone, false)
    assert.ok(stream.text().startsWith(frame(JSON.stringify(first))))
    assert.ok(frame(JSON.stringify(second)).startsWith(stream.text().slice(frame(JSON.stringify(first)).length)))
    await drain(stream)
    await Promise.all(writes)
    assert.equal(stream.text(), frame(JSON.stringify(first)) + frame(JSON.stringify(second)))
  })

  it('says a failed write to the connection (the error, the message, how many so far), and a write after it fails too instead of waiting; the stream closing is said once', async () => {
    const stream = new HeldStream()
    const writer = new ChunkWriter(stream)
    const errors: Array<[string, unknown, number | undefined]> = []
    writer.onError(([error, message, count]: [Error, Message | undefined, number | undefined]) => errors.push([error.message, message, count]))
    let closed = 0
    writer.onClose(() => closed++)
    const message = {jsonrpc: '2.0', id: 1, result: 'x'} as Message
    const failed = writer.write(message)
    await settled()
    stream.release(new Error('EPIPE'))
    await assert.rejects(failed, {message: 'EPIPE'})
    // The stream's own 'error' event and the write's: the write's names its message.
    assert.ok(errors.some(([said, of, count]) => said === 'EPIPE' && of === message && count === 1), JSON.stringify(errors))
    // The stream is gone: the next message's write fails at once (no wait on a promise that never settles).
    await assert.rejects(writer.write({jsonrpc: '2.0', id: 2, result: 'y'} as Message))
    assert.ok(errors.some(([, , count]) => count === 2), JSON.stringify(errors))
    // A stream failed is closed (Node destroys it): the connection hears it once.
    await settled()
    assert.equal(closed, 1)
  })
})
