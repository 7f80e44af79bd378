import {describe, expect, it} from 'vitest'
import {SourceIndex} from '../src/lib/source-index.js'

describe('SourceIndex', () => {
  const source = new SourceIndex('one\ntwo\r\nthree\n')

  it('maps offsets to 1-based lines and columns', () => {
    expect(source.point(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(source.point(4)).toEqual({line: 2, column: 1, offset: 4})
    expect(source.point(9)).toEqual({line: 3, column: 1, offset: 9})
    expect(source.point(11)).toEqual({line: 3, column: 3, offset: 11})
  })

  it('gives line text without line endings', () => {
    expect(source.line(2)).toBe('two')
    expect(source.lineEnd(2)).toBe(7)
  })

  it('does not count a trailing newline as a line', () => {
    expect(source.lineCount).toBe(3)
  })
})
