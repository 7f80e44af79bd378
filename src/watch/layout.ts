/**
 * The drop folder's layout, Maildir-style: a file is only ever renamed
 * between folders of one file system, so at any moment it is in exactly one
 * of them, and which one says how far it got.
 *
 * - `<folder>/`: where staff drop transcripts;
 * - `<folder>/processing/`: taken, being turned into minutes;
 * - `<folder>/done/`: the original after success, as `<stem>.<12 hex of sha256><ext>`;
 * - `<folder>/failed/`: the original and `<name>.error.txt`, which says why.
 */
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import path from 'node:path'

export interface Layout {
  readonly folder: string
  readonly processing: string
  readonly done: string
  readonly failed: string
  /** Where the records and minutes go. */
  readonly out: string
  readonly lock: string
}

export function layoutOf(folder: string, out?: string): Layout {
  const root = path.resolve(folder)
  return {
    folder: root,
    processing: path.join(root, 'processing'),
    done: path.join(root, 'done'),
    failed: path.join(root, 'failed'),
    out: path.resolve(out ?? path.join(root, 'minutes')),
    lock: path.join(root, '.minutes-watch.lock')
  }
}

/** The ending of the note written beside a failed file. */
export const errorNoteSuffix = '.error.txt'

/**
 * Names never taken from the folder: dot files, office lock files
 * (`.~lock.x#`, `~$x.docx`), downloads and copies in progress (`.part`,
 * `.crdownload`, `.tmp`, `.partial`), editor backups (`x~`, `.swp`).
 */
export function isTemporaryName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    name.endsWith('~') ||
    /\.(?:part|crdownload|download|tmp|temp|partial|swp|swx)$/i.test(name) ||
    /\.partial-\d+$/.test(name)
  )
}

/** The name without its last extension: what the outputs of a dropped file are named after. */
export function stemOf(name: string): string {
  const extension = path.extname(name)
  return extension ? name.slice(0, -extension.length) : name
}

/** `<stem>.<first 12 hex of sha256><ext>`: two drops of one name never collide in `done/`. */
export function doneNameOf(name: string, sha256: string): string {
  return `${stemOf(name)}.${sha256.slice(0, 12)}${path.extname(name)}`
}

/** Read back the hash prefix a `done/` name carries, if it has one. */
export function hashOfDoneName(name: string): string | undefined {
  return /\.([0-9a-f]{12})(?:\.[^.]*)?$/.exec(name)?.[1]
}

/** SHA-256 of a file, read as a stream so a large one never blocks the service. */
export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}
