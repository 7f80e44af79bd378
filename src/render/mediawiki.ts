/**
 * MediaWiki markup: the minutes tree compiled node by node. Headings become
 * `== … ==`, lists `*`/`#` lines, tables `{| class="wikitable" … |}` with one
 * line per row, and footnotes `<ref>` citations listed by `<references />`
 * at the end.
 *
 * Transcript text is escaped with HTML entities wherever wikitext would read
 * it as markup: links and templates (`[[`, `{{`), table syntax (`|`, `!!`),
 * bold and italics (`''`), tags and entities (`<`, `&`), signatures (`~~~`),
 * behaviour switches (`__TOC__`), and line-start syntax (`*#:;=`, `----`, a
 * leading space) at the start of a line. Line breaks inside text become
 * spaces, so a text can never start a new line of markup.
 */
import type {AlignType, FootnoteDefinition, List, Nodes, PhrasingContent, Root, Table} from 'mdast'
import {visit} from 'unist-util-visit'

/** Options of {@link toMediaWiki}. */
export interface MediaWikiOptions {
  /**
   * Heading of the section that lists the footnotes (the evidence of the
   * decisions and action items), in the minutes' language; `null` for
   * `<references />` without a heading.
   *
   * @default 'Evidence'
   */
  readonly evidenceHeading?: string | null
}

/** Where a piece of text lands, which decides what must be escaped. */
export interface WikiTextPlace {
  /** The text starts a line, where `*#:;=`, `-`, `!`, `|`, `{` and a space are markup. */
  readonly lineStart?: boolean
  /** The text is inside a heading, where `=` is markup. */
  readonly heading?: boolean
}

const namedEntities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}
const entity = (character: string): string => namedEntities[character] ?? `&#${character.codePointAt(0)};`
const alwaysEscaped = new Set(['&', '<', '>', '[', ']', '{', '}', '|', '~'])
/** Characters that are markup when doubled (`''`, `!!`, `__`). */
const escapedWhenDoubled = new Set(["'", '!', '_'])
const lineStartMarkup = new Set(['*', '#', ':', ';', '=', '-', '!', '|', '{', ' '])

/**
 * Escape text for MediaWiki so that it shows as written and is never read as
 * markup. Apostrophes at either end are escaped too, since they would join
 * the `''` of a neighbouring bold or italic.
 */
export function escapeWikiText(value: string, place: WikiTextPlace = {}): string {
  const flat = value.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
  let result = ''
  for (let index = 0; index < flat.length; index++) {
    const character = flat[index]!
    const before = flat[index - 1]
    const after = flat[index + 1]
    if (alwaysEscaped.has(character)) result += entity(character)
    else if (index === 0 && place.lineStart && lineStartMarkup.has(character)) result += entity(character)
    else if (place.heading && character === '=') result += entity(character)
    else if (escapedWhenDoubled.has(character) && (before === character || after === character)) result += entity(character)
    else if (character === "'" && (index === 0 || index === flat.length - 1)) result += entity(character)
    else result += character
  }
  return result
}

/**
 * Compile a minutes tree to MediaWiki markup.
 *
 * @param tree The minutes tree (see `buildMinutesTree`).
 * @param options Words of the output; see {@link MediaWikiOptions}.
 * @returns Wikitext, blocks separated by blank lines, ending in a newline.
 * @throws {TypeError} On a node type this compiler does not know (it never
 *   drops content silently).
 */
