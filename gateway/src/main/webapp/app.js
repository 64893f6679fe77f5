/*
 * Causette – reference web client (vanilla ES modules, no build step, no inline script).
 * API: /api/v1 (docs: shared/api/PUBLIC-API.md). Stream: ws(s)://<host>/api/v1/stream?ticket=… (POST /stream-tickets)
 * Storage: localStorage causette.deviceToken; sessionStorage causette.token, causette.session,
 * causette.state (joined rooms, conversations, blocks, current sanction). Tokens are never logged.
 *
 * Stable data-testid attributes (for browser tests):
 *  Entry:    entry-screen, entry-form, nickname-input, age-input, gender-input (group),
 *            gender-none | gender-f | gender-m | gender-x, region-select, start-button,
 *            entry-error (data-code), entry-notice
 *  Top:      chat-screen, user-nickname, user-bracket, connection-status (data-state=connecting|open|waiting|offline|closed),
 *            quit-button, lang-switch (also on the entry screen), skip-link, requests-button (pending requests),
 *            offline-banner, offline-retry, sanction-banner (data-action), sanction-statement, sanction-dismiss,
 *            notices, report-outcome (data-outcome, data-report-id), report-outcome-statement, report-outcome-dismiss
 *  Rooms:    room-list (the groups), room-group (data-group=near|themes|places|private), room-item (data-room-id,
 *            data-joined), room-open, join-button, rooms-refresh
 *  Thread:   thread-title, thread-empty, thread-join-button, leave-button, room-report, load-more,
 *            message-list, message-item (data-message-id, data-client-message-id, data-own,
 *            data-status=sending|queued|sent|delivered|failed|blocked|held), message-author, message-text,
 *            message-status, message-report, message-retry, message-delete (own messages; a removed message
 *            leaves the list), moderation-notice (data-action=blocked|held|masked),
 *            moderation-why, presence-line (data-state=joined|left)
 *  Composer: composer, message-input, send-button, char-count, composer-hint
 *  Members:  member-list, member-item (data-session-id), member-menu-button, member-menu,
 *            member-action-dm, member-action-block, member-action-report
 *  Private:  conversation-requests (incoming pending requests, above the rooms), request-list,
 *            conversation-list, conversation-item (data-conversation-id, data-status), conversation-open,
 *            conversation-accept, conversation-decline, conversation-request, thread-conversation-accept,
 *            thread-conversation-decline, conversation-block, conversation-unblock, conversation-report,
 *            conversation-close; member-action-unblock in the member menu; blocked-people (the list of blocked
 *            people in the side panel), blocked-item (data-session-id), blocked-unblock
 *  Statement: statement-dialog, statement-view, statement-decision, appeal-form, appeal-reason, appeal-submit,
 *            appeal-error, appeal-status (data-status), statement-close (statement.html shows the same view)
 *  Dialogs:  report-dialog, report-target, report-category, report-comment, report-block, report-submit,
 *            report-cancel, report-error, confirm-dialog, confirm-ok, confirm-cancel, toasts, toast (data-kind)
 *  Staff console (moderation.html): see the comment at the top of moderation.js.
 */
import { request, ApiError, REQUEST_TIMEOUT_MS } from './api.js';
import { Stream } from './stream.js';
import { h, codePoints, uuid, toast, confirmDialog } from './ui.js';
import {
  t, errorText, fmtTime, fmtDateTime, currentLang, translatePage, wireLangSwitch,
} from './i18n.js';
import { regionGroups, regionName, isPlaceRoom, nearness } from './regions.js';
import { statementHref, showStatement } from './statement-view.js';

const MAX_LEN = 1000;
const timed = (method, path, o = {}) => request(method, path, { timeout: REQUEST_TIMEOUT_MS, ...o });
const HISTORY_PAGE = 50;
// A frame sent on an open stream gets its ack within this time, or the message goes over REST (which has its own
// timeout, api.js); past both, it waits as "queued" and is sent again when the connection comes back.
const ACK_TIMEOUT_MS = 6000;
const REPORT_CATEGORIES = ['child-safety', 'sexual', 'harassment', 'hate', 'threat', 'spam', 'personal-data',
  'illegal-other', 'other'];
const GENDERS = ['f', 'm', 'x'];
const K = {
  device: 'causette.deviceToken',
  token: 'causette.token',
  session: 'causette.session',
  state: 'causette.state',
};
const enc = encodeURIComponent;

const S = {
  token: null,
  me: null,              // {id, nickname, bracket, expiresAt}
  rooms: [],
  joined: new Set(),     // room ids
  convs: new Map(),      // id -> {id, peer:{sessionId,nickname}, status, incoming}
  threads: new Map(),    // 'r:<roomId>' | 'c:<conversationId>' -> thread
  active: null,          // thread key
  members: new Map(),    // roomId -> [{sessionId, nickname, gender, region}]
  pending: new Map(),    // clientMessageId -> local send record
  moderation: new Map(), // messageId -> moderation event
  blocked: new Set(),    // session ids
  blockedNames: {},      // session id -> nickname, for the list of blocked people
  outcomes: [],          // report events not dismissed yet
  sanction: null,
  stream: null,
  seq: 0,
};

/* ------------------------------------------------------------------ storage */

function sget(k, area = sessionStorage) { try { return area.getItem(k); } catch { return null; } }
function sset(k, v, area = sessionStorage) {
  try { if (v === null || v === undefined) area.removeItem(k); else area.setItem(k, v); } catch { /* private mode */ }
}

function saveState() {
  if (!S.token) return;
  sset(K.state, JSON.stringify({
    joined: [...S.joined],
    convs: [...S.convs.values()].map(({ id, peer, status, incoming }) => ({ id, peer, status, incoming })),
    blocked: [...S.blocked],
    blockedNames: S.blockedNames,
    sanction: S.sanction,
    active: S.active,
    outcomes: S.outcomes,
    // unsent messages survive a reload; the same clientMessageId never makes a second message
    pending: [...S.pending.values()].filter((r) => ['sending', 'queued', 'failed'].includes(r.status))
      .map(({ cmid, text, threadKey: key, kind, target, createdAt, id, status }) => ({
        cmid, text, threadKey: key, kind, target, createdAt, id, failed: status === 'failed',
      })),
  }));
}

function loadState() {
  let st = null;
  try { st = JSON.parse(sget(K.state) || 'null'); } catch { st = null; }
  if (!st || typeof st !== 'object') return;
  (st.joined || []).forEach((id) => S.joined.add(id));
  (st.convs || []).forEach((c) => c && c.id && S.convs.set(c.id, c));
  (st.blocked || []).forEach((id) => S.blocked.add(id));
  S.blockedNames = st.blockedNames && typeof st.blockedNames === 'object' ? st.blockedNames : {};
  S.sanction = st.sanction || null;
  S.active = st.active || null;
  S.outcomes = Array.isArray(st.outcomes) ? st.outcomes.filter((o) => o && o.id) : [];
  for (const p of Array.isArray(st.pending) ? st.pending : []) {
    if (!p || !p.cmid || !p.text || !p.threadKey) continue;
    const rec = { ...p, status: p.failed ? 'failed' : 'queued', error: null, timer: null };
    delete rec.failed;
    S.pending.set(rec.cmid, rec);
    const [k, ...rest] = rec.threadKey.split(':');
    const th = getThread(k === 'r' ? 'room' : 'conv', rest.join(':'));
    th.entries.push({ type: 'local', key: `l:${rec.cmid}`, rec, ts: rec.createdAt });
  }
}

/* ------------------------------------------------------------------ API */

async function call(method, path, body) {
  try {
    return await timed(method, path, { body, token: S.token });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && S.token) sessionLost(t('session.lost'));
    throw e;
  }
}

/* ------------------------------------------------------------------ elements */

