// Full control from the helper console. The Assist app (crates/agent, which agent.test.js
// drives) is the real sharer for this; here a browser page stands in for it, speaking the same
// protocol: it joins with an enrolled device's signed proof as `client: agent`, grants control,
// offers a camera-like video and opens the `input`, `pointer` and `screen` data channels. The
// test checks what the helper's viewer sends: clicks, wheel, text in any script, Ctrl+C as keys,
// nothing while paused, everything released when control ends; and that the app's cursor and
// monitors reach the helper.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';

import { launchChromium } from '../lib/browser.js';
import { call, setUpDesk, signIn, startSession } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

let server;
let browser;
let admin;

before(async () => {
  server = await startServer();
  browser = await launchChromium({ media: true });
  admin = await setUpDesk(browser, server);
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await server?.stop();
});

/** Enrolls a Linux device with a fresh key; answers its credential and a join-proof signer. */
async function enrolledDevice() {
  const token = await call(admin.page, server.origin, 'POST', '/api/v1/enrollment-tokens', {
    name: 'Control test', expires_in_hours: 1, max_uses: 1,
  });
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const response = await fetch(`${server.origin}/api/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin },
    body: JSON.stringify({
      enrollment_token: token.secret,
      public_key: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64'),
      facts: {
        host_name: 'FIN-LT-0042', platform: 'linux', os_version: '6.8.0', agent_version: '0.1.0',
        model: 'ThinkPad T14', serial_number: 'PF3X9K2L', disk_encrypted: true, primary_user: 'sue@contoso.com',
      },
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  const { credential } = await response.json();
  // The device signing input: method, path, time and the body's SHA-256, one per line.
  const proof = (digits) => {
    const timestamp = Date.now();
    const input = `POST\n/api/v1/sessions/join\n${timestamp}\n${createHash('sha256').update(digits).digest('hex')}`;
    return { credential, timestamp_ms: timestamp, signature: sign(null, Buffer.from(input), privateKey).toString('base64') };
  };
  return { proof };
}

/** Runs in the stand-in app's page: join, grant what is asked, offer video, log the channels. */
async function standInApp({ code, device }) {
  const joined = await fetch('/api/v1/sessions/join', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, client: 'agent', device }),
  });
  if (!joined.ok) throw new Error(`join: ${joined.status} ${await joined.text()}`);
  const session = await joined.json();
  const app = { received: [], states: [], socket: null, pc: null, channels: {} };
  window.app = app;
  const send = (message) => app.socket.send(JSON.stringify(message));
  app.send = send;
  const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/v1/sessions/${session.id}/ws`);
  app.socket = socket;
  setInterval(() => socket.readyState === 1 && send({ type: 'heartbeat' }), 1000);
  const offer = async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
    const pc = new RTCPeerConnection({ iceServers: [] });
    app.pc = pc;
    app.channels.input = pc.createDataChannel('input', { ordered: true });
    app.channels.pointer = pc.createDataChannel('pointer', { ordered: false, maxRetransmits: 0 });
    app.channels.screen = pc.createDataChannel('screen', { ordered: true });
    for (const name of ['input', 'pointer', 'screen']) {
      app.channels[name].addEventListener('message', (event) => app.received.push({ channel: name, ...JSON.parse(event.data) }));
    }
    for (const track of stream.getTracks()) pc.addTrack(track, stream);
    pc.addEventListener('icecandidate', (event) => {
      if (event.candidate?.candidate) send({ type: 'ice', candidate: event.candidate.toJSON() });
    });
    await pc.setLocalDescription(await pc.createOffer());
    send({ type: 'offer', sdp: pc.localDescription.sdp });
  };
  socket.addEventListener('message', async (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'session' || message.type === 'welcome') {
      const { state } = message.session;
      app.states.push(state);
      if (state.state === 'mode_requested') {
        send({ type: 'consent', allow: true });
        if (!app.pc) await offer();
      }
    } else if (message.type === 'answer') {
      await app.pc.setRemoteDescription({ type: 'answer', sdp: message.sdp });
    } else if (message.type === 'ice') {
      await app.pc.addIceCandidate(message.candidate);
    }
  });
  await new Promise((resolvePromise) => socket.addEventListener('open', resolvePromise, { once: true }));
}

