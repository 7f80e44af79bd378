/**
 * Read a transcript from disk into a VFile, refusing what cannot be minutes
 * with a reason a person can act on. The original file is only ever read.
 *
 * - UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM, or with
 *   the zero bytes that give it away, is decoded; bytes that are not UTF-8
 *   are read as Windows-1252, with a warning, since that is what word
 *   processors of the region write.
 * - Empty files, binary files, files over the size limit and files still
 *   growing are refused.
 * - A Word document (`.docx`, found by its content whatever its name) is
 *   read through the text extracted from it; a `.docx` that is not one, or
 *   is encrypted, is refused with `not-a-word-document`.
 */
import {isUtf8} from 'node:buffer'
import {createHash, type Hash} from 'node:crypto'
import {open, readFile, stat, type FileHandle} from 'node:fs/promises'
import {setTimeout as delay} from 'node:timers/promises'
import {VFile} from 'vfile'
import type {Source} from './record.js'
import {extractWordText, isWordDocument, looksLikeOfficeFile, NotAWordDocument} from './formats/docx.js'
import './data.js'

export interface IngestOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number
  /**
   * A file modified less than this many milliseconds ago is checked again
   * after the same time, and refused if it changed (default `1000`; `0`
   * turns the check off).
   */
  readonly settleMs?: number
}

/** Why a file was refused. */
export class IngestError extends Error {
  readonly path: string
  readonly ruleId: string

  constructor(path: string, reason: string, ruleId: string) {
    super(reason)
    this.name = 'IngestError'
    this.path = path
    this.ruleId = ruleId
  }
}

/** Read and decode `path`; throws an `IngestError` naming the reason. */
export async function readTranscript(path: string, options: IngestOptions = {}): Promise<VFile> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024
  const settleMs = options.settleMs ?? 1000
  let info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new IngestError(path, error.code === 'ENOENT' ? 'File not found' : `Cannot read file: ${error.message}`, 'unreadable-file')
  })
  if (!info.isFile()) throw new IngestError(path, 'Not a regular file', 'unreadable-file')
  if (info.size > maxBytes) {
    throw new IngestError(path, `File is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit; split it or raise --max-bytes`, 'file-too-large')
  }
  if (settleMs > 0 && Date.now() - info.mtimeMs < settleMs) {
    await delay(settleMs)
    const again = await stat(path)
    if (again.size !== info.size || again.mtimeMs !== info.mtimeMs) {
      throw new IngestError(path, 'File is still being written (its size changed while reading); it will be taken once it settles', 'file-still-being-written')
    }
    info = again
  }
  const text = await readUtf8Text(path)
  if (text) return text
  const bytes = await readFile(path)
  return decodeFile(path, bytes)
}

/** Bytes read at a time by `readUtf8Text`: well below the size from which the C library maps memory of its own. */
const readSize = 64 * 1024

/**
 * Read a UTF-8 text file piece by piece, hashing and decoding each piece as
 * it comes; undefined when the file is anything else (empty, UTF-16,
 * binary, a Word document, not valid UTF-8), for `decodeFile` to read whole.
 * The file is then never held as one block of bytes beside its text: the
 * C library, once such a block is freed, keeps up to twice its size of
 * freed memory from then on, which for a 10 MB transcript raised the peak
 * by about 25 MB. The text, hash and size are those `decode` gives.
 */
async function readUtf8Text(path: string): Promise<VFile | undefined> {
  if (path.toLowerCase().endsWith('.docx')) return undefined
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(readSize)
    const hash = createHash('sha256')
    let filled = await fill(handle, buffer, 0, hash)
    if (filled === 0 || !plainUtf8Head(buffer.subarray(0, filled))) return undefined
    const parts: string[] = []
    let bytes = filled
    // A byte order mark is not part of the text.
    let from = filled >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0
    for (;;) {
      const end = filled < readSize ? filled : characterBoundary(buffer, filled)
      if (!isUtf8(buffer.subarray(0, end))) return undefined
      parts.push(buffer.toString('utf8', from, end))
      if (filled < readSize) break
      // The bytes of a character cut by the end of the piece start the next one.
      buffer.copy(buffer, 0, end, filled)
      const kept = filled - end
      filled = await fill(handle, buffer, kept, hash)
      bytes += filled - kept
      from = 0
    }
    return checkedText(path, parts.length === 1 ? parts[0]! : parts.join(''), 'utf-8', hash.digest('hex'), bytes)
  } finally {
    await handle.close()
  }
}

/** Read into `buffer` from `at` until it is full or the file ends; the bytes read go into `hash`. Returns the bytes in the buffer. */
async function fill(handle: FileHandle, buffer: Buffer, at: number, hash: Hash): Promise<number> {
  let filled = at
  while (filled < buffer.length) {
    const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, null)
    if (bytesRead === 0) break
    hash.update(buffer.subarray(filled, filled + bytesRead))
    filled += bytesRead
  }
  return filled
}

