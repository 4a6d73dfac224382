// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, for the
// cross-browser pass.
//
// Facts found on this machine (Debian 12, firefox-esr 153.7.0esr, puppeteer-core 24.43.1):
// - puppeteer-core 25 needs Node.js >= 22.12; this machine has Node.js 20, so 24.43.1 (the last
//   24.x, engines >= 18) is pinned. puppeteer-core has no install script and downloads no
//   browser; PUPPETEER_SKIP_DOWNLOAD=1 is set by .ci/run and e2e/run all the same.
// - Launch takes about 5 s: launch one Firefox per test file and open a browser context per
//   person (`browser.createBrowserContext()`, or newIsolatedPage() in ./driver.js).
// - getDisplayMedia needs an X display even in headless mode: it captures the X screen (here
//   the Xvfb root window). Without DISPLAY it fails. `media.navigator.permission.disabled`
//   grants it without a prompt; `media.navigator.streams.fake` makes getUserMedia (camera and
//   microphone) synthetic.
// - ICE: like Chromium, Firefox gathers host candidates only on a non-loopback interface while
//   a default route exists; `media.peerconnection.ice.loopback: true` does not help (no
//   loopback candidate appears). Host addresses are mDNS-obfuscated (`<uuid>.local`) unless
//   `media.peerconnection.ice.obfuscate_host_addresses` is false.
import puppeteer from 'puppeteer-core';

import { ensureDisplay } from './display.js';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const FIREFOX_PREFS = {
  // getDisplayMedia and getUserMedia without a permission prompt; camera and microphone fake.
  'media.navigator.permission.disabled': true,
  'media.navigator.streams.fake': true,
  // Plain host addresses in ICE candidates, so that the other browser can reach them.
  'media.peerconnection.ice.obfuscate_host_addresses': false,
  // Remote video plays without a gesture.
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  // Nothing to fetch on this closed network.
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * Launches Firefox ESR (headless, under an X display for screen capture).
 * @param {object} [options]
 * @param {Record<string, unknown>} [options.prefs] more about:config preferences
 * @param {boolean} [options.headless]
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchFirefox({ prefs = {}, headless = true } = {}) {
  const display = await ensureDisplay();
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    env: { ...process.env, DISPLAY: display },
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
  });
}
