// Causette console – the queue (with filters), the case file and the decision (one or two actions, nothing preset).
import { h, fmtDateTime, fmtAgo, fmtTime, toast, REPORT_CATEGORIES } from './ui.js';
import { call, errText, showError, download, ask, short } from './console-session.js';
import { statementLink, actionLabel, durationText } from './console-statement.js';

const REFRESH_MS = 30_000;
const SOURCES = { report: 'signalement', automatic: 'automatique', 'trusted-flagger': 'signaleur de confiance' };
const VERDICTS = {
  allow: 'publié', mask: 'publié avec des passages masqués', hold: 'retenu : attend une décision', block: 'bloqué',
};
const SANCTIONS = new Set(['warn', 'mute', 'kick', 'ban']);

const $ = (id) => document.getElementById(id);
let cases = [];
let selected = null; // the case file on screen
let refreshTimer = null;
let goToHolds = () => {};

const categoryLabel = (c) => REPORT_CATEGORIES[c] || c || '—';

export function initCases({ onHold }) {
  goToHolds = onHold;
  const cat = $('filter-category');
  cat.append(...Object.entries(REPORT_CATEGORIES).map(([id, label]) => h('option', { value: id }, label)));
  $('case-filters').addEventListener('change', (e) => {
    if (e.target.id === 'filter-status') loadCases(); else renderCases();
  });
  $('case-filters').addEventListener('submit', (e) => e.preventDefault());
  $('refresh-cases').addEventListener('click', () => loadCases());
  $('decision-form').addEventListener('change', onChoice);
  $('decision-form').addEventListener('input', onChoice);
  $('decision-form').addEventListener('submit', onDecision);
}

export function showCases() {
  loadCases();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(() => { if (!document.hidden) loadCases(true); }, REFRESH_MS);
}

export function pauseCases() {
  clearInterval(refreshTimer);
}

export function stopCases() {
  clearInterval(refreshTimer);
  cases = [];
  selected = null;
  $('case-list').replaceChildren();
  closeFile();
}

/* ---------------------------------------------------------------- queue */

async function loadCases(quiet = false) {
  const status = $('filter-status').value;
  if (!quiet) $('queue-status').textContent = 'Chargement…';
  try {
    const list = await call('GET', `/moderation/cases?status=${encodeURIComponent(status)}`);
    cases = Array.isArray(list) ? list : [];
    $('queue-status').textContent = `Mis à jour à ${new Date().toLocaleTimeString('fr-FR')}`;
  } catch (e) {
    if (e.status !== 401) $('queue-status').textContent = errText(e);
    return;
  }
  renderCases();
}

function filtered() {
  const category = $('filter-category').value;
  const source = $('filter-source').value;
  const priority = $('filter-priority').value;
  const trusted = $('filter-trusted').checked;
  return cases.filter((c) => (!category || c.category === category) && (!source || c.source === source)
    && (!priority || String(c.priority) === priority) && (!trusted || c.trustedFlagger));
}

function renderCases() {
  const shown = filtered();
  $('case-count').textContent = shown.length === cases.length ? String(cases.length) : `${shown.length} / ${cases.length}`;
  const list = $('case-list');
  if (!shown.length) {
    list.replaceChildren(h('li', { class: 'empty' }, cases.length ? 'Aucun dossier ne correspond aux filtres.' : 'Aucun dossier.'));
    return;
  }
  list.replaceChildren(...shown.map((c) => h('li', {},
    h('button', {
      type: 'button', class: 'case-item', 'data-testid': 'case-item', 'data-case-id': c.id,
      'data-message-id': (c.target && c.target.messageId) || '',
      'data-priority': c.priority ?? '', 'data-category': c.category || '', 'data-source': c.source || '',
      'data-trusted': c.trustedFlagger ? 'true' : 'false',
      'aria-current': selected && selected.id === c.id ? 'true' : null,
      onclick: () => openCase(c.id),
    },
    h('span', { class: 'case-line' },
      h('span', { class: `prio prio-${c.priority}` }, h('span', { class: 'visually-hidden' }, 'Priorité '), `P${c.priority ?? '?'}`),
      h('strong', {}, categoryLabel(c.category)),
      h('span', { class: 'badge' }, SOURCES[c.source] || c.source || '—'),
      c.trustedFlagger ? h('span', { class: 'badge badge-trusted', 'data-testid': 'trusted-flagger',
        title: 'Signalé par un signaleur de confiance (DSA art. 22)' }, 'signaleur de confiance') : null),
    h('span', { class: 'case-line hint' },
      h('span', {}, `${c.reports ?? 0} signalement(s) · ${targetText(c.target)}`),
      c.openedAt ? h('time', { datetime: c.openedAt, title: fmtDateTime(c.openedAt) }, `ouvert ${fmtAgo(c.openedAt)}`) : null)))));
}

