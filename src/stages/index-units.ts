/**
 * Build the units of analysis: one per speaker turn in a transcript, one per
 * paragraph, heading or list item in a document. Each unit has its cleaned
 * text with a map back to the source, so later stages quote evidence from
 * the original lines.
 */
import type {BlockContent, ListItem, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {MappedText, textOfTurn} from '../lib/mapped-text.js'
import type {SourceIndex} from '../lib/source-index.js'
import type {Unit} from '../data.js'

export default function indexUnits() {
  return (tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    const units: Unit[] = []
    // A turn counts even when nothing was transcribed after its label.
    const add = (node: Unit['node'], speaker: string | null, label: string | null, text: MappedText): void => {
      if ((text.text.length === 0 && node.type !== 'turn') || !node.position) return
      units.push({
        id: `S${units.length + 1}`,
        node,
        speaker,
        label,
        text,
        sentences: [],
        language: 'und',
        languageSource: 'inherited',
        startLine: node.position.start.line,
        endLine: node.position.end.line
      })
    }

    if (file.data.kind === 'transcript') {
      for (const node of tree.children) {
        if (node.type !== 'turn') continue
        const label = node.children[0]
        add(node, node.speaker, label?.type === 'speakerLabel' ? label.value : null, textOfTurn(source, node))
      }
    } else {
      for (const node of tree.children) for (const block of blocksOf(node)) add(block, null, null, textOf(source, block))
    }
    file.data.units = units
  }
}

/** Paragraph-level blocks of a document, list items one by one. */
function blocksOf(node: RootContent | BlockContent | ListItem): Array<BlockContent | ListItem> {
  switch (node.type) {
    case 'list':
      return node.children.flatMap((item) => blocksOf(item))
    case 'listItem': {
      const own = node.children.filter((child) => child.type !== 'list')
      const nested = node.children.filter((child) => child.type === 'list')
      return [...(own.length > 0 ? [{...node, children: own} as ListItem] : []), ...nested.flatMap((child) => blocksOf(child))]
    }
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child))
    case 'paragraph':
    case 'heading':
    case 'table':
      return [node]
    default:
      return []
  }
}

function textOf(source: SourceIndex, node: BlockContent | ListItem): MappedText {
  const text = new MappedText(source)
  text.appendNode(node)
  return text.finish()
}
