/**
 * decisions: what the meeting agreed. These kinds of evidence count:
 *
 * - an explicit statement ("we agreed", "it was decided", "we've reached a
 *   consensus", "I agree with that proposal, so let's…");
 * - a vote or poll with its outcome ("seven in favour and one abstention, the
 *   motion carries"), and consent by silence ("any objections? … hearing
 *   none, it's approved"), recorded as what was put to the meeting; so is a
 *   ruling that names nothing ("No? Then it's agreed.");
 * - the chair's conclusion, a scheduling choice or a negative decision ("so
 *   we'll go with the second option", "we won't publish it until…");
 * - a proposal accepted in the next turn by someone else ("Is that correct if
 *   I write it like that in our minutes?" — "Yes, that's correct."), or taken
 *   up by others in the turns after ("I would propose that we…" — "sounds
 *   good", "+1"), stated rather than left as a question; a plan a turn ends
 *   on ("we'll run the vote on the forum") once two others agree;
 * - the plans said after a recap ("next steps: … we'll publish them");
 * - a group formed to do something ("the creation of a small group to work on
 *   metrics");
 * - the next meeting scheduled ("It will be Thursday the 7th of December at
 *   23:00 UTC"), and a suggestion for a later call by whoever chairs.
 *
 * Statements inside a condition (the lexicon's `conditional` words: "see if
 * it is approved") or a relative clause ("this is what we agreed on when…")
 * are left out; accounts of another time or body ("last week the board
 * decided…") are weighed down. What falls below the threshold, and a formal
 * proposal nobody answered, is kept as a candidate for review.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cuesFor, infinitiveOf, mayMatch, type Cues} from '../lexicon/cues.js'
import {candidateFloor, conditionalInClause, confidence, contentWords, evidenceOf, firstMatch, lastNounPhrase, longerThan, matches, overlaps, reaches, similarity, statement, type Found} from '../lib/extraction.js'
import {findDates, isoDate, clockTime, isStatedDate, namesADay, referenceDate, weekdayWithDay} from '../lib/dates.js'
import type {Unit} from '../data.js'
import type {Sentence} from '../lib/sentences.js'
import type {Candidate, Decision} from '../record.js'

export interface DecisionOptions {
  /** Lowest confidence kept (default `0.5`). */
  readonly minConfidence?: number
  /** Words above which a turn counts as a monologue (default `250`). */
  readonly monologueWords?: number
  /** Words above which a sentence is long talk rather than a decision said (default `40`). */
  readonly sentenceWords?: number
}

interface FoundDecision extends Found {
  confirmedBy?: string | null
}

declare module 'vfile' {
  interface DataMap {
    /** The next meeting, when the transcript schedules one. */
    nextMeeting: {date: string; time: string | null}
  }
}

