/**
 * Decisions, action items and attendance as real meetings say them, in
 * English, Spanish, French and Portuguese. Every example is written for
 * this test.
 */
import {describe, expect, it} from 'vitest'
import type {MeetingRecord} from '../src/record.js'
import {record} from './helpers/run.js'

type Language = 'en' | 'es' | 'fr' | 'pt'

const filler: Record<Language, string> = {
  en: 'Thank you all for joining the call today.',
  es: 'Gracias a todos por estar en la llamada de hoy.',
  fr: 'Merci à tous d’être présents à la réunion aujourd’hui.',
  pt: 'Obrigado a todos por estarem na reunião de hoje.'
}

/** The turns after a greeting from someone else, so that every example has two speakers. */
const run = (language: Language, turns: string[]): MeetingRecord => record(`ALEX MORGAN: ${filler[language]}\n\n${turns.join('\n\n')}\n`, {languages: [language]})
const decisions = (language: Language, turns: string[]): string[] => run(language, turns).decisions.map((decision) => decision.text.toLowerCase())
const actions = (language: Language, turns: string[]) =>
  run(language, turns).actionItems.map((item) => ({task: item.task.toLowerCase(), owner: item.owner, ownerKind: item.ownerKind ?? 'person'}))

/** A decision of the turns holds `word`. */
const expectDecisionHolding = (language: Language, turns: string[], word: string): void => {
  expect(decisions(language, turns).some((text) => text.includes(word))).toBe(true)
}
/** An action item of the turns has this task and owner. */
const expectAction = (language: Language, turns: string[], task: string, owner: string | null): void => {
  expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task}))
}

/** One example per language: the turns, and a word the decision must hold. */
type Example = [Language, string[], string]


