// Contoso's help desk, set up through the API of a fresh server: Ada (owner) turns remote help
// and help on unenrolled devices on (a browser cannot prove its device), Hal is on the service
// desk with the built-in Help Desk Operator role over the Staff group, Sue is staff. And
// signing a person in through the sign-in page, in Chromium or Firefox.
import assert from 'node:assert/strict';

import { clickButton, fillField, isPlaywright, newIsolatedPage } from './driver.js';

export const PASSWORD = 'correct horse battery staple';

export const HAL = {
  email: 'hal@contoso.com', display_name: 'Hal Helper', job_title: 'Service Desk Analyst', company: 'Contoso IT',
};
export const SUE = {
  email: 'sue@contoso.com', display_name: 'سارة Sue Sharer', job_title: 'Accountant', company: 'Contoso Finance',
};

/** JSON from the API with a Playwright `page`'s cookie. */
export async function call(page, origin, method, path, data) {
  const response = await page.request.fetch(`${origin}${path}`, { method, data, headers: { origin } });
  const body = response.status() === 204 ? null : await response.json();
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${JSON.stringify(body)}`);
  return body;
}

/**
 * First run through the setup link in a Chromium context, then the desk through the API.
 * Returns the administrator's page (signed in) and the users and groups made.
 */
export async function setUpDesk(browser, server, { settings = {} } = {}) {
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
  // A new organisation lands on the admin console's Get started checklist.
  await page.waitForURL((url) => url.pathname === '/admin');

  const origin = server.origin;
  await call(page, origin, 'PATCH', '/api/v1/tenant/settings', {
    remote_help_enabled: true, unenrolled_help_enabled: true, ...settings,
  });
  const hal = await call(page, origin, 'POST', '/api/v1/users', { ...HAL, password: PASSWORD });
  const sue = await call(page, origin, 'POST', '/api/v1/users', { ...SUE, password: PASSWORD });
  const desk = await call(page, origin, 'POST', '/api/v1/groups', { name: 'Service desk' });
  const staff = await call(page, origin, 'POST', '/api/v1/groups', { name: 'Staff' });
  await call(page, origin, 'PUT', `/api/v1/groups/${desk.id}/members/${hal.id}`);
  await call(page, origin, 'PUT', `/api/v1/groups/${staff.id}/members/${sue.id}`);
  const roles = await call(page, origin, 'GET', '/api/v1/roles');
  const operator = roles.items.find((role) => role.name === 'Help Desk Operator');
  await call(page, origin, 'POST', '/api/v1/role-assignments', {
    name: 'Desk helps staff', role_id: operator.id, member_groups: [desk.id], scope: { groups: [staff.id], all_devices: true },
  });
  return { context, page, hal, sue, staff };
}

/**
 * A fresh context of `browser` (Playwright or Puppeteer) signed in as `email` through the
 * sign-in page; `problems` collects script errors and CSP violations.
 */
export async function signIn(browser, origin, email, { locale = 'en-GB' } = {}) {
  const page = await newIsolatedPage(browser, { viewport: { width: 1280, height: 860 }, locale });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    const type = typeof message.type === 'function' ? message.type() : message.type;
    if (type === 'error' && !/Failed to load resource|status of 4\d\d/.test(text)) problems.push(text);
  });
  await page.goto(`${origin}/sign-in`);
  await fillField(page, 'E-mail', email);
  await fillField(page, 'Password', PASSWORD);
  if (isPlaywright(page)) {
    await clickButton(page, 'Sign in');
    await page.waitForURL((url) => url.pathname === '/');
  } else {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), clickButton(page, 'Sign in')]);
  }
  return { page, problems };
}

/** On a Playwright `page` signed in as a helper: starts a session on /helper; answers its code. */
export async function startSession(page, origin) {
  await page.goto(`${origin}/helper`);
  await page.getByRole('button', { name: 'New remote help session' }).click();
  const code = page.getByRole('region', { name: 'Security code' }).getByText(/^\d{4} \d{4}$/);
  await code.waitFor();
  return code.textContent();
}

/** On a Playwright `page` signed in as a sharer: enters `code` on /share. */
export async function enterCode(page, origin, code) {
  await page.goto(`${origin}/share`);
  await page.getByLabel('Security code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Hal (signed in afresh) starts a session and Sue (likewise) joins it with the code. */
export async function connect(browser, origin) {
  const helper = await signIn(browser, origin, 'hal@contoso.com');
  const sharer = await signIn(browser, origin, 'sue@contoso.com');
  await enterCode(sharer.page, origin, await startSession(helper.page, origin));
  return { helper, sharer };
}
