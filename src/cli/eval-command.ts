/**
 * `minutes eval <file|dir>... --annotations DIR`: process each transcript
 * that has an annotation (`DIR/<stem>.json`) and print how its record scores.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {createMinutesProcessor} from '../process.js'
import {readTranscript} from '../ingest.js'
import {f1, scoreFile, sum, type Annotation, type Counts, type FileScore, type Figures} from '../evaluate.js'
import {findInputs, stemOf} from './files.js'

export interface EvalOptions {
  annotations: string
  verbose?: boolean
  /** Score only the inputs that have an annotation, and say nothing of the rest (default `false`). */
  annotatedOnly?: boolean
  /** Which targets to hold the corpus to (default `samples`). */
  targets?: keyof typeof targetSets
}

export interface Targets {
  actionItemsF1: number
  ownerAccuracy: number
  decisionsF1: number
  attendanceF1: number
  /** `null`: the annotations do not list speakers. */
  speakersF1: number | null
}

/**
 * Quality targets: the samples, fully annotated; the committee meetings,
 * annotated from their published minutes (items and attendance only).
 */
export const targetSets = {
  samples: {actionItemsF1: 0.8, ownerAccuracy: 0.85, decisionsF1: 0.7, attendanceF1: 0.9, speakersF1: 0.98},
  committees: {actionItemsF1: 0.6, ownerAccuracy: 0.75, decisionsF1: 0.6, attendanceF1: 0.9, speakersF1: null}
} satisfies Record<string, Targets>

/** The samples' targets. */
export const targets = targetSets.samples

export interface EvalResult {
  files: FileScore[]
  totals: Figures & {language: {right: number; total: number}}
  unannotated: string[]
  meetsTargets: boolean
  targets: Targets
}

export async function evaluate(inputs: string[], options: EvalOptions): Promise<EvalResult> {
  const {files} = await findInputs(inputs)
  const process = createMinutesProcessor()
  const scores: FileScore[] = []
  const unannotated: string[] = []
  for (const input of files) {
    const annotationPath = path.join(options.annotations, `${stemOf(input)}.json`)
    const annotation = await readFile(annotationPath, 'utf8').then((text) => JSON.parse(text) as Annotation, () => undefined)
    if (!annotation) {
      if (!options.annotatedOnly) unannotated.push(input)
      continue
    }
    const file = await readTranscript(input, {settleMs: 0})
    const record = process(file)
    scores.push(scoreFile(record, annotation, String(file.value)))
  }
  const ratio = (pick: (score: FileScore) => {a: number; b: number}): {a: number; b: number} =>
    scores.reduce((total, score) => ({a: total.a + pick(score).a, b: total.b + pick(score).b}), {a: 0, b: 0})
  const owner = ratio((score) => ({a: score.owner.right, b: score.owner.total}))
  const due = ratio((score) => ({a: score.due.right, b: score.due.total}))
  const meeting = ratio((score) => ({a: score.meeting.right, b: score.meeting.total}))
  const evidence = ratio((score) => ({a: score.evidence.verbatim, b: score.evidence.total}))
  const joins = ratio((score) => ({a: score.joins.intact, b: score.joins.total}))
  const absent = ratio((score) => ({a: score.absent.clean, b: score.absent.total}))
  const totals: EvalResult['totals'] = {
    actionItems: sum(scores.map((score) => score.actionItems)),
    decisions: sum(scores.map((score) => score.decisions)),
    withCandidates: {
      actionItems: sum(scores.map((score) => score.withCandidates.actionItems)),
      decisions: sum(scores.map((score) => score.withCandidates.decisions)),
      owner: {
        right: scores.reduce((total, score) => total + score.withCandidates.owner.right, 0),
        total: scores.reduce((total, score) => total + score.withCandidates.owner.total, 0)
      }
    },
    attendance: sum(scores.map((score) => score.attendance)),
    speakers: sum(scores.map((score) => score.speakers)),
    owner: {right: owner.a, total: owner.b},
    due: {right: due.a, total: due.b},
    meeting: {right: meeting.a, total: meeting.b},
    language: {right: scores.filter((score) => score.language).length, total: scores.length},
    evidence: {verbatim: evidence.a, total: evidence.b},
    joins: {intact: joins.a, total: joins.b},
    absent: {clean: absent.a, total: absent.b}
  }
  const targets: Targets = targetSets[options.targets ?? 'samples']
  const meetsTargets =
    scores.length > 0 &&
    f1(totals.actionItems).f1 >= targets.actionItemsF1 &&
    (totals.owner.total === 0 || totals.owner.right / totals.owner.total >= targets.ownerAccuracy) &&
    f1(totals.decisions).f1 >= targets.decisionsF1 &&
    f1(totals.attendance).f1 >= targets.attendanceF1 &&
    (targets.speakersF1 === null || f1(totals.speakers).f1 >= targets.speakersF1) &&
    totals.language.right === totals.language.total &&
    totals.evidence.verbatim === totals.evidence.total &&
    totals.absent.clean === totals.absent.total
  return {files: scores, totals, unannotated, meetsTargets, targets}
}

