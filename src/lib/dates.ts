import * as en from 'chrono-node/en'
import * as es from 'chrono-node/es'
import * as fr from 'chrono-node/fr'
import * as pt from 'chrono-node/pt'
import type {ParsedResult, ParsedComponents} from 'chrono-node'
import {lexiconData} from '../lexicon/index.js'
import {cuesFor} from '../lexicon/cues.js'

const parsers: Record<string, typeof en.casual> = {en: en.casual, es: es.casual, fr: fr.casual, pt: pt.casual}
const dateWords = new Map<string, RegExp>()

/** Whether `text` may say a date or time at all: a digit, or a date word of its language. */
function mayHoldDate(text: string, language: string): boolean {
  if (/\d/.test(text)) return true
  let words = dateWords.get(language)
  if (!words) {
    const {words: anyCase, names} = lexiconData(language).dateWords
    const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // Names keep their case; other words match in any case (letters folded by hand,
    // since the pattern as a whole is case-sensitive).
    const folded = anyCase.map((word) => [...escapeRegExp(word)].map((char) => (/\p{L}/u.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char)).join(''))
    words = new RegExp(`(?<![\\p{L}])(?:${[...folded, ...names.map(escapeRegExp)].join('|')})(?![\\p{L}])`, 'u')
    dateWords.set(language, words)
  }
  return words.test(text)
}

/**
 * Dates and times chrono finds in `text`, read in `language`, relative to
 * `reference`. chrono is the costliest reader in the pipeline: text that
 * cannot hold a date never reaches it.
 */
export function findDates(text: string, language: string, reference?: Date): ParsedResult[] {
  if (!mayHoldDate(text, language)) return []
  const parser = parsers[language] ?? en.casual
  return parser.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1, 12)), {forwardDate: true})
}

const pad = (value: number): string => String(value).padStart(2, '0')

/** `YYYY-MM-DD` of parsed components (no time-zone arithmetic). */
export function isoDate(components: ParsedComponents): string {
  return `${components.get('year')}-${pad(components.get('month') ?? 1)}-${pad(components.get('day') ?? 1)}`
}

/** `HH:MM` of parsed components, when the hour was said. */
export function clockTime(components: ParsedComponents): string | null {
  if (!components.isCertain('hour')) return null
  return `${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}`
}

/** Whether the components name a full calendar day (`30 November 2017`). */
export function isFullDate(components: ParsedComponents): boolean {
  return components.isCertain('day') && components.isCertain('month') && components.isCertain('year')
}

/**
 * Whether a result states a calendar day with its year ("November 30,
 * 2017"), rather than resolving words such as "today" against a reference.
 */
export function isStatedDate(result: ParsedResult): boolean {
  return isFullDate(result.start) && /\d{4}/.test(result.text)
}

/** Noon UTC of a `YYYY-MM-DD` date: the reference relative dates are resolved against. */
export function referenceDate(date: string | null): Date | undefined {
  if (!date) return undefined
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year!, month! - 1, day!, 12))
}

/** Weeks and months counted from now, in the four languages. */
const span = /\b(?:weeks?|months?|semanas?|mes|meses|semaines?|mois|mês)\b/iu
/** "A day", "un jour": any day, not one from now. */
const someDay = /^(?:a|one|un|une|um|uma)\s+(?:day|día|jour|dia)$/iu
/** "The end of the month" is a day. */
const end = /\b(?:end|fin|final|fim)\b/iu

/**
 * A due date said in `text`: resolved to a day only when the words name one
 * ("tomorrow", "Thursday the 7th of December", "in two weeks") and, for
 * relative words, only when the meeting date is known. Otherwise `due` is
 * null and `dueText` keeps the words ("this week", "before May").
 */
