import {describe, expect, it} from 'vitest'
import {record} from './helpers/run.js'

const rollCall = [
  'MARIO ALEMAN:',
  '',
  "Mario Aleman speaking. We have Alberto Soto and Sergio Salinas Porto on the Spanish line. We have no one on the English line. We have apologies from Aida Noblia, Maritza Aguero, and Dev Anand Teelucksingh. I'm together with Silvia Vivanco and Claudia Ruiz. I will be managing the call and our interpreters will be Paula and David.",
  '',
  'SERGIO SALINAS PORTO:',
  '',
  'Thank you, Mario. Before giving you the floor, I would like to welcome Antonio Medina Gomez who has joined the meeting.',
  '',
  'ALBERTO SOTO: Thank you.',
  '',
  'SILVIA VIVANCO: Noted.'
].join('\n')

describe('attendance', () => {
  const {attendance} = record(rollCall)
  const names = (list: Array<{name: string}>): string[] => list.map((person) => person.name)

  it('reads the roll call: present with channel, apologies, staff, interpreters', () => {
    expect(attendance.present.map((person) => [person.name, person.channel ?? null, person.joinedLate ?? false])).toEqual([
      ['Alberto Soto', 'es', false],
      ['Sergio Salinas Porto', 'es', false],
      ['Antonio Medina Gomez', null, true]
    ])
    expect(names(attendance.apologies)).toEqual(['Aida Noblia', 'Maritza Aguero', 'Dev Anand Teelucksingh'])
    expect(names(attendance.interpreters)).toEqual(['Paula', 'David'])
  })

  it('counts the one managing the call, and those with them, as staff, not as present', () => {
    expect(names(attendance.staff).sort()).toEqual(['Claudia Ruiz', 'Mario Aleman', 'Silvia Vivanco'])
    expect(names(attendance.present)).not.toContain('Silvia Vivanco')
  })

  it('points to the roll-call words each name was read from', () => {
    const paula = attendance.interpreters[0]!
    expect(paula.evidence).toMatchObject({startLine: 3, endLine: 3, speaker: 'Mario Aleman'})
    expect(paula.evidence!.quote).toContain('our interpreters will be Paula and David')
  })

  it('skips clauses in a list of names and keeps two Silvias apart', () => {
    const {attendance: other} = record(
      "CLAUDIA RUIZ: We have no participants on the English channel and we have apologies from Silvia Vivanco, she's from the staff, and Sylvia Herlein Leite. No, Harold is not connected to the call yet but we have Sergio. He has joined the call.\n\nSERGIO: Hello.\n\nCLAUDIA RUIZ: Hello, Adrian, welcome."
    )
    expect(names(other.apologies)).toEqual(['Silvia Vivanco', 'Sylvia Herlein Leite'])
    expect(names(other.absent)).toEqual(['Harold'])
    // Claudia Ruiz spoke and nothing here says she is staff.
    expect(other.present.map((person) => [person.name, person.joinedLate ?? false])).toEqual([
      ['Sergio', true],
      ['Adrian', true],
      ['Claudia Ruiz', false]
    ])
  })

  it('counts whoever spoke as present when there is no roll call', () => {
    const {attendance: other} = record('LEON SANCHEZ: Good morning.\n\nEVAN LEIBOVITCH: The recording is started.')
    expect(other.present.map((person) => [person.name, person.source])).toEqual([
      ['Leon Sanchez', 'spoke'],
      ['Evan Leibovitch', 'spoke']
    ])
  })
})
