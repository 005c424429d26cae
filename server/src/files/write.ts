/**
 * Writing a fixed file without losing anything: the text goes back in the
 * encoding it was read in, to the symlink's target, with its mode and owner;
 * a file with several hard links is written in place; a read-only file is
 * refused; and the file is compared with what was read (bytes and mtime)
 * just before it is replaced, so an edit made meanwhile is never overwritten.
 * No temporary file outlives the call.
 */
import {accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {lettersAndDigits} from '../core/fix.js'
import {msg, type Message} from '../l10n/index.js'
import {encode, readRegularFile, systemReason, type TextFile} from './read.js'

/** What happened to a fix: written, or why not. */
export type WriteOutcome = {ok: true} | {ok: false; reason: Message}

/** Test seam: runs after the new text is ready and before the file is compared and replaced. */
export interface WriteHooks {
  beforeReplace?: ((target: string) => void) | undefined
}

/** Replace `file` on disk with `text`, or say why it was left as it was. */
export function writeFixed(file: TextFile, text: string, hooks: WriteHooks = {}): WriteOutcome {
  const target = file.realPath
  const {mode, uid, gid, nlink} = file.stats
  if ((mode & 0o222) === 0) return {ok: false, reason: msg('file.notFixed', {reason: msg('file.readOnly')})}
  try {
    accessSync(target, constants.W_OK)
  } catch (error) {
    return {ok: false, reason: msg('file.notFixed', {reason: systemReason(error)})}
  }
  // No fix empties a file (fixAll refuses fixes that would remove most of a text; this is the last guard).
  const total = lettersAndDigits(file.text)
  if (total > 0 && lettersAndDigits(text) === 0) return {ok: false, reason: msg('file.notFixed', {reason: msg('file.fixRemovesText', {kept: 0, total})})}
  const bytes = encode(text, file.encoding)
  const owner = process.getuid?.()
  // A rename makes a new file: it would cut the other hard links off, and only root can give it another owner.
  const inPlace = nlink > 1 || (owner !== undefined && owner !== 0 && owner !== uid)
  try {
    if (inPlace) {
      hooks.beforeReplace?.(target)
      if (changed(file)) return {ok: false, reason: msg('file.notFixed', {reason: msg('file.changed')})}
      const descriptor = openSync(target, constants.O_WRONLY | constants.O_NONBLOCK)
      try {
        writeAll(descriptor, bytes)
        ftruncateSync(descriptor, bytes.length)
        fsyncSync(descriptor)
      } finally {
        closeSync(descriptor)
      }
      return {ok: true}
    }
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.resolint-tmp`)
    try {
      const descriptor = openSync(temporary, 'wx', 0o600)
      try {
        writeAll(descriptor, bytes)
        if (owner === 0) fchownSync(descriptor, uid, gid)
        fchmodSync(descriptor, mode & 0o7777)
        fsyncSync(descriptor)
      } finally {
        closeSync(descriptor)
      }
      hooks.beforeReplace?.(target)
      if (changed(file)) return {ok: false, reason: msg('file.notFixed', {reason: msg('file.changed')})}
      renameSync(temporary, target)
      return {ok: true}
    } finally {
      rmSync(temporary, {force: true})
    }
  } catch (error) {
    return {ok: false, reason: msg('file.notFixed', {reason: systemReason(error)})}
  }
}

/** Whether the file on disk differs from what was read: other bytes, size or mtime. */
function changed(file: TextFile): boolean {
  const now = readRegularFile(file.realPath, file.bytes.length)
  return !now.ok || now.stats.mtimeMs !== file.stats.mtimeMs || now.stats.ino !== file.stats.ino || !now.bytes.equals(file.bytes)
}

function writeAll(descriptor: number, bytes: Buffer) {
  let written = 0
  while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written, written)
}
