import {describe, expect, it} from 'vitest'
import {record} from './helpers/run.js'

const opening = 'CHAIR PERSON: Welcome to the call of the Example Working Group on Monday, July 22, 2019 at 23:00 UTC.\n\n'
const items = (text: string) => record(opening + text).actionItems.map((item) => ({task: item.task, owner: item.owner, due: item.due}))

describe('action items', () => {
  it('gives a commitment to the speaker, with the due day resolved against the meeting date', () => {
    expect(items("LILIAN DE LUQUE: So, tomorrow I'm going to send an e-mail to all of you to coordinate the tasks.")).toEqual([
      {task: 'Send an e-mail to all of you to coordinate the tasks', owner: 'Lilian De Luque', due: '2019-07-23'}
    ])
  })

  it('leaves owner and due null when they are not said', () => {
    expect(items('ANA LOPEZ: That is an action item and this is to send e-mail to people who are interested in the sub working groups.')).toEqual([
      {task: 'Send e-mail to people who are interested in the sub working groups', owner: null, due: null}
    ])
  })

  it('gives a request to the person addressed by name, never to the one it is for', () => {
    const result = items('ANA LOPEZ: Claudia, could you please send the draft to Evan?\n\nCLAUDIA RUIZ: Sure.\n\nEVAN DOE: Thanks.')
    expect(result).toEqual([{task: 'Send the draft to Evan', owner: 'Claudia Ruiz', due: null}])
  })

  it('gives a request without a name to whoever accepts it, or to the one replied to', () => {
    expect(items('ANA LOPEZ: Could you please post the steps on the wiki?\n\nCLAUDIA RUIZ: Sure.')[0]?.owner).toBe('Claudia Ruiz')
    expect(items('SILVIA VIVANCO: It can be on the same day.\n\nSERGIO SALINAS: Yes. And just send a reminder.')[0]).toMatchObject({task: 'Send a reminder', owner: 'Silvia Vivanco'})
  })

  it('gives the person named their task', () => {
    expect(items('LILIAN DE LUQUE: I will tell the staff, for Harold to post that information on the wiki.\n\nHAROLD ARCOS: Fine.')).toContainEqual({task: 'Post that information on the wiki', owner: 'Harold Arcos', due: null})
  })

  it('takes the sentence before into the evidence when the task says "it"', () => {
    const {actionItems} = record(opening + 'SERGIO SALINAS: I wrote the document and I do have that document. I just need to look for it.\n\nALBERTO SOTO: Good.')
    expect(actionItems[0]!.evidence.quote).toBe('I wrote the document and I do have that document. I just need to look for it.')
  })

  it('makes one item of a promise and its restatement', () => {
    const {actionItems} = record(opening + 'ALBERTO SOTO: I will send it to you as soon as we finish this call. I will forward it to you and to Humberto.\n\nSERGIO: Good.')
    expect(actionItems).toHaveLength(1)
    expect(actionItems[0]).toMatchObject({owner: 'Alberto Soto', due: '2019-07-22', dueText: 'as soon as we finish'})
    expect(actionItems[0]!.evidence.quote).toContain('to Humberto')
  })

  it('takes no opinion, question, in-meeting step or conditional offer for an action item', () => {
    expect(
      items(
        [
          'ANA LOPEZ: I think that we need to look for creative tools in general.',
          'BEN RUIZ: Maria Lopez will investigate it herself, or does the minister think the committee should do it?',
          'ANA LOPEZ: Claudia, could you please upload the agenda on the screen?',
          'BEN RUIZ: I can forward that to you again if you want.',
          'ANA LOPEZ: I will stop there.'
        ].join('\n\n')
      )
    ).toEqual([])
  })

  it('gives a group formed to do something to its members', () => {
    const {actionItems} = record(
      opening + 'SERGIO SALINAS: The creation of a small group to work on metrics so that the group can send a draft proposal. So, Alberto and myself will be part of this small group.\n\nALBERTO SOTO: Fine.'
    )
    expect(actionItems[0]).toMatchObject({owner: 'Alberto Soto', assignees: ['Alberto Soto', 'Sergio Salinas']})
  })

  it('reads the NEXT STEPS of an outcome document, owner only from a name in parentheses', () => {
    const result = record('OUR WAY FORWARD\n\nMembers met in Lima.\n\nNEXT STEPS\n\n· Make a summary of what happened here and share\n· Create a GANTT chart that prioritizes next steps (Humberto)\n· Council of Elders (in a month)\n')
    expect(result.actionItems.map((item) => [item.task, item.owner, item.due, item.dueText ?? null])).toEqual([
      ['Make a summary of what happened here and share', null, null, null],
      ['Create a GANTT chart that prioritizes next steps', 'Humberto', null, null],
      ['Council of Elders', null, null, 'in a month']
    ])
  })
})

