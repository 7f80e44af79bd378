/**
 * WebVTT, as Zoom and Teams record it: Zoom numbers its cues and writes
 * `Name: text` inside them; Teams gives cues identifiers such as
 * `9f1c…/12-0` and the speaker as a voice tag, `<v Name>text</v>` (the
 * closing tag is optional). Cue settings after the timing, `NOTE` and
 * `STYLE` blocks are read and left out. The cues themselves are read by
 * webvtt-parser; see `cues.ts` for how they become turns.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {readCaptions} from './cues.js'

const signature = /^WEBVTT(?:[ \t\r\n]|$)/

export function readVtt(document: string, file: VFile): Root {
  // Captions with WebVTT timings but no `WEBVTT` line are read all the same.
  if (signature.test(document)) return readCaptions(document, file, {input: document, shift: 0})
  return readCaptions(document, file, {input: `WEBVTT\n\n${document}`, shift: 2})
}
