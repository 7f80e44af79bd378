import type {Unit} from '../data.js'
import type {Candidate, Evidence} from '../record.js'
import {cliticOf, keyGroupsAt, keyMarks, mayMatchMarked, type Cues} from '../lexicon/cues.js'

declare module 'vfile' {
  interface DataMap {
    /** Items below the confidence threshold, for review; numbered when the record is built. */
    candidates: Candidate[]
  }
}

/** Lowest confidence an item needs to be kept as a candidate (below the threshold of the minutes). */
export const candidateFloor = 0.3

/** Something an extraction stage found, before it becomes a record item. */
export interface Found {
  unit: Unit
  /** Text offsets in the unit of the passage that is evidence. */
  start: number
  end: number
  /** Text offset of the cue; the quote keeps the part of the passage that holds it. */
  focus: number
  text: string
  confidence: number
  /** Whose words the evidence is (the unit's speaker unless said otherwise). */
  speaker?: string | null
}

/** Clamp a confidence to 0.05–0.99, two decimals. */
export function confidence(value: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100
}

/** Whether a confidence reaches a threshold, compared at two decimals (0.7 − 0.2 is 0.5). */
export function reaches(value: number, threshold: number): boolean {
  return confidence(value) >= threshold
}

/**
 * Whether the words before `at` in a sentence put it inside a condition or a
 * hypothesis ("see if it is approved", "when we form a committee"): the one
 * check every stage uses, read from the lexicon's `conditional` words.
 */
export function conditionalBefore(cues: Cues, text: string, at: number): boolean {
  return at > 0 && matches(cues.conditional, text.slice(0, at))
}

/**
 * Whether the cue at `at` sits inside a condition, read from the start of its
 * own clause: a sentence run on without a capital ("…if that is the best way,
 * here it makes sense. yeah, I think we should…") is not conditional as a whole.
 */
export function conditionalInClause(cues: Cues, text: string, at: number): boolean {
  let start = 0
  for (const stop of text.slice(0, at).matchAll(/[.!?;]\s+/gu)) start = stop.index + stop[0].length
  return conditionalBefore(cues, text.slice(start), at - start)
}

/** Whether any pattern matches; only patterns whose key words the text holds are run. */
export function matches(patterns: readonly RegExp[], text: string): boolean {
  const groups = keyGroupsAt(patterns)
  const marks = keyMarks(text)
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index]!
    if (mayMatchMarked(groups, index, marks, pattern, text) && pattern.test(text)) return true
  }
  return false
}

/** The first match of any pattern whose key words the text holds. */
export function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined
  const groups = keyGroupsAt(patterns)
  const marks = keyMarks(text)
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index]!
    if (!mayMatchMarked(groups, index, marks, pattern, text)) continue
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.index)) best = match
  }
  return best
}

const clauseEnd =
  /\s+(?:because|so that|since|while|although|but|if|unless|where|when)\s+|,?\s+(?:and|y|et|e)\s+(?:I|we|you|he|she|they|yo|nosotros|je|nous|vous|eu|nós)\s+|\s+[–—]\s+|[;:]\s+|[.!?]\s+(?=\p{L})|\s*\((?![^)]*\))/iu

const clauseEnds = new RegExp(clauseEnd.source, 'giu')

/**
 * What is to be done, read from a sentence from its verb on, up to the end of
 * the clause, first letter capitalised: "I will post them on the Wiki page"
 * → "Post them on the Wiki page".
 */
