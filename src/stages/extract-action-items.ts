/**
 * action items: commitments and assignments, who owns them, and when they are
 * due.
 *
 * - "I can take that", "leave it with me" after a request: the one who
 *   volunteers owns what was just asked.
 * - "Everyone please review the draft by Friday", "we will… next week": the
 *   group owns it, as said (`ownerKind: "group"`), never a guessed person.
 * - "Action items: Owen to send the survey, Lena to chase the printers": each
 *   person listed.
 * - An item reported done in a review of last meeting's items is dropped; one
 *   still open is kept.
 * - "Someone should check the quorum rules. Can we take that as an action for
 *   Tim?": what was just said is the task, the one named its owner; "I'll take
 *   that as an action to update the wiki": the task follows, the speaker's.
 * - Hedged or conditional items, commitments whose verb is no known task verb,
 *   and things done during the call itself ("I'll share my screen") fall
 *   below the threshold: they are kept as candidates for review.
 *
 * - "I will send it", "I'm going to post…", "I just need to look for it":
 *   the speaker owns it.
 * - "Silvia, could you…", "Please send it to me", "And just send a
 *   reminder": the person addressed owns it: named in the sentence, or the
 *   one who answers "Sure", or the one the speaker is replying to. Never the
 *   person the thing is to be sent to.
 * - "for Harold to post that information", "Humberto will prepare…": the
 *   person named.
 * - "tomorrow we need to organize the two groups", "That is an action item
 *   and this is to send e-mail…": no owner, unless one is said.
 * - "the creation of a small group to work on metrics… Alberto and myself
 *   will be part of this small group": the members.
 *
 * The due date is resolved against the meeting date when a day is said
 * ("tomorrow", "as soon as we finish this call", "in the next meeting" once
 * its date is set). Owner and due date stay null when not said.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cleanName, cuesFor, firstTask, globalOf, infinitiveOf, splitNames, taskAt, type Cues} from '../lexicon/cues.js'
import {candidateFloor, conditionalBefore, confidence, dislocatedPhrase, evidenceOf, firstMatch, longerThan, matches, resolveObject, overlaps, reaches, similarity, taskFrom, type Found} from '../lib/extraction.js'
import {findDue} from '../lib/dates.js'
import {nameKey, type People, type Person} from '../lib/names.js'
import type {Sentence} from '../lib/sentences.js'
import type {Unit} from '../data.js'
import type {ActionItem, Candidate} from '../record.js'

export interface ActionItemOptions {
  /** Lowest confidence kept (default `0.5`). */
  readonly minConfidence?: number
}

type Kind =
  | 'commitment'
  | 'progressive'
  | 'thirdPerson'
  | 'request'
  | 'suggestion'
  | 'offer'
  | 'imperative'
  | 'collective'
  | 'explicit'
  | 'marked'
  | 'groupFormation'
  | 'groupTask'
  | 'listed'
  | 'recapped'
  | 'volunteer'
  | 'commitmentLoose'

const base: Record<Kind, number> = {
  commitment: 0.85,
  listed: 0.8,
  recapped: 0.8,
  volunteer: 0.7,
  groupTask: 0.45,
  commitmentLoose: 0.45,
  thirdPerson: 0.8,
  request: 0.75,
  groupFormation: 0.75,
  explicit: 0.7,
  marked: 0.75,
  imperative: 0.5,
  progressive: 0.6,
  collective: 0.6,
  suggestion: 0.55,
  offer: 0.55
}
const kinds = Object.keys(base) as Kind[]
/** Kinds whose patterns carry their own verbs ("enviaré", "j'enverrai"), or none. */
const verbless: Kind[] = ['explicit', 'marked', 'groupFormation', 'suggestion', 'progressive', 'volunteer', 'commitmentLoose', 'commitment', 'offer']
/** What a recap is read for besides: its assignments may be said in the present ("Omar contacts the embassy"). */
const recapKinds: Kind[] = [...verbless, 'recapped']
/** Kinds that give a task to someone named ("Tex will send the survey", "Kevin to chase Alex"); a sentence may give several. */
const assignments: Kind[] = ['listed', 'recapped', 'thirdPerson']

const gerundLists = new WeakMap<Cues, RegExp[]>()

/** The cues of every kind that name a gerund as their verb (`(?<ing>)`), which no task verb in its base form shows. */
function gerundCues(cues: Cues): RegExp[] {
  let list = gerundLists.get(cues)
  if (!list) {
    list = kinds.flatMap((kind) => cues.actions[kind].filter((pattern) => pattern.source.includes('(?<ing>)')))
    gerundLists.set(cues, list)
  }
  return list
}

export interface FoundAction extends Found {
  owner: string | null
  /** `group` when the owner is a group as said ("everyone", "we"). */
  ownerKind?: 'person' | 'group'
  assignees: string[]
  due: string | null
  dueText: string | null
  /** Sentence index of the cue in the unit. */
  sentence: number
  /** The task's object is a pronoun ("post it"): it refers to what came before. */
  anaphoric: boolean
  kind: Kind | 'listed'
  /** Text offset of the task's verb in the unit: a list is read on from there. */
  verbAt?: number
}

