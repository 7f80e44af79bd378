import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js'

/** Words that join parts of a name without being a name themselves. */
const particles = new Set(['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'des', 'van', 'von', 'der', 'den', 'di', 'la', 'le', 'y', 'i', 'e', 'bin', 'ibn', 'al'])

/** Lower-case, without diacritics or punctuation: the key names are compared by. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name)
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
    // The stages ask for the keys of the same few names over and over; the
    // list is emptied now and then so that a long-running service keeps few.
    if (nameKeys.size >= 10_000) nameKeys.clear()
    nameKeys.set(name, key)
  }
  return key
}

const nameKeys = new Map<string, string>()

/**
 * Title case for a label written in capitals (`SERGIO SALINAS PORTO` →
 * `Sergio Salinas Porto`). Labels in mixed case, or with digits
 * (`PERSON8`), are identifiers and stay as they are.
 */
export function displayName(label: string): string {
  const clean = label.replace(/\s+/g, ' ').trim()
  if (/\p{Ll}/u.test(clean) || /\d/.test(clean)) return clean
  return clean
    .toLowerCase()
    .replace(/(^|[\s\-'’(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** Split `Name (affiliation)` into its parts. */
export function splitAffiliation(label: string): {name: string; affiliation: string | undefined} {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(label)
  if (!match?.[1]) return {name: label.trim(), affiliation: undefined}
  return {name: match[1].trim(), affiliation: match[2]!.trim()}
}

/** A label that names a role (`The Chair`, `La Presidenta`): it opens with an article. */
const roleLike = /^(?:the|el|la|los|las|le|les|o|a|os|as)\s+\p{L}/iu

/**
 * What a speaker label says: a person, perhaps with an affiliation
 * (`Ms. Jenny Kwan (Vancouver East, NDP)`), or a role with the person who
 * holds it (`The Chair (Hon. Anthony Rota (Nipissing, Lib.))`), or a bare
 * role (`The Chair`), which means whoever holds it at that point.
 */
export function readLabel(label: string): {name: string; affiliation?: string; role?: string} {
  const {name, affiliation} = splitAffiliation(label)
  if (!roleLike.test(name)) return affiliation ? {name, affiliation} : {name}
  if (affiliation) {
    const holder = splitAffiliation(affiliation)
    if (/^\p{Lu}/u.test(holder.name) && !roleLike.test(holder.name) && holder.name.split(/\s+/).length <= 6) {
      return holder.affiliation ? {name: holder.name, affiliation: holder.affiliation, role: name} : {name: holder.name, role: name}
    }
    return {name, affiliation, role: name}
  }
  return {name, role: name}
}

function tokensOf(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((token) => token.length > 0)
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true
  // Identifiers (`person8`, `person2`) are never spelling variants of each other.
  if (/\d/.test(a) || /\d/.test(b)) return false
  if (a.length < 3 || b.length < 3 || a[0] !== b[0]) return false
  return jaroWinkler(a, b) >= 0.92
}

/**
 * Whether `short` names the same person as `full`: its name tokens appear in
 * `full` in order (spelling variants allowed, particles optional), starting
 * with the same first name or surname.
 */
export function isShortFormOf(short: string, full: string): boolean {
  // Particles are optional between name words; a last token (`Grad E`) is an initial.
  const all = tokensOf(short)
  const shortTokens = all.filter((token, index) => index === all.length - 1 || !particles.has(token))
  const fullTokens = tokensOf(full)
  if (shortTokens.length === 0 || shortTokens.length > fullTokens.length) return false
  let index = 0
  let matchedFirst = false
  for (const [position, token] of shortTokens.entries()) {
    while (index < fullTokens.length && !sameToken(token, fullTokens[index]!)) index++
    if (index === fullTokens.length) return false
    if (position === 0 && index === 0) matchedFirst = true
    index++
  }
  // `Luque` alone may name `Lilian Ivette De Luque` only when it is the surname.
  return matchedFirst || (shortTokens.length === 1 && index === fullTokens.length)
}

/** A person known to the meeting, with the forms they were named by. */
export interface Person {
  name: string
  aliases: Set<string>
  /** Known only from a guessed (bracketed) label. */
  uncertain?: boolean
  /** What followed the name in parentheses (`Edmonton Strathcona, NDP`). */
  affiliation?: string
}

/** Whether a token may match another one that is not equal to it (see `sameToken`). */
function fuzzyToken(token: string): boolean {
  return token.length >= 3 && !/\d/.test(token)
}

/**
 * The token of a name that any name it is a short form of, or that is a
 * short form of it, must contain: an identifier (`8` in `Person 8`), else
 * the last word. Both are always among the tokens `isShortFormOf` matches.
 */
function anchorOf(tokens: readonly string[]): string | undefined {
  return tokens.find((token) => /\d/.test(token)) ?? tokens.at(-1)
}

/**
 * Tokens by the words they can match: equal tokens, and tokens close enough
 * in spelling (same first letter, and lengths within 2 to 5 of each other,
 * without which Jaro–Winkler cannot reach the 0.92 `sameToken` asks).
 */
class TokenIndex {
  private readonly exact = new Map<string, Set<Person>>()
  private readonly fuzzy = new Map<string, Set<Person>>()

  add(token: string, person: Person): void {
    addTo(this.exact, token, person)
    if (fuzzyToken(token)) addTo(this.fuzzy, `${token[0]}${token.length}`, person)
  }

  /** Everyone with a token that `sameToken` may find equal to `token` (a superset). */
  matching(token: string, into: Set<Person>): void {
    for (const person of this.exact.get(token) ?? []) into.add(person)
    if (!fuzzyToken(token)) return
    const length = token.length
    for (let other = Math.ceil((2 * length) / 5); other <= Math.floor((5 * length) / 2); other++) {
      for (const person of this.fuzzy.get(`${token[0]}${other}`) ?? []) into.add(person)
    }
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

/**
 * The people of one meeting. Mentions (`Sergio`, `Lilian De Luque`,
 * `Silvia`) resolve to one person when exactly one fits; ambiguous mentions
 * stay unresolved rather than being guessed.
 *
 * Lookups go through indexes of the names and aliases, so that a meeting
 * with thousands of distinct speaker labels costs time in proportion to
 * them, not to their square: an exact form is one map lookup, and short
 * forms are checked only against the people who share a word with them.
 */
export class People {
  readonly people: Person[] = []
  /** Name key → the earliest person named so. */
  private readonly byKey = new Map<string, Person>()
  private readonly order = new Map<Person, number>()
  /** Every token of every name and alias. */
  private readonly tokens = new TokenIndex()
  /** The anchor token of every name and alias. */
  private readonly anchors = new TokenIndex()

  /** Add a person, or the alias of one already known; returns the person. */
  add(name: string): Person {
    const found = this.find(name)
    if (found) {
      if (nameKey(found.name) !== nameKey(name)) {
        // Keep the fullest form as the name.
        if (tokensOf(name).length > tokensOf(found.name).length && isShortFormOf(found.name, name)) {
          found.aliases.add(found.name)
          found.name = name
          this.index(found, name)
        } else found.aliases.add(name)
      }
      return found
    }
    return this.addApart(name)
  }

  /**
   * Add someone whose name looks like another's but is not theirs ("Marina"
   * beside "Maria Lopez"): later mentions of the name find this person.
   */
  addApart(name: string): Person {
    const key = nameKey(name)
    const known = this.byKey.get(key)
    if (known && nameKey(known.name) === key) return known
    const person: Person = {name, aliases: this.aliasSet()}
    this.order.set(person, this.people.length)
    this.people.push(person)
    ;(person.aliases as AliasSet).owner = person
    this.byKey.set(key, person)
    this.index(person, name)
    return person
  }

  /** The person a mention names, if exactly one fits. */
  find(mention: string, prefer?: (person: Person) => boolean): Person | undefined {
    const key = nameKey(mention)
    if (key.length === 0) return undefined
    const exact = this.byKey.get(key)
    if (exact) return exact
    const mentionTokens = tokensOf(mention)
    // Those the mention may be a short form of share its anchor; those that
    // may be short forms of it have their anchor among its words.
    const possible = new Set<Person>()
    const anchor = anchorOf(mentionTokens)
    if (anchor !== undefined) this.tokens.matching(anchor, possible)
    for (const token of mentionTokens) this.anchors.matching(token, possible)
    let candidates = [...possible]
      .sort((a, b) => this.order.get(a)! - this.order.get(b)!)
      .filter(
        (person) => isShortFormOf(mention, person.name) || isShortFormOf(person.name, mention) || [...person.aliases].some((alias) => isShortFormOf(mention, alias))
      )
    if (candidates.length > 1) {
      // Prefer candidates whose first name is spelled exactly as mentioned.
      const first = mentionTokens[0]
      const exactFirst = candidates.filter((person) => tokensOf(person.name)[0] === first)
      if (exactFirst.length > 0) candidates = exactFirst
    }
    if (candidates.length > 1 && prefer) {
      const preferred = candidates.filter(prefer)
      if (preferred.length > 0) candidates = preferred
    }
    return candidates.length === 1 ? candidates[0] : undefined
  }

  /**
   * The one person whose first name a misheard one-word mention is a letter
   * or two away from ("Text" for Tex, "Larry" for Lara), beginning with the
   * same letter; nobody when none or several are that close.
   */
  closeTo(mention: string): Person | undefined {
    const [word, ...rest] = tokensOf(mention)
    if (!word || rest.length > 0 || word.length < 3) return undefined
    const allowed = word.length <= 5 ? 1 : 2
    const close = this.people.filter((person) => {
      const first = tokensOf(person.name)[0]
      return first !== undefined && first[0] === word[0] && first !== word && editDistance(first, word) <= allowed
    })
    return close.length === 1 ? close[0] : undefined
  }

  /** The display name a mention resolves to, or the mention itself. */
  resolve(mention: string, prefer?: (person: Person) => boolean): string {
    return this.find(mention, prefer)?.name ?? mention
  }

  /** Record a name or alias of `person` in the indexes. */
  private index(person: Person, form: string): void {
    const key = nameKey(form)
    const current = this.byKey.get(key)
    if (!current || this.order.get(current)! > this.order.get(person)!) this.byKey.set(key, person)
    const tokens = tokensOf(form)
    for (const token of tokens) this.tokens.add(token, person)
    const anchor = anchorOf(tokens)
    if (anchor !== undefined) this.anchors.add(anchor, person)
  }

  /** An alias set that indexes what is added to it, whoever adds it. */
  private aliasSet(): AliasSet {
    return new AliasSet((person, alias) => this.index(person, alias))
  }
}

class AliasSet extends Set<string> {
  owner: Person | undefined
  private readonly onAdd: ((person: Person, alias: string) => void) | undefined

  constructor(onAdd: (person: Person, alias: string) => void) {
    super()
    this.onAdd = onAdd
  }

  override add(alias: string): this {
    if (!this.has(alias)) {
      super.add(alias)
      if (this.owner && this.onAdd) this.onAdd(this.owner, alias)
    }
    return this
  }
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
