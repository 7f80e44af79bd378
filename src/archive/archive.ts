/**
 * The archive's rules, once for every engine: which meeting a record belongs
 * to, carrying review work over to re-extracted items, what each review
 * change may do and what it writes to the audit trail, reading a query and
 * cutting a snippet. Engines (`sqlite/`, `postgres/`) only store and fetch.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import type {ActionItem, Candidate, Decision, MeetingRecord} from '../record.js'
import type {Engine, EngineWriter, Extracted, ItemRow, MeetingFacts, MeetingRow, NewItemRow, SearchDoc} from './engine.js'
import {matchItems} from './match.js'
import {parseQuery, toStemQuery} from './query.js'
import {stemText, stemWord, words} from './stem.js'
import {
  type ActionStatus,
  type Archive,
  ArchiveError,
  type AuditEntry,
  type CandidateFilter,
  type Comment,
  type DecisionStatus,
  type IngestOptions,
  type IngestResult,
  type Item,
  type ItemFilter,
  type ItemType,
  type MeetingDetail,
  type MeetingFilter,
  type MeetingRef,
  type MeetingSummary,
  type OpenCandidate,
  type ReviewChange,
  type SearchHit,
  type SearchQuery,
  type SearchResult
} from './types.js'

/** The flag of an item with review work that the latest revision no longer extracts. */
export const notReExtracted = 'not-re-extracted'

/** The flag of an item a reviewer accepted from the candidates (its origin is `added`). */
export const acceptedCandidate = 'accepted-candidate'

/**
 * Which of the record's candidates an accepted item already stands for,
 * paired by words and place as a re-extraction is, so that a candidate
 * accepted once is not offered again, even after the transcript is processed
 * again and its lines move. Returns the accepted item of each candidate, by
 * the candidate's index.
 */
export function acceptedCandidates(record: MeetingRecord, items: readonly ItemRow[]): Map<number, ItemRow> {
  const candidates = record.candidates ?? []
  const accepted = items.filter((item) => item.flags.includes(acceptedCandidate))
  const taken = new Map<number, ItemRow>()
  if (candidates.length === 0 || accepted.length === 0) return taken
  const partners = matchItems(
    accepted.map((item) => ({type: item.type, text: item.extracted?.text ?? item.text, quote: item.quote, startLine: item.startLine, endLine: item.endLine})),
    candidates.map((candidate) => ({
      type: candidate.kind,
      text: candidate.text,
      quote: candidate.evidence.quote,
      startLine: candidate.evidence.startLine,
      endLine: candidate.evidence.endLine
    }))
  )
  partners.forEach((partner, index) => {
    if (partner !== -1) taken.set(partner, accepted[index]!)
  })
  return taken
}

/** The record's candidates that no accepted item stands for. */
export function openCandidates(record: MeetingRecord, items: readonly ItemRow[]): Candidate[] {
  const taken = acceptedCandidates(record, items)
  return (record.candidates ?? []).filter((_, index) => !taken.has(index))
}

/** Who the audit trail names for changes the pipeline makes. */
const pipelineActor = 'minutes'

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** `value` if it is a real calendar day as YYYY-MM-DD; otherwise an `invalid` error naming `what`. */
export function checkDate(value: string, what: string): string {
  const match = isoDatePattern.exec(value.trim())
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value.trim()
  }
  throw new ArchiveError('invalid', `${what} \`${value}\` is not a date; write it as YYYY-MM-DD, such as 2026-03-31`)
}

const now = (): string => new Date().toISOString()

/** Two values that are both known and differ (letter case aside). */
const differ = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.trim().toLowerCase() !== b.trim().toLowerCase()

/**
 * Whether a stored meeting found by file name, or by group and date, is the
 * meeting of `record`: a file name is only the same meeting when neither the
 * date nor the group says otherwise (many calls are saved as `transcript.txt`);
 * the same group and date are only the same meeting when the titles agree
 * (two sessions on one day are two meetings).
 */
export function sameMeeting(row: MeetingRow, fileName: string, record: MeetingRecord): boolean {
  if (row.fileName === fileName) return !differ(row.date, record.meeting.date) && !differ(row.group, record.meeting.group)
  return !differ(row.title, record.meeting.title)
}

function meetingRef(row: MeetingRow): MeetingRef {
  return {id: row.id, title: row.title, group: row.group, date: row.date, language: row.language}
}