const el = {};
function bindElements() {
  for (const id of [
    'entry-screen', 'entry-form', 'entry-error', 'entry-notice', 'nickname', 'age', 'region',
    'chat-screen', 'me-nickname', 'me-bracket', 'conn-status', 'quit-button', 'sanction-banner',
    'skip-link', 'requests-button', 'offline-banner', 'offline-retry', 'notices', 'requests-box', 'request-list',
    'statement-dialog', 'statement-view', 'statement-close', 'blocked-box', 'blocked-list',
    'main', 'room-groups', 'rooms-refresh', 'room-create', 'conversation-list', 'conv-empty',
    'thread-title', 'thread-topic', 'thread-actions', 'messages-wrap', 'load-more', 'message-list',
    'thread-empty', 'composer', 'message-input', 'send-button', 'char-count', 'composer-hint',
    'member-list', 'members-empty', 'members-title',
    'report-dialog', 'report-form', 'report-title', 'report-target', 'report-category', 'report-comment',
    'report-block', 'report-block-row', 'report-error', 'report-cancel', 'report-submit',
  ]) {
    el[id.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = document.getElementById(id);
  }
  el.startButton = el.entryForm.querySelector('[data-testid=start-button]');
}

/* ------------------------------------------------------------------ screens */

// The entry notice is kept as a key, so that it follows a change of language.
let entryNotice = null;
function showEntry(noticeKey = null) {
  el.chatScreen.hidden = true;
  el.entryScreen.hidden = false;
  entryNotice = noticeKey;
  el.entryNotice.textContent = noticeKey ? t(noticeKey) : '';
  el.entryNotice.hidden = !noticeKey;
  el.entryError.hidden = true;
  document.title = t('app.title');
  el.skipLink.setAttribute('href', '#nickname');
  el.skipLink.textContent = t('skip.content');
  el.nickname.focus();
}

function showChat() {
  el.entryScreen.hidden = true;
  el.chatScreen.hidden = false;
  el.meNickname.textContent = S.me.nickname;
  el.meBracket.textContent = S.me.bracket === 'teen' ? t('me.teen') : t('me.adult');
  el.meBracket.dataset.bracket = S.me.bracket || '';
  document.title = t('app.titleChat');
  el.skipLink.setAttribute('href', '#message-input');
  el.skipLink.textContent = t('skip.message');
}

function setView(view) {
  el.main.dataset.view = view;
  document.querySelectorAll('.tab').forEach((th) => {
    if (th.dataset.view === view) th.setAttribute('aria-current', 'true');
    else th.removeAttribute('aria-current');
  });
}

/* ------------------------------------------------------------------ entry */

let entryErr = null;
function showEntryError(e) {
  entryErr = e;
  el.entryError.replaceChildren(h('strong', {}, errorText(e)));
  el.entryError.dataset.code = e.code || '';
  el.entryError.hidden = false;
  const field = /nickname/.test(e.code) || /nickname/i.test(e.detail || '') ? el.nickname
    : /age/.test(e.code) || /\bage\b/i.test(e.detail || '') ? el.age : null;
  el.nickname.removeAttribute('aria-invalid');
  el.age.removeAttribute('aria-invalid');
  if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
}

let retryTimer = null;
function lockStart(seconds) {
  clearInterval(retryTimer);
  let left = seconds;
  const tick = () => {
    if (left <= 0) {
      clearInterval(retryTimer);
      el.startButton.disabled = false;
      el.startButton.textContent = t('entry.start');
      return;
    }
    el.startButton.disabled = true;
    el.startButton.textContent = t('entry.wait', { s: left });
    left -= 1;
  };
  tick();
  retryTimer = setInterval(tick, 1000);
}

async function onEntrySubmit(ev) {
  ev.preventDefault();
  el.entryError.hidden = true;
  el.entryNotice.hidden = true;
  const nickname = el.nickname.value.trim();
  const ageRaw = el.age.value.trim();
  if (!nickname) return showEntryError({ code: 'invalid-nickname' });
  const n = codePoints(nickname);
  if (n < 2 || n > 24) return showEntryError({ code: 'invalid-nickname' });
  if (ageRaw === '' || !/^\d{1,3}$/.test(ageRaw)) return showEntryError({ code: 'invalid-age' });
  const body = { nickname, age: Number(ageRaw) };
  const gender = el.entryForm.querySelector('input[name=gender]:checked')?.value;
  if (gender) body.gender = gender;
  if (el.region.value) body.region = el.region.value;

  const headers = {};
  const device = sget(K.device, localStorage);
  if (device) headers['Causette-Device'] = device;

  el.startButton.disabled = true;
  el.entryForm.setAttribute('aria-busy', 'true');
  let res;
  try {
    res = await timed('POST', '/sessions', { body, headers });
  } catch (e) {
    showEntryError(e);
    if (e.code === 'rate-limited' && e.retryAfter) lockStart(e.retryAfter);
    else el.startButton.disabled = false;
    return;
  } finally {
    el.entryForm.removeAttribute('aria-busy');
  }
  el.startButton.disabled = false;
  if (!res || !res.token || !res.session) {
    showEntryError({ code: 'server-answer' });
    return;
  }
  if (res.session.deviceToken) sset(K.device, res.session.deviceToken, localStorage);
  const { id, nickname: nick, bracket, expiresAt } = res.session;
  S.token = res.token;
  S.me = { id, nickname: nick, bracket, expiresAt, region: body.region || null };
  sset(K.token, S.token);
  sset(K.session, JSON.stringify(S.me));
  sset(K.state, null);
  el.entryForm.reset();
  enterChat();
}

/* ------------------------------------------------------------------ session lifecycle */

// Renew the session 10 minutes before it expires (POST /sessions/me/renewal: new token, new expiresAt, same session).
const RENEW_BEFORE_MS = 10 * 60 * 1000;
const RENEW_RETRY_MS = 60 * 1000;
let renewTimer = null;

function scheduleRenewal(delay) {
  clearTimeout(renewTimer);
  if (!S.token || !S.me || !S.me.expiresAt) return;
  const due = Date.parse(S.me.expiresAt) - Date.now() - RENEW_BEFORE_MS;
  renewTimer = setTimeout(renewSession, Math.min(2 ** 31 - 1, Math.max(0, delay ?? due)));
}

async function renewSession() {
  if (!S.token) return;
  try {
    const res = await timed('POST', '/sessions/me/renewal', { token: S.token });
    if (!res || !res.token || !res.session) throw new Error('unexpected answer');
    S.token = res.token;
    S.me = { ...S.me, expiresAt: res.session.expiresAt };
    sset(K.token, S.token);
    sset(K.session, JSON.stringify(S.me));
    scheduleRenewal();
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      sessionLost(t('session.lost'));
    } else {
      scheduleRenewal(RENEW_RETRY_MS);
    }
  }
}

function enterChat() {
  loadState();
  showChat();
  setView(S.active ? 'thread' : 'rooms');
  renderSanction();
  renderNotices();
  renderConvs();
  renderThreadAll();
  S.stream = new Stream({
    getToken: () => S.token,
    getTicket: async () => (await timed('POST', '/stream-tickets', { token: S.token })).ticket,
    onEvent: onStreamEvent,
    onState: onStreamState,
    checkAuth: async () => {
      try { await timed('GET', '/rooms', { token: S.token }); return 'ok'; } catch (e) {
        return e.status === 401 ? 'unauthorized' : 'unknown';
      }
    },
    onUnauthorized: () => sessionLost(t('session.lost')),
    onBanned: () => {
      if (!S.sanction || S.sanction.action !== 'ban') S.sanction = { action: 'ban', until: null, reason: '', statement: null };
      saveState();
      renderSanction();
      updateComposer();
    },
  });
  S.stream.start();
  scheduleRenewal();
  refreshRooms().then(() => {
    if (S.active) openThread(S.active, { focus: false });
  });
}

function teardown() {
  clearTimeout(renewTimer);
  if (S.stream) S.stream.stop();
  for (const rec of S.pending.values()) clearTimeout(rec.timer);
  clearTimeout(sanctionTimer);
  closeMenu();
  document.querySelectorAll('dialog[open]').forEach((d) => d.close());
  Object.assign(S, {
    token: null, me: null, rooms: [], active: null, sanction: null, stream: null,
  });
  for (const k of ['joined', 'convs', 'threads', 'members', 'pending', 'moderation', 'blocked']) S[k].clear();
  S.outcomes = [];
  S.blockedNames = {};
  el.blockedList.replaceChildren();
  el.notices.replaceChildren();
  el.offlineBanner.hidden = true;
  el.requestsButton.hidden = true;
  sset(K.token, null);
  sset(K.session, null);
  sset(K.state, null);
  el.roomGroups.replaceChildren();
  el.messageList.replaceChildren();
  el.memberList.replaceChildren();
  el.conversationList.replaceChildren();
  el.sanctionBanner.hidden = true;
  el.messageInput.value = '';
}

function sessionLost(notice) {
  if (!S.token) return;
  teardown();
  showEntry(notice);
}

async function quit() {
  const token = S.token;
  if (S.stream) S.stream.stop();
  try { await timed('DELETE', '/sessions/me', { token }); } catch { /* ending anyway */ }
  teardown();
  showEntry('session.bye');
}

/* ------------------------------------------------------------------ stream */

let connState = { state: 'connecting', info: {} };
function onStreamState(state, info = {}) {
  connState = { state, info };
  renderConnState();
  if (state === 'waiting' || state === 'offline') {
    // Frames sent on the lost stream may never be acknowledged: show them as waiting for the connection.
    for (const rec of S.pending.values()) {
      if (rec.status === 'sending' && !rec.rest) { clearTimeout(rec.timer); setStatus(rec, 'queued'); }
    }
    updateComposer();
  }
  if (state === 'open') {
    updateComposer();
    // Resend what was never acknowledged (same clientMessageId: the server never delivers twice).
    for (const rec of S.pending.values()) if (rec.status === 'sending' || rec.status === 'queued') dispatch(rec);
    if (info.reconnected || !S.rooms.length) {
      refreshRooms();
      for (const th of S.threads.values()) {
        if (th.key === S.active && th.loaded) loadHistory(th);
        else th.loaded = false;
      }
      const th = activeThread();
      if (th && th.kind === 'room' && S.joined.has(th.id)) loadMembers(th.id);
    }
  }
}

function renderConnState() {
  const { state, info } = connState;
  const labels = {
    connecting: t('conn.connecting'),
    open: t('conn.open'),
    waiting: t('conn.waiting', { s: Math.ceil((info.delay || 0) / 1000) }),
    offline: t('conn.offline'),
    closed: t('conn.closed'),
  };
  el.connStatus.dataset.state = state;
  el.connStatus.textContent = labels[state] || state;
  if (state === 'open' || state === 'closed') el.offlineBanner.hidden = true;
  else if (state === 'waiting' || state === 'offline') el.offlineBanner.hidden = false;
}

const isOffline = () => !el.offlineBanner.hidden;

