/**
 * A worker thread that runs jobs one at a time, so that the service can
 * stop one that takes too long by terminating its thread.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createJob, type JobOptions, type JobTarget} from '../job.js'
import {warmUp} from './warm-up.js'

const options = (workerData as {options: JobOptions}).options
const job = createJob(options)
// The first transcript compiles the patterns and the language models: do it
// before the first file arrives, so that no drop pays for it.
warmUp(options)
parentPort!.on('message', async (message: {id: number; target: JobTarget}) => {
  const result = await job(message.target)
  parentPort!.postMessage({id: message.id, result})
})
parentPort!.postMessage({ready: true})
