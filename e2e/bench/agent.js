// Benchmarks of the native Assist app under Xvfb at 1920x1080, against the helper console in
// Chromium, in e2e/run's network namespace:
//   - consent to first frame: the sharer answers "a" (allow) at the terminal prompt; the clock
//     stops when the helper's <video> presents its first frame (requestVideoFrameCallback);
//   - glass to glass: the recorder window paints a frame counter as a pixel code 30 times a
//     second and logs when; the helper page reads the code from every decoded frame;
//   - helper input to injection: a key pressed in the helper's page (its keydown time) to the
//     recorder's KeyPress (its receive time);
//   - media bitrate and the agent's CPU on a static screen and on a busy one (the whole screen
//     repainted every frame).
// Every clock is the machine's wall clock (Date.now, performance.timeOrigin), read on one host.
//
//   e2e/run --bench bench/agent.js [--rounds N] [--seconds S]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runAgent, startRecorder, trackPeers } from '../lib/agent.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, call, setUpDesk, signIn, startSession } from '../lib/desk.js';
import { startXvfb } from '../lib/display.js';
import { startServer } from '../lib/server.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = arg('--rounds', 10);
const seconds = arg('--seconds', 10);

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return `median ${pick(50).toFixed(1)} ms, p95 ${pick(95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${values.length})`;
}

/** The agent's CPU time (user + system) in seconds, from /proc. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Video bytes the helper's page received so far (payload and RTP headers), and frames. */
const videoStats = (page) => page.evaluate(async () => {
  const total = { bytes: 0, frames: 0, packets: 0 };
  for (const pc of window.assistPeers) {
    (await pc.getStats()).forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') {
        total.bytes += s.bytesReceived + (s.headerBytesReceived ?? 0);
        total.frames += s.framesReceived ?? 0;
        total.packets += s.packetsReceived ?? 0;
      }
    });
  }
  return total;
});
const videoBytes = async (page) => (await videoStats(page)).bytes;

const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

// Every agent and recorder started adds an exit hook that kills it.
process.setMaxListeners(100);

