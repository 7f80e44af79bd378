/**
 * One service per folder: a lock file holding the owner's process id,
 * created exclusively. A lock whose process is gone (a crash, a power cut)
 * is taken over.
 */
import {readFile, rm, writeFile} from 'node:fs/promises'

export class FolderLockedError extends Error {
  readonly pid: number

  constructor(lock: string, pid: number) {
    super(`Another \`minutes watch\` (process ${pid}) is already watching this folder (lock file ${lock}); stop it first`)
    this.name = 'FolderLockedError'
    this.pid = pid
  }
}

export interface FolderLock {
  /** Whether a stale lock of a dead process was taken over. */
  readonly tookOver: number | undefined
  release(): Promise<void>
}

/** Take the lock at `lockPath`, or throw `FolderLockedError` when a live process holds it. */
export async function acquireLock(lockPath: string): Promise<FolderLock> {
  let tookOver: number | undefined
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, {flag: 'wx'})
      return {
        tookOver,
        async release() {
          // Only our own lock is removed.
          const holder = await readHolder(lockPath)
          if (holder === process.pid) await rm(lockPath, {force: true})
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(lockPath)
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new FolderLockedError(lockPath, holder)
    // Dead, unreadable or half-written by a crash: stale. Two services that
    // both see it stale race on the exclusive create above; one wins.
    tookOver = holder
    await rm(lockPath, {force: true})
  }
  throw new Error(`Could not take the lock file ${lockPath}`)
}

async function readHolder(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, 'utf8').catch(() => undefined)
  const pid = Number.parseInt(text ?? '', 10)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** Whether a process with this id is running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid in the lock file, when that process is running. */
export async function lockHolder(lockPath: string): Promise<number | undefined> {
  const holder = await readHolder(lockPath)
  return holder !== undefined && isAlive(holder) ? holder : undefined
}
