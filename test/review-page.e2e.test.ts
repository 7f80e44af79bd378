/**
 * The review page in real headless Chromium, over a real archive, with the
 * server started here: the review loop survives reloading and re-processing,
 * a stale edit meets the conflict message, a candidate is accepted with one
 * click, and a hostile transcript runs nothing. With MINUTES_SCREENSHOTS=1 it also writes the pictures in
 * docs/screenshots/ (`npm run screenshots:review`).
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Archive, Item} from '../src/archive/types.js'
import type {RunningServer} from '../src/server/serve.js'
import {candidateRecord, candidateTranscript} from './helpers/candidates.js'
import {launchChromium, processFile, processInto, sampleText, serve, temporaryArchive} from './helpers/review.js'

const screenshots = process.env['MINUTES_SCREENSHOTS'] === '1' ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url)) : null
const sampleName = '000_baf8e72cffe6bdbc.txt'
const hostilePath = 'uploads/hostile-transcript.txt'

let archive: Archive
let folder: string
let remove: () => Promise<void>
let server: RunningServer
let browser: Browser
let meetingId: number
let hostileId: number
let sample: string

beforeAll(async () => {
  ;({archive, remove, folder} = await temporaryArchive())
  sample = sampleText(sampleName)
  meetingId = (await processFile(archive, folder, sampleName, sample)).meetingId
  hostileId = (await processInto(archive, readFileSync(new URL('fixtures/hostile-transcript.txt', import.meta.url), 'utf8'), hostilePath)).meeting.id
  // A fixed today, so that what is overdue does not move with the calendar.
  server = await serve(archive, {today: () => '2018-06-01'})
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await remove?.()
})

async function newPage(context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await browser.newContext({viewport: {width: 1366, height: 900}}))).newPage()
  return page
}

/** Two non-blank lines, a line apart, that no item cites: the missed item's words. */
function uncitedLines(items: Item[]): {start: number; end: number} {
  const lines = sample.split(/\r?\n/)
  const cited = (line: number) => items.some((item) => item.source.startLine <= line && line <= item.source.endLine)
  for (let line = 40; line + 2 <= lines.length; line++) {
    if (lines[line - 1]!.trim().length > 40 && lines[line + 1]!.trim().length > 40 && !cited(line) && !cited(line + 1) && !cited(line + 2)) return {start: line, end: line + 2}
  }
  throw new Error('no uncited lines in the sample')
}

