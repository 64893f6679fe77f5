// Causette console – staff accounts (administrators): list, create, disable.
import { h, toast } from './ui.js';
import { call, errText, showError, ask } from './console-session.js';

const ROLES = { moderator: 'modérateur', admin: 'administrateur', 'trusted-flagger': 'signaleur de confiance' };
const $ = (id) => document.getElementById(id);

export function initStaff() {
  $('staff-form').addEventListener('submit', create);
}

export async function loadStaff() {
  const line = $('staff-line');
  line.textContent = 'Chargement…';
  let list;
  try {
    list = await call('GET', '/staff/accounts');
  } catch (e) {
    if (e.status !== 401) line.textContent = errText(e);
    return;
  }
  line.textContent = `${list.length} compte(s).`;
  $('staff-list').replaceChildren(...list.map((a) => h('li', { class: 'console-item', 'data-testid': 'staff-item', 'data-username': a.username },
    h('p', { class: 'case-line' }, h('strong', {}, a.username),
      ...(a.roles || []).map((r) => h('span', { class: 'badge' }, ROLES[r] || r)),
      a.bootstrap ? h('span', { class: 'hint' }, 'compte initial') : null),
    a.bootstrap ? null : h('button', {
      type: 'button', class: 'btn btn-small btn-danger', 'data-testid': 'staff-disable', onclick: () => disable(a.username),
    }, 'Désactiver'))));
}

async function disable(username) {
  if (await ask('Désactiver le compte', `${username} ne pourra plus se connecter et ses connexions en cours prennent fin. L’identifiant ne sera jamais réattribué.`, 'Désactiver') === null) return;
  try {
    await call('DELETE', `/staff/accounts/${encodeURIComponent(username)}`);
    toast(`Compte ${username} désactivé.`, 'success');
    loadStaff();
  } catch (e) {
    if (e.status !== 401) toast(errText(e), 'error');
  }
}

async function create(e) {
  e.preventDefault();
  const err = $('staff-error');
  showError(err, null);
  const username = $('new-username').value.trim().toLowerCase();
  const password = $('new-password').value;
  const roles = [...document.querySelectorAll('#staff-form input[name=new-role]:checked')].map((i) => i.value);
  if (!username || !password) { showError(err, 'Identifiant et mot de passe requis.'); return; }
  if (!roles.length) { showError(err, 'Choisis au moins un rôle.'); return; }
  try {
    await call('POST', '/staff/accounts', { username, password, roles });
    $('staff-form').reset();
    toast(`Compte ${username} créé.`, 'success');
    loadStaff();
  } catch (ex) {
    if (ex.status !== 401) showError(err, ex);
  }
}
