/**
 * Server time of the review page, measured in-process (the request handed
 * to the application, the whole page built and serialised, no network):
 *
 * - one meeting with 500 segments, its transcript shown line by line;
 * - the open action items over an archive of 10,000 meetings, unfiltered
 *   (the first 200 rows, as the page shows) and filtered by owner and by group.
 *
 * The 10,000 meetings are the samples' records varied: file name, hash,
 * group, date, language and owners differ; each keeps its first segments
 * only, since the list pages never read the transcript. p50 and p95 of 40
 * requests after 5 warm-up ones, wall and CPU time (on a busy machine the
 * CPU time is the steadier figure).
 */
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {openArchive} from '../src/archive/index.js'
import type {Archive} from '../src/archive/types.js'
import {createMinutesProcessor} from '../src/process.js'
import type {MeetingRecord} from '../src/record.js'
import {createReviewApp} from '../src/server/app.js'

const languages = ['en', 'es', 'fr', 'pt']
const owners = ['Ana Lima', 'Bruno Costa', 'Chloé Martin', 'Diego Pérez', 'Emma Wright', 'Farid Haddad', 'Grace Okafor', 'Hugo Blanc']

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

async function time(label: string, fetch: (request: Request) => Response | Promise<Response>, url: string, target: number): Promise<void> {
  const once = async () => {
    const cpu = process.cpuUsage()
    const start = performance.now()
    const response = await fetch(new Request(url))
    const body = await response.text()
    const ms = performance.now() - start
    const used = process.cpuUsage(cpu)
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${body.slice(0, 200)}`)
    return {ms, cpuMs: (used.user + used.system) / 1000, bytes: body.length}
  }
  for (let run = 0; run < 5; run++) await once()
  const runs = []
  for (let run = 0; run < 40; run++) runs.push(await once())
  const wall = runs.map((run) => run.ms)
  const cpu = runs.map((run) => run.cpuMs)
  console.log(
    `  ${label.padEnd(44)} wall p50 ${percentile(wall, 0.5).toFixed(1).padStart(6)} ms, p95 ${percentile(wall, 0.95).toFixed(1).padStart(6)} ms; CPU p95 ${percentile(cpu, 0.95).toFixed(1).padStart(6)} ms; ${(runs[0]!.bytes / 1024).toFixed(0)} KB   (target: p95 under ${target} ms)`
  )
}

/** A transcript of at least `turns` speaker turns: the samples' transcripts, repeated. */
function longTranscript(texts: string[], process: (file: VFile) => MeetingRecord, turns: number): {text: string; record: MeetingRecord} {
  const transcripts = texts.filter((text) => /^[*[]*[A-Z][A-Z .]+\]?:/m.test(text)).map((text) => text.replace(/^.*END OF TRANSCRIPTION.*$/gm, ''))
  let text = ''
  for (let round = 0; ; round++) {
    text += `${transcripts[round % transcripts.length]}\n\n`
    if (round % transcripts.length === transcripts.length - 1 || round > 40) {
      const record = process(new VFile({path: 'bench/long-meeting.txt', value: text}))
      if (record.segments.length >= turns || round > 40) return {text, record}
    }
  }
}

/** The `index`th variation of a sample's record. */
function variation(record: MeetingRecord, index: number): MeetingRecord {
  const day = new Date(Date.UTC(2012, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
  const owner = (position: number) => owners[(index + position) % owners.length]!
  return {
    ...record,
    language: languages[index % languages.length]!,
    source: {...record.source, path: `bench/${index}-${path.basename(record.source.path)}`, sha256: createHash('sha256').update(`bench meeting ${index}`).digest('hex')},
    meeting: {...record.meeting, group: `Working Group ${index % 60}`, date: day, title: `${record.meeting.title ?? 'Call'} #${index}`},
    segments: record.segments.slice(0, 12),
    actionItems: record.actionItems.map((item, position) => ({...item, id: `${item.id}`, owner: position % 3 === 2 ? null : owner(position), due: position % 2 === 0 ? day : null})),
    decisions: record.decisions
  }
}

export async function reviewPageBench(samplesDir: string): Promise<void> {
  const texts = readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(samplesDir, name), 'utf8'))
  const process = createMinutesProcessor()
  const records = texts.map((text, index) => process(new VFile({path: `samples/${index}.txt`, value: text})))
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-bench-review-'))
  let archive: Archive | undefined
  try {
    archive = await openArchive(path.join(folder, 'minutes.db'))
    const app = createReviewApp({archive, today: () => '2030-01-01'})
    const fetch = (request: Request) => app.fetch(request)

    console.log('Review page: server time per page, in-process')
    const long = longTranscript(texts, process, 500)
    const stored = await archive.ingest(long.record, {text: long.text})
    await time(`meeting with ${long.record.segments.length} segments, ${long.record.actionItems.length + long.record.decisions.length} items`, fetch, `http://localhost/meetings/${stored.meeting.id}`, 200)

    const count = 10_000
    const start = performance.now()
    for (let index = 0; index < count; index++) await archive.ingest(variation(records[index % records.length]!, index))
    const seconds = (performance.now() - start) / 1000
    const open = await archive.items({type: 'action', status: 'open'})
    console.log(`  (archive of ${count + 1} meetings, ${open.length} open action items, built in ${seconds.toFixed(1)} s)`)
    await time('open actions, first 200 of all', fetch, 'http://localhost/actions', 200)
    await time(`open actions of one owner (${owners[0]})`, fetch, `http://localhost/actions?owner=${encodeURIComponent(owners[0]!)}`, 200)
    await time('open actions of one group', fetch, `http://localhost/actions?group=${encodeURIComponent('Working Group 7')}`, 200)
    await time('meetings, first 200', fetch, 'http://localhost/', 200)
  } finally {
    await archive?.close()
    rmSync(folder, {recursive: true, force: true})
  }
}
