/**
 * Output formats. Minutes formats compile the one minutes tree; `json` is the
 * record itself.
 */
import type {MeetingRecord} from '../record.js'
import {buildMinutesTree, wordsFor} from '../minutes/build-minutes-tree.js'
import {toConfluence} from './confluence.js'
import {toMarkdown} from './markdown.js'
import {toMediaWiki} from './mediawiki.js'

export interface Format {
  /** File name ending of the output. */
  extension: string
  render: (record: MeetingRecord) => string
  /** The same output in pieces, for writing without holding it whole. */
  chunks?: (record: MeetingRecord) => Iterable<string>
}

/**
 * `JSON.stringify(record, null, 2)` in pieces: one per field, and one per
 * item of the long lists (segments, action items, decisions). A record of a
 * 10 MB transcript is then never one 20 MB string.
 */
export function* recordJsonChunks(record: MeetingRecord): Generator<string> {
  const indent = (json: string, by: string): string => json.replaceAll('\n', `\n${by}`)
  const entries = Object.entries(record)
  yield '{\n'
  for (const [index, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n'
      for (const [position, item] of value.entries()) {
        yield `    ${indent(JSON.stringify(item, null, 2), '    ')}${position < value.length - 1 ? ',' : ''}\n`
      }
      yield '  ]'
    } else yield indent(JSON.stringify(value, null, 2), '  ')
    yield index < entries.length - 1 ? ',\n' : '\n'
  }
  yield '}\n'
}

export const formats: Record<string, Format> = {
  json: {extension: '.json', render: (record) => `${JSON.stringify(record, null, 2)}\n`, chunks: recordJsonChunks},
  md: {extension: '.md', render: (record) => toMarkdown(buildMinutesTree(record))},
  confluence: {
    extension: '.confluence.xml',
    render: (record) => toConfluence(buildMinutesTree(record), {evidenceTitle: wordsFor(record.language)('evidence')})
  },
  mediawiki: {
    extension: '.wiki',
    render: (record) => toMediaWiki(buildMinutesTree(record), {evidenceHeading: wordsFor(record.language)('evidence')})
  }
}

/** Parse `md,json` into known formats; throws a TypeError naming an unknown one. */
export function parseFormats(value: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0)
  for (const name of names) {
    if (!formats[name]) throw new TypeError(`Unknown format \`${name}\`: expected one of ${Object.keys(formats).join(', ')}`)
  }
  if (names.length === 0) throw new TypeError('Expected at least one format')
  return [...new Set(names)]
}
