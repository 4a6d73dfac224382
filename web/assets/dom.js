// DOM helpers every page shares: an element with its text, and a person's avatar. User data
// only ever goes in as text or as a DOM property, never as markup.
import { currentLanguage } from './i18n.js';

/** A new `tag` element with an optional class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One or two initials of a name, in any script: "Ada Lovelace" → "AL". */
export function initials(name) {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0])[0];
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
  return (first + last).toLocaleUpperCase(currentLanguage());
}

/**
 * A round picture, or initials when there is none or it fails to load, for a person
 * (`{id, display_name, has_picture}`). `version` changes the picture's address when it may have
 * changed, so the browser fetches it again.
 */
export function avatar(person, size = 'small', version = person.updated_at ?? '') {
  const box = element('span', `avatar avatar-${size}`);
  box.setAttribute('aria-hidden', 'true');
  const showInitials = () => {
    box.classList.remove('has-picture');
    box.replaceChildren(element('span', 'avatar-initials', initials(person.display_name)));
  };
  if (!person.has_picture) {
    showInitials();
    return box;
  }
  const img = element('img');
  img.alt = '';
  img.addEventListener('error', showInitials, { once: true });
  const query = version ? `?v=${encodeURIComponent(version)}` : '';
  img.src = `/api/v1/users/${encodeURIComponent(person.id)}/picture${query}`;
  box.classList.add('has-picture');
  box.append(img);
  return box;
}
