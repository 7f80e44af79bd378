/**
 * The pages that list across meetings: meetings, open action items, search
 * results, and one item's history. Each has a GET form for its filters, so
 * a filtered page is a link that can be shared.
 */
import type {Element, Root} from 'hast'
import type {AuditEntry, Item, ItemFilter, MeetingFilter, MeetingSummary, SearchQuery, SearchResult} from '../../archive/types.js'
import {type Child, changeForm, field, formatDay, formatMoment, layout, marked, type PageContext, h} from './layout.js'
import {isOverdue, statusBadge} from './items.js'

const filterForm = (context: PageContext, action: string, fields: Child[]): Element =>
  h('form.filters', {method: 'get', action, role: 'search'}, [...fields, h('div.buttons', [h('button', {type: 'submit'}, context.say('filter')), h('a.clear', {href: action}, context.say('clearFilter'))])])

const text = (name: string, value: string | undefined, extra: Record<string, string | number> = {}) => h('input', {type: 'text', name, value: value ?? '', autocomplete: 'off', ...extra})
const date = (name: string, value: string | undefined) => h('input', {type: 'date', name, value: value ?? ''})

const meetingLink = (context: PageContext, meeting: {id: number; title: string | null; group: string | null}, hash = ''): Element =>
  h('a', {href: `/meetings/${meeting.id}${hash}`}, meeting.title ?? meeting.group ?? context.say('untitled'))

/** Only the first `shown` of more are listed: say so. */
const more = (context: PageContext, shown: number | null): Child => (shown === null ? null : h('p.more', {role: 'status'}, context.say('firstOnly', {count: shown})))

export function meetingsPage(context: PageContext, meetings: MeetingSummary[], filter: MeetingFilter, cut: number | null): Root {
  const {say} = context
  return layout(
    context,
    say('meetingsTitle'),
    [
      filterForm(context, '/', [
        field('f-group', say('group'), text('group', filter.group)),
        field('f-from', say('from'), date('from', filter.from)),
        field('f-to', say('to'), date('to', filter.to))
      ]),
      meetings.length === 0
        ? h('p.none', say('noMeetings'))
        : h('div.table', [
            h('table.meetings', [
              h('thead', h('tr', [h('th', {scope: 'col'}, say('date')), h('th', {scope: 'col'}, say('title')), h('th', {scope: 'col'}, say('group')), h('th', {scope: 'col'}, say('language')), h('th.number', {scope: 'col'}, say('openActions')), h('th.number', {scope: 'col'}, say('actionItems')), h('th.number', {scope: 'col'}, say('decisions'))])),
              h(
                'tbody',
                meetings.map((meeting) =>
                  h('tr', [
                    h('td.date', meeting.date ? h('time', {dateTime: meeting.date}, formatDay(meeting.date, context.language)) : ''),
                    h('td', meetingLink(context, meeting)),
                    h('td', meeting.group ?? ''),
                    h('td', meeting.language),
                    h('td.number', meeting.openActions > 0 ? h('strong', String(meeting.openActions)) : '0'),
                    h('td.number', String(meeting.actions)),
                    h('td.number', String(meeting.decisions))
                  ])
                )
              )
            ])
          ]),
      more(context, cut)
    ],
    {current: 'meetings'}
  )
}

export interface ActionsFilter extends ItemFilter {
  status: string
}

export function actionsPage(context: PageContext, items: Item[], filter: ActionsFilter, cut: number | null): Root {
  const {say} = context
  const statuses = [
    ['open', say('statusOpen')],
    ['done', say('statusDone')],
    ['rejected', say('statusRejected')],
    ['', say('anyStatus')]
  ] as const
  return layout(
    context,
    say('navActions'),
    [
      filterForm(context, '/actions', [
        field('f-owner', say('owner'), text('owner', filter.owner)),
        field('f-group', say('group'), text('group', filter.group)),
        field('f-status', say('status'), h('select', {name: 'status'}, statuses.map(([value, label]) => h('option', {value, ...(filter.status === value ? {selected: true} : {})}, label)))),
        field('f-due', say('dueBefore'), date('dueBefore', filter.dueBefore))
      ]),
      items.length === 0
        ? h('p.none', say('noActions'))
        : h('div.table', [
            h('table.actions', [
              h('thead', h('tr', [h('th', {scope: 'col'}, say('task')), h('th', {scope: 'col'}, say('owner')), h('th', {scope: 'col'}, say('due')), h('th', {scope: 'col'}, say('status')), h('th', {scope: 'col'}, say('meeting')), h('th', {scope: 'col'}, h('span.visually-hidden', say('markDone')))])),
              h(
                'tbody',
                items.map((item) => {
                  const overdue = isOverdue(item, context.today)
                  return h('tr', {className: overdue ? ['overdue'] : [], id: `item-${item.id}`}, [
                    h('td.task', h('a', {href: `/meetings/${item.meeting.id}#item-${item.id}`}, item.text)),
                    h('td', item.owner ?? h('span.none', say('notSaid'))),
                    h('td.date', [item.due ? h('time', {dateTime: item.due}, formatDay(item.due, context.language)) : h('span.none', say('notSaid')), overdue ? [' ', h('span.badge.overdue', say('overdue'))] : null]),
                    h('td', statusBadge(context, item)),
                    h('td', [meetingLink(context, item.meeting), item.meeting.date ? h('span.sub', ` ${formatDay(item.meeting.date, context.language)}`) : null, item.meeting.group && item.meeting.group !== item.meeting.title ? h('span.sub', ` · ${item.meeting.group}`) : null]),
                    h(
                      'td',
                      item.status === 'open'
                        ? changeForm(context, `/items/${item.id}`, [
                            h('input', {type: 'hidden', name: 'version', value: String(item.version)}),
                            h('input', {type: 'hidden', name: 'back', value: 'actions'}),
                            h('button.small', {type: 'submit', name: 'op', value: 'done', ariaLabel: `${say('markDone')}: ${item.text}`}, say('markDone'))
                          ])
                        : null
                    )
                  ])
                })
              )
            ])
          ]),
      more(context, cut)
    ],
    {current: 'actions'}
  )
}

