/**
 * Confluence storage format (the XHTML Confluence keeps pages in): the
 * minutes tree compiled node by node. Footnotes are not listed at the end:
 * each footnote reference becomes an expand macro placed where the reference
 * is, so every decision and action item carries its evidence with it.
 *
 * All text is escaped for XML (`&`, `<`, `>`, `"`, `'`) and characters XML
 * 1.0 forbids are replaced, so transcript text can neither inject markup nor
 * make the page ill-formed. Storage format is not wiki markup, so `{{`, `[[`
 * and `|` need nothing more. The output is a fragment: it is well-formed once
 * wrapped in one root element that declares the `ac` and `ri` namespaces.
 */
import type {
  AlignType,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table
} from 'mdast'
import {visit} from 'unist-util-visit'

/** Options of {@link toConfluence}. */
export interface ConfluenceOptions {
  /**
   * Title of the expand macro that holds a footnote's content (the evidence
   * of a decision or an action item), in the minutes' language.
   *
   * @default 'Evidence'
   */
  readonly evidenceTitle?: string
}

/**
 * Escape text for XML character data and attribute values. Characters XML
 * 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE and U+FFFF)
 * become U+FFFD, so no input can make the output ill-formed.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (character) => xmlEntities[character]!)
}

const xmlEntities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Compile a minutes tree to Confluence storage format.
 *
 * @param tree The minutes tree (see `buildMinutesTree`).
 * @param options Words of the output; see {@link ConfluenceOptions}.
 * @returns Storage-format XHTML, one block, list item or table row per line,
 *   ending in a newline.
 * @throws {TypeError} On a node type this compiler does not know (it never
 *   drops content silently).
 */
export function toConfluence(tree: Root, options: ConfluenceOptions = {}): string {
  const evidenceTitle = options.evidenceTitle ?? 'Evidence'
  if (typeof evidenceTitle !== 'string') throw new TypeError(`Expected \`evidenceTitle\` to be a string, not \`${String(evidenceTitle)}\``)

  const definitions = new Map<string, FootnoteDefinition>()
  for (const node of tree.children) if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node)
  const referenced = new Set<string>()
  visit(tree, 'footnoteReference', (node) => {
    if (definitions.has(node.identifier)) referenced.add(node.identifier)
  })

  const expand = (title: string, body: string): string =>
    `<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">${escapeXml(title)}</ac:parameter>` +
    `<ac:rich-text-body>${body}</ac:rich-text-body></ac:structured-macro>`

  const phrasing = (nodes: readonly PhrasingContent[]): string => nodes.map((node) => inline(node)).join('')

  const inline = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
        return escapeXml(node.value)
      case 'strong':
        return `<strong>${phrasing(node.children)}</strong>`
      case 'emphasis':
        return `<em>${phrasing(node.children)}</em>`
      case 'delete':
        return `<span style="text-decoration: line-through;">${phrasing(node.children)}</span>`
      case 'inlineCode':
        return `<code>${escapeXml(node.value)}</code>`
      case 'break':
        return '<br />'
      case 'link':
        return `<a href="${escapeXml(node.url)}">${phrasing(node.children)}</a>`
      case 'html':
        // Never pass raw HTML through: show it as text.
        return escapeXml(node.value)
      case 'footnoteReference': {
        const definition = definitions.get(node.identifier)
        if (!definition) return escapeXml(`[^${node.label ?? node.identifier}]`)
        return expand(evidenceTitle, blocks(definition.children))
      }
      default:
        throw new TypeError(`Cannot compile \`${node.type}\` nodes to Confluence storage format`)
    }
  }

  const blocks = (nodes: readonly Nodes[]): string => nodes.map((node) => block(node)).filter((part) => part.length > 0).join('\n')

  const listItem = (item: ListItem, tight: boolean): string => {
    const content = item.children.map((child) => (tight && child.type === 'paragraph' ? phrasing(child.children) : block(child))).join('')
    return `<li>${content}</li>`
  }

  const list = (node: List): string => {
    const name = node.ordered ? 'ol' : 'ul'
    const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : ''
    const tight = node.spread !== true && node.children.every((item) => item.spread !== true)
    return `<${name}${start}>\n${node.children.map((item) => listItem(item, tight)).join('\n')}\n</${name}>`
  }

  const table = (node: Table): string => {
    const align = node.align ?? []
    const rows = node.children.map((row, rowIndex) => {
      const cells = row.children.map((cell, cellIndex) => {
        const name = rowIndex === 0 ? 'th' : 'td'
        return `<${name}${alignment(align[cellIndex])}>${phrasing(cell.children)}</${name}>`
      })
      return `<tr>${cells.join('')}</tr>`
    })
    return `<table><tbody>\n${rows.join('\n')}\n</tbody></table>`
  }

  const block = (node: Nodes): string => {
    switch (node.type) {
      case 'root':
        return blocks(node.children)
      case 'heading':
        return `<h${node.depth}>${phrasing(node.children)}</h${node.depth}>`
      case 'paragraph':
        return `<p>${phrasing(node.children)}</p>`
      case 'list':
        return list(node)
      case 'table':
        return table(node)
      case 'blockquote':
        return `<blockquote>${blocks(node.children)}</blockquote>`
      case 'thematicBreak':
        return '<hr />'
      case 'code':
        return `<pre>${escapeXml(node.value)}</pre>`
      case 'footnoteDefinition':
        // Shown where it is referenced; one never referenced is kept here.
        return referenced.has(node.identifier) ? '' : expand(evidenceTitle, blocks(node.children))
      default:
        return `<p>${inline(node as PhrasingContent)}</p>`
    }
  }

  const body = tree.children.map((node: RootContent) => block(node)).filter((part) => part.length > 0)
  return `${body.join('\n')}\n`
}

function alignment(align: AlignType | undefined): string {
  return align === 'right' || align === 'center' ? ` style="text-align: ${align};"` : ''
}
