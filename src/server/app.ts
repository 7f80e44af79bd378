/**
 * The review page as a hono application over an archive. Routes are thin:
 * they read and check the form or the query, call the archive (every change
 * through `archive.review`, the path the commands take too), and return a
 * page built as a hast tree. No route reads a path from the request: ids are
 * numbers, formats come from a fixed list, and anything else is 404.
 */
import type {Context} from 'hono'
import {Hono} from 'hono'
import {getCookie, setCookie} from 'hono/cookie'
import {type Archive, ArchiveError, type Item, type MeetingFilter, type ReviewChange, type SearchQuery} from '../archive/types.js'
import {formats} from '../render/index.js'
import {assets} from './assets.js'
import {labelLanguage, labelsFor, negotiateLanguage} from './labels.js'
import {type Attempt, conflictPage} from './pages/conflict.js'
import {h, html, messagePage, type PageContext} from './pages/layout.js'
import {actionsPage, type ActionsFilter, historyPage, loginPage, meetingsPage, searchPage} from './pages/lists.js'
import {type downloadFormats, meetingPage} from './pages/meeting.js'
import {type Refusal, security, type SecurityVariables} from './security.js'

export interface ReviewAppOptions {
  archive: Archive
  /** Host names the server answers for; null for any. Default: loopback names only. */
  hostNames?: readonly string[] | null
  /** Access token every request needs (a server on the network). */
  token?: string | undefined
  /** Largest request body, in bytes. Default: 65,536. */
  maxBodyBytes?: number
  /** Today, `YYYY-MM-DD`, for what is overdue. Default: the UTC date now. */
  today?: () => string
  /** Most rows a list page shows; the page says when there are more. Default: 200. */
  listLimit?: number
}

type Env = {Variables: SecurityVariables}

export const loopbackNames = ['localhost', '127.0.0.1', '[::1]'] as const
const reviewerCookie = 'minutes_reviewer'
const longestText = 2000
const longestName = 200

/** A form or query value that cannot be used; answered with 400 and the reason. */
class BadInput extends Error {}

