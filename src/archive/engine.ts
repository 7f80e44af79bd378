/**
 * What an engine must do: store and fetch rows, run a write transaction, and
 * answer a full-text query already reduced to stems. Everything that has a
 * rule in it (which meeting a record belongs to, matching re-extracted items
 * to reviewed ones, what a review change may do, the audit trail, parsing a
 * query, stemming, snippets) lives once in `archive.ts` above the engines.
 *
 * An engine is one folder (`sqlite/`, `postgres/`) exporting a function that
 * opens it and returns an {@link Engine}. Rows are plain values; JSON-shaped
 * fields are passed as values and the engine decides how to store them.
 */
import type {MeetingRecord} from '../record.js'
import type {ActionStatus, AuditEntry, Comment, DecisionStatus, ItemFilter, ItemType, MeetingFilter, MeetingRef, SearchQuery} from './types.js'

/** One meeting: what identifies it across revisions, and its latest facts. */
export interface MeetingRow {
  id: number
  /** Base name of the source file, the first way a corrected transcript is recognised. */
  fileName: string
  title: string | null
  group: string | null
  date: string | null
  language: string
  kind: MeetingRecord['kind']
  /** Number of the latest revision (1 for the first). */
  revision: number
  createdAt: string
  updatedAt: string
}

/** One processed version of a meeting's source. */
export interface RevisionRow {
  id: number
  meetingId: number
  number: number
  sha256: string
  sourcePath: string
  /** SHA-256 of the record JSON, so that a new extractor on the same bytes is a new revision. */
  recordHash: string
  record: MeetingRecord
  /** The decoded source, when it was kept. */
  sourceText: string | null
  processedAt: string
}

/** The extracted values of an item, kept to compare with a re-extraction. */
export interface Extracted {
  text: string
  owner: string | null
  due: string | null
  confidence: number
}

/** An item as stored: extraction and review state together. */
export interface ItemRow {
  id: number
  meetingId: number
  type: ItemType
  origin: 'extracted' | 'added'
  /** Reviewed values (extraction until a reviewer changes them). */
  text: string
  owner: string | null
  due: string | null
  status: ActionStatus | DecisionStatus
  reason: string | null
  /** Fields a reviewer changed (`text`, `owner`, `due`, `status`); a re-extraction never overwrites these. */
  edited: string[]
  flags: string[]
  confidence: number | null
  /** Values as last extracted (as the candidate proposed them, for an accepted candidate); null for items added by hand. */
  extracted: Extracted | null
  quote: string
  speaker: string | null
  sourcePath: string
  startLine: number
  endLine: number
  startSeconds: number | null
  /** Order within the meeting (extraction order; added items after). */
  position: number
  version: number
  updatedAt: string
}

export type NewItemRow = Omit<ItemRow, 'id'>

/** One searchable passage: a segment of the latest revision, or an item. */
export interface SearchDoc {
  meetingId: number
  type: ItemType | 'segment'
  /** The item's id; null for segments. */
  itemId: number | null
  /** The original text, from which the snippet is cut. */
  text: string
  /** Folded stems of `text`, space-separated, in the passage's language: what the index matches. */
  stems: string
  speaker: string | null
  language: string
  /** The meeting's group, so that an engine may keep the group filter inside its index. */
  group: string | null
  sourcePath: string
  startLine: number
  endLine: number
  startSeconds: number | null
}

/**
 * A query reduced to stems: every clause must match (AND); a clause matches
 * when any of its alternatives does (OR); an alternative is a sequence of
 * stems that must be adjacent (a phrase; one stem for a word). Stems are
 * lower-case letters and digits only, safe to quote in any engine's syntax.
 */
export type StemQuery = string[][][]

/** Matches counted before a search stops counting and says "at least". */
export const countLimit = 10_000

/** Matches ranked by a search: the most recently stored ones, up to this many (the same in every engine). */
export const rankedWindow = 5000

/** A search as an engine runs it: the typed text made stems, the limit settled. */
export type EngineSearch = Omit<SearchQuery, 'text' | 'limit'> & {
  match: StemQuery
  limit: number
}

/** A hit as the engine found it, best first (bm25 or the engine's rank). */
export interface SearchRow extends SearchDoc {
  /** The passage's own id. */
  id: number
  /** Lower is better (bm25's sign). */
  rank: number
  meeting: MeetingRef
}

/** What a meeting list shows beside each meeting, without loading its record. */
export interface MeetingFacts {
  sourcePath: string
  sha256: string
  processedAt: string
  revisions: number
  /** Items not rejected. */
  actions: number
  openActions: number
  decisions: number
}

/** What can be read, inside or outside a write transaction. */
export interface EngineReader {
  /** The facts of many meetings in one query; optional: without it they are read meeting by meeting. */
  meetingFacts?(ids: number[]): Promise<Map<number, MeetingFacts>>
  meetingById(id: number): Promise<MeetingRow | null>
  meetingsByIds(ids: number[]): Promise<MeetingRow[]>
  /** Meetings whose source file had this base name, or whose group and date are these (both given), newest first. */
  meetingsByIdentity(fileName: string, group: string | null, date: string | null): Promise<MeetingRow[]>
  meetings(filter: MeetingFilter): Promise<MeetingRow[]>
  /** The meeting one of whose revisions has these source bytes. */
  meetingIdBySha256(sha256: string): Promise<number | null>
  latestRevision(meetingId: number): Promise<RevisionRow | null>
  /** Every revision of a meeting, oldest first. */
  revisions(meetingId: number): Promise<RevisionRow[]>
  revisionCount(meetingId: number): Promise<number>
  itemById(id: number): Promise<ItemRow | null>
  items(query: ItemFilter): Promise<ItemRow[]>
  comments(itemIds: number[]): Promise<Map<number, Comment[]>>
  audit(itemId: number): Promise<AuditEntry[]>
  /** `total` counts matches up to `countLimit`; past it, `total` is `countLimit` and `capped` is true. */
  search(query: EngineSearch): Promise<{total: number; rows: SearchRow[]; capped?: boolean}>
}

/** What a write transaction adds. */
export interface EngineWriter extends EngineReader {
  insertMeeting(row: Omit<MeetingRow, 'id'>): Promise<number>
  updateMeeting(id: number, row: Omit<MeetingRow, 'id' | 'createdAt'>): Promise<void>
  /** `recordJson`, when given, is `record` already serialised (a large record is then not serialised twice). */
  insertRevision(row: Omit<RevisionRow, 'id'> & {recordJson?: string}): Promise<number>
  insertItem(row: NewItemRow): Promise<number>
  updateItem(row: ItemRow): Promise<void>
  deleteItem(id: number): Promise<void>
  insertComment(itemId: number, comment: Comment): Promise<void>
  insertAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>
  /** Replace every segment passage of a meeting. */
  replaceSegmentDocs(meetingId: number, docs: SearchDoc[]): Promise<void>
  /** Insert or replace the passage of one item; null removes it (a rejected item is never found). */
  setItemDoc(itemId: number, doc: SearchDoc | null): Promise<void>
}

export interface Engine extends EngineReader {
  readonly kind: 'sqlite' | 'postgres'
  /** Where it is, for messages ("No action item 12 in <location>"). */
  readonly location: string
  /** Run `work` in one transaction that takes the write lock first; transactions never interleave. */
  write<T>(work: (tx: EngineWriter) => Promise<T>): Promise<T>
  close(): Promise<void>
}
