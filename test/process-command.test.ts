import {describe, expect, it} from 'vitest'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {processCommand} from '../src/cli/process-command.js'
import {quotedVerbatim} from '../src/evaluate.js'
import type {MeetingRecord} from '../src/record.js'

const samples = fileURLToPath(new URL('../samples/', import.meta.url))

async function run(inputs: string[], out: string, formats = ['md', 'json']) {
  const logs: string[] = []
  const errors: string[] = []
  const summary = await processCommand(inputs, {out, formats, settleMs: 0}, (line) => logs.push(line), (line) => errors.push(line))
  return {summary, logs, errors}
}

describe('minutes process', () => {
  it('writes a record and minutes for each sample, and says where', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'minutes-out-'))
    const {summary, logs, errors} = await run([samples], out)
    expect(errors).toEqual([])
    expect(summary.processed).toHaveLength(5)
    expect(readdirSync(out).sort()).toEqual(readdirSync(samples).flatMap((name) => [name.replace(/\.txt$/, '.json'), name.replace(/\.txt$/, '.md')]).sort())
    expect(logs[0]).toMatch(/000_baf8e72cffe6bdbc\.txt: transcript, en, 4 speakers, \d+ action items, \d+ decisions → .*000_baf8e72cffe6bdbc\.md$/)
  })

  it('quotes every piece of evidence verbatim from the lines it cites', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'minutes-out-'))
    await run([samples], out, ['json'])
    for (const name of readdirSync(samples)) {
      const source = readFileSync(path.join(samples, name), 'utf8')
      const record = JSON.parse(readFileSync(path.join(out, name.replace(/\.txt$/, '.json')), 'utf8')) as MeetingRecord
      const evidence = [...record.actionItems.map((item) => item.evidence), ...record.decisions.map((item) => item.evidence), ...record.agenda.map((item) => item.evidence)]
      expect(evidence.length).toBeGreaterThan(0)
      for (const item of evidence) expect(quotedVerbatim(source, item), `${name} line ${item.startLine}: ${item.quote}`).toBe(true)
    }
  })

  it('gives a bad file a clear error and no output, and goes on with the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-in-'))
    const out = path.join(dir, 'out')
    copyFileSync(path.join(samples, '001_48dbbc05ea8fe6b1.txt'), path.join(dir, 'good.txt'))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00]))
    writeFileSync(path.join(dir, 'prose.txt'), 'Dear all,\n\nThank you for the call yesterday. See you soon.\n')
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ANA: Hola a todos.\n\nBEN: Buenos días.\n', 'utf16le')]))
    writeFileSync(path.join(dir, 'notes.docx'), 'PK')
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.7')
    const {summary, errors} = await run([dir], out)

    expect(summary.processed.map((entry) => path.basename(entry.input)).sort()).toEqual(['good.txt', 'utf16.txt'])
    expect(errors).toEqual([
      `${path.join(dir, 'binary.txt')}:1:1: File is binary, not text (it has zero bytes or control characters); export the transcript as plain text [binary-file]`,
      `${path.join(dir, 'empty.txt')}:1:1: File is empty [empty-file]`,
      `${path.join(dir, 'notes.docx')}:1:1: File is named .docx but is not a Word document; export the transcript again [not-a-word-document]`,
      `${path.join(dir, 'prose.txt')}:1:1: No speaker labels and no lists: nothing to take minutes from (expected \`NAME:\` labels, or an outcome document with lists) [no-speakers]`,
      `${path.join(dir, 'scan.pdf')}:1:1: Not a transcript file type (.pdf); export it as .txt, .md, .markdown, .text, .vtt, .srt, .docx [not-a-transcript]`
    ])
    expect(readdirSync(out).sort()).toEqual(['good.json', 'good.md', 'utf16.json', 'utf16.md'])
    // The originals are untouched.
    expect(readFileSync(path.join(dir, 'empty.txt'), 'utf8')).toBe('')
    expect(existsSync(path.join(dir, 'prose.txt'))).toBe(true)
  })

  it('takes captions and platform exports from a folder, each read in its format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-in-'))
    const fixtures = fileURLToPath(new URL('./fixtures/formats/', import.meta.url))
    for (const name of ['zoom.vtt', 'quirks.srt', 'otter.txt', 'google-meet.md']) copyFileSync(path.join(fixtures, name), path.join(dir, name))
    const {summary, errors} = await run([dir], path.join(dir, 'out'), ['json'])
    expect(summary.failed).toEqual([])
    // Warnings name the file and line: the SRT file has a cue with backwards times.
    expect(errors).toEqual([`${path.join(dir, 'quirks.srt')}:22:30: Cue at line 22 is malformed: End timestamp is not greater than start timestamp; the rest of the file is still read [malformed-cue]`])
    expect(summary.processed.map((entry) => [path.basename(entry.input), entry.kind, entry.speakers])).toEqual([
      ['google-meet.md', 'transcript', 3],
      ['otter.txt', 'transcript', 2],
      ['quirks.srt', 'transcript', 2],
      ['zoom.vtt', 'transcript', 2]
    ])
  })

  it('refuses a second input whose outputs would overwrite the first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-in-'))
    mkdirSync(path.join(dir, 'a'))
    mkdirSync(path.join(dir, 'b'))
    copyFileSync(path.join(samples, '001_48dbbc05ea8fe6b1.txt'), path.join(dir, 'a', 'call.txt'))
    copyFileSync(path.join(samples, '004_56ba815c1475ceab.txt'), path.join(dir, 'b', 'call.md'))
    const {summary, errors} = await run([path.join(dir, 'a'), path.join(dir, 'b')], path.join(dir, 'out'))
    expect(summary.processed).toHaveLength(1)
    expect(errors[0]).toMatch(/call\.md:1:1: Output name `call` is already taken by .*call\.txt; rename one of them \[output-name-taken\]/)
  })
})
