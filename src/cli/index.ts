#!/usr/bin/env node
/**
 * The `minutes` command.
 */
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {Command, InvalidArgumentError, Option} from 'commander'
import {parseFormats} from '../render/index.js'
import {processCommand} from './process-command.js'
import {renderCommand, renderReviewed} from './render-command.js'
import {evaluate, formatEval, targetSets} from './eval-command.js'
import {transcriptExtensions} from './files.js'
import {statusCommand, watchCommand} from './watch-command.js'
import {registerArchiveCommands} from './archive-commands.js'
import {exitCodeOf, existingArchiveLocation, processArchiveLocation, withArchive} from './archive-location.js'
import {displayLocation, isServerLocation, openArchive} from '../archive/index.js'
import {ArchiveError, type Archive} from '../archive/types.js'
import {serveCommand} from './serve-command.js'

// A command runs few files: compile each regular expression once, to native
// code, instead of first to bytecode and again on its second use (chrono's
// patterns alone cost 110 ms that way); and keep the heap small, which took a
// 10 MB transcript's peak about 23 MB lower when it was set, no slower.
// Set before any pattern runs. Not for the drop-folder service: a
// long-running process that sees thousands of files does better with V8's
// defaults (a third less CPU per file, measured on 150 files).
const subcommand = process.argv.slice(2).find((argument) => !argument.startsWith('-'))
if (subcommand !== 'watch') {
  setFlagsFromString('--no-regexp-tier-up')
  setFlagsFromString('--optimize-for-size')
}

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
const countFromOne = (value: string): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('Expected a whole number from 1.')
  return number
}
const positiveNumber = (value: string): number => {
  const number = Number(value)
  if (!(number > 0)) throw new InvalidArgumentError('Expected a number above 0.')
  return number
}
const formatList = (value: string): string[] => {
  try {
    return parseFormats(value)
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message)
  }
}

// Options `process` and `watch` share: a fresh Option for each command.
const formatOption = (): Option =>
  new Option('-f, --format <formats>', 'comma-separated output formats: md, confluence (.confluence.xml), mediawiki (.wiki), json')
    .default(['md', 'json'], 'md,json')
    .argParser(formatList)
const languagesOption = (): Option => new Option('-l, --languages <codes>', 'candidate languages, ISO 639-1 (default: en,es,fr,pt)').argParser(languageList)
const minConfidenceOption = (): Option => new Option('--min-confidence <n>', 'lowest confidence of a kept action item or decision (default: 0.5)').argParser(fraction)
const maxBytesOption = (): Option => new Option('--max-bytes <n>', 'largest input accepted, in bytes (default: 52428800, 50 MB)').argParser(positiveInteger)

program
  .command('process')
  .description(`Write a record (.json) and minutes for each transcript; folders are searched for ${transcriptExtensions.join(' ')} files`)
  .argument('<inputs...>', 'transcript files or folders')
  .requiredOption('-o, --out <dir>', 'folder the records and minutes are written to')
  .addOption(formatOption())
  .addOption(languagesOption())
  .addOption(minConfidenceOption())
  .addOption(maxBytesOption())
  .addOption(new Option('--settle-ms <n>', 'a file modified this recently is checked again after as long, and refused if it is still changing (default: 1000)').argParser(positiveInteger))
  .option('-q, --quiet', 'print errors only')
  .option('--db <path>', 'the archive every record is also stored in: a file, or a postgres:// address (default: $MINUTES_DB, else <out>/minutes.db)')
  .option('--no-archive', 'do not store the records in an archive')
  .action(async (inputs: string[], options: {out: string; format: string[]; languages?: string[]; minConfidence?: number; maxBytes?: number; settleMs?: number; quiet?: boolean; db?: string; archive: boolean}) => {
    const location = processArchiveLocation(options)
    let archive: Archive | undefined
    if (location !== null) {
      try {
        if (!isServerLocation(location)) mkdirSync(path.dirname(location), {recursive: true})
        archive = await openArchive(location)
      } catch (caught) {
        if (!(caught instanceof ArchiveError)) throw caught
        console.error(caught.message)
        process.exitCode = exitCodeOf(caught)
        return
      }
    }
    const summary = await processCommand(inputs, {
      ...(archive ? {archive} : {}),
      out: options.out,
      formats: options.format,
      ...(options.languages ? {languages: options.languages} : {}),
      ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
      ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
      ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs}),
      ...(options.quiet ? {quiet: true} : {}),
      // A bar only where a person watches: never when piped or quiet.
      progress: !options.quiet && process.stderr.isTTY === true
    })
    await archive?.close()
    if (!options.quiet) {
      console.log(`${summary.processed.length} processed, ${summary.failed.length} failed; output in ${options.out}${location === null ? '' : `, archive ${displayLocation(location)}`}`)
    }
    if (summary.failed.length > 0) process.exitCode = 1
  })

