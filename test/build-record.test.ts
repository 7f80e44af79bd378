import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import Ajv2020 from 'ajv/dist/2020.js'
import {generated} from '../scripts/generate-record-types.js'
import {assertValid} from '../src/stages/build-record.js'
import {record, sample} from './helpers/run.js'

const schema = JSON.parse(readFileSync(new URL('../schemas/meeting.schema.json', import.meta.url), 'utf8'))

describe('record', () => {
  const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema)

  it('matches the schema for every sample', () => {
    for (const name of ['000_baf8e72cffe6bdbc.txt', '001_48dbbc05ea8fe6b1.txt', '002_c61e5b4b9bfa9e7b.txt', '003_e93db6254adc49bd.txt', '004_56ba815c1475ceab.txt']) {
      const result = record(sample(name), {}, `samples/${name}`)
      expect(validate(result), JSON.stringify(validate.errors)).toBe(true)
      expect(result.source.path).toBe(`samples/${name}`)
    }
  })

  it('fails a record that does not match, naming where', () => {
    const bad = {...record(sample('001_48dbbc05ea8fe6b1.txt')), language: 'French'}
    const file = new VFile({path: 'x.txt'})
    expect(() => assertValid(bad, file)).toThrow(/at `\/language`/)
    expect(file.messages[0]?.ruleId).toBe('invalid-record')
  })

  it('keeps the record type and the precompiled validator in step with the schema', async () => {
    for (const [url, body] of await generated()) {
      expect(readFileSync(url, 'utf8'), `${url.pathname} is stale: run npm run schema`).toBe(body)
    }
  })
})
