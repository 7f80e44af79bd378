import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {recordStem, renderCommand} from '../src/cli/render-command.js'
import {formats} from '../src/render/index.js'
import {goldenRecord} from './helpers/records.js'

describe('renderCommand', () => {
  let folder: string
  const logged: string[] = []
  const errors: string[] = []
  const log = (line: string): void => void logged.push(line)
  const error = (line: string): void => void errors.push(line)

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'minutes-render-'))
    logged.length = 0
    errors.length = 0
  })
  afterEach(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  const writeRecord = async (name: string, content: unknown): Promise<string> => {
    const file = path.join(folder, name)
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content))
    return file
  }

  it('renders each chosen format of a reviewed record to DIR/<stem><extension>', async () => {
    const record = goldenRecord('003_e93db6254adc49bd')
    record.actionItems[0] = {...record.actionItems[0]!, owner: 'Harold Arcos', status: 'accepted', review: {by: 'Heidi', at: '2019-07-23'}}
    const input = await writeRecord('003-reviewed.json', record)
    const out = path.join(folder, 'out')
    const result = await renderCommand(input, {out, formats: ['md', 'confluence', 'mediawiki']}, log, error)

    expect(result).toEqual({ok: true, outputs: ['md', 'confluence', 'mediawiki'].map((name) => path.join(out, `003-reviewed${formats[name]!.extension}`))})
    expect((await readdir(out)).sort()).toEqual(['003-reviewed.confluence.xml', '003-reviewed.md', '003-reviewed.wiki'])
    for (const name of ['md', 'confluence', 'mediawiki']) {
      expect(await readFile(path.join(out, `003-reviewed${formats[name]!.extension}`), 'utf8')).toBe(formats[name]!.render(record))
    }
    expect(await readFile(path.join(out, '003-reviewed.md'), 'utf8')).toContain('| Harold Arcos ')
    expect(errors).toEqual([])
    expect(logged).toHaveLength(1)
  })

  it('refuses a record that does not match the schema, naming where, and writes nothing', async () => {
    const record = goldenRecord('000_baf8e72cffe6bdbc')
    const input = await writeRecord('broken.json', {...record, meeting: {...record.meeting, date: '30/11/2017'}})
    const out = path.join(folder, 'out')
    const result = await renderCommand(input, {out, formats: ['md', 'json']}, log, error)

    expect(result.ok).toBe(false)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: Record does not match schemas/meeting.schema.json at \`/meeting/date\`: .+ \\[invalid-record\\]$`))
    expect(await readdir(folder)).toEqual(['broken.json'])
  })

  it('refuses a record with a field the schema does not know', async () => {
    const input = await writeRecord('extra.json', {...goldenRecord('000_baf8e72cffe6bdbc'), discussion: 'made up'})
    const result = await renderCommand(input, {out: path.join(folder, 'out'), formats: ['md']}, log, error)
    expect(result.ok).toBe(false)
    expect(errors[0]).toMatch(/Record does not match .* at `\/`: must NOT have additional properties \[invalid-record\]$/)
  })

  it('refuses a file that is not JSON', async () => {
    const input = await writeRecord('truncated.json', '{"schemaVersion": "1.0",')
    const result = await renderCommand(input, {out: path.join(folder, 'out'), formats: ['md']}, log, error)
    expect(result.ok).toBe(false)
    expect(errors[0]).toMatch(/^.*truncated\.json:1:1: Record is not JSON: .* \[invalid-record\]$/)
  })

  it('reports a missing record', async () => {
    const input = path.join(folder, 'missing.json')
    const result = await renderCommand(input, {out: path.join(folder, 'out'), formats: ['md']}, log, error)
    expect(result).toEqual({ok: false, line: `${input}:1:1: File not found [unreadable-record]`})
  })

  it('throws a TypeError on an unknown format', async () => {
    await expect(renderCommand('x.json', {out: folder, formats: ['pdf']}, log, error)).rejects.toThrow(TypeError)
  })
})

describe('recordStem', () => {
  it('takes .json off the record file name only', () => {
    expect(recordStem('reviewed/000_abc.json')).toBe('000_abc')
    expect(recordStem('a/minutes.record.JSON')).toBe('minutes.record')
    expect(recordStem('record')).toBe('record')
    expect(recordStem('.json')).toBe('.json')
  })
})
