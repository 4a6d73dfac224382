// An X display for what needs one: Firefox's getDisplayMedia (it captures the X screen, even
// when the browser itself is headless) and the native agent.
//
// e2e/run starts one Xvfb for the whole run and exports DISPLAY; a test file run on its own
// (`node --test tests/x.test.js`) gets its own Xvfb here, stopped when the process exits.
// The display number is chosen here, not by `Xvfb -displayfd` alone: inside e2e/run's network
// namespace an Xvfb does not see the abstract socket of the run's own Xvfb (started outside
// it), takes the same number, and on exit unlinks the run's socket file, leaving the run's
// display unreachable for every later test.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

let started;

/**
 * Starts an Xvfb on a free display number.
 * @param {object} [options]
 * @param {string} [options.screen] width x height x depth
 * @returns {Promise<{display: string, kill: () => void, stop: () => Promise<void>}>}
 */
export async function startXvfb({ screen = '1280x800x24' } = {}) {
  let lastError;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    try {
      return await startXvfbOn(freeDisplayNumber(attempt), screen);
    } catch (error) {
      lastError = error; // taken meanwhile by another run: the next number
    }
  }
  throw lastError;
}

/** A display number with no lock file and no socket, from 100 up (e2e/run's own is lower). */
function freeDisplayNumber(skip) {
  for (let n = 100 + ((process.pid + skip * 7) % 800); ; n += 1) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
}

async function startXvfbOn(number, screen) {
  // `-displayfd` with a number given: Xvfb writes it there once it accepts connections.
  const child = spawn('Xvfb', [`:${number}`, '-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => { errors += chunk; });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start:\n${errors}`)), 10000);
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.on('error', (error) => reject(new Error(`Xvfb could not run (apt-get install xvfb): ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}:\n${errors}`)));
  });
  // Do not keep the test process alive: a file that never stops it still ends.
  child.stdio[3].destroy();
  child.stderr.unref();
  child.unref();
  return {
    display,
    /** Ends Xvfb at once, without waiting (usable in a process 'exit' handler). */
    kill() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * The X display to use: $DISPLAY when set, else an Xvfb started once for this process.
 * @returns {Promise<string>} such as ":99"
 */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (!started) {
    started = startXvfb();
    started.then((xvfb) => process.once('exit', () => xvfb.kill()), () => {});
  }
  return (await started).display;
}
