/*
 * Causette – staff moderation console (moderation.html). Token kept in sessionStorage
 * (causette.staffToken), never logged.
 *
 * data-testid: staff-login-form, staff-username, staff-password, staff-login-button, staff-login-error,
 *   staff-roles, staff-logout, case-count, refresh-cases, queue-status, case-list,
 *   case-item (data-case-id, data-priority, data-category, data-source), case-detail,
 *   decision-form, decision-action, decision-duration, decision-reason, decision-ground,
 *   decision-submit, decision-error, decision-result, decision-statement, toasts, toast
 */
import { request, problemMessage, problemDetail } from './api.js';
import { h, fmtDateTime, fmtAgo, safeUrl, toast, REPORT_CATEGORIES } from './ui.js';

const TOKEN_KEY = 'causette.staffToken';
const ROLES_KEY = 'causette.staffRoles';
const REFRESH_MS = 30_000;
const SOURCES = { report: 'signalement', automatic: 'automatique' };

const $ = (id) => document.getElementById(id);
let token = null;
let cases = [];
let selected = null;
let refreshTimer = null;

function store(k, v) {
  try { if (v === null) sessionStorage.removeItem(k); else sessionStorage.setItem(k, v); } catch { /* ignore */ }
}
function load(k) { try { return sessionStorage.getItem(k); } catch { return null; } }

function errText(e) {
  const d = problemDetail(e);
  return d ? `${problemMessage(e)} (${d})` : problemMessage(e);
}

async function call(method, path, body) {
  try {
    return await request(method, path, { body, token });
  } catch (e) {
    if (e.status === 401 && token) logout('Session expirée : reconnecte-toi.');
    throw e;
  }
}

/* ---------------------------------------------------------------- login */

function showLogin(message = '') {
  $('staff-console').hidden = true;
  $('staff-logout').hidden = true;
  $('staff-who').hidden = true;
  $('staff-login-form').hidden = false;
  const err = $('staff-login-error');
  err.textContent = message;
  err.hidden = !message;
  $('staff-username').focus();
}

function showConsole() {
  $('staff-login-form').hidden = true;
  $('staff-console').hidden = false;
  $('staff-logout').hidden = false;
  $('staff-who').hidden = false;
  let roles = [];
  try { roles = JSON.parse(load(ROLES_KEY) || '[]'); } catch { roles = []; }
  $('staff-roles').textContent = roles.length ? roles.join(', ') : 'staff';
  loadCases();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(() => { if (!document.hidden) loadCases(true); }, REFRESH_MS);
}

async function onLogin(e) {
  e.preventDefault();
  const username = $('staff-username').value.trim();
  const password = $('staff-password').value;
  const err = $('staff-login-error');
  err.hidden = true;
  if (!username || !password) {
    err.textContent = 'Identifiant et mot de passe requis.';
    err.hidden = false;
    return;
  }
  const btn = e.target.querySelector('[data-testid=staff-login-button]');
  btn.disabled = true;
  try {
    const res = await request('POST', '/staff/sessions', { body: { username, password } });
    token = res.token;
    store(TOKEN_KEY, token);
    store(ROLES_KEY, JSON.stringify(res.roles || []));
    $('staff-password').value = '';
    showConsole();
  } catch (ex) {
    err.textContent = errText(ex);
    err.hidden = false;
    $('staff-password').select();
  } finally {
    btn.disabled = false;
  }
}

function logout(message = '') {
  token = null;
  cases = [];
  selected = null;
  clearInterval(refreshTimer);
  store(TOKEN_KEY, null);
  store(ROLES_KEY, null);
  $('case-list').replaceChildren();
  $('case-detail').hidden = true;
  $('decision-result').hidden = true;
  showLogin(message);
}

/* ---------------------------------------------------------------- queue */

async function loadCases(quiet = false) {
  if (!token) return;
  if (!quiet) $('queue-status').textContent = 'Chargement…';
  try {
    const list = await call('GET', '/moderation/cases?status=open');
    cases = Array.isArray(list) ? list : [];
    $('queue-status').textContent = `Mis à jour à ${new Date().toLocaleTimeString('fr-FR')}`;
  } catch (e) {
    if (e.status !== 401) $('queue-status').textContent = errText(e);
    return;
  }
  renderCases();
  if (selected && !cases.some((c) => c.id === selected.id)) {
    // Closed elsewhere: keep the form only if a decision result is on screen.
    if ($('decision-result').hidden) selectCase(null);
  }
}

function targetText(t = {}) {
  const parts = [];
  if (t.messageId) parts.push(`message ${short(t.messageId)}`);
  if (t.sessionId) parts.push(`session ${short(t.sessionId)}`);
  if (t.roomId) parts.push(`salon ${short(t.roomId)}`);
  return parts.join(' · ') || '—';
}
const short = (id) => (String(id).length > 10 ? `${String(id).slice(0, 8)}…` : String(id));
const categoryLabel = (c) => (REPORT_CATEGORIES[c] ? `${REPORT_CATEGORIES[c]}` : c || '—');