export default function extractDecisions(options: DecisionOptions = {}) {
  const minConfidence = options.minConfidence ?? 0.5
  const monologueWords = options.monologueWords ?? 250
  const sentenceWords = options.sentenceWords ?? 40
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new TypeError(`Expected \`minConfidence\` between 0 and 1, not \`${minConfidence}\``)

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const meetingDate = file.data.meeting?.date ?? null
    const found: FoundDecision[] = []

    for (const [index, unit] of units.entries()) {
      const cues = cuesFor(unit.language)
      const long = longerThan(unit.text.text, monologueWords)
      for (const [position, sentence] of unit.sentences.entries()) {
        const text = sentence.text
        // How a sentence with a cue weighs, read only once a cue is found.
        let weighed: {wordy: boolean; told: boolean; opinion: boolean} | undefined
        const weigh = (): {wordy: boolean; told: boolean; opinion: boolean} => {
          if (weighed) return weighed
          // A decision is said in a few words; a cue inside a long sentence is mostly talk around one.
          const wordy = longerThan(text, sentenceWords)
          // In a monologue or a long sentence, "we decided that…" is an account of another time or body.
          // So is one said with a time in the past ("it was decided during that meeting").
          const told = matches(cues.decisions.narrative, text) && (long || wordy || matches(cues.decisions.past, text))
          weighed = {wordy, told, opinion: matches(cues.decisions.opinion, text)}
          return weighed
        }
        // "…resume the discussion of this topic", "C'est décidé.", "Está decidido.": the sentence before says which.
        const bare = (): boolean => !longerThan(text, 4) && !lastNounPhrase(cues, text)
        // "Não vejo nenhuma, está aprovada.": a ruling that names nothing is recorded as what was put before it.
        const ruled = (cueAt: number, confidence: number): boolean => {
          const ruling = firstMatch(cues.decisions.ruling, text)
          const put = ruling ? putBefore(units, index, position, ruling) : undefined
          if (put) found.push({unit, start: put.unit === unit ? put.start : sentence.start, end: sentence.end, focus: sentence.start + cueAt, text: put.text, confidence})
          return put !== undefined
        }
        const from = (): number => (position > 0 && (matches(cues.anaphora, text) || bare()) ? unit.sentences[position - 1]!.start : sentence.start)
        // "Any objections? … Hearing none, it's approved": what was put is the decision.
        // "Any objections?" — "I see none.", "No.": none raised to a call for objections is consent as well.
        const consent = firstMatch(cues.decisions.consent, text) ?? noneRaisedTo(units, index, position, text)
        if (consent && !/\?\s*$/u.test(text.slice(consent.index))) {
          // "If there are no objections, we'll adopt the agenda as circulated": the sentence says what was put.
          const rest = `${text.slice(0, consent.index)} ${text.slice(consent.index + consent[0].length)}`
          const put = longerThan(rest, 4) && !matches(cues.decisions.consentRefers, rest) ? undefined : whatWasPut(units, index, position)
          const start = put && put.unit === unit ? put.sentence.start : sentence.start
          // What was put, as the decision it became ("I propose we move the call to Thursdays" → "We will move the call to Thursdays").
          found.push({unit, start, end: sentence.end, focus: sentence.start + consent.index, text: put ? decidedPut(put) : statement(text), confidence: 0.8})
          continue
        }
        const explicit = firstMatch(cues.decisions.explicit, text)
        // "see if it is approved" decides nothing; "if you agree with all we have said" does.
        // A cue that opens with a condition of its own ("if you agree with all we have said") is consent, not a condition.
        const conditional = explicit && !matches(cues.conditional, explicit[0].split(/\s+/)[0]!) && conditionalInClause(cues, text, explicit.index)
        const reported = explicit && matches(cues.decisions.reported, text.slice(0, explicit.index))
        // "The decision is whether…" leaves it open; so do "¿Qué decidimos…?" and "todavía no decidimos nada".
        const open =
          explicit &&
          (matches(cues.decisions.open, text.slice(explicit.index + explicit[0].length)) ||
            clauseAsks(text, explicit.index) ||
            // A negation in the clause of the cue, not in one before it ("No veo ninguna, queda aprobada").
            matches(cues.actions.negation, text.slice(Math.max(0, explicit.index - 16), explicit.index).split(/[,;:]/u).at(-1)!))
        if (explicit && !conditional && !reported && !open) {
          const {wordy, told, opinion} = weigh()
          // "So we've reached a consensus." says little alone: take the next sentence too.
          const next = unit.sentences[position + 1]
          // "We adopt the new charter. Any objections?": put to the meeting, not yet decided; the consent after it decides.
          if (next && (matches(cues.decisions.objectionCall, next.text) || matches(cues.decisions.consent, next.text))) continue
          const end = text.split(/\s+/).length < 8 && next && !next.text.trimEnd().endsWith('?') ? next.end : sentence.end
          const score = 0.85 - (told || (wordy && matches(cues.actions.hedge, text)) ? 0.4 : 0) - (opinion ? 0.3 : 0)
          // "Não vejo nenhuma, está aprovada.": a ruling that names nothing states what was put before it.
          if (end === sentence.end && ruled(explicit.index, score)) continue
          found.push({unit, start: from(), end, focus: sentence.start + explicit.index, text: statement(clauseOf(unit.text.text.slice(sentence.start, end), explicit.index)), confidence: score})
          continue
        }
        const formed = firstMatch(cues.actions.groupFormation, text)
        if (formed && !conditionalInClause(cues, text, formed.index) && !text.trimEnd().endsWith('?')) {
          const {wordy, told} = weigh()
          const score = 0.7 - (told ? 0.2 : 0) - (wordy ? 0.25 : 0)
          found.push({unit, start: from(), end: sentence.end, focus: sentence.start + formed.index, text: statement(clauseOf(text, formed.index)), confidence: score})
          continue
        }
        const outcome = stated(cues, text)
        // "…the areas where we have consensus": a relative clause reports, it does not decide.
        if (outcome && !conditionalInClause(cues, text, outcome.match.index) && !matches(cues.decisions.reported, text.slice(0, outcome.match.index))) {
          const hedged = matches(cues.actions.hedge, text.slice(0, outcome.match.index))
          const {wordy, told, opinion} = weigh()
          const score = outcome.score - (told ? 0.4 : 0) - (hedged ? 0.15 : 0) - (wordy ? 0.15 : 0) - (opinion ? 0.3 : 0)
          const before = unit.text.text.slice(from(), sentence.start)
          // "Motion passes.", "The ayes have it.", "Aprobado por unanimidad.": the vote names nothing; what was moved is the decision.
          const residue = text.slice(0, outcome.match.index) + text.slice(outcome.match.index + outcome.match[0].length)
          const moved = outcome.family === 'vote' && !lastNounPhrase(cues, residue) ? motionBefore(units, index, position) : undefined
          // "Any objection? No? Then it's agreed.": a conclusion that names nothing states what was put before it.
          if (!moved && ruled(outcome.match.index, score)) continue
          const shown = moved ?? statement(before + clauseOf(text, outcome.match.index))
          found.push({unit, start: from(), end: sentence.end, focus: sentence.start + outcome.match.index, text: shown, confidence: score})
          continue
        }
        // "Do you all agree with that? Okay, perfect.": nobody objected to what was put.
        const closed = unit.sentences[position + 1]
        const asked = closed && text.endsWith('?') && matches(cues.decisions.closing, closed.text) ? firstMatch(cues.decisions.askedConsent, text) : undefined
        if (asked && closed) {
          const put = whatWasPut(units, index, position)
          if (put && put.unit === unit) {
            found.push({unit, start: put.sentence.start, end: closed.end, focus: sentence.start + asked.index, text: statement(clauseOf(put.sentence.text, 0)), confidence: 0.65})
            continue
          }
        }
        // A show of hands counted ("four out of six") and its outcome said just after ("so we are good to go").
        const tally = firstMatch(cues.decisions.tally, text)
        if (tally && !text.trimEnd().endsWith('?') && !conditionalInClause(cues, text, tally.index)) {
          const result = unit.sentences.slice(position, position + 3).find((next) => !next.text.trimEnd().endsWith('?') && matches(cues.decisions.carried, next.text))
          if (result) {
            const said = unit.text.text.slice(sentence.start, result.end)
            found.push({unit, start: sentence.start, end: result.end, focus: sentence.start + tally.index, text: statement(clauseOf(said, tally.index)), confidence: 0.75})
            continue
          }
        }
        const suggestion = firstMatch(cues.decisions.suggestion, text)
        if (suggestion && (matches(cues.decisions.nextMeeting, text) || cues.timeRef.test(text))) {
          found.push({unit, start: from(), end: sentence.end, focus: sentence.start + suggestion.index, text: statement(text), confidence: 0.65})
        }
      }
      found.push(...recapped(unit))
      const accepted = acceptedProposal(units, index) ?? agreedLater(units, index)
      if (accepted) found.push(accepted)
    }

    const scheduled = nextMeeting(units, meetingDate)
    if (scheduled) {
      found.push(scheduled.found)
      file.data.nextMeeting = {date: scheduled.date, time: scheduled.time}
    }
    for (const unit of units) {
      const cues = cuesFor(unit.language)
      for (const sentence of unit.sentences) {
        const resume = firstMatch(cues.decisions.resumeAt, sentence.text)
        if (!resume || sentence.text.endsWith('?')) continue
        const time = findDates(sentence.text, unit.language).find((result) => result.start.isCertain('hour'))
        if (time) found.push({unit, start: sentence.start, end: sentence.end, focus: sentence.start + resume.index, text: statement(sentence.text), confidence: 0.6})
      }
    }

    file.data.candidates ??= []
    file.data.decisions = toDecisions(found, minConfidence, file.data.candidates)
  }
}

