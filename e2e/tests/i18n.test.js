// Localisation in a real browser: the language comes from the browser or the language picker,
// Fluent plurals and numbers follow the language, Arabic turns the page right to left, and a
// translation that lacks a file or a message falls back to English. The German and Arabic files
// here are served by the test (routes), not from disk, so that each case has known messages
// (one deliberately missing) whatever the shipped translations say.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium } from '../lib/browser.js';
import { startServer } from '../lib/server.js';

let server;
let browser;

const FSI = '\u2068';

// German for the sign-in page and the picker, a plural with an exact variant, and no
// `sign-in-intro`, which must then come from English.
const GERMAN = `
-product-name = Assist
product-name = { -product-name }
language-picker-label = Sprache
sign-in-page-title = Anmelden – { -product-name }
sign-in-heading = Bei { -product-name } anmelden
test-files =
    { $count ->
        [0] Keine Dateien
        [one] Eine Datei
       *[other] { $count } Dateien
    }
test-greeting = Hallo, { $name }!
`;

const ARABIC = `
-product-name = Assist
product-name = { -product-name }
language-picker-label = اللغة
sign-in-heading = تسجيل الدخول إلى { -product-name }
test-files =
    { $count ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    }
test-greeting = مرحبًا { $name }
`;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A page in a browser whose languages are `locale`, with `files` served as locale files
 * (`{ 'de/web.ftl': text }`; a null text answers 404, `'fi/*'` matches a whole folder).
 */
async function open(locale, files = {}) {
  const context = await browser.newContext({ locale });
  const problems = [];
  for (const [path, body] of Object.entries(files)) {
    await context.route(`**/locales/${path}`, (route) => (body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body })));
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // A missing translation file is a 404 the browser reports itself; script errors are not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(message.text());
    }
  });
  return { context, page, problems };
}

/** `t(id, args)` evaluated in the page. */
function t(page, id, args = {}) {
  return page.evaluate(async ([key, values]) => (await import('/assets/i18n.js')).t(key, values), [id, args]);
}

