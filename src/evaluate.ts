/**
 * Scores records against hand-checked annotations (see
 * `test/annotations/README.md` for their format): precision, recall and F1 of
 * action items, decisions, attendance and speakers; owner and due-date
 * accuracy; language and kind; and the integrity checks: every evidence
 * quote found verbatim at its lines, joined sentences intact, disclaimers
 * and end markers gone.
 */
import type {MeetingRecord, Evidence} from './record.js'
import {isShortFormOf, nameKey} from './lib/names.js'

/** In an annotation's owner list: the owner is a group ("everyone", "the committee"), not a person. */
export const groupOwner = '*group*'

export interface KeywordItem {
  id?: string
  /** Acceptable owners; `[]` when none is said; `["*group*"]` for a group task. */
  owner?: string[]
  due?: string | null
  all: string[][]
  note?: string
}

/**
 * Annotations of the samples hold every field; those of the committee
 * meetings hold the items and attendance only, so the rest is optional.
 */
export interface Annotation {
  file: string
  kind?: 'transcript' | 'document'
  language?: string
  meeting?: {
    title: string[] | null
    group: string[] | null
    date: string | null
    startTime: string | null
    timezone: string | null
    location: string[] | null
  }
  speakers?: string[]
  turns?: number
  attendance?: Partial<Record<'present' | 'apologies' | 'staff' | 'interpreters', string[]>> & {joinedLate?: string[]}
  actionItems: KeywordItem[]
  acceptableActionItems?: KeywordItem[]
  decisions: KeywordItem[]
  acceptableDecisions?: KeywordItem[]
  joins?: string[]
  absent?: string[]
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** The figures of a score, for one file or summed over many. */
export interface Figures {
  actionItems: Counts
  decisions: Counts
  /** The same, with the record's candidates counted as extracted items. */
  withCandidates: {actionItems: Counts; decisions: Counts; owner: {right: number; total: number}}
  attendance: Counts
  speakers: Counts
  owner: {right: number; total: number}
  due: {right: number; total: number}
  meeting: {right: number; total: number}
  evidence: {verbatim: number; total: number}
  joins: {intact: number; total: number}
  absent: {clean: number; total: number}
}

export interface FileScore extends Figures {
  file: string
  language: boolean
  kind: boolean
  meeting: Figures['meeting'] & {wrong: string[]}
  evidence: Figures['evidence'] & {failures: string[]}
  joins: Figures['joins'] & {missing: string[]}
  absent: Figures['absent'] & {found: string[]}
  /** Unmatched extracted items and missed annotated items, for reading. */
  misses: string[]
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Whether an item's text satisfies every keyword group. */
export function satisfies(text: string, item: KeywordItem): boolean {
  const haystack = squash(text)
  return item.all.every((group) => group.some((keyword) => haystack.includes(squash(keyword))))
}

/**
 * Maximum one-to-one matching of predictions to annotations (augmenting
 * paths). Pairs in `preferred` (an owner that is right, say) are matched
 * first, so that two items quoting one sentence are paired the right way.
 */
function match(predictions: string[], gold: KeywordItem[], preferred: (prediction: number, item: number) => boolean = () => true): Array<number | undefined> {
  const goldFor: Array<number | undefined> = new Array(gold.length).fill(undefined)
  const satisfied = predictions.map((text) => gold.map((item) => satisfies(text, item)))
  let compatible = satisfied.map((row, prediction) => row.map((ok, item) => ok && preferred(prediction, item)))
  const tryAssign = (prediction: number, seen: Set<number>): boolean => {
    for (const [index, ok] of compatible[prediction]!.entries()) {
      if (!ok || seen.has(index)) continue
      seen.add(index)
      const holder = goldFor[index]
      if (holder === undefined || tryAssign(holder, seen)) {
        goldFor[index] = prediction
        return true
      }
    }
    return false
  }
  for (const prediction of predictions.keys()) tryAssign(prediction, new Set())
  compatible = satisfied
  const matched = new Set(goldFor.filter((prediction) => prediction !== undefined))
  for (const prediction of predictions.keys()) if (!matched.has(prediction)) tryAssign(prediction, new Set())
  return goldFor
}

interface Predicted {
  text: string
  owner?: string | null
  ownerKind?: 'person' | 'group' | undefined
  due?: string | null
  label: string
}

/** Whether an extracted owner is one the annotation accepts. */
function ownerAccepted(expected: string[], found: Predicted): boolean {
  if (expected.length === 0) return !found.owner
  if (expected.includes(groupOwner) && found.ownerKind === 'group') return true
  const got = found.owner
  return Boolean(got) && found.ownerKind !== 'group' && expected.some((name) => name !== groupOwner && sameName(name, got!))
}

function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b) || isShortFormOf(a, b) || isShortFormOf(b, a)
}

