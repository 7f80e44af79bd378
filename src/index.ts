/**
 * minutes as a library: read a transcript, process it into a validated
 * record, render minutes from a record.
 */
export {createMinutesProcessor, type MinutesProcessor} from './process.js'
export {readTranscript, decode, decodeFile, IngestError, type IngestOptions} from './ingest.js'
export {acceptedExtensions, detectFormat, readFormat, readers, type FormatName, type FormatReader} from './formats/index.js'
export {formats, parseFormats, type Format} from './render/index.js'
export {buildMinutesTree, formatDate, wordsFor} from './minutes/build-minutes-tree.js'
export {toMarkdown} from './render/markdown.js'
export {toConfluence} from './render/confluence.js'
export {toMediaWiki} from './render/mediawiki.js'
export {ingest} from '../pipelines/ingest.js'
export {transcript} from '../pipelines/transcript.js'
export {document} from '../pipelines/document.js'
export type {PipelineOptions} from '../pipelines/options.js'
export type {MeetingRecord} from './record.js'
