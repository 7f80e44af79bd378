// Generates, from schemas/meeting.schema.json, the record type
// (src/record.ts) and the precompiled validator (src/schema/validate-record.cjs),
// so schema, type and validator cannot drift. `--check` fails when either is stale.
import fs from 'node:fs'
import {compile} from 'json-schema-to-typescript'
import Ajv2020 from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'

const schemaUrl = new URL('../schemas/meeting.schema.json', import.meta.url)
const typesUrl = new URL('../src/record.ts', import.meta.url)
const validatorUrl = new URL('../src/schema/validate-record.cjs', import.meta.url)

export async function generated() {
  const schema = JSON.parse(fs.readFileSync(schemaUrl, 'utf8'))
  const types = await compile(schema, 'MeetingRecord', {
    bannerComment: '/* Generated from schemas/meeting.schema.json by scripts/generate-record-types.js. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: {semi: false, singleQuote: true, bracketSpacing: false}
  })
  const ajv = new Ajv2020({code: {source: true, esm: false, lines: true}, allErrors: true, strict: true})
  const validate = ajv.compile(schema)
  const validator =
    '// Generated from schemas/meeting.schema.json by scripts/generate-record-types.js. Do not edit.\n' +
    standaloneCode(ajv, validate)
  return [
    [typesUrl, types],
    [validatorUrl, validator]
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  for (const [url, body] of await generated()) {
    const current = fs.existsSync(url) ? fs.readFileSync(url, 'utf8') : ''
    if (current === body) continue
    if (check) {
      console.error(`${url.pathname} is out of date with schemas/meeting.schema.json: run \`npm run schema\``)
      process.exitCode = 1
    } else {
      fs.writeFileSync(url, body)
      console.log(`wrote ${url.pathname}`)
    }
  }
}
