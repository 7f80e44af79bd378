/**
 * Golden files: the minutes of three samples in every minutes format, kept
 * under test/golden/ and read by a person before they were committed to.
 *
 * The records are kept too (test/golden/<stem>.json), so these tests pin the
 * renderers, not the extraction: a change in what the pipeline extracts does
 * not touch them. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
 * runs the samples through the pipeline again and rewrites records and
 * outputs; read the diff before keeping it.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readTranscript} from '../src/ingest.js'
import {createMinutesProcessor} from '../src/process.js'
import {formats} from '../src/render/index.js'
import {goldenRecord, goldenStems} from './helpers/records.js'

const update = process.env['UPDATE_GOLDEN'] === '1'
const golden = (name: string): URL => new URL(`./golden/${name}`, import.meta.url)

describe('golden minutes', () => {
  if (update) {
    it('regenerates the golden records from the samples', async () => {
      const processRecord = createMinutesProcessor()
      for (const stem of goldenStems) {
        const record = processRecord(await readTranscript(`samples/${stem}.txt`, {settleMs: 0}))
        writeFileSync(golden(`${stem}.json`), `${JSON.stringify(record, null, 2)}\n`)
      }
    })
  }

  for (const stem of goldenStems) {
    for (const name of ['md', 'confluence', 'mediawiki']) {
      it(`renders ${stem} as ${name} exactly as test/golden/${stem}${formats[name]!.extension}`, () => {
        const file = golden(`${stem}${formats[name]!.extension}`)
        const actual = formats[name]!.render(goldenRecord(stem))
        if (update || !existsSync(file)) {
          if (!update) throw new Error(`Missing golden file ${file.pathname}; run with UPDATE_GOLDEN=1 and read it`)
          writeFileSync(file, actual)
        }
        expect(actual).toBe(readFileSync(file, 'utf8'))
      })
    }
  }
})
