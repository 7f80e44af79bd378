// Copies what the compiled code loads at run time (lexicons, the generated
// validator) next to it in dist/.
import fs from 'node:fs'
import path from 'node:path'

const root = new URL('..', import.meta.url).pathname
const assets = [
  ['src/lexicon', /\.json$/],
  ['src/schema', /\.cjs$/]
]
for (const [folder, pattern] of assets) {
  const target = path.join(root, 'dist', folder)
  fs.mkdirSync(target, {recursive: true})
  for (const name of fs.readdirSync(path.join(root, folder))) {
    if (pattern.test(name)) fs.copyFileSync(path.join(root, folder, name), path.join(target, name))
  }
}
