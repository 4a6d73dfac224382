// The sign-in page's `?next=` cannot send a person to another site: after signing in, a value
// that looks like a path but that browsers resolve elsewhere (a tab they drop, a backslash they
// read as a slash, two slashes) or a full address or `javascript:` ends on this server's home
// page, while a path of this site, with its query, is honoured.
//
// No other site is reachable here, so every request that leaves the server's origin is answered
// by the test itself with a stub page: a wrong redirect then shows up as the page's address
// (`evil.example`), not as a network error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { PASSWORD, setUpDesk } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

let server;
let browser;
let admin;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  admin = await setUpDesk(browser, server);
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await server?.stop();
});

/**
 * Signs Ada in on `/sign-in?next=<next>` in a fresh context and waits until the page has left
 * the sign-in page. Answers the page and the off-site addresses the browser asked for.
 */
async function signInWithNext(next) {
  const origin = server.origin;
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const offSite = [];
  await context.route((url) => url.origin !== origin, (route) => {
    offSite.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Another site</title><h1>Another site</h1>' });
  });
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill('ada@contoso.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !(url.origin === origin && url.pathname === '/sign-in'));
  return { page, offSite };
}

test('after signing in, ?next= never leads to another site', async () => {
  const origin = server.origin;
  const hostile = ['/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)'];
  for (const next of hostile) {
    const { page, offSite } = await signInWithNext(next);
    const landed = new URL(page.url());
    assert.equal(landed.origin, origin, `next=${JSON.stringify(next)} left the site for ${landed.href}`);
    assert.equal(landed.pathname, '/', `next=${JSON.stringify(next)} ended on ${landed.href}`);
    await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();
    assert.deepEqual(offSite, [], `next=${JSON.stringify(next)} asked for another site`);
    if (next.includes('\t')) await page.screenshot({ path: screenshotPath('sign-in-next-elsewhere.png') });
    await page.context().close();
  }
});

test('after signing in, ?next= on this site is honoured with its query', async () => {
  const { page, offSite } = await signInWithNext('/admin?from=sign-in#groups');
  const landed = new URL(page.url());
  assert.equal(landed.origin, server.origin);
  assert.equal(landed.pathname, '/admin');
  assert.equal(landed.search, '?from=sign-in');
  assert.equal(landed.hash, '#groups');
  await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
  assert.deepEqual(offSite, []);
  await page.context().close();
});