describe('the review loop', () => {
  it('rejects, reassigns, marks done and adds from selected lines; reloading and re-processing keep it all; the history lists it', async () => {
    const actions = (await archive.items({meetingId, type: 'action'})).filter((item) => item.status === 'open')
    expect(actions.length).toBeGreaterThanOrEqual(3)
    const [rejected, reassigned, finished] = actions as [Item, Item, Item]
    const page = await newPage()

    await page.goto(server.url)
    await page.getByRole('link', {name: 'LACRALO Governance Working Group'}).first().click()
    await page.waitForURL(`**/meetings/${meetingId}`)
    expect(await page.locator('h1').textContent()).toBe('LACRALO Governance Working Group')

    // Each item links to its lines, and its first line links back.
    const card = (item: Item) => page.locator(`#item-${item.id}`)
    await expect.poll(() => card(reassigned).locator('a.lines').getAttribute('href')).toBe(`#L${reassigned.source.startLine}`)
    expect(await page.locator(`#L${reassigned.source.startLine} a[href="#item-${reassigned.id}"]`).count()).toBe(1)
    expect(await page.locator(`#L${reassigned.source.startLine}`).getAttribute('class')).toContain('evidence-action')

    // Your name, for the history.
    await page.getByLabel('Your name').fill('Ana Reviewer')
    await page.locator('form.reviewer button').click()
    await page.waitForURL(`**/meetings/${meetingId}`)

    // Reject one, with a reason.
    await card(rejected).locator('summary', {hasText: 'Reject'}).click()
    await card(rejected).getByLabel('Reason').fill('Not an action: a remark')
    await card(rejected).getByRole('button', {name: 'Reject'}).click()
    await page.waitForURL(`**/meetings/${meetingId}#item-${rejected.id}`)

    // Change another's owner.
    await card(reassigned).locator('summary', {hasText: 'Edit'}).click()
    await card(reassigned).getByLabel('Owner').fill('Maria Example')
    await card(reassigned).getByRole('button', {name: 'Save'}).click()
    await page.waitForURL(`**/meetings/${meetingId}#item-${reassigned.id}`)

    // Mark one done.
    await card(finished).getByRole('button', {name: 'Mark done'}).click()
    await page.waitForURL(`**/meetings/${meetingId}#item-${finished.id}`)

    // Add a missed one by selecting transcript lines with the mouse.
    const lines = uncitedLines(await archive.items({meetingId}))
    const first = page.locator(`#L${lines.start}`)
    const last = page.locator(`#L${lines.end}`)
    await first.scrollIntoViewIfNeeded()
    const from = (await first.boundingBox())!
    const to = (await last.boundingBox())!
    // Past the line numbers, which the stylesheet draws.
    await page.mouse.move(from.x + 70, from.y + 4)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width - 40, to.y + to.height - 4, {steps: 8})
    await page.mouse.up()
    expect(await page.locator('#add-start').inputValue()).toBe(String(lines.start))
    expect(await page.locator('#add-end').inputValue()).toBe(String(lines.end))
    expect(await page.locator('#add-quote').textContent()).not.toBe('')
    await page.locator('#add-text').fill('Circulate the revised charter to the list')
    await page.locator('#add-owner').fill('Sergio Salinas Porto')
    await page.locator('#add').getByRole('button', {name: 'Add'}).click()
    await page.waitForURL(/#item-\d+$/)
    const addedId = Number(/#item-(\d+)$/.exec(page.url())![1])

    const check = async () => {
      await page.reload()
      expect(await card(rejected).getAttribute('class')).toContain('status-rejected')
      expect(await card(rejected).locator('.reason').textContent()).toBe('Rejected: Not an action: a remark')
      expect(await card(reassigned).locator('dd.owner').textContent()).toBe('Maria Example')
      expect(await card(finished).getAttribute('class')).toContain('status-done')
      const added = page.locator(`#item-${addedId}`)
      expect(await added.locator('h3').textContent()).toContain('Circulate the revised charter to the list')
      expect(await added.locator('.badge.added').count()).toBe(1)
      expect(await added.locator('a.lines').textContent()).toBe(`lines ${lines.start}–${lines.end}`)
      expect(await added.locator('blockquote').textContent()).toContain(sample.split(/\r?\n/)[lines.start - 1]!.trim().slice(0, 30))
    }
    await check()

    // Re-process with `minutes process`: the same transcript, then a corrected one (same file, one word fixed far from the items).
    expect(await processFile(archive, folder, sampleName, sample)).toEqual({meetingId, revisions: 1})
    await check()
    const corrected = sample.replace('LACRALO Governance Working Group', 'LACRALO Governance Working Group ')
    expect(corrected).not.toBe(sample)
    expect(await processFile(archive, folder, sampleName, corrected)).toEqual({meetingId, revisions: 2})
    await check()

    // The history lists each change, by whom.
    await page.goto(`${server.url}items/${reassigned.id}/history`)
    const ownerRow = page.locator('table.history tr', {hasText: 'Maria Example'})
    expect(await ownerRow.locator('td').nth(1).textContent()).toBe('Ana Reviewer')
    expect(await ownerRow.locator('td').nth(2).textContent()).toBe('owner')
    await page.goto(`${server.url}items/${rejected.id}/history`)
    expect(await page.locator('table.history').textContent()).toContain('rejected')
    await page.goto(`${server.url}items/${addedId}/history`)
    expect(await page.locator('table.history').textContent()).toContain('Circulate the revised charter to the list')

    // The downloaded minutes are the reviewed ones.
    const markdown = await (await page.request.get(`${server.url}meetings/${meetingId}/minutes/md`)).text()
    expect(markdown).toContain('Maria Example')
    expect(markdown).toContain('Circulate the revised charter to the list')
    expect(markdown).not.toContain(rejected.text)

    if (screenshots) {
      mkdirSync(screenshots, {recursive: true})
      await page.setViewportSize({width: 1366, height: 1000})
      await page.goto(`${server.url}meetings/${meetingId}#item-${rejected.id}`)
      await page.screenshot({path: `${screenshots}review-meeting.png`})
      await page.goto(`${server.url}actions`)
      await page.screenshot({path: `${screenshots}review-actions.png`})
    }
    await page.context().close()
  })

  it('refuses a stale edit from a second browser with the conflict message, and overwrites nothing', async () => {
    const [item] = (await archive.items({meetingId, type: 'action', status: 'open'})).filter((candidate) => candidate.origin === 'extracted').slice(-1) as [Item]
    const first = await newPage()
    const second = await newPage()
    await first.goto(`${server.url}meetings/${meetingId}#item-${item.id}`)
    await second.goto(`${server.url}meetings/${meetingId}#item-${item.id}`)

    const edit = async (page: Page, owner: string) => {
      const card = page.locator(`#item-${item.id}`)
      await card.locator('summary', {hasText: 'Edit'}).click()
      await card.getByLabel('Owner').fill(owner)
      const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), card.getByRole('button', {name: 'Save'}).click()])
      return response.status()
    }
    expect(await edit(first, 'First Reviewer Choice')).toBe(303)
    expect(await edit(second, 'Second Reviewer Choice')).toBe(409)
    await second.waitForLoadState()
    expect(await second.locator('h1').textContent()).toBe('Someone else changed this item')
    const alert = second.getByRole('alert')
    expect(await alert.textContent()).toContain('First Reviewer Choice')
    expect(await second.locator('section.attempt').textContent()).toContain('Second Reviewer Choice')
    expect((await archive.item(item.id))!.owner).toBe('First Reviewer Choice')
    if (screenshots) await second.screenshot({path: `${screenshots}review-conflict.png`, fullPage: true})

    // Applying it again, on purpose, to the current version works.
    await second.getByRole('button', {name: 'Apply my change to the current version'}).click()
    await second.waitForURL(`**/meetings/${meetingId}#item-${item.id}`)
    expect((await archive.item(item.id))!.owner).toBe('Second Reviewer Choice')
    await first.context().close()
    await second.context().close()
  })
})