export default function extractActionItems(options: ActionItemOptions = {}) {
  const minConfidence = options.minConfidence ?? 0.5
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new TypeError(`Expected \`minConfidence\` between 0 and 1, not \`${minConfidence}\``)

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const people = file.data.people!
    const meetingDate = file.data.meeting?.date ?? null
    const nextMeetingDate = file.data.nextMeeting?.date ?? null
    const found: FoundAction[] = []

    for (const [index, unit] of units.entries()) {
      const cues = cuesFor(unit.language)
      // Where the last short sentence announcing a recap is ("Action items."): the sentences after it are read as its items.
      let announcedAt = Number.NEGATIVE_INFINITY
      for (const [position, sentence] of unit.sentences.entries()) {
        // Most sentences name no task at all; only those that do are read closely.
        // Where orders are inflected, one said in a form of its own ("Rui, envie a lista…") counts too.
        // So does a cue that names a gerund as its verb ("would you mind sending…?").
        const hasVerb =
          cues.taskVerbs.test(sentence.text) ||
          cues.encliticVerb.test(sentence.text) ||
          cues.inflectedVerb.test(sentence.text) ||
          (cues.ordersInflected && matches(cues.actions.imperative, sentence.text)) ||
          matches(gerundCues(cues), sentence.text)
        // A recap said in the present ("next steps: Omar contacts the embassy") is read only where a recap is announced,
        // in the sentence or in a short one just before ("Action items. Owen updates the wiki. Lena books the room.").
        const announces = matches(cues.actions.explicit, sentence.text)
        const recap = announces || position - announcedAt <= 4
        if (announces && !longerThan(sentence.text, 8)) announcedAt = position
        // One context for every kind read in the sentence.
        const context: Context = {cues, units, index, unit, position, sentence, people, meetingDate, nextMeetingDate, recap}
        for (const kind of hasVerb ? kinds : recap ? recapKinds : verbless) {
          if (kind === 'recapped' && !recap) continue
          const item = readItem(kind, context)
          if (item) found.push(item)
          // A recap lists several ("Owen to send the survey, Lena to chase the printers"; "Tex will send
          // the survey and Kevin will chase Alex"): read on after each.
          for (let rest = item, guard = 0; assignments.includes(kind) && rest && guard < 10; guard++) {
            const from = (rest.verbAt ?? rest.focus) - sentence.start + 1
            const tail: Sentence = {start: sentence.start + from, end: sentence.end, text: sentence.text.slice(from)}
            rest = readItem(kind, {...context, sentence: tail})
            if (rest) found.push(rest)
          }
        }
      }
    }
    file.data.candidates ??= []
    file.data.actionItems = toActionItems(merge(found), minConfidence, file.data.candidates)
  }
}

interface Context {
  cues: Cues
  units: readonly Unit[]
  index: number
  unit: Unit
  position: number
  sentence: Sentence
  people: People
  meetingDate: string | null
  nextMeetingDate: string | null
  /** Whether the whole sentence announces a recap ("action items:", "next steps:"). */
  recap: boolean
}

