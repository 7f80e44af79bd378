/** A real archive in a temporary folder, the review server over it, and headless Chromium. */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {VFile} from 'vfile'
import {openArchive} from '../../src/archive/index.js'
import type {Archive, IngestResult} from '../../src/archive/types.js'
import {processCommand} from '../../src/cli/process-command.js'
import {createMinutesProcessor} from '../../src/process.js'
import {type RunningServer, startReviewServer, type ServeOptions} from '../../src/server/serve.js'

export const samplesDir = new URL('../../samples/', import.meta.url)

const processRecord = createMinutesProcessor()

/** A fresh archive file in its own temporary folder. */
export async function temporaryArchive(): Promise<{archive: Archive; location: string; folder: string; remove: () => Promise<void>}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-review-'))
  const location = path.join(folder, 'minutes.db')
  const archive = await openArchive(location)
  return {
    archive,
    location,
    folder,
    remove: async () => {
      await archive.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

/** Process a transcript's text the way `minutes process` does and store the record with its text. */
export async function processInto(archive: Archive, text: string, sourcePath: string): Promise<IngestResult> {
  const record = processRecord(new VFile({path: sourcePath, value: text}))
  return archive.ingest(record, {text})
}

/**
 * Write `text` to `folder/transcripts/name` and run `minutes process` on it
 * with the archive: the meeting it went to, and how many revisions it has.
 */
export async function processFile(archive: Archive, folder: string, name: string, text: string): Promise<{meetingId: number; revisions: number}> {
  const file = path.join(folder, 'transcripts', name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
  const errors: string[] = []
  const summary = await processCommand([file], {out: path.join(folder, 'out'), formats: ['json'], archive, settleMs: 0}, () => {}, (line) => errors.push(line))
  if (summary.failed.length > 0 || errors.length > 0) throw new Error(`minutes process failed: ${errors.join('\n')}`)
  const meeting = (await archive.meetings()).find((candidate) => candidate.sourcePath === file)
  if (!meeting) throw new Error(`${file} is not in the archive after minutes process`)
  return {meetingId: meeting.id, revisions: meeting.revisions}
}

/** A sample's text. */
export function sampleText(name: string): string {
  return readFileSync(new URL(name, samplesDir), 'utf8')
}

/** The review server on a free loopback port. */
export function serve(archive: Archive, options: Omit<ServeOptions, 'archive'> = {}): Promise<RunningServer> {
  return startReviewServer({archive, port: 0, ...options})
}

export const chromiumPath = '/usr/bin/chromium'

/** Debian's Chromium, headless; never a downloaded browser. Fails, with what to install, when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install Debian's \`chromium\` package (apt-get install chromium); the review page tests drive it headless`)
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}