describe('decisions', () => {
  const votes: Example[] = [
    ['en', ['MARTA LINDQVIST: The poll on the new charter is closed: seven in favour and one abstention, so the motion carries.'], 'charter'],
    ['es', ['ROSA QUINTERO: Cerramos la votación del presupuesto: seis votos a favor y dos abstenciones, la propuesta se aprueba.'], 'presupuesto'],
    ['fr', ['CLAIRE DUMONT: Le vote sur le calendrier est terminé, cinq voix pour et une abstention, la motion est adoptée.'], 'calendrier'],
    ['pt', ['JOANA TAVARES: A votação do regimento terminou com oito votos a favor e uma abstenção, a proposta foi aprovada.'], 'regimento']
  ]
  it.each(votes)('takes a vote with its outcome (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const votesOn: Example[] = [
    ['en', ['MARTA LINDQVIST: The vote on the new charter passes with five votes in favour.'], 'charter'],
    ['es', ['ROSA QUINTERO: La votación sobre el presupuesto anual se aprueba con seis votos.'], 'presupuesto'],
    ['fr', ['CLAIRE DUMONT: La motion sur le calendrier des réunions est adoptée.'], 'calendrier'],
    ['pt', ['JOANA TAVARES: A proposta sobre o novo regimento foi aprovada por todos.'], 'regimento']
  ]
  it.each(votesOn)('takes a vote whose subject names what it was on (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const rejected: Example[] = [
    ['en', ['MARTA LINDQVIST: The motion to accept the sponsorship fails.'], 'sponsorship'],
    ['es', ['ROSA QUINTERO: La propuesta de aceptar el patrocinio queda rechazada.'], 'patrocinio'],
    ['fr', ['CLAIRE DUMONT: La proposition sur le parrainage est rejetée.'], 'parrainage'],
    ['pt', ['JOANA TAVARES: A proposta de aceitar o patrocínio foi rejeitada.'], 'patrocínio']
  ]
  it.each(rejected)('takes a motion that fails: a negative outcome is a decision too (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const newChair: Example[] = [
    ['en', ['MARTA LINDQVIST: Congratulations, Sanjaya is our new chair.'], 'chair'],
    ['es', ['ROSA QUINTERO: Felicidades, Lucía es nuestra nueva presidenta.'], 'presidenta'],
    ['fr', ['CLAIRE DUMONT: Félicitations, Amélie est notre nouvelle présidente.'], 'présidente'],
    ['pt', ['JOANA TAVARES: Parabéns, a Ana é a nova presidente.'], 'presidente']
  ]
  it.each(newChair)('takes the outcome of an election said as who the new chair is (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const fromNowOn: Example[] = [
    ['en', ['MARTA LINDQVIST: From now on, all our calls will be recorded.'], 'recorded'],
    ['es', ['ROSA QUINTERO: A partir de ahora, todas nuestras llamadas serán grabadas.'], 'grabadas'],
    ['fr', ['CLAIRE DUMONT: Désormais, toutes nos réunions seront enregistrées.'], 'enregistrées'],
    ['pt', ['JOANA TAVARES: A partir de agora, todas as nossas reuniões serão gravadas.'], 'gravadas']
  ]
  it.each(fromNowOn)('takes a rule the group sets from now on, not an opinion about what comes (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  it('leaves "from now on I think…" and "désormais je pense…" as opinions', () => {
    expect(decisions('en', ['MARTA LINDQVIST: From now on I think it gets harder for everyone.'])).toEqual([])
    expect(decisions('es', ['ROSA QUINTERO: A partir de ahora creo que será más difícil.'])).toEqual([])
    expect(decisions('fr', ['CLAIRE DUMONT: Désormais je pense que ce sera plus difficile.'])).toEqual([])
  })

  const makeItDay: Example[] = [
    ['en', ["MARTA LINDQVIST: Okay, let's make it Thursday then."], 'thursday'],
    ['es', ['ROSA QUINTERO: Bueno, pongamos el jueves entonces.'], 'jueves'],
    ['fr', ['CLAIRE DUMONT: Bon, disons jeudi alors.'], 'jeudi'],
    ['pt', ['JOANA TAVARES: Então fica para quinta, combinado.'], 'quinta']
  ]
  it.each(makeItDay)('takes the day the chair settles on (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  it('leaves a day asked about and turned down undecided', () => {
    expect(decisions('en', ["MARTA LINDQVIST: Let's say Thursday?", "OWEN PRICE: I can't do Thursday."])).toEqual([])
  })

  const moved: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: I move that we adopt the budget as presented.', 'OWEN PRICE: Second.', 'MARTA LINDQVIST: All those in favour?', 'LENA WOLFF: Aye.', 'OWEN PRICE: Aye.', 'MARTA LINDQVIST: The ayes have it.'], 'we adopt the budget as presented'],
    ['en', ['MARTA LINDQVIST: Motion to approve the budget.', 'OWEN PRICE: Seconded.', 'MARTA LINDQVIST: All in favor, raise your hand. Five. Opposed? None. Motion passes.'], 'approve the budget'],
    ['es', ['ROSA QUINTERO: Propongo que aprobemos el presupuesto tal como se presentó.', 'DIEGO PAZ: Secundo.', 'ROSA QUINTERO: ¿Todos a favor?', 'LUCÍA REY: A favor.', 'ROSA QUINTERO: Aprobado por unanimidad.'], 'aprobemos el presupuesto tal como se presentó'],
    ['fr', ["CLAIRE DUMONT: Je propose d'adopter le budget tel que présenté.", "PAUL MARTIN: J'appuie.", 'CLAIRE DUMONT: Qui est pour ?', 'LÉA ROUX: Pour.', "CLAIRE DUMONT: Adopté à l'unanimité."], 'adopter le budget tel que présenté'],
    ['pt', ['JOANA TAVARES: Proponho aprovar o orçamento como apresentado.', 'RUI COSTA: Apoio.', 'JOANA TAVARES: Todos a favor?', 'ANA LIMA: A favor.', 'JOANA TAVARES: Aprovado por unanimidade.'], 'aprovar o orçamento como apresentado']
  ]
  it.each(moved)('states a vote that names nothing ("Motion passes.") by the motion that was moved, once (%s)', (language, turns, decision) => {
    expect(decisions(language, turns)).toEqual([decision])
  })

  const recapOfDecisions: Array<[Language, string[], string[]]> = [
    ['en', ["MARTA LINDQVIST: So, to summarise what we decided: we'll move the call to Thursdays, and we'll publish the roadmap next week."], ["we'll move the call to thursdays", "we'll publish the roadmap next week"]],
    ['en', ["MARTA LINDQVIST: Quick recap of today's decisions. The call moves to Thursdays. The roadmap goes on the wiki."], ['the call moves to thursdays', 'the roadmap goes on the wiki']],
    ['es', ['ROSA QUINTERO: Para resumir lo que decidimos: pasamos la llamada a los jueves y publicamos la hoja de ruta la semana que viene.'], ['pasamos la llamada a los jueves', 'publicamos la hoja de ruta la semana que viene']],
    ['fr', ["CLAIRE DUMONT: Pour résumer ce qu'on a décidé : on passe la réunion au jeudi et on publie la feuille de route la semaine prochaine."], ['on passe la réunion au jeudi', 'on publie la feuille de route la semaine prochaine']],
    ['pt', ['JOANA TAVARES: Resumindo o que decidimos: a reunião passa para quinta e publicamos o roteiro na semana que vem.'], ['a reunião passa para quinta', 'publicamos o roteiro na semana que vem']]
  ]
  it.each(recapOfDecisions)('takes each item of a recap of decisions as a decision of its own (%s)', (language, turns, expected) => {
    expect(decisions(language, turns)).toEqual(expected)
  })

  const cadence: Example[] = [
    ['en', ["MARTA LINDQVIST: We'll meet every two weeks from now on."], 'every two weeks'],
    ['en', ['MARTA LINDQVIST: Okay, so the call becomes biweekly.'], 'biweekly'],
    ['es', ['ROSA QUINTERO: A partir de ahora nos reunimos cada dos semanas.'], 'dos semanas'],
    ['fr', ['CLAIRE DUMONT: On se réunira toutes les deux semaines à partir de maintenant.'], 'deux semaines'],
    ['pt', ['JOANA TAVARES: Vamos nos reunir a cada duas semanas daqui pra frente.'], 'duas semanas']
  ]
  it.each(cadence)('takes how often the group will meet (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  const cancelled: Example[] = [
    ['en', ["MARTA LINDQVIST: We'll keep these calls to 30 minutes."], '30 minutes'],
    ['es', ['ROSA QUINTERO: Cancelamos la llamada del 24 por las fiestas.'], 'cancelamos'],
    ['fr', ['CLAIRE DUMONT: On annule la réunion du 24 à cause des fêtes.'], 'annule'],
    ['pt', ['JOANA TAVARES: Cancelamos a reunião do dia 24 por causa das festas.'], 'cancelamos']
  ]
  it.each(cancelled)('takes a call cancelled or kept short (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const leftOut: Example[] = [
    ['en', ['MARTA LINDQVIST: We won’t use the paid survey tool then.'], 'survey tool'],
    ['en', ["MARTA LINDQVIST: Let's not include the glossary in the first release."], 'glossary'],
    ['es', ['ROSA QUINTERO: Entonces no vamos a usar la herramienta de pago.'], 'herramienta'],
    ['fr', ["CLAIRE DUMONT: Donc on ne va pas utiliser l'outil payant."], 'outil'],
    ['fr', ["CLAIRE DUMONT: On a décidé de ne pas inclure le glossaire."], 'glossaire'],
    ['pt', ['JOANA TAVARES: Então não vamos usar a ferramenta paga.'], 'ferramenta']
  ]
  it.each(leftOut)('takes what the group decides not to use or include (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  it('reads no decision into running out of time or one person being away', () => {
    expect(decisions('en', ["MARTA LINDQVIST: We're not going to have time for the last item."])).toEqual([])
    expect(decisions('en', ["MARTA LINDQVIST: I won't be able to join next week."])).toEqual([])
    expect(decisions('es', ['ROSA QUINTERO: No vamos a tener tiempo para el último punto.'])).toEqual([])
  })

  it('takes "we keep the blue logo" answered "+1" twice, and "c\'est décidé" or "está decidido" with the sentence before it, once', () => {
    expect(decisions('en', ['MARTA LINDQVIST: We keep the blue logo for the website.', 'OWEN PRICE: +1', 'LENA WOLFF: +1']).some((text) => text.includes('blue logo'))).toBe(true)
    expect(decisions('fr', ["CLAIRE DUMONT: On garde le logo bleu. C'est décidé."])).toEqual(['on garde le logo bleu.'])
    expect(decisions('pt', ['JOANA TAVARES: Ficamos com o logo azul. Está decidido.'])).toHaveLength(1)
  })

  const allHappy: Example[] = [
    ['en', ['MARTA LINDQVIST: Blue logo for the website, final answer. Everyone happy?', 'OWEN PRICE: Yes.', 'LENA WOLFF: Yep.'], 'blue logo'],
    ['es', ['ROSA QUINTERO: El logo azul para la web. ¿Todos de acuerdo?', 'DIEGO PAZ: Sí.'], 'logo azul'],
    ['fr', ["CLAIRE DUMONT: Le logo bleu pour le site. Tout le monde est d'accord ?", 'PAUL MARTIN: Oui.'], 'logo bleu'],
    ['pt', ['JOANA TAVARES: O logo azul para o site. Todos de acordo?', 'RUI COSTA: Sim.'], 'logo azul']
  ]
  it.each(allHappy)('takes what was put before "everyone happy?" answered yes, stated as put (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const silence: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: We adopt the new charter. If no one objects, we will go ahead.', 'MARTA LINDQVIST: Okay, I take the silence as agreement.'], 'we adopt the new charter.'],
    ['en', ['MARTA LINDQVIST: We adopt the new charter. Any objections?', "MARTA LINDQVIST: Nobody objected, so it's approved."], 'we adopt the new charter.'],
    ['es', ['ROSA QUINTERO: Adoptamos la nueva carta. ¿Alguna objeción?', 'ROSA QUINTERO: Quien calla otorga, queda aprobada.'], 'adoptamos la nueva carta.'],
    ['fr', ['CLAIRE DUMONT: Nous adoptons la nouvelle charte. Des objections ?', "CLAIRE DUMONT: Qui ne dit mot consent, c'est adopté."], 'nous adoptons la nouvelle charte.'],
    ['pt', ['JOANA TAVARES: Adotamos a nova carta. Alguma objeção?', 'JOANA TAVARES: Quem cala consente, fica aprovado.'], 'adotamos a nova carta.']
  ]
  it.each(silence)('takes silence taken as consent, stated once by what was put and without the call for objections (%s)', (language, turns, decision) => {
    expect(decisions(language, turns)).toEqual([decision])
  })

  it('takes "let\'s leave it as it is", "on acte…" and "deixamos assim"', () => {
    expect(decisions('en', ["MARTA LINDQVIST: Let's leave it as it is then."])).toHaveLength(1)
    expect(decisions('fr', ['CLAIRE DUMONT: Donc on acte le passage au jeudi.']).some((text) => text.includes('jeudi'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Deixamos assim então.'])).toHaveLength(1)
  })

  const consent: Example[] = [
    ['en', ['MARTA LINDQVIST: We move the December call to the second Thursday. Any objections?', 'MARTA LINDQVIST: Hearing none, it is approved.'], 'december'],
    ['es', ['ROSA QUINTERO: Publicamos el informe en el sitio web la próxima semana. ¿Alguna objeción?', 'ROSA QUINTERO: No hay objeciones, queda aprobado.'], 'informe'],
    ['fr', ['CLAIRE DUMONT: Nous publions le rapport annuel sur le site. Des objections ?', "CLAIRE DUMONT: Pas d'objection, c'est adopté."], 'rapport'],
    ['pt', ['JOANA TAVARES: Publicamos o relatório no site na próxima semana. Alguma objeção?', 'JOANA TAVARES: Sem objeções, fica aprovado.'], 'relatório']
  ]
  it.each(consent)('takes consent by silence, stated by what was put (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const objectionTo: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Does anyone object to publishing the roadmap on the wiki next week?', 'MARTA LINDQVIST: Hearing no objections, we will do that.'], 'publish the roadmap on the wiki next week'],
    ['es', ['ROSA QUINTERO: ¿Alguna objeción a mover la llamada de diciembre al segundo jueves?', 'ROSA QUINTERO: No veo ninguna objeción, queda aprobado.'], 'mover la llamada de diciembre al segundo jueves'],
    ['fr', ["CLAIRE DUMONT: Quelqu'un s'oppose à la publication du rapport sur le site ?", "CLAIRE DUMONT: Pas d'objection, c'est adopté."], 'la publication du rapport sur le site'],
    ['pt', ['JOANA TAVARES: Alguma objeção a mudar a oficina para Recife?', 'JOANA TAVARES: Não vejo nenhuma objeção, fica aprovado.'], 'mudar a oficina para recife']
  ]
  it.each(objectionTo)('states consent by silence by the proposal the call for objections names (%s)', (language, turns, proposal) => {
    const found = decisions(language, turns)
    expect(found).toContain(proposal)
    expect(found.some((text) => text.includes('gracias') || text.includes('thank') || text.includes('merci') || text.includes('obrigado'))).toBe(false)
  })

  const approvedNow: Example[] = [
    ['en', ['MARTA LINDQVIST: The committee endorses the proposal.', 'OWEN PRICE: Good.'], 'endorses the proposal'],
    ['en', ['MARTA LINDQVIST: We approve the budget as presented.', 'OWEN PRICE: Good.'], 'approve the budget'],
    ['en', ["MARTA LINDQVIST: We'll table that until next month.", 'OWEN PRICE: Good.'], 'table that until next month'],
    ['en', ['MARTA LINDQVIST: Lisbon it is, then.', 'OWEN PRICE: Good.'], 'lisbon it is'],
    ['es', ['ROSA QUINTERO: El comité respalda la propuesta.', 'DIEGO PAZ: Bien.'], 'respalda la propuesta'],
    ['es', ['ROSA QUINTERO: Dejamos eso para el mes que viene.', 'DIEGO PAZ: Bien.'], 'para el mes que viene'],
    ['es', ['ROSA QUINTERO: Vamos con la opción B.', 'DIEGO PAZ: Bien.'], 'la opción b'],
    ['fr', ['CLAIRE DUMONT: Le comité soutient la proposition.', 'PAUL MARTIN: Bien.'], 'soutient la proposition'],
    ['fr', ['CLAIRE DUMONT: On reporte ça au mois prochain.', 'PAUL MARTIN: Bien.'], 'au mois prochain'],
    ['fr', ['CLAIRE DUMONT: Va pour Lisbonne.', 'PAUL MARTIN: Bien.'], 'lisbonne'],
    ['pt', ['JOANA TAVARES: O comitê apoia a proposta.', 'RUI COSTA: Bom.'], 'apoia a proposta'],
    ['pt', ['JOANA TAVARES: Deixamos isso para o mês que vem.', 'RUI COSTA: Bom.'], 'para o mês que vem'],
    ['pt', ['JOANA TAVARES: Vamos com a opção B.', 'RUI COSTA: Bom.'], 'a opção b']
  ]
  it.each(approvedNow)('takes an approval said in the present, a postponement to next month and an option gone with (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  it('takes no decision from an approval under a condition or asked, nor from "that\'s how it is, then"', () => {
    expect(decisions('en', ['MARTA LINDQVIST: If we approve the budget, the treasurer will be happy.', 'OWEN PRICE: Good.'])).toEqual([])
    expect(decisions('en', ['MARTA LINDQVIST: Do we approve the budget?', 'OWEN PRICE: Not yet, there are open questions.'])).toEqual([])
    expect(decisions('en', ["MARTA LINDQVIST: That's how it is, then.", 'OWEN PRICE: Good.'])).toEqual([])
    expect(decisions('es', ['ROSA QUINTERO: ¿Vamos con la opción B?', 'DIEGO PAZ: No, prefiero la A.'])).toEqual([])
  })

  const plainWords: Example[] = [
    ['en', ["MARTA LINDQVIST: Okay, so we're all in agreement on the new logo.", 'OWEN PRICE: Good.'], 'the new logo'],
    ['en', ["MARTA LINDQVIST: Right, we'll keep the current schedule.", 'OWEN PRICE: Good.'], 'the current schedule'],
    ['en', ['MARTA LINDQVIST: Alright, decision made: no more extensions.', 'OWEN PRICE: Good.'], 'no more extensions'],
    ['en', ["MARTA LINDQVIST: It's a go for the pilot.", 'OWEN PRICE: Good.'], 'the pilot'],
    ['en', ["MARTA LINDQVIST: We've got the green light for the pilot.", 'OWEN PRICE: Good.'], 'green light for the pilot'],
    ['en', ["MARTA LINDQVIST: We're postponing the survey to January.", 'OWEN PRICE: Good.'], 'postponing the survey'],
    ['en', ['MARTA LINDQVIST: We agreed the deadline is March 1.', 'OWEN PRICE: Good.'], 'the deadline is march 1'],
    ['en', ['MARTA LINDQVIST: Consensus is that the survey goes out in January.', 'OWEN PRICE: Good.'], 'the survey goes out in january'],
    ['es', ['ROSA QUINTERO: Estamos todos de acuerdo con el nuevo logo.', 'DIEGO PAZ: Bien.'], 'el nuevo logo'],
    ['es', ['ROSA QUINTERO: Decisión tomada: no más prórrogas.', 'DIEGO PAZ: Bien.'], 'no más prórrogas'],
    ['es', ['ROSA QUINTERO: Tenemos luz verde para el piloto.', 'DIEGO PAZ: Bien.'], 'luz verde para el piloto'],
    ['es', ['ROSA QUINTERO: Posponemos la encuesta hasta enero.', 'DIEGO PAZ: Bien.'], 'la encuesta hasta enero'],
    ['es', ['ROSA QUINTERO: El consenso es que la encuesta sale en enero.', 'DIEGO PAZ: Bien.'], 'la encuesta sale en enero'],
    ['fr', ['CLAIRE DUMONT: Décision prise : plus de prolongations.', 'PAUL MARTIN: Bien.'], 'plus de prolongations'],
    ['fr', ['CLAIRE DUMONT: On a le feu vert pour le pilote.', 'PAUL MARTIN: Bien.'], 'feu vert pour le pilote'],
    ['fr', ["CLAIRE DUMONT: On reporte l'enquête à janvier.", 'PAUL MARTIN: Bien.'], "l'enquête à janvier"],
    ['fr', ["CLAIRE DUMONT: Le consensus est que l'enquête sort en janvier.", 'PAUL MARTIN: Bien.'], "l'enquête sort en janvier"],
    ['pt', ['JOANA TAVARES: Decisão tomada: sem mais prorrogações.', 'RUI COSTA: Bom.'], 'sem mais prorrogações'],
    ['pt', ['JOANA TAVARES: Temos sinal verde para o piloto.', 'RUI COSTA: Bom.'], 'sinal verde para o piloto'],
    ['pt', ['JOANA TAVARES: Adiamos a pesquisa para janeiro.', 'RUI COSTA: Bom.'], 'a pesquisa para janeiro'],
    ['pt', ['JOANA TAVARES: O consenso é que a pesquisa sai em janeiro.', 'RUI COSTA: Bom.'], 'a pesquisa sai em janeiro']
  ]
  it.each(plainWords)('takes a decision said in plain words ("we\'re all in agreement", "it\'s a go", "decisión tomada", "feu vert") (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  it('takes no decision from a decision told of another time, a condition, a question or a report of what others cancelled', () => {
    expect(decisions('en', ['MARTA LINDQVIST: There was a decision made back then that it was appropriate to do that.', 'OWEN PRICE: Good.'])).toEqual([])
    expect(decisions('en', ['MARTA LINDQVIST: Was the pilot a go last year?', 'OWEN PRICE: I think so.'])).toEqual([])
    expect(decisions('en', ['MARTA LINDQVIST: A lot of the other committee meetings have been cancelled for this year.', 'OWEN PRICE: Good.'])).toEqual([])
  })

  const noneRaised: Example[] = [
    ['en', ['JOHN SMITH: I propose we approve the budget. Any objections? I see none.'], 'we will approve the budget'],
    ['en', ['JOHN SMITH: I propose we approve the budget. Any objections?', 'ANNA LEE: None from me.'], 'we will approve the budget'],
    ['es', ['JUAN PEREZ: Propongo que aprobemos el presupuesto. ¿Alguna objeción?', 'ANA LOPEZ: No veo ninguna.'], 'aprobar el presupuesto'],
    ['es', ['JUAN PEREZ: Propongo que aprobemos el presupuesto. ¿Alguna objeción? Ninguna.'], 'aprobar el presupuesto'],
    ['fr', ["JEAN DUPONT: Je propose d'approuver le budget. Des objections ?", 'MARIE CURIE: Aucune.'], 'approuver le budget'],
    ['pt', ['JOÃO SILVA: Proponho que aprovemos o orçamento. Alguma objeção? Não vejo nenhuma.'], 'aprovar o orçamento'],
    ['pt', ['JOÃO SILVA: Proponho que aprovemos o orçamento. Alguma objeção?', 'MARIA COSTA: Não.'], 'aprovar o orçamento']
  ]
  it.each(noneRaised)('takes none raised to a call for objections ("Any objections?" — "I see none.", "No.") as consent to what was put (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  it('takes no consent from "no" to another question, or from a "no" that goes on to a question', () => {
    expect(decisions('en', ['JOHN SMITH: I propose we approve the budget. Any questions?', 'ANNA LEE: No.'])).toEqual([])
    expect(decisions('en', ['JOHN SMITH: I propose we approve the budget. Any objections?', 'ANNA LEE: No, but I have a question about line four.'])).toEqual([])
    expect(decisions('es', ['JUAN PEREZ: Propongo que aprobemos el presupuesto. ¿Alguna pregunta?', 'ANA LOPEZ: No.'])).toEqual([])
  })

  const conclusions: Example[] = [
    ['en', ['MARTA LINDQVIST: We looked at both venues for the workshop.', "MARTA LINDQVIST: So we'll go with the second option, the library hall."], 'library'],
    ['es', ['ROSA QUINTERO: Vimos las dos fechas posibles para el taller.', 'ROSA QUINTERO: Entonces nos quedamos con la segunda opción, el martes por la tarde.'], 'martes'],
    ['fr', ['CLAIRE DUMONT: Nous avons comparé les deux outils de sondage.', "CLAIRE DUMONT: Donc on part sur le deuxième outil, celui de l'université."], 'outil'],
    ['pt', ['JOANA TAVARES: Olhamos as duas propostas de logotipo.', 'JOANA TAVARES: Então ficamos com a segunda proposta, a azul.'], 'azul']
  ]
  it.each(conclusions)("takes the chair's conclusion (%s)", (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const agreed: Example[] = [
    ['en', ['MARTA LINDQVIST: I would propose that we move this call to Thursdays from next month.', 'OWEN PRICE: Sounds good to me.', 'LENA VOSS: +1, agreed.'], 'thursdays'],
    ['es', ['ROSA QUINTERO: Propongo que movamos esta llamada a los jueves a partir del próximo mes.', 'DIEGO PAZ: De acuerdo, me parece bien.'], 'jueves'],
    ['fr', ['CLAIRE DUMONT: Je propose que nous déplacions cette réunion au jeudi à partir du mois prochain.', "PAUL MARTIN: D'accord, ça me va."], 'jeudi'],
    ['pt', ['JOANA TAVARES: Proponho que a reunião passe para as quintas-feiras a partir do próximo mês.', 'RUI COSTA: Concordo, combinado.'], 'quintas']
  ]
  it.each(agreed)('takes a proposal others agree to in the next turns (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const askedAround: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: How do people feel about publishing the roadmap on the wiki?', 'OWEN PRICE: Fine by me.', 'LENA WOLFF: Works for me.'], 'we will publish the roadmap on the wiki'],
    ['en', ["MARTA LINDQVIST: Why don't we publish the roadmap on the wiki?", 'OWEN PRICE: Good idea.'], 'we will publish the roadmap on the wiki'],
    ['es', ['ROSA QUINTERO: ¿Qué les parece publicar la hoja de ruta en la wiki?', 'DIEGO PAZ: Por mí, bien.', 'LUCÍA REY: Estoy de acuerdo.'], 'vamos a publicar la hoja de ruta en la wiki'],
    ['es', ['ROSA QUINTERO: ¿Por qué no publicamos la hoja de ruta en la wiki?', 'DIEGO PAZ: Buena idea.'], 'publicamos la hoja de ruta en la wiki'],
    ['fr', ["CLAIRE DUMONT: Qu'est-ce que vous pensez de publier la feuille de route sur le wiki ?", "PAUL MARTIN: Pour moi, c'est bon.", "LÉA ROUX: D'accord."], 'nous allons publier la feuille de route sur le wiki'],
    ['fr', ['CLAIRE DUMONT: Pourquoi ne pas publier la feuille de route sur le wiki ?', 'PAUL MARTIN: Bonne idée.'], 'nous allons publier la feuille de route sur le wiki'],
    ['pt', ['JOANA TAVARES: O que vocês acham de publicar o roteiro na wiki?', 'RUI COSTA: Pra mim está ótimo.', 'ANA LIMA: Concordo.'], 'vamos publicar o roteiro na wiki'],
    ['pt', ['JOANA TAVARES: Por que não publicamos o roteiro na wiki?', 'RUI COSTA: Boa ideia.'], 'publicamos o roteiro na wiki']
  ]
  it.each(askedAround)('states a proposal asked around the room ("how do people feel about…?", "why don\'t we…?") once others agree (%s)', (language, turns, decision) => {
    expect(decisions(language, turns)).toContain(decision)
  })

  it('takes a standing group, "unless someone objects" and an agreed figure as Spanish, French and Portuguese calls say them', () => {
    expect(decisions('es', ['ROSA QUINTERO: Entonces el grupo de trabajo pasa a ser un grupo permanente a partir de enero.']).some((text) => text.includes('grupo permanente'))).toBe(true)
    expect(decisions('fr', ['CLAIRE DUMONT: Donc le groupe de travail devient un groupe permanent à partir de janvier.']).some((text) => text.includes('groupe permanent'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Então o grupo de trabalho passa a ser um grupo permanente a partir de janeiro.']).some((text) => text.includes('grupo permanente'))).toBe(true)
    expect(decisions('es', ['ROSA QUINTERO: Mantenemos el boletín mensual, salvo que alguien se oponga.']).some((text) => text.includes('boletín'))).toBe(true)
    expect(decisions('fr', ["CLAIRE DUMONT: On garde la lettre mensuelle, sauf si quelqu'un s'y oppose."]).some((text) => text.includes('lettre mensuelle'))).toBe(true)
    expect(decisions('fr', ["CLAIRE DUMONT: On s'est mis d'accord sur un plafond de 3000 euros par billet."]).some((text) => text.includes('3000'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Combinamos um teto de 3000 reais por passagem.']).some((text) => text.includes('3000'))).toBe(true)
    expect(decisions('es', ['ROSA QUINTERO: No publicaremos el informe hasta que lo revise la junta.']).some((text) => text.includes('informe'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Não publicaremos o relatório antes da revisão da diretoria.']).some((text) => text.includes('relatório'))).toBe(true)
  })

  const designChoices: Example[] = [
    ['en', ['MARTA LINDQVIST: Okay, so we\'ll have a kinetic battery.', 'OWEN PRICE: Okay.'], 'kinetic battery'],
    ['en', ['MARTA LINDQVIST: We go for rubber, then.', 'OWEN PRICE: Yep.'], 'rubber'],
    ['en', ['MARTA LINDQVIST: We\'re dropping the speech recognition, it costs too much.'], 'speech recognition'],
    ['en', ['MARTA LINDQVIST: Okay, so we\'ve decided on the remote with the scroll wheel.'], 'scroll wheel'],
    ['es', ['ROSA QUINTERO: Bueno, entonces será una batería cinética.', 'DIEGO PAZ: Vale.'], 'batería cinética'],
    ['fr', ['CLAIRE DUMONT: Bon, alors ce sera une batterie cinétique.', "PAUL MARTIN: D'accord."], 'batterie cinétique'],
    ['pt', ['JOANA TAVARES: Certo, então vai ser uma bateria cinética.', 'RUI COSTA: Beleza.'], 'bateria cinética']
  ]
  it.each(designChoices)('takes a design choice the chair concludes on (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  it('leaves "so we\'ll have a look at that", "so we\'ll have to wait" and a question about what will be undecided', () => {
    expect(decisions('en', ['MARTA LINDQVIST: So we\'ll have a look at that next time.'])).toEqual([])
    expect(decisions('en', ['MARTA LINDQVIST: So we\'ll have to wait for the board.'])).toEqual([])
    expect(decisions('es', ['ROSA QUINTERO: Entonces será difícil terminar a tiempo, ¿no?'])).toEqual([])
    expect(decisions('fr', ['CLAIRE DUMONT: Alors ce sera difficile de finir à temps ?'])).toEqual([])
  })
  it('counts "okay, agreed" as a second agreement', () => {
    expect(decisions('en', ['MARTA LINDQVIST: I think we should go with twelve euros fifty.', 'OWEN PRICE: Sounds good.', 'LENA WOLFF: Okay, agreed.']).some((text) => text.includes('twelve euros'))).toBe(true)
  })

  it('takes no decision from what was agreed in a year gone by, in four languages', () => {
    expect(decisions('en', ['MARTA LINDQVIST: In 2023 we agreed to hold the summit in Lisbon.'])).toEqual([])
    expect(decisions('es', ['ROSA QUINTERO: El año pasado acordamos hacer la cumbre en Lisboa.'])).toEqual([])
    expect(decisions('fr', ["CLAIRE DUMONT: L'année dernière, nous avions décidé de faire le sommet à Lisbonne."])).toEqual([])
    expect(decisions('pt', ['JOANA TAVARES: No ano passado decidimos fazer a cúpula em Lisboa.'])).toEqual([])
  })

  const statedAsAgreed: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: I think we should publish the roadmap on the wiki.', 'OWEN PRICE: Sounds good.', 'LENA WOLFF: Agreed.'], 'we will publish the roadmap on the wiki'],
    ['es', ['ROSA QUINTERO: Creo que deberíamos publicar la hoja de ruta en la wiki.', 'DIEGO PAZ: Me parece bien.', 'LUCÍA REY: De acuerdo.'], 'vamos a publicar la hoja de ruta en la wiki'],
    ['fr', ['CLAIRE DUMONT: On pourrait publier la feuille de route sur le wiki.', 'PAUL MARTIN: Oui, faisons ça.', 'LÉA ROUX: Bonne idée.'], 'nous allons publier la feuille de route sur le wiki'],
    ['pt', ['JOANA TAVARES: Poderíamos publicar o roteiro na wiki.', 'RUI COSTA: Sim, vamos fazer isso.', 'ANA LIMA: Boa ideia.'], 'vamos publicar o roteiro na wiki']
  ]
  it.each(statedAsAgreed)('states a proposal others agreed to as the decision, not as the proposal (%s)', (language, turns, decision) => {
    expect(decisions(language, turns)).toEqual([decision])
  })
  const subjunctiveProposals: Array<[Language, string[], string]> = [
    ['es', ['ROSA QUINTERO: Propongo que aprobemos el presupuesto.', 'DIEGO PAZ: De acuerdo.', 'LUCÍA REY: Me parece bien.'], 'vamos a aprobar el presupuesto'],
    ['es', ['ROSA QUINTERO: Propongo que publiquemos el informe.', 'DIEGO PAZ: Perfecto.', 'LUCÍA REY: Sí, de acuerdo.'], 'vamos a publicar el informe'],
    ['fr', ["CLAIRE DUMONT: Je propose qu'on envoie le budget aux membres.", "PAUL MARTIN: D'accord.", 'LÉA ROUX: Ça me va.'], 'nous allons envoyer le budget aux membres'],
    ['fr', ["CLAIRE DUMONT: Je propose qu'on prenne une pause.", "PAUL MARTIN: D'accord.", 'LÉA ROUX: Ça me va.'], "je propose qu'on prenne une pause."],
    ['pt', ['JOANA TAVARES: Proponho que aprovemos o orçamento.', 'RUI COSTA: De acordo.', 'ANA LIMA: Por mim, tudo bem.'], 'vamos aprovar o orçamento'],
    ['es', ['ROSA QUINTERO: Propongo que hagamos el taller en mayo.', 'DIEGO PAZ: Perfecto.', 'LUCÍA REY: Sí, de acuerdo.'], 'propongo que hagamos el taller en mayo.']
  ]
  it.each(subjunctiveProposals)('states a proposal put as "propongo que…", "je propose qu\'on…", "proponho que…" as the decision once agreed, in the infinitive where the form says which verb (%s: %j)', (language, turns, decision) => {
    expect(decisions(language, turns)).toEqual([decision])
  })

  it('takes no decision from "je propose qu\'on approuve…" until someone agrees', () => {
    expect(decisions('fr', ["CLAIRE DUMONT: Je propose qu'on approuve le budget.", 'PAUL MARTIN: Attendons encore un peu.'])).toEqual([])
  })

  it('keeps a proposal nobody took up in its own words, as a candidate', () => {
    const result = run('en', ['MARTA LINDQVIST: I would propose that we publish the roadmap on the wiki.', 'OWEN PRICE: Let me check the budget first, there are open questions.'])
    expect(result.decisions).toEqual([])
    expect((result.candidates ?? []).map((candidate) => candidate.text)).toContain('I would propose that we publish the roadmap on the wiki.')
  })

  const negative: Example[] = [
    ['en', ['MARTA LINDQVIST: We will not publish the survey results until the board has seen them.'], 'survey'],
    ['es', ['ROSA QUINTERO: No vamos a publicar los resultados de la encuesta hasta que los vea la junta.'], 'encuesta'],
    ['fr', ['CLAIRE DUMONT: Nous ne publierons pas les résultats du sondage avant la réunion du bureau.'], 'sondage'],
    ['pt', ['JOANA TAVARES: Não vamos publicar os resultados da pesquisa antes da reunião da diretoria.'], 'pesquisa']
  ]
  it.each(negative)('takes a negative decision (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const unanswered: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: Maybe we could move this call to Thursdays from next month.', 'OWEN PRICE: I am not sure, my Thursdays are busy.']],
    ['es', ['ROSA QUINTERO: ¿Deberíamos mover esta llamada a los jueves?', 'DIEGO PAZ: No lo sé, los jueves tengo clases.']],
    ['fr', ['CLAIRE DUMONT: Devrions-nous déplacer cette réunion au jeudi ?', 'PAUL MARTIN: Je ne sais pas, le jeudi je suis pris.']],
    ['pt', ['JOANA TAVARES: Deveríamos mudar a reunião para quinta-feira?', 'RUI COSTA: Não sei, às quintas tenho aula.']]
  ]
  it.each(unanswered)('leaves out a proposal nobody takes up and a question (%s)', (language, turns) => {
    expect(decisions(language, turns)).toEqual([])
  })

  const reported: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: Last week the steering board decided to freeze the budget, and we will see if it is approved later.']],
    ['es', ['ROSA QUINTERO: Si todos están de acuerdo, quizás podríamos aprobar el presupuesto algún día.']],
    ['fr', ['CLAIRE DUMONT: Si tout le monde est d’accord, on pourrait peut-être adopter le budget un jour.']],
    ['pt', ['JOANA TAVARES: Se todos concordarem, talvez pudéssemos aprovar o orçamento um dia.']]
  ]
  it.each(reported)('keeps a report of another time or a hypothetical out of the minutes (%s)', (language, turns) => {
    expect(decisions(language, turns)).toEqual([])
  })

  const floated: Array<[Language, string, string, string]> = [
    ['en', 'MARTA LINDQVIST: Maybe we could put the glossary on the shared drive as well.', 'OWEN PRICE: Sounds good to me.', 'LENA VOSS: +1, agreed.'],
    ['es', 'ROSA QUINTERO: Quizás podríamos poner el glosario también en la carpeta compartida.', 'DIEGO PAZ: De acuerdo, me parece bien.', 'LUIS VEGA: Estoy de acuerdo.'],
    ['fr', 'CLAIRE DUMONT: On pourrait peut-être mettre le glossaire aussi dans le dossier partagé.', "PAUL MARTIN: D'accord, ça me va.", "LUC BERNARD: D'accord, bonne idée."],
    ['pt', 'JOANA TAVARES: Talvez poderíamos colocar o glossário também na pasta compartilhada.', 'RUI COSTA: Concordo, combinado.', 'ANA REIS: Eu concordo.']
  ]
  it.each(floated)('keeps an idea floated in passing that one person nods to as a candidate, and takes it when more agree (%s)', (language, proposal, nod, second) => {
    const once = run(language, [proposal, nod, `ALEX MORGAN: ${filler[language]}`])
    expect(once.decisions).toEqual([])
    expect(once.candidates?.some((item) => item.kind === 'decision')).toBe(true)
    expect(run(language, [proposal, nod, second]).decisions).toHaveLength(1)
  })

  it('keeps a formal proposal nobody answered as a candidate for review only', () => {
    const result = run('en', ['MARTA LINDQVIST: I would propose that we publish the annual report in two languages.', 'OWEN PRICE: The printer called about the invoice.'])
    expect(result.decisions).toEqual([])
    expect(result.candidates?.some((item) => item.kind === 'decision' && /annual report/i.test(item.text))).toBe(true)
  })

  it('states a decision accepted by answer instead of leaving the question', () => {
    const texts = decisions('en', ['MARTA LINDQVIST: We have two dates for the retreat. Shall we hold the retreat in Lisbon in May?', 'OWEN PRICE: Yes, agreed. Let us do that.'])
    expect(texts).toContain('we will hold the retreat in lisbon in may')
  })

  const goodIdea: Example[] = [
    ['en', ['MARTA LINDQVIST: Would it be a good idea to share the survey findings at the summit?', "OWEN PRICE: Yes, that's exactly the right idea."], 'we will share the survey findings at the summit'],
    ['es', ['ROSA QUINTERO: ¿Sería buena idea compartir los resultados de la encuesta en la cumbre?', 'DIEGO PAZ: Sí, me parece perfecto.'], 'vamos a compartir los resultados de la encuesta en la cumbre'],
    ['fr', ['CLAIRE DUMONT: Serait-il une bonne idée de partager les résultats du sondage au sommet ?', "PAUL MARTIN: Oui, tout à fait d'accord."], 'nous allons partager les résultats du sondage au sommet'],
    ['pt', ['JOANA TAVARES: Seria uma boa ideia compartilhar os resultados da pesquisa na cúpula?', 'RUI COSTA: Sim, concordo totalmente.'], 'vamos compartilhar os resultados da pesquisa na cúpula']
  ]
  it.each(goodIdea)('states "would it be a good idea to…?" answered yes as the decision (%s)', (language, turns, stated) => {
    expect(decisions(language, turns)).toContain(stated)
  })

  it('takes the plans of a recap at the end', () => {
    const texts = decisions('en', ['MARTA LINDQVIST: So, to recap the next steps: we will publish the report on Friday. Then we will open the call for volunteers.'])
    expect(texts.some((text) => text.includes('publish the report'))).toBe(true)
    expect(texts.some((text) => text.includes('call for volunteers'))).toBe(true)
  })
})

describe('action items', () => {
  const volunteering: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Someone needs to send the venue contract to the finance team.', 'OWEN PRICE: I can take that.'], 'venue contract', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Alguien tiene que enviar el contrato del local al equipo de finanzas.', 'DIEGO PAZ: Yo me encargo de eso.'], 'contrato', 'Diego Paz'],
    ['fr', ["CLAIRE DUMONT: Il faut envoyer le contrat de la salle à l'équipe financière.", "PAUL MARTIN: Je m'en occupe."], 'contrat', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Alguém precisa enviar o contrato do local para a equipe financeira.', 'RUI COSTA: Pode deixar comigo.'], 'contrato', 'Rui Costa']
  ]
  it.each(volunteering)('gives a volunteer the task just asked (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const requests: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Jess, could you send me the list of speakers by Friday?', 'JESS OKAFOR: Sure.'], 'list of speakers', 'Jess Okafor'],
    ['es', ['ROSA QUINTERO: Diego, ¿podrías enviar la lista de ponentes antes del viernes?', 'DIEGO PAZ: Claro.'], 'lista de ponentes', 'Diego Paz'],
    ['fr', ['CLAIRE DUMONT: Paul, pourriez-vous envoyer la liste des intervenants avant vendredi ?', 'PAUL MARTIN: Bien sûr.'], 'liste des intervenants', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui, você pode enviar a lista de palestrantes até sexta?', 'RUI COSTA: Claro.'], 'lista de palestrantes', 'Rui Costa']
  ]
  it.each(requests)('gives a request to its named addressee, never the speaker (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const forWhom: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Jess, could you send us the list of members?', 'JESS OKAFOR: Sure.'], 'list of members', 'Jess Okafor'],
    ['es', ['ROSA QUINTERO: Lucía, ¿puedes enviarme la lista de miembros?', 'LUCÍA VERA: Claro.'], 'lista de miembros', 'Lucía Vera'],
    ['fr', ['CLAIRE DUMONT: Julie, peux-tu m’envoyer la liste des membres ?', 'JULIE ROUX: Bien sûr.'], 'liste des membres', 'Julie Roux'],
    ['pt', ['JOANA TAVARES: Júlia, você pode me enviar a lista de membros?', 'JÚLIA LIMA: Claro.'], 'lista de membros', 'Júlia Lima']
  ]
  it.each(forWhom)('reads a request whose verb carries who it is for ("enviarme", "m’envoyer", "me enviar") (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const unknownVocative: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Omar, can you please update the wiki page with the new dates?'], 'wiki page', 'Omar'],
    ['es', ['ROSA QUINTERO: Omar, ¿puedes actualizar la página del wiki con las nuevas fechas?'], 'página del wiki', 'Omar'],
    ['fr', ['CLAIRE DUMONT: Omar, pouvez-vous mettre à jour la page du wiki avec les nouvelles dates ?'], 'page du wiki', 'Omar'],
    ['pt', ['JOANA TAVARES: Omar, você pode atualizar a página do wiki com as novas datas?'], 'página do wiki', 'Omar']
  ]
  it.each(unknownVocative)('gives a request to the name it opens with, even one the meeting has not heard, and not to the speaker before (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const vocative: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: And maybe Owen, you can contact the printers and ask for a new quote.', 'OWEN PRICE: Yeah, I can.'], 'contact the printers', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Diego, puedes contactar a la imprenta y pedir un nuevo presupuesto.', 'DIEGO PAZ: Sí, claro.'], 'contactar a la imprenta', 'Diego Paz'],
    ['fr', ["CLAIRE DUMONT: Paul, tu peux contacter l'imprimeur et demander un nouveau devis.", 'PAUL MARTIN: Oui, bien sûr.'], "contacter l'imprimeur", 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui, você pode contatar a gráfica e pedir um novo orçamento.', 'RUI COSTA: Sim, claro.'], 'contatar a gráfica', 'Rui Costa']
  ]
  it.each(vocative)('gives "Name, you can…" to the person named (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  it('gives a request to a misheard name nobody answers to the one speaker a letter away, and to the name itself when none is', () => {
    const misheard = actions('en', ['TEX MORGAN: Hello all.', 'LARA BONASORTE: Text, can you send the survey to the members by Friday?'])
    expect(misheard).toContainEqual(expect.objectContaining({owner: 'Tex Morgan', task: expect.stringContaining('survey')}))
    const unheard = actions('en', ['TEX MORGAN: Hello all.', 'LARA BONASORTE: Omar, can you send the survey to the members by Friday?'])
    expect(unheard).toContainEqual(expect.objectContaining({owner: 'Omar', task: expect.stringContaining('survey')}))
  })

  it('gives a request to a misheard name to the person who takes it on', () => {
    const found = actions('en', ['MARTA LINDQVIST: Larry, you can contact the printers about the quote.', 'LARA BONASORTE: Yeah, I can.'])
    expect(found).toContainEqual(expect.objectContaining({owner: 'Lara Bonasorte', task: expect.stringContaining('contact the printers')}))
    expect(actions('en', ['MARTA LINDQVIST: So you can see here the figures of last year.', 'OWEN PRICE: Yes.'])).toEqual([])
  })

  const group: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Everyone please review the draft charter by Friday.'], 'review the draft charter'],
    ['es', ['ROSA QUINTERO: Todos tienen que revisar el borrador de los estatutos antes del viernes, por favor.'], 'borrador'],
    ['fr', ['CLAIRE DUMONT: Tout le monde doit vérifier le projet de charte avant vendredi, s’il vous plaît.'], 'charte'],
    ['pt', ['JOANA TAVARES: Todos por favor revisar o rascunho do regimento até sexta-feira.'], 'rascunho']
  ]
  it.each(group)('gives a task said to everyone to the group, not a guessed person (%s)', (language, turns, word) => {
    const found = actions(language, turns).find((item) => item.task.includes(word))
    expect(found).toMatchObject({ownerKind: 'group'})
    expect(found?.owner).not.toBe(turns[0]!.split(':')[0])
  })

  const imperative: Array<[Language, string[], string]> = [
    ['es', ['ROSA QUINTERO: Todos, por favor, revisen el documento antes del viernes.'], 'documento'],
    ['fr', ['CLAIRE DUMONT: Tout le monde, merci de relire le document avant vendredi.'], 'document'],
    ['pt', ['JOANA TAVARES: Todos, por favor, revisem o documento até sexta.'], 'documento']
  ]
  it.each(imperative)('reads a task said to everyone in the plural imperative (%s)', (language, turns, word) => {
    expect(actions(language, turns).find((item) => item.task.includes(word))).toMatchObject({ownerKind: 'group'})
  })

  const thirdPerson: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Action items: Owen Price to send the survey, Lena Voss to chase the printers.', 'OWEN PRICE: Fine.', 'LENA VOSS: Fine.'], 'chase the printers', 'Lena Voss'],
    ['es', ['ROSA QUINTERO: Diego Paz va a enviar la encuesta la próxima semana.', 'DIEGO PAZ: Sí.'], 'encuesta', 'Diego Paz'],
    ['fr', ["CLAIRE DUMONT: Paul Martin va envoyer le sondage la semaine prochaine.", 'PAUL MARTIN: Oui.'], 'sondage', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui Costa vai enviar a pesquisa na próxima semana.', 'RUI COSTA: Sim.'], 'pesquisa', 'Rui Costa']
  ]
  it.each(thirdPerson)('gives a third-person or listed assignment to the person named (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const recap: Array<[Language, string[], Array<[string, string, string]>]> = [
    ['en', ['MARTA LINDQVIST: So, action items: Tex to send the survey, Kevin to chase the printers.'], [['Tex', 'send the survey', 'kevin'], ['Kevin', 'chase the printers', 'survey']]],
    ['es', ['ROSA QUINTERO: Puntos de acción: Marcos va a enviar la encuesta, Lucía tiene que revisar el presupuesto.'], [['Marcos', 'enviar la encuesta', 'lucía'], ['Lucía', 'revisar el presupuesto', 'encuesta']]],
    ['fr', ["CLAIRE DUMONT: Points d'action : Hugo va envoyer le sondage, Léa doit vérifier le budget."], [['Hugo', 'envoyer le sondage', 'léa'], ['Léa', 'vérifier le budget', 'sondage']]],
    ['pt', ['JOANA TAVARES: Itens de ação: Marcos vai enviar a pesquisa, Ana deve revisar o orçamento.'], [['Marcos', 'enviar a pesquisa', 'ana'], ['Ana', 'revisar o orçamento', 'pesquisa']]]
  ]
  it.each(recap)('splits a recap of action items into one item per person named, first names too (%s)', (language, turns, expected) => {
    const found = actions(language, turns)
    for (const [owner, task, other] of expected) {
      const item = found.find((candidate) => candidate.owner === owner)
      expect(item?.task).toContain(task)
      expect(item?.task).not.toContain(other)
    }
  })

  const twoAssignments: Array<[Language, string[], Array<[string, string, string]>]> = [
    ['en', ['MARTA LINDQVIST: So to recap, Tex Ritter will send the survey and Kevin Shaw will chase the printers.'], [['Tex Ritter', 'send the survey', 'kevin'], ['Kevin Shaw', 'chase the printers', 'survey']]],
    ['es', ['ROSA QUINTERO: Entonces, Marcos Gil va a enviar la encuesta y Lucía Vera va a revisar el presupuesto.'], [['Marcos Gil', 'enviar la encuesta', 'lucía'], ['Lucía Vera', 'revisar el presupuesto', 'encuesta']]],
    ['fr', ['CLAIRE DUMONT: Donc, Hugo Petit va envoyer le sondage et Léa Roux va vérifier le budget.'], [['Hugo Petit', 'envoyer le sondage', 'léa'], ['Léa Roux', 'vérifier le budget', 'sondage']]],
    ['pt', ['JOANA TAVARES: Então, Marcos Gil vai enviar a pesquisa e Ana Lima vai revisar o orçamento.'], [['Marcos Gil', 'enviar a pesquisa', 'ana'], ['Ana Lima', 'revisar o orçamento', 'pesquisa']]]
  ]
  it.each(twoAssignments)('reads two assignments in one sentence as two items (%s)', (language, turns, expected) => {
    const found = actions(language, turns)
    for (const [owner, task, other] of expected) {
      const item = found.find((candidate) => candidate.owner === owner)
      expect(item?.task).toContain(task)
      expect(item?.task).not.toContain(other)
    }
  })

  it('reads a recap said as "Name will do this and Name will do that", first names the meeting never heard too', () => {
    const found = actions('en', ['MARTA LINDQVIST: So the action items are: Maria will draft the letter and John will book the room.'])
    expect(found).toContainEqual(expect.objectContaining({owner: 'Maria', task: 'draft the letter'}))
    expect(found).toContainEqual(expect.objectContaining({owner: 'John', task: 'book the room'}))
  })

  it('keeps a task whole when a word inside it looks like the next assignment ("meet to prepare")', () => {
    expect(actions('en', ['MARTA LINDQVIST: Kevin Shaw and Neil Ortega will meet to prepare the statement.'])).toContainEqual(
      expect.objectContaining({owner: 'Kevin Shaw', task: 'meet to prepare the statement'})
    )
  })

  const presentRecap: Array<[Language, string, string, Array<[string, string]>]> = [
    ['en', 'MARTA LINDQVIST: Next steps: Omar contacts the embassy, Pat updates the FAQ.', 'MARTA LINDQVIST: Omar contacts the embassy every year.', [['Omar', 'contact the embassy'], ['Pat', 'update the faq']]],
    ['es', 'ROSA QUINTERO: Próximos pasos: Marcos envía la encuesta, Lucía revisa el presupuesto.', 'ROSA QUINTERO: Marcos envía la encuesta cada año.', [['Marcos', 'enviar la encuesta'], ['Lucía', 'revisar el presupuesto']]],
    ['fr', 'CLAIRE DUMONT: Prochaines étapes : Hugo envoie le sondage, Léa vérifie le budget.', 'CLAIRE DUMONT: Hugo envoie le sondage chaque année.', [['Hugo', 'envoyer le sondage'], ['Léa', 'vérifier le budget']]],
    ['pt', 'JOANA TAVARES: Próximos passos: Marcos envia a pesquisa, Ana revisa o orçamento.', 'JOANA TAVARES: Marcos envia a pesquisa todo ano.', [['Marcos', 'enviar a pesquisa'], ['Ana', 'revisar o orçamento']]]
  ]
  it.each(presentRecap)('reads a recap said in the present ("Omar contacts the embassy"), and no habit outside one (%s)', (language, recap, habit, expected) => {
    const found = actions(language, [recap])
    for (const [owner, task] of expected) expect(found).toContainEqual(expect.objectContaining({owner, task}))
    expect(actions(language, [habit])).toEqual([])
  })

  it('reads a recap said as "Name, do this; Name, do that"', () => {
    const found = actions('en', ['MARTA LINDQVIST: Action items: Tex, send the survey; Kevin, chase the printers.'])
    expect(found).toContainEqual(expect.objectContaining({owner: 'Tex', task: 'send the survey'}))
    expect(found).toContainEqual(expect.objectContaining({owner: 'Kevin', task: 'chase the printers'}))
  })

  const meeting: Array<[Language, string[], string, string[]]> = [
    ['en', ['MARTA LINDQVIST: Kevin Shaw and Neil Ortega will meet to finish the statement.'], 'finish the statement', ['Kevin Shaw', 'Neil Ortega']],
    ['es', ['ROSA QUINTERO: Marcos Gil y Lucía Vera van a reunirse para terminar la declaración.'], 'declaración', ['Marcos Gil', 'Lucía Vera']],
    ['es', ['ROSA QUINTERO: Marcos Gil y Lucía Vera se van a reunir para terminar la declaración.'], 'declaración', ['Marcos Gil', 'Lucía Vera']],
    ['fr', ['CLAIRE DUMONT: Hugo Petit et Léa Roux vont se réunir pour finir la déclaration.'], 'déclaration', ['Hugo Petit', 'Léa Roux']],
    ['pt', ['JOANA TAVARES: Marcos Gil e Ana Lima vão se reunir para terminar a declaração.'], 'declaração', ['Marcos Gil', 'Ana Lima']]
  ]
  it.each(meeting)('gives a meeting of two named people to both (%s)', (language, turns, word, people) => {
    const item = run(language, turns).actionItems.find((candidate) => candidate.task.toLowerCase().includes(word))
    expect(item?.assignees).toEqual(people)
  })

  const volunteeringAlone: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: The printers still have not answered about the leaflets.', 'OWEN PRICE: Leave it with me.'], 'Owen Price'],
    ['es', ['ROSA QUINTERO: La imprenta todavía no ha contestado sobre los folletos.', 'DIEGO PAZ: Yo me encargo de eso.'], 'Diego Paz'],
    ['fr', ["CLAIRE DUMONT: L'imprimeur n'a toujours pas répondu pour les dépliants.", "PAUL MARTIN: Je m'en occupe."], 'Paul Martin'],
    ['pt', ['JOANA TAVARES: A gráfica ainda não respondeu sobre os folhetos.', 'RUI COSTA: Pode deixar comigo.'], 'Rui Costa']
  ]
  it.each(volunteeringAlone)('keeps a volunteer’s promise when nothing was asked in so many words (%s)', (language, turns, owner) => {
    expect(actions(language, turns).some((item) => item.owner === owner)).toBe(true)
  })

  it('keeps such a promise in its own words from where it starts, not from what was said before it in the sentence', () => {
    const [item] = actions('en', ['MARTA LINDQVIST: The printers still have not answered about the leaflets.', "OWEN PRICE: I don't know why, but I can take care of that."])
    expect(item).toEqual(expect.objectContaining({owner: 'Owen Price', task: 'i can take care of that'}))
  })

  it('reads no name into a capitalised word followed by one in lower case before "to" ("Laurent welcome to join")', () => {
    expect(actions('en', ['LAURENT DUBOIS: Hello.', 'MARIA COSTA: Laurent welcome to join.'])).toEqual([])
    expect(actions('en', ['TEX LEE: Hello.', 'MARIA COSTA: Action items: Tex to send the survey, Kevin Shaw to chase the printers.'])).toEqual([
      expect.objectContaining({owner: 'Tex Lee', task: 'send the survey'}),
      expect.objectContaining({owner: 'Kevin Shaw', task: 'chase the printers'})
    ])
  })

  const planned: Array<[Language, string, string]> = [
    ['en', 'MARIA COSTA: Fanny plans to launch a form to collect contributor data.', 'launch a form to collect contributor data'],
    ['es', 'MARIA COSTA: Fanny tiene previsto enviar el formulario la semana que viene.', 'enviar el formulario la semana que viene'],
    ['fr', "MARIA COSTA: Fanny prévoit d'envoyer le formulaire la semaine prochaine.", 'envoyer le formulaire la semaine prochaine'],
    ['pt', 'MARIA COSTA: A Fanny pretende enviar o formulário na semana que vem.', 'enviar o formulário na semana que vem']
  ]
  it.each(planned)('gives what someone named plans or intends to do to that person (%s)', (language, turn, task) => {
    expect(actions(language, ['FANNY DOE: Hello.', turn])).toContainEqual(expect.objectContaining({owner: 'Fanny Doe', task}))
  })

  it('keeps a promise with nothing asked said on in the speaker\'s own talk for review only, and one that answers as an item', () => {
    const talk = run('en', ['MARTA LINDQVIST: Thank you.', 'OWEN PRICE: Happy to help. You can all write in the chat while I talk. Just give me instructions and I will do it.'])
    expect(talk.actionItems).toEqual([])
    expect(talk.candidates?.some((item) => item.kind === 'action')).toBe(true)
    expectAction('en', ['MARTA LINDQVIST: The pillars document still has gaps in the outreach section.', 'OWEN PRICE: Perfect. So I will do that.'], 'i will do that', 'Owen Price')
  })

  it('keeps a bare order to nobody by name out of the minutes, and one to a named person in', () => {
    const bare = run('en', ['MARTA LINDQVIST: Well, send it to me when you are done with the other one then.', 'OWEN PRICE: Right.'])
    expect(bare.actionItems.some((item) => /send it/i.test(item.task))).toBe(false)
    const named = actions('en', ['MARTA LINDQVIST: Owen, send the revised budget to the treasurer.', 'OWEN PRICE: Right.'])
    expect(named).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringContaining('revised budget')}))
  })

  const soon: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: I will share the revised budget soon.'], 'revised budget', 'Owen Price'],
    ['es', ['DIEGO PAZ: Voy a compartir el presupuesto revisado pronto.'], 'presupuesto revisado', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Je vais partager le budget révisé bientôt.'], 'budget révisé', 'Paul Martin'],
    ['pt', ['RUI COSTA: Vou compartilhar o orçamento revisado em breve.'], 'orçamento revisado', 'Rui Costa']
  ]
  it.each(soon)('takes something to share as a task once a time after the call is said (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const channel: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: I will share the report within our internal members channel.'], 'report', 'Owen Price'],
    ['es', ['DIEGO PAZ: Voy a compartir el informe en el canal interno de miembros.'], 'informe', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Je vais partager le rapport sur le canal interne des membres.'], 'rapport', 'Paul Martin'],
    ['pt', ['RUI COSTA: Vou compartilhar o relatório no canal interno dos membros.'], 'relatório', 'Rui Costa']
  ]
  it.each(channel)('takes something to share in a channel outside the call as a task (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const slides: Array<[Language, string, string]> = [
    ['en', "OWEN PRICE: I will share a screenshot of the slides in the members' channel after the call.", 'OWEN PRICE: I will share the slides on my screen.'],
    ['es', 'DIEGO PAZ: Voy a compartir una captura de las diapositivas en el canal de miembros.', 'DIEGO PAZ: Voy a compartir las diapositivas en mi pantalla.'],
    ['fr', 'PAUL MARTIN: Je vais partager une capture des diapositives sur le canal des membres.', 'PAUL MARTIN: Je vais partager les diapositives sur mon écran.'],
    ['pt', 'RUI COSTA: Vou compartilhar uma captura dos slides no canal dos membros.', 'RUI COSTA: Vou compartilhar os slides na minha tela.']
  ]
  it.each(slides)('tells slides sent to a channel from slides shown on the screen (%s)', (language, outside, inside) => {
    expect(actions(language, [outside]).length).toBe(1)
    expect(actions(language, [inside])).toEqual([])
  })

  const happy: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Who could run the next open session?', 'NANA OSEI: I am happy to host the next open session.'], 'host', 'Nana Osei'],
    ['es', ['ROSA QUINTERO: ¿Quién podría llevar la próxima sesión abierta?', 'LUCÍA VERA: Estoy dispuesta a organizar la próxima sesión abierta.'], 'organizar', 'Lucía Vera'],
    ['fr', ['CLAIRE DUMONT: Qui pourrait animer la prochaine séance ouverte ?', 'LÉA ROUX: Je suis prête à organiser la prochaine séance ouverte.'], 'organiser', 'Léa Roux'],
    ['pt', ['JOANA TAVARES: Quem poderia conduzir a próxima sessão aberta?', 'ANA LIMA: Estou disposta a organizar a próxima sessão aberta.'], 'organizar', 'Ana Lima']
  ]
  it.each(happy)('takes a willing offer as the speaker’s task (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const continuing: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: I will be preparing the venue report next week.'], 'venue report', 'Owen Price'],
    ['es', ['DIEGO PAZ: Voy a estar preparando el informe del local la próxima semana.'], 'informe del local', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Je serai en train de préparer le rapport sur la salle la semaine prochaine.'], 'rapport sur la salle', 'Paul Martin'],
    ['pt', ['RUI COSTA: Vou estar preparando o relatório do local na próxima semana.'], 'relatório do local', 'Rui Costa']
  ]
  it.each(continuing)('takes a promise said as work under way ("I\'ll be preparing…") (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const relative: Array<[Language, string[]]> = [
    ['en', ['OWEN PRICE: About the budget, that is all that I can share for now. The only way I can check it is through the old sheet.']],
    ['es', ['DIEGO PAZ: Sobre el presupuesto, eso es todo lo que puedo compartir por ahora.']],
    ['fr', ["PAUL MARTIN: Sur le budget, c'est tout ce que je peux partager pour l'instant."]],
    ['pt', ['RUI COSTA: Sobre o orçamento, é tudo o que eu posso compartilhar por enquanto.']]
  ]
  it.each(relative)('reads no promise into a relative clause (%s)', (language, turns) => {
    const result = run(language, turns)
    expect([...result.actionItems.map((item) => item.task), ...(result.candidates ?? []).map((item) => item.text)]).toEqual([])
  })

  const deadline: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: We have until April 10 to review the budget and send it to the treasurer.'], 'review the budget'],
    ['es', ['ROSA QUINTERO: Tenemos hasta el 10 de abril para revisar el presupuesto.'], 'revisar el presupuesto'],
    ['fr', ["CLAIRE DUMONT: Nous avons jusqu'au 10 avril pour revoir le budget."], 'revoir le budget'],
    ['pt', ['JOANA TAVARES: Temos até 10 de abril para revisar o orçamento.'], 'revisar o orçamento']
  ]
  it.each(deadline)('takes a deadline the group has as the group’s task (%s)', (language, turns, word) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({task: expect.stringContaining(word), ownerKind: 'group'}))
  })

  it('takes one item from one sentence that promises one thing in two ways', () => {
    const found = actions('en', ['OWEN PRICE: I will send everyone the minutes tomorrow and we can go through them next meeting.'])
    expect(found.filter((item) => item.task.includes('minutes'))).toHaveLength(1)
  })

  const review: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: From last time, the budget summary is still open: Owen will send the budget summary by Friday.', 'OWEN PRICE: Yes, and I have already sent the venue list, that one is done.'], 'budget summary', 'venue list'],
    ['es', ['ROSA QUINTERO: De la vez pasada sigue pendiente el resumen: Diego va a enviar el resumen del presupuesto el viernes.', 'DIEGO PAZ: Sí. Ya envié la lista de locales, eso ya está hecho.'], 'resumen', 'lista de locales'],
    ['fr', ['CLAIRE DUMONT: Le résumé du budget est toujours en cours : Paul va envoyer le résumé du budget vendredi.', "PAUL MARTIN: Oui. J'ai déjà envoyé la liste des salles, c'est fait."], 'résumé', 'liste des salles'],
    ['pt', ['JOANA TAVARES: O resumo do orçamento ainda está pendente: Rui vai enviar o resumo do orçamento na sexta.', 'RUI COSTA: Sim. Já enviei a lista de locais, isso já está feito.'], 'resumo', 'lista de locais']
  ]
  it.each(review)('keeps an item still open from last time and drops one reported done (%s)', (language, turns, open, done) => {
    const tasks = actions(language, turns).map((item) => item.task)
    expect(tasks.some((task) => task.includes(open))).toBe(true)
    expect(tasks.some((task) => task.includes(done))).toBe(false)
  })

  const followUp: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: We will set up a follow-up call with the product team next week.'], 'follow-up call'],
    ['es', ['ROSA QUINTERO: Vamos a organizar una reunión de seguimiento con el equipo de producto la próxima semana.'], 'reunión de seguimiento'],
    ['fr', ["CLAIRE DUMONT: Nous allons organiser une réunion de suivi avec l'équipe produit la semaine prochaine."], 'réunion de suivi'],
    ['pt', ['JOANA TAVARES: Vamos organizar uma reunião de acompanhamento com a equipe de produto na próxima semana.'], 'reunião de acompanhamento']
  ]
  it.each(followUp)('takes a follow-up meeting to set up as a task of the group (%s)', (language, turns, word) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({task: expect.stringContaining(word), ownerKind: 'group'}))
  })

  const pronouns: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Owen, do you still have the governance document?', 'OWEN PRICE: I think so. I will look for it tonight.'], 'look for the governance document', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Diego, ¿todavía tienes el documento de gobernanza?', 'DIEGO PAZ: Creo que sí. Voy a buscarlo esta noche.'], 'buscar el documento de gobernanza', 'Diego Paz'],
    ['fr', ['CLAIRE DUMONT: Paul, tu as toujours le document de gouvernance ?', 'PAUL MARTIN: Je crois. Je vais le chercher ce soir.'], 'chercher le document de gouvernance', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui, você ainda tem o documento de governança?', 'RUI COSTA: Acho que sim. Vou enviá-lo hoje à noite.'], 'enviar o documento de governança', 'Rui Costa']
  ]
  it.each(pronouns)('names the object a pronoun stands for, before, after or joined to the verb (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(task)}))
  })

  const unnamed: Array<[Language, string, string, string]> = [
    ['en', 'OWEN PRICE: Great point. I will send it to you later this week.', 'OWEN PRICE: Great point. I will send the budget table to you later this week.', 'budget'],
    ['es', 'DIEGO PAZ: Buen punto. Voy a enviarles eso mañana.', 'DIEGO PAZ: Buen punto. Voy a enviarles el calendario mañana.', 'calendario'],
    ['fr', 'PAUL MARTIN: Bonne remarque. Je vais vous envoyer ça demain.', 'PAUL MARTIN: Bonne remarque. Je vais vous envoyer le calendrier demain.', 'calendrier'],
    ['pt', 'RUI COSTA: Bom ponto. Vou te enviar isso amanhã.', 'RUI COSTA: Bom ponto. Vou te enviar o calendário amanhã.', 'calendário']
  ]
  it.each(unnamed)('trusts a promise that never names its object less than one that does (%s)', (language, vague, named, word) => {
    // A first turn with no noun phrase in it, so that "it" has nothing to stand for.
    const opening = {en: 'ALEX MORGAN: Anything else?', es: 'ALEX MORGAN: ¿Algo más?', fr: 'ALEX MORGAN: Autre chose ?', pt: 'ALEX MORGAN: Mais alguma coisa?'}[language]
    const confidenceOf = (turn: string): number => {
      const result = record(`${opening}\n\n${turn}\n`, {languages: [language]})
      const item = [...result.actionItems.map((each) => ({text: each.task, confidence: each.confidence})), ...(result.candidates ?? []).filter((each) => each.kind === 'action')][0]
      expect(item).toBeDefined()
      return item!.confidence
    }
    expect(confidenceOf(vague)).toBeLessThanOrEqual(confidenceOf(named) - 0.2)
    expect(actions(language, [named])).toContainEqual(expect.objectContaining({task: expect.stringContaining(word)}))
  })

  const future: Array<[Language, string, string]> = [
    ['en', 'OWEN PRICE: I shall send the minutes tomorrow.', 'minutes'],
    ['es', 'DIEGO PAZ: Enviaré el acta mañana.', 'acta'],
    ['fr', 'PAUL MARTIN: J’enverrai le compte rendu demain.', 'compte rendu'],
    ['pt', 'RUI COSTA: Enviarei a ata amanhã.', 'ata']
  ]
  it.each(future)('takes a promise said in the future tense (%s)', (language, turn, word) => {
    expect(actions(language, [turn]).some((item) => item.task.includes(word))).toBe(true)
  })

  const presentForFuture: Array<[Language, string, string, string]> = [
    ['es', 'DIEGO PAZ: Te mando el documento mañana.', 'DIEGO PAZ: Mando el documento a veces.', 'mandar el documento'],
    ['fr', 'PAUL MARTIN: Je vous envoie le lien demain.', 'PAUL MARTIN: Je partage souvent des liens.', 'envoyer le lien'],
    ['pt', 'RUI COSTA: Eu envio a ata amanhã.', 'RUI COSTA: Eu envio atas às vezes.', 'enviar a ata']
  ]
  it.each(presentForFuture)('takes a promise said in the present with a time ("te mando… mañana"), stated in the infinitive, and no habit (%s)', (language, promise, habit, task) => {
    expect(actions(language, [promise]).some((item) => item.task.startsWith(task))).toBe(true)
    expect(actions(language, [habit])).toEqual([])
  })

  const otherRequests: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Owen, can you take care of the registration form?', 'OWEN PRICE: Yes.'], 'registration form', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Diego, ¿te encargas tú de reservar la sala?', 'DIEGO PAZ: Sí, claro.'], 'reservar la sala', 'Diego Paz'],
    ['fr', ['CLAIRE DUMONT: Paul, est-ce que tu peux réserver la salle ?', 'PAUL MARTIN: Oui, bien sûr.'], 'réserver la salle', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui, você consegue reservar a sala?', 'RUI COSTA: Sim, claro.'], 'reservar a sala', 'Rui Costa']
  ]
  it.each(otherRequests)('reads a request however it is put ("te encargas tú de…", "est-ce que tu peux…", "você consegue…") (%s)', (language, turns, word, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  const mind: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Owen, would you mind sending the list of venues to everyone?', 'OWEN PRICE: Not at all.'], 'send the list of venues', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Diego, ¿te importaría enviar la lista de locales a todos?', 'DIEGO PAZ: Claro que no.'], 'enviar la lista de locales', 'Diego Paz'],
    ['fr', ['CLAIRE DUMONT: Paul, ça te dérangerait d’envoyer la liste des salles à tout le monde ?', 'PAUL MARTIN: Pas du tout.'], 'envoyer la liste des salles', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Rui, você se importaria de enviar a lista de locais para todos?', 'RUI COSTA: Claro que não.'], 'enviar a lista de locais', 'Rui Costa']
  ]
  it.each(mind)('reads "would you mind sending…?" as a request, stated in the infinitive (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  it('reads "would you mind sending…?" in a sentence with no task verb in its base form', () => {
    expectAction('en', ['LENA WOLFF: Hello.', 'OWEN PRICE: Hello.', 'MARTA LINDQVIST: Owen, would you mind sending the agenda?', 'OWEN PRICE: Sure.'], 'send the agenda', 'Owen Price')
  })

  it('takes no task from "would you mind waiting?", whose gerund names no task', () => {
    const result = run('en', ['MARTA LINDQVIST: Owen, would you mind waiting a second?'])
    expect([...result.actionItems, ...(result.candidates ?? [])]).toEqual([])
  })

  const offeredAsked: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Do you want me to send the list of venues to everyone?', 'MARTA LINDQVIST: Yes, please.'], 'send the list of venues', 'Owen Price'],
    ['en', ['OWEN PRICE: Shall I book the room for the workshop?', 'MARTA LINDQVIST: That would be great.'], 'book the room', 'Owen Price'],
    ['es', ['DIEGO PAZ: ¿Quieres que envíe la lista de locales a todos?', 'ROSA QUINTERO: Sí, por favor.'], 'enviar la lista de locales', 'Diego Paz'],
    ['es', ['DIEGO PAZ: ¿Puedo enviar la lista de locales a todos?', 'ROSA QUINTERO: Claro.'], 'enviar la lista de locales', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Vous voulez que j’envoie la liste des salles à tout le monde ?', 'CLAIRE DUMONT: Oui, merci.'], 'envoyer la liste des salles', 'Paul Martin'],
    ['fr', ['PAUL MARTIN: Je peux envoyer la liste des salles à tout le monde ?', 'CLAIRE DUMONT: Oui, volontiers.'], 'envoyer la liste des salles', 'Paul Martin'],
    ['pt', ['RUI COSTA: Quer que eu envie a lista de locais para todos?', 'JOANA TAVARES: Sim, por favor.'], 'enviar a lista de locais', 'Rui Costa'],
    ['pt', ['RUI COSTA: Posso enviar a lista de locais para todos?', 'JOANA TAVARES: Pode, sim.'], 'enviar a lista de locais', 'Rui Costa']
  ]
  it.each(offeredAsked)('takes an offer put as a question that someone else accepts as the task of who offered, in the infinitive (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  it('takes no task from an offer put as a question that is turned down or left unanswered', () => {
    expect(actions('en', ['OWEN PRICE: Should I send the list of venues to everyone?', 'MARTA LINDQVIST: No, not yet.'])).toEqual([])
    expect(actions('es', ['DIEGO PAZ: ¿Quieres que envíe la lista de locales a todos?', 'DIEGO PAZ: Bueno, lo vemos luego.'])).toEqual([])
    expect(actions('fr', ['PAUL MARTIN: Je peux envoyer la liste des salles à tout le monde ?', 'CLAIRE DUMONT: Non, attends la semaine prochaine.'])).toEqual([])
    expect(actions('pt', ['RUI COSTA: Posso enviar a lista de locais para todos?', 'JOANA TAVARES: Ainda não.'])).toEqual([])
  })

  const offeredKindly: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: I could send the notes from the venue visit, if that helps.', 'MARTA LINDQVIST: Yes, please.'], 'send the notes from the venue visit', 'Owen Price'],
    ['es', ['DIEGO PAZ: Puedo enviar las notas de la visita al local, si les sirve.', 'ROSA QUINTERO: Sí, por favor.'], 'enviar las notas de la visita al local', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Je peux envoyer les notes de la visite de la salle, si ça vous aide.', 'CLAIRE DUMONT: Oui, volontiers.'], 'envoyer les notes de la visite de la salle', 'Paul Martin'],
    ['pt', ['RUI COSTA: Posso enviar as notas da visita ao local, se ajudar.', 'JOANA TAVARES: Sim, por favor.'], 'enviar as notas da visita ao local', 'Rui Costa']
  ]
  it.each(offeredKindly)('takes an offer made on a condition of courtesy and taken up by the next speaker as the task of who offered (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  it('takes no task from an offer on a real condition, even when someone says yes', () => {
    expect(actions('en', ['OWEN PRICE: I could send the notes from the venue visit if the board approves them.', 'MARTA LINDQVIST: Sure.'])).toEqual([])
    expect(actions('es', ['DIEGO PAZ: Puedo enviar las notas de la visita si la junta las aprueba.', 'ROSA QUINTERO: Claro.'])).toEqual([])
  })

  const markedAfter: Array<[Language, string[], string, string | null]> = [
    ['en', ['MARTA LINDQVIST: Someone needs to check the quorum rules before the vote. Can we take that as an action for Owen?', 'OWEN PRICE: Sure.'], 'check the quorum rules', 'Owen Price'],
    ['en', ['MARTA LINDQVIST: We need to review the budget lines before the vote. OK, that is an action item.'], 'review the budget lines', null],
    ['en', ["OWEN PRICE: I'll take that as an action to update the wiki with the new dates."], 'update the wiki', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Hay que revisar el presupuesto antes de la votación. Anotemos eso como una acción para Diego.', 'DIEGO PAZ: Vale.'], 'revisar el presupuesto', 'Diego Paz'],
    ['es', ['DIEGO PAZ: Tomo eso como una acción para actualizar la wiki con las fechas nuevas.'], 'actualizar la wiki', 'Diego Paz'],
    ['fr', ['CLAIRE DUMONT: Il faut vérifier les règles du quorum avant le vote. Notons ça comme une action pour Paul.', 'PAUL MARTIN: D’accord.'], 'vérifier les règles du quorum', 'Paul Martin'],
    ['fr', ['PAUL MARTIN: Je prends ça comme une action pour mettre à jour le wiki avec les nouvelles dates.'], 'mettre à jour le wiki', 'Paul Martin'],
    ['pt', ['JOANA TAVARES: Precisamos revisar o orçamento antes da votação. Vamos anotar isso como uma ação para o Rui.', 'RUI COSTA: Combinado.'], 'revisar o orçamento', 'Rui Costa'],
    ['pt', ['JOANA TAVARES: Temos que atualizar a wiki com as novas datas. Isso é uma ação.'], 'atualizar a wiki', null]
  ]
  it.each(markedAfter)('takes what was just said and then marked as an action, for whom it names, and never as a decision (%s: %s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
    expect(decisions(language, turns)).toEqual([])
  })

  it('takes no task from "an action" said of something else', () => {
    expect(actions('en', ['MARTA LINDQVIST: That is an action movie, not a documentary.'])).toEqual([])
    expect(actions('en', ['MARTA LINDQVIST: We talked about the weather a lot. Let us take that as an action for later.'])).toEqual([])
  })

  const turnedDown: Array<[Language, string[]]> = [
    ['en', ['OWEN PRICE: I can send the notes from the venue visit.', 'MARTA LINDQVIST: No need, we already have them.']],
    ['en', ["OWEN PRICE: I'll send you the deck after the call.", "MARTA LINDQVIST: Oh, don't worry about it."]],
    ['es', ['DIEGO PAZ: Puedo enviar las notas de la visita al local.', 'ROSA QUINTERO: No hace falta, ya las tenemos.']],
    ['fr', ['PAUL MARTIN: Je vais envoyer les notes de la visite demain.', 'CLAIRE DUMONT: Pas besoin, on les a déjà.']],
    ['pt', ['RUI COSTA: Vou enviar as notas da visita amanhã.', 'JOANA TAVARES: Não precisa, já temos.']]
  ]
  it.each(turnedDown)('takes no task from an offer or a promise that the next speaker turns down (%s: %s)', (language, turns) => {
    expect(actions(language, turns)).toEqual([])
    expect(actions(language, [turns[0]!])).not.toEqual([])
  })

  const obliged: Array<[Language, string[], string, string]> = [
    ['en', ["OWEN PRICE: I'll have to check the budget lines with the treasurer."], 'check the budget lines', 'Owen Price'],
    ['en', ['OWEN PRICE: I will ask all committees which exchange rate they use.'], 'ask all committees', 'Owen Price'],
    ['es', ['DIEGO PAZ: Voy a tener que revisar el presupuesto con el tesorero.'], 'revisar el presupuesto', 'Diego Paz'],
    ['es', ['DIEGO PAZ: Tendré que revisar el presupuesto con el tesorero.'], 'revisar el presupuesto', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Je vais devoir vérifier le budget avec le trésorier.'], 'vérifier le budget', 'Paul Martin'],
    ['pt', ['RUI COSTA: Vou ter que revisar o orçamento com o tesoureiro.'], 'revisar o orçamento', 'Rui Costa'],
    ['fr', ['JEAN DUPONT: Le budget est presque prêt. Il faut que je vérifie les chiffres avant vendredi.'], 'vérifier les chiffres avant vendredi', 'Jean Dupont'],
    ['fr', ['JEAN DUPONT: Le budget est presque prêt. Il faudra que je leur envoie le tableau.'], 'envoyer le tableau', 'Jean Dupont'],
    ['es', ['JUAN PEREZ: El presupuesto está casi listo. Me toca revisar las cifras antes del viernes.'], 'revisar las cifras antes del viernes', 'Juan Perez'],
    ['es', ['JUAN PEREZ: El presupuesto está casi listo. A mí me corresponde enviar el cuadro.'], 'enviar el cuadro', 'Juan Perez']
  ]
  it.each(obliged)('takes what a speaker says they will have to do as their task (%s: %j)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const ableTo: Array<[Language, string[], string, string]> = [
    ['en', ['LENA WOLFF: Hello all.', 'MARTA LINDQVIST: Lena, would you be able to send me the list of speakers by Friday?'], 'send me the list of speakers', 'Lena Wolff'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, ¿serías capaz de enviarme la lista de ponentes antes del viernes?'], 'enviarme la lista de ponentes', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Paul, serais-tu en mesure d’envoyer la liste des intervenants avant vendredi ?'], 'envoyer la liste des intervenants', 'Paul Martin']
  ]
  it.each(ableTo)('takes a request put as whether someone would be able to do it as theirs (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  it('reads "are you able to…?", "Could Lena draft…?", "double-check" and "take a first stab at" as tasks, and "perhaps Lena can join us" as none', () => {
    const turns = (said: string): string[] => ['LENA WOLFF: Hello.', `MARTA LINDQVIST: ${said}`]
    expect(actions('en', turns('Lena, are you able to draft the press release this week?'))).toContainEqual(expect.objectContaining({owner: 'Lena Wolff', task: expect.stringMatching(/^draft the press release/u)}))
    expect(actions('en', turns('Could Lena draft the press release by Monday?'))).toContainEqual(expect.objectContaining({owner: 'Lena Wolff', task: expect.stringMatching(/^draft the press release/u)}))
    expect(actions('en', ["OWEN PRICE: I'll double-check the numbers with the treasurer."])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringMatching(/^double-check the numbers/u)}))
    expect(actions('en', ["OWEN PRICE: I'll take a first stab at the draft this week."])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringMatching(/^take a first stab at the draft/u)}))
    expect(actions('en', turns('Owen and I will be in this small group, and perhaps Lena can join us later.')).filter((item) => item.owner === 'Lena Wolff')).toEqual([])
  })

  it('takes no task from checking the time, going through the slides or telling the room how things are', () => {
    for (const said of ['OWEN PRICE: Let me check the time.', "OWEN PRICE: I'll go through the slides quickly.", "OWEN PRICE: I'll let you know the problem is not on your side."]) {
      expect(actions('en', [said])).toEqual([])
    }
    expect(actions('en', ["OWEN PRICE: I'll let you know the date of the workshop next week."])).not.toEqual([])
  })

  it('never takes a modal verb after "this" for the thing a pronoun stands for', () => {
    const tasks = actions('en', ['MARTA LINDQVIST: According to the treasurer, this should mostly go under the operational budget. So I will have to submit it to him.']).map((item) => item.task)
    expect(tasks.some((task) => task.startsWith('submit'))).toBe(true)
    expect(tasks.some((task) => task.includes('should'))).toBe(false)
  })

  const calledAsGroup: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Folks, please review the document by Friday.'], 'review the document'],
    ['es', ['ROSA QUINTERO: Chicos, por favor revisen el documento antes del viernes.'], 'revisar el documento'],
    ['fr', ['CLAIRE DUMONT: Les amis, envoyez vos commentaires avant vendredi.'], 'envoyer vos commentaires'],
    ['pt', ['JOANA TAVARES: Pessoal, por favor revisem o documento até sexta.'], 'revisar o documento']
  ]
  it.each(calledAsGroup)('gives a task said to the room by a word for the group to the group, never to a person of that name (%s)', (language, turns, task) => {
    const found = actions(language, turns)
    expect(found).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
    for (const item of found) expect(['Folks', 'Chicos', 'Amis', 'Pessoal']).not.toContain(item.owner)
  })

  const namedWithArticles: Array<[Language, string[], string, string[]]> = [
    ['pt', ['KEVIN SOTO: Olá.', 'NEIL REIS: Olá.', 'JOANA TAVARES: O Kevin e o Neil vão enviar a declaração até sexta.'], 'enviar a declaração', ['Kevin Soto', 'Neil Reis']],
    ['pt', ['KEVIN SOTO: Olá.', 'NEIL REIS: Olá.', 'JOANA TAVARES: O Kevin e o Neil vão se reunir para terminar a declaração.'], 'se reunir', ['Kevin Soto', 'Neil Reis']],
    ['fr', ['TIM HART: Bonjour.', "CLAIRE DUMONT: Tim s'est proposé pour rédiger la charte du sous-groupe."], 'rédiger la charte', ['Tim Hart']]
  ]
  it.each(namedWithArticles)('gives a task to the people named, with an article before each name or offering "pour" (%s: %j)', (language, turns, task, owners) => {
    const found = run(language, turns).actionItems.find((item) => item.task.toLowerCase().includes(task))
    expect(found?.assignees).toEqual(expect.arrayContaining(owners))
  })

  const orderedByName: Array<[Language, string[], string, string]> = [
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, envía la lista de ponentes mañana.'], 'enviar la lista de ponentes', 'Diego Paz'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, envie a lista de palestrantes amanhã.'], 'enviar a lista de palestrantes', 'Rui Costa'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, me envie a lista de palestrantes amanhã.'], 'enviar a lista de palestrantes', 'Rui Costa']
  ]
  it.each(orderedByName)('takes an order to one person by name, its verb stressed on the stem or in the subjunctive\'s form, in the infinitive (%s: %j)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const twoJoined: Array<[Language, string, [string, string], [string, string]]> = [
    ['en', 'MARTA LINDQVIST: Tex will send the report and Kevin will chase Alex.', ['send the report', 'Tex Lee'], ['chase alex', 'Kevin Shaw']],
    ['es', 'ROSA QUINTERO: Tex enviará la encuesta y Kevin hablará con Alex sobre el lugar.', ['enviar la encuesta', 'Tex Lee'], ['hablar con alex', 'Kevin Shaw']],
    ['fr', "CLAIRE DUMONT: Tex va envoyer l'enquête et Kevin va relancer Alex pour la salle.", ["envoyer l'enquête", 'Tex Lee'], ['relancer alex', 'Kevin Shaw']],
    ['pt', 'JOANA TAVARES: O Tex vai enviar a pesquisa e o Kevin vai falar com o Alex sobre o local.', ['enviar a pesquisa', 'Tex Lee'], ['falar com o alex', 'Kevin Shaw']]
  ]
  it.each(twoJoined)('gives each of two tasks joined by "and" without a comma to the one who opens it (%s)', (language, turn, first, second) => {
    const found = actions(language, ['TEX LEE: Hello.', 'KEVIN SHAW: Hello.', turn])
    for (const [task, owner] of [first, second]) expect(found).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const recapOpened: Array<[Language, string, [string, string]]> = [
    ['es', 'ROSA QUINTERO: Entonces, tareas: Tex envía la encuesta y Kevin habla con Alex sobre el lugar.', ['enviar la encuesta', 'Tex Lee']],
    ['fr', "CLAIRE DUMONT: Pour résumer les actions : Tex envoie l'enquête, Kevin relance Alex pour la salle.", ["envoyer l'enquête", 'Tex Lee']],
    ['pt', 'JOANA TAVARES: Resumindo as ações: o Tex envia a pesquisa e o Kevin fala com o Alex sobre o local.', ['enviar a pesquisa', 'Tex Lee']],
    ['fr', "CLAIRE DUMONT: Donc, Tex enverra l'enquête et Kevin relancera Alex pour la salle.", ["envoyer l'enquête", 'Tex Lee']],
    ['es', 'ROSA QUINTERO: Tex pondrá el enlace en el foro mañana.', ['poner el enlace', 'Tex Lee']]
  ]
  it.each(recapOpened)('reads a recap opened after a connector or as a summary of the actions, and irregular futures (%s: %s)', (language, turn, [task, owner]) => {
    expect(actions(language, ['TEX LEE: Hello.', 'KEVIN SHAW: Hello.', turn])).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const linkedObjects: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Does anyone have the slides from the workshop?', "OWEN PRICE: I have them, I'll send them after the call."], 'send the slides from the workshop'],
    ['es', ['ROSA QUINTERO: Nos faltan las notas del taller.', 'DIEGO PAZ: Voy a buscarlas esta tarde.'], 'buscar las notas del taller'],
    ['es', ['ROSA QUINTERO: Todavía no tenemos el documento de gobernanza.', 'DIEGO PAZ: Lo voy a buscar esta tarde.'], 'buscar el documento de gobernanza'],
    ['fr', ["CLAIRE DUMONT: On n'a toujours pas le document de gouvernance.", 'PAUL MARTIN: Je vais le chercher ce soir.'], 'chercher le document de gouvernance'],
    ['pt', ['RUI COSTA: A pesquisa da assembleia está quase pronta. Eu envio ela na segunda.'], 'enviar a pesquisa da assembleia']
  ]
  it.each(linkedObjects)('names the object a pronoun stands for with the phrase it is tied to ("the slides from the workshop") (%s)', (language, turns, task) => {
    expect(actions(language, turns).map((item) => item.task)).toContainEqual(expect.stringMatching(new RegExp(`^${task}`, 'u')))
  })

  const subjectPhrases: Array<[Language, string[], string]> = [
    ['en', ["JOHN SMITH: The governance document still hasn't arrived. I'll look for it tomorrow."], 'look for the governance document tomorrow'],
    ['es', ['JUAN PEREZ: El documento de gobernanza todavía no ha llegado. Lo voy a buscar mañana.'], 'buscar el documento de gobernanza mañana'],
    ['es', ['JUAN PEREZ: El documento de gobernanza no está listo. Voy a buscarlo mañana.'], 'buscar el documento de gobernanza mañana'],
    ['fr', ["JEAN DUPONT: Le document de gouvernance n'est pas encore arrivé. Je vais le chercher demain."], 'chercher le document de gouvernance demain'],
    ['pt', ['JOÃO SILVA: O documento de governança ainda não chegou. Vou procurá-lo amanhã.'], 'procurar o documento de governança amanhã'],
    ['pt', ['JOÃO SILVA: O documento de governança ainda não chegou. Eu vou procurá-lo.', 'MARIA COSTA: Obrigada.'], 'procurar o documento de governança']
  ]
  it.each(subjectPhrases)('names the object a pronoun stands for without what the sentence before says of it ("still hasn\'t", "todavía no", "ainda") (%s)', (language, turns, task) => {
    expect(actions(language, turns).map((item) => item.task)).toContainEqual(task)
  })

  const wantedOf: Array<[Language, string[], string, string]> = [
    ['en', ['MARIE CURIE: Hello.', 'JOHN SMITH: The budget is nearly ready. We need Marie to send the budget to the members.'], 'send the budget to the members', 'Marie Curie'],
    ['en', ['MARIE CURIE: Hello.', "JOHN SMITH: I'd like Marie to review the charter before Friday."], 'review the charter before friday', 'Marie Curie'],
    ['en', ['MARIE CURIE: Hello.', 'JOHN SMITH: Could we ask Marie to send the agenda?'], 'send the agenda', 'Marie Curie'],
    ['es', ['MARIA LOPEZ: Hola.', 'JUAN PEREZ: El presupuesto está casi listo. Necesitamos que María envíe el presupuesto a los miembros.'], 'enviar el presupuesto a los miembros', 'Maria Lopez'],
    ['fr', ['MARIE CURIE: Bonjour.', 'JEAN DUPONT: Le budget est presque prêt. Il faut que Marie envoie le budget aux membres.'], 'envoyer le budget aux membres', 'Marie Curie'],
    ['pt', ['MARIA COSTA: Olá.', 'JOÃO SILVA: O orçamento está quase pronto. Precisamos que a Maria envie o orçamento aos membros.'], 'enviar o orçamento aos membros', 'Maria Costa']
  ]
  it.each(wantedOf)('gives a task the speaker needs or wants someone named to do to that person (%s)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  it('takes nothing from wanting someone named to be there', () => {
    expect(actions('en', ['MARIE CURIE: Hello.', 'JOHN SMITH: We need Marie to be there next time.'])).toEqual([])
    expect(actions('es', ['MARIA LOPEZ: Hola.', 'JUAN PEREZ: Me gustaría que María pueda venir a la próxima reunión.'])).toEqual([])
    expect(actions('fr', ['MARIE CURIE: Bonjour.', 'JEAN DUPONT: Il faudrait que Marie soit là la prochaine fois.'])).toEqual([])
    expect(actions('pt', ['MARIA COSTA: Olá.', 'JOÃO SILVA: Gostaria que a Maria esteja presente na próxima reunião.'])).toEqual([])
  })

  const remindedByName: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hello.', 'MARTA LINDQVIST: Owen, remember to send the link.', 'OWEN PRICE: Sure.'], 'send the link', 'Owen Price'],
    ['en', ['OWEN PRICE: Hello.', "MARTA LINDQVIST: Owen, don't forget to send the link.", 'OWEN PRICE: Sure.'], 'send the link', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, no te olvides de mandar el enlace.', 'DIEGO PAZ: Vale.'], 'mandar el enlace', 'Diego Paz'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, acordate de mandar el enlace.', 'DIEGO PAZ: Vale.'], 'mandar el enlace', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Paul, n'oublie pas d'envoyer le lien.", "PAUL MARTIN: D'accord."], 'envoyer le lien', 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, não esqueça de enviar o link.', 'RUI COSTA: Tá bom.'], 'enviar o link', 'Rui Costa']
  ]
  it.each(remindedByName)('gives a reminder said to someone by name ("Owen, don\'t forget to…") to that person (%s: %j)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  const askedOfNamed: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hello.', "MARTA LINDQVIST: We'll ask Owen to send the agenda.", 'OWEN PRICE: Sure.'], 'send the agenda', 'Owen Price'],
    ['en', ['OWEN PRICE: Hello.', 'MARTA LINDQVIST: Task for Owen: send the agenda.', 'OWEN PRICE: Sure.'], 'send the agenda', 'Owen Price'],
    ['en', ['OWEN PRICE: Hello.', 'MARTA LINDQVIST: Owen has the action to update the wiki.', 'OWEN PRICE: Sure.'], 'update the wiki', 'Owen Price'],
    ['en', ['OWEN PRICE: Hello.', "MARTA LINDQVIST: I'll have Owen contact the printers.", 'OWEN PRICE: Sure.'], 'contact the printers', 'Owen Price'],
    ['en', ['OWEN PRICE: Hello.', "MARTA LINDQVIST: I'll get Owen to contact the printers.", 'OWEN PRICE: Sure.'], 'contact the printers', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Habría que pedirle a Diego que revise las cifras.', 'DIEGO PAZ: Vale.'], 'revisar las cifras', 'Diego Paz'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Que Diego revise las cifras antes del viernes.', 'DIEGO PAZ: Vale.'], 'revisar las cifras antes del viernes', 'Diego Paz'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Tarea para Diego: revisar las cifras.', 'DIEGO PAZ: Vale.'], 'revisar las cifras', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: On va demander à Paul d'envoyer l'ordre du jour.", "PAUL MARTIN: D'accord."], "envoyer l'ordre du jour", 'Paul Martin'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Tâche pour Paul : envoyer l'ordre du jour.", "PAUL MARTIN: D'accord."], "envoyer l'ordre du jour", 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Vamos pedir ao Rui para enviar a pauta.', 'RUI COSTA: Tá bom.'], 'enviar a pauta', 'Rui Costa'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Tarefa para o Rui: enviar a pauta.', 'RUI COSTA: Tá bom.'], 'enviar a pauta', 'Rui Costa'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Il faudrait demander à Paul de vérifier les chiffres.', "PAUL MARTIN: D'accord."], 'vérifier les chiffres', 'Paul Martin'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Que Paul vérifie les chiffres avant vendredi.', "PAUL MARTIN: D'accord."], 'vérifier les chiffres avant vendredi', 'Paul Martin'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Paul va se charger de contacter l'imprimeur.", "PAUL MARTIN: D'accord."], "contacter l'imprimeur", 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Seria bom pedir ao Rui que revise os números.', 'RUI COSTA: Tá bom.'], 'revisar os números', 'Rui Costa'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Que o Rui revise os números até sexta.', 'RUI COSTA: Tá bom.'], 'revisar os números até sexta', 'Rui Costa']
  ]
  it.each(askedOfNamed)('gives a task the group will ask of someone named, or lists for them, to that person (%s: %j)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  it('takes "quedo en…", "me anoto para…", "je me propose pour…", "je t\'envoie… ce soir" and "deixa que eu faço" as the speaker\'s own promise', () => {
    expect(actions('fr', ['CLAIRE DUMONT: Je me propose pour rédiger le rapport.', "PAUL MARTIN: D'accord."])).toContainEqual(expect.objectContaining({owner: 'Claire Dumont', task: 'rédiger le rapport'}))
    expect(actions('fr', ["CLAIRE DUMONT: Je t'envoie le lien ce soir.", "PAUL MARTIN: D'accord."])).toContainEqual(expect.objectContaining({owner: 'Claire Dumont', task: 'envoyer le lien ce soir'}))
    expect(actions('pt', ['RUI COSTA: Precisamos de alguém para a ata.', 'JOANA TAVARES: Deixa que eu faço.'])).toContainEqual(expect.objectContaining({owner: 'Joana Tavares'}))
    expect(actions('es', ['ROSA QUINTERO: Quedo en mandarles el documento.', 'DIEGO PAZ: Vale.'])).toContainEqual(expect.objectContaining({owner: 'Rosa Quintero', task: 'mandarles el documento'}))
    expect(actions('es', ['ROSA QUINTERO: Me anoto para redactar el informe.', 'DIEGO PAZ: Vale.'])).toContainEqual(expect.objectContaining({owner: 'Rosa Quintero', task: 'redactar el informe'}))
  })

  const groupBy: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hello.', 'MARTA LINDQVIST: We need to send the report before Friday.', 'OWEN PRICE: Sure.'], 'send the report before friday', 'we'],
    ['en', ['OWEN PRICE: Hello.', 'MARTA LINDQVIST: We need to contact the printers this Friday.', 'OWEN PRICE: Sure.'], 'contact the printers this friday', 'we'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Tenemos que enviar el informe este viernes.', 'DIEGO PAZ: Vale.'], 'enviar el informe este viernes', 'nosotros'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: On doit envoyer le rapport d'ici la fin de la journée.", "PAUL MARTIN: D'accord."], "envoyer le rapport d'ici la fin de la journée", 'on'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Precisamos enviar o relatório nesta sexta.', 'RUI COSTA: Tá bom.'], 'enviar o relatório nesta sexta', 'nós']
  ]
  it.each(groupBy)('takes what the group must do by a day said as "before Friday", "this Friday", "este viernes", "nesta sexta", "by the end of the day" as its task (%s: %j)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  it('takes a promise to share by the end of the day as a task, not as something shown in the call', () => {
    expectAction('en', ["MARTA LINDQVIST: I'll share the deck by end of day.", 'OWEN PRICE: Sure.'], 'share the deck by end of day', 'Marta Lindqvist')
  })

  const homework: Array<[Language, string, string, string]> = [
    ['es', 'ROSA QUINTERO: Tarea para todos: leer el documento antes del jueves.', 'leer el documento antes del jueves', 'todos'],
    ['fr', 'CLAIRE DUMONT: Devoir pour tout le monde : lire le document avant jeudi.', 'lire le document avant jeudi', 'tout le monde'],
    ['pt', 'JOANA TAVARES: Tarefa para todos: ler o documento até quinta.', 'ler o documento até quinta', 'todos']
  ]
  it.each(homework)('gives homework announced for everyone ("Tarea para todos:", "Devoir pour tout le monde :") to the group (%s)', (language, turn, task, owner) => {
    expectAction(language, [turn, 'OWEN PRICE: Okay.'], task, owner)
  })

  const stillOpen: Array<[Language, string[], string, string]> = [
    ['en', ['LENA WOLFF: Hi everyone.', "MARTA LINDQVIST: Open items from last time: Lena was going to share the venue report, that's still open."], 'share the venue report', 'Lena Wolff'],
    ['es', ['DIEGO PAZ: Hola a todos.', 'ROSA QUINTERO: Pendientes de la reunión anterior: Diego iba a compartir el informe de locales, eso sigue pendiente.'], 'compartir el informe de locales', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour à tous.', 'CLAIRE DUMONT: Les actions de la dernière réunion : Paul devait partager le rapport sur les salles, c’est toujours en cours.'], 'partager le rapport sur les salles', 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá a todos.', 'JOANA TAVARES: Pendências da última reunião: o Rui ia compartilhar o relatório dos locais, isso continua pendente.'], 'compartilhar o relatório dos locais', 'Rui Costa']
  ]
  it.each(stillOpen)('takes an item of last meeting said to be still open as an action of this one, without its status (%s)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  it('takes nothing from what someone was going to do, when nobody says it is still open', () => {
    expect(actions('en', ['LENA WOLFF: Hi everyone.', 'MARTA LINDQVIST: Lena was going to share the venue report, and that is done.'])).toEqual([])
    expect(actions('es', ['DIEGO PAZ: Hola a todos.', 'ROSA QUINTERO: Diego iba a compartir el informe de locales, pero al final no hizo falta.'])).toEqual([])
    expect(actions('fr', ['PAUL MARTIN: Bonjour à tous.', 'CLAIRE DUMONT: Paul devait partager le rapport sur les salles, c’est fait.'])).toEqual([])
    expect(actions('pt', ['RUI COSTA: Olá a todos.', 'JOANA TAVARES: O Rui ia compartilhar o relatório dos locais, mas já foi resolvido.'])).toEqual([])
  })

  const inFuture: Array<[Language, string[], string, string]> = [
    ['es', ['OWEN PRICE: Hola.', 'ROSA QUINTERO: Owen enviará la encuesta el lunes.'], 'enviar la encuesta', 'Owen Price'],
    ['fr', ['OWEN PRICE: Bonjour.', 'CLAIRE DUMONT: Owen préparera le budget pour lundi.'], 'préparer le budget', 'Owen Price'],
    ['pt', ['OWEN PRICE: Olá.', 'JOANA TAVARES: O Owen enviará a pesquisa na segunda.'], 'enviar a pesquisa', 'Owen Price'],
    ['es', ['ROSA QUINTERO: Enviaré el informe mañana.'], 'enviar el informe', 'Rosa Quintero'],
    ['fr', ["CLAIRE DUMONT: J'écrirai le compte rendu demain."], 'écrire le compte rendu', 'Claire Dumont'],
    ['pt', ['JOANA TAVARES: Enviarei o relatório amanhã.'], 'enviar o relatório', 'Joana Tavares']
  ]
  it.each(inFuture)('takes a task said in the future, of the speaker or of someone named, stated in the infinitive (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })
  it('takes nothing from a future that names no task ("estará de vacaciones", "sera en vacances")', () => {
    expect(actions('es', ['OWEN PRICE: Hola.', 'ROSA QUINTERO: Owen estará de vacaciones la semana que viene.'])).toEqual([])
    expect(actions('fr', ['OWEN PRICE: Bonjour.', 'CLAIRE DUMONT: Owen sera en vacances la semaine prochaine.'])).toEqual([])
    expect(actions('pt', ['OWEN PRICE: Olá.', 'JOANA TAVARES: O Owen estará de férias na semana que vem.'])).toEqual([])
  })

  it('reads a recap announced as "Tareas:", "Actions :" or "Ações:", and the one put in charge ("se va a encargar de", "vai ficar responsável por")', () => {
    expect(actions('es', ['ROSA QUINTERO: Tareas: Tex envía la encuesta, Kevin habla con Alex.'])).toContainEqual(expect.objectContaining({owner: 'Tex', task: 'enviar la encuesta'}))
    expect(actions('fr', ["CLAIRE DUMONT: Actions : Tex envoie l'enquête, Kevin relance Alex."])).toContainEqual(expect.objectContaining({owner: 'Tex', task: "envoyer l'enquête"}))
    expect(actions('pt', ['JOANA TAVARES: Ações: Tex envia a pesquisa, Kevin fala com o Alex.'])).toContainEqual(expect.objectContaining({owner: 'Tex', task: 'enviar a pesquisa'}))
    expect(actions('es', ['LENA WOLFF: Hola.', 'ROSA QUINTERO: Lena se va a encargar de actualizar la web esta semana.'])).toContainEqual(expect.objectContaining({owner: 'Lena Wolff', task: expect.stringMatching(/^actualizar la web/u)}))
    expect(actions('pt', ['LENA WOLFF: Olá.', 'JOANA TAVARES: A Lena vai ficar responsável por atualizar o site esta semana.'])).toContainEqual(expect.objectContaining({owner: 'Lena Wolff', task: expect.stringMatching(/^atualizar o site/u)}))
    expect(actions('pt', ['JOANA TAVARES: Lena, você pode conferir os números?', 'LENA WOLFF: Sim.'])).toContainEqual(expect.objectContaining({owner: 'Lena Wolff', task: expect.stringMatching(/^conferir os números/u)}))
    expect(actions('fr', ['CLAIRE DUMONT: Quelqu’un peut préparer le budget ?', 'OWEN PRICE: Laisse-moi faire.'])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringMatching(/^préparer le budget/u)}))
  })

  const thanked: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hi.', 'MARTA LINDQVIST: Thanks Owen for offering to send the survey.'], 'send the survey', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Gracias, Diego, por ofrecerte a enviar la encuesta.'], 'enviar la encuesta', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Merci Paul de t'être proposé pour envoyer l'enquête."], "envoyer l'enquête", 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Obrigada, Rui, por se oferecer para enviar a pesquisa.'], 'enviar a pesquisa', 'Rui Costa']
  ]
  it.each(thanked)('takes the task someone is thanked for taking on as theirs (%s)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  const leftTo: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hi.', "MARTA LINDQVIST: Owen, I'll let you sort out the access to the account."], 'sort out the access to the account', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, te dejo a ti organizar el acceso a la cuenta.'], 'organizar el acceso a la cuenta', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Paul, je te laisse organiser l'accès au compte."], "organiser l'accès au compte", 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, vou deixar você organizar o acesso à conta.'], 'organizar o acesso à conta', 'Rui Costa']
  ]
  it.each(leftTo)('takes a task left to someone ("I\'ll let you…", "je te laisse…") as theirs (%s)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  it('gives a request to nobody by name to who answers it with a promise of their own ("I\'ll drop that in there")', () => {
    const found = actions('en', ['MARTA LINDQVIST: Can you send me your email address on the chat?', "OWEN PRICE: I'll drop that in there."])
    expect(found).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringMatching(/^send me your email address/u)}))
  })

  const namedFirst: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hi.', 'MARTA LINDQVIST: Owen, the notes from the workshop, can you send them to everyone?'], 'send the notes from the workshop to everyone', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, las notas del taller, ¿puedes enviarlas a todos?'], 'enviar las notas del taller a todos', 'Diego Paz'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, as notas da oficina, você pode enviá-las para todos?'], 'enviar as notas da oficina para todos', 'Rui Costa']
  ]
  it.each(namedFirst)('names the object a request takes up with a pronoun from the same sentence ("the notes…, can you send them") (%s)', (language, turns, task, owner) => {
    expectAction(language, turns, task, owner)
  })

  const slidesAfter: Array<[Language, string[], string]> = [
    ['en', ['OWEN PRICE: Hi.', 'MARTA LINDQVIST: Owen, can you send the slides to everyone?'], 'send the slides to everyone'],
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, ¿puedes enviar las diapositivas a todos?'], 'enviar las diapositivas a todos'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Paul, peux-tu envoyer les diapositives à tout le monde ?'], 'envoyer les diapositives à tout le monde'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, você pode enviar os slides para todos?'], 'enviar os slides para todos']
  ]
  it.each(slidesAfter)('takes sending the slides as a task, not as moving through them in the call (%s)', (language, turns, task) => {
    expect(actions(language, turns).map((item) => item.task)).toContain(task)
  })
  it('takes no task from going to the next slide or starting the recording', () => {
    expect(actions('en', ['OWEN PRICE: Hi.', 'MARTA LINDQVIST: Owen, can you go to the next slide?'])).toEqual([])
    expect(actions('en', ['OWEN PRICE: Hi.', "MARTA LINDQVIST: I'll start the recording now."])).toEqual([])
    expect(actions('es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, ¿puedes pasar a la siguiente diapositiva?'])).toEqual([])
    expect(actions('fr', ['PAUL MARTIN: Bonjour.', "CLAIRE DUMONT: Je lance l'enregistrement maintenant."])).toEqual([])
  })

  const letsMeet: Array<[Language, string, string, string]> = [
    ['es', 'ROSA QUINTERO: Organicemos una reunión con el equipo legal la semana que viene.', 'organizar una reunión con el equipo legal', 'nosotros'],
    ['fr', "CLAIRE DUMONT: Organisons une réunion avec l'équipe juridique la semaine prochaine.", "organiser une réunion avec l'équipe juridique", 'nous'],
    ['pt', 'JOANA TAVARES: Vamos marcar uma reunião com a equipe jurídica na semana que vem.', 'marcar uma reunião com a equipe jurídica', 'nós'],
    ['en', 'MARTA LINDQVIST: Let’s set up a call with the legal team next week.', 'set up a call with the legal team', 'we']
  ]
  it.each(letsMeet)('takes a follow-up meeting to set up, said as "let\'s", as the group\'s, not the team it is with (%s)', (language, turn, task, owner) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({owner, ownerKind: 'group', task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })
  it('takes no task from a first person plural that names no task verb ("tenemos", "hablamos")', () => {
    expect(actions('es', ['ROSA QUINTERO: Tenemos poco tiempo la semana que viene.'])).toEqual([])
    expect(actions('fr', ['CLAIRE DUMONT: Avons-nous le temps la semaine prochaine ?'])).toEqual([])
  })

  const mixedRecap: Array<[Language, string[], Array<[string, string]>]> = [
    ['en', ['OWEN PRICE: Hi.', "MARTA LINDQVIST: Next steps: I'll send the survey, and Owen will update the wiki."], [['send the survey', 'Marta Lindqvist'], ['update the wiki', 'Owen Price']]],
    ['en', ['OWEN PRICE: Hi.', 'LENA WOLFF: Hi.', 'MARTA LINDQVIST: Action items. Owen updates the wiki. Lena books the room.'], [['update the wiki', 'Owen Price'], ['book the room', 'Lena Wolff']]],
    ['es', ['OWEN PRICE: Hola.', 'ROSA QUINTERO: Próximos pasos: yo envío la encuesta mañana y Owen actualiza la wiki.'], [['enviar la encuesta mañana', 'Rosa Quintero'], ['actualizar la wiki', 'Owen Price']]],
    ['pt', ['OWEN PRICE: Olá.', 'JOANA TAVARES: Próximos passos: eu envio a pesquisa amanhã e o Owen atualiza a wiki.'], [['enviar a pesquisa amanhã', 'Joana Tavares'], ['atualizar a wiki', 'Owen Price']]]
  ]
  it.each(mixedRecap)('parts a recap whose items are the speaker\'s and others\', announced in the sentence or just before (%s)', (language, turns, expected) => {
    const found = actions(language, turns)
    for (const [task, owner] of expected) expect(found).toContainEqual(expect.objectContaining({owner, task}))
  })

  const reminders: Array<[Language, string, string, string]> = [
    ['en', "MARTA LINDQVIST: Don't forget to submit your budget lines by Friday, everyone.", 'submit your budget lines by friday', 'everyone'],
    ['en', 'MARTA LINDQVIST: Reminder to everyone: submit your budget lines by Friday.', 'submit your budget lines by friday', 'everyone'],
    ['es', 'ROSA QUINTERO: No se olviden de enviar sus líneas de presupuesto antes del viernes.', 'enviar sus líneas de presupuesto antes del viernes', 'todos'],
    ['fr', "CLAIRE DUMONT: N'oubliez pas d'envoyer vos lignes budgétaires avant vendredi.", 'envoyer vos lignes budgétaires avant vendredi', 'tout le monde'],
    ['pt', 'JOANA TAVARES: Não se esqueçam de enviar as linhas do orçamento até sexta.', 'enviar as linhas do orçamento até sexta', 'todos']
  ]
  it.each(reminders)('takes a reminder to the room as a task for the group (%s)', (language, turn, task, owner) => {
    expect(actions(language, [turn])).toContainEqual({owner, ownerKind: 'group', task})
  })
  it('gives a reminder said to one person by name to that person', () => {
    expect(actions('en', ['OWEN PRICE: Hi.', "MARTA LINDQVIST: Owen, don't forget to send me the invoice tomorrow."])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: 'send me the invoice tomorrow'}))
  })

  const calledAnywhere: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Could you send the survey to the members, Owen?', 'send the survey to the members'],
    ['en', 'MARTA LINDQVIST: Could you, Owen, send the survey to the members?', 'send the survey to the members'],
    ['en', 'MARTA LINDQVIST: Can I ask you, Owen, to send the survey to the members?', 'send the survey to the members'],
    ['en', 'MARTA LINDQVIST: Owen, would it be possible for you to send the survey to the members?', 'send the survey to the members'],
    ['es', 'ROSA QUINTERO: ¿Podrías enviar la encuesta a los miembros, Owen?', 'enviar la encuesta a los miembros'],
    ['fr', "CLAIRE DUMONT: Tu pourrais envoyer l'enquête aux membres, Owen ?", "envoyer l'enquête aux membres"],
    ['pt', 'JOANA TAVARES: Owen, seria possível você enviar a pesquisa aos membros?', 'enviar a pesquisa aos membros']
  ]
  it.each(calledAnywhere)('gives a request to the one called by name wherever the name is said, and leaves the name out of the task (%s)', (language, turn, task) => {
    expect(actions(language, ['OWEN PRICE: Hi.', turn])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task}))
  })

  const signedUp: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Someone needs to draft the budget.', 'OWEN PRICE: Put me down for that.'], 'draft the budget'],
    ['en', ['MARTA LINDQVIST: Someone needs to draft the budget.', 'OWEN PRICE: Sign me up.'], 'draft the budget'],
    ['en', ['MARTA LINDQVIST: Who wants to draft the budget?', 'OWEN PRICE: Me.'], 'draft the budget'],
    ['en', ['MARTA LINDQVIST: Who wants to draft the budget?', "OWEN PRICE: I'm happy to."], 'draft the budget'],
    ['es', ['ROSA QUINTERO: Alguien tiene que redactar el presupuesto.', 'OWEN PRICE: Me apunto.'], 'redactar el presupuesto'],
    ['es', ['ROSA QUINTERO: ¿Quién quiere redactar el presupuesto?', 'OWEN PRICE: Yo lo asumo.'], 'redactar el presupuesto'],
    ['fr', ['CLAIRE DUMONT: Quelqu’un doit rédiger le budget.', 'OWEN PRICE: Je prends.'], 'rédiger le budget'],
    ['fr', ['CLAIRE DUMONT: Qui veut rédiger le budget ?', 'OWEN PRICE: Moi, je veux bien.'], 'rédiger le budget'],
    ['pt', ['JOANA TAVARES: Alguém precisa redigir o orçamento.', 'OWEN PRICE: Eu assumo.'], 'redigir o orçamento'],
    ['pt', ['JOANA TAVARES: Quem quer redigir o orçamento?', 'OWEN PRICE: Eu topo.'], 'redigir o orçamento']
  ]
  it.each(signedUp)('takes signing up for what was just asked ("put me down for that", "me apunto", "je prends", "eu topo") (%s)', (language, turns, task) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner: 'Owen Price', task}))
  })
  it('reads no task into a bare "Happy to." that answers no question', () => {
    expect(actions('en', ["OWEN PRICE: Let me know if there are any graphics that we can promote here. Happy to."])).toEqual([])
  })

  it('leaves "please" and a pronoun said before the verb ("me mandar…") out of the task', () => {
    expect(actions('en', ['OWEN PRICE: Hi.', 'MARTA LINDQVIST: Owen, send me the list, please.'])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: 'send me the list'}))
    expect(actions('es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, mándame la lista mañana, por favor.']).map((item) => item.task)).not.toContainEqual(expect.stringMatching(/por favor/u))
    expect(actions('pt', ['JOANA TAVARES: Alguém pode me mandar a lista?', 'RUI COSTA: Sim, eu faço.'])).toContainEqual(expect.objectContaining({owner: 'Rui Costa', task: 'mandar a lista'}))
  })

  const actionFor: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Action for Kwame: send the survey to the members by Friday.', 'send the survey'],
    ['es', 'ROSA QUINTERO: Acción para Kwame: enviar la encuesta a los miembros.', 'enviar la encuesta'],
    ['fr', 'CLAIRE DUMONT: Action pour Kwame : envoyer le sondage aux membres.', 'envoyer le sondage'],
    ['pt', 'JOANA TAVARES: Ação para Kwame: enviar a pesquisa aos membros.', 'enviar a pesquisa']
  ]
  it.each(actionFor)('gives an item labelled "Action for Kwame:" to Kwame, whom the meeting has not heard (%s)', (language, turn, task) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({owner: 'Kwame', task: expect.stringContaining(task)}))
  })

  it('reads no item from "a cost action for each of the events"', () => {
    const result = run('en', ['MARTA LINDQVIST: Should we add a cost action for each of the events, so we can include food in the budget?'])
    expect(result.actionItems).toEqual([])
  })

  const responsible: Array<[Language, string[], string, string]> = [
    ['en', ['OWEN PRICE: Hello everyone.', 'MARTA LINDQVIST: Owen will be responsible for the outreach plan.'], 'responsible for the outreach plan', 'Owen Price'],
    ['es', ['DIEGO PAZ: Hola a todos.', 'ROSA QUINTERO: Diego será el responsable del plan de difusión.'], 'responsable del plan de difusión', 'Diego Paz'],
    ['fr', ['PAUL MARTIN: Bonjour à tous.', 'CLAIRE DUMONT: Paul sera responsable du plan de communication.'], 'responsable du plan de communication', 'Paul Martin'],
    ['pt', ['RUI COSTA: Olá a todos.', 'JOANA TAVARES: Rui vai ser responsável pelo plano de divulgação.'], 'responsável pelo plano de divulgação', 'Rui Costa']
  ]
  it.each(responsible)('gives a task to the one made responsible for it (%s)', (language, turns, task, owner) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(task)}))
  })

  const intoTheDocument: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Everyone, please add your comments to the budget document before Friday.', 'comments'],
    ['es', 'ROSA QUINTERO: Todos, por favor, agreguen sus comentarios en el documento del presupuesto antes del viernes.', 'comentarios'],
    ['fr', 'CLAIRE DUMONT: Tout le monde doit ajouter ses commentaires dans le document du budget avant vendredi, s’il vous plaît.', 'commentaires'],
    ['pt', 'JOANA TAVARES: Todos, por favor, adicionem seus comentários no documento do orçamento até sexta.', 'comentários']
  ]
  it.each(intoTheDocument)('takes adding to a document as work outside the call (%s)', (language, turn, word) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringContaining(word)}))
  })

  const spelledOrders: Array<[Language, string, string]> = [
    ['es', 'ROSA QUINTERO: Todos, por favor, actualicen la hoja de contactos esta semana.', 'actualizar la hoja de contactos'],
    ['es', 'ROSA QUINTERO: Todos, por favor, publiquen el aviso en el canal antes del viernes.', 'publicar el aviso'],
    ['es', 'ROSA QUINTERO: Todos, por favor, entreguen sus informes esta semana.', 'entregar sus informes'],
    ['fr', 'CLAIRE DUMONT: Tout le monde, s’il vous plaît, envoyez vos commentaires avant vendredi.', 'envoyer vos commentaires'],
    ['pt', 'JOANA TAVARES: Todos, por favor, publiquem o convite no grupo até sexta.', 'publicar o convite']
  ]
  it.each(spelledOrders)('reads an order to the room whose verb changes its spelling, stated in the infinitive (%s: %s)', (language, turn, task) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const brokenOff: Array<[Language, string, string]> = [
    ['en', 'OWEN PRICE: I will talk to so the whole plan starts to fall apart.', 'OWEN PRICE: I will talk to the treasurer about the plan.'],
    ['es', 'DIEGO PAZ: Voy a hablar con y el plan se empieza a caer.', 'DIEGO PAZ: Voy a hablar con la tesorera sobre el plan.'],
    ['fr', 'PAUL MARTIN: Je vais travailler sur et le plan commence à tomber.', 'PAUL MARTIN: Je vais travailler sur le plan avec la trésorière.'],
    ['pt', 'RUI COSTA: Vou falar com e o plano começa a cair.', 'RUI COSTA: Vou falar com a tesoureira sobre o plano.']
  ]
  it.each(brokenOff)('trusts a task broken off before its object less than a whole one (%s)', (language, broken, whole) => {
    const best = (turn: string): number => {
      const result = run(language, [turn])
      return Math.max(0, ...result.actionItems.map((item) => item.confidence), ...(result.candidates ?? []).filter((item) => item.kind === 'action').map((item) => item.confidence))
    }
    expect(run(language, [broken]).actionItems).toEqual([])
    expect(run(language, [whole]).actionItems).toHaveLength(1)
    expect(best(broken)).toBeLessThan(best(whole))
  })

  const whoWill: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Who will draft the letter to the council?', 'OWEN PRICE: I will.'], 'draft the letter'],
    ['es', ['ROSA QUINTERO: ¿Quién puede redactar la carta al consejo?', 'DIEGO PAZ: Yo.'], 'redactar la carta'],
    ['fr', ['CLAIRE DUMONT: Qui peut rédiger la lettre au conseil ?', 'PAUL MARTIN: Moi.'], 'rédiger la lettre']
  ]
  it.each(whoWill)('gives "who will…?" to whoever answers with a bare "I will", "Yo" or "Moi" (%s)', (language, turns, task) => {
    const [asker, answerer] = turns.map((turn) => turn.split(':')[0]!.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()))
    const found = actions(language, turns)
    expect(found).toContainEqual(expect.objectContaining({owner: answerer, task: expect.stringContaining(task)}))
    expect(found.some((item) => item.owner === asker)).toBe(false)
  })

  it('takes nothing from a bare "I will." that answers no question', () => {
    const result = run('en', ['MARTA LINDQVIST: That was a long week for all of us.', 'OWEN PRICE: I will.'])
    expect([...result.actionItems, ...(result.candidates ?? [])]).toEqual([])
  })

  const minutesTaker: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Owen, could you take the minutes next week?', 'OWEN PRICE: Yes, happy to.'], 'take the minutes'],
    ['es', ['ROSA QUINTERO: Diego, ¿podrías tomar el acta la próxima semana?', 'DIEGO PAZ: Sí, con gusto.'], 'tomar el acta'],
    ['fr', ['CLAIRE DUMONT: Paul, pourrais-tu prendre le compte rendu la semaine prochaine ?', 'PAUL MARTIN: Oui, avec plaisir.'], 'prendre le compte rendu'],
    ['pt', ['JOANA TAVARES: Rui, você poderia fazer a ata na próxima semana?', 'RUI COSTA: Sim, claro.'], 'fazer a ata']
  ]
  it.each(minutesTaker)('takes "could you take the minutes?" as a task for the one asked (%s)', (language, turns, task) => {
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({task: expect.stringContaining(task)}))
  })

  it('gives a task to the clerk as said, never to a guessed person', () => {
    expect(actions('en', ['THE CONVENER: The clerk will circulate the draft report before the next meeting.'])).toContainEqual(
      expect.objectContaining({owner: 'the clerk', ownerKind: 'group', task: expect.stringContaining('draft report')})
    )
  })

  const toOne: Array<[Language, string[], string]> = [
    ['es', ['DIEGO PAZ: Hola.', 'ROSA QUINTERO: Diego, por favor revisa el presupuesto antes del viernes.'], 'revisar el presupuesto'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Paul, vérifie le budget avant vendredi, s’il te plaît.'], 'vérifier le budget'],
    ['pt', ['RUI COSTA: Olá.', 'JOANA TAVARES: Rui, por favor revisa o orçamento antes de sexta.'], 'revisar o orçamento'],
    ['fr', ['PAUL MARTIN: Bonjour.', 'CLAIRE DUMONT: Paul, merci de revoir le budget avant vendredi.'], 'revoir le budget']
  ]
  it.each(toOne)('gives an order said to one person by name to that person, stated in the infinitive (%s: %j)', (language, turns, task) => {
    const owner = turns[0]!.split(':')[0]!.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
    expect(actions(language, turns)).toContainEqual(expect.objectContaining({owner, ownerKind: 'person', task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  const askAll: Array<[Language, string, string]> = [
    ['es', 'ROSA QUINTERO: Les pido a todos que revisen el documento antes de la próxima reunión.', 'revisar el documento'],
    ['fr', 'CLAIRE DUMONT: Je demande à tout le monde de lire le document avant la prochaine réunion.', 'lire le document'],
    ['pt', 'JOANA TAVARES: Peço a todos que revisem o documento antes da próxima reunião.', 'revisar o documento']
  ]
  it.each(askAll)('gives "I ask everyone to…" to the group (%s)', (language, turn, task) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringMatching(new RegExp(`^${task}`, 'u'))}))
  })

  it('takes no task from "les pido a todos que estén atentos", whose verb is no task', () => {
    expect(actions('es', ['ROSA QUINTERO: Les pido a todos que estén atentos al correo.'])).toEqual([])
  })

  const pending: Array<[Language, string, string]> = [
    ['es', 'DIEGO PAZ: Quedo pendiente de enviarles el borrador.', 'enviarles el borrador'],
    ['fr', 'PAUL MARTIN: Je m’occupe d’envoyer la convocation demain.', 'envoyer la convocation'],
    ['pt', 'RUI COSTA: Eu fico de mandar a convocação amanhã.', 'mandar a convocação']
  ]
  it.each(pending)('takes "quedo pendiente de…", "je m’occupe de…", "fico de…" as a promise (%s)', (language, turn, task) => {
    const owner = turn.split(':')[0]!.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(task)}))
  })

  const recapWithGroup: Array<[Language, string, string[]]> = [
    ['en', 'MARTA LINDQVIST: To wrap up, action items: Owen to send the survey, Lena to chase the printer about the budget, and everyone to review the charter by Friday.', ['owen price: send the survey', 'lena voss: chase the printer about the budget', 'everyone: review the charter by friday']],
    ['es', 'ROSA QUINTERO: Para cerrar, los próximos pasos: Owen envía la encuesta, Lena habla con la imprenta sobre el presupuesto y todos revisan el estatuto antes del viernes.', ['owen price: enviar la encuesta', 'lena voss: hablar con la imprenta sobre el presupuesto', 'todos: revisar el estatuto antes del viernes']],
    ['pt', 'JOANA TAVARES: Para fechar, os próximos passos: Owen envia a pesquisa, Lena fala com a gráfica sobre o orçamento e todos revisam o regimento até sexta.', ['owen price: enviar a pesquisa', 'lena voss: falar com a gráfica sobre o orçamento', 'todos: revisar o regimento até sexta']]
  ]
  it.each(recapWithGroup)('reads each item of a recap, one whose verb is a phrase ("habla con") and one for the group at the end, apart (%s)', (language, turn, expected) => {
    const found = actions(language, ['OWEN PRICE: Hello.', 'LENA VOSS: Hi.', turn]).map((item) => `${item.owner?.toLowerCase()}: ${item.task}`)
    expect(found).toEqual(expect.arrayContaining(expected))
  })

  const nounNotVerb: Array<[Language, string]> = [
    ['es', 'ROSA QUINTERO: Todos, por favor, publiquen el aviso en el canal antes del viernes.'],
    ['pt', 'JOANA TAVARES: Todos, por favor, publiquem o aviso no canal antes de sexta.']
  ]
  it.each(nounNotVerb)('reads "el aviso" as a noun, never as "I notify" (%s)', (language, turn) => {
    const found = actions(language, [turn])
    expect(found.some((item) => /^avisar/u.test(item.task))).toBe(false)
    expect(found).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringMatching(/^publicar o? ?(?:el )?aviso/u)}))
  })

  it('takes "el próximo paso es…" as a next step, as "next step" is', () => {
    expect(actions('es', ['ROSA QUINTERO: El próximo paso es enviar el informe mañana.'])).toContainEqual(expect.objectContaining({task: expect.stringContaining('enviar el informe')}))
  })

  const restarts: Array<[Language, string, string, string]> = [
    ['en', 'OWEN PRICE: I will send the the report to the to the board tomorrow.', 'send the report to the board tomorrow', 'the the report'],
    ['es', 'DIEGO PAZ: Voy a enviar el el informe a la junta mañana.', 'enviar el informe a la junta mañana', 'el el informe']
  ]
  it.each(restarts)('states a task without the words a speaker restarted on, and keeps them in the quote (%s)', (language, turn, task, said) => {
    const item = run(language, [turn]).actionItems[0]
    expect(item?.task.toLowerCase()).toBe(task)
    expect(item?.evidence.quote).toContain(said)
  })

  it('reads "we\'ll", "we\'re going to", "we\'re gonna" and "we gotta" with a time as tasks of the group, as "we will" is', () => {
    for (const turn of ["MARTA LINDQVIST: We'll send the survey next week.", "MARTA LINDQVIST: We’re going to send the survey next week.", "MARTA LINDQVIST: We're gonna send the survey next week.", 'MARTA LINDQVIST: We gotta send the survey by Friday.']) {
      expect(actions('en', [turn])).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringContaining('send the survey')}))
    }
  })

  it('reads "I\'ll go ahead and…" and "I\'ll shoot you an email…" as promises', () => {
    expect(actions('en', ["OWEN PRICE: I'll go ahead and send the invite tomorrow."])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringContaining('send the invite')}))
    expect(actions('en', ["OWEN PRICE: I'll shoot you an email tomorrow with the dates."])).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringContaining('email')}))
  })

  it('reads "a gente" as the Brazilian "we": a task of the group, and a decision', () => {
    expect(actions('pt', ['JOANA TAVARES: A gente precisa revisar o orçamento até sexta.'])).toContainEqual(expect.objectContaining({owner: 'a gente', ownerKind: 'group', task: expect.stringContaining('revisar o orçamento')}))
    expect(decisions('pt', ['JOANA TAVARES: A gente decidiu adiar a votação para janeiro.']).some((text) => text.includes('votação'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Então a gente fica com a segunda opção.']).some((text) => text.includes('segunda opção'))).toBe(true)
  })

  const weekday: Array<[Language, string, string]> = [
    ['es', 'DIEGO PAZ: Te mando el documento el viernes.', 'mandar el documento el viernes'],
    ['fr', 'PAUL MARTIN: Je vous envoie le document vendredi.', 'envoyer le document vendredi'],
    ['pt', 'RUI COSTA: Eu envio o documento na sexta.', 'enviar o documento na sexta']
  ]
  it.each(weekday)('takes a promise in the present with a weekday as its time (%s)', (language, turn, task) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({task: expect.stringContaining(task)}))
  })

  it('reads no request into "you will find it useful"', () => {
    expect(actions('en', ['MARTA LINDQVIST: You will find the new guide very useful.'])).toEqual([])
  })

  const ownPart: Array<[Language, string, string, string]> = [
    ['en', 'OWEN PRICE: My plan is to draft the white paper before the holidays.', 'draft the white paper', 'Owen Price'],
    ['en', 'OWEN PRICE: I will be responsible for the agenda of the next meeting.', 'agenda', 'Owen Price'],
    ['es', 'DIEGO PAZ: Yo quedo como responsable de la agenda de la próxima reunión.', 'agenda', 'Diego Paz'],
    ['fr', 'PAUL MARTIN: Je serai responsable de l’ordre du jour de la prochaine réunion.', 'ordre du jour', 'Paul Martin'],
    ['pt', 'RUI COSTA: Eu fico responsável pela pauta da próxima reunião.', 'pauta', 'Rui Costa'],
    ['fr', 'PAUL MARTIN: Je reviens vers vous avec une réponse la semaine prochaine.', 'revenir vers vous', 'Paul Martin'],
    ['pt', 'RUI COSTA: Eu te retorno com uma resposta na semana que vem.', 'retornar', 'Rui Costa']
  ]
  it.each(ownPart)('takes a part someone gives themself (%s: %s)', (language, turn, task, owner) => {
    expect(actions(language, [turn])).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(task)}))
  })

  it('takes on what was asked as it was asked: where it goes and by when', () => {
    const result = record(
      '---\ndate: 2026-03-02\n---\n\nMARTA LINDQVIST: Welcome, everyone.\n\nMARTA LINDQVIST: Maybe you could add a link to the spreadsheet in the heading of the form by Friday.\n\nOWEN PRICE: Good idea, I will do that.\n',
      {languages: ['en']}
    )
    expect(result.actionItems).toContainEqual(expect.objectContaining({owner: 'Owen Price', task: expect.stringContaining('heading of the form'), due: '2026-03-06'}))
  })

  it('gives "Who can…?" to whoever answers "I will", never to the speaker before', () => {
    const found = actions('pt', ['JOANA TAVARES: Quem pode redigir o comunicado?', 'RUI COSTA: Eu faço.'])
    expect(found).toContainEqual(expect.objectContaining({owner: 'Rui Costa', task: expect.stringContaining('comunicado')}))
    expect(found.some((item) => item.owner === 'Alex Morgan')).toBe(false)
  })

  it('reads "je me charge d’envoyer…" and a deadline at the end of the month in French', () => {
    expect(actions('fr', ['PAUL MARTIN: Je me charge d’envoyer le compte rendu demain.'])).toContainEqual(expect.objectContaining({owner: 'Paul Martin', task: expect.stringContaining('compte rendu')}))
    expect(actions('fr', ['CLAIRE DUMONT: Nous devons envoyer le rapport final au conseil avant la fin du mois.'])).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringContaining('rapport final')}))
  })

  it('keeps a task asked of everyone whose object is what was just shown', () => {
    const found = actions('en', ['OWEN PRICE: I have put the link to the framework in the chat.', 'MARTA LINDQVIST: Thanks. Everyone, please review it by Friday.'])
    expect(found).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringContaining('review')}))
  })

  const englishWays: Array<[string[], string, string]> = [
    [["OWEN PRICE: I'll take an action to update the FAQ."], 'update the faq', 'Owen Price'],
    [["OWEN PRICE: I'll circle back with the vendor next week."], 'vendor', 'Owen Price'],
    [['OWEN PRICE: Hello.', "MARTA LINDQVIST: Owen's going to look into the insurance question."], 'insurance', 'Owen Price'],
    [['MARTA LINDQVIST: The secretariat will circulate the draft minutes next week.'], 'draft minutes', 'the secretariat']
  ]
  it('reads a task through a hesitation before its object ("talk to, uh, Chris"), in four languages', () => {
    expect(actions('en', ['OWEN PRICE: I will talk to, uh, Chris about the budget tomorrow.'])).toEqual([expect.objectContaining({owner: 'Owen Price', task: 'talk to chris about the budget tomorrow'})])
    expect(actions('es', ['DIEGO PAZ: Voy a hablar con, eh, la tesorera mañana.'])).toEqual([expect.objectContaining({owner: 'Diego Paz', task: 'hablar con la tesorera mañana'})])
    expect(actions('fr', ['PAUL MARTIN: Je vais parler avec, euh, la trésorière demain.'])).toEqual([expect.objectContaining({owner: 'Paul Martin', task: 'parler avec la trésorière demain'})])
    expect(actions('pt', ['RUI COSTA: Vou falar com, hum, a tesoureira amanhã.'])).toEqual([expect.objectContaining({owner: 'Rui Costa', task: 'falar com a tesoureira amanhã'})])
  })

  it.each(englishWays)('takes the other ways a task is given in English (%j)', (turns, word, owner) => {
    expect(actions('en', turns)).toContainEqual(expect.objectContaining({owner, task: expect.stringContaining(word)}))
  })

  it('cuts a task run on by an automatic transcript at 25 words or where the talk turns, and keeps the whole sentence as evidence', () => {
    const said = 'OWEN PRICE: I will send the venue contract to the finance team and the two hotels we talked about last week and the caterer and the printers and the venue in Lisbon and the one in Porto before the board meets in March'
    const [item] = run('en', [said]).actionItems
    expect(item?.task.startsWith('Send the venue contract')).toBe(true)
    expect(item?.task.endsWith('…')).toBe(true)
    expect(item!.task.split(/\s+/).length).toBeLessThanOrEqual(25)
    expect(item?.evidence.quote).toContain('before the board meets in March')
    const turned = run('en', ['OWEN PRICE: I will go through the venue contract with the finance team and the two hotels we talked about last week um I mean the ones near the station and the airport'])
    expect(turned.actionItems[0]?.task).toBe('Go through the venue contract with the finance team and the two hotels we talked about last week…')
  })

  const ongoing: Array<[Language, string, string]> = [
    ['en', "OWEN PRICE: I'll be setting up the survey for next week.", 'set up the survey'],
    ['es', 'DIEGO PAZ: Estoy preparando el informe para la próxima semana.', 'preparar el informe'],
    ['fr', 'PAUL MARTIN: Je suis en train de préparer le rapport pour la semaine prochaine.', 'préparer le rapport'],
    ['pt', 'RUI COSTA: Estou redigindo o relatório para a próxima semana.', 'redigir o relatório']
  ]
  it.each(ongoing)('states work said as ongoing as a task, in the infinitive (%s)', (language, turn, task) => {
    expect(actions(language, [turn]).some((item) => item.task.startsWith(task))).toBe(true)
  })

  it('gives a task to a speaker labelled by role when the role is named ("the industrial designer will…"), two in one sentence apart', () => {
    const turns = [
      'INDUSTRIAL DESIGNER: I think the case should be curved.',
      'USER INTERFACE: And the buttons bigger.',
      'PROJECT MANAGER: Okay. For the next meeting, the industrial designer will look at the components, and the user interface designer will prepare the button layout.',
      'MARKETING: I think the project will take longer than planned.'
    ]
    const found = actions('en', turns)
    expect(found).toContainEqual(expect.objectContaining({owner: 'Industrial Designer', task: 'look at the components'}))
    expect(found).toContainEqual(expect.objectContaining({owner: 'User Interface', task: 'prepare the button layout'}))
    expect(found.some((item) => item.owner === 'Project Manager' && item.task.includes('longer'))).toBe(false)
  })

  const hedged: Array<[Language, string[], RegExp]> = [
    ['en', ['MARTA LINDQVIST: I could perhaps organise a second workshop in the spring, if there is budget.', 'OWEN PRICE: Maybe.'], /workshop/i],
    ['es', ['ROSA QUINTERO: Quizás podría organizar un segundo taller en primavera, si hay presupuesto.', 'DIEGO PAZ: Puede ser.'], /taller/i],
    ['fr', ['CLAIRE DUMONT: Je pourrais peut-être organiser un deuxième atelier au printemps, s’il y a du budget.', 'PAUL MARTIN: Peut-être.'], /atelier/i],
    ['pt', ['JOANA TAVARES: Talvez eu pudesse organizar uma segunda oficina na primavera, se houver orçamento.', 'RUI COSTA: Talvez.'], /oficina/i]
  ]
  it.each(hedged)('keeps a hedged or conditional item as a candidate, out of the minutes (%s)', (language, turns, word) => {
    const result = run(language, turns)
    expect(result.actionItems.some((item) => word.test(item.task))).toBe(false)
    expect(result.candidates?.some((item) => item.kind === 'action' && word.test(item.text))).toBe(true)
  })
})

