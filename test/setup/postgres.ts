/**
 * Global set-up: one throwaway PostgreSQL server for the whole run, started
 * with the same script developers and CI use, stopped afterwards. Tests ask
 * for it with `postgresUrl()` from `test/helpers/postgres.ts`; when the server
 * cannot start (PostgreSQL not installed), those tests fail with the reason.
 */
import type {TestProject} from 'vitest/node'
// @ts-expect-error: a plain JavaScript script, without types.
import {startPostgres, stopPostgres, temporaryDir} from '../../scripts/postgres.js'

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: {url: string} | {error: string}
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.MINUTES_TEST_PG_URL) {
    project.provide('postgres', {url: process.env.MINUTES_TEST_PG_URL})
    return () => {}
  }
  const dir: string = temporaryDir('minutes-test-postgres-')
  try {
    const {url} = (await startPostgres({dir})) as {url: string}
    project.provide('postgres', {url})
  } catch (error) {
    stopPostgres({dir})
    project.provide('postgres', {error: (error as Error).message})
    return () => {}
  }
  return () => stopPostgres({dir})
}
