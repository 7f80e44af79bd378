/**
 * Otter.ai text exports (and Word transcripts from Teams, which look the
 * same once their text is extracted): a header line `Name  0:01` or
 * `Name  1:02:03` (name, two or more spaces, time since the start), then
 * what was said, up to the next header. Where names were never assigned the
 * headers read `Speaker 1`, `Speaker 2`: speakers the transcript does not
 * name. The closing `Transcribed by https://otter.ai` line is left out.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {otterHeader} from './detect.js'
import {readText} from './text.js'
import type {LabelCut, TimeMark} from './types.js'

const footer = /^[ \t]*Transcribed by[ \t]+(?:https?:\/\/)?otter\.ai\b/i

export function readOtter(document: string, file: VFile): Root {
  const tree = readText(document, file)
  const source = file.data.sourceIndex!
  tree.children = tree.children.filter((node) => !(node.type === 'paragraph' && node.position && footer.test(source.line(node.position.start.line))))

  const labels: LabelCut[] = []
  const marks: TimeMark[] = []
  for (let line = 1; line <= source.lineCount; line++) {
    const header = otterHeader.exec(source.line(line))
    // Text follows the header, on the next line or (in text taken out of a Word document) after one blank line.
    const next = source.line(line + 1).trim() === '' ? source.line(line + 2) : source.line(line + 1)
    if (!header?.groups || next.trim() === '' || otterHeader.test(next)) continue
    const name = header.groups['name']!.trim()
    if (!/\p{L}/u.test(name)) continue
    const start = source.lineStarts[line - 1]!
    labels.push({value: name, guessed: false, capitals: !/\p{Ll}/u.test(name), start, end: source.lineEnd(line)})
    marks.push({line, start: clock(header.groups['time']!)})
  }
  file.data.labels = labels
  file.data.timeMarks = marks
  return tree
}

/** Seconds of `m:ss` or `h:mm:ss`. */
function clock(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}