describe('attendance', () => {
  const rollCalls: Array<[Language, string[], string[]]> = [
    ['en', ["HOST: Hi everyone, I'm Marta Lindqvist, from the outreach team.", 'FEMALE: Hello.', "OTTER.AI: Otter.ai is taking notes.", 'HOST: On the English channel we have Owen Price and Lena Voss.'], ['Owen Price', 'Lena Voss', 'Marta Lindqvist']],
    ['es', ['OPERADOR: Hola, soy Rosa Quintero, de la secretaría.', 'VOZ FEMENINA: Hola.', 'OPERADOR: En el canal español tenemos a Diego Paz y Ana Ruiz.'], ['Diego Paz', 'Ana Ruiz', 'Rosa Quintero']],
    ['fr', ["INTERLOCUTEUR: Bonjour, je suis Claire Dumont, de l'équipe de coordination.", "INTERLOCUTEUR: Sur le canal français, nous avons Paul Martin et Julie Roy."], ['Paul Martin', 'Julie Roy', 'Claire Dumont']],
    ['pt', ['OPERADOR: Olá, meu nome é Joana Tavares, da secretaria.', 'OPERADOR: No canal português temos Rui Costa e Ana Lima.'], ['Rui Costa', 'Ana Lima', 'Joana Tavares']]
  ]
  const statedOthers: Array<[Language, string, 'apologies' | 'absent' | 'present', string[]]> = [
    ['en', 'CHAIR: Apologies today from Ana Silva and Tom Baker.', 'apologies', ['Ana Silva', 'Tom Baker']],
    ['en', 'CHAIR: Tom Baker is absent.', 'absent', ['Tom Baker']],
    ['es', 'OPERADOR: Carla Ruiz se disculpa por no poder asistir.', 'apologies', ['Carla Ruiz']],
    ['fr', 'INTERLOCUTEUR: Julie Roy est excusée.', 'apologies', ['Julie Roy']],
    ['fr', "INTERLOCUTEUR: Julie Roy nous rejoint aujourd'hui.", 'present', ['Julie Roy']],
    ['pt', 'OPERADOR: Ausências justificadas: Bruno Reis e Ana Lima.', 'apologies', ['Bruno Reis', 'Ana Lima']]
  ]
  it.each(statedOthers)('lists who the chair says sent apologies, is absent or joins (%s: %s)', (language, turn, list, expected) => {
    const names = run(language, [turn, `${turn.split(':')[0]}: Thank you.`]).attendance[list].map((person) => person.name)
    for (const name of expected) expect(names).toContain(name)
  })

  it('lists no one as absent from this meeting for missing the last one', () => {
    expect(run('en', ['CHAIR: Tom Baker was absent from the last meeting.', 'CHAIR: Thank you.']).attendance.absent).toEqual([])
  })

  it.each(rollCalls)('reads a roll call and never lists generic labels or bots (%s)', (language, turns, expected) => {
    const present = run(language, turns).attendance.present.map((person) => person.name)
    for (const name of expected) expect(present).toContain(name)
    for (const label of ['Host', 'Female', 'Otter.ai', 'Operador', 'Voz Femenina', 'Interlocuteur']) expect(present.map((name) => name.toLowerCase())).not.toContain(label.toLowerCase())
  })

  const roles: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: From staff we have Tom Reyes. Our interpreters today are Ana Lima and Paul Roy. On the English channel we have Owen Price.']],
    ['es', ['ROSA QUINTERO: Del personal tenemos a Tom Reyes. Nuestros intérpretes de hoy son Ana Lima y Paul Roy. En el canal español tenemos a Owen Price.']],
    ['fr', ["CLAIRE DUMONT: Du personnel, nous avons Tom Reyes. Nos interprètes d'aujourd'hui sont Ana Lima et Paul Roy. Sur le canal français, nous avons Owen Price."]],
    ['pt', ['JOANA TAVARES: Da equipe temos Tom Reyes. Nossos intérpretes de hoje são Ana Lima e Paul Roy. No canal português temos Owen Price.']]
  ]
  it.each(roles)('tells staff and interpreters apart from members (%s)', (language, turns) => {
    const {attendance} = run(language, turns)
    const names = (list: Array<{name: string}>): string[] => list.map((person) => person.name)
    expect(names(attendance.staff)).toContain('Tom Reyes')
    expect(names(attendance.interpreters)).toEqual(expect.arrayContaining(['Ana Lima', 'Paul Roy']))
    expect(names(attendance.present)).toContain('Owen Price')
    expect(names(attendance.present)).not.toContain('Tom Reyes')
    expect(names(attendance.present)).not.toContain('Ana Lima')
  })

  const staffWithoutVerb: Array<[Language, string]> = [
    ['fr', 'CLAIRE DUMONT: Sur le canal français nous avons Owen Price. Du côté du personnel, Tom Reyes et Kofi Mensah.'],
    ['pt', 'JOANA TAVARES: No canal português temos Owen Price. Da equipe, Tom Reyes e Kofi Mensah.']
  ]
  it.each(staffWithoutVerb)('reads staff named after "du côté du personnel," or "da equipe," with no verb (%s)', (language, turn) => {
    const {attendance} = run(language, [turn])
    expect(attendance.staff.map((person) => person.name)).toEqual(expect.arrayContaining(['Tom Reyes', 'Kofi Mensah']))
    expect(attendance.present.map((person) => person.name)).not.toContain('Tom Reyes')
  })

  const welcomedIn: Array<[Language, string, string[]]> = [
    ['en', 'MARTA LINDQVIST: Welcome. Attendees: Owen Price, Lena Voss, Priya Nair. Regrets: Hugo Silva.', ['Owen Price', 'Lena Voss', 'Priya Nair']],
    ['es', 'ROSA QUINTERO: Bienvenidos. Hoy nos acompaña por primera vez Lucía Torres, de la sede de Quito. También está con nosotros Raúl Gómez.', ['Lucía Torres', 'Raúl Gómez']],
    ['fr', 'CLAIRE DUMONT: Bienvenue. Je salue la présence de Claire Dubois et de Marc Lefèvre.', ['Claire Dubois', 'Marc Lefèvre']],
    ['pt', 'JOANA TAVARES: Bem-vindos. Estão conosco hoje João Alves e Marta Lima.', ['João Alves', 'Marta Lima']]
  ]
  it.each(welcomedIn)('reads members named in a welcome or an attendee line inside a turn (%s)', (language, turn, expected) => {
    expect(run(language, [turn]).attendance.present.map((person) => person.name)).toEqual(expect.arrayContaining(expected))
  })

  it('reads "A Beatriz Costa justificou a ausência" as an apology', () => {
    expect(run('pt', ['JOANA TAVARES: Bem-vindos. A Beatriz Costa justificou a ausência.']).attendance.apologies.map((person) => person.name)).toContain('Beatriz Costa')
  })

  const apologies: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: Hello all. We have apologies from Tom Reyes and Ana Lima. On the English channel we have Owen Price.']],
    ['es', ['ROSA QUINTERO: Hola a todos. Tenemos las disculpas de Tom Reyes y Ana Lima. En el canal español tenemos a Owen Price.']],
    ['fr', ['CLAIRE DUMONT: Bonjour à tous. Nous avons reçu les excuses de Tom Reyes et Ana Lima. Sur le canal français, nous avons Owen Price.']],
    ['pt', ['JOANA TAVARES: Olá a todos. Temos as desculpas de Tom Reyes e Ana Lima. No canal português temos Owen Price.']]
  ]
  it.each(apologies)('lists apologies apart from those present (%s)', (language, turns) => {
    const {attendance} = run(language, turns)
    expect(attendance.apologies.map((person) => person.name)).toEqual(expect.arrayContaining(['Tom Reyes', 'Ana Lima']))
    expect(attendance.present.map((person) => person.name)).toContain('Owen Price')
    expect(attendance.present.map((person) => person.name)).not.toContain('Tom Reyes')
  })

  const apologiesSaidAfter: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: Today we are joined by Owen Price and Lena Voss, and Tom Reyes sent his apologies. Ana Lima could not make it.']],
    ['en', ['MARTA LINDQVIST: Today we are joined by Owen Price and Lena Voss. We have regrets from Tom Reyes, and Ana Lima sends her regrets.']],
    ['es', ['ROSA QUINTERO: En el canal español tenemos a Owen Price y Lena Voss. Se disculparon Tom Reyes y Ana Lima.']],
    ['fr', ['CLAIRE DUMONT: Sur le canal français, nous avons Owen Price et Lena Voss. Tom Reyes et Ana Lima se sont excusés.']],
    ['pt', ['JOANA TAVARES: No canal português temos Owen Price e Lena Voss. Pediram desculpas Tom Reyes e Ana Lima.']]
  ]
  it.each(apologiesSaidAfter)('takes apologies said after the names, and ends a list of those present where a clause starts (%s)', (language, turns) => {
    const {attendance} = run(language, turns)
    const names = (list: Array<{name: string}>): string[] => list.map((person) => person.name)
    expect(names(attendance.apologies)).toEqual(expect.arrayContaining(['Tom Reyes', 'Ana Lima']))
    expect(names(attendance.present)).toEqual(expect.arrayContaining(['Owen Price', 'Lena Voss']))
    expect(names(attendance.present)).not.toContain('Tom Reyes')
  })

  it('reads labelled lines of attendees, apologies and staff said in one breath, and staff who "join us"', () => {
    const {attendance} = run('en', ['MARTA LINDQVIST: Attendees: Owen Price, Lena Voss. Apologies: Tom Reyes. Staff: Ana Lima.'])
    expect(attendance.apologies.map((person) => person.name)).toEqual(['Tom Reyes'])
    expect(attendance.staff.map((person) => person.name)).toEqual(['Ana Lima'])
    const spanish = run('es', ['ROSA QUINTERO: En el canal español tenemos a Owen Price. Del personal nos acompañan Tom Reyes y Ana Lima.']).attendance
    expect(spanish.staff.map((person) => person.name)).toEqual(['Tom Reyes', 'Ana Lima'])
  })

  const lookalikes: Array<[Language, string]> = [
    ['en', 'MARTA LINDQVIST: On the English channel we have Maria Lopez. Our Spanish interpreters are Paula and Marina.'],
    ['es', 'ROSA QUINTERO: En el canal en inglés tenemos a Maria Lopez. Nuestras intérpretes de español son Paula y Marina.'],
    ['fr', 'CLAIRE DUMONT: Sur le canal anglais, nous avons Maria Lopez. Nos interprètes espagnoles sont Paula et Marina.'],
    ['pt', 'JOANA TAVARES: No canal em inglês, temos Maria Lopez. Nossos intérpretes de espanhol são Paula e Marina.']
  ]
  it.each(lookalikes)('keeps an interpreter whose first name looks like a member’s apart from her (%s)', (language, turn) => {
    const {attendance} = run(language, [turn, 'OWEN PRICE: Thank you.'])
    expect(attendance.present.map((person) => person.name)).toContain('Maria Lopez')
    expect(attendance.interpreters.map((person) => person.name)).toEqual(['Paula', 'Marina'])
  })

  const personalA: Array<[Language, string, string[], string]> = [
    ['es', 'ROSA QUINTERO: En el canal español tenemos a Pablo Ruiz y a Carmen Díaz. Del personal tenemos a Nadia Petrova y a mí misma.', ['Pablo Ruiz', 'Carmen Díaz'], 'Rosa Quintero'],
    ['pt', 'JOANA TAVARES: No canal português temos Ana Souza e a Carla Reis. Da equipe temos Nadia Petrova e eu mesma.', ['Ana Souza', 'Carla Reis'], 'Joana Tavares']
  ]
  it.each(personalA)('reads "y a Carmen Díaz", "e a Carla Reis" and "y a mí misma" in a roll call (%s)', (language, turn, present, self) => {
    const {attendance} = run(language, [turn])
    expect(attendance.present.map((person) => person.name)).toEqual(expect.arrayContaining(present))
    expect(attendance.staff.map((person) => person.name)).toEqual(expect.arrayContaining(['Nadia Petrova', self]))
  })

  const introductions: Array<[Language, string, string]> = [
    ['en', 'SPEAKER 2: Hi all, Pat Kelly speaking, from the Lagos chapter.', 'Pat Kelly'],
    ['en', "SPEAKER 2: Hello, it's Omar Fares here.", 'Omar Fares'],
    ['es', 'HABLANTE 2: Buenas tardes, les saluda Carmen Díaz, de Montevideo.', 'Carmen Díaz'],
    ['es', 'HABLANTE 2: Mi nombre es Luis Ortega y soy de Quito.', 'Luis Ortega'],
    ['fr', "INTERVENANT 2: Bonjour, c'est Anne Martin qui parle.", 'Anne Martin'],
    ['pt', 'ORADOR 2: Boa tarde, quem fala é o Bruno Lima.', 'Bruno Lima']
  ]
  it.each(introductions)('takes a self-introduction however it is said, and no numbered generic label (%s: %s)', (language, turn, name) => {
    const {attendance} = record(`HOST: Welcome.\n\n${turn}\n\nHOST: Thanks.\n`, {languages: [language]})
    const present = attendance.present.map((person) => person.name)
    expect(present).toContain(name)
    expect(present.some((each) => /\d/u.test(each))).toBe(false)
  })

  it('takes no one from a name inside a condition, from "you\'re speaking", "it\'s Governance Week" or "Chair speaking"', () => {
    const {attendance} = run('en', ["MARTA LINDQVIST: I'm not sure if Natalie is on the call today. You're speaking while you're muted, Owen.", "OWEN PRICE: Hi, it's Governance Week, right?", 'LENA VOSS: Hello, Chair speaking.'])
    const everyone = Object.values(attendance).flat().map((person) => person.name)
    expect(everyone).not.toContain('Natalie')
    expect(everyone).not.toContain("You're")
    expect(everyone).not.toContain('Governance Week')
    expect(everyone).not.toContain('Chair')
  })

  it('never takes a note-taking bot, an interpreter label or an unidentified voice for a person', () => {
    const turns = ['READ.AI: Read.ai is recording this meeting.', 'FIREFLIES.AI NOTETAKER: Taking notes.', 'UNIDENTIFIED PARTICIPANT: Hello?', 'INTERPRETER: The interpretation is on.', 'MALE: Yes.', 'OWEN PRICE: Good morning all.']
    const people = Object.values(run('en', turns).attendance).flat().map((person) => person.name.toLowerCase())
    expect(people).toContain('owen price')
    for (const label of ['read.ai', 'fireflies.ai notetaker', 'unidentified participant', 'interpreter', 'male']) expect(people).not.toContain(label)
  })

  const interpreters: Array<[Language, string, string[]]> = [
    ['en', 'MARTA LINDQVIST: Welcome. Our Spanish interpreters today are Ana Lima and Paul Roy, and our Portuguese interpreter is Bettina.', ['Ana Lima', 'Paul Roy', 'Bettina']],
    ['es', 'ROSA QUINTERO: Bienvenidos. Nuestras intérpretes hoy son Ana Lima y Marina Roy, y la intérprete al portugués es Bettina.', ['Ana Lima', 'Marina Roy', 'Bettina']],
    ['fr', "CLAIRE DUMONT: Bienvenue. Nos interprètes aujourd'hui sont Ana Lima et Paul Roy, et l'interprète pour le portugais est Bettina.", ['Ana Lima', 'Paul Roy', 'Bettina']],
    ['pt', 'JOANA TAVARES: Bem-vindos. Nossos intérpretes hoje são Ana Lima e Paul Roy, e a intérprete de espanhol é Bettina.', ['Ana Lima', 'Paul Roy', 'Bettina']]
  ]
  it.each(interpreters)('reads the interpreters however the day is said, a list ending where the next clause starts (%s)', (language, turn, expected) => {
    const {attendance} = run(language, [turn, 'OWEN PRICE: Thank you.'])
    const names = attendance.interpreters.map((person) => person.name)
    expect(names).toEqual(expect.arrayContaining(expected))
    for (const name of names) expect(name.split(/\s+/).length).toBeLessThanOrEqual(3)
  })

  const withUs: Array<[Language, string[], string[]]> = [
    ['en', ['MARTA LINDQVIST: Welcome. Also with us is Lena Voss, and we have with us today Jess Okafor.', 'OWEN PRICE: Thanks. I see Tom Reyes has joined the call.'], ['Lena Voss', 'Jess Okafor', 'Tom Reyes']],
    ['es', ['ROSA QUINTERO: Bienvenidos. Hoy nos acompañan Lucía Vera y Marcos Gil.', 'DIEGO PAZ: Gracias. Se ha unido a la llamada Tom Reyes.'], ['Lucía Vera', 'Marcos Gil', 'Tom Reyes']],
    ['fr', ["CLAIRE DUMONT: Bienvenue. Aujourd'hui, nous avons avec nous Léa Roux et Hugo Petit.", "PAUL MARTIN: Merci. Tom Reyes vient de rejoindre l'appel."], ['Léa Roux', 'Hugo Petit', 'Tom Reyes']],
    ['pt', ['JOANA TAVARES: Bem-vindos. Hoje temos conosco Ana Lima e Marcos Gil.', 'RUI COSTA: Obrigado. Tom Reyes acabou de entrar na chamada.'], ['Ana Lima', 'Marcos Gil', 'Tom Reyes']]
  ]
  it.each(withUs)('reads who is "with us" and who joined, and never takes a pronoun for a person (%s)', (language, turns, expected) => {
    const present = run(language, turns).attendance.present.map((person) => person.name)
    expect(present).toEqual(expect.arrayContaining(expected))
    for (const name of present) expect(['se', 'le', 'la', 'me', 'nos']).not.toContain(name.toLowerCase())
  })

  const whereTheyAre: Array<[Language, string, string]> = [
    ['en', "OWEN PRICE: Hi all, I'm sitting in Lisbon today.", 'Lisbon'],
    ['en', "OWEN PRICE: I'm in a place called Curitiba.", 'Curitiba'],
    ['es', 'DIEGO PAZ: Hola, soy de Montevideo.', 'Montevideo'],
    ['fr', 'PAUL MARTIN: Bonjour, je suis à Dakar cette semaine.', 'Dakar'],
    ['pt', 'RUI COSTA: Oi, eu sou de Recife.', 'Recife']
  ]
  it.each(whereTheyAre)('takes no place a speaker says they are in for a person (%s: %s)', (language, turn, place) => {
    const everyone = Object.values(run(language, [turn, 'LENA VOSS: Welcome.']).attendance)
      .flat()
      .map((person) => person.name)
    expect(everyone).not.toContain(place)
    expect(everyone).toContain(turn.slice(0, turn.indexOf(':')).split(' ').map((word) => word[0] + word.slice(1).toLowerCase()).join(' '))
  })

  it('takes a self-introduction from staff as staff', () => {
    const {attendance} = run('en', ['TOM REYES: Hi, this is Tom Reyes from the support staff.', 'OWEN PRICE: Hello.'])
    expect(attendance.staff.map((person) => person.name)).toContain('Tom Reyes')
    expect(attendance.present.map((person) => person.name)).not.toContain('Tom Reyes')
  })

  const cannotJoin: Array<[Language, string]> = [
    ['en', "CHAIR: Chen Wu can't make it today."],
    ['es', 'ROSA QUINTERO: Chen Wu no puede acompañarnos hoy.'],
    ['es', 'ROSA QUINTERO: Se disculpa Chen Wu, que no puede asistir hoy.'],
    ['fr', "CLAIRE DUMONT: Chen Wu ne peut pas être avec nous aujourd'hui."],
    ['pt', 'JOANA TAVARES: O Chen Wu não pode estar conosco hoje.']
  ]
  it.each(cannotJoin)('takes someone who cannot join today as an apology, not as present (%s)', (language, turn) => {
    const result = run(language, [turn])
    expect(result.attendance.apologies.map((person) => person.name)).toContain('Chen Wu')
    expect(result.attendance.present.map((person) => person.name)).not.toContain('Chen Wu')
  })
  it('reads "nous accueillons…" and "temos a participação de…" as members present', () => {
    expect(run('fr', ["CLAIRE DUMONT: Aujourd'hui, nous accueillons Amélie Roux et Paul Martin."]).attendance.present.map((person) => person.name)).toEqual(expect.arrayContaining(['Amélie Roux', 'Paul Martin']))
    expect(run('pt', ['JOANA TAVARES: Hoje temos a participação de Ana Lima e Rui Costa.']).attendance.present.map((person) => person.name)).toEqual(expect.arrayContaining(['Ana Lima', 'Rui Costa']))
  })

  const unableToAttend: Array<[Language, string]> = [
    ['en', 'CHAIR: Jon Pike is unable to attend today.'],
    ['es', 'ROSA QUINTERO: Jon Pike no pudo conectarse hoy.'],
    ['fr', "CLAIRE DUMONT: Jon Pike n'a pas pu se joindre à nous."],
    ['pt', 'JOANA TAVARES: Jon Pike não conseguiu participar hoje.']
  ]
  it.each(unableToAttend)('takes someone unable to attend as an apology (%s)', (language, turn) => {
    const result = run(language, [turn])
    expect(result.attendance.apologies.map((person) => person.name)).toContain('Jon Pike')
    expect(result.attendance.present.map((person) => person.name)).not.toContain('Jon Pike')
  })

  it('reads "we have … on the call", a staff list without a verb and "sont présents aujourd\'hui…"', () => {
    const english = run('en', ['CHAIR: Welcome. We have Priya Nair and Tomas Berg on the call today. From staff, Gisella Gruber.']).attendance
    expect(english.present.map((person) => person.name)).toEqual(expect.arrayContaining(['Priya Nair', 'Tomas Berg']))
    expect(english.staff.map((person) => person.name)).toContain('Gisella Gruber')
    const french = run('fr', ["CLAIRE DUMONT: Bonsoir. Sont présents aujourd'hui Amélie Roux et Paul Martin."]).attendance
    expect(french.present.map((person) => person.name)).toEqual(expect.arrayContaining(['Amélie Roux', 'Paul Martin']))
  })

  it('reads an Attendees line and apologies', () => {
    const result = run('en', ['CHAIR: Attendees: Owen Price, Lena Voss, Jess Okafor.', 'CHAIR: Apologies: Tom Reyes.'])
    expect(result.attendance.present.map((person) => person.name)).toEqual(expect.arrayContaining(['Owen Price', 'Lena Voss', 'Jess Okafor']))
    expect(result.attendance.apologies.map((person) => person.name)).toContain('Tom Reyes')
  })
})

