/**
 * SRT (SubRip) captions: numbered cues, `00:00:01,000 --> 00:00:04,000`
 * timings, speakers as `Name:`, `[Name]` or `NAME:` at the start of a cue.
 * Exports differ in their blank lines: a cue whose text has a blank line in
 * it keeps all its text, and a cue number right after text (the blank line
 * before it missing) still opens a new cue.
 *
 * The lines are given to webvtt-parser as WebVTT, line for line: commas in
 * the timings become full stops, and the text is untouched.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {readCaptions} from './cues.js'

const srtTiming = /^([ \t]*\d{1,3}:\d{2}:\d{2})[,.](\d{1,3})([ \t]*-->[ \t]*)(\d{1,3}:\d{2}:\d{2})[,.](\d{1,3})(.*)$/
const cueNumber = /^[ \t]*\d+[ \t]*$/

export function readSrt(document: string, file: VFile): Root {
  const lines = document.split(/\r?\n/)
  const isTiming = (index: number): boolean => srtTiming.test(lines[index] ?? '')
  const input = lines.map((line, index) => {
    const timing = srtTiming.exec(line)
    // Coordinates some exports write after the timing are no cue settings.
    if (timing) return `${timing[1]}.${timing[2]!.padEnd(3, '0')}${timing[3]}${timing[4]}.${timing[5]!.padEnd(3, '0')}`
    if (cueNumber.test(line) && isTiming(index + 1)) return index > 0 && lines[index - 1]!.trim() !== '' ? '' : line
    if (line.trim() === '') {
      const before = lines[index - 1]
      const after = lines[index + 1]
      const inText = before !== undefined && before.trim() !== '' && !isTiming(index - 1)
      const textFollows = after !== undefined && after.trim() !== '' && !isTiming(index + 1) && !cueNumber.test(after)
      // A blank line inside a cue's text: the text goes on.
      if (inText && textFollows) return ' '
    }
    return line
  })
  return readCaptions(document, file, {input: `WEBVTT\n\n${input.join('\n')}`, shift: 2})
}
