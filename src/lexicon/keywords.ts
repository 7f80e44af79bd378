/**
 * One keyword automaton over the cue patterns of every lexicon: each pattern
 * is read once for the literal words any match of it must contain ("agreed",
 * "decided" for `\b(?:we|the group) (?:have )?(?:agreed|decided)\b`), and a
 * sentence runs only the patterns whose key words it contains. A pattern
 * with no such word (one that opens with a name and nothing literal) always
 * runs.
 *
 * The key words are found from the pattern itself, so the lexicon files stay
 * plain regular expressions and cannot drift from their keys.
 */
import {RegExpParser, type AST} from '@eslint-community/regexpp'

/** Literal strings of which a match must contain one; `null` when nothing is certain. */
type Keys = string[] | null

const parser = new RegExpParser({ecmaVersion: 2025})

/** Shortest key worth indexing: one letter would select nearly every sentence. */
const minKeyLength = 2
/** Key groups kept per pattern: a match holds a key of each. */
const maxGroups = 3

/** How selective a group of keys is: its shortest key, and fewer keys break ties. */
const selectivity = (keys: string[]): number => Math.min(...keys.map((key) => key.trim().length)) * 100 - keys.length

/**
 * Groups of literal words, lower case, such that every match of `source`
 * contains one word of each group; `null` when no literal is certain (the
 * pattern must always run).
 */
export function requiredKeyGroups(source: string, flags = 'u'): string[][] | null {
  let pattern: AST.Pattern
  try {
    pattern = parser.parsePattern(source, 0, source.length, {unicode: flags.includes('u'), unicodeSets: false})
  } catch {
    return null
  }
  if (pattern.alternatives.length > 1) {
    const keys = disjunction(pattern.alternatives)
    return keys ? [keys] : null
  }
  const groups = options(pattern.alternatives[0]!.elements)
  if (groups.length === 0) return null
  return groups.sort((a, b) => selectivity(b) - selectivity(a)).slice(0, maxGroups)
}

/** The literal words one of which every match of `source` contains (its most selective group). */
export function requiredKeys(source: string, flags = 'u'): Keys {
  return requiredKeyGroups(source, flags)?.[0] ?? null
}

function disjunction(alternatives: readonly AST.Alternative[]): Keys {
  const keys = new Set<string>()
  for (const alternative of alternatives) {
    const found = sequence(alternative.elements)
    if (!found) return null
    for (const key of found) keys.add(key)
  }
  return [...keys]
}

/** Every key group a sequence requires: its literal runs, and what its elements require. */
function options(elements: readonly AST.Element[]): string[][] {
  const found: string[][] = []
  let run = ''
  const endRun = (): void => {
    if (run.trim().length >= minKeyLength) found.push([run])
    run = ''
  }
  for (const element of elements) {
    const literal = literalOf(element)
    if (literal !== undefined) {
      run += literal
      continue
    }
    endRun()
    const keys = elementKeys(element)
    if (keys) found.push(keys)
  }
  endRun()
  return found
}

/** The most selective key group of a sequence. */
function sequence(elements: readonly AST.Element[]): Keys {
  const found = options(elements)
  if (found.length === 0) return null
  return found.reduce((best, keys) => (selectivity(keys) > selectivity(best) ? keys : best))
}

/** The text a single element stands for, when it is one fixed character (either apostrophe reads as the straight one). */
function literalOf(element: AST.Element): string | undefined {
  if (element.type === 'Character') return folded(element.value)
  if (element.type === 'CharacterClass' && !element.negate && element.elements.every((each) => each.type === 'Character')) {
    const characters = new Set(element.elements.map((each) => folded((each as AST.Character).value)))
    if (characters.size === 1) return [...characters][0]
  }
  return undefined
}

const typographicApostrophe = 0x2019

/** A key character as the scan reads the text: lower case, the typographic apostrophe as the straight one. */
function folded(code: number): string {
  return code === typographicApostrophe ? "'" : String.fromCodePoint(code).toLowerCase()
}

function elementKeys(element: AST.Element): Keys {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return disjunction(element.alternatives)
    case 'Quantifier':
      return element.min === 0 ? null : elementKeys(element.element)
    default:
      return null
  }
}

/**
 * An Aho–Corasick automaton over lower-case keys: one pass over a text
 * reports which keys it contains.
 */
class Automaton {
  private readonly next: Array<Map<number, number>> = [new Map()]
  private readonly fail: number[] = [0]
  private readonly output: number[][] = [[]]

