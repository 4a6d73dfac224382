// Smaller things a new user meets: the setup form's error summary leads to each field in error;
// the sign-in page offers single sign-on only when it can work; people edit their own profile
// unless single sign-on manages it; the helper console's device picker looks like the other
// fields; the session reports table fits a 1280-pixel screen and says how long a running
// session has run. Everything found by role and accessible name, as a person would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { checkA11y } from '../lib/axe.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, call, setUpDesk } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

let server;
let browser;
let desk;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await desk?.context.close();
  await browser?.close();
  await server?.stop();
});

/** A new context signed in as `email` through the API, on a page of `width` × 800. */
async function signedIn(email, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  const response = await context.request.post(`${server.origin}/api/v1/auth/sign-in`, {
    headers: { origin: server.origin },
    data: { email, password: PASSWORD },
  });
  assert.equal(response.status(), 200, await response.text());
  return { context, page };
}

test('the setup form\'s error summary links to each field in error', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(server.setupLink);
  const form = page.getByRole('form', { name: 'Create your organisation' });
  await form.getByLabel('E-mail').fill('not an address');
  await form.getByLabel('Password', { exact: true }).fill('short');
  await form.getByRole('button', { name: 'Create organisation' }).click();

  const summary = form.getByRole('alert');
  await summary.getByText('Please correct these fields:').waitFor();
  const links = summary.getByRole('link');
  assert.deepEqual(await links.allTextContents(), [
    'Organisation name: This field is required.',
    'Full name: This field is required.',
    'E-mail: Enter an e-mail address such as name@example.com.',
    'Password: The password must have at least 12 characters.',
  ]);
  // Each link moves focus to its field, which says what is wrong next to it.
  await summary.getByRole('link', { name: /^Password:/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'fa-password');
  await summary.getByRole('link', { name: /^E-mail:/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'fa-email');
  assert.equal(await form.getByLabel('E-mail').getAttribute('aria-invalid'), 'true');
  await checkA11y(page, 'setup, error summary');
  await page.screenshot({ path: screenshotPath('setup-error-summary.png'), fullPage: true });
  await context.close();
});

test('the sign-in page offers single sign-on only when it can work', async () => {
  // The organisation is made now (the previous test left the setup link unused).
  desk = await setUpDesk(browser, server);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const asked = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/auth/sso');
  await page.goto(`${server.origin}/sign-in`);
  await asked;
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  // Nobody on this server has single sign-on: no button that could only fail.
  assert.equal(await page.getByRole('button', { name: 'Sign in with your organisation\'s account' }).count(), 0);
  assert.equal(await page.getByText('or', { exact: true }).isVisible(), false);
  await context.close();
});

test('people edit their own name, job title and company', async () => {
  const { context, page } = await signedIn('sue@contoso.com', 1100);
  await page.goto(`${server.origin}/`);
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByRole('button', { name: 'Edit profile' }).click();
  const form = profile.getByRole('form', { name: 'Edit your profile' });
  assert.equal(await form.getByLabel('Full name').inputValue(), 'سارة Sue Sharer');
  await page.screenshot({ path: screenshotPath('home-profile-edit.png'), fullPage: true });
  await form.getByLabel('Full name').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByRole('alert').getByRole('link', { name: 'Full name: This field is required.' }).waitFor();

  await form.getByLabel('Full name').fill('Sue Sharer');
  await form.getByLabel('Job title (optional)').fill('Senior Accountant');
  await form.getByLabel('Company (optional)').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await profile.getByRole('status').getByText('Your profile has been saved.').waitFor();
  await page.getByRole('heading', { name: 'Signed in as Sue Sharer' }).waitFor();
  assert.equal(await profile.getByRole('definition').nth(0).textContent(), 'Sue Sharer');
  assert.equal(await profile.getByRole('definition').nth(2).textContent(), 'Senior Accountant');
  assert.equal(await profile.getByRole('definition').nth(3).textContent(), 'Not set');
  assert.equal(await form.isHidden(), true);
  const me = await call(page, server.origin, 'GET', '/api/v1/me');
  assert.equal(me.user.job_title, 'Senior Accountant');
  await checkA11y(page, 'home, profile saved');

  // Reloaded as someone whose profile single sign-on manages, the page says so and offers no
  // editing (the server refuses it then: tests/api/profile.rs).
  await page.route('**/api/v1/me', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, json: { ...(await response.json()), profile_managed: true } });
  });
  await page.reload();
  await profile.getByText('Your organisation manages your name, job title and company through single sign-on. To change them, ask your administrator.').waitFor();
  assert.equal(await profile.getByRole('button', { name: 'Edit profile' }).count(), 0);
  await context.close();
});

