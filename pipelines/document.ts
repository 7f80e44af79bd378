/**
 * A meeting outcome document (no speakers), after ingest: its agreed
 * statements as decisions, its NEXT STEPS as action items.
 */
import type {Preset} from 'unified'
import indexUnits from '../src/stages/index-units.js'
import detectLanguage from '../src/stages/detect-language.js'
import splitSentences from '../src/stages/split-sentences.js'
import extractMetadata from '../src/stages/extract-metadata.js'
import extractNextSteps from '../src/stages/extract-next-steps.js'
import extractAgreedStatements from '../src/stages/extract-agreed-statements.js'
import buildRecord from '../src/stages/build-record.js'
import type {PipelineOptions} from './options.js'

export function document(options: PipelineOptions = {}): Preset {
  const confidence = options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}
  return {
    plugins: [
      indexUnits,
      [detectLanguage, options.languages ? {languages: options.languages} : {}],
      splitSentences,
      extractMetadata,
      [extractNextSteps, confidence],
      [extractAgreedStatements, confidence],
      buildRecord
    ]
  }
}