test('an English browser gets English with plain text and a labelled language picker', async () => {
  const { context, page, problems } = await open('en-GB');
  await page.goto(`${server.origin}/sign-in`);
  const heading = page.getByRole('heading', { name: 'Sign in to Assist', exact: true });
  await heading.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  // Isolation marks that cannot change the rendering are dropped on a left-to-right page...
  assert.equal(await heading.textContent(), 'Sign in to Assist');
  // ...and kept around right-to-left text, where they can.
  assert.equal(await t(page, 'home-heading', { name: 'דנה' }), `Signed in as ${FSI}דנה\u2069`);

  const picker = page.getByRole('combobox', { name: 'Language' });
  assert.equal(await picker.inputValue(), 'en');
  const options = await picker.locator('option').evaluateAll((list) => list.map((o) => [o.value, o.textContent, o.lang]));
  assert.equal(options.length, 34);
  for (const expected of [['de', 'Deutsch', 'de'], ['ar', 'العربية', 'ar'], ['zh-Hans', '中文（简体）', 'zh-Hans'], ['sr', 'Srpski', 'sr']]) {
    assert.ok(options.some((o) => o.join() === expected.join()), `option ${expected}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('browser languages map onto the product languages', async () => {
  const { context, page } = await open('en-US');
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();
  const picked = await page.evaluate(async () => {
    const { pickLanguage } = await import('/assets/i18n.js');
    const cases = [
      ['zh-CN'], ['zh-SG'], ['zh'], ['zh-Hans-HK'], ['zh-TW'], ['zh-HK'], ['zh-MO'], ['zh-Hant'],
      ['no'], ['nn-NO'], ['nb'], ['sr-Latn-RS'], ['sr-Cyrl'], ['pt-BR'], ['iw'], ['de_AT'],
      ['xx', 'fr-CA'], ['xx'], [],
    ];
    return cases.map((tags) => pickLanguage(tags));
  });
  assert.deepEqual(picked, [
    'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant',
    'nb', 'nb', 'nb', 'sr', 'sr', 'pt', 'he', 'de', 'fr', 'en', 'en',
  ]);
  await context.close();
});

test('German plurals, numbers and per-message fallback to English', async () => {
  const { context, page, problems } = await open('de-DE', { 'de/web.ftl': GERMAN });
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Bei Assist anmelden', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal(await page.title(), 'Anmelden – Assist');
  // Not translated: English fills in, marked as English.
  const intro = page.getByText('Use the e-mail address and password of your account.');
  assert.equal(await intro.getAttribute('lang'), 'en');
  assert.equal(await intro.getAttribute('dir'), 'ltr');
  assert.equal(await page.getByRole('heading', { name: 'Bei Assist anmelden' }).getAttribute('lang'), null);
  assert.equal(await page.getByRole('combobox', { name: 'Sprache' }).inputValue(), 'de');

  assert.equal(await t(page, 'test-files', { count: 0 }), 'Keine Dateien');
  assert.equal(await t(page, 'test-files', { count: 1 }), 'Eine Datei');
  assert.equal(await t(page, 'test-files', { count: 2 }), '2 Dateien');
  assert.equal(await t(page, 'test-files', { count: 1234567 }), '1.234.567 Dateien');
  assert.equal(await t(page, 'test-greeting', { name: 'Ada' }), 'Hallo, Ada!');
  assert.equal(await t(page, 'no-such-message'), 'no-such-message');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Arabic turns the page right to left, with Arabic plural categories', async () => {
  const { context, page, problems } = await open('ar-EG', { 'ar/web.ftl': ARABIC });
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: /تسجيل الدخول إلى/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.getByRole('combobox', { name: 'اللغة' }).inputValue(), 'ar');
  // The header mirrors: the brand is at the right, the picker at the left.
  const brand = await page.locator('.brand').boundingBox();
  const picker = await page.locator('.language-picker').boundingBox();
  assert.ok(brand.x > picker.x, 'brand on the right of the picker');

  const number = (n) => page.evaluate((value) => new Intl.NumberFormat('ar-EG').format(value), n);
  const isolated = async (n) => `${FSI}${await number(n)}\u2069`;
  // Fluent isolates placeables only in patterns of more than one part: here the numbers.
  assert.equal(await t(page, 'test-files', { count: 0 }), 'لا ملفات');
  assert.equal(await t(page, 'test-files', { count: 1 }), 'ملف واحد');
  assert.equal(await t(page, 'test-files', { count: 2 }), 'ملفان');
  assert.equal(await t(page, 'test-files', { count: 3 }), `${await isolated(3)} ملفات`);
  assert.equal(await t(page, 'test-files', { count: 11 }), `${await isolated(11)} ملفًا`);
  assert.equal(await t(page, 'test-files', { count: 100 }), `${await isolated(100)} ملف`);
  // On a right-to-left page, a Latin name keeps its isolation marks.
  assert.equal(await t(page, 'test-greeting', { name: 'Ada' }), `مرحبًا ${FSI}Ada\u2069`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language without its files falls back to English, and the picker choice sticks', async () => {
  // Finnish without files (whatever is on disk): the page is English, lang says so, nothing breaks.
  const { context, page, problems } = await open('fi-FI', { 'fi/*': null, 'de/web.ftl': GERMAN });
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Assist', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  // The picker stores the choice and reloads the page in German.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Bei Assist anmelden', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('assist.language')), 'de');
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Bei Assist anmelden', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every English message loads and formats in the browser', async () => {
  // @fluent/bundle skips what it cannot parse without a word; this finds any such message.
  const files = ['web', 'session', 'admin'];
  const { context, page, problems } = await open('en-US');
  await page.goto(`${server.origin}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Assist' }).waitFor();
  const ids = [];
  for (const file of files) {
    const text = await (await fetch(`${server.origin}/locales/en/${file}.ftl`)).text();
    ids.push(...[...text.matchAll(/^([a-z][a-z0-9-]*) *=/gim)].map((m) => m[1]));
  }
  assert.ok(ids.length > 100);
  const missing = await page.evaluate(async ([names, list]) => {
    const { initI18n, t } = await import('/assets/i18n.js');
    await initI18n(names);
    return list.filter((id) => t(id) === id);
  }, [files, ids]);
  assert.deepEqual(missing, []);
  assert.deepEqual(problems, []);
  await context.close();
});
