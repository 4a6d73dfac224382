// The helper console (`/helper`): start a session (for a device or none), show the code with
// a countdown, the sharer's trust card and warnings, request view or full control, watch and
// (when allowed) control the remote screen, chat, and end. `?device=ID` preselects a device;
// `?session=ID` resumes a session after a reload.
import { api } from '../api.js';
import { element } from '../dom.js';
import { initI18n, t } from '../i18n.js';
import { clock, loadMe, signedOut } from '../page.js';
import { SessionChannel } from './channel.js';
import { ChatPanel } from './chat.js';
import {
  announce, onChannelStatus as onSessionChannelStatus, onRefused, sessionToResume, showEnded,
} from './common.js';
import { endedText, sessionErrorText } from './messages.js';
import { clearJoinRefused, offerNotices, showJoinRefused } from './refusals.js';
import { Presence } from './presence.js';
import { fetchIceServers, HelperPeer } from './rtc.js';
import { deviceCard, personCard } from './trust.js';
import { Viewer } from './viewer.js';

const $ = (id) => document.getElementById(id);

const state = {
  session: null,
  channel: null,
  peer: null,
  iceServers: [],
  codeExpiresAt: null,
  countdown: null,
  chat: null,
  viewer: null,
  presence: null,
  ended: false,
};

function sharerName() {
  return state.session?.sharer?.display_name ?? t('chat-role-sharer');
}

async function loadDevices(preselect) {
  const select = $('device-select');
  try {
    const page = await api.get('/api/v1/devices?limit=200');
    for (const device of page.items ?? []) {
      if (device.state && device.state !== 'active') continue;
      const option = element('option', '', device.facts?.host_name || device.id);
      option.value = device.id;
      select.append(option);
    }
  } catch (err) {
    if (signedOut(err)) return;
    // Without permission to list devices, a session without a device still works.
  }
  if (preselect && [...select.options].some((o) => o.value === preselect)) select.value = preselect;
}

async function start(event) {
  event.preventDefault();
  const button = event.currentTarget.querySelector('button[type=submit]');
  const alert = $('start-alert');
  alert.textContent = '';
  button.disabled = true;
  try {
    const deviceId = $('device-select').value || null;
    const created = await api.post('/api/v1/sessions', { device_id: deviceId });
    state.codeExpiresAt = Date.parse(created.code_expires_at);
    showCode(created.code);
    history.replaceState(null, '', `/helper?session=${encodeURIComponent(created.session.id)}`);
    await openSession(created.session);
  } catch (err) {
    if (signedOut(err)) return;
    alert.textContent = sessionErrorText(err);
    button.disabled = false;
  }
}

function showCode(code) {
  $('security-code').textContent = code;
  $('code-instructions').textContent = t('helper-code-instructions', { address: `${location.origin}/share` });
  $('code-card').hidden = false;
  $('copy-code').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.replace(/\s/g, ''));
      $('copy-status').textContent = t('helper-code-copied');
    } catch {
      $('copy-status').textContent = t('helper-code-copy-failed');
    }
  });
  const tick = () => {
    const left = (state.codeExpiresAt - Date.now()) / 1000;
    $('code-expiry').textContent = left > 0
      ? t('helper-code-expires-in', { time: clock(left) })
      : t('helper-code-expired');
    // One spoken reminder a minute before the end; the visible countdown is not a live region.
    if (left <= 60 && left > 59) announce(t('helper-code-one-minute'));
  };
  tick();
  state.countdown = setInterval(tick, 1000);
}

function hideCode() {
  $('code-card').hidden = true;
  clearJoinRefused();
  clearInterval(state.countdown);
}

