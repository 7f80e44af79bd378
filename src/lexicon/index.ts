/**
 * Cue phrases, word lists and fixed words of the minutes, one JSON file per
 * language. Patterns are regular-expression sources; these placeholders are
 * expanded when a lexicon is compiled:
 *
 * - `{name}`: a person's name (`(?<name>…)`), checked case-sensitively after matching
 * - `{names}`: a list of names up to the end of the clause (`(?<names>…)`)
 * - `{verb}`: the word where a task verb must start (`(?<task>…)`); matched
 *   with `firstTask`, which checks it against the lexicon's task verbs
 * - `{channel}`: a language-channel word (`(?<channel>…)`)
 * - `{timeRef}`: one of the lexicon's time references
 *
 * Matching is case-insensitive, and an apostrophe written outside a
 * character class matches both the straight and the typographic one.
 *
 * Named groups that mark how a match reads: `(?<now>)` a promise said in the
 * present (it needs a time), `(?<ing>)` a gerund ("would you mind sending"),
 * `(?<asis>)` a question stated in its own words, `(?<bare>)` a reply that
 * answers only a question just put ("I will."), `(?<subj>)` a task verb in
 * the subjunctive ("il faut que je vérifie").
 */
import en from './en.json' with {type: 'json'}
import es from './es.json' with {type: 'json'}
import fr from './fr.json' with {type: 'json'}
import pt from './pt.json' with {type: 'json'}

