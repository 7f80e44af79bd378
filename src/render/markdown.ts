/**
 * Markdown (GitHub-flavoured): the minutes tree through remark-stringify with
 * GFM, so tables and footnotes are GFM tables and footnotes and every piece
 * of transcript text is escaped where Markdown would read it as syntax.
 */
import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one', fences: true})
  .freeze()

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree)
}