describe('due dates', () => {
  const opening: Record<Language, string> = {
    en: 'ALEX MORGAN: Welcome to the call of Tuesday 4 March 2025.',
    es: 'ALEX MORGAN: Bienvenidos a la llamada del martes 4 de marzo de 2025.',
    fr: 'ALEX MORGAN: Bienvenue à la réunion du mardi 4 mars 2025.',
    pt: 'ALEX MORGAN: Bem-vindos à reunião de terça-feira, 4 de março de 2025.'
  }
  const spans: Array<[Language, string, string, string]> = [
    ['en', "OWEN PRICE: I'll send the report next week.", "OWEN PRICE: I'll send the report by Friday.", '2025-03-07'],
    ['es', 'DIEGO PAZ: Voy a enviar el informe la próxima semana.', 'DIEGO PAZ: Voy a enviar el informe el viernes.', '2025-03-07'],
    ['fr', 'PAUL MARTIN: Je vais envoyer le rapport dans deux semaines.', 'PAUL MARTIN: Je vais envoyer le rapport vendredi.', '2025-03-07'],
    ['pt', 'RUI COSTA: Vou enviar o relatório no mês que vem.', 'RUI COSTA: Vou enviar o relatório na sexta-feira.', '2025-03-07']
  ]
  it.each(spans)('keeps a span from now ("next week") as words, never a guessed day, and resolves a day said (%s)', (language, span, day, date) => {
    const due = (turn: string) => record(`${opening[language]}\n\n${turn}\n`, {languages: [language]}).actionItems[0]
    expect(due(span)).toMatchObject({due: null, dueText: expect.any(String)})
    expect(due(day)?.due).toBe(date)
  })

  const daysOfMonth: Array<[Language, string, string, string]> = [
    ['en', "OWEN PRICE: I'll send the report by the 20th.", '2025-03-20', 'by the 20th'],
    ['en', "OWEN PRICE: I'll send the report by the 2nd.", '2025-04-02', 'by the 2nd'],
    ['es', 'DIEGO PAZ: Voy a enviar el informe para el día 20.', '2025-03-20', 'para el día 20'],
    ['fr', "PAUL MARTIN: Je vais envoyer le rapport d'ici le 20.", '2025-03-20', "d'ici le 20"],
    ['pt', 'RUI COSTA: Vou enviar o relatório até o dia 20.', '2025-03-20', 'até o dia 20'],
    ['pt', 'RUI COSTA: Vou enviar o relatório até sexta.', '2025-03-07', 'sexta'],
    ['en', "OWEN PRICE: I'll send the report by end of day.", '2025-03-04', 'by end of day']
  ]
  it.each(daysOfMonth)('resolves a day of the month said alone to the next one from the meeting, "até sexta" and "by end of day" too (%s)', (language, turn, date, words) => {
    const item = record(`${opening[language]}\n\n${turn}\n`, {languages: [language]}).actionItems[0]
    expect(item).toMatchObject({due: date, dueText: words})
  })
  it('keeps "by the end of the week" as those words, and two days offered as no day', () => {
    const due = (language: Language, turn: string) => record(`${opening[language]}\n\n${turn}\n`, {languages: [language]}).actionItems[0]
    expect(due('en', "OWEN PRICE: I'll send the report by the end of the week.")).toMatchObject({due: null, dueText: 'the end of the week'})
    expect(due('pt', 'RUI COSTA: Vou enviar o relatório na quinta ou na sexta.')).toMatchObject({due: null})
  })
})

