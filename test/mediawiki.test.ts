import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {formats} from '../src/render/index.js'
import {escapeWikiText, toMediaWiki} from '../src/render/mediawiki.js'
import type {MeetingRecord} from '../src/record.js'
import {fixtureRecord, goldenRecord, goldenStems} from './helpers/records.js'
import {countWikiRefs, readWikiTables, strayPipes} from './helpers/well-formed.js'

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const render = (record: MeetingRecord): string => formats['mediawiki']!.render(record)

/** What a reader sees of escaped text: the entities the compiler writes, decoded. */
const decodeEntities = (wikitext: string): string =>
  wikitext.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The checks every rendered page must pass: balanced tables and refs. */
function expectBalanced(wikitext: string, record: MeetingRecord): void {
  const lines = wikitext.split('\n')
  expect(lines.filter((line) => line.startsWith('{|')).length).toBe(lines.filter((line) => line.startsWith('|}')).length)
  const tables = readWikiTables(wikitext)
  expect(tables).toHaveLength((record.actionItems.length > 0 ? 1 : 0) + (record.speakers.length > 0 ? 1 : 0))
  for (const table of tables) {
    for (const row of table.rows) expect(row).toHaveLength(table.header.length)
    for (const cell of [...table.header, ...table.rows.flat()]) {
      expect(strayPipes(cell)).toBe(0)
      expect(cell).not.toContain('!!')
    }
  }
  if (record.actionItems.length > 0) expect(tables[0]!.rows).toHaveLength(record.actionItems.length)

  const refs = countWikiRefs(wikitext)
  const cited = record.decisions.length + record.actionItems.length
  expect(refs.opened).toBe(cited)
  expect(refs.closed).toBe(refs.opened)
  expect(refs.repeated).toBe(0)
  expect(new Set(refs.names).size).toBe(refs.names.length)
  expect(refs.lists).toBe(cited > 0 ? 1 : 0)
  if (cited > 0) expect(wikitext.lastIndexOf('</ref>')).toBeLessThan(wikitext.indexOf('<references />'))
}

describe('toMediaWiki', () => {
  for (const stem of goldenStems) {
    it(`balances tables, rows and refs (${stem})`, () => {
      const record = goldenRecord(stem)
      expectBalanced(render(record), record)
    })
  }

  it('writes the title as a level-1 heading and sections as level-2 headings', () => {
    const lines = render(goldenRecord('004_56ba815c1475ceab')).split('\n')
    expect(lines[0]).toBe('= LACRALO AVANCE =')
    expect(lines.filter((line) => line.startsWith('='))).toEqual([
      '= LACRALO AVANCE =',
      '== Décisions ==',
      '== Actions à mener ==',
      '== Source ==',
      '== Source dans le texte =='
    ])
  })

  it('puts each citation with its decision or task', () => {
    const record = goldenRecord(goldenStems[0])
    const lines = render(record).split('\n')
    const citing = (id: string): string | undefined => lines.find((line) => line.includes(`<ref name="${id.toLowerCase()}">`))
    for (const decision of record.decisions) {
      expect(citing(decision.id)).toMatch(new RegExp(`^# ${escapeRegExp(escapeWikiText(decision.text))}<ref `))
    }
    for (const item of record.actionItems) {
      expect(citing(item.id)).toMatch(new RegExp(`^\\| .* \\|\\| ${escapeRegExp(escapeWikiText(item.task))}<ref `))
    }
  })

  describe('with a hostile record', () => {
    const record = fixtureRecord('hostile-record')
    const wikitext = render(record)

    it('keeps tables and refs balanced', () => {
      expectBalanced(wikitext, record)
    })

    it('lets no wiki or HTML markup through', () => {
      for (const markup of ['<script', '<img', '<b>', '<div', '<nowiki', '</ref><ref>', '<references/>', '[[', ']]', '{{', '}}', '~~~', '__NOTOC__', "''not", "''quoted", "''' bold"]) {
        expect(wikitext).not.toContain(markup)
      }
    })

    it('starts lines only with the markup it writes', () => {
      const lines = wikitext.split('\n')
      const headings = ['title', 'Attendance', 'Agenda', 'Decisions', 'Action items', 'Speakers', 'Source', 'Evidence']
      expect(lines.filter((line) => line.startsWith('='))).toHaveLength(headings.length)
      expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(record.agenda.length + record.decisions.length)
      expect(lines.filter((line) => line.startsWith('*'))).toHaveLength(2 + 3)
      expect(lines.filter((line) => /^[:; ]|^----/.test(line))).toEqual([])
    })

    it('shows every hostile text as written once entities are decoded', () => {
      const seen = decodeEntities(wikitext)
      expect(seen.split('\n')[0]).toBe(`= ${record.meeting.title} =`)
      for (const text of [record.meeting.group!, record.attendance.apologies[0]!.name, record.actionItems[0]!.task, record.actionItems[1]!.evidence.quote]) {
        expect(seen).toContain(text)
      }
      // Line breaks inside a text become spaces: the text stays on its line.
      expect(seen).toContain(record.decisions[1]!.text.replace(/\n/g, ' '))
    })
  })

  describe('escapeWikiText', () => {
    it('leaves ordinary prose readable', () => {
      expect(escapeWikiText("Don't stop: it's 5 - 3 = 2 * 1!")).toBe("Don't stop: it's 5 - 3 = 2 * 1!")
    })

    it('escapes doubled apostrophes, bangs and underscores, and apostrophes at either end', () => {
      expect(escapeWikiText("''a'' !! __b__ 'c'")).toBe("&#39;&#39;a&#39;&#39; &#33;&#33; &#95;&#95;b&#95;&#95; 'c&#39;")
    })

    it('escapes line-start markup only at the start of a line', () => {
      for (const start of ['*', '#', ':', ';', '=', '-', '!', '|', '{', ' ']) {
        const escaped = escapeWikiText(`${start}x`, {lineStart: true})
        expect(escaped.startsWith('&')).toBe(true)
        expect(escapeWikiText(`a${start}x`, {lineStart: true}).startsWith('a')).toBe(true)
      }
      expect(escapeWikiText('----', {lineStart: true})).toBe('&#45;---')
    })

    it('escapes = in headings', () => {
      expect(escapeWikiText('a = b', {heading: true})).toBe('a &#61; b')
    })
  })

  it('cites a footnote referenced twice once and names it the second time', () => {
    const footnote = {type: 'footnoteReference', identifier: 'd1', label: 'd1'} as const
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'text', value: 'a'}, footnote]},
        {type: 'paragraph', children: [{type: 'text', value: 'b'}, footnote]},
        {type: 'footnoteDefinition', identifier: 'd1', label: 'd1', children: [{type: 'paragraph', children: [{type: 'text', value: 'why'}]}]}
      ]
    }
    expect(toMediaWiki(tree, {evidenceHeading: null})).toBe('a<ref name="d1">why</ref>\n\nb<ref name="d1" />\n\n<references />\n')
  })

  it('refuses a node it cannot compile instead of dropping it', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'image', url: 'x.png', alt: 'x'}]}]}
    expect(() => toMediaWiki(tree)).toThrow(TypeError)
  })
})
