// Causette – a statement of reasons (DSA Art. 17) made readable, with the appeal form (DSA Art. 20).
// Used by the chat (a dialog) and by statement.html (a page of its own). Links are built on this page's origin,
// whatever host the server wrote in the statement URL.
import { request, REQUEST_TIMEOUT_MS } from './api.js';
import { h } from './ui.js';
import { t, errorText, fmtDateTime, currentLang, has } from './i18n.js';

const timed = (method, path, o = {}) => request(method, path, { timeout: REQUEST_TIMEOUT_MS, ...o });
const APPEALS_KEY = 'causette.appeals'; // sessionStorage: statementId -> appealId
const MAX_REASON = 2000;

/** The statement id in a statement URL (…/statements/<id>), or null. */
export function statementId(url) {
  if (!url || typeof url !== 'string') return null;
  let path;
  try { path = new URL(url, location.origin).pathname; } catch { return null; }
  const m = /\/statements\/([A-Za-z0-9_-]{1,128})\/?$/.exec(path);
  return m ? m[1] : null;
}

/** The readable page of a statement on this origin, or null when the URL names none. */
export function statementHref(url) {
  const id = statementId(url);
  return id ? `${location.origin}/statement.html?id=${encodeURIComponent(id)}` : null;
}

function appeals() {
  try { return JSON.parse(sessionStorage.getItem(APPEALS_KEY) || '{}') || {}; } catch { return {}; }
}
function rememberAppeal(statement, appeal) {
  const all = appeals();
  all[statement] = appeal;
  try { sessionStorage.setItem(APPEALS_KEY, JSON.stringify(all)); } catch { /* private mode */ }
}

let current = null; // {container, id, getToken}: drawn again when the language changes
window.addEventListener('causette:lang', () => {
  if (current && current.container.isConnected) render(current);
});

/** Shows the statement named by `urlOrId` in `container`; getToken() gives the chatter's token (or null). */
export function showStatement(container, urlOrId, { getToken = () => null, level = 'h2', appeal = true } = {}) {
  const id = statementId(urlOrId) || (/^[A-Za-z0-9_-]{1,128}$/.test(urlOrId || '') ? urlOrId : null);
  current = { container, id, getToken, level, appeal, statement: null, error: null, seq: (current?.seq || 0) + 1 };
  const mine = current;
  render(mine);
  if (!id) { mine.error = { code: 'not-found' }; render(mine); return; }
  timed('GET', `/statements/${encodeURIComponent(id)}`).then((st) => {
    if (current !== mine) return;
    mine.statement = st && typeof st === 'object' ? st : null;
    if (!mine.statement) mine.error = { code: 'server-answer' };
    render(mine);
  }, (e) => {
    if (current !== mine) return;
    mine.error = e;
    render(mine);
  });
}

