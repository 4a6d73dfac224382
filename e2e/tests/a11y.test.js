// Every page and every main state of the remote help pages, scanned with axe-core (no serious
// or critical violation), and the whole flow's start in Arabic: right to left, translated.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { checkA11y } from '../lib/axe.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, setUpDesk, signIn } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

const ADMIN_SECTIONS = ['get-started', 'users', 'groups', 'roles', 'access', 'devices', 'enrollment', 'compliance', 'settings', 'live', 'reports', 'audit'];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium({ media: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the setup and sign-in pages', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.setupLink);
  await page.getByRole('heading', { name: 'Create your organisation' }).waitFor();
  await checkA11y(page, 'setup');
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();
  await checkA11y(page, 'sign-in');
  await context.close();
});

test('the home page and every admin section', async () => {
  const { page, context } = await setUpDesk(browser, server);
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();
  await checkA11y(page, 'home');
  for (const section of ADMIN_SECTIONS) {
    await page.goto(`${server.origin}/admin#${section}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await checkA11y(page, `admin #${section}`);
  }
  await context.close();
});

test('the helper console and the sharer web app, in every main state', async () => {
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  const sharer = await signIn(browser, server.origin, 'sue@contoso.com');
  await helper.page.goto(`${server.origin}/helper`);
  await helper.page.getByRole('button', { name: 'New remote help session' }).waitFor();
  await checkA11y(helper.page, 'helper: start');
  await helper.page.getByRole('button', { name: 'New remote help session' }).click();
  const code = helper.page.getByRole('region', { name: 'Security code' }).getByText(/^\d{4} \d{4}$/);
  await code.waitFor();
  await checkA11y(helper.page, 'helper: code');

  await sharer.page.goto(`${server.origin}/share`);
  await sharer.page.getByLabel('Security code').waitFor();
  await checkA11y(sharer.page, 'share: code entry');
  await sharer.page.getByLabel('Security code').fill(await code.textContent());
  await sharer.page.getByRole('button', { name: 'Continue' }).click();
  await helper.page.getByRole('button', { name: 'Request view only' }).click();
  await sharer.page.getByRole('button', { name: 'Allow', exact: true }).waitFor();
  await checkA11y(helper.page, 'helper: trust card and warning');
  await checkA11y(sharer.page, 'share: request');
  await sharer.page.getByRole('button', { name: 'Allow', exact: true }).click();
  await helper.page.waitForFunction(() => document.getElementById('remote-video')?.videoWidth > 0);
  await sharer.page.getByRole('textbox', { name: 'Message' }).fill('Hello 👋');
  await sharer.page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await helper.page.getByRole('list', { name: 'Messages' }).getByText('Hello 👋').waitFor();
  await checkA11y(helper.page, 'helper: viewing with chat');
  await checkA11y(sharer.page, 'share: sharing with chat');

  // Keyboard alone: the viewer is reachable with Tab and shows its focus.
  await helper.page.getByRole('button', { name: 'Full screen' }).focus();
  await helper.page.keyboard.press('Tab');
  assert.equal(await helper.page.evaluate(() => document.activeElement?.id), 'viewer-input');
  const outline = await helper.page.locator('#viewer-stage').evaluate((node) => getComputedStyle(node).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused viewer shows its focus');

  await sharer.page.getByRole('button', { name: 'Stop sharing' }).click();
  await helper.page.getByRole('heading', { name: 'Session ended' }).waitFor();
  await checkA11y(helper.page, 'helper: ended');
  await checkA11y(sharer.page, 'share: ended');
  await helper.page.context().close();
  await sharer.page.context().close();
});

test('in Arabic the pages are translated and laid out right to left', async () => {
  // Signed in in English, then Arabic chosen in the header's language picker.
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  await helper.page.goto(`${server.origin}/helper`);
  await helper.page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await helper.page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
  const start = helper.page.locator('#start-form button[type=submit]');
  await start.waitFor();
  const label = await start.textContent();
  assert.notEqual(label, 'New remote help session', 'the button is translated');
  assert.match(label, /[\u0600-\u06ff]/, 'in Arabic script');
  // Mirrored: the brand sits at the right edge of the header, the user menu at the left.
  const brand = await helper.page.locator('.brand').boundingBox();
  const menu = await helper.page.locator('#user-menu').boundingBox();
  assert.ok(brand.x > menu.x, 'the header is mirrored');
  await start.click();
  await helper.page.locator('#security-code').filter({ hasText: /\d{4} \d{4}/ }).waitFor();
  await helper.page.screenshot({ path: screenshotPath('helper-code-arabic.png') });
  await checkA11y(helper.page, 'helper in Arabic');
  await helper.page.context().close();
  assert.ok(PASSWORD);
});
