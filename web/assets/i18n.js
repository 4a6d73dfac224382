// The page language and its messages: picks a language, loads its Fluent files through the
// vendored @fluent/bundle (the reference implementation of Fluent), falls back to English for
// any file or message a translation lacks, and fills the page's text.
import { FluentBundle, FluentResource } from './vendor/fluent-bundle/esm/index.js';
import { mountLanguagePickers } from './language-picker.js';

/** The product's languages, as named by their `locales/<lang>/` folders. */
export const AVAILABLE = [
  'ar', 'bg', 'zh-Hans', 'zh-Hant', 'hr', 'cs', 'da', 'nl', 'en', 'et', 'fi', 'fr', 'de', 'el',
  'he', 'hu', 'it', 'ja', 'ko', 'lv', 'lt', 'nb', 'pl', 'pt', 'ro', 'ru', 'sr', 'sk', 'sl', 'es',
  'sv', 'th', 'tr', 'uk',
];
/** The source language: every message exists in it, and it fills whatever a translation lacks. */
export const SOURCE_LANGUAGE = 'en';
/** Where a choice made with the language picker is kept; it overrides the browser's languages. */
export const STORAGE_KEY = 'assist.language';

const RIGHT_TO_LEFT = new Set(['ar', 'he']);
// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, plus the marks and isolates
// that switch to right-to-left: a string without any of them cannot be reordered on an LTR page.
const RIGHT_TO_LEFT_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const ISOLATES = /[\u2068\u2069]/g;

let language = SOURCE_LANGUAGE;
// The locale for `Intl`: the browser's own tag when it names the page language ("en-GB", not
// only "en"), so dates and numbers follow the region too.
let formatLocale = SOURCE_LANGUAGE;
// The page language's bundle first, then English for what it lacks.
let bundles = [];

function browserLanguages() {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The product language for one BCP 47 tag, or null. Chinese goes by script, then by region
 * (Taiwan, Hong Kong and Macao write Traditional); Norwegian `no` and `nn` read Bokmål; `iw` is
 * Hebrew's old code; Serbian in any script is `sr`, which this product writes in Latin script.
 */
export function matchLanguage(tag) {
  if (typeof tag !== 'string' || tag.trim() === '') return null;
  const subtags = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const exact = AVAILABLE.find((lang) => lang.toLowerCase() === subtags.join('-'));
  if (exact) return exact;
  switch (subtags[0]) {
    case 'zh':
      if (subtags.includes('hant')) return 'zh-Hant';
      if (subtags.includes('hans')) return 'zh-Hans';
      return subtags.some((s) => ['tw', 'hk', 'mo'].includes(s)) ? 'zh-Hant' : 'zh-Hans';
    case 'no':
    case 'nn':
    case 'nb':
      return 'nb';
    case 'iw':
      return 'he';
    default:
      return AVAILABLE.find((lang) => lang.toLowerCase() === subtags[0]) ?? null;
  }
}

/** The best product language for the browser's preferences (`navigator.languages`). */
export function pickLanguage(preferred = browserLanguages()) {
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}

/** The language chosen with the picker, if any and still offered. */
export function storedLanguage() {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return AVAILABLE.includes(stored) ? stored : null;
  } catch {
    return null; // Storage can be disabled; the browser's languages decide then.
  }
}

/** The language the visitor asked for: their stored choice, else their browser's. */
export function preferredLanguage() {
  return storedLanguage() ?? pickLanguage();
}

/** Keeps `lang` as the visitor's choice for the next pages; false when storage is refused. */
export function rememberLanguage(lang) {
  if (!AVAILABLE.includes(lang)) return false;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
    return true;
  } catch {
    return false;
  }
}

/** Whether `lang` is written right to left (Arabic, Hebrew). */
export function isRightToLeft(lang) {
  return RIGHT_TO_LEFT.has(lang);
}

function localeFor(lang) {
  // Serbian pages are in Latin script, so dates and numbers must not come out in Cyrillic.
  if (lang === 'sr') return 'sr-Latn';
  const tag = browserLanguages().find((candidate) => matchLanguage(candidate) === lang);
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : lang;
  } catch {
    return lang;
  }
}

/**
 * Fluent wraps each placeable in Unicode isolation marks (FSI … PDI) so that a name in one
 * direction cannot scramble a sentence in the other. On a left-to-right page, a string with no
 * right-to-left character renders the same with or without them; there they are dropped, so
 * the text that scripts, assistive technology and tests read stays plain.
 */
function withoutNeedlessIsolates(text) {
  if (isRightToLeft(language) || RIGHT_TO_LEFT_TEXT.test(text)) return text;
  return text.replace(ISOLATES, '');
}

/**
 * `text` (a name) ready to be joined with other text where no element can isolate it, as in an
 * `<option>`: wrapped in FSI … PDI, as Fluent wraps a placeable, so that a right-to-left name
 * cannot reorder what follows it. Marks are added on the same condition as `t()` keeps them:
 * on a right-to-left page, or when the text holds a right-to-left character.
 */
