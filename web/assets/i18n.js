// Loads the page language's Fluent messages and translates text; a small Fluent subset, swappable later.

/** Languages with a `locales/<lang>/web.ftl`; the first is the fallback. */
export const AVAILABLE = ['en'];
const FALLBACK = AVAILABLE[0];
const RIGHT_TO_LEFT = new Set(['ar', 'he']);

let language = FALLBACK;
// The browser's own tag when it shares the page language, so dates follow "en-GB" and not only "en".
let formatLocale = FALLBACK;
let messages = new Map();

/** The best available language for the browser's preferences. */
export function pickLanguage(preferred = navigator.languages ?? [navigator.language]) {
  for (const tag of preferred) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const base = lower.split('-')[0];
    const match = AVAILABLE.find((lang) => lang.toLowerCase() === lower)
      ?? AVAILABLE.find((lang) => lang.toLowerCase() === base);
    if (match) return match;
  }
  return FALLBACK;
}

/**
 * Parses the subset of Fluent we use: `# comments`, `key = value` (and `-term = value`),
 * and multi-line values continued on indented lines (dedented, joined with newlines).
 */
export function parseFtl(text) {
  const result = new Map();
  let id = null;
  let lines = [];
  const finish = () => {
    if (id !== null) result.set(id, joinPattern(lines));
    id = null;
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const entry = /^(-?[A-Za-z][A-Za-z0-9_-]*)\s*=(.*)$/.exec(line);
    if (entry) {
      finish();
      id = entry[1];
      lines = [entry[2].trim()];
    } else if (id !== null && (line.trim() === '' || /^\s/.test(line))) {
      lines.push(line);
    } else {
      finish(); // A comment, or a line we do not understand, ends the current entry.
    }
  }
  finish();
  return result;
}

function joinPattern([first, ...rest]) {
  const indents = rest.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)[0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  const block = rest.map((l) => l.slice(indent).trimEnd());
  return (first === '' ? block : [first, ...block]).join('\n').trim();
}

function format(pattern, args, depth = 0) {
  return pattern.replace(/\{\s*("(?:[^"\\]|\\.)*"|[^{}"]*?)\s*\}/g, (_match, expr) => {
    if (expr.startsWith('$')) {
      const value = args[expr.slice(1)];
      if (value === undefined || value === null) return `{${expr}}`;
      return typeof value === 'number' ? new Intl.NumberFormat(formatLocale).format(value) : String(value);
    }
    const literal = /^"(.*)"$/.exec(expr);
    if (literal) {
      return literal[1].replace(/\\(?:u([0-9a-fA-F]{4})|(.))/g, (_, hex, char) =>
        (hex ? String.fromCharCode(Number.parseInt(hex, 16)) : char));
    }
    const referenced = messages.get(expr);
    if (referenced !== undefined && depth < 8) return format(referenced, {}, depth + 1);
    return `{${expr}}`;
  });
}

/** The message `id` with its `{ $var }` placeables filled from `args`; the id itself when missing. */
export function t(id, args = {}) {
  const pattern = messages.get(id);
  if (pattern === undefined) {
    console.warn(`i18n: no message "${id}" in ${language}`);
    return id;
  }
  return format(pattern, args);
}

/** The locale for `Intl` formatters: the page language, in the browser's regional variant if any. */
export function currentLanguage() {
  return formatLocale;
}

/** A date and time in the page language, such as "3 Mar 2025, 14:05". */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Fills `data-i18n="key"` elements' text and `data-i18n-attr="attr:key,attr:key"` attributes
 * under `root` (and on `root` itself).
 */
export function applyTranslations(root = document) {
  const select = (selector) => {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    return found;
  };
  for (const element of select('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of select('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) element.setAttribute(attr, t(key));
    }
  }
}

async function load(lang) {
  const response = await fetch(`/locales/${encodeURIComponent(lang)}/web.ftl`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`locale ${lang}: HTTP ${response.status}`);
  return parseFtl(await response.text());
}

/** Picks the language, loads its messages, sets `lang` and `dir`, and translates the page. */
export async function initI18n() {
  language = pickLanguage();
  try {
    messages = await load(language);
  } catch (err) {
    console.error(err);
    if (language !== FALLBACK) {
      language = FALLBACK;
      messages = await load(FALLBACK).catch(() => new Map());
    }
  }
  const preferred = navigator.languages ?? [navigator.language];
  formatLocale = preferred.find((tag) => tag?.toLowerCase().split('-')[0] === language.split('-')[0]) ?? language;
  const html = document.documentElement;
  html.lang = language;
  html.dir = RIGHT_TO_LEFT.has(language.split('-')[0]) ? 'rtl' : 'ltr';
  applyTranslations(document);
  html.classList.add('i18n-ready');
}
