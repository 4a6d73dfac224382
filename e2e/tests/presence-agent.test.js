// Presence with the Assist app as the sharer: each side sees, on screen, when the other drops,
// how long the session waits for them, and when they are back; the picture comes back without
// a click. The helper's page (Chromium) is read by role and visible text; the app runs in
// terminal mode (`assist-agent share --terminal`) and its printed lines are read.
//
// - The app killed with SIGKILL: the helper's page shows "NAME's connection dropped. Waiting
//   for them to come back…" within 1 s, with the time left and an enabled "End now".
// - The app's network cut (its own network namespace, lib/netns.js, link set down): the
//   helper's page shows it within 5 s; with the link up again, "NAME is back." and the video
//   plays again, nobody clicking anything.
// - The helper's page closed abruptly: the app prints the same about the helper within 1 s
//   (that nobody sees the screen, the time left, how to end now) and blames no network; the
//   helper opening /helper?session=ID again: the app prints "NAME is back." and the helper's
//   video plays again. When the helper does not come back, the app prints why it ended.
// - The same in the app's window (`assist-agent share`, on an Xvfb of its own, typed into and
//   photographed with lib/xwindow.js): screenshots of the drop card with its countdown and of
//   "NAME is back." (docs/screenshots/app-helper-away.png, app-helper-back.png).
//
// The server's reconnection grace is 20 s here (60 s by default), so that a grace can run out
// within a test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runAgent, startRecorder } from '../lib/agent.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, SUE, setUpDesk, signIn, startSession } from '../lib/desk.js';
import { ensureDisplay, startXvfb } from '../lib/display.js';
import { waitForVideoFrames } from '../lib/media.js';
import { canMakeNamespaces, makeNamespace } from '../lib/netns.js';
import { watchText } from '../lib/presence.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';
import { clickAt, findWindow, placeWindow, screenshotWindow, typeInto } from '../lib/xwindow.js';

const GRACE_SECS = 20;
const DROPPED = /connection dropped\. Waiting for them to come back…/;
const HELPER_DROPPED = "Hal Helper's connection dropped. Waiting for them to come back…";
// The web app isolates names for bidi (U+2068 … U+2069 around Sue's Arabic-and-Latin name).
const SHARER_DROPPED = /Sue Sharer\W*'s connection dropped\. Waiting for them to come back…/;
const SHARER_BACK = /Sue Sharer\W* is back\./;
const TIME_LEFT = /^The session ends in \d:\d\d unless they come back\.$/;

let server;
let browser;
let admin;
let display;
let recorder;
const dirs = [];
// Every app started, so that a failed test leaves none running into the next test files.
const agents = [];

before(async () => {
  // Every address: an app in a network namespace of its own reaches the server over its link.
  server = await startServer({ listen: '0.0.0.0:0', env: { ASSIST_RECONNECT_GRACE_SECS: String(GRACE_SECS) } });
  browser = await launchChromium();
  admin = await setUpDesk(browser, server);
  display = await ensureDisplay();
  // A frame counter painted 30 times a second: the video keeps presenting frames while the
  // picture flows, so "it plays again" is a count of new frames.
  recorder = await startRecorder(display, { mode: 'counter' });
});

