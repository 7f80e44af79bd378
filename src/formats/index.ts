/**
 * The transcript formats: one reader each, the file name endings taken as
 * transcripts, and the one place that decides which reader reads a file.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {detectFormat} from './detect.js'
import {readGoogleMeet} from './google-meet.js'
import {readOtter} from './otter.js'
import {readPdfText} from './pdf-text.js'
import {readSrt} from './srt.js'
import {readText} from './text.js'
import type {FormatName} from './types.js'
import {readVtt} from './vtt.js'

export type {FormatName} from './types.js'
export {detectFormat} from './detect.js'

/**
 * File name endings taken as transcripts when a folder is searched (the
 * command and the drop folder read this list). Other files are refused
 * with `not-a-transcript`; a file named on the command line is read
 * whatever its name.
 */
export const acceptedExtensions: readonly string[] = ['.txt', '.md', '.markdown', '.text', '.vtt', '.srt', '.docx']

/** A reader: decoded text in, transcript tree out (with `file.data.sourceIndex` set). */
export type FormatReader = (document: string, file: VFile) => Root

export const readers: Readonly<Record<FormatName, FormatReader>> = {
  text: readText,
  vtt: readVtt,
  srt: readSrt,
  'google-meet': readGoogleMeet,
  otter: readOtter,
  'pdf-text': readPdfText
}

/** Read `document` with the reader of its format; the format is left in `file.data.format` and the record's source. */
export function readFormat(document: string, file: VFile): Root {
  const format = detectFormat(document, file.path)
  file.data.format = format
  if (format !== 'text' && file.data.source) file.data.source = {...file.data.source, format}
  return readers[format](document, file)
}
