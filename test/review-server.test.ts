/**
 * The review server over HTTP, on a real archive: CSRF, traversal, the
 * access token, size limits, conflicts, bad input.
 */
import {request as httpRequest} from 'node:http'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Archive, Item} from '../src/archive/types.js'
import {serveCommand} from '../src/cli/serve-command.js'
import {readTokenFile, type RunningServer, ServeError, startReviewServer} from '../src/server/serve.js'
import {candidateRecord, candidateTranscript} from './helpers/candidates.js'
import {fixtureRecord} from './helpers/records.js'
import {processInto, sampleText, serve, temporaryArchive} from './helpers/review.js'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One raw HTTP request: the path is sent exactly as given. */
function send(port: number, rawPath: string, options: {method?: string; headers?: Record<string, string>; body?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: options.headers ?? {}}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}))
    })
    request.on('error', reject)
    if (options.body !== undefined) request.write(options.body)
    request.end()
  })
}

/** A browser's worth of state: cookies and the CSRF token of the last page. */
class Visitor {
  cookies = new Map<string, string>()
  csrf = ''
  constructor(readonly port: number) {}

  get cookieHeader(): Record<string, string> {
    return this.cookies.size === 0 ? {} : {cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')}
  }

  keep(answer: Answer): Answer {
    const set = answer.headers['set-cookie'] ?? []
    for (const line of Array.isArray(set) ? set : [set]) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(answer.body)
    if (token) this.csrf = token[1]!
    return answer
  }

  async get(rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.keep(await send(this.port, rawPath, {headers: {...this.cookieHeader, ...headers}}))
  }

  async post(rawPath: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
    const body = new URLSearchParams(fields).toString()
    return this.keep(
      await send(this.port, rawPath, {
        method: 'POST',
        body,
        headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), ...this.cookieHeader, ...headers}
      })
    )
  }
}

let archive: Archive
let remove: () => Promise<void>
let folder: string
let server: RunningServer
let meetingId: number
let frenchId: number
let actions: Item[]

beforeAll(async () => {
  ;({archive, remove, folder} = await temporaryArchive())
  const stored = await processInto(archive, sampleText('000_baf8e72cffe6bdbc.txt'), 'samples/000_baf8e72cffe6bdbc.txt')
  meetingId = stored.meeting.id
  frenchId = (await processInto(archive, sampleText('004_56ba815c1475ceab.txt'), 'samples/004_56ba815c1475ceab.txt')).meeting.id
  actions = await archive.items({meetingId, type: 'action'})
  server = await serve(archive)
})

afterAll(async () => {
  await server?.close()
  await remove?.()
})

