/** The note left beside a failed file: what was wrong, in plain words, and what to do. */
import {formatJobProblem, type JobProblem} from '../job.js'

const advice: Record<string, string> = {
  'empty-file': 'The file is empty. Save the transcript again, check that it has text, and drop it here.',
  'binary-file': 'This is not a text file (it may be a scan, a zip or a document saved in another format). Export the transcript as plain text (.txt) and drop that.',
  'not-a-transcript': 'Only transcript files are taken. Export the transcript in one of the file types listed above and drop that.',
  'file-too-large': 'The file is too large to take at once. Split it into parts (one per session, say) and drop them one by one.',
  'no-speakers': 'Minutes need speaker labels (a line such as `JANE DOE: …` for each turn) or an outcome document with lists. Check that this is the transcript of a call.',
  'took-too-long': 'Turning this file into minutes took too long and was stopped. Split it into parts, or ask whoever runs the service to raise --max-seconds.',
  'too-deeply-nested': 'Save the transcript as plain text without nested quotes or lists, and drop it here again.',
  'unreadable-file': 'The file could not be read. Check that it is a complete file you can open, and drop it here again.',
  'archive-write-failed': 'The minutes were written, but they could not be stored in the archive. Tell whoever runs the service; dropping the file again retries.'
}

/** The text of `<name>.error.txt`. Its first line is the one `minutes process` prints for the same file. */
export function errorNote(name: string, problem: JobProblem, extensions: readonly string[]): string {
  const what = advice[problem.ruleId] ?? 'Check the file, correct it, and drop it into the folder again.'
  return [
    formatJobProblem(name, problem),
    '',
    `"${name}" could not be turned into minutes.`,
    '',
    `Why: ${problem.reason}${problem.line > 1 || problem.column > 1 ? ` (line ${problem.line}, column ${problem.column})` : ''}.`,
    `What to do: ${what}`,
    '',
    `File types taken: ${extensions.join(', ')}.`,
    'This copy stays here for reference; a corrected file dropped into the folder is processed anew.',
    ''
  ].join('\n')
}
