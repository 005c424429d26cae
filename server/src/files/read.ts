/**
 * Reading a file from disk safely, for the command line and the server: only
 * regular files, a size limit checked on the open file before reading, and
 * the encodings a drafter's files come in. Every refusal is a short reason (a
 * catalogue `Message`, said in the interface language) that the caller prints after the file's name.
 */
import {closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats} from 'node:fs'
import {open, realpath, stat} from 'node:fs/promises'
import {msg, type Message} from '../l10n/index.js'

/** The encodings read and written back: UTF-8 with or without a BOM, UTF-16 with a BOM. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be'

/** A text file as read: its text (without BOM), how it was encoded, and what it was on disk. */
export interface TextFile {
  /** The path as given. */
  path: string
  /** The path with every symlink resolved: where a fix is written. */
  realPath: string
  text: string
  encoding: Encoding
  /** The bytes read, to tell whether the file changed before a fix replaces it. */
  bytes: Buffer
  stats: Stats
}

/** A file read as text, or the reason it was not. */
export type ReadResult = {ok: true; file: TextFile} | {ok: false; reason: Message}

/** Files above this size are not read (bytes). */
export const defaultMaxBytes = 5 * 1024 * 1024

/** How far into a file a NUL byte is looked for (as git and grep do). */
const binaryProbe = 8192

/** Read `filePath` as text, or say why not. Never blocks on a FIFO and never reads more than `maxBytes + 1` bytes. */
export function readTextFile(filePath: string, maxBytes = defaultMaxBytes): ReadResult {
  const raw = readRegularFile(filePath, maxBytes)
  if (!raw.ok) return raw
  const decoded = decode(raw.bytes)
  if ('reason' in decoded) return {ok: false, reason: decoded.reason}
  return {ok: true, file: {path: filePath, realPath: raw.realPath, text: decoded.text, encoding: decoded.encoding, bytes: raw.bytes, stats: raw.stats}}
}

/** `readTextFile` without blocking the thread (the server reads configs while it serves requests). */
export async function readTextFileAsync(filePath: string, maxBytes = defaultMaxBytes): Promise<ReadResult> {
  const raw = await readRegularFileAsync(filePath, maxBytes)
  if (!raw.ok) return raw
  const decoded = decode(raw.bytes)
  if ('reason' in decoded) return {ok: false, reason: decoded.reason}
  return {ok: true, file: {path: filePath, realPath: raw.realPath, text: decoded.text, encoding: decoded.encoding, bytes: raw.bytes, stats: raw.stats}}
}

/** `readRegularFile` without blocking the thread: the same checks, on the open file. */
async function readRegularFileAsync(filePath: string, maxBytes: number): Promise<{ok: true; bytes: Buffer; stats: Stats; realPath: string} | {ok: false; reason: Message}> {
  let realPath: string
  let handle: Awaited<ReturnType<typeof open>>
  try {
    const stats = await stat(filePath)
    if (!stats.isFile()) return {ok: false, reason: notRegular(stats)}
    realPath = await realpath(filePath)
    handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {ok: false, reason: systemReason(error)}
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return {ok: false, reason: notRegular(stats)}
    if (stats.size > maxBytes) return {ok: false, reason: msg('file.tooLarge', {bytes: maxBytes})}
    const steps = bounded(stats.size, maxBytes)
    let step = steps.next()
    while (!step.done) {
      const [buffer, offset] = step.value
      step = steps.next((await handle.read(buffer, offset, buffer.length - offset, offset)).bytesRead)
    }
    const bytes = step.value
    if (bytes.length > maxBytes) return {ok: false, reason: msg('file.tooLarge', {bytes: maxBytes})}
    return {ok: true, bytes, stats, realPath}
  } catch (error) {
    return {ok: false, reason: systemReason(error)}
  } finally {
    await handle.close()
  }
}

/**
 * The reading of a file of `size` bytes, up to one byte more than `maxBytes` (a file that
 * grows past the limit while read is refused too), as steps: each yields a buffer and the
 * offset to read into, and is given the count of bytes read (0 at the end). The same steps
 * serve the blocking read and the one that does not block.
 */
function* bounded(size: number, maxBytes: number): Generator<[Buffer, number], Buffer, number> {
  let buffer = Buffer.alloc(Math.min(maxBytes + 1, size + 1))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) break
      const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2))
      buffer.copy(larger)
      buffer = larger
    }
    const count = yield [buffer, length]
    if (count === 0) break
    length += count
  }
  return buffer.subarray(0, length)
}

