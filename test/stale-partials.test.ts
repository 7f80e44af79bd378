import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {expect, test} from 'vitest'
import {partialOwner, writeAll} from '../src/lib/outputs.js'
import {removeStalePartials} from '../src/watch/service.js'

test('a half-written output names its machine and process, and only this machine removes those of its dead processes', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'minutes-partials-'))
  // A process number that surely ended: a child that has exited.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout
  const names = {
    deadHere: `a.md.partial-${hostname()}-${dead}`,
    aliveHere: `b.md.partial-${hostname()}-${process.ppid}`,
    elsewhere: `c.md.partial-another-host-${dead}`
  }
  for (const name of Object.values(names)) writeFileSync(path.join(out, name), 'half')
  await writeAll([[path.join(out, 'whole.md'), 'all of it']])
  await removeStalePartials(out)
  expect(readdirSync(out).sort()).toEqual([names.aliveHere, names.elsewhere, 'whole.md'].sort())
  expect(partialOwner).toBe(`${hostname()}-${process.pid}`)
})
