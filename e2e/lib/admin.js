// Helpers for the admin console test: a small PNG for profile pictures, devices enrolled through
// the API with real Ed25519 keys, second people signed in in their own browser contexts, and
// remote help sessions whose participants talk over the session WebSocket.
import { generateKeyPairSync } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `size`×`size` PNG: a light disc of `rgb` on a darker background of the same hue. */
export function portraitPng(size = 96, rgb = [29, 78, 216]) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const head = Math.hypot(x - centre, y - size * 0.38) < size * 0.2;
      const shoulders = y > size * 0.62 && Math.hypot(x - centre, y - size * 1.05) < size * 0.45;
      const light = head || shoulders;
      for (let i = 0; i < 3; i += 1) {
        raw[row + 1 + x * 3 + i] = light ? Math.min(255, rgb[i] + 150) : rgb[i];
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Enrolls a device with a fresh Ed25519 key; answers its ID. */
export async function enrollDevice(origin, enrollmentToken, facts) {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const response = await fetch(`${origin}/api/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ enrollment_token: enrollmentToken, public_key: raw.toString('base64'), facts }),
  });
  if (response.status !== 201) throw new Error(`enroll: ${response.status} ${await response.text()}`);
  return (await response.json()).device_id;
}

/** A new browser context signed in as `email`, with a page open on the home page. */
export async function signedInPage(browser, origin, email, password) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const response = await context.request.post(`${origin}/api/v1/auth/sign-in`, {
    headers: { origin },
    data: { email, password },
  });
  if (response.status() !== 200) throw new Error(`sign-in ${email}: ${response.status()} ${await response.text()}`);
  await page.goto(`${origin}/`);
  return { context, page };
}

/** Calls the API from `page`'s context (its cookie, this server's Origin). */
export async function apiCall(page, origin, method, path, data) {
  const response = await page.request.fetch(`${origin}${path}`, { method, headers: { origin }, data });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Opens the session WebSocket in `page` (as a browser would: its cookie, its Origin), keeps it
 * alive with heartbeats, and collects what the server sends in `window.assistMessages`.
 */
export async function openSessionSocket(page, sessionId) {
  await page.evaluate(async (id) => {
    const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/v1/sessions/${id}/ws`);
    window.assistSocket = socket;
    window.assistMessages = [];
    socket.addEventListener('message', (event) => window.assistMessages.push(JSON.parse(event.data)));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    window.assistHeartbeat = setInterval(() => socket.send(JSON.stringify({ type: 'heartbeat' })), 1000);
    // The server closes the socket when the session ends: the heartbeats stop with it.
    socket.addEventListener('close', () => clearInterval(window.assistHeartbeat));
  }, sessionId);
}

/** Sends a chat message over `page`'s session socket and waits until the server has stored it. */
export async function sendChat(page, text) {
  await page.evaluate(async (message) => {
    const clientId = crypto.randomUUID();
    window.assistSocket.send(JSON.stringify({ type: 'chat', text: message, client_id: clientId }));
    const deadline = Date.now() + 5000;
    while (!window.assistMessages.some((m) => m.type === 'chat' && m.client_id === clientId)) {
      if (Date.now() > deadline) throw new Error(`chat not stored: ${JSON.stringify(window.assistMessages.filter((m) => m.type === 'error'))}`);
      // eslint-disable-next-line no-await-in-loop
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, text);
}

/** Ends the session from `page` (a graceful leave) and waits for the server to confirm it. */
export async function endSession(page) {
  await page.evaluate(async () => {
    window.assistSocket.send(JSON.stringify({ type: 'end' }));
    const deadline = Date.now() + 5000;
    while (!window.assistMessages.some((m) => m.type === 'session' && m.session.state.state === 'ended')) {
      if (Date.now() > deadline) throw new Error('the session did not end');
      // eslint-disable-next-line no-await-in-loop
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    clearInterval(window.assistHeartbeat);
  });
}
