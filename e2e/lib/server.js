// Starts the real assist-server binary on a free port with a fresh data directory, and reads
// the first-run link it prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BINARY = process.env.ASSIST_SERVER_BIN
  ?? resolve(import.meta.dirname, '../../target/debug/assist-server');

export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'assist-e2e-'));
  const child = spawn(BINARY, ['serve'], {
    env: { ...process.env, ASSIST_DATA_DIR: dataDir, ASSIST_LISTEN: '127.0.0.1:0', RUST_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const ready = new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its link:\n${output}`)), 15000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const origin = output.match(/running at (http:\/\/[^\s/]+)\//)?.[1];
      const setupLink = output.match(/(http:\/\/\S+\/setup#\S+)/)?.[1];
      if (origin && setupLink) {
        clearTimeout(timer);
        resolvePromise({ origin, setupLink });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const { origin, setupLink } = await ready;
  return {
    origin,
    setupLink,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
