import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allEvidence, formatFixture, processFixture, quotedVerbatim} from './helpers/formats.js'

describe('SRT', () => {
  it('reads numbered cues with `[Name]`, `NAME:` and `Name:` speakers, a byte-order mark, a missing blank line and a blank line inside a cue', async () => {
    const {record, turns, sentences} = await processFixture('quirks.srt')
    expect(readFileSync(formatFixture('quirks.srt'))[0]).toBe(0xef)
    expect(record.source.format).toBe('srt')
    expect(turns).toEqual([
      ['Ines Moreau', 3, 3],
      ['Paul Okafor', 7, 11],
      ['Ines Moreau', 15, 15],
      ['Paul Okafor', 19, 19],
      ['Ines Moreau', 23, 26],
      ['Paul Okafor', 30, 32]
    ])
    expect(record.speakers.map((speaker) => [speaker.name, speaker.turns])).toEqual([
      ['Ines Moreau', 3],
      ['Paul Okafor', 3]
    ])
    // A sentence cut across two cues is one sentence.
    expect(sentences[1]).toEqual(['We decided to close the library on public holidays, starting in June.'])
    expect(record.decisions.map((decision) => [decision.text, decision.evidence.startLine, decision.evidence.startSeconds])).toEqual([
      ['We decided to close the library on public holidays, starting in June.', 7, 4.2],
      // A blank line inside a cue's text does not end the cue.
      ['Before we go, we agreed to meet again next month.', 30, 20]
    ])
    expect(record.actionItems.map((item) => [item.owner, item.evidence.startLine, item.evidence.startSeconds])).toEqual([['Ines Moreau', 15, 11.5]])
    // The cue number after text without a blank line opens a new cue.
    expect(record.segments[4]!.text).toBe('That closes the meeting. Good night.')
    expect(record.warnings.map((warning) => [warning.ruleId, warning.line])).toContainEqual(['malformed-cue', 22])
    const source = readFileSync(formatFixture('quirks.srt'), 'utf8').replace(/^\uFEFF/, '')
    for (const evidence of allEvidence(record)) expect(quotedVerbatim(source, evidence)).toBe(true)
  })

  it('reads captions without speaker names as one unidentified speaker, with a warning', async () => {
    const {record, turns, sentences} = await processFixture('plain-captions.srt')
    expect(record.kind).toBe('transcript')
    expect(turns).toEqual([[null, 3, 11]])
    expect(record.speakers).toEqual([])
    expect(record.warnings.map((warning) => warning.ruleId)).toEqual(['no-speaker-names'])
    expect(sentences[0]).toEqual(['so we decided to renew the cleaning contract for another two years.', 'I will circulate the figures by 15 May.'])
    expect(record.segments[0]).toMatchObject({startSeconds: 0.5, endSeconds: 8})
    // Decisions and dates are still found.
    expect(record.decisions.map((decision) => [decision.text, decision.evidence.startLine, decision.evidence.startSeconds])).toEqual([
      ['We decided to renew the cleaning contract for another two years.', 3, 0.5]
    ])
    expect(record.actionItems.map((item) => [item.owner, item.task, item.evidence.startLine, item.evidence.startSeconds])).toEqual([[null, 'Circulate the figures by 15 May', 11, 5.5]])
  })
})
