/**
 * parse: read the decoded file with the reader of its format (WebVTT, SRT,
 * Google Meet, Otter, PDF text, or plain text and Markdown), found from its
 * content first and its name second. Every reader gives the same transcript
 * tree, with positions in the file (or in the text extracted from it).
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {readFormat} from '../formats/index.js'

const parseTranscript: Plugin<[], string, Root> = function () {
  this.parser = (document: string, file: VFile): Root => readFormat(document, file)
}

export default parseTranscript

export {readText as parse} from '../formats/text.js'
