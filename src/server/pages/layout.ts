/**
 * The frame every page shares, and small pieces of hast the pages reuse.
 * Pages are hast trees; `toHtml` serialises a whole page once, so every
 * string from a transcript is escaped by construction.
 */
import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h as hast, type Properties} from 'hastscript'
import type {Say} from '../labels.js'

/** What every page is built with. */
export interface PageContext {
  say: Say
  /** Language of the labels, for `<html lang>`. */
  language: string
  /** The CSRF token that every form carries. */
  csrf: string
  /** Today as `YYYY-MM-DD`, for what is overdue. */
  today: string
}

/** A child of a page element: a node, text, nothing, or a list of those at any depth. */
export type Child = ElementContent | string | null | undefined | Child[]
type FlatChild = ElementContent | string | null | undefined

/** Children nested at any depth, flattened for hastscript. */
export function flat(children: Child[]): FlatChild[] {
  return children.flat(Number.POSITIVE_INFINITY as 1) as FlatChild[]
}

/** The whole document: header, navigation, the page's content. */
export function layout(context: PageContext, title: string, content: Child[], options: {current?: 'meetings' | 'actions' | 'search'} = {}): Root {
  const {say} = context
  const link = (href: string, label: string, name: 'meetings' | 'actions' | 'search') =>
    h('a', {href, ...(options.current === name ? {ariaCurrent: 'page'} : {})}, label)
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: context.language}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', `${title} · ${say('appName')}`),
          h('link', {rel: 'stylesheet', href: '/assets/review.css'}),
          h('script', {src: '/assets/review.js', defer: true})
        ]),
        h('body', [
          h('a.skip', {href: '#main'}, say('skipToContent')),
          h('header.top', [
            h('span.app', say('appName')),
            h('nav', {ariaLabel: say('appName')}, [
              link('/', say('navMeetings'), 'meetings'),
              link('/actions', say('navActions'), 'actions'),
              link('/search', say('navSearch'), 'search')
            ])
          ]),
          h('main#main', {tabIndex: -1}, [h('h1', title), ...flat(content)])
        ])
      ])
    ]
  }
}

/** hastscript's `h`, taking children nested at any depth. */
export function h(selector: string, properties?: Properties | Child, ...children: Child[]): Element {
  // Elements (the only nodes passed here) have children; properties never do.
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties) && !Array.isArray((properties as {children?: unknown}).children)) {
    return hast(selector, properties as Properties, flat(children))
  }
  return hast(selector, flat([properties as Child, ...children]))
}

/** Serialise a page. */
export function html(tree: Root): string {
  return toHtml(tree)
}

/** A form that changes something: POST, with the CSRF token. */
export function changeForm(context: PageContext, action: string, children: Child[], properties: Record<string, string> = {}): Element {
  return h('form', {method: 'post', action, ...properties}, [h('input', {type: 'hidden', name: '_csrf', value: context.csrf}), ...flat(children)])
}

/** A labelled input; `id` ties the label to it. */
export function field(id: string, label: string, control: Element): Element {
  control.properties = {...control.properties, id}
  return h('div.field', [h('label', {htmlFor: id}, label), control])
}

const formatters = new Map<string, Intl.DateTimeFormat | null>()

/** One formatter per language and style, made once: making one costs more than using it many times. */
function formatter(language: string, style: 'day' | 'moment'): Intl.DateTimeFormat | null {
  const key = `${language} ${style}`
  let found = formatters.get(key)
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat(language, style === 'day' ? {dateStyle: 'medium', timeZone: 'UTC'} : {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'})
    } catch {
      found = null
    }
    formatters.set(key, found)
  }
  return found
}

const dayCache = new Map<string, string>()

/** `YYYY-MM-DD` in the page's language, or the raw value if it is not a date. */
export function formatDay(date: string | null, language: string): string {
  if (!date) return ''
  const key = `${language} ${date}`
  const known = dayCache.get(key)
  if (known !== undefined) return known
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const format = formatter(language, 'day')
  const shown = match && format ? format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))) : date
  if (dayCache.size > 50_000) dayCache.clear()
  dayCache.set(key, shown)
  return shown
}

/** An ISO timestamp, short, in the page's language. */
export function formatMoment(at: string, language: string): string {
  const time = new Date(at)
  const format = formatter(language, 'moment')
  if (Number.isNaN(time.getTime()) || !format) return at
  return `${format.format(time)} UTC`
}

/** Text with `«matched»` words as `<mark>` (search snippets). */
export function marked(snippet: string): Child[] {
  const parts: Child[] = []
  const pattern = /«([^»]*)»/g
  let last = 0
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push(snippet.slice(last, match.index))
    parts.push(h('mark', match[1]))
    last = match.index + match[0].length
  }
  if (last < snippet.length) parts.push(snippet.slice(last))
  return parts
}

/** A simple page with a message: errors, refusals. */
export function messagePage(context: PageContext, title: string, message: string, extra: Child[] = []): Root {
  return layout(context, title, [h('p.message', {role: 'alert'}, message), ...extra])
}
