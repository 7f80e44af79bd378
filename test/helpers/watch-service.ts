/**
 * The drop-folder service as a child process (`node dist/minutes.js watch
 * <folder> --json`), with its events read from standard output.
 */
import {type ChildProcess, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const command = path.join(repoRoot, 'dist', 'minutes.js')
const samplesDir = path.join(repoRoot, 'samples')

export interface ServiceEvent {
  event: string
  file?: string
  sha256?: string | null
  outputs?: string[]
  ruleId?: string
  reason?: string
  note?: string
  of?: string
  original?: string
  keptAside?: string[]
  [key: string]: unknown
}

/** The service, running. Waits never hang: each gives up after `limitMs` with what was seen. */
export class Service {
  readonly child: ChildProcess
  readonly events: ServiceEvent[] = []
  stderr = ''
  private readonly listeners = new Set<() => void>()
  readonly exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>

  constructor(folder: string, args: string[] = []) {
    this.child = spawn(process.execPath, [command, 'watch', folder, '--json', ...args], {stdio: ['ignore', 'pipe', 'pipe']})
    let pending = ''
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) if (line.trim()) this.events.push(JSON.parse(line) as ServiceEvent)
      for (const listener of this.listeners) listener()
    })
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({code, signal})))
  }

  of(kind: string): ServiceEvent[] {
    return this.events.filter((event) => event.event === kind)
  }

  /** Resolve once `check` holds over the events seen so far. */
  waitFor(check: (events: ServiceEvent[]) => boolean, limitMs = 90_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const test = (): void => {
        if (!check(this.events)) return
        this.listeners.delete(test)
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        this.listeners.delete(test)
        reject(new Error(`Gave up waiting; events so far:\n${this.events.map((event) => JSON.stringify(event)).join('\n')}\nstderr: ${this.stderr}`))
      }, limitMs)
      this.listeners.add(test)
      void this.exited.then(() => {
        if (this.listeners.has(test)) {
          this.listeners.delete(test)
          clearTimeout(timer)
          if (check(this.events)) resolve()
          else reject(new Error(`The service exited; events:\n${this.events.map((event) => JSON.stringify(event)).join('\n')}\nstderr: ${this.stderr}`))
        }
      })
      test()
    })
  }

  started(): Promise<void> {
    return this.waitFor((events) => events.some((event) => event.event === 'started'))
  }

  /** Files with an outcome (done, failed or duplicate). */
  outcomes(): ServiceEvent[] {
    return this.events.filter((event) => event.event === 'done' || event.event === 'failed' || event.event === 'duplicate')
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal)
    return this.exited
  }
}

export function temporaryFolder(prefix = 'minutes-drop-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

const samples = ['000_baf8e72cffe6bdbc.txt', '002_c61e5b4b9bfa9e7b.txt', '003_e93db6254adc49bd.txt', '004_56ba815c1475ceab.txt'].map((name) =>
  readFileSync(path.join(samplesDir, name), 'utf8')
)

/** A distinct transcript: a sample with a line of its own on top, so no two share a sha256. */
export function transcript(index: number): string {
  return `Call number ${index}.\n\n${samples[index % samples.length]}`
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}
