import {describe, expect, it} from 'vitest'
import {record} from './helpers/run.js'

const opening = 'CHAIR PERSON: Welcome to the call of the Example Working Group on Thursday, November 30, 2017 at 23:00 UTC.\n\n'
const decisions = (text: string) => record(opening + text).decisions

describe('decisions', () => {
  it('takes a proposal accepted by the next speaker, with who confirmed it', () => {
    const [decision] = decisions(
      'SILVIA VIVANCO: I would raise this point: individual users can participate and we need to discuss their voting rights. Is that correct if I write it like that in our minutes?\n\nSERGIO SALINAS: Yes, that is correct.'
    )
    expect(decision).toMatchObject({text: 'I would raise this point: individual users can participate and we need to discuss their voting rights.', confirmedBy: 'Sergio Salinas'})
    expect(decision!.evidence.speaker).toBe('Silvia Vivanco')
  })

  it('takes the next meeting, with the most precise date said for it', () => {
    const result = decisions(
      'SERGIO SALINAS: I hope to see you in the next meeting that will be in a week\'s time, right?\n\nSILVIA VIVANCO: Yes. If you wish, it can be on the same day at the same time.\n\nSERGIO SALINAS: Yes, same day, same time. It will be Thursday the 7th of December at 23:00 UTC.'
    )
    expect(result).toHaveLength(1)
    expect(result[0]!.text).toBe('Next meeting: Thursday, December 7, 2017 23:00 UTC')
    expect(result[0]!.evidence.quote).toBe('It will be Thursday the 7th of December at 23:00 UTC.')
  })

  it('takes the next meeting on a weekday with its day of the month ("Friday the 12th at 3 p.m."), with the hour said after it', () => {
    const result = record('Working group call, 2 December 2025\n\nMAUREEN WEPNGONG: Thanks for joining us. Our next meeting will be on Friday the 12th at 3 p.m. UTC.\n\nLUCAS PEDRO: Thanks, see you.')
    expect(result.decisions.map((decision) => decision.text)).toEqual(['Next meeting: Friday, December 12, 2025 15:00 UTC'])
  })

  it('gives the next meeting no day that nobody said: "next week" is no day, nor is "a day to meet"', () => {
    const result = record(
      'Working group call, 2 December 2025\n\nMAUREEN WEPNGONG: Thanks for joining us. Hopefully you can join us again next week for the next meeting.\n\nLUCAS PEDRO: Thanks, see you.\n\nMAUREEN WEPNGONG: For our next meeting I was hoping we could decide on a day to meet within the week.'
    )
    expect(result.meeting.date).toBe('2025-12-02')
    expect(result.decisions).toEqual([])
  })

  it('takes explicit agreements, but not conditionals, reports or open questions', () => {
    const texts = (text: string) => decisions(text).map((decision) => decision.text)
    expect(texts('LEON SANCHEZ: I agree with that proposal, so let\'s have a ten-minute break.')).toEqual(["I agree with that proposal, so let's have a ten-minute break."])
    expect(texts("ALBERTO SOTO: So we've reached a consensus. The value is 2.")).toEqual(["We've reached a consensus. The value is 2."])
    expect(texts('SERGIO SALINAS: Then, we will see if it is approved by the working group.')).toEqual([])
    expect(texts('SERGIO SALINAS: This is what we agreed on when we signed the MOU.')).toEqual([])
    expect(texts('ANA LOPEZ: What should we choose in design?\n\nBEN RUIZ: Yeah.')).toEqual([])
  })

  it('weighs down an account of what another body decided, told in a monologue', () => {
    const monologue = `${'We organise a national event every year and we learn a lot from it. '.repeat(30)}We decided that the word governance did not suit the community.`
    expect(decisions(`ELLEN STRICKLAND: ${monologue}\n\nLEON SANCHEZ: Thank you.`)).toEqual([])
  })

  it('reads the agreed statements of an outcome document, one per point, pending points left out', () => {
    const result = record(
      'WAY FORWARD\n\n· We believe that the mission is appropriate and should be maintained.\n· To be discussed: membership and voting.\n· The group must create an appeals process. It should be fast.\n· The group must create an appeals process\n\nNEXT STEPS\n\n· Share the summary\n'
    )
    expect(result.decisions.map((decision) => decision.text)).toEqual(['We believe that the mission is appropriate and should be maintained.', 'The group must create an appeals process.'])
  })
})
