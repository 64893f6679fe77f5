// Causette – interface languages of the chat client and its pages: French (default), Dutch, English.
// The choice is kept in localStorage (causette.lang); without one, the browser's language decides, French otherwise.
// Texts are inserted as text; only the few data-i18n-html keys (our own constants) carry markup (<strong>, <a>).
import { FR } from './i18n-fr.js';
import { NL } from './i18n-nl.js';
import { EN } from './i18n-en.js';

export const LANGS = ['fr', 'nl', 'en'];
export const LANG_NAMES = { fr: 'Français', nl: 'Nederlands', en: 'English' };
const DICTS = { fr: FR, nl: NL, en: EN };
const LOCALES = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' };
const KEY = 'causette.lang';

function stored() {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

function fromBrowser() {
  for (const l of navigator.languages || [navigator.language || '']) {
    const base = String(l).toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'fr';
}

let lang = LANGS.includes(stored()) ? stored() : fromBrowser();

export const currentLang = () => lang;
export const locale = () => LOCALES[lang];

/** t('key', {name: 'Lou'}): the text in the interface language ({name} replaced), French when a key is missing. */
export function t(key, params) {
  let s = DICTS[lang][key];
  if (s === undefined) s = FR[key];
  if (s === undefined) return key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined ? m : String(params[k])));
  return s;
}

export const has = (key) => DICTS[lang][key] !== undefined || FR[key] !== undefined;

/** Sets the language, remembers it, translates the static page and tells listeners ('causette:lang' on window). */
export function setLang(next) {
  if (!LANGS.includes(next) || next === lang) return;
  lang = next;
  try { localStorage.setItem(KEY, next); } catch { /* private mode */ }
  translatePage();
  window.dispatchEvent(new CustomEvent('causette:lang', { detail: next }));
}

/**
 * Translates the static markup: data-i18n (text), data-i18n-html (our own markup), data-i18n-attr
 * ("placeholder:key;aria-label:key"), and <html lang>.
 */
export function translatePage(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-html]').forEach((e) => { e.innerHTML = t(e.dataset.i18nHtml); });
  root.querySelectorAll('[data-i18n-attr]').forEach((e) => {
    for (const pair of e.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) e.setAttribute(attr.trim(), t(key.trim()));
    }
  });
  root.querySelectorAll('select[data-testid=lang-switch]').forEach((s) => { s.value = lang; });
}

/** Wires every language <select data-testid="lang-switch"> of the page. */
export function wireLangSwitch(root = document) {
  root.querySelectorAll('select[data-testid=lang-switch]').forEach((s) => {
    s.replaceChildren(...LANGS.map((l) => {
      const o = document.createElement('option');
      o.value = l;
      o.lang = l;
      o.textContent = LANG_NAMES[l];
      return o;
    }));
    s.value = lang;
    s.addEventListener('change', () => setLang(s.value));
  });
}

const STATUS_FALLBACK = (status) => (status === 0 ? 'err.network' : status >= 500 ? 'err.server' : 'err.generic');

/**
 * The user's text for a problem (an ApiError, or a stream error {code}), chosen from its code: the server's `detail`
 * is for developers (English) and is never shown.
 */
export function errorText(err) {
  const code = err && err.code;
  let msg = code && has(`err.${code}`) ? t(`err.${code}`) : t(STATUS_FALLBACK(err && typeof err.status === 'number' ? err.status : 400));
  if (code === 'rate-limited' || code === 'too-many-streams') {
    msg += ' ' + (err.retryAfter ? t('err.retryIn', { s: err.retryAfter }) : t('err.retrySoon'));
  }
  return msg;
}

const formatters = {};
function fmt(kind) {
  const k = `${lang}:${kind}`;
  if (!formatters[k]) {
    formatters[k] = kind === 'time'
      ? new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' })
      : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  }
  return formatters[k];
}
export function fmtTime(iso) { const d = new Date(iso); return Number.isNaN(+d) ? '' : fmt('time').format(d); }
export function fmtDateTime(iso) { const d = new Date(iso); return Number.isNaN(+d) ? '' : fmt('dateTime').format(d); }
