/**
 * The archive's one interface: what the commands, the drop-folder service and
 * the review page may ask of stored meetings, whichever engine keeps them
 * (SQLite by default, PostgreSQL for a shared archive). Engines implement it;
 * nothing above this file knows which engine it talks to.
 */
import type {Candidate, Evidence, MeetingRecord} from '../record.js'

/** Where an item's words are in the original file. */
export interface SourceRef {
  path: string
  startLine: number
  endLine: number
  /** Seconds from the start of the call, for timed sources. */
  startSeconds?: number
}

/** Enough of a meeting to name it beside an item or a hit. */
export interface MeetingRef {
  id: number
  title: string | null
  group: string | null
  date: string | null
  language: string
}

/** A meeting as listed: its latest revision and the state of its items. */
export interface MeetingSummary extends MeetingRef {
  kind: MeetingRecord['kind']
  sourcePath: string
  sha256: string
  revision: number
  revisions: number
  processedAt: string
  openActions: number
  actions: number
  decisions: number
}

/** A meeting with its latest record and its reviewed items. */
export interface MeetingDetail extends MeetingSummary {
  /** The record of the latest revision as extracted, before review. */
  record: MeetingRecord
  items: Item[]
  /** The latest revision's candidates that no reviewer has accepted yet. */
  candidates: OpenCandidate[]
}

/** A candidate of a meeting's latest revision, still waiting for a reviewer. */
export interface OpenCandidate {
  meeting: MeetingRef
  /** As the record has it: id (`C1`…), kind, text, owner and due for actions, confidence, evidence. */
  candidate: Candidate
  /** The revision whose record gave the candidate its id. */
  revision: number
  source: SourceRef
}

export interface CandidateFilter {
  meetingId?: number
  type?: ItemType
}

export type ItemType = 'action' | 'decision'
export type ActionStatus = 'open' | 'done' | 'rejected'
export type DecisionStatus = 'extracted' | 'confirmed' | 'rejected'

export interface Comment {
  by: string
  at: string
  text: string
}

/** An action item or a decision as the archive keeps it: extraction and review together. */
export interface Item {
  id: number
  type: ItemType
  meeting: MeetingRef
  /** The task of an action item, the text of a decision, as reviewed. */
  text: string
  /** Action items only; null when never said. */
  owner: string | null
  due: string | null
  status: ActionStatus | DecisionStatus
  /** Why it was rejected, when it was. */
  reason: string | null
  /** `extracted` by the pipeline, or `added` by a reviewer. */
  origin: 'extracted' | 'added'
  /**
   * `not-re-extracted`: reviewed, but the latest revision no longer finds it;
   * `accepted-candidate`: a candidate a reviewer accepted (its origin is `added`).
   */
  flags: string[]
  confidence: number | null
  evidence: Evidence & {startSeconds?: number}
  source: SourceRef
  comments: Comment[]
  /** Raised by every change; a change naming an older version is refused as a conflict. */
  version: number
}

/** Filters on item lists, joined with meetings; engines apply them as they are. */
export interface ItemFilter {
  type?: ItemType
  /** Case-insensitive equality on the reviewed owner. */
  owner?: string
  status?: string
  /** Case-insensitive equality on the meeting's group. */
  group?: string
  meetingId?: number
  /** ISO date: items due strictly before this day. */
  dueBefore?: string
  /** ISO dates on the meeting date, inclusive. */
  from?: string
  to?: string
  limit?: number
}

export interface MeetingFilter {
  group?: string
  from?: string
  to?: string
  limit?: number
}

export interface SearchQuery {
  /** What the person typed: quotes make a phrase; every other character is a plain word. */
  text: string
  type?: ItemType | 'segment'
  group?: string
  from?: string
  to?: string
  /** Items only: the reviewed owner, case-insensitive. */
  owner?: string
  /** Items only: the reviewed status. */
  status?: string
  language?: string
  limit?: number
}