export interface LexiconData {
  /** ISO 639-1 code. */
  language: string
  /** ISO 639-3 code franc reports. */
  francCode: string
  /**
   * The language's most frequent function words: text in which they clearly
   * outnumber every other candidate's needs no closer reading.
   */
  stopwords: string[]
  /** Endings of the plural imperative and the infinitive endings they come from ("revisen" → "revisar"): a task said to a group. */
  imperatives: Record<string, string[]>
  /** Endings of the gerund and the infinitive endings they come from ("preparando" → "preparar"): a task said as ongoing work. */
  gerunds: Record<string, string[]>
  /** Endings of the first person of the present and the infinitive endings they come from ("mando" → "mandar"): a promise said in the present. */
  presents: Record<string, string[]>
  /** Endings of the third person of the present and the infinitive endings they come from ("sends" → "send", "envía" → "enviar"): an assignment in a recap. */
  thirdPersons: Record<string, string[]>
  /** Endings of the first person of the present subjunctive and the infinitive endings they come from ("¿quieres que envíe…?" → "enviar"): an offer put as a question. */
  subjunctives: Record<string, string[]>
  /** Endings of the future and the infinitive endings they come from ("enviaré" → "enviar", "écrirai" → "écrire"): a promise or an assignment said in the future. */
  futures: Record<string, string[]>
  /** Endings of the first person plural that says "let's" and the infinitive endings they come from ("organicemos" → "organizar", "organisons" → "organiser"): a task for the group. */
  exhortatives: Record<string, string[]>
  /** Abbreviations that end with a period but not a sentence, lower case. */
  abbreviations: string[]
  /** Transcription disclaimers dropped by clean. */
  disclaimers: string[]
  /** End-of-transcript markers (whole paragraph). */
  endMarkers: string[]
  labels: {
    /** Labels that name nobody. */
    unidentified: string[]
    /** Field names that look like labels but are not speakers (`Date:`). */
    notSpeakers: string[]
    /**
     * Labels and names that are no person, lower case: generic labels
     * (`Female`, `Interpreter`, `Voz femenina`) and note-taking bots. They
     * never count as attendees.
     */
    notPeople: string[]
  }
  /** How speakers name themselves (`Sergio speaking`); with `{name}`. */
  selfIdentification: string[]
  /** Capitalised words that are not names (`He`, `So`, `Thank`), lower case. */
  notNames: string[]
  /** Words that stand for the speaker in a list of names (`myself`). */
  selfWords: string[]
  uncertainty: {
    /** Hesitations ("uh", "euh"), lower case: kept in quotes, left out of the text the stages read. "um" is English only: in Portuguese it is a word. */
    fillers: string[]
    /** Contents of brackets that mark an inaudible passage. */
    inaudible: string[]
    /** Bracketed or braced noise markers (`{vocalsound}`). */
    noise: string[]
  }
  /** Channel words to ISO 639-1 codes (`spanish` → `es`). */
  channels: Record<string, string>
  attendance: {
    presentOnChannel: string[]
    present: string[]
    apologies: string[]
    staff: string[]
    staffCompanions: string[]
    staffSelf: string[]
    interpreters: string[]
    joined: string[]
    absent: string[]
    /** Roll calls done as self-introductions ("Hi, I'm …") and `Attendees:` lists, read at the start. */
    selfIntroduction: string[]
  }
  metadata: {
    /** Introductions of the group holding the meeting; with `{group}`. */
    group: string[]
    /** How an outcome document names the group; with `{group}`. */
    documentGroup: string[]
    /** Words a group name ends with. */
    groupNouns: string[]
    /** Where the meeting was held; with `{place}`. */
    location: string[]
    /** Time-zone names. */
    timezones: string[]
    /** Words that open a relative clause after a group's name ("…qui a lieu le mardi"), lower case. */
    relativeWords: string[]
  }
  agenda: {
    /** Sentences that announce the agenda. */
    announce: string[]
    /** Agenda items inside an announcement; with `(?<item>…)`. */
    item: string[]
  }
  actions: {
    taskVerbs: string[]
    commitment: string[]
    offer: string[]
    request: string[]
    imperative: string[]
    thirdPerson: string[]
    collective: string[]
    explicit: string[]
    /** A sentence marked as an action after it was said ("let's take that as an action for Tim", "c'est une action"); with an optional `{name}`: the task is the sentence before. */
    marked: string[]
    suggestion: string[]
    progressive: string[]
    groupFormation: string[]
    groupMembers: string[]
    negation: string[]
    /** What ends just before a promise that is only a relative clause ("that's what I can share"); matched against the text before it. */
    relative: string[]
    hedge: string[]
    inMeeting: string[]
    timeRefs: string[]
    /** Words that make a task due on the meeting day ("as soon as we finish this call"). */
    dueToday: string[]
    acceptance: string[]
    /** An offer turned down by the next speaker ("no need", "pas besoin"): no item. */
    declined: string[]
    /** "I'll consolidate", "I can host": a commitment whose verb is no known task verb; only a candidate. With a named `verb` group. */
    commitmentLoose: string[]
    /** Replies that take on the task just asked ("I can take that", "leave it with me"); the task is the request before. */
    volunteer: string[]
    /** Tasks given to a whole group ("everyone please review…"): the group owns them. */
    groupTask: string[]
    /** Words that name a group as owner ("everyone", "the committee", "we"). */
    groupWords: string[]
    /** A task reported done in a review of open items ("I already sent it", "that's done"): no action of this meeting. */
    reportedDone: string[]
    /** A task reported still open ("still pending", "not done yet"): an action of this meeting too. */
    stillOpen: string[]
    /** A condition said only out of courtesy ("if that helps", "si les sirve"): an offer that holds it is no less of one. */
    courtesyCondition: string[]
    /** Verbs of things often done during the call itself ("share", "show"): a task with one needs a time or a place outside the call. */
    inCallVerbs: string[]
    /** Where or when a task happens outside the call ("after the call", "by e-mail", "on Discord"). */
    outsideCall: string[]
    /** A preposition whose object never comes ("talk to so…", "work with and…"): a task the transcript broke off. */
    objectMissing: string[]
    /** Pronouns that stand for a task's object ("send it"): the sentence before names it. */
    objectPronouns: string[]
    /** Object pronouns said before the verb ("je vais le chercher"): the sentence before names what they stand for. */
    proclitics: string[]
    /** Object pronouns joined to the end of the verb ("buscarlo", "enviá-lo"), longest first. */
    enclitics: string[]
    /** Pronouns of the person a task is for, said before its verb ("m'envoyer", "me enviar"): part of the task, standing for no object. */
    indirectProclitics: string[]
    /** The same joined to the end of the verb ("enviarme", "mandá-nos"). */
    indirectEnclitics: string[]
    /** Small words after a task's object ("send that to…", "post it tonight"): "that" before one is a pronoun, not a determiner. */
    prepositions: string[]
    /** Words that open a noun phrase ("the", "our"): where a named object starts. */
    determiners: string[]
    /** Words that tie a noun phrase to the one before it ("the slides from the workshop", "el informe de la reunión"). */
    phraseLinks: string[]
    /** Such words that carry their own article ("del", "du", "da"): the words after them belong to the phrase before. */
    linkArticles: string[]
    /** Words a noun phrase never runs on into ("still", "hasn't", "todavía", "n'est"): where "the report still hasn't…" ends. */
    phraseEnds: string[]
    /** Words that name no object ("send it to him later", "update you guys on that"): a task of only these and its verb says nothing. */
    emptyWords: string[]
    /** Assignments listed in a recap ("Tex to send the survey, Kevin to chase Alex"); with `{name}` and `{verb}`. */
    listed: string[]
    /** Assignments of a recap said in the present ("next steps: Omar contacts the embassy"); read only in a sentence with an `explicit` cue. */
    recapped: string[]
  }
  decisions: {
    explicit: string[]
    proposal: string[]
    acceptance: string[]
    strongAcceptance: string[]
    nextMeeting: string[]
    /** The next meeting named only as a deadline ("before the next meeting"): no date said with it is the meeting's. */
    deadlineMeeting: string[]
    /** A goodbye that names a day ("see you on Monday"): the next meeting only when its hour is said too. */
    farewell: string[]
    /** Steering the call itself ("let's wrap up", "move on to the next item"): no decision of the meeting. */
    procedure: string[]
    /** Words just after a cue that leave it open ("the decision is whether…"): no decision. */
    open: string[]
    resumeAt: string[]
    suggestion: string[]
    /** Past-tense accounts ("we decided that…"): in a monologue, another time or body. */
    narrative: string[]
    /** Questions that ask for content, not for a yes or no ("What should we choose?"). */
    openQuestion: string[]
    /** Votes and polls with their outcome ("the motion carries", "seven in favour and one abstention"). */
    vote: string[]
    /** A count of votes or hands ("four out of six", "five hands"): with an outcome in the sentences after, a vote. */
    tally: string[]
    /** The outcome said after a count ("so we are good to go", "approved"). */
    carried: string[]
    /** A yes-or-no question for consent that ends a sentence ("Do you all agree with that?"): with a closing word after it in the turn, consent by silence. */
    askedConsent: string[]
    /** A short closing word said after asking for consent ("Okay, perfect."). */
    closing: string[]
    /** Consent by silence ("hearing none", "no objections, so it's approved"). */
    consent: string[]
    /** A call for objections ("Any objections?", "¿Alguna objeción?"): an answer of none after it (`noneRaised`) is consent. */
    objectionCall: string[]
    /** An answer that raises none ("I see none.", "No.", "No veo ninguna.", "Aucune.", "Nenhuma."), said just after a call for objections. */
    noneRaised: string[]
    /** A call for objections that names what is put ("any objections to moving the call to Thursdays?"): `put` is the proposal. */
    objectionTo: string[]
    /** What is left of a consent sentence once its cue is taken out, when it only points back at what was put ("…, we will do that"). */
    consentRefers: string[]
    /** A ruling that names nothing, said last in its sentence ("Then it's agreed.", "No veo ninguna, queda aprobada."): the decision is what was put before it. */
    ruling: string[]
    /** Thanks and greetings: never what was put to the meeting. */
    courtesy: string[]
    /** A motion put to the meeting ("I move that we adopt the budget", "motion to approve…"): `put` is what is moved, stated when the vote says only "the motion passes". */
    motion: string[]
    /** The chair's conclusion, a scheduling choice, a negative decision, a recap ("so we'll go with…"). */
    conclusion: string[]
    /** A proposal put to the meeting, anywhere in a turn ("I would propose that we…", "maybe we could…"). */
    proposalLater: string[]
    /** Agreement with what was just proposed ("sounds good", "+1", "I agree"). */
    agreement: string[]
    /** Words just before a cue that make it a report ("what we agreed", "he said that we decided"); they end the text before it. */
    reported: string[]
    /** Words that mark a sentence as one person's opinion ("that's my two cents", "personally"): talk, not a decision. */
    opinion: string[]
    /** Words that place a statement in the past ("last week", "during that meeting"): an account, not a decision. */
    past: string[]
    /** A recap of what was decided or comes next ("next steps", "to summarise"): plans said after it in the turn are decisions. */
    recap: string[]
    /** A recap that announces decisions ("to summarise what we decided:", "today's decisions"): every short statement after it in the turn is one. */
    decisionRecap: string[]
    /** Where the items of a recap part: a semicolon, or "and" before the next item's subject or verb ("…, and we'll publish…"). */
    recapSeparator: string[]
    /** A plan the meeting states for itself ("we'll publish them", "let's…"). */
    plan: string[]
    /** The opening of a yes-or-no question that, once accepted, is stated as a decision ("shall we …?"). */
    questionLead: string[]
    /** The opening of a proposal said as a statement that, once agreed, is stated as a decision ("I think we should publish…" → "We will publish…"). */
    proposalLead: string[]
    /** A question tagged on to a proposal that asks for agreement (", is that okay?"): what was put is the clause before it. */
    tagQuestion: string[]
  }
  document: {
    nextStepsHeadings: string[]
    normative: string[]
    pending: string[]
    /** Commitments in an outcome document's body ("will create"); with `{verb}`. */
    commitment: string[]
  }
  /**
   * Words that make what follows a condition or a hypothesis ("if", "unless",
   * "si", "caso"): an action or decision inside one is only a candidate.
   */
  conditional: string[]
  /**
   * References to something said before ("post it", "this topic"): the
   * evidence then takes in the sentence before, which says what is meant.
   */
  anaphora: string[]
  /**
   * Words without which no date or time is said; a sentence with none of
   * them, and no digit, is not read for dates. `words` match in any case;
   * `names` (months, weekdays) only as written, since "May" and "March" are
   * also common words.
   */
  dateWords: {words: string[]; names: string[]}
  /** A day of the month said alone as a due date ("by the 20th", "para el día 20"): `day` is the day; the month is the next one that has it. */
  dueDayOfMonth: string[]
  /** How a decision taken on a yes-or-no question opens once stated ("We will "). */
  statedDecision: string
  /** The word for "we" that owns what the group says it will do ("vamos a…", "nous allons…"). */
  we: string
  /** Fixed words of the rendered minutes. */
  minutes: Record<string, string>
  /** Names of languages, for channels (`es` → `Spanish`). */
  languageNames: Record<string, string>
}

const lexicons: Record<string, LexiconData> = {en, es, fr, pt}

/** Languages with a lexicon. */
export const lexiconLanguages: readonly string[] = Object.keys(lexicons)

/** The raw lexicon of a language; English when there is none. */
export function lexiconData(language: string): LexiconData {
  return lexicons[language] ?? en
}