export function isolate(text) {
  const value = String(text ?? '');
  if (!isRightToLeft(language) && !RIGHT_TO_LEFT_TEXT.test(value)) return value;
  return `\u2068${value}\u2069`;
}

/**
 * The message `id` (or its attribute, as `id.attribute`) in the page language, with `args`
 * filled in: strings, numbers (formatted, and chosen between plural variants) and dates. Falls
 * back to English, then to the id itself.
 */
export function t(id, args = {}) {
  return lookup(id, args).text;
}

/** The text of `id` and the language it came in (English when the translation lacks it). */
function lookup(id, args) {
  const [messageId, attribute] = String(id).split('.', 2);
  for (const bundle of bundles) {
    const message = bundle.getMessage(messageId);
    const pattern = attribute ? message?.attributes?.[attribute] : message?.value;
    if (pattern === undefined || pattern === null) continue;
    const errors = [];
    const text = bundle.formatPattern(pattern, args, errors);
    const lang = bundle.locales.at(-1);
    for (const error of errors) console.warn(`i18n: ${id} (${lang}): ${error.message}`);
    return { text: withoutNeedlessIsolates(text), lang };
  }
  console.warn(`i18n: no message "${id}"`);
  return { text: id, lang: null };
}

/** The locale for `Intl` formatters: the page language, in the browser's regional variant if any. */
export function currentLanguage() {
  return formatLocale;
}

/** The language the page is shown in: one of `AVAILABLE`, as set on `<html lang>`. */
export function pageLanguage() {
  return language;
}

/** A date and time in the page language, such as "3 Mar 2025, 14:05". */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Fills `data-i18n="key"` elements' text and `data-i18n-attr="attr:key,attr:key"` attributes
 * under `root` (and on `root` itself). `data-i18n-args` may hold the messages' arguments as JSON,
 * such as `{"count": 3}`.
 */
export function applyTranslations(root = document) {
  const select = (selector) => {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    return found;
  };
  const argsOf = (element) => {
    if (!element.dataset.i18nArgs) return {};
    try {
      return JSON.parse(element.dataset.i18nArgs);
    } catch {
      console.warn(`i18n: data-i18n-args is not JSON: ${element.dataset.i18nArgs}`);
      return {};
    }
  };
  for (const element of select('[data-i18n]')) {
    const { text, lang } = lookup(element.dataset.i18n, argsOf(element));
    element.textContent = text;
    // English standing in for a missing translation is marked as English, so that it is read
    // out in English and laid out left to right on an Arabic or Hebrew page.
    if (lang && lang !== language) {
      element.lang = lang;
      element.dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
      element.dataset.i18nFallback = '';
    } else if (element.dataset.i18nFallback !== undefined) {
      element.removeAttribute('lang');
      element.removeAttribute('dir');
      delete element.dataset.i18nFallback;
    }
  }
  for (const element of select('[data-i18n-attr]')) {
    const args = argsOf(element);
    for (const pair of element.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) element.setAttribute(attr, t(key, args));
    }
  }
}

async function fetchFile(lang, file) {
  const path = `/locales/${encodeURIComponent(lang)}/${encodeURIComponent(file)}.ftl`;
  try {
    const response = await fetch(path, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (err) {
    // A translation may not have this file yet: English fills in. English itself must load.
    const log = lang === SOURCE_LANGUAGE ? console.error : console.warn;
    log(`i18n: ${path}: ${err.message}`);
    return null;
  }
}

function makeBundle(locales, sources) {
  const bundle = new FluentBundle(locales);
  for (const source of sources) {
    if (source === null) continue;
    for (const error of bundle.addResource(new FluentResource(source))) {
      console.warn(`i18n (${locales[0]}): ${error.message}`);
    }
  }
  return bundle;
}

/**
 * Picks the language (the stored choice, else the browser's), loads its messages from `files`
 * (names under `locales/<lang>/`, without `.ftl`; `web` holds what every page shares, and
 * English fills any file or message a translation lacks), sets `<html lang dir>`, translates
 * the page and mounts the language pickers (`data-language-picker`). Never throws.
 */
export async function initI18n(files = ['web']) {
  const wanted = preferredLanguage();
  const languages = wanted === SOURCE_LANGUAGE ? [SOURCE_LANGUAGE] : [wanted, SOURCE_LANGUAGE];
  const loaded = await Promise.all(languages.map((lang) => Promise.all(files.map((file) => fetchFile(lang, file)))));
  // A language none of whose files exist yet is shown as English, so `lang` and `dir` tell the truth.
  const found = loaded.map((sources) => sources.some((source) => source !== null));
  language = found[0] ? wanted : SOURCE_LANGUAGE;
  formatLocale = localeFor(language);
  bundles = [];
  languages.forEach((lang, index) => {
    if (!found[index]) return;
    const locales = lang === language ? [...new Set([formatLocale, lang])] : [lang];
    bundles.push(makeBundle(locales, loaded[index]));
  });

  const html = document.documentElement;
  html.lang = language;
  html.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  try {
    applyTranslations(document);
    mountLanguagePickers(document);
  } catch (err) {
    console.error(err);
  }
  html.classList.add('i18n-ready');
}
