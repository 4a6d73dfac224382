// Where the tests save their screenshots: $ASSIST_E2E_SCREENSHOTS when set, else a fresh
// temporary folder of this process, removed when it exits.
//
// e2e/run points ASSIST_E2E_SCREENSHOTS into its scratch folder, so a run leaves the tree
// clean; `e2e/run --screenshots` points it at the repository's docs/screenshots/ to refresh
// them on purpose. A test file run on its own (`node --test tests/x.test.js`) writes to a
// temporary folder; set ASSIST_E2E_SCREENSHOTS=<folder> to keep them. No test reads a
// screenshot back: they are pictures for people, not expectations.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let directory;

/**
 * The screenshot folder, created on first use.
 * @returns {string} an absolute path
 */
export function screenshotDir() {
  if (directory) return directory;
  const chosen = process.env.ASSIST_E2E_SCREENSHOTS;
  if (chosen) {
    directory = resolve(chosen);
    mkdirSync(directory, { recursive: true });
  } else {
    const own = mkdtempSync(join(tmpdir(), 'assist-e2e-screenshots-'));
    process.once('exit', () => rmSync(own, { recursive: true, force: true }));
    directory = own;
  }
  return directory;
}

/**
 * The path to save a screenshot named `name` at, such as "setup.png".
 * @param {string} name
 * @returns {string}
 */
export function screenshotPath(name) {
  return join(screenshotDir(), name);
}
