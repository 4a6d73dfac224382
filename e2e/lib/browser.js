// Launches Debian's Chromium through playwright-core with the flags this machine needs.
//
// Facts found on this machine (Debian 12, Chromium 156.0.8078, playwright-core 1.64.1):
// - The first flags below are needed on this closed network (no sandbox as root, no GPU, no
//   background fetches that would hang on the missing internet).
// - WebRTC: Chromium gathers ICE host candidates only on a non-loopback interface AND only
//   while a default route exists (an interface with an address but no default route: no
//   candidate at all). Loopback alone gives none. See e2e/lib/network.js for how e2e/run
//   provides such an interface.
// - Host candidates are hidden behind random `<uuid>.local` mDNS names by default;
//   `--disable-features=WebRtcHideLocalIpsWithMdns` makes them plain addresses, which any
//   peer on the machine can reach. With it, two contexts of one Chromium connect directly
//   (iceServers: []), and so do Chromium and Firefox.
// - Chromium honours only the LAST `--disable-features` switch, and Playwright passes its own
//   list first: ours repeats Playwright's list (as of playwright-core 1.64.1) and adds the
//   mDNS feature. A test that needs more disabled features passes `disableFeatures`.
// - Headless getDisplayMedia: `--use-fake-ui-for-media-stream` grants the request without a
//   picker and `--use-fake-device-for-media-stream` makes every capture a synthetic,
//   animated stream (1280x720 from getDisplayMedia here); no X display is needed.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// playwright-core 1.64.1's own list (chromiumSwitches.ts), which our switch replaces.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'DialMediaRouteProvider',
  'GlobalMediaControls', 'HttpsUpgrades', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'BlockOriginHeaderModificationOnRedirect',
  'AvoidCorsURLLoaderRestartOnRedirect', 'Translate', 'AutoDeElevate', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled',
];
// Plain host addresses in ICE candidates (see above); harmless where WebRTC is unused.
const OUR_DISABLED_FEATURES = ['WebRtcHideLocalIpsWithMdns'];

const MEDIA_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/**
 * Launches Chromium (one per test file: share it, open contexts for each person).
 * @param {object} [options]
 * @param {boolean} [options.media] grant getDisplayMedia/getUserMedia with a synthetic stream
 * @param {string[]} [options.args] more command-line flags (not --disable-features)
 * @param {string[]} [options.disableFeatures] more features to disable
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium({ media = false, args = [], disableFeatures = [] } = {}) {
  const features = [...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES, ...disableFeatures];
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_ARGS, `--disable-features=${features.join(',')}`, ...(media ? MEDIA_ARGS : []), ...args],
  });
}