const outcomes = [
  ['vote', 0.85],
  ['conclusion', 0.7]
] as const

/**
 * The answer of none (`text`, the sentence at `position`) to a call for
 * objections said just before it, in its turn or as the last words of the
 * turn before; nothing when it is no such answer.
 */
function noneRaisedTo(units: readonly Unit[], index: number, position: number, text: string): RegExpExecArray | undefined {
  const none = firstMatch(cuesFor(units[index]!.language).decisions.noneRaised, text)
  if (!none) return undefined
  const unit = position > 0 ? units[index] : units[index - 1]
  const before = position > 0 ? unit?.sentences[position - 1] : unit?.sentences.at(-1)
  return before !== undefined && matches(cuesFor(unit!.language).decisions.objectionCall, before.text) ? none : undefined
}

/**
 * The statement put to the meeting before "any objections?": the last sentence
 * before that is no question, in this turn or the one before; or the call for
 * objections itself where it names the proposal ("any objections to moving the
 * call to Thursdays?" → "Move the call to Thursdays").
 */
function whatWasPut(units: readonly Unit[], index: number, position: number): {unit: Unit; sentence: Sentence; proposal?: string} | undefined {
  const unit = units[index]!
  const pools: Array<{unit: Unit; sentences: readonly Sentence[]}> = [{unit, sentences: unit.sentences.slice(Math.max(0, position - 3), position)}]
  // Whoever declares consent put the question, as a rule: their last turn comes before a thank-you in between.
  const own = unit.speaker ? units.slice(Math.max(0, index - 3), index).findLast((each) => each.speaker === unit.speaker) : undefined
  if (own) pools.push({unit: own, sentences: own.sentences.slice(-3)})
  const previous = units[index - 1]
  if (previous && previous !== own) pools.push({unit: previous, sentences: previous.sentences.slice(-3)})
  for (const pool of pools) {
    const cues = cuesFor(pool.unit.language)
    for (const sentence of [...pool.sentences].reverse()) {
      // "If no one objects, we'll go ahead" asked for consent; what was put came before it. Thanks are nothing put.
      if (matches(cues.decisions.consent, sentence.text) || matches(cues.decisions.courtesy, sentence.text)) continue
      if (!sentence.text.trimEnd().endsWith('?')) {
        if (sentence.text.split(/\s+/).length >= 4) return {unit: pool.unit, sentence}
        continue
      }
      const proposal = firstMatch(cues.decisions.objectionTo, sentence.text)?.groups?.['put']?.trim()
      if (proposal && longerThan(proposal, 1)) return {unit: pool.unit, sentence, proposal: asProposal(cues, proposal)}
      // "Can we adopt the agenda as circulated? Any objections?": the yes-or-no proposal is what was put.
      const asked = matches(cues.decisions.consent, sentence.text) ? undefined : askedProposal(cues, sentence.text)
      if (asked && longerThan(asked, 1)) return {unit: pool.unit, sentence, proposal: asked}
    }
  }
  return undefined
}

/**
 * What a ruling that names nothing (`ruling`, its match in the sentence at
 * `position`) decides, and where that starts in its unit: the clause before it in the same sentence ("The price will be twelve
 * fifty, that's settled"), unless that only says no one objects ("No veo
 * ninguna, queda aprobada"); else what was put before it, as the decision it
 * became.
 */
function putBefore(units: readonly Unit[], index: number, position: number, ruling: RegExpExecArray): {unit: Unit; start: number; text: string} | undefined {
  const unit = units[index]!
  const sentence = unit.sentences[position]!
  const cues = cuesFor(unit.language)
  const clause = sentence.text.slice(0, ruling.index).replace(/[\s,;:]+$/u, '')
  const said = clause.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (said.length >= 3 && !(said.length <= 5 && matches(cues.actions.negation, clause))) return {unit, start: sentence.start, text: statement(clause)}
  const put = whatWasPut(units, index, position)
  if (!put) return undefined
  return {unit: put.unit, start: put.sentence.start, text: decidedPut(put)}
}

