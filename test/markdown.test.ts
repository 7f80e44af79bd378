import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {formats} from '../src/render/index.js'
import type {MeetingRecord} from '../src/record.js'
import {fixtureRecord, goldenRecord, goldenStems} from './helpers/records.js'
import {parseMarkdown, roundTripMarkdown} from './helpers/well-formed.js'

const render = (record: MeetingRecord): string => formats['md']!.render(record)

const nodeTypes = (tree: Root): Set<string> => {
  const types = new Set<string>()
  visit(tree, (node) => {
    types.add(node.type)
  })
  return types
}

const childrenOfType = <Type extends Nodes['type']>(tree: Root, type: Type): Array<Extract<Nodes, {type: Type}>> => {
  const found: Array<Extract<Nodes, {type: Type}>> = []
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, {type: Type}>)
  })
  return found
}

describe('toMarkdown', () => {
  for (const stem of goldenStems) {
    it(`round-trips through remark-parse and remark-gfm (${stem})`, () => {
      const {first, second} = roundTripMarkdown(render(goldenRecord(stem)))
      expect(second).toEqual(first)
    })

    it(`parses back to one footnote per decision and action item (${stem})`, () => {
      const record = goldenRecord(stem)
      const tree = parseMarkdown(render(record))
      const definitions = childrenOfType(tree, 'footnoteDefinition')
      expect(definitions.map((definition) => definition.identifier)).toEqual([
        ...record.decisions.map((decision) => decision.id.toLowerCase()),
        ...record.actionItems.map((item) => item.id.toLowerCase())
      ])
      expect(childrenOfType(tree, 'footnoteReference')).toHaveLength(definitions.length)
    })
  }

  describe('with a hostile record', () => {
    const record = fixtureRecord('hostile-record')
    const markdown = render(record)
    const tree = parseMarkdown(markdown)

    it('round-trips through remark-parse and remark-gfm', () => {
      const {first, second} = roundTripMarkdown(markdown)
      expect(second).toEqual(first)
    })

    it('parses to no HTML, links or code blocks the record did not ask for', () => {
      const types = nodeTypes(tree)
      for (const type of ['html', 'link', 'linkReference', 'image', 'code', 'thematicBreak', 'blockquote', 'delete']) expect(types).not.toContain(type)
      expect(markdown).not.toMatch(/(?<!\\)<script/)
    })

    it('keeps every hostile text as written', () => {
      expect(toString(childrenOfType(tree, 'heading')[0]!)).toBe(record.meeting.title)
      const decisions = childrenOfType(tree, 'list').find((list) => list.ordered && list.children.length === record.decisions.length && toString(list).includes('Adopt'))!
      expect(decisions.children.map((item) => toString(item))).toEqual(record.decisions.map((decision) => decision.text))
      expect(childrenOfType(tree, 'inlineCode')[0]!.value).toBe('evil`name``]]>{{x}}.txt')
    })

    it('keeps the action items table at five cells a row, pipes and all', () => {
      const table = childrenOfType(tree, 'table')[0]!
      expect(table.children).toHaveLength(record.actionItems.length + 1)
      for (const row of table.children) expect(row.children).toHaveLength(5)
      expect(table.children.slice(1).map((row) => toString(row.children[1]!))).toEqual(record.actionItems.map((item) => item.task))
      expect(table.children.slice(1).map((row) => toString(row.children[0]!))).toEqual(record.actionItems.map((item) => item.owner ?? 'not said'))
    })
  })
})
