// Screenshots of the minutes of samples, to look at what a person sees:
// the Markdown minutes rendered to HTML (remark → rehype), and HTML previews
// of the MediaWiki and Confluence outputs. A tool, not a test.
//
//   npm run build && node scripts/screenshot-minutes.js [sample-prefix | record.json ...]
//
// With no arguments: samples 000 and 004. Writes docs/screenshots/
// <name>-markdown.png, <name>-mediawiki.png and <name>-confluence.png, where
// <name> is the sample's number, or the record's file name without `.json`
// for a record (such as test/fixtures/hostile-record.json). Needs Debian's chromium at
// /usr/bin/chromium (playwright-core never downloads a browser here).
import {mkdir, mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium} from 'playwright-core'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

const root = new URL('..', import.meta.url).pathname
const {readTranscript, createMinutesProcessor, formats, wordsFor} = await import(new URL('../dist/index.js', import.meta.url).href).catch(() => {
  throw new Error('dist/ is missing: run `npm run build` first')
})

const browserArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const stylesheet = `
body { font: 15px/1.55 system-ui, "DejaVu Sans", sans-serif; color: #202122; max-width: 960px; margin: 24px auto; padding: 0 24px; }
h1, h2 { font-weight: 600; }
h1 { font-size: 1.9em; margin: 0 0 .4em; }
h2 { font-size: 1.35em; margin: 1.4em 0 .5em; }
table { border-collapse: collapse; margin: .6em 0; font-size: .95em; }
th, td { border: 1px solid #a2a9b1; padding: 5px 9px; vertical-align: top; }
th { background: #eaecf0; }
th:not([align]):not([style]) { text-align: left; }
code { font: .9em "DejaVu Sans Mono", monospace; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; word-break: break-all; }
li { margin: .2em 0; }
sup { line-height: 0; }
sup a, a { color: #3366cc; text-decoration: none; }
.markdown h1, .markdown h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25em; }
.markdown .footnotes { font-size: .9em; border-top: 1px solid #d0d7de; margin-top: 2em; }
.wiki h1, .wiki h2 { font-family: "DejaVu Serif", Georgia, serif; font-weight: normal; border-bottom: 1px solid #a2a9b1; }
.wiki ol.references { font-size: .9em; }
.confluence h1 { color: #172b4d; }
.confluence details { margin: .3em 0 .3em 0; font-size: .92em; }
.confluence summary { color: #0052cc; cursor: pointer; }
.confluence details > div { border-left: 3px solid #dfe1e6; padding: 2px 10px; margin: 4px 0; }
.confluence details p { margin: .2em 0; }
`

const escapeHtml = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.codePointAt(0)};`)

/** A whole HTML page around a body. */
function page(language, kind, title, body) {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title><style>${stylesheet}</style></head><body class="${kind}">${body}</body></html>`
}

/** Markdown minutes to HTML, the way a Markdown viewer shows them. */
async function markdownToHtml(markdown, language) {
  const say = wordsFor(language)
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {footnoteLabel: say('evidence'), footnoteBackLabel: say('evidence')})
    .use(rehypeStringify)
    .process(markdown)
  return String(file)
}

/**
 * A preview of the MediaWiki minutes: just enough of a wikitext reader for
 * what the mediawiki compiler writes (headings, paragraphs, lists, tables,
 * bold, italics, refs). Entities pass through as HTML entities; any `<` that
 * is not one of the compiler's own tags is shown as text.
 */
