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
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
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
  const bytes = await readFile(path)
  return decodeFile(path, bytes)
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
  const file = new VFile({path, value: text})
  file.data.source = {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: countLines(text),
    bytes: bytes.length,
    ...how
  }
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
  if (/[\0-\x08\x0e-\x1f]/.test(text.slice(0, 4096).replace(/\x0c/g, ''))) {
    throw new IngestError(path, 'File is binary, not text (it has control characters); export the transcript as plain text', 'binary-file')
  }
  if (text.trim().length === 0) throw new IngestError(path, 'File has no text (only blank space)', 'empty-file')

  const file = sourceFile(path, bytes, text, {encoding})
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