const server = await startServer();
const browser = await launchChromium();
const xvfb = await startXvfb({ screen: '1920x1080x24' });
const agentDir = mkdtempSync(join(tmpdir(), 'assist-agent-bench-'));
const env = { ASSIST_AGENT_DIR: agentDir, DISPLAY: xvfb.display };
try {
  const admin = await setUpDesk(browser, server);
  const token = await call(admin.page, server.origin, 'POST', '/api/v1/enrollment-tokens', {
    name: 'Agent bench', expires_in_hours: 1, max_uses: 1,
  });
  const enrolled = runAgent(['enroll', '--server', server.origin, '--token', token.secret], { env });
  if (await enrolled.exited !== 0) throw new Error(enrolled.output());

  /** One session to the point where the helper sees frames; answers what the rounds need. */
  async function share(recorderMode) {
    const recorder = await startRecorder(xvfb.display, { mode: recorderMode });
    const helper = await signIn(browser, server.origin, 'hal@contoso.com');
    await trackPeers(helper.page);
    const code = await startSession(helper.page, server.origin);
    const agent = runAgent(['share', '--terminal'], { env });
    await agent.waitFor(/E-mail: $/m);
    agent.answer('sue@contoso.com');
    await agent.waitFor(/single sign-on\): $/m);
    agent.answer(PASSWORD);
    await agent.waitFor(/Security code: $/m);
    agent.answer(code);
    await helper.page.getByRole('button', { name: 'Request full control' }).click();
    await agent.waitFor(/\[d\]ecline: $/m);
    await helper.page.evaluate(() => {
      window.firstFrameAt = null;
      const video = document.getElementById('remote-video');
      const watch = () => video.requestVideoFrameCallback((now) => {
        window.firstFrameAt = performance.timeOrigin + now;
      });
      watch();
    });
    const consentAt = Date.now();
    agent.answer('a');
    await helper.page.waitForFunction(() => window.firstFrameAt !== null, null, { timeout: 20000 });
    const firstFrame = (await helper.page.evaluate(() => window.firstFrameAt)) - consentAt;
    return { recorder, helper, agent, firstFrame };
  }

  async function end({ recorder, helper, agent }) {
    agent.answer('/end');
    await agent.exited;
    recorder.stop();
    await helper.page.context().close();
  }

  // Consent to first frame, a fresh session each round.
  const firstFrames = [];
  for (let round = 1; round <= rounds; round += 1) {
    const session = await share('static');
    firstFrames.push(session.firstFrame);
    console.log(`round ${round}: consent to first frame ${session.firstFrame.toFixed(0)} ms`);
    await end(session);
  }
  console.log(`consent to first frame (1920x1080): ${summary(firstFrames)}`);

  // Static screen: bitrate and CPU; then input latency on the same session.
  const quiet = await share('static');
  await sleep(2000);
  const quiet0 = await videoStats(quiet.helper.page);
  let bytes0 = quiet0.bytes;
  let cpu0 = cpuSeconds(quiet.agent.child.pid);
  await sleep(seconds * 1000);
  const quiet1 = await videoStats(quiet.helper.page);
  const staticKbps = (quiet1.bytes - bytes0) * 8 / seconds / 1000;
  console.log(`static screen: ${quiet1.frames - quiet0.frames} frames and ${quiet1.packets - quiet0.packets} RTP packets in ${seconds} s`);
  const staticCpu = (cpuSeconds(quiet.agent.child.pid) - cpu0) / seconds * 100;
  console.log(`static screen: ${staticKbps.toFixed(1)} kbit/s of video, agent CPU ${staticCpu.toFixed(1)} % of a core`);

  const stage = quiet.helper.page.getByRole('textbox', { name: /Remote screen of/ });
  await stage.focus();
  await quiet.helper.page.evaluate(() => {
    window.keyTimes = [];
    document.addEventListener('keydown', () => window.keyTimes.push(performance.timeOrigin + performance.now()), true);
  });
  const keysBefore = quiet.recorder.events.filter((e) => e.event === 'key' && e.down).length;
  for (let i = 0; i < 50; i += 1) {
    await quiet.helper.page.keyboard.press('a');
    await sleep(60);
  }
  await quiet.recorder.waitFor(() => quiet.recorder.events.filter((e) => e.event === 'key' && e.down).length >= keysBefore + 50);
  const pressed = await quiet.helper.page.evaluate(() => window.keyTimes);
  const injected = quiet.recorder.events.filter((e) => e.event === 'key' && e.down).slice(keysBefore);
  const inputLatency = pressed.map((t, i) => injected[i].t - t);
  console.log(`helper input to injection: ${summary(inputLatency)}`);
  await end(quiet);

  // Busy screen: glass to glass, bitrate and CPU.
  const busy = await share('busy');
  await busy.helper.page.evaluate(() => {
    window.shown = [];
    const video = document.getElementById('remote-video');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const read = (now) => {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const band = context.getImageData(0, 16, 17 * 16, 16).data;
      let value = 0;
      for (let bit = 0; bit < 16; bit += 1) {
        const x = (bit + 1) * 16 + 8;
        const offset = (8 * 17 * 16 + x) * 4;
        value = (value << 1) | (band[offset] > 128 ? 1 : 0);
      }
      window.shown.push({ counter: value, t: performance.timeOrigin + now });
      video.requestVideoFrameCallback(read);
    };
    video.requestVideoFrameCallback(read);
  });
  await sleep(2000);
  const busyBytes = () => videoBytes(busy.helper.page);
  bytes0 = await busyBytes();
  cpu0 = cpuSeconds(busy.agent.child.pid);
  const shownFrom = await busy.helper.page.evaluate(() => window.shown.length);
  await sleep(seconds * 1000);
  const busyKbps = ((await busyBytes()) - bytes0) * 8 / seconds / 1000;
  const busyCpu = (cpuSeconds(busy.agent.child.pid) - cpu0) / seconds * 100;
  const shown = (await busy.helper.page.evaluate(() => window.shown)).slice(shownFrom);
  const painted = new Map(busy.recorder.events.filter((e) => e.event === 'painted').map((e) => [e.counter, e.t]));
  const seen = new Set();
  const glass = [];
  for (const frame of shown) {
    if (seen.has(frame.counter) || !painted.has(frame.counter)) continue;
    seen.add(frame.counter);
    glass.push(frame.t - painted.get(frame.counter));
  }
  const fps = seen.size / seconds;
  console.log(`busy screen: ${busyKbps.toFixed(0)} kbit/s of video, ${fps.toFixed(1)} distinct frames/s shown, agent CPU ${busyCpu.toFixed(1)} % of a core`);
  console.log(`glass to glass (1920x1080, busy): ${summary(glass)}`);
  await end(busy);
} finally {
  await browser.close();
  await server.stop();
  xvfb.kill();
  rmSync(agentDir, { recursive: true, force: true });
}
