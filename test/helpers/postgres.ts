/** The test run's PostgreSQL server, and a fresh database on it per caller. */
import {randomBytes} from 'node:crypto'
import pg from 'pg'
import {inject} from 'vitest'

/** The server's URL; throws the set-up's reason when there is no server. */
export function postgresUrl(): string {
  const server = inject('postgres')
  if ('error' in server) throw new Error(`No PostgreSQL server for the tests: ${server.error}`)
  return server.url
}

/** Create an empty database and return its URL. */
export async function freshDatabase(prefix = 'test'): Promise<string> {
  const url = postgresUrl()
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({connectionString: url})
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const database = new URL(url)
  database.pathname = `/${name}`
  return database.toString()
}
