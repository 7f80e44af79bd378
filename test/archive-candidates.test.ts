/**
 * Accepting a candidate in one step, on both engines: the item keeps the
 * candidate's words, owner, due date, evidence and confidence, says it was
 * accepted, is audited, survives processing again, and the candidate is not
 * offered again; unknown meetings, unknown ids and a second acceptance are
 * refused with a reason.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Archive} from '../src/archive/types.js'
import {candidateRecord, candidateTranscript, ownCandidates} from './helpers/candidates.js'
import {archiveEngines} from './helpers/engines.js'

describe.each(archiveEngines)('candidates on $name', (engine) => {
  let archive: Archive
  let meetingId: number

  beforeAll(async () => {
    archive = await engine.open()
    const stored = await archive.ingest(candidateRecord(), {text: candidateTranscript})
    meetingId = stored.meeting.id
  })
  afterAll(async () => {
    await archive?.close()
  })

  it('lists the latest revision\'s candidates with their meeting, lines and quote, filtered by meeting and kind', async () => {
    const all = await archive.candidates()
    expect(all.map((entry) => entry.candidate.id)).toEqual(['C1', 'C2'])
    expect(all[0]!.meeting.id).toBe(meetingId)
    expect(all[0]!.source).toEqual({path: 'harbour/outreach-2026-11-20.txt', startLine: 5, endLine: 5, startSeconds: 65})
    expect(all[0]!.candidate.evidence.quote).toBe('Maya Lind: Maybe I could compare the printer quotes before the next call.')
    expect((await archive.candidates({type: 'decision'})).map((entry) => entry.candidate.id)).toEqual(['C2'])
    expect((await archive.candidates({meetingId}))).toHaveLength(2)
    expect((await archive.meeting(meetingId))!.candidates.map((entry) => entry.candidate.id)).toEqual(['C1', 'C2'])
    await expect(archive.candidates({meetingId: 999})).rejects.toMatchObject({code: 'not-found', message: expect.stringContaining('No meeting 999')})
  })

  it('accepts an action candidate as an open item with its owner, due date, evidence, time and confidence, flagged and audited', async () => {
    const item = await archive.review({op: 'accept', meetingId, candidate: 'c1', type: 'action', by: 'ana'})
    expect(item).toMatchObject({
      type: 'action',
      text: 'Compare the printer quotes',
      owner: 'Maya Lind',
      due: '2026-12-04',
      status: 'open',
      origin: 'added',
      flags: ['accepted-candidate'],
      confidence: 0.42,
      evidence: {quote: 'Maya Lind: Maybe I could compare the printer quotes before the next call.', startLine: 5, endLine: 5, speaker: 'Maya Lind', startSeconds: 65},
      source: {startLine: 5, endLine: 5, startSeconds: 65}
    })
    const history = await archive.history(item.id)
    expect(history.map((entry) => [entry.field, entry.new, entry.by])).toEqual([
      ['created', 'Compare the printer quotes', 'ana'],
      ['accepted', 'C1 (revision 1, confidence 0.42)', 'ana'],
      ['owner', 'Maya Lind', 'ana'],
      ['due', '2026-12-04', 'ana']
    ])
    expect((await archive.candidates({meetingId})).map((entry) => entry.candidate.id)).toEqual(['C2'])
    expect((await archive.meeting(meetingId))!.items.map((entry) => entry.id)).toContain(item.id)
    const found = await archive.search({text: 'printer quotes', type: 'action'})
    expect(found.hits.map((hit) => hit.id)).toContain(item.id)
  })

  it('puts the accepted item in the reviewed record with its quote, and leaves the candidate out of it', async () => {
    const reviewed = await archive.reviewedRecord(meetingId)
    const action = reviewed.actionItems.find((entry) => entry.task === 'Compare the printer quotes')
    expect(action).toMatchObject({owner: 'Maya Lind', due: '2026-12-04', confidence: 0.42, evidence: {startLine: 5, endLine: 5}})
    expect(action!.review?.note).toContain('accepted from the candidates')
    expect(reviewed.candidates!.map((entry) => entry.id)).toEqual(['C2'])
  })

  it('refuses a second acceptance, an unknown candidate, a candidate of the other kind, a malformed id and an unknown meeting', async () => {
    const first = (await archive.items({meetingId})).find((entry) => entry.flags.includes('accepted-candidate'))!
    await expect(archive.review({op: 'accept', meetingId, candidate: 'C1', by: 'bo'})).rejects.toMatchObject({
      code: 'conflict',
      message: `Candidate C1 of meeting ${meetingId} was already accepted as item ${first.id}`
    })
    await expect(archive.review({op: 'accept', meetingId, candidate: 'C9', by: 'bo'})).rejects.toMatchObject({code: 'not-found', message: expect.stringContaining('No candidate C9 in meeting')})
    await expect(archive.review({op: 'accept', meetingId, candidate: 'C2', type: 'action', by: 'bo'})).rejects.toMatchObject({
      code: 'invalid',
      message: `Candidate C2 of meeting ${meetingId} is a decision, not an action item`
    })
    await expect(archive.review({op: 'accept', meetingId, candidate: "C1'; DROP TABLE items; --", by: 'bo'})).rejects.toMatchObject({code: 'invalid', message: expect.stringContaining('is not a candidate id')})
    await expect(archive.review({op: 'accept', meetingId: 4242, candidate: 'C1', by: 'bo'})).rejects.toMatchObject({code: 'not-found', message: expect.stringContaining('No meeting 4242')})
    await expect(archive.review({op: 'accept', meetingId, candidate: 'C2', by: '  '})).rejects.toMatchObject({code: 'invalid'})
    expect((await archive.items({meetingId})).filter((entry) => entry.flags.includes('accepted-candidate'))).toHaveLength(1)
  })

  it('accepts a decision candidate as confirmed, with no owner or due date; of two reviewers accepting it at once, one gets it and the other is told', async () => {
    const results = await Promise.allSettled([
      archive.review({op: 'accept', meetingId, candidate: 'C2', type: 'decision', by: 'ana'}),
      archive.review({op: 'accept', meetingId, candidate: 'C2', type: 'decision', by: 'bo'})
    ])
    const won = results.filter((result) => result.status === 'fulfilled')
    const lost = results.filter((result) => result.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({code: 'conflict', message: expect.stringContaining('was already accepted as item')})
    const decision = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<Archive['review']>>>).value
    expect(decision).toMatchObject({type: 'decision', status: 'confirmed', owner: null, due: null, confidence: 0.35, text: 'Keep the newsletter monthly for the time being'})
    expect(await archive.candidates({meetingId})).toEqual([])
  })

  it('keeps accepted items when the transcript is processed again with its lines moved, and does not offer their candidates again', async () => {
    const accepted = (await archive.items({meetingId})).filter((entry) => entry.flags.includes('accepted-candidate'))
    expect(accepted).toHaveLength(2)
    const corrected = `Recording started.\n\n${candidateTranscript}`
    const revised = await archive.ingest(candidateRecord(corrected, 2), {text: corrected})
    expect(revised).toMatchObject({outcome: 'revision', meeting: {id: meetingId}})
    const after = (await archive.items({meetingId})).filter((entry) => entry.flags.includes('accepted-candidate'))
    expect(after.map((entry) => [entry.id, entry.text, entry.status])).toEqual(accepted.map((entry) => [entry.id, entry.text, entry.status]))
    expect(await archive.candidates({meetingId})).toEqual([])
    await expect(archive.review({op: 'accept', meetingId, candidate: 'C1', by: 'bo'})).rejects.toMatchObject({code: 'conflict'})
  })

  it('does not store an item twice when a later extraction finds an accepted candidate with confidence', async () => {
    const before = await archive.items({meetingId})
    const [accepted] = before.filter((entry) => entry.type === 'action' && entry.flags.includes('accepted-candidate'))
    const corrected = `Recording started.\n\n${candidateTranscript}\n`
    const base = candidateRecord(corrected, 2)
    const confident = {
      id: `A${base.actionItems.length + 1}`,
      task: 'Compare the printer quotes',
      owner: 'Maya Lind',
      due: '2026-12-04',
      status: 'open' as const,
      confidence: 0.8,
      evidence: {...base.candidates![0]!.evidence}
    }
    const revised = await archive.ingest({...base, actionItems: [...base.actionItems, confident], candidates: []}, {text: corrected})
    expect(revised.outcome).toBe('revision')
    const after = await archive.items({meetingId, type: 'action'})
    expect(after.filter((entry) => /printer quotes/.test(entry.text)).map((entry) => entry.id)).toEqual([accepted!.id])
    expect(after).toHaveLength(before.filter((entry) => entry.type === 'action').length)
  })

  it('still does not offer a candidate whose accepted item was later rejected', async () => {
    const [action] = (await archive.items({meetingId, type: 'action'})).filter((entry) => entry.flags.includes('accepted-candidate'))
    await archive.review({item: action!.id, op: 'reject', reason: 'done before the call', by: 'ana'})
    // A revision that proposes both candidates again.
    const again = `Recording started at ten.\n\n${candidateTranscript}`
    expect((await archive.ingest(candidateRecord(again, 2), {text: again})).outcome).toBe('revision')
    expect((await archive.meeting(meetingId))!.record.candidates).toHaveLength(2)
    expect(await archive.candidates({meetingId})).toEqual([])
    expect((await archive.reviewedRecord(meetingId)).candidates).toEqual([])
  })

  it('refuses a candidate id from a revision the meeting has moved past, and takes it with the revision it was listed under', async () => {
    // Another call of the group, so another meeting.
    const path = 'harbour/outreach-2026-11-27.txt'
    const transcript = candidateTranscript.replace('20 November', '27 November')
    const first = await archive.ingest(candidateRecord(transcript, 0, path), {text: transcript})
    const id = first.meeting.id
    const listed = await archive.candidates({meetingId: id})
    expect(listed.map((entry) => [entry.candidate.id, entry.candidate.kind, entry.revision])).toEqual([['C1', 'action', 1], ['C2', 'decision', 1]])
    // Processed again, with the candidates found in the other order: C1 is now the decision.
    const corrected = `Recording started.\n\n${transcript}`
    const [action, decision] = ownCandidates(corrected, 2)
    const swapped = {...candidateRecord(corrected, 2, path), candidates: [{...decision!, id: 'C1'}, {...action!, id: 'C2'}]}
    expect((await archive.ingest(swapped, {text: corrected})).outcome).toBe('revision')
    await expect(archive.review({op: 'accept', meetingId: id, candidate: 'C1', revision: 1, by: 'ana'})).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('revision 2')
    })
    expect((await archive.items({meetingId: id})).filter((entry) => entry.flags.includes('accepted-candidate'))).toEqual([])
    const taken = await archive.review({op: 'accept', meetingId: id, candidate: 'C1', revision: 2, by: 'ana'})
    expect(taken).toMatchObject({type: 'decision', text: 'Keep the newsletter monthly for the time being'})
  })
})
