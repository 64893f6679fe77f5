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
 *  Top:      chat-screen, user-nickname, user-bracket, connection-status (data-state=connecting|open|waiting|closed),
 *            quit-button, sanction-banner (data-action), sanction-statement, sanction-dismiss
 *  Rooms:    room-list, room-item (data-room-id, data-joined), room-open, join-button, rooms-refresh
 *  Thread:   thread-title, thread-empty, thread-join-button, leave-button, room-report, load-more,
 *            message-list, message-item (data-message-id, data-client-message-id, data-own,
 *            data-status=sending|sent|delivered|failed|blocked|held), message-author, message-text,
 *            message-status, message-report, message-retry, message-delete (own messages; a removed message
 *            leaves the list), moderation-notice (data-action=blocked|held|masked),
 *            moderation-why, presence-line (data-state=joined|left)
 *  Composer: composer, message-input, send-button, char-count, composer-hint
 *  Members:  member-list, member-item (data-session-id), member-menu-button, member-menu,
 *            member-action-dm, member-action-block, member-action-report
 *  Private:  conversation-list, conversation-item (data-conversation-id, data-status), conversation-open,
 *            conversation-accept, conversation-decline, conversation-request, thread-conversation-accept,
 *            thread-conversation-decline, conversation-block, conversation-report, conversation-close
 *  Dialogs:  report-dialog, report-target, report-category, report-comment, report-block, report-submit,
 *            report-cancel, report-error, confirm-dialog, confirm-ok, confirm-cancel, toasts, toast (data-kind)
 *  Staff console (moderation.html): see the comment at the top of moderation.js.
 */
import { request, ApiError, problemMessage, problemDetail } from './api.js';
import { Stream } from './stream.js';
import {
  h, codePoints, uuid, fmtTime, fmtDateTime, safeUrl, toast, confirmDialog,
  GENDERS, REGIONS, REPORT_CATEGORIES,
} from './ui.js';

const MAX_LEN = 1000;
const HISTORY_PAGE = 50;
const ACK_TIMEOUT_MS = 8000;
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
    sanction: S.sanction,
    active: S.active,
  }));
}

function loadState() {
  let st = null;
  try { st = JSON.parse(sget(K.state) || 'null'); } catch { st = null; }
  if (!st || typeof st !== 'object') return;
  (st.joined || []).forEach((id) => S.joined.add(id));
  (st.convs || []).forEach((c) => c && c.id && S.convs.set(c.id, c));
  (st.blocked || []).forEach((id) => S.blocked.add(id));
  S.sanction = st.sanction || null;
  S.active = st.active || null;
}

/* ------------------------------------------------------------------ API */

async function call(method, path, body) {
  try {
    return await request(method, path, { body, token: S.token });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && S.token) {
      sessionLost('Ta session a expiré ou a pris fin. Tu peux en ouvrir une nouvelle.');
    }
    throw e;
  }
}

function errorText(e) {
  const d = problemDetail(e);
  return d ? `${problemMessage(e)} (${d})` : problemMessage(e);
}

/* ------------------------------------------------------------------ elements */