function onStreamEvent(ev) {
  switch (ev.type) {
    case 'ack': return onAck(ev);
    case 'message': return onMessage(ev);
    case 'presence': return onPresence(ev);
    case 'conversation': return onConversation(ev);
    case 'moderation': return onModeration(ev);
    case 'sanction': return onSanction(ev);
    case 'error': return onStreamError(ev);
    case 'invitation': return onInvitation(ev);
    case 'removed': return onRemoved(ev);
    case 'restored': return onRestored(ev);
    case 'report': return onReportOutcome(ev);
    default: return undefined;
  }
}

function onInvitation(ev) {
  if (!ev.room || !ev.from) return;
  note(t('invitation', { name: ev.from.nickname, room: ev.room.name }), 'info', 8000);
  refreshRooms();
}

function threadOf(ev) {
  if (ev.room) return getThread('room', ev.room);
  return ev.conversation ? getThread('conv', ev.conversation) : null;
}

function onRemoved(ev) {
  const th = threadOf(ev);
  if (!th || !ev.messageId) return;
  th.ids.add(ev.messageId); // a copy still on its way is not shown either
  const i = th.entries.findIndex((e) => (e.type === 'message' && e.msg.id === ev.messageId)
    || (e.type === 'local' && e.rec.id === ev.messageId));
  if (i < 0) return;
  const [entry] = th.entries.splice(i, 1);
  if (entry.type === 'local') { clearTimeout(entry.rec.timer); S.pending.delete(entry.rec.cmid); }
  if (S.active === th.key) entryEl(entry.key)?.remove();
  const own = entry.type === 'local' || (entry.msg.from && entry.msg.from.sessionId === S.me.id);
  if (own && ev.by === 'moderation') note(t('removed.byModeration'), 'info', 8000);
}

function onRestored(ev) {
  const th = threadOf(ev);
  if (!th || !ev.messageId) return;
  th.ids.delete(ev.messageId);
  if (th.loaded) loadHistory(th);
}

async function deleteMessage(id) {
  if (!(await confirmDialog(t('delete.title'), t('delete.text'), t('delete')))) return;
  try {
    await call('DELETE', `/messages/${enc(id)}`);
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
  }
}

function onAck(ev) {
  const rec = S.pending.get(ev.clientMessageId);
  if (rec) markSent(rec, ev.id);
}

function onStreamError(ev) {
  const rec = ev.clientMessageId ? S.pending.get(ev.clientMessageId) : null;
  if (rec) markFailed(rec, ev);
  if (ev.code === 'rate-limited') note(t('rate.messages'), 'error');
  else if (!rec) note(errorText(ev), 'error');
  if (ev.code === 'unauthenticated') sessionLost(t('session.lost'));
}

/* ------------------------------------------------------------------ threads */

function threadKey(kind, id) { return `${kind === 'room' ? 'r' : 'c'}:${id}`; }
function getThread(kind, id) {
  const key = threadKey(kind, id);
  let th = S.threads.get(key);
  if (!th) {
    th = { key, kind, id, entries: [], ids: new Set(), loaded: false, loading: false, hasMore: false, unread: 0 };
    S.threads.set(key, th);
  }
  return th;
}
function activeThread() {
  if (!S.active) return null;
  const [k, ...rest] = S.active.split(':');
  return getThread(k === 'r' ? 'room' : 'conv', rest.join(':'));
}
const msgTs = (m) => { const th = Date.parse(m.sentAt); return Number.isNaN(th) ? Date.now() : th; };

function isNearBottom() {
  const w = el.messagesWrap;
  return w.scrollHeight - w.scrollTop - w.clientHeight < 120;
}
function scrollToBottom() { el.messagesWrap.scrollTop = el.messagesWrap.scrollHeight; }

function visible(entry) {
  if (entry.type === 'message') return !(entry.msg.from && S.blocked.has(entry.msg.from.sessionId));
  if (entry.type === 'presence') return !S.blocked.has(entry.ev.sessionId);
  return true;
}

function entryEl(key) {
  return el.messageList.querySelector(`[data-entry-key="${CSS.escape(key)}"]`);
}

function addEntry(th, entry) {
  th.entries.push(entry);
  if (S.active === th.key && !el.chatScreen.hidden) {
    if (!visible(entry)) return;
    const near = isNearBottom();
    el.messageList.append(renderEntry(entry));
    el.threadEmpty.hidden = true;
    if (near || entry.type === 'local') scrollToBottom();
  } else if (entry.type === 'message' && visible(entry)) {
    th.unread += 1;
    renderUnread();
  }
}

function replaceEntry(th, oldKey, entry) {
  const i = th.entries.findIndex((e) => e.key === oldKey);
  if (i < 0) { addEntry(th, entry); return; }
  th.entries[i] = entry;
  if (S.active === th.key) {
    const node = entryEl(oldKey);
    const near = isNearBottom();
    if (node) node.replaceWith(renderEntry(entry));
    if (near) scrollToBottom();
  }
}

function refreshEntry(th, key) {
  if (S.active !== th.key) return;
  const e = th.entries.find((x) => x.key === key);
  const node = entryEl(key);
  if (!e || !node) return;
  const near = isNearBottom();
  node.replaceWith(renderEntry(e));
  if (near) scrollToBottom();
}

/** Merges messages (any order) into the thread; returns true when something changed. */
function mergeMessages(th, msgs) {
  let changed = false;
  const sorted = msgs.filter((m) => m && m.id).sort((a, b) => msgTs(a) - msgTs(b));
  for (const m of sorted) {
    if (th.ids.has(m.id)) continue;
    th.ids.add(m.id);
    const entry = { type: 'message', key: `m:${m.id}`, msg: m, ts: msgTs(m) };
    const li = th.entries.findIndex((e) => e.type === 'local' && e.rec.id === m.id);
    if (li >= 0) {
      const rec = th.entries[li].rec;
      clearTimeout(rec.timer);
      S.pending.delete(rec.cmid);
      th.entries[li] = entry;
    } else {
      // Before the first newer line (message or presence); never after unsent local ones.
      let idx = th.entries.findIndex((e) => e.type !== 'local' && e.ts > entry.ts);
      if (idx < 0) idx = th.entries.findIndex((e) => e.type === 'local');
      if (idx < 0) idx = th.entries.length;
      th.entries.splice(idx, 0, entry);
    }
    changed = true;
  }
  return changed;
}

async function loadHistory(th, older = false) {
  if (th.loading) return;
  if (th.kind !== 'room' && !['accepted', 'closed'].includes(S.convs.get(th.id)?.status)) {
    th.loaded = true; // nothing was said yet
    return;
  }
  th.loading = true;
  updateLoadMore();
  const q = new URLSearchParams({ limit: String(HISTORY_PAGE) });
  if (older) {
    const oldest = th.entries.find((e) => e.type === 'message');
    if (oldest) q.set('before', oldest.msg.id);
  }
  try {
    const base = th.kind === 'room' ? `/rooms/${enc(th.id)}` : `/conversations/${enc(th.id)}`;
    const list = await call('GET', `${base}/messages?${q}`);
    const arr = Array.isArray(list) ? list : [];
    if (older || !th.loaded) th.hasMore = arr.length >= HISTORY_PAGE;
    th.loaded = true;
    const changed = mergeMessages(th, arr);
    if (S.active === th.key && changed) renderMessages({ keepScroll: older });
  } catch (e) {
    if (e.code === 'not-a-member' && th.kind === 'room') markLeft(th.id);
    else if (e.status !== 401 && e.status !== 0) note(errorText(e), 'error');
  } finally {
    th.loading = false;
    updateLoadMore();
  }
}

function updateLoadMore() {
  const th = activeThread();
  const show = !!th && (th.kind !== 'room' || S.joined.has(th.id)) && th.loaded && th.hasMore;
  el.loadMore.hidden = !show;
  el.loadMore.disabled = !!th && th.loading;
  el.loadMore.textContent = th && th.loading ? t('loading') : t('loadMore');
}

/* ------------------------------------------------------------------ rendering: messages */


function renderEntry(entry) {
  if (entry.type === 'presence') {
    return h('li', {
      class: 'presence', 'data-testid': 'presence-line', 'data-entry-key': entry.key, 'data-state': entry.ev.state,
    }, presenceText(entry.ev));
  }
  return messageEl(entry);
}

