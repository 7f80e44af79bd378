/**
 * Checks that rendered minutes hold together: Confluence storage format is
 * well-formed XML, MediaWiki tables and refs balance, Markdown round-trips.
 */
import {DOMParser, type Document} from '@xmldom/xmldom'
import {XMLValidator} from 'fast-xml-parser'
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {toMarkdown} from '../../src/render/markdown.js'

/** Confluence storage format is a fragment: this is the root a page wraps it in. */
export function wrapConfluence(xhtml: string): string {
  return `<root xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier">${xhtml}</root>`
}

/**
 * Parse Confluence output as XML inside a root that declares `ac` and `ri`.
 * Two parsers, because each lets through what the other catches: xmldom
 * checks tags and namespaces, fast-xml-parser's validator a stray `&` or
 * `<`. Neither checks XML 1.0's character range or `]]>` in text, so those
 * are checked here. Throws on the first problem.
 */
export function parseConfluence(xhtml: string): Document {
  const wrapped = wrapConfluence(xhtml)
  const invalidCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(wrapped)
  if (invalidCharacter) throw new Error(`Character U+${invalidCharacter[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`)
  if (wrapped.includes(']]>')) throw new Error('`]]>` is not allowed in XML character data')
  const validation = XMLValidator.validate(wrapped)
  if (validation !== true) throw new Error(`Not well-formed: ${validation.err.msg} (${validation.err.line}:${validation.err.col})`)
  return new DOMParser({
    onError(level, message) {
      // Warnings are about likely mistakes in well-formed input (such as a U+FFFD).
      if (level !== 'warning') throw new Error(`xmldom ${level}: ${message}`)
    }
  }).parseFromString(wrapped, 'text/xml')
}

/** One `{| … |}` table of wikitext: its rows, each a list of raw cells. */
export interface WikiTable {
  header: string[]
  rows: string[][]
}

/**
 * Read the tables of wikitext the way MediaWiki does: `{|` opens, `|}`
 * closes, `|-` starts a row, a `!` line holds header cells split on `!!` and
 * `||`, a `|` line data cells split on `||`. Throws when tables do not
 * balance, nest, or hold a line that is none of these (such a line is text
 * that escaped its cell).
 */
export function readWikiTables(wikitext: string): WikiTable[] {
  const tables: WikiTable[] = []
  let current: {header: string[] | undefined; rows: string[][]} | undefined
  for (const [index, line] of wikitext.split('\n').entries()) {
    const where = `line ${index + 1}: ${line}`
    if (line.startsWith('{|')) {
      if (current) throw new Error(`Nested table at ${where}`)
      current = {header: undefined, rows: []}
    } else if (!current) {
      if (line.startsWith('|}')) throw new Error(`\`|}\` without a table at ${where}`)
    } else if (line.startsWith('|}')) {
      if (!current.header) throw new Error(`Table without a header row at ${where}`)
      tables.push({header: current.header, rows: current.rows})
      current = undefined
    } else if (line === '|-') {
    } else if (line.startsWith('!')) {
      if (current.header) throw new Error(`Second header row at ${where}`)
      current.header = line.slice(1).split(/!!|\|\|/)
    } else if (line.startsWith('|')) {
      current.rows.push(line.slice(1).split('||'))
    } else {
      throw new Error(`Line that is not table syntax inside a table at ${where}`)
    }
  }
  if (current) throw new Error('Table opened with `{|` is never closed')
  return tables
}

/**
 * Raw `|` left in a wikitext cell: allowed only once, after the cell's
 * attributes (`style="…" | text`), since any other would split the cell.
 */
export function strayPipes(cell: string): number {
  const withoutAttributes = cell.replace(/^\s*style="[^"|]*"\s*\|/, '')
  return withoutAttributes.split('|').length - 1
}

/** `<ref>` tags of wikitext: full citations, repeated ones (`<ref … />`), closings, and `<references />`. */
export function countWikiRefs(wikitext: string): {opened: number; repeated: number; closed: number; lists: number; names: string[]} {
  const opened = [...wikitext.matchAll(/<ref name="([^"]*)">/g)]
  return {
    opened: opened.length,
    repeated: [...wikitext.matchAll(/<ref name="[^"]*" \/>/g)].length,
    closed: [...wikitext.matchAll(/<\/ref>/g)].length,
    lists: [...wikitext.matchAll(/<references \/>/g)].length,
    names: opened.map((match) => match[1]!)
  }
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()

/** Parse Markdown with GFM, without positions (so trees compare by content). */
export function parseMarkdown(markdown: string): Root {
  const tree = markdownParser.parse(markdown)
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as Root
}

/** Parse, stringify with the minutes' own settings, parse again: both trees. */
export function roundTripMarkdown(markdown: string): {first: Root; second: Root} {
  const first = parseMarkdown(markdown)
  return {first, second: parseMarkdown(toMarkdown(first))}
}