program
  .command('render')
  .description('Write minutes from an existing (possibly reviewed) record, or from a meeting in the archive as reviewed (--meeting ID); the record is validated against the schema first')
  .argument('[record]', 'record file (.json) written by `minutes process`; not with --meeting')
  .requiredOption('-o, --out <dir>', 'folder the minutes are written to, as <record name without .json>.<format extension>')
  .addOption(
    new Option('-f, --format <formats>', 'comma-separated output formats: md, confluence (.confluence.xml), mediawiki (.wiki), json')
      .default(['md'], 'md')
      .argParser(formatList)
  )
  .option('-q, --quiet', 'print errors only')
  .option('--db <path>', 'with --meeting: the archive (default: $MINUTES_DB, else ./minutes.db or minutes-out/minutes.db)')
  .addOption(new Option('--meeting <id>', 'render this meeting from the archive, with its review applied').argParser(positiveInteger))
  .action(async (input: string | undefined, options: {out: string; format: string[]; quiet?: boolean; db?: string; meeting?: number}) => {
    const settings = {out: options.out, formats: options.format, ...(options.quiet ? {quiet: true} : {})}
    if ((input === undefined) === (options.meeting === undefined)) {
      console.error('Give either a record file or --meeting ID (with --db), not both or neither')
      process.exitCode = 1
      return
    }
    if (options.meeting !== undefined) {
      const meeting = options.meeting
      await withArchive(
        () => existingArchiveLocation(options.db),
        async (archive) => {
          const result = await renderReviewed(archive, meeting, settings)
          if (!result.ok) process.exitCode = 1
        }
      )
      return
    }
    const result = await renderCommand(input!, settings)
    if (!result.ok) process.exitCode = 1
  })

registerArchiveCommands(program)

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

program
  .command('migrate')
  .description('Copy an SQLite archive into a PostgreSQL one, review work and audit trail included; running it again copies only what is missing')
  .requiredOption('--from <file>', 'the SQLite archive (.db); it is only read')
  .requiredOption('--to <url>', 'the PostgreSQL archive, postgres://user:password@host:port/database')
  .option('--json', 'print what moved as one JSON object')
  .action(async (options: {from: string; to: string; json?: boolean}) => {
    const {migrateCommand} = await import('./migrate-command.js')
    process.exitCode = await migrateCommand({from: options.from, to: options.to, ...(options.json ? {json: true} : {})})
  })

program
  .command('watch')
  .description('Watch a drop folder: every transcript saved into it becomes minutes; the original moves to done/, or to failed/ with a note saying why')
  .argument('<folder>', 'the drop folder')
  .option('-o, --out <dir>', 'folder the records and minutes are written to (default: <folder>/minutes)')
  .addOption(formatOption())
  .addOption(languagesOption())
  .addOption(minConfidenceOption())
  .addOption(maxBytesOption())
  .addOption(new Option('-c, --concurrency <n>', 'files processed at once (default: the number of cores)').argParser(countFromOne))
  .addOption(new Option('--settle-ms <n>', 'a file is taken once its size and modification time have not changed for this long (default: 300)').argParser(positiveInteger))
  .addOption(new Option('--max-seconds <n>', 'time budget per file, after which it is stopped and goes to failed/ (default: 60 plus 12 per MB)').argParser(positiveNumber))
  .addOption(new Option('--in-process', 'process files on the service thread instead of worker threads (no time budget; for measuring)').hideHelp())
  .option('--json', 'one JSON object per line, for log collectors')
  .option('--db <path>', 'the archive every record is also stored in: a file, or a postgres:// address (default: $MINUTES_DB, else <out>/minutes.db)')
  .option('--no-archive', 'do not store the records in an archive')
  .addOption(new Option('--lease-seconds <n>', 'with a PostgreSQL archive (--db postgres://…), several services share the folder; a file claimed by one that stops answering goes to another after this long (default: 60)').argParser(positiveNumber))
  .action(async (folder: string, options: {out?: string; format: string[]; languages?: string[]; minConfidence?: number; maxBytes?: number; concurrency?: number; settleMs?: number; maxSeconds?: number; inProcess?: boolean; json?: boolean; db?: string; archive: boolean; leaseSeconds?: number}) => {
    process.exitCode = await watchCommand(
      folder,
      {
        formats: options.format,
        ...(options.out === undefined ? {} : {out: options.out}),
        ...(options.languages ? {languages: options.languages} : {}),
        ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
        ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
        ...(options.concurrency === undefined ? {} : {concurrency: options.concurrency}),
        ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs}),
        ...(options.maxSeconds === undefined ? {} : {maxSeconds: options.maxSeconds}),
        ...(options.inProcess ? {execution: 'in-process' as const} : {}),
        ...(options.json ? {json: true} : {}),
        ...(options.db === undefined ? {} : {db: options.db}),
        ...(options.archive ? {} : {archive: false}),
        ...(options.leaseSeconds === undefined ? {} : {leaseSeconds: options.leaseSeconds})
      },
      // Bundled beside this file by scripts/build.js.
      new URL('./job-worker.js', import.meta.url)
    )
  })

program
  .command('status')
  .description('How many files of a drop folder are waiting, processing, done and failed, and the latest failures with their reasons')
  .argument('<folder>', 'the drop folder')
  .option('--json', 'print one JSON object')
  .action(async (folder: string, options: {json?: boolean}) => {
    process.exitCode = await statusCommand(folder, options)
  })

const port = (value: string): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('Expected a port number, 0 to 65535.')
  return number
}

program
  .command('serve')
  .description('Review action items and decisions in a browser: a local web page over the archive')
  .option('--db <path>', 'archive to serve (default: MINUTES_DB, else minutes.db or minutes-out/minutes.db)')
  .option('--host <address>', 'address to listen on; any but a loopback address needs --token-file', '127.0.0.1')
  .addOption(new Option('-p, --port <n>', 'port to listen on').default(8420).argParser(port))
  .option('--token-file <file>', 'file whose first line is the access token every request must carry')
  .action(async (options: {db?: string; host: string; port: number; tokenFile?: string}) => {
    const stop = await serveCommand(options)
    if (!stop) return
    const shutdown = () => {
      stop().then(() => process.exit(0), () => process.exit(1))
    }
    process.once('SIGINT', shutdown)
    process.once('SIGTERM', shutdown)
  })

await program.parseAsync()