describe('pages', () => {
  it('serves the meeting list, a meeting, the open actions, search and history', async () => {
    const visitor = new Visitor(server.port)
    expect((await visitor.get('/')).body).toContain('LACRALO Governance Working Group')
    const meeting = await visitor.get(`/meetings/${meetingId}`)
    expect(meeting.status).toBe(200)
    expect(meeting.body).toContain(`id="item-${actions[0]!.id}"`)
    expect(meeting.body).toContain(`href="#L${actions[0]!.source.startLine}"`)
    expect(meeting.body).toContain(`id="L${actions[0]!.source.startLine}"`)
    expect((await visitor.get('/actions')).body).toContain(actions[0]!.text.replaceAll('&', '&#x26;').slice(0, 20))
    const search = await visitor.get('/search?q=metrics')
    expect(search.status).toBe(200)
    expect(search.body).toMatch(/<mark>metrics<\/mark>/i)
    expect((await visitor.get(`/items/${actions[0]!.id}/history`)).status).toBe(200)
  })

  it('sets a Content-Security-Policy without unsafe-inline, and refuses framing', async () => {
    const answer = await send(server.port, '/')
    const policy = String(answer.headers['content-security-policy'])
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['set-cookie']?.[0]).toMatch(/HttpOnly/)
    expect(answer.headers['set-cookie']?.[0]).toMatch(/SameSite=Strict/)
  })

  it('downloads the reviewed minutes in each format', async () => {
    const visitor = new Visitor(server.port)
    const markdown = await visitor.get(`/meetings/${meetingId}/minutes/md`)
    expect(markdown.status).toBe(200)
    expect(markdown.headers['content-disposition']).toBe(`attachment; filename="meeting-${meetingId}.md"`)
    expect(markdown.body).toContain('# ')
    expect((await visitor.get(`/meetings/${meetingId}/minutes/mediawiki`)).body).toContain('==')
    expect((await visitor.get(`/meetings/${meetingId}/minutes/confluence`)).body).toContain('<ac:structured-macro')
    expect(JSON.parse((await visitor.get(`/meetings/${meetingId}/minutes/json`)).body).schemaVersion).toBe('1.0')
    expect((await visitor.get(`/meetings/${meetingId}/minutes/pdf`)).status).toBe(404)
  })

  it("labels a meeting's page in the meeting's language", async () => {
    const french = await send(server.port, `/meetings/${frenchId}`)
    expect(french.body).toContain('<html lang="fr">')
    expect(french.body).toContain('Transcription</h2>')
    expect(french.body).toContain('Ajouter un élément oublié')
    // Pages across meetings follow the browser's language.
    expect((await send(server.port, '/actions', {headers: {'accept-language': 'es-ES,es;q=0.9,en;q=0.5'}})).body).toContain('<h1>Acciones abiertas</h1>')
    expect((await send(server.port, '/actions', {headers: {'accept-language': 'de-DE'}})).body).toContain('<h1>Open action items</h1>')
  })

  it('searches malformed queries as plain words, and says so when there is no word at all', async () => {
    const malformed = await send(server.port, `/search?q=${encodeURIComponent('"metrics NEAR( * - :')}`)
    expect(malformed.status).toBe(200)
    const empty = await send(server.port, `/search?q=${encodeURIComponent('*** :: --')}`)
    expect(empty.status).toBe(400)
    expect(empty.body).toContain('role="alert"')
    expect(empty.body).toContain('Nothing to search for')
  })

  it('lists at most the list limit, and says when there are more', async () => {
    const short = await serve(archive, {listLimit: 2})
    try {
      const cut = await send(short.port, '/actions')
      expect(cut.body.match(/<tr[^>]*id="item-/g)).toHaveLength(2)
      expect(cut.body).toContain('Showing the first 2; narrow the filter to see the rest.')
      const all = await send(server.port, '/actions')
      expect(all.body).not.toContain('Showing the first')
      expect(all.body.match(/<tr[^>]*id="item-/g)!.length).toBe((await archive.items({type: 'action', status: 'open'})).length)
    } finally {
      await short.close()
    }
  })

  it('shows the segments when the source text was not kept, and says so', async () => {
    const record = fixtureRecord('hostile-record')
    const stored = await archive.ingest({...record, source: {...record.source, path: 'uploads/kept-without-text.txt', sha256: 'f'.repeat(64)}})
    const answer = await send(server.port, `/meetings/${stored.meeting.id}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toContain('The source text of this meeting was not kept')
    expect(answer.body).toContain('class="lines segments"')
    expect(answer.body).toContain(`id="L${record.segments[0]!.startLine}" data-line="${record.segments[0]!.startLine}"`)
    // Outside quoted attribute values (where `<` is plain text), no markup from the record.
    expect(answer.body.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert')
    expect(answer.body).toContain('&#x3C;script>alert(1)&#x3C;/script>')
  })

  it('has no login form when no token is needed', async () => {
    expect((await send(server.port, '/login')).status).toBe(404)
  })

  it('says 404 for an unknown meeting or item', async () => {
    expect((await send(server.port, '/meetings/999999')).status).toBe(404)
    expect((await send(server.port, '/items/999999/history')).status).toBe(404)
  })
})

describe('changes', () => {
  it('refuses a change without the CSRF token (403), and with a wrong one', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${meetingId}`)
    const item = actions[0]!
    const without = await visitor.post(`/items/${item.id}`, {op: 'done', version: String(item.version)})
    expect(without.status).toBe(403)
    expect(without.body).toContain('CSRF')
    const wrong = await visitor.post(`/items/${item.id}`, {op: 'done', version: String(item.version), _csrf: 'x'.repeat(43)})
    expect(wrong.status).toBe(403)
    // Another visitor's token is not this visitor's.
    const other = new Visitor(server.port)
    await other.get('/')
    const borrowed = await visitor.post(`/items/${item.id}`, {op: 'done', version: String(item.version), _csrf: other.csrf})
    expect(borrowed.status).toBe(403)
    expect((await archive.item(item.id))!.status).toBe('open')
  })

  it('refuses a change from another origin', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${meetingId}`)
    const item = actions[0]!
    const answer = await visitor.post(`/items/${item.id}`, {op: 'done', version: String(item.version), _csrf: visitor.csrf}, {origin: 'http://evil.example'})
    expect(answer.status).toBe(403)
    expect((await archive.item(item.id))!.status).toBe('open')
  })

  it('makes a change with the token, then refuses the same stale version as a conflict showing the other change', async () => {
    const item = actions[1]!
    const first = new Visitor(server.port)
    const second = new Visitor(server.port)
    await first.get(`/meetings/${meetingId}`)
    await second.get(`/meetings/${meetingId}`)
    const done = await first.post(`/items/${item.id}`, {op: 'edit', version: String(item.version), _csrf: first.csrf, text: item.text, owner: 'Owner From First', due: item.due ?? ''})
    expect(done.status).toBe(303)
    expect(done.headers.location).toBe(`/meetings/${meetingId}#item-${item.id}`)
    const stale = await second.post(`/items/${item.id}`, {op: 'edit', version: String(item.version), _csrf: second.csrf, text: item.text, owner: 'Owner From Second', due: item.due ?? ''})
    expect(stale.status).toBe(409)
    expect(stale.body).toContain('Someone else changed this item')
    expect(stale.body).toContain('Owner From First')
    expect(stale.body).toContain('Owner From Second')
    const now = (await archive.item(item.id))!
    expect(now.owner).toBe('Owner From First')
    expect(now.version).toBe(item.version + 1)
  })

  it('names the field of a bad date, an empty task or a bad line range (400)', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${meetingId}`)
    const item = (await archive.item(actions[2]!.id))!
    const badDate = await visitor.post(`/items/${item.id}`, {op: 'edit', version: String(item.version), _csrf: visitor.csrf, text: item.text, owner: '', due: '2024-02-30'})
    expect(badDate.status).toBe(400)
    expect(badDate.body).toContain('Field `due`: `2024-02-30` is not a date')
    const empty = await visitor.post(`/meetings/${meetingId}/items`, {type: 'action', text: '   ', _csrf: visitor.csrf})
    expect(empty.status).toBe(400)
    expect(empty.body).toContain('Field `text` is empty')
    const range = await visitor.post(`/meetings/${meetingId}/items`, {type: 'action', text: 'Something', start: '10', end: '999999', _csrf: visitor.csrf})
    expect(range.status).toBe(400)
    expect(range.body).toContain('past the last line')
    expect((await archive.item(item.id))!.version).toBe(item.version)
  })

  it('refuses a body over the size limit (413)', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${meetingId}`)
    const answer = await visitor.post(`/meetings/${meetingId}/items`, {type: 'action', text: 'x'.repeat(70_000), _csrf: visitor.csrf})
    expect(answer.status).toBe(413)
  })

  it('refuses a Host header that does not name this server (421)', async () => {
    const answer = await send(server.port, '/', {headers: {host: 'attacker.example'}})
    expect(answer.status).toBe(421)
  })
})

