/** Run a small made-up transcript through the pipeline, so that the first real file does not pay for compiling it. */
import {decode} from '../ingest.js'
import {createMinutesProcessor} from '../process.js'
import {formats} from '../render/index.js'
import type {JobOptions} from '../job.js'

const practice = [
  'Meeting of the working group, 3 March 2025',
  '',
  'ANA PEREIRA: Good morning. This is Ana Pereira speaking. We agreed to publish the report.',
  'BEN OKAFOR: I will send the draft to the group by Friday.',
  'ANA PEREIRA: Thank you. Decision: the next call is on 10 March.',
  ''
].join('\n')

export function warmUp(options: JobOptions): void {
  try {
    const process = createMinutesProcessor({...(options.languages ? {languages: options.languages} : {})})
    const record = process(decode('warm-up.txt', new TextEncoder().encode(practice)))
    for (const name of options.formats) formats[name]?.render(record)
  } catch {
    // Only a warm-up: a real file reports its own problems.
  }
}