describe('due dates and task text', () => {
  it('leaves the due date open when two days are offered, keeping the words', () => {
    const [item] = record(opening + 'SERGIO SALINAS: Perhaps on Monday or Tuesday we can have an informal meeting over Skype.\n\nALBERTO SOTO: Fine.').actionItems
    expect(item).toMatchObject({due: null, dueText: 'on Monday or Tuesday'})
  })

  it('takes the day of the month said with a weekday ("Friday the 26th", "el viernes 26"), and no day when the two disagree', () => {
    const due = (turn: string) => record(`${opening}${turn}\n\nALBERTO SOTO: Fine.`).actionItems.map((item) => [item.due, item.dueText])
    expect(due("ANA LOPEZ: I'll send the report by Friday the 26th.")).toEqual([['2019-07-26', 'Friday the 26th']])
    expect(due("ANA LOPEZ: I'll send the report by Thursday the 26th.")).toEqual([[null, 'Thursday the 26th']])
    expect(due('ANA LOPEZ: Enviaré el informe completo a todos los miembros del grupo el viernes 26.')).toEqual([['2019-07-26', 'viernes 26']])
    expect(due("ANA LOPEZ: J'enverrai le rapport complet à tous les membres du groupe vendredi 26.")).toEqual([['2019-07-26', 'vendredi 26']])
  })

  it('ends a task where a clause with another subject begins, and names what "it" is', () => {
    const tasks = record(opening + 'ANA LOPEZ: The draft is ready.\n\nALBERTO SOTO: Please send it to me and I will update that document.').actionItems.map((item) => [item.task, item.owner])
    expect(tasks).toEqual([
      ['Send the draft to me', 'Ana Lopez'],
      ['Update that document', 'Alberto Soto']
    ])
  })
})

describe('merged commitments', () => {
  it('keeps both tasks of one commitment, and timing left open stays open', () => {
    const items = record(
      opening +
        'SILVIA VIVANCO: Okay, I will take note of these points and I will post them on the Wiki page.\n\nSERGIO SALINAS: What I propose is that perhaps on Monday or Tuesday we can have an informal meeting over Skype. We can have a look at that information. We can shape it a little bit and prepare a document, and then, in the next meeting we can approve it.\n\nSILVIA VIVANCO: Good.'
    ).actionItems
    expect(items.map((item) => [item.task, item.due, item.dueText])).toEqual([
      ['Take note of these points; post them on the Wiki page', null, null],
      ['Have an informal meeting over Skype', null, 'on Monday or Tuesday']
    ])
  })
})

describe('action items in other languages', () => {
  it('reads commitments in Spanish, French and Portuguese turns', () => {
    const commitments = {
      es: 'ANA LÓPEZ: Buenas tardes a todos. Yo voy a enviar el documento a todos los miembros del grupo de trabajo antes de la próxima reunión.',
      fr: 'ANNE DUPONT: Bonsoir à tous. Je vais envoyer le document à tous les membres du groupe de travail avant la prochaine réunion.',
      pt: 'ANA SILVA: Boa tarde a todos. Eu vou enviar o documento para todos os membros do grupo de trabalho antes da próxima reunião.'
    }
    const verbs: Record<string, string> = {es: 'Enviar', fr: 'Envoyer', pt: 'Enviar'}
    for (const [language, text] of Object.entries(commitments)) {
      const result = record(`${text}\n\nBEN RUIZ: Ok.`)
      expect(result.segments[0]!.language, language).toBe(language)
      expect(result.actionItems.map((item) => [item.task.split(' ')[0], item.owner]), language).toEqual([[verbs[language], result.segments[0]!.speaker]])
    }
  })
})

describe('a promise said again', () => {
  it('makes one item of the same promise restated later in the call, and keeps different tasks apart', () => {
    const turns = (second: string) =>
      opening +
      [
        'ANA LOPEZ: I will prepare a poll on the meeting time for the members.',
        'BEN RUIZ: Good, and the budget is also open.',
        `ANA LOPEZ: ${second}`,
        'BEN RUIZ: Thanks.'
      ].join('\n\n')
    expect(record(turns('So first, I will prepare a poll on the time of the meeting every week.')).actionItems).toHaveLength(1)
    expect(record(turns('And I will prepare the budget table for the treasurer.')).actionItems).toHaveLength(2)
    expect(
      record(turns('Y yo voy a preparar una encuesta sobre la hora de la reunión.').replace('I will prepare a poll on the meeting time for the members', 'Voy a preparar una encuesta sobre el horario')).actionItems
    ).toHaveLength(1)
  })
})
