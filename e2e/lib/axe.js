// Accessibility scan of the page as it is now, with axe-core.
//
// The product's pages have a strict Content-Security-Policy (script-src 'self'), so a <script>
// tag with axe's source would be refused. page.evaluate is not subject to the page's CSP, so
// axe is injected that way and the page keeps its real policy (no bypassCSP context). Works
// with a Playwright page and with a Puppeteer page (both evaluate a source string).
//
// Found with axe-core 4.14.1: a scan of /sign-in takes 0.6 to 0.9 s in Chromium, about 0.5 s in
// Firefox; the page has no violation at all (not even minor ones) as of this writing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page; prints every violation, and fails on serious and critical ones.
 * @param {object} page a Playwright or Puppeteer page
 * @param {string} label names the screen in messages, e.g. 'sign-in'
 * @param {object} [options]
 * @param {object} [options.context] axe context: `{ include: [...], exclude: [...] }`
 * @param {object} [options.run] axe run options, e.g. `{ rules: { region: { enabled: false } } }`
 * @param {boolean} [options.assert] false to only report (default true)
 * @returns {Promise<Array<{id: string, impact: string, help: string, helpUrl: string,
 *   nodes: Array<{target: string[], failureSummary: string}>}>>} all violations
 */
export async function checkA11y(page, label, { context, run, assert: check = true } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async ({ context: where, run: how }) => {
    const results = await window.axe.run(where ?? document, how ?? {});
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  }, { context: context ?? null, run: run ?? null });
  for (const violation of violations) {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    console.log(`a11y ${label}: ${violation.impact} ${violation.id}: ${violation.help} (${targets})`);
  }
  if (check) {
    const failing = violations.filter((violation) => FAILING.has(violation.impact));
    assert.deepEqual(
      failing.map((violation) => `${violation.impact} ${violation.id}: ${violation.help}: `
        + violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`).join('; ')),
      [],
      `${label}: serious or critical accessibility violations`,
    );
  }
  return violations;
}
