/**
 * clean: rejoin the sentences page breaks cut in two. A paragraph that ends
 * without closing punctuation is joined with the next when the next starts
 * in lower case ("how we can move forward" … "and allow the participation"),
 * or when a page break or removed disclaimer stood between them and the next
 * does not open with a speaker label. The page breaks themselves are dropped.
 */
import type {Paragraph, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'

const closing = /[.!?…:;"”»)\]]$/u
const labelLike = /^[*_[]*[\p{Lu}][^\n:]{0,80}:(?:\s|$)/u

export default function rejoinBrokenSentences() {
  return (tree: Root, _file: VFile): void => {
    const children: RootContent[] = []
    let previous: Paragraph | undefined
    let broken = false
    for (const node of tree.children) {
      if (node.type === 'thematicBreak') {
        broken = true
        continue
      }
      if (node.type === 'paragraph') {
        if (previous && continues(previous, node, broken)) {
          previous.children.push(...node.children)
          previous.position = {start: previous.position!.start, end: node.position!.end}
          previous.data = {...previous.data, rejoined: true}
        } else {
          children.push(node)
          previous = node
        }
      } else {
        children.push(node)
        previous = undefined
      }
      broken = false
    }
    tree.children = children
  }
}

function continues(previous: Paragraph, next: Paragraph, broken: boolean): boolean {
  const end = toString(previous).trimEnd()
  const start = toString(next).trimStart()
  if (end.length === 0 || start.length === 0 || closing.test(end)) return false
  if (/^\p{Ll}/u.test(start)) return true
  return broken && !labelLike.test(start) && /^[\p{L}\p{N}]/u.test(start)
}
