import {describe, expect, it} from 'vitest'
import {parseQuery, toStemQuery} from '../src/archive/query.js'
import {fold, stemText, stemWord} from '../src/archive/stem.js'
import {matchItems, similarity} from '../src/archive/match.js'
import {snippet} from '../src/archive/archive.js'
import {toMatch} from '../src/archive/sqlite/engine.js'
import {formatSearch} from '../src/cli/archive-commands.js'

describe('stems', () => {
  it('meet across inflections and accents, in each language', () => {
    expect(stemWord('decided', 'en')).toBe(stemWord('decide', 'en'))
    expect(stemWord('acordamos', 'es')).toBe(stemWord('acordar', 'es'))
    expect(stemWord('réunion', 'fr')).toBe(stemWord('reunion', 'fr'))
    expect(stemWord('Réunions', 'fr')).toBe(stemWord('réunion', 'fr'))
    expect(stemWord('decidimos', 'pt')).toBe(stemWord('decidir', 'pt'))
    expect(stemWord('metrics', 'en')).not.toBe(stemWord('matrix', 'en'))
  })

  it('fold to lower case without marks', () => {
    expect(fold('Réunion À Genève')).toBe('reunion a geneve')
    expect(stemText('Nous avons décidé', 'fr').split(' ')).toHaveLength(3)
    expect(stemText('', 'en')).toBe('')
  })
})

describe('queries', () => {
  it('quotes make a phrase; everything else is a plain word', () => {
    expect(parseQuery('metrics "working group" 2019').clauses).toEqual([['metrics'], ['working', 'group'], ['2019']])
    expect(parseQuery('NEAR(a b) * -c d:e').clauses).toEqual([['NEAR'], ['a'], ['b'], ['c'], ['d'], ['e']])
    expect(parseQuery('"unbalanced quote').clauses).toEqual([['unbalanced'], ['quote']])
    expect(parseQuery('* - " :').clauses).toEqual([])
  })

  it('become quoted stems that no engine reads as operators', () => {
    const match = toMatch(toStemQuery(parseQuery('NEAR(metrics) "said OR not" AND')))
    for (const clause of match.split(' AND ')) expect(clause).toMatch(/^\((?:"[\p{L}\p{N} ]+"(?: OR )?)+\)$/u)
  })
})

describe('snippets', () => {
  it('mark the matched words in the original text, accents kept', () => {
    const terms = new Set(toStemQuery(parseQuery('reunion')).flat(2))
    expect(snippet('Dans 15 jours, il y aura une réunion du Comité.', terms, 'fr')).toBe('Dans 15 jours, il y aura une «réunion» du Comité.')
  })

  it('are cut around the first match in a long passage', () => {
    const text = `${'word '.repeat(100)}the metrics matter ${'more '.repeat(100)}`
    const cut = snippet(text, new Set(['metric']), 'en')
    expect(cut.startsWith('…')).toBe(true)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut).toContain('«metrics»')
    expect(cut.length).toBeLessThan(220)
  })
})

describe('re-extraction matching', () => {
  const item = (text: string, line: number, type = 'action') => ({type, text, quote: text, startLine: line, endLine: line})

  it('pairs by words first, then by place', () => {
    const stored = [item('Send the metrics draft to the list', 10), item('Book the room for March', 20)]
    const fresh = [item('Book a room for March', 25), item('Send the metrics draft to the mailing list', 14), item('Something new', 11)]
    expect(matchItems(stored, fresh)).toEqual([1, 0])
  })

  it('never pairs different types or unlike words at the same place', () => {
    expect(matchItems([item('Send the draft', 10)], [item('Send the draft', 10, 'decision')])).toEqual([-1])
    expect(matchItems([item('Send the draft', 10)], [item('Approve the budget today', 10)])).toEqual([-1])
    expect(similarity('Réunion', 'reunion')).toBe(1)
  })
})

describe('search output', () => {
  const hit = {
    type: 'decision' as const,
    id: 7,
    text: 'Metrics go to a small group.',
    snippet: '«Metrics» go to a small group.',
    speaker: 'Ana Lima',
    meeting: {id: 2, title: 'Call', group: 'Metrics Subcommittee', date: '2020-03-04', language: 'en'},
    source: {path: 'calls/2020-03-04.txt', startLine: 12, endLine: 13}
  }

  it('names what was found, where and when', () => {
    expect(formatSearch({total: 1, hits: [hit]}, 'metrics')).toBe(
      ['1 found for "metrics":', '', 'decision #7 · Metrics Subcommittee, 2020-03-04 · Ana Lima', '    «Metrics» go to a small group.', '    calls/2020-03-04.txt:12-13'].join('\n')
    )
    expect(formatSearch({total: 0, hits: []}, 'nothing')).toBe('Nothing found for "nothing".')
  })

  it('says "more than" when counting stopped', () => {
    expect(formatSearch({total: 10_000, capped: true, hits: [hit]}, 'group').split('\n')[0]).toBe('More than 10,000 found for "group", best 1 shown:')
  })
})
