/**
 * The archive engines the archive's tests run against: a real SQLite file in
 * a temporary folder, and a fresh database on the test run's real PostgreSQL
 * server. A suite written once with `describe.each(archiveEngines)` runs on both.
 */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {openArchive} from '../../src/archive/index.js'
import type {Archive} from '../../src/archive/types.js'
import {freshDatabase} from './postgres.js'

export interface TestEngine {
  name: 'sqlite' | 'postgres'
  /** Where a new, empty archive is: a file path or a postgres:// URL. */
  location(): Promise<string>
  /** A new, empty archive. */
  open(): Promise<Archive>
}

const sqlite: TestEngine = {
  name: 'sqlite',
  location: async () => path.join(mkdtempSync(path.join(tmpdir(), 'minutes-archive-')), 'minutes.db'),
  open: async () => openArchive(await sqlite.location())
}

const postgres: TestEngine = {
  name: 'postgres',
  location: () => freshDatabase('archive'),
  open: async () => openArchive(await postgres.location())
}

export const archiveEngines: readonly TestEngine[] = [sqlite, postgres]