describe('paths', () => {
  const attempts = [
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/assets/../../../etc/passwd',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/meetings/1/minutes/..%2f..%2f..%2fetc%2fpasswd',
    '/meetings/..%2f..%2fetc%2fpasswd',
    '//etc/passwd',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd'
  ]
  for (const attempt of attempts) {
    it(`answers ${attempt} with 404`, async () => {
      const answer = await send(server.port, attempt)
      expect(answer.status).toBe(404)
      expect(answer.body).not.toContain('root:')
    })
  }

  it('never serves a path with backslashes (the HTTP parser refuses it)', async () => {
    const answer = await send(server.port, '/..\\..\\etc\\passwd')
    expect([400, 404]).toContain(answer.status)
    expect(answer.body).not.toContain('root:')
  })
})

describe('on the network', () => {
  it('refuses to start on a non-loopback host without a token file', async () => {
    await expect(startReviewServer({archive, host: '0.0.0.0', port: 0})).rejects.toThrow(/without an access token: give --token-file/)
    await expect(startReviewServer({archive, host: '0.0.0.0', port: 0})).rejects.toBeInstanceOf(ServeError)
  })

  it('minutes serve exits with 2 and says why', async () => {
    const errors: string[] = []
    const stop = await serveCommand({db: path.join(folder, 'minutes.db'), host: '0.0.0.0', port: 0}, () => {}, (line) => errors.push(line))
    expect(stop).toBeNull()
    expect(process.exitCode).toBe(2)
    process.exitCode = 0
    expect(errors.join('\n')).toMatch(/--token-file/)
  })

  it('refuses a token file that is missing or too short', async () => {
    await expect(readTokenFile(path.join(folder, 'no-such-token'))).rejects.toThrow(/Cannot read the token file/)
    const short = path.join(folder, 'short-token')
    writeFileSync(short, 'abc\n')
    await expect(readTokenFile(short)).rejects.toThrow(/at least 16 characters/)
  })

  it('with a token, answers 401 without it, and lets in a bearer or a signed-in browser', async () => {
    const tokenFile = path.join(folder, 'token')
    writeFileSync(tokenFile, 'correct-horse-battery-staple-42\n', {mode: 0o600})
    const token = await readTokenFile(tokenFile)
    const guarded = await startReviewServer({archive, host: '0.0.0.0', port: 0, token})
    try {
      const anonymous = await send(guarded.port, '/')
      expect(anonymous.status).toBe(401)
      expect(anonymous.body).toContain('name="token"')
      expect((await send(guarded.port, `/meetings/${meetingId}`)).status).toBe(401)
      expect((await send(guarded.port, `/meetings/${meetingId}/minutes/md`)).status).toBe(401)
      expect((await send(guarded.port, '/', {headers: {authorization: 'Bearer wrong-token-wrong-token'}})).status).toBe(401)
      expect((await send(guarded.port, '/', {headers: {authorization: `Bearer ${token}`}})).status).toBe(200)

      const visitor = new Visitor(guarded.port)
      await visitor.get('/login')
      const wrong = await visitor.post('/login', {token: 'not-the-token-at-all', _csrf: visitor.csrf})
      expect(wrong.status).toBe(401)
      expect(wrong.body).toContain('That token is not right.')
      const right = await visitor.post('/login', {token, _csrf: visitor.csrf})
      expect(right.status).toBe(303)
      const cookie = [right.headers['set-cookie']].flat().find((line) => line?.startsWith('minutes_access='))
      expect(cookie).toMatch(/HttpOnly/)
      expect(cookie).toMatch(/SameSite=Strict/)
      expect(cookie).not.toContain(token)
      expect((await visitor.get('/')).status).toBe(200)
      // Signing in also needs the CSRF token.
      const forged = new Visitor(guarded.port)
      expect((await forged.post('/login', {token})).status).toBe(403)
    } finally {
      await guarded.close()
    }
  })
})