export function toMediaWiki(tree: Root, options: MediaWikiOptions = {}): string {
  const evidenceHeading = options.evidenceHeading === undefined ? 'Evidence' : options.evidenceHeading
  if (evidenceHeading !== null && typeof evidenceHeading !== 'string') {
    throw new TypeError(`Expected \`evidenceHeading\` to be a string or null, not \`${String(evidenceHeading)}\``)
  }

  const definitions = new Map<string, FootnoteDefinition>()
  for (const node of tree.children) if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node)
  const referenced = new Set<string>()
  visit(tree, 'footnoteReference', (node) => {
    if (definitions.has(node.identifier)) referenced.add(node.identifier)
  })
  /** Reference names given so far, by footnote identifier. */
  const names = new Map<string, string>()
  let citations = 0

  const citation = (definition: FootnoteDefinition): string => {
    const given = names.get(definition.identifier)
    if (given) return `<ref name="${given}" />`
    citations++
    const name = /^[a-z][\w-]*$/i.test(definition.identifier) ? definition.identifier : `note-${citations}`
    names.set(definition.identifier, name)
    return `<ref name="${name}">${footnoteContent(definition)}</ref>`
  }

  const footnoteContent = (definition: FootnoteDefinition): string =>
    definition.children
      .map((child) => {
        if (child.type !== 'paragraph') throw new TypeError(`Cannot compile \`${child.type}\` nodes inside a footnote to MediaWiki`)
        return phrasing(child.children)
      })
      .join('<br />')

  const phrasing = (nodes: readonly PhrasingContent[], place: WikiTextPlace = {}): string =>
    nodes.map((node, index) => inline(node, index === 0 ? place : {heading: place.heading ?? false})).join('')

  const inline = (node: PhrasingContent, place: WikiTextPlace): string => {
    const inner: WikiTextPlace = {heading: place.heading ?? false}
    switch (node.type) {
      case 'text':
        return escapeWikiText(node.value, place)
      case 'strong':
        return `'''${phrasing(node.children, inner)}'''`
      case 'emphasis':
        return `''${phrasing(node.children, inner)}''`
      case 'delete':
        return `<s>${phrasing(node.children, inner)}</s>`
      case 'inlineCode':
        return `<code>${escapeWikiText(node.value, inner)}</code>`
      case 'break':
        return '<br />'
      case 'link':
        return `[${node.url.replace(/[\s"<>[\]{|}']/g, (character) => encodeURIComponent(character).replace(/'/g, '%27'))} ${phrasing(node.children, inner)}]`
      case 'html':
        // Never pass raw HTML through: show it as text.
        return escapeWikiText(node.value, place)
      case 'footnoteReference': {
        const definition = definitions.get(node.identifier)
        return definition ? citation(definition) : escapeWikiText(`[^${node.label ?? node.identifier}]`, place)
      }
      default:
        throw new TypeError(`Cannot compile \`${node.type}\` nodes to MediaWiki`)
    }
  }

  const list = (node: List, prefix: string): string[] => {
    const marker = prefix + (node.ordered ? '#' : '*')
    const lines: string[] = []
    for (const item of node.children) {
      const text: string[] = []
      const nested: string[] = []
      for (const child of item.children) {
        if (child.type === 'paragraph') text.push(phrasing(child.children, {lineStart: true}))
        else if (child.type === 'list') nested.push(...list(child, marker))
        else throw new TypeError(`Cannot compile \`${child.type}\` nodes inside a list item to MediaWiki`)
      }
      lines.push(`${marker} ${text.join('<br />')}`.trimEnd(), ...nested)
    }
    return lines
  }

  const table = (node: Table): string => {
    const align = node.align ?? []
    const lines = ['{| class="wikitable"']
    node.children.forEach((row, rowIndex) => {
      const header = rowIndex === 0
      const cells = row.children.map((cell, cellIndex) => `${alignment(align[cellIndex])}${phrasing(cell.children, {lineStart: true})}`)
      if (!header) lines.push('|-')
      lines.push((header ? `! ${cells.join(' !! ')}` : `| ${cells.join(' || ')}`).trimEnd())
    })
    lines.push('|}')
    return lines.join('\n')
  }

  const block = (node: Nodes): string => {
    switch (node.type) {
      case 'heading': {
        const marks = '='.repeat(node.depth)
        return `${marks} ${phrasing(node.children, {heading: true})} ${marks}`
      }
      case 'paragraph':
        return phrasing(node.children, {lineStart: true})
      case 'list':
        return list(node, '').join('\n')
      case 'table':
        return table(node)
      case 'blockquote':
        return `<blockquote>\n${node.children.map((child) => block(child)).join('\n\n')}\n</blockquote>`
      case 'thematicBreak':
        return '----'
      case 'code':
        return `<pre>${node.value.replace(/[&<>]/g, entity)}</pre>`
      case 'footnoteDefinition':
        // Cited where it is referenced; one never referenced is cited here.
        return referenced.has(node.identifier) ? '' : citation(node)
      default:
        return inline(node as PhrasingContent, {lineStart: true})
    }
  }

  const body = tree.children.map((node) => block(node)).filter((part) => part.length > 0)
  if (citations > 0) {
    if (evidenceHeading !== null) body.push(`== ${escapeWikiText(evidenceHeading, {heading: true})} ==`)
    body.push('<references />')
  }
  return `${body.join('\n\n')}\n`
}

function alignment(align: AlignType | undefined): string {
  return align === 'right' || align === 'center' ? `style="text-align: ${align};" | ` : ''
}
