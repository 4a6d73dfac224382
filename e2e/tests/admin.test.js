// The admin console, as an administrator uses it on a new organisation: turn remote help on,
// create a helper and the person they help, put them in groups, give the helper a role over the
// other group, enroll devices with a token, set a compliance policy, watch a live session and
// stop another, read the session reports and the audit log. Also: a person without admin
// permissions is told so, and a signed-out visitor is sent to sign in. Everything is found by
// role and accessible name; screenshots of the main screens are saved as admin-*.png (see
// lib/screenshots.js: a scratch folder, or docs/screenshots/ with `e2e/run --screenshots`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';
import {
  apiCall, endSession, enrollDevice, openSessionSocket, portraitPng, sendChat, signedInPage,
} from '../lib/admin.js';

const PASSWORD = 'correct horse battery staple';

let server;
let browser;
let context;
let page;
const problems = [];
const others = [];
let enrollmentSecret = '';

/** Fails on script errors and CSP violations; refused requests are expected in places. */
function watch(target) {
  target.on('pageerror', (error) => problems.push(error.message));
  target.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(text);
  });
}

/** Opens a section from the side navigation and checks focus moved to its heading. */
async function openSection(name, heading = name) {
  const nav = page.getByRole('navigation', { name: 'Admin console' });
  await nav.getByRole('link', { name, exact: true }).click();
  const title = page.getByRole('heading', { level: 1, name: heading, exact: true });
  await title.waitFor();
  await assert.doesNotReject(async () => {
    await page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text, heading);
  }, 'focus moves to the section heading');
  assert.equal(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current'), 'page');
}

async function shot(name) {
  // Let fonts and pictures settle, then capture the whole page.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(`admin-${name}.png`), fullPage: true });
}

function status() {
  return page.getByRole('main').getByRole('status').first();
}

function rowOf(table, text) {
  return table.getByRole('row').filter({ hasText: text });
}

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  page = await context.newPage();
  watch(page);
});

after(async () => {
  for (const other of others) await other.close().catch(() => {});
  await context?.close();
  await browser?.close();
  await server?.stop();
});

test('a signed-out visitor is sent to sign in', async () => {
  const anonymous = await browser.newPage();
  await anonymous.goto(`${server.origin}/admin`);
  await anonymous.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();
  assert.equal(new URL(anonymous.url()).pathname, '/sign-in');
  await anonymous.close();
});

test('the first administrator opens the admin console from the home page', async () => {
  await page.goto(server.setupLink);
  const form = page.getByRole('form', { name: 'Create your organisation' });
  await form.getByLabel('Organisation name').fill('Contoso');
  await form.getByLabel('Full name').fill('Ada Lovelace');
  await form.getByLabel('E-mail').fill('ada@contoso.com');
  await form.getByLabel('Job title (optional)').fill('IT Administrator');
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Confirm password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();

  // Until its checklist is done, the console opens on Get started.
  await page.getByRole('link', { name: 'Admin console' }).click();
  await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/admin');
  assert.equal(new URL(page.url()).hash, '#get-started');
  const nav = page.getByRole('navigation', { name: 'Admin console' });
  await nav.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  for (const name of ['Get started', 'Users', 'Groups', 'Roles', 'Conditional access', 'Devices', 'Enrollment tokens',
    'Compliance policies', 'Settings', 'Live sessions', 'Session reports', 'Audit log']) {
    await nav.getByRole('link', { name, exact: true }).waitFor();
  }
  await rowOf(page.getByRole('table', { name: 'Users' }), 'ada@contoso.com').waitFor();
});

test('settings: validation next to the field, then remote help is turned on', async () => {
  await openSection('Settings');
  const lifetime = page.getByLabel('Security code lifetime (minutes)');
  await lifetime.fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('alert').filter({ hasText: 'Enter a whole number from 1 to 60.' }).waitFor();
  assert.equal(await lifetime.getAttribute('aria-invalid'), 'true');
  const describedBy = (await lifetime.getAttribute('aria-describedby')).split(' ');
  const errorText = await page.locator(`[id="${describedBy.at(-1)}"]`).textContent();
  assert.equal(errorText, 'Enter a whole number from 1 to 60.');
  assert.ok(await lifetime.evaluate((input) => document.activeElement === input), 'focus goes to the field to fix');

  await lifetime.fill('15');
  await page.getByLabel('Allow remote help').check();
  await page.getByLabel('Allow help on devices that are not enrolled').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
  const settings = await apiCall(page, server.origin, 'GET', '/api/v1/tenant/settings');
  assert.equal(settings.remote_help_enabled, true);
  assert.equal(settings.unenrolled_help_enabled, true);
  assert.equal(settings.code_lifetime_minutes, 15);
  await shot('settings');
});

