import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatEvent} from '../src/cli/watch-command.js'
import {doneNameOf, hashOfDoneName, isTemporaryName} from '../src/watch/layout.js'
import {folderStatus, formatStatus} from '../src/watch/status.js'
import {temporaryFolder} from './helpers/watch-service.js'

describe('drop-folder names', () => {
  it('tells temporary files from transcripts', () => {
    for (const name of ['.~lock.call.txt#', '~$call.docx', 'call.txt.part', 'call.crdownload', '.hidden.txt', 'call.txt~', 'call.md.partial-123', 'x.tmp']) {
      expect(isTemporaryName(name), name).toBe(true)
    }
    for (const name of ['call.txt', 'Réunion 🎉.md', 'part one.txt', 'notes.partial.txt']) expect(isTemporaryName(name), name).toBe(false)
  })

  it('names a done original by its hash, and reads the hash back', () => {
    const sha = 'ab12cd34ef567890'.padEnd(64, '0')
    expect(doneNameOf('weekly call.txt', sha)).toBe('weekly call.ab12cd34ef56.txt')
    expect(doneNameOf('README', sha)).toBe('README.ab12cd34ef56')
    expect(hashOfDoneName('weekly call.ab12cd34ef56.txt')).toBe('ab12cd34ef56')
    expect(hashOfDoneName('weekly call.txt')).toBeUndefined()
  })
})

describe('watch output', () => {
  it('gives a person one line per file, and a log collector one JSON object', () => {
    const done = {
      event: 'done' as const,
      file: 'call.txt',
      sha256: 'f'.repeat(64),
      ms: 1234,
      outputs: ['/m/call.json', '/m/call.md'],
      original: '/d/done/call.ffffffffffff.txt',
      kind: 'transcript' as const,
      language: 'en',
      speakers: 4,
      actionItems: 3,
      decisions: 2,
      warnings: [],
      keptAside: [],
      archive: 'new meeting 7'
    }
    expect(formatEvent(done, false)).toBe('✓ call.txt (1.2 s): 4 speakers, 3 action items, 2 decisions → /m/call.md; archive: new meeting 7')
    const json = JSON.parse(formatEvent(done, true)!) as Record<string, unknown>
    expect(json).toMatchObject({event: 'done', file: 'call.txt', sha256: 'f'.repeat(64), ms: 1234, outputs: ['/m/call.json', '/m/call.md']})
    expect(typeof json['time']).toBe('string')
    const failed = {event: 'failed' as const, file: 'scan.txt', sha256: null, ms: 20, outputs: [], original: '/d/failed/scan.txt', note: '/d/failed/scan.txt.error.txt', ruleId: 'binary-file', reason: 'File is binary'}
    expect(formatEvent(failed, false)).toBe('✗ scan.txt (0.0 s): File is binary [binary-file]; the file and a note are in /d/failed')
    expect(formatEvent({event: 'duplicate', file: 'b.txt', sha256: 'a'.repeat(64), ms: 3, outputs: [], original: '/d/done/b.aaaaaaaaaaaa.txt', of: 'a.aaaaaaaaaaaa.txt'}, false)).toBe(
      '= b.txt: duplicate of a.aaaaaaaaaaaa.txt, already done; not processed again'
    )
  })
})

describe('minutes status', () => {
  it('counts the files in each folder and gives the latest failures with their reasons', async () => {
    const folder = temporaryFolder()
    for (const name of ['processing', 'done', 'failed']) mkdirSync(path.join(folder, name))
    writeFileSync(path.join(folder, 'waiting.txt'), 'x')
    writeFileSync(path.join(folder, '.~lock.waiting.txt#'), 'x')
    writeFileSync(path.join(folder, 'done', 'a.0123456789ab.txt'), 'x')
    writeFileSync(path.join(folder, 'done', 'b.0123456789ac.txt'), 'x')
    writeFileSync(path.join(folder, 'failed', 'empty.txt'), '')
    writeFileSync(path.join(folder, 'failed', 'empty.txt.error.txt'), 'empty.txt:1:1: File is empty [empty-file]\n\nWhy: …\n')
    const status = await folderStatus(folder)
    expect(status).toMatchObject({waiting: 1, processing: 0, done: 2, failed: 1, watchedBy: null})
    expect(status.lastFailures).toEqual([expect.objectContaining({file: 'empty.txt', reason: 'File is empty [empty-file]'})])
    const text = formatStatus(status)
    expect(text).toContain('not watched (no service running)')
    expect(text).toContain('waiting 1, processing 0, done 2, failed 1')
    expect(text).toMatch(/empty\.txt: File is empty \[empty-file\]/)
  })
})
