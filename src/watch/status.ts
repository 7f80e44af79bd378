/** What `minutes status` reports: how many files are where, and the latest failures with their reasons. */
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {errorNoteSuffix, isTemporaryName, layoutOf} from './layout.js'
import {lockHolder} from './lock.js'

export interface FolderStatus {
  folder: string
  /** The process watching the folder, if one is running. */
  watchedBy: number | null
  waiting: number
  processing: number
  done: number
  failed: number
  /** The latest failures, newest first (at most five). */
  lastFailures: Array<{file: string; at: string; reason: string; note: string}>
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  return entries.filter((entry) => entry.isFile() && !isTemporaryName(entry.name)).map((entry) => entry.name)
}

export async function folderStatus(folder: string): Promise<FolderStatus> {
  const layout = layoutOf(folder)
  const info = await stat(layout.folder).catch(() => undefined)
  if (!info?.isDirectory()) throw new Error(`${layout.folder}: not a folder`)
  const failedNames = await filesIn(layout.failed)
  const notes = failedNames.filter((name) => name.endsWith(errorNoteSuffix))
  const dated = await Promise.all(
    notes.map(async (name) => ({name, mtime: (await stat(path.join(layout.failed, name)).catch(() => undefined))?.mtimeMs ?? 0}))
  )
  dated.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name))
  const lastFailures = await Promise.all(
    dated.slice(0, 5).map(async ({name, mtime}) => {
      const note = path.join(layout.failed, name)
      const text = await readFile(note, 'utf8').catch(() => '')
      // The note's first line: `name:line:column: reason [rule-id]`.
      const first = text.split('\n', 1)[0] ?? ''
      const file = name.slice(0, -errorNoteSuffix.length)
      const reason = first.startsWith(`${file}:`) ? first.replace(/^.*?:\d+:\d+: /, '') : first
      return {file, at: new Date(mtime).toISOString(), reason, note}
    })
  )
  return {
    folder: layout.folder,
    watchedBy: (await lockHolder(layout.lock)) ?? null,
    waiting: (await filesIn(layout.folder)).length,
    processing: (await filesIn(layout.processing)).length,
    done: (await filesIn(layout.done)).length,
    failed: failedNames.length - notes.length,
    lastFailures
  }
}

export function formatStatus(status: FolderStatus): string {
  const lines = [
    `${status.folder}: ${status.watchedBy === null ? 'not watched (no service running)' : `watched by process ${status.watchedBy}`}`,
    `  waiting ${status.waiting}, processing ${status.processing}, done ${status.done}, failed ${status.failed}`
  ]
  if (status.lastFailures.length > 0) {
    lines.push('  latest failures:')
    for (const failure of status.lastFailures) lines.push(`    ${failure.at.slice(0, 19).replace('T', ' ')}  ${failure.file}: ${failure.reason}`)
  }
  return lines.join('\n')
}
