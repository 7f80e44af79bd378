/**
 * A copy of `array` that takes no more memory than its items need. V8 grows
 * an array built with `push` to at least 17 slots, and half as many again
 * each time it fills; an array that is kept (a turn's sentences, say) keeps
 * that room too. A 10 MB transcript holds tens of thousands of such short
 * arrays, a few MB of empty slots.
 */
export function exactArray<T>(array: T[]): T[] {
  return array.length === 0 ? array : array.slice()
}
