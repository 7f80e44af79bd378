/** Global teardown: remove the commands bundled for the tests (`test/helpers/cli.ts`). */
import {rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export default function setup(): () => void {
  return () => rmSync(fileURLToPath(new URL('../../node_modules/.cache/minutes-tests', import.meta.url)), {recursive: true, force: true})
}