function wikitextToHtml(wikitext) {
  const notes = []
  const names = new Map()
  const cite = (name, content) => {
    let number = names.get(name)
    if (number === undefined) {
      notes.push(inline(content))
      number = notes.length
      names.set(name, number)
    }
    return `<sup class="reference"><a href="#note-${number}">[${number}]</a></sup>`
  }
  const inline = (text) =>
    text
      .replace(/<ref name="([^"]*)">(.*?)<\/ref>/g, (_, name, content) => cite(name, content))
      .replace(/<ref name="([^"]*)" \/>/g, (_, name) => cite(name, ''))
      .replace(/<(?!\/?(?:code|s|sup|a|pre|blockquote)\b|br \/>)/g, '&lt;')
      .replace(/'''(.+?)'''/g, '<b>$1</b>')
      .replace(/''(.+?)''/g, '<i>$1</i>')
  const cell = (text, name) => {
    const attributes = /^\s*(style="[^"]*")\s*\|(?!\|)(.*)$/.exec(text)
    return attributes ? `<${name} ${attributes[1]}>${inline(attributes[2].trim())}</${name}>` : `<${name}>${inline(text.trim())}</${name}>`
  }
  const html = []
  const lines = wikitext.split('\n')
  let paragraph = []
  const listStack = []
  const closeParagraph = () => {
    if (paragraph.length > 0) html.push(`<p>${inline(paragraph.join(' '))}</p>`)
    paragraph = []
  }
  const closeLists = (depth = 0) => {
    while (listStack.length > depth) html.push(`</${listStack.pop() === '#' ? 'ol' : 'ul'}>`)
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const heading = /^(=+) (.*) \1$/.exec(line)
    const list = /^([*#]+) ?(.*)$/.exec(line)
    if (heading) {
      closeParagraph()
      closeLists()
      html.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`)
    } else if (list) {
      closeParagraph()
      const markers = [...list[1]]
      let same = 0
      while (same < listStack.length && listStack[same] === markers[same]) same++
      closeLists(same)
      for (const marker of markers.slice(same)) {
        html.push(marker === '#' ? '<ol>' : '<ul>')
        listStack.push(marker)
      }
      html.push(`<li>${inline(list[2])}</li>`)
    } else if (line.startsWith('{|')) {
      closeParagraph()
      closeLists()
      const rows = []
      for (index++; index < lines.length && !lines[index].startsWith('|}'); index++) {
        const row = lines[index]
        if (row === '|-') continue
        if (row.startsWith('!')) rows.push(`<tr>${row.slice(1).split('!!').map((text) => cell(text, 'th')).join('')}</tr>`)
        else if (row.startsWith('|')) rows.push(`<tr>${row.slice(1).split('||').map((text) => cell(text, 'td')).join('')}</tr>`)
      }
      html.push(`<table class="wikitable">${rows.join('')}</table>`)
    } else if (line.trim() === '<references />') {
      closeParagraph()
      closeLists()
      html.push(`<ol class="references">${notes.map((note, at) => `<li id="note-${at + 1}">${note}</li>`).join('')}</ol>`)
    } else if (line.trim() === '') {
      closeParagraph()
      closeLists()
    } else {
      closeLists()
      paragraph.push(line)
    }
  }
  closeParagraph()
  closeLists()
  return html.join('\n')
}

/**
 * A preview of the Confluence storage format: the expand macros become
 * collapsed `<details>` blocks titled as in Confluence. Everything else in
 * the storage format is already HTML.
 */
function confluenceToHtml(xhtml) {
  return xhtml
    .replace(/<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">(.*?)<\/ac:parameter><ac:rich-text-body>/g, '<details><summary>$1</summary><div>')
    .replace(/<\/ac:rich-text-body><\/ac:structured-macro>/g, '</div></details>')
}

async function main() {
  const wanted = process.argv.slice(2)
  const samples = (await readdir(path.join(root, 'samples'))).filter((name) => name.endsWith('.txt')).sort()
  const processRecord = createMinutesProcessor()
  /** What to show: a name for the screenshots and how to get the record. */
  const chosen = (wanted.length > 0 ? wanted : ['000', '004']).map((argument) => {
    if (argument.endsWith('.json')) {
      return {name: path.basename(argument, '.json'), load: async () => JSON.parse(await readFile(argument, 'utf8'))}
    }
    const sample = samples.find((name) => name.startsWith(argument))
    if (!sample) throw new Error(`No sample starts with \`${argument}\``)
    return {name: sample.split('_')[0], load: async () => processRecord(await readTranscript(path.join(root, 'samples', sample), {settleMs: 0}))}
  })

  const out = path.join(root, 'docs', 'screenshots')
  await mkdir(out, {recursive: true})
  const profile = await mkdtemp(path.join(tmpdir(), 'minutes-chromium-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: browserArgs,
    viewport: {width: 1100, height: 800},
    offline: true
  })
  try {
    for (const {name, load} of chosen) {
      const record = await load()
      const title = escapeHtml(record.meeting.title ?? name)
      const previews = {
        markdown: page(record.language, 'markdown', title, await markdownToHtml(formats.md.render(record), record.language)),
        mediawiki: page(record.language, 'wiki', title, wikitextToHtml(formats.mediawiki.render(record))),
        confluence: page(record.language, 'confluence', title, confluenceToHtml(formats.confluence.render(record)))
      }
      for (const [kind, html] of Object.entries(previews)) {
        const tab = await browser.newPage()
        await tab.setContent(html, {waitUntil: 'load'})
        const target = path.join(out, `${name}-${kind}.png`)
        await tab.screenshot({path: target, fullPage: true})
        await tab.close()
        console.log(target)
      }
    }
  } finally {
    await browser.close()
    await rm(profile, {recursive: true, force: true})
  }
}

await main()
