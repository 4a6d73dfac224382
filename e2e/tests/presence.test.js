// Presence in the browsers: when one person's page goes away without ending the session, the
// other page says so on screen within seconds (with the grace time left and "End now"), the
// helper's last frame is dimmed, a return is told as one, and the end of the grace is told as
// the end. The server runs with a 15 s reconnection grace so that the end is reached quickly.
// The Assist app's side (killed, network cut) is in presence-agent.test.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { connect, setUpDesk, signIn } from '../lib/desk.js';
import { waitForVideoFrames } from '../lib/media.js';
import { screenshotPath } from '../lib/screenshots.js';
import { startServer } from '../lib/server.js';

const GRACE_SECS = 15;

let server;
let browser;

before(async () => {
  server = await startServer({ env: { ASSIST_RECONNECT_GRACE_SECS: String(GRACE_SECS) } });
  browser = await launchChromium({ media: true });
  await setUpDesk(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Hal and Sue in a session with Sue's screen playing on Hal's page; the session's ID. */
async function viewing() {
  const { helper, sharer } = await connect(browser, server.origin);
  await helper.page.getByRole('button', { name: 'Request view only' }).click();
  await sharer.page.getByRole('button', { name: 'Allow', exact: true }).click();
  await waitForVideoFrames(helper.page, '#remote-video');
  await helper.page.getByText(/You are seeing .*Sue Sharer\W*'s screen\./).waitFor();
  return { helper, sharer, id: new URL(helper.page.url()).searchParams.get('session') };
}

/** The text of every announcement `page` made, in order (the alert region changes each time). */
async function recordAnnouncements(page) {
  await page.evaluate(() => {
    window.assistSaid = [];
    const region = document.getElementById('announcer');
    new MutationObserver(() => {
      if (region.textContent) window.assistSaid.push(region.textContent);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => window.assistSaid);
}

/** Whether the helper's video is drawn dimmed (a filter on the last frame). */
const dimmed = (page) => page.locator('#remote-video').evaluate((v) => getComputedStyle(v).filter !== 'none');

test('the helper sees at once that the sharer\'s page went away, and sees them come back', async () => {
  const { helper, sharer, id } = await viewing();
  const said = await recordAnnouncements(helper.page);
  // A first join is not a return.
  assert.equal(await helper.page.getByRole('heading', { name: /is back/ }).count(), 0);

  // The sharer's browser goes away without ending the session.
  const closedAt = Date.now();
  await sharer.page.context().close();
  const away = helper.page.getByRole('region', { name: /Sue Sharer\W*'s connection dropped\. Waiting for them to come back…/ });
  await away.waitFor({ timeout: 5000 });
  const noticed = Date.now() - closedAt;
  console.log(`sharer's page closed to helper's visible notice: ${noticed} ms`);
  assert.ok(noticed < 2000, `took ${noticed} ms`);
  await away.getByText(/^The session ends in 0:1\d unless they come back\.$/).waitFor();
  // An English sentence around a name in Arabic script still reads left to right.
  assert.equal(await away.getByRole('heading').evaluate((h) => getComputedStyle(h).direction), 'ltr');
  const endNow = away.getByRole('button', { name: 'End now' });
  assert.ok(await endNow.isEnabled());
  assert.ok(await dimmed(helper.page), 'the last frame is dimmed');
  // The status line no longer claims a live picture.
  assert.equal(await helper.page.getByText(/You are seeing/).count(), 0);
  // The countdown moves.
  const first = await away.getByText(/^The session ends in/).textContent();
  await helper.page.waitForTimeout(1100);
  assert.notEqual(await away.getByText(/^The session ends in/).textContent(), first);
  await helper.page.screenshot({ path: screenshotPath('helper-sharer-away.png') });

  // Sue comes back on a new page: she is asked to share again, Hal is told, the picture returns.
  const back = await signIn(browser, server.origin, 'sue@contoso.com');
  await back.page.goto(`${server.origin}/share?session=${id}`);
  await helper.page.getByRole('heading', { name: /Sue Sharer\W* is back and is asked to share their screen again\./ }).waitFor({ timeout: 5000 });
  assert.equal(await helper.page.getByRole('button', { name: 'End now' }).isVisible(), false);
  await back.page.getByRole('button', { name: 'Share my screen again' }).click();
  await helper.page.getByText(/You are seeing .*Sue Sharer\W*'s screen\./).waitFor({ timeout: 20000 });
  await waitForVideoFrames(helper.page, '#remote-video');
  assert.equal(await dimmed(helper.page), false, 'the live picture is not dimmed');

  // Said aloud too, and nobody blamed the network.
  const announcements = await said();
  assert.ok(announcements.some((text) => /connection dropped/.test(text)), announcements.join(' | '));
  assert.ok(announcements.some((text) => /is back/.test(text)), announcements.join(' | '));
  assert.ok(!announcements.some((text) => /network/i.test(text)), announcements.join(' | '));
  await helper.page.context().close();
  await back.page.context().close();
});

test('the sharer sees that the helper\'s page went away and that nobody sees their screen', async () => {
  const { helper, sharer, id } = await viewing();
  const said = await recordAnnouncements(sharer.page);
  assert.equal(await sharer.page.getByRole('heading', { name: /is back/ }).count(), 0);

  const closedAt = Date.now();
  await helper.page.context().close();
  const away = sharer.page.getByRole('region', { name: /Hal Helper\W*'s connection dropped\. Waiting for them to come back…/ });
  await away.waitFor({ timeout: 5000 });
  const noticed = Date.now() - closedAt;
  console.log(`helper's page closed to sharer's visible notice: ${noticed} ms`);
  assert.ok(noticed < 2000, `took ${noticed} ms`);
  await away.getByText('Nobody can see your screen while they are away. Sharing resumes when they are back.').waitFor();
  await away.getByText(/^The session ends in 0:1\d unless they come back\.$/).waitFor();
  assert.ok(await away.getByRole('button', { name: 'End now' }).isEnabled());
  await sharer.page.getByRole('region', { name: 'Screen sharing' })
    .getByText(/Nobody sees your screen now: Hal Helper\W*'s connection dropped/).waitFor();
  await sharer.page.screenshot({ path: screenshotPath('share-helper-away.png') });

  // Hal opens the session again: Sue is told, and her screen plays again without a click.
  const back = await signIn(browser, server.origin, 'hal@contoso.com');
  await back.page.goto(`${server.origin}/helper?session=${id}`);
  await sharer.page.getByRole('heading', { name: /Hal Helper\W* is back\./ }).waitFor({ timeout: 5000 });
  await waitForVideoFrames(back.page, '#remote-video');
  await back.page.getByText(/You are seeing .*Sue Sharer\W*'s screen\./).waitFor();
  await sharer.page.getByRole('region', { name: 'Screen sharing' })
    .getByText(/You are sharing your screen with Hal Helper/).waitFor();
  const announcements = await said();
  assert.ok(!announcements.some((text) => /network/i.test(text)), announcements.join(' | '));
  await back.page.context().close();
  await sharer.page.context().close();
});

test('when the grace ends both pages say the session ended, and "End now" ends it at once', async () => {
  // Nobody comes back: in one session the sharer's page went, in another the helper's; each
  // remaining page says, when the grace is over, that the session ended and why.
  const first = await viewing();
  const second = await viewing();
  const closedAt = Date.now();
  await Promise.all([first.sharer.page.context().close(), second.helper.page.context().close()]);
  await first.helper.page.getByRole('button', { name: 'End now' }).waitFor();
  await second.sharer.page.getByRole('button', { name: 'End now' }).waitFor();
  const grace = { timeout: (GRACE_SECS + 5) * 1000 };
  await Promise.all([
    first.helper.page.getByRole('heading', { name: 'Session ended' }).waitFor(grace),
    second.sharer.page.getByRole('heading', { name: 'Session ended' }).waitFor(grace),
  ]);
  const waited = (Date.now() - closedAt) / 1000;
  assert.ok(waited >= GRACE_SECS - 1, `ended after ${waited} s`);
  await first.helper.page.locator('#ended-text').getByText(/Sue Sharer\W*'s connection was lost and did not come back, so the session ended\./).waitFor();
  await second.sharer.page.locator('#ended-text').getByText(/Hal Helper\W*'s connection was lost and did not come back, so the session ended\./).waitFor();
  await first.helper.page.context().close();
  await second.sharer.page.context().close();

  // "End now" on the sharer's side while the helper is away ends it for the sharer at once.
  const third = await viewing();
  await third.helper.page.context().close();
  const away = third.sharer.page.getByRole('region', { name: /Hal Helper\W*'s connection dropped/ });
  await away.getByRole('button', { name: 'End now' }).click();
  await third.sharer.page.getByRole('heading', { name: 'Session ended' }).waitFor({ timeout: 2000 });
  await third.sharer.page.locator('#ended-text').getByText('You ended the session. Nothing is shared any more.').waitFor();
  await third.sharer.page.context().close();
});
