/**
 * The archive's commands: `search`, `actions`, `decisions`, `candidates`,
 * `action`, `decision`, `history`, `export`. Each reads its options, calls the archive
 * and prints; every rule is behind the archive.
 */
import {writeFile} from 'node:fs/promises'
import {userInfo} from 'node:os'
import {type Command, InvalidArgumentError, Option} from 'commander'
import {stringify} from 'csv-stringify/sync'
import {
  ArchiveError,
  type Archive,
  type AuditEntry,
  type CandidateFilter,
  type Item,
  type ItemFilter,
  type ItemType,
  type OpenCandidate,
  type ReviewChange,
  type SearchQuery,
  type SearchResult
} from '../archive/types.js'
import {existingArchiveLocation, withArchive} from './archive-location.js'

type Log = (line: string) => void

/** The operating-system user, who a change is by when `--by` is not given. */
export function defaultActor(): string {
  try {
    return userInfo().username || 'unknown'
  } catch {
    return process.env['USER'] ?? 'unknown'
  }
}

const itemName = (type: ItemType): string => (type === 'action' ? 'action item' : 'decision')

function where(item: Item): string {
  const meeting = [item.meeting.group ?? item.meeting.title ?? `meeting ${item.meeting.id}`, item.meeting.date].filter(Boolean).join(', ')
  const lines = item.source.startLine > 0 ? `${item.source.path}:${item.source.startLine}${item.source.endLine !== item.source.startLine ? `-${item.source.endLine}` : ''}` : item.source.path
  return `${meeting} (meeting ${item.meeting.id}) · ${lines}`
}

const flagText = (flags: string[]): string => (flags.length > 0 ? ` {${flags.join(', ')}}` : '')

function lineText(source: {path: string; startLine: number; endLine: number}): string {
  return `${source.path}:${source.startLine}${source.endLine !== source.startLine ? `-${source.endLine}` : ''}`
}

/** One candidate in three lines: id, kind, confidence, owner and text; its meeting and lines; its quote. */
export function formatCandidate(entry: OpenCandidate): string {
  const {candidate, meeting} = entry
  const owner = candidate.kind === 'action' ? `${candidate.owner ?? '(no owner)'}: ` : ''
  const due = candidate.kind === 'action' && candidate.due ? ` (due ${candidate.due})` : ''
  const name = [meeting.group ?? meeting.title ?? `meeting ${meeting.id}`, meeting.date].filter(Boolean).join(', ')
  const {speaker: who, quote} = candidate.evidence
  // Quotes of lines that carry their speaker's label already name them.
  const speaker = who && !quote.startsWith(who) ? `${who}: ` : ''
  return [
    `${candidate.id} [${candidate.kind} ${candidate.confidence.toFixed(2)}] ${owner}${candidate.text}${due}`,
    `    ${name} (meeting ${meeting.id}, revision ${entry.revision}) · ${lineText(entry.source)}`,
    `    “${speaker}${quote}”`
  ].join('\n')
}

/** One item in two or three lines, as the listing commands print it. */
export function formatItem(item: Item): string {
  const origin = item.flags.includes('accepted-candidate') ? ' (accepted candidate)' : item.origin === 'added' ? ' (added in review)' : ''
  const shownFlags = item.flags.filter((flag) => flag !== 'accepted-candidate')
  const head =
    item.type === 'action'
      ? `#${item.id} [${item.status}] ${item.owner ?? '(no owner)'}: ${item.text}${item.due ? ` (due ${item.due})` : ''}${origin}${flagText(shownFlags)}`
      : `#${item.id} [${item.status}] ${item.text}${origin}${flagText(shownFlags)}`
  const lines = [head, `    ${where(item)}`]
  if (item.reason) lines.push(`    rejected: ${item.reason}`)
  for (const comment of item.comments) lines.push(`    ${comment.by}, ${comment.at.slice(0, 16).replace('T', ' ')}: ${comment.text}`)
  return lines.join('\n')
}

/** An item as the JSON outputs give it. */
export function itemJson(item: Item): Record<string, unknown> {
  const common = {
    status: item.status,
    reason: item.reason,
    origin: item.origin,
    flags: item.flags,
    confidence: item.confidence,
    meeting: item.meeting,
    evidence: item.evidence,
    source: item.source,
    comments: item.comments,
    version: item.version
  }
  return item.type === 'action' ? {id: item.id, task: item.text, owner: item.owner, due: item.due, ...common} : {id: item.id, text: item.text, ...common}
}

