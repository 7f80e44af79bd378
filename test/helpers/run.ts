/** Run the pipelines on text in memory, the way the CLI does on a file. */
import {readFileSync} from 'node:fs'
import {unified, type Processor} from 'unified'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {ingest} from '../../pipelines/ingest.js'
import {createMinutesProcessor} from '../../src/process.js'
import type {PipelineOptions} from '../../pipelines/options.js'
import type {MeetingRecord} from '../../src/record.js'
import '../../src/data.js'

const processors = new Map<string, ReturnType<typeof createMinutesProcessor>>()

/** The record for `text`. */
export function record(text: string, options: PipelineOptions = {}, path = 'input.txt'): MeetingRecord {
  const key = JSON.stringify(options)
  let process = processors.get(key)
  if (!process) {
    process = createMinutesProcessor(options)
    processors.set(key, process)
  }
  return process(new VFile({path, value: text}))
}

/** The file and tree after ingest (parse, clean, segment) only. */
export function ingested(text: string): {tree: Root; file: VFile} {
  const processor = unified().use(ingest()) as unknown as Processor<Root, Root, Root>
  const file = new VFile({path: 'input.txt', value: text})
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  return {tree, file}
}

/** A sample's text. */
export function sample(name: string): string {
  return readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8')
}
