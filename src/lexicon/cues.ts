import {lexiconData, lexiconLanguages, type LexiconData} from './index.js'
import {holdsKeys, keyGroupsAt, keyMarks, mayContainKeys, prepare, register, seed, type IdGroups} from './keywords.js'
import precomputedKeys from './keys.json' with {type: 'json'}

/** Case-sensitive: a name is capitalised words, with lower-case particles between. */
const namePattern =
  "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:[ \\t]+(?:(?:de|del|della|da|das|do|dos|du|van|von|der|den|di|la|le|bin|al)[ \\t]+)*\\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,4}"
const strictName = new RegExp(`^${namePattern}`, 'u')
/** Under `i`, `\p{Lu}` matches any letter; captures are checked with `strictName` after. */
const looseName = "[\\p{L}][\\p{L}\\p{M}'’\\-]*(?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’\\-]*){0,5}"

/**
 * `\b` in JavaScript knows only ASCII letters: `\bélaboreront` never
 * matches. Lexicon patterns get a boundary that knows every letter.
 */
export function unicodeBoundaries(source: string): string {
  // A `\b` that closes a word (before `)`, `|`, `$` or the end) needs no letter
  // after it; one that opens a word needs no letter before it.
  return source.replace(/(?<!\\)((?:\\\\)*)\\b/g, (match: string, escapes: string, offset: number) => {
    const next = source.charAt(offset + match.length)
    // …or one that follows a word or a group ("(?:a|b)\\b(?:…)").
    const previous = source.charAt(offset + escapes.length - 1)
    const escaped = source.charAt(offset + escapes.length - 2) === '\\'
    const closing = next === '' || next === ')' || next === '|' || next === '$' || (!escaped && /[\p{L}\p{N})\]]/u.test(previous))
    return `${escapes}${closing ? '(?![\\p{L}\\p{N}_])' : '(?<![\\p{L}\\p{N}_])'}`
  })
}

/** A lexicon compiled to regular expressions. */
export interface Cues {
  data: LexiconData
  /** Capitalised words that are not names, lower case. */
  notNames: ReadonlySet<string>
  abbreviations: ReadonlySet<string>
  taskVerbs: RegExp
  /** A task verb with a pronoun joined to its end ("buscarlo", "enviá-lo", "enviarme"); never matches where a language has none. */
  encliticVerb: RegExp
  /** A task verb inflected: in an order, plural ("revisen", "envoyez") and, where a language has plural ones, to one person ("revisa"); in the future ("enviará", "enverra"), or saying "let's" ("organicemos"); never matches where a language has none. */
  inflectedVerb: RegExp
  /** Whether the language inflects its orders ("revisen", "envie"), so that an order is read by its own verb list. */
  ordersInflected: boolean
  /** Endings of plural orders, then of third persons, each with the infinitive endings it stands for ("en" → "ar"). */
  inflections: ReadonlyArray<readonly [string, readonly string[]]>
  /** The same endings merged by ending, as `infinitiveOf` takes them ("revisen" and "revisan" both give "revisar"). */
  inflectionEndings: Record<string, string[]>
  /** Task verbs by their first word, longest phrase first, lower case. */
  verbPhrases: ReadonlyMap<string, readonly string[][]>
  /** Any of the time references ("tomorrow", "in the next call"). */
  timeRef: RegExp
  disclaimers: RegExp[]
  endMarkers: RegExp[]
  unidentifiedLabel: RegExp
  notSpeakerLabel: RegExp
  selfIdentification: RegExp[]
  selfWord: RegExp
  inaudible: RegExp
  noise: RegExp
  /** Global: use with `matchAll`. */
  attendance: Record<keyof LexiconData['attendance'], RegExp[]>
  metadata: {group: RegExp[]; documentGroup: RegExp[]; groupNoun: RegExp; location: RegExp[]; timezone: RegExp}
  agenda: {announce: RegExp[]; item: RegExp[]}
  actions: Record<keyof LexiconData['actions'], RegExp[]>
  decisions: Record<keyof LexiconData['decisions'], RegExp[]>
  document: {nextStepsHeading: RegExp; normative: RegExp[]; pending: RegExp[]; commitment: RegExp[]}
  anaphora: RegExp[]
  /** A day of the month said alone as a due date ("by the 20th"). */
  dueDayOfMonth: RegExp[]
  /** Words that open a condition; see `conditionalBefore`. */
  conditional: RegExp[]
  /** Labels and names that are no person, lower case. */
  notPeople: ReadonlySet<string>
  /** Any word that names a group as owner ("everyone", "the committee", "we"). */
  groupWord: RegExp
}