export function formatSearch(result: SearchResult, query: string): string {
  if (result.total === 0) return `Nothing found for ${JSON.stringify(query)}.`
  const count = result.capped ? `More than ${result.total.toLocaleString('en')}` : String(result.total)
  const lines = [`${count} found for ${JSON.stringify(query)}${result.hits.length < result.total ? `, best ${result.hits.length} shown` : ''}:`]
  for (const hit of result.hits) {
    const meeting = [hit.meeting.group ?? hit.meeting.title, hit.meeting.date].filter(Boolean).join(', ')
    const label = hit.type === 'segment' ? 'said' : `${hit.type} #${hit.id}`
    lines.push('', `${label} · ${meeting || `meeting ${hit.meeting.id}`}${hit.speaker ? ` · ${hit.speaker}` : ''}`)
    lines.push(`    ${hit.snippet}`)
    lines.push(`    ${hit.source.path}:${hit.source.startLine}${hit.source.endLine !== hit.source.startLine ? `-${hit.source.endLine}` : ''}`)
  }
  return lines.join('\n')
}

export function formatHistory(entries: AuditEntry[], id: number): string {
  if (entries.length === 0) return `Item ${id} has not been changed.`
  return entries
    .map((entry) => {
      const at = entry.at.slice(0, 19).replace('T', ' ')
      const change =
        entry.field === 'comment'
          ? `comment: ${entry.new}`
          : entry.field === 'created'
            ? `added: ${entry.new}`
            : entry.field === 'accepted'
              ? `accepted candidate ${entry.new}`
              : `${entry.field}: ${entry.old ?? '(none)'} → ${entry.new ?? '(none)'}`
      return `${at}  ${entry.by}  ${change}`
    })
    .join('\n')
}

/** Columns of `export --format csv`, in order. */
export const exportColumns = ['id', 'type', 'text', 'owner', 'due', 'status', 'reason', 'origin', 'flags', 'meeting_id', 'meeting_title', 'group', 'date', 'source', 'start_line', 'end_line', 'quote', 'comments'] as const

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe. */
function cell(value: string | number | null): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function toCsv(items: Item[]): string {
  const rows = items.map((item) =>
    [
      item.id,
      item.type,
      item.text,
      item.owner,
      item.due,
      item.status,
      item.reason,
      item.origin,
      item.flags.join(' '),
      item.meeting.id,
      item.meeting.title,
      item.meeting.group,
      item.meeting.date,
      item.source.path,
      item.source.startLine || null,
      item.source.endLine || null,
      item.evidence.quote || null,
      item.comments.map((comment) => `${comment.by}: ${comment.text}`).join('\n') || null
    ].map(cell)
  )
  return stringify(rows, {header: true, columns: [...exportColumns]})
}

const positive = (name: string) => (value: string): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError(`${name} must be a whole number above 0.`)
  return number
}

const itemId = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new ArchiveError('invalid', `\`${value}\` is not an item id; ids are whole numbers, as \`minutes actions\` lists them.`)
  return Number(value)
}

const lineRange = (value: string): {start: number; end: number} => {
  const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(value.trim())
  if (!match) throw new InvalidArgumentError(`\`${value}\` is not a line range; write it as 120-124 or 120.`)
  return {start: Number(match[1]), end: Number(match[2] ?? match[1])}
}

interface ListOptions {
  db?: string
  owner?: string
  status?: string
  group?: string
  meeting?: number
  dueBefore?: string
  from?: string
  to?: string
  limit?: number
  json?: boolean
}

function filterOf(type: ItemType | undefined, options: ListOptions): ItemFilter {
  const filter: ItemFilter = {}
  if (type) filter.type = type
  if (options.owner !== undefined) filter.owner = options.owner
  if (options.status !== undefined) filter.status = options.status
  if (options.group !== undefined) filter.group = options.group
  if (options.meeting !== undefined) filter.meetingId = options.meeting
  if (options.dueBefore !== undefined) filter.dueBefore = options.dueBefore
  if (options.from !== undefined) filter.from = options.from
  if (options.to !== undefined) filter.to = options.to
  if (options.limit !== undefined) filter.limit = options.limit
  return filter
}

export async function listCommand(archive: Archive, type: ItemType, options: ListOptions, log: Log = console.log): Promise<void> {
  const items = await archive.items(filterOf(type, options))
  if (options.json) {
    log(JSON.stringify({items: items.map(itemJson)}, null, 2))
    return
  }
  if (items.length === 0) log(`No ${itemName(type)}s match.`)
  else log(items.map(formatItem).join('\n'))
}