function messageEl(entry) {
  const local = entry.type === 'local';
  const rec = local ? entry.rec : null;
  const msg = local ? null : entry.msg;
  const id = local ? rec.id : msg.id;
  const from = local ? { sessionId: S.me.id, nickname: S.me.nickname } : (msg.from || {});
  const own = from.sessionId === S.me.id;
  const mod = id ? S.moderation.get(id) : null;
  let status = local ? rec.status : 'delivered';
  if (local && mod && (mod.action === 'blocked' || mod.action === 'held')) status = mod.action;
  const sentAt = local ? new Date(rec.createdAt).toISOString() : msg.sentAt;

  const li = h('li', {
    class: `msg${own ? ' msg-own' : ''} msg-${status}`,
    'data-testid': 'message-item',
    'data-entry-key': entry.key,
    'data-message-id': id || null,
    'data-client-message-id': local ? rec.cmid : (msg.clientMessageId || null),
    'data-status': status,
    'data-own': own ? 'true' : 'false',
  });
  const head = h('div', { class: 'msg-head' },
    h('span', { class: 'msg-author', 'data-testid': 'message-author' }, own ? t('you', { name: from.nickname }) : (from.nickname || '?')),
    sentAt ? h('time', { class: 'msg-time', datetime: sentAt }, fmtTime(sentAt)) : null);
  const text = h('p', { class: 'msg-text', 'data-testid': 'message-text' }, local ? rec.text : (msg.text ?? ''));
  li.append(head, text);

  const foot = h('div', { class: 'msg-foot' });
  if (local) {
    foot.append(h('span', { class: 'msg-status', 'data-testid': 'message-status', 'data-status': status },
      t(`status.${status}`)));
    if (status === 'failed' || status === 'queued') {
      if (rec.error) foot.append(h('span', { class: 'msg-error' }, errorText(rec.error)));
      foot.append(h('button', {
        type: 'button', class: 'btn btn-link', 'data-testid': 'message-retry', onclick: () => retry(rec),
      }, t('retry')));
    }
  }
  if (own && id && ['delivered', 'sent', 'held'].includes(status)) {
    foot.append(h('button', {
      type: 'button', class: 'btn btn-link msg-delete', 'data-testid': 'message-delete',
      'aria-label': t('delete.aria'), onclick: () => deleteMessage(id),
    }, t('delete')));
  }
  if (!own && id) {
    const name = from.nickname || '?';
    foot.append(h('button', {
      type: 'button', class: 'btn btn-link msg-report', 'data-testid': 'message-report',
      'aria-label': t('report.messageAria', { name }),
      onclick: () => openReport({
        target: { messageId: id },
        title: () => t('report.messageTitle'),
        description: () => t('report.messageDesc', { name, text: truncate(msg.text || '', 140) }),
        person: from.sessionId ? from : null,
      }),
    }, t('report')));
  }
  if (foot.childNodes.length) li.append(foot);
  // A held message that is later delivered was approved: no notice any more.
  if (mod && !(mod.action === 'held' && !local)) li.append(moderationNotice(mod));
  return li;
}

function moderationNotice(mod) {
  const text = ['blocked', 'held', 'masked'].includes(mod.action) ? t(`mod.${mod.action}`) : t('mod.other');
  const box = h('div', {
    class: `mod-notice mod-${mod.action}`, 'data-testid': 'moderation-notice', 'data-action': mod.action || '',
  }, h('span', {}, text));
  if (mod.reason) box.append(' ', h('span', { class: 'mod-reason' }, t('mod.reason', { reason: mod.reason })));
  const link = statementLink(mod.statement, t('why'), 'moderation-why');
  if (link) box.append(' ', link);
  return box;
}

/** A link to the readable statement page (on this page's origin), opened in a dialog with its appeal form. */
function statementLink(url, label, testid, { appeal = true } = {}) {
  const href = statementHref(url);
  if (!href) return null;
  return h('a', {
    href, 'data-testid': testid,
    onclick: (e) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return; // a new tab gets the page itself
      e.preventDefault();
      openStatement(url, e.currentTarget, appeal);
    },
  }, label);
}

let statementOpener = null;
function openStatement(url, opener, appeal) {
  statementOpener = opener || null;
  showStatement(el.statementView, url, { getToken: () => S.token, appeal });
  el.statementDialog.showModal();
}

const truncate = (s, n) => { const cp = [...s]; return cp.length > n ? `${cp.slice(0, n).join('')}…` : s; };

function renderMessages({ keepScroll = false } = {}) {
  const th = activeThread();
  const list = el.messageList;
  const wrap = el.messagesWrap;
  const prevHeight = wrap.scrollHeight;
  const prevTop = wrap.scrollTop;
  list.setAttribute('aria-busy', 'true');
  const showMessages = th && (th.kind === 'conv' || S.joined.has(th.id) || th.entries.length);
  list.replaceChildren(...(showMessages ? th.entries.filter(visible).map(renderEntry) : []));
  el.threadEmpty.hidden = list.childElementCount > 0;
  el.threadEmpty.replaceChildren(...emptyContent(th));
  if (keepScroll) wrap.scrollTop = prevTop + (wrap.scrollHeight - prevHeight);
  else scrollToBottom();
  setTimeout(() => list.removeAttribute('aria-busy'), 60);
  updateLoadMore();
}

function emptyContent(th) {
  if (!th) return [h('p', {}, t('thread.choose'))];
  if (th.kind === 'room' && !S.joined.has(th.id)) {
    return [h('p', {}, t('thread.joinToRead')),
      h('button', {
        type: 'button', class: 'btn btn-primary', 'data-testid': 'thread-join-button', onclick: () => joinRoom(th.id),
      }, t('thread.join'))];
  }
  if (th.kind === 'room') return [h('p', {}, th.loaded ? t('thread.noMessages') : t('loading'))];
  const c = S.convs.get(th.id);
  if (c && c.status === 'pending' && c.incoming) return [conversationRequest(c)];
  if (c && c.status === 'pending') return [h('p', {}, t('conv.requestSentTo', { name: c.peer?.nickname || '?' }))];
  return [h('p', {}, t('conv.sayHello'))];
}

function conversationRequest(c) {
  return h('div', { class: 'conv-request', 'data-testid': 'conversation-request' },
    h('p', {}, t('conv.wants', { name: c.peer?.nickname || t('someone') })),
    h('div', { class: 'row' },
      h('button', {
        type: 'button', class: 'btn btn-primary', 'data-testid': 'thread-conversation-accept', onclick: () => acceptConv(c),
      }, t('conv.accept')),
      h('button', {
        type: 'button', class: 'btn btn-ghost', 'data-testid': 'thread-conversation-decline', onclick: () => declineConv(c),
      }, t('conv.decline'))));
}

/* ------------------------------------------------------------------ rendering: thread header, members, lists */

const note = (text, kind = 'info', ms = 5000) => toast(text, kind, ms, t('close'));

function renderThreadAll() {
  renderThreadHead();
  renderMessages();
  renderMembers();
  renderRooms();
  renderConvs();
  updateComposer();
}

function renderThreadHead() {
  const th = activeThread();
  el.threadActions.replaceChildren();
  el.threadTopic.textContent = '';
  if (!th) { el.threadTitle.textContent = t('thread.welcome'); return; }
  if (th.kind === 'room') {
    const r = S.rooms.find((x) => x.id === th.id);
    el.threadTitle.textContent = r ? `# ${r.name}` : t('room.generic');
    el.threadTopic.textContent = r?.topic || '';
    if (S.joined.has(th.id)) {
      el.threadActions.append(
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'room-report',
          onclick: () => openReport({
            target: { roomId: th.id }, title: () => t('report.roomTitle'),
            description: () => (r ? t('report.roomDesc', { name: r.name }) : ''),
          }),
        }, t('report')),
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'leave-button', onclick: () => leaveRoom(th.id),
        }, t('room.leave')));
    }
  } else {
    const c = S.convs.get(th.id);
    const peer = c?.peer || {};
    el.threadTitle.textContent = t('conv.with', { name: peer.nickname || '?' });
    el.threadTopic.textContent = convStatusText(c);
    if (peer.sessionId) {
      const blocked = S.blocked.has(peer.sessionId);
      el.threadActions.append(
        blocked
          ? h('button', {
            type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-unblock',
            onclick: () => unblockSession(peer),
          }, t('unblock'))
          : h('button', {
            type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-block',
            onclick: () => blockSession(peer),
          }, t('block')),
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-report',
          onclick: () => openReport({
            target: { sessionId: peer.sessionId }, title: () => t('report.personTitle', { name: peer.nickname }),
            description: () => t('report.convDesc'), person: peer,
          }),
        }, t('report')));
    }
    if (c) {
      el.threadActions.append(h('button', {
        type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-close',
        onclick: () => declineConv(c, true),
      }, t('conv.close')));
    }
  }
}

function convStatusText(c) {
  if (!c) return '';
  if (c.status === 'accepted') return t('conv.status.accepted');
  if (c.status === 'pending') return c.incoming ? t('conv.status.incoming') : t('conv.status.outgoing');
  return t('conv.status.closed');
}

/**
 * Rooms in groups: the ones near the chatter's region first (when it gave one), then themes, then places, then
 * private rooms; within a group by nearness, then by name.
 */
function roomGroups() {
  const region = S.me?.region || null;
  const groups = { near: [], themes: [], places: [], private: [] };
  for (const r of S.rooms) {
    if (r.kind === 'private') groups.private.push(r);
    else if (nearness(r.id, region) > 0) groups.near.push(r);
    else if (isPlaceRoom(r.id)) groups.places.push(r);
    else groups.themes.push(r);
  }
  const byName = (a, b) => String(a.name).localeCompare(String(b.name), currentLang(), { sensitivity: 'base' });
  groups.near.sort((a, b) => nearness(b.id, region) - nearness(a.id, region) || byName(a, b));
  for (const k of ['themes', 'places', 'private']) groups[k].sort(byName);
  return Object.entries(groups).filter(([, list]) => list.length);
}

function renderRooms() {
  const groups = roomGroups();
  el.roomGroups.replaceChildren(...groups.map(([name, rooms]) => h('section', {
    class: 'room-group', 'data-testid': 'room-group', 'data-group': name, 'aria-labelledby': `room-group-${name}`,
  },
  h('h3', { id: `room-group-${name}`, class: 'room-group-title' }, t(`group.${name}`)),
  h('ul', { class: 'room-list' }, ...rooms.map(roomItem)))));
  if (!S.rooms.length) el.roomGroups.append(h('p', { class: 'empty small' }, t('rooms.none')));
}

