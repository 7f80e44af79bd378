/** `minutes migrate --from PATH.db --to postgres://…`: say what moved, or one line on why not. */
import {migrateArchive, type MigrateSummary} from '../archive/migrate.js'
import {ArchiveError} from '../archive/types.js'

export interface MigrateCommandOptions {
  from: string
  to: string
  json?: boolean
}

/** Codes that mean the archive could not be opened at all: exit 2, as for any other command. */
const openingFailures = new Set(['unreachable', 'access-denied', 'newer-schema', 'not-an-archive', 'not-found'])

export async function migrateCommand(options: MigrateCommandOptions): Promise<number> {
  let summary: MigrateSummary
  try {
    summary = await migrateArchive(options.from, options.to)
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error
    console.error(`minutes migrate: ${error.message}`)
    return openingFailures.has(error.code) ? 2 : 1
  }
  if (options.json) {
    console.log(JSON.stringify(summary))
  } else {
    const moved =
      summary.meetings === 0
        ? 'Nothing to move'
        : `Moved ${summary.meetings} meeting${summary.meetings === 1 ? '' : 's'} (${summary.revisions} revisions, ${summary.items} items, ${summary.comments} comments, ${summary.audit} audit entries)`
    const kept = summary.alreadyThere > 0 ? `; ${summary.alreadyThere} already there, left as they are` : ''
    console.log(`${moved}${kept}.`)
  }
  return 0
}
