// What the helper console and the sharer web app do alike: speak a change aloud, follow the
// session channel's state, and show a refused frame where it belongs.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { signedOut } from '../page.js';
import { CHAT_ERRORS, sessionErrorText } from './messages.js';

/** Says `text` through the page's `#announcer` alert region (again, even if unchanged). */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 30);
}

/**
 * Follows the channel's status: reconnecting is shown in `#session-status`; a replaced channel
 * finishes the page; a closed one shows the session's final state (the `session` message with
 * the end normally came first), or finishes when that cannot be read.
 */
export function onChannelStatus(status, { sessionId, ended, render, finish }) {
  if (status === 'reconnecting') {
    document.getElementById('session-status').textContent = t('session-reconnecting');
  } else if (status === 'replaced') {
    finish(t('session-replaced'));
  } else if (status === 'closed' && !ended()) {
    api.get(`/api/v1/sessions/${encodeURIComponent(sessionId)}`)
      .then((session) => render(session))
      .catch(() => finish(t('session-connection-closed')));
  }
}

/** A refused frame: chat refusals go to the chat (which keeps the text), others are announced. */
export function onRefused(message, chat) {
  if (CHAT_ERRORS.includes(message.code)) {
    chat.refused(sessionErrorText(message));
  } else {
    announce(sessionErrorText(message));
  }
}

/** Shows the page's "Session ended" card with `text`, said aloud and focused. */
export function showEnded(text) {
  document.getElementById('session').hidden = true;
  document.getElementById('ended-text').textContent = text;
  document.getElementById('ended').hidden = false;
  performance.mark('assist-ended-shown');
  announce(text);
  document.getElementById('ended-heading').focus();
  history.replaceState(null, '', location.pathname);
}

/**
 * The session named by `?session=` in the address when `role` still takes part in it (a
 * reload); null otherwise, with the address cleaned. Undefined when sent to sign in.
 */
export async function sessionToResume(role) {
  const id = new URLSearchParams(location.search).get('session');
  if (!id) return null;
  try {
    const session = await api.get(`/api/v1/sessions/${encodeURIComponent(id)}`);
    if (session.your_role === role && session.state.state !== 'ended') return session;
  } catch (err) {
    if (signedOut(err)) return undefined;
  }
  history.replaceState(null, '', location.pathname);
  return null;
}