function roomItem(r) {
  const key = threadKey('room', r.id);
  const joined = S.joined.has(r.id);
  const th = S.threads.get(key);
  const full = typeof r.capacity === 'number' && r.members >= r.capacity;
  const count = typeof r.members === 'number'
    ? h('span', { class: 'room-count', 'aria-label': t('room.membersAria', { n: r.members, cap: r.capacity ?? '?' }) },
      `${r.members}/${r.capacity ?? '?'}`)
    : null;
  return h('li', {
    class: `room-item${S.active === key ? ' is-active' : ''}${joined ? ' is-joined' : ''}`,
    'data-testid': 'room-item', 'data-room-id': r.id, 'data-joined': joined ? 'true' : 'false',
  },
  h('button', {
    type: 'button', class: 'room-open', 'data-testid': 'room-open',
    'aria-current': S.active === key ? 'true' : null,
    onclick: () => openThread(key),
  },
  h('span', { class: 'room-line' },
    h('span', { class: 'room-name' }, r.name),
    r.kind === 'private' ? h('span', { class: 'badge' }, t('badge.private')) : null,
    joined ? h('span', { class: 'badge badge-ok' }, t('badge.member')) : null,
    th && th.unread ? h('span', { class: 'unread', 'aria-label': t('unread.aria', { n: th.unread }) }, String(th.unread)) : null,
    count),
  r.topic ? h('span', { class: 'room-topic' }, r.topic) : null),
  joined
    ? null
    : h('button', {
      type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'join-button', disabled: full,
      'aria-label': t('room.joinAria', { name: r.name }), onclick: () => joinRoom(r.id),
    }, full ? t('room.full') : t('room.join')));
}

const incomingRequests = () => [...S.convs.values()].filter((c) => c.status === 'pending' && c.incoming);

function renderBlocked() {
  const ids = [...S.blocked];
  el.blockedBox.hidden = ids.length === 0;
  el.blockedList.replaceChildren(...ids.map((id) => {
    const name = S.blockedNames[id] || '?';
    return h('li', { class: 'conv-item', 'data-testid': 'blocked-item', 'data-session-id': id },
      h('span', { class: 'room-name' }, name),
      h('button', {
        type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'blocked-unblock',
        'aria-label': t('unblock.aria', { name }), onclick: () => unblockSession({ sessionId: id, nickname: name }),
      }, t('unblock')));
  }));
}

function renderConvs() {
  renderBlocked();
  const requests = incomingRequests();
  const convs = [...S.convs.values()].filter((c) => !(c.status === 'pending' && c.incoming));
  el.convEmpty.hidden = convs.length > 0;
  el.conversationList.replaceChildren(...convs.map((c) => convItem(c)));
  el.requestsBox.hidden = requests.length === 0;
  el.requestList.replaceChildren(...requests.map((c) => convItem(c)));
  el.requestsButton.hidden = requests.length === 0;
  el.requestsButton.textContent = t('requests.button', { n: requests.length }); // its visible text is its name
  const dot = document.querySelector('[data-dot=rooms]');
  if (dot) dot.hidden = !(requests.length || [...S.threads.values()].some((th) => th.unread > 0));
}

function convItem(c) {
  const key = threadKey('conv', c.id);
  const th = S.threads.get(key);
  const name = c.peer?.nickname || '?';
  const li = h('li', {
    class: `conv-item${S.active === key ? ' is-active' : ''}`,
    'data-testid': 'conversation-item', 'data-conversation-id': c.id, 'data-status': c.status,
  },
  h('button', {
    type: 'button', class: 'room-open', 'data-testid': 'conversation-open',
    'aria-current': S.active === key ? 'true' : null, onclick: () => openThread(key),
  },
  h('span', { class: 'room-line' },
    h('span', { class: 'room-name' }, name),
    c.peer && S.blocked.has(c.peer.sessionId) ? h('span', { class: 'badge' }, t('blocked.badge')) : null,
    th && th.unread ? h('span', { class: 'unread', 'aria-label': t('unread.aria', { n: th.unread }) }, String(th.unread)) : null),
  h('span', { class: 'room-topic' }, convStatusText(c))));
  if (c.status === 'pending' && c.incoming) {
    li.append(h('span', { class: 'row' },
      h('button', {
        type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'conversation-accept',
        'aria-label': t('conv.acceptAria', { name }), onclick: () => acceptConv(c),
      }, t('conv.accept')),
      h('button', {
        type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'conversation-decline',
        'aria-label': t('conv.declineAria', { name }), onclick: () => declineConv(c),
      }, t('conv.decline'))));
  }
  return li;
}

function showRequests() {
  setView('rooms');
  el.requestsBox.scrollIntoView({ block: 'start' });
  el.requestsBox.focus({ preventScroll: true });
}

function renderUnread() {
  renderRooms();
  renderConvs();
}

function memberMeta(m) {
  return [GENDERS.includes(m.gender) ? t(`gender.${m.gender}`) : null,
    m.region ? (regionName(m.region, currentLang()) || m.region) : null].filter(Boolean).join(' · ');
}

function renderMembers() {
  const th = activeThread();
  let members = [];
  if (th && th.kind === 'room' && S.joined.has(th.id)) {
    members = [...(S.members.get(th.id) || [])];
    el.membersTitle.textContent = t('members.titleN', { n: members.length });
    el.membersEmpty.textContent = t('members.nobody');
  } else if (th && th.kind === 'conv') {
    const c = S.convs.get(th.id);
    if (c?.peer) members = [c.peer, { sessionId: S.me.id, nickname: S.me.nickname }];
    el.membersTitle.textContent = t('members.conversation');
  } else {
    el.membersTitle.textContent = t('members.title');
    el.membersEmpty.textContent = t('members.joinFirst');
  }
  members.sort((a, b) => (a.sessionId === S.me.id ? -1 : b.sessionId === S.me.id ? 1
    : String(a.nickname).localeCompare(String(b.nickname), currentLang(), { sensitivity: 'base' })));
  el.membersEmpty.hidden = members.length > 0;
  el.memberList.replaceChildren(...members.map((m) => {
    const me = m.sessionId === S.me.id;
    const blocked = S.blocked.has(m.sessionId);
    const li = h('li', {
      class: `member${me ? ' is-me' : ''}${blocked ? ' is-blocked' : ''}`,
      'data-testid': 'member-item', 'data-session-id': m.sessionId,
    },
    h('span', { class: 'avatar', 'aria-hidden': 'true' }, [...(m.nickname || '?')][0].toUpperCase()),
    h('span', { class: 'member-info' },
      h('span', { class: 'member-nick' }, me ? t('you', { name: m.nickname }) : m.nickname,
        blocked ? h('span', { class: 'badge' }, t('blocked.badge')) : null),
      memberMeta(m) ? h('span', { class: 'member-meta' }, memberMeta(m)) : null));
    if (!me) {
      li.append(h('button', {
        type: 'button', class: 'btn btn-icon member-menu-button', 'data-testid': 'member-menu-button',
        'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': t('member.actions', { name: m.nickname }),
        onclick: (e) => toggleMemberMenu(e.currentTarget, m),
      }, '⋯'));
    }
    return li;
  }));
}

/* ------------------------------------------------------------------ member menu */

let openMenu = null;
function closeMenu(focusButton = false) {
  if (!openMenu) return;
  const { menu, button } = openMenu;
  openMenu = null;
  menu.remove();
  button.setAttribute('aria-expanded', 'false');
  document.removeEventListener('pointerdown', onOutsidePointer, true);
  if (focusButton) button.focus();
}
function onOutsidePointer(e) {
  if (openMenu && !openMenu.menu.contains(e.target) && e.target !== openMenu.button) closeMenu();
}

function toggleMemberMenu(button, m) {
  if (openMenu && openMenu.button === button) { closeMenu(); return; }
  closeMenu();
  const th = activeThread();
  const blocked = S.blocked.has(m.sessionId);
  const items = [];
  if (!(th && th.kind === 'conv') && !blocked) items.push(['member-action-dm', t('menu.dm'), () => startConversation(m)]);
  for (const r of ownedPrivateRooms()) {
    items.push(['member-action-invite', t('menu.invite', { room: r.name }), () => inviteInto(r, m)]);
  }
  items.push(
    blocked
      ? ['member-action-unblock', t('unblock'), () => unblockSession(m)]
      : ['member-action-block', t('block'), () => blockSession(m)],
    ['member-action-report', t('report'), () => openReport({
      target: { sessionId: m.sessionId }, title: () => t('report.personTitle', { name: m.nickname }),
      description: () => t('report.personDesc'), person: m,
    })],
  );
  const menu = h('div', {
    class: 'menu', role: 'menu', 'aria-label': t('member.actions', { name: m.nickname }), 'data-testid': 'member-menu',
  }, ...items.map(([tid, label, fn]) => h('button', {
    type: 'button', role: 'menuitem', class: 'menu-item', 'data-testid': tid, tabindex: '-1',
    onclick: () => { closeMenu(); fn(); },
  }, label)));
  menu.addEventListener('keydown', (e) => {
    const btns = [...menu.querySelectorAll('button:not([disabled])')];
    const i = btns.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); btns[(i + 1) % btns.length]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); btns[(i - 1 + btns.length) % btns.length]?.focus(); }
    else if (e.key === 'Home') { e.preventDefault(); btns[0]?.focus(); }
    else if (e.key === 'End') { e.preventDefault(); btns[btns.length - 1]?.focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); closeMenu(true); }
    else if (e.key === 'Tab') closeMenu();
  });
  button.after(menu);
  button.setAttribute('aria-expanded', 'true');
  openMenu = { menu, button };
  document.addEventListener('pointerdown', onOutsidePointer, true);
  menu.querySelector('button:not([disabled])')?.focus();
}

