// Benchmark: consent to first frame in the browser. The sharer (Chromium, a synthetic 1280x720
// screen) clicks Allow; the clock stops when the helper's <video> presents its first frame
// (requestVideoFrameCallback). Both pages mark their moments with performance.mark, read on
// one wall clock (performance.timeOrigin): the machine is the same.
//
//   e2e/run --bench bench/first-frame.js [--rounds N]
//
// Prints each round's breakdown and the median, 95th percentile and maximum.
import { launchChromium } from '../lib/browser.js';
import { connect, setUpDesk } from '../lib/desk.js';
import { startServer } from '../lib/server.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 20;

const at = (page, name) => page.evaluate(
  (n) => performance.timeOrigin + performance.getEntriesByName(n).at(-1).startTime, name,
);

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const server = await startServer();
const browser = await launchChromium({ media: true });
try {
  const admin = await setUpDesk(browser, server);
  const results = [];
  for (let round = 1; round <= rounds; round += 1) {
    const { helper, sharer } = await connect(browser, server.origin);
    await helper.page.getByRole('button', { name: 'Request view only' }).click();
    await sharer.page.getByRole('button', { name: 'Allow', exact: true }).click();
    await helper.page.waitForFunction(() => performance.getEntriesByName('assist-first-frame').length > 0);
    const consent = await at(sharer.page, 'assist-consent');
    const row = {
      offer: (await at(sharer.page, 'assist-offer-sent')) - consent,
      connected: (await at(helper.page, 'assist-rtc-connected')) - consent,
      firstPacket: (await at(helper.page, 'assist-track-unmuted')) - consent,
      firstFrame: (await at(helper.page, 'assist-first-frame')) - consent,
    };
    results.push(row);
    console.log(`round ${round}: offer sent +${row.offer.toFixed(0)} ms, connected +${row.connected.toFixed(0)} ms, `
      + `first packet +${row.firstPacket.toFixed(0)} ms, first frame +${row.firstFrame.toFixed(0)} ms`);
    await sharer.page.getByRole('button', { name: 'End session' }).click();
    await helper.page.getByRole('heading', { name: 'Session ended' }).waitFor();
    await helper.page.context().close();
    await sharer.page.context().close();
  }
  const frames = results.map((r) => r.firstFrame);
  console.log(`consent to first frame over ${rounds} rounds: median ${percentile(frames, 50).toFixed(0)} ms, `
    + `p95 ${percentile(frames, 95).toFixed(0)} ms, max ${Math.max(...frames).toFixed(0)} ms`);
  await admin.context.close();
} finally {
  await browser.close();
  await server.stop();
}