test('full control: the helper\'s mouse and keyboard reach the Assist app over the data channels', async () => {
  const { proof } = await enrolledDevice();
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  const sharer = await signIn(browser, server.origin, 'sue@contoso.com');
  const code = (await startSession(helper.page, server.origin)).replace(' ', '');
  await sharer.page.evaluate(standInApp, { code, device: proof(code) });

  // The helper sees the enrolled device, compliant, and no warning.
  const device = helper.page.getByRole('region', { name: 'Device' });
  await device.getByText('FIN-LT-0042').waitFor();
  await device.getByText('Compliant', { exact: true }).waitFor();
  assert.equal(await helper.page.getByRole('note').count(), 0, 'an enrolled, compliant device has no warning');

  await helper.page.getByRole('button', { name: 'Request full control' }).click();
  await helper.page.getByRole('alert').getByText(/allowed full control/).waitFor();
  const stage = helper.page.getByRole('textbox', { name: /Remote screen of/ });
  await helper.page.waitForFunction(() => document.getElementById('remote-video')?.videoWidth > 0, null, { timeout: 20000 });
  await helper.page.getByRole('region', { name: /'s screen/ }).getByText('Full control').waitFor();
  await sharer.page.waitForFunction(() => window.app.channels.input?.readyState === 'open');

  // The app reports its monitors and cursor; the helper sees both.
  await sharer.page.evaluate(() => {
    window.app.channels.screen.send(JSON.stringify({ type: 'monitors', monitors: [
      { id: 1, name: 'DP-1', width: 1920, height: 1080, primary: true },
      { id: 2, name: 'HDMI-1', width: 1280, height: 1024, primary: false },
    ], selected: 1 }));
    window.app.channels.screen.send(JSON.stringify({ type: 'cursor', x: 0.5, y: 0.25, visible: true }));
  });
  await helper.page.getByLabel('Monitor').selectOption('2');
  await helper.page.locator('.remote-cursor:not([hidden])').waitFor({ state: 'attached' });

  // Click, wheel, type in three scripts, and Ctrl+C as a shortcut.
  await stage.click({ position: { x: 100, y: 80 } });
  await helper.page.mouse.wheel(0, 240);
  await helper.page.keyboard.type('héllo Σ 你');
  await helper.page.keyboard.press('Control+C');
  await helper.page.keyboard.press('Enter');
  await helper.page.screenshot({ path: screenshotPath('helper-full-control.png') });
  await sharer.page.waitForFunction(() => window.app.received.filter((e) => e.type === 'key').length >= 6);
  const received = await sharer.page.evaluate(() => window.app.received);
  const of = (type) => received.filter((event) => event.type === type);
  assert.deepEqual(of('select_monitor'), [{ channel: 'screen', type: 'select_monitor', id: 2 }]);
  assert.deepEqual(of('pointer_button').map((e) => [e.button, e.down]), [['left', true], ['left', false]]);
  for (const event of of('pointer_button')) assert.ok(event.x >= 0 && event.x <= 1 && event.y >= 0 && event.y <= 1);
  assert.ok(of('wheel').some((e) => e.dy > 0), 'the wheel turned down');
  assert.equal(of('text').map((e) => e.text).join(''), 'héllo Σ 你');
  assert.deepEqual(of('key').map((e) => [e.code, e.down]), [
    ['ControlLeft', true], ['KeyC', true], ['KeyC', false], ['ControlLeft', false], ['Enter', true], ['Enter', false],
  ]);
  assert.ok(received.every((e) => e.channel !== 'pointer' || e.type === 'pointer_move'), 'only moves go unreliably');

  // Paused: nothing more is sent.
  const before = received.length;
  await sharer.page.evaluate(() => window.app.send({ type: 'pause_control' }));
  await helper.page.getByRole('region', { name: /'s screen/ }).getByText('Control paused').waitFor();
  await stage.click({ position: { x: 50, y: 50 } });
  await helper.page.keyboard.type('ignored');
  await helper.page.waitForTimeout(300);
  const after = await sharer.page.evaluate(() => window.app.received.filter((e) => e.channel !== 'screen' && e.type !== 'pointer_move').length);
  assert.equal(after, received.filter((e) => e.channel !== 'screen' && e.type !== 'pointer_move').length, 'no input while paused');
  assert.ok(before > 0);

  // Resumed, a key held down, then the app takes control back: the viewer releases it.
  await sharer.page.evaluate(() => window.app.send({ type: 'resume_control' }));
  await helper.page.getByRole('region', { name: /'s screen/ }).getByText('Full control').waitFor();
  await stage.click({ position: { x: 60, y: 60 } });
  await helper.page.keyboard.down('Shift');
  await sharer.page.waitForFunction(() => window.app.received.some((e) => e.type === 'key' && e.code === 'ShiftLeft' && e.down));
  await sharer.page.evaluate(() => window.app.send({ type: 'drop_to_view' }));
  await helper.page.getByRole('alert').getByText(/took back control/).waitFor();
  await sharer.page.waitForFunction(() => window.app.received.at(-1)?.type === 'release_all');
  await helper.page.keyboard.up('Shift');

  await helper.page.getByRole('button', { name: 'End session' }).click();
  await helper.page.getByRole('heading', { name: 'Session ended' }).waitFor();
  assert.deepEqual(helper.problems, []);
  await helper.page.context().close();
  await sharer.page.context().close();
});