after(async () => {
  for (const { child } of agents) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  recorder?.stop();
  await admin?.context.close();
  await browser?.close();
  await server?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Hal starts a session; Sue joins it with the app (not enrolled: `--server`), in `netns` when
 * given; Hal asks to see the screen, Sue allows, and Hal's video plays.
 */
async function sharing({ netns, serverAddress = '127.0.0.1' } = {}) {
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  const code = await startSession(helper.page, server.origin);
  const sessionId = new URL(helper.page.url()).searchParams.get('session');
  const agentDir = mkdtempSync(join(tmpdir(), 'assist-agent-presence-'));
  dirs.push(agentDir);
  const agent = runAgent(['share', '--terminal', '--server', server.originAt(serverAddress)], {
    env: { ASSIST_AGENT_DIR: agentDir, DISPLAY: display }, netns,
  });
  agents.push(agent);
  await agent.waitFor(/E-mail: $/m);
  agent.answer(SUE.email);
  await agent.waitFor(/Password \(empty for single sign-on\): $/m);
  agent.answer(PASSWORD);
  await agent.waitFor(/Security code: $/m);
  agent.answer(code);
  await agent.waitFor(/Hal Helper/);
  await helper.page.getByRole('button', { name: 'Request view only' }).click();
  await agent.waitFor(/asks to see your screen\. \[a\]llow, \[d\]ecline: $/m);
  agent.answer('a');
  await agent.waitFor(/Sharing with Hal Helper: view only/);
  await waitForVideoFrames(helper.page, '#remote-video', { frames: 5 });
  // One connection each so far: nobody is "back", nobody "connected again".
  assert.doesNotMatch(agent.output(), /is back|connected again/);
  assert.equal(await helper.page.getByText(/ is back\.|connected again/).count(), 0);
  return { helper, agent, sessionId };
}

/** On the helper's page: the drop notice, visible, with the time left and "End now". */
async function helperSeesTheDrop(page) {
  const away = page.getByRole('region', { name: SHARER_DROPPED });
  await away.waitFor({ state: 'visible' });
  const left = away.getByText(TIME_LEFT);
  await left.waitFor({ state: 'visible' });
  const end = away.getByRole('button', { name: 'End now' });
  await end.waitFor({ state: 'visible' });
  assert.ok(await end.isEnabled(), '"End now" is enabled');
  // It counts down.
  const first = await left.textContent();
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('*')].every((e) => e.textContent !== text),
    first,
    { timeout: 3000 },
  );
  return away;
}

test('the app killed: the helper sees the drop within 1 s, with the time left and End now', async () => {
  const { helper, agent } = await sharing();
  const watch = await watchText(helper.page, DROPPED);
  const killedAt = Date.now();
  agent.child.kill('SIGKILL');
  const shown = (await watch.shownAt(5000)) - killedAt;
  console.log(`app killed: the helper's page showed the notice after ${shown.toFixed(0)} ms`);
  assert.ok(shown < 1000, `the notice showed after ${shown.toFixed(0)} ms`);
  const away = await helperSeesTheDrop(helper.page);
  // "End now" ends it at once.
  await away.getByRole('button', { name: 'End now' }).click();
  await helper.page.getByRole('heading', { name: 'Session ended' }).waitFor({ timeout: 2000 });
  await helper.page.context().close();
});

test("the app's network cut: the helper sees the drop within 5 s, then the picture comes back by itself", {
  skip: canMakeNamespaces() ? false : 'needs root and iproute2 for a network namespace (e2e/run as root)',
}, async () => {
  const ns = makeNamespace();
  let agent;
  try {
    let helper;
    ({ helper, agent } = await sharing({ netns: ns.name, serverAddress: ns.serverAddress }));
    const dropped = await watchText(helper.page, DROPPED);
    const cutAt = Date.now();
    ns.down();
    const shown = (await dropped.shownAt(10000)) - cutAt;
    console.log(`network cut: the helper's page showed the notice after ${shown.toFixed(0)} ms`);
    assert.ok(shown < 5000, `the notice showed after ${shown.toFixed(0)} ms`);
    await helperSeesTheDrop(helper.page);
    // The app tells its own person that the server is out of reach.
    await agent.waitFor(/The server cannot be reached\. Control stopped\./, 10000);

    const back = await watchText(helper.page, SHARER_BACK);
    const upAt = Date.now();
    ns.up();
    const backAfter = (await back.shownAt(20000)) - upAt;
    console.log(`network back: the helper's page said so after ${backAfter.toFixed(0)} ms`);
    await helper.page.getByRole('heading', { name: SHARER_BACK }).waitFor({ state: 'visible' });
    assert.equal(await helper.page.getByRole('region', { name: SHARER_DROPPED }).isVisible(), false);
    // New frames, with nobody clicking on either side.
    const video = await waitForVideoFrames(helper.page, '#remote-video', { frames: 10, timeout: 20000 });
    console.log(`network back: ${video.frames} frames within ${video.elapsedMs} ms of "is back"`);
    agent.answer('/end');
    assert.equal(await agent.exited, 0);
    await helper.page.context().close();
  } finally {
    // A failure above must not leave the app running into the next test files.
    if (agent && agent.child.exitCode === null) agent.child.kill('SIGKILL');
    ns.remove();
  }
});