const el = {};
function bindElements() {
  for (const id of [
    'entry-screen', 'entry-form', 'entry-error', 'entry-notice', 'nickname', 'age', 'region',
    'chat-screen', 'me-nickname', 'me-bracket', 'conn-status', 'quit-button', 'sanction-banner',
    'main', 'room-list', 'rooms-refresh', 'room-create', 'conversation-list', 'conv-empty',
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

function showEntry(notice = '') {
  el.chatScreen.hidden = true;
  el.entryScreen.hidden = false;
  el.entryNotice.textContent = notice;
  el.entryNotice.hidden = !notice;
  el.entryError.hidden = true;
  document.title = 'Causette – discuter sans compte';
  el.nickname.focus();
}

function showChat() {
  el.entryScreen.hidden = true;
  el.chatScreen.hidden = false;
  el.meNickname.textContent = S.me.nickname;
  el.meBracket.textContent = S.me.bracket === 'teen' ? 'Espace ados' : 'Espace adultes';
  el.meBracket.dataset.bracket = S.me.bracket || '';
  document.title = 'Causette';
}

function setView(view) {
  el.main.dataset.view = view;
  document.querySelectorAll('.tab').forEach((t) => {
    if (t.dataset.view === view) t.setAttribute('aria-current', 'true');
    else t.removeAttribute('aria-current');
  });
}

/* ------------------------------------------------------------------ entry */

function showEntryError(e) {
  const msg = problemMessage(e);
  const detail = problemDetail(e);
  el.entryError.replaceChildren(h('strong', {}, msg), detail ? h('span', { class: 'detail' }, ` ${detail}`) : '');
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
  const label = 'Entrer dans Causette';
  let left = seconds;
  const tick = () => {
    if (left <= 0) {
      clearInterval(retryTimer);
      el.startButton.disabled = false;
      el.startButton.textContent = label;
      return;
    }
    el.startButton.disabled = true;
    el.startButton.textContent = `Patiente ${left} s…`;
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
    res = await request('POST', '/sessions', { body, headers });
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
    showEntryError({ code: 'server', detail: 'Réponse inattendue du serveur.' });
    return;
  }
  if (res.session.deviceToken) sset(K.device, res.session.deviceToken, localStorage);
  const { id, nickname: nick, bracket, expiresAt } = res.session;
  S.token = res.token;
  S.me = { id, nickname: nick, bracket, expiresAt };
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
    const res = await request('POST', '/sessions/me/renewal', { token: S.token });
    if (!res || !res.token || !res.session) throw new Error('unexpected answer');
    S.token = res.token;
    S.me = { ...S.me, expiresAt: res.session.expiresAt };
    sset(K.token, S.token);
    sset(K.session, JSON.stringify(S.me));
    scheduleRenewal();
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      sessionLost('Ta session a expiré ou a pris fin. Tu peux en ouvrir une nouvelle.');
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
  renderConvs();
  renderThreadAll();
  S.stream = new Stream({
    getToken: () => S.token,
    getTicket: async () => (await request('POST', '/stream-tickets', { token: S.token })).ticket,
    onEvent: onStreamEvent,
    onState: onStreamState,
    checkAuth: async () => {
      try { await request('GET', '/rooms', { token: S.token }); return 'ok'; } catch (e) {
        return e.status === 401 ? 'unauthorized' : 'unknown';
      }
    },
    onUnauthorized: () => sessionLost('Ta session a expiré ou a pris fin. Tu peux en ouvrir une nouvelle.'),
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
  sset(K.token, null);
  sset(K.session, null);
  sset(K.state, null);
  el.roomList.replaceChildren();
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
  try { await request('DELETE', '/sessions/me', { token }); } catch { /* ending anyway */ }
  teardown();
  showEntry('À bientôt ! Ta session est terminée.');
}

/* ------------------------------------------------------------------ stream */

function onStreamState(state, info = {}) {
  const labels = {
    connecting: 'Connexion…',
    open: 'En ligne',
    waiting: `Reconnexion dans ${Math.ceil((info.delay || 0) / 1000)} s…`,
    closed: 'Hors ligne',
  };
  el.connStatus.dataset.state = state;
  el.connStatus.textContent = labels[state] || state;
  if (state === 'open') {
    // Resend what was never acknowledged (same clientMessageId: the server never delivers twice).
    for (const rec of S.pending.values()) if (rec.status === 'sending') dispatch(rec);
    if (info.reconnected) {
      refreshRooms();
      for (const t of S.threads.values()) {
        if (t.key === S.active && t.loaded) loadHistory(t);
        else t.loaded = false;
      }
      const t = activeThread();
      if (t && t.kind === 'room' && S.joined.has(t.id)) loadMembers(t.id);
    }
  }
}

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
    default: return undefined;
  }
}

function onInvitation(ev) {
  if (!ev.room || !ev.from) return;
  toast(`${ev.from.nickname} t'invite dans le salon privé « ${ev.room.name} ».`, 'info', 8000);
  refreshRooms();
}

function threadOf(ev) {
  if (ev.room) return getThread('room', ev.room);
  return ev.conversation ? getThread('conv', ev.conversation) : null;
}

function onRemoved(ev) {
  const t = threadOf(ev);
  if (!t || !ev.messageId) return;
  t.ids.add(ev.messageId); // a copy still on its way is not shown either
  const i = t.entries.findIndex((e) => (e.type === 'message' && e.msg.id === ev.messageId)
    || (e.type === 'local' && e.rec.id === ev.messageId));
  if (i < 0) return;
  const [entry] = t.entries.splice(i, 1);
  if (entry.type === 'local') { clearTimeout(entry.rec.timer); S.pending.delete(entry.rec.cmid); }
  if (S.active === t.key) entryEl(entry.key)?.remove();
  const own = entry.type === 'local' || (entry.msg.from && entry.msg.from.sessionId === S.me.id);
  if (own && ev.by === 'moderation') toast('Ton message a été retiré par la modération.', 'info', 8000);
}

function onRestored(ev) {
  const t = threadOf(ev);
  if (!t || !ev.messageId) return;
  t.ids.delete(ev.messageId);
  if (t.loaded) loadHistory(t);
}

async function deleteMessage(id) {
  if (!(await confirmDialog('Supprimer ce message ?', 'Il disparaîtra pour tout le monde.', 'Supprimer'))) return;
  try {
    await call('DELETE', `/messages/${enc(id)}`);
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
  }
}

function onAck(ev) {
  const rec = S.pending.get(ev.clientMessageId);
  if (rec) markSent(rec, ev.id);
}

function onStreamError(ev) {
  const rec = ev.clientMessageId ? S.pending.get(ev.clientMessageId) : null;
  if (rec) markFailed(rec, ev);
  if (ev.code === 'rate-limited') toast('Doucement ! Tu envoies trop de messages, patiente un instant.', 'error');
  else if (!rec) toast(errorText(ev), 'error');
  if (ev.code === 'unauthenticated') sessionLost('Ta session a expiré ou a pris fin.');
}

/* ------------------------------------------------------------------ threads */

function threadKey(kind, id) { return `${kind === 'room' ? 'r' : 'c'}:${id}`; }
function getThread(kind, id) {
  const key = threadKey(kind, id);
  let t = S.threads.get(key);
  if (!t) {
    t = { key, kind, id, entries: [], ids: new Set(), loaded: false, loading: false, hasMore: false, unread: 0 };
    S.threads.set(key, t);
  }
  return t;
}
function activeThread() {
  if (!S.active) return null;
  const [k, ...rest] = S.active.split(':');
  return getThread(k === 'r' ? 'room' : 'conv', rest.join(':'));
}
const msgTs = (m) => { const t = Date.parse(m.sentAt); return Number.isNaN(t) ? Date.now() : t; };

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

function addEntry(t, entry) {
  t.entries.push(entry);
  if (S.active === t.key && !el.chatScreen.hidden) {
    if (!visible(entry)) return;
    const near = isNearBottom();
    el.messageList.append(renderEntry(entry));
    el.threadEmpty.hidden = true;
    if (near || entry.type === 'local') scrollToBottom();
  } else if (entry.type === 'message' && visible(entry)) {
    t.unread += 1;
    renderUnread();
  }
}

function replaceEntry(t, oldKey, entry) {
  const i = t.entries.findIndex((e) => e.key === oldKey);
  if (i < 0) { addEntry(t, entry); return; }
  t.entries[i] = entry;
  if (S.active === t.key) {
    const node = entryEl(oldKey);
    const near = isNearBottom();
    if (node) node.replaceWith(renderEntry(entry));
    if (near) scrollToBottom();
  }
}

function refreshEntry(t, key) {
  if (S.active !== t.key) return;
  const e = t.entries.find((x) => x.key === key);
  const node = entryEl(key);
  if (!e || !node) return;
  const near = isNearBottom();
  node.replaceWith(renderEntry(e));
  if (near) scrollToBottom();
}

/** Merges messages (any order) into the thread; returns true when something changed. */
function mergeMessages(t, msgs) {
  let changed = false;
  const sorted = msgs.filter((m) => m && m.id).sort((a, b) => msgTs(a) - msgTs(b));
  for (const m of sorted) {
    if (t.ids.has(m.id)) continue;
    t.ids.add(m.id);
    const entry = { type: 'message', key: `m:${m.id}`, msg: m, ts: msgTs(m) };
    const li = t.entries.findIndex((e) => e.type === 'local' && e.rec.id === m.id);
    if (li >= 0) {
      const rec = t.entries[li].rec;
      clearTimeout(rec.timer);
      S.pending.delete(rec.cmid);
      t.entries[li] = entry;
    } else {
      // Before the first newer line (message or presence); never after unsent local ones.
      let idx = t.entries.findIndex((e) => e.type !== 'local' && e.ts > entry.ts);
      if (idx < 0) idx = t.entries.findIndex((e) => e.type === 'local');
      if (idx < 0) idx = t.entries.length;
      t.entries.splice(idx, 0, entry);
    }
    changed = true;
  }
  return changed;
}

async function loadHistory(t, older = false) {
  if (t.loading) return;
  if (t.kind !== 'room' && !['accepted', 'closed'].includes(S.convs.get(t.id)?.status)) {
    t.loaded = true; // nothing was said yet
    return;
  }
  t.loading = true;
  updateLoadMore();
  const q = new URLSearchParams({ limit: String(HISTORY_PAGE) });
  if (older) {
    const oldest = t.entries.find((e) => e.type === 'message');
    if (oldest) q.set('before', oldest.msg.id);
  }
  try {
    const base = t.kind === 'room' ? `/rooms/${enc(t.id)}` : `/conversations/${enc(t.id)}`;
    const list = await call('GET', `${base}/messages?${q}`);
    const arr = Array.isArray(list) ? list : [];
    if (older || !t.loaded) t.hasMore = arr.length >= HISTORY_PAGE;
    t.loaded = true;
    const changed = mergeMessages(t, arr);
    if (S.active === t.key && changed) renderMessages({ keepScroll: older });
  } catch (e) {
    if (e.code === 'not-a-member' && t.kind === 'room') markLeft(t.id);
    else if (e.status !== 401) toast(errorText(e), 'error');
  } finally {
    t.loading = false;
    updateLoadMore();
  }
}

function updateLoadMore() {
  const t = activeThread();
  const show = !!t && (t.kind !== 'room' || S.joined.has(t.id)) && t.loaded && t.hasMore;
  el.loadMore.hidden = !show;
  el.loadMore.disabled = !!t && t.loading;
  el.loadMore.textContent = t && t.loading ? 'Chargement…' : 'Charger plus';
}

/* ------------------------------------------------------------------ rendering: messages */

const STATUS_LABEL = {
  sending: 'envoi…', sent: 'envoyé', failed: 'non envoyé', blocked: 'bloqué', held: 'en attente',
};

function renderEntry(entry) {
  if (entry.type === 'presence') {
    return h('li', {
      class: 'presence', 'data-testid': 'presence-line', 'data-entry-key': entry.key, 'data-state': entry.ev.state,
    }, entry.text);
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
    h('span', { class: 'msg-author', 'data-testid': 'message-author' }, own ? `${from.nickname} (toi)` : (from.nickname || '?')),
    sentAt ? h('time', { class: 'msg-time', datetime: sentAt }, fmtTime(sentAt)) : null);
  const text = h('p', { class: 'msg-text', 'data-testid': 'message-text' }, local ? rec.text : (msg.text ?? ''));
  li.append(head, text);

  const foot = h('div', { class: 'msg-foot' });
  if (local) {
    foot.append(h('span', { class: 'msg-status', 'data-testid': 'message-status', 'data-status': status },
      STATUS_LABEL[status] || status));
    if (status === 'failed') {
      if (rec.error) foot.append(h('span', { class: 'msg-error' }, rec.error));
      foot.append(h('button', {
        type: 'button', class: 'btn btn-link', 'data-testid': 'message-retry', onclick: () => dispatch(rec),
      }, 'Réessayer'));
    }
  }
  if (own && id && ['delivered', 'sent', 'held'].includes(status)) {
    foot.append(h('button', {
      type: 'button', class: 'btn btn-link msg-delete', 'data-testid': 'message-delete',
      'aria-label': 'Supprimer ton message', onclick: () => deleteMessage(id),
    }, 'Supprimer'));
  }
  if (!own && id) {
    foot.append(h('button', {
      type: 'button', class: 'btn btn-link msg-report', 'data-testid': 'message-report',
      'aria-label': `Signaler le message de ${from.nickname || 'cette personne'}`,
      onclick: () => openReport({
        target: { messageId: id },
        title: 'Signaler un message',
        description: `Message de ${from.nickname || '?'} : « ${truncate(msg.text || '', 140)} »`,
        person: from.sessionId ? from : null,
      }),
    }, 'Signaler'));
  }
  if (foot.childNodes.length) li.append(foot);
  // A held message that is later delivered was approved: no notice any more.
  if (mod && !(mod.action === 'held' && !local)) li.append(moderationNotice(mod));
  return li;
}

function moderationNotice(mod) {
  const text = {
    blocked: 'Ton message a été bloqué par la modération : personne d’autre ne l’a vu.',
    held: 'Ton message attend la vérification d’un·e modérateur·rice avant d’être publié.',
    masked: 'Une partie de ton message a été masquée par la modération.',
  }[mod.action] || 'Ton message a été modéré.';
  const box = h('div', {
    class: `mod-notice mod-${mod.action}`, 'data-testid': 'moderation-notice', 'data-action': mod.action || '',
  }, h('span', {}, text));
  if (mod.reason) box.append(' ', h('span', { class: 'mod-reason' }, `Motif : ${mod.reason}.`));
  const url = safeUrl(mod.statement);
  if (url) {
    box.append(' ', h('a', {
      href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'moderation-why',
    }, 'Pourquoi ?'));
  }
  return box;
}

const truncate = (s, n) => { const cp = [...s]; return cp.length > n ? `${cp.slice(0, n).join('')}…` : s; };

function renderMessages({ keepScroll = false } = {}) {
  const t = activeThread();
  const list = el.messageList;
  const wrap = el.messagesWrap;
  const prevHeight = wrap.scrollHeight;
  const prevTop = wrap.scrollTop;
  list.setAttribute('aria-busy', 'true');
  const showMessages = t && (t.kind === 'conv' || S.joined.has(t.id) || t.entries.length);
  list.replaceChildren(...(showMessages ? t.entries.filter(visible).map(renderEntry) : []));
  el.threadEmpty.hidden = list.childElementCount > 0;
  el.threadEmpty.replaceChildren(...emptyContent(t));
  if (keepScroll) wrap.scrollTop = prevTop + (wrap.scrollHeight - prevHeight);
  else scrollToBottom();
  setTimeout(() => list.removeAttribute('aria-busy'), 60);
  updateLoadMore();
}

function emptyContent(t) {
  if (!t) return [h('p', {}, 'Choisis un salon dans la liste pour commencer à discuter.')];
  if (t.kind === 'room' && !S.joined.has(t.id)) {
    return [h('p', {}, 'Rejoins ce salon pour lire les messages et discuter.'),
      h('button', {
        type: 'button', class: 'btn btn-primary', 'data-testid': 'thread-join-button', onclick: () => joinRoom(t.id),
      }, 'Rejoindre le salon')];
  }
  if (t.kind === 'room') return [h('p', {}, t.loaded ? 'Aucun message pour le moment. Lance la conversation !' : 'Chargement…')];
  const c = S.convs.get(t.id);
  if (c && c.status === 'pending' && c.incoming) return [conversationRequest(c)];
  if (c && c.status === 'pending') return [h('p', {}, `Demande envoyée à ${c.peer?.nickname || '?'}. Vous pourrez écrire dès qu’elle sera acceptée.`)];
  return [h('p', {}, 'Dis bonjour ! Rappel : ne partage jamais ton adresse, ton numéro ou des photos.')];
}

function conversationRequest(c) {
  return h('div', { class: 'conv-request', 'data-testid': 'conversation-request' },
    h('p', {}, `${c.peer?.nickname || 'Quelqu’un'} veut discuter en privé avec toi.`),
    h('div', { class: 'row' },
      h('button', {
        type: 'button', class: 'btn btn-primary', 'data-testid': 'thread-conversation-accept', onclick: () => acceptConv(c),
      }, 'Accepter'),
      h('button', {
        type: 'button', class: 'btn btn-ghost', 'data-testid': 'thread-conversation-decline', onclick: () => declineConv(c),
      }, 'Refuser')));
}

/* ------------------------------------------------------------------ rendering: thread header, members, lists */

function renderThreadAll() {
  renderThreadHead();
  renderMessages();
  renderMembers();
  renderRooms();
  renderConvs();
  updateComposer();
}

function renderThreadHead() {
  const t = activeThread();
  el.threadActions.replaceChildren();
  el.threadTopic.textContent = '';
  if (!t) { el.threadTitle.textContent = 'Bienvenue'; return; }
  if (t.kind === 'room') {
    const r = S.rooms.find((x) => x.id === t.id);
    el.threadTitle.textContent = r ? `# ${r.name}` : 'Salon';
    el.threadTopic.textContent = r?.topic || '';
    if (S.joined.has(t.id)) {
      el.threadActions.append(
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'room-report',
          onclick: () => openReport({ target: { roomId: t.id }, title: 'Signaler le salon', description: r ? `Salon « ${r.name} »` : '' }),
        }, 'Signaler'),
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'leave-button', onclick: () => leaveRoom(t.id),
        }, 'Quitter le salon'));
    }
  } else {
    const c = S.convs.get(t.id);
    const peer = c?.peer || {};
    el.threadTitle.textContent = `Privé avec ${peer.nickname || '?'}`;
    el.threadTopic.textContent = convStatusText(c);
    if (peer.sessionId) {
      el.threadActions.append(
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-block',
          onclick: () => blockSession(peer),
        }, S.blocked.has(peer.sessionId) ? 'Bloqué·e' : 'Bloquer'),
        h('button', {
          type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-report',
          onclick: () => openReport({ target: { sessionId: peer.sessionId }, title: `Signaler ${peer.nickname}`, description: 'Conversation privée', person: peer }),
        }, 'Signaler'));
    }
    if (c) {
      el.threadActions.append(h('button', {
        type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'conversation-close',
        onclick: () => declineConv(c, true),
      }, 'Fermer'));
    }
  }
}

