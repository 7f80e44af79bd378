/**
 * Everything that keeps the review page safe, in one place, applied to every
 * route before any of them runs:
 *
 * - headers: a Content-Security-Policy that allows scripts and styles only
 *   from this server (no inline script, no `unsafe-inline`), no framing, no
 *   referrer, no sniffing, no caching of pages;
 * - the Host header must name this server (a page elsewhere cannot reach a
 *   loopback server through a rebound DNS name);
 * - a request body over `maxBodyBytes` is refused (413);
 * - a session cookie (HttpOnly, SameSite=Strict) and a CSRF token derived
 *   from it, which every change (POST) must carry (403 otherwise); a POST
 *   from another origin is refused too;
 * - with an access token (a server on the network), every request but the
 *   login form and the stylesheet and script needs it (401 otherwise), as a
 *   cookie set by the login form or an `Authorization: Bearer` header.
 */
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'
import type {Context, Hono, MiddlewareHandler} from 'hono'
import {bodyLimit} from 'hono/body-limit'
import {getCookie, setCookie} from 'hono/cookie'
import {secureHeaders} from 'hono/secure-headers'

export interface SecurityOptions {
  /** The token every request must carry; none on a loopback server. */
  token?: string | undefined
  /** Host names the Host header may carry (`localhost`, the bound address…); null for any (a server on the network, behind its token). */
  hostNames: readonly string[] | null
  /** Largest request body accepted, in bytes. Default: 65,536. */
  maxBodyBytes?: number
  /** Secret the session cookies are signed with; random per server by default. */
  secret?: Buffer
}

/** What the security middleware leaves for the routes. */
export interface SecurityVariables {
  /** The CSRF token forms must carry. */
  csrf: string
}

export type Refusal = (c: Context, status: 400 | 401 | 403 | 413 | 421, reason: string) => Response | Promise<Response>

export const sessionCookie = 'minutes_session'
export const accessCookie = 'minutes_access'
/** Paths open without the access token: the login form and what it looks like. */
const openPaths = new Set(['/login', '/assets/review.css', '/assets/review.js'])

const sign = (secret: Buffer, purpose: string, value: string): string => createHmac('sha256', secret).update(`${purpose}\0${value}`).digest('base64url')

/** Equal strings, compared in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** Apply every protection to `app`; `refuse` renders the refusal page. */
export function security<E extends {Variables: SecurityVariables}>(app: Hono<E>, options: SecurityOptions, refuse: Refusal): {loginCookie: (c: Context, token: string) => boolean} {
  const secret = options.secret ?? randomBytes(32)
  const maxBodyBytes = options.maxBodyBytes ?? 65_536
  const hostNames = options.hostNames ? new Set(options.hostNames.map((name) => name.toLowerCase())) : null

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"]
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginResourcePolicy: 'same-origin',
      // Plain HTTP on a local network: HSTS would lock the name to HTTPS.
      strictTransportSecurity: false
    })
  )

  const guard: MiddlewareHandler<E> = async (c, next) => {
    const asked = c.req.header('host') ?? new URL(c.req.url).host
    const host = hostName(asked)
    if (host === null || (hostNames !== null && !hostNames.has(host))) return refuse(c, 421, `This server does not answer for the host \`${asked}\`.`)

    let session = getCookie(c, sessionCookie)
    if (!session || !/^[A-Za-z0-9_-]{43}$/.test(session)) {
      session = randomBytes(32).toString('base64url')
      setCookie(c, sessionCookie, session, {httpOnly: true, sameSite: 'Strict', path: '/'})
    }
    c.set('csrf', sign(secret, 'csrf', session))

    if (options.token !== undefined && !openPaths.has(c.req.path)) {
      const cookie = getCookie(c, accessCookie)
      const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1]
      const allowed = (cookie !== undefined && sameSecret(cookie, sign(secret, 'access', options.token))) || (bearer !== undefined && sameSecret(bearer, options.token))
      if (!allowed) return refuse(c, 401, 'This archive needs an access token.')
    }

    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin')
      if (origin !== undefined && origin !== 'null' && hostName(safeHost(origin)) !== host) return refuse(c, 403, 'A change from another site is refused.')
      const type = c.req.header('content-type') ?? ''
      if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return refuse(c, 400, 'A change must be sent as a form.')
    }
    await next()
  }

  const limit = bodyLimit({maxSize: maxBodyBytes, onError: (c) => refuse(c, 413, `The form is larger than ${maxBodyBytes} bytes.`)})

  const csrfCheck: MiddlewareHandler<E> = async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const body = await c.req.parseBody()
    const sent = typeof body['_csrf'] === 'string' ? body['_csrf'] : ''
    if (!sent || !sameSecret(sent, c.get('csrf'))) return refuse(c, 403, 'The form has no valid CSRF token; reload the page and try again.')
    await next()
  }

  app.use(guard)
  app.use(limit as unknown as MiddlewareHandler<E>)
  app.use(csrfCheck)

  return {
    /** Set the access cookie when `token` is the right one. */
    loginCookie(c, token) {
      if (options.token === undefined || !sameSecret(token, options.token)) return false
      setCookie(c, accessCookie, sign(secret, 'access', options.token), {httpOnly: true, sameSite: 'Strict', path: '/'})
      return true
    }
  }
}

/** The host name of a Host header or URL host, lower case, without the port. */
function hostName(host: string | undefined | null): string | null {
  if (!host) return null
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d+)?$/i.exec(host.trim())
  return match ? match[1]!.toLowerCase() : null
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}