test("the helper's page closed: the app says so within 1 s, then that the helper is back, and the picture resumes", async () => {
  const { helper, agent, sessionId } = await sharing();
  const closedAt = Date.now();
  await helper.page.context().close();
  await agent.waitFor(new RegExp(HELPER_DROPPED), 5000);
  const told = Date.now() - closedAt;
  console.log(`helper's page closed: the app printed the notice after ${told} ms`);
  assert.ok(told < 1000, `the app printed the notice after ${told} ms`);
  await agent.waitFor(/^Nobody can see your screen or control it while they are away\.$/m, 1000);
  await agent.waitFor(/^The session ends in (0:[12]\d) unless they come back\.$/m, 1000);
  await agent.waitFor(/^Type \/end to end the session now\.$/m, 1000);

  // The helper opens the session again; the app is not touched.
  const again = await signIn(browser, server.origin, 'hal@contoso.com');
  await again.page.goto(`${server.origin}/helper?session=${sessionId}`);
  await agent.waitFor(/^Hal Helper is back\.$/m, 10000);
  await waitForVideoFrames(again.page, '#remote-video', { frames: 10, timeout: 20000 });
  const output = agent.output();
  assert.doesNotMatch(output, /connected again/);
  assert.doesNotMatch(output, /connection to your helper was lost|server cannot be reached/i, 'no network blamed');
  agent.answer('/end');
  assert.equal(await agent.exited, 0);
  await again.page.context().close();
});

test("the helper's page closed for good: the app says when the session ends and why", async () => {
  const { helper, agent } = await sharing();
  await helper.page.context().close();
  await agent.waitFor(new RegExp(HELPER_DROPPED), 5000);
  await agent.waitFor(/^The session ends in 0:10 unless they come back\.$/m, GRACE_SECS * 1000);
  await agent.waitFor(
    /^Session ended: your helper's connection was lost and did not come back in time\.$/m,
    (GRACE_SECS + 5) * 1000,
  );
  assert.equal(await agent.exited, 0);
});

test("the app's window while the helper's page is closed, then back (screenshots)", async () => {
  // A display of its own, exactly as large as the banner (560×48, top centre while sharing) above
  // the main window (moved 8 px below it and widened to 560): the screenshots show these two
  // and nothing else.
  const xvfb = await startXvfb({ screen: '560x696x24' });
  const on = xvfb.display;
  const helper = await signIn(browser, server.origin, 'hal@contoso.com');
  const agentDir = mkdtempSync(join(tmpdir(), 'assist-agent-window-'));
  dirs.push(agentDir);
  const agent = runAgent(['share', '--server', server.origin], {
    env: { ASSIST_AGENT_DIR: agentDir, DISPLAY: on, ASSIST_LOG: 'error' },
  });
  let again;
  try {
    const code = await startSession(helper.page, server.origin);
    const sessionId = new URL(helper.page.url()).searchParams.get('session');
    const window = await findWindow(on, 'Assist');
    await placeWindow(on, window, { x: 0, y: 56, width: 560, height: 640 });
    // The sign-in screen focuses the e-mail field; Tab goes to the password, Return signs in.
    await typeInto(on, window, SUE.email, { tab: true });
    await typeInto(on, window, PASSWORD);
    // The code screen comes within a few hundred ms (the server is local) and focuses its field.
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 1000));
    await typeInto(on, window, code);
    await helper.page.getByRole('button', { name: 'Request view only' }).click();
    // "Allow", the first button under the trust card and the request (the window has no
    // default button, so that Enter never shares a screen).
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 500));
    await clickAt(on, window, 32, 209);
    await helper.page.getByText(/You are seeing .*Sue Sharer\W*'s screen\./).waitFor({ timeout: 10000 })
      .catch(() => { throw new Error('the click on Allow at (32, 209) did not share: has the window\'s layout changed?'); });

    await helper.page.context().close();
    // The card above the session, its countdown under way, and the banner's first line.
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 1200));
    await screenshotWindow(on, 'root', screenshotPath('app-helper-away.png'));

    again = await signIn(browser, server.origin, 'hal@contoso.com');
    await again.page.goto(`${server.origin}/helper?session=${sessionId}`);
    await again.page.getByText(/You are seeing .*Sue Sharer\W*'s screen\./).waitFor({ timeout: 20000 });
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 500));
    await screenshotWindow(on, 'root', screenshotPath('app-helper-back.png'));
  } finally {
    agent.child.kill('SIGTERM');
    await agent.exited;
    await again?.page.context().close();
    await helper.page.context().close().catch(() => {});
    await xvfb.stop();
  }
});
