/*
 * Causette – staff moderation console (moderation.html): login, and the views Dossiers (queue, case file, decision),
 * Appels, Conservations, Transparence, Journal and Comptes (administrators). Views follow the URL hash (#cases…).
 * The token stays in sessionStorage (causette.staffToken), never logged.
 */
import { request } from './api.js';
import { toast } from './ui.js';
import {
  restore, signIn, signOut, roles, staffName, isAdmin, canModerate, onExpired, call, errText,
} from './console-session.js';
import { bindStatementDialog } from './console-statement.js';
import { initCases, showCases, pauseCases, stopCases, openCase } from './console-cases.js';
import { initAppeals, loadAppeals } from './console-appeals.js';
import { initHolds, loadHolds, prefillHold } from './console-holds.js';
import { initReports } from './console-reports.js';
import { initStaff, loadStaff } from './console-staff.js';

const VIEWS = ['cases', 'appeals', 'holds', 'transparency', 'audit', 'staff'];
const ROLE_LABELS = { moderator: 'modérateur', admin: 'administrateur', 'trusted-flagger': 'signaleur de confiance' };
const $ = (id) => document.getElementById(id);

function showLogin(message = '') {
  for (const v of VIEWS) $(`view-${v}`).hidden = true;
  $('console-nav').hidden = true;
  $('staff-logout').hidden = true;
  $('staff-who').hidden = true;
  $('no-moderation').hidden = true;
  $('staff-login-form').hidden = false;
  const err = $('staff-login-error');
  err.textContent = message;
  err.hidden = !message;
  $('staff-username').focus();
}

function showConsole() {
  $('staff-login-form').hidden = true;
  $('staff-logout').hidden = false;
  $('staff-who').hidden = false;
  $('staff-name').textContent = staffName();
  $('staff-roles').textContent = roles().map((r) => ROLE_LABELS[r] || r).join(', ') || 'équipe';
  for (const el of document.querySelectorAll('[data-admin-only]')) el.hidden = !isAdmin();
  if (!canModerate()) {
    $('no-moderation').hidden = false;
    return;
  }
  $('console-nav').hidden = false;
  route();
}

/** Shows the view named by the hash (#cases by default). */
function route() {
  if (!$('staff-login-form').hidden || !canModerate()) return;
  let view = (location.hash || '#cases').slice(1).split('?')[0];
  if (!VIEWS.includes(view) || (view === 'staff' && !isAdmin())) view = 'cases';
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== view;
  for (const a of document.querySelectorAll('#console-nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (view === 'cases') showCases(); else pauseCases();
  if (view === 'appeals') loadAppeals();
  if (view === 'holds') loadHolds();
  if (view === 'staff') loadStaff();
}

function go(view) {
  if (location.hash === `#${view}`) route(); else location.hash = view;
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
    signIn(res.token, res.roles || [], username);
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

async function logout(message = '') {
  try { await call('DELETE', '/staff/sessions/me'); } catch { /* ends locally anyway */ }
  end(message);
}

function end(message) {
  signOut();
  stopCases();
  showLogin(message);
}

function boot() {
  bindStatementDialog();
  initCases({ onHold: (kind, id) => { go('holds'); prefillHold(kind, id); } });
  initAppeals({ onCase: (id) => { go('cases'); $('filter-status').value = 'closed'; openCase(id); } });
  initHolds();
  initReports();
  initStaff();
  onExpired(() => end('Session expirée : reconnecte-toi.'));
  $('staff-login-form').addEventListener('submit', onLogin);
  $('staff-logout').addEventListener('click', () => { logout('Déconnecté·e.'); toast('Déconnecté·e.'); });
  window.addEventListener('hashchange', route);
  if (restore()) showConsole(); else showLogin();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
