// Whether the other person is still there, shown on the page: when their connection drops, a
// card says so with the time left in the server's reconnection grace and an "End now" button;
// when they come back it says so once. The helper console and the sharer web app use it alike.
// The server sends `presence` frames (`ServerMessage::Presence`, with `grace_ms` when offline)
// and says in `welcome` whether the other side is away (`peer_online`, `peer_grace_ms`).
import { t } from '../i18n.js';
import { clock } from '../page.js';
import { announce } from './common.js';

/** How long "NAME is back." stays on the card. */
const BACK_SHOWN_MS = 6000;

export class Presence {
  /**
   * @param {HTMLElement} card the `.away-card` section: `.away-heading`, `.away-time`,
   *   `.away-screen` (the sharer's "nobody sees your screen" line) and `.away-end` (End now).
   * @param {{ name: () => string, onEndNow: () => void, onChange: (away: boolean) => void,
   *   screenLine?: () => boolean, backText?: () => string }} options `screenLine` says
   *   whether the card tells the sharer that nobody can see their screen; `backText` is the
   *   message id said on a return.
   */
  constructor(card, {
    name, onEndNow, onChange, screenLine = () => false, backText = () => 'presence-back',
  }) {
    this.card = card;
    this.name = name;
    this.onChange = onChange;
    this.screenLine = screenLine;
    this.backText = backText;
    this.away = false;
    this.deadline = null;
    this.timer = null;
    this.backTimer = null;
    card.querySelector('.away-end').addEventListener('click', () => {
      card.querySelector('.away-end').disabled = true;
      onEndNow();
    });
  }

  /** The first frame of a connection: the other side may already be away. */
  welcome({ peer_online: online, peer_grace_ms: graceMs }) {
    if (!online && graceMs != null) this.lost(graceMs);
    else if (online && this.away) this.back();
  }

  /** A `presence` frame about the other side. */
  update({ status, grace_ms: graceMs }) {
    if (status === 'offline') this.lost(graceMs);
    // Online after a loss is a return; online on a first join is not news (the join is told).
    else if (this.away) this.back();
  }

  lost(graceMs) {
    const first = !this.away;
    this.away = true;
    clearTimeout(this.backTimer);
    this.deadline = graceMs == null ? null : Date.now() + graceMs;
    const heading = this.card.querySelector('.away-heading');
    heading.textContent = t('presence-away', { name: this.name() });
    this.card.querySelector('.away-screen').hidden = !this.screenLine();
    this.card.querySelector('.away-end').hidden = false;
    this.card.querySelector('.away-end').disabled = false;
    this.card.classList.remove('is-back');
    this.card.hidden = false;
    this.tick();
    clearInterval(this.timer);
    this.timer = setInterval(() => this.tick(), 1000);
    if (first) {
      performance.mark('assist-peer-away-shown');
      announce(heading.textContent);
      this.onChange(true);
    }
  }

  tick() {
    const time = this.card.querySelector('.away-time');
    if (this.deadline == null) {
      time.textContent = '';
      return;
    }
    const left = Math.max(0, (this.deadline - Date.now()) / 1000);
    time.textContent = t('presence-grace-left', { time: clock(left) });
  }

  /** Shows "NAME is back." for a few seconds. */
  back() {
    this.away = false;
    clearInterval(this.timer);
    this.deadline = null;
    const text = t(this.backText(), { name: this.name() });
    this.card.querySelector('.away-heading').textContent = text;
    this.card.querySelector('.away-time').textContent = '';
    this.card.querySelector('.away-screen').hidden = true;
    this.card.querySelector('.away-end').hidden = true;
    this.card.classList.add('is-back');
    this.card.hidden = false;
    announce(text);
    this.onChange(false);
    clearTimeout(this.backTimer);
    this.backTimer = setTimeout(() => { this.card.hidden = true; }, BACK_SHOWN_MS);
  }

  /** The session ended: nothing more to wait for. */
  stop() {
    clearInterval(this.timer);
    clearTimeout(this.backTimer);
    this.away = false;
    this.card.hidden = true;
  }
}
