import {describe, expect, it} from 'vitest'
import {People, type Person, isShortFormOf, nameKey} from '../src/lib/names.js'

describe('People', () => {
  it('resolves short forms, spelling variants and aliases through its indexes', () => {
    const people = new People()
    const lilian = people.add('Lilian Ivette De Luque')
    const sergio = people.add('Sergio Salinas Porto')
    expect(people.add('Lilian De Luque')).toBe(lilian)
    expect(people.find('Luque')).toBe(lilian)
    expect(people.find('Sergio')).toBe(sergio)
    // A spelling variant of a word of the name.
    expect(people.find('Sergio Salinas Portto')).toBe(sergio)
    // An alias added from outside is found by its exact form.
    sergio.aliases.add('The Rapporteur')
    expect(people.find('the rapporteur')).toBe(sergio)
    expect(people.find('Nobody Known')).toBeUndefined()
  })

  it('keeps the fullest form as the name when a short form came first', () => {
    const people = new People()
    const person = people.add('Jane Doe')
    expect(people.add('Jane Alice Doe')).toBe(person)
    expect(person.name).toBe('Jane Alice Doe')
    expect([...person.aliases]).toEqual(['Jane Doe'])
    expect(people.find('jane doe')).toBe(person)
  })

  it('never merges numbered identifiers, and leaves an ambiguous mention unresolved', () => {
    const people = new People()
    const labels = Array.from({length: 3000}, (_, index) => `Speaker ${index}`)
    const added = labels.map((label) => people.add(label))
    expect(new Set(added).size).toBe(3000)
    expect(people.find('Speaker 1234')).toBe(added[1234])
    // "Speaker" alone fits all of them: no guess.
    expect(people.find('Speaker')).toBeUndefined()
  })

  it('finds the same person as a scan of everyone would', () => {
    const names = ['Ana Maria Pereira', 'Ana Pereira', 'Bruno Costa', 'Bruna Costa', 'Carlos de la Fuente', 'Carla Fuentes', 'Person 8', 'Person 18', 'Dimitri Ivanov', 'Lee Wu']
    const people = new People()
    for (const name of names) people.add(name)
    people.people[2]!.aliases.add('Bruno C')
    // The lookup as it was before the indexes: every person checked in turn.
    const scan = (mention: string): Person | undefined => {
      const key = nameKey(mention)
      for (const person of people.people) if (nameKey(person.name) === key || [...person.aliases].some((alias) => nameKey(alias) === key)) return person
      let candidates = people.people.filter(
        (person) => isShortFormOf(mention, person.name) || isShortFormOf(person.name, mention) || [...person.aliases].some((alias) => isShortFormOf(mention, alias))
      )
      if (candidates.length > 1) {
        const exact = candidates.filter((person) => nameKey(person.name).split(' ')[0] === nameKey(mention).split(' ')[0])
        if (exact.length > 0) candidates = exact
      }
      return candidates.length === 1 ? candidates[0] : undefined
    }
    const mentions = ['Ana', 'Pereira', 'Costa', 'Bruno', 'Bruno C', 'Carlos Fuente', 'Fuentes', 'Person 8', 'Person', 'Ivanov', 'Dimitry Ivanov', 'Maria', 'Lee', 'Wu', 'Zed', 'Ana Maria Pereira Silva']
    for (const mention of mentions) expect(people.find(mention), mention).toBe(scan(mention))
    expect(people.find('Dimitry Ivanov')?.name).toBe('Dimitri Ivanov')
  })
})
