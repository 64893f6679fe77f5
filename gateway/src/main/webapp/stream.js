// Causette – the real-time stream (WebSocket) with ping, watchdog and reconnect.
// URL: ws(s)://<same host>/api/v1/stream?ticket=<one-time ticket>: the token never travels in a URL.

// A stream is known dead within seconds, not at the next ping: every frame sent (a message, or a ping after
// IDLE_PING_MS without any frame from the server) must be followed by some frame (ack, pong, …) within
// REPLY_TIMEOUT_MS; an upgrade must complete within OPEN_TIMEOUT_MS; the browser's offline event closes at once.
const CHECK_EVERY_MS = 1000;
const IDLE_PING_MS = 10_000;
const REPLY_TIMEOUT_MS = 5000;
const OPEN_TIMEOUT_MS = 8000;
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];

export class Stream {
  /**
   * @param {object} o
   * @param {() => string|null} o.getToken
   * @param {() => Promise<string>} o.getTicket        a one-time stream ticket (rejects with the API error)
   * @param {(ev: object) => void} o.onEvent            every server frame, parsed
   * @param {(state: string, info?: object) => void} o.onState  connecting|open|waiting|offline|closed
   * @param {() => Promise<'ok'|'unauthorized'|'unknown'>} o.checkAuth  called after an unexpected close
   * @param {() => void} o.onUnauthorized
   */
  constructor({ getToken, getTicket, onEvent, onState, checkAuth, onUnauthorized, onBanned }) {
    this.getToken = getToken;
    this.getTicket = getTicket;
    this.onBanned = onBanned || (() => {});
    this.onEvent = onEvent;
    this.onState = onState || (() => {});
    this.checkAuth = checkAuth || (async () => 'unknown');
    this.onUnauthorized = onUnauthorized || (() => {});
    this.ws = null;
    this.stopped = true;
    this.attempt = 0;
    this.timer = null;
    this.pingTimer = null;
    this.lastFrameAt = 0;
    this.awaitingSince = 0; // when a frame was sent that no server frame has followed yet (0: none)
    this.openedOnce = false;
    this._online = () => { if (!this.stopped && !this.isOpen) this.reconnectNow(); };
    this._offline = () => {
      if (this.stopped) return;
      clearTimeout(this.timer);
      if (this.ws) this._drop('offline');
      this.onState('offline');
    };
  }

  get isOpen() { return !!this.ws && this.ws.readyState === WebSocket.OPEN; }

  url(ticket) {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${proto}//${location.host}/api/v1/stream?ticket=${encodeURIComponent(ticket)}`;
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this._online);
    window.addEventListener('offline', this._offline);
    this._connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener('online', this._online);
    window.removeEventListener('offline', this._offline);
    clearTimeout(this.timer);
    this._stopPing();
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try { ws.close(1000, 'bye'); } catch { /* ignore */ }
    }
    this.onState('closed');
  }

  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.attempt = 0;
    if (this.ws) { try { this.ws.close(); } catch { /* ignore */ } } else this._connect();
  }

  /** Sends one JSON frame; false when the socket is not open (caller falls back to REST). */
  send(obj) {
    if (!this.isOpen) return false;
    try {
      this.ws.send(JSON.stringify(obj));
      if (!this.awaitingSince) this.awaitingSince = Date.now();
      return true;
    } catch { return false; }
  }

  /** Forgets a socket that is dead or unwanted, and reports the loss like a close (reconnect with backoff). */
  _drop(reason) {
    const ws = this.ws;
    if (!ws) return;
    this.ws = null;
    this._stopPing();
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    try { ws.close(4000, reason); } catch { /* ignore */ }
  }

  async _connect() {
    if (this.stopped) return;
    const token = this.getToken();
    if (!token) { this.onUnauthorized(); return; }
    this.onState('connecting', { attempt: this.attempt });
    let ticket;
    try {
      ticket = await this.getTicket();
    } catch (e) {
      if (this.stopped) return;
      if (e && e.status === 401) { this._giveUp(); this.onUnauthorized(); return; }
      if (e && e.status === 403 && e.code === 'banned') { this._giveUp(); this.onBanned(); return; }
      this._scheduleReconnect();
      return;
    }
    if (this.stopped || this.ws) return;
    let ws;
    try { ws = new WebSocket(this.url(ticket)); } catch { this._scheduleReconnect(); return; }
    this.ws = ws;
    let opened = false;
    const openTimer = setTimeout(() => {
      if (this.ws === ws && !opened) { this._drop('open-timeout'); this._scheduleReconnect(); }
    }, OPEN_TIMEOUT_MS);
    ws.onopen = () => {
      clearTimeout(openTimer);
      opened = true;
      const reconnected = this.openedOnce;
      this.openedOnce = true;
      this.attempt = 0;
      this.lastFrameAt = Date.now();
      this.awaitingSince = 0;
      this._startPing();
      this.onState('open', { reconnected });
    };
    ws.onmessage = (e) => {
      this.lastFrameAt = Date.now();
      this.awaitingSince = 0;
      if (typeof e.data !== 'string') return;
      let ev;
      try { ev = JSON.parse(e.data); } catch { return; }
      if (ev && typeof ev === 'object' && ev.type !== 'pong') this.onEvent(ev);
    };
    ws.onerror = () => { /* onclose follows */ };
    ws.onclose = async (e) => {
      clearTimeout(openTimer);
      if (this.ws !== ws) return;
      this.ws = null;
      this._stopPing();
      if (this.stopped) return;
      // 4001: the token expired, was renewed or the session ended; 4008: a newer stream replaced this one.
      if (e.code === 4001) { this.attempt = 0; this._scheduleReconnect(); return; }
      if (e.code === 4003) { this._giveUp(); this.onBanned(); return; }
      if (e.code === 4008) { this._giveUp(); return; }
      // A refused upgrade (401) is indistinguishable from a network error in the browser:
      // ask the REST API whether the token is still good before trying again.
      if (!opened || e.code === 1008 || e.code >= 4000) {
        const verdict = await this.checkAuth();
        if (this.stopped) return;
        if (verdict === 'unauthorized') { this.stopped = true; this.onState('closed'); this.onUnauthorized(); return; }
      }
      this._scheduleReconnect();
    };
  }

  _giveUp() {
    this.stopped = true;
    window.removeEventListener('online', this._online);
    window.removeEventListener('offline', this._offline);
    this.onState('closed');
  }

  _scheduleReconnect() {
    if (this.stopped) return;
    if (navigator.onLine === false) { this.onState('offline'); return; } // the online event reconnects
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.attempt += 1;
    this.onState('waiting', { delay, attempt: this.attempt });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this._connect(), delay);
  }

  _startPing() {
    this._stopPing();
    this.pingTimer = setInterval(() => {
      if (!this.isOpen) return;
      const now = Date.now();
      if (this.awaitingSince && now - this.awaitingSince > REPLY_TIMEOUT_MS) {
        this._drop('no-reply');
        this._scheduleReconnect();
        return;
      }
      if (now - this.lastFrameAt > IDLE_PING_MS && !this.awaitingSince) this.send({ type: 'ping' });
    }, CHECK_EVERY_MS);
  }

  _stopPing() { clearInterval(this.pingTimer); this.pingTimer = null; }
}