function openCandidate(meeting: MeetingRef, revision: {number: number; sourcePath: string}, candidate: Candidate): OpenCandidate {
  const {startLine, endLine, startSeconds} = candidate.evidence
  return {meeting, candidate, revision: revision.number, source: {path: revision.sourcePath, startLine, endLine, ...(startSeconds === undefined ? {} : {startSeconds})}}
}

/** Statuses an extracted action item starts with, from the record's. */
function actionStatusOf(item: ActionItem): ActionStatus {
  return item.status === 'done' ? 'done' : item.status === 'rejected' ? 'rejected' : 'open'
}

interface Fresh {
  type: ItemType
  text: string
  owner: string | null
  due: string | null
  status: ActionStatus | DecisionStatus
  confidence: number
  quote: string
  speaker: string | null
  startLine: number
  endLine: number
  position: number
}

function freshItems(record: MeetingRecord): Fresh[] {
  const actions = record.actionItems.map(
    (item, position): Fresh => ({
      type: 'action',
      text: item.task,
      owner: item.owner,
      due: item.due,
      status: actionStatusOf(item),
      confidence: item.confidence,
      quote: item.evidence.quote,
      speaker: item.evidence.speaker,
      startLine: item.evidence.startLine,
      endLine: item.evidence.endLine,
      position
    })
  )
  const decisions = record.decisions.map(
    (item, position): Fresh => ({
      type: 'decision',
      text: item.text,
      owner: null,
      due: null,
      status: 'extracted',
      confidence: item.confidence,
      quote: item.evidence.quote,
      speaker: item.evidence.speaker,
      startLine: item.evidence.startLine,
      endLine: item.evidence.endLine,
      position
    })
  )
  return [...actions, ...decisions]
}

