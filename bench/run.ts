/**
 * `npm run bench`: speed and memory of the pipeline, as figures.
 *
 * 1. Cold: the CLI on `samples/`, start-up included (wall time, peak RSS),
 *    median of several runs.
 * 2. Steady state: one process, warmed up, over a corpus of at least 10 MB
 *    built by repeating the samples (each repetition its own file), MB/s on
 *    one core, with the time each stage takes.
 * 3. One large transcript: the transcripts of `samples/` repeated into one
 *    10 MB file, through the CLI (wall time, peak RSS).
 * 4. The same words as one 10 MB WebVTT file (Teams style: a cue of a few
 *    words each, the speaker in a voice tag), through the CLI, with its
 *    throughput beside the plain text's.
 * 5. The archive: 10,000 generated meetings stored, then 20 fixed queries
 *    (`bench/archive.ts`; `MINUTES_BENCH_MEETINGS` for another number), on
 *    SQLite and then on a throwaway PostgreSQL server (`bench/postgres.ts`).
 * 6. The drop-folder service and distinct speaker labels (`bench/watch.ts`).
 * 7. The review page: server time of a 500-segment meeting and of the open
 *    action items over 10,000 meetings (`bench/review.ts`).
 *
 * `npm run bench -- pipeline`, `-- archive`, `-- watch` or `-- review` runs one part only
 * (`-- watch latency`, `speakers` or `throughput` one piece of it).
 * Targets are printed beside the figures; the benchmark never fails.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified, type Pluggable, type Preset, type Processor} from 'unified'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {decode} from '../src/ingest.js'
import {ingest} from '../pipelines/ingest.js'
import {transcript} from '../pipelines/transcript.js'
import {document} from '../pipelines/document.js'
import {archiveBench} from './archive.js'
import {postgresBench} from './postgres.js'
import {watchBench} from './watch.js'
import {reviewPageBench} from './review.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cli = path.join(root, 'dist', 'minutes.js')
const probe = path.join(root, 'dist', 'bench', 'peak-rss.js')
const samplesDir = path.join(root, 'samples')
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, bytes: readFileSync(path.join(samplesDir, name))}))
const megabyte = 1024 * 1024

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Run the CLI in a child process; wall time and peak RSS (from the child itself). */
function runCli(args: string[]): {ms: number; rssMb: number; status: number | null} {
  const start = performance.now()
  const result = spawnSync(process.execPath, [probe, cli, ...args], {encoding: 'utf8'})
  const ms = performance.now() - start
  const rss = /peak-rss-kb=(\d+)/.exec(result.stderr)
  return {ms, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, status: result.status}
}

function cold(): void {
  const out = mkdtempSync(path.join(tmpdir(), 'minutes-bench-'))
  const runs = Array.from({length: 5}, () => runCli(['process', samplesDir, '--out', out, '--settle-ms', '0', '--quiet']))
  rmSync(out, {recursive: true, force: true})
  const bytes = samples.reduce((total, sample) => total + sample.bytes.length, 0)
  console.log('Cold run: all samples through the CLI, start-up included (median of 5)')
  console.log(`  ${samples.length} files, ${(bytes / 1024).toFixed(0)} KB: ${median(runs.map((run) => run.ms)).toFixed(0)} ms wall, peak RSS ${median(runs.map((run) => run.rssMb)).toFixed(0)} MB   (target: under 1000 ms)`)
}

/** Wrap every stage of a preset so its time is added up under its name. */
function timed(preset: Preset, times: Map<string, number>): Preset {
  const plugins = (preset.plugins ?? []).map((entry): Pluggable => {
    const [plugin, ...options] = Array.isArray(entry) ? entry : [entry]
    const name = (plugin as {name?: string}).name || 'stage'
    function wrapper(this: Processor, ...args: unknown[]) {
      const transformer = (plugin as (...parameters: unknown[]) => unknown).apply(this, args)
      const parser = this.parser
      if (!transformer && parser) {
        this.parser = (document: string, file: VFile) => {
          const start = performance.now()
          const tree = parser(document, file)
          times.set('parse', (times.get('parse') ?? 0) + performance.now() - start)
          return tree
        }
        return undefined
      }
      if (typeof transformer !== 'function') return transformer
      return (tree: Root, file: VFile) => {
        const start = performance.now()
        const result = (transformer as (tree: Root, file: VFile) => unknown)(tree, file)
        times.set(name, (times.get(name) ?? 0) + performance.now() - start)
        return result
      }
    }
    Object.defineProperty(wrapper, 'name', {value: name})
    return [wrapper as never, ...options] as Pluggable
  })
  return {plugins}
}