export async function candidatesCommand(archive: Archive, options: {meeting?: number; type?: ItemType; json?: boolean}, log: Log = console.log): Promise<void> {
  const filter: CandidateFilter = {}
  if (options.meeting !== undefined) filter.meetingId = options.meeting
  if (options.type !== undefined) filter.type = options.type
  const found = await archive.candidates(filter)
  if (options.json) {
    log(JSON.stringify({candidates: found.map((entry) => ({...entry.candidate, meeting: entry.meeting, revision: entry.revision, source: entry.source}))}, null, 2))
    return
  }
  if (found.length === 0) {
    log('No candidates wait for review.')
    return
  }
  log(found.map(formatCandidate).join('\n'))
  log('\nAccept one with `minutes action accept MEETING ID --revision N` (or `minutes decision accept …`); the revision makes sure the id still means the candidate listed here.')
}

interface SearchOptions {
  db?: string
  type?: SearchQuery['type']
  group?: string
  from?: string
  to?: string
  owner?: string
  status?: string
  lang?: string
  limit?: number
  json?: boolean
}

export async function searchCommand(archive: Archive, words: string[], options: SearchOptions, log: Log = console.log): Promise<void> {
  const text = words.join(' ')
  const query: SearchQuery = {text, limit: options.limit ?? 20}
  if (options.type !== undefined) query.type = options.type
  if (options.group !== undefined) query.group = options.group
  if (options.from !== undefined) query.from = options.from
  if (options.to !== undefined) query.to = options.to
  if (options.owner !== undefined) query.owner = options.owner
  if (options.status !== undefined) query.status = options.status
  if (options.lang !== undefined) query.language = options.lang
  const result = await archive.search(query)
  log(options.json ? JSON.stringify(result, null, 2) : formatSearch(result, text))
}

interface ChangeOptions {
  db?: string
  by?: string
  done?: boolean
  confirm?: boolean
  reopen?: boolean
  reject?: boolean
  reason?: string
  owner?: string
  due?: string
  task?: string
  text?: string
  comment?: string
  meeting?: number
  lines?: {start: number; end: number}
  revision?: number
  json?: boolean
}

/** `minutes action <id> …` / `minutes decision <id> …` / `… add …`: each asked change goes through `archive.review`, in a fixed order. */
export async function changeCommand(archive: Archive, location: string, type: ItemType, id: string, options: ChangeOptions, log: Log = console.log, more: string[] = []): Promise<void> {
  const by = options.by ?? defaultActor()
  if (id === 'accept') {
    const [meeting, candidate, ...extra] = more
    if (meeting === undefined || candidate === undefined || extra.length > 0) {
      throw new ArchiveError('invalid', `Say which candidate to accept: \`minutes ${type} accept MEETING ID\`, such as \`minutes ${type} accept 2 C3\``)
    }
    if (!/^[0-9]{1,9}$/.test(meeting)) throw new ArchiveError('invalid', `\`${meeting.slice(0, 40)}\` is not a meeting id; ids are whole numbers, as \`minutes candidates\` lists them.`)
    const item = await archive.review({op: 'accept', by, meetingId: Number(meeting), candidate, type, ...(options.revision === undefined ? {} : {revision: options.revision})})
    log(options.json ? JSON.stringify(itemJson(item), null, 2) : `Accepted ${candidate.toUpperCase()} as ${itemName(type)} ${item.id}:\n${formatItem(item)}`)
    return
  }
  if (more.length > 0) throw new ArchiveError('invalid', `Unexpected \`${more.join(' ').slice(0, 60)}\` after \`${id}\``)
  if (options.revision !== undefined) throw new ArchiveError('invalid', '--revision goes with `accept` only')
  const text = type === 'action' ? options.task : options.text
  const textFlag = type === 'action' ? '--task' : '--text'
  if (id === 'add') {
    if (options.meeting === undefined) throw new ArchiveError('invalid', `Say which meeting the ${itemName(type)} belongs to (--meeting ID)`)
    if (text === undefined) throw new ArchiveError('invalid', `Say what the ${itemName(type)} is (${textFlag} TEXT)`)
    const change: ReviewChange = {op: 'add', by, meetingId: options.meeting, type, text}
    if (options.owner !== undefined) change.owner = options.owner
    if (options.due !== undefined) change.due = options.due
    if (options.lines) change.lines = options.lines
    const item = await archive.review(change)
    log(options.json ? JSON.stringify(itemJson(item), null, 2) : `Added ${itemName(type)} ${item.id}:\n${formatItem(item)}`)
    return
  }
  const number = itemId(id)
  const item = await archive.item(number)
  if (!item || item.type !== type) {
    const other = item ? ` (item ${number} is ${item.type === 'action' ? 'an action item' : 'a decision'}; use \`minutes ${item.type}\`)` : ''
    throw new ArchiveError('not-found', `No ${itemName(type)} ${number} in ${location}${other}`)
  }
  const changes: ReviewChange[] = []
  const status = [options.done && 'done', options.confirm && 'confirm', options.reopen && 'reopen', options.reject && 'reject'].filter(Boolean)
  if (status.length > 1) throw new ArchiveError('invalid', `Choose one of ${status.map((flag) => `--${flag}`).join(', ')}`)
  if (options.reason !== undefined && !options.reject) throw new ArchiveError('invalid', '--reason goes with --reject')
  if (text !== undefined) changes.push({by, item: number, op: 'edit', field: 'text', value: text})
  if (options.owner !== undefined) changes.push({by, item: number, op: 'edit', field: 'owner', value: options.owner || null})
  if (options.due !== undefined) changes.push({by, item: number, op: 'edit', field: 'due', value: options.due || null})
  if (options.done) changes.push({by, item: number, op: 'done'})
  if (options.confirm) changes.push({by, item: number, op: 'confirm'})
  if (options.reopen) changes.push({by, item: number, op: 'reopen'})
  if (options.reject) changes.push({by, item: number, op: 'reject', ...(options.reason === undefined ? {} : {reason: options.reason})})
  if (options.comment !== undefined) changes.push({by, item: number, op: 'comment', text: options.comment})
  let current = item
  for (const change of changes) current = await archive.review(change)
  if (options.json) log(JSON.stringify(itemJson(current), null, 2))
  else log(changes.length === 0 ? formatItem(current) : `${current.version === item.version ? 'No change' : 'Changed'}:\n${formatItem(current)}`)
}

