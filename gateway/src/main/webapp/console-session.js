// Causette console – the staff token (sessionStorage, never logged), API calls and French error texts.
import { request, problemMessage, problemDetail } from './api.js';
import { h } from './ui.js';

const TOKEN_KEY = 'causette.staffToken';
const ROLES_KEY = 'causette.staffRoles';
const NAME_KEY = 'causette.staffName';

const STAFF_MESSAGES = {
  'case-closed': 'Ce dossier vient d’être décidé par quelqu’un d’autre.',
  'message-unknown': 'Le message signalé n’est pas encore passé par la modération : réessaie dans un instant.',
  'same-moderator': 'Un appel est examiné par un autre modérateur que celui qui a décidé.',
  'appeal-decided': 'Cet appel est déjà examiné.',
  'not-emergency': 'Signale d’abord ce dossier comme urgence : l’export des preuves n’existe que pour les urgences.',
  'hold-released': 'Cette conservation est déjà levée.',
  'username-taken': 'Cet identifiant existe déjà (ou a existé).',
  'evidence-key-missing': 'La clé de signature des preuves manque sur le serveur.',
  'identification-key-missing': 'La clé des données d’identification manque sur le serveur.',
  'forbidden': 'Ton rôle ne permet pas cette action.',
  'invalid-credentials': 'Identifiant ou mot de passe incorrect.',
};

const session = { token: null, roles: [], name: '', onExpired: () => {} };

function store(k, v) {
  try { if (v === null) sessionStorage.removeItem(k); else sessionStorage.setItem(k, v); } catch { /* private mode */ }
}
function load(k) { try { return sessionStorage.getItem(k); } catch { return null; } }

export function restore() {
  session.token = load(TOKEN_KEY);
  try { session.roles = JSON.parse(load(ROLES_KEY) || '[]'); } catch { session.roles = []; }
  session.name = load(NAME_KEY) || '';
  return Boolean(session.token);
}

export function signIn(token, roles, name) {
  session.token = token;
  session.roles = Array.isArray(roles) ? roles : [];
  session.name = name;
  store(TOKEN_KEY, token);
  store(ROLES_KEY, JSON.stringify(session.roles));
  store(NAME_KEY, name);
}

export function signOut() {
  session.token = null;
  session.roles = [];
  store(TOKEN_KEY, null);
  store(ROLES_KEY, null);
  store(NAME_KEY, null);
}

export const roles = () => session.roles;
export const staffName = () => session.name;
export const isAdmin = () => session.roles.includes('admin');
export const canModerate = () => session.roles.includes('moderator') || isAdmin();
export const hasToken = () => Boolean(session.token);
export function onExpired(fn) { session.onExpired = fn; }

/** An API call with the staff token; a 401 ends the console session. */
export async function call(method, path, body) {
  try {
    return await request(method, path, { body, token: session.token });
  } catch (e) {
    if (e.status === 401 && session.token) session.onExpired();
    throw e;
  }
}

/** A text answer (CSV) with the staff token, for a download. */
export async function fetchText(path) {
  const res = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${session.token}`, Accept: 'text/csv' }, cache: 'no-store' });
  if (!res.ok) {
    let problem = {};
    try { problem = await res.json(); } catch { /* not json */ }
    const err = new Error(problem.detail || `HTTP ${res.status}`);
    Object.assign(err, { status: res.status, code: problem.code, detail: problem.detail || '' });
    if (res.status === 401) session.onExpired();
    throw err;
  }
  return res.text();
}

export function errText(e) {
  if (e && STAFF_MESSAGES[e.code]) return STAFF_MESSAGES[e.code];
  const d = problemDetail(e);
  return d ? `${problemMessage(e)} (${d})` : problemMessage(e);
}

/** Shows an error in a form-error box (or hides it with null). */
export function showError(box, e) {
  if (!e) { box.hidden = true; box.textContent = ''; return; }
  box.textContent = typeof e === 'string' ? e : errText(e);
  box.hidden = false;
}

/** Offers text as a file download (evidence bundles, CSV). */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Ask with the #confirm-dialog; with inputLabel, also asks for a text. Resolves null when cancelled. */
export function ask(title, text, okLabel = 'Confirmer', inputLabel = null) {
  const dlg = document.getElementById('confirm-dialog');
  dlg.querySelector('[data-role=title]').textContent = title;
  dlg.querySelector('[data-role=text]').textContent = text;
  dlg.querySelector('[data-role=ok]').textContent = okLabel;
  const field = dlg.querySelector('[data-role=input-field]');
  const input = dlg.querySelector('[data-role=input]');
  field.hidden = !inputLabel;
  input.value = '';
  dlg.querySelector('[data-role=input-label]').textContent = inputLabel || '';
  dlg.returnValue = '';
  return new Promise((resolve) => {
    dlg.addEventListener('close', () => {
      if (dlg.returnValue !== 'ok') resolve(null);
      else resolve(inputLabel ? input.value.trim() : '');
    }, { once: true });
    dlg.showModal();
  });
}

export const short = (id) => (String(id).length > 10 ? `${String(id).slice(0, 8)}…` : String(id));
