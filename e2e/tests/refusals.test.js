// Nobody is left guessing, in their own language: the helper console says remote help is off
// before offering a code (with a link to the settings only for those who may change them); a
// person without the permission sees which is missing and whom to ask; a join with the
// session's right code that is refused (sharing from a browser not allowed, the sharer outside
// the helper's scope) shows the helper that someone tried and why, while the sharer is told what
// to do; a web sharer asked for full control is told what the Assist app is and where to get it.
// Refusals on German and Arabic pages show the translated sentence and no English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { checkA11y } from '../lib/axe.js';
import { launchChromium } from '../lib/browser.js';
import {
  call, connect, enterCode, PASSWORD, setUpDesk, signIn, startSession,
} from '../lib/desk.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

const DOWNLOAD = 'https://downloads.contoso.example/assist';

let server;
let browser;
let admin;

before(async () => {
  server = await startServer({ env: { ASSIST_AGENT_DOWNLOAD_URL: DOWNLOAD } });
  browser = await launchChromium({ media: true });
  // Browsers may not share at first: a browser counts as a device that is not enrolled.
  admin = await setUpDesk(browser, server, { settings: { unenrolled_help_enabled: false } });
  await call(admin.page, server.origin, 'POST', '/api/v1/users', {
    email: 'olga@contoso.com', display_name: 'Olga Outsider', password: PASSWORD,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signs `email` in, then picks `language` as the language picker would. */
async function signInSpeaking(email, language) {
  const person = await signIn(browser, server.origin, email);
  await person.page.evaluate((chosen) => localStorage.setItem('assist.language', chosen), language);
  return person;
}

function settings(change) {
  return call(admin.page, server.origin, 'PATCH', '/api/v1/tenant/settings', change);
}

test('the helper console says remote help is off before offering a code, and links to the settings for those who may change them', async () => {
  await settings({ remote_help_enabled: false });
  try {
    const hal = await signIn(browser, server.origin, 'hal@contoso.com');
    await hal.page.goto(`${server.origin}/helper`);
    const off = hal.page.getByRole('region', { name: 'Remote help is turned off' });
    await off.getByText('Your organisation has not turned on remote help, so no session can be started yet.').waitFor();
    await off.getByText('Ask an administrator of Contoso to change this.').waitFor();
    assert.equal(await off.getByRole('link').count(), 0, 'a helper cannot change the settings');
    const button = hal.page.getByRole('button', { name: 'New remote help session' });
    assert.ok(await button.isDisabled(), 'no code is offered while remote help is off');
    assert.deepEqual(hal.problems, []);

    // The owner may change them: the note links to the settings instead of saying whom to ask.
    const ada = admin.page;
    await ada.goto(`${server.origin}/helper`);
    const adaOff = ada.getByRole('region', { name: 'Remote help is turned off' });
    const link = adaOff.getByRole('link', { name: 'Open the organisation\'s settings' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '/admin#settings');
    assert.equal(await adaOff.getByText(/Ask an administrator/).count(), 0);
    await ada.screenshot({ path: screenshotPath('helper-remote-help-off.png') });
    await checkA11y(ada, 'helper, remote help off');
  } finally {
    await settings({ remote_help_enabled: true });
  }
});

test('a person without the permission sees which permissions are missing and whom to ask', async () => {
  const sue = await signIn(browser, server.origin, 'sue@contoso.com');
  await sue.page.goto(`${server.origin}/helper`);
  const missing = sue.page.getByRole('region', { name: 'You cannot offer remote help yet' });
  await missing.getByText('Offering remote help needs the permissions “Offer remote assistance” and “View screen”, which your account does not have.').waitFor();
  await missing.getByText('Ask an administrator of Contoso to change this.').waitFor();
  assert.equal(await sue.page.getByRole('button', { name: 'New remote help session' }).isVisible(), false);
  await sue.page.screenshot({ path: screenshotPath('helper-no-permission.png') });
  await checkA11y(sue.page, 'helper, permission missing');
  assert.deepEqual(sue.problems, []);
});

test('a refused join with the right code shows the helper that someone tried and why, and tells the sharer what to do', async () => {
  const hal = await signIn(browser, server.origin, 'hal@contoso.com');
  await hal.page.goto(`${server.origin}/helper`);
  // Before any code: browsers may not share here, so the person helped needs the app.
  await hal.page.getByText('Your organisation does not allow sharing from a web browser: the person you help needs the Assist app on an enrolled device.').waitFor();
  const code = await startSession(hal.page, server.origin);

  // Sue, in a browser: refused, told to use the Assist app, with what it is and a download.
  const sue = await signIn(browser, server.origin, 'sue@contoso.com');
  await enterCode(sue.page, server.origin, code);
  await sue.page.getByRole('alert').getByText('Your organisation does not allow sharing the screen from a web browser. Install the Assist app on this device and enter the code there, or ask your help desk.').waitFor();
  await sue.page.getByText(/^The Assist app is your organisation's program for getting help on this computer\./).waitFor();
  const download = sue.page.getByRole('link', { name: 'Download the Assist app' });
  assert.equal(await download.getAttribute('href'), DOWNLOAD);
  await sue.page.screenshot({ path: screenshotPath('share-browser-refused.png') });
  await checkA11y(sue.page, 'share, browser sharing refused');

  // Hal sees that someone tried, why, and what to do; the code is still shown.
  const tried = hal.page.getByRole('region', { name: 'Someone tried to join with this code' });
  await tried.getByText('They used a web browser, and your organisation does not allow sharing from a browser. Ask them to enter the same code in the Assist app: it is still valid.').waitFor();
  await hal.page.getByRole('region', { name: 'Security code' }).getByText(code).waitFor();
  await hal.page.screenshot({ path: screenshotPath('helper-join-refused.png') });
  await checkA11y(hal.page, 'helper, someone tried to join');

  // Browsers may share now; Olga is outside Hal's scope: she is told to ask, Hal is told why.
  await settings({ unenrolled_help_enabled: true });
  try {
    const olga = await signIn(browser, server.origin, 'olga@contoso.com');
    await enterCode(olga.page, server.origin, code);
    await olga.page.getByRole('alert').getByText('This helper may not help you: their role does not cover you or this device. Ask your help desk who can help you.').waitFor();
    await tried.getByText('Your role does not cover that person or their device, so they could not join. Pass them to a helper whose role covers them, or ask an administrator to widen yours.').waitFor();

    // The right person joins with the same code; the notice has done its work.
    await enterCode(sue.page, server.origin, code);
    await hal.page.getByRole('region', { name: 'The person you are helping' }).getByText('سارة Sue Sharer').waitFor();
    assert.equal(await tried.count(), 0);
    assert.deepEqual(hal.problems, []);
    assert.deepEqual(sue.problems, []);
  } finally {
    await settings({ unenrolled_help_enabled: false });
  }
});

test('refusals on German and Arabic pages are in those languages, with no English', async () => {
  const hal = await signInSpeaking('hal@contoso.com', 'ar');
  const code = await (async () => {
    await hal.page.goto(`${server.origin}/helper`);
    await hal.page.getByRole('button', { name: 'جلسة مساعدة عن بُعد جديدة' }).click();
    const shown = hal.page.locator('#security-code');
    await hal.page.waitForFunction(() => /\d{4} \d{4}/.test(document.getElementById('security-code').textContent));
    return shown.textContent();
  })();
  const sue = await signInSpeaking('sue@contoso.com', 'de');
  await sue.page.goto(`${server.origin}/share`);
  await sue.page.getByLabel('Sicherheitscode').fill(code);
  await sue.page.getByRole('button', { name: 'Weiter' }).click();
  const alert = sue.page.getByRole('alert').filter({ hasText: 'Webbrowser' });
  await alert.waitFor();
  assert.equal(
    await alert.textContent(),
    'Ihre Organisation erlaubt keine Bildschirmfreigabe aus einem Webbrowser. Installieren Sie die Assist-App auf diesem Gerät und geben Sie den Code dort ein, oder wenden Sie sich an Ihren Helpdesk.',
  );
  await sue.page.getByRole('link', { name: 'Assist-App herunterladen' }).waitFor();
  const german = await sue.page.locator('main').innerText();
  assert.doesNotMatch(german, /organisation does not allow|web browser|help desk|Download/i);

  // Hal's page is right to left and tells him in Arabic.
  assert.equal(await hal.page.locator('html').getAttribute('dir'), 'rtl');
  const tried = hal.page.getByRole('region', { name: 'حاول شخص ما الانضمام بهذا الرمز' });
  await tried.getByText('استخدم متصفح ويب، ومؤسستك لا تسمح بالمشاركة من المتصفح. اطلب منه إدخال الرمز نفسه في تطبيق Assist: ما زال صالحًا.').waitFor();
  const arabic = await hal.page.locator('main').innerText();
  assert.doesNotMatch(arabic, /Someone tried|web browser|still valid/i);
  await hal.page.screenshot({ path: screenshotPath('helper-join-refused-arabic.png') });

  // Every code the session pages can meet has its sentence in German, never the server's
  // English message.
  const codes = [
    'permission_missing', 'browser_sharing_not_allowed', 'sharer_out_of_scope', 'own_session',
    'helper_unavailable', 'device_in_other_organisation', 'device_out_of_scope', 'chat_empty', 'chat_too_long',
    'chat_invalid_characters', 'remote_help_disabled', 'code_invalid', 'code_expired', 'code_used',
    'unenrolled_device', 'wrong_device', 'chat_disabled', 'invalid_transition', 'session_ended',
    'control_needs_agent', 'not_found', 'forbidden', 'invalid_request', 'payload_too_large',
  ];
  const texts = await sue.page.evaluate(async (list) => {
    const { sessionErrorText } = await import('/assets/session/messages.js');
    return list.map((code) => [code, sessionErrorText({ code, message: 'ENGLISH SERVER TEXT' })]);
  }, codes);
  for (const [code, text] of texts) {
    assert.ok(text && !text.includes('ENGLISH SERVER TEXT'), `${code}: ${text}`);
  }
  assert.equal(
    Object.fromEntries(texts).chat_invalid_characters,
    'Diese Nachricht enthält unsichtbare Steuerzeichen, die nicht gesendet werden können. Entfernen Sie sie und versuchen Sie es erneut.',
  );
  assert.deepEqual(hal.problems, []);
  assert.deepEqual(sue.problems, []);
});

test('the chat refuses control characters on the page, in the page\'s language, and keeps the text', async () => {
  await settings({ unenrolled_help_enabled: true });
  try {
    const { helper } = await connect(browser, server.origin);
    const page = helper.page;
    const chat = page.getByRole('complementary', { name: 'Chat' });
    const input = chat.getByRole('textbox', { name: 'Message' });
    await page.waitForFunction(() => !document.getElementById('chat-input').disabled);
    await input.fill('bell\u0007 and \u202eevil');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.getByRole('alert').getByText('This message contains invisible control characters that cannot be sent. Remove them and try again.').waitFor();
    assert.equal(await input.inputValue(), 'bell\u0007 and \u202eevil');
    assert.equal(await chat.getByRole('listitem').count(), 0, 'nothing was sent');
    assert.deepEqual(helper.problems, []);
  } finally {
    await settings({ unenrolled_help_enabled: false });
  }
});

test('a web sharer asked for full control is told what the Assist app is and where to get it', async () => {
  await settings({ unenrolled_help_enabled: true });
  try {
    const { helper, sharer } = await connect(browser, server.origin);
    await helper.page.getByRole('button', { name: 'Request full control' }).click();
    const page = sharer.page;
    await page.getByRole('heading', { name: 'Hal Helper asks for full control' }).waitFor();
    await page.getByText('Full control needs the Assist app on this device. In the browser you can share your screen for viewing only.').waitFor();
    await page.getByText(/^The Assist app is your organisation's program for getting help on this computer\. With it your helper can use your mouse and keyboard while you watch/).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Download the Assist app' }).getAttribute('href'), DOWNLOAD);
    await page.getByRole('button', { name: 'Allow view only' }).waitFor();
    await page.screenshot({ path: screenshotPath('share-control-app-explained.png') });
    assert.deepEqual(sharer.problems, []);
  } finally {
    await settings({ unenrolled_help_enabled: false });
  }
});

test('a conditional access block on starting a session names the policy in the page\'s language', async () => {
  // Signed in first: the policy asks for a second factor, which a sign-in is checked for too.
  const hal = await signInSpeaking('hal@contoso.com', 'de');
  const policy = await call(admin.page, server.origin, 'POST', '/api/v1/access-policies', {
    name: 'Nur mit zweitem Faktor', state: 'enabled', targets: { all_users: true }, grant: 'require_second_factor',
  });
  try {
    await hal.page.goto(`${server.origin}/helper`);
    await hal.page.getByRole('button', { name: 'Neue Remotehilfesitzung' }).click();
    const alert = hal.page.getByRole('alert').filter({ hasText: 'Nur mit zweitem Faktor' });
    await alert.waitFor();
    assert.equal(
      await alert.textContent(),
      'Die Richtlinie für bedingten Zugriff „Nur mit zweitem Faktor“ Ihrer Organisation erlaubt dies nicht. Wenden Sie sich an Ihre Administration.',
    );
    assert.deepEqual(hal.problems, []);
  } finally {
    await call(admin.page, server.origin, 'DELETE', `/api/v1/access-policies/${policy.id}`);
  }
});

test('an admin console section refused for its scope says which permission it needs, over whom, and whom to ask', async () => {
  const origin = server.origin;
  const aude = await call(admin.page, origin, 'POST', '/api/v1/users', {
    email: 'aude@contoso.com', display_name: 'Aude Auditor', password: PASSWORD,
  });
  const auditors = await call(admin.page, origin, 'POST', '/api/v1/groups', { name: 'Auditors' });
  await call(admin.page, origin, 'PUT', `/api/v1/groups/${auditors.id}/members/${aude.id}`);
  const role = await call(admin.page, origin, 'POST', '/api/v1/roles', {
    name: 'Staff auditor', permissions: ['admin.read_audit'],
  });
  // Over the Staff group only: the audit log covers the whole organisation, so it is refused.
  await call(admin.page, origin, 'POST', '/api/v1/role-assignments', {
    name: 'Auditors over staff', role_id: role.id, member_groups: [auditors.id], scope: { groups: [admin.staff.id] },
  });
  const person = await signIn(browser, origin, 'aude@contoso.com');
  await person.page.goto(`${origin}/admin#audit`);
  await person.page.getByText('You cannot use this section: it needs the permission “Read the audit log” over the whole organisation (all users and all devices), and your roles do not give it that widely. Ask an administrator of Contoso to give it to you over the whole organisation.').waitFor();
  assert.equal(await person.page.getByText('You do not have permission to do this.').count(), 0);
  await person.page.screenshot({ path: screenshotPath('admin-section-denied.png') });
  assert.deepEqual(person.problems, []);
});
