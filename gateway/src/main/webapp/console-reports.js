// Causette console – the transparency report (DSA Art. 15, 24) and the audit log check.
import { h, fmtDateTime, REPORT_CATEGORIES } from './ui.js';
import { call, fetchText, errText, showError, download, isAdmin } from './console-session.js';
import { actionLabel } from './console-statement.js';

const $ = (id) => document.getElementById(id);
const AUDIT_PAGE = 50;

export function initReports() {
  const today = new Date();
  const first = new Date(today.getFullYear(), today.getMonth(), 1);
  const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  $('transparency-from').value = day(first);
  $('transparency-to').value = day(today);
  $('transparency-form').addEventListener('submit', (e) => { e.preventDefault(); showTransparency(); });
  $('transparency-csv').addEventListener('click', transparencyCsv);
  $('audit-verify').addEventListener('click', verifyAudit);
}

function period() {
  return `from=${encodeURIComponent($('transparency-from').value)}&to=${encodeURIComponent($('transparency-to').value)}`;
}

const duration = (s) => (s === null || s === undefined ? '—'
  : s < 3600 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

function table(caption, rows, testid) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'console-table', 'data-testid': testid },
    h('caption', {}, caption),
    h('tbody', {}, rows.length ? rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, String(v))))
      : h('tr', {}, h('td', { colspan: 2, class: 'hint' }, 'Rien sur la période.')))));
}

const entries = (map, label = (k) => k) => Object.entries(map || {}).sort((a, b) => b[1] - a[1]).map(([k, v]) => [label(k), v]);

export async function showTransparency() {
  const err = $('transparency-error');
  showError(err, null);
  let r;
  try {
    r = await call('GET', `/moderation/transparency?${period()}&format=json`);
  } catch (e) {
    if (e.status !== 401) showError(err, e);
    return;
  }
  const n = r.notices || {};
  const d = r.decisions || {};
  const a = r.appeals || {};
  const hd = r.handling || {};
  $('transparency-report').replaceChildren(
    h('p', { class: 'hint' }, `Du ${r.period.from} au ${r.period.to} (${r.period.timeZone}).`),
    h('div', { class: 'report-grid' },
      table('Signalements (art. 16)', [['Total', n.total], ['Dont signaleurs de confiance', n.fromTrustedFlaggers],
        ...entries(n.byCategory, (c) => REPORT_CATEGORIES[c] || c)], 'transparency-notices'),
      table('Décisions', [['Total', d.total], ['Automatisées', d.automated], ['Humaines', d.human],
        ...entries(d.byAction, actionLabel)], 'transparency-decisions'),
      table('Fondements', entries(d.byGround), 'transparency-grounds'),
      table('Traitement et appels (art. 20)', [['Décisions sur signalement', hd.decisionsOnNotices ?? 0],
        ['Délai médian signalement → décision', duration(hd.medianSecondsReportToDecision)],
        ['Appels reçus', a.received ?? 0], ['Appels examinés', a.decided ?? 0],
        ...entries(a.byOutcome, (o) => ({ upheld: 'maintenues', reversed: 'annulées' }[o] || o)),
        ['Délai médian d’examen', duration(a.medianSecondsToDecision)]], 'transparency-appeals')));
}

async function transparencyCsv() {
  const err = $('transparency-error');
  showError(err, null);
  try {
    const csv = await fetchText(`/moderation/transparency?${period()}&format=csv`);
    download(`transparence-${$('transparency-from').value}-${$('transparency-to').value}.csv`, csv, 'text/csv');
  } catch (e) {
    if (e.status !== 401) showError(err, e);
  }
}

export async function verifyAudit() {
  const box = $('audit-result');
  box.hidden = false;
  box.className = 'audit-result';
  box.textContent = 'Vérification…';
  let check;
  try {
    check = await call('GET', '/moderation/audit/verify');
  } catch (e) {
    if (e.status !== 401) box.textContent = errText(e);
    return;
  }
  box.dataset.valid = String(check.valid);
  box.className = `audit-result ${check.valid ? 'audit-ok' : 'audit-broken'}`;
  box.textContent = check.valid
    ? `Chaîne intacte : ${check.entries} entrée(s) vérifiée(s).`
    : `Chaîne rompue à l’entrée n° ${check.firstBrokenSeq} (sur ${check.entries}) : une entrée a été modifiée ou supprimée.`;
  if (isAdmin()) loadAuditEntries(Math.max(0, check.entries - AUDIT_PAGE));
}

async function loadAuditEntries(after) {
  $('audit-entries-block').hidden = false;
  let list;
  try {
    list = await call('GET', `/moderation/audit?after=${after}&limit=${AUDIT_PAGE}`);
  } catch (e) {
    if (e.status !== 401) $('audit-rows').replaceChildren(h('tr', {}, h('td', { colspan: 6 }, errText(e))));
    return;
  }
  $('audit-rows').replaceChildren(...list.slice().reverse().map((en) => h('tr', { 'data-testid': 'audit-entry' },
    h('td', {}, String(en.seq)), h('td', {}, fmtDateTime(en.at)), h('td', {}, en.actor || ''),
    h('td', {}, en.action || ''), h('td', {}, en.target || ''),
    h('td', {}, Object.entries(en.details || {}).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join(', ')))));
}
