// Causette console – appeals (DSA Art. 20): the complaint, the contested decision, and a review by another moderator.
import { h, fmtDateTime } from './ui.js';
import { call, errText, showError, short } from './console-session.js';
import { statementLink, actionLabel } from './console-statement.js';

const OUTCOMES = { pending: 'en attente', reviewing: 'en cours d’examen', upheld: 'maintenue', reversed: 'annulée' };
const $ = (id) => document.getElementById(id);
let openCaseFile = () => {};

export function initAppeals({ onCase }) {
  openCaseFile = onCase;
  $('appeals-status').addEventListener('change', loadAppeals);
}

export async function loadAppeals() {
  const line = $('appeals-status-line');
  line.textContent = 'Chargement…';
  let list;
  try {
    list = await call('GET', `/moderation/appeals?status=${encodeURIComponent($('appeals-status').value)}`);
  } catch (e) {
    if (e.status !== 401) line.textContent = errText(e);
    return;
  }
  line.textContent = `${list.length} appel(s).`;
  $('appeal-list').replaceChildren(...(list.length ? list.map(renderAppeal) : [h('li', { class: 'empty' }, 'Aucun appel.')]));
}

const statementUrl = (id) => `${location.origin}/api/v1/statements/${encodeURIComponent(id)}`;

function renderAppeal(a) {
  const item = h('li', { class: 'console-item', 'data-testid': 'appeal-item', 'data-appeal-id': a.id, 'data-status': a.status });
  item.append(
    h('p', { class: 'case-line' },
      h('strong', {}, `Contre : ${actionLabel(a.decision)}`),
      h('span', { class: 'badge' }, OUTCOMES[a.status] || a.status),
      h('span', { class: 'hint' }, `déposé le ${fmtDateTime(a.filedAt)}`)),
    h('p', { class: 'hint' }, `Décision ${a.decidedBy ? `de ${a.decidedBy}` : 'automatique'} du ${fmtDateTime(a.decidedAt)} · session ${short(a.sessionId || '—')}`),
    h('blockquote', { class: 'reported-text', 'data-testid': 'appeal-complaint' }, a.complaint || ''),
    h('p', { class: 'tool-row' },
      statementLink(statementUrl(a.statementId)),
      a.caseId ? h('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: () => openCaseFile(a.caseId) }, 'Voir le dossier') : null),
    a.review ? h('p', { 'data-testid': 'appeal-review' }, `Examen : décision ${OUTCOMES[a.review.outcome] || a.review.outcome} par ${a.review.reviewedBy} le ${fmtDateTime(a.review.reviewedAt)} — ${a.review.reason || ''}`)
      : a.status === 'pending' ? reviewForm(a, item) : null);
  return item;
}

function reviewForm(a, item) {
  const name = `outcome-${a.id}`;
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'appeal-error' });
  const reason = h('textarea', { rows: 2, maxlength: 1000, 'data-testid': 'appeal-reason', id: `reason-${a.id}` });
  const form = h('form', { class: 'review-form', novalidate: true, 'data-testid': 'appeal-form' },
    h('fieldset', { class: 'field choice-group' }, h('legend', {}, 'Ton examen'),
      h('label', {}, h('input', { type: 'radio', name, value: 'upheld', 'data-testid': 'appeal-upheld' }), ' Maintenir la décision'),
      h('label', {}, h('input', { type: 'radio', name, value: 'reversed', 'data-testid': 'appeal-reversed' }), ' L’annuler (lève la sanction, rend le message)')),
    h('div', { class: 'field' }, h('label', { for: `reason-${a.id}` }, 'Motif (communiqué à la personne)'), reason),
    error,
    h('button', { type: 'submit', class: 'btn btn-primary btn-small', 'data-testid': 'appeal-submit' }, 'Enregistrer l’examen'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const outcome = form.querySelector(`input[name="${name}"]:checked`);
    if (!outcome) { showError(error, 'Choisis de maintenir ou d’annuler la décision.'); return; }
    if (!reason.value.trim()) { showError(error, 'Indique le motif de ton examen.'); return; }
    try {
      const reviewed = await call('POST', `/moderation/appeals/${encodeURIComponent(a.id)}/decisions`,
        { outcome: outcome.value, reason: reason.value.trim() });
      item.replaceWith(renderAppeal(reviewed));
    } catch (ex) {
      if (ex.status !== 401) showError(error, ex);
    }
  });
  return form;
}