const prf = (counts: Counts): string => {
  const {precision, recall, f1: score} = f1(counts)
  return `${precision.toFixed(2)} ${recall.toFixed(2)} ${score.toFixed(2)}`
}
const share = (a: number, b: number): string => (b === 0 ? '  —  ' : `${a}/${b}`)

export function formatEval(result: EvalResult, verbose = false): string {
  const lines: string[] = []
  if (result.files.length === 0) return [...result.unannotated.map((input) => `no annotation for ${input}; not scored`), 'No annotated file: nothing scored.'].join('\n')
  const header = ['file'.padEnd(28), 'action items P R F1'.padEnd(20), 'decisions P R F1'.padEnd(18), 'attendance P R F1'.padEnd(19), 'speakers P R F1'.padEnd(17), 'owner', ' due ', 'lang', 'fields', 'quotes', 'joins', 'clean']
  lines.push(header.join(' '))
  const row = (label: string, figures: Figures, language: string): string =>
    [
      label.padEnd(28),
      prf(figures.actionItems).padEnd(20),
      prf(figures.decisions).padEnd(18),
      prf(figures.attendance).padEnd(19),
      prf(figures.speakers).padEnd(17),
      share(figures.owner.right, figures.owner.total).padEnd(5),
      share(figures.due.right, figures.due.total).padEnd(5),
      language.padEnd(4),
      share(figures.meeting.right, figures.meeting.total).padEnd(6),
      share(figures.evidence.verbatim, figures.evidence.total).padEnd(6),
      share(figures.joins.intact, figures.joins.total).padEnd(5),
      share(figures.absent.clean, figures.absent.total)
    ].join(' ')
  for (const score of result.files) {
    lines.push(row(score.file, score, score.language ? 'ok' : 'WRONG'))
    if (verbose) {
      for (const miss of [...score.misses, ...score.meeting.wrong, ...score.evidence.failures, ...score.joins.missing.map((join) => `join missing: ${join}`), ...score.absent.found.map((text) => `still present: ${text}`)]) {
        lines.push(`    ${miss}`)
      }
    }
  }
  const t = result.totals
  lines.push(row('all files (micro)', t, share(t.language.right, t.language.total)))
  const accuracy = (owner: {right: number; total: number}): number => (owner.total === 0 ? 1 : owner.right / owner.total)
  const goal = result.targets
  const c = t.withCandidates
  lines.push('')
  lines.push(
    `action items P/R/F1 ${prf(t.actionItems)} (target F1 ${goal.actionItemsF1}), owner accuracy ${accuracy(t.owner).toFixed(2)} (target ${goal.ownerAccuracy}); decisions P/R/F1 ${prf(t.decisions)} (target F1 ${goal.decisionsF1}); attendance F1 ${f1(t.attendance).f1.toFixed(2)} (target ${goal.attendanceF1})` +
      (goal.speakersF1 === null ? '' : `; speakers F1 ${f1(t.speakers).f1.toFixed(2)} (target ${goal.speakersF1})`)
  )
  lines.push(`with candidates: action items P/R/F1 ${prf(c.actionItems)}, owner accuracy ${accuracy(c.owner).toFixed(2)}; decisions P/R/F1 ${prf(c.decisions)}`)
  lines.push(result.meetsTargets ? 'All quality targets met.' : 'Some quality targets are NOT met.')
  for (const input of result.unannotated) lines.push(`no annotation for ${input}; not scored`)
  return lines.join('\n')
}
