/**
 * Copying meetings from another archive into a PostgreSQL one with their
 * numbers kept (so "action 12" means the same item on both sides), review
 * work, comments and the audit trail included. Each meeting is one
 * transaction: a copy stopped half-way leaves whole meetings only, and the
 * next run adds the rest.
 */
import type pg from 'pg'
import {itemDoc, segmentDocs} from '../archive.js'
import type {ItemRow, MeetingRow, RevisionRow, SearchDoc} from '../engine.js'
import {ArchiveError, type AuditEntry, type Comment} from '../types.js'

/** Everything the archive keeps about one meeting. */
export interface MeetingBundle {
  meeting: MeetingRow
  revisions: RevisionRow[]
  items: ItemRow[]
  comments: Map<number, Comment[]>
  audit: AuditEntry[]
}

export interface ImportCounts {
  revisions: number
  items: number
  comments: number
  audit: number
}

/** Outcome of one meeting: copied, or already there from an earlier run. */
export type ImportOutcome = {copied: true; counts: ImportCounts} | {copied: false}

async function insertPassage(client: pg.PoolClient, doc: SearchDoc): Promise<void> {
  await client.query(
    `INSERT INTO passages (meeting_id, type, item_id, text, stems, terms, speaker, language, source_path, start_line, end_line, start_seconds)
     VALUES ($1, $2, $3, $4, $5, to_tsvector('minutes_folded', $5), $6, $7, $8, $9, $10, $11)`,
    [doc.meetingId, doc.type, doc.itemId, doc.text, doc.stems, doc.speaker, doc.language, doc.sourcePath, doc.startLine, doc.endLine, doc.startSeconds]
  )
}

/**
 * Copy one meeting in `client`'s open transaction. A meeting already there
 * (same number, same file name, same creation time) is left as it is; a
 * different meeting under the same number is a conflict.
 */
export async function importMeeting(client: pg.PoolClient, bundle: MeetingBundle, where: string): Promise<ImportOutcome> {
  const {meeting} = bundle
  const existing = await client.query('SELECT file_name, created_at FROM meetings WHERE id = $1', [meeting.id])
  if (existing.rows[0]) {
    if (existing.rows[0].file_name === meeting.fileName && existing.rows[0].created_at === meeting.createdAt) return {copied: false}
    throw new ArchiveError(
      'conflict',
      `Meeting ${meeting.id} (${meeting.fileName}) cannot be copied: ${where} already has another meeting ${meeting.id} (${existing.rows[0].file_name}); copy into an empty database`
    )
  }
  try {
    await client.query(
      `INSERT INTO meetings (id, file_name, title, group_name, date, language, kind, revision, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [meeting.id, meeting.fileName, meeting.title, meeting.group, meeting.date, meeting.language, meeting.kind, meeting.revision, meeting.createdAt, meeting.updatedAt]
    )
    for (const revision of bundle.revisions) {
      await client.query(
        `INSERT INTO revisions (id, meeting_id, number, sha256, source_path, record_hash, record, source_text, processed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          revision.id,
          meeting.id,
          revision.number,
          revision.sha256,
          revision.sourcePath,
          revision.recordHash,
          JSON.stringify(revision.record),
          revision.sourceText,
          revision.processedAt
        ]
      )
    }
    let comments = 0
    for (const item of bundle.items) {
      await client.query(
        `INSERT INTO items (id, meeting_id, type, origin, text, owner, due, status, reason, edited, flags, confidence, extracted, quote, speaker,
                            source_path, start_line, end_line, start_seconds, position, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
        [
          item.id,
          meeting.id,
          item.type,
          item.origin,
          item.text,
          item.owner,
          item.due,
          item.status,
          item.reason,
          JSON.stringify(item.edited),
          JSON.stringify(item.flags),
          item.confidence,
          item.extracted === null ? null : JSON.stringify(item.extracted),
          item.quote,
          item.speaker,
          item.sourcePath,
          item.startLine,
          item.endLine,
          item.startSeconds,
          item.position,
          item.version,
          item.updatedAt
        ]
      )
      for (const comment of bundle.comments.get(item.id) ?? []) {
        await client.query('INSERT INTO comments (item_id, by, at, text) VALUES ($1, $2, $3, $4)', [item.id, comment.by, comment.at, comment.text])
        comments++
      }
      const doc = itemDoc(item, meeting)
      if (doc) await insertPassage(client, doc)
    }
    for (const entry of bundle.audit) {
      await client.query('INSERT INTO audit (id, item_id, field, old, new, by, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        entry.id,
        entry.item,
        entry.field,
        entry.old,
        entry.new,
        entry.by,
        entry.at
      ])
    }
    const latest = bundle.revisions.at(-1)
    if (latest) for (const doc of segmentDocs(meeting.id, latest.record)) await insertPassage(client, doc)
    return {copied: true, counts: {revisions: bundle.revisions.length, items: bundle.items.length, comments, audit: bundle.audit.length}}
  } catch (error) {
    if ((error as {code?: string}).code === '23505') {
      throw new ArchiveError(
        'conflict',
        `Meeting ${meeting.id} (${meeting.fileName}) cannot be copied: ${where} already uses some of its numbers (${(error as Error).message}); copy into an empty database`
      )
    }
    throw error
  }
}

/** Move every numbering past the highest number copied in. */
export async function advanceNumbering(client: pg.PoolClient): Promise<void> {
  for (const table of ['meetings', 'revisions', 'items', 'comments', 'audit', 'passages']) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1), (SELECT max(id) IS NOT NULL FROM ${table}))`)
  }
}
