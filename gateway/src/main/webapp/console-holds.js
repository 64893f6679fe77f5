// Causette console – legal holds: list, place (moderators and admins), release (admins only).
import { h, fmtDateTime, toast } from './ui.js';
import { call, errText, showError, isAdmin, ask } from './console-session.js';

const KINDS = { messageId: 'message', sessionId: 'session', conversationId: 'conversation', roomId: 'salon' };
const $ = (id) => document.getElementById(id);

export function initHolds() {
  $('holds-status').addEventListener('change', loadHolds);
  $('hold-form').addEventListener('submit', placeHold);
}

/** Prefills the form (from a case file). */
export function prefillHold(kind, id) {
  $('hold-kind').value = kind;
  $('hold-target').value = id;
  $('hold-reason').focus();
}

export async function loadHolds() {
  const line = $('holds-line');
  line.textContent = 'Chargement…';
  const status = $('holds-status').value;
  let list;
  try {
    list = await call('GET', `/moderation/legal-holds${status === 'all' ? '' : `?status=${status}`}`);
  } catch (e) {
    if (e.status !== 401) line.textContent = errText(e);
    return;
  }
  line.textContent = `${list.length} conservation(s).`;
  $('hold-list').replaceChildren(...(list.length ? list.map(renderHold) : [h('li', { class: 'empty' }, 'Aucune.')]));
}

function targetText(t = {}) {
  const [kind, id] = Object.entries(t).find(([, v]) => v && typeof v === 'string' && v.length) || [];
  return kind ? `${KINDS[kind] || kind} ${id}` : '—';
}

function renderHold(hold) {
  const t = hold.target || {};
  return h('li', { class: 'console-item', 'data-testid': 'hold-item', 'data-hold-id': hold.id, 'data-status': hold.status },
    h('p', { class: 'case-line' }, h('strong', {}, targetText({ messageId: t.messageId, sessionId: t.sessionId, conversationId: t.conversationId, roomId: t.roomId })),
      h('span', { class: 'badge' }, hold.status === 'active' ? 'active' : 'levée')),
    h('p', {}, `Référence ${hold.reference || '—'} — ${hold.reason || ''}`),
    h('p', { class: 'hint' }, `Placée par ${hold.placedBy || '—'} le ${fmtDateTime(hold.placedAt)}`,
      hold.releasedAt ? ` · levée par ${hold.releasedBy} le ${fmtDateTime(hold.releasedAt)}` : '',
      ` · ${hold.heldRecords ?? 0} enregistrement(s) d’identification`,
      t.from || t.to ? ` · période ${t.from ? fmtDateTime(t.from) : '…'} → ${t.to ? fmtDateTime(t.to) : '…'}` : ''),
    hold.status === 'active' && isAdmin() ? h('button', {
      type: 'button', class: 'btn btn-small btn-danger', 'data-testid': 'hold-release', onclick: () => release(hold),
    }, 'Lever') : null);
}

async function release(hold) {
  if (await ask('Lever la conservation', `Les données visées (${hold.reference}) redeviennent soumises à l’effacement normal.`, 'Lever') === null) return;
  try {
    await call('DELETE', `/moderation/legal-holds/${encodeURIComponent(hold.id)}`);
    toast('Conservation levée.', 'success');
    loadHolds();
  } catch (e) {
    if (e.status !== 401) toast(errText(e), 'error');
  }
}

const iso = (local) => (local ? new Date(local).toISOString() : undefined);

async function placeHold(e) {
  e.preventDefault();
  const err = $('hold-error');
  showError(err, null);
  const target = $('hold-target').value.trim();
  const reason = $('hold-reason').value.trim();
  const reference = $('hold-reference').value.trim();
  if (!target || !reason || !reference) { showError(err, 'Identifiant, motif et référence sont requis.'); return; }
  const body = { [$('hold-kind').value]: target, reason, reference, from: iso($('hold-from').value), to: iso($('hold-to').value) };
  try {
    await call('POST', '/moderation/legal-holds', body);
    $('hold-form').reset();
    toast('Conservation placée.', 'success');
    $('holds-status').value = 'active';
    loadHolds();
  } catch (ex) {
    if (ex.status !== 401) showError(err, ex);
  }
}