function convStatusText(c) {
  if (!c) return '';
  if (c.status === 'accepted') return 'Conversation privée';
  if (c.status === 'pending') return c.incoming ? 'Te propose de discuter' : 'En attente de réponse';
  return 'Conversation terminée';
}

function renderRooms() {
  el.roomList.replaceChildren(...S.rooms.map((r) => {
    const key = threadKey('room', r.id);
    const joined = S.joined.has(r.id);
    const t = S.threads.get(key);
    const full = typeof r.capacity === 'number' && r.members >= r.capacity;
    const count = typeof r.members === 'number'
      ? h('span', { class: 'room-count', 'aria-label': `${r.members} membres sur ${r.capacity ?? '?'}` },
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
      r.kind === 'private' ? h('span', { class: 'badge' }, 'privé') : null,
      joined ? h('span', { class: 'badge badge-ok' }, 'membre') : null,
      t && t.unread ? h('span', { class: 'unread', 'aria-label': `${t.unread} nouveaux messages` }, String(t.unread)) : null,
      count),
    r.topic ? h('span', { class: 'room-topic' }, r.topic) : null),
    joined
      ? null
      : h('button', {
        type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'join-button', disabled: full,
        'aria-label': `Rejoindre le salon ${r.name}`, onclick: () => joinRoom(r.id),
      }, full ? 'Complet' : 'Rejoindre'));
  }));
  if (!S.rooms.length) el.roomList.append(h('li', { class: 'empty small' }, 'Aucun salon disponible pour le moment.'));
}

