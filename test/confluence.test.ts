import type {Element} from '@xmldom/xmldom'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {buildMinutesTree} from '../src/minutes/build-minutes-tree.js'
import {escapeXml, toConfluence} from '../src/render/confluence.js'
import {formats} from '../src/render/index.js'
import type {MeetingRecord} from '../src/record.js'
import {fixtureRecord, goldenRecord, goldenStems} from './helpers/records.js'
import {parseConfluence} from './helpers/well-formed.js'

const render = (record: MeetingRecord): string => formats['confluence']!.render(record)
const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim()

/** The expand macros of a page, with the element each one sits in. */
function evidenceMacros(xhtml: string): Array<{parent: string; title: string; body: string; item: string}> {
  const document = parseConfluence(xhtml)
  return Array.from(document.getElementsByTagName('ac:structured-macro')).map((macro) => {
    const parent = macro.parentNode as Element
    return {
      parent: parent.nodeName,
      title: macro.getElementsByTagName('ac:parameter')[0]?.textContent ?? '',
      body: collapse(macro.getElementsByTagName('ac:rich-text-body')[0]?.textContent ?? ''),
      // The item's own text: what the parent holds before the macro.
      item: collapse(Array.from(parent.childNodes).slice(0, Array.from(parent.childNodes).indexOf(macro)).map((node) => node.textContent ?? '').join(''))
    }
  })
}

describe('toConfluence', () => {
  for (const stem of goldenStems) {
    it(`is well-formed XML inside a root declaring ac and ri (${stem})`, () => {
      expect(() => parseConfluence(render(goldenRecord(stem)))).not.toThrow()
    })

    it(`places an expand macro with quote and lines in every decision and action item (${stem})`, () => {
      const record = goldenRecord(stem)
      const macros = evidenceMacros(render(record))
      const items = [
        ...record.decisions.map((decision) => ({parent: 'li', text: decision.text, evidence: decision.evidence})),
        ...record.actionItems.map((item) => ({parent: 'td', text: item.task, evidence: item.evidence}))
      ]
      expect(macros).toHaveLength(items.length)
      for (const [index, expected] of items.entries()) {
        const macro = macros[index]!
        expect(macro.parent).toBe(expected.parent)
        expect(macro.item).toBe(collapse(expected.text))
        expect(macro.body).toContain(collapse(expected.evidence.quote))
        expect(macro.body).toMatch(String(expected.evidence.startLine))
        expect(macro.title).toBe(record.language === 'fr' ? 'Source dans le texte' : 'Evidence')
      }
    })
  }

  it('renders GFM tables with a header row of th cells', () => {
    const document = parseConfluence(render(goldenRecord(goldenStems[0])))
    const table = document.getElementsByTagName('table')[0]!
    const rows = Array.from(table.getElementsByTagName('tbody')[0]!.getElementsByTagName('tr'))
    expect(Array.from(rows[0]!.getElementsByTagName('th')).map((cell) => cell.textContent)).toEqual(['Owner', 'Task', 'Due', 'Status', 'Source'])
    for (const row of rows.slice(1)) expect(row.getElementsByTagName('td')).toHaveLength(5)
  })

  describe('with a hostile record', () => {
    const record = fixtureRecord('hostile-record')
    const xhtml = render(record)

    it('stays well-formed XML', () => {
      expect(() => parseConfluence(xhtml)).not.toThrow()
    })

    it('never lets markup from the record through', () => {
      expect(xhtml).not.toMatch(/<script|<img|<b>|<div|<\/ac:rich-text-body><script/)
      expect(xhtml).not.toContain(']]>')
      // Only the macros the compiler writes, one per decision and action item.
      expect(xhtml.match(/<ac:structured-macro /g)).toHaveLength(record.decisions.length + record.actionItems.length)
      expect(xhtml.match(/<\/ac:rich-text-body>/g)).toHaveLength(record.decisions.length + record.actionItems.length)
    })

    it('shows every hostile text exactly as written', () => {
      const document = parseConfluence(xhtml)
      expect(document.getElementsByTagName('h1')[0]!.textContent).toBe(record.meeting.title)
      const text = document.documentElement!.textContent ?? ''
      expect(text).toContain(record.meeting.group)
      expect(text).toContain(record.attendance.apologies[0]!.name)
      expect(text).toContain(record.actionItems[0]!.task)
      expect(text).toContain(record.actionItems[1]!.evidence.quote)
      expect(document.getElementsByTagName('code')[0]!.textContent).toBe('evil`name``]]>{{x}}.txt')
    })

    it('replaces characters XML 1.0 forbids', () => {
      expect(record.decisions[0]!.evidence.quote).toContain('\u0007')
      expect(xhtml).not.toContain('\u0007')
      expect(xhtml).toContain('\uFFFD bell')
    })
  })

  describe('escapeXml', () => {
    it('escapes the five XML specials', () => {
      expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    })

    it('replaces lone surrogates and controls but keeps pairs, tabs and newlines', () => {
      expect(escapeXml('a\uD800b\uDC00c\u0000d😀\t\n')).toBe('a\uFFFDb\uFFFDc\uFFFDd😀\t\n')
    })
  })

  it('keeps a footnote nobody references as an expand macro', () => {
    const tree: Root = {
      type: 'root',
      children: [{type: 'footnoteDefinition', identifier: 'x', label: 'x', children: [{type: 'paragraph', children: [{type: 'text', value: 'orphan'}]}]}]
    }
    expect(toConfluence(tree, {evidenceTitle: 'Preuve'})).toBe(
      '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Preuve</ac:parameter><ac:rich-text-body><p>orphan</p></ac:rich-text-body></ac:structured-macro>\n'
    )
  })

  it('refuses a node it cannot compile instead of dropping it', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'image', url: 'x.png', alt: 'x'}]}]}
    expect(() => toConfluence(tree)).toThrow(TypeError)
  })

  it('compiles the same tree the Markdown comes from', () => {
    const record = goldenRecord(goldenStems[0])
    expect(toConfluence(buildMinutesTree(record), {evidenceTitle: 'Evidence'})).toBe(render(record))
  })
})
