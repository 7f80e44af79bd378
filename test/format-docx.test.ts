import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Document, Packer, Paragraph, TextRun} from 'docx'
import {afterAll, describe, expect, it} from 'vitest'
import {IngestError, readTranscript} from '../src/ingest.js'
import {processFile} from './helpers/formats.js'

const folder = mkdtempSync(path.join(tmpdir(), 'minutes-docx-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A Word document with one paragraph per line, written with the `docx` library. */
async function wordDocument(name: string, lines: string[]): Promise<string> {
  const document = new Document({sections: [{children: lines.map((line) => new Paragraph({children: [new TextRun(line)]}))}]})
  const target = path.join(folder, name)
  writeFileSync(target, await Packer.toBuffer(document))
  return target
}

async function refusal(file: string): Promise<IngestError> {
  try {
    await readTranscript(file, {settleMs: 0})
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('expected an IngestError')
}

describe('Word documents', () => {
  it('reads a Teams transcript saved as .docx through its text, and says so in the record', async () => {
    const file = await wordDocument('teams.docx', [
      'Planning call',
      'Nadia Haddad   0:04',
      'Welcome. We decided to hold the open day on the first Saturday of June.',
      'Pierre Lambert   0:31',
      'I will send the posters to the printer by Wednesday.',
      'Nadia Haddad   1:02',
      'Perfect, thank you.'
    ])
    const {record, turns, file: read} = await processFile(file)
    expect(record.source).toMatchObject({extractedFrom: 'docx', format: 'otter', encoding: 'utf-8'})
    // Lines are those of the extracted text: one paragraph, then a blank line.
    expect(String(read.value).split('\n').slice(0, 4)).toEqual(['Planning call', '', 'Nadia Haddad   0:04', ''])
    expect(turns).toEqual([
      ['Nadia Haddad', 3, 5],
      ['Pierre Lambert', 7, 9],
      ['Nadia Haddad', 11, 13]
    ])
    expect(record.decisions.map((decision) => [decision.evidence.startLine, decision.evidence.startSeconds])).toEqual([[5, 4]])
    expect(record.actionItems.map((item) => [item.owner, item.evidence.quote, item.evidence.startLine, item.evidence.startSeconds])).toEqual([
      ['Pierre Lambert', 'I will send the posters to the printer by Wednesday.', 9, 31]
    ])
  })

  it('round-trips the text of a Google Docs transcript', async () => {
    const lines = ['Ward meeting, 2 March 2026', 'OLGA PETROVA: We agreed to repaint the community hall.', 'IVAN SOKOL: I will ask for three quotes by Friday.']
    const {record, file} = await processFile(await wordDocument('google-docs.docx', lines))
    expect(String(file.value).split('\n').filter((line) => line !== '')).toEqual(lines)
    expect(record.speakers.map((speaker) => speaker.name)).toEqual(['Olga Petrova', 'Ivan Sokol'])
    expect(record.meeting.date).toBe('2026-03-02')
    expect(record.source.format).toBeUndefined()
  })

  it('reads a Google Meet transcript downloaded as a Word document', async () => {
    const file = await wordDocument('meet.docx', [
      'Allotment Society - 2026/05/04 19:00 BST - Transcript',
      'Attendees',
      'Greta Holm, Idris Bello, Meeting notes by Tactiq',
      'Transcript',
      '00:00:00',
      'Greta Holm: We decided to open the new plots in June.',
      '00:02:30',
      'Idris Bello: I will send the fencing quote to everyone by next Monday.'
    ])
    const {record, turns} = await processFile(file)
    expect(record.source).toMatchObject({extractedFrom: 'docx', format: 'google-meet'})
    expect(record.meeting).toMatchObject({title: 'Allotment Society', date: '2026-05-04', startTime: '19:00', timezone: 'BST'})
    expect(turns).toEqual([
      ['Greta Holm', 11, 11],
      ['Idris Bello', 15, 15]
    ])
    expect(record.attendance.present.map((attendee) => [attendee.name, attendee.source])).toEqual([
      ['Greta Holm', 'attendee-list'],
      ['Idris Bello', 'attendee-list']
    ])
    expect(record.actionItems.map((item) => [item.owner, item.due, item.evidence.startSeconds])).toEqual([['Idris Bello', '2026-05-11', 150]])
  })

  it('refuses a .docx that is not a Word document, or is encrypted, with `not-a-word-document`', async () => {
    const text = path.join(folder, 'renamed.docx')
    writeFileSync(text, 'JANE: this is plain text\n')
    expect((await refusal(text)).ruleId).toBe('not-a-word-document')
    const zip = path.join(folder, 'archive.docx')
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]))
    expect((await refusal(zip)).ruleId).toBe('not-a-word-document')
    const encrypted = path.join(folder, 'locked.docx')
    writeFileSync(encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))
    const error = await refusal(encrypted)
    expect(error.ruleId).toBe('not-a-word-document')
    expect(error.message).toMatch(/encrypted/)
  })

  it('reads a Word document by its content whatever its name', async () => {
    const file = await wordDocument('export.txt', ['ANA: We agreed to meet again.', 'LUIS: I will send the agenda.'])
    const {record} = await processFile(file)
    expect(record.source.extractedFrom).toBe('docx')
    expect(record.speakers.map((speaker) => speaker.name)).toEqual(['Ana', 'Luis'])
  })
})
