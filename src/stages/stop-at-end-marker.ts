/**
 * clean: stop at the end-of-transcription marker (`[END OF TRANSCRIPTION]`,
 * `**[FIN DE LA TRANSCRIPCIÓN]**`). The marker and anything after it are
 * left out; text after it is reported, since it may be a second transcript
 * pasted into the same file.
 */
import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {allCues} from '../lexicon/cues.js'
import {paragraphOf, slicePhrasing} from '../lib/cut.js'

export default function stopAtEndMarker() {
  const marker = new RegExp(`^(?:${allCues().flatMap((cues) => cues.data.endMarkers).join('|')})$`, 'iu')
  const isMarker = (line: string): boolean => marker.test(line.replace(/[*_]/g, '').trim())

  return (tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    for (const [index, node] of tree.children.entries()) {
      if (node.type !== 'paragraph' || !node.position) continue
      for (let line = node.position.start.line; line <= node.position.end.line; line++) {
        if (!isMarker(source.line(line))) continue
        const lineStart = source.lineStarts[line - 1]!
        const lineEnd = source.lineEnd(line)
        const before = paragraphOf(slicePhrasing(source, node.children, node.position.start.offset!, lineStart), node)
        const after = paragraphOf(slicePhrasing(source, node.children, lineEnd, node.position.end.offset!), node)
        const rest: RootContent[] = after ? [after, ...tree.children.slice(index + 1)] : tree.children.slice(index + 1)
        const trailing = rest.find((other) => toString(other).trim().length > 0)
        if (trailing) {
          file.message('Text follows the end-of-transcription marker and was left out', {
            place: trailing.position,
            ruleId: 'text-after-end-marker',
            source: 'minutes'
          })
        }
        tree.children.splice(index, tree.children.length - index, ...(before ? [before] : []))
        return
      }
    }
  }
}