/** Whether the first bytes of a file let it be read as UTF-8 text, the way `decodeFile` would read it. */
function plainUtf8Head(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false
  return !looksLikeUtf16(head) && !isBinary(head) && !looksLikeOfficeFile(head)
}

/** The end of the last whole UTF-8 character in `bytes[0..end)`. */
function characterBoundary(bytes: Uint8Array, end: number): number {
  let lead = end - 1
  while (lead > 0 && lead > end - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--
  const byte = bytes[lead]!
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
  return lead + length > end ? lead : end
}

/** Decode the bytes of `path`: a Word document through its text, anything else as text (see `decode`). */
export async function decodeFile(path: string, bytes: Uint8Array): Promise<VFile> {
  const named = path.toLowerCase().endsWith('.docx')
  if (bytes.length > 0 && (isWordDocument(bytes) || (named && looksLikeOfficeFile(bytes)))) return decodeWordDocument(path, bytes)
  if (named && bytes.length > 0) {
    throw new IngestError(path, 'File is named .docx but is not a Word document; export the transcript again', 'not-a-word-document')
  }
  return decode(path, bytes)
}

async function decodeWordDocument(path: string, bytes: Uint8Array): Promise<VFile> {
  let text: string
  try {
    text = await extractWordText(bytes)
  } catch (error) {
    if (error instanceof NotAWordDocument) throw new IngestError(path, error.message, 'not-a-word-document')
    throw error
  }
  if (text.trim().length === 0) throw new IngestError(path, 'Word document has no text', 'empty-file')
  return sourceFile(path, bytes, text, {encoding: 'utf-8', extractedFrom: 'docx'})
}

/** The file to process: `text` as read from `bytes`, with where and how it was read. */
function sourceFile(path: string, bytes: Uint8Array, text: string, how: Pick<Source, 'encoding' | 'extractedFrom'>): VFile {
  return textFile(path, text, createHash('sha256').update(bytes).digest('hex'), bytes.length, how)
}

/** The file to process: `text`, read from `bytes` bytes of hash `sha256`. */
function textFile(path: string, text: string, sha256: string, bytes: number, how: Pick<Source, 'encoding' | 'extractedFrom'>): VFile {
  const file = new VFile({path, value: text})
  file.data.source = {path, sha256, lines: countLines(text), bytes, ...how}
  return file
}

/** Decode bytes read from `path` into a VFile with its source information. */
export function decode(path: string, bytes: Uint8Array): VFile {
  if (bytes.length === 0) throw new IngestError(path, 'File is empty', 'empty-file')
  let encoding: Source['encoding'] = 'utf-8'
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  } else if (looksLikeUtf16(bytes)) {
    encoding = bytes[0] === 0 ? 'utf-16be' : 'utf-16le'
    text = new TextDecoder(encoding).decode(bytes)
  } else {
    if (isBinary(bytes)) throw new IngestError(path, 'File is binary, not text (it has zero bytes or control characters); export the transcript as plain text', 'binary-file')
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      encoding = 'windows-1252'
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  return checkedText(path, text, encoding, createHash('sha256').update(bytes).digest('hex'), bytes.length)
}

/** The file of a decoded text, unless the text is binary or blank. */
function checkedText(path: string, text: string, encoding: Source['encoding'], sha256: string, bytes: number): VFile {
  if (/[\0-\x08\x0e-\x1f]/.test(text.slice(0, 4096).replace(/\x0c/g, ''))) {
    throw new IngestError(path, 'File is binary, not text (it has control characters); export the transcript as plain text', 'binary-file')
  }
  if (text.trim().length === 0) throw new IngestError(path, 'File has no text (only blank space)', 'empty-file')

  const file = textFile(path, text, sha256, bytes, {encoding})
  if (encoding === 'windows-1252') {
    file.message('File is not valid UTF-8; it was read as Windows-1252', {ruleId: 'decoded-as-windows-1252', source: 'minutes'})
  }
  return file
}

/** Zero bytes in every other position: UTF-16 without a byte order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1
  if (sample < 4) return false
  let even = 0
  let odd = 0
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) even++
    if (bytes[index + 1] === 0) odd++
  }
  const pairs = sample / 2
  return (odd / pairs > 0.4 && even / pairs < 0.05) || (even / pairs > 0.4 && odd / pairs < 0.05)
}

function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  return control / sample.length > 0.01
}

function countLines(text: string): number {
  if (text.length === 0) return 0
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
  return text.endsWith('\n') ? lines - 1 : lines
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
