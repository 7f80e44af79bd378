/**
 * The SQLite engine: one file, no set-up. WAL so that readers never wait for
 * the writer, a busy timeout so that two processes (the drop-folder service
 * and a reviewer) share the file, FTS5 with bm25 for search. Only SQL and
 * connection handling live here; every rule is in `../archive.ts`.
 */
import {closeSync, existsSync, openSync, readSync, statSync} from 'node:fs'
import {createHash} from 'node:crypto'
import Database from 'better-sqlite3'
import {countLimit, rankedWindow, type Engine, type EngineReader, type EngineSearch, type EngineWriter, type ItemRow, type MeetingFacts, type MeetingRow, type NewItemRow, type RevisionRow, type SearchDoc, type SearchRow, type StemQuery} from '../engine.js'
import {ArchiveError, type AuditEntry, type Comment, type ItemFilter, type MeetingFilter} from '../types.js'
import {migrations} from './migrations.js'

type Row = Record<string, unknown>

/** How long a write waits for another process's write to finish before giving up. */
const busyTimeoutMs = 15_000

const sqliteHeader = 'SQLite format 3\0'


export interface SqliteOptions {
  /** Open without writing: no migration, no new file. @default false */
  readonly readonly?: boolean
}

/** Open (or create) the archive at `file`, migrating an older schema after keeping a copy. */
export function openSqlite(file: string, options: SqliteOptions = {}): Engine {
  checkIsArchiveFile(file)
  let db: Database.Database
  try {
    db = new Database(file, {readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false})
  } catch (error) {
    throw explain(error, file)
  }
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    // A page cache of up to 32 MB: search reads passages and meetings all over a large file.
    db.pragma('cache_size = -32768')
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
    }
    db.pragma('foreign_keys = ON')
    migrate(db, file)
  } catch (error) {
    db.close()
    throw explain(error, file)
  }
  return new SqliteEngine(db, file)
}

/** An SQLite failure as an ArchiveError a person can act on; other errors as they are. */
export function explain(error: unknown, file: string): unknown {
  if (error instanceof ArchiveError || !(error instanceof Error)) return error
  const code = (error as Error & {code?: string}).code ?? ''
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code) || /not a database|malformed/i.test(error.message)) {
    return new ArchiveError('not-an-archive', `${file} is not a minutes archive, or is damaged (${error.message}); it was left untouched`)
  }
  if (/^SQLITE_(READONLY|PERM|AUTH)/.test(code) || /^SQLITE_IOERR/.test(code)) {
    return new ArchiveError('access-denied', `Cannot write to the archive ${file}: ${error.message}; check the file's and its folder's permissions`)
  }
  if (/^SQLITE_CANTOPEN/.test(code) || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new ArchiveError('unreachable', `Cannot open the archive ${file}: ${error.message}`)
  }
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return new ArchiveError('unreachable', `The archive ${file} stayed busy for ${busyTimeoutMs / 1000} s (another process kept writing); nothing was changed, try again`)
  }
  return error
}

/** Refuse, before SQLite touches it, a file that exists and is not an SQLite database. */
function checkIsArchiveFile(file: string): void {
  if (!existsSync(file)) return
  const info = statSync(file)
  if (!info.isFile()) throw new ArchiveError('not-an-archive', `${file} is not a file; give the path of an archive (.db)`)
  if (info.size === 0) return
  const header = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== sqliteHeader) {
    throw new ArchiveError('not-an-archive', `${file} is not a minutes archive (not an SQLite database); it was left untouched`)
  }
}