async function openSession(session) {
  state.session = session;
  $('start').hidden = true;
  $('session').hidden = false;
  $('page-status').textContent = '';
  state.iceServers = await fetchIceServers(api, session.id);
  state.chat = new ChatPanel($('chat'), {
    myRole: 'helper',
    send: (message) => state.channel.send(message),
  });
  state.viewer = new Viewer($('viewer'), {
    onFirstFrame: () => {
      performance.mark('assist-first-frame');
      $('session-status').textContent = t('helper-status-viewing', { name: sharerName() });
    },
    onResize: () => state.viewer.placeCursor(),
  });
  state.presence = new Presence($('away-card'), {
    name: sharerName,
    onEndNow: () => state.channel.send({ type: 'end' }),
    onChange: onSharerAway,
    // A browser cannot share again by itself: its person is asked to pick the screen again.
    backText: () => (state.session.sharer_client === 'web' && state.session.state.state === 'active'
      ? 'presence-back-reshare' : 'presence-back'),
  });
  $('request-view').addEventListener('click', () => requestMode('view'));
  $('request-control').addEventListener('click', () => requestMode('control'));
  $('end-button').addEventListener('click', () => {
    state.channel.send({ type: 'end' });
    $('end-button').disabled = true;
  });
  state.channel = new SessionChannel(session.id, { onMessage, onStatus: onChannelStatus });
  state.channel.open();
  render(session);
}

function requestMode(mode) {
  state.channel.send({ type: 'request_mode', mode });
  $('request-view').disabled = true;
  $('request-control').disabled = true;
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
      if (state.session.sharer) state.presence.welcome(message);
      break;
    case 'session':
      render(message.session);
      break;
    case 'presence':
      if (message.role === 'sharer' && state.session.sharer) state.presence.update(message);
      break;
    case 'offer':
      acceptOffer(message);
      break;
    case 'ice':
      state.peer?.handle(message);
      break;
    case 'chat':
      state.chat.add(message.message, message.client_id);
      break;
    case 'join_refused':
      showJoinRefused(message.reason, announce);
      break;
    case 'error':
      onRefused(message, state.chat);
      break;
    default:
      break;
  }
}

async function acceptOffer(message) {
  state.peer?.close();
  state.peer = new HelperPeer({
    iceServers: state.iceServers,
    send: (m) => state.channel.send(m),
    onTrack: (stream) => state.viewer.show(stream),
    onChannel: (channel) => state.viewer.attachChannel(channel),
    onConnection: (connection) => {
      // When the sharer left, the picture stops because of that, not because of the network.
      if (connection === 'failed' && !state.presence.away) announce(t('helper-connection-failed'));
    },
  });
  try {
    await state.peer.handle(message);
  } catch (err) {
    console.error('rtc: offer refused', err);
    announce(t('helper-connection-failed'));
  }
}

/**
 * The sharer's connection dropped (`away`) or came back: the last frame is dimmed and input
 * stops while they are away; a full-screen viewer is left so that the notice can be seen.
 */
