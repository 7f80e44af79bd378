/** Settings shared by the pipelines. */
export interface PipelineOptions {
  /** Candidate languages, ISO 639-1 (default `['en', 'es', 'fr', 'pt']`). */
  readonly languages?: readonly string[]
  /** Lowest confidence an action item or decision needs to be kept (default `0.5`). */
  readonly minConfidence?: number
}
