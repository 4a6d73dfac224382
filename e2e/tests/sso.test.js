// Single sign-on through a real OpenID provider (the oidc-provider fixture of the server's
// integration tests): the administrator verifies contoso.com (the operator's command line) and
// configures the provider. A person who has never signed in uses the sign-in page's single
// sign-on button, passes the provider and lands signed in, their account made from the claims;
// then they get help with the session code like anyone else. An account with its own password
// is refused single sign-on until its owner, signed in with the password, links it from the
// home page; after that, single sign-on signs them in.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { checkA11y } from '../lib/axe.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, call, setUpDesk, startSession } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { BINARY, startServer } from '../lib/server.js';

const PROVIDER = resolve(import.meta.dirname, '../../crates/server/tests/oidc-provider/provider.mjs');

let server;
let browser;
let provider;
let issuer;
// Ada, the owner, signed in with her password (lib/desk.js).
let admin;

/**
 * Starts the provider with one client (this server) and two accounts: Pat, who has no account
 * at Assist yet, and Ada, whose Assist account has its own password. Resolves to its issuer.
 */
function startProvider(origin) {
  const fixture = {
    clients: [{ client_id: 'assist', client_secret: 's3cret', redirect_uris: [`${origin}/api/v1/auth/sso/callback`] }],
    accounts: [{
      sub: 'pat-1', email: 'pat@contoso.com', email_verified: true, name: 'Pat Okafor',
      job_title: 'Payroll Specialist', company: 'Contoso Finance', amr: ['pwd', 'otp'], password: 'pw',
    }, {
      sub: 'ada-1', email: 'ada@contoso.com', email_verified: true, name: 'Ada Lovelace',
      amr: ['pwd'], password: 'pw',
    }],
    id_token_ttl_seconds: 3600,
  };
  provider = spawn(process.execPath, [PROVIDER], {
    env: { ...process.env, PORT: '0', OIDC_FIXTURE_JSON: JSON.stringify(fixture), EXIT_ON_STDIN_CLOSE: '1' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: provider.stdout });
    lines.on('line', (line) => {
      const issuer = line.match(/^READY (\S+)/)?.[1];
      if (issuer) resolvePromise(issuer);
    });
    provider.on('exit', (code) => reject(new Error(`the OpenID provider exited with ${code}`)));
  });
}

before(async () => {
  // The test's provider runs on this machine, which a real deployment refuses.
  server = await startServer({ env: { ASSIST_SSO_LOCAL_ISSUERS: 'true' } });
  browser = await launchChromium();
  admin = await setUpDesk(browser, server);
  const me = await call(admin.page, server.origin, 'GET', '/api/v1/me');
  execFileSync(BINARY, ['admin', 'verify-domain', '--tenant', me.tenant.id, '--domain', 'contoso.com'], {
    env: { ...process.env, ASSIST_DATA_DIR: server.dataDir, RUST_LOG: 'warn' },
  });
  issuer = await startProvider(server.origin);
  await call(admin.page, server.origin, 'PUT', '/api/v1/tenant/sso', { issuer, client_id: 'assist', client_secret: 's3cret' });
});

after(async () => {
  provider?.kill('SIGTERM');
  await admin?.context.close();
  await browser?.close();
  await server?.stop();
});