export function searchPage(context: PageContext, query: SearchQuery, result: SearchResult | null, problem?: string): Root {
  const {say} = context
  const types = [
    ['', say('anyType')],
    ['action', say('typeAction')],
    ['decision', say('typeDecision')],
    ['segment', say('typeSegment')]
  ] as const
  return layout(
    context,
    say('searchTitle'),
    [
      filterForm(context, '/search', [
        field('f-q', say('query'), text('q', query.text, {type: 'search', maxLength: 500})),
        field('f-type', say('type'), h('select', {name: 'type'}, types.map(([value, label]) => h('option', {value, ...((query.type ?? '') === value ? {selected: true} : {})}, label)))),
        field('f-group', say('group'), text('group', query.group)),
        field('f-from', say('from'), date('from', query.from)),
        field('f-to', say('to'), date('to', query.to))
      ]),
      h('p.help', say('searchHelp')),
      problem ? h('p.message', {role: 'alert'}, problem) : null,
      result === null
        ? null
        : result.hits.length === 0
          ? h('p.none', say('noResults'))
          : [
              h('p.count', say('results', {count: result.total})),
              h(
                'ol.hits',
                result.hits.map((hit) =>
                  h('li.hit', [
                    h('p.snippet', [hit.speaker ? h('span.speaker', `${hit.speaker}: `) : null, ...marked(hit.snippet)]),
                    h('p.sub', [
                      h('span.badge', hit.type === 'action' ? say('typeAction') : hit.type === 'decision' ? say('typeDecision') : say('typeSegment')),
                      ' ',
                      meetingLink(context, hit.meeting, hit.type === 'segment' ? `#L${hit.source.startLine}` : `#item-${hit.id}`),
                      hit.meeting.group ? ` · ${hit.meeting.group}` : '',
                      hit.meeting.date ? ` · ${formatDay(hit.meeting.date, context.language)}` : '',
                      ' · ',
                      h('code', hit.source.path),
                      ` ${say('lineRange', {start: hit.source.startLine, end: hit.source.endLine})}`
                    ])
                  ])
                )
              )
            ]
    ],
    {current: 'search'}
  )
}

export function historyPage(context: PageContext, item: Item, entries: AuditEntry[]): Root {
  const {say} = context
  return layout(context, say('historyTitle', {id: item.id}), [
    h('p', [statusBadge(context, item), ' ', item.text]),
    h('p', h('a', {href: `/meetings/${item.meeting.id}#item-${item.id}`}, say('backToMeeting'))),
    entries.length === 0
      ? h('p.none', say('noHistory'))
      : h('div.table', [
          h('table.history', [
            h('thead', h('tr', [h('th', {scope: 'col'}, say('at')), h('th', {scope: 'col'}, say('by')), h('th', {scope: 'col'}, say('field')), h('th', {scope: 'col'}, say('before')), h('th', {scope: 'col'}, say('after'))])),
            h(
              'tbody',
              entries.map((entry) =>
                h('tr', [h('td', h('time', {dateTime: entry.at}, formatMoment(entry.at, context.language))), h('td', entry.by), h('td', h('code', entry.field)), h('td', entry.old ?? '—'), h('td', entry.new ?? '—')])
              )
            )
          ])
        ])
  ])
}

export function loginPage(context: PageContext, wrong: boolean): Root {
  const {say} = context
  return layout(context, say('loginTitle'), [
    h('p', say('loginHelp')),
    wrong ? h('p.message', {role: 'alert'}, say('wrongToken')) : null,
    changeForm(context, '/login', [field('token', say('token'), h('input', {type: 'password', name: 'token', required: true, autocomplete: 'current-password'})), h('button', {type: 'submit'}, say('signIn'))])
  ])
}
