/** The meeting list's counts, summed in one query, agree with the items and revisions themselves. */
import {afterAll, beforeAll, expect, it} from 'vitest'
import type {Archive} from '../src/archive/types.js'
import {processInto, sampleText, temporaryArchive} from './helpers/review.js'

let archive: Archive
let remove: () => Promise<void>

beforeAll(async () => {
  ;({archive, remove} = await temporaryArchive())
  for (const name of ['000_baf8e72cffe6bdbc.txt', '003_e93db6254adc49bd.txt']) await processInto(archive, sampleText(name), `samples/${name}`)
})

afterAll(async () => {
  await remove?.()
})

it('counts open, live and rejected items and revisions per meeting as the items say', async () => {
  const [first] = await archive.meetings({group: 'LACRALO Governance Working Group'})
  const actions = await archive.items({meetingId: first!.id, type: 'action'})
  await archive.review({item: actions[0]!.id, op: 'reject', by: 'tester'})
  await archive.review({item: actions[1]!.id, op: 'done', by: 'tester'})
  const decisions = await archive.items({meetingId: first!.id, type: 'decision'})
  await archive.review({item: decisions[0]!.id, op: 'reject', by: 'tester'})
  const text = sampleText('000_baf8e72cffe6bdbc.txt')
  await processInto(archive, `${text}\n`, 'samples/000_baf8e72cffe6bdbc.txt')

  for (const summary of await archive.meetings()) {
    const items = await archive.items({meetingId: summary.id})
    const live = items.filter((item) => item.status !== 'rejected')
    expect(summary.openActions).toBe(items.filter((item) => item.type === 'action' && item.status === 'open').length)
    expect(summary.actions).toBe(live.filter((item) => item.type === 'action').length)
    expect(summary.decisions).toBe(live.filter((item) => item.type === 'decision').length)
    const detail = (await archive.meeting(summary.id))!
    expect(summary.sourcePath).toBe(detail.record.source.path)
    expect(summary.sha256).toBe(detail.record.source.sha256)
  }
  const reviewed = (await archive.meetings()).find((summary) => summary.id === first!.id)!
  expect(reviewed.revisions).toBe(2)
  expect(reviewed.openActions).toBe(actions.length - 2)
  expect(reviewed.actions).toBe(actions.length - 1)
  expect(reviewed.decisions).toBe(decisions.length - 1)
})