function render(view) {
  const { container, statement: st, error } = view;
  if (error) {
    container.replaceChildren(h(view.level, { id: 'statement-title' }, t('st.title')),
      h('p', { class: 'form-error', role: 'alert', 'data-testid': 'statement-error' },
        error.code === 'not-found' ? t('st.notFound') : errorText(error)));
    return;
  }
  if (!st) {
    container.replaceChildren(h(view.level, { id: 'statement-title' }, t('st.title')), h('p', {}, t('st.loading')));
    return;
  }
  const decision = has(`st.dec.${st.decision}`) ? t(`st.dec.${st.decision}`) : (st.decision || '?');
  const rows = [
    [t('st.decision'), h('strong', { 'data-testid': 'statement-decision', 'data-decision': st.decision || '' }, decision)],
    [t('st.issuedAt'), st.issuedAt ? fmtDateTime(st.issuedAt) : null],
    [t('st.summary'), st.summary],
    [t('st.facts'), st.facts],
    [t('st.categories'), Array.isArray(st.categories) && st.categories.length
      ? st.categories.map((c) => (has(`cat.${c}`) ? t(`cat.${c}`) : c)).join(', ') : null],
    [t('st.ground'), st.ground ? [st.ground.reference, st.ground.explanation].filter(Boolean).join(' · ') : null],
    [t('st.automation'), st.automation
      ? `${t(`st.detection.${!!st.automation.detection}`)} ${t(`st.decided.${!!st.automation.decision}`)}` : null],
    [t('st.duration'), st.durationMinutes ? t('st.minutes', { n: st.durationMinutes }) : null],
    [t('st.until'), st.until ? fmtDateTime(st.until) : (st.scope === 'session' && !st.durationMinutes ? t('st.permanent') : null)],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  const redress = st.redress || {};
  const redressRows = [
    [t('st.internal'), redress.internalComplaint],
    [t('st.outOfCourt'), redress.outOfCourtSettlement],
    [t('st.judicial'), redress.judicialRedress],
  ].filter(([, v]) => v);
  container.replaceChildren(
    h(view.level, { id: 'statement-title' }, t('st.title')),
    currentLang() !== 'fr' ? h('p', { class: 'hint' }, t('st.serverText')) : null,
    h('dl', { class: 'statement-facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    redressRows.length ? h('h3', {}, t('st.redress')) : null,
    redressRows.length ? h('dl', { class: 'statement-facts' }, ...redressRows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null,
    h('p', { class: 'hint' }, t('st.reference', { id: st.id || view.id })),
    view.appeal ? appealSection(view) : null,
  );
}

function appealSection(view) {
  const box = h('section', { class: 'appeal', 'aria-labelledby': 'appeal-title' }, h('h3', { id: 'appeal-title' }, t('appeal.title')));
  const token = view.getToken();
  const known = appeals()[view.id];
  if (known) {
    box.append(appealStatus(view, known, token));
    return box;
  }
  if (!token) {
    box.append(h('p', { 'data-testid': 'appeal-needs-session' }, t('appeal.needSession')));
    return box;
  }
  const reason = h('textarea', {
    id: 'appeal-reason', rows: '4', maxlength: String(MAX_REASON), 'data-testid': 'appeal-reason', required: true,
  });
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'appeal-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'appeal-submit' }, t('appeal.send'));
  const form = h('form', { class: 'appeal-form', 'data-testid': 'appeal-form', novalidate: true },
    h('p', {}, t('appeal.intro')),
    h('label', { for: 'appeal-reason' }, t('appeal.reason')),
    reason, error, h('div', { class: 'dialog-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = reason.value.trim();
    if (text.length < 3) {
      error.textContent = t('appeal.tooShort');
      error.hidden = false;
      reason.focus();
      return;
    }
    submit.disabled = true;
    try {
      const res = await timed('POST', '/appeals', { token, body: { statementId: view.id, reason: text } });
      rememberAppeal(view.id, res && res.id ? res.id : 'filed');
      render(view);
      view.container.querySelector('[data-testid=appeal-status]')?.focus();
    } catch (err) {
      submit.disabled = false;
      error.textContent = errorText(err);
      error.hidden = false;
    }
  });
  box.append(form);
  return box;
}

function appealStatus(view, appealId, token) {
  const line = h('p', { class: 'notice', 'data-testid': 'appeal-status', 'data-status': 'pending', tabindex: '-1' },
    t('appeal.sent'), ' ', t('appeal.status', { status: t('appeal.state.pending') }));
  if (token && appealId !== 'filed') {
    timed('GET', `/appeals/${encodeURIComponent(appealId)}`, { token }).then((a) => {
      if (!a || !a.status) return;
      const state = a.outcome && has(`appeal.state.${a.outcome}`) ? a.outcome
        : has(`appeal.state.${a.status}`) ? a.status : 'decided';
      line.dataset.status = state;
      line.replaceChildren(t('appeal.sent'), ' ', t('appeal.status', { status: t(`appeal.state.${state}`) }));
    }, () => { /* the status stays as filed */ });
  }
  return line;
}
