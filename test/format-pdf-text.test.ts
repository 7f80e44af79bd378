import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allEvidence, formatFixture, processFixture, quotedVerbatim} from './helpers/formats.js'

describe('text copied out of a PDF', () => {
  it('finds labels inside paragraphs, leaves out page furniture and mends hyphenated words', async () => {
    const {record, turns} = await processFixture('pdf-copy.txt')
    expect(record.source.format).toBe('pdf-text')
    expect(turns).toEqual([
      ['Karen Oyelaran', 2, 2],
      ['Mark Holloway', 2, 3],
      ['Karen Oyelaran', 3, 3],
      ['Sofia Brandt', 3, 4],
      ['Mark Holloway', 4, 5],
      ['Karen Oyelaran', 8, 8],
      ['Sofia Brandt', 9, 9],
      ['Karen Oyelaran', 10, 10]
    ])
    // "The question is:" is a sentence, not a speaker.
    expect(record.segments[0]!.text).toContain('The question is: what do we do about the night buses?')
    expect(record.speakers.map((speaker) => speaker.name)).toEqual(['Karen Oyelaran', 'Mark Holloway', 'Sofia Brandt'])
    const text = record.segments.map((segment) => segment.text).join(' ')
    expect(text).not.toMatch(/Page \d|TRANSPORT COMMITTEE 4 FEBRUARY/)
    expect(record.segments[4]!.text).toBe('I will submit the funding request to the regional office by 20 February.')
    expect(record.meeting.date).toBe('2026-02-04')
    // The roll call printed inside the chair's paragraph.
    expect(record.attendance.present.map((attendee) => [attendee.name, attendee.source])).toEqual([
      ['Mark Holloway', 'roll-call'],
      ['Sofia Brandt', 'roll-call'],
      ['Tom Reed', 'roll-call'],
      ['Karen Oyelaran', 'spoke']
    ])
    expect(record.attendance.apologies.map((attendee) => attendee.name)).toEqual(['Lee Grant'])
    expect(record.decisions.map((decision) => decision.evidence.startLine)).toEqual([2, 9])
    expect(record.actionItems.map((item) => [item.owner, item.due, item.evidence.startLine, item.evidence.endLine])).toEqual([['Mark Holloway', '2026-02-20', 4, 5]])
    const source = readFileSync(formatFixture('pdf-copy.txt'), 'utf8')
    for (const evidence of allEvidence(record)) expect(quotedVerbatim(source, evidence)).toBe(true)
  })
})
