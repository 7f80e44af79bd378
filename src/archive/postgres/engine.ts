/**
 * The PostgreSQL engine: rows in and out through a `pg` pool, one write
 * transaction at a time across every process sharing the archive (a
 * transaction-level advisory lock), and full-text search over `tsvector`
 * passages ranked with `ts_rank_cd` (negated: lower is better, as bm25). Every rule lives above, in the shared
 * archive; this file only stores and fetches.
 */
import type pg from 'pg'
import {
  countLimit,
  rankedWindow,
  type Engine,
  type EngineReader,
  type EngineSearch,
  type EngineWriter,
  type ItemRow,
  type MeetingFacts,
  type MeetingRow,
  type NewItemRow,
  type RevisionRow,
  type SearchDoc,
  type SearchRow,
  type StemQuery
} from '../engine.js'
import type {AuditEntry, Comment, ItemFilter, MeetingFilter} from '../types.js'
import {connectionError, displayUrl, migrate, MIGRATION_LOCK, openPool, type PoolOptions} from './connect.js'

/** Held by the one write transaction in progress. */
const WRITE_LOCK = String(BigInt(MIGRATION_LOCK) + 1n)

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient
type Row = Record<string, unknown>

const meetingColumns = 'id, file_name, title, group_name, date, language, kind, revision, created_at, updated_at'

function toMeeting(row: Row): MeetingRow {
  return {
    id: row.id as number,
    fileName: row.file_name as string,
    title: row.title as string | null,
    group: row.group_name as string | null,
    date: row.date as string | null,
    language: row.language as string,
    kind: row.kind as MeetingRow['kind'],
    revision: row.revision as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string
  }
}

function toRevision(row: Row): RevisionRow {
  return {
    id: row.id as number,
    meetingId: row.meeting_id as number,
    number: row.number as number,
    sha256: row.sha256 as string,
    sourcePath: row.source_path as string,
    recordHash: row.record_hash as string,
    record: row.record as RevisionRow['record'],
    sourceText: row.source_text as string | null,
    processedAt: row.processed_at as string
  }
}

function toItem(row: Row): ItemRow {
  return {
    id: row.id as number,
    meetingId: row.meeting_id as number,
    type: row.type as ItemRow['type'],
    origin: row.origin as ItemRow['origin'],
    text: row.text as string,
    owner: row.owner as string | null,
    due: row.due as string | null,
    status: row.status as ItemRow['status'],
    reason: row.reason as string | null,
    edited: row.edited as string[],
    flags: row.flags as string[],
    confidence: row.confidence as number | null,
    extracted: row.extracted as ItemRow['extracted'],
    quote: row.quote as string,
    speaker: row.speaker as string | null,
    sourcePath: row.source_path as string,
    startLine: row.start_line as number,
    endLine: row.end_line as number,
    startSeconds: row.start_seconds as number | null,
    position: row.position as number,
    version: row.version as number,
    updatedAt: row.updated_at as string
  }
}

function toSearchRow(row: Row): SearchRow {
  return {
    id: row.id as number,
    meeting: {
      id: row.meeting_id as number,
      title: row.m_title as string | null,
      group: row.m_group as string | null,
      date: row.m_date as string | null,
      language: row.m_language as string
    },
    meetingId: row.meeting_id as number,
    type: row.type as SearchRow['type'],
    itemId: row.item_id as number | null,
    text: row.text as string,
    stems: '',
    speaker: row.speaker as string | null,
    language: row.language as string,
    group: row.m_group as string | null,
    sourcePath: row.source_path as string,
    startLine: row.start_line as number,
    endLine: row.end_line as number,
    startSeconds: row.start_seconds as number | null,
    rank: row.rank as number
  }
}

/**
 * The query in `to_tsquery` syntax: clauses joined by `&`, alternatives by
 * `|`, the stems of a phrase by `<->`. Stems are letters and digits only, and
 * each is quoted besides, so nothing typed can become an operator.
 */
