// Starts the real assist-server binary on a free port with a fresh data directory, and reads
// the address it prints. Its output is a pipe, not a terminal, so on a first start it shows no
// setup link, only a line saying so; the first-run link then comes from
// `assist-server admin setup-link` on the same data, as an operator would get it.
//
// Where to listen: the default, 127.0.0.1:0, suits every browser test, WebRTC included (the
// peers' media does not go through the server; they meet on the namespace's 10.77.0.1, see
// network.js). Open the product at `origin` (http://127.0.0.1:<port>): a secure context, so
// getDisplayMedia works, which it does not at http://10.77.0.1:<port>. To have the server see
// a second client address (conditional access by network), listen on '0.0.0.0:0' and open
// `originAt('10.77.0.1')` too: the server then sees that client as 10.77.0.1 (and the other as
// 127.0.0.1). Without public_url, the server checks Origin against the Host each request was
// sent to, so both origins work.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BINARY = process.env.ASSIST_SERVER_BIN
  ?? resolve(import.meta.dirname, '../../target/debug/assist-server');

/**
 * @param {object} [options]
 * @param {string} [options.listen] ASSIST_LISTEN, e.g. '127.0.0.1:0' (default), '0.0.0.0:0',
 *   '10.77.0.1:0'; port 0 picks a free port
 * @param {Record<string, string>} [options.env] more environment, e.g. ASSIST_* settings
 *   (`{ ASSIST_CONSENT_TIMEOUT_SECS: '5' }`); overrides the defaults here
 * @param {string} [options.dataDir] reuse this data directory (a restart); it is kept on stop
 * @param {string[]} [options.args] command-line arguments (default ['serve'])
 * @returns {Promise<{origin: string, setupLink: string | undefined, port: number,
 *   dataDir: string, originAt: (host: string) => string, output: () => string,
 *   stop: () => Promise<void>}>} setupLink: undefined when the store already had a tenant
 */
export async function startServer({ listen = '127.0.0.1:0', env = {}, dataDir, args = ['serve'] } = {}) {
  const ownDataDir = !dataDir;
  const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'assist-e2e-'));
  const environment = { ...process.env, ASSIST_DATA_DIR: directory, ASSIST_LISTEN: listen, RUST_LOG: 'warn', ...env };
  const child = spawn(BINARY, args, { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  // The log goes on to the test's output; its end goes into the error when the start fails.
  let log = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    log = (log + chunk).slice(-4000);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const ready = new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its address:\n${output}`)), 15000);
    let grace;
    const done = (value) => {
      clearTimeout(timer);
      clearTimeout(grace);
      resolvePromise(value);
    };
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const printed = output.match(/running at (https?:\/\/[^\s/]+)\//)?.[1];
      if (!printed) return;
      // A store without a tenant says how to get the link, on the line after the address.
      const firstStart = output.includes('admin setup-link');
      if (firstStart) done({ printed, firstStart });
      else grace ??= setTimeout(() => done({ printed, firstStart }), ownDataDir ? 5000 : 300);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}${log}`)));
  });
  let printed;
  let setupLink;
  try {
    let firstStart;
    ({ printed, firstStart } = await ready);
    if (firstStart) setupLink = `${printed}/setup#${await issueSetupSecret(args, environment)}`;
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    if (ownDataDir) rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  const url = new URL(printed);
  const port = Number(url.port);
  // A wildcard address is no place to browse to: name loopback instead.
  const wildcard = { '0.0.0.0': '127.0.0.1', '[::]': '[::1]' }[url.hostname];
  const originAt = (host) => `${url.protocol}//${host}:${port}`;
  const origin = wildcard ? originAt(wildcard) : printed;
  if (wildcard && setupLink) setupLink = setupLink.replace(printed, origin);
  return {
    origin,
    setupLink,
    port,
    dataDir: directory,
    originAt,
    output: () => output,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh first-run link's secret from `assist-server admin setup-link` with the server's
 * configuration (its global arguments, such as --config, and its environment). The link it
 * prints names the configured address, which may be port 0, so only the secret is kept.
 */
function issueSetupSecret(args, env) {
  const global = args.filter((arg) => arg !== 'serve');
  return new Promise((resolvePromise, reject) => {
    execFile(BINARY, [...global, 'admin', 'setup-link'], { env }, (error, stdout, stderr) => {
      const secret = stdout.match(/\/setup#(\S+)/)?.[1];
      if (error || !secret) reject(new Error(`admin setup-link failed: ${error?.message ?? ''}\n${stdout}${stderr}`));
      else resolvePromise(secret);
    });
  });
}
