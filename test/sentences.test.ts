import {describe, expect, it} from 'vitest'
import {sentencesOf} from '../src/lib/sentences.js'

const abbreviations = new Set(['mr.', 'e.g.', 'sra.'])
const texts = (text: string, language = 'en') => sentencesOf(text, language, abbreviations).map((sentence) => sentence.text)

describe('sentencesOf', () => {
  it('keeps an abbreviation, an ellipsis and a decimal inside the sentence', () => {
    expect(texts('Ask Mr. Owen about it. Then we close.')).toEqual(['Ask Mr. Owen about it.', 'Then we close.'])
    expect(texts('We could use a tool, e.g. a shared sheet.')).toEqual(['We could use a tool, e.g. a shared sheet.'])
    expect(texts('So... maybe we wait. It costs 3.5 euros.')).toEqual(['So... maybe we wait.', 'It costs 3.5 euros.'])
  })

  it('gives offsets that point at the sentence in the text', () => {
    const text = '  Yes. okay then.  '
    for (const sentence of sentencesOf(text, 'en', abbreviations)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})
