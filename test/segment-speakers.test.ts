import {describe, expect, it} from 'vitest'
import {record} from './helpers/run.js'

const names = (text: string): string[] => record(text).speakers.map((speaker) => speaker.name)
const labels = (text: string): Array<string | null> => record(text).segments.map((segment) => segment.speaker)

describe('segment', () => {
  it('reads every label style of the transcripts', () => {
    const text = [
      'MARIO ALEMAN:',
      '',
      'Welcome, everyone.',
      '',
      'SILVIA VIVANCO: Thank you.',
      '',
      '**ALBERTO SOTO:** Hello.',
      '',
      '[ROBERT CASTONGUAY]: Would it be easier?',
      '',
      'UNIDENTIFIED MALE: Sorry, one question.',
      '',
      'MARIO ALEMAN: Go ahead.'
    ].join('\n')
    expect(labels(text)).toEqual(['Mario Aleman', 'Silvia Vivanco', 'Alberto Soto', 'Robert Castonguay', null, 'Mario Aleman'])
    const result = record(text)
    expect(result.segments.map((segment) => segment.text)).toEqual(['Welcome, everyone.', 'Thank you.', 'Hello.', 'Would it be easier?', 'Sorry, one question.', 'Go ahead.'])
    expect(result.segments[4]!.label).toBe('UNIDENTIFIED MALE')
    expect(result.speakers.find((speaker) => speaker.name === 'Robert Castonguay')?.uncertain).toBe(true)
    expect(result.speakers.find((speaker) => speaker.name === 'Mario Aleman')?.turns).toBe(2)
  })

  it('reads `Role: text` transcripts, one turn per line', () => {
    const text = ['Project Manager: Okay, we are all set.', 'Industrial Designer: No.', 'Project Manager: Then go ahead.', 'PhD F: Sure.', 'PERSON8: Hi.', 'PERSON2: Hello.'].join('\n')
    expect(labels(text)).toEqual(['Project Manager', 'Industrial Designer', 'Project Manager', 'PhD F', 'PERSON8', 'PERSON2'])
  })

  it('does not take a recurring phrase for a speaker where labels are in capitals', () => {
    const text = ['EVAN LEIBOVITCH: Two questions.', '', 'The first question is: do governments include outside groups?', '', 'The first question is: again.', '', 'LEON SANCHEZ: Thanks.'].join('\n')
    expect(names(text)).toEqual(['Evan Leibovitch', 'Leon Sanchez'])
  })

  it('never takes field names for speakers', () => {
    const text = ['Date: 22 September 2020', 'Agenda: weekly call', 'Alice: Hello.', 'Bob: Hi.', 'Alice: Bye.'].join('\n')
    expect(names(text)).toEqual(['Alice', 'Bob'])
  })

  it('resolves short forms and self-introductions to one speaker', () => {
    const text = ['LILIAN IVETTE DE LUQUE: This is Lilian De Luque for the record. Welcome.', '', 'LILIAN DE LUQUE: Next item.', '', 'CLAUDIA RUIZ: Noted.'].join('\n')
    const result = record(text)
    expect(result.speakers.map((speaker) => [speaker.name, speaker.turns])).toEqual([
      ['Lilian Ivette De Luque', 2],
      ['Claudia Ruiz', 1]
    ])
    expect(result.speakers[0]!.aliases).toContain('Lilian De Luque')
  })

  it('names an unidentified speaker who introduces themself', () => {
    const text = ['SERGIO SALINAS PORTO: Hello.', '', 'UNIDENTIFIED MALE: Sergio Salinas speaking. One more thing.', '', 'ALBERTO SOTO: Yes.'].join('\n')
    expect(labels(text)).toEqual(['Sergio Salinas Porto', 'Sergio Salinas Porto', 'Alberto Soto'])
  })

  it('keeps people with similar labels apart: identifiers, initials, similar first names', () => {
    expect(names('PERSON8: a\nPERSON2: b\nPERSON8: c')).toEqual(['PERSON8', 'PERSON2'])
    expect(names('Grad A: a\nGrad E: b\nGrad A: c')).toEqual(['Grad A', 'Grad E'])
    expect(names('SILVIA VIVANCO: a\n\nSYLVIA HERLEIN LEITE: b')).toEqual(['Silvia Vivanco', 'Sylvia Herlein Leite'])
  })

  it('gives a role label to the person who holds the role at that point', () => {
    const text = [
      'The Chair (Hon. Anthony Rota (Nipissing, Lib.)): I call this meeting to order.',
      'Ms. Jenny Kwan (Vancouver East, NDP): Thank you.',
      'The Chair: Go ahead.',
      'The Acting Chair (Mr. Bruce Stanton (Simcoe North, CPC)): Next.',
      'The Acting Chair: Time is up.',
      'Mr. Bruce Stanton: Thank you.',
      'Ms. Jenny Kwan: Thanks.'
    ].join('\n')
    const result = record(text)
    expect(result.segments.map((segment) => segment.speaker)).toEqual([
      'Hon. Anthony Rota',
      'Ms. Jenny Kwan',
      'Hon. Anthony Rota',
      'Mr. Bruce Stanton',
      'Mr. Bruce Stanton',
      'Mr. Bruce Stanton',
      'Ms. Jenny Kwan'
    ])
    expect(result.speakers.find((speaker) => speaker.name === 'Ms. Jenny Kwan')?.affiliation).toBe('Vancouver East, NDP')
  })

  it('counts a label with nothing after it as a turn', () => {
    const result = record('Grad A: Yes.\nPhD D: \nGrad A: Go on.')
    expect(result.speakers.find((speaker) => speaker.name === 'PhD D')?.turns).toBe(1)
  })

  it('takes a file with too few labels for a document', () => {
    expect(record('NOTE: not a speaker\n\n- first point\n- second point').kind).toBe('document')
  })
})
