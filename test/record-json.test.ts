import {describe, expect, it} from 'vitest'
import {recordJsonChunks} from '../src/render/index.js'
import {record, sample} from './helpers/run.js'

describe('record JSON in pieces', () => {
  it('is byte for byte what JSON.stringify writes', () => {
    for (const name of ['000_baf8e72cffe6bdbc.txt', '004_56ba815c1475ceab.txt']) {
      const result = record(sample(name))
      expect([...recordJsonChunks(result)].join('')).toBe(`${JSON.stringify(result, null, 2)}\n`)
    }
  })

  it('gives every segment a piece of its own', () => {
    const result = record(sample('002_c61e5b4b9bfa9e7b.txt'))
    const chunks = [...recordJsonChunks(result)]
    const longestSegment = Math.max(...result.segments.map((segment) => JSON.stringify(segment, null, 2).length))
    expect(chunks.length).toBeGreaterThan(result.segments.length)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(longestSegment * 1.2)
  })
})
