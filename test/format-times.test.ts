import {describe, expect, it} from 'vitest'
import {formats} from '../src/render/index.js'
import {processFixture} from './helpers/formats.js'

describe('times of timed sources in the minutes', () => {
  it('shows the time beside the line reference in Markdown, Confluence and MediaWiki', async () => {
    const {record} = await processFixture('zoom.vtt')
    // The decision is on lines 10–11, said 6.5 s in; the action item on lines 15–16, 11.2 s in.
    for (const name of ['md', 'confluence', 'mediawiki']) {
      const minutes = formats[name]!.render(record)
      expect(minutes, name).toContain('lines 10–11, 00:00:06')
      expect(minutes, name).toContain('lines 15–16, 00:00:11')
    }
  })

  it('shows hours and minutes of a long recording', async () => {
    const {record} = await processFixture('google-meet.md')
    const minutes = formats['md']!.render(record)
    expect(minutes).toContain('line 21, 00:04:12')
  })

  it('shows no time where the source has none', async () => {
    const {record} = await processFixture('pdf-copy.txt')
    const minutes = formats['md']!.render(record)
    expect(minutes).toMatch(/lines 4–5[^,]/)
    expect(minutes).not.toMatch(/\d\d:\d\d:\d\d/)
  })
})
