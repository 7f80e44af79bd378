/**
 * The archive's behaviour on both engines with the same assertions, and the
 * two engines giving the same answers to the same searches.
 */
import {readdirSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Archive, SearchQuery} from '../src/archive/types.js'
import type {MeetingRecord} from '../src/record.js'
import {archiveEngines} from './helpers/engines.js'
import {record, sample} from './helpers/run.js'

const samples = readdirSync(new URL('../samples/', import.meta.url)).filter((name) => name.endsWith('.txt')).sort()
const records = new Map<string, {record: MeetingRecord; text: string}>()
for (const name of samples) {
  const text = sample(name)
  records.set(name, {record: record(text, {}, `samples/${name}`), text})
}

async function ingestSamples(archive: Archive): Promise<void> {
  for (const {record: processed, text} of records.values()) await archive.ingest(processed, {text})
}

const governance = '000_baf8e72cffe6bdbc.txt'

describe.each(archiveEngines)('the archive on $name', (engine) => {
  let archive: Archive

  beforeAll(async () => {
    archive = await engine.open()
    await ingestSamples(archive)
  })
  afterAll(async () => {
    await archive?.close()
  })

  it('keeps each sample once, and an unchanged second ingest changes nothing', async () => {
    expect(archive.engine).toBe(engine.name)
    expect(await archive.meetings()).toHaveLength(samples.length)
    const again = await archive.ingest(records.get(governance)!.record, {text: records.get(governance)!.text})
    expect(again.outcome).toBe('unchanged')
    expect(await archive.meetings()).toHaveLength(samples.length)
  })

  it('finds the Governance Working Group among the hits for "metrics", with its date and source lines', async () => {
    const result = await archive.search({text: 'metrics'})
    expect(result.total).toBeGreaterThan(0)
    const hit = result.hits.find((entry) => entry.meeting.group?.includes('Governance'))
    expect(hit).toBeDefined()
    expect(hit!.meeting.date).toBe('2017-11-30')
    expect(hit!.source.path).toBe(`samples/${governance}`)
    expect(hit!.source.startLine).toBeGreaterThan(0)
    expect(hit!.snippet.toLowerCase()).toContain('«metric')
  })

  it('matches without accents and across stems, and reads operators as plain words', async () => {
    const accented = await archive.search({text: 'reunis'})
    expect(accented.hits.some((hit) => hit.meeting.language === 'fr' && /«réuni/i.test(hit.snippet))).toBe(true)
    for (const hostile of ['NEAR(metrics', '"metrics', 'metrics*', '-metrics', 'metrics:', "'); DROP TABLE items; --", 'metrics <-> budget', "metrics !& 'budget'|"]) {
      const result = await archive.search({text: hostile})
      expect(result.total).toBeGreaterThanOrEqual(0)
    }
    expect((await archive.search({text: 'metrics'})).total).toBe((await archive.search({text: '-metrics*'})).total)
  })

  it('keeps a reviewer\'s status and comment, and an added item, when the transcript is processed again', async () => {
    const meeting = (await archive.meetings()).find((entry) => entry.group?.includes('Governance'))!
    const [action] = await archive.items({meetingId: meeting.id, type: 'action'})
    expect(action).toBeDefined()
    await archive.review({item: action!.id, op: 'done', by: 'ana'})
    await archive.review({item: action!.id, op: 'comment', text: 'Sent on Friday', by: 'ana'})
    const added = await archive.review({op: 'add', meetingId: meeting.id, type: 'action', text: 'Circulate the metrics draft', owner: 'Alberto Soto', by: 'ana'})
    const {record: original, text} = records.get(governance)!
    const corrected = `${text}\n`
    const revised = await archive.ingest({...original, source: {...original.source, sha256: 'f'.repeat(64)}}, {text: corrected})
    expect(revised.outcome).toBe('revision')
    expect(revised.meeting.id).toBe(meeting.id)
    const kept = await archive.item(action!.id)
    expect(kept!.status).toBe('done')
    expect(kept!.comments.map((comment) => comment.text)).toEqual(['Sent on Friday'])
    expect((await archive.item(added.id))!.text).toBe('Circulate the metrics draft')
    const history = await archive.history(action!.id)
    expect(history.some((entry) => entry.field === 'status' && entry.old === 'open' && entry.new === 'done' && entry.by === 'ana')).toBe(true)
    const found = await archive.search({text: 'circulate metrics draft', type: 'action'})
    expect(found.hits.map((hit) => hit.id)).toContain(added.id)
  })

  it('leaves a rejected item out of search and of the reviewed record', async () => {
    const [decision] = await archive.items({type: 'decision'})
    expect(decision).toBeDefined()
    await archive.review({item: decision!.id, op: 'reject', reason: 'not decided', by: 'ana'})
    const reviewed = await archive.reviewedRecord(decision!.meeting.id)
    expect(reviewed.decisions.some((entry) => entry.text === decision!.text)).toBe(false)
    const hits = await archive.search({text: `"${decision!.text.split(/\s+/).slice(0, 4).join(' ')}"`, type: 'decision'})
    expect(hits.hits.map((hit) => hit.id)).not.toContain(decision!.id)
  })

  it('refuses a change made on a stale version as a conflict', async () => {
    const [action] = await archive.items({type: 'action', status: 'open'})
    await archive.review({item: action!.id, op: 'edit', field: 'owner', value: 'Sergio Salinas Porto', by: 'ana', expectedVersion: action!.version})
    await expect(archive.review({item: action!.id, op: 'edit', field: 'owner', value: 'Someone Else', by: 'bo', expectedVersion: action!.version})).rejects.toMatchObject({code: 'conflict'})
  })
})

describe('SQLite and PostgreSQL', () => {
  const opened: Archive[] = []
  afterAll(async () => {
    await Promise.all(opened.map((archive) => archive.close()))
  })

  it('give the same hits, snippets and totals for the same searches', async () => {
    const [sqlite, postgres] = await Promise.all(archiveEngines.map((engine) => engine.open()))
    opened.push(sqlite!, postgres!)
    await ingestSamples(sqlite!)
    await ingestSamples(postgres!)
    const queries: SearchQuery[] = [
      {text: 'metrics'},
      {text: 'reunion'},
      {text: 'réunion'},
      {text: 'Instagram'},
      {text: 'decided'},
      {text: 'acordamos'},
      {text: '"working group"'},
      {text: 'working group', type: 'segment'},
      {text: 'mission principles', language: 'en'},
      {text: 'LACRALO', type: 'decision'},
      {text: 'LACRALO', type: 'action', limit: 3},
      {text: 'call', from: '2018-01-01', to: '2020-12-31'},
      {text: 'NEAR( "unbalanced'},
      {text: 'nothingmatchesthisword'}
    ]
    let answered = 0
    for (const query of queries) {
      const [left, right] = await Promise.all([sqlite!.search(query), postgres!.search(query)])
      const key = (hit: (typeof left.hits)[number]): string => `${hit.type}|${hit.meeting.date}|${hit.source.startLine}-${hit.source.endLine}|${hit.snippet}`
      expect(right.total, JSON.stringify(query)).toBe(left.total)
      if (left.total <= (query.limit ?? 20)) expect(right.hits.map(key).sort(), JSON.stringify(query)).toEqual(left.hits.map(key).sort())
      if (left.total > 0) answered++
    }
    expect(answered).toBeGreaterThanOrEqual(10)
  })
})