describe('the meeting named in its welcome', () => {
  const welcomes: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Welcome to the monthly call of the Outreach Working Group on Monday, 5 May 2025 at 13:00 UTC.', 'Outreach Working Group'],
    ['es', 'ROSA QUINTERO: Bienvenidos a la reunión del Grupo de Trabajo de Gobernanza del martes 4 de marzo de 2025 a las 15:00 UTC.', 'Grupo de Trabajo de Gobernanza'],
    ['fr', 'CLAIRE DUMONT: Bienvenue à la réunion du Groupe de travail sur la gouvernance du mardi 4 mars 2025 à 15 h UTC.', 'Groupe de travail sur la gouvernance'],
    ['pt', 'JOANA TAVARES: Bem-vindos à reunião do Grupo de Trabalho de Governança de terça-feira, 4 de março de 2025, às 15:00 UTC.', 'Grupo de Trabalho de Governança']
  ]
  it.each(welcomes)('takes the group however its language writes its name (%s)', (language, turn, group) => {
    const {meeting} = record(`${turn}\n\nOWEN PRICE: Thank you.\n`, {languages: [language]})
    expect(meeting.group).toBe(group)
    expect(meeting.date).toMatch(/^2025-0[35]-0[45]$/)
  })
})

describe('contractions', () => {
  it('reads "we\'ll discuss…" as the agenda and "I\'ll be managing the call" as staff, as their spelled-out forms are', () => {
    const result = record("MARTA LINDQVIST: Welcome. Today we'll discuss the budget for the retreat.\n\nOWEN PRICE: Thanks.\n\nMARTA LINDQVIST: I'll be managing the call today.\n", {languages: ['en']})
    expect(result.agenda.map((item) => item.text.toLowerCase())).toContain('the budget for the retreat')
    expect(result.attendance.staff.map((person) => person.name)).toContain('Marta Lindqvist')
  })
})

