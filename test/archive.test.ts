import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Database from 'better-sqlite3'
import {openArchive} from '../src/archive/index.js'
import {ArchiveError, type Archive, type Item} from '../src/archive/types.js'
import {cutLines} from '../src/archive/archive.js'
import {migrations} from '../src/archive/sqlite/migrations.js'
import {explain} from '../src/archive/sqlite/engine.js'
import {processCommand} from '../src/cli/process-command.js'
import {renderReviewed} from '../src/cli/render-command.js'
import {changeCommand, toCsv} from '../src/cli/archive-commands.js'

const samples = fileURLToPath(new URL('../samples/', import.meta.url))
const governance = '000_baf8e72cffe6bdbc.txt'
const communications = '003_e93db6254adc49bd.txt'

/** Process `inputs` into `out`, storing each record in `archive`. */
async function processInto(archive: Archive, inputs: string[], out: string): Promise<string[]> {
  const logs: string[] = []
  const errors: string[] = []
  await processCommand(inputs, {out, formats: ['json'], settleMs: 0, archive}, (line) => logs.push(line), (line) => errors.push(line))
  expect(errors).toEqual([])
  return logs
}

describe('the archive, on the samples', () => {
  let folder: string
  let db: string
  let archive: Archive
  /** Copies of two samples that the tests correct and process again. */
  let governanceCopy: string
  let communicationsCopy: string

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-archive-'))
    db = path.join(folder, 'minutes.db')
    const inputs = path.join(folder, 'in')
    const others = readdirSync(samples).filter((name) => name !== governance && name !== communications)
    mkdirSync(inputs)
    for (const name of [...others, governance, communications]) copyFileSync(path.join(samples, name), path.join(inputs, name))
    governanceCopy = path.join(inputs, governance)
    communicationsCopy = path.join(inputs, communications)
    archive = await openArchive(db)
    const logs = await processInto(archive, [inputs], path.join(folder, 'out'))
    expect(logs.filter((line) => line.includes('archive: new meeting'))).toHaveLength(5)
  })

  afterAll(async () => {
    await archive.close()
    rmSync(folder, {recursive: true, force: true})
  })

  it('keeps one meeting per transcript, with its title, group and date', async () => {
    const meetings = await archive.meetings()
    expect(meetings).toHaveLength(5)
    const group = meetings.find((meeting) => meeting.group === 'LACRALO Governance Working Group')!
    expect(group.date).toBe('2017-11-30')
    expect(group.revisions).toBe(1)
    expect(group.actions).toBeGreaterThan(0)
  })

  it('`search metrics` finds the Governance Working Group decision, with its date and source line', async () => {
    const result = await archive.search({text: 'metrics', type: 'decision'})
    const hit = result.hits.find((entry) => entry.meeting.group === 'LACRALO Governance Working Group')
    expect(hit, JSON.stringify(result.hits)).toBeDefined()
    expect(hit!.meeting.date).toBe('2017-11-30')
    expect(hit!.snippet).toContain('«metrics»')
    const source = readFileSync(path.join(samples, governance), 'utf8').split('\n')
    expect(source.slice(hit!.source.startLine - 1, hit!.source.endLine).join(' ').toLowerCase()).toContain('metrics')
    expect(path.basename(hit!.source.path)).toBe(governance)
  })

  it('`search reunion` finds the French document’s «réunion», accent and all in the snippet', async () => {
    const result = await archive.search({text: 'reunion'})
    const hit = result.hits.find((entry) => entry.meeting.language === 'fr')
    expect(hit).toBeDefined()
    expect(hit!.snippet).toMatch(/«réunion»/)
  })

  it('`search Instagram` finds the 2019 call', async () => {
    const result = await archive.search({text: 'Instagram'})
    expect(result.total).toBeGreaterThan(0)
    expect(result.hits[0]!.meeting.date).toMatch(/^2019-/)
    expect(result.hits[0]!.snippet).toContain('«Instagram»')
  })

  it('matches stems: "decided" finds "decide" and "deciding"', async () => {
    const result = await archive.search({text: 'decided', type: 'segment', limit: 50})
    const words = result.hits.flatMap((hit) => [...hit.snippet.matchAll(/«([^»]+)»/g)].map((match) => match[1]!.toLowerCase()))
    expect(words).toContain('decide')
    expect(words.some((word) => word !== 'decided')).toBe(true)
  })

  it('a phrase in quotes must appear as a phrase', async () => {
    const phrase = await archive.search({text: '"Instagram account"', limit: 100})
    expect(phrase.total).toBeGreaterThan(0)
    for (const hit of phrase.hits) expect(hit.text.toLowerCase()).toMatch(/instagram account/)
    const reversed = await archive.search({text: '"account Instagram"'})
    expect(reversed.total).toBe(0)
  })

  it('searches a malformed query as plain words: no SQL error, no stack trace', async () => {
    // `near` is a plain word here, and no passage has both.
    expect((await archive.search({text: 'NEAR(Instagram, 5)'})).total).toBe(0)
    const before = (await archive.items()).length
    expect((await archive.search({text: "Instagram'); DROP TABLE items; --"})).total).toBe(0)
    expect(await archive.items()).toHaveLength(before)
    for (const text of ['"Instagram', 'Instagram*', '-Instagram', 'Instagram:', 'Instagram"account', 'Instagram OR', 'AND Instagram NOT']) {
      const result = await archive.search({text})
      expect(result.hits.length, text).toBeGreaterThan(0)
    }
    await expect(archive.search({text: '* - " : ('})).rejects.toThrow(/no words/)
  })

  it('filters by type, group, date, language and limit', async () => {
    const all = await archive.search({text: 'metrics', limit: 100})
    const grouped = await archive.search({text: 'metrics', group: 'lacralo governance working group', limit: 100})
    expect(grouped.total).toBeGreaterThan(0)
    expect(grouped.total).toBeLessThan(all.total)
    for (const hit of grouped.hits) expect(hit.meeting.group).toBe('LACRALO Governance Working Group')
    const dated = await archive.search({text: 'metrics', from: '2018-01-01', limit: 100})
    for (const hit of dated.hits) expect(hit.meeting.date! >= '2018-01-01').toBe(true)
    const french = await archive.search({text: 'participation', language: 'fr', limit: 100})
    expect(french.total).toBeGreaterThan(0)
    for (const hit of french.hits) expect(hit.meeting.language).toBe('fr')
    expect((await archive.search({text: 'metrics', limit: 2})).hits).toHaveLength(2)
    await expect(archive.search({text: 'metrics', from: '30/11/2017'})).rejects.toThrow(/--from `30\/11\/2017` is not a date/)
  })

  it('keeps review work when the same transcript, corrected, is processed again', async () => {
    const [item] = await archive.items({type: 'action', group: 'LACRALO Communications Working Group', limit: 1})
    expect(item).toBeDefined()
    await archive.review({by: 'lilian', item: item!.id, op: 'done'})
    await archive.review({by: 'lilian', item: item!.id, op: 'comment', text: 'Posted on the chat, see the list archive'})

    // The same bytes again: nothing changes.
    const again = await processInto(archive, [communicationsCopy], path.join(folder, 'out'))
    expect(again.some((line) => line.includes('unchanged'))).toBe(true)

    // A corrected transcript of the same meeting (same name): three lines added at the top move every item.
    const text = readFileSync(communicationsCopy, 'utf8')
    writeFileSync(communicationsCopy, `Corrected transcript.\n\n\n${text}`)
    const logs = await processInto(archive, [communicationsCopy], path.join(folder, 'out'))
    expect(logs.some((line) => line.includes(`meeting ${item!.meeting.id}, revision 2`))).toBe(true)

    const after = (await archive.item(item!.id))!
    expect(after.status).toBe('done')
    expect(after.comments.map((comment) => comment.text)).toEqual(['Posted on the chat, see the list archive'])
    expect(after.evidence.startLine).toBe(item!.evidence.startLine + 3)
    expect(after.flags).toEqual([])
    expect((await archive.meetings()).filter((meeting) => meeting.group === 'LACRALO Communications Working Group')).toHaveLength(1)

    const history = await archive.history(item!.id)
    expect(history.map((entry) => [entry.field, entry.old, entry.new, entry.by])).toEqual([
      ['status', 'open', 'done', 'lilian'],
      ['comment', null, 'Posted on the chat, see the list archive', 'lilian']
    ])
  })

  it('keeps a reviewed item the new revision no longer finds, flagged; drops unreviewed ones', async () => {
    const items = await archive.items({type: 'action', group: 'LACRALO Governance Working Group'})
    const reviewed = items[0]!
    const untouched = items[1]!
    await archive.review({by: 'sergio', item: reviewed.id, op: 'edit', field: 'owner', value: 'Humberto'})
    // Remove the lines both items were read from.
    const lines = readFileSync(governanceCopy, 'utf8').split('\n')
    const gone = new Set<number>()
    for (const item of [reviewed, untouched]) for (let line = item.evidence.startLine; line <= item.evidence.endLine; line++) gone.add(line)
    writeFileSync(governanceCopy, lines.map((line, index) => (gone.has(index + 1) ? '' : line)).join('\n'))
    const logs = await processInto(archive, [governanceCopy], path.join(folder, 'out'))
    expect(logs.some((line) => /revision 2 \(1 reviewed item no longer extracted/.test(line))).toBe(true)

    const kept = (await archive.item(reviewed.id))!
    expect(kept.flags).toEqual(['not-re-extracted'])
    expect(kept.owner).toBe('Humberto')
    expect(await archive.item(untouched.id)).toBeNull()

    // The lines come back in a later correction: the item is found again and loses its flag.
    writeFileSync(governanceCopy, `${lines.join('\n')}\n`)
    await processInto(archive, [governanceCopy], path.join(folder, 'out'))
    const found = (await archive.item(reviewed.id))!
    expect(found.flags).toEqual([])
    expect(found.owner).toBe('Humberto')
    expect((await archive.history(reviewed.id)).map((entry) => [entry.field, entry.new, entry.by])).toEqual([
      ['owner', 'Humberto', 'sergio'],
      ['flags', 'not-re-extracted', 'minutes'],
      ['flags', null, 'minutes']
    ])
  })

  it('adds an item a reviewer found, quoting the source lines verbatim; it survives re-processing', async () => {
    const meeting = (await archive.meetings({group: 'LACRALO Communications Working Group'}))[0]!
    const source = (await archive.sourceText(meeting.id))!
    expect(source).toContain('Corrected transcript.')
    const added = await archive.review({by: 'lilian', op: 'add', meetingId: meeting.id, type: 'action', text: 'Open an Instagram account', owner: 'Lilian', due: '2019-08-30', lines: {start: 192, end: 194}})
    expect(added.origin).toBe('added')
    expect(added.evidence.quote).toBe(cutLines(source, 192, 194))
    expect(added.evidence.quote).toContain('Instagram')
    expect(added.evidence.speaker).not.toBeNull()

    writeFileSync(communicationsCopy, `${source}\n`)
    const logs = await processInto(archive, [communicationsCopy], path.join(folder, 'out'))
    expect(logs.some((line) => line.includes('revision 3'))).toBe(true)
    const after = (await archive.item(added.id))!
    expect(after.text).toBe('Open an Instagram account')
    expect(after.owner).toBe('Lilian')
    const search = await archive.search({text: 'open instagram', type: 'action', owner: 'lilian'})
    expect(search.hits.map((hit) => hit.id)).toContain(added.id)

    await expect(archive.review({by: 'lilian', op: 'add', meetingId: meeting.id, type: 'action', text: 'x', lines: {start: 5000, end: 5001}})).rejects.toThrow(/not within meeting/)
    await expect(archive.review({by: 'lilian', op: 'add', meetingId: 999, type: 'action', text: 'x'})).rejects.toThrow(/No meeting 999/)
  })

  it('renders the reviewed minutes: rejected items gone, edits in, done marked, added items in', async () => {
    const meeting = (await archive.meetings({group: 'LACRALO Communications Working Group'}))[0]!
    const items = (await archive.items({meetingId: meeting.id, type: 'action'})).filter((item) => item.origin === 'extracted' && item.status === 'open')
    const rejected = items[0]!
    const edited = items[1]!
    await archive.review({by: 'harold', item: rejected.id, op: 'reject', reason: 'Not a task, a wish'})
    await archive.review({by: 'harold', item: edited.id, op: 'edit', field: 'text', value: 'Write the newsletter outline'})
    const out = path.join(folder, 'reviewed')
    const result = await renderReviewed(archive, meeting.id, {out, formats: ['md', 'json'], quiet: true})
    expect(result.ok).toBe(true)
    const markdown = readFileSync(path.join(out, communications.replace('.txt', '.md')), 'utf8')
    expect(markdown).not.toContain(rejected.text)
    expect(markdown).toContain('Write the newsletter outline')
    expect(markdown).toContain('Open an Instagram account')
    const record = JSON.parse(readFileSync(path.join(out, communications.replace('.txt', '.json')), 'utf8'))
    const done = record.actionItems.filter((item: {status: string}) => item.status === 'done')
    expect(done).toHaveLength(1)
    expect(done[0].review.note).toContain('Posted on the chat')
    expect(record.actionItems).toHaveLength(items.length - 1 + 2)
    // Rejected items are never search hits either.
    const hits = await archive.search({text: rejected.text, type: 'action', limit: 100})
    expect(hits.hits.map((hit) => hit.id)).not.toContain(rejected.id)
  })

  it('refuses a change on an older version as a conflict, and says why for bad changes', async () => {
    const [item] = await archive.items({type: 'action', status: 'open', limit: 1})
    await archive.review({by: 'a', item: item!.id, op: 'edit', field: 'due', value: '2030-01-31'})
    const error = await archive.review({by: 'b', item: item!.id, op: 'done', expectedVersion: item!.version}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ArchiveError)
    expect((error as ArchiveError).code).toBe('conflict')
    expect((error as ArchiveError).current?.due).toBe('2030-01-31')
    await expect(archive.review({by: 'a', item: item!.id, op: 'edit', field: 'due', value: '2030-02-30'})).rejects.toThrow(/--due `2030-02-30` is not a date/)
    await expect(archive.review({by: 'a', item: item!.id, op: 'confirm'})).rejects.toThrow(/is an action item/)
    await expect(archive.review({by: 'a', item: 123456, op: 'done'})).rejects.toThrow(/No item 123456/)
    await expect(archive.items({dueBefore: 'next week'})).rejects.toThrow(/--due-before `next week` is not a date/)
  })

  it('the `action` command names an unknown id and the archive', async () => {
    const error = await changeCommand(archive, db, 'action', '99999', {done: true, by: 'x'}, () => undefined).catch((caught: unknown) => caught)
    expect((error as Error).message).toBe(`No action item 99999 in ${db}`)
    const [decision] = await archive.items({type: 'decision', limit: 1})
    const wrong = await changeCommand(archive, db, 'action', String(decision!.id), {done: true, by: 'x'}, () => undefined).catch((caught: unknown) => caught)
    expect((wrong as Error).message).toMatch(/is a decision; use `minutes decision`/)
    const lines: string[] = []
    await changeCommand(archive, db, 'decision', String(decision!.id), {confirm: true, comment: 'Minuted by the chair', by: 'chair'}, (line) => lines.push(line))
    expect(lines.join('\n')).toMatch(/\[confirmed\]/)
    expect((await archive.history(decision!.id)).map((entry) => entry.field)).toEqual(['status', 'comment'])
  })

  it('lists meetings with their revisions and the state of their items', async () => {
    for (const meeting of await archive.meetings()) {
      const items = await archive.items({meetingId: meeting.id})
      const live = items.filter((item) => item.status !== 'rejected')
      expect(meeting.actions).toBe(live.filter((item) => item.type === 'action').length)
      expect(meeting.openActions).toBe(live.filter((item) => item.type === 'action' && item.status === 'open').length)
      expect(meeting.decisions).toBe(live.filter((item) => item.type === 'decision').length)
      expect(meeting.sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    const communicationsMeeting = (await archive.meetings({group: 'LACRALO Communications Working Group'}))[0]!
    expect(communicationsMeeting).toMatchObject({revision: 3, revisions: 3})
    expect(communicationsMeeting.actions).toBeLessThan((await archive.items({meetingId: communicationsMeeting.id, type: 'action'})).length)
  })

  it('exports CSV that a spreadsheet reads back: commas, quotes and newlines quoted', async () => {
    const base = (await archive.items({type: 'action', limit: 1}))[0]!
    const tricky: Item = {...base, text: 'Ask "the chair", then decide', comments: [{by: 'a', at: 'x', text: 'line one\nline two'}], owner: '=HYPERLINK("x")'}
    const csv = toCsv([tricky])
    expect(csv).toContain('"Ask ""the chair"", then decide"')
    expect(csv).toContain('"a: line one\nline two"')
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv.split('\n')[0]).toBe('id,type,text,owner,due,status,reason,origin,flags,meeting_id,meeting_title,group,date,source,start_line,end_line,quote,comments')
  })
})

