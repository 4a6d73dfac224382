// What the session pages say so that nobody is left guessing: on the helper console, before a
// code is offered, that remote help is off or that a permission is missing (and whom to ask);
// during a session, that someone tried to join with the code and was refused, and why; on the
// sharer's page, what the Assist app is and where to get it when the browser is not enough.
import { api } from '../api.js';
import { element } from '../dom.js';
import { t } from '../i18n.js';
import { signedOut } from '../page.js';

/** The admin console's Settings section, where remote help and browser sharing are switched. */
const SETTINGS_PAGE = '/admin#settings';

/** Whether `me` (`GET /api/v1/me`) holds `permission` (tenant owners hold every one). */
function holds(me, permission) {
  return Boolean(me?.user?.is_admin || me?.permissions?.includes(permission));
}

/** Whether `me` may offer remote help: starting a session needs both permissions. */
export function mayOffer(me) {
  return holds(me, 'remote_tasks.offer_remote_assistance') && holds(me, 'remote_help.view_screen');
}

/** Whether `me` may change the organisation's settings, so a link to them is of use. */
function mayChangeSettings(me) {
  return holds(me, 'admin.manage_settings');
}

/**
 * A note: a section named by its heading when it has a title (so it can be found by role and
 * name), its sentences, and an optional link.
 */
function note(className, { id, title, sentences, link }) {
  const box = element(title ? 'section' : 'div', className);
  if (id) box.id = id;
  if (title) {
    const heading = element('h2', 'warning-title', title);
    heading.id = `${id}-title`;
    box.setAttribute('aria-labelledby', heading.id);
    box.append(heading);
  }
  for (const sentence of sentences.filter(Boolean)) box.append(element('p', 'muted', sentence));
  if (link) {
    const anchor = element('a', '', link.text);
    anchor.href = link.href;
    const line = element('p', 'muted');
    line.append(anchor);
    box.append(line);
  }
  return box;
}

function settingsLink(me) {
  return mayChangeSettings(me) ? { text: t('helper-open-settings'), href: SETTINGS_PAGE } : null;
}

/**
 * Before a code is offered: says what stands in the way, in the start card above `form`, and
 * whether the form may be used. A missing permission hides the form (the server would refuse);
 * remote help off disables its button; browser sharing not allowed is a note only.
 */
export async function offerNotices(me, form) {
  const organisation = me.tenant.name;
  const notes = [];
  let usable = true;
  if (!mayOffer(me)) {
    notes.push(note('warning-note', {
      id: 'permission-note',
      title: t('helper-permission-heading'),
      sentences: [t('helper-permission-text'), t('helper-ask-admin', { organisation })],
    }));
    form.hidden = true;
    usable = false;
  } else {
    let settings = null;
    try {
      settings = await api.get('/api/v1/tenant/settings');
    } catch (err) {
      if (signedOut(err)) return false;
      // Unknown settings: the server still says why when the session is asked for.
    }
    if (settings && !settings.remote_help_enabled) {
      notes.push(note('warning-note', {
        id: 'remote-help-off',
        title: t('helper-disabled-heading'),
        sentences: [
          t('helper-disabled-text'),
          mayChangeSettings(me) ? null : t('helper-ask-admin', { organisation }),
        ],
        link: settingsLink(me),
      }));
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      button.setAttribute('aria-describedby', 'remote-help-off');
      usable = false;
    } else if (settings && !settings.unenrolled_help_enabled) {
      notes.push(note('info-note', {
        id: 'browser-sharing-note',
        sentences: [t('helper-browser-note')],
        link: settingsLink(me),
      }));
    }
  }
  for (const box of notes) form.before(box);
  return usable;
}

let me = null;

/**
 * Someone redeemed this session's code and was refused for `reason` (an error code): says so on
 * the helper's page, with what to do, and aloud through `announce`. The card stays, updated by
 * a later attempt, until the session moves on.
 */
export async function showJoinRefused(reason, announce) {
  if (!me) {
    try {
      me = await api.get('/api/v1/me');
    } catch {
      me = {};
    }
  }
  // The reasons the server sends (`join_refused` in docs/API.md).
  const known = ['browser_sharing_not_allowed', 'unenrolled_device', 'sharer_out_of_scope', 'wrong_device'];
  if (!known.includes(reason)) return;
  const key = reason.replace(/_/g, '-');
  const settingsMatter = reason === 'browser_sharing_not_allowed' || reason === 'unenrolled_device';
  const box = note('warning-note join-refused', {
    id: 'join-refused',
    title: t('helper-join-refused-heading'),
    sentences: [t(`helper-join-refused-${key}`)],
    link: settingsMatter ? settingsLink(me) : null,
  });
  // The sharer may have joined while `me` was read: the card is for a code still on offer.
  if (document.getElementById('code-card').hidden) return;
  const existing = document.getElementById('join-refused');
  if (existing) existing.replaceWith(box);
  else document.getElementById('code-card').before(box);
  announce(`${t('helper-join-refused-heading')}. ${t(`helper-join-refused-${key}`)}`);
}

/** Removes the join-refused card (the sharer has joined, or the session ended). */
export function clearJoinRefused() {
  document.getElementById('join-refused')?.remove();
}

let download;

/** Where the Assist app can be downloaded (`GET /api/v1/agent/version`), or null. */
async function downloadUrl() {
  download ??= api.get('/api/v1/agent/version')
    .then((version) => version.download_url ?? null)
    .catch(() => null);
  return download;
}

/**
 * Explains the Assist app after `anchor` (shown or hidden with `show`): what it is, that full
 * control and help where browsers may not share need it, and a download link when this server
 * offers one.
 */
export async function explainApp(anchor, show) {
  let box = anchor.parentElement.querySelector(`.app-help[data-for="${anchor.id}"]`);
  if (!show) {
    if (box) box.hidden = true;
    return;
  }
  const url = await downloadUrl();
  const fresh = note('info-note app-help', {
    sentences: [t('share-app-explained')],
    link: url ? { text: t('share-app-download'), href: url } : null,
  });
  fresh.dataset.for = anchor.id;
  if (box) box.replaceWith(fresh);
  else anchor.after(fresh);
  box = fresh;
}
