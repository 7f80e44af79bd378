/**
 * A call transcript, after ingest: who said what in which language, who
 * attended, what was decided, who must do what by when, as a validated record.
 */
import type {Preset} from 'unified'
import markUncertainty from '../src/stages/mark-uncertainty.js'
import indexUnits from '../src/stages/index-units.js'
import detectLanguage from '../src/stages/detect-language.js'
import markFillers from '../src/stages/mark-fillers.js'
import splitSentences from '../src/stages/split-sentences.js'
import extractMetadata from '../src/stages/extract-metadata.js'
import extractAttendance from '../src/stages/extract-attendance.js'
import extractAgenda from '../src/stages/extract-agenda.js'
import extractDecisions from '../src/stages/extract-decisions.js'
import extractActionItems from '../src/stages/extract-action-items.js'
import buildRecord from '../src/stages/build-record.js'
import type {PipelineOptions} from './options.js'

export function transcript(options: PipelineOptions = {}): Preset {
  const confidence = options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}
  return {
    plugins: [
      markUncertainty,
      indexUnits,
      [detectLanguage, options.languages ? {languages: options.languages} : {}],
      markFillers,
      splitSentences,
      extractMetadata,
      extractAttendance,
      extractAgenda,
      [extractDecisions, confidence],
      [extractActionItems, confidence],
      buildRecord
    ]
  }
}