function renderConvs() {
  const convs = [...S.convs.values()];
  el.convEmpty.hidden = convs.length > 0;
  el.conversationList.replaceChildren(...convs.map((c) => {
    const key = threadKey('conv', c.id);
    const t = S.threads.get(key);
    const li = h('li', {
      class: `conv-item${S.active === key ? ' is-active' : ''}`,
      'data-testid': 'conversation-item', 'data-conversation-id': c.id, 'data-status': c.status,
    },
    h('button', {
      type: 'button', class: 'room-open', 'data-testid': 'conversation-open',
      'aria-current': S.active === key ? 'true' : null, onclick: () => openThread(key),
    },
    h('span', { class: 'room-line' },
      h('span', { class: 'room-name' }, c.peer?.nickname || '?'),
      t && t.unread ? h('span', { class: 'unread', 'aria-label': `${t.unread} nouveaux messages` }, String(t.unread)) : null),
    h('span', { class: 'room-topic' }, convStatusText(c))));
    if (c.status === 'pending' && c.incoming) {
      li.append(h('span', { class: 'row' },
        h('button', {
          type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'conversation-accept',
          'aria-label': `Accepter la conversation avec ${c.peer?.nickname}`, onclick: () => acceptConv(c),
        }, 'Accepter'),
        h('button', {
          type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'conversation-decline',
          'aria-label': `Refuser la conversation avec ${c.peer?.nickname}`, onclick: () => declineConv(c),
        }, 'Refuser')));
    }
    return li;
  }));
}

