import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {processFile, processFixture} from './helpers/formats.js'

const repoRoot = path.resolve(import.meta.dirname, '..')
const intersect = path.resolve(repoRoot, '..', 'shared', 'dev', 'intersect')

describe('Google Meet transcripts', () => {
  it('takes title, date, time and zone from the heading, attendance from the attendee list, times from the markers', async () => {
    const {record, turns} = await processFixture('google-meet.md')
    expect(record.source.format).toBe('google-meet')
    expect(record.meeting).toMatchObject({title: 'Riverside Library Board', date: '2026-03-10', startTime: '18:02', endTime: '18:12', timezone: 'CET', location: null})
    expect(record.meeting.evidence?.['date']).toMatchObject({startLine: 3, endLine: 3})
    expect(turns).toEqual([
      ['Clara Weiss', 13, 13],
      ['Diego Ramos', 15, 15],
      ['Clara Weiss', 19, 19],
      ['Yusuf Demir', 21, 21],
      ['Clara Weiss', 23, 23]
    ])
    // Markers and the closing note are not what anyone said.
    expect(record.segments.map((segment) => segment.text).join(' ')).not.toMatch(/00:04:12|editable transcript|\*\*/)
    expect(record.segments.map((segment) => segment.startSeconds)).toEqual([0, 0, 252, 252, 252])
    expect(record.segments.at(-1)!.endSeconds).toBe(585)
    // The bot, the shared screen and the room are not people.
    expect(record.attendance.present.map((attendee) => [attendee.name, attendee.source])).toEqual([
      ['Clara Weiss', 'attendee-list'],
      ['Diego Ramos', 'attendee-list'],
      ['Yusuf Demir', 'attendee-list']
    ])
    expect(record.attendance.present[2]!.evidence).toMatchObject({quote: 'Yusuf Demir', startLine: 7})
    expect(record.decisions.map((decision) => [decision.evidence.startLine, decision.evidence.startSeconds])).toEqual([[15, 0]])
    expect(record.actionItems.some((item) => item.owner === 'Yusuf Demir' && item.due === '2026-03-17' && item.evidence.startSeconds === 252)).toBe(true)
  })

  it.skipIf(!existsSync(intersect))('reads the exported committee transcripts: a title, never `**`, and no note-taker among those present', async () => {
    const names = readdirSync(intersect).filter((name) => name.endsWith('.transcript.md'))
    expect(names.length).toBeGreaterThan(30)
    for (const name of names) {
      const {record} = await processFile(path.join(intersect, name))
      expect(record.source.format, name).toBe('google-meet')
      expect(record.meeting.title, name).toMatch(/Committee/)
      expect(record.meeting.location, name).toBeNull()
      expect(record.attendance.present.map((attendee) => attendee.name).join(', '), name).not.toMatch(/read\.ai|Presentation|\*\*/i)
      expect(record.segments.every((segment) => segment.startSeconds !== undefined), name).toBe(true)
    }
  }, 120_000)
})
