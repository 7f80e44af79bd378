import {lexiconData, lexiconLanguages, type LexiconData} from './index.js'

/** Case-sensitive: a name is capitalised words, with lower-case particles between. */
export const namePattern =
  "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:[ \\t]+(?:(?:de|del|della|da|das|do|dos|du|van|von|der|den|di|la|le|bin|al)[ \\t]+)*\\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,4}"
const strictName = new RegExp(`^${namePattern}`, 'u')
/** Under `i`, `\p{Lu}` matches any letter; captures are checked with `strictName` after. */
const looseName = "[\\p{L}][\\p{L}\\p{M}'’\\-]*(?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’\\-]*){0,5}"

/** A lexicon compiled to regular expressions. */
export interface Cues {
  data: LexiconData
  abbreviations: ReadonlySet<string>
  taskVerbs: RegExp
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
}

const cache = new Map<string, Cues>()

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

/** The compiled cues of a language (English when there is no lexicon). */
export function cuesFor(language: string): Cues {
  let cues = cache.get(language)
  if (cues) return cues
  const data = lexiconData(language)
  const verbs = `(?<verb>${alternation(data.actions.taskVerbs)})(?![\\p{L}\\-])`
  const timeRefs = `(?:${data.actions.timeRefs.join('|')})`
  const expand = (source: string): string =>
    source
      .replaceAll('{verb}', verbs)
      .replaceAll('{timeRef}', timeRefs)
      .replaceAll('{names}', "(?<names>[^.;:!?\\n]+)")
      .replaceAll('{name}', `(?<name>${looseName})`)
      .replaceAll('{channel}', "(?<channel>[\\p{L}]+)")
      .replaceAll('{group}', "(?<group>[^,.;:!?\\n]+)")
      .replaceAll('{place}', "(?<place>[^.;:!?\\n(]+)")
  const compile = (sources: readonly string[], flags = 'iu'): RegExp[] => sources.map((source) => new RegExp(expand(source), flags))
  const compileAll = <K extends string>(record: Record<K, string[]>, flags = 'iu'): Record<K, RegExp[]> => {
    const result = {} as Record<K, RegExp[]>
    for (const key of Object.keys(record) as K[]) result[key] = compile(record[key], flags)
    return result
  }
  const any = (sources: readonly string[]): RegExp => new RegExp(sources.length > 0 ? `^(?:${sources.join('|')})$` : '(?!)', 'iu')

  cues = {
    data,
    abbreviations: new Set(data.abbreviations.map((word) => word.toLowerCase())),
    taskVerbs: new RegExp(`\\b${verbs}`, 'iu'),
    timeRef: new RegExp(`\\b${timeRefs}(?![\\p{L}])`, 'iu'),
    disclaimers: compile(data.disclaimers),
    endMarkers: compile(data.endMarkers),
    unidentifiedLabel: any(data.labels.unidentified),
    notSpeakerLabel: any(data.labels.notSpeakers),
    selfIdentification: compile(data.selfIdentification),
    selfWord: any(data.selfWords),
    inaudible: any(data.uncertainty.inaudible),
    noise: any(data.uncertainty.noise),
    attendance: compileAll(data.attendance, 'giu'),
    metadata: {
      group: compile(data.metadata.group),
      documentGroup: compile(data.metadata.documentGroup),
      groupNoun: new RegExp(`(?:^|\\s)(?:${alternation(data.metadata.groupNouns)})(?:\\s+\\d+)?$`, 'iu'),
      location: compile(data.metadata.location),
      timezone: new RegExp(`(?<![\\p{L}])(?:${data.metadata.timezones.join('|')})(?![\\p{L}])`, 'u')
    },
    agenda: {announce: compile(data.agenda.announce), item: compile(data.agenda.item)},
    actions: compileAll(data.actions, 'diu'),
    decisions: compileAll(data.decisions),
    document: {
      nextStepsHeading: any(data.document.nextStepsHeadings),
      normative: compile(data.document.normative),
      pending: compile(data.document.pending),
      commitment: compile(data.document.commitment, 'diu')
    }
  }
  cache.set(language, cues)
  return cues
}

/** The name at the start of a loosely matched capture, checked case-sensitively. */
export function cleanName(capture: string | undefined): string | undefined {
  if (!capture) return undefined
  const words = capture.trim().split(/\s+/)
  // Skip leading lower-case words the loose match took in (`that Harold`).
  while (words.length > 0 && !/^\p{Lu}/u.test(words[0]!)) words.shift()
  const match = strictName.exec(words.join(' '))
  return match ? match[0].replace(/['’]s$/u, '') : undefined
}

/** Split a list of names (`A, B and myself, C`) into names; `self` stands for the speaker. */
export function splitNames(list: string, cues: Cues, self: string | null): string[] {
  const names: string[] = []
  const conjunctions = cues.data.language === 'en' ? 'and|&' : cues.data.language === 'fr' ? 'et|&' : cues.data.language === 'pt' ? 'e|&' : 'y|e|&'
  for (const raw of list.split(new RegExp(`\\s*,\\s*(?:(?:${conjunctions})\\s+)?|\\s+(?:${conjunctions})\\s+`, 'u'))) {
    const part = raw.trim()
    if (part.length === 0) continue
    if (cues.selfWord.test(part)) {
      if (self) names.push(self)
      continue
    }
    const match = strictName.exec(part)
    if (match) names.push(match[0])
  }
  return names
}

/** Compiled cues of every language with a lexicon. */
export function allCues(): Cues[] {
  return lexiconLanguages.map((language) => cuesFor(language))
}
