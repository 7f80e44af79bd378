import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import pg from 'pg'
import {describe, expect, it} from 'vitest'
import {postgresUrl} from './helpers/postgres.js'

const script = fileURLToPath(new URL('../scripts/postgres.js', import.meta.url))

describe('scripts/postgres.js', () => {
  it('runs a server on the loopback address only, as an unprivileged user, with passwords checked', async () => {
    const url = new URL(postgresUrl())
    expect(url.hostname).toBe('127.0.0.1')
    const client = new pg.Client({connectionString: url.toString()})
    await client.connect()
    try {
      const listen = await client.query('SHOW listen_addresses')
      expect(listen.rows[0].listen_addresses).toBe('127.0.0.1')
      const directory = await client.query('SHOW data_directory')
      const pid = Number(readFileSync(path.join(directory.rows[0].data_directory, 'postmaster.pid'), 'utf8').split('\n')[0])
      const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])
      expect(uid).not.toBe(0)
    } finally {
      await client.end()
    }
    url.password = 'not-the-password'
    const intruder = new pg.Client({connectionString: url.toString()})
    await expect(intruder.connect()).rejects.toThrow(/password authentication failed/)
  })

  it('says to install Debian\'s postgresql when the binaries are missing', () => {
    const result = spawnSync(process.execPath, [script, 'start'], {
      encoding: 'utf8',
      env: {...process.env, MINUTES_PG_BIN: '/nonexistent/bin', MINUTES_PG_DIR: '/nonexistent/dir'}
    })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/PostgreSQL is not installed.*apt-get install postgresql/)
  })
})
