// The Assist app says a refusal in the sharer's language, by its code, never the server's
// English: a wrong code and a helper whose roles do not cover the sharer, in German, in
// `assist-agent share --terminal`. The helper's console hears that someone tried and why. In a
// session, a chat line the app cannot send is refused in German too, and nothing reaches the helper.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runAgent } from '../lib/agent.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, SUE, call, setUpDesk, signIn, startSession } from '../lib/desk.js';
import { ensureDisplay } from '../lib/display.js';
import { startServer } from '../lib/server.js';

let server;
let browser;
let admin;
let display;
let agentDir;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  admin = await setUpDesk(browser, server);
  await call(admin.page, server.origin, 'POST', '/api/v1/users', {
    email: 'olga@contoso.com', display_name: 'Olga Outsider', password: PASSWORD,
  });
  display = await ensureDisplay();
  agentDir = mkdtempSync(join(tmpdir(), 'assist-agent-refusals-'));
  const token = await call(admin.page, server.origin, 'POST', '/api/v1/enrollment-tokens', {
    name: 'Refusals e2e', expires_in_hours: 1, max_uses: 1,
  });
  const enroll = runAgent(['enroll', '--server', server.origin, '--token', token.secret], { env: { ASSIST_AGENT_DIR: agentDir } });
  assert.equal(await enroll.exited, 0, enroll.output());
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await server?.stop();
  if (agentDir) rmSync(agentDir, { recursive: true, force: true });
});

test('the Assist app says refusals in German, and the helper hears that someone tried', async () => {
  const hal = await signIn(browser, server.origin, 'hal@contoso.com');
  const code = await startSession(hal.page, server.origin);
  const wrong = code.startsWith('9') ? '1111 1111' : '9999 9999';

  const agent = runAgent(['share', '--terminal'], {
    env: { ASSIST_AGENT_DIR: agentDir, DISPLAY: display, ASSIST_LANG: 'de' },
  });
  try {
    await agent.waitFor(/E-Mail: $/m);
    agent.answer('olga@contoso.com');
    await agent.waitFor(/Kennwort \(leer für einmaliges Anmelden\): $/m);
    agent.answer(PASSWORD);
    await agent.waitFor(/Sicherheitscode: $/m);
    agent.answer('12');
    await agent.waitFor(/Geben Sie die 8 Ziffern des Sicherheitscodes ein\./);
    await agent.waitFor(/Sicherheitscode: $/m);
    agent.answer(wrong);
    await agent.waitFor(/Dieser Code ist ungültig\. Überprüfen Sie die Ziffern, und versuchen Sie es erneut\./);
    await agent.waitFor(/Sicherheitscode: $/m);
    agent.answer(code);
    await agent.waitFor(/Diese Person darf Ihnen nicht helfen: Ihre Rolle umfasst weder Sie noch dieses Gerät\. Fragen Sie Ihren Helpdesk, wer Ihnen helfen kann\./);
    assert.doesNotMatch(agent.output(), /this code is not valid|do not cover you|helper's remote help roles|invalid security code/i);

    const tried = hal.page.getByRole('region', { name: 'Someone tried to join with this code' });
    await tried.getByText('Your role does not cover that person or their device, so they could not join. Pass them to a helper whose role covers them, or ask an administrator to widen yours.').waitFor();
    assert.deepEqual(hal.problems, []);
  } finally {
    agent.child.kill('SIGTERM');
  }
});

test('a chat line with a control character is refused in German, and nothing is sent', async () => {
  const hal = await signIn(browser, server.origin, 'hal@contoso.com');
  const code = await startSession(hal.page, server.origin);
  const agent = runAgent(['share', '--terminal'], {
    env: { ASSIST_AGENT_DIR: agentDir, DISPLAY: display, ASSIST_LANG: 'de' },
  });
  try {
    await agent.waitFor(/E-Mail: $/m);
    agent.answer(SUE.email);
    await agent.waitFor(/Kennwort \(leer für einmaliges Anmelden\): $/m);
    agent.answer(PASSWORD);
    await agent.waitFor(/Sicherheitscode: $/m);
    agent.answer(code);
    await agent.waitFor(/Hal Helper/);
    agent.answer('hallo\u0007');
    await agent.waitFor(/Diese Nachricht enthält unsichtbare Steuerzeichen, die nicht gesendet werden können\. Entfernen Sie sie und versuchen Sie es erneut\./);
    agent.answer('hallo');
    await hal.page.getByRole('list', { name: 'Messages' }).getByText('hallo', { exact: true }).waitFor();
    assert.equal(await hal.page.getByRole('list', { name: 'Messages' }).getByRole('listitem').count(), 1);
    assert.doesNotMatch(agent.output(), /control characters|chat message/i);
  } finally {
    agent.child.kill('SIGTERM');
  }
});