/** The words of `text` whose index term is one of `terms`, between « and », shortened around the first. */
export function snippet(text: string, terms: ReadonlySet<string>, language: string, width = 180): string {
  const marks = words(text).filter((entry) => terms.has(stemWord(entry.word, language)) || terms.has(stemWord(entry.word, '')))
  let start = 0
  let end = text.length
  if (text.length > width) {
    const first = marks[0]?.start ?? 0
    start = Math.max(0, first - Math.floor(width / 3))
    // Start and end on word boundaries.
    if (start > 0) {
      const space = text.lastIndexOf(' ', start)
      start = space === -1 ? 0 : space + 1
    }
    end = Math.min(text.length, start + width)
    if (end < text.length) {
      const space = text.indexOf(' ', end)
      end = space === -1 ? text.length : space
    }
  }
  let out = ''
  let at = start
  for (const mark of marks) {
    if (mark.start < start || mark.end > end) continue
    out += `${text.slice(at, mark.start)}«${text.slice(mark.start, mark.end)}»`
    at = mark.end
  }
  out += text.slice(at, end)
  const collapsed = out.replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${collapsed}${end < text.length ? '…' : ''}`
}

/** The source lines `start`..`end` of `text`, whitespace runs collapsed, as evidence quotes are. */
export function cutLines(text: string, start: number, end: number): string {
  return text
    .split(/\r\n|\r|\n/)
    .slice(start - 1, end)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function lineCount(text: string): number {
  const lines = text.split(/\r\n|\r|\n/)
  return lines.at(-1) === '' ? lines.length - 1 : lines.length
}

/** The search passages of a revision's segments. */
export function segmentDocs(meetingId: number, record: MeetingRecord): SearchDoc[] {
  return record.segments.map((segment) => ({
    meetingId,
    type: 'segment',
    itemId: null,
    text: segment.text,
    stems: stemText(segment.text, segment.language),
    speaker: segment.speaker,
    language: segment.language,
    group: record.meeting.group,
    sourcePath: record.source.path,
    startLine: segment.startLine,
    endLine: segment.endLine,
    startSeconds: null
  }))
}

/** The search passage of an item: its text and owner, in the meeting's language; none for a rejected item. */
export function itemDoc(item: ItemRow, meeting: Pick<MeetingRow, 'id' | 'language' | 'group'>): SearchDoc | null {
  if (item.status === 'rejected') return null
  const searchable = [item.text, item.owner].filter(Boolean).join(' ')
  return {
    meetingId: meeting.id,
    type: item.type,
    itemId: item.id,
    text: item.text,
    stems: stemText(searchable, meeting.language),
    speaker: item.speaker,
    language: meeting.language,
    group: meeting.group,
    sourcePath: item.sourcePath,
    startLine: item.startLine,
    endLine: item.endLine,
    startSeconds: item.startSeconds
  }
}

export class ArchiveImpl implements Archive {
  readonly engine: 'sqlite' | 'postgres'
  private readonly store: Engine

  constructor(store: Engine) {
    this.store = store
    this.engine = store.kind
  }

  /** Where the archive is, for messages. */
  get location(): string {
    return this.store.location
  }

  async ingest(record: MeetingRecord, options: IngestOptions = {}): Promise<IngestResult> {
    const recordJson = JSON.stringify(record)
    const recordHash = createHash('sha256').update(recordJson).digest('hex')
    const fileName = path.basename(record.source.path)
    const at = now()
    return this.store.write(async (tx) => {
      let meeting: MeetingRow | null = null
      const bySha = await tx.meetingIdBySha256(record.source.sha256)
      if (bySha !== null) meeting = await tx.meetingById(bySha)
      if (!meeting) {
        const known = (await tx.meetingsByIdentity(fileName, record.meeting.group, record.meeting.date)).filter((row) => sameMeeting(row, fileName, record))
        meeting = known.find((row) => row.fileName === fileName) ?? known[0] ?? null
      }
      const facts = {
        fileName,
        title: record.meeting.title,
        group: record.meeting.group,
        date: record.meeting.date,
        language: record.language,
        kind: record.kind
      }
      let outcome: IngestResult['outcome']
      let revision: number
      if (meeting) {
        const latest = await tx.latestRevision(meeting.id)
        if (latest && latest.sha256 === record.source.sha256 && latest.recordHash === recordHash) {
          return {meeting: meetingRef(meeting), revision: latest.number, outcome: 'unchanged', notReExtracted: 0}
        }
        revision = (latest?.number ?? 0) + 1
        outcome = 'revision'
        await tx.updateMeeting(meeting.id, {...facts, revision, updatedAt: at})
        meeting = {...meeting, ...facts, revision, updatedAt: at}
      } else {
        revision = 1
        outcome = 'new'
        const id = await tx.insertMeeting({...facts, revision, createdAt: at, updatedAt: at})
        meeting = {id, ...facts, revision, createdAt: at, updatedAt: at}
      }
      await tx.insertRevision({
        meetingId: meeting.id,
        number: revision,
        sha256: record.source.sha256,
        sourcePath: record.source.path,
        recordHash,
        record,
        recordJson,
        sourceText: options.text ?? null,
        processedAt: at
      })
      const notReExtractedCount = await this.carryOver(tx, meeting, record, at)
      await tx.replaceSegmentDocs(meeting.id, segmentDocs(meeting.id, record))
      return {meeting: meetingRef(meeting), revision, outcome, notReExtracted: notReExtractedCount}
    })
  }

  /** Match stored extracted items to the fresh extraction; keep review work; returns how many reviewed items were not re-extracted. */
  private async carryOver(tx: EngineWriter, meeting: MeetingRow, record: MeetingRecord, at: string): Promise<number> {
    const fresh = freshItems(record)
    const stored = (await tx.items({meetingId: meeting.id})).filter((item) => item.origin === 'extracted')
    const partners = matchItems(
      stored.map((item) => ({
        type: item.type,
        text: item.extracted?.text ?? item.text,
        quote: item.quote,
        startLine: item.startLine,
        endLine: item.endLine
      })),
      fresh
    )
    const comments = await tx.comments(stored.map((item) => item.id))
    const used = new Set<number>()
    let flagged = 0
    for (const [index, item] of stored.entries()) {
      const partner = partners[index]!
      if (partner === -1) {
        const reviewed = item.edited.length > 0 || (comments.get(item.id)?.length ?? 0) > 0
        if (!reviewed) {
          await tx.deleteItem(item.id)
          continue
        }
        flagged++
        if (!item.flags.includes(notReExtracted)) {
          const flags = [...item.flags, notReExtracted]
          await tx.updateItem({...item, flags, version: item.version + 1, updatedAt: at})
          await tx.insertAudit({item: item.id, field: 'flags', old: item.flags.join(',') || null, new: flags.join(','), by: pipelineActor, at})
        }
        continue
      }
      used.add(partner)
      const next = fresh[partner]!
      const extracted: Extracted = {text: next.text, owner: next.owner, due: next.due, confidence: next.confidence}
      const updated: ItemRow = {
        ...item,
        text: item.edited.includes('text') ? item.text : next.text,
        owner: item.edited.includes('owner') ? item.owner : next.owner,
        due: item.edited.includes('due') ? item.due : next.due,
        status: item.edited.includes('status') ? item.status : next.status,
        flags: item.flags.filter((flag) => flag !== notReExtracted),
        confidence: next.confidence,
        extracted,
        quote: next.quote,
        speaker: next.speaker,
        sourcePath: record.source.path,
        startLine: next.startLine,
        endLine: next.endLine,
        position: next.position
      }
      const visible = (row: ItemRow): string =>
        JSON.stringify([row.text, row.owner, row.due, row.status, row.flags, row.quote, row.startLine, row.endLine, row.confidence, row.position])
      if (visible(updated) !== visible(item)) {
        updated.version = item.version + 1
        updated.updatedAt = at
      }
      await tx.updateItem(updated)
      if (item.flags.includes(notReExtracted)) {
        await tx.insertAudit({item: item.id, field: 'flags', old: item.flags.join(','), new: updated.flags.join(',') || null, by: pipelineActor, at})
      }
    }
    // A fresh item that a reviewer already accepted as a candidate is that item: not stored twice.
    const accepted = (await tx.items({meetingId: meeting.id})).filter((item) => item.flags.includes(acceptedCandidate))
    const left = fresh.filter((_, index) => !used.has(index))
    const acceptedPartners = matchItems(
      accepted.map((item) => ({type: item.type, text: item.extracted?.text ?? item.text, quote: item.quote, startLine: item.startLine, endLine: item.endLine})),
      left
    )
    for (const partner of acceptedPartners) if (partner !== -1) used.add(fresh.indexOf(left[partner]!))
    for (const [index, next] of fresh.entries()) {
      if (used.has(index)) continue
      const row: NewItemRow = {
        meetingId: meeting.id,
        type: next.type,
        origin: 'extracted',
        text: next.text,
        owner: next.owner,
        due: next.due,
        status: next.status,
        reason: null,
        edited: [],
        flags: [],
        confidence: next.confidence,
        extracted: {text: next.text, owner: next.owner, due: next.due, confidence: next.confidence},
        quote: next.quote,
        speaker: next.speaker,
        sourcePath: record.source.path,
        startLine: next.startLine,
        endLine: next.endLine,
        startSeconds: null,
        position: next.position,
        version: 1,
        updatedAt: at
      }
      await tx.insertItem(row)
    }
    // Every item of the meeting indexed again: the meeting's group or language may have changed with it.
    for (const item of await tx.items({meetingId: meeting.id})) await tx.setItemDoc(item.id, this.itemDoc(item, meeting))
    return flagged
  }

  /** What search finds of an item; nothing for a rejected one. */
  private itemDoc(item: ItemRow, meeting: MeetingRow): SearchDoc | null {
    return itemDoc(item, meeting)
  }

  private async summarise(rows: MeetingRow[]): Promise<MeetingSummary[]> {
    const facts = this.store.meetingFacts ? await this.store.meetingFacts(rows.map((row) => row.id)) : new Map<number, MeetingFacts>()
    const summaries: MeetingSummary[] = []
    for (const row of rows) {
      let known = facts.get(row.id)
      if (!known) {
        const latest = await this.store.latestRevision(row.id)
        const live = (await this.store.items({meetingId: row.id})).filter((item) => item.status !== 'rejected')
        known = {
          sourcePath: latest?.sourcePath ?? row.fileName,
          sha256: latest?.sha256 ?? '',
          processedAt: latest?.processedAt ?? row.updatedAt,
          revisions: await this.store.revisionCount(row.id),
          actions: live.filter((item) => item.type === 'action').length,
          openActions: live.filter((item) => item.type === 'action' && item.status === 'open').length,
          decisions: live.filter((item) => item.type === 'decision').length
        }
      }
      summaries.push({...meetingRef(row), kind: row.kind, revision: row.revision, ...known})
    }
    return summaries
  }

  async meetings(filter: MeetingFilter = {}): Promise<MeetingSummary[]> {
    const checked = {...filter}
    if (checked.from !== undefined) checked.from = checkDate(checked.from, '--from')
    if (checked.to !== undefined) checked.to = checkDate(checked.to, '--to')
    return this.summarise(await this.store.meetings(checked))
  }

  async meeting(id: number): Promise<MeetingDetail | null> {
    const row = await this.store.meetingById(id)
    if (!row) return null
    const [summary] = await this.summarise([row])
    const latest = (await this.store.latestRevision(id))!
    const rows = await this.store.items({meetingId: id})
    const ref = meetingRef(row)
    const candidates = openCandidates(latest.record, rows).map((candidate) => openCandidate(ref, latest, candidate))
    return {...summary!, record: latest.record, items: await this.toItems(rows), candidates}
  }

  async candidates(filter: CandidateFilter = {}): Promise<OpenCandidate[]> {
    let rows: MeetingRow[]
    if (filter.meetingId !== undefined) {
      const row = await this.store.meetingById(filter.meetingId)
      if (!row) throw new ArchiveError('not-found', `No meeting ${filter.meetingId} in ${this.store.location}`)
      rows = [row]
    } else rows = await this.store.meetings({})
    const found: OpenCandidate[] = []
    for (const row of rows) {
      const latest = await this.store.latestRevision(row.id)
      if (!latest || (latest.record.candidates ?? []).length === 0) continue
      const ref = meetingRef(row)
      for (const candidate of openCandidates(latest.record, await this.store.items({meetingId: row.id}))) {
        if (filter.type === undefined || candidate.kind === filter.type) found.push(openCandidate(ref, latest, candidate))
      }
    }
    return found
  }

  private async toItems(rows: ItemRow[]): Promise<Item[]> {
    const meetings = new Map((await this.store.meetingsByIds([...new Set(rows.map((row) => row.meetingId))])).map((row) => [row.id, meetingRef(row)]))
    const comments = await this.store.comments(rows.map((row) => row.id))
    return rows.map((row) => {
      const evidence: Item['evidence'] = {quote: row.quote, startLine: row.startLine, endLine: row.endLine, speaker: row.speaker}
      const source: Item['source'] = {path: row.sourcePath, startLine: row.startLine, endLine: row.endLine}
      if (row.startSeconds !== null) evidence.startSeconds = source.startSeconds = row.startSeconds
      return {
        id: row.id,
        type: row.type,
        meeting: meetings.get(row.meetingId)!,
        text: row.text,
        owner: row.owner,
        due: row.due,
        status: row.status,
        reason: row.reason,
        origin: row.origin,
        flags: row.flags,
        confidence: row.confidence,
        evidence,
        source,
        comments: comments.get(row.id) ?? [],
        version: row.version
      }
    })
  }

  async items(filter: ItemFilter = {}): Promise<Item[]> {
    const query = {...filter}
    if (query.dueBefore !== undefined) query.dueBefore = checkDate(query.dueBefore, '--due-before')
    if (query.from !== undefined) query.from = checkDate(query.from, '--from')
    if (query.to !== undefined) query.to = checkDate(query.to, '--to')
    return this.toItems(await this.store.items(query))
  }

  async item(id: number): Promise<Item | null> {
    const row = await this.store.itemById(id)
    return row ? (await this.toItems([row]))[0]! : null
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed = parseQuery(query.text)
    if (parsed.clauses.length === 0) throw new ArchiveError('invalid', `Nothing to search for: the query \`${query.text}\` has no words`)
    const limit = query.limit ?? 20
    if (!Number.isInteger(limit) || limit < 1) throw new ArchiveError('invalid', `--limit \`${limit}\` must be a whole number above 0`)
    const match = toStemQuery(parsed)
    const search: Parameters<Engine['search']>[0] = {match, limit: Math.min(limit, 1000)}
    if (query.type !== undefined) search.type = query.type
    if (query.group !== undefined) search.group = query.group
    if (query.from !== undefined) search.from = checkDate(query.from, '--from')
    if (query.to !== undefined) search.to = checkDate(query.to, '--to')
    if (query.owner !== undefined) search.owner = query.owner
    if (query.status !== undefined) search.status = query.status
    if (query.language !== undefined) search.language = query.language.toLowerCase()
    const {total, rows, capped} = await this.store.search(search)
    const terms = new Set(match.flat(2))
    const hits = rows.map(
      (row): SearchHit => ({
        type: row.type,
        id: row.itemId ?? row.id,
        text: row.text,
        snippet: snippet(row.text, terms, row.language),
        speaker: row.speaker,
        meeting: row.meeting,
        source: {path: row.sourcePath, startLine: row.startLine, endLine: row.endLine, ...(row.startSeconds === null ? {} : {startSeconds: row.startSeconds})}
      })
    )
    return capped ? {total, hits, capped} : {total, hits}
  }

  async review(change: ReviewChange): Promise<Item> {
    const by = change.by.trim()
    if (!by) throw new ArchiveError('invalid', 'Say who makes the change (--by NAME)')
    const id = await this.store.write(async (tx) =>
      change.op === 'add' ? this.add(tx, change, by) : change.op === 'accept' ? this.accept(tx, change, by) : this.change(tx, change, by)
    )
    return (await this.item(id))!
  }

  /** A candidate of the latest revision made an item: its words, owner, due date, evidence and confidence, flagged as accepted. */
  private async accept(tx: EngineWriter, change: Extract<ReviewChange, {op: 'accept'}>, by: string): Promise<number> {
    const meeting = await tx.meetingById(change.meetingId)
    if (!meeting) throw new ArchiveError('not-found', `No meeting ${change.meetingId} in ${this.store.location}`)
    const id = change.candidate.trim().toUpperCase()
    if (!/^C[0-9]{1,9}$/.test(id)) {
      throw new ArchiveError('invalid', `\`${change.candidate.slice(0, 40)}\` is not a candidate id; candidate ids are C1, C2…, as \`minutes candidates\` lists them`)
    }
    const latest = (await tx.latestRevision(meeting.id))!
    if (change.revision !== undefined && change.revision !== latest.number) {
      throw new ArchiveError(
        'conflict',
        `Meeting ${meeting.id} is at revision ${latest.number}, not ${change.revision}: its candidate ids may stand for other candidates now. List them again with \`minutes candidates --meeting ${meeting.id}\`.`
      )
    }
    const candidates = latest.record.candidates ?? []
    const index = candidates.findIndex((candidate) => candidate.id === id)
    if (index === -1) throw new ArchiveError('not-found', `No candidate ${id} in meeting ${meeting.id} (revision ${latest.number} has ${candidates.length === 0 ? 'none' : `C1-C${candidates.length}`})`)
    const candidate = candidates[index]!
    const kind = (type: ItemType): string => (type === 'action' ? 'an action item' : 'a decision')
    if (change.type !== undefined && change.type !== candidate.kind) {
      throw new ArchiveError('invalid', `Candidate ${id} of meeting ${meeting.id} is ${kind(candidate.kind)}, not ${kind(change.type)}`)
    }
    const existing = await tx.items({meetingId: meeting.id})
    const already = acceptedCandidates(latest.record, existing).get(index)
    if (already) {
      const [current] = await this.toItems([already])
      throw new ArchiveError('conflict', `Candidate ${id} of meeting ${meeting.id} was already accepted as item ${already.id}`, current)
    }
    const action = candidate.kind === 'action'
    const owner = action ? (candidate.owner ?? null) : null
    const due = action ? (candidate.due ?? null) : null
    const at = now()
    const row: NewItemRow = {
      meetingId: meeting.id,
      type: candidate.kind,
      origin: 'added',
      text: candidate.text,
      owner,
      due,
      status: action ? 'open' : 'confirmed',
      reason: null,
      edited: [],
      flags: [acceptedCandidate],
      confidence: candidate.confidence,
      // What the extraction proposed, so the item can be told from the candidate again after re-processing.
      extracted: {text: candidate.text, owner, due, confidence: candidate.confidence},
      quote: candidate.evidence.quote,
      speaker: candidate.evidence.speaker,
      sourcePath: latest.sourcePath,
      startLine: candidate.evidence.startLine,
      endLine: candidate.evidence.endLine,
      startSeconds: candidate.evidence.startSeconds ?? null,
      position: existing.reduce((highest, item) => Math.max(highest, item.position), -1) + 1000,
      version: 1,
      updatedAt: at
    }
    const itemId = await tx.insertItem(row)
    await tx.insertAudit({item: itemId, field: 'created', old: null, new: row.text, by, at})
    await tx.insertAudit({item: itemId, field: 'accepted', old: null, new: `${id} (revision ${latest.number}, confidence ${candidate.confidence})`, by, at})
    if (row.owner) await tx.insertAudit({item: itemId, field: 'owner', old: null, new: row.owner, by, at})
    if (row.due) await tx.insertAudit({item: itemId, field: 'due', old: null, new: row.due, by, at})
    await tx.setItemDoc(itemId, this.itemDoc({...row, id: itemId}, meeting))
    return itemId
  }

  private async add(tx: EngineWriter, change: Extract<ReviewChange, {op: 'add'}>, by: string): Promise<number> {
    const meeting = await tx.meetingById(change.meetingId)
    if (!meeting) throw new ArchiveError('not-found', `No meeting ${change.meetingId} in ${this.store.location}`)
    const text = change.text.trim()
    if (!text) throw new ArchiveError('invalid', `The ${change.type === 'action' ? 'task' : 'decision text'} is empty`)
    if (change.type === 'decision' && ((change.owner ?? null) !== null || (change.due ?? null) !== null)) {
      throw new ArchiveError('invalid', 'A decision has no owner or due date')
    }
    const due = change.due ? checkDate(change.due, '--due') : null
    const latest = (await tx.latestRevision(meeting.id))!
    let quote = ''
    let startLine = 0
    let endLine = 0
    let speaker: string | null = null
    if (change.lines) {
      const {start, end} = change.lines
      if (latest.sourceText === null) {
        throw new ArchiveError('invalid', `The source text of meeting ${meeting.id} was not kept, so no lines can be quoted; process ${latest.sourcePath} again, or add the item without --lines`)
      }
      const lines = lineCount(latest.sourceText)
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start || end > lines) {
        throw new ArchiveError('invalid', `Lines ${start}-${end} are not within meeting ${meeting.id}'s source (lines 1-${lines})`)
      }
      quote = cutLines(latest.sourceText, start, end)
      if (!quote) throw new ArchiveError('invalid', `Lines ${start}-${end} of meeting ${meeting.id}'s source are blank; give the lines the item was said on`)
      startLine = start
      endLine = end
      speaker = latest.record.segments.find((segment) => segment.startLine <= start && start <= segment.endLine)?.speaker ?? null
    }
    const existing = await tx.items({meetingId: meeting.id})
    const at = now()
    const row: NewItemRow = {
      meetingId: meeting.id,
      type: change.type,
      origin: 'added',
      text,
      owner: change.owner?.trim() || null,
      due,
      status: change.type === 'action' ? 'open' : 'confirmed',
      reason: null,
      edited: [],
      flags: [],
      confidence: null,
      extracted: null,
      quote,
      speaker,
      sourcePath: latest.sourcePath,
      startLine,
      endLine,
      startSeconds: null,
      position: existing.reduce((highest, item) => Math.max(highest, item.position), -1) + 1000,
      version: 1,
      updatedAt: at
    }
    const id = await tx.insertItem(row)
    await tx.insertAudit({item: id, field: 'created', old: null, new: text, by, at})
    if (row.owner) await tx.insertAudit({item: id, field: 'owner', old: null, new: row.owner, by, at})
    if (row.due) await tx.insertAudit({item: id, field: 'due', old: null, new: row.due, by, at})
    await tx.setItemDoc(id, this.itemDoc({...row, id}, meeting))
    return id
  }

  private async change(tx: EngineWriter, change: Exclude<ReviewChange, {op: 'add' | 'accept'}>, by: string): Promise<number> {
    const item = await tx.itemById(change.item)
    if (!item) throw new ArchiveError('not-found', `No item ${change.item} in ${this.store.location}`)
    if (change.expectedVersion !== undefined && change.expectedVersion !== item.version) {
      const [current] = await this.toItems([item])
      throw new ArchiveError('conflict', `Item ${item.id} was changed by someone else since version ${change.expectedVersion} (now version ${item.version}); look again and redo the change`, current)
    }
    const kind = item.type === 'action' ? 'Action item' : 'Decision'
    const at = now()
    const next: ItemRow = {...item, edited: [...item.edited]}
    const entries: Array<Omit<AuditEntry, 'id' | 'item' | 'by' | 'at'>> = []
    const set = <K extends 'text' | 'owner' | 'due' | 'status' | 'reason'>(field: K, value: ItemRow[K]): void => {
      if (next[field] === value) return
      entries.push({field, old: next[field], new: value})
      next[field] = value
      if (field !== 'reason' && !next.edited.includes(field)) next.edited.push(field)
    }
    switch (change.op) {
      case 'done':
        if (item.type !== 'action') throw new ArchiveError('invalid', `${kind} ${item.id} is a decision; confirm or reject it instead`)
        set('status', 'done')
        break
      case 'confirm':
        if (item.type !== 'decision') throw new ArchiveError('invalid', `${kind} ${item.id} is an action item; mark it done or reject it instead`)
        set('status', 'confirmed')
        break
      case 'reopen':
        set('status', item.type === 'action' ? 'open' : 'extracted')
        set('reason', null)
        break
      case 'reject':
        set('status', 'rejected')
        set('reason', change.reason?.trim() || null)
        break
      case 'edit': {
        if (change.field !== 'text' && item.type !== 'action') throw new ArchiveError('invalid', `${kind} ${item.id} is a decision; it has no ${change.field}`)
        let value = change.value === null ? null : change.value.trim() || null
        if (change.field === 'text' && value === null) throw new ArchiveError('invalid', `The new text of item ${item.id} is empty`)
        if (change.field === 'due' && value !== null) value = checkDate(value, '--due')
        set(change.field, value as string)
        break
      }
      case 'comment': {
        const text = change.text.trim()
        if (!text) throw new ArchiveError('invalid', 'The comment is empty')
        const comment: Comment = {by, at, text}
        await tx.insertComment(item.id, comment)
        entries.push({field: 'comment', old: null, new: text})
        break
      }
    }
    if (entries.length === 0) return item.id
    next.version = item.version + 1
    next.updatedAt = at
    await tx.updateItem(next)
    for (const entry of entries) await tx.insertAudit({...entry, item: item.id, by, at})
    if (next.text !== item.text || next.owner !== item.owner || next.status !== item.status) {
      const meeting = (await tx.meetingById(item.meetingId))!
      await tx.setItemDoc(item.id, this.itemDoc(next, meeting))
    }
    return item.id
  }

  async history(itemId: number): Promise<AuditEntry[]> {
    if (!(await this.store.itemById(itemId))) throw new ArchiveError('not-found', `No item ${itemId} in ${this.store.location}`)
    return this.store.audit(itemId)
  }

  async reviewedRecord(meetingId: number): Promise<MeetingRecord> {
    const latest = await this.store.latestRevision(meetingId)
    if (!latest) throw new ArchiveError('not-found', `No meeting ${meetingId} in ${this.store.location}`)
    const record = latest.record
    const all = await this.store.items({meetingId})
    const rows = all.filter((row) => row.status !== 'rejected').sort((a, b) => a.position - b.position || a.id - b.id)
    const comments = await this.store.comments(rows.map((row) => row.id))
    const evidenceOf = (row: ItemRow): ActionItem['evidence'] =>
      row.startLine > 0 && row.quote
        ? {quote: row.quote, startLine: row.startLine, endLine: row.endLine, speaker: row.speaker}
        : // Added without source lines: the whole source, in the reviewer's words.
          {quote: row.text, startLine: 1, endLine: Math.max(1, record.source.lines), speaker: null}
    const fromRecord = <T>(list: T[], row: ItemRow): T | undefined =>
      row.origin === 'extracted' && !row.flags.includes(notReExtracted) ? list[row.position] : undefined

    const actionItems: ActionItem[] = []
    const decisions: Decision[] = []
    for (const row of rows) {
      const history = row.edited.length > 0 || row.origin === 'added' || comments.has(row.id) ? await this.store.audit(row.id) : []
      const last = history.at(-1)
      if (row.type === 'action') {
        const original = fromRecord(record.actionItems, row)
        const item: ActionItem = {
          id: `A${actionItems.length + 1}`,
          task: row.text,
          owner: row.owner,
          due: row.due,
          status: row.status === 'done' ? 'done' : 'open',
          confidence: row.confidence ?? 1,
          evidence: evidenceOf(row)
        }
        if (original?.assignees && !row.edited.includes('owner')) item.assignees = original.assignees
        if (original?.dueText !== undefined && !row.edited.includes('due')) item.dueText = original.dueText
        if (last) {
          const notes = (comments.get(row.id) ?? []).map((comment) => `${comment.text} (${comment.by})`)
          if (row.flags.includes(acceptedCandidate)) notes.unshift('accepted from the candidates')
          else if (row.origin === 'added') notes.unshift('added in review')
          if (row.flags.includes(notReExtracted)) notes.unshift('not found again in the latest revision; its lines are those of an earlier one')
          item.review = {by: last.by, at: last.at, ...(notes.length > 0 ? {note: notes.join('; ')} : {})}
        }
        actionItems.push(item)
      } else {
        const original = fromRecord(record.decisions, row)
        const decision: Decision = {id: `D${decisions.length + 1}`, text: row.text, confidence: row.confidence ?? 1, evidence: evidenceOf(row)}
        if (original?.confirmedBy !== undefined) decision.confirmedBy = original.confirmedBy
        decisions.push(decision)
      }
    }
    const reviewed: MeetingRecord = {...record, actionItems, decisions}
    if (record.candidates) reviewed.candidates = openCandidates(record, all)
    return reviewed
  }

  async sourceText(meetingId: number): Promise<string | null> {
    return (await this.store.latestRevision(meetingId))?.sourceText ?? null
  }

  async close(): Promise<void> {
    await this.store.close()
  }
}
