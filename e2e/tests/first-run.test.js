// A new user's first minutes: open the printed setup link, create the organisation and its
// administrator, land signed in, sign out, and sign in again. Finds everything by role and
// accessible name, as a person would, and saves screenshots of each screen (lib/screenshots.js).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';

import { launchChromium } from '../lib/browser.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

const PASSWORD = 'correct horse battery staple';

/** The current RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret. */
function totp(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the setup link creates the first administrator, who can sign out and in', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Refused requests (the wrong password, the spent link) are expected; script errors and
    // Content-Security-Policy violations are not.
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(text);
  });

  await page.goto(server.setupLink);
  await page.getByRole('heading', { name: 'Create your organisation' }).waitFor();
  assert.ok(!page.url().includes('#'), 'the secret is removed from the address bar');
  await page.screenshot({ path: screenshotPath('setup.png'), fullPage: true });

  const form = page.getByRole('form', { name: 'Create your organisation' });
  await form.getByLabel('Organisation name').fill('Contoso');
  await form.getByLabel('Full name').fill('Ada Lovelace');
  await form.getByLabel('E-mail').fill('ada@contoso.com');
  await form.getByLabel('Job title (optional)').fill('Service Desk Lead');
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Confirm password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create organisation' }).click();

  // The new administrator lands on the Get started checklist (e2e/tests/get-started.test.js
  // follows it to a first session), signed in; the home page greets them.
  await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/admin');
  await page.goto(new URL('/', page.url()).href);
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();
  await page.screenshot({ path: screenshotPath('home.png'), fullPage: true });

  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();

  await page.getByLabel('E-mail').fill('ada@contoso.com');
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();
  await page.screenshot({ path: screenshotPath('sign-in-error.png'), fullPage: true });

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();

  // Turn on a second factor (through the API, as the settings page is still to come), then
  // sign in again: the page asks for the code once the password is right.
  const headers = { origin: server.origin };
  const enrolment = await (await page.request.post(`${server.origin}/api/v1/me/second-factor/totp`, { headers })).json();
  const confirm = await page.request.post(`${server.origin}/api/v1/me/second-factor/totp/confirm`, {
    headers,
    data: { code: totp(enrolment.secret) },
  });
  assert.equal(confirm.status(), 200);
  const { codes } = await confirm.json();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByLabel('E-mail').fill('ada@contoso.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const code = page.getByLabel('Authenticator code or recovery code');
  await code.waitFor();
  await page.screenshot({ path: screenshotPath('sign-in-second-factor.png'), fullPage: true });
  await code.fill(codes[0]);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();

  // The used link is refused with an explanation.
  await page.goto(server.setupLink);
  await page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();

  assert.deepEqual(problems, [], 'no script errors or CSP violations');
  await page.close();
});
