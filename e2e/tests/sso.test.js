// Single sign-on through a real OpenID provider (the oidc-provider fixture of the server's
// integration tests): the administrator verifies contoso.com (the operator's command line) and
// configures the provider; a person who has never signed in uses the sign-in page's single
// sign-on button, passes the provider and lands signed in, their account made from the claims;
// then they get help with the session code like anyone else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { launchChromium } from '../lib/browser.js';
import { call, setUpDesk, startSession } from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { BINARY, startServer } from '../lib/server.js';

const PROVIDER = resolve(import.meta.dirname, '../../crates/server/tests/oidc-provider/provider.mjs');

let server;
let browser;
let provider;

/** Starts the provider with one client (this server) and one account; resolves to its issuer. */
function startProvider(origin) {
  const fixture = {
    clients: [{ client_id: 'assist', client_secret: 's3cret', redirect_uris: [`${origin}/api/v1/auth/sso/callback`] }],
    accounts: [{
      sub: 'pat-1', email: 'pat@contoso.com', email_verified: true, name: 'Pat Okafor',
      job_title: 'Payroll Specialist', company: 'Contoso Finance', amr: ['pwd', 'otp'], password: 'pw',
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
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  provider?.kill('SIGTERM');
  await browser?.close();
  await server?.stop();
});

test('single sign-on through the OpenID provider, then help with a code', async () => {
  const admin = await setUpDesk(browser, server);
  const me = await call(admin.page, server.origin, 'GET', '/api/v1/me');
  execFileSync(BINARY, ['admin', 'verify-domain', '--tenant', me.tenant.id, '--domain', 'contoso.com'], {
    env: { ...process.env, ASSIST_DATA_DIR: server.dataDir, RUST_LOG: 'warn' },
  });
  const issuer = await startProvider(server.origin);
  await call(admin.page, server.origin, 'PUT', '/api/v1/tenant/sso', { issuer, client_id: 'assist', client_secret: 's3cret' });

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
  await admin.context.close();
});
