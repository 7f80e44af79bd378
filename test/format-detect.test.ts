import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {acceptedExtensions, detectFormat} from '../src/formats/index.js'
import {transcriptExtensions} from '../src/cli/files.js'
import {record} from './helpers/run.js'
import {formatFixture} from './helpers/formats.js'

const repoRoot = path.resolve(import.meta.dirname, '..')
const shared = path.resolve(repoRoot, '..', 'shared')

describe('detectFormat', () => {
  it('knows each fixture by its content', () => {
    const expected: Record<string, string> = {
      'zoom.vtt': 'vtt',
      'teams.vtt': 'vtt',
      'rolling.vtt': 'vtt',
      'malformed.vtt': 'vtt',
      'quirks.srt': 'srt',
      'plain-captions.srt': 'srt',
      'google-meet.md': 'google-meet',
      'otter.txt': 'otter',
      'otter-speakers.txt': 'otter',
      'pdf-copy.txt': 'pdf-text'
    }
    for (const [name, format] of Object.entries(expected)) {
      const text = readFileSync(formatFixture(name), 'utf8').replace(/^\uFEFF/, '')
      expect(detectFormat(text, name), name).toBe(format)
      // Content first: the name does not matter.
      expect(detectFormat(text, 'transcript.txt'), name).toBe(format)
    }
  })

  it('goes by the name only when the content does not say', () => {
    expect(detectFormat('ANA: Hola.\n\nBEN: Hola.\n', 'call.vtt')).toBe('vtt')
    expect(detectFormat('ANA: Hola.\n\nBEN: Hola.\n', 'call.srt')).toBe('srt')
    expect(detectFormat('ANA: Hola.\n\nBEN: Hola.\n', 'call.txt')).toBe('text')
    expect(detectFormat('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n', 'call.srt')).toBe('vtt')
  })

  it('reads the samples and the held-out transcripts as plain text, as before', () => {
    const folders = [path.join(repoRoot, 'samples'), path.join(shared, 'heldout')].filter((folder) => existsSync(folder))
    let read = 0
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.transcript.txt') || folder.endsWith('samples'))) {
        expect(detectFormat(readFileSync(path.join(folder, name), 'utf8'), name), name).toBe('text')
        read++
      }
    }
    expect(read).toBeGreaterThanOrEqual(5)
  })

  it('keeps one list of accepted file endings, shared with the command', () => {
    expect(transcriptExtensions).toBe(acceptedExtensions)
    expect([...acceptedExtensions]).toEqual(expect.arrayContaining(['.txt', '.md', '.vtt', '.srt', '.docx']))
  })
})

describe('plain text and Markdown', () => {
  it('reads a quote nested 5,000 levels deep as text instead of failing', () => {
    const text = `ANA: Before the quote.\n\n${'>'.repeat(5000)} deep\n\nBEN: After the quote, we decided to stop here.\n\nANA: Agreed.\n`
    const result = record(text)
    expect(result.kind).toBe('transcript')
    expect(result.segments.map((segment) => segment.speaker)).toEqual(['Ana', 'Ben', 'Ana'])
    expect(result.segments[0]!.text).toContain('> deep')
  })

  it('still reads a shallow quote as Markdown', () => {
    const file = new VFile({path: 'a.md', value: '> quoted\n'})
    expect(detectFormat(String(file.value), file.path)).toBe('text')
    const result = record('ANA: Hello.\n\n> a quoted line\n\nBEN: Hello.\n')
    expect(result.segments[0]!.text).toBe('Hello.\n\na quoted line')
  })
})