describe('the meeting as its opening states it', () => {
  it('takes the time said a few words after the date, and ends a group name where a relative clause starts', () => {
    expect(record('MARTA LINDQVIST: Hello everyone, this is the monthly call of the Finance Committee, today is 12 June 2025, and it is 14:00 UTC.\n\nOWEN PRICE: Thanks.\n', {languages: ['en']}).meeting).toMatchObject({group: 'Finance Committee', date: '2025-06-12', startTime: '14:00'})
    expect(record("CLAIRE DUMONT: Bienvenue à l'appel du Groupe de travail sur la sensibilisation qui a lieu le mardi 4 mars 2025 à 15 h UTC.\n\nPAUL MARTIN: Merci.\n", {languages: ['fr']}).meeting.group).toBe('Groupe de travail sur la sensibilisation')
  })
})

describe('things done during the call', () => {
  const inCall: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: I will share the document.', 'MARTA LINDQVIST: I will share the document after the call.'],
    ['es', 'ROSA QUINTERO: Voy a compartir el documento.', 'ROSA QUINTERO: Voy a compartir el documento después de la reunión.'],
    ['fr', 'CLAIRE DUMONT: Je vais partager le document.', 'CLAIRE DUMONT: Je vais partager le document après la réunion.'],
    ['pt', 'JOANA TAVARES: Vou compartilhar o documento.', 'JOANA TAVARES: Vou compartilhar o documento depois da reunião.']
  ]
  it.each(inCall)('keeps a step done there and then as a candidate, and takes it when a later time is said (%s)', (language, now, later) => {
    const during = run(language, [now])
    expect(during.actionItems).toEqual([])
    expect(during.candidates?.some((item) => item.kind === 'action')).toBe(true)
    expect(run(language, [later]).actionItems).toHaveLength(1)
  })

  it('hands the next sentence on only from a cue in the clause that announces it', () => {
    const found = actions('en', ["MARTA LINDQVIST: That's the next step for me. or does that sound good to you, Owen? Sorry, of course."])
    expect(found.map((item) => item.task)).not.toContain('sorry, of course')
  })

  const greetings: Array<[Language, string]> = [
    ['en', 'OWEN PRICE: I will send my regards to the team this week.'],
    ['es', 'DIEGO PAZ: Les mando un saludo a todos desde Lima esta tarde.'],
    ['fr', 'PAUL MARTIN: Je vous envoie mes amitiés demain.'],
    ['pt', 'RUI COSTA: Vou mandar um abraço para todos amanhã.']
  ]
  it.each(greetings)('takes no task from sending greetings (%s)', (language, turn) => {
    expect(actions(language, [turn])).toEqual([])
  })

  const timeBack: Array<[Language, string]> = [
    ['en', "OWEN PRICE: I'll give you 25 minutes back of your time."],
    ['pt', 'RUI COSTA: Vou devolver dez minutos para vocês.']
  ]
  it.each(timeBack)('takes no task, not even a candidate, from giving minutes back at the end of a call (%s)', (language, turn) => {
    const result = run(language, [turn])
    expect([...result.actionItems, ...(result.candidates ?? [])]).toEqual([])
  })

  it('takes no task, not even a candidate, from "I will take that as a yes"', () => {
    const result = run('en', ['OWEN PRICE: Going forward, we will make sure it does not happen again.', 'MARTA LINDQVIST: Okay, I will take that as a yes. So it will be looked into?'])
    expect([...result.actionItems, ...(result.candidates ?? [])].filter((item) => item.owner === 'Marta Lindqvist')).toEqual([])
  })

  it('takes no task from "I\'ll just chip in real quick" or "let me jump in"', () => {
    const result = run('en', ["OWEN PRICE: I'll just chip in real quick.", 'LENA VOSS: Sure.', 'OWEN PRICE: Let me jump in here.'])
    expect([...result.actionItems, ...(result.candidates ?? [])]).toEqual([])
  })

  it('takes no task from steering the call itself', () => {
    for (const turn of ['OWEN PRICE: Hang on for another few minutes, I will go back to my list.', 'OWEN PRICE: Tell them I said hi.', 'OWEN PRICE: I will go back to the agenda now.']) {
      expect(actions('en', [turn])).toEqual([])
    }
  })
})