export async function historyCommand(archive: Archive, id: string, options: {json?: boolean}, log: Log = console.log): Promise<void> {
  const number = itemId(id)
  const entries = await archive.history(number)
  log(options.json ? JSON.stringify({item: number, changes: entries}, null, 2) : formatHistory(entries, number))
}

export async function exportCommand(archive: Archive, options: ListOptions & {format: string; type?: ItemType; out?: string}, log: Log = console.log): Promise<void> {
  if (options.format !== 'json' && options.format !== 'csv') throw new ArchiveError('invalid', `--format \`${options.format}\` is not an export format; use json or csv`)
  const items = await archive.items(filterOf(options.type ?? 'action', options))
  const output = options.format === 'csv' ? toCsv(items) : `${JSON.stringify({items: items.map(itemJson)}, null, 2)}\n`
  if (options.out) {
    await writeFile(options.out, output)
    log(`${items.length} ${itemName(options.type ?? 'action')}s → ${options.out}`)
  } else process.stdout.write(output)
}

/** Add the archive's commands to the `minutes` program. */
export function registerArchiveCommands(program: Command): void {
  const db = (): Option => new Option('--db <path>', 'the archive: a file, or a postgres:// address for a shared one (default: $MINUTES_DB, else ./minutes.db or minutes-out/minutes.db)')
  const open = (options: {db?: string}) => () => existingArchiveLocation(options.db)
  const itemType = (value: string): ItemType => {
    if (value !== 'action' && value !== 'decision') throw new InvalidArgumentError('Expected action or decision.')
    return value
  }

  program
    .command('search')
    .description('Search every meeting in the archive: stemmed, case- and accent-insensitive; "quotes" make a phrase')
    .argument('<query...>', 'words to look for')
    .addOption(db())
    .addOption(new Option('--type <type>', 'only decisions, action items or what was said').choices(['decision', 'action', 'segment']))
    .option('--group <name>', 'only meetings of this group')
    .option('--from <date>', 'only meetings on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only meetings on or before this day (YYYY-MM-DD)')
    .option('--owner <name>', 'only action items of this owner')
    .option('--status <status>', 'only items with this status')
    .option('--lang <code>', 'only passages in this language (en, es, fr, pt)')
    .addOption(new Option('--limit <n>', 'most results shown (default: 20)').argParser(positive('--limit')))
    .option('--json', 'print {"total", "hits"} as JSON')
    .action(async (words: string[], options: SearchOptions) => withArchive(open(options), (archive) => searchCommand(archive, words, options)))

  for (const type of ['action', 'decision'] as const) {
    const plural = type === 'action' ? 'actions' : 'decisions'
    program
      .command(plural)
      .description(`List ${itemName(type)}s, newest meetings first`)
      .addOption(db())
      .option('--owner <name>', 'only this owner')
      .option('--status <status>', type === 'action' ? 'open, done or rejected' : 'extracted, confirmed or rejected')
      .option('--group <name>', 'only meetings of this group')
      .addOption(new Option('--meeting <id>', 'only this meeting').argParser(positive('--meeting')))
      .option('--due-before <date>', 'only items due before this day (YYYY-MM-DD)')
      .option('--from <date>', 'only meetings on or after this day')
      .option('--to <date>', 'only meetings on or before this day')
      .addOption(new Option('--limit <n>', 'most items shown').argParser(positive('--limit')))
      .option('--json', 'print {"items": [...]} as JSON')
      .action(async (options: ListOptions) => withArchive(open(options), (archive) => listCommand(archive, type, options)))

    const change = program
      .command(type)
      .description(
        type === 'action'
          ? 'Review an action item: --done, --reopen, --reject, --owner, --due, --task, --comment; `action add --meeting ID --task TEXT` for one the extraction missed; `action accept MEETING C-ID` to take a candidate'
          : 'Review a decision: --confirm, --reopen, --reject, --text, --comment; `decision add --meeting ID --text TEXT` for one the extraction missed; `decision accept MEETING C-ID` to take a candidate'
      )
      .argument('<id>', 'the item id, `add`, or `accept`')
      .argument('[candidate...]', 'with accept: the meeting id and the candidate id, such as `2 C3`')
      .addOption(db())
      .option('--by <name>', 'who makes the change (default: the operating-system user)')
    if (type === 'action') change.option('--done', 'mark it done').option('--task <text>', 'correct the task').option('--owner <name>', 'correct the owner ("" for none)').option('--due <date>', 'correct the due date, YYYY-MM-DD ("" for none)')
    else change.option('--confirm', 'confirm it was decided').option('--text <text>', 'correct the wording')
    change
      .option('--reopen', 'undo done, confirmed or rejected')
      .option('--reject', 'not a real item: it disappears from the rendered minutes')
      .option('--reason <text>', 'why it is rejected')
      .option('--comment <text>', 'add a comment')
      .addOption(new Option('--meeting <id>', 'with add: the meeting').argParser(positive('--meeting')))
      .addOption(new Option('--lines <from-to>', 'with add: the source lines the quote is cut from, such as 120-124').argParser(lineRange))
      .addOption(new Option('--revision <n>', 'with accept: the revision `minutes candidates` listed; refused if the meeting was processed again since').argParser(positive('--revision')))
      .option('--json', 'print the item as JSON')
      .action(async (id: string, more: string[], options: ChangeOptions) =>
        withArchive(open(options), (archive, location) => changeCommand(archive, location, type, id, options, console.log, more))
      )
  }

  program
    .command('candidates')
    .description('List the items found below the confidence threshold that wait for a reviewer to accept them')
    .addOption(db())
    .addOption(new Option('--meeting <id>', 'only this meeting').argParser(positive('--meeting')))
    .addOption(new Option('--type <type>', 'action or decision').argParser(itemType))
    .option('--json', 'print {"candidates": [...]} as JSON')
    .action(async (options: {db?: string; meeting?: number; type?: ItemType; json?: boolean}) => withArchive(open(options), (archive) => candidatesCommand(archive, options)))

  program
    .command('history')
    .description('Every change made to an item: field, old → new, when, by whom')
    .argument('<id>', 'the item id')
    .addOption(db())
    .option('--json', 'print as JSON')
    .action(async (id: string, options: {db?: string; json?: boolean}) => withArchive(open(options), (archive) => historyCommand(archive, id, options)))

  program
    .command('export')
    .description("Export action items (or decisions) for a group's own tracker, with the same filters as `actions`")
    .addOption(db())
    .addOption(new Option('-f, --format <format>', 'json or csv').choices(['json', 'csv']).default('csv'))
    .addOption(new Option('--type <type>', 'action or decision (default: action)').argParser(itemType))
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--owner <name>', 'only this owner')
    .option('--status <status>', 'only this status')
    .option('--group <name>', 'only meetings of this group')
    .addOption(new Option('--meeting <id>', 'only this meeting').argParser(positive('--meeting')))
    .option('--due-before <date>', 'only items due before this day (YYYY-MM-DD)')
    .option('--from <date>', 'only meetings on or after this day')
    .option('--to <date>', 'only meetings on or before this day')
    .action(async (options: ListOptions & {format: string; type?: ItemType; out?: string}) => withArchive(open(options), (archive) => exportCommand(archive, options)))
}
