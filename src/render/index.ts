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
}

export const formats: Record<string, Format> = {
  json: {extension: '.json', render: (record) => `${JSON.stringify(record, null, 2)}\n`},
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
