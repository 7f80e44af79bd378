import {describe, expect, it} from 'vitest'
import {processFixture} from './helpers/formats.js'

describe('Otter text exports', () => {
  it('reads `Name  m:ss` headers and the paragraphs after them', async () => {
    const {record, turns, sentences} = await processFixture('otter.txt')
    expect(record.source.format).toBe('otter')
    expect(record.meeting.title).toBe('Weekly sync of the design team')
    expect(turns).toEqual([
      ['Hanna Berg', 3, 4],
      ['Jonas Lind', 6, 8],
      ['Hanna Berg', 10, 11],
      ['Jonas Lind', 13, 14]
    ])
    // The header's time is not text; the closing Otter line is left out.
    expect(record.segments.map((segment) => segment.text).join(' ')).not.toMatch(/0:02|otter\.ai/)
    // A sentence cut by a line break is one sentence.
    expect(sentences[1]).toEqual(['We agreed to use the green palette for the new logo.', 'The old one stays on the printed forms until they run out.'])
    expect(record.segments.map((segment) => [segment.startSeconds, segment.endSeconds])).toEqual([
      [2, 15],
      [15, 64],
      [64, 70],
      [70, 70]
    ])
    expect(record.decisions.map((decision) => [decision.evidence.startLine, decision.evidence.startSeconds])).toEqual([[7, 15]])
    expect(record.actionItems.filter((item) => item.owner === 'Jonas Lind').map((item) => item.evidence.startLine)).toContain(14)
  })

  it('keeps `Speaker 1` headers as speakers the transcript does not name', async () => {
    const {record, turns} = await processFixture('otter-speakers.txt')
    expect(turns).toEqual([
      ['Speaker 1', 1, 2],
      ['Speaker 2', 4, 5],
      ['Speaker 1', 7, 8],
      ['Speaker 2', 10, 11]
    ])
    expect(record.segments.map((segment) => segment.speaker)).toEqual([null, null, null, null])
    expect(record.decisions).toHaveLength(1)
    expect(record.actionItems.map((item) => [item.evidence.startLine, item.evidence.startSeconds])).toEqual([[8, 20]])
  })
})
