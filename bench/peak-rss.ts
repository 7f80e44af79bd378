/**
 * Run a Node script (the CLI) in this process and report its peak resident
 * memory on exit, as `peak-rss-kb=N` on stderr: `node peak-rss.js script args…`.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const [script, ...args] = process.argv.slice(2)
if (!script) throw new TypeError('Expected a script to run')
process.argv = [process.argv[0]!, script, ...args]
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`)
})
await import(pathToFileURL(path.resolve(script)).href)
