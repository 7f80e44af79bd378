import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {lexiconData, lexiconLanguages} from '../src/lexicon/index.js'
import {buildMinutesTree, formatDate} from '../src/minutes/build-minutes-tree.js'
import {formats} from '../src/render/index.js'
import type {MeetingRecord} from '../src/record.js'
import {fixtureRecord, goldenRecord} from './helpers/records.js'

const minutesFormats = ['md', 'confluence', 'mediawiki'] as const
const renderAll = (record: MeetingRecord): string[] => minutesFormats.map((name) => formats[name]!.render(record))

/**
 * Records that together show every fixed word of the minutes: the
 * hand-written one with all sections; a bare one (no title, time, decisions
 * or action items); and nameless ones, a transcript and a document, for the
 * fallback titles.
 */
function everyLabelRecords(language: string): MeetingRecord[] {
  const full = {...fixtureRecord('every-label-record'), language}
  const bare: MeetingRecord = {
    ...full,
    meeting: {...full.meeting, title: null, startTime: null, endTime: null},
    decisions: [],
    actionItems: []
  }
  const nameless: MeetingRecord = {...bare, meeting: {...bare.meeting, group: null}}
  return [full, bare, nameless, {...nameless, kind: 'document'}]
}

/** Fixed words in the lexicons that no minutes show (yet). */
const unusedWords = new Set(['discussion', 'warnings', 'nextMeeting'])

/**
 * The English fixed words a page in `language` must not show: each English
 * minutes word that the language words differently, its `{slots}` taken out.
 */
function englishOnlyWords(language: string): string[] {
  const english = lexiconData('en').minutes
  const own = lexiconData(language).minutes
  const words = new Set<string>()
  for (const [key, value] of Object.entries(english)) {
    if (own[key] === value || unusedWords.has(key)) continue
    for (const part of value.split(/\{\w+\}/)) if (/\p{L}{2}/u.test(part)) words.add(part.trim())
  }
  return [...words]
}

const englishDateWords = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/
const wholeWord = (word: string): RegExp => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')

describe('buildMinutesTree', () => {
  it('orders the minutes: title; date, time, zone; group; attendance; agenda; decisions; action items; speakers; source', () => {
    const tree: Root = buildMinutesTree(fixtureRecord('every-label-record'))
    const outline = tree.children
      .filter((node) => node.type !== 'footnoteDefinition')
      .map((node) => (node.type === 'heading' ? `h${node.depth} ${toString(node)}` : node.type === 'paragraph' ? toString(node).split(':')[0]! : node.type))
    expect(outline).toEqual([
      'h1 Zzz Qqq',
      'Date',
      'Group',
      'h2 Attendance',
      'list',
      'h2 Agenda',
      'list',
      'h2 Decisions',
      'list',
      'h2 Action items',
      'table',
      'h2 Speakers',
      'table',
      'h2 Source',
      'list'
    ])
    expect(toString(tree.children[1]!)).toBe('Date: Thursday, November 30, 2017 · Time: 23:00–23:45 UTC')
  })

  it('has no discussion section', () => {
    for (const record of everyLabelRecords('en')) for (const output of renderAll(record)) expect(output).not.toMatch(/Discussion/)
  })

  it('gives every language the same fixed words of the minutes', () => {
    const keys = Object.keys(lexiconData('en').minutes).sort()
    for (const language of lexiconLanguages) expect(Object.keys(lexiconData(language).minutes).sort()).toEqual(keys)
  })

  it('formats dates in the meeting language', () => {
    expect(formatDate('2017-11-30', 'fr')).toBe('jeudi 30 novembre 2017')
    expect(formatDate('2017-11-30', 'es')).toBe('jueves, 30 de noviembre de 2017')
    expect(formatDate('2017-11-30', 'pt')).toBe('quinta-feira, 30 de novembro de 2017')
    expect(formatDate('2017-11-30', 'en')).toBe('Thursday, November 30, 2017')
  })

  it('shows each English fixed word the language checks below look for (so they can fail)', () => {
    const pages = everyLabelRecords('en').flatMap((record) => renderAll(record))
    for (const language of ['fr', 'es', 'pt']) {
      for (const word of englishOnlyWords(language)) {
        expect(pages.some((page) => wholeWord(word).test(page)), `English page shows "${word}"`).toBe(true)
      }
    }
    expect(pages.some((page) => englishDateWords.test(page))).toBe(true)
  })

  for (const language of ['fr', 'es', 'pt']) {
    it(`writes minutes in ${language} with no English fixed word, in every format`, () => {
      const words = englishOnlyWords(language)
      expect(words.length).toBeGreaterThan(30)
      for (const record of everyLabelRecords(language)) {
        for (const page of renderAll(record)) {
          for (const word of words) expect(page, `"${word}" leaks into ${language}`).not.toMatch(wholeWord(word))
          expect(page).not.toMatch(englishDateWords)
        }
      }
    })
  }

  it('writes the French sample entirely in French', () => {
    const record = goldenRecord('004_56ba815c1475ceab')
    expect(record.language).toBe('fr')
    for (const page of renderAll(record)) {
      for (const english of ['Decisions', 'Action items', 'Owner', 'Task', 'Due', 'Status', 'Source lines', 'Evidence', 'not said', 'open', 'line', 'File', 'Language', 'French']) {
        expect(page).not.toMatch(wholeWord(english))
      }
      for (const french of ['Décisions', 'Actions à mener', 'Responsable', 'Tâche', 'Échéance', 'Statut', 'non précisé', 'ouverte', 'ligne 22', 'Fichier', 'Langue', 'français']) {
        expect(page).toContain(french)
      }
    }
  })

  it('writes French dates in French minutes', () => {
    const record = {...goldenRecord('004_56ba815c1475ceab'), meeting: {...goldenRecord('004_56ba815c1475ceab').meeting, date: '2017-11-30'}}
    for (const page of renderAll(record)) expect(page).toContain('jeudi 30 novembre 2017')
  })
})

describe('candidates', () => {
  it('keeps candidates out of the minutes in every format, and a group owner reads as said', () => {
    const base = fixtureRecord('every-label-record')
    const evidence = base.decisions[0]?.evidence ?? base.actionItems[0]!.evidence
    const record: MeetingRecord = {
      ...base,
      actionItems: base.actionItems.map((item, index) => (index === 0 ? {...item, owner: 'everyone', ownerKind: 'group' as const} : item)),
      candidates: [
        {id: 'C1', kind: 'action', text: 'Perhaps organise a winter retreat', owner: null, confidence: 0.35, evidence},
        {id: 'C2', kind: 'decision', text: 'Maybe rename the group', confidence: 0.4, evidence}
      ]
    }
    for (const page of renderAll(record)) {
      expect(page).not.toContain('winter retreat')
      expect(page).not.toContain('rename the group')
      expect(page).toContain('everyone')
    }
  })
})