describe('design choices and other ways of concluding', () => {
  const said: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: We compared the two colours for the case.', 'OWEN PRICE: Yellow stands out more.', 'MARTA LINDQVIST: Okay, yellow it is.'], 'yellow'],
    ['en', ['MARTA LINDQVIST: Alright, so we will use buttons instead of the scroll wheel.'], 'buttons'],
    ['en', ["MARTA LINDQVIST: Let's settle on a single curved shape for the case."], 'curved'],
    ['en', ["MARTA LINDQVIST: So we're going with the spongy material for the buttons."], 'spongy'],
    ['en', ["MARTA LINDQVIST: We'll skip the call on the 24th because of the holidays."], 'skip'],
    ['en', ["MARTA LINDQVIST: So we're not going to renew the contract with the printer."], 'renew'],
    ['en', ['MARTA LINDQVIST: We agreed not to send the letter this month.'], 'letter'],
    ['en', ['MARTA LINDQVIST: What if we split the working group into two teams, one for outreach and one for policy?', 'OWEN PRICE: Yes, let us do that.', 'LENA WOLFF: Agreed.'], 'two teams'],
    ['fr', ["CLAIRE DUMONT: À partir du mois prochain, l'appel passe au jeudi."], 'jeudi'],
    ['en', ['MARTA LINDQVIST: Everyone is in favour, so we will extend the survey.'], 'survey'],
    ['en', ['MARTA LINDQVIST: We will proceed with the second vendor.'], 'vendor'],
    ["en", ["MARTA LINDQVIST: Let's go ahead and publish the guidelines."], 'guidelines'],
    ["en", ["MARTA LINDQVIST: We're moving forward with the pilot in Kenya."], 'kenya'],
    ['en', ['MARTA LINDQVIST: We will adopt the revised terms of reference.'], 'terms of reference'],
    ["en", ["MARTA LINDQVIST: We're all on the same page that the pilot starts in March."], 'march'],
    ['en', ['OWEN PRICE: How about we use the blue design?', 'LENA WOLFF: Yeah, good idea.'], 'blue design']
  ]
  const dropped: Array<[Language, string[], string]> = [
    ['en', ["MARTA LINDQVIST: Fine, we'll drop the voice control then."], 'voice control'],
    ['en', ["MARTA LINDQVIST: Right, so we're going for a single curved case."], 'curved case'],
    ['es', ['ROSA QUINTERO: Bueno, entonces quitamos el control por voz.'], 'control por voz'],
    ['fr', ['CLAIRE DUMONT: Bon, alors on enlève la commande vocale.'], 'commande vocale'],
    ['pt', ['JOANA TAVARES: Certo, então tiramos o controle por voz.'], 'controle por voz'],
    ['en', ["OWEN PRICE: Let's make the buttons out of soft rubber.", 'LENA WOLFF: Yeah, fine.', 'MARTA LINDQVIST: Sure.'], 'soft rubber']
  ]
  it.each(dropped)('takes what the chair concludes to drop or go for, and a proposal two others answer with "fine" and "sure" (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })
  it('takes no decision from what another decides ("that\'s decided by the treasurer")', () => {
    expect(decisions('en', ["MARTA LINDQVIST: That's decided by the treasurer, not by us."])).toEqual([])
    expect(decisions('en', ["MARTA LINDQVIST: We keep the fee at twenty euros. That's decided."]).length).toBeGreaterThan(0)
  })
  it('takes no decision from "we\'ll drop…then" inside a condition', () => {
    expect(decisions('en', ["MARTA LINDQVIST: If it costs too much, we'll drop the screen then."])).toEqual([])
  })

  it.each(said)('takes the choice as said (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const answered: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Are we happy to keep the fee at twenty euros?', 'OWEN PRICE: Yes.', 'LENA WOLFF: Yes, agreed.'], 'fee'],
    ['es', ['ROSA QUINTERO: ¿Hacemos el retiro en mayo?', 'DIEGO PAZ: Sí, mayo nos va bien a todos.'], 'retiro'],
    ['fr', ['CLAIRE DUMONT: On fait la retraite en mai ?', 'PAUL MARTIN: Oui, mai convient à tout le monde.'], 'retraite'],
    ['pt', ['JOANA TAVARES: Fazemos o retiro em maio?', 'RUI COSTA: Sim, maio funciona para todos.'], 'retiro']
  ]
  it.each(answered)('takes a yes-or-no question about what we do, answered yes, as stated (%s)', (language, turns, word) => {
    const found = decisions(language, turns)
    expect(found.some((text) => text.includes(word) && !text.endsWith('?'))).toBe(true)
    // Stated in the question's own words, never "Vamos a hacemos…".
    expect(found.some((text) => /^(?:vamos a|vamos|nous allons) \p{L}+(?:mos|ons)\b/u.test(text))).toBe(false)
  })

  const proposedAs: Array<[Language, string[], string]> = [
    ['es', ['ROSA QUINTERO: ¿Qué les parece si publicamos el informe el lunes?', 'DIEGO PAZ: Me parece muy bien.', 'ANA RUIZ: De acuerdo.'], 'publicamos el informe el lunes'],
    ['fr', ['CLAIRE DUMONT: Et si on publiait le rapport lundi ?', 'PAUL MARTIN: Ça me va.', 'JULIE ROY: D’accord.'], 'on publiait le rapport lundi'],
    ['pt', ['JOANA TAVARES: Que tal publicarmos o relatório na segunda?', 'RUI COSTA: Acho ótimo.', 'ANA LIMA: De acordo.'], 'publicarmos o relatório na segunda']
  ]
  it.each(proposedAs)('takes "what if we…?" put as a question and agreed, in its own words (%s)', (language, turns, text) => {
    expect(decisions(language, turns)).toContain(text)
  })

  const consensus: Array<[Language, string, string]> = [
    ['en', "MARTA LINDQVIST: There's consensus to keep the meeting on Thursdays.", 'thursdays'],
    ['es', 'ROSA QUINTERO: Hay consenso en mantener la reunión los jueves.', 'jueves'],
    ['fr', 'CLAIRE DUMONT: Il y a consensus pour garder la réunion le jeudi.', 'jeudi'],
    ['pt', 'JOANA TAVARES: Há consenso em manter a reunião às quintas.', 'quintas']
  ]
  it.each(consensus)('takes a consensus stated (%s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  const statusQuo: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Alright, we will keep the charter as it is.', 'charter'],
    ['es', 'ROSA QUINTERO: Bueno, mantenemos el estatuto como está.', 'estatuto'],
    ['fr', 'CLAIRE DUMONT: Bon, on garde la charte telle quelle.', 'charte'],
    ['pt', 'JOANA TAVARES: Bom, mantemos o regimento como está.', 'regimento']
  ]
  it.each(statusQuo)('takes leaving something as it is (%s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  const allAgree: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: I think we all agree that the newsletter goes out monthly.', 'newsletter'],
    ['es', 'ROSA QUINTERO: Creo que todos estamos de acuerdo en que el boletín sale cada mes.', 'boletín'],
    ['fr', 'CLAIRE DUMONT: Je pense que nous sommes tous d’accord pour que la lettre sorte chaque mois.', 'lettre'],
    ['pt', 'JOANA TAVARES: Acho que todos concordamos que o boletim sai todo mês.', 'boletim']
  ]
  it.each(allAgree)('takes "I think we all agree that…" as the consensus it states (%s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  const letsDoItThatWay: Array<[Language, string[], string]> = [
    ['es', ['ANA RUIZ: Propongo que publiquemos la hoja de ruta en el foro.', 'ROSA QUINTERO: Hagamos así.'], 'hoja de ruta'],
    ['fr', ['JULIE ROY: Je propose qu’on publie la feuille de route sur le forum.', 'CLAIRE DUMONT: Faisons comme ça.'], 'feuille de route'],
    ['pt', ['ANA LIMA: Proponho que publiquemos o roteiro no fórum.', 'JOANA TAVARES: Vamos fazer assim.'], 'roteiro']
  ]
  it.each(letsDoItThatWay)('takes a proposal answered "let us do it that way" (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const typographic: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: So we’re going with the spongy material for the buttons.', 'spongy'],
    ['fr', 'CLAIRE DUMONT: Bon, c’est réglé : on se réunit un mardi sur deux.', 'mardi'],
    ['fr', 'CLAIRE DUMONT: Pas d’objection, on avance avec le pilote.', 'pilote']
  ]
  it.each(typographic)('reads a cue written with a typographic apostrophe as with a straight one (%s: %s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  it('reads "s’il vous plaît" as asking, never as a condition, however its apostrophe is written', () => {
    for (const apostrophe of ["'", '’']) {
      const found = actions('fr', [`CLAIRE DUMONT: Tout le monde doit vérifier le projet de charte avant vendredi, s${apostrophe}il vous plaît.`])
      expect(found).toContainEqual(expect.objectContaining({ownerKind: 'group', task: expect.stringContaining('charte')}))
    }
  })

  it('takes "we will do option two", "we will go ahead and…", "the motion is carried" and "we confirm Laura as vice chair"', () => {
    for (const [turn, word] of [
      ['MARTA LINDQVIST: So we will do option two, the shorter survey.', 'option two'],
      ['MARTA LINDQVIST: OK, we will go ahead and publish the guidelines next week.', 'guidelines'],
      ['MARTA LINDQVIST: Seven in favour. The motion to extend the pilot is carried.', 'carried'],
      ['MARTA LINDQVIST: Since there is only one candidate, we confirm Laura Ferri as vice chair.', 'vice chair']
    ]) {
      expect(decisions('en', [turn!]).some((text) => text.includes(word!))).toBe(true)
    }
  })

  const agreedWith: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Is everyone fine with Monday at one o’clock UTC?', 'OWEN PRICE: Yes, works for me.', 'LENA WOLFF: Yes.'], 'monday at one'],
    ['es', ['ROSA QUINTERO: ¿Estamos de acuerdo con el lunes a la una?', 'DIEGO PAZ: Sí, me parece bien.', 'ANA RUIZ: De acuerdo.'], 'el lunes a la una'],
    ['fr', ['CLAIRE DUMONT: On est d’accord avec le lundi à treize heures ?', 'PAUL MARTIN: Oui, ça me va.', 'JULIE ROY: D’accord.'], 'le lundi à treize heures'],
    ['pt', ['JOANA TAVARES: Estamos de acordo com a segunda à uma hora?', 'RUI COSTA: Sim, acho ótimo.', 'ANA LIMA: De acordo.'], 'a segunda à uma hora']
  ]
  it.each(agreedWith)('states "are we fine with X?" answered yes as X, never "we will X" (%s)', (language, turns, word) => {
    const found = decisions(language, turns)
    expect(found.some((text) => text.startsWith(word))).toBe(true)
  })

  const tagged: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: We publish the report on Monday, is that okay?', 'OWEN PRICE: Yes, agreed.', 'LENA WOLFF: Sounds good.'], 'we publish the report on monday'],
    ['es', ['ROSA QUINTERO: Publicamos el informe el lunes, ¿está bien?', 'DIEGO PAZ: Sí, de acuerdo.', 'ANA RUIZ: Me parece bien.'], 'publicamos el informe el lunes'],
    ['fr', ['CLAIRE DUMONT: On publie le rapport lundi, ça vous va ?', 'PAUL MARTIN: Oui, d’accord.', 'JULIE ROY: Ça me va.'], 'on publie le rapport lundi'],
    ['pt', ['JOANA TAVARES: Publicamos o relatório na segunda, tudo bem?', 'RUI COSTA: Sim, de acordo.', 'ANA LIMA: Combinado.'], 'publicamos o relatório na segunda']
  ]
  it.each(tagged)('states a proposal with a question tagged on, agreed, without the tag (%s)', (language, turns, text) => {
    expect(decisions(language, turns)).toContain(text)
  })

  it('counts a yes that repeats what was asked ("sí, enero está bien") as no second decision', () => {
    const found = decisions('es', ['ROSA QUINTERO: ¿Hacemos la presentación en enero?', 'DIEGO PAZ: Sí, enero está bien.', 'ANA RUIZ: De acuerdo.'])
    expect(found).toHaveLength(1)
  })

  const spoken: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: So yeah, the consensus is we will keep the call at thirty minutes.'], 'thirty minutes'],
    ['en', ['MARTA LINDQVIST: So the plan is that we will publish the roadmap next week.'], 'roadmap'],
    ['en', ['MARTA LINDQVIST: I think we are agreed then, the budget goes to the council as it is.'], 'budget'],
    ['en', ['MARTA LINDQVIST: So we will use 0.25 as the rate for all the figures in the budget.'], '0.25'],
    ['en', ['MARTA LINDQVIST: So Monday it is, every Monday from next week.'], 'monday'],
    ['en', ['MARTA LINDQVIST: So for now we are going to keep Tuesdays.'], 'tuesdays'],
    ['es', ['ROSA QUINTERO: Bueno, entonces lo dejamos así, la reunión sigue los martes.'], 'martes'],
    ['fr', ['CLAIRE DUMONT: Bon, alors on fait comme ça, la réunion reste le mardi.'], 'mardi'],
    ['fr', ['CLAIRE DUMONT: Parfait, le budget est donc approuvé.'], 'budget'],
    ['es', ['ROSA QUINTERO: Perfecto, el presupuesto queda entonces aprobado.'], 'presupuesto'],
    ['pt', ['JOANA TAVARES: Perfeito, o orçamento está então aprovado.'], 'orçamento']
  ]
  it.each(spoken)('takes a conclusion as chairs say it (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const romance: Array<[Language, string[], string]> = [
    ['es', ['ROSA QUINTERO: Bueno, entonces quedamos en que la próxima reunión es el jueves.'], 'quedamos en que la próxima reunión es el jueves.'],
    ['es', ['ROSA QUINTERO: Perfecto, entonces se decide que el informe sale en marzo.'], 'se decide que el informe sale en marzo.'],
    ['es', ['ROSA QUINTERO: Listo, vamos a usar la plantilla nueva para todos los informes.'], 'vamos a usar la plantilla nueva para todos los informes.'],
    ['es', ['ROSA QUINTERO: Bien, por consenso mantenemos la cuota en veinte dólares.'], 'por consenso mantenemos la cuota en veinte dólares.'],
    ['es', ['ROSA QUINTERO: ¿Estamos todos de acuerdo en posponer la votación?', 'DIEGO PAZ: Sí.', 'ANA RUIZ: Sí, de acuerdo.'], 'vamos a posponer la votación'],
    ['fr', ['CLAIRE DUMONT: Bon, on est d’accord : la prochaine réunion aura lieu jeudi.'], 'on est d’accord : la prochaine réunion aura lieu jeudi.'],
    ['fr', ['CLAIRE DUMONT: Très bien, on retient la deuxième date.'], 'on retient la deuxième date.'],
    ['fr', ['CLAIRE DUMONT: On valide donc le budget tel qu’il est.'], 'on valide donc le budget tel qu’il est.'],
    ['fr', ['CLAIRE DUMONT: Est-ce que tout le monde est d’accord pour reporter le vote ?', 'PAUL MARTIN: Oui.', 'JULIE ROY: Oui, d’accord.'], 'nous allons reporter le vote'],
    ['pt', ['JOANA TAVARES: Bom, então combinamos que a próxima reunião é na quinta.'], 'combinamos que a próxima reunião é na quinta.'],
    ['pt', ['JOANA TAVARES: Se ninguém se opuser, a ata está aprovada.'], 'se ninguém se opuser, a ata está aprovada.'],
    ['pt', ['JOANA TAVARES: Todo mundo concorda em adiar a votação?', 'RUI COSTA: Sim.', 'ANA LIMA: Sim, concordo.'], 'vamos adiar a votação']
  ]
  it.each(romance)('takes a conclusion as Spanish, French and Portuguese chairs say it, stated without its "bien," (%s: %j)', (language, turns, text) => {
    expect(decisions(language, turns)).toContain(text)
  })

  it('takes no decision from "we are all agreed" said inside an opinion', () => {
    expect(decisions('en', ['OWEN PRICE: But showing real cases is I think we are all agreed is really the most useful way of doing it.'])).toEqual([])
  })

  const formal: Array<[string[], string]> = [
    [['THE CONVENER: I propose that we take items 4 and 5 in private. Are we agreed?\n\nMembers indicated agreement.'], 'in private'],
    [['THE CONVENER: Are members content to note the petition and close it?', 'MEMBERS: Yes.'], 'petition'],
    [['THE CONVENER: The committee agrees to write to the minister on both points.'], 'minister'],
    [['THE CHAIR: The question is that the amendment be agreed to. The amendment is agreed to.'], 'amendment'],
    [['THE CHAIR: Six for and three against. The motion is therefore agreed to.'], 'motion']
  ]
  it.each(formal)('takes a decision as a committee in session records it (%j)', (turns, word) => {
    expect(decisions('en', turns).some((text) => text.includes(word))).toBe(true)
  })

  const agreesTo: Array<[Language, string, string]> = [
    ['en', 'THE CONVENER: The committee agrees to write to the minister on both points.', 'minister'],
    ['es', 'ROSA QUINTERO: La comisión acuerda escribir al ministro sobre ambos puntos.', 'ministro'],
    ['fr', 'CLAIRE DUMONT: La commission décide d’écrire au ministre sur les deux points.', 'ministre'],
    ['pt', 'JOANA TAVARES: A comissão decide escrever ao ministro sobre os dois pontos.', 'ministro']
  ]
  it.each(agreesTo)('takes "the committee agrees to…" said in the present, and not "decides whether" (%s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  it('takes "se aprueba el acta" and "aprova-se a ata" as decisions, and "¿se aprueba o no?" as none', () => {
    expect(decisions('es', ['ROSA QUINTERO: Se aprueba el acta de la sesión anterior.']).some((text) => text.includes('acta'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Aprova-se a ata da reunião anterior.']).some((text) => text.includes('ata'))).toBe(true)
    expect(decisions('es', ['ROSA QUINTERO: ¿Se aprueba o no el acta?'])).toEqual([])
  })

  it('takes no decision from "la comisión decide si…"', () => {
    expect(decisions('es', ['ROSA QUINTERO: La comisión decide si escribe al ministro.'])).toEqual([])
  })

  const designed: Array<[string[], string]> = [
    [['PROJECT MANAGER: So we are going for the kidney shape then, with rubber buttons.'], 'kidney'],
    [['INDUSTRIAL DESIGNER: Should we use a solar cell?', 'PROJECT MANAGER: No, we will stick to a normal battery.'], 'battery'],
    [['MARKETING: I think the fruit theme works well.', 'PROJECT MANAGER: Okay, fruit and vegetables then.', 'USER INTERFACE: Yeah.'], 'fruit'],
    [['OWEN PRICE: We will freeze the code on Monday and then test for a week.', 'LENA WOLFF: Yes, that is the plan.'], 'freeze']
  ]
  it.each(designed)('takes a choice made in a design or project meeting (%j)', (turns, word) => {
    expect(decisions('en', turns).some((text) => text.includes(word))).toBe(true)
  })

  it('takes no decision from "let\'s keep in mind…" or "let\'s keep going", and one from "let\'s keep the charter as it is"', () => {
    expect(decisions('en', ['OWEN PRICE: Let\'s keep in mind that the evaluation takes time.'])).toEqual([])
    expect(decisions('en', ['OWEN PRICE: Let\'s keep going.'])).toEqual([])
    expect(decisions('en', ['OWEN PRICE: Let\'s keep the charter as it is.'])).toHaveLength(1)
  })

  it('takes no decision from "we are going to stick to that approach" said in a statement, nor from "okay, see you then"', () => {
    expect(decisions('en', ['OWEN PRICE: It is always important to protect people, and we are going to stick to that approach.'])).toEqual([])
    expect(decisions('en', ['OWEN PRICE: Okay, see you then.'])).toEqual([])
  })

  it('takes "acordamos…", "vamos con…", "todos están a favor" and "ficou combinado"', () => {
    expect(decisions('es', ['ROSA QUINTERO: Acordamos posponer la elección hasta enero.']).some((text) => text.includes('elección'))).toBe(true)
    expect(decisions('es', ['ROSA QUINTERO: Entonces vamos con la segunda opción.']).some((text) => text.includes('segunda opción'))).toBe(true)
    expect(decisions('es', ['ROSA QUINTERO: Todos están a favor, así que seguimos adelante con el piloto.']).some((text) => text.includes('piloto'))).toBe(true)
    expect(decisions('pt', ['JOANA TAVARES: Ficou combinado que a oficina será em Recife.']).some((text) => text.includes('recife'))).toBe(true)
  })

  it('takes "we will do that" from someone else as agreement, and a consent sentence that says what was put', () => {
    expect(decisions('en', ['OWEN PRICE: I think we should publish the roadmap on the wiki.', 'LENA WOLFF: I agree.', 'MARTA LINDQVIST: Okay, we will do that.']).some((text) => text.includes('roadmap'))).toBe(true)
    const consent = decisions('en', ["MARTA LINDQVIST: If there are no objections, we'll adopt the agenda as circulated.", 'MARTA LINDQVIST: Seeing none, the agenda is adopted.'])
    expect(consent.some((text) => text.includes('agenda'))).toBe(true)
    expect(consent.some((text) => text.includes('thank you'))).toBe(false)
  })

  it('counts a decision said again in the next turn once, and two decisions alike in a word or two twice', () => {
    expect(decisions('en', ["MARTA LINDQVIST: So we'll move the call to Thursdays from next month.", "OWEN PRICE: Great, so the call moves to Thursdays, that's agreed."])).toHaveLength(1)
    expect(decisions('en', ["MARTA LINDQVIST: So we'll publish the report on Monday.", "OWEN PRICE: And we'll publish the survey results on Friday, that's agreed."])).toHaveLength(2)
  })

  it('states a decision without the "Great," or "Perfecto," it was said with', () => {
    expect(decisions('en', ["OWEN PRICE: Great, so the call moves to Thursdays, that's agreed."])).toContain('the call moves to thursdays')
    expect(decisions('es', ['DIEGO PAZ: Perfecto, entonces nos quedamos con la sala grande.'])).toContain('nos quedamos con la sala grande.')
  })

  it('states a proposal opened with "um", and counts its "kinetic it is" once', () => {
    const found = decisions('en', ['MARTA LINDQVIST: Okay so um shall we go for the kinetic battery then?', 'OWEN PRICE: Yeah, fine.', 'LENA VOSS: Yep.', 'MARTA LINDQVIST: Okay, kinetic it is.'])
    expect(found).toEqual(['we will go for the kinetic battery then'])
  })

  const notChoices: Array<[Language, string[]]> = [
    ['en', ['MARTA LINDQVIST: Okay, that is how it is.']],
    ['en', ['MARTA LINDQVIST: Okay, so it is.']],
    ["en", ["MARTA LINDQVIST: We're not going to move. It keeps changing every week."]],
    ['en', ['OWEN PRICE: I am fine, thanks. How about you?', 'LENA WOLFF: Yeah, good.']],
    ['en', ["MARTA LINDQVIST: Before we go ahead with the figures, a word on the agenda."]],
    ['en', ["MARTA LINDQVIST: Next week we'll make our final decision, after the survey."]],
    ['es', ['ROSA QUINTERO: ¿Tenemos quórum?', 'DIEGO PAZ: Sí.']],
    ['es', ['ROSA QUINTERO: ¿Decidimos algo la semana pasada?', 'DIEGO PAZ: Sí, claro.']],
    ['fr', ['CLAIRE DUMONT: On a reçu le document ?', 'PAUL MARTIN: Oui.']],
    ['pt', ['JOANA TAVARES: Temos quórum?', 'RUI COSTA: Sim.']],
    ['en', ['MARTA LINDQVIST: Can we start?', 'OWEN PRICE: Yes.']],
    ['es', ['ROSA QUINTERO: ¿Qué decidimos sobre el presupuesto?']],
    ['es', ['ROSA QUINTERO: Todavía no decidimos nada sobre el presupuesto.']],
    ['en', ['MARTA LINDQVIST: Should we record this session?', 'OWEN PRICE: Yes, please.']],
    ['es', ['ROSA QUINTERO: ¿Podemos empezar?', 'DIEGO PAZ: Sí.']],
    ['pt', ['JOANA TAVARES: Podemos começar?', 'RUI COSTA: Sim.']]
  ]
  it.each(notChoices)('reads no choice into a shrug or a complaint (%s: %j)', (language, turns) => {
    expect(decisions(language, turns)).toEqual([])
  })
})