function migrate(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', {simple: true}) as number
  if (version > migrations.length) {
    throw new ArchiveError(
      'newer-schema',
      `${file} was written by a newer version of minutes (archive schema ${version}; this version knows up to ${migrations.length}); upgrade minutes to use it`
    )
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type IN ('table', 'view')").get() as {n: number}
    if (tables.n > 0) throw new ArchiveError('not-an-archive', `${file} is an SQLite database but not a minutes archive; it was left untouched`)
  } else {
    const marked = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'archive_info'").get() as {n: number}
    if (marked.n === 0) throw new ArchiveError('not-an-archive', `${file} is an SQLite database but not a minutes archive; it was left untouched`)
  }
  if (version === migrations.length) return
  if (db.readonly) throw new ArchiveError('newer-schema', `${file} uses an older archive schema (${version}); open it once for writing to migrate it`)
  // A consistent copy of the older archive first, readable by the version that wrote it.
  const backup = `${file}.v${version}.bak`
  if (version > 0 && !existsSync(backup)) db.prepare('VACUUM INTO ?').run(backup)
  db.exec('BEGIN IMMEDIATE')
  try {
    // Another process may have migrated while this one waited for the lock.
    const now = db.pragma('user_version', {simple: true}) as number
    for (let step = now; step < migrations.length; step++) db.exec(migrations[step]!)
    db.pragma(`user_version = ${migrations.length}`)
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : fallback)
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))
const number = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

function toMeeting(row: Row): MeetingRow {
  return {
    id: Number(row['id']),
    fileName: String(row['file_name']),
    title: text(row['title']),
    group: text(row['group_name']),
    date: text(row['date']),
    language: String(row['language']),
    kind: row['kind'] as MeetingRow['kind'],
    revision: Number(row['revision']),
    createdAt: String(row['created_at']),
    updatedAt: String(row['updated_at'])
  }
}

function toItem(row: Row): ItemRow {
  return {
    id: Number(row['id']),
    meetingId: Number(row['meeting_id']),
    type: row['type'] as ItemRow['type'],
    origin: row['origin'] as ItemRow['origin'],
    text: String(row['text']),
    owner: text(row['owner']),
    due: text(row['due']),
    status: row['status'] as ItemRow['status'],
    reason: text(row['reason']),
    edited: json(row['edited'], []),
    flags: json(row['flags'], []),
    confidence: number(row['confidence']),
    extracted: json(row['extracted'], null),
    quote: String(row['quote']),
    speaker: text(row['speaker']),
    sourcePath: String(row['source_path']),
    startLine: Number(row['start_line']),
    endLine: Number(row['end_line']),
    startSeconds: number(row['start_seconds']),
    position: Number(row['position']),
    version: Number(row['version']),
    updatedAt: String(row['updated_at'])
  }
}

function toRevision(row: Row): RevisionRow {
  return {
    id: Number(row['id']),
    meetingId: Number(row['meeting_id']),
    number: Number(row['number']),
    sha256: String(row['sha256']),
    sourcePath: String(row['source_path']),
    recordHash: String(row['record_hash']),
    record: JSON.parse(String(row['record'])),
    sourceText: text(row['source_text']),
    processedAt: String(row['processed_at'])
  }
}

function itemParams(row: NewItemRow): Row {
  return {
    meeting_id: row.meetingId,
    type: row.type,
    origin: row.origin,
    text: row.text,
    owner: row.owner,
    due: row.due,
    status: row.status,
    reason: row.reason,
    edited: JSON.stringify(row.edited),
    flags: JSON.stringify(row.flags),
    confidence: row.confidence,
    extracted: row.extracted ? JSON.stringify(row.extracted) : null,
    quote: row.quote,
    speaker: row.speaker,
    source_path: row.sourcePath,
    start_line: row.startLine,
    end_line: row.endLine,
    start_seconds: row.startSeconds,
    position: row.position,
    version: row.version,
    updated_at: row.updatedAt
  }
}

/** An FTS5 MATCH expression from stems: every stem quoted, so no stem is ever read as an operator. */
export function toMatch(query: StemQuery): string {
  const quote = (stem: string): string => `"${stem.replace(/"/g, '""')}"`
  return query
    .map((clause) => `(${clause.map((alternative) => (alternative.length === 1 ? quote(alternative[0]!) : `"${alternative.map((stem) => stem.replace(/"/g, '""')).join(' ')}"`)).join(' OR ')})`)
    .join(' AND ')
}

/** An index tag: a prefix and a value reduced to letters and digits (`typeaction`, `langfr`). */
function tagOf(prefix: string, value: string): string {
  return `${prefix}${value.toLowerCase().replace(/[^a-z0-9]/g, '')}`
}