test('single sign-on through the OpenID provider, then help with a code', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/sign-in?next=${encodeURIComponent('/share')}`);
  await page.getByLabel('E-mail').fill('pat@contoso.com');
  await page.getByRole('button', { name: 'Sign in with your organisation\'s account' }).click();
  await page.waitForURL((url) => url.origin === server.origin && url.pathname === '/');
  await page.getByRole('heading', { name: 'Signed in as Pat Okafor' }).waitFor();
  await page.screenshot({ path: screenshotPath('sso-signed-in.png') });

  // The account came from the provider's claims.
  const pat = await call(page, server.origin, 'GET', '/api/v1/me');
  assert.equal(pat.user.email, 'pat@contoso.com');
  assert.equal(pat.user.job_title, 'Payroll Specialist');
  assert.equal(pat.user.company, 'Contoso Finance');

  // Pat gets help like anyone else: Ada (the owner) starts a session, Pat enters the code and
  // sees that Ada's domain is verified.
  const code = await startSession(admin.page, server.origin);
  await page.getByRole('link', { name: 'Get help' }).click();
  await page.getByLabel('Security code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  const card = page.getByRole('region', { name: 'Your helper' });
  await card.getByText('Ada Lovelace').waitFor();
  await card.getByText('Verified', { exact: true }).waitFor();
  await admin.page.getByRole('region', { name: 'The person you are helping' }).getByText('Pat Okafor').waitFor();
  await page.getByRole('button', { name: 'End session' }).click();
  await admin.page.getByRole('heading', { name: 'Session ended' }).waitFor();
  await context.close();
});

test('an account with its own password links single sign-on from the home page', async () => {
  const origin = server.origin;
  const NOT_LINKED = 'Your account is not linked to your organisation\'s single sign-on.';
  const LINKED = 'Your account is linked to your organisation\'s single sign-on.';
  const atHome = (url) => url.origin === origin && url.pathname === '/';

  // Ada tries single sign-on first: her account has a password and is not linked, so the
  // server refuses and the sign-in page says what to do.
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-mail').fill('ada@contoso.com');
  await page.getByRole('button', { name: 'Sign in with your organisation\'s account' }).click();
  await page.waitForURL((url) => url.origin === origin && url.pathname === '/sign-in' && url.searchParams.get('sso_error') === 'sso_failed');
  const refusal = page.getByRole('alert').getByText('If your account has its own password, sign in with it here, then link single sign-on on your home page.');
  await refusal.waitFor();
  assert.ok(await refusal.isVisible());
  await checkA11y(page, 'sign-in, single sign-on refused');
  await page.screenshot({ path: screenshotPath('sso-link-required.png') });

  // She signs in with her password; the home page offers to link.
  await page.getByLabel('E-mail').fill('ada@contoso.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(atHome);
  const section = page.getByRole('region', { name: 'Single sign-on' });
  await section.getByText(NOT_LINKED).waitFor();
  assert.ok(await section.getByText('Linking lets you sign in with your organisation\'s account.').isVisible());
  const link = section.getByRole('button', { name: 'Link single sign-on' });
  assert.ok(await link.isVisible());
  assert.ok(await link.isEnabled());
  await checkA11y(page, 'home, single sign-on not linked');
  await page.screenshot({ path: screenshotPath('sso-not-linked.png'), fullPage: true });

  // Linking goes through the provider and back to the home page, signed in again.
  const atProvider = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.url().startsWith(issuer)) atProvider.push(request.url());
  });
  await link.click();
  await section.getByText(LINKED).waitFor();
  assert.ok(atHome(new URL(page.url())), `back home, not at ${page.url()}`);
  assert.ok(atProvider.length > 0, 'the browser went through the identity provider');
  await page.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();
  assert.equal(await section.getByRole('button', { name: 'Link single sign-on' }).count(), 0);
  await page.screenshot({ path: screenshotPath('sso-linked.png'), fullPage: true });
  await context.close();

  // From now on single sign-on signs her in, in a browser that never signed in before.
  const fresh = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const again = await fresh.newPage();
  await again.goto(`${origin}/sign-in`);
  await again.getByLabel('E-mail').fill('ada@contoso.com');
  await again.getByRole('button', { name: 'Sign in with your organisation\'s account' }).click();
  await again.waitForURL(atHome);
  await again.getByRole('heading', { name: 'Signed in as Ada Lovelace' }).waitFor();
  await again.getByRole('region', { name: 'Single sign-on' }).getByText(LINKED).waitFor();
  const me = await call(again, origin, 'GET', '/api/v1/me');
  assert.equal(me.user.email, 'ada@contoso.com');
  assert.equal(me.user.is_admin, true);
  await fresh.close();
});
