// Causette – small DOM helpers shared by the chat and the moderation console.
// Text is always inserted as text (never as HTML).

/** h('button', {class: 'btn', 'data-testid': 'x', onclick: fn}, 'Texte', child...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k in el && typeof v !== 'string' && k !== 'list') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export const $ = (sel, root = document) => root.querySelector(sel);

/** Number of Unicode code points (what the API counts). */
export const codePoints = (s) => { let n = 0; for (const _ of s) n++; return n; };

const timeFmt = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });
const dateTimeFmt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
export function fmtTime(iso) { const d = new Date(iso); return Number.isNaN(+d) ? '' : timeFmt.format(d); }
export function fmtDateTime(iso) { const d = new Date(iso); return Number.isNaN(+d) ? '' : dateTimeFmt.format(d); }

const rtf = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
export function fmtAgo(iso) {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const s = Math.round((t - Date.now()) / 1000);
  const a = Math.abs(s);
  if (a < 60) return rtf.format(s, 'second');
  if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (a < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86400), 'day');
}

/** Only http(s) URLs (absolute or relative) may become links. */
export function safeUrl(u) {
  if (!u || typeof u !== 'string') return null;
  try {
    const url = new URL(u, location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch { return null; }
}

/** Transient message in the polite live region (#toasts). kind: info|success|error */
export function toast(text, kind = 'info', ms = 5000, closeLabel = 'Fermer') {
  const box = document.getElementById('toasts');
  if (!box) return;
  const t = h('div', { class: `toast toast-${kind}`, 'data-testid': 'toast', 'data-kind': kind }, text);
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': closeLabel, onclick: () => t.remove() }, '×');
  t.append(close);
  box.append(t);
  setTimeout(() => t.remove(), ms);
}

/** Confirmation with the #confirm-dialog <dialog>. Resolves true/false. */
export function confirmDialog(title, text, okLabel = 'Confirmer') {
  const dlg = document.getElementById('confirm-dialog');
  dlg.querySelector('[data-role=title]').textContent = title;
  dlg.querySelector('[data-role=text]').textContent = text;
  dlg.querySelector('[data-role=ok]').textContent = okLabel;
  dlg.returnValue = '';
  return new Promise((resolve) => {
    dlg.addEventListener('close', () => resolve(dlg.returnValue === 'ok'), { once: true });
    dlg.showModal();
  });
}

export const GENDERS = { f: 'femme', m: 'homme', x: 'autre' };

export const REGIONS = {
  'FR-75': 'Paris', 'FR-13': 'Bouches-du-Rhône', 'FR-69': 'Rhône', 'FR-59': 'Nord',
  'FR-31': 'Haute-Garonne', 'FR-33': 'Gironde', 'FR-44': 'Loire-Atlantique', 'FR-67': 'Bas-Rhin',
  'FR-06': 'Alpes-Maritimes', 'FR-34': 'Hérault', 'FR-35': 'Ille-et-Vilaine', 'FR-38': 'Isère',
  'FR-92': 'Hauts-de-Seine', 'FR-93': 'Seine-Saint-Denis',
  'BE-BRU': 'Bruxelles-Capitale', 'BE-WAL': 'Wallonie', 'BE-VLG': 'Flandre',
};

export const REPORT_CATEGORIES = {
  'child-safety': 'Mise en danger d’un·e mineur·e',
  'sexual': 'Contenu sexuel',
  'harassment': 'Harcèlement, insultes',
  'hate': 'Haine, discrimination',
  'threat': 'Menaces, violence',
  'spam': 'Spam, arnaque, publicité',
  'personal-data': 'Données personnelles (adresse, numéro, photos…)',
  'illegal-other': 'Autre contenu illégal',
  'other': 'Autre',
};

/** crypto.randomUUID() (secure contexts), with a getRandomValues v4 fallback for plain http hosts. */
export function uuid() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = [...b].map((v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
