/** Records the renderer tests read: golden sample records and hand-written fixtures. */
import {readFileSync} from 'node:fs'
import type {MeetingRecord} from '../../src/record.js'

/**
 * Samples whose minutes are kept as golden files: two English transcripts
 * and the French outcome document.
 */
export const goldenStems = ['000_baf8e72cffe6bdbc', '003_e93db6254adc49bd', '004_56ba815c1475ceab'] as const

/** A fixture record from `test/fixtures/<name>.json`. */
export function fixtureRecord(name: string): MeetingRecord {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as MeetingRecord
}

/** The stored record of a golden sample, `test/golden/<stem>.json`. */
export function goldenRecord(stem: string): MeetingRecord {
  return JSON.parse(readFileSync(new URL(`../golden/${stem}.json`, import.meta.url), 'utf8')) as MeetingRecord
}
