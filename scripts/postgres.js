#!/usr/bin/env node
// A throwaway PostgreSQL server for tests and development, from Debian's
// `postgresql` package: a fresh cluster in a temporary folder, listening on
// 127.0.0.1 only (and a socket inside that folder), password authentication,
// run as the unprivileged `postgres` user when started by root.
//
//   node scripts/postgres.js start   # prints the connection URL (fsync off: the
//                                    # data is thrown away; --durable keeps it on)
//   node scripts/postgres.js url     # the URL of the running server
//   node scripts/postgres.js stop    # stops it and removes the folder
//
// MINUTES_PG_DIR chooses the folder (default: one per checkout under the
// system's temporary folder). The test suite's global set-up imports
// `startPostgres` and `stopPostgres` and uses a folder of its own.
import {spawnSync} from 'node:child_process'
import {randomBytes, createHash} from 'node:crypto'
import {chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SUPERUSER = 'minutes'

/** A problem a person can act on: printed as one line, no stack. */
export class PostgresSetupError extends Error {}

/** Debian's server binaries, newest version first. */
export function findBinaries() {
  const roots = process.env.MINUTES_PG_BIN ? [process.env.MINUTES_PG_BIN] : debianBinFolders()
  for (const bin of roots) {
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin
  }
  throw new PostgresSetupError(
    "PostgreSQL is not installed: the archive's tests and benchmark need a real server. Install Debian's package (apt-get install postgresql), or set MINUTES_PG_BIN to a folder holding initdb and pg_ctl."
  )
}

function debianBinFolders() {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return []
  return readdirSync(base)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(base, version, 'bin'))
}

/** As root, who runs the server: the `postgres` system user, created when missing. */
function serverUser() {
  if (process.getuid?.() !== 0) return null
  const found = spawnSync('id', ['-u', 'postgres'], {encoding: 'utf8'})
  if (found.status !== 0) {
    const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {encoding: 'utf8'})
    if (made.status !== 0) throw new PostgresSetupError(`Cannot create the unprivileged 'postgres' user to run the server: ${made.stderr.trim()}`)
  }
  const uid = Number(spawnSync('id', ['-u', 'postgres'], {encoding: 'utf8'}).stdout.trim())
  const gid = Number(spawnSync('id', ['-g', 'postgres'], {encoding: 'utf8'}).stdout.trim())
  return {name: 'postgres', uid, gid}
}

function run(user, command, args) {
  const [file, argv] = user ? ['runuser', ['-u', user.name, '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, {encoding: 'utf8', cwd: tmpdir()})
  if (result.status !== 0) {
    throw new PostgresSetupError(`${path.basename(command)} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`)
  }
  return result.stdout
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** The default folder: one per checkout, so `stop` and `url` find what `start` made. */
export function defaultDir() {
  if (process.env.MINUTES_PG_DIR) return path.resolve(process.env.MINUTES_PG_DIR)
  const tag = createHash('sha256').update(repoRoot).digest('hex').slice(0, 10)
  return path.join(tmpdir(), `minutes-postgres-${tag}`)
}

const stateFile = (dir) => path.join(dir, 'server.json')

/** The running server's URL in `dir`, or null. */
export function serverUrl(dir = defaultDir()) {
  if (!existsSync(stateFile(dir))) return null
  return JSON.parse(readFileSync(stateFile(dir), 'utf8')).url
}

/**
 * Start a fresh server in `dir` (made when missing; it must be empty) and
 * return `{url, dir}`. `durable: false` (the default) turns fsync off: the
 * data is thrown away anyway.
 */
export async function startPostgres({dir = defaultDir(), durable = false} = {}) {
  const bin = findBinaries()
  const running = serverUrl(dir)
  if (running) return {url: running, dir}
  mkdirSync(dir, {recursive: true, mode: 0o700})
  if (readdirSync(dir).length > 0) throw new PostgresSetupError(`${dir} is not empty: remove it or choose another folder with MINUTES_PG_DIR.`)
  const user = serverUser()
  if (user) chownSync(dir, user.uid, user.gid)
  const data = path.join(dir, 'data')
  const password = randomBytes(12).toString('hex')
  const passwordFile = path.join(dir, 'password')
  writeFileSync(passwordFile, `${password}\n`, {mode: 0o600})
  if (user) chownSync(passwordFile, user.uid, user.gid)
  run(user, path.join(bin, 'initdb'), [
    '--pgdata', data,
    '--username', SUPERUSER,
    '--pwfile', passwordFile,
    '--auth-local', 'scram-sha-256',
    '--auth-host', 'scram-sha-256',
    '--encoding', 'UTF8',
    '--locale', 'C.UTF-8',
    '--no-instructions'
  ])
  rmSync(passwordFile)
  const settings = [
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'max_connections = 200',
    'shared_buffers = 64MB',
    ...(durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'])
  ]
  let lastError
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort()
    writeFileSync(path.join(data, 'postgresql.auto.conf'), `${[...settings, `port = ${port}`].join('\n')}\n`)
    if (user) chownSync(path.join(data, 'postgresql.auto.conf'), user.uid, user.gid)
    try {
      run(user, path.join(bin, 'pg_ctl'), ['start', '--pgdata', data, '--wait', '--timeout', '60', '--log', path.join(dir, 'server.log'), '--silent'])
    } catch (error) {
      // Another process may have taken the port between the probe and the start.
      lastError = error
      continue
    }
    const url = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`
    writeFileSync(stateFile(dir), JSON.stringify({url, port, bin, pid: readPid(data)}), {mode: 0o600})
    return {url, dir}
  }
  const log = existsSync(path.join(dir, 'server.log')) ? readFileSync(path.join(dir, 'server.log'), 'utf8').trim().split('\n').slice(-3).join(' / ') : ''
  throw new PostgresSetupError(`The server did not start: ${lastError?.message ?? ''} ${log}`.trim())
}

function readPid(data) {
  try {
    return Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return null
  }
}

/** Stop the server in `dir` and remove the folder. */
export function stopPostgres({dir = defaultDir()} = {}) {
  const data = path.join(dir, 'data')
  if (existsSync(path.join(data, 'postmaster.pid'))) {
    const bin = findBinaries()
    const user = serverUser()
    try {
      run(user, path.join(bin, 'pg_ctl'), ['stop', '--pgdata', data, '--mode', 'fast', '--wait', '--silent'])
    } catch {
      // Already gone; the folder is removed below all the same.
    }
  }
  rmSync(dir, {recursive: true, force: true})
}

/** A fresh, empty folder under the system's temporary folder. */
export function temporaryDir(prefix = 'minutes-postgres-') {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

// Run as a command only as itself, never when bundled into another program.
const self = fileURLToPath(import.meta.url)
const isMain = path.basename(self) === 'postgres.js' && process.argv[1] !== undefined && path.resolve(process.argv[1]) === self
if (isMain) {
  const command = process.argv[2]
  try {
    if (command === 'start') {
      const {url} = await startPostgres({durable: process.argv.includes('--durable')})
      console.log(url)
    } else if (command === 'url') {
      const url = serverUrl()
      if (!url) throw new PostgresSetupError(`No server is running in ${defaultDir()}: run "node scripts/postgres.js start".`)
      console.log(url)
    } else if (command === 'stop') {
      stopPostgres()
    } else {
      console.error('usage: node scripts/postgres.js start [--durable] | url | stop')
      process.exitCode = 2
    }
  } catch (error) {
    if (!(error instanceof PostgresSetupError)) throw error
    console.error(`postgres: ${error.message}`)
    process.exitCode = 2
  }
}
