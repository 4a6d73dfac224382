// The native Assist app (`assist-agent`) and the X test window it is checked against.
//
// `runAgent` runs the agent in terminal mode and lets a test answer its prompts as a person
// would: wait for a prompt's text, then type a line. `startRecorder` runs the test window
// (crates/agent/examples/x11_recorder.rs): it covers the X screen with four coloured quadrants,
// takes the keyboard focus and reports every key and button it receives as a JSON line.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const TARGET = resolve(import.meta.dirname, '../../target/debug');
export const AGENT_BINARY = process.env.ASSIST_AGENT_BIN ?? `${TARGET}/assist-agent`;
export const RECORDER_BINARY = `${TARGET}/examples/x11_recorder`;

/** The quadrants' colours, as the recorder paints them. */
export const QUADRANTS = {
  topLeft: [255, 0, 0], topRight: [0, 255, 0], bottomLeft: [0, 0, 255], bottomRight: [255, 255, 255],
};

function watch(child, name) {
  const state = { output: '', waiters: [] };
  const check = () => {
    state.waiters = state.waiters.filter((waiter) => !waiter.check());
  };
  child.stdout.on('data', (chunk) => {
    state.output += chunk;
    check();
  });
  child.stderr.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  child.on('exit', () => check());
  process.once('exit', () => child.kill('SIGKILL'));
  return { state, check };
}

/**
 * Runs `assist-agent` with `args`; with `netns`, inside that network namespace (lib/netns.js;
 * `ip netns exec` runs the agent in its own place, so `child.pid` is the agent's).
 * @returns {{child, output: () => string, waitFor: (pattern: RegExp, timeout?: number) => Promise<string>,
 *   answer: (line: string) => void, exited: Promise<number|null>}}
 */
export function runAgent(args, { env = {}, netns } = {}) {
  const [command, commandArgs] = netns
    ? ['ip', ['netns', 'exec', netns, AGENT_BINARY, ...args]]
    : [AGENT_BINARY, args];
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ASSIST_LOG: process.env.ASSIST_AGENT_LOG ?? 'warn', ASSIST_LANG: 'en', LANG: 'C.UTF-8', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { state } = watch(child, 'agent');
  const exited = new Promise((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
  let consumed = 0;
  return {
    child,
    exited,
    output: () => state.output,
    /** Waits for `pattern` in what the agent printed since the last match; answers the match. */
    waitFor(pattern, timeout = 20000) {
      return new Promise((resolvePromise, reject) => {
        const waiter = {
          check() {
            const rest = state.output.slice(consumed);
            const match = rest.match(pattern);
            if (match) {
              consumed += match.index + match[0].length;
              clearTimeout(timer);
              resolvePromise(match[0]);
              return true;
            }
            if (child.exitCode !== null || child.signalCode !== null) {
              clearTimeout(timer);
              reject(new Error(`the agent exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${rest}`));
              return true;
            }
            return false;
          },
        };
        const timer = setTimeout(() => {
          state.waiters = state.waiters.filter((w) => w !== waiter);
          reject(new Error(`the agent did not print ${pattern} in ${timeout} ms:\n${state.output.slice(consumed)}`));
        }, timeout);
        if (!waiter.check()) state.waiters.push(waiter);
      });
    },
    answer(line) {
      child.stdin.write(`${line}\n`);
    },
  };
}

/**
 * Starts the recorder window on `display`.
 * @returns {Promise<{events: object[], waitFor: (pred: (e: object) => boolean, timeout?: number) => Promise<object>,
 *   stop: () => void, size: {width: number, height: number}}>}
 */
export async function startRecorder(display, { mode = 'static' } = {}) {
  // 'static', 'counter' (a frame counter as a pixel code, 30 a second) or 'busy' (the whole
  // screen repainted every frame, and the counter).
  const child = spawn(RECORDER_BINARY, mode === 'static' ? [] : [`--${mode}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events = [];
  const waiters = new Set();
  let partial = '';
  child.stdout.on('data', (chunk) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop();
    for (const line of lines) {
      if (!line.trim()) continue;
      events.push(JSON.parse(line));
    }
    for (const waiter of waiters) waiter();
  });
  child.stderr.on('data', (chunk) => process.stderr.write(`[recorder] ${chunk}`));
  process.once('exit', () => child.kill('SIGKILL'));
  const waitFor = (pred, timeout = 10000) => new Promise((resolvePromise, reject) => {
    const check = () => {
      const found = events.find(pred);
      if (!found) return;
      waiters.delete(check);
      clearTimeout(timer);
      resolvePromise(found);
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`the recorder did not see the event in ${timeout} ms; it saw:\n${JSON.stringify(events.slice(-20))}`));
    }, timeout);
    waiters.add(check);
    check();
  });
  const ready = await waitFor((e) => e.event === 'ready');
  return { events, waitFor, stop: () => child.kill('SIGTERM'), size: { width: ready.width, height: ready.height } };
}

/** In the helper's page: the decoded video's pixel at fractions (fx, fy), as [r, g, b]. */
export function videoPixel(page, fx, fy) {
  return page.evaluate(([x, y]) => {
    const video = document.getElementById('remote-video');
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(video, 0, 0);
    const data = context.getImageData(Math.floor(x * canvas.width), Math.floor(y * canvas.height), 1, 1).data;
    return [data[0], data[1], data[2]];
  }, [fx, fy]);
}

/**
 * Keeps every RTCPeerConnection the page creates in `window.assistPeers`, for `getStats`.
 * Call before the page loads.
 */
export function trackPeers(page) {
  return page.addInitScript(() => {
    window.assistPeers = [];
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = function RTCPeerConnection(...args) {
      const pc = new Native(...args);
      window.assistPeers.push(pc);
      return pc;
    };
    window.RTCPeerConnection.prototype = Native.prototype;
  });
}

/**
 * The candidate types of the page's selected ICE pair (`{ local, remote }`, e.g. 'relay'), or
 * null while no pair is selected. Needs `trackPeers`.
 */
export function selectedPair(page) {
  return page.evaluate(async () => {
    for (const pc of window.assistPeers) {
      const stats = await pc.getStats();
      let pair = null;
      stats.forEach((s) => {
        if (s.type === 'transport' && s.selectedCandidatePairId) pair = stats.get(s.selectedCandidatePairId);
      });
      if (pair) {
        return {
          local: stats.get(pair.localCandidateId)?.candidateType,
          remote: stats.get(pair.remoteCandidateId)?.candidateType,
        };
      }
    }
    return null;
  });
}