/** The bytes of a regular file of at most `maxBytes`, with its stats and real path. */
export function readRegularFile(filePath: string, maxBytes: number): {ok: true; bytes: Buffer; stats: Stats; realPath: string} | {ok: false; reason: Message} {
  let realPath: string
  let descriptor: number
  try {
    const stats = statSync(filePath)
    if (!stats.isFile()) return {ok: false, reason: notRegular(stats)}
    // The system's realpath, one call (as `fs/promises` does), not one lstat per part of the path.
    realPath = realpathSync.native(filePath)
    // O_NONBLOCK: if the file was swapped for a FIFO since the stat, the open still returns at once.
    descriptor = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {ok: false, reason: systemReason(error)}
  }
  try {
    const stats = fstatSync(descriptor)
    if (!stats.isFile()) return {ok: false, reason: notRegular(stats)}
    if (stats.size > maxBytes) return {ok: false, reason: msg('file.tooLarge', {bytes: maxBytes})}
    const steps = bounded(stats.size, maxBytes)
    let step = steps.next()
    while (!step.done) {
      const [buffer, offset] = step.value
      step = steps.next(readSync(descriptor, buffer, offset, buffer.length - offset, offset))
    }
    const bytes = step.value
    if (bytes.length > maxBytes) return {ok: false, reason: msg('file.tooLarge', {bytes: maxBytes})}
    return {ok: true, bytes, stats, realPath}
  } catch (error) {
    return {ok: false, reason: systemReason(error)}
  } finally {
    closeSync(descriptor)
  }
}

/** Why a path that is not a regular file is not read. */
export function notRegular(stats: Stats): Message {
  const kind = stats.isDirectory()
    ? 'folder'
    : stats.isFIFO()
      ? 'fifo'
      : stats.isSocket()
        ? 'socket'
        : stats.isCharacterDevice()
          ? 'characterDevice'
          : stats.isBlockDevice()
            ? 'blockDevice'
            : 'unknown'
  return msg('file.notRegular', {kind: msg(`file.kind.${kind}`)})
}

/** A system error in a drafter's words: `permission denied`, `symlink loop`, `no such file or folder`. */
export function systemReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return msg('file.missing')
  if (code === 'EACCES' || code === 'EPERM') return msg('file.permission')
  if (code === 'ELOOP') return msg('file.loop')
  if (code === 'ENXIO') return msg('file.notRegular', {kind: msg('file.kind.socket')})
  if (code === 'EISDIR') return msg('file.notRegular', {kind: msg('file.kind.folder')})
  // The system's own words (`ENOSPC: no space left on device`): no catalogue has them.
  return msg('file.system', {error: {said: (error as Error).message}})
}

/** Bytes -> text, or why they are not text. */
export function decode(bytes: Buffer): {text: string; encoding: Encoding} | {reason: Message} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3))
    return text === undefined ? {reason: legacyReason(bytes.subarray(3))} : checkText(text, 'utf8-bom')
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf16be')
  const probe = bytes.subarray(0, binaryProbe)
  if (probe.includes(0)) return {reason: nulReason(probe)}
  const text = utf8(bytes)
  return text === undefined ? {reason: legacyReason(bytes)} : checkText(text, 'utf8')
}

/** Text -> bytes in the encoding it was read in (with its BOM). */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8')
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
  const body = Buffer.from(text, 'utf16le')
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), body])
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body.swap16()])
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

function utf16(bytes: Buffer, encoding: 'utf16le' | 'utf16be'): {text: string; encoding: Encoding} | {reason: Message} {
  const name = {said: encoding === 'utf16le' ? 'UTF-16 LE' : 'UTF-16 BE'}
  if (bytes.length % 2 === 1) return {reason: msg('file.invalidOdd', {encoding: name})}
  const body = encoding === 'utf16le' ? bytes : Buffer.from(bytes).swap16()
  try {
    return checkText(new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}).decode(body), encoding)
  } catch {
    return {reason: msg('file.invalid', {encoding: name})}
  }
}

/** Decoded text with a NUL in its first 8 KB is not text (an image, a `.docx` renamed). */
function checkText(text: string, encoding: Encoding): {text: string; encoding: Encoding} | {reason: Message} {
  return text.slice(0, binaryProbe).includes('\0') ? {reason: binaryReason} : {text, encoding}
}

const binaryReason = msg('file.binary')

/** NUL bytes: UTF-16 without its byte order mark (every other byte NUL in Latin text), or binary. */
function nulReason(probe: Buffer): Message {
  let even = 0
  let odd = 0
  for (let index = 0; index < probe.length; index++) {
    if (probe[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }
  const half = probe.length / 2
  if (odd > half * 0.3 && even < half * 0.02) return msg('file.utf16WithoutBom', {encoding: {said: 'UTF-16 LE'}})
  if (even > half * 0.3 && odd < half * 0.02) return msg('file.utf16WithoutBom', {encoding: {said: 'UTF-16 BE'}})
  return binaryReason
}

/**
 * Not UTF-8: name the likely code page. Arabic in Windows-1256 is words of
 * consecutive bytes over 0x7F; French or Spanish in Windows-1252 has such
 * bytes one at a time between ASCII letters (`Assembl\xE9e`).
 */
function legacyReason(bytes: Uint8Array): Message {
  let high = 0
  let inRuns = 0
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index]! < 0x80) continue
    high++
    if ((bytes[index - 1] ?? 0) >= 0x80 || (bytes[index + 1] ?? 0) >= 0x80) inRuns++
  }
  return msg('file.legacy', {encoding: {said: `Windows-${inRuns > high / 2 ? 1256 : 1252}`}})
}