describe('candidates', () => {
  let candidateMeeting: number

  beforeAll(async () => {
    candidateMeeting = (await archive.ingest(candidateRecord(), {text: candidateTranscript})).meeting.id
  })

  it("lists a meeting's candidates under its items, each with its quote, line, confidence and an Accept form with the CSRF token", async () => {
    const visitor = new Visitor(server.port)
    const page = await visitor.get(`/meetings/${candidateMeeting}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Candidates (2)</h2>')
    expect(page.body.indexOf('id="candidates-heading"')).toBeGreaterThan(page.body.indexOf('id="actions-heading"'))
    const card = /<article[^>]*id="candidate-C1"[\s\S]*?<\/article>/.exec(page.body)?.[0] ?? ''
    expect(card).toContain('Compare the printer quotes')
    expect(card).toContain('href="#L5">line 5</a>')
    expect(card).toContain('confidence 0.42')
    expect(card).toContain('Maya Lind: Maybe I could compare the printer quotes before the next call.')
    expect(card).toMatch(new RegExp(`<form method="post" action="/meetings/${candidateMeeting}/candidates"[^>]*><input type="hidden" name="_csrf" value="${visitor.csrf}"><input type="hidden" name="candidate" value="C1"><input type="hidden" name="revision" value="1">`))
    expect(page.body).toContain('id="candidate-C2"')
    // A meeting without candidates says so.
    expect((await visitor.get(`/meetings/${meetingId}`)).body).toMatch(/Candidates \(\d+\)<\/h2>/)
    // In the meeting's language.
    const french = await send(server.port, `/meetings/${frenchId}`)
    expect(french.body).toContain('Candidats (')
  })

  it('refuses an accept without the CSRF token, from another site, and with a hostile or unknown candidate or meeting', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${candidateMeeting}`)
    const action = `/meetings/${candidateMeeting}/candidates`
    const forged = await visitor.post(action, {candidate: 'C1'})
    expect(forged.status).toBe(403)
    expect(forged.body).toContain('CSRF')
    const wrongToken = await visitor.post(action, {candidate: 'C1', _csrf: 'y'.repeat(43)})
    expect(wrongToken.status).toBe(403)
    const elsewhere = await visitor.post(action, {candidate: 'C1', _csrf: visitor.csrf}, {origin: 'http://evil.example'})
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body).toContain('A change from another site is refused.')
    for (const hostile of ['', '1', "C1' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', `C${'9'.repeat(40)}`]) {
      const answer = await visitor.post(action, {candidate: hostile, _csrf: visitor.csrf})
      expect(answer.status, hostile).toBe(400)
      expect(answer.body, hostile).toContain('Field `candidate` must be a candidate id such as C3.')
      expect(answer.body, hostile).not.toContain('<script>alert')
    }
    const unknown = await visitor.post(action, {candidate: 'C77', _csrf: visitor.csrf})
    expect(unknown.status).toBe(404)
    expect(unknown.body).toContain(`No candidate C77 in meeting ${candidateMeeting}`)
    const noMeeting = await visitor.post('/meetings/999999/candidates', {candidate: 'C1', _csrf: visitor.csrf})
    expect(noMeeting.status).toBe(404)
    // A page shown before the meeting was processed again: its candidate ids may mean others now.
    const stale = await visitor.post(action, {candidate: 'C1', revision: '4', _csrf: visitor.csrf})
    expect(stale.status).toBe(409)
    expect(stale.body).toContain(`Meeting ${candidateMeeting} is at revision 1, not 4`)
    const garbled = await visitor.post(action, {candidate: 'C1', revision: '1 OR 1', _csrf: visitor.csrf})
    expect(garbled.status).toBe(400)
    expect(garbled.body).toContain('Field `revision` must be a revision number')
    expect((await archive.items({meetingId: candidateMeeting})).filter((item) => item.flags.includes('accepted-candidate'))).toEqual([])
  })

  it('accepts a candidate by its form: the item joins the action items and the candidate leaves the list; a second accept says by which item', async () => {
    const visitor = new Visitor(server.port)
    await visitor.get(`/meetings/${candidateMeeting}`)
    const accepted = await visitor.post(`/meetings/${candidateMeeting}/candidates`, {candidate: 'C1', revision: '1', _csrf: visitor.csrf})
    expect(accepted.status).toBe(303)
    const [item] = (await archive.items({meetingId: candidateMeeting})).filter((entry) => entry.flags.includes('accepted-candidate'))
    expect(item).toMatchObject({text: 'Compare the printer quotes', owner: 'Maya Lind', confidence: 0.42, evidence: {startLine: 5}})
    expect(accepted.headers['location']).toBe(`/meetings/${candidateMeeting}#item-${item!.id}`)
    const page = await visitor.get(`/meetings/${candidateMeeting}`)
    const actionsSection = /<section class="items" id="actions"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? ''
    expect(actionsSection).toContain(`id="item-${item!.id}"`)
    expect(actionsSection).toContain('accepted from the candidates')
    expect(page.body).toContain('Candidates (1)</h2>')
    expect(page.body).not.toContain('id="candidate-C1"')
    const again = await visitor.post(`/meetings/${candidateMeeting}/candidates`, {candidate: 'C1', _csrf: visitor.csrf})
    expect(again.status).toBe(409)
    expect(again.body).toContain(`Candidate C1 of meeting ${candidateMeeting} was already accepted as item ${item!.id}`)
    expect((await archive.history(item!.id)).some((entry) => entry.field === 'accepted' && entry.new?.startsWith('C1 '))).toBe(true)
  })
})
