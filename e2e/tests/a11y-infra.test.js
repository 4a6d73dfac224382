// The test infrastructure itself, on the real product: the accessibility scan (axe-core,
// injected with page.evaluate so that the page keeps its strict Content-Security-Policy), and
// the small driver adapter (lib/driver.js) doing the same steps in Chromium (Playwright) and
// Firefox ESR (Puppeteer over WebDriver BiDi), and startServer's options.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';

import { checkA11y } from '../lib/axe.js';
import { launchChromium } from '../lib/browser.js';
import { clickButton, closeIsolatedPage, fillField, newIsolatedPage, waitForHeading, waitForText } from '../lib/driver.js';
import { launchFirefox } from '../lib/firefox.js';
import { peerNetwork } from '../lib/network.js';
import { startServer } from '../lib/server.js';

let server;
let chromium;
let firefox;

before(async () => {
  server = await startServer();
  [chromium, firefox] = await Promise.all([launchChromium(), launchFirefox()]);
});

after(async () => {
  await chromium?.close();
  await firefox?.close();
  await server?.stop();
});

test('the sign-in page has no serious or critical accessibility violations, under its real CSP', async () => {
  const page = await newIsolatedPage(chromium);
  const violatedDirectives = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violatedDirectives.push(message.text());
  });
  const response = await page.goto(`${server.origin}/sign-in`);
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  await page.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();

  const started = Date.now();
  await checkA11y(page, 'sign-in');
  console.log(`axe scan of /sign-in: ${Date.now() - started} ms`);

  // The policy is still in force: an inline script is refused.
  const ran = await page.evaluate(async () => {
    window.inlineRan = false;
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return window.inlineRan;
  });
  assert.equal(ran, false, 'the inline script was blocked');
  assert.equal(violatedDirectives.length, 1, 'the one violation is our own inline script');

  // And the scan does fail on a serious problem: a button without a name.
  await page.evaluate(() => document.querySelector('main').append(document.createElement('button')));
  await assert.rejects(checkA11y(page, 'sign-in with a nameless button'), /critical button-name/);
  await closeIsolatedPage(page);
});

test('startServer listens where asked, passes settings, and restarts on the same data', async () => {
  const peer = peerNetwork().address;
  const wide = await startServer({ listen: '0.0.0.0:0' });
  try {
    assert.equal(wide.origin, `http://127.0.0.1:${wide.port}`);
    assert.ok(wide.setupLink.startsWith(`${wide.origin}/setup#`));
    assert.equal((await fetch(`${wide.origin}/healthz`)).status, 200);
    if (peer) assert.equal((await fetch(`${wide.originAt(peer)}/healthz`)).status, 200);
  } finally {
    await wide.stop();
  }
  // The first start printed a link; a restart on the same data, with the tenant still to be
  // created, prints a new one; an ASSIST_* setting reaches the server (a bad one stops it).
  const first = await startServer();
  const dataDir = first.dataDir;
  await first.stop();
  await assert.rejects(startServer({ dataDir, env: { ASSIST_CONSENT_TIMEOUT_SECS: 'soon' } }), /consent_timeout_secs/);
  const again = await startServer({ dataDir, env: { ASSIST_CONSENT_TIMEOUT_SECS: '30' } });
  assert.ok(again.setupLink);
  await again.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

for (const [name, browser] of [['Chromium', () => chromium], ['Firefox', () => firefox]]) {
  test(`the driver adapter signs in with a wrong password in ${name}`, async () => {
    const page = await newIsolatedPage(browser(), { viewport: { width: 1000, height: 700 } });
    await page.goto(`${server.origin}/sign-in`);
    await waitForHeading(page, 'Sign in to Assist');
    await fillField(page, 'E-mail', 'nobody@example.com');
    await fillField(page, 'Password', 'not the password at all');
    await clickButton(page, 'Sign in');
    await waitForText(page, 'The e-mail address or password is not correct.');
    if (name === 'Firefox') await checkA11y(page, 'sign-in error (Firefox)');
    await closeIsolatedPage(page);
  });
}
