/**
 * `minutes migrate`: move an SQLite archive into a PostgreSQL one, meetings,
 * revisions, review work, comments and the audit trail, with every number
 * kept. The source is opened read-only and never changed. Running it again
 * copies only the meetings not there yet, so nothing is ever doubled.
 */
import {existsSync} from 'node:fs'
import type {Engine} from './engine.js'
import {isServerLocation} from './index.js'
import {openSqlite} from './sqlite/engine.js'
import {ArchiveError, type AuditEntry} from './types.js'

export interface MigrateSummary {
  /** Meetings copied by this run. */
  meetings: number
  revisions: number
  items: number
  comments: number
  audit: number
  /** Meetings already in the target from an earlier run, left as they are. */
  alreadyThere: number
}

export interface MigrateOptions {
  /** Called after each meeting, with how many are done and how many there are. */
  onMeeting?: (done: number, total: number) => void
}

/** Copy the SQLite archive at `from` into the PostgreSQL archive at `to`. */
export async function migrateArchive(from: string, to: string, options: MigrateOptions = {}): Promise<MigrateSummary> {
  if (isServerLocation(from)) throw new ArchiveError('invalid', `--from must be an SQLite archive file, not a server URL (${from.replace(/:[^:@/]*@/, ':***@')})`)
  if (!isServerLocation(to)) throw new ArchiveError('invalid', `--to must be a postgres:// URL, not ${to}`)
  if (!existsSync(from)) throw new ArchiveError('not-found', `No archive at ${from}`)
  const source: Engine = openSqlite(from, {readonly: true})
  try {
    const {openPostgresEngine, writeTransaction} = await import('./postgres/engine.js')
    const {importMeeting, advanceNumbering} = await import('./postgres/import.js')
    const target = await openPostgresEngine(to)
    try {
      const summary: MigrateSummary = {meetings: 0, revisions: 0, items: 0, comments: 0, audit: 0, alreadyThere: 0}
      const meetings = (await source.meetings({})).sort((a, b) => a.id - b.id)
      for (const [index, meeting] of meetings.entries()) {
        const items = (await source.items({meetingId: meeting.id})).sort((a, b) => a.id - b.id)
        const audit: AuditEntry[] = []
        for (const item of items) audit.push(...(await source.audit(item.id)))
        const bundle = {
          meeting,
          revisions: await source.revisions(meeting.id),
          items,
          comments: await source.comments(items.map((item) => item.id)),
          audit
        }
        const outcome = await writeTransaction(target.pool, async (client) => {
          const result = await importMeeting(client, bundle, target.location)
          if (result.copied) await advanceNumbering(client)
          return result
        })
        if (outcome.copied) {
          summary.meetings++
          summary.revisions += outcome.counts.revisions
          summary.items += outcome.counts.items
          summary.comments += outcome.counts.comments
          summary.audit += outcome.counts.audit
        } else {
          summary.alreadyThere++
        }
        options.onMeeting?.(index + 1, meetings.length)
      }
      return summary
    } finally {
      await target.close()
    }
  } finally {
    await source.close()
  }
}