/* ------------------------------------------------------------------ rooms */

async function refreshRooms() {
  try {
    const list = await call('GET', '/rooms');
    S.rooms = Array.isArray(list) ? list : [];
  } catch (e) {
    if (e.status !== 401 && e.status !== 0) note(errorText(e), 'error');
    return;
  }
  // Forget joined rooms that no longer exist.
  for (const id of [...S.joined]) if (!S.rooms.some((r) => r.id === id)) S.joined.delete(id);
  renderRooms();
  renderThreadHead();
}

let roomsRefreshTimer = null;
function refreshRoomsSoon() {
  clearTimeout(roomsRefreshTimer);
  roomsRefreshTimer = setTimeout(refreshRooms, 1500);
}

function openThread(key, { focus = true } = {}) {
  closeMenu();
  S.active = key;
  const th = activeThread();
  th.unread = 0;
  saveState();
  renderThreadAll();
  renderUnread();
  if (th.kind === 'room' && S.joined.has(th.id)) {
    if (!th.loaded) loadHistory(th);
    loadMembers(th.id);
  } else if (th.kind === 'conv' && !th.loaded) loadHistory(th);
  setView('thread'); // on narrow screens, show the conversation
  if (focus && !el.messageInput.disabled) el.messageInput.focus({ preventScroll: true });
}

