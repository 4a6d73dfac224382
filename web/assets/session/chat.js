// The chat panel: one thread per session, in any script. New messages are announced by the
// list's live region; own messages show as "sending" until the server echoes them back.
import { element } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';

/** The server's limit (`ChatText` in crates/protocol/src/text.rs). */
export const MAX_CHAT_CHARS = 4000;
/**
 * What the server refuses in a message (`ChatText::problem`): control characters other than
 * tab and line feed, and the controls that reorder text (U+202A–U+202E, U+2066–U+2069).
 */
const REFUSED_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export class ChatPanel {
  /**
   * @param {HTMLElement} root the panel; holds `.chat-list`, `.chat-form` with a textarea.
   * @param {{ myRole: string, send: (message: object) => void }} options
   */
  constructor(root, { myRole, send }) {
    this.root = root;
    this.myRole = myRole;
    this.send = send;
    this.names = { helper: '', sharer: '' };
    this.list = root.querySelector('.chat-list');
    this.form = root.querySelector('.chat-form');
    this.input = this.form.querySelector('textarea');
    this.error = root.querySelector('.chat-error');
    this.pending = new Map();
    this.seen = new Set();
    this.counter = 0;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    // Enter sends; Shift+Enter starts a new line (and an input method's Enter composes).
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
  }

  setNames(names) {
    this.names = { ...this.names, ...names };
  }

  setEnabled(enabled) {
    this.input.disabled = !enabled;
    this.form.querySelector('button').disabled = !enabled;
  }

  submit() {
    const text = this.input.value.replace(/\r\n/g, '\n');
    this.error.textContent = '';
    if (text.trim() === '') return;
    if ([...text].length > MAX_CHAT_CHARS) {
      this.error.textContent = t('chat-too-long', { max: MAX_CHAT_CHARS });
      return;
    }
    if (REFUSED_CHARACTERS.test(text)) {
      this.error.textContent = t('error-chat-invalid-characters');
      return;
    }
    this.counter += 1;
    const clientId = `c${Date.now().toString(36)}-${this.counter}`;
    const item = this.render({ sender: this.myRole, text, sent_at: new Date().toISOString() }, true);
    this.list.append(item);
    item.scrollIntoView?.({ block: 'nearest' });
    this.pending.set(clientId, item);
    this.send({ type: 'chat', text, client_id: clientId });
    this.input.value = '';
  }

  /** Shows the thread so far (from `welcome`), replacing what was shown. */
  reset(messages) {
    this.list.replaceChildren();
    this.seen.clear();
    this.pending.clear();
    for (const message of messages) this.add(message);
  }

  /** Adds a message from the server; the sender's own copy replaces its "sending" line. */
  add(message, clientId) {
    if (this.seen.has(message.seq)) return;
    this.seen.add(message.seq);
    const pending = clientId ? this.pending.get(clientId) : undefined;
    const item = this.render(message, false);
    if (pending) {
      this.pending.delete(clientId);
      pending.replaceWith(item);
    } else {
      // Stored messages go before our own that are still on their way.
      const firstPending = this.pending.values().next().value;
      this.list.insertBefore(item, firstPending ?? null);
    }
    item.scrollIntoView?.({ block: 'nearest' });
  }

  /** A chat frame was refused (too long, chat off, too fast): say so and keep the text. */
  refused(errorMessage) {
    this.error.textContent = errorMessage;
    const [clientId, item] = [...this.pending].at(-1) ?? [];
    if (item) {
      this.pending.delete(clientId);
      const text = item.querySelector('.chat-text')?.textContent ?? '';
      item.remove();
      if (this.input.value === '') this.input.value = text;
    }
  }

  render(message, pending) {
    const mine = message.sender === this.myRole;
    const item = element('li', `chat-message ${mine ? 'chat-mine' : 'chat-theirs'}`);
    const meta = element('p', 'chat-meta');
    const who = mine ? t('chat-you') : this.names[message.sender] || t(`chat-role-${message.sender}`);
    const name = element('span', 'chat-sender', who);
    name.dir = 'auto';
    const time = element('time', 'chat-time', pending ? t('chat-sending') : formatDateTime(message.sent_at));
    time.dateTime = message.sent_at;
    meta.append(name, ' ', time);
    const text = element('p', 'chat-text', message.text);
    text.dir = 'auto';
    item.append(meta, text);
    if (pending) item.classList.add('chat-pending');
    return item;
  }
}