describe('decisions as committee calls say them', () => {
  const opened: Record<Language, string> = {
    en: 'ALEX MORGAN: Welcome to the call of Monday 4 December 2028.',
    es: 'ALEX MORGAN: Bienvenidos a la llamada del lunes 4 de diciembre de 2028.',
    fr: 'ALEX MORGAN: Bienvenue à la réunion du lundi 4 décembre 2028.',
    pt: 'ALEX MORGAN: Bem-vindos à reunião de segunda-feira 4 de dezembro de 2028.'
  }
  const nextMeetings = (language: Language, turns: string[]) =>
    record(`${opened[language]}\n\n${turns.join('\n\n')}\n`, {languages: [language]}).decisions.filter((decision) => /2028/.test(decision.text))
  const deadlines: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Please send your comments before the next meeting, by Thursday 7 December 2028.', 'MARTA LINDQVIST: The next meeting is on Thursday 7 December 2028.'],
    ['es', 'ROSA QUINTERO: Envíen sus comentarios antes de la próxima reunión, el jueves 7 de diciembre de 2028.', 'ROSA QUINTERO: La próxima reunión es el jueves 7 de diciembre de 2028.'],
    ['fr', 'CLAIRE DUMONT: Envoyez vos remarques avant la prochaine réunion, le jeudi 7 décembre 2028.', 'CLAIRE DUMONT: La prochaine réunion aura lieu le jeudi 7 décembre 2028.'],
    ['pt', 'JOANA TAVARES: Enviem os comentários antes da próxima reunião, na quinta-feira 7 de dezembro de 2028.', 'JOANA TAVARES: A próxima reunião é na quinta-feira 7 de dezembro de 2028.']
  ]
  it.each(deadlines)('reads no meeting date from a deadline set by the next meeting (%s)', (language, deadline, meeting) => {
    expect(nextMeetings(language, [deadline])).toEqual([])
    expect(nextMeetings(language, [meeting])).toHaveLength(1)
  })

  const farewells: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: Thanks, everyone. See you on Thursday.', 'MARTA LINDQVIST: Thanks, everyone. See you on Thursday at 15:00 UTC.'],
    ['es', 'ROSA QUINTERO: Gracias a todos. Nos vemos el jueves.', 'ROSA QUINTERO: Gracias a todos. Nos vemos el jueves a las 15:00 UTC.'],
    ['fr', 'CLAIRE DUMONT: Merci à tous. À jeudi, pour la prochaine réunion.', 'CLAIRE DUMONT: Merci à tous. À jeudi.'],
    ['pt', 'JOANA TAVARES: Obrigada a todos. Nos vemos na quinta-feira.', 'JOANA TAVARES: Obrigada a todos. Nos vemos na quinta-feira às 15:00 UTC.']
  ]
  it.each(farewells)('takes a goodbye that names a day for the next meeting only with its hour, or with the meeting named (%s)', (language, first, second) => {
    // French names no meeting with "À jeudi" at all: the pair is the other way round.
    const [without, with_] = language === 'fr' ? [second, first] : [first, second]
    expect(nextMeetings(language, [without])).toEqual([])
    expect(nextMeetings(language, [with_])).toHaveLength(1)
  })

  const steering: Array<[Language, string[], string[], string]> = [
    ['en', ['MARTA LINDQVIST: Shall we move on to the next item?', 'OWEN PRICE: Yes, sounds good.'], ['MARTA LINDQVIST: Shall we move the workshop to May?', 'OWEN PRICE: Yes, sounds good.'], 'workshop'],
    ['es', ['ROSA QUINTERO: ¿Podemos pasar al siguiente punto?', 'DIEGO PAZ: Sí, de acuerdo.'], ['ROSA QUINTERO: ¿Podemos pasar el taller a mayo?', 'DIEGO PAZ: Sí, de acuerdo.'], 'taller'],
    ['fr', ['CLAIRE DUMONT: Pouvons-nous passer au point suivant ?', "PAUL MARTIN: Oui, d'accord."], ['CLAIRE DUMONT: Pouvons-nous déplacer l’atelier en mai ?', "PAUL MARTIN: Oui, d'accord."], 'atelier'],
    ['pt', ['JOANA TAVARES: Podemos passar para o próximo ponto?', 'RUI COSTA: Sim, de acordo.'], ['JOANA TAVARES: Podemos passar a oficina para maio?', 'RUI COSTA: Sim, de acordo.'], 'oficina']
  ]
  it.each(steering)('takes no decision from steering the call, and one from the same words about the work (%s)', (language, procedure, work, word) => {
    expect(decisions(language, procedure)).toEqual([])
    expect(decisions(language, work).some((text) => text.includes(word))).toBe(true)
  })

  const open: Array<[Language, string, string]> = [
    ['en', 'MARTA LINDQVIST: The decision is whether the seat should be filled before the summer.', 'MARTA LINDQVIST: The decision is that the seat is filled before the summer.'],
    ['es', 'ROSA QUINTERO: La decisión es si el puesto se cubre antes del verano.', 'ROSA QUINTERO: La decisión es cubrir el puesto antes del verano.'],
    ['fr', 'CLAIRE DUMONT: La décision est si le siège doit être pourvu avant l’été.', 'CLAIRE DUMONT: La décision est de pourvoir le siège avant l’été.'],
    ['pt', 'JOANA TAVARES: A decisão é se o lugar deve ser preenchido antes do verão.', 'JOANA TAVARES: A decisão é preencher o lugar antes do verão.']
  ]
  it.each(open)('takes no decision that is still open ("the decision is whether…") (%s)', (language, pending, taken) => {
    expect(decisions(language, [pending])).toEqual([])
    expect(decisions(language, [taken])).toHaveLength(1)
  })

  const believed: Array<[Language, string]> = [
    ['en', 'MARTA LINDQVIST: There is still a problem with the ballot, even though we thought it was resolved.'],
    ['es', 'ROSA QUINTERO: Todavía hay un problema con la votación, aunque creíamos que quedó resuelto.'],
    ['fr', 'CLAIRE DUMONT: Il reste un problème avec le scrutin, alors que nous pensions qu’il a été résolu.'],
    ['pt', 'JOANA TAVARES: Ainda há um problema com a votação, embora achávamos que foi resolvido.']
  ]
  it.each(believed)('takes no decision from what someone believed was settled (%s)', (language, turn) => {
    expect(decisions(language, [turn])).toEqual([])
  })

  const endorsed: Array<[Language, string[], string[], string]> = [
    [
      'en',
      ['MARTA LINDQVIST: We looked at the survey results together.', 'MARTA LINDQVIST: What I would recommend is that we publish the summary through the newsletter next week.', 'MARTA LINDQVIST: And I have drafted a short post for it already.'],
      ["OWEN PRICE: I think it's good.", 'LENA VOSS: Yeah, I love it.'],
      'newsletter'
    ],
    [
      'es',
      ['ROSA QUINTERO: Revisamos juntos los resultados de la encuesta.', 'ROSA QUINTERO: Mi sugerencia es que publiquemos el resumen en el boletín la próxima semana.', 'ROSA QUINTERO: Ya preparé un texto corto para eso.'],
      ['DIEGO PAZ: Creo que está bien.', 'LUIS VEGA: Sí, me encanta.'],
      'boletín'
    ],
    [
      'fr',
      ['CLAIRE DUMONT: Nous avons regardé ensemble les résultats du sondage.', 'CLAIRE DUMONT: Ma suggestion serait de publier le résumé dans la lettre d’information la semaine prochaine.', 'CLAIRE DUMONT: J’ai déjà préparé un court texte pour cela.'],
      ['PAUL MARTIN: Je pense que c’est bien.', "LUC BERNARD: Oui, j'adore."],
      'lettre'
    ],
    [
      'pt',
      ['JOANA TAVARES: Vimos juntos os resultados da pesquisa.', 'JOANA TAVARES: Minha sugestão é publicarmos o resumo no boletim na próxima semana.', 'JOANA TAVARES: Já preparei um texto curto para isso.'],
      ['RUI COSTA: Acho que está bom.', 'ANA REIS: Sim, adorei.'],
      'boletim'
    ]
  ]
  it.each(endorsed)('takes a proposal said across turns of one speaker and endorsed by the next speakers (%s)', (language, proposal, replies, word) => {
    expect(decisions(language, [...proposal, ...replies]).some((text) => text.includes(word))).toBe(true)
    expect(decisions(language, proposal).some((text) => text.includes(word))).toBe(false)
  })

  const moved: Example[] = [
    ['en', ["MARTA LINDQVIST: I'm fine with proposing that we have 12:30 UTC going forward as the new meeting time."], '12:30'],
    ['es', ['ROSA QUINTERO: Dejamos las 12:30 UTC como el nuevo horario de la reunión.'], '12:30'],
    ['fr', ['CLAIRE DUMONT: À partir de janvier, la réunion est déplacée au jeudi à 12 h 30.'], 'jeudi'],
    ['pt', ['JOANA TAVARES: A partir de janeiro, a reunião passa para quinta-feira às 12h30.'], 'quinta']
  ]
  it.each(moved)('takes a new meeting time as a decision (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const talk: Array<[Language, string]> = [
    [
      'en',
      'MARTA LINDQVIST: I think maybe you know the process that the other committee runs in its public repository, where every change is discussed openly for weeks, and we decided that we would use a similar approach for our amendments, but of course a lot less technical and with fewer steps for everyone.'
    ],
    [
      'es',
      'ROSA QUINTERO: Creo que quizás ya conocen el proceso que el otro comité sigue en su repositorio público, donde cada cambio se discute abiertamente durante semanas, y se decidió usar un enfoque parecido para nuestras enmiendas, aunque claro mucho menos técnico y con menos pasos para todos los que participan.'
    ],
    [
      'fr',
      'CLAIRE DUMONT: Je pense que vous connaissez peut-être le processus que l’autre comité suit dans son dépôt public, où chaque changement est discuté ouvertement pendant des semaines, et ils ont décidé d’utiliser une approche semblable pour nos amendements, mais bien sûr beaucoup moins technique et avec moins d’étapes pour tout le monde.'
    ],
    [
      'pt',
      'JOANA TAVARES: Acho que talvez vocês conheçam o processo que o outro comitê segue no seu repositório público, onde cada mudança é discutida abertamente durante semanas, e concordamos em usar uma abordagem parecida para as nossas emendas, mas claro muito menos técnica e com menos etapas para todos os envolvidos.'
    ]
  ]
  it.each(talk)('keeps a decision word inside long, hedged talk as a candidate only (%s)', (language, turn) => {
    const result = run(language, [turn])
    expect(result.decisions).toEqual([])
    expect(result.candidates?.some((item) => item.kind === 'decision')).toBe(true)
  })

  const relative: Array<[Language, string]> = [
    ['en', 'MARTA LINDQVIST: The report shows the areas where we have consensus and the ones still in dispute.'],
    ['es', 'ROSA QUINTERO: El informe muestra los temas en los que hemos acordado algo y los que siguen en disputa.'],
    ['fr', 'CLAIRE DUMONT: Le rapport montre les sujets où nous avons convenu de quelque chose et ceux encore discutés.'],
    ['pt', 'JOANA TAVARES: O relatório mostra os temas em que concordamos e os que ainda estão em disputa.']
  ]
  it.each(relative)('takes no decision from a relative clause ("the areas where we have consensus", "where we agreed") (%s)', (language, turn) => {
    expect(decisions(language, [turn])).toEqual([])
  })

  it('states a decision said in a long sentence by the clause that decides', () => {
    const [decision] = run('en', [
      'MARTA LINDQVIST: So after all the back and forth about the venue, the catering, the dates and the budget that we went through in the last hour with everyone on the call and in the chat, we have agreed to hold the retreat in Lisbon in May, and Owen books the rooms.'
    ]).decisions
    expect(decision!.text).toBe('We have agreed to hold the retreat in Lisbon in May')
    expect(decision!.evidence.quote).toContain('back and forth')
  })

  const powerless: Example[] = [
    ['en', ['MARTA LINDQVIST: Only three members are here today, so no decisions can be made on the budget.'], 'budget'],
    ['es', ['ROSA QUINTERO: Hoy solo hay tres miembros, así que no se pueden tomar decisiones sobre el presupuesto.'], 'presupuesto'],
    ['fr', ['CLAIRE DUMONT: Seuls trois membres sont là aujourd’hui, donc aucune décision ne peut être prise sur le budget.'], 'budget'],
    ['pt', ['JOANA TAVARES: Só há três membros hoje, então nenhuma decisão pode ser tomada sobre o orçamento.'], 'orçamento']
  ]
  it.each(powerless)('takes a meeting that cannot decide ("no decisions can be made") as a decision about the meeting (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const tallied: Array<[Language, string[], string, string]> = [
    ['en', ['MARTA LINDQVIST: Please raise your hand if you support a second workshop this week.', 'MARTA LINDQVIST: So, four out of six. So we are good to go with the workshop.'], 'workshop', 'MARTA LINDQVIST: Four out of six members answered the survey.'],
    ['es', ['ROSA QUINTERO: Levanten la mano si apoyan un segundo taller esta semana.', 'ROSA QUINTERO: Bien, cuatro de seis. Entonces estamos listos con el taller.'], 'taller', 'ROSA QUINTERO: Cuatro de seis miembros respondieron la encuesta.'],
    ['fr', ['CLAIRE DUMONT: Levez la main si vous soutenez un deuxième atelier cette semaine.', "CLAIRE DUMONT: Bon, quatre sur six. C'est bon pour l'atelier."], 'atelier', "CLAIRE DUMONT: Quatre sur six membres ont répondu à l'enquête."],
    ['pt', ['JOANA TAVARES: Levantem a mão se apoiam uma segunda oficina esta semana.', 'JOANA TAVARES: Bem, quatro de seis. Então podemos seguir com a oficina.'], 'oficina', 'JOANA TAVARES: Quatro de seis membros responderam à pesquisa.']
  ]
  it.each(tallied)('takes a count of hands with the outcome said after it, not a count alone (%s)', (language, turns, word, count) => {
    expectDecisionHolding(language, turns, word)
    expect(decisions(language, [count])).toEqual([])
  })

  const passed: Example[] = [
    ['en', ['MARTA LINDQVIST: I checked the poll on the charter this morning and it had passed with a clear margin.'], 'charter'],
    ['es', ['ROSA QUINTERO: Revisé la encuesta del estatuto esta mañana y la propuesta había pasado con claridad.'], 'estatuto'],
    ['fr', ['CLAIRE DUMONT: J’ai vérifié le vote sur la charte ce matin et la motion avait été adoptée nettement.'], 'charte'],
    ['pt', ['JOANA TAVARES: Verifiquei a votação do regimento hoje de manhã e a proposta tinha passado com folga.'], 'regimento']
  ]
  it.each(passed)('takes a poll reported passed (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const closed: Array<[Language, string, string, string]> = [
    ['en', 'MARTA LINDQVIST: I will update the travel policy so that per diems follow the committee rules. Do you all agree with that?', 'Okay, perfect.', 'travel'],
    ['es', 'ROSA QUINTERO: Voy a actualizar la política de viajes para que las dietas sigan las reglas del comité. ¿Están todos de acuerdo?', 'Vale, perfecto.', 'viajes'],
    ['fr', "CLAIRE DUMONT: Je vais mettre à jour la politique de voyage pour que les indemnités suivent les règles du comité. Vous êtes tous d'accord ?", 'Parfait, merci.', 'voyage'],
    ['pt', 'JOANA TAVARES: Vou atualizar a política de viagens para que as diárias sigam as regras do comitê. Vocês todos concordam?', 'Ótimo, perfeito.', 'viagens']
  ]
  it.each(closed)('takes what was put when the chair asks for agreement and closes it in the same breath (%s)', (language, asked, closing, word) => {
    expect(decisions(language, [`${asked} ${closing}`]).some((text) => text.includes(word))).toBe(true)
    expect(decisions(language, [asked]).some((text) => text.includes(word))).toBe(false)
  })

  const deferred: Example[] = [
    ['en', ['MARTA LINDQVIST: We are short of time, so we are leaving the summit planning for next week.'], 'summit'],
    ['es', ['ROSA QUINTERO: Se nos acaba el tiempo, así que dejamos la planificación de la cumbre para la próxima reunión.'], 'cumbre'],
    ['fr', ['CLAIRE DUMONT: Nous manquons de temps, donc nous reportons la préparation du sommet à la prochaine réunion.'], 'sommet'],
    ['pt', ['JOANA TAVARES: Estamos sem tempo, então deixamos o planejamento da cúpula para a próxima reunião.'], 'cúpula']
  ]
  it.each(deferred)('takes an item left for the next meeting (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const extended: Example[] = [
    ['en', ['MARTA LINDQVIST: Some members could not vote, so we extend the chair election until Monday.'], 'election'],
    ['es', ['ROSA QUINTERO: Algunos miembros no pudieron votar, así que extendemos la elección hasta el lunes.'], 'elección'],
    ['fr', ['CLAIRE DUMONT: Certains membres n’ont pas pu voter, donc nous prolongeons l’élection jusqu’à lundi.'], 'élection'],
    ['pt', ['JOANA TAVARES: Alguns membros não conseguiram votar, então prorrogamos a eleição até segunda-feira.'], 'eleição']
  ]
  it.each(extended)('takes a deadline extended to a stated day (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  const planTaken: Example[] = [
    ['en', ['MARTA LINDQVIST: From February, each week we will give half an hour of our meeting to one of the agencies.', 'OWEN PRICE: That would be perfect.'], 'agencies'],
    ['es', ['ROSA QUINTERO: Desde febrero, cada semana vamos a dar media hora de la reunión a una de las agencias.', 'DIEGO PAZ: Eso sería perfecto.'], 'agencias'],
    ['fr', ['CLAIRE DUMONT: À partir de février, chaque semaine nous allons donner une demi-heure de la réunion à une des agences.', 'PAUL MARTIN: Ce serait parfait.'], 'agences'],
    ['pt', ['JOANA TAVARES: A partir de fevereiro, toda semana vamos dar meia hora da reunião a uma das agências.', 'RUI COSTA: Isso seria perfeito.'], 'agências']
  ]
  it.each(planTaken)('takes a plan the next speaker welcomes ("That would be perfect") (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
    expect(decisions(language, turns.slice(0, 1)).some((text) => text.includes(word))).toBe(false)
  })

  const offered: Example[] = [
    ['en', ['MARTA LINDQVIST: We only have ten minutes left. Would you like to move your presentation to the next session?', "OWEN PRICE: That would be preferable, if that's fine with everyone."], 'presentation'],
    ['es', ['ROSA QUINTERO: Solo quedan diez minutos. ¿Te gustaría mover tu presentación a la próxima sesión?', 'DIEGO PAZ: Sí, sería preferible.'], 'presentación'],
    ['fr', ['CLAIRE DUMONT: Il ne reste que dix minutes. Voulez-vous reporter votre présentation à la prochaine séance ?', 'PAUL MARTIN: Oui, ce serait préférable.'], 'présentation'],
    ['pt', ['JOANA TAVARES: Só restam dez minutos. Você gostaria de passar sua apresentação para a próxima sessão?', 'RUI COSTA: Sim, seria preferível.'], 'apresentação']
  ]
  it.each(offered)('takes an offer to move an item that its presenter accepts, stated, not asked (%s)', (language, turns, word) => {
    const texts = decisions(language, turns).filter((text) => text.includes(word))
    expect(texts).toHaveLength(1)
    expect(texts[0]!.endsWith('?')).toBe(false)
  })

  it('reads a reply across a timestamp heading between the turns', () => {
    const texts = decisions('en', ['MARTA LINDQVIST: We only have ten minutes left. Would you like to move your presentation to the next session?', '### 00:40:00', "OWEN PRICE: That would be preferable, if that's fine with everyone."])
    expect(texts.some((text) => text.includes('presentation'))).toBe(true)
  })

  const opinions: Array<[Language, string, string]> = [
    ['en', "MARTA LINDQVIST: So we'll go with the two regions we know best, that's my two cents.", "MARTA LINDQVIST: So we'll go with the two regions we know best."],
    ['es', 'ROSA QUINTERO: En mi opinión, nos quedamos con las dos regiones que mejor conocemos.', 'ROSA QUINTERO: Entonces nos quedamos con las dos regiones que mejor conocemos.'],
    ['fr', 'CLAIRE DUMONT: À mon avis, donc on garde les deux régions que nous connaissons le mieux.', 'CLAIRE DUMONT: Donc on garde les deux régions que nous connaissons le mieux.'],
    ['pt', 'JOANA TAVARES: Na minha opinião, então ficamos com as duas regiões que conhecemos melhor.', 'JOANA TAVARES: Então ficamos com as duas regiões que conhecemos melhor.']
  ]
  it.each(opinions)('keeps a conclusion said as one person\'s opinion out of the minutes (%s)', (language, opinion, conclusion) => {
    expect(decisions(language, [opinion])).toEqual([])
    expect(decisions(language, [conclusion])).toHaveLength(1)
  })

  const askedIdea: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: Would it be a good idea to share the survey findings at the summit?', 'OWEN PRICE: Let me check my notes first.', 'LENA VOSS: Sounds good to me.'], 'summit'],
    ['es', ['ROSA QUINTERO: ¿Sería buena idea compartir los resultados de la encuesta en la cumbre?', 'DIEGO PAZ: Déjame revisar mis notas primero.', 'LUIS VEGA: Me parece bien.'], 'cumbre'],
    ['fr', ['CLAIRE DUMONT: Ce serait une bonne idée de partager les résultats du sondage au sommet ?', 'PAUL MARTIN: Je vérifie mes notes d’abord.', 'LUC BERNARD: Ça me va.'], 'sommet'],
    ['pt', ['JOANA TAVARES: Seria uma boa ideia compartilhar os resultados da pesquisa na cúpula?', 'RUI COSTA: Deixa eu ver minhas anotações primeiro.', 'ANA REIS: Concordo.'], 'cúpula']
  ]
  it.each(askedIdea)('takes a proposal asked of the meeting that someone agrees to a turn later (%s)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  it('states consent by what its declarer put, past a thank-you from someone else', () => {
    const texts = decisions('en', [
      'MARTA LINDQVIST: We hold a short call on Thursday with the product committee to scope the work. Any objections?',
      'OWEN PRICE: Thank you for organising that.',
      'MARTA LINDQVIST: No objections, so that is what we do.'
    ])
    expect(texts.some((text) => text.includes('thursday'))).toBe(true)
    expect(texts.some((text) => text.includes('thank you'))).toBe(false)
  })

  const precise: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: I would suggest we have the budget finished before the publication date. I would say by the 10th of April at the latest.', 'OWEN PRICE: So good.'], '10th of april'],
    ['es', ['ROSA QUINTERO: Propongo que tengamos el presupuesto listo antes de la publicación. Diría que a más tardar el 10 de abril.', 'DIEGO PAZ: Todo bien.'], '10 de abril'],
    ['fr', ['CLAIRE DUMONT: Je propose que le budget soit prêt avant la publication. Je dirais au plus tard le 10 avril.', 'PAUL MARTIN: Très bien.'], '10 avril'],
    ['pt', ['JOANA TAVARES: Proponho que o orçamento esteja pronto antes da publicação. Eu diria no máximo até 10 de abril.', 'RUI COSTA: Tudo bem.'], '10 de abril']
  ]
  it.each(precise)('takes a proposal agreed with a short "good", with the sentence after it that makes it precise (%s)', (language, turns, words) => {
    const found = run(language, turns).decisions.filter((decision) => decision.evidence.quote.toLowerCase().includes(words))
    expect(found).toHaveLength(1)
  })

  it('reads a condition only in its own clause, and takes a proposal its proposer closes on the agreement', () => {
    const turns = [
      'MARTA LINDQVIST: If the best way forward is a working group, here it makes sense. yeah, Owen, I think we should send you the template for the working group charter.',
      'OWEN PRICE: This sounds good.'
    ]
    expect(decisions('en', turns).some((text) => text.includes('template'))).toBe(false)
    expect(decisions('en', [...turns, 'MARTA LINDQVIST: I think that sounds good.']).some((text) => text.includes('template'))).toBe(true)
  })
})


describe('decisions put off, chairs named and plans taken up', () => {
  const putOff: Array<[Language, string[], string]> = [
    ['en', ["MARTA LINDQVIST: We'll hold off on the newsletter until January."], 'newsletter'],
    ['en', ["MARTA LINDQVIST: We'll revisit the budget question at the next meeting."], 'budget question'],
    ['es', ['ROSA QUINTERO: Retomamos el presupuesto en la próxima reunión.'], 'presupuesto'],
    ['es', ['ROSA QUINTERO: Dejamos en pausa el boletín hasta enero.'], 'boletín'],
    ['fr', ['CLAIRE DUMONT: On reprendra le budget à la prochaine réunion.'], 'budget'],
    ['fr', ["CLAIRE DUMONT: On met la lettre d'information en attente jusqu'en janvier."], "lettre d'information"],
    ['pt', ['JOANA TAVARES: Retomamos o orçamento na próxima reunião.'], 'orçamento'],
    ['pt', ['JOANA TAVARES: Deixamos o boletim em espera até janeiro.'], 'boletim']
  ]
  it.each(putOff)('takes what the group puts off or puts on hold as a decision (%s: %j)', (language, turns, word) => {
    expectDecisionHolding(language, turns, word)
  })

  it('takes "we\'ve agreed to…" as "we have agreed to…"', () => {
    expect(decisions('en', ["MARTA LINDQVIST: So we've agreed to merge the two phases."]).some((text) => text.includes('merge the two phases'))).toBe(true)
  })

  it('takes a chair named after a vote, however it is said', () => {
    const turns = ['SANJAYA PERERA: Hello.', 'MARTA LINDQVIST: Sanjaya gets five votes and Jose gets two, so Sanjaya is the co-chair.', 'MARTA LINDQVIST: Congratulations Owen, you are our new vice chair.']
    const found = decisions('en', turns)
    expect(found.some((text) => text.includes('co-chair'))).toBe(true)
    expect(found.some((text) => text.includes('vice chair'))).toBe(true)
  })

  const newChairs: Array<[Language, string, string]> = [
    ['es', 'ROSA QUINTERO: Felicidades Diego, eres nuestro nuevo vicepresidente.', 'vicepresidente'],
    ['fr', 'CLAIRE DUMONT: Félicitations Paul, tu es notre nouveau vice-président.', 'vice-président'],
    ['pt', 'JOANA TAVARES: Parabéns Rui, você é o nosso novo vice-presidente.', 'vice-presidente']
  ]
  it.each(newChairs)('takes a new chair congratulated as such (%s)', (language, turn, word) => {
    expect(decisions(language, [turn]).some((text) => text.includes(word))).toBe(true)
  })

  it('takes a plan said with "on fera…" that two others agree to', () => {
    const found = decisions('fr', ['CLAIRE DUMONT: On fera le vote sur le forum cette fois.', 'PAUL MARTIN: Ça me va.', "JULIE ROY: D'accord."])
    expect(found.some((text) => text.includes('forum'))).toBe(true)
  })

  it('states a proposal agreed to as "Is everyone okay with that?" by the statement before, not by "that"', () => {
    const found = decisions('en', ['MARTA LINDQVIST: We will make the bulk payment for the five months. Is everyone okay with that?', 'OWEN PRICE: Yes.', 'LENA WOLFF: Yes.'])
    expect(found.some((text) => text.includes('bulk payment'))).toBe(true)
    expect(found).not.toContain('that')
  })

  it('takes a plan the turn ends on as decided when two others agree, and not when one does', () => {
    const plan = "MARTA LINDQVIST: We'll run the vote on the forum this time."
    expect(decisions('en', [plan, 'OWEN PRICE: Sounds good.', 'LENA WOLFF: Agreed.']).some((text) => text.includes('vote on the forum'))).toBe(true)
    expect(decisions('en', [plan, 'OWEN PRICE: Sounds good.', 'LENA WOLFF: One more thing about the agenda for next week.'])).toEqual([])
  })
})

describe('consent and rulings stated as what was put', () => {
  const consented: Array<[Language, string[], string]> = [
    ['en', ['MARTA LINDQVIST: I propose we move the call to Thursdays. Does anyone object?', "MARTA LINDQVIST: Okay, I see no objections, so that's what we'll do."], 'we will move the call to thursdays'],
    ['en', ["MARTA LINDQVIST: I propose we move the call to Thursdays. Any objection? No? Then it's agreed."], 'we will move the call to thursdays'],
    ['es', ['ROSA QUINTERO: ¿Aprobamos la agenda? ¿Alguna objeción? No veo ninguna, queda aprobada.'], 'aprobamos la agenda'],
    ['es', ['ROSA QUINTERO: Propongo pasar la llamada a los jueves. ¿Alguien se opone? Bien, nadie se opone, así que lo hacemos así.'], 'pasar la llamada a los jueves'],
    ['fr', ["CLAIRE DUMONT: On adopte l'ordre du jour ? Des objections ? Je n'en vois pas, il est adopté."], "adopte l'ordre du jour"],
    ['fr', ["CLAIRE DUMONT: Je propose de passer l'appel au jeudi. Quelqu'un s'y oppose ? Non ? Alors c'est décidé."], "passer l'appel au jeudi"],
    ['pt', ['JOANA TAVARES: Aprovamos a pauta? Alguma objeção? Não vejo nenhuma, está aprovada.'], 'aprovamos a pauta'],
    ['pt', ['JOANA TAVARES: Proponho passar a chamada para as quintas. Alguém se opõe? Ninguém, então fica assim.'], 'passar a chamada para as quintas']
  ]
  it.each(consented)('states consent or a ruling that names nothing as the proposal it settles, once (%s: %j)', (language, turns, put) => {
    const found = decisions(language, turns)
    expect(found.filter((text) => text.includes(put))).toHaveLength(1)
    expect(found.some((text) => /objection|objeción|oppose|opõe|agreed\.?$|décidé\.?$|aprovada\.?$|aprobada\.?$|adopté\.?$/u.test(text))).toBe(false)
  })

  it('states a ruling said after its own clause as that clause, and never takes thanks for what was put', () => {
    expect(decisions('en', ["MARTA LINDQVIST: The price will be twelve fifty, that's settled."])).toEqual(['the price will be twelve fifty'])
    const found = decisions('en', ['MARTA LINDQVIST: Thank you all for coming today.', "OWEN PRICE: Then it's agreed."])
    expect(found.some((text) => text.includes('thank'))).toBe(false)
  })
})