describe('candidates', () => {
  it('accepts a candidate with one click: it is listed among the action items with its quote, and no longer among the candidates', async () => {
    const candidateId = (await archive.ingest(candidateRecord(), {text: candidateTranscript})).meeting.id
    const page = await newPage()
    await page.goto(`${server.url}meetings/${candidateId}`)
    const candidates = page.locator('section#candidates')
    expect(await candidates.locator('h2').textContent()).toBe('Candidates (2)')
    const proposed = page.locator('#candidate-C1')
    expect(await proposed.locator('h3').textContent()).toBe('C1 Compare the printer quotes')
    expect(await proposed.locator('a.lines').textContent()).toBe('line 5')
    expect(await proposed.locator('.confidence').textContent()).toBe('confidence 0.42')
    expect(await proposed.locator('blockquote').textContent()).toBe('Maya Lind: Maybe I could compare the printer quotes before the next call.')
    if (screenshots) await proposed.screenshot({path: `${screenshots}review-candidate.png`})

    await proposed.getByRole('button', {name: 'Accept'}).click()
    await page.waitForURL(/#item-\d+$/)
    const itemId = Number(/#item-(\d+)$/.exec(page.url())![1])
    const accepted = page.locator(`section#actions #item-${itemId}`)
    expect(await accepted.locator('h3').textContent()).toContain('Compare the printer quotes')
    expect(await accepted.locator('.badge.added').textContent()).toBe('accepted from the candidates')
    expect(await accepted.locator('dd.owner').textContent()).toBe('Maya Lind')
    expect(await accepted.locator('a.lines').textContent()).toBe('line 5')
    expect(await accepted.locator('blockquote').textContent()).toContain('compare the printer quotes before the next call')
    // The transcript line now links to the item.
    expect(await page.locator(`#L5 a[href="#item-${itemId}"]`).count()).toBe(1)
    expect(await page.locator('#candidate-C1').count()).toBe(0)
    expect(await candidates.locator('h2').textContent()).toBe('Candidates (1)')
    expect(await page.locator('#candidate-C2').count()).toBe(1)

    // Reloading shows the same; the item's history says it was accepted.
    await page.reload()
    expect(await page.locator('#candidate-C1').count()).toBe(0)
    expect(await page.locator(`section#actions #item-${itemId}`).count()).toBe(1)
    await page.goto(`${server.url}items/${itemId}/history`)
    expect(await page.locator('table.history').textContent()).toContain('C1 (revision 1, confidence 0.42)')
    await page.context().close()
  })
})

describe('a hostile transcript', () => {
  it('executes nothing: no dialog, no console error, no CSP violation, on every page', async () => {
    const context = await browser.newContext({viewport: {width: 1366, height: 900}})
    const problems: string[] = []
    await context.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`))
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as {reportViolation: (text: string) => void}).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    const page = await context.newPage()
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))

    await page.goto(`${server.url}meetings/${hostileId}`)
    // A reviewer adds hostile words too.
    await page.locator('#add-text').fill('</textarea><script>alert(6)</script><img src=x onerror=alert(7)>')
    await page.locator('#add-owner').fill('"><svg onload=alert(8)>')
    await page.locator('#add').getByRole('button', {name: 'Add'}).click()
    await page.waitForURL(/#item-\d+$/)
    const added = page.locator(`#item-${/#item-(\d+)$/.exec(page.url())![1]}`)
    await added.locator('summary', {hasText: 'Add comment'}).click()
    await added.getByLabel('Comment').fill("<!-- x --><a href=\"javascript:alert(9)\">click</a>'")
    await added.getByRole('button', {name: 'Add comment'}).click()
    await page.waitForURL(/#item-\d+$/)

    const pages = [`meetings/${hostileId}`, '', 'actions?status=', 'search?q=budget', 'search?q=%3Cscript%3E', `items/${/#item-(\d+)$/.exec(page.url())![1]}/history`]
    for (const address of pages) {
      await page.goto(`${server.url}${address}`)
      await page.waitForLoadState('load')
      const report = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)),
        scriptLinks: [...document.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '').filter((value) => /^\s*javascript:/i.test(value)),
        frames: document.querySelectorAll('iframe, svg, img').length
      }))
      expect(report, address).toEqual({scripts: ['/assets/review.js'], handlers: [], scriptLinks: [], frames: 0})
    }
    await page.goto(`${server.url}meetings/${hostileId}`)
    const body = await page.locator('body').textContent()
    expect(body).toContain("<script>alert('title')</script>")
    expect(body).toContain('</TEXTAREA><SCRIPT>ALERT(1)</SCRIPT>')
    expect(body).toContain('<a href="javascript:alert(3)">the link</a>')
    expect(body).toContain('</textarea><script>alert(6)</script><img src=x onerror=alert(7)>')
    expect(body).toContain('"><svg onload=alert(8)>')
    expect(body).toContain('<!-- x --><a href="javascript:alert(9)">click</a>')
    expect(problems).toEqual([])

    // The watch works: an inline script put into the page is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'alert("injected")'
      document.body.append(script)
    })
    await expect.poll(() => problems.some((problem) => problem.startsWith('csp: script-src'))).toBe(true)
    expect(problems.some((problem) => problem.startsWith('console: ') && problem.includes('Content Security Policy'))).toBe(true)
    expect(problems.some((problem) => problem.startsWith('dialog: '))).toBe(false)
    await context.close()
  })
})

