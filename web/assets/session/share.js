// The sharer web app (`/share`): enter the helper's code, see who they are, allow or decline
// what they ask, share the screen with `getDisplayMedia` straight to the helper's browser,
// chat, and stop at any moment. A browser can only be viewed: full control needs the Assist
// app, and when the helper asks for it this page says so and offers view only.
import { api } from '../api.js';
import { initI18n, t } from '../i18n.js';
import { loadMe, signedOut } from '../page.js';
import { SessionChannel } from './channel.js';
import { ChatPanel } from './chat.js';
import {
  announce, onChannelStatus as onSessionChannelStatus, onRefused, sessionToResume, showEnded,
} from './common.js';
import { endedText, sessionErrorText } from './messages.js';
import { explainApp } from './refusals.js';
import { Presence } from './presence.js';
import { DISPLAY_MEDIA_OPTIONS, fetchIceServers, SharerPeer } from './rtc.js';
import { personCard } from './trust.js';

const $ = (id) => document.getElementById(id);

/** Join refusals that the Assist app on an enrolled device would not meet. */
const APP_NEEDED = ['browser_sharing_not_allowed', 'unenrolled_device', 'wrong_device'];

const state = {
  session: null,
  channel: null,
  peer: null,
  stream: null,
  iceServers: [],
  chat: null,
  presence: null,
  ended: false,
  answering: false,
};

function helperName() {
  return state.session?.helper?.display_name ?? t('chat-role-helper');
}

/** The eight digits typed, with spaces, dashes and other separators ignored; null if not 8. */
function parseCode(value) {
  const digits = value.replace(/[\s\-\u00a0.]/g, '');
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}

async function join(event) {
  event.preventDefault();
  const input = $('code-input');
  const alert = $('join-alert');
  const button = event.currentTarget.querySelector('button[type=submit]');
  alert.textContent = '';
  $('code-input-error').textContent = '';
  input.removeAttribute('aria-invalid');
  const code = parseCode(input.value);
  if (!code) {
    input.setAttribute('aria-invalid', 'true');
    $('code-input-error').textContent = t('share-code-invalid-format');
    input.focus();
    return;
  }
  button.disabled = true;
  try {
    const session = await api.post('/api/v1/sessions/join', { code, client: 'web' });
    history.replaceState(null, '', `/share?session=${encodeURIComponent(session.id)}`);
    await openSession(session);
  } catch (err) {
    if (signedOut(err)) return;
    alert.textContent = sessionErrorText(err);
    // Refused because a browser is not enough here: say what the Assist app is and where it is.
    explainApp(alert, APP_NEEDED.includes(err.code));
    input.setAttribute('aria-invalid', 'true');
    if (err.code === 'too_many_attempts' && err.retryAfter) {
      // Locked out for a while: keep the button off until the server listens again.
      setTimeout(() => { button.disabled = false; }, err.retryAfter * 1000);
      input.focus();
      return;
    }
    button.disabled = false;
    input.select();
    input.focus();
  }
}

async function openSession(session) {
  state.session = session;
  $('join').hidden = true;
  $('session').hidden = false;
  $('page-status').textContent = '';
  $('trust').replaceChildren(personCard(session.helper, 'trust-helper-heading', 'trust-helper-heading'));
  state.chat = new ChatPanel($('chat'), { myRole: 'sharer', send: (message) => state.channel.send(message) });
  state.chat.setNames({ helper: session.helper.display_name, sharer: session.sharer?.display_name ?? '' });
  state.iceServers = await fetchIceServers(api, session.id);
  state.presence = new Presence($('away-card'), {
    name: helperName,
    onEndNow: () => end(),
    onChange: onHelperAway,
    // While the helper is away nothing is sent (the peer is closed), so nobody sees the screen.
    screenLine: () => state.session.state.state === 'active',
  });
  $('allow-button').addEventListener('click', () => allow());
  $('decline-button').addEventListener('click', () => decline());
  $('reshare-button').addEventListener('click', () => reshare());
  $('end-button').addEventListener('click', () => end());
  $('stop-sharing').addEventListener('click', () => end());
  state.channel = new SessionChannel(session.id, { onMessage, onStatus: onChannelStatus });
  state.channel.open();
  render(session);
}

/**
 * The screen, from the browser's picker; false (with the reason shown in `errorNode`) when
 * nothing was picked or capture is not possible here.
 */
async function capture(errorNode) {
  if (state.stream) return true;
  try {
    state.stream = await navigator.mediaDevices.getDisplayMedia(DISPLAY_MEDIA_OPTIONS);
  } catch (err) {
    // Cancelled in the browser's picker, or capture is not allowed: nothing was shared.
    errorNode.textContent = t(err?.name === 'NotAllowedError' ? 'share-picker-cancelled' : 'share-capture-failed');
    return false;
  }
  performance.mark('assist-capture-started');
  const [track] = state.stream.getVideoTracks();
  // The browser's own "Stop sharing" button ends the session, as our Stop does.
  track.addEventListener('ended', () => end());
  return true;
}

/** Allow: pick the screen (the browser asks), then consent, then offer the video. */
async function allow() {
  const current = state.session.state;
  if (current.state !== 'mode_requested' || state.answering) return;
  state.answering = true;
  $('request-error').textContent = '';
  performance.mark('assist-consent');
  try {
    if (!(await capture($('request-error')))) return;
    // A browser grants view only; asking for control gets view (the Assist app can do more).
    state.channel.send({ type: 'consent', allow: true, grant: 'view' });
    if (!state.peer) await startPeer();
  } finally {
    state.answering = false;
  }
}