const cache = new Map<string, Cues>()

/** Families compiled with `compile`, as paths into a lexicon, with their flags. */
const patternFamilies: Array<[string[], string]> = [
  [['attendance'], 'giu'],
  [['actions'], 'diu'],
  [['decisions'], 'iu'],
  [['conditional'], 'iu'],
  [['anaphora'], 'iu'],
  [['dueDayOfMonth'], 'iu'],
  [['selfIdentification'], 'iu'],
  [['disclaimers'], 'iu'],
  [['endMarkers'], 'iu'],
  [['metadata'], 'iu'],
  [['agenda'], 'iu'],
  [['document'], 'iu']
]

/**
 * Lists of the action family that hold words, not cue patterns: they are
 * read as words and never matched as patterns, so their words ("has", "do",
 * "a") are no key words to look for in every text.
 */
const wordLists: ReadonlySet<string> = new Set(['taskVerbs', 'groupWords', 'objectPronouns', 'proclitics', 'determiners', 'phraseLinks', 'linkArticles', 'phraseEnds', 'emptyWords', 'enclitics', 'indirectProclitics', 'indirectEnclitics', 'prepositions', 'inCallVerbs'])

/** Every cue pattern source of a lexicon, expanded as when compiled. */
function* patternSources(lexicon: LexiconData, expand: (source: string) => string): Generator<{raw: string; source: string; flags: string}> {
  const data = lexicon as unknown as Record<string, unknown>
  for (const [path, flags] of patternFamilies) {
    const family = data[path[0]!]
    const lists = Array.isArray(family)
      ? [family]
      : Object.entries(family as Record<string, unknown>)
          .filter(([name, list]) => Array.isArray(list) && !(path[0] === 'actions' && wordLists.has(name)))
          .map(([, list]) => list)
    for (const list of lists) {
      for (const raw of list as unknown[]) {
        if (typeof raw !== 'string') continue
        const source = expand(raw)
        yield {raw, source, flags: asciiFlags(source, flags)}
      }
    }
  }
}

const firstWord = /[\p{L}\p{M}'’-]+/gu
const nextWord = /[^\p{L}\p{M}'’-]*([\p{L}\p{M}'’-]+)/uy

/** The task verb (`send`, `look for`, `get in touch`) that starts at `index`, if any. */
export function taskAt(cues: Cues, text: string, index: number): string | undefined {
  firstWord.lastIndex = index
  const first = firstWord.exec(text)
  if (!first || first.index - index > 80) return undefined
  // Most words start no task verb: one look-up, and the words after are read only for those that do.
  let phrases = cues.verbPhrases.get(first[0].toLowerCase())
  // "Revisen el acta", "Kevin habla con Alex": an inflected verb stands for its infinitive, first word of a phrase or the whole.
  let inflected = false
  if (!phrases) {
    const clitic = cliticTask(cues, text, first[0], firstWord.lastIndex)
    if (clitic) return clitic
    phrases = inflectedPhrases(cues, first[0])
    if (!phrases) return undefined
    inflected = true
  }
  const words = [first[0]]
  let at = firstWord.lastIndex
  while (words.length < phrases[0]!.length) {
    nextWord.lastIndex = at
    const next = nextWord.exec(text)
    if (!next) break
    words.push(next[1]!)
    at = nextWord.lastIndex
  }
  const lower = words.map((word) => word.toLowerCase())
  for (const phrase of phrases) {
    if (phrase.every((word, position) => (position === 0 && inflected) || lower[position] === word)) return words.slice(0, phrase.length).join(' ')
  }
  // "me enviar": a pronoun that also opens a phrase of the list ("me certificar").
  return inflected ? undefined : cliticTask(cues, text, first[0], first.index + first[0].length)
}

