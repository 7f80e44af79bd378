/**
 * The minutes processor: ingest, then the transcript or the document
 * pipeline, whichever fits what ingest found.
 */
import {unified, type Processor} from 'unified'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {ingest} from '../pipelines/ingest.js'
import {transcript} from '../pipelines/transcript.js'
import {document} from '../pipelines/document.js'
import type {PipelineOptions} from '../pipelines/options.js'
import type {MeetingRecord} from './record.js'
import './data.js'

/** Process one decoded file into its record; throws a fatal VFileMessage on failure. */
export type MinutesProcessor = (file: VFile) => MeetingRecord

/** Build the processors once; the result processes any number of files. */
export function createMinutesProcessor(options: PipelineOptions = {}): MinutesProcessor {
  // unified cannot infer tree types through presets; every stage reads and writes a Root.
  const front = unified().use(ingest()).freeze() as unknown as Processor<Root, Root, Root>
  const transcripts = unified().use(transcript(options)).freeze() as unknown as Processor<Root, Root, Root>
  const documents = unified().use(document(options)).freeze() as unknown as Processor<Root, Root, Root>

  return (file: VFile): MeetingRecord => {
    const tree = front.parse(file)
    front.runSync(tree, file)
    const back = file.data.kind === 'transcript' ? transcripts : documents
    back.runSync(tree, file)
    return file.data.record!
  }
}