  constructor(keys: readonly string[]) {
    for (const [index, key] of keys.entries()) {
      let state = 0
      for (let at = 0; at < key.length; at++) {
        const code = key.charCodeAt(at)
        let target = this.next[state]!.get(code)
        if (target === undefined) {
          target = this.next.length
          this.next.push(new Map())
          this.fail.push(0)
          this.output.push([])
          this.next[state]!.set(code, target)
        }
        state = target
      }
      this.output[state]!.push(index)
    }
    const queue: number[] = [...this.next[0]!.values()]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      for (const [code, target] of this.next[state]!) {
        let fallback = this.fail[state]!
        while (fallback !== 0 && !this.next[fallback]!.has(code)) fallback = this.fail[fallback]!
        const via = this.next[fallback]!.get(code)
        this.fail[target] = via !== undefined && via !== target ? via : 0
        this.output[target] = [...this.output[target]!, ...this.output[this.fail[target]!]!]
        queue.push(target)
      }
    }
  }

  /** Transitions on ASCII code units in one flat table (state × 128), each worked out when first taken; -1 until then. */
  private ascii: Int32Array | undefined

  /** Marks in `found` every key the text contains, and lists each once in `hits`. */
  scan(text: string, found: Uint8Array, hits: number[]): void {
    const table = (this.ascii ??= new Int32Array(this.next.length * 128).fill(-1))
    let state = 0
    for (let at = 0; at < text.length; at++) {
      // Case folded on the way, without a lower-case copy of the text.
      let code = text.charCodeAt(at)
      if (code < 128) {
        if (code >= 65 && code <= 90) code += 32
        const known = table[state * 128 + code]!
        state = known >= 0 ? known : this.asciiStep(table, state, code)
      } else {
        code = lowerCode(code)
        let target = this.next[state]!.get(code)
        while (target === undefined && state !== 0) {
          state = this.fail[state]!
          target = this.next[state]!.get(code)
        }
        state = target ?? 0
      }
      const output = this.output[state]!
      for (let index = 0; index < output.length; index++) {
        const key = output[index]!
        if (found[key] === 0) {
          found[key] = 1
          hits.push(key)
        }
      }
    }
  }

  /** The transition from `state` on an ASCII code, failure links followed, kept in the table. */
  private asciiStep(table: Int32Array, state: number, code: number): number {
    const direct = this.next[state]!.get(code)
    const target = direct ?? (state === 0 ? 0 : this.asciiStep(table, this.fail[state]!, code))
    table[state * 128 + code] = target
    return target
  }
}

const lowered = new Map<number, number>()

/** The lower-case form of a UTF-16 code unit, the typographic apostrophe read as the straight one (itself when lower-casing changes its length). */
function lowerCode(code: number): number {
  let lower = lowered.get(code)
  if (lower === undefined) {
    const text = folded(code)
    lower = text.length === 1 ? text.charCodeAt(0) : code
    lowered.set(code, lower)
  }
  return lower
}

const keyIds = new Map<string, number>()
const keyList: string[] = []
/** Key id groups of each pattern (a match holds a key of each group); `null`: the pattern always runs. */
export type IdGroups = ReadonlyArray<readonly number[]> | null
const patternKeys = new WeakMap<RegExp, IdGroups>()
let automaton: Automaton | undefined
let lastText: string | undefined
let lastFound: readonly number[] = []
/** Scratch marks for one scan, cleared after it. */
let marks = new Uint8Array(0)

/** Key id groups of a pattern source, computed once per source. */
const sourceKeys = new Map<string, IdGroups>()

function idOf(key: string): number {
  let id = keyIds.get(key)
  if (id === undefined) {
    id = keyList.length
    keyIds.set(key, id)
    keyList.push(key)
    automaton = undefined
  }
  return id
}

function idsOf(source: string, flags: string): IdGroups {
  let ids = sourceKeys.get(source)
  if (ids !== undefined) return ids
  const groups = requiredKeyGroups(source, flags)
  ids = groups ? groups.map((keys) => keys.map(idOf)) : null
  sourceKeys.set(source, ids)
  return ids
}

/** Take the key word groups of a source as worked out before (at build time). */
export function seed(source: string, groups: readonly string[][] | null): void {
  if (sourceKeys.has(source)) return
  sourceKeys.set(source, groups ? groups.map((keys) => keys.map(idOf)) : null)
}

/**
 * Read the key words of many pattern sources at once (every lexicon's cue
 * patterns), so that the automaton is built once rather than each time a
 * group of patterns is first compiled.
 */
export function prepare(sources: Iterable<{source: string; flags: string}>): void {
  for (const {source, flags} of sources) idsOf(source, flags)
}

/** How to read the key words of a pattern's whole lexicon at once, before its first use. */
const preparers = new WeakMap<RegExp, () => void>()