function onSharerAway(away) {
  $('viewer').classList.toggle('viewer-away', away);
  if (away) {
    // The status line said "You are seeing NAME's screen": no longer true.
    $('session-status').textContent = '';
    state.viewer?.setControl(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    return;
  }
  if (state.session.state.state === 'active') {
    // The picture comes back with the sharer's new offer; until its first frame, say so.
    $('session-status').textContent = t('helper-status-connecting', { name: sharerName() });
  }
  render(state.session);
}

function renderTrust(session) {
  const trust = $('trust');
  if (!session.sharer) {
    trust.replaceChildren();
    return;
  }
  if (trust.dataset.for === session.sharer.id) return;
  trust.dataset.for = session.sharer.id;
  trust.replaceChildren(personCard(session.sharer, 'trust-sharer-heading', 'trust-sharer-heading'), deviceCard(session));
  state.chat.setNames({ sharer: session.sharer.display_name, helper: session.helper.display_name });
}

/** What changed between two states, said once: a decline, a partial grant, a pause. */
function announceChange(before, after) {
  if (!before) return;
  const name = sharerName();
  if (before.state === 'waiting' && after.state === 'joined') {
    announce(t('helper-sharer-joined', { name }));
  } else if (before.state === 'mode_requested' && after.state === 'joined') {
    announce(t('helper-request-declined', { name }));
  } else if (before.state === 'mode_requested' && after.state === 'active') {
    if (before.mode === 'control' && after.mode === 'view') {
      announce(t(before.granted === 'view' ? 'helper-escalation-declined' : 'helper-granted-view-only', { name }));
    } else {
      announce(t(after.mode === 'control' ? 'helper-granted-control' : 'helper-granted-view', { name }));
    }
  } else if (before.state === 'active' && after.state === 'active') {
    if (before.mode === 'control' && after.mode === 'view') announce(t('helper-control-taken-back', { name }));
    else if (!before.paused && after.paused) announce(t('helper-control-paused', { name }));
    else if (before.paused && !after.paused) announce(t('helper-control-resumed', { name }));
  }
}

function render(session) {
  const before = state.session?.state ?? null;
  state.session = session;
  const current = session.state;
  if (current.state === 'ended') {
    finish(endedText(current.reason, 'helper', sharerName()));
    return;
  }
  announceChange(before, current);
  renderTrust(session);
  state.chat.setEnabled(session.chat_enabled && current.state !== 'waiting');
  $('chat').hidden = !session.chat_enabled;

  if (current.state !== 'waiting') hideCode();
  else if ($('security-code').textContent === '') {
    $('session-status').textContent = t('helper-code-not-shown-again');
  }
  const name = sharerName();
  const status = $('session-status');
  const modeCard = $('mode-card');
  const view = $('request-view');
  const control = $('request-control');
  control.hidden = !session.helper_may_control;
  switch (current.state) {
    case 'waiting':
      if ($('security-code').textContent !== '') status.textContent = t('helper-status-waiting');
      modeCard.hidden = true;
      break;
    case 'joined':
      status.textContent = t('helper-status-joined', { name });
      modeCard.hidden = false;
      $('mode-text').textContent = t(session.sharer_client === 'web' ? 'helper-mode-web-hint' : 'helper-mode-hint');
      view.disabled = false;
      control.disabled = false;
      break;
    case 'mode_requested':
      status.textContent = t(current.mode === 'control' ? 'helper-status-asked-control' : 'helper-status-asked-view', { name });
      modeCard.hidden = current.granted != null;
      view.disabled = true;
      control.disabled = true;
      break;
    case 'active': {
      modeCard.hidden = !(current.mode === 'view' && session.helper_may_control);
      $('mode-text').textContent = t(session.sharer_client === 'web' ? 'helper-mode-web-hint' : 'helper-escalate-hint');
      view.hidden = true;
      control.disabled = false;
      const controlling = current.mode === 'control' && !current.paused && !state.presence.away;
      state.viewer.setControl(controlling);
      $('viewer').hidden = false;
      $('viewer-heading').textContent = t('viewer-heading', { name });
      $('viewer-input').setAttribute('aria-label', t('viewer-stage-label', { name }));
      $('viewer-mode').textContent = t(current.mode === 'control'
        ? (current.paused ? 'viewer-mode-paused' : 'viewer-mode-control')
        : 'viewer-mode-view');
      $('viewer-hint').textContent = t(controlling ? 'viewer-hint-control' : 'viewer-hint-view');
      if (!state.peer) status.textContent = t('helper-status-connecting', { name });
      break;
    }
    default:
      break;
  }
}

function finish(text) {
  if (state.ended) return;
  state.ended = true;
  hideCode();
  state.presence?.stop();
  state.viewer?.clear();
  state.peer?.close();
  state.channel?.close();
  showEnded(text);
}

async function main() {
  await initI18n(['web', 'session']);
  const me = await loadMe($('page-status'));
  if (!me) return;
  document.title = t('helper-page-title-org', { organisation: me.tenant.name });
  const params = new URLSearchParams(location.search);
  const resume = await sessionToResume('helper');
  if (resume === undefined) return;
  if (resume) {
    await openSession(resume);
    return;
  }
  $('page-status').textContent = '';
  $('start').hidden = false;
  $('start-form').addEventListener('submit', start);
  await offerNotices(me, $('start-form'));
  await loadDevices(params.get('device'));
  $('start-heading').focus?.();
}

main();