export function findDue(text: string, language: string, meetingDate: string | null): {due: string | null; dueText: string | null} {
  const reference = referenceDate(meetingDate)
  // Without a meeting date only a stated date with its year can be a day;
  // other time words are kept as words, without asking chrono.
  if (!reference && !/\d{4}/.test(text)) return timeWords(text, language)
  // "até sexta": the date reader knows Portuguese weekdays only with "-feira".
  const read = language === 'pt' ? text.replace(/(?<!\p{L})(segunda|terça|quarta|quinta|sexta)(?![\p{L}-])/giu, '$1-feira') : text
  const results = findDates(read, language, reference)
  // The words as said, without a "-feira" added for the reader.
  const said = (words: string): string => (read === text || text.includes(words) ? words : words.replace(/-feira/giu, ''))
  for (const [index, result] of results.entries()) {
    // "on Monday or Tuesday": two days offered, none said; keep the words.
    const next = results[index + 1]
    if (next && /^\s*,?\s*(?:or|o|ou)(?:\s+(?:on|el|le|na|no|em))?\s*$/iu.test(read.slice(result.index + result.text.length, next.index))) {
      return {due: null, dueText: said(read.slice(result.index, next.index + next.text.length))}
    }
    const start = result.start
    const dayKnown = namesADay(result)
    const onlyTime = !start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month') && start.isCertain('hour')
    if (onlyTime) continue
    // "from now on", "right now": the present, not a due date.
    if (/^(?:right )?now$|^ahora(?: mismo)?$|^maintenant$|^agora$/iu.test(result.text.trim())) continue
    // "next week", "in two weeks": no day anyone said, the words are kept ("by the end of the week" keeps its "end of").
    if (!dayKnown) {
      const endOf = /(?:(?:the )?end of |(?:el |la )?(?:fin|final) de(?:l| la)? |la fin d[eu] (?:la )?|o (?:fim|final) d[oa] )$/iu.exec(read.slice(Math.max(0, result.index - 16), result.index))
      return {due: null, dueText: said(endOf ? endOf[0] + result.text : result.text)}
    }
    const withDay = reference ? weekdayWithDay(result, read, reference) : undefined
    if (withDay) return {due: withDay.date, dueText: said(read.slice(result.index, withDay.end).trim())}
    if (!reference && !isStatedDate(result)) return {due: null, dueText: said(result.text)}
    const date = start.date()
    // chrono computes in local time; read the calendar day it meant.
    const due = start.isCertain('year') && start.isCertain('month') && start.isCertain('day')
      ? isoDate(start)
      : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    if (meetingDate && due < meetingDate) continue
    return {due, dueText: said(result.text)}
  }
  // "By the 20th", "para el día 20": the next day of the month of that number.
  const day = reference ? dayOfMonth(text, language, reference) : undefined
  if (day) return day
  // Time words the date parser does not read ("la próxima semana", "no mês que vem") are still kept as words.
  return timeWords(text, language)
}

/**
 * Whether a date found names a day: a weekday or a day of the month, not
 * a span counted from now ("next week", "in two weeks", "dans un mois"),
 * which chrono resolves to a day nobody said; "the end of the week" is one.
 */
export function namesADay(result: ParsedResult): boolean {
  const start = result.start
  if (!start.isCertain('day') && !start.isCertain('weekday')) return false
  // "decide on a day to meet": chrono reads "a day" as tomorrow.
  if (someDay.test(result.text.trim())) return false
  return !span.test(result.text) || /\d/u.test(result.text) || start.isCertain('weekday') || end.test(result.text)
}

/** A day of the month said alone ("by the 20th"), as the first date from the meeting on with that day. */
function dayOfMonth(text: string, language: string, reference: Date): {due: string; dueText: string} | undefined {
  for (const pattern of cuesFor(language).dueDayOfMonth) {
    const match = pattern.exec(text)
    const day = Number(match?.groups?.['day'])
    if (!match || !(day >= 1 && day <= 31)) continue
    const date = nextDayOfMonth(reference, day)
    if (date) return {due: isoOf(date), dueText: match[0]}
  }
  return undefined
}

/** The first date from `reference` on whose day of the month is `day`. */
function nextDayOfMonth(reference: Date, day: number): Date | undefined {
  for (let months = 0; months < 3; months++) {
    const date = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + months, day, 12))
    // "The 31st" of a month without one rolls over: take the next month that has it.
    if (date.getUTCDate() === day && date >= reference) return date
  }
  return undefined
}

/** `YYYY-MM-DD` of a date at noon UTC. */
function isoOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/**
 * "Friday the 12th", "el viernes 12": the date reader takes the weekday
 * alone, this week's; the day of the month said with it names the day, from
 * `reference` on. The date (null when weekday and day disagree: no day is
 * sure) and where in `text` the words end; nothing when no day of the month
 * goes with the weekday.
 */
export function weekdayWithDay(result: ParsedResult, text: string, reference: Date): {date: string | null; end: number} | undefined {
  const start = result.start
  if (!start.isCertain('weekday') || start.isCertain('day')) return undefined
  const inside = dayInside.exec(result.text)
  const after = inside ? null : dayAfterWeekday.exec(text.slice(result.index + result.text.length))
  const day = inside ?? after
  if (!day) return undefined
  const date = nextDayOfMonth(reference, Number(day[1]))
  return {date: date && date.getUTCDay() === start.get('weekday') ? isoOf(date) : null, end: result.index + result.text.length + (after ? after[0].length : 0)}
}

/** The same, when the reader took the number in with the weekday ("viernes 12", "vendredi 12"). */
const dayInside = /\s(\d{1,2})(?:st|nd|rd|th|er|º|°)?\s*$/u
/** The day of the month said just after a weekday ("Friday the 12th", "el viernes 12", "sexta-feira, dia 12"). */
const dayAfterWeekday = /^[\s,]*(?:the\s+|el\s+|le\s+|(?:o\s+)?dia\s+)?(\d{1,2})(?:st|nd|rd|th|er|º|°)?(?![\p{L}\d])/iu

/** No day, and the time words said, if any ("this week"). */
function timeWords(text: string, language: string): {due: null; dueText: string | null} {
  return {due: null, dueText: cuesFor(language).timeRef.exec(text)?.[0] ?? null}
}
