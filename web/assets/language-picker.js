// The language picker: a labelled <select> listing every product language by its own name.
// Choosing one keeps the choice in this browser and reloads the page in that language.
// `initI18n` mounts one into each element with the `data-language-picker` attribute.
import { AVAILABLE, isRightToLeft, preferredLanguage, rememberLanguage, t } from './i18n.js';

/** Each language's name in that language (its endonym), as a reader of it looks for it. */
export const LANGUAGE_NAMES = {
  ar: 'العربية',
  bg: 'Български',
  'zh-Hans': '中文（简体）',
  'zh-Hant': '中文（繁體）',
  hr: 'Hrvatski',
  cs: 'Čeština',
  da: 'Dansk',
  nl: 'Nederlands',
  en: 'English',
  et: 'Eesti',
  fi: 'Suomi',
  fr: 'Français',
  de: 'Deutsch',
  el: 'Ελληνικά',
  he: 'עברית',
  hu: 'Magyar',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  lv: 'Latviešu',
  lt: 'Lietuvių',
  nb: 'Norsk bokmål',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  sr: 'Srpski',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  es: 'Español',
  sv: 'Svenska',
  th: 'ไทย',
  tr: 'Türkçe',
  uk: 'Українська',
};

const SVG = 'http://www.w3.org/2000/svg';
let count = 0;

function globeIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('language-picker-icon');
  for (const d of [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
    'M3 12h18',
    'M12 3c2.5 2.6 3.75 5.6 3.75 9S14.5 18.4 12 21c-2.5-2.6-3.75-5.6-3.75-9S9.5 5.6 12 3z',
  ]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** Fills `container` with the picker; does nothing if it already holds one. */
export function mountLanguagePicker(container) {
  if (container.querySelector('select')) return;
  count += 1;
  const id = `language-picker-${count}`;

  const label = document.createElement('label');
  label.htmlFor = id;
  label.className = 'visually-hidden';
  label.textContent = t('language-picker-label');

  const select = document.createElement('select');
  select.id = id;
  select.className = 'language-picker-select';
  select.autocomplete = 'off'; // Firefox would otherwise restore the old choice after the reload.
  const chosen = preferredLanguage();
  for (const lang of AVAILABLE) {
    const option = document.createElement('option');
    option.value = lang;
    option.lang = lang;
    option.dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
    option.textContent = LANGUAGE_NAMES[lang] ?? lang;
    option.selected = lang === chosen;
    select.append(option);
  }
  select.addEventListener('change', () => {
    if (!rememberLanguage(select.value)) {
      console.warn('language picker: this browser refuses to store the choice');
      return;
    }
    location.reload();
  });

  container.classList.add('language-picker');
  container.replaceChildren(globeIcon(), label, select);
}

/** Mounts a picker into every `[data-language-picker]` element under `root`. */
export function mountLanguagePickers(root = document) {
  for (const container of root.querySelectorAll('[data-language-picker]')) mountLanguagePicker(container);
}