function steady(): void {
  const times = new Map<string, number>()
  const front = unified().use(timed(ingest(), times)).freeze() as unknown as Processor<Root, Root, Root>
  const transcripts = unified().use(timed(transcript(), times)).freeze() as unknown as Processor<Root, Root, Root>
  const documents = unified().use(timed(document(), times)).freeze() as unknown as Processor<Root, Root, Root>
  const run = (name: string, bytes: Uint8Array): void => {
    const file = decode(name, bytes)
    const tree = front.parse(file)
    front.runSync(tree, file)
    ;(file.data.kind === 'transcript' ? transcripts : documents).runSync(tree, file)
  }
  for (let round = 0; round < 3; round++) for (const sample of samples) run(sample.name, sample.bytes)
  times.clear()

  const roundBytes = samples.reduce((total, sample) => total + sample.bytes.length, 0)
  const rounds = Math.ceil((10 * megabyte) / roundBytes)
  let files = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let round = 0; round < rounds; round++) {
    for (const sample of samples) {
      run(`${round}-${sample.name}`, sample.bytes)
      files++
    }
  }
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const total = rounds * roundBytes
  console.log(`Steady state: one process, one core, ${(total / megabyte).toFixed(1)} MB in ${files} files (the samples repeated ${rounds} times)`)
  console.log(`  ${(total / megabyte / seconds).toFixed(2)} MB/s, ${((seconds * 1000) / files).toFixed(1)} ms per file   (target: at least 5 MB/s)`)
  // Wall time counts the time other processes take the core; CPU time (garbage collection threads included) does not.
  console.log(`  ${(total / megabyte / cpuSeconds).toFixed(2)} MB/s of CPU time (${cpuSeconds.toFixed(2)} s; compare this figure on a busy machine)`)
  const stageTotal = [...times.values()].reduce((a, b) => a + b, 0)
  console.log('  time by stage:')
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${name.padEnd(26)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / stageTotal).toFixed(1).padStart(5)} %`)
  }
}

/** The turns of the sample transcripts, end markers left out, repeated to at least 10 MB of text. */
function largeText(): string {
  const parts = samples
    .map((sample) => sample.bytes.toString('utf8'))
    .filter((text) => /^[*[]*[A-Z][A-Z .]+\]?:/m.test(text))
    .map((text) => text.replace(/^.*END OF TRANSCRIPTION.*$/gm, ''))
  let text = ''
  while (Buffer.byteLength(text) < 10 * megabyte) text += parts.join('\n\n')
  return text
}

/** Run one file through the CLI; MB/s of its bytes. */
function throughput(name: string, content: string, label: string, target: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-bench-'))
  const input = path.join(dir, name)
  writeFileSync(input, content)
  // The pipeline alone: the archive's cost at scale is measured on its own.
  const run = runCli(['process', input, '--out', path.join(dir, 'out'), '--settle-ms', '0', '--quiet', '--no-archive'])
  rmSync(dir, {recursive: true, force: true})
  const mb = Buffer.byteLength(content) / megabyte
  const rate = mb / (run.ms / 1000)
  console.log(`${label}: ${mb.toFixed(1)} MB through the CLI`)
  console.log(`  ${(run.ms / 1000).toFixed(2)} s wall (${rate.toFixed(2)} MB/s), peak RSS ${run.rssMb.toFixed(0)} MB, exit ${run.status}   (target: ${target})`)
  return rate
}

/** Captions of the same words: cues of up to twelve words, `<v Name>` voice tags, two seconds each. */
function asWebVtt(text: string): string {
  const cues: string[] = ['WEBVTT', '']
  const clock = (seconds: number): string => {
    const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(Math.floor(seconds % 60))}.000`
  }
  let speaker = 'Unknown'
  let seconds = 0
  let number = 0
  for (const paragraph of text.split(/\n\s*\n/)) {
    const labelled = /^[*[]*([A-Z][A-Z .'-]+?)\]?\**:\**\s*/.exec(paragraph)
    if (labelled) speaker = labelled[1]!.trim()
    const words = paragraph.slice(labelled ? labelled[0].length : 0).split(/\s+/).filter((word) => word.length > 0)
    for (let index = 0; index < words.length; index += 12) {
      number++
      cues.push(`${number}`, `${clock(seconds)} --> ${clock(seconds + 2)}`, `<v ${speaker}>${words.slice(index, index + 12).join(' ')}</v>`, '')
      seconds += 2
    }
  }
  return cues.join('\n')
}

function large(): void {
  const text = largeText()
  const plain = throughput('large.txt', text, 'One large transcript', 'peak under 200 MB')
  let captions = asWebVtt(text)
  while (Buffer.byteLength(captions) > 10.5 * megabyte) captions = captions.slice(0, captions.lastIndexOf('\n\n', Math.floor(captions.length * 0.95)) + 1)
  const vtt = throughput('large.vtt', captions, 'One large WebVTT file', 'at least half the plain-text MB/s')
  console.log(`  ${(vtt / plain).toFixed(2)} of the plain-text throughput`)
}

const only = process.argv[2]
if (!only || only === 'pipeline') {
  cold()
  steady()
  large()
}
if (!only || only === 'archive') {
  // Both engines over the same meetings and queries, in one run.
  const meetings = Number(process.env['MINUTES_BENCH_MEETINGS'] ?? 10_000)
  const sqlite = await archiveBench(root, meetings)
  await postgresBench(root, meetings, sqlite)
}
if (!only || only === 'watch') await watchBench(cli, samplesDir, process.argv[3])
if (!only || only === 'review') await reviewPageBench(samplesDir)
