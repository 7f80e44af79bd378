/** Writing outputs so that a crash never leaves one half written. */
import {open, mkdir, rename, rm} from 'node:fs/promises'
import {hostname} from 'node:os'
import path from 'node:path'

/**
 * The suffix of an output still being written: `<target>.partial-<host>-<pid>`.
 * The host is part of it because a shared drop folder is written by services
 * on several machines, and a process number means something only on its own.
 */
export const partialSuffix = '.partial-'

/** What this process adds after `partialSuffix`. */
export const partialOwner = `${hostname()}-${process.pid}`

const blockSize = 64 * 1024

/**
 * Write several outputs so that either all appear or none: each is written
 * to a temporary name in the same folder and flushed to disk, and all are
 * renamed into place only once all are written. A crash leaves at most
 * `*.partial-<host>-<pid>` files, never a truncated output.
 */
export async function writeAll(outputs: ReadonlyArray<[string, string | Iterable<string>]>): Promise<void> {
  const temporary: Array<[string, string]> = []
  try {
    for (const [target, content] of outputs) {
      await mkdir(path.dirname(target), {recursive: true})
      const partial = `${target}${partialSuffix}${partialOwner}`
      temporary.push([partial, target])
      const handle = await open(partial, 'w')
      try {
        if (typeof content === 'string') await handle.writeFile(content)
        else {
          // Written as the pieces are made, gathered into blocks of about
          // 64 KB: one write per piece costs more than making the pieces.
          let block = ''
          for (const chunk of content) {
            block += chunk
            if (block.length >= blockSize) {
              await handle.write(block)
              block = ''
            }
          }
          if (block.length > 0) await handle.write(block)
        }
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
    for (const [partial, target] of temporary) await rename(partial, target)
  } catch (error) {
    for (const [partial] of temporary) await rm(partial, {force: true})
    throw error
  }
}