/**
 * Index a compiled pattern by the key words of its source, when it is first
 * used: `prepareAll` reads those of its whole lexicon first, so that the
 * automaton is built once per lexicon, and never for a lexicon no text needs.
 */
export function register(pattern: RegExp, prepareAll?: () => void): void {
  if (prepareAll) preparers.set(pattern, prepareAll)
}

function keysOfPattern(pattern: RegExp): IdGroups {
  let ids = patternKeys.get(pattern)
  if (ids !== undefined) return ids
  preparers.get(pattern)?.()
  ids = idsOf(pattern.source, pattern.flags)
  patternKeys.set(pattern, ids)
  return ids
}

/** Key sets of the texts last asked about: the stages ask about one sentence many times, and about its parts. */
const recent = new Map<string, readonly number[]>()

/**
 * The keys a text contains. A part of the last text asked about gets that
 * text's answer: a superset, which passes over nothing the part holds.
 */
function keysIn(text: string): readonly number[] {
  if (!automaton) {
    automaton = new Automaton(keyList)
    recent.clear()
    lastText = undefined
  }
  if (text === lastText) return lastFound
  const known = recent.get(text)
  if (known) {
    lastText = text
    lastFound = known
    return known
  }
  if (lastText !== undefined && text.length < lastText.length && lastText.includes(text)) return lastFound
  if (marks.length < keyList.length) marks = new Uint8Array(keyList.length)
  const hits: number[] = []
  automaton.scan(text, marks, hits)
  for (const key of hits) marks[key] = 0
  // Few sentences hold more than a handful of keys: a short list is cheap to keep.
  const found = hits
  if (recent.size >= 4096) recent.delete(recent.keys().next().value!)
  recent.set(text, found)
  lastText = text
  lastFound = found
  return found
}

/** The set whose keys `present` marks, and the marks: one byte per key, 1 where the text last asked about holds it. */
let marked: readonly number[] | undefined
let present = new Uint8Array(0)

/**
 * The keys a text contains as marks by key id, valid until the next text is
 * asked about: a byte read per key instead of a set look-up, for the many
 * patterns asked about one text.
 */
function marksOf(text: string): Uint8Array {
  const found = keysIn(text)
  if (found !== marked) {
    if (present.length < keyList.length) present = new Uint8Array(keyList.length * 2)
    else if (marked) for (let index = 0; index < marked.length; index++) present[marked[index]!] = 0
    for (let index = 0; index < found.length; index++) present[found[index]!] = 1
    marked = found
  }
  return present
}

/** Whether the marked keys hold a key of each group. */
function holds(groups: ReadonlyArray<readonly number[]>, marks: Uint8Array): boolean {
  for (let group = 0; group < groups.length; group++) {
    const ids = groups[group]!
    let any = false
    for (let index = 0; index < ids.length; index++) {
      if (marks[ids[index]!] === 1) {
        any = true
        break
      }
    }
    if (!any) return false
  }
  return true
}

/**
 * Whether `pattern` can match `text` at all: false when the text holds none
 * of the pattern's key words (read from its source when first asked).
 */
export function mayContainKeys(pattern: RegExp, text: string): boolean {
  const groups = keysOfPattern(pattern)
  if (!groups) return true
  return holds(groups, marksOf(text))
}

/** Key id groups of each pattern of a list, read once per list. */
const listKeys = new WeakMap<readonly RegExp[], IdGroups[]>()
let lastList: readonly RegExp[] | undefined
let lastListKeys: IdGroups[] = []

/** The key id groups of each pattern of a list (`null`: the pattern always runs), read once per list. */
export function keyGroupsAt(patterns: readonly RegExp[]): readonly IdGroups[] {
  let keys = patterns === lastList ? lastListKeys : listKeys.get(patterns)
  if (keys === undefined || keys.length !== patterns.length) {
    keys = patterns.map(keysOfPattern)
    listKeys.set(patterns, keys)
  }
  lastList = patterns
  lastListKeys = keys
  return keys
}

/**
 * The keys `text` holds, as marks by key id, for a loop over the patterns of
 * one list: valid until another text is asked about, so ask for the list's
 * groups (`keyGroupsAt`) first and look up no other text in the loop.
 */
export function keyMarks(text: string): Uint8Array {
  return marksOf(text)
}

/** Whether the marked keys hold a key of each group of a pattern (`null`: always). */
export function holdsKeys(groups: IdGroups, marks: Uint8Array): boolean {
  return groups === null || holds(groups, marks)
}

/** The most selective key group of a pattern, for tests and diagnostics. */
export function keysOf(pattern: RegExp): string[] | null {
  const groups = keysOfPattern(pattern)
  return groups ? groups[0]!.map((id) => keyList[id]!) : null
}
