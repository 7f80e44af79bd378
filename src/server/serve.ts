/**
 * Start the review page on a host and port. On a loopback address it needs
 * nothing more; on any other address it refuses to start without an access
 * token, and then every request needs that token.
 */
import {readFile} from 'node:fs/promises'
import type {AddressInfo} from 'node:net'
import {createAdaptorServer} from '@hono/node-server'
import type {Archive} from '../archive/types.js'
import {createReviewApp, loopbackNames, type ReviewAppOptions} from './app.js'

export interface ServeOptions extends Omit<ReviewAppOptions, 'hostNames' | 'archive'> {
  archive: Archive
  /** Address to listen on. Default: `127.0.0.1`. */
  host?: string
  /** Port; 0 picks a free one. Default: 8420. */
  port?: number
}

export interface RunningServer {
  /** Where the page is, such as `http://127.0.0.1:8420/`. */
  url: string
  port: number
  close(): Promise<void>
}

/** A problem with how the server was asked to start: printed, exit code 2. */
export class ServeError extends Error {
  override name = 'ServeError'
}

/** Whether `host` reaches only this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)
}

/** The token in a token file: its first line, at least 16 characters. */
export async function readTokenFile(file: string): Promise<string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ServeError(`Cannot read the token file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const token = text.split(/\r?\n/)[0]!.trim()
  if (token.length < 16) throw new ServeError(`The token file ${file} must hold a token of at least 16 characters on its first line`)
  if (/[^\x21-\x7e]/.test(token)) throw new ServeError(`The token in ${file} must be printable ASCII without spaces`)
  return token
}

export async function startReviewServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const loopback = isLoopback(host)
  if (!loopback && options.token === undefined) {
    throw new ServeError(`Refusing to serve the archive on ${host}, which other machines can reach, without an access token: give --token-file FILE (or use --host 127.0.0.1)`)
  }
  const app = createReviewApp({
    ...options,
    // On loopback only loopback names: a rebound DNS name cannot reach it. On the network, the token guards it.
    hostNames: loopback ? [...loopbackNames, host.toLowerCase()] : null
  })
  const server = createAdaptorServer({fetch: app.fetch, hostname: host, port: options.port ?? 8420})
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new ServeError(error.code === 'EADDRINUSE' ? `Port ${options.port} on ${host} is already in use; choose another with --port` : `Cannot listen on ${host}: ${error.message}`))
    })
    server.once('listening', () => resolve())
    server.listen(options.port ?? 8420, host)
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) (server as {closeAllConnections(): void}).closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}
