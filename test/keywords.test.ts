import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cuesFor, expandedPatterns, mayMatch} from '../src/lexicon/cues.js'
import {keysOf, requiredKeys} from '../src/lexicon/keywords.js'
import {lexiconData, lexiconLanguages} from '../src/lexicon/index.js'

describe('keyword index', () => {
  it('reads the literal words a match must contain', () => {
    expect(requiredKeys(String.raw`\b(?:we|the group) (?:have )?(?:agreed|decided) (?:on|to)\b`)?.sort()).toEqual(['agreed', 'decided'])
    expect(requiredKeys(String.raw`\bapologi[sz]ed\b`)).toEqual(['apologi'])
    expect(requiredKeys(String.raw`\bany objections?\b`)).toEqual(['any objection'])
    // Nothing certain: an optional word, or only a name.
    expect(requiredKeys(String.raw`(?:please )?\p{Lu}\p{L}+`)).toBeNull()
    expect(requiredKeys(String.raw`\b(?:sounds good|\+1)`)?.sort()).toEqual(['+1', 'sounds good'])
    // Either apostrophe reads as the straight one, in the key and in the text scanned.
    expect(requiredKeys(String.raw`\bc['\u2019]est (?:réglé|décidé)\b`)).toEqual(["c'est "])
  })

  it('never passes over a sentence a pattern matches', {timeout: 60_000}, () => {
    const samples = fileURLToPath(new URL('../samples/', import.meta.url))
    // Every twentieth sentence of the samples keeps the test quick.
    const sentences = readdirSync(samples)
      .flatMap((name) => readFileSync(`${samples}${name}`, 'utf8').split(/(?<=[.?!])\s+|\n+/u))
      .filter((_, index) => index % 20 === 0)
    sentences.push(
      'Hearing no objections, the motion carries.',
      "Sí, hagámoslo así.",
      "Personne ne s'y oppose ? C'est adopté.",
      'Personne ne s’y oppose ? C’est adopté.',
      'We’ll go ahead with the pilot, let’s do that.',
      'Alguma objeção? Então está aprovado.'
    )
    let skipped = 0
    for (const language of lexiconLanguages) {
      const cues = cuesFor(language)
      const families = [...Object.values(cues.decisions), ...Object.values(cues.actions), ...Object.values(cues.attendance)] as RegExp[][]
      for (const family of families) {
        for (const pattern of family) {
          const plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
          for (const sentence of sentences) {
            if (mayMatch(pattern, sentence)) continue
            skipped++
            expect(plain.test(sentence), `${language} ${pattern.source} on “${sentence}”`).toBe(false)
          }
        }
      }
    }
    // The index must actually pass over most pairs.
    expect(skipped).toBeGreaterThan(1_000)
  })

  it('indexes nearly every cue pattern by some key word', () => {
    for (const language of lexiconLanguages) {
      const cues = cuesFor(language)
      const patterns = [...Object.values(cues.decisions).flat(), ...cues.actions.commitment, ...cues.actions.request] as RegExp[]
      const keyed = patterns.filter((pattern) => keysOf(pattern) !== null)
      expect(keyed.length / patterns.length, language).toBeGreaterThan(0.8)
    }
  })

  it('takes no key words from the lists of plain words (task verbs, determiners, words that end a noun phrase)', () => {
    const raws = new Set(expandedPatterns('en').map((pattern) => pattern.raw))
    const {taskVerbs, determiners, phraseEnds} = lexiconData('en').actions
    for (const word of ['send', 'the', "hasn't", 'still']) expect([...taskVerbs, ...determiners, ...phraseEnds]).toContain(word)
    for (const word of ['send', 'the', "hasn't", 'still']) expect(raws.has(word), word).toBe(false)
  })
})
