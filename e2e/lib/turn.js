// A TURN server for the end-to-end relay test: Debian's coturn (`turnserver`) with the TURN
// REST API's shared secret, as a help desk runs it next to the Assist server (`turn_urls`,
// `turn_secret`). It listens on the namespace's peer address; there is no other way between the
// peers when both offer relayed candidates only.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';

import { PEER_ADDRESS } from './network.js';

/**
 * Starts coturn on `PEER_ADDRESS:port` (UDP and TCP).
 * @returns {Promise<{urls: string[], secret: string, log: () => string, stop: () => void}>}
 */
export async function startTurn({ port = 3479 } = {}) {
  const secret = `e2e-${Math.random().toString(36).slice(2)}`;
  const child = spawn('turnserver', [
    '-n', `--listening-ip=${PEER_ADDRESS}`, `--relay-ip=${PEER_ADDRESS}`,
    `--listening-port=${port}`, '--use-auth-secret', `--static-auth-secret=${secret}`,
    '--realm=assist.test', '--no-cli', '--no-tls', '--no-dtls', '--log-file=stdout', '--simple-log',
    `--pidfile=/tmp/assist-e2e-turn-${process.pid}.pid`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => { log += chunk; });
  child.stderr.on('data', (chunk) => { log += chunk; });
  process.once('exit', () => child.kill('SIGKILL'));
  const until = Date.now() + 10000;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ host: PEER_ADDRESS, port }, () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (Date.now() > until || child.exitCode !== null) throw new Error(`coturn did not start:\n${log}`);
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
  return {
    urls: [`turn:${PEER_ADDRESS}:${port}?transport=udp`, `turn:${PEER_ADDRESS}:${port}?transport=tcp`],
    secret,
    log: () => log,
    stop: () => child.kill('SIGTERM'),
  };
}
