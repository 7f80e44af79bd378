/**
 * segment: resolve speaker labels to people. Labels in capitals get display
 * names in title case (`SERGIO SALINAS PORTO` → `Sergio Salinas Porto`);
 * short forms of a name (`LILIAN DE LUQUE` beside `LILIAN IVETTE DE LUQUE`)
 * and the way speakers name themselves ("Sergio Salinas speaking", "This is
 * Lilian De Luque for the record") resolve to one person. An unidentified
 * label whose speaker names themself is resolved to that person.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {allCues, cleanName, unionOf} from '../lexicon/cues.js'
import {People, displayName, nameKey, readLabel} from '../lib/names.js'
import type {Turn} from '../tree.js'

export default function resolveSpeakers() {
  const selfIdentification = allCues().flatMap((cues) => cues.selfIdentification)

  return (tree: Root, file: VFile): void => {
    const people = new People()
    file.data.people = people
    const turns = tree.children.filter((node): node is Turn => node.type === 'turn')

    // Fullest names first, so that short forms become their aliases. A bare
    // role (`The Chair`) is no person: it is resolved turn by turn below.
    const labels = new Map<string, {name: string; affiliation: string | undefined; role: string | undefined; bare: boolean; uncertain: boolean}>()
    for (const turn of turns) {
      const label = turn.children[0]
      if (label?.type !== 'speakerLabel' || label.unidentified || labels.has(label.value)) continue
      const {name, affiliation, role} = readLabel(label.value)
      const roleKey = role === undefined ? undefined : nameKey(role)
      labels.set(label.value, {name: displayName(name), affiliation, role: roleKey, bare: roleKey !== undefined && nameKey(name) === roleKey, uncertain: label.uncertain})
    }
    const ordered = [...labels.values()].filter((entry) => !entry.bare).sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    for (const entry of ordered) {
      const person = people.add(entry.name)
      if (entry.affiliation && !person.affiliation) person.affiliation = entry.affiliation
      // A guessed label stays uncertain unless the person is also labelled plainly.
      person.uncertain = (person.uncertain ?? entry.uncertain) && entry.uncertain
    }

    const holders = new Map<string, string>()
    for (const turn of turns) {
      const label = turn.children[0]
      if (label?.type !== 'speakerLabel') continue
      const known = labels.get(label.value)
      if (known?.bare) {
        // A bare role: its holder at this point, or the role itself when none was named.
        turn.speaker = holders.get(known.role!) ?? people.add(known.name).name
      } else {
        turn.speaker = known ? people.resolve(known.name) : null
        if (known?.role !== undefined && turn.speaker) holders.set(known.role, turn.speaker)
      }

      const said = selfNamed(turn, selfIdentification)
      if (!said) continue
      const person = people.find(said)
      if (turn.speaker === null) {
        if (person) turn.speaker = person.name
        continue
      }
      if (!person) continue
      if (person.name === turn.speaker) {
        if (nameKey(said) !== nameKey(person.name)) person.aliases.add(said)
      } else {
        file.message(`Label says ${turn.speaker} but the speaker introduces themself as ${said}`, {
          place: label.position,
          ruleId: 'speaker-mismatch',
          source: 'minutes'
        })
      }
    }
  }
}

/** The name a speaker gives in the opening words of a turn, if any. */
function selfNamed(turn: Turn, patterns: RegExp[]): string | undefined {
  const first = turn.children.find((child) => child.type === 'paragraph')
  if (!first) return undefined
  const opening = toString(first).slice(0, 240)
  if (!unionOf(patterns).test(opening)) return undefined
  for (const pattern of patterns) {
    const name = cleanName(pattern.exec(opening)?.groups?.['name'])
    if (name) return name
  }
  return undefined
}
