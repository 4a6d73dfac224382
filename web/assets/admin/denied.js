// A section the server refused (403 `forbidden`): say which permission it needs, over whom, and
// whom to ask, instead of only "You do not have permission to do this." The navigation shows a
// section to anyone who holds its permission somewhere; the sections that act on the whole
// organisation (settings, conditional access, compliance, enrollment, audit, live sessions,
// reports) need it over all users and all devices, so a narrower role is refused there.
import { t } from '../i18n.js';

const WHOLE_ORGANISATION = new Set(['access', 'audit', 'compliance', 'enrollment', 'live', 'reports', 'settings']);

let current = null;

/** `main.js`: `section` opens for `me`; `label` is its permission in words. */
export function enterSection(section, me, label) {
  current = WHOLE_ORGANISATION.has(section.route)
    ? `${t('admin-section-denied', { permission: label })} ${t('admin-section-denied-ask', { organisation: me.tenant.name })}`
    : null;
}

/** The words for a `forbidden` refusal in the open section, or null where they do not apply. */
export function forbiddenText() {
  return current;
}