export function toTsQuery(match: StemQuery): string {
  const quote = (stem: string): string => `'${stem.replace(/[^\p{L}\p{N}]+/gu, '')}'`
  return match
    .map((clause) => {
      const alternatives = clause
        .map((stems) => stems.map(quote).filter((stem) => stem !== "''"))
        .filter((stems) => stems.length > 0)
        .map((stems) => (stems.length === 1 ? stems[0]! : `(${stems.join(' <-> ')})`))
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`
    })
    .filter((clause) => clause !== '()' && clause !== '')
    .join(' & ')
}

/** Filters as SQL conditions with numbered parameters. */
class Conditions {
  readonly where: string[] = []
  readonly values: unknown[] = []

  add(sql: (parameter: string) => string, value: unknown): void {
    this.values.push(value)
    this.where.push(sql(`$${this.values.length}`))
  }

  param(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }

  sql(): string {
    return this.where.length > 0 ? `WHERE ${this.where.join(' AND ')}` : ''
  }
}

class PostgresReader implements EngineReader {
  constructor(protected readonly db: Queryable) {}

  protected async rows(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.db.query(sql, values)).rows as Row[]
  }

  async meetingById(id: number): Promise<MeetingRow | null> {
    const [row] = await this.rows(`SELECT ${meetingColumns} FROM meetings WHERE id = $1`, [id])
    return row ? toMeeting(row) : null
  }

  async meetingFacts(ids: number[]): Promise<Map<number, MeetingFacts>> {
    const rows = await this.rows(
      `SELECT m.id, r.source_path, r.sha256, r.processed_at,
         (SELECT count(*) FROM revisions x WHERE x.meeting_id = m.id)::int AS revisions,
         (SELECT count(*) FROM items i WHERE i.meeting_id = m.id AND i.type = 'action' AND i.status <> 'rejected')::int AS actions,
         (SELECT count(*) FROM items i WHERE i.meeting_id = m.id AND i.type = 'action' AND i.status = 'open')::int AS open_actions,
         (SELECT count(*) FROM items i WHERE i.meeting_id = m.id AND i.type = 'decision' AND i.status <> 'rejected')::int AS decisions
       FROM meetings m JOIN revisions r ON r.meeting_id = m.id AND r.number = m.revision
       WHERE m.id = ANY($1::int[])`,
      [ids]
    )
    return new Map(
      rows.map((row) => [
        row.id as number,
        {
          sourcePath: row.source_path as string,
          sha256: row.sha256 as string,
          processedAt: row.processed_at as string,
          revisions: row.revisions as number,
          actions: row.actions as number,
          openActions: row.open_actions as number,
          decisions: row.decisions as number
        }
      ])
    )
  }

  async meetingsByIds(ids: number[]): Promise<MeetingRow[]> {
    if (ids.length === 0) return []
    const rows = await this.rows(`SELECT ${meetingColumns} FROM meetings WHERE id = ANY($1::int[]) ORDER BY id`, [ids])
    return rows.map(toMeeting)
  }

  async meetingIdBySha256(sha256: string): Promise<number | null> {
    const [row] = await this.rows('SELECT meeting_id FROM revisions WHERE sha256 = $1 ORDER BY id DESC LIMIT 1', [sha256])
    return row ? (row.meeting_id as number) : null
  }

  async meetingsByIdentity(fileName: string, group: string | null, date: string | null): Promise<MeetingRow[]> {
    const byGroup = group !== null && date !== null
    const rows = await this.rows(
      `SELECT ${meetingColumns} FROM meetings
       WHERE file_name = $1 ${byGroup ? 'OR (lower(group_name) = lower($2) AND date = $3)' : ''}
       ORDER BY id DESC`,
      byGroup ? [fileName, group, date] : [fileName]
    )
    return rows.map(toMeeting)
  }

  async meetings(filter: MeetingFilter): Promise<MeetingRow[]> {
    const conditions = new Conditions()
    if (filter.group !== undefined) conditions.add((p) => `lower(group_name) = lower(${p})`, filter.group)
    if (filter.from !== undefined) conditions.add((p) => `date >= ${p}`, filter.from)
    if (filter.to !== undefined) conditions.add((p) => `date <= ${p}`, filter.to)
    const limit = filter.limit === undefined ? '' : `LIMIT ${conditions.param(filter.limit)}`
    const rows = await this.rows(
      `SELECT ${meetingColumns} FROM meetings ${conditions.sql()} ORDER BY date DESC NULLS LAST, id DESC ${limit}`,
      conditions.values
    )
    return rows.map(toMeeting)
  }

  async latestRevision(meetingId: number): Promise<RevisionRow | null> {
    const [row] = await this.rows('SELECT * FROM revisions WHERE meeting_id = $1 ORDER BY number DESC LIMIT 1', [meetingId])
    return row ? toRevision(row) : null
  }

  async revisions(meetingId: number): Promise<RevisionRow[]> {
    return (await this.rows('SELECT * FROM revisions WHERE meeting_id = $1 ORDER BY number', [meetingId])).map(toRevision)
  }

  async revisionCount(meetingId: number): Promise<number> {
    const [row] = await this.rows('SELECT count(*)::int AS n FROM revisions WHERE meeting_id = $1', [meetingId])
    return (row?.n as number) ?? 0
  }

  async itemById(id: number): Promise<ItemRow | null> {
    const [row] = await this.rows('SELECT * FROM items WHERE id = $1', [id])
    return row ? toItem(row) : null
  }

  async items(query: ItemFilter): Promise<ItemRow[]> {
    const conditions = new Conditions()
    if (query.type !== undefined) conditions.add((p) => `i.type = ${p}`, query.type)
    if (query.owner !== undefined) conditions.add((p) => `lower(i.owner) = lower(${p})`, query.owner)
    if (query.status !== undefined) conditions.add((p) => `i.status = ${p}`, query.status)
    if (query.group !== undefined) conditions.add((p) => `lower(m.group_name) = lower(${p})`, query.group)
    if (query.meetingId !== undefined) conditions.add((p) => `i.meeting_id = ${p}`, query.meetingId)
    if (query.dueBefore !== undefined) conditions.add((p) => `i.due < ${p}`, query.dueBefore)
    if (query.from !== undefined) conditions.add((p) => `m.date >= ${p}`, query.from)
    if (query.to !== undefined) conditions.add((p) => `m.date <= ${p}`, query.to)
    const limit = query.limit === undefined ? '' : `LIMIT ${conditions.param(query.limit)}`
    const rows = await this.rows(
      `SELECT i.* FROM items i JOIN meetings m ON m.id = i.meeting_id ${conditions.sql()}
       ORDER BY m.date DESC NULLS LAST, i.meeting_id DESC, i.position, i.id ${limit}`,
      conditions.values
    )
    return rows.map(toItem)
  }

  async comments(itemIds: number[]): Promise<Map<number, Comment[]>> {
    const found = new Map<number, Comment[]>()
    if (itemIds.length === 0) return found
    const rows = await this.rows('SELECT item_id, by, at, text FROM comments WHERE item_id = ANY($1::int[]) ORDER BY item_id, id', [itemIds])
    for (const row of rows) {
      const list = found.get(row.item_id as number) ?? []
      list.push({by: row.by as string, at: row.at as string, text: row.text as string})
      found.set(row.item_id as number, list)
    }
    return found
  }

  async audit(itemId: number): Promise<AuditEntry[]> {
    const rows = await this.rows('SELECT id, item_id, field, old, new, by, at FROM audit WHERE item_id = $1 ORDER BY id', [itemId])
    return rows.map((row) => ({
      id: row.id as number,
      item: row.item_id as number,
      field: row.field as string,
      old: row.old as string | null,
      new: row.new as string | null,
      by: row.by as string,
      at: row.at as string
    }))
  }

  async search(query: EngineSearch): Promise<{total: number; rows: SearchRow[]}> {
    const tsquery = toTsQuery(query.match)
    if (tsquery === '') return {total: 0, rows: []}
    const conditions = new Conditions()
    const match = conditions.param(tsquery)
    conditions.where.push('p.terms @@ q.query')
    if (query.type !== undefined) conditions.add((p) => `p.type = ${p}`, query.type)
    if (query.language !== undefined) conditions.add((p) => `p.language = ${p}`, query.language)
    // Meetings and items are joined for ranking only when a filter needs them.
    const byMeeting = query.group !== undefined || query.from !== undefined || query.to !== undefined
    if (query.group !== undefined) conditions.add((p) => `lower(m.group_name) = lower(${p})`, query.group)
    if (query.from !== undefined) conditions.add((p) => `m.date >= ${p}`, query.from)
    if (query.to !== undefined) conditions.add((p) => `m.date <= ${p}`, query.to)
    const byItem = query.owner !== undefined || query.status !== undefined
    if (query.owner !== undefined) conditions.add((p) => `lower(i.owner) = lower(${p})`, query.owner)
    if (query.status !== undefined) conditions.add((p) => `i.status = ${p}`, query.status)
    const limit = conditions.param(query.limit)
    const from = `FROM q, passages p
         ${byMeeting ? 'JOIN meetings m ON m.id = p.meeting_id' : ''}
         ${byItem ? 'JOIN items i ON i.id = p.item_id' : ''}
         ${conditions.sql()}`
    // As the SQLite engine does: matches are counted up to countLimit, and only the most recently stored
    // (up to rankedWindow) are ranked, with cover density divided by 1 + the log of the passage's length,
    // so that a long passage does not win by length alone. The best are then fetched whole.
    const rows = await this.rows(
      `WITH q AS (SELECT to_tsquery('minutes_folded', ${match}) AS query),
       counted AS (SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${countLimit + 1}) AS found),
       recent AS (SELECT p.id, p.terms, q.query ${from} ORDER BY p.id DESC LIMIT ${rankedWindow}),
       hits AS (SELECT id, -ts_rank_cd(terms, query, 1) AS rank FROM recent ORDER BY rank, id LIMIT ${limit})
       SELECT p.id, p.meeting_id, p.type, p.item_id, p.text, p.speaker, p.language, p.source_path, p.start_line, p.end_line, p.start_seconds,
              m.title AS m_title, m.group_name AS m_group, m.date AS m_date, m.language AS m_language,
              hits.rank::float8 AS rank, (SELECT n FROM counted)::int AS total
       FROM hits JOIN passages p ON p.id = hits.id JOIN meetings m ON m.id = p.meeting_id
       ORDER BY hits.rank, hits.id`,
      conditions.values
    )
    let total = rows[0]?.total as number | undefined
    if (total === undefined) {
      // No hit fetched: nothing matched (the count is then 0 as well).
      total = 0
    }
    return {total: Math.min(total, countLimit), rows: rows.map(toSearchRow), ...(total > countLimit ? {capped: true} : {})}
  }
}

/** Item columns in table order, with the array type each is sent as. */
const itemColumns: Array<[string, string, (row: ItemRow) => unknown]> = [
  ['id', 'int', (row) => row.id],
  ['meeting_id', 'int', (row) => row.meetingId],
  ['type', 'text', (row) => row.type],
  ['origin', 'text', (row) => row.origin],
  ['text', 'text', (row) => row.text],
  ['owner', 'text', (row) => row.owner],
  ['due', 'text', (row) => row.due],
  ['status', 'text', (row) => row.status],
  ['reason', 'text', (row) => row.reason],
  ['edited', 'jsonb', (row) => JSON.stringify(row.edited)],
  ['flags', 'jsonb', (row) => JSON.stringify(row.flags)],
  ['confidence', 'float8', (row) => row.confidence],
  ['extracted', 'jsonb', (row) => (row.extracted === null ? null : JSON.stringify(row.extracted))],
  ['quote', 'text', (row) => row.quote],
  ['speaker', 'text', (row) => row.speaker],
  ['source_path', 'text', (row) => row.sourcePath],
  ['start_line', 'int', (row) => row.startLine],
  ['end_line', 'int', (row) => row.endLine],
  ['start_seconds', 'float8', (row) => row.startSeconds],
  ['position', 'int', (row) => row.position],
  ['version', 'int', (row) => row.version],
  ['updated_at', 'text', (row) => row.updatedAt]
]

const passageColumns: Array<[string, string, (doc: SearchDoc & {itemId: number}) => unknown]> = [
  ['meeting_id', 'int', (doc) => doc.meetingId],
  ['type', 'text', (doc) => doc.type],
  ['item_id', 'int', (doc) => doc.itemId],
  ['text', 'text', (doc) => doc.text],
  ['stems', 'text', (doc) => doc.stems],
  ['speaker', 'text', (doc) => doc.speaker],
  ['language', 'text', (doc) => doc.language],
  ['source_path', 'text', (doc) => doc.sourcePath],
  ['start_line', 'int', (doc) => doc.startLine],
  ['end_line', 'int', (doc) => doc.endLine],
  ['start_seconds', 'float8', (doc) => doc.startSeconds]
]

/**
 * A write transaction. Writes whose result nobody waits for (new and changed
 * items, their search passages, audit entries) are held and sent together,
 * in one statement, before the next read and before the commit: a meeting of
 * forty items costs a handful of round trips, not a hundred. New items take
 * their numbers from the items sequence in order; the transaction holds the
 * archive's write lock, so nobody else draws from it meanwhile.
 */
class PostgresWriter extends PostgresReader implements EngineWriter {
  private readonly newItems = new Map<number, ItemRow>()
  private readonly changedItems = new Map<number, ItemRow>()
  private readonly itemDocs = new Map<number, SearchDoc | null>()
  private readonly auditEntries: Array<Omit<AuditEntry, 'id'>> = []
  /** The last item number handed out in this transaction. */
  private lastItemId: number | undefined

  protected override async rows(sql: string, values: unknown[] = []): Promise<Row[]> {
    await this.flush()
    return super.rows(sql, values)
  }

  /** Send every held write, in one statement. */
  async flush(): Promise<void> {
    if (this.newItems.size === 0 && this.changedItems.size === 0 && this.itemDocs.size === 0 && this.auditEntries.length === 0) return
    const values: unknown[] = []
    const param = (value: unknown, type: string): string => {
      values.push(value)
      return `$${values.length}::${type}`
    }
    const unnest = <T>(rows: T[], columns: Array<[string, string, (row: T) => unknown]>): string =>
      `unnest(${columns.map(([, type, pick]) => param(rows.map(pick), `${type}[]`)).join(', ')}) AS d (${columns.map(([name]) => name).join(', ')})`
    const steps: string[] = []
    const inserted = [...this.newItems.values()]
    if (inserted.length > 0) {
      const names = itemColumns.map(([name]) => name).join(', ')
      steps.push(`new_items AS (INSERT INTO items (${names}) SELECT ${names} FROM ${unnest(inserted, itemColumns)})`)
    }
    const changed = [...this.changedItems.values()]
    if (changed.length > 0) {
      const assignments = itemColumns
        .filter(([name]) => name !== 'id')
        .map(([name]) => `${name} = d.${name}`)
        .join(', ')
      steps.push(`changed_items AS (UPDATE items SET ${assignments} FROM ${unnest(changed, itemColumns)} WHERE items.id = d.id)`)
    }
    const removed = [...this.itemDocs].filter(([, doc]) => doc === null).map(([id]) => id)
    const docs = [...this.itemDocs].flatMap(([itemId, doc]) => (doc === null ? [] : [{...doc, itemId}]))
    // Sub-statements of one statement do not see each other's rows: removed passages and replaced ones are disjoint sets.
    if (removed.length > 0) steps.push(`old_docs AS (DELETE FROM passages WHERE item_id = ANY(${param(removed, 'int[]')}))`)
    if (docs.length > 0) {
      const names = passageColumns.map(([name]) => name)
      const updates = [...names.filter((name) => name !== 'item_id'), 'terms'].map((name) => `${name} = EXCLUDED.${name}`).join(', ')
      steps.push(
        `new_docs AS (INSERT INTO passages (${names.join(', ')}, terms) SELECT ${names.join(', ')}, to_tsvector('minutes_folded', stems) FROM ${unnest(docs, passageColumns)}
         ON CONFLICT (item_id) DO UPDATE SET ${updates})`
      )
    }
    if (this.auditEntries.length > 0) {
      steps.push(
        `new_audit AS (INSERT INTO audit (item_id, field, old, new, by, at) SELECT * FROM ${unnest(this.auditEntries, [
          ['item_id', 'int', (entry) => entry.item],
          ['field', 'text', (entry) => entry.field],
          ['old', 'text', (entry) => entry.old],
          ['new', 'text', (entry) => entry.new],
          ['by', 'text', (entry) => entry.by],
          ['at', 'text', (entry) => entry.at]
        ])})`
      )
    }
    this.newItems.clear()
    this.changedItems.clear()
    this.itemDocs.clear()
    this.auditEntries.length = 0
    await super.rows(`WITH ${steps.join(',\n')} SELECT 1`, values)
  }

  private async nextItemId(): Promise<number> {
    if (this.lastItemId === undefined) {
      const [row] = await super.rows("SELECT nextval(pg_get_serial_sequence('items', 'id'))::int AS id")
      this.lastItemId = row!.id as number
    } else {
      this.lastItemId++
      // Keep the sequence where the numbers handed out end.
      this.pendingSequence = this.lastItemId
    }
    return this.lastItemId
  }

  private pendingSequence: number | undefined

  /** Before the commit: everything held is sent, and the sequence set past the numbers used. */
  async finish(): Promise<void> {
    await this.flush()
    if (this.pendingSequence !== undefined) {
      await super.rows("SELECT setval(pg_get_serial_sequence('items', 'id'), $1)", [this.pendingSequence])
      this.pendingSequence = undefined
    }
  }

  async insertMeeting(row: Omit<MeetingRow, 'id'>): Promise<number> {
    const [inserted] = await this.rows(
      `INSERT INTO meetings (file_name, title, group_name, date, language, kind, revision, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [row.fileName, row.title, row.group, row.date, row.language, row.kind, row.revision, row.createdAt, row.updatedAt]
    )
    return inserted!.id as number
  }

  async updateMeeting(id: number, row: Omit<MeetingRow, 'id' | 'createdAt'>): Promise<void> {
    await this.rows(
      `UPDATE meetings SET file_name = $2, title = $3, group_name = $4, date = $5, language = $6, kind = $7, revision = $8, updated_at = $9
       WHERE id = $1`,
      [id, row.fileName, row.title, row.group, row.date, row.language, row.kind, row.revision, row.updatedAt]
    )
  }

  async insertRevision(row: Omit<RevisionRow, 'id'>): Promise<number> {
    const [inserted] = await this.rows(
      `INSERT INTO revisions (meeting_id, number, sha256, source_path, record_hash, record, source_text, processed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [row.meetingId, row.number, row.sha256, row.sourcePath, row.recordHash, JSON.stringify(row.record), row.sourceText, row.processedAt]
    )
    return inserted!.id as number
  }

  async insertItem(row: NewItemRow): Promise<number> {
    const id = await this.nextItemId()
    this.newItems.set(id, {...row, id})
    return id
  }

  async updateItem(row: ItemRow): Promise<void> {
    if (this.newItems.has(row.id)) this.newItems.set(row.id, {...row})
    else this.changedItems.set(row.id, {...row})
  }

  async deleteItem(id: number): Promise<void> {
    this.itemDocs.delete(id)
    this.changedItems.delete(id)
    if (this.newItems.delete(id)) return
    await this.rows('DELETE FROM passages WHERE item_id = $1', [id])
    await this.rows('DELETE FROM items WHERE id = $1', [id])
  }

  async insertComment(itemId: number, comment: Comment): Promise<void> {
    await this.rows('INSERT INTO comments (item_id, by, at, text) VALUES ($1, $2, $3, $4)', [itemId, comment.by, comment.at, comment.text])
  }

  async insertAudit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    this.auditEntries.push({...entry})
  }

  async replaceSegmentDocs(meetingId: number, docs: SearchDoc[]): Promise<void> {
    // One statement for all of a meeting's segments: the old ones go, arrays unnested server-side.
    await this.rows(
      `WITH old AS (DELETE FROM passages WHERE meeting_id = $1 AND type = 'segment')
       INSERT INTO passages (meeting_id, type, item_id, text, stems, terms, speaker, language, source_path, start_line, end_line, start_seconds)
       SELECT $1, 'segment', NULL, d.text, d.stems, to_tsvector('minutes_folded', d.stems), d.speaker, d.language, d.source_path,
              d.start_line, d.end_line, d.start_seconds
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::float8[])
            AS d (text, stems, speaker, language, source_path, start_line, end_line, start_seconds)`,
      [
        meetingId,
        docs.map((doc) => doc.text),
        docs.map((doc) => doc.stems),
        docs.map((doc) => doc.speaker),
        docs.map((doc) => doc.language),
        docs.map((doc) => doc.sourcePath),
        docs.map((doc) => doc.startLine),
        docs.map((doc) => doc.endLine),
        docs.map((doc) => doc.startSeconds)
      ]
    )
  }

  async setItemDoc(itemId: number, doc: SearchDoc | null): Promise<void> {
    this.itemDocs.set(itemId, doc === null ? null : {...doc, itemId})
  }
}

/**
 * Run `work` in one transaction holding the archive's write lock: one writer
 * at a time, whichever machine it runs on, as SQLite's write lock gives.
 */
export async function writeTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK])
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

class PostgresEngine extends PostgresReader implements Engine {
  readonly kind = 'postgres' as const

  constructor(
    readonly pool: pg.Pool,
    readonly location: string
  ) {
    super(pool)
  }

  write<T>(work: (tx: EngineWriter) => Promise<T>): Promise<T> {
    return writeTransaction(this.pool, async (client) => {
      const writer = new PostgresWriter(client)
      const result = await work(writer)
      await writer.finish()
      return result
    })
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}

export interface PostgresOptions extends PoolOptions {
  /** Check the schema but never migrate it (default false). */
  readonly?: boolean
}

/** The archive at `url` (postgres:// or postgresql://), migrated to this program's schema. */
export async function openPostgresEngine(url: string, options: PostgresOptions = {}): Promise<Engine & {readonly pool: pg.Pool}> {
  const pool = await openPool(url, options)
  try {
    await migrate(pool, url, {readonly: options.readonly ?? false})
  } catch (error) {
    await pool.end().catch(() => {})
    throw connectionError(error, url)
  }
  return new PostgresEngine(pool, displayUrl(url))
}
