/**
 * A stale change: the item changed since the reviewer loaded it. Nothing is
 * overwritten; the page shows the other change, the item as it now stands,
 * and what the reviewer tried, with a form to apply it to the current
 * version on purpose.
 */
import type {Root} from 'hast'
import type {AuditEntry, Item} from '../../archive/types.js'
import {changeForm, formatMoment, layout, type PageContext, h} from './layout.js'
import {itemCard} from './items.js'
import type {LabelKey} from '../labels.js'

const operationLabels: Record<string, LabelKey> = {done: 'markDone', reopen: 'reopen', confirm: 'confirm', reject: 'reject', edit: 'edit', comment: 'addComment'}
const fieldLabels: Record<string, LabelKey> = {text: 'text', owner: 'owner', due: 'due', reason: 'reason', comment: 'comment'}

/** The fields of the refused form, as sent (without the token and version). */
export type Attempt = Record<string, string>

export function conflictPage(context: PageContext, current: Item, latest: AuditEntry | undefined, attempt: Attempt): Root {
  const {say} = context
  const shown = Object.entries(attempt).filter(([name]) => name !== '_csrf' && name !== 'version' && name !== 'back')
  return layout(context, say('conflictTitle'), [
    h('div.message.conflict', {role: 'alert'}, [
      h('p', say('conflictBody', {version: current.version})),
      latest ? h('p.latest', say('latestChange', {field: latest.field, by: latest.by, at: formatMoment(latest.at, context.language)})) : null,
      latest ? h('p.change', [h('code', latest.field), ': ', h('del', latest.old ?? '—'), ' → ', h('ins', latest.new ?? '—')]) : null
    ]),
    h('section.attempt', {ariaLabelledby: 'attempt-heading'}, [
      h('h2#attempt-heading', say('yourChange')),
      h('p', h('strong', say(operationLabels[attempt['op'] ?? ''] ?? 'edit'))),
      h(
        'dl.facts',
        shown.filter(([name]) => name !== 'op').flatMap(([name, value]) => [h('dt', fieldLabels[name] ? say(fieldLabels[name]) : name), h('dd', value || '—')])
      ),
      changeForm(context, `/items/${current.id}`, [
        h('input', {type: 'hidden', name: 'version', value: String(current.version)}),
        ...shown.filter(([name]) => name !== 'op').map(([name, value]) => h('input', {type: 'hidden', name, value})),
        h('button', {type: 'submit', name: 'op', value: attempt['op'] ?? ''}, say('applyAgain'))
      ])
    ]),
    h('section.current', {ariaLabelledby: 'current-heading'}, [h('h2#current-heading', say('currentValue')), itemCard(context, current, `#${current.id}`)]),
    h('p', h('a', {href: `/meetings/${current.meeting.id}#item-${current.id}`}, say('backToMeeting')))
  ])
}
