/** A time said to apply from a line of the source on (a cue, a `hh:mm:ss` marker, a header). */
export interface TimeMark {
  /** 1-based line from which the time applies. */
  line: number
  /** Seconds from the start of the recording. */
  start: number
  /** Seconds at which the cue ends, when the source says. */
  end?: number
}

/**
 * The times of a timed source by line: the time of a line is that of the
 * last mark at or before it (a cue's start, a `hh:mm:ss` marker, an Otter
 * header).
 */
export class TimeIndex {
  private readonly marks: TimeMark[]

  constructor(marks: readonly TimeMark[]) {
    this.marks = [...marks].sort((a, b) => a.line - b.line)
  }

  get size(): number {
    return this.marks.length
  }

  /** Index of the last mark at or before `line`, or -1. */
  private indexAt(line: number): number {
    let low = 0
    let high = this.marks.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.marks[middle]!.line <= line) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  /** Seconds at `line`; undefined before the first mark. */
  at(line: number): number | undefined {
    const index = this.indexAt(line)
    return index === -1 ? undefined : this.marks[index]!.start
  }

  /**
   * When what is said on lines `first..last` ends: the latest end a mark on
   * those lines states (a cue's end), else the time of the next mark after
   * them; undefined when neither is known.
   */
  endOf(first: number, last: number): number | undefined {
    let end: number | undefined
    let index = Math.max(0, this.indexAt(first))
    for (; index < this.marks.length; index++) {
      const mark = this.marks[index]!
      if (mark.line > last) break
      if (mark.end !== undefined) end = Math.max(end ?? 0, mark.end)
    }
    return end ?? this.marks[index]?.start
  }
}

/** `hh:mm:ss` of a number of seconds. */
export function clockOf(seconds: number): string {
  const whole = Math.floor(seconds)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`
}
