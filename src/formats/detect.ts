/**
 * Which format a transcript is in: from its content first (a `.txt` holding
 * WebVTT is WebVTT), from its name when the content does not say.
 */
import path from 'node:path'
import type {FormatName} from './types.js'

/** How much of the start of a file is looked at. */
const sampleSize = 64 * 1024

const vttSignature = /^WEBVTT(?:[ \t\r\n]|$)/
const srtTiming = /^[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}[ \t]*-->[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}/m
const vttTiming = /^[ \t]*(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}/m
/** The heading of a Google Meet transcript: `<Meeting> - <YYYY/MM/DD HH:MM ZONE> - Transcript`. */
export const meetHeading = /^(?:#{1,6}[ \t]+)?(?<title>.+?)(?:[ \t]+-[ \t]+(?<date>\d{4}\/\d{2}\/\d{2})[ \t]+(?<time>\d{1,2}:\d{2})(?:[ \t]+(?<zone>[A-Z][A-Za-z0-9+:-]{1,9}))?)?[ \t]+-[ \t]+Transcript(?:[ \t]+\d+)?[ \t]*$/
/** A Google Meet time marker line: `### 00:12:05` (or the time alone). */
export const meetMarker = /^(?:#{1,6}[ \t]+)?(\d{1,2}):(\d{2}):(\d{2})[ \t]*$/
/** An Otter header line: a name, two or more spaces (or a tab), and a time. */
export const otterHeader = /^(?<name>\S[^\t\n]{0,60}?)(?:[ \t]{2,}|\t)(?<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]*$/
/** Page furniture in text copied out of a PDF: `Page 3 of 12`, `Page 3`, `- 3 -`, `1 Page 1`. */
export const pageNumber = /^[ \t]*(?:(?:\d{1,4}[ \t]+)?(?:Page|Página|Pagina|Seite)[ \t]+\d{1,4}(?:[ \t]+(?:of|de|sur|von)[ \t]+\d{1,4})?|-[ \t]*\d{1,4}[ \t]*-|\d{1,4}[ \t]*\/[ \t]*\d{1,4})[ \t]*$/i
/** A label in capitals standing inside a line, after the end of a sentence: `… thank you. GISELLA GRUBER: Good …`. */
export const inlineCapitalLabel = /(?<=[.?!…][”"’)]*[ \t]+)(?<name>\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5})[ \t]*:[ \t]+(?=\S)/gu

/** The format of a decoded transcript, from its content, else from the name of its file. */
export function detectFormat(text: string, file?: string): FormatName {
  const sample = text.length > sampleSize ? text.slice(0, sampleSize) : text
  const trimmed = sample.replace(/^\uFEFF/, '').trimStart()
  if (vttSignature.test(trimmed)) return 'vtt'
  if (srtTiming.test(sample)) return 'srt'
  if (vttTiming.test(sample)) return 'vtt'
  const lines = sample.split(/\r?\n/)
  if (isGoogleMeet(lines)) return 'google-meet'
  if (isOtter(lines)) return 'otter'
  if (isPdfText(lines)) return 'pdf-text'
  switch (file ? path.extname(file).toLowerCase() : '') {
    case '.vtt':
      return 'vtt'
    case '.srt':
      return 'srt'
    default:
      return 'text'
  }
}

/** The `… - Transcript` heading near the top, and `hh:mm:ss` markers or an `Attendees` heading. */
function isGoogleMeet(lines: readonly string[]): boolean {
  const head = lines.slice(0, 12).map((line) => line.replace(/\*\*/g, '').trim())
  if (!head.some((line) => meetHeading.test(line) && / - \d{4}\/\d{2}\/\d{2} | - Transcript/.test(line))) return false
  return lines.some((line) => /^(?:#{1,6}[ \t]+)?(?:Attendees|Transcript)[ \t]*$/.test(line.trim()) || meetMarker.test(line.trim()))
}

/** Name-and-time header lines, each followed by text, make up a good share of the lines. */
function isOtter(lines: readonly string[]): boolean {
  let headers = 0
  let nonBlank = 0
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    nonBlank++
    const next = lines[index + 1]?.trim() === '' ? lines[index + 2] : lines[index + 1]
    if (otterHeader.test(line) && next !== undefined && next.trim() !== '' && !otterHeader.test(next)) headers++
  }
  return headers >= 2 && headers / nonBlank >= 0.2
}

/**
 * Text copied out of a PDF: speaker labels in capitals inside long lines,
 * with page numbers on lines of their own, or more often than at line starts.
 */
function isPdfText(lines: readonly string[]): boolean {
  let pages = 0
  let inline = 0
  let atStart = 0
  for (const line of lines) {
    if (pageNumber.test(line)) pages++
    // Both kinds of label end with a colon: a line without one is passed over at once.
    if (!line.includes(':')) continue
    if (/^[ \t]*\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5}[ \t]*:/u.test(line)) atStart++
    if (line.length > 80) for (const _ of line.matchAll(inlineCapitalLabel)) inline++
  }
  // Page numbers alone do not make a PDF copy: a text transcript may have them too.
  return inline >= 2 && (pages >= 2 || inline > atStart)
}