export function createReviewApp(options: ReviewAppOptions): Hono<Env> {
  const {archive} = options
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10))
  const listLimit = options.listLimit ?? 200
  const app = new Hono<Env>()

  const context = (c: Context<Env>, language?: string | null): PageContext => {
    const chosen = language ? labelLanguage(language) : negotiateLanguage(c.req.header('accept-language'))
    return {say: labelsFor(chosen), language: chosen, csrf: c.get('csrf') ?? '', today: today()}
  }
  const page = (c: Context<Env>, tree: Parameters<typeof html>[0], status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 421 | 500 = 200) => {
    c.header('Cache-Control', 'no-store')
    return c.html(html(tree), status)
  }
  const refuse: Refusal = (c, status, reason) => {
    const pageContext = context(c as Context<Env>)
    if (status === 401) return page(c as Context<Env>, loginPage(pageContext, false), 401)
    return page(c as Context<Env>, messagePage(pageContext, pageContext.say('errorTitle'), reason), status)
  }
  const guard = security(app, {token: options.token, hostNames: options.hostNames === undefined ? loopbackNames : options.hostNames, ...(options.maxBodyBytes ? {maxBodyBytes: options.maxBodyBytes} : {})}, refuse)

  const reviewer = (c: Context<Env>): string => {
    const stored = getCookie(c, reviewerCookie)
    if (!stored) return ''
    try {
      return cleanLine(decodeURIComponent(stored), 80)
    } catch {
      return ''
    }
  }

  // Assets: a fixed map, never a path.
  for (const [name, asset] of Object.entries(assets)) {
    app.get(`/assets/${name}`, (c) => {
      c.header('Cache-Control', 'no-cache')
      return c.body(asset.body, 200, {'Content-Type': asset.type})
    })
  }

  // Browsers ask for it; there is none.
  app.get('/favicon.ico', (c) => c.body(null, 204))

  app.get('/', async (c) => {
    const query = c.req.query()
    // One more than shown, to know whether there are more.
    const filter: MeetingFilter = {limit: listLimit + 1, ...groupAndDates(query)}
    const meetings = await archive.meetings(filter)
    return page(c, meetingsPage(context(c), meetings.slice(0, listLimit), filter, meetings.length > listLimit ? listLimit : null))
  })

  app.get('/meetings/:id{[0-9]{1,9}}', async (c) => {
    const id = Number(c.req.param('id'))
    const meeting = await archive.meeting(id)
    if (!meeting) return notFound(c)
    const text = await archive.sourceText(id)
    return page(c, meetingPage(context(c, meeting.language), meeting, text, reviewer(c)))
  })

  app.get('/meetings/:id{[0-9]{1,9}}/minutes/:format{md|confluence|mediawiki|json}', async (c) => {
    const id = Number(c.req.param('id'))
    const name = c.req.param('format') as (typeof downloadFormats)[number][0]
    const format = formats[name]!
    const record = await archive.reviewedRecord(id)
    const types: Record<string, string> = {md: 'text/markdown', confluence: 'application/xml', mediawiki: 'text/plain', json: 'application/json'}
    c.header('Content-Disposition', `attachment; filename="meeting-${id}${format.extension}"`)
    c.header('Cache-Control', 'no-store')
    return c.body(format.render(record), 200, {'Content-Type': `${types[name]}; charset=utf-8`})
  })

  app.post('/meetings/:id{[0-9]{1,9}}/items', async (c) => {
    const id = Number(c.req.param('id'))
    const meeting = await archive.meeting(id)
    if (!meeting) return notFound(c)
    const form = await formOf(c)
    const type = form['type'] === 'decision' ? 'decision' : form['type'] === 'action' ? 'action' : null
    if (!type) throw new BadInput('Field `type` must be `action` or `decision`.')
    const change: ReviewChange = {op: 'add', meetingId: id, type, text: requiredText(form['text'], 'text'), by: reviewer(c) || 'reviewer'}
    if (type === 'action') {
      change.owner = optionalLine(form['owner'], 'owner') ?? null
      change.due = optionalDate(form['due'], 'due') ?? null
    }
    const start = optionalLineNumber(form['start'], 'start')
    const end = optionalLineNumber(form['end'], 'end')
    if (start !== undefined || end !== undefined) {
      const first = start ?? end!
      const last = end ?? start!
      const lines = meeting.record.source.lines
      if (first > last) throw new BadInput(`Field \`start\` (${first}) comes after \`end\` (${last}).`)
      if (last > lines) throw new BadInput(`Field \`end\` (${last}) is past the last line of the transcript (${lines}).`)
      change.lines = {start: first, end: last}
    }
    const item = await archive.review(change)
    return c.redirect(`/meetings/${id}#item-${item.id}`, 303)
  })

  app.post('/meetings/:id{[0-9]{1,9}}/candidates', async (c) => {
    const id = Number(c.req.param('id'))
    const form = await formOf(c)
    const candidate = (form['candidate'] ?? '').trim()
    if (!/^C[0-9]{1,9}$/i.test(candidate)) throw new BadInput('Field `candidate` must be a candidate id such as C3.')
    // The revision the page showed: a meeting processed again since may number its candidates otherwise.
    const shown = (form['revision'] ?? '').trim()
    if (shown !== '' && !/^[0-9]{1,9}$/.test(shown)) throw new BadInput('Field `revision` must be a revision number such as 2.')
    try {
      const item = await archive.review({op: 'accept', meetingId: id, candidate, by: reviewer(c) || 'reviewer', ...(shown === '' ? {} : {revision: Number(shown)})})
      return c.redirect(`/meetings/${id}#item-${item.id}`, 303)
    } catch (error) {
      // Accepted by someone else meanwhile: say so, and by which item.
      if (error instanceof ArchiveError && error.code === 'conflict') {
        const pageContext = context(c, error.current?.meeting.language)
        return page(c, messagePage(pageContext, pageContext.say('errorTitle'), error.message, [h('p', h('a', {href: `/meetings/${id}`}, pageContext.say('backToMeeting')))]), 409)
      }
      throw error
    }
  })

  app.post('/items/:id{[0-9]{1,9}}', async (c) => {
    const id = Number(c.req.param('id'))
    const form = await formOf(c)
    const item = await archive.item(id)
    if (!item) return notFound(c)
    const version = Number(form['version'])
    if (!Number.isInteger(version) || version < 0) throw new BadInput('Field `version` must be the version of the item shown.')
    const by = reviewer(c) || 'reviewer'
    try {
      await applyChange(archive, item, form, version, by)
    } catch (error) {
      if (error instanceof ArchiveError && error.code === 'conflict') {
        const current = error.current ?? (await archive.item(id))!
        const history = await archive.history(id)
        const attempt: Attempt = {}
        for (const [name, value] of Object.entries(form)) if (name !== '_csrf') attempt[name] = value
        return page(c, conflictPage(context(c, current.meeting.language), current, history.at(-1), attempt), 409)
      }
      throw error
    }
    return c.redirect(form['back'] === 'actions' ? `/actions#item-${id}` : `/meetings/${item.meeting.id}#item-${id}`, 303)
  })

  app.get('/items/:id{[0-9]{1,9}}/history', async (c) => {
    const id = Number(c.req.param('id'))
    const item = await archive.item(id)
    if (!item) return notFound(c)
    return page(c, historyPage(context(c, item.meeting.language), item, await archive.history(id)))
  })

  app.get('/actions', async (c) => {
    const query = c.req.query()
    const status = query['status'] ?? 'open'
    if (!['open', 'done', 'rejected', ''].includes(status)) throw new BadInput('Field `status` must be open, done, rejected or empty.')
    // `status` empty means any status: shown in the form, not asked of the archive.
    const filter: ActionsFilter = {type: 'action', status, limit: listLimit + 1}
    const owner = optionalLine(query['owner'], 'owner')
    if (owner) filter.owner = owner
    const group = optionalLine(query['group'], 'group')
    if (group) filter.group = group
    const dueBefore = optionalDate(query['dueBefore'], 'dueBefore')
    if (dueBefore) filter.dueBefore = dueBefore
    const {status: shownStatus, ...asked} = filter
    const items = await archive.items(shownStatus ? {...asked, status: shownStatus} : asked)
    return page(c, actionsPage(context(c), items.slice(0, listLimit), filter, items.length > listLimit ? listLimit : null))
  })

  app.get('/search', async (c) => {
    const parameters = c.req.query()
    const text = (parameters['q'] ?? '').slice(0, 500)
    const query: SearchQuery = {text, limit: 50}
    const type = parameters['type']
    if (type === 'action' || type === 'decision' || type === 'segment') query.type = type
    else if (type) throw new BadInput('Field `type` must be action, decision or segment.')
    Object.assign(query, groupAndDates(parameters))
    if (!text.trim()) return page(c, searchPage(context(c), query, null))
    try {
      return page(c, searchPage(context(c), query, await archive.search(query)))
    } catch (error) {
      // A query with no words at all: say so on the search page itself.
      if (error instanceof ArchiveError && error.code === 'invalid') return page(c, searchPage(context(c), query, null, error.message), 400)
      throw error
    }
  })

  app.post('/reviewer', async (c) => {
    const form = await formOf(c)
    const name = cleanLine(form['name'] ?? '', 80)
    setCookie(c, reviewerCookie, encodeURIComponent(name), {httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 60 * 60 * 24 * 365})
    const back = form['back'] ?? ''
    return c.redirect(/^[0-9]{1,9}$/.test(back) ? `/meetings/${back}` : '/', 303)
  })

  app.get('/login', (c) => (options.token === undefined ? notFound(c) : page(c, loginPage(context(c), false))))
  app.post('/login', async (c) => {
    if (options.token === undefined) return notFound(c)
    const form = await formOf(c)
    if (guard.loginCookie(c, form['token'] ?? '')) return c.redirect('/', 303)
    return page(c, loginPage(context(c), true), 401)
  })

  const notFound = (c: Context<Env>) => {
    const pageContext = context(c)
    return page(c, messagePage(pageContext, pageContext.say('errorTitle'), pageContext.say('notFound')), 404)
  }
  app.notFound(notFound)

  app.onError((error, c) => {
    const pageContext = context(c)
    if (error instanceof BadInput) return page(c, messagePage(pageContext, pageContext.say('errorTitle'), error.message), 400)
    if (error instanceof ArchiveError) {
      if (error.code === 'not-found') return page(c, messagePage(pageContext, pageContext.say('errorTitle'), error.message), 404)
      if (error.code === 'invalid') return page(c, messagePage(pageContext, pageContext.say('errorTitle'), error.message), 400)
    }
    console.error(`minutes serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return page(c, messagePage(pageContext, pageContext.say('errorTitle'), 'The archive could not answer; the error is in the server log.'), 500)
  })

  return app
}

/** One change from a form: the op and its fields. Edits send one change per changed field, in turn. */
async function applyChange(archive: Archive, item: Item, form: Attempt, version: number, by: string): Promise<void> {
  const base = {item: item.id, by, expectedVersion: version}
  const op = form['op']
  switch (op) {
    case 'done':
    case 'reopen':
    case 'confirm':
      await archive.review({...base, op})
      return
    case 'reject': {
      const reason = optionalLine(form['reason'], 'reason', 500)
      await archive.review({...base, op, ...(reason ? {reason} : {})})
      return
    }
    case 'comment':
      await archive.review({...base, op, text: requiredText(form['comment'], 'comment')})
      return
    case 'edit': {
      const wanted: {field: 'text' | 'owner' | 'due'; value: string | null}[] = []
      const text = requiredText(form['text'], 'text')
      if (text !== item.text) wanted.push({field: 'text', value: text})
      if (item.type === 'action') {
        if ('owner' in form) {
          const owner = optionalLine(form['owner'], 'owner') ?? null
          if (owner !== item.owner) wanted.push({field: 'owner', value: owner})
        }
        if ('due' in form) {
          const due = optionalDate(form['due'], 'due') ?? null
          if (due !== item.due) wanted.push({field: 'due', value: due})
        }
      }
      // Nothing differs from the item as it stands; a stale form still says so.
      if (wanted.length === 0 && version !== item.version) throw new ArchiveError('conflict', `Item ${item.id} changed since it was shown.`, item)
      let expected = version
      for (const change of wanted) expected = (await archive.review({item: item.id, by, expectedVersion: expected, op: 'edit', ...change})).version
      return
    }
    default:
      throw new BadInput('Field `op` must be one of done, reopen, confirm, reject, comment, edit.')
  }
}

async function formOf(c: Context<Env>): Promise<Attempt> {
  const body = await c.req.parseBody()
  const form: Attempt = {}
  for (const [name, value] of Object.entries(body)) {
    if (typeof value !== 'string') throw new BadInput(`Field \`${name}\` must be text, not a file.`)
    form[name] = value
  }
  return form
}

