/**
 * From text to speaker turns: parse, clean, segment. Every file goes through
 * this; whether turns were found decides which extraction pipeline follows.
 */
import type {Preset} from 'unified'
import parseTranscript from '../src/stages/parse-transcript.js'
import stopAtEndMarker from '../src/stages/stop-at-end-marker.js'
import dropDisclaimers from '../src/stages/drop-disclaimers.js'
import rejoinBrokenSentences from '../src/stages/rejoin-broken-sentences.js'
import segmentSpeakers from '../src/stages/segment-speakers.js'
import resolveSpeakers from '../src/stages/resolve-speakers.js'

export function ingest(): Preset {
  return {
    plugins: [
      parseTranscript,
      stopAtEndMarker,
      dropDisclaimers,
      rejoinBrokenSentences,
      segmentSpeakers,
      resolveSpeakers
    ]
  }
}
