// How long after an abrupt loss the helper's page shows, visibly, that the sharer's connection
// dropped ("NAME's connection dropped. Waiting for them to come back…"), for three losses:
//   - web:     the web sharer's browser (a Chromium of its own, sharing its screen) closed;
//   - killed:  the Assist app killed with SIGKILL;
//   - cut:     the Assist app's network link set down (the app in a network namespace of its
//              own, lib/netns.js), so that only missed heartbeats tell the server.
// Each round is a fresh session in which the helper sees the picture first. The clock starts
// in this process just before the loss (Date.now()) and stops in the helper's page, at the DOM
// change after which the notice is visible (lib/presence.js: a MutationObserver reading
// performance.timeOrigin + performance.now(), the same wall clock).
//
//   e2e/run --bench bench/presence.js [--rounds N] [--only web|killed|cut]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runAgent, startRecorder } from '../lib/agent.js';
import { launchChromium } from '../lib/browser.js';
import { PASSWORD, SUE, enterCode, setUpDesk, signIn, startSession } from '../lib/desk.js';
import { ensureDisplay } from '../lib/display.js';
import { waitForVideoFrames } from '../lib/media.js';
import { canMakeNamespaces, makeNamespace } from '../lib/netns.js';
import { watchText } from '../lib/presence.js';
import { startServer } from '../lib/server.js';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? 10);
const only = option('--only');
const DROPPED = /connection dropped\. Waiting for them to come back…/;

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return `p50 ${pick(50).toFixed(0)} ms, p95 ${pick(95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, `
    + `max ${sorted.at(-1).toFixed(0)} ms (n=${values.length})`;
}

// Every agent started adds an exit hook that kills it.
process.setMaxListeners(100);

const server = await startServer({ listen: '0.0.0.0:0' });
const browser = await launchChromium();
const display = await ensureDisplay();
const recorder = await startRecorder(display, { mode: 'counter' });
const agentDir = mkdtempSync(join(tmpdir(), 'assist-agent-bench-'));
const results = {};
try {
  await setUpDesk(browser, server);

  /** The helper's page from a new session until its video plays; the sharer joins by `join`. */
  async function helperWatching(join) {
    const helper = await signIn(browser, server.origin, 'hal@contoso.com');
    const code = await startSession(helper.page, server.origin);
    const sharer = await join(code, helper);
    await waitForVideoFrames(helper.page, '#remote-video', { frames: 5 });
    return { helper, sharer };
  }

  /** Sue joins `code` with the Assist app (in `netns` when given) and allows viewing. */
  async function agentJoins(code, helper, { netns, serverAddress = '127.0.0.1' } = {}) {
    const agent = runAgent(['share', '--terminal', '--server', server.originAt(serverAddress)], {
      env: { ASSIST_AGENT_DIR: agentDir, DISPLAY: display }, netns,
    });
    await agent.waitFor(/E-mail: $/m);
    agent.answer(SUE.email);
    await agent.waitFor(/single sign-on\): $/m);
    agent.answer(PASSWORD);
    await agent.waitFor(/Security code: $/m);
    agent.answer(code);
    await helper.page.getByRole('button', { name: 'Request view only' }).click();
    await agent.waitFor(/\[d\]ecline: $/m);
    agent.answer('a');
    return agent;
  }

  /** Sue joins `code` in a Chromium of her own, sharing its synthetic screen. */
  async function webJoins(code, helper) {
    const own = await launchChromium({ media: true });
    const sue = await signIn(own, server.origin, SUE.email);
    await enterCode(sue.page, server.origin, code);
    await helper.page.getByRole('button', { name: 'Request view only' }).click();
    await sue.page.getByRole('button', { name: 'Allow', exact: true }).click();
    return own;
  }

  /** One round: the loss `lose(sharer)`, timed to the helper's visible notice. */
  async function round(helper, lose) {
    const watch = await watchText(helper.page, DROPPED);
    const lostAt = Date.now();
    await lose();
    return (await watch.shownAt(15000)) - lostAt;
  }

  async function measure(name, label, once) {
    if (only && only !== name) return;
    const times = [];
    for (let n = 1; n <= rounds; n += 1) {
      const ms = await once();
      times.push(ms);
      console.log(`${name} round ${n}: ${ms.toFixed(0)} ms`);
    }
    results[name] = `${label}: ${summary(times)}`;
    console.log(results[name]);
  }

  await measure('web', "web sharer's browser closed → helper's notice", async () => {
    const { helper, sharer } = await helperWatching(webJoins);
    const ms = await round(helper, () => sharer.close());
    await helper.page.context().close();
    return ms;
  });

  await measure('killed', "Assist app killed (SIGKILL) → helper's notice", async () => {
    const { helper, sharer } = await helperWatching(agentJoins);
    const ms = await round(helper, () => sharer.child.kill('SIGKILL'));
    await sharer.exited;
    await helper.page.context().close();
    return ms;
  });

  if (canMakeNamespaces()) {
    const ns = makeNamespace();
    try {
      await measure('cut', "Assist app's network link set down → helper's notice", async () => {
        const { helper, sharer } = await helperWatching(
          (code, page) => agentJoins(code, page, { netns: ns.name, serverAddress: ns.serverAddress }),
        );
        const ms = await round(helper, () => ns.down());
        sharer.child.kill('SIGKILL');
        await sharer.exited;
        ns.up();
        await helper.page.context().close();
        return ms;
      });
    } finally {
      ns.remove();
    }
  } else if (!only || only === 'cut') {
    console.log('cut: skipped (needs root and iproute2 for a network namespace: run through e2e/run as root)');
  }
  console.log('\nsummary');
  for (const line of Object.values(results)) console.log(line);
} finally {
  recorder.stop();
  await browser.close();
  await server.stop();
  rmSync(agentDir, { recursive: true, force: true });
}
