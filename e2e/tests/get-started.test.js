// The guided first run, as a new administrator meets it, from a fresh server to a first session
// with nothing done through the API: the setup link lands on the admin console's Get started
// checklist; remote help is turned on and sharing from a browser allowed there (the page says, in
// plain words, that a browser counts as a device that is not enrolled); people are created with
// the role they get; helpers are made in one step; then a helper gets a security code in the
// helper console, the person helped enters it in the web app, and each sees the other. Finds
// everything by role and accessible name, asserts the visible text, and saves screenshots of the
// new states (get-started*.png).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { PASSWORD, call, setUpDesk, signIn } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

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

/** Creates a user through the "Create user" dialog opened from `opener`, with `role`. */
async function createUser(page, opener, { email, name, job, company, role }) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Create a user' });
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Full name').fill(name);
  await dialog.getByLabel('Job title (optional)').fill(job);
  await dialog.getByLabel('Company (optional)').fill(company);
  await dialog.getByLabel('Initial password (optional)').fill(PASSWORD);
  const roles = dialog.getByRole('group', { name: 'Role' });
  assert.ok(await roles.getByRole('radio', { name: 'Member' }).isChecked(), 'a new person is a member unless chosen otherwise');
  await roles.getByRole('radio', { name: role }).check();
  return dialog;
}