async function joinRoom(roomId) {
  try {
    await call('PUT', `/rooms/${enc(roomId)}/members/me`);
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  S.joined.add(roomId);
  const th = getThread('room', roomId);
  th.loaded = false;
  openThread(th.key);
  refreshRoomsSoon();
}

function markLeft(roomId) {
  S.joined.delete(roomId);
  S.members.delete(roomId);
  const th = getThread('room', roomId);
  th.entries = th.entries.filter((e) => e.type === 'local' && S.pending.has(e.rec.cmid));
  th.ids.clear();
  th.loaded = false;
  th.hasMore = false;
  th.unread = 0;
  saveState();
  if (S.active === th.key) renderThreadAll(); else renderRooms();
}

async function leaveRoom(roomId) {
  try {
    await call('DELETE', `/rooms/${enc(roomId)}/members/me`);
  } catch (e) {
    if (e.status === 401) return;
    if (e.code !== 'not-a-member' && e.status !== 404) { note(errorText(e), 'error'); return; }
  }
  for (const rec of [...S.pending.values()]) if (rec.kind === 'room' && rec.target === roomId) dropLocal(rec);
  markLeft(roomId);
  note(t('room.left'), 'info');
  refreshRoomsSoon();
}

async function loadMembers(roomId) {
  try {
    const arr = await call('GET', `/rooms/${enc(roomId)}/members`);
    S.members.set(roomId, Array.isArray(arr) ? arr : []);
    const th = activeThread();
    if (th && th.kind === 'room' && th.id === roomId) renderMembers();
  } catch (e) {
    if (e.code === 'not-a-member') markLeft(roomId);
  }
}

let membersTimer = null;
function onPresence(ev) {
  if (!ev.room) return;
  const th = getThread('room', ev.room);
  const isMe = S.me && ev.sessionId === S.me.id;
  const joined = ev.state === 'joined';
  const list = S.members.get(ev.room);
  if (list) {
    const i = list.findIndex((m) => m.sessionId === ev.sessionId);
    if (joined && i < 0) list.push({ sessionId: ev.sessionId, nickname: ev.nickname });
    if (!joined && i >= 0) list.splice(i, 1);
  }
  if (S.joined.has(ev.room) || S.active === th.key || (isMe && joined)) {
    addEntry(th, { type: 'presence', key: `p:${++S.seq}`, ev, ts: Date.now() });
  }
  const a = activeThread();
  if (a && a.kind === 'room' && a.id === ev.room) {
    renderMembers();
    clearTimeout(membersTimer);
    membersTimer = setTimeout(() => S.joined.has(ev.room) && loadMembers(ev.room), 2000);
  }
  refreshRoomsSoon();
}

function presenceText(ev) {
  const joined = ev.state === 'joined';
  if (S.me && ev.sessionId === S.me.id) return joined ? t('presence.youJoined') : t('presence.youLeft');
  return t(joined ? 'presence.joined' : 'presence.left', { name: ev.nickname || t('someone') });
}

/* ------------------------------------------------------------------ messages: send and receive */

// A local message's status: sending (on its way), queued (no connection: kept, sent again when it is back),
// failed (refused: shown with the reason and a retry button), sent (acknowledged), blocked or held (moderation).
// It stays in S.pending (and in sessionStorage) until its delivered copy replaces it or it is refused.

function setStatus(rec, status, error = null) {
  rec.status = status;
  rec.error = error;
  refreshLocal(rec);
}

function dispatch(rec) {
  if (silenced()) { markFailed(rec, { code: S.sanction.action === 'ban' ? 'banned' : 'muted' }); return; }
  clearTimeout(rec.timer);
  rec.rest = false;
  setStatus(rec, 'sending');
  const frame = {
    type: 'message',
    [rec.kind === 'room' ? 'room' : 'conversation']: rec.target,
    clientMessageId: rec.cmid,
    text: rec.text,
  };
  if (S.stream && S.stream.send(frame)) {
    rec.timer = setTimeout(() => { if (rec.status === 'sending') sendRest(rec); }, ACK_TIMEOUT_MS);
  } else if (isOffline() || navigator.onLine === false) {
    setStatus(rec, 'queued'); // sent again when the stream reopens
  } else {
    sendRest(rec);
  }
}

function retry(rec) {
  if (S.stream && !S.stream.isOpen) S.stream.reconnectNow();
  dispatch(rec);
}

async function sendRest(rec) {
  clearTimeout(rec.timer);
  rec.rest = true;
  const path = rec.kind === 'room'
    ? `/rooms/${enc(rec.target)}/messages`
    : `/conversations/${enc(rec.target)}/messages`;
  try {
    const res = await call('POST', path, { clientMessageId: rec.cmid, text: rec.text });
    markSent(rec, res && res.id);
  } catch (e) {
    rec.rest = false;
    if (!S.pending.has(rec.cmid) || rec.status !== 'sending') return;
    // No answer (network, timeout, unavailable): kept and sent again when the connection is back.
    if (e.status === 0 || e.status >= 500) { setStatus(rec, 'queued', e); return; }
    markFailed(rec, e);
    if (e.code === 'rate-limited') note(t('rate.messages'), 'error');
    if (e.code === 'not-a-member' && rec.kind === 'room') markLeft(rec.target);
  }
}

function refreshLocal(rec) {
  const th = S.threads.get(rec.threadKey);
  if (th) refreshEntry(th, `l:${rec.cmid}`);
  saveState();
}

function dropLocal(rec) {
  clearTimeout(rec.timer);
  S.pending.delete(rec.cmid);
  const th = S.threads.get(rec.threadKey);
  if (!th) return;
  const i = th.entries.findIndex((e) => e.key === `l:${rec.cmid}`);
  if (i >= 0) {
    th.entries.splice(i, 1);
    if (S.active === th.key) entryEl(`l:${rec.cmid}`)?.remove();
  }
}

function markSent(rec, id) {
  clearTimeout(rec.timer);
  if (!S.pending.has(rec.cmid)) return; // already delivered
  if (id) rec.id = id;
  if (['sending', 'queued', 'failed'].includes(rec.status)) rec.status = 'sent';
  rec.error = null;
  const th = S.threads.get(rec.threadKey);
  // Delivered copy already there (history or an event without clientMessageId)?
  if (th && rec.id && th.ids.has(rec.id)) {
    dropLocal(rec);
    saveState();
    return;
  }
  refreshLocal(rec);
}

function markFailed(rec, err) {
  clearTimeout(rec.timer);
  if (!S.pending.has(rec.cmid)) return;
  setStatus(rec, 'failed', { code: err && err.code, status: err && err.status, retryAfter: err && err.retryAfter });
}

function sendText(text) {
  const th = activeThread();
  if (!th) return;
  const rec = {
    cmid: uuid(),
    text,
    threadKey: th.key,
    kind: th.kind,
    target: th.id,
    status: 'sending',
    id: null,
    error: null,
    createdAt: Date.now(),
    timer: null,
  };
  S.pending.set(rec.cmid, rec);
  addEntry(th, { type: 'local', key: `l:${rec.cmid}`, rec, ts: rec.createdAt });
  dispatch(rec);
}

function onMessage(m) {
  if (!m.id) return;
  let th;
  if (m.room) th = getThread('room', m.room);
  else if (m.conversation) {
    th = getThread('conv', m.conversation);
    let c = S.convs.get(m.conversation);
    const fromMe = m.from && S.me && m.from.sessionId === S.me.id;
    if (!c) {
      c = { id: m.conversation, peer: fromMe ? null : m.from, status: 'accepted', incoming: true };
      S.convs.set(c.id, c);
      saveState();
      renderConvs();
    } else if (c.status !== 'accepted') {
      c.status = 'accepted';
      saveState();
      renderConvs();
      if (S.active === th.key) { renderThreadHead(); updateComposer(); }
    }
  } else return;

  if (th.ids.has(m.id)) return; // exactly once, even across reconnects
  th.ids.add(m.id);
  const entry = { type: 'message', key: `m:${m.id}`, msg: m, ts: msgTs(m) };
  const local = th.entries.find((e) => e.type === 'local'
    && ((m.clientMessageId && e.rec.cmid === m.clientMessageId) || (e.rec.id && e.rec.id === m.id)));
  if (local) {
    clearTimeout(local.rec.timer);
    S.pending.delete(local.rec.cmid);
    replaceEntry(th, local.key, entry);
    saveState();
  } else {
    addEntry(th, entry);
  }
}

function onModeration(ev) {
  if (!ev.messageId) return;
  S.moderation.set(ev.messageId, ev);
  const apply = () => {
    for (const rec of S.pending.values()) {
      if (rec.id === ev.messageId || (ev.clientMessageId && rec.cmid === ev.clientMessageId)) {
        clearTimeout(rec.timer);
        if (!rec.id) rec.id = ev.messageId;
        if (ev.action === 'blocked' || ev.action === 'held') rec.status = ev.action;
        refreshLocal(rec);
        return true;
      }
    }
    for (const th of S.threads.values()) {
      if (th.ids.has(ev.messageId)) { refreshEntry(th, `m:${ev.messageId}`); return true; }
    }
    return false;
  };
  if (!apply()) {
    // The ack may still be on its way: try again shortly, then tell the author anyway.
    setTimeout(() => {
      if (!S.token || apply()) return;
      const key = ['blocked', 'held', 'masked'].includes(ev.action) ? ev.action : 'other';
      note(`${t(`mod.toast.${key}`)}${ev.reason ? ` ${t('mod.reason', { reason: ev.reason })}` : ''}`, 'error', 9000);
    }, 1500);
  }
}

/* ------------------------------------------------------------------ report outcomes */

function onReportOutcome(ev) {
  if (!ev.id || !['action-taken', 'no-action'].includes(ev.outcome)) return;
  if (S.outcomes.some((o) => o.id === ev.id)) return;
  S.outcomes.push({ id: ev.id, outcome: ev.outcome, statement: ev.statement || null });
  saveState();
  renderNotices();
}

function renderNotices() {
  el.notices.replaceChildren(...S.outcomes.map((o) => {
    // the decision concerns the reported person: only they may appeal it (the API refuses the reporter)
    const link = statementLink(o.statement, t('outcome.see'), 'report-outcome-statement', { appeal: false });
    return h('div', {
      class: `notice-line outcome-${o.outcome}`, role: 'status', 'data-testid': 'report-outcome',
      'data-outcome': o.outcome, 'data-report-id': o.id,
    },
    h('span', {}, t(`outcome.${o.outcome}`), link ? ' ' : null, link),
    h('button', {
      type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'report-outcome-dismiss',
      onclick: () => { S.outcomes = S.outcomes.filter((x) => x.id !== o.id); saveState(); renderNotices(); },
    }, t('understood')));
  }));
}

/* ------------------------------------------------------------------ composer */

function updateComposer() {
  const th = activeThread();
  let can = false;
  let hint = '';
  if (!th) hint = t('hint.choose');
  else if (th.kind === 'room' && !S.joined.has(th.id)) hint = t('hint.joinToWrite');
  else if (th.kind === 'conv') {
    const c = S.convs.get(th.id);
    if (c && c.peer && S.blocked.has(c.peer.sessionId)) hint = t('hint.blockedPeer', { name: c.peer.nickname || '?' });
    else if (!c || c.status === 'accepted') can = !!c;
    else if (c.status === 'pending') hint = c.incoming ? t('hint.acceptToReply') : t('hint.waiting');
    else hint = t('hint.convEnded');
  } else can = true;
  if (can && silenced()) {
    can = false;
    hint = S.sanction.action === 'ban' ? t('hint.banned') : t('hint.muted');
  }
  if (can && isOffline()) hint = t('hint.offline');
  el.messageInput.disabled = !can;
  el.composerHint.textContent = hint;
  el.composer.dataset.enabled = can ? 'true' : 'false';
  updateCount();
}

let tooLongShown = false;
function updateCount() {
  const value = el.messageInput.value;
  const n = codePoints(value.trim());
  const over = n > MAX_LEN;
  el.charCount.textContent = `${codePoints(value)}/${MAX_LEN}`;
  el.charCount.classList.toggle('over', over);
  el.messageInput.setAttribute('aria-invalid', over ? 'true' : 'false');
  el.sendButton.disabled = el.messageInput.disabled || n === 0 || over;
  if (over) { el.composerHint.textContent = t('hint.tooLong', { max: MAX_LEN }); tooLongShown = true; }
  else if (tooLongShown) { tooLongShown = false; el.composerHint.textContent = ''; }
  autoGrow();
}

function autoGrow() {
  const ta = el.messageInput;
  ta.style.height = 'auto';
  ta.style.height = `${Math.min(ta.scrollHeight, 160)}px`;
}

function onComposerSubmit(e) {
  e.preventDefault();
  if (el.messageInput.disabled) return;
  const text = el.messageInput.value.trim();
  const n = codePoints(text);
  if (n < 1 || n > MAX_LEN) { updateCount(); return; }
  sendText(text);
  el.messageInput.value = '';
  updateCount();
  el.messageInput.focus();
}

/* ------------------------------------------------------------------ conversations */

function onConversation(ev) {
  if (!ev.id) return;
  let c = S.convs.get(ev.id);
  if (!c) {
    c = { id: ev.id, peer: ev.peer || null, status: ev.status || 'pending', incoming: (ev.status || 'pending') === 'pending' };
    if (c.peer && S.blocked.has(c.peer.sessionId)) return;
    S.convs.set(c.id, c);
    if (c.incoming) note(t('conv.wants', { name: c.peer?.nickname || t('someone') }), 'info', 8000);
  } else {
    const was = c.status;
    c.status = ev.status || c.status;
    if (ev.peer) c.peer = ev.peer;
    const name = c.peer?.nickname || t('yourContact');
    if (was !== 'accepted' && c.status === 'accepted' && !c.incoming) {
      note(t('conv.accepted', { name }), 'success');
    } else if (was === 'pending' && c.status !== 'pending' && c.status !== 'accepted' && !c.incoming) {
      note(t('conv.declined', { name }), 'info');
    }
  }
  saveState();
  renderConvs();
  if (S.active === threadKey('conv', c.id)) { renderThreadHead(); renderMessages(); renderMembers(); updateComposer(); }
}

/* ------------------------------------------------------------------ private rooms */

function ownedPrivateRooms() {
  return S.rooms.filter((r) => r.kind === 'private' && S.me && r.ownerSessionId === S.me.id);
}

async function createPrivateRoom() {
  const name = (window.prompt(t('room.createPrompt')) || '').trim();
  if (!name) return;
  let room;
  try {
    room = await call('POST', '/rooms', { name });
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  if (!room || !room.id) return;
  S.joined.add(room.id);
  saveState();
  note(t('room.created', { name: room.name }), 'success');
  await refreshRooms();
  openThread(threadKey('room', room.id));
}

async function inviteInto(room, m) {
  try {
    await call('POST', `/rooms/${enc(room.id)}/invitations`, { sessionId: m.sessionId });
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  note(t('invited', { name: m.nickname, room: room.name }), 'success');
}

async function startConversation(m) {
  const existing = [...S.convs.values()].find((c) => c.peer?.sessionId === m.sessionId
    && (c.status === 'pending' || c.status === 'accepted'));
  if (existing) { openThread(threadKey('conv', existing.id)); return; }
  let res;
  try {
    res = await call('POST', '/conversations', { peer: m.sessionId });
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  if (!res || !res.id) return;
  const c = { id: res.id, peer: { sessionId: m.sessionId, nickname: m.nickname }, status: res.status || 'pending', incoming: false };
  S.convs.set(c.id, c);
  saveState();
  note(c.status === 'accepted' ? t('conv.opened', { name: m.nickname }) : t('conv.requestSent', { name: m.nickname }), 'success');
  openThread(threadKey('conv', c.id));
}

async function acceptConv(c) {
  try {
    await call('POST', `/conversations/${enc(c.id)}/accept`);
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    if (e.code === 'not-found') dropConv(c);
    return;
  }
  c.status = 'accepted';
  saveState();
  openThread(threadKey('conv', c.id));
}

async function declineConv(c, closing = false) {
  if (closing && !(await confirmDialog(t('conv.closeTitle'),
    t('conv.closeText', { name: c.peer?.nickname || t('thisPerson') }), t('conv.close')))) return;
  try {
    await call('DELETE', `/conversations/${enc(c.id)}`);
  } catch (e) {
    if (e.status === 401) return;
    if (e.code !== 'not-found') { note(errorText(e), 'error'); return; }
  }
  dropConv(c);
}

function dropConv(c) {
  const key = threadKey('conv', c.id);
  for (const rec of [...S.pending.values()]) if (rec.threadKey === key) dropLocal(rec);
  S.convs.delete(c.id);
  S.threads.delete(key);
  if (S.active === key) S.active = null;
  saveState();
  renderThreadAll();
}

/* ------------------------------------------------------------------ block and report */

function afterBlockChange() {
  saveState();
  renderThreadHead();
  renderMessages({ keepScroll: true });
  renderMembers();
  renderConvs();
  updateComposer();
}

async function blockSession(person, { ask = true } = {}) {
  if (!person || !person.sessionId || S.blocked.has(person.sessionId)) return;
  const name = person.nickname || t('thisPerson');
  if (ask && !(await confirmDialog(t('block.title', { name }), t('block.text', { name }), t('block')))) return;
  try {
    await call('POST', '/blocks', { sessionId: person.sessionId });
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  S.blocked.add(person.sessionId);
  S.blockedNames[person.sessionId] = person.nickname || '?';
  note(t('blocked.toast', { name }), 'success');
  afterBlockChange();
}

async function unblockSession(person) {
  if (!person || !person.sessionId || !S.blocked.has(person.sessionId)) return;
  const name = person.nickname || t('thisPerson');
  try {
    await call('DELETE', `/blocks/${enc(person.sessionId)}`);
  } catch (e) {
    if (e.status !== 401) note(errorText(e), 'error');
    return;
  }
  S.blocked.delete(person.sessionId);
  delete S.blockedNames[person.sessionId];
  note(t('unblocked.toast', { name }), 'success');
  afterBlockChange();
}

let reportCtx = null;
const textOf = (v) => (typeof v === 'function' ? v() : (v || ''));
function renderReportTexts() {
  if (!reportCtx) return;
  el.reportTitle.textContent = textOf(reportCtx.title) || t('report.title');
  el.reportTarget.textContent = textOf(reportCtx.description);
  const chosen = el.reportCategory.value;
  el.reportCategory.replaceChildren(
    h('option', { value: '' }, t('report.chooseReason')),
    ...REPORT_CATEGORIES.map((v) => h('option', { value: v }, t(`cat.${v}`))),
  );
  el.reportCategory.value = chosen;
}

function openReport(ctx) {
  reportCtx = ctx;
  el.reportCategory.value = '';
  renderReportTexts();
  el.reportComment.value = '';
  el.reportBlock.checked = false;
  const canBlock = ctx.person && ctx.person.sessionId && ctx.person.sessionId !== S.me.id && !S.blocked.has(ctx.person.sessionId);
  el.reportBlockRow.hidden = !canBlock;
  el.reportError.hidden = true;
  el.reportSubmit.disabled = false;
  el.reportDialog.showModal();
  el.reportCategory.focus();
}

async function onReportSubmit(e) {
  e.preventDefault();
  if (!reportCtx) return;
  if (!el.reportCategory.value) {
    el.reportError.textContent = t('report.pickReason');
    el.reportError.hidden = false;
    el.reportCategory.focus();
    return;
  }
  const body = { ...reportCtx.target, category: el.reportCategory.value };
  const comment = el.reportComment.value.trim();
  if (comment) body.comment = comment;
  el.reportSubmit.disabled = true;
  try {
    await call('POST', '/reports', body);
  } catch (err) {
    el.reportSubmit.disabled = false;
    el.reportError.textContent = errorText(err);
    el.reportError.hidden = false;
    return;
  }
  const { person } = reportCtx;
  const alsoBlock = el.reportBlock.checked && !el.reportBlockRow.hidden;
  el.reportDialog.close();
  reportCtx = null;
  note(t('report.thanks'), 'success', 7000);
  if (alsoBlock) blockSession(person, { ask: false });
}

/* ------------------------------------------------------------------ sanctions */

let sanctionTimer = null;
function silenced() {
  const s = S.sanction;
  if (!s || (s.action !== 'mute' && s.action !== 'ban')) return false;
  if (!s.until) return true;
  const th = Date.parse(s.until);
  return Number.isNaN(th) || th > Date.now();
}

function onSanction(ev) {
  S.sanction = { action: ev.action, until: ev.until || null, reason: ev.reason || '', statement: ev.statement || null };
  saveState();
  renderSanction();
  updateComposer();
  if (ev.action === 'kick') {
    for (const id of [...S.joined]) loadMembers(id); // not-a-member => left
    refreshRoomsSoon();
  }
}

function renderSanction() {
  clearTimeout(sanctionTimer);
  const s = S.sanction;
  const b = el.sanctionBanner;
  const expired = s && s.until && (s.action === 'mute' || s.action === 'ban') && Date.parse(s.until) <= Date.now();
  if (!s || expired) {
    if (expired) { S.sanction = null; saveState(); note(t('sanction.over'), 'success'); updateComposer(); }
    b.hidden = true;
    b.replaceChildren();
    return;
  }
  const until = s.until ? t('sanction.until', { date: fmtDateTime(s.until) }) : '';
  const title = {
    warn: () => t('sanction.warn'),
    mute: () => t('sanction.mute', { until: until || t('sanction.forNow') }),
    kick: () => t('sanction.kick'),
    ban: () => t('sanction.ban', { until }),
  }[s.action]?.() || t('sanction.other');
  b.dataset.action = s.action || '';
  const link = statementLink(s.statement, t('sanction.why'), 'sanction-statement');
  b.replaceChildren(
    h('div', { class: 'sanction-body' },
      h('strong', {}, title),
      s.reason ? h('span', {}, ` ${t('mod.reason', { reason: s.reason })}`) : null,
      link ? h('span', {}, ' ', link) : null),
    s.action === 'warn' || s.action === 'kick'
      ? h('button', {
        type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'sanction-dismiss',
        onclick: () => { S.sanction = null; saveState(); renderSanction(); },
      }, t('understood'))
      : '',
  );
  b.hidden = false;
  if (s.until && (s.action === 'mute' || s.action === 'ban')) {
    const ms = Math.min(Date.parse(s.until) - Date.now() + 500, 2 ** 31 - 1);
    sanctionTimer = setTimeout(() => { renderSanction(); updateComposer(); }, ms);
  }
}

/* ------------------------------------------------------------------ language */

function renderRegionPicker() {
  const chosen = el.region.value;
  const lang = currentLang();
  const groups = regionGroups(lang);
  el.region.replaceChildren(
    h('option', { value: '' }, t('region.none')),
    ...groups.map((g) => h('optgroup', { label: `${t(`country.${g.country}`)} · ${g.label}` },
      ...g.options.map((o) => h('option', { value: o.value }, o.label)))),
  );
  el.region.value = chosen;
}

/** Everything drawn by code, drawn again in the new language (the static markup is done by i18n.js). */
function onLanguageChange() {
  renderRegionPicker();
  if (!el.entryScreen.hidden) {
    document.title = t('app.title');
    el.skipLink.textContent = t('skip.content');
    if (entryNotice) el.entryNotice.textContent = t(entryNotice);
    if (!el.entryError.hidden && entryErr) el.entryError.replaceChildren(h('strong', {}, errorText(entryErr)));
    if (!el.startButton.disabled) el.startButton.textContent = t('entry.start');
  }
  if (!S.token) return;
  showChat();
  renderConnState();
  renderSanction();
  renderNotices();
  renderThreadAll();
  renderReportTexts();
}

/* ------------------------------------------------------------------ boot */

function focusMessageBox(e) {
  if (el.chatScreen.hidden) {
    e.preventDefault();
    el.nickname.focus();
    return;
  }
  e.preventDefault();
  setView('thread');
  if (!el.messageInput.disabled) el.messageInput.focus();
  else el.main.focus();
}

function wire() {
  el.entryForm.addEventListener('submit', onEntrySubmit);
  el.nickname.addEventListener('input', () => el.nickname.removeAttribute('aria-invalid'));
  el.age.addEventListener('input', () => el.age.removeAttribute('aria-invalid'));
  el.quitButton.addEventListener('click', quit);
  el.roomsRefresh.addEventListener('click', refreshRooms);
  el.roomCreate.addEventListener('click', createPrivateRoom);
  el.loadMore.addEventListener('click', () => { const th = activeThread(); if (th) loadHistory(th, true); });
  el.composer.addEventListener('submit', onComposerSubmit);
  el.messageInput.addEventListener('input', updateCount);
  el.messageInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      el.composer.requestSubmit();
    }
  });
  el.skipLink.addEventListener('click', focusMessageBox);
  el.requestsButton.addEventListener('click', showRequests);
  el.offlineRetry.addEventListener('click', () => {
    if (S.stream) S.stream.reconnectNow();
    for (const rec of S.pending.values()) if (rec.status === 'queued') dispatch(rec);
  });
  el.statementClose.addEventListener('click', () => el.statementDialog.close());
  el.statementDialog.addEventListener('close', () => {
    if (statementOpener && statementOpener.isConnected) statementOpener.focus();
    statementOpener = null;
  });
  document.querySelectorAll('.tab').forEach((th) => th.addEventListener('click', () => setView(th.dataset.view)));
  el.reportForm.addEventListener('submit', onReportSubmit);
  el.reportCancel.addEventListener('click', () => el.reportDialog.close());
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && openMenu) closeMenu(true); });
  window.addEventListener('causette:lang', onLanguageChange);
}

function boot() {
  bindElements();
  wireLangSwitch();
  translatePage();
  renderRegionPicker();
  wire();
  const token = sget(K.token);
  let me = null;
  try { me = JSON.parse(sget(K.session) || 'null'); } catch { me = null; }
  if (token && me && me.id) {
    S.token = token;
    S.me = me;
    enterChat();
  } else {
    showEntry();
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
