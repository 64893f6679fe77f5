// Causette – thin fetch wrapper for the public API (/api/v1), problem+json aware.
// Tokens are passed in, never logged.

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code || (status === 0 ? 'network' : `http-${status}`);
    this.detail = problem.detail || '';
    this.title = problem.title || '';
    this.problem = problem;
    this.retryAfter = retryAfter; // seconds or null
  }
}

function parseRetryAfter(value) {
  if (!value) return null;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, Math.ceil(s));
  const d = Date.parse(value);
  return Number.isNaN(d) ? null : Math.max(0, Math.ceil((d - Date.now()) / 1000));
}

/**
 * request('POST', '/sessions', { body, token, headers, timeout })
 * Resolves with the parsed JSON body (or null for 204), rejects with ApiError.
 */
export const REQUEST_TIMEOUT_MS = 10_000;

export async function request(method, path, { body, token, headers = {}, signal, timeout = 0 } = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (token) h.Authorization = `Bearer ${token}`;
  // With a timeout (ms), a hanging server answers 'timeout' (status 0) rather than leaving the caller waiting.
  const ctl = new AbortController();
  let timedOut = false;
  const timer = timeout > 0 ? setTimeout(() => { timedOut = true; ctl.abort(); }, timeout) : null;
  if (signal) signal.addEventListener('abort', () => ctl.abort(), { once: true });
  let res;
  let text = '';
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: ctl.signal,
    });
    if (res.status !== 204) text = await res.text();
  } catch (e) {
    if (timedOut) throw new ApiError(0, { code: 'timeout', title: 'Timeout' });
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'network', title: 'Réseau indisponible' });
  } finally {
    clearTimeout(timer);
  }
  const type = res.headers.get('Content-Type') || '';
  let data = null;
  if (text && /json/i.test(type)) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const problem = data && typeof data === 'object' && !Array.isArray(data) ? data : { status: res.status };
    throw new ApiError(res.status, problem, parseRetryAfter(res.headers.get('Retry-After')));
  }
  return data;
}

const MESSAGES = {
  'network': 'Impossible de joindre Causette. Vérifie ta connexion puis réessaie.',
  'timeout': 'Causette ne répond pas. Vérifie ta connexion puis réessaie.',
  'nickname-taken': 'Ce pseudo est déjà utilisé en ce moment. Choisis-en un autre.',
  'nickname-rejected': 'Ce pseudo n’est pas accepté : il enfreint les règles de Causette. Choisis-en un autre.',
  'invalid-nickname': 'Pseudo invalide : 2 à 24 caractères, lettres, chiffres, « _ », « - » ou « . ».',
  'invalid-age': 'Âge invalide : indique ton âge en nombre entier.',
  'under-minimum-age': 'Désolé, Causette est réservé aux personnes de 15 ans et plus.',
  'under-age': 'Désolé, Causette est réservé aux personnes de 15 ans et plus. Reviens quand tu les auras.',
  'bracket-locked': 'Cet appareil a servi récemment de l’autre côté de Causette (ados et adultes sont séparés) : ce n’est pas possible.',
  'rate-limited': 'Trop de tentatives en peu de temps.',
  'unauthenticated': 'Ta session a expiré ou a pris fin.',
  'forbidden': 'Accès refusé.',
  'audience-mismatch': 'Les espaces ados et adultes sont séparés : ce n’est pas possible.',
  'room-name-rejected': 'Ce nom de salon n’est pas accepté : il enfreint les règles de Causette.',
  'room-topic-rejected': 'Ce sujet de salon n’est pas accepté : il enfreint les règles de Causette.',
  'not-room-owner': 'Seul·e la personne qui a créé ce salon privé peut faire cela.',
  'too-many-rooms': 'Tu as déjà le nombre maximum de salons privés.',
  'too-many-invitations': 'Ce salon privé a déjà invité le nombre maximum de personnes.',
  'banned': 'Tu es banni·e : cette action t’est interdite pour le moment.',
  'muted': 'Tu es réduit·e au silence pour le moment : tu ne peux pas envoyer de message.',
  'room-full': 'Ce salon est complet. Essaie un autre salon ou reviens plus tard.',
  'not-a-member': 'Rejoins d’abord le salon.',
  'blocked': 'Impossible de contacter cette personne.',
  'message-too-long': 'Message trop long (1000 caractères maximum).',
  'payload-too-large': 'Contenu trop volumineux.',
  'not-found': 'Introuvable (peut-être supprimé ou terminé).',
  'invalid-credentials': 'Identifiant ou mot de passe incorrect.',
  'invalid-field': 'Un champ est invalide.',
  'malformed-json': 'Requête invalide.',
  'unsupported-media-type': 'Requête invalide.',
};

/** French, user-facing text for an ApiError (or a stream error event {code, detail}). */
export function problemMessage(err) {
  const code = err && err.code;
  let msg = MESSAGES[code];
  if (code === 'rate-limited') {
    const s = err.retryAfter;
    msg += s ? ` Réessaie dans ${s} s.` : ' Patiente un instant puis réessaie.';
  }
  if (!msg) {
    if (err && err.status >= 500) msg = 'Le service est momentanément indisponible. Réessaie dans un instant.';
    else msg = (err && (err.detail || err.title)) || 'Une erreur est survenue.';
  }
  return msg;
}

/** Server detail, when it adds something to the French message. */
export function problemDetail(err) {
  if (!err || !err.detail) return '';
  if (!MESSAGES[err.code] && !(err.status >= 500)) return ''; // already used as the message
  return err.detail;
}
