import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {processCommand} from '../src/cli/process-command.js'
import type {MeetingRecord} from '../src/record.js'
import {formats, parseFormats} from '../src/render/index.js'

describe('processCommand with wiki formats', () => {
  let out: string
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'minutes-process-'))
  })
  afterEach(async () => {
    await rm(out, {recursive: true, force: true})
  })

  it('writes wiki-ready minutes beside the record when asked for', async () => {
    const quiet = (): void => {}
    const summary = await processCommand(['samples/004_56ba815c1475ceab.txt'], {out, formats: parseFormats('md,confluence,mediawiki,json'), settleMs: 0}, quiet, quiet)
    expect(summary.failed).toEqual([])
    expect((await readdir(out)).sort()).toEqual([
      '004_56ba815c1475ceab.confluence.xml',
      '004_56ba815c1475ceab.json',
      '004_56ba815c1475ceab.md',
      '004_56ba815c1475ceab.wiki'
    ])
    const record = JSON.parse(await readFile(path.join(out, '004_56ba815c1475ceab.json'), 'utf8')) as MeetingRecord
    expect(await readFile(path.join(out, '004_56ba815c1475ceab.wiki'), 'utf8')).toBe(formats['mediawiki']!.render(record))
  })
})

describe('parseFormats', () => {
  it('knows the wiki formats and their file endings', () => {
    expect(parseFormats('md, Confluence,mediawiki,json,md')).toEqual(['md', 'confluence', 'mediawiki', 'json'])
    expect(formats['confluence']!.extension).toBe('.confluence.xml')
    expect(formats['mediawiki']!.extension).toBe('.wiki')
  })

  it('names an unknown format', () => {
    expect(() => parseFormats('md,docx')).toThrow(/Unknown format `docx`/)
  })
})