function renderUnread() {
  renderRooms();
  renderConvs();
  const any = [...S.threads.values()].some((t) => t.unread > 0);
  const dot = document.querySelector('[data-dot=rooms]');
  if (dot) dot.hidden = !any;
}

function memberMeta(m) {
  return [GENDERS[m.gender], REGIONS[m.region] || m.region].filter(Boolean).join(' · ');
}

function renderMembers() {
  const t = activeThread();
  let members = [];
  if (t && t.kind === 'room' && S.joined.has(t.id)) {
    members = [...(S.members.get(t.id) || [])];
    el.membersTitle.textContent = `Membres (${members.length})`;
    el.membersEmpty.textContent = 'Personne pour le moment.';
  } else if (t && t.kind === 'conv') {
    const c = S.convs.get(t.id);
    if (c?.peer) members = [c.peer, { sessionId: S.me.id, nickname: S.me.nickname }];
    el.membersTitle.textContent = 'Conversation';
  } else {
    el.membersTitle.textContent = 'Membres';
    el.membersEmpty.textContent = 'Rejoins un salon pour voir qui est là.';
  }
  members.sort((a, b) => (a.sessionId === S.me.id ? -1 : b.sessionId === S.me.id ? 1
    : String(a.nickname).localeCompare(String(b.nickname), 'fr', { sensitivity: 'base' })));
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
      h('span', { class: 'member-nick' }, m.nickname + (me ? ' (toi)' : ''), blocked ? h('span', { class: 'badge' }, 'bloqué·e') : null),
      memberMeta(m) ? h('span', { class: 'member-meta' }, memberMeta(m)) : null));
    if (!me) {
      li.append(h('button', {
        type: 'button', class: 'btn btn-icon member-menu-button', 'data-testid': 'member-menu-button',
        'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': `Actions pour ${m.nickname}`,
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
  const t = activeThread();
  const items = [];
  if (!(t && t.kind === 'conv')) items.push(['member-action-dm', 'Message privé', () => startConversation(m)]);
  for (const r of ownedPrivateRooms()) {
    items.push(['member-action-invite', `Inviter dans « ${r.name} »`, () => inviteInto(r, m)]);
  }
  items.push(
    ['member-action-block', S.blocked.has(m.sessionId) ? 'Déjà bloqué·e' : 'Bloquer', () => blockSession(m)],
    ['member-action-report', 'Signaler', () => openReport({
      target: { sessionId: m.sessionId }, title: `Signaler ${m.nickname}`, description: 'Signalement d’une personne', person: m,
    })],
  );
  const menu = h('div', {
    class: 'menu', role: 'menu', 'aria-label': `Actions pour ${m.nickname}`, 'data-testid': 'member-menu',
  }, ...items.map(([tid, label, fn]) => h('button', {
    type: 'button', role: 'menuitem', class: 'menu-item', 'data-testid': tid, tabindex: '-1',
    disabled: tid === 'member-action-block' && S.blocked.has(m.sessionId),
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
    if (e.status !== 401) toast(errorText(e), 'error');
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
  const t = activeThread();
  t.unread = 0;
  saveState();
  renderThreadAll();
  renderUnread();
  if (t.kind === 'room' && S.joined.has(t.id)) {
    if (!t.loaded) loadHistory(t);
    loadMembers(t.id);
  } else if (t.kind === 'conv' && !t.loaded) loadHistory(t);
  setView('thread'); // on narrow screens, show the conversation
  if (focus && !el.messageInput.disabled) el.messageInput.focus({ preventScroll: true });
}

async function joinRoom(roomId) {
  try {
    await call('PUT', `/rooms/${enc(roomId)}/members/me`);
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    return;
  }
  S.joined.add(roomId);
  const t = getThread('room', roomId);
  t.loaded = false;
  openThread(t.key);
  refreshRoomsSoon();
}

function markLeft(roomId) {
  S.joined.delete(roomId);
  S.members.delete(roomId);
  const t = getThread('room', roomId);
  t.entries = [];
  t.ids.clear();
  t.loaded = false;
  t.hasMore = false;
  t.unread = 0;
  saveState();
  if (S.active === t.key) renderThreadAll(); else renderRooms();
}

async function leaveRoom(roomId) {
  try {
    await call('DELETE', `/rooms/${enc(roomId)}/members/me`);
  } catch (e) {
    if (e.status === 401) return;
    if (e.code !== 'not-a-member' && e.status !== 404) { toast(errorText(e), 'error'); return; }
  }
  markLeft(roomId);
  toast('Tu as quitté le salon.', 'info');
  refreshRoomsSoon();
}

async function loadMembers(roomId) {
  try {
    const arr = await call('GET', `/rooms/${enc(roomId)}/members`);
    S.members.set(roomId, Array.isArray(arr) ? arr : []);
    const t = activeThread();
    if (t && t.kind === 'room' && t.id === roomId) renderMembers();
  } catch (e) {
    if (e.code === 'not-a-member') markLeft(roomId);
  }
}

let membersTimer = null;
function onPresence(ev) {
  if (!ev.room) return;
  const t = getThread('room', ev.room);
  const isMe = S.me && ev.sessionId === S.me.id;
  const joined = ev.state === 'joined';
  const nick = ev.nickname || 'Quelqu’un';
  const list = S.members.get(ev.room);
  if (list) {
    const i = list.findIndex((m) => m.sessionId === ev.sessionId);
    if (joined && i < 0) list.push({ sessionId: ev.sessionId, nickname: ev.nickname });
    if (!joined && i >= 0) list.splice(i, 1);
  }
  if (S.joined.has(ev.room) || S.active === t.key || (isMe && joined)) {
    const text = isMe
      ? (joined ? 'Tu as rejoint le salon.' : 'Tu as quitté le salon.')
      : `${nick} ${joined ? 'a rejoint' : 'a quitté'} le salon.`;
    addEntry(t, { type: 'presence', key: `p:${++S.seq}`, ev, text, ts: Date.now() });
  }
  const a = activeThread();
  if (a && a.kind === 'room' && a.id === ev.room) {
    renderMembers();
    clearTimeout(membersTimer);
    membersTimer = setTimeout(() => S.joined.has(ev.room) && loadMembers(ev.room), 2000);
  }
  refreshRoomsSoon();
}

/* ------------------------------------------------------------------ messages: send and receive */

function dispatch(rec) {
  if (silenced()) { markFailed(rec, { code: S.sanction.action === 'ban' ? 'banned' : 'muted' }); return; }
  rec.status = 'sending';
  rec.error = null;
  refreshLocal(rec);
  const frame = {
    type: 'message',
    [rec.kind === 'room' ? 'room' : 'conversation']: rec.target,
    clientMessageId: rec.cmid,
    text: rec.text,
  };
  clearTimeout(rec.timer);
  if (S.stream && S.stream.send(frame)) {
    rec.timer = setTimeout(() => { if (rec.status === 'sending') sendRest(rec); }, ACK_TIMEOUT_MS);
  } else {
    sendRest(rec);
  }
}

async function sendRest(rec) {
  clearTimeout(rec.timer);
  const path = rec.kind === 'room'
    ? `/rooms/${enc(rec.target)}/messages`
    : `/conversations/${enc(rec.target)}/messages`;
  try {
    const res = await call('POST', path, { clientMessageId: rec.cmid, text: rec.text });
    markSent(rec, res && res.id);
  } catch (e) {
    // Offline: stay "envoi…"; the stream resends it (same clientMessageId) once it reconnects.
    if (e.code === 'network' && S.stream && !S.stream.stopped) return;
    if (rec.status === 'sending') markFailed(rec, e);
    if (e.code === 'rate-limited') toast('Doucement ! Tu envoies trop de messages, patiente un instant.', 'error');
    if (e.code === 'not-a-member' && rec.kind === 'room') markLeft(rec.target);
  }
}

function refreshLocal(rec) {
  const t = S.threads.get(rec.threadKey);
  if (t) refreshEntry(t, `l:${rec.cmid}`);
}

function markSent(rec, id) {
  clearTimeout(rec.timer);
  if (!S.pending.has(rec.cmid)) return; // already delivered
  if (id) rec.id = id;
  if (rec.status === 'sending' || rec.status === 'failed') rec.status = 'sent';
  const t = S.threads.get(rec.threadKey);
  // Delivered copy already there (history or an event without clientMessageId)?
  if (t && rec.id && t.ids.has(rec.id)) {
    S.pending.delete(rec.cmid);
    const i = t.entries.findIndex((e) => e.key === `l:${rec.cmid}`);
    if (i >= 0) {
      t.entries.splice(i, 1);
      if (S.active === t.key) entryEl(`l:${rec.cmid}`)?.remove();
    }
    return;
  }
  refreshLocal(rec);
}

function markFailed(rec, err) {
  clearTimeout(rec.timer);
  if (!S.pending.has(rec.cmid)) return;
  rec.status = 'failed';
  rec.error = problemMessage(err);
  refreshLocal(rec);
}

function sendText(text) {
  const t = activeThread();
  if (!t) return;
  const rec = {
    cmid: uuid(),
    text,
    threadKey: t.key,
    kind: t.kind,
    target: t.id,
    status: 'sending',
    id: null,
    error: null,
    createdAt: Date.now(),
    timer: null,
  };
  S.pending.set(rec.cmid, rec);
  addEntry(t, { type: 'local', key: `l:${rec.cmid}`, rec, ts: rec.createdAt });
  dispatch(rec);
}

function onMessage(m) {
  if (!m.id) return;
  let t;
  if (m.room) t = getThread('room', m.room);
  else if (m.conversation) {
    t = getThread('conv', m.conversation);
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
      if (S.active === t.key) { renderThreadHead(); updateComposer(); }
    }
  } else return;

  if (t.ids.has(m.id)) return; // exactly once, even across reconnects
  t.ids.add(m.id);
  const entry = { type: 'message', key: `m:${m.id}`, msg: m, ts: msgTs(m) };
  const local = t.entries.find((e) => e.type === 'local'
    && ((m.clientMessageId && e.rec.cmid === m.clientMessageId) || (e.rec.id && e.rec.id === m.id)));
  if (local) {
    clearTimeout(local.rec.timer);
    S.pending.delete(local.rec.cmid);
    replaceEntry(t, local.key, entry);
  } else {
    addEntry(t, entry);
  }
}

function onModeration(ev) {
  if (!ev.messageId) return;
  S.moderation.set(ev.messageId, ev);
  const apply = () => {
    for (const rec of S.pending.values()) {
      if (rec.id === ev.messageId) {
        clearTimeout(rec.timer);
        if (ev.action === 'blocked' || ev.action === 'held') rec.status = ev.action;
        refreshLocal(rec);
        return true;
      }
    }
    for (const t of S.threads.values()) {
      if (t.ids.has(ev.messageId)) { refreshEntry(t, `m:${ev.messageId}`); return true; }
    }
    return false;
  };
  if (!apply()) {
    // The ack may still be on its way: try again shortly, then tell the author anyway.
    setTimeout(() => {
      if (!S.token || apply()) return;
      const what = { blocked: 'bloqué', held: 'mis en attente de vérification', masked: 'partiellement masqué' }[ev.action] || 'modéré';
      toast(`Un de tes messages a été ${what} par la modération.${ev.reason ? ` Motif : ${ev.reason}.` : ''}`, 'error', 9000);
    }, 1500);
  }
}

/* ------------------------------------------------------------------ composer */

function updateComposer() {
  const t = activeThread();
  let can = false;
  let hint = '';
  if (!t) hint = 'Choisis un salon pour discuter.';
  else if (t.kind === 'room' && !S.joined.has(t.id)) hint = 'Rejoins ce salon pour écrire.';
  else if (t.kind === 'conv') {
    const c = S.convs.get(t.id);
    if (!c || c.status === 'accepted') can = !!c;
    else if (c.status === 'pending') hint = c.incoming ? 'Accepte la demande pour répondre.' : 'En attente de réponse…';
    else hint = 'Cette conversation est terminée.';
  } else can = true;
  if (can && silenced()) {
    can = false;
    hint = S.sanction.action === 'ban' ? 'Tu es banni·e : l’envoi de messages est désactivé.'
      : 'Tu es réduit·e au silence : l’envoi de messages est désactivé.';
  }
  el.messageInput.disabled = !can;
  el.composerHint.textContent = hint;
  el.composer.dataset.enabled = can ? 'true' : 'false';
  updateCount();
}

function updateCount() {
  const value = el.messageInput.value;
  const n = codePoints(value.trim());
  const over = n > MAX_LEN;
  el.charCount.textContent = `${codePoints(value)}/${MAX_LEN}`;
  el.charCount.classList.toggle('over', over);
  el.messageInput.setAttribute('aria-invalid', over ? 'true' : 'false');
  el.sendButton.disabled = el.messageInput.disabled || n === 0 || over;
  if (over) el.composerHint.textContent = `Message trop long : ${MAX_LEN} caractères maximum.`;
  else if (el.composerHint.textContent.startsWith('Message trop long')) el.composerHint.textContent = '';
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
    if (c.incoming) toast(`${c.peer?.nickname || 'Quelqu’un'} veut discuter en privé avec toi.`, 'info', 8000);
  } else {
    const was = c.status;
    c.status = ev.status || c.status;
    if (ev.peer) c.peer = ev.peer;
    if (was !== 'accepted' && c.status === 'accepted' && !c.incoming) {
      toast(`${c.peer?.nickname || 'Ton contact'} a accepté ta demande.`, 'success');
    } else if (was === 'pending' && c.status !== 'pending' && c.status !== 'accepted' && !c.incoming) {
      toast(`${c.peer?.nickname || 'Ton contact'} a refusé ta demande.`, 'info');
    }
  }
  saveState();
  renderConvs();
  if (S.active === threadKey('conv', c.id)) { renderThreadHead(); renderMessages(); renderMembers(); updateComposer(); }
  const dot = document.querySelector('[data-dot=rooms]');
  if (dot && c.incoming && c.status === 'pending') dot.hidden = false;
}

/* ------------------------------------------------------------------ private rooms */

function ownedPrivateRooms() {
  return S.rooms.filter((r) => r.kind === 'private' && S.me && r.ownerSessionId === S.me.id);
}

async function createPrivateRoom() {
  const name = (window.prompt('Nom de ton salon privé (2 à 40 caractères) :') || '').trim();
  if (!name) return;
  let room;
  try {
    room = await call('POST', '/rooms', { name });
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    return;
  }
  if (!room || !room.id) return;
  S.joined.add(room.id);
  saveState();
  toast(`Salon privé « ${room.name} » créé. Invite des membres depuis leur menu.`, 'success');
  await refreshRooms();
  openThread(threadKey('room', room.id));
}

async function inviteInto(room, m) {
  try {
    await call('POST', `/rooms/${enc(room.id)}/invitations`, { sessionId: m.sessionId });
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    return;
  }
  toast(`${m.nickname} est invité·e dans « ${room.name} ».`, 'success');
}

async function startConversation(m) {
  const existing = [...S.convs.values()].find((c) => c.peer?.sessionId === m.sessionId
    && (c.status === 'pending' || c.status === 'accepted'));
  if (existing) { openThread(threadKey('conv', existing.id)); return; }
  let res;
  try {
    res = await call('POST', '/conversations', { peer: m.sessionId });
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    return;
  }
  if (!res || !res.id) return;
  const c = { id: res.id, peer: { sessionId: m.sessionId, nickname: m.nickname }, status: res.status || 'pending', incoming: false };
  S.convs.set(c.id, c);
  saveState();
  toast(c.status === 'accepted' ? `Conversation ouverte avec ${m.nickname}.` : `Demande envoyée à ${m.nickname}.`, 'success');
  openThread(threadKey('conv', c.id));
}

async function acceptConv(c) {
  try {
    await call('POST', `/conversations/${enc(c.id)}/accept`);
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    if (e.code === 'not-found') dropConv(c);
    return;
  }
  c.status = 'accepted';
  saveState();
  openThread(threadKey('conv', c.id));
}

async function declineConv(c, closing = false) {
  if (closing && !(await confirmDialog('Fermer la conversation ?',
    `Tu ne pourras plus échanger avec ${c.peer?.nickname || 'cette personne'} dans cette conversation.`, 'Fermer'))) return;
  try {
    await call('DELETE', `/conversations/${enc(c.id)}`);
  } catch (e) {
    if (e.status === 401) return;
    if (e.code !== 'not-found') { toast(errorText(e), 'error'); return; }
  }
  dropConv(c);
}

function dropConv(c) {
  const key = threadKey('conv', c.id);
  S.convs.delete(c.id);
  S.threads.delete(key);
  if (S.active === key) S.active = null;
  saveState();
  renderThreadAll();
}

/* ------------------------------------------------------------------ block and report */

async function blockSession(person, { ask = true } = {}) {
  if (!person || !person.sessionId || S.blocked.has(person.sessionId)) return;
  const nick = person.nickname || 'cette personne';
  if (ask && !(await confirmDialog(`Bloquer ${nick} ?`,
    `${nick} ne pourra plus te contacter et tu ne verras plus ses messages.`, 'Bloquer'))) return;
  try {
    await call('POST', '/blocks', { sessionId: person.sessionId });
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'error');
    return;
  }
  S.blocked.add(person.sessionId);
  saveState();
  toast(`${nick} est bloqué·e.`, 'success');
  renderThreadHead();
  renderMessages({ keepScroll: true });
  renderMembers();
}

let reportCtx = null;
function openReport(ctx) {
  reportCtx = ctx;
  el.reportTitle.textContent = ctx.title || 'Signaler';
  el.reportTarget.textContent = ctx.description || '';
  el.reportCategory.value = '';
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
    el.reportError.textContent = 'Choisis un motif.';
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
  toast('Merci, ton signalement a été transmis à l’équipe de modération.', 'success', 7000);
  if (alsoBlock) blockSession(person, { ask: false });
}

/* ------------------------------------------------------------------ sanctions */

let sanctionTimer = null;
function silenced() {
  const s = S.sanction;
  if (!s || (s.action !== 'mute' && s.action !== 'ban')) return false;
  if (!s.until) return true;
  const t = Date.parse(s.until);
  return Number.isNaN(t) || t > Date.now();
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
    if (expired) { S.sanction = null; saveState(); toast('Ta restriction est terminée, tu peux de nouveau écrire.', 'success'); updateComposer(); }
    b.hidden = true;
    b.replaceChildren();
    return;
  }
  const until = s.until ? ` jusqu’au ${fmtDateTime(s.until)}` : '';
  const title = {
    warn: 'Avertissement de la modération.',
    mute: `Tu es réduit·e au silence${until || ' pour le moment'} : tu ne peux pas envoyer de message.`,
    kick: 'Tu as été exclu·e par la modération.',
    ban: `Tu es banni·e${until || ''} : tu ne peux plus envoyer de message.`,
  }[s.action] || 'Décision de la modération.';
  b.dataset.action = s.action || '';
  const url = safeUrl(s.statement);
  b.replaceChildren(
    h('div', { class: 'sanction-body' },
      h('strong', {}, title),
      s.reason ? h('span', {}, ` Motif : ${s.reason}.`) : null,
      url ? h('span', {}, ' ', h('a', {
        href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'sanction-statement',
      }, 'Pourquoi ? Voir la décision')) : null),
    s.action === 'warn' || s.action === 'kick'
      ? h('button', {
        type: 'button', class: 'btn btn-small btn-ghost', 'data-testid': 'sanction-dismiss',
        onclick: () => { S.sanction = null; saveState(); renderSanction(); },
      }, 'J’ai compris')
      : '',
  );
  b.hidden = false;
  if (s.until && (s.action === 'mute' || s.action === 'ban')) {
    const ms = Math.min(Date.parse(s.until) - Date.now() + 500, 2 ** 31 - 1);
    sanctionTimer = setTimeout(() => { renderSanction(); updateComposer(); }, ms);
  }
}

/* ------------------------------------------------------------------ boot */

function wire() {
  el.entryForm.addEventListener('submit', onEntrySubmit);
  el.nickname.addEventListener('input', () => el.nickname.removeAttribute('aria-invalid'));
  el.age.addEventListener('input', () => el.age.removeAttribute('aria-invalid'));
  el.quitButton.addEventListener('click', quit);
  el.roomsRefresh.addEventListener('click', refreshRooms);
  el.roomCreate.addEventListener('click', createPrivateRoom);
  el.loadMore.addEventListener('click', () => { const t = activeThread(); if (t) loadHistory(t, true); });
  el.composer.addEventListener('submit', onComposerSubmit);
  el.messageInput.addEventListener('input', updateCount);
  el.messageInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      el.composer.requestSubmit();
    }
  });
  document.querySelectorAll('.tab').forEach((t) => t.addEventListener('click', () => setView(t.dataset.view)));
  el.reportCategory.replaceChildren(
    h('option', { value: '' }, 'Choisis un motif…'),
    ...Object.entries(REPORT_CATEGORIES).map(([v, label]) => h('option', { value: v }, label)),
  );
  el.reportForm.addEventListener('submit', onReportSubmit);
  el.reportCancel.addEventListener('click', () => el.reportDialog.close());
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && openMenu) closeMenu(true); });
}

function boot() {
  bindElements();
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
