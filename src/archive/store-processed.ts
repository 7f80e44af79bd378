/**
 * The per-file archive write shared by `minutes process` and the drop-folder
 * service: store the record with the decoded source text (so that items added
 * in review can quote its lines), and say in a few words what it made of it.
 */
import type {MeetingRecord} from '../record.js'
import type {Archive, IngestResult} from './types.js'

export interface Stored {
  result: IngestResult
  /** What the archive made of it: `meeting 3, revision 2 (2 reviewed items no longer extracted, kept and flagged)`. */
  what: string
}

export async function storeProcessed(archive: Archive, record: MeetingRecord, text: string): Promise<Stored> {
  const result = await archive.ingest(record, {text})
  const what =
    result.outcome === 'new'
      ? `new meeting ${result.meeting.id}`
      : result.outcome === 'revision'
        ? `meeting ${result.meeting.id}, revision ${result.revision}`
        : `meeting ${result.meeting.id}, unchanged`
  const kept = result.notReExtracted > 0 ? ` (${result.notReExtracted} reviewed item${result.notReExtracted === 1 ? '' : 's'} no longer extracted, kept and flagged)` : ''
  return {result, what: `${what}${kept}`}
}