/**
 * What was moved before a vote that names nothing ("Motion passes."): the last
 * motion put in this turn or the ten before ("I move that we adopt the budget"
 * → "We adopt the budget"), else the last yes-or-no proposal ("Can we approve
 * the minutes?" → "We will approve the minutes").
 */
function motionBefore(units: readonly Unit[], index: number, position: number): string | undefined {
  let proposal: string | undefined
  for (let at = index; at >= Math.max(0, index - 10); at--) {
    const unit = units[at]!
    const cues = cuesFor(unit.language)
    const sentences = at === index ? unit.sentences.slice(0, position) : unit.sentences
    for (const sentence of [...sentences].reverse()) {
      const put = firstMatch(cues.decisions.motion, sentence.text)?.groups?.['put']?.trim()
      if (put && longerThan(put, 1)) return statement(put.replace(/[.!]+$/u, ''))
      proposal ??= askedProposal(cues, sentence.text)
    }
  }
  return proposal
}

/** A yes-or-no proposal ("Can we approve the minutes?") as the decision it would be ("We will approve the minutes"); not an open question. */
function askedProposal(cues: Cues, text: string): string | undefined {
  if (!text.trimEnd().endsWith('?') || !matches(cues.decisions.proposal, text) || matches(cues.decisions.openQuestion, text)) return undefined
  const asked = statedDecision(cues, text)
  return asked.endsWith('?') ? undefined : asked
}

/** What was put (`whatWasPut`) as the decision it became ("I propose we move the call…" → "We will move the call…"). */
function decidedPut(put: {unit: Unit; sentence: Sentence; proposal?: string}): string {
  return statement(put.proposal ?? asAgreed(cuesFor(put.unit.language), put.sentence.text))
}

/** A proposal named by a gerund stated with its verb ("moving the call" → "move the call"). */
function asProposal(cues: Cues, proposal: string): string {
  const first = /^\p{L}+/u.exec(proposal)?.[0] ?? ''
  const infinitive = infinitiveOf(cues, first)
  return infinitive ? infinitive + proposal.slice(first.length) : proposal
}

/** Whether the clause holding `at` ends with a question mark. */
function clauseAsks(text: string, at: number): boolean {
  const end = text.slice(at).search(/[.!?]/u)
  return end >= 0 && text.charAt(at + end) === '?'
}

/**
 * The clause of a long sentence that holds the cue at `at`, for display: from
 * the punctuation before the cue to the punctuation after it, at most 30 words
 * ("Maybe you know the process, and we have decided that we would use a
 * similar approach, but less technical…" → "and we have decided that we would
 * use a similar approach"). A short sentence is kept whole.
 */
export function clauseOf(text: string, at: number): string {
  const words = text.trim().split(/\s+/)
  if (words.length <= 30) return text
  const stops = /[,;:.!?…]\s+|\s+[–—-]\s+/gu
  let start = 0
  let end = text.length
  for (const stop of text.matchAll(stops)) {
    const after = stop.index + stop[0].length
    if (after <= at) start = after
    else if (stop.index > at) {
      end = stop.index
      break
    }
  }
  let clause = text.slice(start, end).trim()
  const clauseWords = clause.split(/\s+/)
  if (clauseWords.length > 30) {
    // Still long: the words from a little before the cue on.
    const cueWord = text.slice(start, at).trim().split(/\s+/).filter(Boolean).length
    const from = Math.max(0, Math.min(cueWord - 4, clauseWords.length - 30))
    clause = clauseWords.slice(from, from + 30).join(' ')
  }
  return clause.replace(/[\s,;:]+$/u, '')
}

/** A vote with its outcome, or the chair's conclusion, said in a statement. */
function stated(cues: Cues, text: string): {match: RegExpExecArray; family: (typeof outcomes)[number][0]; score: number} | undefined {
  for (const [family, score] of outcomes) {
    const match = firstMatch(cues.decisions[family], text)
    if (!match) continue
    // A question decides nothing, nor does "the decision is whether…".
    if (text.trimEnd().endsWith('?') || matches(cues.decisions.open, text.slice(match.index + match[0].length))) continue
    return {match, family, score}
  }
  return undefined
}

/**
 * A proposal put to the meeting ("I would propose that we…", "maybe we
 * could…", "shall we…?") that others take up in the next turns ("sounds
 * good", "+1", "I agree"). The proposal is the last one in the turn; two
 * people agreeing weigh more than one.
 */
