// Works out, for every cue pattern of every lexicon, the literal key words a
// match must contain (src/lexicon/keys.json), so that the command does not
// parse a few hundred regular expressions each time it starts. A pattern
// missing from the file is read at run time instead. `--check` fails when
// the file is stale.
import fs from 'node:fs'
import {build} from 'esbuild'

const keysUrl = new URL('../src/lexicon/keys.json', import.meta.url)

export async function generated() {
  const bundle = await build({
    stdin: {
      contents: "export {expandedPatterns} from './src/lexicon/cues.ts'\nexport {requiredKeyGroups} from './src/lexicon/keywords.ts'\nexport {lexiconLanguages} from './src/lexicon/index.ts'",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts'
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning'
  })
  const code = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
  const {expandedPatterns, requiredKeyGroups, lexiconLanguages} = await import(code)
  const keys = {}
  for (const language of lexiconLanguages) {
    keys[language] = {}
    for (const {raw, source, flags} of expandedPatterns(language)) keys[language][raw] = requiredKeyGroups(source, flags)
  }
  // One pattern a line: small, and a lexicon change shows as a change of its lines.
  const languages = Object.entries(keys).map(
    ([language, patterns]) =>
      `  ${JSON.stringify(language)}: {\n${Object.entries(patterns)
        .map(([raw, groups]) => `    ${JSON.stringify(raw)}: ${JSON.stringify(groups)}`)
        .join(',\n')}\n  }`
  )
  return `{\n${languages.join(',\n')}\n}\n`
}

const text = await generated()
if (process.argv.includes('--check')) {
  const current = fs.existsSync(keysUrl) ? fs.readFileSync(keysUrl, 'utf8') : ''
  if (current !== text) {
    console.error('src/lexicon/keys.json is stale: run `npm run lexicon-keys`')
    process.exit(1)
  }
} else {
  fs.writeFileSync(keysUrl, text)
  console.log(`wrote ${keysUrl.pathname}`)
}
