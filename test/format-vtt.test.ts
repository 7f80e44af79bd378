import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {allEvidence, formatFixture, processFile, processFixture, quotedVerbatim} from './helpers/formats.js'

describe('WebVTT', () => {
  it('reads Zoom captions: numbered cues, `Name:` in the cue, settings after the timing', async () => {
    const {record, turns, sentences} = await processFixture('zoom.vtt')
    expect(record.source.format).toBe('vtt')
    expect(turns).toEqual([
      ['Marta Quintero', 5, 11],
      ['Owen Adeyemi', 15, 16],
      ['Marta Quintero', 20, 20]
    ])
    // Two cues of one speaker are one turn; a sentence cut across them is one sentence.
    expect(sentences[0]).toEqual([
      'Good morning, this is the budget call of the Parks Working Group.',
      'We decided to move the spring cleanup to the third week of April.'
    ])
    expect(record.segments.map((segment) => [segment.startSeconds, segment.endSeconds])).toEqual([
      [2, 11],
      [11.2, 15],
      [15, 19]
    ])
    expect(record.decisions.map((decision) => decision.text)).toEqual(['We decided to move the spring cleanup to the third week of April.'])
    expect(record.decisions[0]!.evidence).toMatchObject({startLine: 10, endLine: 11, startSeconds: 6.5, speaker: 'Marta Quintero'})
    expect(record.actionItems).toHaveLength(1)
    expect(record.actionItems[0]).toMatchObject({owner: 'Owen Adeyemi', evidence: {startLine: 15, endLine: 16, startSeconds: 11.2}})
    expect(record.actionItems[0]!.task).toMatch(/^Send the volunteer list to everyone by Friday/)
    expect(record.warnings).toEqual([])
  })

  it('reads Teams captions: voice tags, cue identifiers, NOTE and STYLE blocks, a cue without a voice', async () => {
    const {record, turns, sentences} = await processFixture('teams.vtt')
    expect(turns).toEqual([
      ['Lena Fischer', 11, 19],
      ['Tomasz Nowak', 23, 26],
      ['Lena Fischer', 29, 29]
    ])
    // The NOTE and STYLE text is no one's words; a character reference is the character.
    expect(record.segments.map((segment) => segment.text).join(' ')).not.toMatch(/meeting room system|color/)
    expect(sentences[0]).toEqual(['Welcome everyone to the harbour & ferry committee.', 'We agreed that the ferry timetable stays as it is until the end of the summer.'])
    // The cue with no voice continues the sentence of the speaker before it.
    expect(record.segments[1]!.text).toBe('I will draft the notice for the website by Monday. and put it on the board too.')
    expect(record.decisions).toHaveLength(1)
    expect(record.decisions[0]!.evidence).toMatchObject({startLine: 15, startSeconds: 4, speaker: 'Lena Fischer'})
    expect(record.actionItems.map((item) => [item.owner, item.evidence.startLine, item.evidence.startSeconds])).toEqual([['Tomasz Nowak', 23, 10.5]])
    expect(record.segments[1]).toMatchObject({startSeconds: 10.5, endSeconds: 16})
  })

  it('collapses rolling captions into the longest', async () => {
    const {record, turns} = await processFixture('rolling.vtt')
    expect(turns).toEqual([
      ['Ana Souza', 10, 10],
      ['Rui Costa', 13, 13]
    ])
    expect(record.segments[0]!.text).toBe('We decided to publish the report in March.')
    expect(record.decisions.map((decision) => decision.evidence.startLine)).toEqual([10])
  })

  it('quotes every evidence verbatim at the lines it cites', async () => {
    for (const name of ['zoom.vtt', 'teams.vtt', 'rolling.vtt']) {
      const {record} = await processFixture(name)
      const source = readFileSync(formatFixture(name), 'utf8')
      for (const evidence of allEvidence(record)) expect(quotedVerbatim(source, evidence), `${name}: ${evidence.quote}`).toBe(true)
    }
  })
})

describe('WebVTT with broken cues', () => {
  it('warns with the line of each broken cue and still reads the rest', async () => {
    const {record, turns} = await processFixture('malformed.vtt')
    expect(turns).toEqual([
      ['Ada Brook', 5, 5],
      ['Sam Lee', 15, 15],
      ['Ada Brook', 19, 19]
    ])
    const warnings = record.warnings.map((warning) => [warning.ruleId, warning.line])
    // A timing without text, text without a timing, backwards and out-of-order timings.
    expect(warnings).toContainEqual(['malformed-cue', 8])
    expect(warnings).toContainEqual(['malformed-cue', 11])
    expect(warnings).toContainEqual(['malformed-cue', 14])
    expect(warnings).toContainEqual(['malformed-cue', 18])
    // The cue with backwards times keeps its words, and its action item.
    expect(warnings).toContainEqual(['cue-without-times', 14])
    expect(record.actionItems.map((item) => [item.owner, item.evidence.startLine])).toEqual([['Sam Lee', 15]])
    expect(record.decisions.map((decision) => decision.evidence.startLine)).toEqual([5])
  })
})

describe('captions that hold nothing', () => {
  it('refuses captions without a single cue, naming the rule', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'minutes-vtt-')), 'empty.vtt')
    writeFileSync(file, 'WEBVTT\n\nNOTE the recording failed\n')
    await expect(processFile(file)).rejects.toThrow(/No caption cues found/)
    await expect(processFile(file)).rejects.toMatchObject({ruleId: 'no-cues'})
  })
})