export function taskFrom(sentence: string, from: number): string {
  let task = sentence.slice(from).trim()
  // The first clause end past the verb's first words; "Host and we can…" keeps going to the next one.
  clauseEnds.lastIndex = 13
  const cut = clauseEnds.exec(task)
  if (cut) task = task.slice(0, cut.index)
  task = task.replace(/[\s,.;:!?]+$/u, '')
  // "Send me the list, please": the courtesy is no part of the task.
  task = task.replace(/[\s,]+(?:please|por favor|s['’]il (?:te|vous) pla[iî]t|por gentileza)$/iu, '')
  if (task.split(/\s+/).length < 2) task = sentence.trim().replace(/[\s,;:]+$/u, '')
  task = shortened(withoutRestarts(task))
  return task.charAt(0).toUpperCase() + task.slice(1)
}

/** Whether one to three words are said twice in a row (case aside): "I'll I'll", "with the with the". */
function repeatsAWord(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/)
  for (let at = 0; at < words.length; at++) {
    for (let size = 1; size <= 3 && at + 2 * size <= words.length; size++) {
      let same = true
      for (let offset = 0; offset < size && same; offset++) same = words[at + offset] === words[at + size + offset]
      if (same) return true
    }
  }
  return false
}

/** Words a speaker said twice over as they restarted ("I'll I'll do that", "include me with the with the mail"), said once. */
const restart = /(?<![\p{L}\p{N}'’])((?:[\p{L}\p{N}'’]+\s+){0,2}[\p{L}\p{N}'’]+)\s+\1(?![\p{L}\p{N}'’])/giu

function withoutRestarts(text: string): string {
  // Most texts say no words twice in a row: one pass over the words says so without the expression.
  if (!repeatsAWord(text)) return text
  let result = text
  for (let previous = ''; previous !== result; ) {
    previous = result
    result = result.replace(restart, '$1')
  }
  return result
}

const taskWords = 25
/** Words where talk run on without punctuation turns to something else ("…the slides so we can see um what"). */
const turn = /^(?:so|because|but|um|uh|erm|like|which|whereas|although|though|yeah|okay|ok)$/iu
/** Words where a speaker corrects themself ("…last week, I mean the ones near the station"). */
const correction = /^(?:i mean|o sea|je veux dire|quer dizer|ou seja)(?![\p{L}])/iu

/**
 * A task of at most 25 words: one run on by an automatic transcript is cut
 * where the talk turns ("so", "because", "um", "I mean") or else at the 25th word, and
 * says so with "…"; the evidence keeps the whole sentence.
 */
function shortened(task: string): string {
  const words = task.split(/\s+/)
  if (words.length <= taskWords) return task
  let end = taskWords
  for (let at = taskWords - 1; at >= 8; at--) {
    if (turn.test(words[at]!.replace(/[,.;:!?]+$/u, '')) || correction.test(words.slice(at, at + 3).join(' '))) {
      end = at
      break
    }
  }
  return `${words.slice(0, end).join(' ').replace(/[\s,;:]+$/u, '')}…`
}

/** A sentence cleaned for display as a decision: leading fillers dropped. */
export function statement(text: string): string {
  const trimmed = withoutRestarts(text)
    .trim()
    .replace(/^(?:(?:so|okay|ok|well|yes|yeah|and|then|also|alright|all right|right|now|um|uh|erm|sí|bueno|entonces|eh|oui|alors|donc|bon|euh|sim|então|hum)[,.!]?\s+|(?:great|perfect|good|fine|perfecto|genial|vale|listo|bien|muy bien|de acuerdo|parfait|très bien|d'accord|d’accord|ótimo|perfeito|beleza|bom|muito bem)[,.!]\s+)+/iu, '')
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
}

/** Evidence for a found item, cut from the source through the unit's text map. */
export function evidenceOf(found: Found): Evidence | undefined {
  const speaker = found.speaker === undefined ? found.unit.speaker : found.speaker
  return found.unit.text.evidence(found.start, found.end, speaker, found.focus)
}

/** Whether two found items overlap in one unit. */
export function overlaps(a: Found, b: Found): boolean {
  return a.unit === b.unit && a.start < b.end && b.start < a.end
}

const wordCache = new Map<string, Set<string>>()

/** Content words of a text, for near-duplicate checks. */
export function contentWords(text: string): Set<string> {
  let words = wordCache.get(text)
  if (words) return words
  if (wordCache.size > 10_000) wordCache.clear()
  words = new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .match(/\p{L}{4,}/gu) ?? []
  )
  wordCache.set(text, words)
  return words
}

/** Share of words two texts have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const left = contentWords(a)
  const right = contentWords(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return shared / (left.size + right.size - shared)
}

/**
 * A task whose object is a pronoun ("Look for it") with the pronoun replaced
 * by the last thing the sentence before names with a determiner ("Sergio, do
 * you have the governance document?" → "Look for the governance document").
 * The task is returned unchanged when the sentence before names nothing;
 * `named` is the referent when the caller knows it already.
 */
export function resolveObject(cues: Cues, task: string, verb: string, before: string, named?: string): string {
  // "Eu vou procurá-lo": a task kept as said opens with the words before its verb; resolved, it opens with the verb.
  const at = task.toLowerCase().indexOf(` ${verb.toLowerCase()}`) + 1
  if (at > 0 && !task.toLowerCase().startsWith(verb.toLowerCase())) {
    const fromVerb = task.slice(at)
    const resolved = resolveObject(cues, fromVerb, verb, before, named)
    return resolved === fromVerb ? task : resolved.charAt(0).toUpperCase() + resolved.slice(1)
  }
  // "Le chercher ce soir", "Buscarlo esta noche": the pronoun is part of the verb as said.
  const clitic = cliticOf(cues, verb)
  if (clitic) {
    // "Vou procurá-lo.": the stop after the pronoun is no part of the task.
    const rest = task.slice(verb.length).trim().replace(/^[.,;:!?…]+$/u, '')
    // "Enviarles el borrador": an object said after the verb makes the pronoun whom it is for.
    const next = /^\p{L}+/u.exec(rest)?.[0].toLowerCase()
    if (next && cues.data.actions.determiners.includes(next) && cues.timeRef.exec(rest)?.index !== 0) return task
    const referent = named ?? lastNounPhrase(cues, before)
    if (!referent) return task
    const stated = [clitic.verb.toLowerCase(), referent, ...(rest ? [rest] : [])].join(' ')
    return stated.charAt(0).toUpperCase() + stated.slice(1)
  }
  const words = task.split(/\s+/)
  const verbWords = verb.split(/\s+/).length
  const pronoun = words[verbWords]?.toLowerCase().replace(/[.,;:!?]+$/u, '')
  if (!pronoun || !cues.data.actions.objectPronouns.includes(pronoun)) return task
  // "Post that information": a demonstrative before a noun names its object already.
  const after = words[verbWords + 1]?.toLowerCase().replace(/[.,;:!?]+$/u, '')
  const pronounEnds = !/[.,;:!?]$/u.test(words[verbWords]!)
  if (after && pronounEnds && cues.data.actions.determiners.includes(pronoun) && !cues.data.actions.prepositions.includes(after) && !cues.data.stopwords.includes(after)) return task
  const referent = named ?? lastNounPhrase(cues, before)
  if (!referent) return task
  const rest = words.slice(verbWords + 1).join(' ')
  return [...words.slice(0, verbWords), referent, ...(rest ? [rest] : [])].join(' ')
}

/**
 * The thing named first and taken up by a pronoun after a comma ("The slides
 * from the workshop, can you send them…" → "the slides from the workshop"):
 * the last stretch between commas, when it opens with a determiner.
 */
export function dislocatedPhrase(cues: Cues, opening: string): string | undefined {
  const chunk = opening.split(/,\s*/u).map((part) => part.replace(/[¿¡]/gu, '').trim()).filter((part) => /\p{L}/u.test(part)).at(-1)
  if (!chunk || longerThan(chunk, 8)) return undefined
  const first = /^\p{L}+/u.exec(chunk)?.[0]
  if (!first || !cues.data.actions.determiners.includes(first.toLowerCase()) || !longerThan(chunk, 1)) return undefined
  return first.toLowerCase() + chunk.slice(first.length)
}

interface PhraseWords {
  stop: ReadonlySet<string>
  determiners: ReadonlySet<string>
  links: ReadonlySet<string>
  linkArticles: ReadonlySet<string>
}

const phraseWords = new WeakMap<Cues, PhraseWords>()

/** The words that end a noun phrase, open one or tie one to the one before, in lower case, worked out once per language. */
function nounPhraseWords(cues: Cues): PhraseWords {
  let words = phraseWords.get(cues)
  if (!words) {
    const {stopwords} = cues.data
    const {objectPronouns, determiners, phraseLinks, linkArticles, phraseEnds} = cues.data.actions
    const lower = (list: readonly string[]): Set<string> => new Set(list.map((word) => word.toLowerCase()))
    words = {
      stop: lower([...stopwords, ...objectPronouns, ...determiners, ...phraseLinks, ...linkArticles, ...phraseEnds]),
      determiners: lower(determiners),
      links: lower(phraseLinks),
      linkArticles: lower(linkArticles)
    }
    phraseWords.set(cues, words)
  }
  return words
}

/**
 * The last determiner and up to four content words after it, in a sentence,
 * with the phrase it is tied to just before ("the slides from the workshop",
 * "las notas del taller").
 */
export function lastNounPhrase(cues: Cues, sentence: string): string | undefined {
  const {stop, determiners, links, linkArticles} = nounPhraseWords(cues)
  const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu) ?? []
  const content = (token: string | undefined): boolean => token !== undefined && /^[\p{L}\p{N}]/u.test(token) && !stop.has(token.toLowerCase())
  const contentFrom = (from: number): number => {
    let next = from
    for (let words = 0; next < tokens.length && words < 4; words++) {
      if (content(tokens[next])) next++
      // "le document de gouvernance": a link before a noun with no article goes on with the phrase.
      else if (next > from && links.has(tokens[next]!.toLowerCase()) && content(tokens[next + 1])) next += 2
      else break
    }
    return next
  }
  let best: string | undefined
  /** Where the best phrase ends, and whether it was tied to one before already. */
  let bestEnd = -1
  let tied = false
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.toLowerCase()
    // "…the notes del taller": a link that carries its article opens the rest of the phrase before it.
    if (linkArticles.has(word) && best !== undefined && bestEnd === at && !tied) {
      const end = contentFrom(at + 1)
      if (end > at + 1) {
        best = `${best} ${word} ${tokens.slice(at + 1, end).join(' ')}`
        bestEnd = end
        tied = true
      }
      continue
    }
    if (!determiners.has(word)) continue
    const end = contentFrom(at + 1)
    if (end === at + 1) continue
    const phrase = [word, ...tokens.slice(at + 1, end)].join(' ')
    const link = at > 0 ? tokens[at - 1]!.toLowerCase() : ''
    // "the slides from the workshop": the phrase after "from", "of", "de" belongs to the one just before it.
    if (best !== undefined && bestEnd === at - 1 && links.has(link) && !tied) {
      best = `${best} ${tokens[at - 1]} ${phrase}`
      tied = true
    } else {
      best = phrase
      tied = false
    }
    bestEnd = end
  }
  return best
}

/** Whether a text has more than `limit` words, counted without a copy of it. */
export function longerThan(text: string, limit: number): boolean {
  let words = 0
  let inWord = false
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160
    if (!space && !inWord && ++words > limit) return true
    inWord = !space
  }
  return false
}
