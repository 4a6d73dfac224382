// A few actions that work the same on a Playwright page (Chromium) and a Puppeteer page
// (Firefox over WebDriver BiDi), so that one test body can run in both browsers. Everything is
// found by role and accessible name (exact), as a person would. For anything more, use the
// driver's own API: `isPlaywright(page)` tells which one a page belongs to.
//
// Facts found with puppeteer-core 24.43.1 and Firefox ESR 153: ARIA selectors
// (`::-p-aria([name="..."][role="..."])`) work over BiDi and match the whole name; they compose
// with CSS (`input::-p-aria(...)`). A password field is not a `textbox` in Firefox, and a
// <label> element matches its own text as a name, so fillField looks for a form control with
// the name. `::-p-text(...)` matches a substring, case-sensitively; Playwright's getByText
// (not exact) ignores case: give waitForText the exact text.

// The form controls fillField looks among (a name alone also finds the <label> in Firefox).
const FIELDS = ':is(input, textarea, select, [contenteditable])';

/** True for a Playwright page or browser, false for a Puppeteer one. */
export function isPlaywright(pageOrBrowser) {
  return typeof pageOrBrowser.getByRole === 'function' || typeof pageOrBrowser.newContext === 'function';
}

const quote = (value) => `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** An ARIA selector for Puppeteer, e.g. aria('Sign in', 'button'). */
export function aria(name, role) {
  return `::-p-aria([name=${quote(name)}]${role ? `[role=${quote(role)}]` : ''})`;
}

/**
 * A page in a fresh browser context (its own cookies and storage: one person).
 * @param {object} browser Playwright or Puppeteer browser
 * @param {object} [options] Playwright newContext options (viewport, locale, ...); for
 *   Puppeteer, `viewport` is applied to the page
 */
export async function newIsolatedPage(browser, options = {}) {
  if (isPlaywright(browser)) {
    const context = await browser.newContext(options);
    return context.newPage();
  }
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (options.viewport) await page.setViewport(options.viewport);
  return page;
}

/** Closes a page from newIsolatedPage with its context. */
export async function closeIsolatedPage(page) {
  if (isPlaywright(page)) await page.context().close();
  else await page.browserContext().close();
}

/** Clicks the button with this accessible name. */
export async function clickButton(page, name, { timeout } = {}) {
  if (isPlaywright(page)) await page.getByRole('button', { name, exact: true }).click({ timeout });
  else await page.locator(aria(name, 'button')).setTimeout(timeout ?? 30000).click();
}

/** Types a value into the field with this label (replacing what was there). */
export async function fillField(page, label, value, { timeout } = {}) {
  if (isPlaywright(page)) await page.getByLabel(label, { exact: true }).fill(value, { timeout });
  else await page.locator(`${FIELDS}${aria(label)}`).setTimeout(timeout ?? 30000).fill(value);
}

/** Waits until this text is visible on the page. */
export async function waitForText(page, text, { timeout } = {}) {
  if (isPlaywright(page)) await page.getByText(text).first().waitFor({ timeout });
  else await page.locator(`::-p-text(${quote(text)})`).setTimeout(timeout ?? 30000).setVisibility('visible').wait();
}

/** Waits until a heading with this accessible name is visible. */
export async function waitForHeading(page, name, { timeout } = {}) {
  if (isPlaywright(page)) await page.getByRole('heading', { name, exact: true }).waitFor({ timeout });
  else await page.locator(aria(name, 'heading')).setTimeout(timeout ?? 30000).setVisibility('visible').wait();
}
