import {describe, expect, it} from 'vitest'
import detectLanguage from '../src/stages/detect-language.js'
import {record} from './helpers/run.js'

const english = 'We are going to discuss the proposal for the working group and we will send the document to all of the members after the call.'
const spanish = 'Vamos a discutir la propuesta del grupo de trabajo y después enviaremos el documento a todos los miembros cuando termine la llamada.'
const french = 'Nous allons discuter de la proposition du groupe de travail et nous enverrons le document à tous les membres après la réunion.'
const portuguese = 'Vamos discutir a proposta do grupo de trabalho e depois enviaremos o documento para todos os membros quando terminar a chamada.'

describe('language', () => {
  it('detects the language of every segment and of the document, as ISO 639-1', () => {
    const result = record(`ANA: ${spanish}\n\nBEN: ${english} ${english}\n\nCLARA: ${french}\n\nDORA: ${portuguese}\n\nBEN: Ok.`)
    expect(result.segments.map((segment) => [segment.language, segment.languageSource])).toEqual([
      ['es', 'detected'],
      ['en', 'detected'],
      ['fr', 'detected'],
      ['pt', 'detected'],
      ['en', 'inherited']
    ])
    expect(result.language).toBe('en')
  })

  it('reads segments among the candidates it is given', () => {
    const result = record(`ANA: ${spanish}\n\nBEN: ${portuguese}`, {languages: ['en', 'pt']})
    expect(result.segments.map((segment) => segment.language)).toEqual(['pt', 'pt'])
  })

  it('reports a document in a language outside the candidates instead of mislabelling it', () => {
    const czech =
      'Tak já se omlouvám, já jsem si nestihl nic přečíst z toho, co jsi napsal od včera. Takže já vlastně vůbec nevím, co jsi napsal, ale díky, že jsi to napsal. Já už jsem se nějak bál, že už s tím nic nebudeš dělat. Tak aspoň máme času na to, abychom to všechno prošli a domluvili se, co dál.'
    const result = record(`PERSON1: ${czech}\nPERSON2: ${czech}\nPERSON1: ${czech}`)
    expect(result.language).toBe('cs')
    expect(result.warnings.map((warning) => warning.ruleId)).toContain('language-not-a-candidate')
  })

  it('still reports languages that share short words with the candidates (Italian, German)', () => {
    const italian =
      'Allora, direi di cominciare con il primo punto della riunione di oggi. Abbiamo ricevuto la bozza del documento la settimana scorsa e ci sono ancora alcune osservazioni da discutere. Vorrei che ognuno di voi leggesse il testo con attenzione prima della prossima volta, così possiamo decidere insieme.'
    const german =
      'Also, ich würde sagen, wir fangen mit dem ersten Punkt der heutigen Sitzung an. Wir haben den Entwurf des Dokuments letzte Woche bekommen, und es gibt noch einige Anmerkungen, über die wir sprechen müssen. Ich möchte, dass jeder den Text vor dem nächsten Mal genau liest, damit wir gemeinsam entscheiden können.'
    for (const [text, language] of [
      [italian, 'it'],
      [german, 'de']
    ] as const) {
      const result = record(`PERSON1: ${text}\nPERSON2: ${text}\nPERSON1: ${text}`)
      expect(result.language).toBe(language)
      expect(result.warnings.map((warning) => warning.ruleId)).toContain('language-not-a-candidate')
    }
  })

  it('refuses options it cannot use, naming them', () => {
    expect(() => detectLanguage({languages: ['english']})).toThrow(TypeError)
    expect(() => detectLanguage({languages: ['english']})).toThrow(/english/)
    expect(() => detectLanguage({minLength: 0})).toThrow(/minLength/)
  })
})