function renderCases() {
  $('case-count').textContent = String(cases.length);
  const list = $('case-list');
  if (!cases.length) {
    list.replaceChildren(h('li', { class: 'empty' }, 'Aucun dossier ouvert. 🎉'));
    return;
  }
  list.replaceChildren(...cases.map((c) => h('li', {},
    h('button', {
      type: 'button', class: 'case-item', 'data-testid': 'case-item', 'data-case-id': c.id,
      'data-priority': c.priority ?? '', 'data-category': c.category || '', 'data-source': c.source || '',
      'aria-current': selected && selected.id === c.id ? 'true' : null,
      onclick: () => selectCase(c),
    },
    h('span', { class: 'case-line' },
      h('span', { class: `prio prio-${c.priority}`, 'aria-label': `Priorité ${c.priority}` }, `P${c.priority ?? '?'}`),
      h('strong', {}, categoryLabel(c.category)),
      h('span', { class: 'badge' }, SOURCES[c.source] || c.source || '—'),
      c.trustedFlagger ? h('span', { class: 'badge', 'data-testid': 'trusted-flagger',
        title: 'Signalé par un signaleur de confiance (DSA art. 22)' }, 'signaleur de confiance') : null),
    h('span', { class: 'case-line hint' },
      h('span', {}, targetText(c.target)),
      c.openedAt ? h('time', { datetime: c.openedAt, title: fmtDateTime(c.openedAt) }, `ouvert ${fmtAgo(c.openedAt)}`) : null)))));
}

/* ---------------------------------------------------------------- decision */

function selectCase(c) {
  selected = c;
  $('decision-result').hidden = true;
  $('decision-error').hidden = true;
  renderCases();
  if (!c) {
    $('case-detail').hidden = true;
    $('case-none').hidden = false;
    $('case-title').textContent = 'Décision';
    return;
  }
  $('case-none').hidden = true;
  $('case-detail').hidden = false;
  $('case-title').textContent = `Dossier ${short(c.id)}`;
  const t = c.target || {};
  const facts = [
    ['Identifiant', h('code', {}, c.id)],
    ['Priorité', String(c.priority ?? '—')],
    ['Catégorie', `${categoryLabel(c.category)} (${c.category || '—'})`],
    ['Source', SOURCES[c.source] || c.source || '—'],
    ['Statut', c.status || '—'],
    ['Ouvert', c.openedAt ? `${fmtDateTime(c.openedAt)} (${fmtAgo(c.openedAt)})` : '—'],
    t.messageId ? ['Message', h('code', {}, t.messageId)] : null,
    t.sessionId ? ['Session', h('code', {}, t.sessionId)] : null,
    t.roomId ? ['Salon', h('code', {}, t.roomId)] : null,
  ].filter(Boolean);
  $('case-facts').replaceChildren(...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  const form = $('decision-form');
  form.reset();
  $('decision-action').value = c.source === 'automatic' && t.messageId ? 'approve-message' : 'dismiss';
  onActionChange();
  $('decision-action').focus();
}

function onActionChange() {
  const a = $('decision-action').value;
  const needs = a === 'mute' || a === 'ban';
  $('duration-field').hidden = !needs;
  $('decision-duration').required = needs;
  if (needs && !$('decision-duration').value) $('decision-duration').value = a === 'mute' ? '60' : '1440';
}

async function onDecision(e) {
  e.preventDefault();
  if (!selected) return;
  const err = $('decision-error');
  err.hidden = true;
  const action = $('decision-action').value;
  const reason = $('decision-reason').value.trim();
  const ground = $('decision-ground').value.trim();
  const body = { action };
  if (action === 'mute' || action === 'ban') {
    const d = Number($('decision-duration').value);
    if (!Number.isInteger(d) || d < 1) {
      err.textContent = 'Indique une durée en minutes (nombre entier positif).';
      err.hidden = false;
      $('decision-duration').focus();
      return;
    }
    body.durationMinutes = d;
  }
  if (!reason) {
    err.textContent = 'Indique le motif : il est communiqué à la personne concernée.';
    err.hidden = false;
    $('decision-reason').focus();
    return;
  }
  body.reason = reason;
  if (ground) body.ground = ground;
  const btn = e.target.querySelector('[data-testid=decision-submit]');
  btn.disabled = true;
  let res;
  try {
    res = await call('POST', `/moderation/cases/${encodeURIComponent(selected.id)}/decisions`, body);
  } catch (ex) {
    if (ex.status !== 401) { err.textContent = errText(ex); err.hidden = false; }
    return;
  } finally {
    btn.disabled = false;
  }
  const box = $('decision-result');
  const url = safeUrl(res && res.statement);
  box.replaceChildren(
    h('span', {}, `Décision enregistrée (${action}) pour le dossier ${short(selected.id)}. `),
    url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'decision-statement' }, 'Voir la déclaration de motifs') : '',
  );
  box.hidden = false;
  toast('Décision enregistrée.', 'success');
  cases = cases.filter((c) => c.id !== selected.id);
  selected = null;
  $('case-detail').hidden = true;
  $('case-title').textContent = 'Décision';
  renderCases();
  loadCases(true);
}

/* ---------------------------------------------------------------- boot */

function boot() {
  $('staff-login-form').addEventListener('submit', onLogin);
  $('staff-logout').addEventListener('click', () => logout('Déconnecté·e.'));
  $('refresh-cases').addEventListener('click', () => loadCases());
  $('decision-action').addEventListener('change', onActionChange);
  $('decision-form').addEventListener('submit', onDecision);
  token = load(TOKEN_KEY);
  if (token) showConsole(); else showLogin();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