/**
 * A task verb said with its object pronoun: before it ("le chercher",
 * "l'envoyer") or joined to its end ("buscarlo", "enviá-lo"). The words as
 * said, or nothing.
 */
function cliticTask(cues: Cues, text: string, word: string, after: number): string | undefined {
  const {proclitics, enclitics, indirectProclitics, indirectEnclitics} = cues.data.actions
  const lower = word.toLowerCase()
  // "Me enviar a lista", "nous envoyer le lien", "me l'envoyer": who it is for comes first, then the verb.
  if (indirectProclitics.includes(lower)) {
    const verb = taskAt(cues, text, after)
    return verb ? `${word} ${verb}` : undefined
  }
  for (const clitic of [...proclitics, ...indirectProclitics]) {
    if (/['’]$/u.test(clitic) && lower.startsWith(clitic) && cues.verbPhrases.get(lower.slice(clitic.length))?.some((phrase) => phrase.length === 1)) return word
  }
  if (proclitics.includes(lower)) {
    const verb = taskAt(cues, text, after)
    return verb && !cliticOf(cues, verb) ? `${word} ${verb}` : undefined
  }
  return (enclitics.length > 0 || indirectEnclitics.length > 0) && encliticStem(cues, word, [...enclitics, ...indirectEnclitics]) ? word : undefined
}

/** The task verb phrases a plural imperative or a third person stands for ("revisen", "envoyez", "sends", "habla" for "hablar con"). */
function inflectedPhrases(cues: Cues, word: string): readonly string[][] | undefined {
  for (const lower of spellings(word)) {
    for (const [ending, infinitives] of cues.inflections) {
      if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue
      const stem = lower.slice(0, -ending.length)
      for (const infinitive of infinitives) {
        const phrases = cues.verbPhrases.get(stem + infinitive)
        if (phrases) return phrases
      }
    }
  }
  return undefined
}

/** A word in lower case, and without the stress mark that goes with some endings ("envía" for "enviar"; "vérifie" keeps its). */
function spellings(word: string): string[] {
  const lower = word.toLowerCase()
  return /[áéíóú]/u.test(lower) ? [lower, unstressed(lower)] : [lower]
}

/** A word without its acute stress marks ("envía" → "envia"). */
function unstressed(word: string): string {
  return word.normalize('NFD').replace(/\u0301/gu, '').normalize('NFC')
}

/**
 * The infinitive of a gerund that starts a task verb ("preparando" →
 * "preparar", "setting" → "set"), or of another form whose `endings` are
 * given, as the verb list has it; or nothing.
 */
export function infinitiveOf(cues: Cues, word: string, endings: Record<string, string[]> = cues.data.gerunds): string | undefined {
  for (const lower of spellings(word)) {
    for (const [ending, infinitives] of Object.entries(endings)) {
      if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue
      const stem = lower.slice(0, -ending.length)
      // "setting": a consonant doubled before the ending stands once in the verb.
      const stems = stem.length > 2 && stem.at(-1) === stem.at(-2) ? [stem, stem.slice(0, -1)] : [stem]
      for (const each of stems) for (const infinitive of infinitives) if (cues.verbPhrases.has(each + infinitive)) return each + infinitive
    }
  }
  return undefined
}

/** The verb of a word with a pronoun joined to its end ("enviárselo" → "enviar"); object pronouns only unless told. */
function encliticStem(cues: Cues, word: string, clitics: readonly string[] = cues.data.actions.enclitics): string | undefined {
  const lower = word.toLowerCase()
  for (const clitic of clitics) {
    if (!lower.endsWith(clitic) || lower.length - clitic.length < 3) continue
    // "enviárselo" is "enviar" with its stress marked: the mark goes with the pronoun.
    const stem = unstressed(lower.slice(0, -clitic.length))
    for (const verb of [stem, `${stem}r`]) if (cues.verbPhrases.get(verb)?.some((phrase) => phrase.length === 1)) return verb
  }
  return undefined
}

/**
 * A task verb as said, split into the verb and its object pronoun when it
 * carries one: "le chercher" → chercher + le, "buscarlo" → buscar + lo.
 */
export function cliticOf(cues: Cues, said: string): {verb: string; pronoun: string} | undefined {
  const {proclitics} = cues.data.actions
  const lower = said.toLowerCase()
  const space = lower.indexOf(' ')
  if (space > 0 && proclitics.includes(lower.slice(0, space))) return {verb: said.slice(space + 1), pronoun: said.slice(0, space)}
  const elided = proclitics.find((clitic) => /['’]$/u.test(clitic) && lower.startsWith(clitic) && lower.length > clitic.length)
  if (elided) return {verb: said.slice(elided.length), pronoun: said.slice(0, elided.length)}
  if (space < 0) {
    const verb = encliticStem(cues, said)
    if (verb && verb !== lower) return {verb, pronoun: said.slice(verb.replace(/r$/u, '').length)}
  }
  return undefined
}

/** A match of a task pattern: which pattern, and where its verb starts. */
export interface TaskMatch {
  match: RegExpExecArray
  pattern: number
  verbAt: number
}

const globals = new WeakMap<RegExp, RegExp>()

/**
 * The earliest match of any pattern whose task slot holds a task verb (or
 * that names its verb itself), with the offset of that verb. When a match
 * holds no task ("I will stop there"), or `accept` turns it down ("On va
 * demander à Paul…" names nobody in "On"), the pattern's later matches are tried.
 */
export function firstTask(cues: Cues, patterns: readonly RegExp[], text: string, accept?: (match: RegExpExecArray) => boolean): TaskMatch | undefined {
  let best: TaskMatch | undefined
  // The list's key words and the text's are looked up once; nothing in the loop asks about another text.
  const groups = keyGroupsAt(patterns)
  const marks = keyMarks(text)
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index]!
    if (!mayMatchMarked(groups, index, marks, pattern, text)) continue
    const global = globalOf(pattern)
    let match: RegExpExecArray | null
    while ((match = global.exec(text))) {
      if (best && match.index >= best.match.index) break
      const task = match.indices?.groups?.['task']
      const named = match.indices?.groups?.['verb']
      const verbAt = task ? (taskAt(cues, text, task[0]) ? task[0] : undefined) : named ? named[0] : match.index + match[0].length
      if (verbAt !== undefined && (!accept || accept(match))) {
        best = {match, pattern: index, verbAt}
        break
      }
      if (match[0].length === 0) global.lastIndex++
    }
  }
  return best
}

/**
 * The same pattern, global and with match indices, made once per pattern and
 * set to search from the start: for a loop over every match of a text. The
 * loop must not ask for it again before it is done.
 */
export function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern)
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, '')}gd`)
    globals.set(pattern, global)
  }
  global.lastIndex = 0
  return global
}

const nonAsciiLetter = /(?![\x00-\x7f])\p{L}/u

/**
 * Case-insensitive matching with Unicode folding costs three times more
 * than without: a pattern with no Unicode in it does without the `u` flag.
 */
function asciiFlags(source: string, flags: string): string {
  return /\\p\{|\\u\{|[^\x00-\x7f]/.test(source) ? flags : flags.replace('u', '')
}

const unions = new WeakMap<readonly RegExp[], RegExp>()

/**
 * One pattern that matches where any of `patterns` does: a sentence with no
 * cue of a family is passed over with one test instead of one per pattern.
 */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  let union = unions.get(patterns)
  if (!union) {
    const flags = [...new Set(patterns.flatMap((pattern) => [...pattern.flags.replace(/[gdy]/g, '')]))].join('')
    // A pattern that opens with a name enters by its cue: cheaper, and it
    // matches wherever the whole pattern does.
    const sources = patterns.map((pattern) => (prefilters.get(pattern) ?? pattern).source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:'))
    union = new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags)
    unions.set(patterns, union)
  }
  return union
}
const prefilters = new WeakMap<RegExp, RegExp>()

/**
 * Whether a pattern can match `text` at all, by its cheap prefilter when it
 * has one. Patterns that open with a name are only worth running when the
 * cue that follows the name is in the text.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return mayContainKeys(pattern, text) && passesPrefilter(pattern, text)
}

/** Whether a pattern that opens with a name has the cue after the name in `text` (true for every other pattern). */
export function passesPrefilter(pattern: RegExp, text: string): boolean {
  const prefilter = prefilters.get(pattern)
  return prefilter === undefined || prefilter.test(text)
}

/**
 * Whether a pattern of a list can match `text`: its key words are among the
 * text's marks and, when it opens with a name, the cue after the name is in
 * the text. For a loop over a list, with `groups` from `keyGroupsAt(list)`
 * and `marks` from `keyMarks(text)`, looked up once before the loop.
 */
export function mayMatchMarked(groups: readonly IdGroups[], at: number, marks: Uint8Array, pattern: RegExp, text: string): boolean {
  return holdsKeys(groups[at]!, marks) && passesPrefilter(pattern, text)
}

export {keyGroupsAt, keyMarks}

/** An object whose properties are computed on first read, then kept. */
function lazy<T extends object>(factories: {[K in keyof T]: () => T[K]}): T {
  const result = {} as T
  for (const key of Object.keys(factories) as Array<keyof T>) {
    Object.defineProperty(result, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = factories[key]()
        Object.defineProperty(result, key, {value, enumerable: true})
        return value
      }
    })
  }
  return result
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

/** How a lexicon's pattern sources are expanded: placeholders filled, boundaries made to know every letter where needed. */
function expanderOf(data: LexiconData): (source: string) => string {
  const timeRefs = `(?:${data.actions.timeRefs.join('|')})`
  // Patterns hold the head word of a task only; the verb list is checked in
  // code (`taskAt`), so no pattern carries a copy of a 150-word alternation.
  const asciiVerbs = data.actions.taskVerbs.every((verb) => /^[\x00-\x7f]*$/.test(verb))
  const taskSlot = asciiVerbs ? "(?<task>[A-Za-z][A-Za-z'\\-]*)" : "(?<task>[\\p{L}][\\p{L}\\p{M}'’\\-]*)"
  const placeholders = (source: string): string =>
    source
      .replaceAll('{verb}', taskSlot)
      .replaceAll('{timeRef}', timeRefs)
      // A list of names ends with the sentence, or where the next clause starts ("…Veronica and David, and our
      // Portuguese interpreter is Bettina"), so that clause is read on its own.
      .replaceAll('{names}', "(?<names>(?:(?!,?\\s*(?:and|y|et|e)\\s+(?:(?:our|the|nuestr[oa]s|l[oa]s?|nos|les|nossos|nossas|[oa]s?\\s+(?:intérpretes?|interpret|equipe|secretaria|staff))\\s|l['’]))[^.;:!?\\n])+)")
      .replaceAll('{name}', `(?<name>${looseName})`)
      // The shortest name a terminator after it allows ("Mi nombre es Luis Ortega y soy de Quito").
      .replaceAll('{shortName}', `(?<name>${looseName}?)`)
      .replaceAll('{channel}', "(?<channel>[\\p{L}]+)")
      .replaceAll('{group}', "(?<group>[^,.;:!?\\n]+)")
      .replaceAll('{place}', "(?<place>[^.;:!?\\n(]+?)")
  // JavaScript's `\b` is right next to ASCII letters, and fast: keep it where a
  // pattern has no other letters.
  return (written: string): string => {
    const source = eitherApostrophe(written)
    const expanded = placeholders(source)
    return nonAsciiLetter.test(expanded) ? placeholders(unicodeBoundaries(source)) : expanded
  }
}

/**
 * A pattern written with one apostrophe matches both ("c'est" and "c’est"):
 * word processors and caption tools write the typographic one. Apostrophes
 * inside a character class are left as written. The typographic one is
 * written as an escape, so that a pattern of ASCII letters keeps its fast,
 * non-Unicode flags.
 */
export function eitherApostrophe(source: string): string {
  let result = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    if (char === '\\') {
      result += char + (source[index + 1] ?? '')
      index++
    } else if (inClass) {
      if (char === ']') inClass = false
      result += char
    } else if (char === '[') {
      inClass = true
      result += char
    } else result += char === "'" || char === '’' ? "['\\u2019]" : char
  }
  return result
}

/**
 * Every cue pattern of a language's lexicon as written and as compiled, for
 * working out their key words at build time.
 */
export function expandedPatterns(language: string): Array<{raw: string; source: string; flags: string}> {
  return [...patternSources(lexiconData(language), expanderOf(lexiconData(language)))]
}

/** The compiled cues of a language (English when there is no lexicon). */
export function cuesFor(language: string): Cues {
  let cues = cache.get(language)
  if (cues) return cues
  const data = lexiconData(language)
  const expand = expanderOf(data)
  const asciiVerbs = data.actions.taskVerbs.every((verb) => /^[\x00-\x7f]*$/.test(verb))
  // Without the `u` flag `\\p{L}` is no letter class: ASCII verbs end before an ASCII letter.
  const verbs = `(?<verb>${alternation(data.actions.taskVerbs)})${asciiVerbs ? '(?![A-Za-z\\-])' : '(?![\\p{L}\\-])'}`
  const compile = (sources: readonly string[], flags = 'iu'): RegExp[] =>
    sources.map((source) => {
      const expanded = expand(source)
      const pattern = new RegExp(expanded, asciiFlags(expanded, flags))
      // "{name} has joined": tried at every word of the text, the name costs;
      // the cue after it is cheap to look for first.
      const cue = /^(?:\\b)?\{(?:names?|shortName)\}(.{6,})$/su.exec(source)
      if (cue) {
        const rest = expand(cue[1]!)
        prefilters.set(pattern, new RegExp(rest, asciiFlags(rest, flags.replace(/[gd]/g, ''))))
      }
      register(pattern, prepareLanguage)
      return pattern
    })
  const compileAll = <K extends string>(record: Record<K, string[]>, flags = 'iu'): Record<K, RegExp[]> =>
    lazy(Object.fromEntries(Object.keys(record).map((key) => [key, () => compile(record[key as K], flags)])) as {[P in K]: () => RegExp[]})
  const any = (sources: readonly string[]): RegExp => new RegExp(sources.length > 0 ? `^(?:${sources.join('|')})$` : '(?!)', 'iu')

  // Key words of every cue pattern of the lexicon, read at once when the
  // first is used: the automaton is rebuilt once per language, not each time a group is compiled.
  let prepared = false
  const prepareLanguage = (): void => {
    if (prepared) return
    prepared = true
    // Key words worked out at build time (`npm run lexicon-keys`) are used as they are; any other pattern is read now.
    const known = (precomputedKeys as Record<string, Record<string, string[][] | null>>)[language] ?? {}
    const rest: Array<{source: string; flags: string}> = []
    for (const entry of patternSources(data, expand)) {
      const groups = known[entry.raw]
      if (groups === undefined) rest.push(entry)
      else seed(entry.source, groups)
    }
    prepare(rest)
  }

  // Each group is compiled when first used: a file needs few of them, and
  // compiling every pattern of every language costs more than the file.
  cues = lazy<Cues>({
    data: () => data,
    abbreviations: () => new Set(data.abbreviations.map((word) => word.toLowerCase())),
    notNames: () => new Set(data.notNames.map((word) => word.toLowerCase())),
    taskVerbs: () => new RegExp(asciiVerbs ? `\\b${verbs}` : unicodeBoundaries(`\\b${verbs}`), asciiVerbs ? 'i' : 'iu'),
    // "Necesitamos que María envíe…": the subjunctive's forms stand for their verb as well.
    inflections: () => [...Object.entries(data.imperatives), ...Object.entries(data.thirdPersons), ...Object.entries(data.subjunctives)],
    inflectionEndings: () => {
      const endings: Record<string, string[]> = {}
      for (const [ending, infinitives] of cues!.inflections) endings[ending] = [...(endings[ending] ?? []), ...infinitives]
      return endings
    },
    ordersInflected: () => Object.keys(data.imperatives).length > 0,
    inflectedVerb: () => {
      // Plural orders ("revisen"), and where a language has plural ones, orders to one person too ("revisa", "envoie"); futures ("enviará"); "let's" ("organicemos").
      const endings = [...(cues!.ordersInflected ? cues!.inflections : []), ...Object.entries(data.futures), ...Object.entries(data.exhortatives)]
      const forms = endings.flatMap(([ending, infinitives]) => {
        const stems = data.actions.taskVerbs
          .filter((verb) => !/\s/.test(verb) && infinitives.some((infinitive) => verb.endsWith(infinitive)))
          .map((verb) => verb.slice(0, verb.length - infinitives.find((infinitive) => verb.endsWith(infinitive))!.length))
          // "Envía", "actúe": an ending that leaves the stress on the stem marks its last i or u.
          .flatMap((stem) => (/^[aeo]/u.test(ending) && /[^aeiou][iu]$/u.test(stem) ? [stem, stem.slice(0, -1) + (stem.endsWith('i') ? 'í' : 'ú')] : [stem]))
        return stems.length === 0 ? [] : [`(?:${alternation(stems)})${ending}`]
      })
      return forms.length === 0 ? /^(?!)/ : new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'iu')
    },
    encliticVerb: () => {
      const enclitics = [...data.actions.enclitics, ...data.actions.indirectEnclitics]
      if (enclitics.length === 0) return /^(?!)/
      const single = data.actions.taskVerbs.filter((verb) => !/\s/.test(verb))
      const forms = [`(?:${alternation(single)})`]
      // "enviá-lo", "fazê-lo": the infinitive's last letter gives way to a stress mark.
      if (enclitics.some((clitic) => clitic.startsWith('-'))) {
        const stems = single.filter((verb) => /[aei]r$/u.test(verb)).map((verb) => verb.slice(0, -2))
        forms.push(`(?:${alternation(stems)})[áêí]`)
      }
      return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?:${alternation(enclitics)})(?![\\p{L}])`, 'iu')
    },
    verbPhrases: () => {
      const byFirstWord = new Map<string, string[][]>()
      for (const verb of data.actions.taskVerbs) {
        const words = verb.toLowerCase().split(/\s+/)
        const list = byFirstWord.get(words[0]!) ?? []
        list.push(words)
        byFirstWord.set(words[0]!, list)
      }
      for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length)
      return byFirstWord
    },
    timeRef: () => new RegExp(expand('\\b{timeRef}(?![\\p{L}])'), 'iu'),
    disclaimers: () => compile(data.disclaimers),
    endMarkers: () => compile(data.endMarkers),
    unidentifiedLabel: () => any(data.labels.unidentified),
    notSpeakerLabel: () => any(data.labels.notSpeakers),
    selfIdentification: () => compile(data.selfIdentification),
    selfWord: () => any(data.selfWords),
    inaudible: () => any(data.uncertainty.inaudible),
    noise: () => any(data.uncertainty.noise),
    attendance: () => compileAll(data.attendance, 'giu'),
    metadata: () =>
      lazy<Cues['metadata']>({
        group: () => compile(data.metadata.group),
        documentGroup: () => compile(data.metadata.documentGroup),
        groupNoun: () => new RegExp(`(?:^|\\s)(?:${alternation(data.metadata.groupNouns)})(?:\\s+\\d+)?$`, 'iu'),
        location: () => compile(data.metadata.location),
        timezone: () => new RegExp(`(?<![\\p{L}])(?:${data.metadata.timezones.join('|')})(?![\\p{L}])`, 'u')
      }),
    agenda: () => lazy<Cues['agenda']>({announce: () => compile(data.agenda.announce), item: () => compile(data.agenda.item)}),
    actions: () => compileAll(data.actions, 'diu'),
    decisions: () => compileAll(data.decisions),
    anaphora: () => compile(data.anaphora),
    dueDayOfMonth: () => compile(data.dueDayOfMonth),
    conditional: () => compile(data.conditional),
    notPeople: () => new Set(data.labels.notPeople.map((label) => label.toLowerCase())),
    groupWord: () => new RegExp(unicodeBoundaries(`\\b(?:${alternation(data.actions.groupWords)})\\b`), 'iu'),
    document: () =>
      lazy<Cues['document']>({
        nextStepsHeading: () => any(data.document.nextStepsHeadings),
        normative: () => compile(data.document.normative),
        pending: () => compile(data.document.pending),
        commitment: () => compile(data.document.commitment, 'diu')
      })
  })
  cache.set(language, cues)
  return cues
}

