/**
 * Re-extraction matching: when a meeting is processed again, which newly
 * extracted item is which stored one, so that review work stays on the item
 * it was made on. Two items can match when they are of the same type; the
 * score weighs how alike their words are (the strongest signal: a corrected
 * transcript moves lines) and how near their evidence is.
 */
import {fold, words} from './stem.js'

export interface MatchCandidate {
  type: string
  /** The text as extracted (not as a reviewer edited it). */
  text: string
  quote: string
  startLine: number
  endLine: number
}

/** Lowest score that makes a pair. */
export const matchThreshold = 0.5

function wordSet(text: string): Set<string> {
  return new Set(words(fold(text)).map((entry) => entry.word))
}

/** Sørensen–Dice coefficient of two word sets, 0–1. */
export function similarity(a: string, b: string): number {
  const left = wordSet(a)
  const right = wordSet(b)
  if (left.size === 0 && right.size === 0) return 1
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return (2 * shared) / (left.size + right.size)
}

/** 1 when the evidence overlaps, falling to 0 at 60 lines apart. */
export function nearness(a: MatchCandidate, b: MatchCandidate): number {
  if (a.startLine <= b.endLine && b.startLine <= a.endLine) return 1
  const gap = a.startLine > b.endLine ? a.startLine - b.endLine : b.startLine - a.endLine
  return Math.max(0, 1 - gap / 60)
}

export function matchScore(a: MatchCandidate, b: MatchCandidate): number {
  if (a.type !== b.type) return 0
  const words = Math.max(similarity(a.text, b.text), similarity(a.quote, b.quote))
  // Nearness alone never makes a pair: identical places with different words are different items.
  if (words < 0.3) return 0
  return 0.75 * words + 0.25 * nearness(a, b)
}

/**
 * Pair stored items with fresh ones, best pairs first, each at most once.
 * Returns the index of each stored item's partner in `fresh` (or -1).
 */
export function matchItems(stored: readonly MatchCandidate[], fresh: readonly MatchCandidate[]): number[] {
  const pairs: Array<{score: number; old: number; next: number}> = []
  stored.forEach((old, oldIndex) => {
    fresh.forEach((next, nextIndex) => {
      const score = matchScore(old, next)
      if (score >= matchThreshold) pairs.push({score, old: oldIndex, next: nextIndex})
    })
  })
  pairs.sort((a, b) => b.score - a.score || a.old - b.old || a.next - b.next)
  const partner = stored.map(() => -1)
  const taken = new Set<number>()
  for (const pair of pairs) {
    if (partner[pair.old] !== -1 || taken.has(pair.next)) continue
    partner[pair.old] = pair.next
    taken.add(pair.next)
  }
  return partner
}
