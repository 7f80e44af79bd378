import {describe, expect, it} from 'vitest'
import {unified, type Processor} from 'unified'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import parseTranscript from '../src/stages/parse-transcript.js'
import '../src/data.js'

function parse(text: string): Root {
  const processor = unified().use(parseTranscript) as unknown as Processor<Root>
  return processor.parse(new VFile(text))
}

describe('parse', () => {
  it('puts a position of the original file on every node', () => {
    const text = 'JANE DOE:\n\nHello *there*, all.\n\n---\n\n- one\n- two\n\n· glyph item\ncontinued\n\n[END OF TRANSCRIPTION]\n'
    const tree = parse(text)
    let nodes = 0
    visit(tree, (node) => {
      nodes++
      expect(node.position, node.type).toBeDefined()
      expect(node.position!.start.offset).toBeTypeOf('number')
    })
    expect(nodes).toBeGreaterThan(10)
  })

  it('keeps plain text verbatim, so evidence can be cut from the source', () => {
    const text = 'ALBERTO SOTO:\n\nI will send it to you as soon as we finish this call.\nI will forward it to you and to Humberto.\n'
    const tree = parse(text)
    visit(tree, 'text', (node) => {
      expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
    })
  })

  it('reads `---` as a page break wherever it stands, never as a heading underline', () => {
    const tree = parse('we are now trying\n---\nto start')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'thematicBreak', 'paragraph'])
  })

  it('reads lines opening with bullet glyphs as list items, continuation lines included', () => {
    const tree = parse('NEXT STEPS\n· Make a summary and share\n· In parallel start to work on policy\nOn policy, start document\n')
    const list = tree.children.find((node) => node.type === 'list')
    expect(list?.type).toBe('list')
    if (list?.type !== 'list') return
    expect(list.children).toHaveLength(2)
    expect(list.children[1]!.position!.end.line).toBe(4)
  })

  it('drops the arrow a Markdown list item opens with', () => {
    const tree = parse('- ⇒ Faire un résumé\n- ⇒ Créer un diagramme\n')
    const texts: string[] = []
    visit(tree, 'text', (node) => {
      texts.push(node.value)
    })
    expect(texts).toEqual(['Faire un résumé', 'Créer un diagramme'])
  })

  it('keeps a bracketed label line as text, not a Markdown link definition', () => {
    const tree = parse('[JANE DOE]: Yes\n\n**BOB:** Fine')
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    const texts: string[] = []
    visit(tree.children[0]!, 'text', (node) => {
      texts.push(node.value)
    })
    expect(texts.join('')).toBe('[JANE DOE]: Yes')
  })

  it('parses inline Markdown line by line in a long one-turn-per-line block, positions intact', () => {
    const text = 'PERSON1: Hello <laugh/> there\nPERSON2: A *very* good point\nPERSON1: plain line'
    const tree = parse(text)
    expect(tree.children).toHaveLength(1)
    const emphasis: string[] = []
    visit(tree, 'emphasis', (node) => {
      emphasis.push(text.slice(node.position!.start.offset, node.position!.end.offset))
    })
    expect(emphasis).toEqual(['*very*'])
    visit(tree, 'text', (node) => {
      expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
    })
  })
})
