/**
 * Open an archive by where it is: a file path is an SQLite archive (made when
 * missing); a `postgres://` or `postgresql://` URL is a PostgreSQL one.
 */
import {ArchiveImpl} from './archive.js'
import type {Archive} from './types.js'
import {openSqlite} from './sqlite/engine.js'

export * from './types.js'
export {displayLocation} from './location.js'

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
    // Loaded only when asked for: the driver costs start-up time the SQLite archive does not need.
    const {openPostgresEngine} = await import('./postgres/engine.js')
    return new ArchiveImpl(await openPostgresEngine(location, options))
  }
  return new ArchiveImpl(openSqlite(location, options))
}
