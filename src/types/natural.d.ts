declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity of two strings, 0–1. */
  export default function jaroWinkler(a: string, b: string, options?: {ignoreCase?: boolean}): number
}

/** natural's Porter stemmers, one module per language, each with `stem(word)`. */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: {stem(word: string): string}
  export default stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
  const stemmer: {stem(word: string): string}
  export default stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: {stem(word: string): string}
  export default stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
  const stemmer: {stem(word: string): string}
  export default stemmer
}