test('the helper console\'s device picker looks like the other fields', async () => {
  const { context, page } = await signedIn('hal@contoso.com', 1100);
  await page.goto(`${server.origin}/helper`);
  const picker = page.getByLabel('Device (optional)');
  await picker.waitFor();
  const look = (element) => {
    const style = getComputedStyle(element);
    return {
      borderColor: style.borderTopColor,
      borderWidth: style.borderTopWidth,
      borderRadius: style.borderTopLeftRadius,
      minHeight: style.minHeight,
      padding: style.padding,
      background: style.backgroundColor,
      font: `${style.fontSize} ${style.fontFamily}`,
      width: element.getBoundingClientRect().width,
    };
  };
  const pickerLook = await picker.evaluate(look);
  // A text field in the same place, as the other pages' forms have them.
  const fieldLook = await picker.evaluate((select, lookSource) => {
    const field = document.createElement('input');
    field.type = 'text';
    select.after(field);
    // eslint-disable-next-line no-new-func
    const measured = new Function(`return (${lookSource})`)()(field);
    field.remove();
    return measured;
  }, look.toString());
  assert.deepEqual(pickerLook, fieldLook);
  await context.close();
});

test('session reports fit 1280 pixels and show how long a running session has run', async () => {
  const hal = await signedIn('hal@contoso.com');
  const sue = await signedIn('sue@contoso.com');
  // One session that ended (revoked by the administrator), one still running.
  const ended = await call(hal.page, server.origin, 'POST', '/api/v1/sessions', {});
  await call(sue.page, server.origin, 'POST', '/api/v1/sessions/join', { code: ended.code, client: 'web' });
  await call(desk.page, server.origin, 'POST', `/api/v1/sessions/${ended.session.id}/revoke`);
  const running = await call(hal.page, server.origin, 'POST', '/api/v1/sessions', {});
  await call(sue.page, server.origin, 'POST', '/api/v1/sessions/join', { code: running.code, client: 'web' });

  const admin = await signedIn('ada@contoso.com');
  const { page } = admin;
  await page.goto(`${server.origin}/admin#reports`);
  const table = page.getByRole('table', { name: 'Session reports' });
  await table.waitFor();
  const rows = table.getByRole('row');
  assert.equal(await rows.count(), 3);
  const runningRow = rows.filter({ hasText: 'so far' });
  assert.equal(await runningRow.count(), 1, 'the running session says how long it has run');
  assert.match(await runningRow.getByRole('cell').nth(4).textContent(), /^\d+ s so far$/);
  const endedRow = rows.filter({ hasText: 'Stopped by an administrator' });
  assert.match(await endedRow.getByRole('cell').nth(4).textContent(), /^\d+ s$/);

  await page.screenshot({ path: screenshotPath('reports-1280.png'), fullPage: true });
  // The whole table is visible at 1280 pixels: nothing to scroll sideways.
  const wrap = page.getByRole('group', { name: 'Session reports' });
  const fit = await wrap.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
  assert.ok(fit.scroll <= fit.client, `the table is ${fit.scroll} px wide in ${fit.client} px`);
  const pageFit = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(pageFit.scroll <= pageFit.client, `the page is ${pageFit.scroll} px wide in ${pageFit.client} px`);
  await checkA11y(page, 'session reports at 1280 px');

  // The report of the running session says it too.
  await runningRow.getByRole('link').click();
  const details = page.getByRole('definition').filter({ hasText: 'so far' });
  await details.waitFor();

  for (const context of [hal.context, sue.context, admin.context]) await context.close();
});
