/**
 * A meeting of our own with two candidates at known lines: the record is what
 * the pipeline makes of the transcript, and its `candidates` are set here, so
 * that tests of accepting them do not depend on what the extraction finds
 * below its threshold today. Quotes are cut from the lines, as the pipeline
 * cuts them.
 */
import {cutLines} from '../../src/archive/archive.js'
import type {Candidate, MeetingRecord} from '../../src/record.js'
import {record} from './run.js'

export const candidateTranscript = [
  'Harbour Volunteers — outreach call, 20 November 2026',
  '',
  'Chair: Welcome everyone to the outreach call of the Harbour Volunteers.',
  'Chair: First item is the newsletter and the printed flyers.',
  'Maya Lind: Maybe I could compare the printer quotes before the next call.',
  'Chair: Perhaps we keep the newsletter monthly for the time being.',
  'Tom Reyes: Nothing else from me today.',
  'Chair: Thanks all, talk soon.',
  ''
].join('\n')

/** The candidates of the transcript, their lines moved down by `shift` (a corrected transcript with lines added above). */
export function ownCandidates(text: string, shift = 0): Candidate[] {
  const action = 5 + shift
  const decision = 6 + shift
  return [
    {
      id: 'C1',
      kind: 'action',
      text: 'Compare the printer quotes',
      owner: 'Maya Lind',
      ownerKind: 'person',
      due: '2026-12-04',
      confidence: 0.42,
      evidence: {quote: cutLines(text, action, action), startLine: action, endLine: action, speaker: 'Maya Lind', startSeconds: 65}
    },
    {
      id: 'C2',
      kind: 'decision',
      text: 'Keep the newsletter monthly for the time being',
      confidence: 0.35,
      evidence: {quote: cutLines(text, decision, decision), startLine: decision, endLine: decision, speaker: 'Chair'}
    }
  ]
}

/** The record of `text` with the two candidates, stored under `path`. */
export function candidateRecord(text = candidateTranscript, shift = 0, path = 'harbour/outreach-2026-11-20.txt'): MeetingRecord {
  return {...record(text, {}, path), candidates: ownCandidates(text, shift)}
}