function targetText(t = {}) {
  if (t.messageId) return 'un message';
  if (t.sessionId) return 'une session';
  if (t.roomId) return `le salon ${t.roomId}`;
  return '—';
}

/* ---------------------------------------------------------------- case file */

function closeFile() {
  $('case-file').hidden = true;
  $('decision-form').hidden = true;
  $('decision-result').hidden = true;
  $('case-none').hidden = false;
  $('case-title').textContent = 'Dossier';
}

export async function openCase(id) {
  $('decision-result').hidden = true;
  $('case-none').hidden = true;
  $('case-file').hidden = false;
  $('case-file').replaceChildren(h('p', { class: 'hint' }, 'Chargement du dossier…'));
  $('decision-form').hidden = true;
  selected = { id };
  renderCases();
  let file;
  try {
    file = await call('GET', `/moderation/cases/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e.status !== 401) $('case-file').replaceChildren(h('p', { class: 'form-error' }, errText(e)));
    return;
  }
  if (!selected || selected.id !== id) return; // another case was opened meanwhile
  selected = file;
  $('case-title').textContent = `Dossier ${short(file.id)}`;
  $('case-file').replaceChildren(...renderFile(file));
  $('case-file').dataset.caseId = file.id;
  $('case-file').dataset.status = file.status || '';
  prepareForm(file);
  $('case-title').focus();
}

function section(title, testid, ...children) {
  return h('section', { class: 'file-section', 'data-testid': testid }, h('h3', {}, title), ...children);
}

function renderFile(f) {
  const t = f.target || {};
  const facts = [
    ['Priorité', `P${f.priority}`],
    ['Catégorie', categoryLabel(f.category)],
    ['Source', SOURCES[f.source] || f.source || '—'],
    ['Statut', f.status === 'open' ? 'ouvert' : f.status === 'closed' ? 'fermé' : f.status || '—'],
    ['Ouvert', f.openedAt ? `${fmtDateTime(f.openedAt)} (${fmtAgo(f.openedAt)})` : '—'],
    t.sessionId ? ['Session visée', h('code', {}, t.sessionId)] : null,
    t.roomId ? ['Salon', t.roomId] : null,
    ['Dossier', h('code', {}, f.id)],
  ].filter(Boolean);
  return [
    h('dl', { class: 'kv', 'data-testid': 'case-detail' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    renderMessage(f),
    renderContext(f),
    renderVerdict(f.message),
    renderReports(f.reports || []),
    renderSanctions(f.sanctions || []),
    f.decision ? renderDecision(f.decision) : null,
    renderTools(f),
  ].filter(Boolean);
}

function whereText(channel) {
  if (!channel) return '';
  return channel.kind === 'room' ? `salon ${channel.id}` : 'conversation privée';
}

function renderMessage(f) {
  const m = f.message;
  if (!m) {
    return (f.target || {}).messageId
      ? section('Message signalé', 'case-message', h('p', { class: 'hint' }, 'Le message n’est pas encore passé par la modération : son texte arrivera dans un instant.'))
      : null;
  }
  return section('Message signalé', 'case-message',
    h('p', { class: 'msg-meta' },
      h('strong', { 'data-testid': 'case-author' }, m.senderNickname || '(pseudo inconnu)'),
      ' ', h('span', { class: 'hint' }, `session ${short(m.senderSessionId || '—')} · ${whereText(m.channel)}`),
      m.sentAt ? [' · ', h('time', { datetime: m.sentAt }, fmtDateTime(m.sentAt))] : null),
    h('blockquote', { class: 'reported-text', 'data-testid': 'case-message-text' }, m.text || ''));
}

function contextItem(item, position) {
  return h('li', { class: `context-item context-${position}`, 'data-testid': 'context-item', 'data-position': position },
    h('time', { datetime: item.sentAt }, fmtTime(item.sentAt)), ' ',
    h('strong', {}, (item.from && item.from.nickname) || '?'), ' ',
    h('span', { class: 'context-text' }, item.text || ''));
}

function renderContext(f) {
  if (!f.message) return null;
  const c = f.context;
  if (!c) return section('Contexte', 'case-context', h('p', { class: 'hint' }, 'Contexte indisponible pour le moment.'));
  const before = (c.before || []).map((i) => contextItem(i, 'before'));
  const after = (c.after || []).map((i) => contextItem(i, 'after'));
  const m = f.message;
  return section(`Contexte (${whereText(m.channel)})`, 'case-context',
    h('ol', { class: 'context-list' },
      before.length ? before : h('li', { class: 'hint' }, 'Rien avant ce message.'),
      h('li', { class: 'context-item context-reported', 'data-testid': 'context-reported', 'aria-label': 'Message signalé' },
        h('time', { datetime: m.sentAt }, fmtTime(m.sentAt)), ' ', h('strong', {}, m.senderNickname || '?'), ' ',
        h('span', { class: 'context-text' }, m.text || '')),
      after.length ? after : h('li', { class: 'hint' }, 'Rien après ce message (pour l’instant).')));
}

function verdictRows(v) {
  return [
    ['Décision', VERDICTS[v.action] || v.action],
    ['Catégories', (v.categories || []).map(categoryLabel).join(', ') || '—'],
    ['Règles déclenchées', (v.ruleIds || []).length ? h('span', {}, ...(v.ruleIds).map((r) => h('code', { class: 'rule' }, r))) : '—'],
    ['Score', typeof v.score === 'number' ? v.score.toFixed(2) : '—'],
    v.reason ? ['Raison', v.reason] : null,
  ].filter(Boolean);
}

function renderVerdict(m) {
  if (!m || (!m.automaticVerdict && !m.verdict)) return null;
  const auto = m.automaticVerdict || m.verdict;
  return section('Modération automatique', 'case-verdict',
    h('dl', { class: 'kv', 'data-action': auto.action }, verdictRows(auto).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    m.overruled && m.verdict ? h('p', { class: 'hint' }, `Décision en vigueur (modérateur) : ${VERDICTS[m.verdict.action] || m.verdict.action}.`) : null);
}

function renderReports(reports) {
  return section(`Signalements (${reports.length})`, 'case-reports',
    reports.length ? h('ul', { class: 'console-list compact' }, reports.map((r) => h('li', { 'data-testid': 'case-report', 'data-source': r.source },
      h('span', { class: 'case-line' },
        h('span', { class: 'badge' }, SOURCES[r.source] || r.source),
        h('strong', {}, categoryLabel(r.category)),
        r.at ? h('time', { class: 'hint', datetime: r.at }, fmtDateTime(r.at)) : null,
        r.reporterSessionId ? h('span', { class: 'hint' }, `par la session ${short(r.reporterSessionId)}`) : null),
      r.comment ? h('p', { class: 'report-comment', 'data-testid': 'report-comment' }, r.comment)
        : h('p', { class: 'hint' }, 'Sans commentaire.'))))
      : h('p', { class: 'hint' }, 'Aucun.'));
}

function renderSanctions(sanctions) {
  return section('Sanctions de cette session', 'case-sanctions',
    sanctions.length ? h('ul', { class: 'console-list compact' }, sanctions.map((s) => h('li', { 'data-testid': 'case-sanction', 'data-action': s.action },
      h('strong', {}, actionLabel(s.action)),
      s.until ? ` jusqu’au ${fmtDateTime(s.until)}` : '',
      s.issuedAt ? h('span', { class: 'hint' }, ` · ${fmtDateTime(s.issuedAt)}`) : null,
      s.reason ? h('p', {}, s.reason) : null,
      statementLink(s.statement))))
      : h('p', { class: 'hint', 'data-testid': 'no-sanctions' }, 'Aucune sanction antérieure.'));
}

function takenText(a) {
  return `${actionLabel(a.action)}${a.durationMinutes ? ` (${durationText(a.durationMinutes)})` : ''}`;
}

function renderDecision(d) {
  const actions = d.actions && d.actions.length ? d.actions : [{ action: d.action, durationMinutes: d.durationMinutes, statement: d.statement }];
  return section('Décision prise', 'case-decision',
    h('p', {}, `Par ${d.decidedBy || '—'} le ${fmtDateTime(d.decidedAt)} — fondement ${d.ground || '—'}.`),
    h('p', {}, `Motif : ${d.reason || '—'}`),
    h('ul', {}, actions.map((a) => h('li', {}, takenText(a), ' ', statementLink(a.statement)))));
}

function renderTools(f) {
  const t = f.target || {};
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': 'case-tools-status' });
  return section('Urgence et preuves', 'case-tools',
    h('div', { class: 'tool-row' },
      h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'case-emergency', onclick: () => flagEmergency(f.id, status) }, 'Urgence (DSA art. 18)'),
      h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'case-evidence', onclick: () => exportEvidence(f.id, status) }, 'Exporter les preuves'),
      (t.messageId || t.sessionId) ? h('button', {
        type: 'button', class: 'btn btn-small', 'data-testid': 'case-hold',
        onclick: () => goToHolds(t.messageId ? 'messageId' : 'sessionId', t.messageId || t.sessionId),
      }, 'Conservation légale…') : null),
    status);
}

async function flagEmergency(caseId, status) {
  const reason = await ask('Signaler une urgence', 'Menace pour la vie ou la sécurité d’une personne : le dossier est conservé et ses preuves signées, les autorités doivent être prévenues.', 'Signaler l’urgence', 'Quelle menace ?');
  if (reason === null) return;
  if (!reason) { status.textContent = 'Indique la menace soupçonnée.'; return; }
  try {
    await call('POST', `/moderation/cases/${encodeURIComponent(caseId)}/emergency`, { reason });
    status.textContent = 'Urgence signalée : une conservation légale est placée. Exporte les preuves pour les autorités.';
    toast('Urgence signalée.', 'success');
  } catch (e) {
    if (e.status !== 401) status.textContent = errText(e);
  }
}

async function exportEvidence(caseId, status) {
  try {
    const bundle = await call('GET', `/moderation/cases/${encodeURIComponent(caseId)}/evidence`);
    download(`preuves-${caseId}.json`, JSON.stringify(bundle, null, 2), 'application/json');
    status.textContent = `Preuves exportées : ${(bundle.items || []).length} éléments, empreinte finale ${short(bundle.finalHash || '')}, signée (${bundle.signature ? bundle.signature.algorithm : '—'}).`;
  } catch (e) {
    if (e.status !== 401) status.textContent = errText(e);
  }
}

/* ---------------------------------------------------------------- decision */

function prepareForm(f) {
  const form = $('decision-form');
  form.reset();
  showError($('decision-error'), null);
  if (f.status !== 'open') { form.hidden = true; return; }
  const t = f.target || {};
  const m = f.message;
  const aboutMessage = Boolean(t.messageId);
  const aboutAuthor = Boolean(t.sessionId || (m && m.senderSessionId));
  $('message-choice').hidden = !aboutMessage;
  const current = m && m.verdict ? m.verdict.action : null;
  $('approve-label').hidden = !(current === 'hold' || current === 'block');
  $('author-choice').hidden = !aboutAuthor;
  form.dataset.kind = aboutMessage ? 'message' : aboutAuthor ? 'session' : 'room';
  form.hidden = false;
  onChoice();
}

const picked = (name) => {
  const el = document.querySelector(`#decision-form input[name=${name}]:checked`);
  return el ? el.value : null;
};

/** The actions the choices make, or a French reason why they make none yet. */
function chosenActions() {
  const form = $('decision-form');
  const msg = $('message-choice').hidden ? 'keep' : picked('message-action');
  const author = $('author-choice').hidden ? 'none' : picked('author-action');
  if (!msg) return { missing: 'Choisis ce que tu fais du message.' };
  if (!author) return { missing: 'Choisis ce que tu fais de son auteur (ou « Aucune sanction »).' };
  if (msg === 'approve-message' && author !== 'none') return { missing: 'Un message approuvé ne va pas avec une sanction de son auteur.' };
  const actions = [];
  if (msg !== 'keep') actions.push({ action: msg });
  if (author !== 'none') actions.push({ action: author });
  if (!actions.length) actions.push({ action: 'dismiss' });
  form.dataset.actions = actions.map((a) => a.action).join('+');
  return { actions };
}

function onChoice() {
  const author = picked('author-action');
  const timed = author === 'mute' || author === 'ban';
  $('duration-field').hidden = !timed;
  $('decision-duration').required = author === 'mute';
  const chosen = chosenActions();
  const d = Number($('decision-duration').value);
  $('decision-summary').textContent = chosen.missing ? chosen.missing
    : `Tu vas : ${chosen.actions.map((a) => takenText({ action: a.action, durationMinutes: timed && a.action === author && d > 0 ? d : null })).join(' + ')}.`;
}

async function onDecision(e) {
  e.preventDefault();
  if (!selected || !selected.id) return;
  const err = $('decision-error');
  showError(err, null);
  const chosen = chosenActions();
  if (chosen.missing) { showError(err, chosen.missing); return; }
  const actions = chosen.actions;
  const timed = actions.find((a) => a.action === 'mute' || a.action === 'ban');
  if (timed) {
    const raw = $('decision-duration').value.trim();
    const d = Number(raw);
    if (raw && (!Number.isInteger(d) || d < 1)) { showError(err, 'La durée est un nombre entier de minutes.'); $('decision-duration').focus(); return; }
    if (!raw && timed.action === 'mute') { showError(err, 'Indique la durée de la mise en silence, en minutes.'); $('decision-duration').focus(); return; }
    if (raw) timed.durationMinutes = d;
  }
  const reason = $('decision-reason').value.trim();
  const ground = $('decision-ground').value.trim();
  if (!reason) { showError(err, 'Indique le motif : il est communiqué à la personne concernée.'); $('decision-reason').focus(); return; }
  if (!ground) { showError(err, 'Indique le fondement (ex. terms:4.2).'); $('decision-ground').focus(); return; }
  const body = actions.length === 1 ? { ...actions[0], reason, ground } : { actions, reason, ground };
  const btn = $('decision-form').querySelector('[data-testid=decision-submit]');
  btn.disabled = true;
  let res;
  try {
    res = await call('POST', `/moderation/cases/${encodeURIComponent(selected.id)}/decisions`, body);
  } catch (ex) {
    if (ex.status !== 401) showError(err, ex);
    return;
  } finally {
    btn.disabled = false;
  }
  const taken = res.actions && res.actions.length ? res.actions : [{ action: actions[0].action, statement: res.statement }];
  const box = $('decision-result');
  box.replaceChildren(
    h('p', {}, `Décision enregistrée pour le dossier ${short(selected.id)} :`),
    h('ul', {}, taken.map((a) => h('li', { 'data-testid': 'decision-taken', 'data-action': a.action }, takenText(a), ' ',
      statementLink(a.statement, 'voir la déclaration des motifs', 'decision-statement')))));
  box.hidden = false; // a role=status region: no toast over the statement links
  $('decision-form').hidden = true;
  cases = cases.filter((c) => c.id !== selected.id);
  renderCases();
  loadCases(true);
}
