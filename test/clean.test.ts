import {describe, expect, it} from 'vitest'
import {ingested, record, sample} from './helpers/run.js'

const disclaimer =
  'Note: The following is the output resulting from transcribing an audio file into a word/text document. Although the transcription is largely accurate, in some cases may be incomplete or inaccurate due to inaudible passages and grammatical corrections. It is posted as an aid to the original audio file, but should not be treated as an authoritative record.'

describe('clean', () => {
  it('drops a disclaimer paragraph and rejoins the sentence it cut in two', () => {
    const result = record(`JANE DOE:\n\nWe need to see how we can move forward\n\n${disclaimer}\n\nand allow the participation of individual users.\n\nJOHN ROE:\n\nYes.`)
    const text = result.segments[0]!.text
    expect(text).toContain('how we can move forward and allow the participation of individual users.')
    expect(text).not.toContain('Note:')
  })

  it('drops a disclaimer that falls inside a paragraph', () => {
    const result = record(`JANE DOE: We need to move forward ${disclaimer} and allow the participation.\n\nJOHN ROE: Yes.`)
    expect(result.segments[0]!.text).toBe('We need to move forward and allow the participation.')
  })

  it('rejoins a sentence a blank line or a `---` page break cut, but not two sentences', () => {
    const result = record('JANE DOE:\n\nPerhaps if we could\n\nspeak about virtual ALS. That is all.\n\n---\n\nThe next point.\n\nJOHN ROE: and it\n\n---\n\ncontinues here.')
    expect(result.segments[0]!.text).toBe('Perhaps if we could speak about virtual ALS. That is all.\n\nThe next point.')
    expect(result.segments[1]!.text).toBe('and it continues here.')
  })

  it('stops at the end marker, and reports text after it', () => {
    const {tree, file} = ingested('JANE DOE: Bye.\n\nJOHN ROE: Bye-bye.\n\n**[END OF TRANSCRIPTION]**\n\nSomething pasted later.')
    expect(JSON.stringify(tree)).not.toContain('END OF TRANSCRIPTION')
    expect(JSON.stringify(tree)).not.toContain('pasted later')
    const warning = file.messages.find((message) => message.ruleId === 'text-after-end-marker')
    expect(warning?.line).toBe(7)
  })

  it('leaves no disclaimer or end marker in any segment of the samples', () => {
    for (const name of ['000_baf8e72cffe6bdbc.txt', '003_e93db6254adc49bd.txt', '002_c61e5b4b9bfa9e7b.txt']) {
      for (const segment of record(sample(name)).segments) {
        expect(segment.text).not.toMatch(/The following is the output|END OF TRANSCRIPTION|authoritative record/)
      }
    }
  })

  it('marks inaudible passages and guesses as uncertain, keeping their text', () => {
    const result = record('JANE DOE: We had [inaudible] members in [Guajara] today.\n\nJOHN ROE: Fine.')
    expect(result.segments[0]!.text).toBe('We had [inaudible] members in [Guajara] today.')
    expect(result.segments[0]!.uncertain).toEqual([
      {text: '[inaudible]', kind: 'inaudible', line: 1},
      {text: '[Guajara]', kind: 'guess', line: 1}
    ])
  })

  it('reads a turn without its hesitations, and quotes it as said', () => {
    const result = record("MARTA LINDQVIST: Thanks everyone. Um, the report is late.\n\nOWEN PRICE: Right, I'll, uh, send the report tomorrow, um, before noon.", {languages: ['en']})
    expect(result.segments.map((segment) => segment.text)).toEqual(['Thanks everyone. the report is late.', "Right, I'll send the report tomorrow before noon."])
    expect(result.actionItems).toEqual([
      expect.objectContaining({
        owner: 'Owen Price',
        task: 'Send the report tomorrow before noon',
        evidence: expect.objectContaining({quote: "Right, I'll, uh, send the report tomorrow, um, before noon.", startLine: 3, endLine: 3})
      })
    ])
  })

  it('takes hesitations in each turn’s own language: "um" is a word in Portuguese, "euh" a hesitation in French', () => {
    const portuguese = record('RUI COSTA: Eu vou enviar um documento com o orçamento amanhã.\n\nANA LIMA: Obrigada, Rui, vou ler com atenção.', {languages: ['pt']})
    expect(portuguese.segments[0]!.text).toBe('Eu vou enviar um documento com o orçamento amanhã.')
    const french = record('PAUL MARTIN: Je vais, euh, envoyer le document demain.\n\nCLAIRE DUMONT: Merci, Paul.', {languages: ['fr']})
    expect(french.segments[0]!.text).toBe('Je vais envoyer le document demain.')
    expect(french.actionItems).toEqual([expect.objectContaining({owner: 'Paul Martin', task: 'Envoyer le document demain'})])
  })

  it('keeps words that only start like a hesitation ("umbrella", "uh-oh", "humble")', () => {
    const result = record('JANE DOE: Uh-oh, the umbrella policy is a humble start.\n\nJOHN ROE: Fine.', {languages: ['en']})
    expect(result.segments[0]!.text).toBe('Uh-oh, the umbrella policy is a humble start.')
  })
})
