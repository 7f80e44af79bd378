/** Input discovery and safe output writing for the CLI. */
import {open, readdir, rename, stat, writeFile, mkdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {acceptedExtensions} from '../formats/index.js'

/** File name endings taken as transcripts (the list lives with the format readers). */
export const transcriptExtensions: readonly string[] = acceptedExtensions

export interface Inputs {
  files: string[]
  /** Files found in folders that are not transcripts, with why. */
  refused: Array<{path: string; reason: string}>
  /** Everything found, transcripts and refused, in the order found. */
  all: string[]
}

/** Expand files and folders (recursively) into transcript files, in a stable order. */
export async function findInputs(inputs: readonly string[]): Promise<Inputs> {
  const files: string[] = []
  const refused: Inputs['refused'] = []
  const all: string[] = []
  const walk = async (entry: string, explicit: boolean): Promise<void> => {
    const info = await stat(entry).catch(() => undefined)
    if (!info) {
      refused.push({path: entry, reason: 'File not found'})
      all.push(entry)
      return
    }
    if (info.isDirectory()) {
      const names = (await readdir(entry)).sort()
      for (const name of names) {
        if (name.startsWith('.')) continue
        await walk(path.join(entry, name), false)
      }
      return
    }
    if (explicit || transcriptExtensions.includes(path.extname(entry).toLowerCase())) files.push(entry)
    else refused.push({path: entry, reason: `Not a transcript file type (${path.extname(entry) || 'no extension'}); export it as ${transcriptExtensions.join(', ')}`})
    all.push(entry)
  }
  for (const input of inputs) await walk(input, true)
  return {files, refused, all}
}

/** The name outputs share: the file name without its last extension. */
export function stemOf(file: string): string {
  const base = path.basename(file)
  const extension = path.extname(base)
  return extension ? base.slice(0, -extension.length) : base
}

/**
 * Write several outputs so that either all appear or none: each is written
 * to a temporary name first, and renamed only once all are written.
 */
export async function writeAll(outputs: ReadonlyArray<[string, string | Iterable<string>]>): Promise<void> {
  const temporary: Array<[string, string]> = []
  try {
    for (const [target, content] of outputs) {
      await mkdir(path.dirname(target), {recursive: true})
      const partial = `${target}.partial-${process.pid}`
      temporary.push([partial, target])
      if (typeof content === 'string') {
        await writeFile(partial, content)
        continue
      }
      // Written piece by piece, as the pieces are made.
      const handle = await open(partial, 'w')
      try {
        for (const chunk of content) await handle.write(chunk)
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