function agreedLater(units: readonly Unit[], index: number): FoundDecision | undefined {
  let current = units[index]
  if (!current || current.node.type !== 'turn' || !current.speaker) return undefined
  // A speaker's words are often cut into several turns in a row: the proposal may sit in any of
  // them, and the replies come after the last.
  if (units[index + 1]?.speaker === current.speaker) return undefined
  const block = [current]
  for (let back = index - 1; back >= Math.max(0, index - 3) && units[back]!.speaker === current.speaker; back--) block.unshift(units[back]!)
  const cues = cuesFor(current.language)
  let proposal: Sentence | undefined
  for (const unit of [...block].reverse()) {
    proposal = [...unit.sentences.slice(-6)].reverse().find((sentence) => {
      const match = firstMatch(cues.decisions.proposalLater, sentence.text)
      // "What I'd suggest is…" proposes; "What should we do?" asks.
      const asked = sentence.text.trimEnd().endsWith('?') && matches(cues.decisions.openQuestion, sentence.text)
      return match !== undefined && !conditionalInClause(cues, sentence.text, match.index) && !asked
    })
    if (proposal) {
      current = unit
      break
    }
  }
  // "We'll run the vote on Discord this time." — "Sounds good." — "Agreed.": a plan the turn ends on, taken up by two others.
  let planOnly = false
  // Read only where the next speaker opens by agreeing: most turns end on a plan nobody answers.
  const reply = units[index + 1]
  const answered = reply?.speaker && reply.speaker !== current.speaker && reply.sentences.slice(0, 2).some((sentence) => matches(cuesFor(reply.language).decisions.agreement, sentence.text))
  if (!proposal && answered) {
    const last = current.sentences.at(-1)
    const plan = last && !last.text.trimEnd().endsWith('?') && !longerThan(last.text, 25) ? firstMatch(cues.decisions.plan, last.text) : undefined
    if (last && plan && !conditionalInClause(cues, last.text, plan.index)) {
      proposal = last
      planOnly = true
    }
  }
  if (!proposal || proposal.text.split(/\s+/).length < 5) return undefined
  // The proposal as said: from the first sentence that proposes it (or, for a question, the statement just
  // before) to the last.
  const sentences = current.sentences
  let first = sentences.indexOf(proposal)
  while (first > 0 && sentences.indexOf(proposal) - first < 3) {
    const before = sentences[first - 1]!
    if (!matches(cues.decisions.proposalLater, before.text)) break
    first--
  }
  if (proposal.text.trimEnd().endsWith('?') && first === sentences.indexOf(proposal) && first > 0 && !sentences[first - 1]!.text.trimEnd().endsWith('?')) first--
  const from = sentences[first]!
  const agreeing = new Set<string>()
  let confirmedBy: string | null = null
  let closed = false
  for (const reply of units.slice(index + 1, index + 5)) {
    if (reply.node.type !== 'turn' || !reply.speaker) continue
    // The proposer handing the floor on ("Go ahead, Simon") does not end the replies; speaking at length does.
    if (reply.speaker === current.speaker) {
      if (longerThan(reply.text.text, 15)) break
      // The proposer closing on the agreement ("This sounds good." — "I think that sounds good.") concludes it.
      if (agreeing.size > 0 && reply.sentences.slice(0, 2).some((sentence) => matches(cues.decisions.agreement, sentence.text))) closed = true
      continue
    }
    const replyCues = cuesFor(reply.language)
    const opening = reply.sentences.slice(0, 2)
    if (opening.some((sentence) => matches(replyCues.decisions.agreement, sentence.text))) {
      agreeing.add(reply.speaker)
      confirmedBy ??= reply.speaker
    }
  }
  const said = proposal
  // The sentence after a proposal often says it precisely ("I would suggest we have it finished before
  // that. I would say by the 10th of April."): the evidence takes it in.
  const after = sentences[sentences.indexOf(said) + 1]
  const end = after && !after.text.endsWith('?') && !longerThan(after.text, 30) ? after.end : said.end
  const text = statedDecision(cues, said.text)
  // A proposal put to the meeting as a question ("Would it be a good idea to…?") asks for an answer, as a formal one does.
  const formal = said.text.endsWith('?') || cues.decisions.proposalLater.slice(0, 2).some((pattern) => mayMatch(pattern, said.text) && pattern.test(said.text))
  // A formal proposal nobody answered is no decision, but a reviewer may know better: a candidate.
  if (agreeing.size === 0) {
    return formal && !planOnly ? {unit: current, start: from.start, end, focus: said.start, text, confidence: 0.35} : undefined
  }
  if (planOnly && agreeing.size < 2 && !closed) return undefined
  // An idea floated in passing ("maybe we could…", "let's…") that one other person nods to is
  // often talk, not a decision: a candidate, unless it was put formally or more people took it up.
  const score = agreeing.size > 1 || closed ? 0.75 : formal ? 0.6 : 0.45
  return {unit: current, start: from.start, end, focus: said.start, text: score >= 0.6 ? asAgreed(cues, said.text) : text, confidence: score, confirmedBy}
}

/** Plans said after a recap in the same turn ("next steps… we'll get the slides tidied up, then we'll publish them"). */
function recapped(unit: Unit): FoundDecision[] {
  const cues = cuesFor(unit.language)
  const found: FoundDecision[] = []
  const at = unit.sentences.findIndex((sentence) => matches(cues.decisions.recap, sentence.text))
  if (at < 0) return found
  // "To summarise what we decided: we'll move the call to Thursdays, and we'll publish the roadmap": each item is one decision.
  const announced = firstMatch(cues.decisions.decisionRecap, unit.sentences[at]!.text)
  if (announced) return recappedDecisions(unit, at, announced.index + announced[0].length)
  for (const sentence of unit.sentences.slice(at, at + 5)) {
    const plan = firstMatch(cues.decisions.plan, sentence.text)
    if (!plan || sentence.text.trimEnd().endsWith('?') || conditionalInClause(cues, sentence.text, plan.index)) continue
    // A plan said in a long, hedged sentence ("I think … we will reach a point where…") is talk: a candidate.
    const talk = longerThan(sentence.text, 40) && matches(cues.actions.hedge, sentence.text)
    found.push({unit, start: sentence.start, end: sentence.end, focus: sentence.start + plan.index, text: statement(clauseOf(sentence.text, plan.index)), confidence: talk ? 0.45 : 0.6})
  }
  return found
}

