/**
 * `minutes serve`: the review page over an archive, until interrupted.
 */
import {openArchive} from '../archive/index.js'
import {ArchiveError} from '../archive/types.js'
import {readTokenFile, ServeError, startReviewServer} from '../server/serve.js'
import {existingArchiveLocation} from './archive-location.js'

export interface ServeCommandOptions {
  db?: string | undefined
  host?: string | undefined
  port?: number | undefined
  tokenFile?: string | undefined
}

/** Start serving; resolves once listening, with a function that stops. Errors are printed and set the exit code. */
export async function serveCommand(options: ServeCommandOptions, log = console.log, error = console.error): Promise<(() => Promise<void>) | null> {
  try {
    const token = options.tokenFile === undefined ? undefined : await readTokenFile(options.tokenFile)
    const location = existingArchiveLocation(options.db)
    const archive = await openArchive(location)
    try {
      const server = await startReviewServer({archive, token, ...(options.host ? {host: options.host} : {}), ...(options.port === undefined ? {} : {port: options.port})})
      log(`Reviewing ${location} at ${server.url}${token === undefined ? '' : ' (access token required)'}; stop with Ctrl+C`)
      return async () => {
        await server.close()
        await archive.close()
      }
    } catch (caught) {
      await archive.close()
      throw caught
    }
  } catch (caught) {
    if (!(caught instanceof ServeError || caught instanceof ArchiveError)) throw caught
    error(`minutes serve: ${caught.message}`)
    process.exitCode = 2
    return null
  }
}