describe('on a laptop, a phone and a keyboard', () => {
  it('labels every control and never scrolls sideways on a phone', async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true})
    const page = await context.newPage()
    for (const address of [`meetings/${meetingId}`, 'actions?status=', '', 'search?q=metrics']) {
      await page.goto(`${server.url}${address}`)
      const report = await page.evaluate(() => ({
        unlabelled: [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
          .filter((control) => {
            const element = control as HTMLInputElement
            return (element.labels?.length ?? 0) === 0 && !element.getAttribute('aria-label') && !(element.tagName === 'BUTTON' && element.textContent?.trim())
          })
          .map((control) => control.outerHTML.slice(0, 80)),
        overflow: document.documentElement.scrollWidth - window.innerWidth
      }))
      expect(report.unlabelled, address).toEqual([])
      expect(report.overflow, address).toBeLessThanOrEqual(0)
    }
    // The first Tab reaches the skip link, and it shows.
    await page.goto(`${server.url}meetings/${meetingId}`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      return {text: element.textContent, outline: getComputedStyle(element).outlineStyle, left: element.getBoundingClientRect().left}
    })
    expect(focused.text).toBe('Skip to content')
    expect(focused.outline).not.toBe('none')
    expect(focused.left).toBeGreaterThanOrEqual(0)
    await context.close()
  })
})