test('from the setup link to a first session, through the pages only', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  const apiWrites = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') apiWrites.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });

  // The organisation is created; its administrator lands on the checklist.
  await page.goto(server.setupLink);
  const form = page.getByRole('form', { name: 'Create your organisation' });
  await form.getByLabel('Organisation name').fill('Contoso');
  await form.getByLabel('Full name').fill('Ada Lovelace');
  await form.getByLabel('E-mail').fill('ada@contoso.com');
  await form.getByLabel('Job title (optional)').fill('IT Manager');
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Confirm password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/admin');
  assert.equal(new URL(page.url()).hash, '#get-started');
  const nav = page.getByRole('navigation', { name: 'Admin console' });
  assert.equal(await nav.getByRole('link', { name: 'Get started' }).getAttribute('aria-current'), 'page');

  const remote = page.getByRole('region', { name: 'Turn remote help on' });
  const sharing = page.getByRole('region', { name: 'Sharing from a web browser' });
  const helpers = page.getByRole('region', { name: 'Make helpers' });
  const first = page.getByRole('region', { name: 'Your first session' });
  const status = page.getByRole('status').filter({ hasText: /\S/ });

  // Nothing is done yet, and each step says so in words.
  await remote.getByText('To do', { exact: true }).waitFor();
  await remote.getByText('Remote help is off, so nobody can start a session yet.').waitFor();
  await sharing.getByText('Not allowed', { exact: true }).waitFor();
  await sharing.getByText('A web browser cannot prove which computer it runs on, so it counts as a device that is not enrolled.').waitFor();
  await sharing.getByText('Not allowed now: only the Assist app on an enrolled device can share.').waitFor();
  await helpers.getByText('To do', { exact: true }).waitFor();
  await helpers.getByText('Nobody can offer remote help yet.').waitFor();
  await helpers.getByText('they join the group Help desk, which has the Help Desk Operator role over all users.').waitFor();
  await first.getByText('Once the steps above are done:').waitFor();
  await first.getByText('Not allowed now: only the Assist app on an enrolled device can share.').waitFor();
  await page.screenshot({ path: screenshotPath('get-started.png'), fullPage: true });

  // 1. Remote help on, in place.
  await remote.getByRole('button', { name: 'Turn remote help on' }).click();
  await status.filter({ hasText: 'Remote help is now on.' }).waitFor();
  await remote.getByText('Done', { exact: true }).waitFor();
  await remote.getByText('Remote help is on: helpers can start sessions.').waitFor();
  assert.equal(await remote.getByRole('button').count(), 0, 'nothing left to do in this step');

  // 2. Sharing from a browser allowed, in place.
  await sharing.getByRole('button', { name: 'Allow sharing from a browser' }).click();
  await status.filter({ hasText: 'Sharing from a browser is now allowed.' }).waitFor();
  await sharing.getByText('Allowed', { exact: true }).waitFor();
  await sharing.getByText('Allowed now: people can share their screen from a browser, or from a device that is not enrolled.').waitFor();
  await sharing.getByRole('button', { name: 'Stop sharing from a browser' }).waitFor();
  assert.equal(await first.getByText('Not allowed now').count(), 0, 'the first session may now be shared from a browser');

  // 3. People, created from the checklist with the role they get; then helpers made in one step.
  for (const person of [
    { email: 'sue@contoso.com', name: 'Sue Sharer', job: 'Accountant', company: 'Contoso Finance', role: 'Member' },
    { email: 'hal@contoso.com', name: 'Hal Helper', job: 'Service Desk Analyst', company: 'Contoso IT', role: 'Member' },
  ]) {
    const dialog = await createUser(page, helpers.getByRole('button', { name: 'Create user' }), person);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status.filter({ hasText: `${person.name} was created.` }).waitFor();
  }
  const picker = helpers.getByRole('group', { name: 'People to make helpers' });
  await helpers.getByRole('button', { name: 'Make helpers' }).click();
  await picker.getByText('Choose at least one person.').waitFor();
  await picker.getByRole('checkbox', { name: 'Hal Helper' }).check();
  await page.screenshot({ path: screenshotPath('get-started-make-helpers.png'), fullPage: true });
  await helpers.getByRole('button', { name: 'Make helpers' }).click();
  await status.filter({ hasText: '1 person is now a helper, in the group Help desk.' }).waitFor();
  await helpers.getByText('Done', { exact: true }).waitFor();
  await helpers.getByText('1 person can offer remote help.').waitFor();
  assert.equal(await picker.getByRole('checkbox', { name: 'Hal Helper' }).count(), 0, 'a helper is not offered again');
  await picker.getByRole('checkbox', { name: 'Sue Sharer' }).waitFor();

  // "Create user" offers the role: a new helper joins the same Help desk at once.
  const hil = await createUser(page, helpers.getByRole('button', { name: 'Create user' }), {
    email: 'hil@contoso.com', name: 'Hil Helper', job: 'Service Desk Analyst', company: 'Contoso IT', role: 'Helper',
  });
  await hil.getByText('Offers remote help to everyone in the organisation, as a member of the group Help desk.').waitFor();
  await hil.getByRole('radio', { name: 'Administrator' }).waitFor();
  await page.screenshot({ path: screenshotPath('get-started-create-user.png') });
  await hil.getByRole('button', { name: 'Create user' }).click();
  await hil.waitFor({ state: 'detached' });
  await status.filter({ hasText: 'Hil Helper was created and can now offer remote help.' }).waitFor();
  await helpers.getByText('2 people can offer remote help.').waitFor();

  // Every step done: the checklist says how the first session goes, with the pages to open.
  await first.getByText('Everything is ready for a first session:').waitFor();
  await first.getByRole('link', { name: `${server.origin}/helper` }).waitFor();
  await first.getByRole('link', { name: `${server.origin}/share` }).waitFor();
  await page.screenshot({ path: screenshotPath('get-started-done.png'), fullPage: true });

  // The same page right to left, through the language picker.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await page.getByRole('heading', { level: 1, name: 'البدء' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.screenshot({ path: screenshotPath('get-started-rtl.png'), fullPage: true });
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();

  // The Help desk group holds both helpers.
  await nav.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
  await page.getByRole('link', { name: 'Help desk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Help desk' }).waitFor();
  for (const name of ['Hal Helper', 'Hil Helper']) await page.getByRole('main').getByText(name, { exact: true }).first().waitFor();

  // Done, the console no longer opens on the checklist nor lists it.
  await page.goto(`${server.origin}/admin`);
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Get started' }).count(), 0);

  // Nothing of the above went through the API directly: every change was a page's own request.
  assert.deepEqual(apiWrites.filter((write) => !write.startsWith('POST /api/v1/setup/')).sort(), [
    'PATCH /api/v1/tenant/settings',
    'PATCH /api/v1/tenant/settings',
    'POST /api/v1/helpers',
    'POST /api/v1/users',
    'POST /api/v1/users',
    'POST /api/v1/users',
  ]);
  assert.deepEqual(problems, [], 'no script errors or CSP violations');

  // The first session: Hal gets a code in the helper console, Sue enters it in the web app.
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  await helper.page.getByRole('link', { name: 'Help someone' }).click();
  await helper.page.getByRole('button', { name: 'New remote help session' }).click();
  const code = helper.page.getByRole('region', { name: 'Security code' }).getByText(/^\d{4} \d{4}$/);
  await code.waitFor();
  const codeText = await code.textContent();

  const sharer = await signIn(browser, server.origin, 'sue@contoso.com');
  await sharer.page.getByRole('link', { name: 'Get help' }).click();
  await sharer.page.getByLabel('Security code').fill(codeText);
  await sharer.page.getByRole('button', { name: 'Continue' }).click();

  // Each sees the other.
  const helperCard = sharer.page.getByRole('region', { name: 'Your helper' });
  await helperCard.getByText('Hal Helper').waitFor();
  await helperCard.getByText('Service Desk Analyst').waitFor();
  const sharerCard = helper.page.getByRole('region', { name: 'The person you are helping' });
  await sharerCard.getByText('Sue Sharer').waitFor();
  await sharerCard.getByText('Accountant').waitFor();
  assert.deepEqual([...helper.problems, ...sharer.problems], []);

  await helper.page.context().close();
  await sharer.page.context().close();
  await context.close();
});