/** A group as one index tag: a hash of its folded name (the table filter still checks the name itself). */
function groupTag(group: string): string {
  return `group${createHash('sha1').update(group.trim().toLowerCase()).digest('hex').slice(0, 16)}`
}

/** SQL conditions whose value is given, with their parameters in order. */
function conditions(pairs: Array<[string, unknown]>): {where: string[]; params: unknown[]} {
  const given = pairs.filter(([, value]) => value !== undefined)
  return {where: given.map(([sql]) => sql), params: given.map(([, value]) => value)}
}

class SqliteEngine implements Engine {
  readonly kind = 'sqlite' as const
  readonly location: string
  private readonly db: Database.Database
  private readonly cache = new Map<string, Database.Statement>()
  /** Writes of this process, one after another (each holds SQLite's write lock). */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly writer: EngineWriter

  constructor(db: Database.Database, location: string) {
    this.db = db
    this.location = location
    this.writer = this.makeWriter()
  }

  private statement(sql: string): Database.Statement {
    let prepared = this.cache.get(sql)
    if (!prepared) this.cache.set(sql, (prepared = this.db.prepare(sql)))
    return prepared
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.statement(sql).all(...params) as Row[]
  }

  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.statement(sql).get(...params) as Row | undefined
  }

  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.statement(sql).run(...params)
  }

  async meetingById(id: number): Promise<MeetingRow | null> {
    const row = this.get('SELECT * FROM meetings WHERE id = ?', id)
    return row ? toMeeting(row) : null
  }

  async meetingsByIds(ids: number[]): Promise<MeetingRow[]> {
    if (ids.length === 0) return []
    return this.all('SELECT * FROM meetings WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(ids)).map(toMeeting)
  }

  async meetingsByIdentity(fileName: string, group: string | null, date: string | null): Promise<MeetingRow[]> {
    const rows =
      group !== null && date !== null
        ? this.all('SELECT * FROM meetings WHERE file_name = ? OR (group_name = ? COLLATE NOCASE AND date = ?) ORDER BY id DESC', fileName, group, date)
        : this.all('SELECT * FROM meetings WHERE file_name = ? ORDER BY id DESC', fileName)
    return rows.map(toMeeting)
  }

  async meetings(filter: MeetingFilter): Promise<MeetingRow[]> {
    const {where, params} = conditions([
      ['group_name = ? COLLATE NOCASE', filter.group],
      ['date >= ?', filter.from],
      ['date <= ?', filter.to]
    ])
    const sql = `SELECT * FROM meetings ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date DESC, id DESC LIMIT ?`
    return this.statement(sql)
      .all(...params, filter.limit ?? -1)
      .map((row) => toMeeting(row as Row))
  }

  async meetingFacts(ids: number[]): Promise<Map<number, MeetingFacts>> {
    // Each meeting's items through its own index entries: left to itself, the
    // planner counts open action items through the status index, which reads
    // every open item of the archive for each meeting (17 s for 200 of 10,000).
    const rows = this.all(
      `SELECT m.id, r.source_path, r.sha256, r.processed_at,
         (SELECT count(*) FROM revisions x WHERE x.meeting_id = m.id) AS revisions,
         (SELECT count(*) FROM items i INDEXED BY items_meeting WHERE i.meeting_id = m.id AND i.type = 'action' AND i.status <> 'rejected') AS actions,
         (SELECT count(*) FROM items i INDEXED BY items_meeting WHERE i.meeting_id = m.id AND i.type = 'action' AND i.status = 'open') AS open_actions,
         (SELECT count(*) FROM items i INDEXED BY items_meeting WHERE i.meeting_id = m.id AND i.type = 'decision' AND i.status <> 'rejected') AS decisions
       FROM meetings m JOIN revisions r ON r.meeting_id = m.id AND r.number = m.revision
       WHERE m.id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(ids)
    )
    return new Map(
      rows.map((row) => [
        Number(row['id']),
        {
          sourcePath: String(row['source_path']),
          sha256: String(row['sha256']),
          processedAt: String(row['processed_at']),
          revisions: Number(row['revisions']),
          actions: Number(row['actions']),
          openActions: Number(row['open_actions']),
          decisions: Number(row['decisions'])
        }
      ])
    )
  }

  async meetingIdBySha256(sha256: string): Promise<number | null> {
    const row = this.get('SELECT meeting_id FROM revisions WHERE sha256 = ? ORDER BY id DESC LIMIT 1', sha256)
    return row ? Number(row['meeting_id']) : null
  }

  async latestRevision(meetingId: number): Promise<RevisionRow | null> {
    const row = this.get('SELECT * FROM revisions WHERE meeting_id = ? ORDER BY number DESC LIMIT 1', meetingId)
    return row ? toRevision(row) : null
  }

  async revisions(meetingId: number): Promise<RevisionRow[]> {
    return this.all('SELECT * FROM revisions WHERE meeting_id = ? ORDER BY number', meetingId).map(toRevision)
  }

  async revisionCount(meetingId: number): Promise<number> {
    return Number(this.get('SELECT count(*) AS n FROM revisions WHERE meeting_id = ?', meetingId)!['n'])
  }

  async itemById(id: number): Promise<ItemRow | null> {
    const row = this.get('SELECT * FROM items WHERE id = ?', id)
    return row ? toItem(row) : null
  }

  async items(query: ItemFilter): Promise<ItemRow[]> {
    const {where, params} = conditions([
      ['i.type = ?', query.type],
      ['i.owner = ? COLLATE NOCASE', query.owner],
      ['i.status = ?', query.status],
      ['m.group_name = ? COLLATE NOCASE', query.group],
      ['i.meeting_id = ?', query.meetingId],
      ['i.due < ?', query.dueBefore],
      ['m.date >= ?', query.from],
      ['m.date <= ?', query.to]
    ])
    // Unless one meeting is asked for, walk the meetings newest first and each
    // one's items in order, stopping at the limit: the open action items of
    // 10,000 meetings then take milliseconds instead of a sort of them all
    // (an owner with no item at all is the slow case: every meeting is looked at).
    const sql = `SELECT i.* FROM ${query.meetingId !== undefined ? 'items i JOIN meetings m' : 'meetings m CROSS JOIN items i'} ON m.id = i.meeting_id ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY m.date DESC, m.id DESC, i.position, i.id LIMIT ?`
    return this.statement(sql)
      .all(...params, query.limit ?? -1)
      .map((row) => toItem(row as Row))
  }

  async comments(itemIds: number[]): Promise<Map<number, Comment[]>> {
    const found = new Map<number, Comment[]>()
    if (itemIds.length === 0) return found
    for (const row of this.all('SELECT * FROM comments WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id', JSON.stringify(itemIds))) {
      const id = Number(row['item_id'])
      const list = found.get(id) ?? []
      list.push({by: String(row['by']), at: String(row['at']), text: String(row['text'])})
      found.set(id, list)
    }
    return found
  }

  async audit(itemId: number): Promise<AuditEntry[]> {
    return this.all('SELECT * FROM audit WHERE item_id = ? ORDER BY id', itemId).map((row) => ({
      id: Number(row['id']),
      item: Number(row['item_id']),
      field: String(row['field']),
      old: text(row['old']),
      new: text(row['new']),
      by: String(row['by']),
      at: String(row['at'])
    }))
  }

  async search(query: EngineSearch): Promise<{total: number; rows: SearchRow[]}> {
    // Type and language are tags in the index itself; the other filters need the tables.
    let match = `stems : (${toMatch(query.match)})`
    if (query.type !== undefined) match += ` AND tags : ${tagOf('type', query.type)}`
    if (query.language !== undefined) match += ` AND tags : ${tagOf('lang', query.language)}`
    if (query.group !== undefined) match += ` AND tags : ${groupTag(query.group)}`
    const {where, params} = conditions([
      ['m.group_name = ? COLLATE NOCASE', query.group],
      ['m.date >= ?', query.from],
      ['m.date <= ?', query.to],
      ['i.owner = ? COLLATE NOCASE', query.owner],
      ['i.status = ?', query.status]
    ])
    const columns = 'p.*, m.title AS m_title, m.group_name AS m_group, m.date AS m_date, m.language AS m_language'
    let total: number
    let rows: Row[]
    if (where.length === 0) {
      // Ranked inside the index alone, then the few hits joined.
      total = Number((this.statement(`SELECT count(*) AS n FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ${countLimit + 1})`).get(match) as Row)['n'])
      // bm25 costs a look-up per matching passage: a word in every meeting would take a tenth of a
      // second, so only the most recently stored matches (all of them, up to rankedWindow) are ranked.
      rows = this.statement(
        `SELECT ${columns}, hits.rank AS rank FROM (
           SELECT rowid, rank FROM (SELECT rowid, bm25(passages_fts, 1.0, 0.0) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT ${rankedWindow})
           ORDER BY rank LIMIT ?) AS hits
         JOIN passages p ON p.id = hits.rowid JOIN meetings m ON m.id = p.meeting_id ORDER BY hits.rank`
      ).all(match, query.limit) as Row[]
    } else {
      const from = `FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN meetings m ON m.id = p.meeting_id LEFT JOIN items i ON i.id = p.item_id
        WHERE passages_fts MATCH ? AND ${where.join(' AND ')}`
      total = Number((this.statement(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${countLimit + 1})`).get(match, ...params) as Row)['n'])
      // The same window as above, of the newest matches that pass the filters.
      rows = this.statement(
        `SELECT ${columns}, hits.rank AS rank FROM (
           SELECT id, rank FROM (SELECT p.id AS id, bm25(passages_fts, 1.0, 0.0) AS rank ${from} ORDER BY passages_fts.rowid DESC LIMIT ${rankedWindow})
           ORDER BY rank LIMIT ?) AS hits
         JOIN passages p ON p.id = hits.id JOIN meetings m ON m.id = p.meeting_id ORDER BY hits.rank`
      ).all(match, ...params, query.limit) as Row[]
    }
    return {
      total: Math.min(total, countLimit),
      ...(total > countLimit ? {capped: true} : {}),
      rows: rows.map((row) => ({
        id: Number(row['id']),
        meetingId: Number(row['meeting_id']),
        type: row['type'] as SearchRow['type'],
        itemId: number(row['item_id']),
        text: String(row['text']),
        stems: '',
        speaker: text(row['speaker']),
        language: String(row['language']),
        group: text(row['m_group']),
        sourcePath: String(row['source_path']),
        startLine: Number(row['start_line']),
        endLine: Number(row['end_line']),
        startSeconds: number(row['start_seconds']),
        rank: Number(row['rank']),
        meeting: {id: Number(row['meeting_id']), title: text(row['m_title']), group: text(row['m_group']), date: text(row['m_date']), language: String(row['m_language'])}
      }))
    }
  }

  write<T>(work: (tx: EngineWriter) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        this.db.exec('BEGIN IMMEDIATE')
      } catch (error) {
        throw explain(error, this.location)
      }
      try {
        const result = await work(this.writer)
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        throw explain(error, this.location)
      }
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  async close(): Promise<void> {
    await this.queue
    this.db.close()
  }

  private insertDoc(doc: SearchDoc): void {
    const id = this.run(
      `INSERT INTO passages (meeting_id, type, item_id, text, speaker, language, source_path, start_line, end_line, start_seconds)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      doc.meetingId,
      doc.type,
      doc.itemId,
      doc.text,
      doc.speaker,
      doc.language,
      doc.sourcePath,
      doc.startLine,
      doc.endLine,
      doc.startSeconds
    ).lastInsertRowid
    const tags = [tagOf('type', doc.type), tagOf('lang', doc.language), ...(doc.group === null ? [] : [groupTag(doc.group)])]
    this.run('INSERT INTO passages_fts (rowid, stems, tags) VALUES (?, ?, ?)', id, doc.stems, tags.join(' '))
  }

  private makeWriter(): EngineWriter {
    const writer: EngineWriter = Object.assign(Object.create(this) as EngineReader, {
      insertMeeting: async (row: Omit<MeetingRow, 'id'>): Promise<number> =>
        Number(
          this.run(
            'INSERT INTO meetings (file_name, title, group_name, date, language, kind, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            row.fileName,
            row.title,
            row.group,
            row.date,
            row.language,
            row.kind,
            row.revision,
            row.createdAt,
            row.updatedAt
          ).lastInsertRowid
        ),
      updateMeeting: async (id: number, row: Omit<MeetingRow, 'id' | 'createdAt'>): Promise<void> => {
        this.run(
          'UPDATE meetings SET file_name = ?, title = ?, group_name = ?, date = ?, language = ?, kind = ?, revision = ?, updated_at = ? WHERE id = ?',
          row.fileName,
          row.title,
          row.group,
          row.date,
          row.language,
          row.kind,
          row.revision,
          row.updatedAt,
          id
        )
      },
      insertRevision: async (row: Omit<RevisionRow, 'id'> & {recordJson?: string}): Promise<number> =>
        Number(
          this.run(
            'INSERT INTO revisions (meeting_id, number, sha256, source_path, record_hash, record, source_text, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            row.meetingId,
            row.number,
            row.sha256,
            row.sourcePath,
            row.recordHash,
            row.recordJson ?? JSON.stringify(row.record),
            row.sourceText,
            row.processedAt
          ).lastInsertRowid
        ),
      insertItem: async (row: NewItemRow): Promise<number> =>
        Number(
          this.statement(
            `INSERT INTO items (meeting_id, type, origin, text, owner, due, status, reason, edited, flags, confidence, extracted, quote, speaker, source_path, start_line, end_line, start_seconds, position, version, updated_at)
             VALUES (@meeting_id, @type, @origin, @text, @owner, @due, @status, @reason, @edited, @flags, @confidence, @extracted, @quote, @speaker, @source_path, @start_line, @end_line, @start_seconds, @position, @version, @updated_at)`
          ).run(itemParams(row)).lastInsertRowid
        ),
      updateItem: async (row: ItemRow): Promise<void> => {
        this.statement(
          `UPDATE items SET type = @type, origin = @origin, text = @text, owner = @owner, due = @due, status = @status, reason = @reason, edited = @edited, flags = @flags,
             confidence = @confidence, extracted = @extracted, quote = @quote, speaker = @speaker, source_path = @source_path, start_line = @start_line, end_line = @end_line,
             start_seconds = @start_seconds, position = @position, version = @version, updated_at = @updated_at WHERE id = @id`
        ).run({...itemParams(row), id: row.id})
      },
      deleteItem: async (id: number): Promise<void> => {
        this.deleteItemDoc(id)
        this.run('DELETE FROM comments WHERE item_id = ?', id)
        this.run('DELETE FROM items WHERE id = ?', id)
      },
      insertComment: async (itemId: number, comment: Comment): Promise<void> => {
        this.run('INSERT INTO comments (item_id, by, at, text) VALUES (?, ?, ?, ?)', itemId, comment.by, comment.at, comment.text)
      },
      insertAudit: async (entry: Omit<AuditEntry, 'id'>): Promise<void> => {
        this.run('INSERT INTO audit (item_id, field, old, new, by, at) VALUES (?, ?, ?, ?, ?, ?)', entry.item, entry.field, entry.old, entry.new, entry.by, entry.at)
      },
      replaceSegmentDocs: async (meetingId: number, docs: SearchDoc[]): Promise<void> => {
        for (const row of this.all("SELECT id FROM passages WHERE meeting_id = ? AND type = 'segment'", meetingId)) {
          this.run('DELETE FROM passages_fts WHERE rowid = ?', row['id'])
        }
        this.run("DELETE FROM passages WHERE meeting_id = ? AND type = 'segment'", meetingId)
        for (const doc of docs) this.insertDoc(doc)
      },
      setItemDoc: async (itemId: number, doc: SearchDoc | null): Promise<void> => {
        this.deleteItemDoc(itemId)
        if (doc) this.insertDoc({...doc, itemId})
      }
    })
    return writer
  }

  private deleteItemDoc(itemId: number): void {
    const row = this.get('SELECT id FROM passages WHERE item_id = ?', itemId)
    if (!row) return
    this.run('DELETE FROM passages_fts WHERE rowid = ?', row['id'])
    this.run('DELETE FROM passages WHERE id = ?', row['id'])
  }
}