/**
 * The name a loosely matched capture holds, checked case-sensitively: leading
 * lower-case words and words that are not names (`that`, `So`, `He`) are
 * skipped, and the name must end the capture (`ALSes to be more` is no name).
 */
export function cleanName(capture: string | undefined, cues?: Cues): string | undefined {
  if (!capture) return undefined
  const words = capture.trim().split(/\s+/)
  const notName = (word: string): boolean => !/^\p{Lu}/u.test(word) || (cues?.notNames.has(word.toLowerCase().replace(/[,.;:]$/u, '')) ?? false)
  while (words.length > 0 && notName(words[0]!)) words.shift()
  const rest = words.join(' ')
  const match = strictName.exec(rest)
  if (!match || match[0].length !== rest.replace(/[,.;:]+$/u, '').length) return undefined
  return match[0].replace(/['’]s$/u, '')
}

/** Split a list of names (`A, B and myself, C`) into names; `self` stands for the speaker. */
export function splitNames(list: string, cues: Cues, self: string | null): string[] {
  const names: string[] = []
  const isName = (part: string): string | undefined => {
    const match = strictName.exec(part)
    if (!match) return undefined
    const first = match[0].split(/\s+/)[0]!.toLowerCase()
    return cues.notNames.has(first) ? undefined : match[0]
  }
  const conjunctions = cues.data.language === 'en' ? 'and|&' : cues.data.language === 'fr' ? 'et|&' : cues.data.language === 'pt' ? 'e|&' : 'y|e|&'
  const parts = list
    .split(new RegExp(`\\s*,\\s*(?:(?:${conjunctions})\\s+)?|\\s+(?:${conjunctions})\\s+`, 'u'))
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
  // Skip an opening word that is no name (`So, Alberto and myself`).
  while (parts.length > 0 && cues.notNames.has(parts[0]!.toLowerCase())) parts.shift()
  // "…tenemos a Pablo Ruiz y a Carmen Díaz", "y a mí misma", "la présence de Claire et de Marc", "o Kevin e o Neil":
  // the "a", "de" or article before a person is no part of the name.
  const bare = (part: string): string => part.replace(/^(?:a|à)\s+|^(?:de\s+|d['’]|(?:[Oo]s?|[Aa]s|[Ee]l|[Ll]os|[Ll]as|la|le|les)\s+)(?=\p{Lu})/u, '')
  // A list of names starts with a name: "and we have apologies from…" is no list.
  if (parts.length === 0 || (!cues.selfWord.test(parts[0]!) && !isName(bare(parts[0]!)))) return []
  for (const raw of parts) {
    const part = bare(raw)
    if (cues.selfWord.test(part)) {
      if (self) names.push(self)
      continue
    }
    const name = isName(part)
    if (!name) continue
    // "…Ahmed Khan, and Julie Chen sent her apologies": a name that goes on as a clause ends the list;
    // one followed by where the person is from ("Ahmed Khan from Lagos", "(Snek Foundation)") does not.
    // A single small word after the name ("Lucía Vera se van a…") is no clause.
    const next = /^[\s,]*([\p{Ll}][\p{L}'’]*)\s+\p{L}/u.exec(part.slice(part.indexOf(name) + name.length))
    if (next && !cues.data.actions.prepositions.includes(next[1]!) && !affiliation.test(next[1]!)) break
    names.push(name)
  }
  return names
}

/** Words that say where a person named in a list is from. */
const affiliation = /^(?:of|from|at|de|da|do|du|des|del|della|dos|das|here|aqui|aquí|ici)$/u

/** Compiled cues of every language with a lexicon. */
export function allCues(): Cues[] {
  return lexiconLanguages.map((language) => cuesFor(language))
}
