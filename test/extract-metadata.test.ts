import {describe, expect, it} from 'vitest'
import {record} from './helpers/run.js'

describe('metadata', () => {
  it('reads group, date, time and time zone from the opening lines', () => {
    const {meeting} = record(
      'MARIO ALEMAN: Welcome to this call of the LACRALO Governance Working Group on Thursday, November 30, 2017 at 23:00 hours UTC. We have Alberto Soto on the Spanish line.\n\nALBERTO SOTO: Thank you.'
    )
    expect(meeting).toMatchObject({group: 'LACRALO Governance Working Group', title: 'LACRALO Governance Working Group', date: '2017-11-30', startTime: '23:00', timezone: 'UTC', location: null})
    expect(meeting.evidence?.['date']).toMatchObject({startLine: 1, endLine: 1})
  })

  it('reads a header block: title, date with a time range, place', () => {
    const {meeting} = record(
      '\nLONDON – ATLAS II Thematic Group 1: The Future of Multistakeholderism - Session 2\n\nSunday, June 22, 2014 – 08:00 to 10:30\n\nICANN – London, England\n\nLEON SANCHEZ: Good morning.\n\nEVAN LEIBOVITCH: Recording.'
    )
    expect(meeting).toMatchObject({
      title: 'LONDON – ATLAS II Thematic Group 1: The Future of Multistakeholderism - Session 2',
      group: 'ATLAS II Thematic Group 1',
      date: '2014-06-22',
      startTime: '08:00',
      endTime: '10:30',
      timezone: null,
      location: 'London, England'
    })
  })

  it('leaves a date without a year unknown rather than guessing one', () => {
    const {meeting} = record('LACRALO’S WAY FORWARD\n\nLACRALO members met in Los Angeles from January 30 to February 1 to address their differences.\n\n· Make a summary\n· Share it')
    expect(meeting).toMatchObject({date: null, startTime: null, location: 'Los Angeles', group: 'LACRALO', title: 'LACRALO’S WAY FORWARD'})
  })

  it('does not take "today" for a date', () => {
    const {meeting} = record('CLAUDIA RUIZ: Welcome to the Communications Working Group call today.\n\nLILIAN: Thanks.')
    expect(meeting.date).toBeNull()
  })
})
