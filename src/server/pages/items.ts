/**
 * One action item or decision as a reviewer sees it: what was extracted, its
 * evidence, its review state, and the forms that change it. Used on the
 * meeting page and on the conflict page.
 */
import type {Element} from 'hast'
import type {Item} from '../../archive/types.js'
import type {LabelKey} from '../labels.js'
import {type Child, changeForm, field, formatDay, formatMoment, type PageContext, h} from './layout.js'

const statusLabels: Record<string, LabelKey> = {
  open: 'statusOpen',
  done: 'statusDone',
  rejected: 'statusRejected',
  extracted: 'statusExtracted',
  confirmed: 'statusConfirmed'
}

/** A short name for an item on its meeting's page: A1, A2… for actions, D1… for decisions. */
export function itemLabels(items: Item[]): Map<number, string> {
  const labels = new Map<number, string>()
  let actions = 0
  let decisions = 0
  for (const item of items) labels.set(item.id, item.type === 'action' ? `A${++actions}` : `D${++decisions}`)
  return labels
}

export function statusBadge(context: PageContext, item: Item): Element {
  const key = statusLabels[item.status]
  return h(`span.badge.status-${item.status}`, key ? context.say(key) : item.status)
}

/** Is an open action item past its due day? */
export function isOverdue(item: Item, today: string): boolean {
  return item.type === 'action' && item.status === 'open' && item.due !== null && item.due < today
}

/** An action's owner and due date, "not said" where the meeting did not say. */
export function ownerAndDue(context: PageContext, owner: string | null | undefined, due: string | null | undefined): Element {
  const {say} = context
  return h('dl.facts', [
    h('dt', say('owner')),
    h('dd.owner', owner ?? h('span.none', say('notSaid'))),
    h('dt', say('due')),
    h('dd.due', due ? formatDay(due, context.language) : h('span.none', say('notSaid')))
  ])
}

/** The link to the lines an item was found on, in the transcript below. */
export function linesLink(context: PageContext, source: {startLine: number; endLine: number}): Element {
  const {say} = context
  const lines = source.startLine === source.endLine ? say('line', {line: source.startLine}) : say('lineRange', {start: source.startLine, end: source.endLine})
  return h('a.lines', {href: `#L${source.startLine}`}, lines)
}

/** The verbatim quote an item stands on, with its speaker. */
export function evidenceQuote(evidence: {speaker?: string | null; quote: string}, startLine: number): Element {
  return h('blockquote.quote', {cite: `#L${startLine}`}, [
    // A quote of a line that carries its speaker's label names them already.
    evidence.speaker && !evidence.quote.startsWith(evidence.speaker) ? h('span.speaker', `${evidence.speaker}: `) : null,
    evidence.quote
  ])
}

/** The item's card with its review forms. */
export function itemCard(context: PageContext, item: Item, label: string, options: {participantsList?: string} = {}): Element {
  const {say} = context
  const action = `/items/${item.id}`
  const version = h('input', {type: 'hidden', name: 'version', value: String(item.version)})
  const prefix = `i${item.id}`
  const overdue = isOverdue(item, context.today)

  const stateButtons: Child[] = []
  if (item.type === 'action') {
    if (item.status === 'open') stateButtons.push(h('button', {type: 'submit', name: 'op', value: 'done'}, say('markDone')))
    else stateButtons.push(h('button', {type: 'submit', name: 'op', value: 'reopen'}, say('reopen')))
  } else if (item.status === 'extracted') stateButtons.push(h('button', {type: 'submit', name: 'op', value: 'confirm'}, say('confirm')))
  else stateButtons.push(h('button', {type: 'submit', name: 'op', value: 'reopen'}, say('reopen')))

  return h(
    `article.item.item-${item.type}.status-${item.status}`,
    {id: `item-${item.id}`, dataLines: `${item.source.startLine}-${item.source.endLine}`, ariaLabelledby: `${prefix}-title`},
    [
      h('header', [
        h('h3', {id: `${prefix}-title`}, [h('span.label', label), ' ', item.type === 'action' ? item.text : item.text]),
        h('p.meta', [
          statusBadge(context, item),
          overdue ? h('span.badge.overdue', say('overdue')) : null,
          item.flags.includes('accepted-candidate')
            ? h('span.badge.added', say('acceptedCandidate'))
            : item.origin === 'added'
              ? h('span.badge.added', say('addedByReviewer'))
              : null,
          ...item.flags.filter((flag) => flag !== 'accepted-candidate').map((flag) => h('span.badge.flag', flag === 'not-re-extracted' ? say('notReExtracted') : flag)),
          ' ',
          linesLink(context, item.source),
          item.confidence === null ? null : h('span.confidence', say('confidence', {value: item.confidence.toFixed(2)})),
          h('a.history', {href: `/items/${item.id}/history`}, say('history'))
        ])
      ]),
      item.type === 'action' ? ownerAndDue(context, item.owner, item.due) : null,
      item.status === 'rejected' && item.reason ? h('p.reason', say('rejectedBecause', {reason: item.reason})) : null,
      evidenceQuote(item.evidence, item.source.startLine),
      item.comments.length > 0
        ? h('section.comments', {ariaLabel: say('comments')}, [
            h('ul', item.comments.map((comment) => h('li', [h('span.by', `${comment.by}, ${formatMoment(comment.at, context.language)}: `), comment.text])))
          ])
        : null,
      h('div.actions', [
        changeForm(context, action, [version, ...stateButtons], {class: 'inline'}),
        h('details.reject', [
          h('summary', say('reject')),
          changeForm(context, action, [
            version,
            field(`${prefix}-reason`, say('reason'), h('input', {type: 'text', name: 'reason', maxLength: 500, autocomplete: 'off'})),
            h('button', {type: 'submit', name: 'op', value: 'reject'}, say('reject'))
          ])
        ]),
        h('details.edit', [
          h('summary', say('edit')),
          changeForm(context, action, [
            version,
            field(`${prefix}-text`, item.type === 'action' ? say('task') : say('text'), h('textarea', {name: 'text', rows: 3, maxLength: 2000, required: true}, item.text)),
            item.type === 'action'
              ? [
                  field(`${prefix}-owner`, say('owner'), h('input', {type: 'text', name: 'owner', value: item.owner ?? '', maxLength: 200, autocomplete: 'off', ...(options.participantsList ? {list: options.participantsList} : {})})),
                  field(`${prefix}-due`, say('due'), h('input', {type: 'date', name: 'due', value: item.due ?? ''}))
                ]
              : null,
            h('button', {type: 'submit', name: 'op', value: 'edit'}, say('save'))
          ])
        ]),
        h('details.comment', [
          h('summary', say('addComment')),
          changeForm(context, action, [
            version,
            field(`${prefix}-comment`, say('comment'), h('textarea', {name: 'comment', rows: 2, maxLength: 2000, required: true})),
            h('button', {type: 'submit', name: 'op', value: 'comment'}, say('addComment'))
          ])
        ])
      ])
    ]
  )
}