function readItem(kind: Kind, context: Context): FoundAction | undefined {
  const {cues, unit, position, sentence, people} = context
  const text = sentence.text
  const patterns = cues.actions[kind]
  // "On va demander à Paul d'envoyer…": a name slot that names nobody ("On") leaves the sentence to the cues after it.
  const naming = kind === 'thirdPerson' ? namesSomeone(context) : undefined
  const found = firstTask(cues, patterns, text, naming?.accept)
  if (!found) return undefined
  const {match, pattern: patternIndex} = found
  // A question commits nobody ("Will the minister clarify…?"); only a request asks. Automatic transcripts
  // run sentences together ("I'm happy to host. let's talk about it, right?"): the clause of the cue decides.
  // "Shall I send the link?", "¿quieres que envíe…?": an offer put as a question is a task once someone else says yes.
  const asks = match.groups?.['asks'] !== undefined
  if (kind !== 'request' && kind !== 'explicit' && kind !== 'marked' && !asks && clauseIsQuestion(text, match.index)) return undefined

  let evidenceStart = sentence.start
  let evidenceEnd = sentence.end
  let taskSource = text
  let verbAt: number | undefined = found.verbAt

  if (kind === 'marked') {
    // "I'll take that as an action to update the wiki": the task follows;
    // "Members should send their names by Friday. Let's take that as an action.": it is the sentence before.
    const end = match.index + match[0].length
    const ahead = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0)
    const previous = unit.sentences[position - 1]
    const verb = previous ? cues.taskVerbs.exec(previous.text) : null
    if (match.groups?.['then'] !== undefined && taskAt(cues, text, ahead)) verbAt = ahead
    else if (previous && verb) {
      evidenceStart = previous.start
      taskSource = previous.text
      verbAt = verb.index
    } else return undefined
  } else if (kind === 'explicit' && matches(cues.actions.marked, text)) return undefined
  else if (kind === 'explicit' || kind === 'groupFormation') {
    // The task follows the cue: in the same sentence, or, after a cue that
    // announces it ("what are the activities that we are going to do?"), in the next.
    const after = text.slice(match.index + match[0].length)
    const verb = cues.taskVerbs.exec(after)
    if (verb) verbAt = match.index + match[0].length + verb.index
    else if (kind === 'explicit') {
      // Only a cue that announces what follows ("…that we are going to do?",
      // "action items:") hands the task to the next sentence.
      // The cue must be in the clause that ends so, not in one before it ("…the next step for me. or does that sound good?").
      if (!/[?:]\s*$/u.test(text) || /[.!?]\s/u.test(after)) return undefined
      const next = unit.sentences[position + 1]
      if (!next) return undefined
      evidenceEnd = next.end
      taskSource = next.text
      const nextVerb = cues.taskVerbs.exec(next.text)
      verbAt = nextVerb ? nextVerb.index : 0
    } else verbAt = match.index
  }
  if (verbAt === undefined) return undefined

  // "Te lo mando mañana", "je vous envoie le lien demain": the present promises only with a time said.
  const present = match.groups?.['now'] !== undefined
  if (present && !cues.timeRef.test(text) && !context.recap) return undefined
  // "Would you mind sending the list?": a gerund that names a task verb.
  const gerund = match.groups?.['ing'] !== undefined
  if (gerund && !infinitiveOf(cues, /^\p{L}+/u.exec(text.slice(verbAt))?.[0] ?? '')) return undefined

  const before = text.slice(0, Math.min(verbAt, text.length))
  // "Don't forget to submit…", "n'oubliez pas de…" ask for the task; another negation says it is not one.
  if (taskSource === text && match.groups?.['remind'] === undefined && matches(cues.actions.negation, before.slice(match.index))) return undefined
  // "That's what I can share": a promise inside a relative clause describes, it commits to nothing.
  if (matches(cues.actions.relative, text.slice(Math.max(0, match.index - 60), match.index))) return undefined
  // "Share my screen", "put it in the chat": done in the call, unless a place outside it is named
  // ("share the screenshot of the slides in the members' channel").
  if (matches(cues.actions.inMeeting, taskSource.slice(verbAt)) && !matches(cues.actions.outsideCall, taskSource.slice(verbAt))) return undefined
  // A group formed "when we have a conference or form a committee" is no plan.
  if (kind === 'groupFormation' && conditionalBefore(cues, text, match.index)) return undefined

  let owner: string | null = null
  let ownerKind: FoundAction['ownerKind'] = 'person'
  let assignees: string[] = []
  let score = base[kind]
  let offerTakenUp = false
  switch (kind) {
    case 'commitment':
    case 'progressive':
    case 'offer':
    case 'volunteer':
    case 'commitmentLoose': {
      owner = unit.speaker
      // "I can send you my notes." — "No need, I have them.": turned down, it is no task.
      if (position >= unit.sentences.length - 2 && declinedBy(context)) return undefined
      if (kind === 'commitment' && patternIndex === 1) score -= 0.1
      if (asks) {
        if (!acceptedBy(context)) return undefined
        // "¿Quieres que envíe el enlace?": the verb said in the subjunctive must be a task verb's.
        const subjunctive = match.groups?.['verb']
        if (subjunctive && !taskAt(cues, text, verbAt) && !infinitiveOf(cues, subjunctive, cues.data.subjunctives)) return undefined
        score += 0.2
      } else if (match.groups?.['can'] !== undefined && position >= unit.sentences.length - 2 && acceptedBy(context)) offerTakenUp = true
      break
    }
    case 'thirdPerson':
    case 'listed':
    case 'recapped': {
      // In a recap ("action items: Owen to send the survey, Lena to chase the printers"), a first name the
      // meeting never heard is still the owner the text names.
      const {recap} = context
      // "Next steps: Omar contacts the embassy, Pat updates the FAQ": said in the present, only a recap assigns.
      if (kind === 'recapped' && !infinitiveOf(cues, match.groups?.['task'] ?? '', cues.data.thirdPersons)) return undefined
      // "Omar enviará el informe": a verb said in the future must be a task verb's.
      if (match.groups?.['future'] !== undefined && !infinitiveOf(cues, match.groups['verb'] ?? '', cues.data.futures)) return undefined
      // "Lena was going to share the report": from a review of last meeting's items, an action of this one only while still open.
      const next = unit.sentences[position + 1]?.text ?? ''
      if (match.groups?.['pending'] !== undefined && !matches(cues.actions.stillOpen, text) && !matches(cues.actions.stillOpen, next)) return undefined
      // "Laurent welcome to join": a listed name runs up to "to"; one that ends in a word in lower case is no name.
      if (kind === 'listed' && !/\p{Lu}[\p{L}'’-]*\s*$/u.test(match.groups?.['name'] ?? '')) return undefined
      const named = naming?.names ?? namedPeople(context, match.groups?.['name'], recap)
      if (named.length === 0) return undefined
      owner = named[0]!
      assignees = named
      break
    }
    case 'request':
    case 'imperative': {
      const captured = match.groups?.['name']
      const named = cleanName(captured, cues)
      // "I ask them to post": a name slot filled with no name is no request.
      if (captured && (!named || isNotAName(cues, named))) return undefined
      if (kind === 'imperative' && !named && !/\bplease\b|\bpor favor\b|\bs['’]il vous plaît\b/iu.test(text) && text.split(/\s+/).length > 8) return undefined
      // "Lara, you can reach out to JB": a name said before "you can" is who is asked, when it is one.
      const called = cleanName(match.groups?.['addressee'], cues)
      const vocative = called && !isNotAName(cues, called) ? called : undefined
      // "…you can see it here": without a name before it, "you can" asks nothing.
      if (match.groups?.['addressee'] !== undefined && !vocative) return undefined
      // "Omar, can you please update the wiki?": the name said before the request is who is asked, known or not.
      const asked = vocative ?? (named ? undefined : vocativeBefore(cues, text.slice(0, match.index)))
      // A name the meeting does not know is mostly one misheard: whoever answers yes, or the one speaker a letter away.
      owner = named ? people.resolve(named) : asked ? (people.find(asked)?.name ?? acceptedBy(context) ?? people.closeTo(asked)?.name ?? asked) : addressee(context)
      // A bare order ("Send it to me") is mostly talk in a call; one said to someone by name is a task.
      if (kind === 'imperative' && named) score += 0.15
      if (!owner) {
        // An order to nobody in particular is procedure, not an action item.
        if (kind === 'imperative') return undefined
        score -= 0.05
      }
      break
    }
    case 'collective': {
      if (!cues.timeRef.test(text) && !matches(cues.decisions.nextMeeting, text)) return undefined
      // "Organicemos una reunión…", "organisons…": the verb that says "let's" must be a task verb's.
      if (match.groups?.['lets'] !== undefined && !infinitiveOf(cues, match.groups['verb'] ?? '', cues.data.exhortatives)) return undefined
      // "We will…": the group owns it, never a guessed person.
      // The group said after the task is whom it is done with ("organicemos una reunión con el equipo"), not who does it.
      owner = groupNamed(cues, match[0]) ?? groupNamed(cues, text.slice(0, match.index)) ?? cues.data.we
      ownerKind = 'group'
      break
    }
    case 'groupTask': {
      // "Les pido a todos que revisen…": the verb said in the subjunctive must be a task verb's.
      const subjunctive = match.groups?.['verb']
      if (subjunctive && !taskAt(cues, text, verbAt) && !infinitiveOf(cues, subjunctive, cues.data.imperatives)) return undefined
      // "Sam, merci de revoir le budget": said to one person by name, the task is theirs.
      const called = vocativeBefore(cues, text.slice(0, match.index))
      const person = called ? people.find(called) : undefined
      owner = person?.name ?? groupNamed(cues, match[0]) ?? groupNamed(cues, text) ?? cues.data.actions.groupWords[0]!
      ownerKind = person ? 'person' : 'group'
      // Said to the room, a task is one when it has a time or is asked for ("please…").
      if (cues.timeRef.test(text) || /\bplease\b|\bpor favor\b|\bs['’]il vous plaît\b|\bmerci de\b/iu.test(text)) score += 0.15
      break
    }
    case 'groupFormation': {
      assignees = groupMembers(context)
      owner = assignees[0] ?? null
      break
    }
    case 'marked': {
      // "…as an action for Tim": the one named; said of no one, the item has no owner.
      const named = namedPeople(context, match.groups?.['name'], true)
      owner = named[0] ?? (match.groups?.['self'] !== undefined ? unit.speaker : null)
      break
    }
    case 'explicit':
    case 'suggestion':
      break
  }
  if (owner && ownerKind === 'person' && !assignees.includes(owner)) assignees = [owner, ...assignees]

  if (kind !== 'suggestion' && matches(cues.actions.hedge, before)) score -= 0.1
  // "Não se esqueçam de…": the reminder's own words hold no condition.
  const reminded = match.groups?.['remind'] !== undefined
  // "I can send it if that helps", "si quieren, les mando…": a condition said out of courtesy holds nothing back.
  const condition = withoutCourtesy(cues, text.slice(0, verbAt))
  const consequence = withoutCourtesy(cues, text.slice(verbAt))
  if ((!reminded && conditionalBefore(cues, condition, condition.length)) || conditionalBefore(cues, consequence, consequence.length)) score -= 0.15
  // "I can send my report from last year." — "Yes, please.": an offer that ends a turn and that the next speaker takes up, unless it holds a condition.
  else if (offerTakenUp && !matches(cues.anaphora, text.slice(verbAt))) score += 0.2

  let task = taskFrom(taskSource, verbAt)
  // "Lo voy a buscar": the pronoun said before the verb that governs the task is its object ("buscarlo").
  const climbed = match.groups?.['climbed']?.toLowerCase()
  if (climbed) {
    const said = /^\p{L}+/u.exec(taskSource.slice(verbAt))?.[0] ?? ''
    const rest = taskSource.slice(verbAt + said.length)
    const joined = taskFrom(`${said}${climbed}${rest}`, 0)
    task = /\s/u.test(joined) ? joined : `${said.charAt(0).toUpperCase()}${said.slice(1)}${climbed}`
  }
  // "Submit your budget lines by Friday, everyone": whom it is said to is no part of the task.
  const comma = kind === 'groupTask' ? task.lastIndexOf(',') : -1
  if (comma > 0) {
    const tail = task.slice(comma + 1).trim().replace(/[.!?]+$/u, '')
    const said = cues.groupWord.exec(tail)
    if (said && said.index === 0 && said[0].length === tail.length) task = task.slice(0, comma)
  }
  // "Share the report, that's still open": the status said after the task is no part of it.
  const status = match.groups?.['pending'] !== undefined ? firstMatch(cues.actions.stillOpen, task) : undefined
  if (status) task = task.slice(0, Math.max(0, task.slice(0, status.index).search(/[,;:–—-][^,;:–—-]*$/u))).trimEnd() || task
  if (assignments.includes(kind) || context.recap) {
    // "Send the survey, Lena to chase the printers": the item ends where the next one in the list begins.
    // "…and everyone to review the charter": a task for the group ends it too; so does another's in a recap
    // ("next steps: I'll send the survey, and Owen will update the wiki").
    const families = [cues.actions.listed, cues.actions.thirdPerson, ...(kind === 'recapped' || context.recap ? [cues.actions.recapped] : []), cues.actions.groupTask]
    let cut = -1
    for (const family of families) {
      const at = nextItemAt(context, task, family)
      if (at > 0 && (cut < 0 || at < cut)) cut = at
    }
    // "…amanhã e o Owen…": the article before the next owner's name goes with it.
    if (cut > 0) task = task.slice(0, cut).replace(/(?:[\s,;:]+(?:and|y|et|e))?(?:\s+(?:o|a|el|la|le|the))?[\s,;:]*$/u, '')
  }
  // "Send the survey to the members, Tex": the name said at the end is whom it is asked of, not part of the task.
  if (owner && (kind === 'request' || kind === 'imperative')) {
    const called = nameAtEnd.exec(task)
    if (called && people.find(called[1]!)?.name === owner) task = task.slice(0, called.index)
  }
  const asked = kind === 'volunteer' ? askedBefore(context) : undefined
  if (kind === 'volunteer') {
    // "I can take that": the task is what was just asked, in the turn before or earlier in this one.
    // A bare "Me." or "Happy to." answers only a question ("Who wants to draft the budget?").
    if (match.groups?.['bare'] !== undefined && asked && !asked.sentence.trimEnd().endsWith('?')) return undefined
    if (asked) task = asked.task
    else {
      // Nothing asked in so many words: the promise as said ("Leave it with me") is the item;
      // a bare "I will." answers only a question just put.
      if (match.groups?.['bare'] !== undefined) return undefined
      // "I don't know, but… I can volunteer to do that": the promise starts where its cue does.
      task = taskFrom(text, match.index)
      score -= 0.1
      // Said on in the speaker's own talk rather than in answer to another's ("Just give me instructions and I will do it"),
      // such a promise is mostly talk: a reviewer may still take it. "Perfect. So I will do that." answers.
      if (unit.sentences.slice(0, position).some((each) => longerThan(each.text, 3))) score -= 0.15
    }
  }
  // A review of last meeting's items: one reported done is no action of this meeting; one still open is.
  if (matches(cues.actions.reportedDone, text) && !matches(cues.actions.stillOpen, text)) return undefined
  if (matches(cues.actions.stillOpen, text)) score += 0.1
  // "I'll share the link", "let me show you", "I'll put it in the chat": in an online call that is
  // done there and then, unless a time or a place outside it is said; a reviewer may still take it.
  // The verb as a whole: "mettre à jour", "put together" are not "mettre", "put".
  // Taken on as asked ("could you add a link to the form?" — "I will do that"), the request says when and where too.
  const said = asked ? `${asked.sentence} ${text}` : text
  const verbWord = (taskAt(cues, task, 0) ?? task.split(/\s+/)[0]!).toLowerCase()
  if (cues.data.actions.inCallVerbs.includes(verbWord) && !cues.timeRef.test(said) && !matches(cues.actions.outsideCall, said)) score -= 0.4
  // A task of a word or two ("Go through", "Share here"), or one the transcript cut off on a small word, says too little.
  const taskWords = task.split(/\s+/)
  const asIs = kind === 'volunteer' && !asked
  if (taskWords.length < 3 && !asIs) score -= 0.2
  const last = taskWords.at(-1)!.toLowerCase().replace(/[.,;:!?…]+$/u, '')
  // "Talk to so things…", "work with and I'll…": the speaker broke off before the object.
  if (matches(cues.actions.objectMissing, task)) score -= 0.4
  if (!asIs && (cues.data.actions.prepositions.includes(last) || cues.data.stopwords.includes(last))) score -= 0.1

  if (kind === 'commitment' || kind === 'offer' || kind === 'progressive' || kind === 'commitmentLoose') {
    // "I will take note of these points and I will post them on the Wiki page":
    // the speaker's further commitments in the sentence belong to the same item.
    let from = verbAt + task.length
    for (let later = firstTask(cues, patterns, text.slice(from)); later; later = firstTask(cues, patterns, text.slice(from))) {
      const next = taskFrom(text.slice(from), later.verbAt)
      task += `; ${next.charAt(0).toLowerCase()}${next.slice(1)}`
      from += later.verbAt + next.length
    }
  }
  const anaphoric = matches(cues.anaphora, taskSource.slice(verbAt))
  // "I just need to look for it": the sentence before says what "it" is.
  if (anaphoric && position > 0) {
    const previous = unit.sentences[position - 1]!
    if (previous.text.split(/\s+/).length >= 4) evidenceStart = previous.start
  }
  // "Look for it": name what "it" is, from the sentence before (in this turn, or the turn before).
  // "Eu envio ela na segunda": a promise in the present names its verb as said.
  const verb = climbed ? /^\p{L}+/u.exec(task)?.[0] : (taskAt(cues, taskSource, verbAt) ?? (present ? /^\p{L}+/u.exec(task)?.[0] : undefined))
  if (verb) {
    const earlier = [...unit.sentences.slice(Math.max(0, position - 2), position)].reverse().map((other) => other.text)
    const previousTurn = context.units[context.index - 1]?.sentences.at(-1)?.text
    if (previousTurn) earlier.push(previousTurn)
    // "The slides from the workshop, can you send them to everyone?": named first in the same sentence.
    const dislocated = taskSource === text ? dislocatedPhrase(cues, text.slice(0, match.index)) : undefined
    const here = dislocated ? resolveObject(cues, task, verb, '', dislocated) : task
    if (here !== task) task = here
    else {
      for (const before of earlier) {
        const resolved = resolveObject(cues, task, verb, before)
        if (resolved !== task) {
          task = resolved
          break
        }
      }
    }
  }

  // "I'll share it later", "update you guys on that": a task that never names its object says too little.
  // Asked of someone ("everyone, please review it by Friday", "can you send it?"), "it" is what was just shown.
  if (!askedOfOthers.includes(kind) && !namesSomething(cues, task)) score -= 0.3

  // "I'm preparing the report" is the task "Prepare the report"; "je vous envoie le lien demain", "Envoyer le lien demain".
  // "Revisen el documento", "envoyez le lien": an order to several people is stated in the infinitive too.
  // "Il faut que je vérifie…": a verb after "que" is in the subjunctive, as in "vous voulez que j'envoie… ?".
  const subjunctive = (asks && match.groups?.['verb'] !== undefined) || match.groups?.['subj'] !== undefined
  const form = kind === 'progressive' || gerund ? cues.data.gerunds : subjunctive ? cues.data.subjunctives : match.groups?.['lets'] !== undefined ? cues.data.exhortatives : present ? cues.data.presents : kind === 'recapped' ? cues.data.thirdPersons : kind === 'imperative' || kind === 'groupTask' ? cues.inflectionEndings : cues.data.imperatives
  // "Me mandar a lista": a pronoun for whom it is for, said before the verb, does not open the task.
  const opening = /^(\p{L}+)\s+(\p{L}+)/u.exec(task)
  if (opening && cues.data.actions.indirectProclitics.includes(opening[1]!.toLowerCase()) && cues.verbPhrases.has(opening[2]!.toLowerCase())) {
    task = task.charAt(opening[1]!.length + 1).toUpperCase() + task.slice(opening[1]!.length + 2)
  }
  const first = /^\p{L}+/u.exec(task)
  // "Enviaré el informe", "Omar enviará…", "j'écrirai…": a future is stated in the infinitive as well.
  // "Rui, envie a lista": an order to one person is often the subjunctive's form.
  const ordered = kind === 'imperative' && first ? infinitiveOf(cues, first[0], cues.data.subjunctives) : undefined
  const infinitive = first ? (infinitiveOf(cues, first[0], form) ?? infinitiveOf(cues, first[0], cues.data.futures) ?? ordered) : undefined
  if (infinitive) task = infinitive.charAt(0).toUpperCase() + infinitive.slice(1) + task.slice(first![0].length)

  // A group's due date may follow in the next sentences ("probably in the next meeting").
  let {due, dueText} = dueOf(context, text)
  // "Could you send it by Friday?" — "I'll do that": the day was said with the request.
  if (!due && !dueText && asked) ({due, dueText} = dueOf(context, asked.sentence))
  if (!due && kind === 'groupFormation') {
    for (const next of unit.sentences.slice(position + 1, position + 3)) {
      const later = dueOf(context, next.text)
      if (later.due) {
        due = later.due
        dueText = later.dueText
        break
      }
    }
  }
  if (due) score += 0.05

  return {
    unit,
    start: evidenceStart,
    end: evidenceEnd,
    focus: sentence.start + (match.index ?? 0),
    text: task,
    confidence: score,
    owner,
    ownerKind,
    assignees,
    due,
    dueText,
    sentence: position,
    anaphoric,
    kind,
    verbAt: sentence.start + verbAt
  }
}

/** A first name, or a first and a last, as said to call someone ("Tex", "Owen Price"). */
const spokenName = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`
/** A name said at the end of a task, after a comma ("…to the members, Tex?"). */
const nameAtEnd = new RegExp(String.raw`,\s*(${spokenName})[\s.!?]*$`, 'u')
/** A name said alone before a request ("Omar, can you…"). */
const nameBefore = new RegExp(String.raw`^\W*(${spokenName}),\s*[¿¡]?$`, 'u')
/** A name said between commas or before a question mark. */
const nameCalled = new RegExp(String.raw`(?:^|[,;]\s*)(${spokenName})(?=\s*[,?])`, 'gu')

/** Kinds that ask a task of others, or take on one just asked: the object may be what was just said or shown. */
const askedOfOthers: Kind[] = ['volunteer', 'groupTask', 'request']

/** Whether a task has a word past its verb that names something: not a pronoun, a small word or a time. */
function namesSomething(cues: Cues, task: string): boolean {
  const {emptyWords, objectPronouns, determiners, prepositions} = cues.data.actions
  // "…later this week": a time names no object either.
  const time = cues.timeRef.exec(task)
  const said = time ? task.slice(0, time.index) + task.slice(time.index + time[0].length) : task
  const words = said.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return words.slice(1).some((word) => !emptyWords.includes(word) && !objectPronouns.includes(word) && !determiners.includes(word) && !prepositions.includes(word) && !cues.data.stopwords.includes(word))
}

/** Whether the sentence from `from` on ends its first clause with a question mark. */
function clauseIsQuestion(text: string, from: number): boolean {
  if (!text.endsWith('?')) return false
  const stop = /[.!?](?=\s|$)/u.exec(text.slice(from))
  return stop?.[0] === '?'
}

/** The people a name slot holds: one name, or a list ("Tim and Tex"); single words only when the meeting knows them. */
function namedPeople(context: Context, captured: string | undefined, anyName = false): string[] {
  const {cues, people, unit} = context
  if (!captured) return []
  const labelled = roleNamed(people, captured)
  if (labelled) return labelled.name === unit.speaker ? [] : [labelled.name]
  const one = cleanName(captured, cues)
  const names = one ? [one] : splitNames(captured.replace(/^.*?(?=\p{Lu})/su, ''), cues, null)
  const result: string[] = []
  for (const name of names) {
    if (isNotAName(cues, name)) continue
    // "the Act will collect…": one capitalised word names a person only when
    // the meeting knows that person.
    const person = people.find(name)
    if (!person && !/\s/.test(name) && names.length === 1 && !anyName) continue
    const resolved = person?.name ?? name
    if (resolved !== unit.speaker || names.length > 1) result.push(resolved)
  }
  return result
}

/**
 * A test that a third-person cue's name slot names someone ("On va demander
 * à Paul…" names nobody in "On"), keeping the people the accepted match
 * names so that they are worked out once.
 */
function namesSomeone(context: Context): {accept: (match: RegExpExecArray) => boolean; names?: string[]} {
  const naming: {accept: (match: RegExpExecArray) => boolean; names?: string[]} = {
    accept: (match) => {
      const names = namedPeople(context, match.groups?.['name'], context.recap)
      if (names.length > 0) naming.names = names
      return names.length > 0
    }
  }
  return naming
}

/** Where the next item of a list starts in a task ("…the survey and Kevin will…"), or -1: at its name, or at the role said in lower case. */
function nextItemAt(context: Context, task: string, patterns: readonly RegExp[]): number {
  const following = firstTask(context.cues, patterns, task.slice(1))
  if (!following) return -1
  // The next item starts at its name, wherever the pattern's match starts.
  const captured = following.match.groups?.['name']
  const name = cleanName(captured, context.cues)
  const from = following.match.index + 1
  const at = name ? task.indexOf(name, from) : from
  // A name starts a word with a capital: "meet to prepare" holds no next item "eet to prepare".
  const named = captured === undefined || (name !== undefined && /^\p{Lu}/u.test(name) && !/\p{L}/u.test(task.charAt(at - 1)))
  if (named) return at
  // "…the look and feel, and the user interface designer will do the layout": a role said in lower case starts the next item too.
  return captured !== undefined && roleNamed(context.people, captured) ? task.indexOf(captured.trim(), from) : -1
}

/** The group a text names as owner ("everyone", "the committee", "we"), as said. */
function groupNamed(cues: Cues, text: string): string | null {
  const match = cues.groupWord.exec(text)
  return match ? match[0].toLowerCase() : null
}

/**
 * What was just asked of the person who volunteers: the last sentence with a
 * task in the turn before (by someone else), or before the reply in this turn.
 */
function askedBefore(context: Context): {task: string; sentence: string} | undefined {
  const {units, index, unit, position, cues} = context
  const previous = units[index - 1]
  const pools: Array<{sentences: readonly Sentence[]; language: string}> = []
  // Earlier in the speaker's own turn, only a question asks ("Who can draft the budget? I can take that."):
  // "You can all write in the chat. … I will do it." asks the speaker nothing.
  if (position > 0) pools.push({sentences: unit.sentences.slice(Math.max(0, position - 2), position).filter((each) => each.text.trimEnd().endsWith('?')), language: unit.language})
  if (previous && previous.speaker !== unit.speaker) pools.push({sentences: previous.sentences.slice(-3), language: previous.language})
  for (const pool of pools) {
    const poolCues = pool.language === unit.language ? cues : cuesFor(pool.language)
    for (const sentence of [...pool.sentences].reverse()) {
      const verb = verbNotNoun(poolCues, sentence.text)
      if (verb) return {task: taskFrom(sentence.text, verb.index + verb[0].length - verb.groups!['verb']!.length), sentence: sentence.text}
    }
  }
  return undefined
}

/**
 * The first task verb of a sentence that is said as a verb: "The pillars
 * document still has gaps" names a document, not a task; a word after a
 * determiner, or after a determiner and one more word that is no small word
 * ("the team will review" reviews), is a noun.
 */
function verbNotNoun(cues: Cues, text: string): RegExpExecArray | undefined {
  const verbs = globalOf(cues.taskVerbs)
  const {determiners} = cues.data.actions
  for (let verb = verbs.exec(text); verb; verb = verbs.exec(text)) {
    const before = text.slice(0, verb.index + verb[0].length - verb.groups!['verb']!.length).toLowerCase().match(/[\p{L}'’]+/gu) ?? []
    const last = before.at(-1)
    const previous = before.at(-2)
    const noun = (last !== undefined && determiners.includes(last)) || (previous !== undefined && determiners.includes(previous) && !cues.data.stopwords.includes(last!))
    if (!noun) return verb
  }
  return undefined
}

function isNotAName(cues: Cues, name: string): boolean {
  return cues.selfWord.test(name) || /^(?:we|they|you|he|she|it|i|everyone|everybody|someone|somebody|anyone|anybody|nobody|all|staff|this|that|there)$/iu.test(name)
}

/**
 * Who a request is addressed to: a person named in the sentence, the next
 * speaker when they accept, or the previous speaker the request answers.
 * Never the speaker, and never the person something is to be sent to.
 */
/**
 * A speaker labelled by role and named by it in lower case ("the industrial
 * designer will…" for `Industrial Designer`, "the user interface designer"
 * for `User Interface`): the one label whose words open the role as said, or
 * that the role's words open.
 */
function roleNamed(people: People, captured: string): Person | undefined {
  const role = captured.trim().replace(/^(?:(?:and|y|et|e|then|so)\s+)?(?:the|our|la|el|le|o|a)\s+/iu, '')
  if (!/^\p{Ll}/u.test(role)) return undefined
  const said = nameKey(role)
  const fits = people.people.filter((person) => {
    const label = nameKey(person.name)
    // One word said is a role only when it is the whole label ("the project will…" is no Project Manager).
    return label === said || (said.includes(' ') && (said.startsWith(`${label} `) || label.startsWith(`${said} `)))
  })
  return fits.length === 1 ? fits[0] : undefined
}

/** The name a request opens with ("Omar, can you…", "Lucía, ¿puedes…"), when it is one. */
function vocativeBefore(cues: Cues, before: string): string | undefined {
  const said = nameBefore.exec(before)
  const name = said ? cleanName(said[1], cues) : undefined
  return name && !isNotAName(cues, name) && !cues.data.stopwords.includes(name.toLowerCase()) ? name : undefined
}

function addressee(context: Context): string | null {
  const {units, index, unit, position, sentence, people} = context
  const recipients = new Set<string>()
  for (const match of sentence.text.matchAll(/\b(?:to|a|à|para)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu)) {
    const person = people.find(match[1]!)
    if (person) recipients.add(person.name)
  }
  const usable = (name: string | null | undefined): name is string => Boolean(name) && name !== unit.speaker && !recipients.has(name!)

  for (const match of sentence.text.matchAll(nameCalled)) {
    const person = people.find(match[1]!)
    if (person && usable(person.name)) return person.name
  }
  const accepting = acceptedBy(context)
  if (accepting && usable(accepting)) return accepting
  const previous = units[index - 1]
  if (position <= 2 && previous && usable(previous.speaker)) return previous.speaker
  return null
}

/** The text without the conditions said only out of courtesy ("if that helps"). */
function withoutCourtesy(cues: Cues, text: string): string {
  for (let said = firstMatch(cues.actions.courtesyCondition, text); said; said = firstMatch(cues.actions.courtesyCondition, text)) {
    text = text.slice(0, said.index) + text.slice(said.index + said[0].length)
  }
  return text
}

/** The next speaker, when someone else opens the next turn with one of `replies`. */
function answeredBy(context: Context, replies: readonly RegExp[]): string | null {
  const {units, index, unit} = context
  const next = units[index + 1]
  return next?.speaker && next.speaker !== unit.speaker && matches(replies, next.text.text.slice(0, 60)) ? next.speaker : null
}

/** Whether the next speaker turns down what this turn ends with ("no need", "pas besoin"). */
function declinedBy(context: Context): boolean {
  return answeredBy(context, context.cues.actions.declined) !== null
}

/** The next speaker, when they take on what was just asked ("Yeah, I can"). */
function acceptedBy(context: Context): string | null {
  return answeredBy(context, context.cues.actions.acceptance)
}

/** Members named for a group formed in this unit ("Alberto and myself will be part of this small group"). */
function groupMembers(context: Context): string[] {
  const {unit, position, cues, people} = context
  const members: string[] = []
  for (const sentence of unit.sentences.slice(position, position + 4)) {
    for (const pattern of cues.actions.groupMembers) {
      const list = pattern.exec(sentence.text)?.groups?.['names']
      if (!list) continue
      for (const name of splitNames(list, cues, unit.speaker)) {
        if (isNotAName(cues, name)) continue
        const resolved = people.resolve(name)
        if (!members.includes(resolved)) members.push(resolved)
      }
    }
  }
  return members
}

function dueOf(context: Context, text: string): {due: string | null; dueText: string | null} {
  const {cues, unit, meetingDate, nextMeetingDate} = context
  const said = findDue(text, unit.language, meetingDate)
  if (said.due) return said
  const today = cues.actions.dueToday.find((pattern) => pattern.test(text))
  if (today && meetingDate) return {due: meetingDate, dueText: today.exec(text)![0]}
  const next = cues.decisions.nextMeeting.find((pattern) => pattern.test(text))
  if (next && nextMeetingDate) return {due: nextMeetingDate, dueText: next.exec(text)![0]}
  return said
}

/**
 * One item per commitment: items that overlap in a turn, or that pick up
 * the one before ("I will send it… I will forward it to you and to
 * Humberto"), merge when their owners agree.
 */
function merge(found: FoundAction[]): FoundAction[] {
  const result: FoundAction[] = []
  for (const item of found) {
    const previous = result.findLast((other) => other.unit === item.unit)
    const compatible = previous && (previous.owner === item.owner || previous.owner === null || item.owner === null)
    const picksUp =
      previous &&
      item.sentence - previous.sentence <= 2 &&
      previous.owner === item.owner &&
      // "post it" picks up what was promised; a plan told in steps ("we can have an
      // informal meeting… we can shape it… and send it") is one item.
      (item.anaphoric || (item.kind === 'collective' && previous.kind === 'collective'))
    if (previous && compatible && (overlaps(previous, item) || picksUp)) {
      previous.start = Math.min(previous.start, item.start)
      previous.end = Math.max(previous.end, item.end)
      // A bare "action items:" cue does not replace the task of an owner it names ("Lena to chase the printers").
      const generic = item.kind === 'explicit' && !item.owner && previous.owner !== null
      if (item.confidence > previous.confidence && !picksUp && !generic) {
        previous.text = item.text
        previous.focus = item.focus
      }
      previous.confidence = Math.max(previous.confidence, item.confidence)
      previous.owner ??= item.owner
      for (const name of item.assignees) if (!previous.assignees.includes(name)) previous.assignees.push(name)
      // A due date said later does not replace timing left open ("Monday or Tuesday").
      if (!previous.due && !previous.dueText && item.due) {
        previous.due = item.due
        previous.dueText = item.dueText
      }
      previous.dueText ??= item.dueText
      continue
    }
    result.push(item)
  }
  return result
}

export function toActionItems(found: FoundAction[], minConfidence: number, candidates?: Candidate[]): ActionItem[] {
  const kept: FoundAction[] = []
  const below: FoundAction[] = []
  const twinOf = (list: FoundAction[], item: FoundAction): FoundAction | undefined =>
    list.find((other) => (other.owner === item.owner || !other.owner || !item.owner) && (similarity(other.text, item.text) >= 0.6 || overlaps(other, item)))
  for (const item of [...found].sort((a, b) => b.confidence - a.confidence)) {
    if (!reaches(item.confidence, minConfidence)) {
      if (reaches(item.confidence, candidateFloor) && !twinOf(kept, item) && !twinOf(below, item)) below.push(item)
      continue
    }
    if (kept.find((other) => (other.owner === item.owner || !other.owner || !item.owner) && similarity(other.text, item.text) >= 0.6)) continue
    // Said again later: the first time is where it was promised.
    const again = kept.findIndex((other) => restated(other, item))
    if (again >= 0) {
      const other = kept[again]!
      if (item.unit.startLine < other.unit.startLine && item.confidence >= other.confidence - 0.15) kept[again] = item
      continue
    }
    if (kept.find((other) => sameSentence(other, item))) continue
    kept.push(item)
  }
  // In the order they were said.
  kept.sort((a, b) => a.unit.startLine - b.unit.startLine || a.start - b.start || a.focus - b.focus)
  const items: ActionItem[] = []
  for (const item of kept) {
    const evidence = evidenceOf(item)
    if (!evidence) continue
    const action: ActionItem = {
      id: `A${items.length + 1}`,
      task: item.text,
      owner: item.owner,
      assignees: item.assignees,
      due: item.due,
      dueText: item.dueText,
      status: 'open',
      confidence: confidence(item.confidence),
      evidence
    }
    if (item.ownerKind === 'group' && item.owner) action.ownerKind = 'group'
    items.push(action)
  }
  if (candidates) {
    for (const item of below) {
      const evidence = evidenceOf(item)
      if (!evidence) continue
      const candidate: Candidate = {id: 'C0', kind: 'action', text: item.text, owner: item.owner, due: item.due, confidence: confidence(item.confidence), evidence}
      if (item.ownerKind === 'group' && item.owner) candidate.ownerKind = 'group'
      candidates.push(candidate)
    }
  }
  return items
}

/**
 * Two items read from one sentence for one owner, or where either has no
 * person as owner ("I'll share the notes with you, we can look into it next
 * meeting"): one commitment, said once. Named people listed in one sentence
 * ("Owen to send the survey, Lena to chase the printers") stay apart.
 */
function sameSentence(a: FoundAction, b: FoundAction): boolean {
  const listed = (item: FoundAction): boolean => item.kind === 'listed' || item.kind === 'recapped'
  if (a.unit !== b.unit || a.sentence !== b.sentence || listed(a) || listed(b)) return false
  const personal = (item: FoundAction) => item.owner !== null && item.ownerKind !== 'group'
  return a.owner === b.owner || !personal(a) || !personal(b)
}

/**
 * The same person promising the same thing again later in the call ("I'll
 * prepare a poll for that… First, I'll prepare a poll just…"): the same owner,
 * the same verb and a shared object.
 */
function restated(a: FoundAction, b: FoundAction): boolean {
  if (!a.owner || a.owner !== b.owner) return false
  const verb = (text: string) => text.split(/\s+/)[0]!.toLowerCase()
  return verb(a.text) === verb(b.text) && similarity(a.text, b.text) >= 0.25
}