/** One line of text: control characters out, whitespace collapsed, trimmed, at most `longest` characters. */
function cleanLine(value: string, longest: number): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, longest)
}

/** The `group`, `from` and `to` fields of a query, checked, with those left empty left out. */
function groupAndDates(query: Record<string, string>): {group?: string; from?: string; to?: string} {
  const found: {group?: string; from?: string; to?: string} = {}
  const group = optionalLine(query['group'], 'group')
  if (group) found.group = group
  const from = optionalDate(query['from'], 'from')
  if (from) found.from = from
  const to = optionalDate(query['to'], 'to')
  if (to) found.to = to
  return found
}

function optionalLine(value: string | undefined, name: string, longest = longestName): string | undefined {
  if (value === undefined) return undefined
  if (value.length > longest) throw new BadInput(`Field \`${name}\` is longer than ${longest} characters.`)
  return cleanLine(value, longest) || undefined
}

function requiredText(value: string | undefined, name: string): string {
  if (value === undefined || !value.trim()) throw new BadInput(`Field \`${name}\` is empty.`)
  if (value.length > longestText) throw new BadInput(`Field \`${name}\` is longer than ${longestText} characters.`)
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim()
}

function optionalDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const day = value.trim()
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!parsed || parsed.toISOString().slice(0, 10) !== day) throw new BadInput(`Field \`${name}\`: \`${day.slice(0, 40)}\` is not a date (YYYY-MM-DD).`)
  return day
}

function optionalLineNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new BadInput(`Field \`${name}\` must be a line number (1 or more).`)
  return number
}