test('users: create a helper and a colleague, upload a picture, search', async () => {
  await openSection('Users');
  const people = [
    ['grace@contoso.com', 'Grace Hopper', 'Service Desk Engineer'],
    ['alan@contoso.com', 'Alan Turing', 'Financial Controller'],
    ['katherine@contoso.com', 'Katherine Johnson', 'Analyst'],
  ];
  for (const [email, name, job] of people) {
    await page.getByRole('button', { name: 'Create user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a user' });
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByLabel('Full name').fill(name);
    await dialog.getByLabel('Job title (optional)').fill(job);
    await dialog.getByLabel('Company (optional)').fill('Contoso');
    await dialog.getByLabel('Initial password (optional)').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status().filter({ hasText: `${name} was created.` }).waitFor();
  }

  // A duplicate address is refused next to its field.
  await page.getByRole('button', { name: 'Create user' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Create a user' });
  await duplicate.getByLabel('E-mail').fill('grace@contoso.com');
  await duplicate.getByLabel('Full name').fill('Someone Else');
  await duplicate.getByRole('button', { name: 'Create user' }).click();
  await duplicate.getByRole('alert').filter({ hasText: 'An account with this e-mail address already exists.' }).waitFor();
  await duplicate.getByRole('button', { name: 'Cancel' }).click();
  await duplicate.waitFor({ state: 'detached' });

  // Grace's picture, uploaded from the edit dialog.
  const users = page.getByRole('table', { name: 'Users' });
  await rowOf(users, 'grace@contoso.com').getByRole('button', { name: 'Edit Grace Hopper' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Grace Hopper' });
  await edit.getByLabel('Upload picture').setInputFiles({ name: 'grace.png', mimeType: 'image/png', buffer: portraitPng(96, [29, 78, 216]) });
  await edit.getByRole('status').filter({ hasText: 'The picture of Grace Hopper was updated.' }).waitFor();
  await edit.getByLabel('Job title (optional)').fill('Senior Service Desk Engineer');
  await edit.getByRole('button', { name: 'Save' }).click();
  await edit.waitFor({ state: 'detached' });
  await status().filter({ hasText: 'Changes to Grace Hopper were saved.' }).waitFor();
  await rowOf(users, 'grace@contoso.com').filter({ hasText: 'Senior Service Desk Engineer' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('table img')].some((img) => img.complete && img.naturalWidth === 96));

  // Alan's too, so the reports show two faces.
  const alan = (await apiCall(page, server.origin, 'GET', '/api/v1/users?limit=200')).items.find((u) => u.email === 'alan@contoso.com');
  const upload = await page.request.put(`${server.origin}/api/v1/users/${alan.id}/picture`, {
    headers: { origin: server.origin, 'content-type': 'image/png' },
    data: portraitPng(96, [6, 118, 71]),
  });
  assert.equal(upload.status(), 204);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await shot('users');

  await page.getByLabel('Search by name, e-mail, job title or company').fill('hopper');
  await page.getByRole('search', { name: 'Search users' }).getByRole('button', { name: 'Search' }).click();
  await page.getByText('One user matches “hopper”.').waitFor();
  assert.equal(await users.getByRole('row').count(), 2, 'a header row and Grace');

  // Katherine leaves: deleted after confirming.
  await page.getByLabel('Search by name, e-mail, job title or company').fill('');
  await page.getByRole('search', { name: 'Search users' }).getByRole('button', { name: 'Search' }).click();
  await rowOf(users, 'katherine@contoso.com').getByRole('button', { name: 'Delete Katherine Johnson' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Katherine Johnson?' });
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await status().filter({ hasText: 'Katherine Johnson was deleted.' }).waitFor();
  await rowOf(users, 'katherine@contoso.com').waitFor({ state: 'detached' });
});

test('groups: a help desk group and a finance group with their members', async () => {
  await openSection('Groups');
  for (const [name, description] of [['Help desk', 'Service desk staff who help colleagues'], ['Finance', 'Accounting and controlling']]) {
    await page.getByRole('button', { name: 'Create group' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a group' });
    await dialog.getByLabel('Group name').fill(name);
    await dialog.getByLabel('Description (optional)').fill(description);
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await status().filter({ hasText: `The group ${name} was created.` }).waitFor();
  }
  const groups = page.getByRole('table', { name: 'Groups' });
  for (const [group, person] of [['Help desk', 'Grace Hopper <grace@contoso.com>'], ['Finance', 'Alan Turing <alan@contoso.com>']]) {
    await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Groups', exact: true }).click();
    await groups.getByRole('link', { name: group, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: group }).waitFor();
    await page.getByLabel('Person to add').selectOption({ label: person });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('status').filter({ hasText: `was added to ${group}.` }).waitFor();
    await page.getByRole('table', { name: 'Members' }).getByRole('row').filter({ hasText: person.split(' <')[0] }).waitFor();
  }
  await shot('group');
  await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Groups', exact: true }).click();
  await rowOf(groups, 'Finance').filter({ hasText: '1 member' }).waitFor();
});

test('roles: the help desk gets Help Desk Operator over Finance', async () => {
  await openSection('Roles');
  await rowOf(page.getByRole('table', { name: 'Roles' }), 'Help Desk Operator').waitFor();

  await page.getByRole('button', { name: 'Create assignment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a role assignment' });
  await dialog.getByLabel('Assignment name').fill('Help desk helps Finance');
  // Nothing chosen yet: the form says what is missing.
  await dialog.getByRole('button', { name: 'Create assignment' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'This field is required.' }).waitFor();
  assert.equal(await dialog.getByLabel('Role', { exact: true }).getAttribute('aria-invalid'), 'true');
  await dialog.getByLabel('Role', { exact: true }).selectOption({ label: 'Help Desk Operator' });
  await dialog.getByRole('group', { name: 'Give the role to members of' }).getByLabel('Help desk').check();
  await dialog.getByRole('group', { name: 'People and devices in these groups' }).getByLabel('Finance').check();
  await dialog.getByRole('button', { name: 'Create assignment' }).click();
  await status().filter({ hasText: 'The assignment Help desk helps Finance was created.' }).waitFor();
  const row = rowOf(page.getByRole('table', { name: 'Role assignments' }), 'Help desk helps Finance');
  await row.filter({ hasText: 'Help Desk Operator' }).filter({ hasText: 'Finance' }).waitFor();

  // A custom role, copied from a built-in one.
  await rowOf(page.getByRole('table', { name: 'Roles' }), 'Read-only Operator').getByRole('button', { name: 'Copy the role Read-only Operator as a new role' }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Create a role' });
  await roleDialog.getByLabel('Role name').fill('Auditor');
  await roleDialog.getByLabel('Read the audit log').check();
  await roleDialog.getByRole('button', { name: 'Create role' }).click();
  await status().filter({ hasText: 'The role Auditor was created.' }).waitFor();
  await rowOf(page.getByRole('table', { name: 'Roles' }), 'Auditor').filter({ hasText: 'Read the audit log' }).waitFor();
  await shot('roles');
});

test('conditional access: a report-only policy', async () => {
  await openSection('Conditional access');
  await page.getByRole('button', { name: 'Create policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a conditional access policy' });
  await dialog.getByLabel('Policy name').fill('Second factor outside the office');
  await dialog.getByLabel('Report-only').check();
  await dialog.getByRole('group', { name: 'Members of these groups' }).getByLabel('Help desk').check();
  await dialog.getByLabel('The client address is in none of these networks').fill('office');
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await dialog.getByText('“office” is not a network range.', { exact: false }).first().waitFor();
  await dialog.getByLabel('The client address is in none of these networks').fill('10.0.0.0/8\n192.168.0.0/16');
  await dialog.getByLabel('Require a second factor').check();
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await status().filter({ hasText: 'The policy Second factor outside the office was created.' }).waitFor();
  await rowOf(page.getByRole('table', { name: 'Conditional access' }), 'Second factor outside the office').filter({ hasText: 'Report-only' }).waitFor();
  await shot('conditional-access');
});

test('enrollment tokens: the secret is shown once and can be copied', async () => {
  await openSection('Enrollment tokens');
  await page.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an enrollment token' });
  await dialog.getByLabel('Name').fill('Finance laptops');
  await dialog.getByLabel('Devices it may enroll').fill('50');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const secret = dialog.getByLabel('Token “Finance laptops”');
  await secret.waitFor();
  enrollmentSecret = await secret.inputValue();
  assert.ok(enrollmentSecret.length >= 20, 'a long secret');
  await dialog.getByRole('button', { name: 'Copy the token' }).click();
  await dialog.getByRole('status').filter({ hasText: 'The token was copied to the clipboard.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), enrollmentSecret);
  await page.screenshot({ path: screenshotPath('admin-enrollment-token.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
  await rowOf(page.getByRole('table', { name: 'Enrollment tokens' }), 'Finance laptops').filter({ hasText: 'Active' }).filter({ hasText: '0 of 50' }).waitFor();
  assert.equal(await page.getByText(enrollmentSecret).count(), 0, 'the secret is not shown again');
});

test('devices: enrolled devices, a compliance policy, filters and a device with failing rules', async () => {
  const devices = [
    { host_name: 'FIN-LT-0042', platform: 'windows', os_version: '10.0.22631', agent_version: '1.2.0', model: 'Latitude 7440', serial_number: 'CNF4242X', disk_encrypted: true, primary_user: 'alan@contoso.com' },
    { host_name: 'FIN-MB-0107', platform: 'macos', os_version: '13.6.1', agent_version: '1.1.3', model: 'MacBook Pro 14', serial_number: 'C02XK1ZZMD6M', disk_encrypted: false, primary_user: 'alan@contoso.com' },
    { host_name: 'HD-WS-0003', platform: 'linux', os_version: '6.8.0', agent_version: '1.2.0', model: 'ThinkCentre M70q', serial_number: 'MJ0H7R3K', disk_encrypted: true, primary_user: 'grace@contoso.com' },
  ];
  for (const facts of devices) await enrollDevice(server.origin, enrollmentSecret, facts);

  await openSection('Compliance policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a compliance policy' });
  await dialog.getByLabel('Policy name').fill('Baseline security');
  await dialog.getByLabel('macOS').fill('14.0');
  await dialog.getByLabel('Windows').fill('ten');
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Write a version as numbers separated by dots' }).waitFor();
  await dialog.getByLabel('Windows').fill('10.0.19045');
  await dialog.getByLabel('Maximum days since the last check-in').fill('30');
  await dialog.getByLabel('Require disk encryption').check();
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await status().filter({ hasText: 'The policy Baseline security was created.' }).waitFor();
  await rowOf(page.getByRole('table', { name: 'Compliance policies' }), 'Baseline security').filter({ hasText: 'macOS 14.0 or later' }).waitFor();
  await shot('compliance');

  await openSection('Devices');
  const table = page.getByRole('table', { name: 'Devices' });
  await rowOf(table, 'FIN-LT-0042').filter({ hasText: 'Compliant' }).waitFor();
  await rowOf(table, 'FIN-MB-0107').filter({ hasText: 'Not compliant' }).filter({ hasText: '2 failing rules' }).waitFor();
  await shot('devices');

  const filters = page.getByRole('search', { name: 'Filter devices' });
  await filters.getByLabel('Compliance').selectOption({ label: 'Not compliant' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await rowOf(table, 'FIN-LT-0042').waitFor({ state: 'detached' });
  assert.equal(await table.getByRole('row').count(), 2, 'a header row and the Mac');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Search').fill('ThinkCentre');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await rowOf(table, 'FIN-MB-0107').waitFor({ state: 'detached' });
  await rowOf(table, 'HD-WS-0003').waitFor();
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  await table.getByRole('link', { name: 'FIN-MB-0107' }).click();
  await page.getByRole('heading', { level: 1, name: 'FIN-MB-0107' }).waitFor();
  const compliance = page.getByRole('region', { name: 'Compliance' });
  await compliance.getByRole('listitem').filter({ hasText: 'Baseline security' }).first().waitFor();
  assert.equal(await compliance.getByRole('listitem').count(), 2);
  await shot('device');

  // The Finance group gets the Windows laptop: its page lists it, and it can be removed again.
  await openSection('Groups');
  await page.getByRole('table', { name: 'Groups' }).getByRole('link', { name: 'Finance', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
  const groupDevices = page.getByRole('table', { name: 'Devices' });
  await page.getByText('No devices in this group yet.').waitFor();
  await page.getByLabel('Device', { exact: true }).selectOption({ label: 'FIN-LT-0042 (CNF4242X)' });
  await page.getByRole('button', { name: 'Add to group' }).click();
  await page.getByRole('status').filter({ hasText: 'FIN-LT-0042 was added to Finance.' }).waitFor();
  await rowOf(groupDevices, 'FIN-LT-0042').filter({ hasText: 'Compliant' }).waitFor();
  await page.getByLabel('Device', { exact: true }).selectOption({ label: 'FIN-MB-0107 (C02XK1ZZMD6M)' });
  await page.getByRole('button', { name: 'Add to group' }).click();
  await rowOf(groupDevices, 'FIN-MB-0107').waitFor();
  await groupDevices.getByRole('button', { name: 'Remove FIN-MB-0107 from the group' }).click();
  await page.getByRole('status').filter({ hasText: 'FIN-MB-0107 was removed from Finance.' }).waitFor();
  await rowOf(groupDevices, 'FIN-MB-0107').waitFor({ state: 'detached' });
  assert.equal(await groupDevices.getByRole('row').count(), 2, 'a header row and the laptop');
  await openSection('Devices');

  // Retire the Windows laptop: it stays listed, marked retired.
  await table.getByRole('link', { name: 'FIN-LT-0042' }).waitFor();
  await table.getByRole('link', { name: 'FIN-LT-0042' }).click();
  await page.getByRole('button', { name: 'Retire device' }).click();
  await page.getByRole('alertdialog', { name: 'Retire FIN-LT-0042?' }).getByRole('button', { name: 'Retire device' }).click();
  await page.getByRole('status').filter({ hasText: 'FIN-LT-0042 was retired.' }).waitFor();
  await page.getByRole('region', { name: 'Details' }).getByText('Retired').waitFor();
});

test('live sessions: one in progress, another stopped by the administrator', async () => {
  const grace = await signedInPage(browser, server.origin, 'grace@contoso.com', PASSWORD);
  const alan = await signedInPage(browser, server.origin, 'alan@contoso.com', PASSWORD);
  others.push(grace.context, alan.context);
  watch(grace.page);
  watch(alan.page);

  // Grace is a helper, not an administrator: no admin console for her.
  await grace.page.getByRole('heading', { name: 'Signed in as Grace Hopper' }).waitFor();
  assert.equal(await grace.page.getByRole('link', { name: 'Admin console' }).isVisible(), false);
  await grace.page.goto(`${server.origin}/admin`);
  await grace.page.getByRole('heading', { name: 'You do not have permission to use the admin console' }).waitFor();
  assert.equal(await grace.page.getByRole('navigation', { name: 'Admin console' }).count(), 0);
  await grace.page.screenshot({ path: screenshotPath('admin-no-permission.png') });
  await grace.page.goto(`${server.origin}/`);

  // Grace helps Alan, who shares from his browser; they chat.
  const created = await apiCall(grace.page, server.origin, 'POST', '/api/v1/sessions', { device_id: null });
  await apiCall(alan.page, server.origin, 'POST', '/api/v1/sessions/join', { code: created.code, client: 'web' });
  await openSessionSocket(grace.page, created.session.id);
  await openSessionSocket(alan.page, created.session.id);
  await sendChat(grace.page, 'Hello Alan, this is Grace from the service desk. I can see your request about the expense report.');
  await sendChat(alan.page, 'Thanks! The “Submit” button stays grey after I attach the receipt.');
  await sendChat(grace.page, 'Understood. Please share your screen and I will take a look.');

  // A second session that nobody joined, which the administrator stops.
  const waiting = await apiCall(grace.page, server.origin, 'POST', '/api/v1/sessions', { device_id: null });

  await openSection('Live sessions');
  const table = page.getByRole('table', { name: 'Live sessions' });
  await rowOf(table, 'Alan Turing').filter({ hasText: 'Joined' }).waitFor();
  await rowOf(table, 'Not joined yet').filter({ hasText: 'Waiting for code' }).waitFor();
  await shot('live');

  await table.getByRole('button', { name: 'Stop the session of Grace Hopper with nobody yet' }).click();
  await page.getByRole('alertdialog', { name: 'Stop this session?' }).getByRole('button', { name: 'Stop session' }).click();
  await status().filter({ hasText: 'The session of Grace Hopper was stopped.' }).waitFor();
  await rowOf(table, 'Not joined yet').waitFor({ state: 'detached' });
  const report = await apiCall(page, server.origin, 'GET', `/api/v1/reports/sessions/${waiting.session.id}`);
  assert.equal(report.report.end_reason, 'revoked');

  // Grace ends the first session herself; the list refreshes on its own.
  await endSession(grace.page);
  await table.waitFor({ state: 'detached', timeout: 15000 });
  await page.getByText('No sessions are in progress.').first().waitFor();
});

test('session reports: filters, CSV export and the chat transcript', async () => {
  await openSection('Session reports');
  const table = page.getByRole('table', { name: 'Session reports' });
  assert.equal(await table.getByRole('row').count(), 3, 'a header row and two sessions');

  const filters = page.getByRole('search', { name: 'Filter session reports' });
  await filters.getByLabel('How it ended').selectOption({ label: 'Stopped by an administrator' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await rowOf(table, 'Alan Turing').waitFor({ state: 'detached' });
  assert.equal(await table.getByRole('row').count(), 2);
  const exportLink = page.getByRole('link', { name: 'Export CSV of the session reports that match the filters' });
  const href = await exportLink.getAttribute('href');
  assert.match(href, /^\/api\/v1\/reports\/sessions\/export\.csv\?end_reason=revoked$/);
  const csv = await page.request.get(`${server.origin}${href}`);
  assert.equal(csv.status(), 200);
  const lines = (await csv.text()).trim().split('\n');
  assert.equal(lines.length, 2, 'a header line and the revoked session');
  assert.match(lines[1], /revoked/);

  await filters.getByLabel('How it ended').selectOption({ label: 'Any' });
  await filters.getByLabel('Person helped').selectOption({ label: 'Alan Turing <alan@contoso.com>' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await rowOf(table, 'Helper ended it').waitFor();
  assert.equal(await table.getByRole('row').count(), 2);
  await shot('reports');

  await table.getByRole('link', { name: /^Session of Grace Hopper started / }).click();
  await page.getByRole('heading', { level: 1, name: 'Grace Hopper helping Alan Turing' }).waitFor();
  const transcript = page.getByRole('list', { name: 'Chat transcript' });
  assert.equal(await transcript.getByRole('listitem').count(), 3);
  await transcript.getByText('The “Submit” button stays grey after I attach the receipt.').waitFor();
  await shot('report');
  await page.getByRole('link', { name: 'All session reports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Session reports' }).waitFor();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await rowOf(table, 'Stopped by an administrator').waitFor();
});

test('audit log: filtered by action and by who, and exported', async () => {
  await openSection('Audit log');
  const table = page.getByRole('table', { name: 'Audit log' });
  await table.getByRole('row').nth(5).waitFor();

  const filters = page.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('Action').fill('settings.updated');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('table tbody td:nth-child(3)')];
    return cells.length > 0 && cells.every((cell) => cell.textContent === 'settings.updated');
  });
  assert.equal(await table.getByRole('row').count(), 2, 'a header row and the one change of settings');
  await rowOf(table, 'Ada Lovelace').waitFor();
  const href = await page.getByRole('link', { name: 'Export CSV of the audit events that match the filters' }).getAttribute('href');
  assert.match(href, /action=settings\.updated/);
  const csv = await page.request.get(`${server.origin}${href}`);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /text\/csv/);

  await filters.getByLabel('Action').fill('');
  await filters.getByLabel('Who').selectOption({ label: 'Grace Hopper <grace@contoso.com>' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await rowOf(table, 'session.started').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('table tbody tr')].every((row) => row.children[1].textContent.includes('Grace Hopper')));
  await shot('audit');

  assert.deepEqual(problems, [], 'no script errors or CSP violations');
});

test('keyboard: the skip link and the navigation work without a mouse', async () => {
  // A fresh load (a new fragment alone would not reload the page).
  await page.goto('about:blank');
  await page.goto(`${server.origin}/admin#settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'admin-main');
  // From the navigation, Enter on a link opens its section and moves focus to the heading.
  await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Devices', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Devices');
  // Escape closes a dialog and gives focus back to the button that opened it.
  await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('button', { name: 'Create group' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Create a group' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.labels?.[0]?.textContent), 'Group name');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Create a group' }).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Create group');
  assert.deepEqual(problems, [], 'no script errors or CSP violations');
});
