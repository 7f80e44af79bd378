/** Input discovery and safe output writing for the CLI. */
import {readdir, stat} from 'node:fs/promises'
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

export {writeAll} from '../lib/outputs.js'
