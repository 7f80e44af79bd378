/**
 * Which archive a command uses, and opening it with messages a person can act
 * on: `--db PATH` (or a `postgres://` URL), else `MINUTES_DB`, else
 * `minutes.db` (in the output folder for `process`; in the current folder,
 * or `minutes-out/`, for the other commands).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {isServerLocation, openArchive} from '../archive/index.js'
import {ArchiveError, type Archive} from '../archive/types.js'

/** The archive `process` writes to; null with `--no-archive`. */
export function processArchiveLocation(options: {db?: string; archive?: boolean; out: string}, env = process.env): string | null {
  if (options.archive === false) return null
  return options.db ?? env['MINUTES_DB'] ?? path.join(options.out, 'minutes.db')
}

/** The archive a reading or reviewing command uses: it must exist already. */
export function existingArchiveLocation(db: string | undefined, env = process.env): string {
  const chosen = db ?? env['MINUTES_DB']
  if (chosen !== undefined) {
    if (!isServerLocation(chosen) && !existsSync(chosen)) {
      throw new ArchiveError('unreachable', `No archive at ${chosen}; \`minutes process <files> --out DIR\` makes one (DIR/minutes.db)`)
    }
    return chosen
  }
  for (const candidate of ['minutes.db', path.join('minutes-out', 'minutes.db')]) if (existsSync(candidate)) return candidate
  throw new ArchiveError('unreachable', 'No archive found here (minutes.db or minutes-out/minutes.db); give one with --db PATH or MINUTES_DB')
}

/** Exit code for a failure: 2 when the archive could not be opened, 1 otherwise. */
export function exitCodeOf(error: ArchiveError): number {
  return ['not-an-archive', 'newer-schema', 'unreachable', 'access-denied'].includes(error.code) ? 2 : 1
}

/**
 * Open the archive, run `work`, close it. An ArchiveError is printed as its
 * message and sets the exit code; anything else is a bug and is thrown.
 */
export async function withArchive(location: () => string, work: (archive: Archive, where: string) => Promise<void>, error = console.error): Promise<void> {
  let archive: Archive | undefined
  try {
    const where = location()
    archive = await openArchive(where)
    await work(archive, where)
  } catch (caught) {
    if (!(caught instanceof ArchiveError)) throw caught
    error(caught.message)
    process.exitCode = exitCodeOf(caught)
  } finally {
    await archive?.close()
  }
}
