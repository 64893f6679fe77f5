// Causette console – a statement of reasons (DSA Art. 17) shown readable, in a dialog, rather than as raw JSON.
import { request } from './api.js';
import { h, fmtDateTime, safeUrl, REPORT_CATEGORIES } from './ui.js';
import { errText } from './console-session.js';

export const ACTION_LABELS = {
  'dismiss': 'classement sans suite',
  'remove-message': 'retrait du message',
  'approve-message': 'approbation du message',
  'warn': 'avertissement',
  'mute': 'mise en silence',
  'kick': 'exclusion',
  'ban': 'bannissement',
  'block': 'blocage automatique',
  'hold': 'rétention automatique',
  'mask': 'masquage automatique',
};
export const actionLabel = (a) => ACTION_LABELS[a] || a || '—';

const SCOPES = { message: 'un contenu', session: 'la session (le compte anonyme)' };

export function durationText(minutes) {
  if (minutes === null || minutes === undefined) return '';
  const m = Number(minutes);
  if (m % 10080 === 0) return `${m / 10080} semaine(s)`;
  if (m % 1440 === 0) return `${m / 1440} jour(s)`;
  if (m % 60 === 0) return `${m / 60} h`;
  return `${m} min`;
}

const statementId = (url) => {
  const m = /\/statements\/([A-Za-z0-9_-]+)$/.exec(String(url || ''));
  return m ? m[1] : null;
};

/** A link to a statement: opens the readable view; the href stays the public link (same host as this page). */
export function statementLink(url, label = 'Déclaration des motifs', testid = 'statement-link') {
  const href = safeUrl(url);
  if (!href || !statementId(href)) return null;
  return h('a', {
    href, class: 'statement-link', 'data-testid': testid, 'data-statement-id': statementId(href),
    onclick: (e) => { e.preventDefault(); openStatement(href); },
  }, label);
}

export async function openStatement(url) {
  const dlg = document.getElementById('statement-dialog');
  const body = document.getElementById('statement-body');
  body.replaceChildren(h('p', { class: 'hint' }, 'Chargement…'));
  if (!dlg.open) dlg.showModal();
  try {
    const s = await request('GET', `/statements/${encodeURIComponent(statementId(url))}`);
    body.replaceChildren(render(s, url));
  } catch (e) {
    body.replaceChildren(h('p', { class: 'form-error' }, errText(e)));
  }
}

function render(s, url) {
  const rows = [
    ['Décision', actionLabel(s.decision)],
    ['Visant', SCOPES[s.scope] || s.scope],
    ['Prise le', fmtDateTime(s.issuedAt)],
    s.durationMinutes ? ['Durée', durationText(s.durationMinutes)] : null,
    s.until ? ['Jusqu’au', fmtDateTime(s.until)] : null,
    ['Catégories', (s.categories || []).map((c) => REPORT_CATEGORIES[c] || c).join(', ') || '—'],
    ['Fondement', s.ground ? `${s.ground.reference}${s.ground.explanation ? ` — ${s.ground.explanation}` : ''}` : '—'],
    ['Moyens automatisés', s.automation
      ? `${s.automation.detection ? 'détection automatique' : 'pas de détection automatique'} ; ${s.automation.decision ? 'décision automatique' : 'décision humaine'}`
      : '—'],
  ].filter(Boolean);
  const redress = s.redress || {};
  return h('div', { class: 'statement-view', 'data-testid': 'statement-view', 'data-decision': s.decision || '' },
    s.summary ? h('p', { class: 'statement-summary' }, s.summary) : null,
    h('dl', { class: 'kv' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    s.facts ? [h('h3', {}, 'Faits et circonstances'), h('p', {}, s.facts)] : null,
    h('h3', {}, 'Voies de recours'),
    h('ul', {},
      redress.internalComplaint ? h('li', {}, redress.internalComplaint) : null,
      redress.outOfCourtSettlement ? h('li', {}, redress.outOfCourtSettlement) : null,
      redress.judicialRedress ? h('li', {}, redress.judicialRedress) : null),
    h('p', { class: 'hint' }, 'Lien public : ', h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'statement-public-link' }, url)));
}

export function bindStatementDialog() {
  const dlg = document.getElementById('statement-dialog');
  dlg.querySelector('[data-role=close]').addEventListener('click', () => dlg.close());
}