/**
 * The decisions of a recap that announces them ("Quick recap of today's
 * decisions. The call moves to Thursdays. The roadmap goes on the wiki."):
 * the items after its colon, then each short statement after it in the turn.
 */
function recappedDecisions(unit: Unit, at: number, after: number): FoundDecision[] {
  const found: FoundDecision[] = []
  const add = (start: number, end: number, text: string): void => {
    const item = text.trim().replace(/[.!]+$/u, '')
    if (longerThan(item, 2) && !longerThan(item, 30)) found.push({unit, start, end, focus: start, text: statement(item), confidence: 0.75})
  }
  const opening = unit.sentences[at]!
  const colon = opening.text.indexOf(':', after)
  if (colon >= 0) {
    // Items part where the lexicon says ("…, and we'll publish…", "… y publicamos…").
    const separators = cuesFor(unit.language).decisions.recapSeparator
    let from = colon + 1
    for (let separator = firstMatch(separators, opening.text.slice(from)); separator; separator = firstMatch(separators, opening.text.slice(from))) {
      const end = from + separator.index
      if (separator[0].length === 0) break
      add(opening.start + from, opening.start + end, opening.text.slice(from, end))
      from = end + separator[0].length
    }
    add(opening.start + from, opening.end, opening.text.slice(from))
  }
  for (const sentence of unit.sentences.slice(at + 1, at + 6)) {
    if (sentence.text.trimEnd().endsWith('?')) break
    add(sentence.start, sentence.end, sentence.text)
  }
  return found
}

/** A proposal others agreed to, stated as the decision: "I think we should publish the roadmap" → "We will publish the roadmap". */
function asAgreed(cues: Cues, text: string): string {
  const trimmed = text.trim()
  const lead = trimmed.endsWith('?') ? undefined : firstMatch(cues.decisions.proposalLead, trimmed)
  const rest = lead ? trimmed.slice(lead.index + lead[0].length).replace(/[.!]+$/u, '') : ''
  if (!longerThan(rest, 1)) return statedDecision(cues, trimmed)
  // "Propongo que aprobemos el presupuesto" → "Vamos a aprobar el presupuesto"; a form that could be more than one verb stays as said.
  if (lead!.groups?.['subj'] === undefined) return `${cues.data.statedDecision}${rest}`
  const verb = /^\p{L}+/u.exec(rest)?.[0] ?? ''
  // "qu'on approuve", "qu'on prenne": the ending of the third person does not tell the verb; a task verb's form does.
  const infinitive = onlyInfinitive(verb, cues.data.exhortatives) ?? infinitiveOf(cues, verb, cues.data.subjunctives)
  return infinitive ? `${cues.data.statedDecision}${infinitive}${rest.slice(verb.length)}` : statement(trimmed)
}

/**
 * The infinitive of a verb form by its ending, when the ending has one
 * ("aprobemos" → "aprobar"): any verb, not only a task verb; an ending of
 * several ("hagamos": -er or -ir?) gives nothing.
 */
function onlyInfinitive(word: string, endings: Record<string, string[]>): string | undefined {
  const lower = word.toLowerCase()
  let best: string | undefined
  let length = 0
  for (const [ending, infinitives] of Object.entries(endings)) {
    if (!lower.endsWith(ending) || ending.length <= length || lower.length - ending.length < 2) continue
    length = ending.length
    best = infinitives.length === 1 ? lower.slice(0, -ending.length) + infinitives[0] : undefined
  }
  return best
}

/** A proposal as the decision it became: "Shall we move the call to Thursdays?" → "We will move the call to Thursdays". */
export function statedDecision(cues: Cues, text: string): string {
  const trimmed = text.trim()
  if (!trimmed.endsWith('?')) return statement(trimmed)
  // "We publish it on Monday, is that okay?": the tag asks for agreement; the clause before it is what was put.
  const tag = firstMatch(cues.decisions.tagQuestion, trimmed)
  if (tag && tag.index > 0) {
    const put = trimmed.slice(0, tag.index).replace(/\s*¿$/u, '')
    return cues.decisions.questionLead.some((lead) => lead.test(put)) ? statedDecision(cues, `${put}?`) : statement(put)
  }
  // The question may come after an address or a preface ("So, Sergio, I want to know, do we…?").
  const clauses = [trimmed, ...[...trimmed.matchAll(/,\s+/gu)].map((comma) => trimmed.slice(comma.index + comma[0].length))]
  for (const lead of cues.decisions.questionLead) {
    const asked = clauses.find((clause) => lead.test(clause))
    const match = asked === undefined ? null : lead.exec(asked)
    if (!asked || !match) continue
    const rest = asked.slice(match[0].length).replace(/[\s?¿]+$/u, '')
    // "¿Hacemos el retiro en mayo?", "On fait la retraite en mai ?": the question's own words state it.
    if (match.groups?.['asis'] !== undefined) return statement(rest)
    const opening = cues.data.statedDecision
    // "How do people feel about publishing the roadmap?" → "We will publish the roadmap"; about a thing, the thing.
    if (match.groups?.['ing'] !== undefined) {
      const first = /^\p{L}+/u.exec(rest)?.[0] ?? ''
      const infinitive = first ? infinitiveOf(cues, first) : undefined
      return infinitive ? `${opening}${infinitive}${rest.slice(first.length)}` : statement(rest)
    }
    return `${opening}${rest}`
  }
  return statement(trimmed)
}