describe('opening an archive', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-open-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('refuses a file that is not an archive and leaves it untouched', async () => {
    const file = path.join(folder, 'notes.db')
    writeFileSync(file, 'These are my notes, not a database.\n')
    await expect(openArchive(file)).rejects.toThrow(`${file} is not a minutes archive (not an SQLite database); it was left untouched`)
    expect(readFileSync(file, 'utf8')).toBe('These are my notes, not a database.\n')

    const other = path.join(folder, 'other.db')
    const foreign = new Database(other)
    foreign.exec('CREATE TABLE contacts (name TEXT)')
    foreign.close()
    const error = await openArchive(other).catch((caught: unknown) => caught)
    expect((error as ArchiveError).code).toBe('not-an-archive')
  })

  it('refuses an archive from a newer version', async () => {
    const file = path.join(folder, 'newer.db')
    await (await openArchive(file)).close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${migrations.length + 1}`)
    raw.close()
    const error = await openArchive(file).catch((caught: unknown) => caught)
    expect((error as ArchiveError).code).toBe('newer-schema')
    expect((error as Error).message).toMatch(/newer version of minutes/)
  })

  it('migrates an archive from an older schema, keeping a copy', async () => {
    const file = path.join(folder, 'older.db')
    // A schema before the last step: the steps before it, and a version that says so.
    const raw = new Database(file)
    for (const step of migrations.slice(0, -1)) raw.exec(step)
    raw.pragma(`user_version = ${migrations.length - 1}`)
    raw.close()
    const archive = await openArchive(file)
    await archive.close()
    expect(existsSync(`${file}.v${migrations.length - 1}.bak`)).toBe(true)
    const check = new Database(file)
    expect(check.pragma('user_version', {simple: true})).toBe(migrations.length)
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'items_due'").get()).toBeDefined()
    check.close()
    const backup = new Database(`${file}.v${migrations.length - 1}.bak`)
    expect(backup.pragma('user_version', {simple: true})).toBe(migrations.length - 1)
    backup.close()
  })

  it('turns SQLite failures into messages a person can act on', () => {
    const failure = (code: string, message: string) => Object.assign(new Error(message), {code})
    expect((explain(failure('SQLITE_BUSY', 'database is locked'), 'a.db') as ArchiveError).message).toMatch(/^The archive a\.db stayed busy for 15 s .*nothing was changed, try again$/)
    expect((explain(failure('SQLITE_READONLY', 'attempt to write a readonly database'), 'a.db') as ArchiveError).code).toBe('access-denied')
    expect((explain(failure('SQLITE_NOTADB', 'file is not a database'), 'a.db') as ArchiveError).code).toBe('not-an-archive')
    const other = new TypeError('a bug')
    expect(explain(other, 'a.db')).toBe(other)
  })

  it('uses WAL and a busy timeout', async () => {
    const file = path.join(folder, 'wal.db')
    await (await openArchive(file)).close()
    const raw = new Database(file)
    expect(raw.pragma('journal_mode', {simple: true})).toBe('wal')
    raw.close()
  })
})

describe('which meeting a record belongs to', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-identity-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('by source bytes, by file name, or by group, date and title; never two calls saved under one generic name', async () => {
    const out = path.join(folder, 'out')
    const archive = await openArchive(path.join(folder, 'minutes.db'))
    try {
      await processInto(archive, [path.join(samples, governance)], out)
      const base = JSON.parse(readFileSync(path.join(out, governance.replace('.txt', '.json')), 'utf8'))
      const variant = (file: string, sha: string, meeting: Record<string, unknown>) => ({...base, source: {...base.source, path: file, sha256: sha.repeat(64)}, meeting: {...base.meeting, ...meeting}})

      // Another file name, same group, date and title: a corrected copy of the same call.
      expect((await archive.ingest(variant('in/renamed.txt', 'a', {}))).outcome).toBe('revision')
      // Same group and date, another title: a second session that day.
      expect((await archive.ingest(variant('in/session-2.txt', 'b', {title: 'Second session'}))).outcome).toBe('new')
      // A generic file name used for two calls on different days.
      const first = await archive.ingest(variant('a/transcript.txt', 'c', {date: '2018-01-10', title: 'January call'}))
      const second = await archive.ingest(variant('b/transcript.txt', 'd', {date: '2018-02-14', title: 'February call'}))
      expect(first.outcome).toBe('new')
      expect(second.outcome).toBe('new')
      expect(second.meeting.id).not.toBe(first.meeting.id)
      // The same name and day again, corrected: a revision of the January call.
      const corrected = await archive.ingest(variant('a/transcript.txt', 'e', {date: '2018-01-10', title: 'January call (corrected)'}))
      expect(corrected).toMatchObject({outcome: 'revision', meeting: {id: first.meeting.id}})
      expect(await archive.meetings()).toHaveLength(4)
    } finally {
      await archive.close()
    }
  })
})

describe('a word found everywhere', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-many-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('counts up to 10,000 matches and then says "more than"', async () => {
    const out = path.join(folder, 'out')
    const archive = await openArchive(path.join(folder, 'minutes.db'))
    try {
      await processInto(archive, [path.join(samples, governance)], out)
      const base = JSON.parse(readFileSync(path.join(out, governance.replace('.txt', '.json')), 'utf8'))
      const segment = base.segments[0]
      const segments = Array.from({length: 10_050}, (_, index) => ({...segment, id: `S${index + 1}`, text: `Budget line ${index} was discussed.`, startLine: index + 1, endLine: index + 1}))
      await archive.ingest({...base, source: {...base.source, path: 'many.txt', sha256: 'f'.repeat(64)}, meeting: {...base.meeting, title: 'Budget', date: '2020-01-01'}, segments})
      const result = await archive.search({text: 'budget', limit: 5})
      expect(result).toMatchObject({total: 10_000, capped: true})
      expect(result.hits).toHaveLength(5)
      const exact = await archive.search({text: 'budget line 42'})
      expect(exact.capped).toBeUndefined()
      expect(exact.hits[0]!.text).toBe('Budget line 42 was discussed.')
    } finally {
      await archive.close()
    }
  })
})
