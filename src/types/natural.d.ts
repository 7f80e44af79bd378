declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity of two strings, 0–1. */
  export default function jaroWinkler(a: string, b: string, options?: {ignoreCase?: boolean}): number
}