test('a delegated user manager sees what they may do, and whom to ask for the rest', async () => {
  // Another organisation, set up through the API (this test is about the checklist's limits):
  // Dee manages users over everyone, but neither settings nor roles, and no Help desk exists.
  const other = await startServer();
  try {
    const { context, page } = await setUpDesk(browser, other);
    const origin = other.origin;
    const dee = await call(page, origin, 'POST', '/api/v1/users', { email: 'dee@contoso.com', display_name: 'Dee Delegate', password: PASSWORD });
    const managers = await call(page, origin, 'POST', '/api/v1/groups', { name: 'User managers' });
    await call(page, origin, 'PUT', `/api/v1/groups/${managers.id}/members/${dee.id}`);
    const role = await call(page, origin, 'POST', '/api/v1/roles', { name: 'User manager', permissions: ['admin.manage_users'] });
    await call(page, origin, 'POST', '/api/v1/role-assignments', {
      name: 'Dee manages everyone', role_id: role.id, member_groups: [managers.id], scope: { all_users: true },
    });
    await context.close();

    const { page: deePage, problems } = await signIn(browser, origin, 'dee@contoso.com');
    await deePage.goto(`${origin}/admin#get-started`);
    await deePage.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
    const remote = deePage.getByRole('region', { name: 'Turn remote help on' });
    await remote.getByText('Done', { exact: true }).waitFor();
    const sharing = deePage.getByRole('region', { name: 'Sharing from a web browser' });
    await sharing.getByText('Changing this needs the permission to manage settings. Ask an administrator who has it.').waitFor();
    assert.equal(await sharing.getByRole('button').count(), 0);
    const helpers = deePage.getByRole('region', { name: 'Make helpers' });
    await helpers.getByText('The first time, making helpers also gives the group Help desk its role, which needs the permission to manage roles.').waitFor();
    assert.equal(await helpers.getByRole('button', { name: 'Make helpers' }).count(), 0, 'no button that would be refused');
    await helpers.getByRole('button', { name: 'Create user' }).waitFor();
    await deePage.screenshot({ path: screenshotPath('get-started-delegated.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await deePage.context().close();
  } finally {
    await other.stop();
  }
});