/** Set overlap of two name lists, one to one. */
function nameCounts(predicted: string[], gold: string[]): Counts {
  const left = [...gold]
  let tp = 0
  for (const name of predicted) {
    const index = left.findIndex((other) => nameKey(other) === nameKey(name))
    const fallback = index >= 0 ? index : left.findIndex((other) => sameName(other, name))
    if (fallback >= 0) {
      left.splice(fallback, 1)
      tp++
    }
  }
  return {tp, fp: predicted.length - tp, fn: left.length}
}

/** Whether a quote stands verbatim (whitespace aside) in the source lines it cites. */
export function quotedVerbatim(source: string, evidence: Evidence): boolean {
  const lines = source.split('\n').slice(evidence.startLine - 1, evidence.endLine).join('\n')
  return lines.replace(/\s+/g, ' ').includes(evidence.quote.replace(/\s+/g, ' '))
}

export function scoreFile(record: MeetingRecord, annotation: Annotation, source: string): FileScore {
  const misses: string[] = []
  const score = (
    predicted: Predicted[],
    gold: KeywordItem[],
    acceptable: KeywordItem[],
    kind: string,
    owners: {right: number; total: number},
    dues: {right: number; total: number},
    notes: string[]
  ): Counts => {
    const texts = predicted.map((item) => item.text)
    const ownerRight = (prediction: number, index: number): boolean => {
      const expected = gold[index]!.owner
      return !expected || ownerAccepted(expected, predicted[prediction]!)
    }
    const assigned = match(texts, gold, ownerRight)
    let tp = 0
    const used = new Set<number>()
    for (const [index, prediction] of assigned.entries()) {
      const item = gold[index]!
      if (prediction === undefined) {
        notes.push(`missed ${kind} ${item.id ?? ''}: ${item.note ?? JSON.stringify(item.all)}`)
        continue
      }
      tp++
      used.add(prediction)
      const found = predicted[prediction]!
      if (item.owner) {
        owners.total++
        if (ownerAccepted(item.owner, found)) owners.right++
        else notes.push(`owner of ${kind} ${item.id ?? ''}: got ${found.ownerKind === 'group' ? `group “${found.owner}”` : (found.owner ?? 'null')}, expected ${item.owner.join(' | ') || 'null'}`)
      }
      if (item.due !== undefined) {
        dues.total++
        if ((found.due ?? null) === item.due) dues.right++
        else notes.push(`due of ${kind} ${item.id ?? ''}: got ${found.due ?? 'null'}, expected ${item.due ?? 'null'}`)
      }
    }
    let fp = 0
    for (const [index, item] of predicted.entries()) {
      if (used.has(index)) continue
      if (acceptable.some((other) => satisfies(item.text, other))) continue
      fp++
      notes.push(`extra ${kind}: ${item.label}`)
    }
    return {tp, fp, fn: gold.length - tp}
  }

  const actions: Predicted[] = record.actionItems.map((item) => ({
    text: `${item.task} ${item.evidence.quote}`,
    owner: item.owner,
    ownerKind: item.ownerKind,
    due: item.due,
    label: `${item.id} ${item.task} (${item.ownerKind === 'group' ? `group: ${item.owner}` : (item.owner ?? 'no owner')}, line ${item.evidence.startLine})`
  }))
  const decided: Predicted[] = record.decisions.map((item) => ({text: `${item.text} ${item.evidence.quote}`, label: `${item.id} ${item.text} (line ${item.evidence.startLine})`}))
  const candidates = record.candidates ?? []
  const candidateActions: Predicted[] = candidates
    .filter((item) => item.kind === 'action')
    .map((item) => ({text: `${item.text} ${item.evidence.quote}`, owner: item.owner ?? null, ownerKind: item.ownerKind, due: item.due ?? null, label: `${item.id} ${item.text} (candidate, line ${item.evidence.startLine})`}))
  const candidateDecisions: Predicted[] = candidates
    .filter((item) => item.kind === 'decision')
    .map((item) => ({text: `${item.text} ${item.evidence.quote}`, label: `${item.id} ${item.text} (candidate, line ${item.evidence.startLine})`}))

  const owner = {right: 0, total: 0}
  const due = {right: 0, total: 0}
  const actionItems = score(actions, annotation.actionItems, annotation.acceptableActionItems ?? [], 'action item', owner, due, misses)
  const decisions = score(decided, annotation.decisions, annotation.acceptableDecisions ?? [], 'decision', {right: 0, total: 0}, {right: 0, total: 0}, misses)
  const ignored: string[] = []
  const withCandidates = {
    owner: {right: 0, total: 0},
    actionItems: {tp: 0, fp: 0, fn: 0},
    decisions: {tp: 0, fp: 0, fn: 0}
  }
  withCandidates.actionItems = score([...actions, ...candidateActions], annotation.actionItems, annotation.acceptableActionItems ?? [], 'action item', withCandidates.owner, {right: 0, total: 0}, ignored)
  withCandidates.decisions = score([...decided, ...candidateDecisions], annotation.decisions, annotation.acceptableDecisions ?? [], 'decision', {right: 0, total: 0}, {right: 0, total: 0}, ignored)

  const categories = ['present', 'apologies', 'staff', 'interpreters'] as const
  const attendance: Counts = {tp: 0, fp: 0, fn: 0}
  for (const category of categories) {
    const counts = nameCounts(record.attendance[category].map((person) => person.name), annotation.attendance?.[category] ?? [])
    attendance.tp += counts.tp
    attendance.fp += counts.fp
    attendance.fn += counts.fn
    if (counts.fp + counts.fn > 0) misses.push(`${category}: got ${record.attendance[category].map((person) => person.name).join(', ') || '—'}; expected ${(annotation.attendance?.[category] ?? []).join(', ') || '—'}`)
  }
  const speakers = nameCounts(record.speakers.map((speaker) => speaker.name), annotation.speakers ?? [])
  if (speakers.fp + speakers.fn > 0) misses.push(`speakers: got ${record.speakers.map((speaker) => speaker.name).join(', ')}`)

  // Meeting fields.
  const meeting = {right: 0, total: 0, wrong: [] as string[]}
  const exact = (field: 'date' | 'startTime' | 'timezone'): void => {
    meeting.total++
    const expected = annotation.meeting![field] ?? null
    if ((record.meeting[field] ?? null) === expected) meeting.right++
    else meeting.wrong.push(`${field}: got ${record.meeting[field] ?? 'null'}, expected ${expected ?? 'null'}`)
  }
  const contains = (field: 'title' | 'group' | 'location'): void => {
    meeting.total++
    const expected = annotation.meeting![field]
    const value = record.meeting[field]
    const right = expected === null ? value === null : value !== null && expected.some((part) => squash(value).includes(squash(part)))
    if (right) meeting.right++
    else meeting.wrong.push(`${field}: got ${value ?? 'null'}, expected ${expected ? expected.join(' | ') : 'null'}`)
  }
  if (annotation.meeting) {
    exact('date')
    exact('startTime')
    exact('timezone')
    contains('title')
    contains('group')
    contains('location')
  }

  // Integrity.
  const evidence = {verbatim: 0, total: 0, failures: [] as string[]}
  const check = (where: string, item: Evidence | undefined): void => {
    if (!item) return
    evidence.total++
    if (quotedVerbatim(source, item)) evidence.verbatim++
    else evidence.failures.push(`${where} lines ${item.startLine}–${item.endLine}: “${item.quote.slice(0, 60)}…”`)
  }
  for (const item of record.actionItems) check(item.id, item.evidence)
  for (const item of record.decisions) check(item.id, item.evidence)
  for (const item of record.agenda) check('agenda', item.evidence)
  for (const category of categories) for (const person of record.attendance[category]) check(person.name, person.evidence)
  for (const [field, item] of Object.entries(record.meeting.evidence ?? {})) check(field, item)

  const segments = record.segments.map((segment) => squash(segment.text))
  const joins = {intact: 0, total: annotation.joins?.length ?? 0, missing: [] as string[]}
  for (const join of annotation.joins ?? []) {
    if (segments.some((text) => text.includes(squash(join)))) joins.intact++
    else joins.missing.push(join)
  }
  const absent = {clean: 0, total: annotation.absent?.length ?? 0, found: [] as string[]}
  for (const text of annotation.absent ?? []) {
    if (segments.some((segment) => segment.includes(squash(text)))) absent.found.push(text)
    else absent.clean++
  }

  return {
    file: annotation.file,
    actionItems,
    decisions,
    withCandidates,
    attendance,
    speakers,
    owner,
    due,
    language: annotation.language === undefined || record.language === annotation.language,
    kind: annotation.kind === undefined || record.kind === annotation.kind,
    meeting,
    evidence,
    joins,
    absent,
    misses
  }
}

export function f1(counts: Counts): {precision: number; recall: number; f1: number} {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp)
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn)
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

export function sum(counts: Counts[]): Counts {
  return counts.reduce((total, item) => ({tp: total.tp + item.tp, fp: total.fp + item.fp, fn: total.fn + item.fn}), {tp: 0, fp: 0, fn: 0})
}
