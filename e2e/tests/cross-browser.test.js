// The remote help flow across browsers: Firefox ESR (puppeteer-core over WebDriver BiDi) as the
// helper with Chromium (playwright-core) as the sharer, and the other way round. Each side is
// driven only by roles and accessible names through ../lib/driver.js; the video must play real
// frames, chat must cross both ways, and the sharer's stop must reach the helper within a
// second. Firefox captures the Xvfb screen that e2e/run provides.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { setUpDesk, signIn } from '../lib/desk.js';
import { clickButton, closeIsolatedPage, fillField, waitForHeading, waitForText } from '../lib/driver.js';
import { launchFirefox } from '../lib/firefox.js';
import { waitForVideoFrames } from '../lib/media.js';
import { startServer } from '../lib/server.js';

let server;
let chromium;
let firefox;
let admin;

before(async () => {
  server = await startServer();
  [chromium, firefox] = await Promise.all([launchChromium({ media: true }), launchFirefox()]);
  admin = await setUpDesk(chromium, server);
});

after(async () => {
  await admin?.context.close();
  await Promise.all([chromium?.close(), firefox?.close()]);
  await server?.stop();
});

const text = (page, selector) => page.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);

async function waitUntil(page, predicate, arg, timeout = 10000) {
  await page.waitForFunction(predicate, { timeout }, arg);
}

async function flow(helperBrowser, sharerBrowser, lines) {
  const helper = await signIn(helperBrowser, server.origin, 'hal@contoso.com');
  const sharer = await signIn(sharerBrowser, server.origin, 'sue@contoso.com');

  await helper.page.goto(`${server.origin}/helper`);
  await clickButton(helper.page, 'New remote help session');
  await waitUntil(helper.page, () => /^\d{4} \d{4}$/.test(document.getElementById('security-code')?.textContent ?? ''));
  const code = await text(helper.page, '#security-code');

  await sharer.page.goto(`${server.origin}/share`);
  await fillField(sharer.page, 'Security code', code);
  await clickButton(sharer.page, 'Continue');
  await waitForText(sharer.page, 'Service Desk Analyst');
  await waitForText(helper.page, 'Accountant');

  await clickButton(helper.page, 'Request view only');
  await waitForHeading(sharer.page, 'Hal Helper asks to see your screen'.replace('Hal Helper', '\u2068Hal Helper\u2069'))
    .catch(() => waitForText(sharer.page, 'asks to see your screen'));
  await clickButton(sharer.page, 'Allow');
  const video = await waitForVideoFrames(helper.page, '#remote-video', { frames: 10, timeout: 20000 });
  assert.ok(video.width > 0 && video.height > 0, 'the helper sees a picture');

  await fillField(sharer.page, 'Message', lines[0]);
  await clickButton(sharer.page, 'Send');
  await waitForText(helper.page, lines[0]);
  await fillField(helper.page, 'Message', lines[1]);
  await clickButton(helper.page, 'Send');
  await waitForText(sharer.page, lines[1]);

  // From the sharer's click to the helper's screen saying so, by each page's own clock
  // (performance.timeOrigin is wall time; both browsers run on this machine).
  await clickButton(sharer.page, 'Stop sharing');
  await waitForHeading(helper.page, 'Session ended', { timeout: 5000 });
  const mark = (page, name) => page.evaluate((n) => performance.timeOrigin + performance.getEntriesByName(n)[0].startTime, name);
  const told = Math.round((await mark(helper.page, 'assist-ended-shown')) - (await mark(sharer.page, 'assist-end-sent')));
  assert.ok(told >= 0 && told < 1000, `the helper was told after ${told} ms`);

  assert.deepEqual(helper.problems, [], 'no script errors on the helper side');
  assert.deepEqual(sharer.problems, [], 'no script errors on the sharer side');
  await closeIsolatedPage(helper.page);
  await closeIsolatedPage(sharer.page);
  return { video, told };
}

test('helper in Firefox, sharer in Chromium', async () => {
  const { video, told } = await flow(firefox, chromium, ['مرحبا من كروميوم', '你好，来自 Firefox 👋']);
  console.log(`firefox helper: ${video.width}x${video.height}, told after ${told} ms`);
});

test('helper in Chromium, sharer in Firefox', async () => {
  const { video, told } = await flow(chromium, firefox, ['Hallo aus Firefox 🦊', 'שלום מ-Chromium']);
  console.log(`chromium helper: ${video.width}x${video.height}, told after ${told} ms`);
});
