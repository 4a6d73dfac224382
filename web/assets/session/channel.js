// The session WebSocket (`/api/v1/sessions/{id}/ws`): heartbeats, reconnection within the
// server's grace period, and the server's messages handed to one callback. Message shapes are
// `ClientMessage` and `ServerMessage` in crates/protocol/src/ws.rs (see docs/API.md).

/** Close codes the server uses; anything else is a lost connection worth retrying. */
const CLOSE_ENDED = 1000;
const CLOSE_REPLACED = 4001;
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];
/** The server keeps a lost participant's place for `reconnect_grace_secs` (60 by default). */
const GIVE_UP_AFTER_MS = 70_000;

export class SessionChannel {
  /**
   * @param {string} sessionId
   * @param {{ onMessage: (message: object) => void, onStatus: (status: string) => void }} handlers
   *   `onStatus` gets `connecting`, `open`, `reconnecting`, `replaced` or `closed`.
   */
  constructor(sessionId, { onMessage, onStatus }) {
    this.url = new URL(`/api/v1/sessions/${encodeURIComponent(sessionId)}/ws`, location.href);
    this.url.protocol = this.url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.socket = null;
    this.heartbeat = null;
    this.attempt = 0;
    this.lostSince = null;
    this.closed = false;
    this.queue = [];
  }

  open() {
    this.closed = false;
    this.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.lostSince = null;
      this.onStatus('open');
      for (const message of this.queue.splice(0)) socket.send(JSON.stringify(message));
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return; // The server only sends JSON; ignore anything else rather than crash the page.
      }
      if (message?.type === 'welcome') this.startHeartbeat(message.heartbeat_interval_ms);
      if (message?.type !== 'heartbeat') this.onMessage(message);
    });
    socket.addEventListener('close', (event) => {
      this.stopHeartbeat();
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed || event.code === CLOSE_ENDED) {
        this.onStatus('closed');
      } else if (event.code === CLOSE_REPLACED) {
        this.onStatus('replaced');
      } else if (event.code >= 4400 && event.code < 4500) {
        this.onStatus('closed'); // Refused (not a participant, session over): retrying cannot help.
      } else {
        this.retry();
      }
    });
  }

  retry() {
    this.lostSince ??= Date.now();
    if (Date.now() - this.lostSince > GIVE_UP_AFTER_MS) {
      this.closed = true;
      this.onStatus('closed');
      return;
    }
    const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)];
    this.attempt += 1;
    this.onStatus('reconnecting');
    setTimeout(() => { if (!this.closed) this.open(); }, delay);
  }

  startHeartbeat(intervalMs) {
    this.stopHeartbeat();
    const interval = Number.isFinite(intervalMs) && intervalMs > 0 ? intervalMs : 1000;
    this.heartbeat = setInterval(() => this.send({ type: 'heartbeat' }), interval);
  }

  stopHeartbeat() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** Sends a `ClientMessage`; queued while (re)connecting. */
  send(message) {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    } else if (!this.closed && message.type !== 'heartbeat') {
      this.queue.push(message);
    }
  }

  /** Closes for good (the session ended or the page is leaving). */
  close() {
    this.closed = true;
    this.stopHeartbeat();
    this.socket?.close(1000);
    this.socket = null;
  }
}
