/**
 * The stylesheet and the one small script of the review page, served from
 * `/assets/` (the Content-Security-Policy allows no inline style or
 * script). They ship inside the command's bundle, so the server reads no
 * file at run time. Every form works without the script; it only fills the
 * line fields of "add a missed item" from a selection in the transcript and
 * shades the lines of the item in view.
 */

const stylesheet = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --bg: #fff; --soft: #f6f8fa; --accent: #0b57d0; --action: #fff3c4; --action-edge: #c79a00; --decision: #dcefff; --decision-edge: #2f6fb3; --danger: #b42318; --ok: #1a7f37; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5em 1em; z-index: 10; }
.skip:focus { left: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.top { display: flex; flex-wrap: wrap; gap: .5em 1.5em; align-items: center; padding: .6em 1.2em; border-bottom: 1px solid var(--line); background: var(--soft); }
header.top .app { font-weight: 600; }
header.top nav { display: flex; flex-wrap: wrap; gap: .3em 1.2em; }
header.top nav a { text-decoration: none; padding: .2em 0; }
header.top nav a[aria-current="page"] { font-weight: 600; border-bottom: 3px solid var(--accent); }
main { padding: 1em 1.2em 3em; max-width: 1500px; margin: 0 auto; }
main:focus { outline: none; }
h1 { font-size: 1.6em; margin: .2em 0 .6em; overflow-wrap: anywhere; }
h2 { font-size: 1.25em; margin: 1.4em 0 .5em; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 0; overflow-wrap: anywhere; }
code { font: .88em "DejaVu Sans Mono", monospace; background: var(--soft); padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
.none, .sub, .help, .confidence { color: var(--muted); }
.message { border-left: 4px solid var(--danger); background: #fdf0ef; padding: .7em 1em; }
.message.conflict { border-color: var(--action-edge); background: #fff8e1; }
.message ins { background: #d6f5dd; text-decoration: none; }
.message del { background: #fcdcdc; }
form.filters { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: flex-end; margin-bottom: 1em; padding: .8em; background: var(--soft); border-radius: 6px; }
.field { display: flex; flex-direction: column; gap: .15em; margin: .3em 0; }
.field label { font-size: .9em; font-weight: 600; }
input, select, textarea, button { font: inherit; }
input[type="text"], input[type="search"], input[type="password"], input[type="date"], input[type="number"], select, textarea { padding: .35em .5em; border: 1px solid #8c959f; border-radius: 4px; background: #fff; max-width: 100%; }
textarea { width: 100%; }
button { padding: .35em .9em; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.small { padding: .15em .6em; font-size: .9em; white-space: nowrap; }
.buttons { display: flex; gap: .8em; align-items: center; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .45em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-size: .92em; }
td.number, th.number { text-align: right; }
td.date { white-space: nowrap; }
tr.overdue td { background: #fff1f0; }
.badge { display: inline-block; font-size: .8em; padding: .05em .55em; border-radius: 1em; border: 1px solid var(--line); margin-right: .35em; background: var(--soft); white-space: nowrap; }
.badge.status-done, .badge.status-confirmed { border-color: var(--ok); color: var(--ok); }
.badge.status-rejected { border-color: var(--danger); color: var(--danger); }
.badge.overdue { background: var(--danger); border-color: var(--danger); color: #fff; font-weight: 600; }
.badge.flag { border-color: var(--action-edge); }
.meeting { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5em; }
@media (min-width: 1100px) {
  .meeting { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .transcript { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
}
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2em 1em; margin: .4em 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.people { margin: .2em 0 .6em; padding-left: 1.2em; columns: 2 14em; }
.attendance h3 { font-size: .95em; margin-top: .6em; }
.reviewer { display: flex; gap: .6em; align-items: flex-end; flex-wrap: wrap; }
.item { border: 1px solid var(--line); border-left: 5px solid var(--action-edge); border-radius: 6px; padding: .7em .9em; margin: .8em 0; scroll-margin-top: 1em; }
.item-decision { border-left-color: var(--decision-edge); }
.item.candidate { border-style: dashed; border-left-style: solid; }
.item.status-rejected { opacity: .75; border-left-color: var(--danger); }
.item.status-rejected h3 { text-decoration: line-through; }
.item.status-done { border-left-color: var(--ok); }
.item:target { box-shadow: 0 0 0 3px var(--accent); }
.item .label { font-family: "DejaVu Sans Mono", monospace; background: var(--ink); color: #fff; border-radius: 3px; padding: 0 .35em; font-size: .85em; }
.item .meta { margin: .3em 0; font-size: .9em; display: flex; flex-wrap: wrap; gap: .3em .6em; align-items: center; }
.item .quote { margin: .4em 0; padding: .3em .8em; border-left: 3px solid var(--line); color: #333; background: var(--soft); overflow-wrap: anywhere; }
.item .speaker { font-weight: 600; }
.item .reason { color: var(--danger); }
.item .comments ul { margin: .3em 0; padding-left: 1.2em; }
.item .comments .by { color: var(--muted); }
.item .actions { display: flex; flex-wrap: wrap; gap: .5em 1.6em; align-items: center; }
.item details { flex: 0 1 auto; }
.item details[open] { flex-basis: 100%; }
.item summary { cursor: pointer; color: var(--accent); padding: .2em 0; }
form.inline { display: inline; }
.transcript .lines { font: .88em/1.45 "DejaVu Sans Mono", monospace; border: 1px solid var(--line); border-radius: 6px; padding: .4em 0; counter-reset: line; }
.transcript .lines > div { counter-increment: line; display: grid; grid-template-columns: 3.5em minmax(0, 1fr) auto; padding: 0 .6em 0 0; min-height: 1.45em; white-space: pre-wrap; overflow-wrap: anywhere; scroll-margin-top: 3em; }
.transcript .lines > div::before { content: counter(line); color: var(--muted); text-align: right; padding-right: .8em; }
.transcript .lines.segments > div::before { content: attr(data-line); }
.transcript .evidence-action { background: var(--action); }
.transcript .evidence-decision { background: var(--decision); }
.transcript .evidence-action.evidence-decision { background: linear-gradient(90deg, var(--action), var(--decision)); }
.transcript .lines > div:target, .transcript .lines > div.in-view { box-shadow: inset 4px 0 0 var(--accent); }
.transcript .refs { padding-left: .5em; white-space: nowrap; }
.transcript .ref { font-size: .85em; font-weight: 600; margin-left: .3em; }
.line-range { display: flex; gap: 1em; flex-wrap: wrap; }
.selected-quote { font-style: italic; color: var(--muted); }
.hits { padding-left: 1.4em; }
.hit { margin: .6em 0; }
.hit p { margin: .1em 0; }
mark { background: #ffe066; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: .8em .7em 2em; }
  .transcript .lines > div { grid-template-columns: 2.6em minmax(0, 1fr) auto; }
  table.actions thead { display: none; }
  table.actions tr { display: block; border-bottom: 1px solid var(--line); padding: .4em 0; }
  table.actions td { display: block; border: 0; padding: .1em .2em; }
}
`

const script = `
'use strict';
(function () {
  var form = document.getElementById('add');
  var start = document.getElementById('add-start');
  var end = document.getElementById('add-end');
  var quote = document.getElementById('add-quote');
  function lineOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    var line = element && element.closest ? element.closest('.lines > div') : null;
    return line || null;
  }
  function fromSelection() {
    if (!form || !start || !end) return;
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var first = lineOf(selection.anchorNode);
    var last = lineOf(selection.focusNode);
    if (!first || !last) return;
    var bounds = [first, last].map(function (row) {
      var first = Number(row.getAttribute('data-line') || row.id.slice(1));
      return [first, Number(row.getAttribute('data-end') || first)];
    });
    var low = Math.min(bounds[0][0], bounds[1][0]);
    var high = Math.max(bounds[0][1], bounds[1][1]);
    start.value = String(low);
    end.value = String(high);
    if (quote) quote.textContent = selection.toString().replace(/\\s+/g, ' ').trim().slice(0, 300);
  }
  document.addEventListener('mouseup', function (event) {
    if (event.target && event.target.closest && event.target.closest('.transcript')) fromSelection();
  });
  document.addEventListener('keyup', function (event) {
    if (event.shiftKey && event.target && event.target.closest && event.target.closest('.transcript')) fromSelection();
  });
  function shade() {
    var shaded = document.querySelectorAll('.lines > .in-view');
    for (var i = 0; i < shaded.length; i++) shaded[i].classList.remove('in-view');
    var match = /^#item-(\\d+)$/.exec(location.hash);
    if (!match) return;
    var item = document.getElementById('item-' + match[1]);
    var range = item && item.getAttribute('data-lines');
    if (!range) return;
    var parts = range.split('-');
    for (var line = Number(parts[0]); line <= Number(parts[1]); line++) {
      var row = document.getElementById('L' + line);
      if (row) row.classList.add('in-view');
    }
    var firstRow = document.getElementById('L' + parts[0]);
    var pane = document.querySelector('.transcript');
    if (firstRow && pane && pane.scrollHeight > pane.clientHeight) pane.scrollTop = firstRow.offsetTop - pane.offsetTop - 40;
  }
  window.addEventListener('hashchange', shade);
  shade();
})();
`

export const assets: Record<string, {type: string; body: string}> = {
  'review.css': {type: 'text/css; charset=utf-8', body: stylesheet},
  'review.js': {type: 'text/javascript; charset=utf-8', body: script}
}
