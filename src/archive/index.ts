/**
 * Open an archive by where it is: a file path is an SQLite archive (made when
 * missing); a `postgres://` or `postgresql://` URL is a PostgreSQL one.
 */
import {ArchiveImpl} from './archive.js'
import {ArchiveError, type Archive} from './types.js'
import {openSqlite} from './sqlite/engine.js'

export * from './types.js'

export interface OpenOptions {
  /** Open without writing (no new file, no migration). @default false */
  readonly readonly?: boolean
}

/** Whether `location` names a PostgreSQL server rather than a file. */
export function isServerLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

export async function openArchive(location: string, options: OpenOptions = {}): Promise<Archive> {
  if (isServerLocation(location)) {
    throw new ArchiveError('unreachable', 'This build of minutes keeps archives in SQLite files only; give a file path')
  }
  return new ArchiveImpl(openSqlite(location, options))
}