export interface SearchHit {
  type: ItemType | 'segment'
  id: number
  text: string
  /** The text with the matched words between `«` and `»`, shortened around them. */
  snippet: string
  speaker: string | null
  meeting: MeetingRef
  source: SourceRef
}

export interface SearchResult {
  /** How many passages match; when `capped`, at least this many (counting stops there). */
  total: number
  hits: SearchHit[]
  /** Set when more passages match than were counted. */
  capped?: boolean
}

/** Who made a change; the operating-system user when not said. */
export interface Actor {
  by: string
}

/** Every change a reviewer can make, CLI and review page alike. */
export type ReviewChange = Actor & {
  /** The version the reviewer saw; a newer stored version makes this a conflict. */
  expectedVersion?: number
} & (
    | {item: number; op: 'done' | 'reopen' | 'confirm'}
    | {item: number; op: 'reject'; reason?: string}
    | {item: number; op: 'edit'; field: 'text' | 'owner' | 'due'; value: string | null}
    | {item: number; op: 'comment'; text: string}
    | {
        op: 'add'
        meetingId: number
        type: ItemType
        text: string
        owner?: string | null
        due?: string | null
        /** Source lines the quote is cut from, so the evidence stays verbatim. */
        lines?: {start: number; end: number}
      }
    | {
        /** Take a candidate of the meeting's latest revision as an item, with its own evidence and confidence. */
        op: 'accept'
        meetingId: number
        /** The candidate's id in the latest record, such as `C3`. */
        candidate: string
        /** When given, the candidate must be of this kind. */
        type?: ItemType
        /**
         * The revision whose candidates the reviewer saw. Candidate ids are
         * numbered per revision: when the meeting was processed again since,
         * the id may stand for another candidate, and the change is refused.
         */
        revision?: number
      }
  )

export interface AuditEntry {
  id: number
  item: number
  field: string
  old: string | null
  new: string | null
  by: string
  at: string
}

export interface IngestOptions {
  /** The decoded text of the source, kept so added items can quote its lines. */
  text?: string
}

export interface IngestResult {
  meeting: MeetingRef
  revision: number
  /** `new` meeting, new `revision` of a known one, or `unchanged` (same sha256 already stored). */
  outcome: 'new' | 'revision' | 'unchanged'
  /** Reviewed items kept but no longer extracted. */
  notReExtracted: number
}

export interface Archive {
  readonly engine: 'sqlite' | 'postgres'
  /** Store a processed record; a corrected transcript of a known meeting becomes a new revision, review work carried over. */
  ingest(record: MeetingRecord, options?: IngestOptions): Promise<IngestResult>
  meetings(filter?: MeetingFilter): Promise<MeetingSummary[]>
  meeting(id: number): Promise<MeetingDetail | null>
  items(filter?: ItemFilter): Promise<Item[]>
  item(id: number): Promise<Item | null>
  search(query: SearchQuery): Promise<SearchResult>
  /** Candidates of the meetings' latest revisions that no reviewer has accepted, newest meetings first. */
  candidates(filter?: CandidateFilter): Promise<OpenCandidate[]>
  /** The one path through which every review change goes. Returns the item as changed. */
  review(change: ReviewChange): Promise<Item>
  history(itemId: number): Promise<AuditEntry[]>
  /** The latest record with review applied: rejected items gone, edits in, done marked, added items in. */
  reviewedRecord(meetingId: number): Promise<MeetingRecord>
  /** The decoded source text of the meeting's latest revision, when it was kept. */
  sourceText(meetingId: number): Promise<string | null>
  close(): Promise<void>
}

export type ArchiveErrorCode =
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'not-an-archive'
  | 'newer-schema'
  | 'unreachable'
  | 'access-denied'

/** A problem a person can act on; `code` says which. Commands print `message` and exit 1 (2 for opening failures). */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode
  /** For `conflict`: the item as it now stands. */
  readonly current?: Item

  constructor(code: ArchiveErrorCode, message: string, current?: Item) {
    super(message)
    this.name = 'ArchiveError'
    this.code = code
    if (current) this.current = current
  }
}