/** A reply that says what is now done ("let's…", "vamos…", "allons…"): it restates what it accepts. */
const restating = /\blet['’]?s\b|\bvamos\b|\ballons\b/iu

/** A proposal in one turn that the next speaker accepts. */
function acceptedProposal(units: readonly Unit[], index: number): FoundDecision | undefined {
  const current = units[index]
  // A timestamp or heading between the two turns ("### 00:40:00") does not part them.
  let back = index - 1
  while (back > 0 && units[back]!.node.type !== 'turn' && !units[back]!.speaker) back--
  const previous = units[back]
  if (!current || !previous || current.node.type !== 'turn') return undefined
  if (current.label === previous.label) return undefined
  const cues = cuesFor(current.language)

  // The opening of the reply, past any "Sergio speaking.".
  const opening = current.sentences.slice(0, 3).map((sentence) => ({sentence, text: withoutSelfIntroduction(cues, sentence.text)})).filter((entry) => entry.text.length > 0)
  const strong = opening.slice(0, 2).find((entry) => matches(cues.decisions.strongAcceptance, entry.text))
  // A yes that goes on to restate what was asked ("Yes, let's put it on the front.") accepts it too.
  const weak = opening.slice(0, 1).find((entry) => (entry.text.split(/\s+/).length <= 6 || (entry.text.split(/\s+/).length <= 12 && restating.test(entry.text))) && matches(cues.decisions.acceptance, entry.text))
  const acceptance = strong ?? weak
  if (!acceptance) return undefined

  const previousCues = cuesFor(previous.language)
  const tail = previous.sentences.slice(-3)
  // A proposal is a yes-or-no question ("Shall we…?") or a suggestion ("I
  // would suggest that we…"); a bare "Yeah" answers nothing else.
  let proposal = [...tail]
    .reverse()
    .find(
      (sentence) =>
        (sentence.text.endsWith('?') && matches(previousCues.decisions.proposal, sentence.text) && !matches(previousCues.decisions.openQuestion, sentence.text)) ||
        matches(previousCues.decisions.suggestion, sentence.text) ||
        (strong !== undefined && matches(previousCues.decisions.proposal, sentence.text))
    )
  if (!proposal && strong) proposal = [...tail].reverse().find((sentence) => sentence.text.endsWith('?'))
  // "…each week we'll give half an hour of our meeting to one agency." — "That would be perfect.": a plan taken up.
  if (!proposal && strong) {
    proposal = [...tail].reverse().find((sentence) => {
      const plan = firstMatch(previousCues.decisions.plan, sentence.text)
      return plan !== undefined && !sentence.text.endsWith('?') && !conditionalInClause(previousCues, sentence.text, plan.index)
    })
  }
  if (!proposal) return undefined

  // A reply that restates the decision ("Okay, let's do that. Let's go to the
  // break and come back at 11:10") is the better evidence.
  const restated = current.sentences
    .slice(0, 4)
    .find((sentence) => restating.test(sentence.text) && sentence.text.split(/\s+/).length > (sentence === acceptance.sentence ? 5 : 4))
  if (restated) {
    return {unit: current, start: restated.start, end: restated.end, focus: restated.start, text: statement(restated.text), confidence: 0.75, confirmedBy: null}
  }

  // A question ("Is that correct?") stands for the statement before it.
  let first = previous.sentences.indexOf(proposal)
  let statementIndex = first
  for (let step = 0; step < 3 && statementIndex > 0; step++) {
    const candidate = previous.sentences[statementIndex]!
    if (!candidate.text.endsWith('?') && candidate.text.split(/\s+/).length >= 5) break
    statementIndex--
  }
  const anchor = previous.sentences[statementIndex]!
  if (anchor.text.split(/\s+/).length >= 5 && !matches(previousCues.selfIdentification, anchor.text)) first = statementIndex
  const start = previous.sentences[first]!
  // A question with content of its own ("Shall we hold the retreat in May?") is stated; a bare "Is that correct?" stands for the statement before.
  const stated = asAgreed(previousCues, proposal.text)
  // "Is everyone okay with that?" states only "that": the statement before says what.
  const text = start !== proposal && (stated === statement(proposal.text) || !longerThan(stated, 2)) ? statement(start.text) : stated
  // A question left as a question ("How about you?") says nothing decided: a candidate.
  const score = text.trimEnd().endsWith('?') ? 0.45 : 0.75
  return {unit: previous, start: start.start, end: proposal.end, focus: proposal.start, text, confidence: score, confirmedBy: current.speaker}
}

function withoutSelfIntroduction(cues: Cues, text: string): string {
  for (const pattern of cues.selfIdentification) {
    const match = pattern.exec(text)
    if (match && match.index === 0) return text.slice(match[0].length).replace(/^[\s,.;:!]+/u, '')
  }
  return text
}

/**
 * The next meeting: once a turn mentions it, the most precise future date
 * said in that turn or the two after it ("in a week's time" gives way to
 * "Thursday the 7th of December at 23:00 UTC").
 */
function nextMeeting(units: readonly Unit[], meetingDate: string | null): {found: FoundDecision; date: string; time: string | null} | undefined {
  const reference = referenceDate(meetingDate)
  let context = -1
  let best: {found: FoundDecision; date: string; time: string | null; score: number} | undefined
  for (const [index, unit] of units.entries()) {
    const cues = cuesFor(unit.language)
    for (const sentence of unit.sentences) {
      const mentioned = matches(cues.decisions.nextMeeting, sentence.text) && !matches(cues.decisions.deadlineMeeting, sentence.text)
      if (mentioned) context = index
      // "See you on Monday" says goodbye as often as it names the next meeting: a day said so needs its hour.
      const named = mentioned && matches(cues.decisions.nextMeeting, withoutFarewell(cues, sentence.text))
      if (context < 0 || index - context > 2) continue
      const results = findDates(sentence.text, unit.language, reference)
      for (const [position, result] of results.entries()) {
        const start = result.start
        // "Join us again next week": a week names no day of the meeting.
        if (!namesADay(result)) continue
        // "On Friday the 12th at 3 p.m.": the day of the month names the day, and the hour said right after it is the meeting's.
        const withDay = reference ? weekdayWithDay(result, sentence.text, reference) : undefined
        const next = results[position + 1]
        const hour = withDay ? (next && !next.start.isCertain('day') && !next.start.isCertain('weekday') && next.start.isCertain('hour') && next.index - withDay.end <= 4 ? next.start : undefined) : start
        const time = hour ? clockTime(hour) : null
        // Away from the words that name the meeting, a bare day is often another date (a deadline, a space on
        // Wednesday); a meeting is given with its hour.
        if (!named && !time) continue
        // With no meeting date to count from, only a date with its year is one.
        if (!withDay && !reference && !isStatedDate(result)) continue
        const date = withDay ? withDay.date : isoDate(start)
        if (!date || (meetingDate && date <= meetingDate)) continue
        const score = (withDay || (start.isCertain('day') && start.isCertain('month')) ? 2 : 1) + (time ? 1 : 0)
        if (best && score < best.score) continue
        const zone = cues.metadata.timezone.exec(sentence.text.slice(result.index))
        best = {found: meetingFound(unit, sentence, cues, date, time, zone?.[0], sentence.start + result.index), date, time, score}
      }
    }
  }
  return best
}

/** The next meeting as a decision: "Next meeting: Friday, December 12, 2025 15:00 UTC". */
function meetingFound(unit: Unit, sentence: Sentence, cues: Cues, date: string, time: string | null, zone: string | undefined, focus: number): FoundDecision {
  const when = new Intl.DateTimeFormat(unit.language, {dateStyle: 'full', timeZone: 'UTC'}).format(referenceDate(date))
  const text = `${cues.data.minutes['nextMeeting'] ?? 'Next meeting'}: ${when}${time ? ` ${time}` : ''}${zone ? ` ${zone}` : ''}`
  return {unit, start: sentence.start, end: sentence.end, focus, text, confidence: 0.9}
}

/** A sentence without its goodbyes ("See you on Monday, same time."). */
function withoutFarewell(cues: Cues, text: string): string {
  let rest = text
  for (const pattern of cues.decisions.farewell) {
    const match = pattern.exec(rest)
    if (match) rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length)
  }
  return rest
}