async function startPeer() {
  state.peer?.close();
  state.peer = new SharerPeer({
    iceServers: state.iceServers,
    send: (m) => state.channel.send(m),
    onConnection: (connection) => {
      // When the helper left, the picture stops because of that, not because of the network.
      if (connection === 'failed' && !state.presence.away) announce(t('share-connection-failed'));
    },
  });
  await state.peer.share(state.stream);
}

/** After a reload the capture is gone while the session is still active: pick the screen again. */
async function reshare() {
  $('reshare-error').textContent = '';
  if (!(await capture($('reshare-error')))) return;
  await startPeer();
  render(state.session);
}

function decline() {
  if (state.session.state.state !== 'mode_requested') return;
  state.channel.send({ type: 'consent', allow: false });
}

function end() {
  if (state.ended) return;
  performance.mark('assist-end-sent');
  state.channel?.send({ type: 'end' });
  stopSharing();
  $('end-button').disabled = true;
}

function stopSharing() {
  for (const track of state.stream?.getTracks() ?? []) track.stop();
  state.stream = null;
  state.peer?.close();
  state.peer = null;
  $('sharing-bar').hidden = true;
  document.body.classList.remove('is-sharing');
}

function onChannelStatus(status) {
  onSessionChannelStatus(status, {
    sessionId: state.session.id, ended: () => state.ended, render, finish,
  });
}

function onMessage(message) {
  switch (message.type) {
    case 'welcome':
      state.chat.reset(message.chat ?? []);
      render(message.session);
      state.presence.welcome(message);
      break;
    case 'session':
      render(message.session);
      break;
    case 'presence':
      if (message.role === 'helper') {
        state.presence.update(message);
        // The helper's browser came back: it needs the video offered again.
        if (message.status === 'online' && state.stream && state.session.state.state === 'active') startPeer();
      }
      break;
    case 'answer':
    case 'ice':
      state.peer?.handle(message).catch((err) => console.error('rtc:', err));
      break;
    case 'chat':
      state.chat.add(message.message, message.client_id);
      break;
    case 'error':
      onRefused(message, state.chat);
      break;
    default:
      break;
  }
}

function renderRequest(current) {
  const card = $('request-card');
  if (current.state !== 'mode_requested') {
    card.hidden = true;
    return;
  }
  const name = helperName();
  const wantsControl = current.mode === 'control';
  const escalation = current.granted != null;
  const wasHidden = card.hidden;
  card.hidden = false;
  $('request-heading').textContent = t(wantsControl ? 'share-request-control-heading' : 'share-request-view-heading', { name });
  $('request-text').textContent = t(wantsControl ? 'share-request-control-text' : 'share-request-view-text', { name });
  $('request-agent-note').hidden = !wantsControl;
  $('request-agent-note').textContent = t('share-control-needs-app');
  explainApp($('request-agent-note'), wantsControl);
  if (escalation) {
    // Already sharing: the only choice a browser has is to keep view only.
    $('allow-button').hidden = true;
    $('decline-button').textContent = t('share-keep-view-only');
  } else {
    $('allow-button').hidden = false;
    $('allow-button').textContent = t(wantsControl ? 'share-allow-view-only' : 'share-allow');
    $('decline-button').textContent = t('share-decline');
  }
  if (wasHidden) {
    $('request-heading').focus();
    announce($('request-heading').textContent);
  }
}

/**
 * The helper's connection dropped: nothing is sent while they are away (so nobody sees the
 * screen), and the sharing bar says so; sharing resumes when they are back.
 */
function onHelperAway(away) {
  if (away) {
    state.peer?.close();
    state.peer = null;
  }
  render(state.session);
}

function render(session) {
  const before = state.session?.state;
  state.session = session;
  const current = session.state;
  if (current.state === 'ended') {
    finish(endedText(current.reason, 'sharer', helperName()));
    return;
  }
  const name = helperName();
  state.chat.setEnabled(session.chat_enabled);
  $('chat').hidden = !session.chat_enabled;
  renderRequest(current);
  // A reload lost the capture: picking the screen again needs a click.
  const lost = current.state === 'active' && !state.stream;
  if (lost && $('reshare-card').hidden) {
    $('reshare-text').textContent = t('share-reshare-text', { name });
    $('reshare-card').hidden = false;
    $('reshare-heading').focus();
  } else if (!lost) {
    $('reshare-card').hidden = true;
  }
  const status = $('session-status');
  switch (current.state) {
    case 'joined':
      status.textContent = t('share-status-joined', { name });
      if (before?.state === 'mode_requested') stopSharing();
      break;
    case 'mode_requested':
      status.textContent = t('share-status-asked', { name });
      break;
    case 'active':
      status.textContent = state.stream && !state.presence.away ? t('share-status-sharing', { name }) : '';
      $('sharing-text').textContent = t(state.presence.away ? 'share-bar-paused-text' : 'share-bar-text', { name });
      $('sharing-bar').hidden = !state.stream;
      document.body.classList.toggle('is-sharing', Boolean(state.stream));
      break;
    default:
      break;
  }
}

function finish(text) {
  if (state.ended) return;
  state.ended = true;
  state.presence?.stop();
  stopSharing();
  state.channel?.close();
  showEnded(text);
}

async function main() {
  await initI18n(['web', 'session']);
  const me = await loadMe($('page-status'));
  if (!me) return;
  document.title = t('share-page-title-org', { organisation: me.tenant.name });
  const resume = await sessionToResume('sharer');
  if (resume === undefined) return;
  if (resume) {
    await openSession(resume);
    return;
  }
  $('page-status').textContent = '';
  $('join').hidden = false;
  $('join-form').addEventListener('submit', join);
  $('code-input').focus();
}

main();
