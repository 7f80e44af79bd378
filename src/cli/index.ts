#!/usr/bin/env node
/**
 * The `minutes` command.
 */
import {setFlagsFromString} from 'node:v8'
import {Command, InvalidArgumentError, Option} from 'commander'
import {parseFormats} from '../render/index.js'
import {processCommand} from './process-command.js'
import {renderCommand} from './render-command.js'
import {evaluate, formatEval, targetSets} from './eval-command.js'

// A command runs few files: compile each regular expression once, to native
// code, instead of first to bytecode and again on its second use (chrono's
// patterns alone cost 110 ms that way); and keep the heap small, which for a
// 10 MB transcript takes the peak from 233 to about 210 MB and is no slower.
// Set before any pattern runs.
setFlagsFromString('--no-regexp-tier-up')
setFlagsFromString('--optimize-for-size')

const program = new Command()
program
  .name('minutes')
  .description('Turn call transcripts into reviewed, searchable, wiki-ready minutes')
  .showHelpAfterError()

const languageList = (value: string): string[] => {
  const codes = value.split(',').map((code) => code.trim().toLowerCase()).filter(Boolean)
  if (codes.length === 0 || codes.some((code) => !/^[a-z]{2}$/.test(code))) throw new InvalidArgumentError('Expected ISO 639-1 codes, such as en,es,fr,pt.')
  return codes
}
const fraction = (value: string): number => {
  const number = Number(value)
  if (!(number >= 0 && number <= 1)) throw new InvalidArgumentError('Expected a number between 0 and 1.')
  return number
}
const positiveInteger = (value: string): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('Expected a whole number.')
  return number
}
const formatList = (value: string): string[] => {
  try {
    return parseFormats(value)
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message)
  }
}

program
  .command('process')
  .description('Write a record (.json) and minutes for each transcript; folders are searched for .txt and .md files')
  .argument('<inputs...>', 'transcript files or folders')
  .requiredOption('-o, --out <dir>', 'folder the records and minutes are written to')
  .addOption(
    new Option('-f, --format <formats>', 'comma-separated output formats: md, confluence (.confluence.xml), mediawiki (.wiki), json')
      .default(['md', 'json'], 'md,json')
      .argParser(formatList)
  )
  .addOption(new Option('-l, --languages <codes>', 'candidate languages, ISO 639-1 (default: en,es,fr,pt)').argParser(languageList))
  .addOption(new Option('--min-confidence <n>', 'lowest confidence of a kept action item or decision (default: 0.5)').argParser(fraction))
  .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes (default: 52428800, 50 MB)').argParser(positiveInteger))
  .addOption(new Option('--settle-ms <n>', 'a file modified this recently is checked again after as long, and refused if it is still changing (default: 1000)').argParser(positiveInteger))
  .option('-q, --quiet', 'print errors only')
  .action(async (inputs: string[], options: {out: string; format: string[]; languages?: string[]; minConfidence?: number; maxBytes?: number; settleMs?: number; quiet?: boolean}) => {
    const summary = await processCommand(inputs, {
      out: options.out,
      formats: options.format,
      ...(options.languages ? {languages: options.languages} : {}),
      ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
      ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
      ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs}),
      ...(options.quiet ? {quiet: true} : {})
    })
    if (!options.quiet) {
      console.log(`${summary.processed.length} processed, ${summary.failed.length} failed; output in ${options.out}`)
    }
    if (summary.failed.length > 0) process.exitCode = 1
  })

program
  .command('render')
  .description('Write minutes from an existing (possibly reviewed) record; the record is validated against the schema first')
  .argument('<record>', 'record file (.json) written by `minutes process`')
  .requiredOption('-o, --out <dir>', 'folder the minutes are written to, as <record name without .json>.<format extension>')
  .addOption(
    new Option('-f, --format <formats>', 'comma-separated output formats: md, confluence (.confluence.xml), mediawiki (.wiki), json')
      .default(['md'], 'md')
      .argParser(formatList)
  )
  .option('-q, --quiet', 'print errors only')
  .action(async (input: string, options: {out: string; format: string[]; quiet?: boolean}) => {
    const result = await renderCommand(input, {out: options.out, formats: options.format, ...(options.quiet ? {quiet: true} : {})})
    if (!result.ok) process.exitCode = 1
  })

program
  .command('eval')
  .description('Score the records of annotated transcripts against hand-checked annotations: precision, recall, F1')
  .argument('<inputs...>', 'transcript files or folders')
  .requiredOption('-a, --annotations <dir>', 'folder of annotations, <stem>.json each')
  .option('-v, --verbose', 'list every missed, extra or wrong item')
  .option('--check', 'exit with 1 when a quality target is not met')
  .option('--corpus <name>', 'a name for the corpus, printed above its figures')
  .option('--annotated-only', 'score only the inputs with an annotation; pass over the rest in silence')
  .option('--targets <set>', 'the quality targets: samples (full annotations) or committees (items and attendance)', 'samples')
  .action(async (inputs: string[], options: {annotations: string; verbose?: boolean; check?: boolean; corpus?: string; annotatedOnly?: boolean; targets: string}) => {
    if (!Object.hasOwn(targetSets, options.targets)) throw new TypeError(`Expected \`--targets\` to be one of ${Object.keys(targetSets).join(', ')}, not \`${options.targets}\``)
    const result = await evaluate(inputs, {annotations: options.annotations, annotatedOnly: options.annotatedOnly ?? false, targets: options.targets as keyof typeof targetSets})
    if (options.corpus) console.log(`\n== ${options.corpus} ==`)
    console.log(formatEval(result, options.verbose))
    if (options.check && !result.meetsTargets) process.exitCode = 1
  })

await program.parseAsync()