/**
 * The same decision said again a few lines on ("So we'll move the call to
 * Thursdays." — "Great, so the call moves to Thursdays, that's agreed."):
 * within 12 lines, with at least three word stems in common that make half of
 * the shorter one's, or a short one whose one or two stems the other holds.
 */
function restatedNearby(a: FoundDecision, b: FoundDecision): boolean {
  if (Math.abs(a.unit.startLine - b.unit.startLine) > 12) return false
  const stems = (text: string): Set<string> => new Set([...contentWords(text)].map((word) => word.slice(0, 4)))
  const left = stems(a.text)
  const right = stems(b.text)
  let shared = 0
  for (const stem of left) if (right.has(stem)) shared++
  const fewer = Math.min(left.size, right.size)
  // "Okay, kinetic it is." after "Shall we go for the kinetic battery?": a short one wholly inside the other.
  return (shared >= 3 && shared >= fewer / 2) || (fewer > 0 && fewer <= 2 && shared === fewer)
}

/** Merge what overlaps or repeats, keep what is confident enough, number the rest; what is not confident enough is a candidate. */
function toDecisions(found: FoundDecision[], minConfidence: number, candidates: Candidate[]): Decision[] {
  const kept: FoundDecision[] = []
  const below: FoundDecision[] = []
  const twin = (list: FoundDecision[], item: FoundDecision): boolean =>
    list.some((other) => overlaps(other, item) || similarity(other.text, item.text) >= 0.6 || restatedNearby(other, item))
  // Steering the call ("we will wrap up in five minutes") decides nothing about the work: a candidate at most;
  // nor does marking what was said as an action ("can we take that as an action for Tim?").
  for (const item of found) {
    const cues = cuesFor(item.unit.language)
    if (matches(cues.decisions.procedure, item.text) || matches(cues.actions.marked, item.text)) item.confidence -= 0.3
  }
  for (const item of [...found].sort((a, b) => b.confidence - a.confidence)) {
    if (!reaches(item.confidence, minConfidence)) {
      if (reaches(item.confidence, candidateFloor) && !twin(kept, item) && !twin(below, item)) below.push(item)
      continue
    }
    if (twin(kept, item)) continue
    kept.push(item)
  }
  kept.sort((a, b) => a.unit.startLine - b.unit.startLine || a.start - b.start)
  const decisions: Decision[] = []
  for (const item of kept) {
    const evidence = evidenceOf(item)
    if (!evidence) continue
    const decision: Decision = {id: `D${decisions.length + 1}`, text: item.text, confidence: confidence(item.confidence), evidence}
    if (item.confirmedBy !== undefined) decision.confirmedBy = item.confirmedBy
    decisions.push(decision)
  }
  for (const item of below) {
    const evidence = evidenceOf(item)
    if (evidence) candidates.push({id: 'C0', kind: 'decision', text: item.text, confidence: confidence(item.confidence), evidence})
  }
  return decisions
}
