import {describe, expect, it} from 'vitest'
import {sentencesOf} from '../src/lib/sentences.js'

const abbreviations = new Set(['mr.', 'e.g.', 'sra.'])
const texts = (text: string, language = 'en') => sentencesOf(text, language, abbreviations).map((sentence) => sentence.text)

describe('sentencesOf', () => {
  it('breaks after a full stop when the next sentence starts in lower case, as spoken-word transcripts write it', () => {
    expect(texts("I'm happy to host. let's talk about it next week, right?")).toEqual(["I'm happy to host.", "let's talk about it next week, right?"])
    expect(texts('Perfecto, lo hago yo. bueno, ¿seguimos?', 'es')).toEqual(['Perfecto, lo hago yo.', 'bueno, ¿seguimos?'])
  })

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
