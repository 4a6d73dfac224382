// Home page: who is signed in, their profile (which they edit unless single sign-on manages it)
// and picture, where else they are signed in, and linking their account to the organisation's
// single sign-on.
import { api } from './api.js';
import { avatar, element } from './dom.js';
import { errorText } from './errors.js';
import { checkFields, clearErrors, report, setBusy } from './forms.js';
import { formatDateTime, initI18n, t } from './i18n.js';
import { loadMe, signedOut } from './page.js';
import { PICTURE_ERRORS, pictureProblem } from './picture.js';

const $ = (id) => document.getElementById(id);

let me = null;
// Changes whenever the picture may have changed, so the browser fetches it again.
let pictureVersion = '';

/** Replaces the avatar element `id` with `user`'s current picture or initials. */
function renderAvatar(id, size, user) {
  $(id).replaceWith(Object.assign(avatar(user, size, pictureVersion), { id }));
}

function setOptional(target, value) {
  const empty = !value || value.trim() === '';
  target.textContent = empty ? t('profile-not-set') : value;
  target.classList.toggle('muted', empty);
}

function renderProfile() {
  const { user, tenant } = me;
  document.title = t('home-page-title', { organisation: tenant.name });
  $('org-name').textContent = tenant.name;
  $('header-name').textContent = user.display_name;
  $('home-heading').textContent = t('home-heading', { name: user.display_name });
  $('profile-name').textContent = user.display_name;
  $('profile-email').textContent = user.email;
  setOptional($('profile-job-title'), user.job_title);
  setOptional($('profile-company'), user.company);
  $('profile-role').textContent = t(user.is_admin ? 'role-administrator' : 'role-member');
  renderAvatar('header-avatar', 'small', user);
  renderAvatar('profile-avatar', 'large', user);
}

/**
 * Editing one's own name, job title and company: offered unless the organisation manages them
 * through single sign-on (`profile_managed`), which the page then says instead.
 */
function setUpProfileEditing() {
  const editButton = $('profile-edit-button');
  const form = $('profile-form');
  const alert = $('profile-alert');
  const status = $('profile-status');
  const [name, job, company] = ['pf-name', 'pf-job', 'pf-company'].map($);
  const save = form.querySelector('button[type="submit"]');

  $('profile-managed').hidden = !me.profile_managed;
  editButton.hidden = me.profile_managed;

  function close() {
    form.hidden = true;
    editButton.hidden = me.profile_managed;
    editButton.setAttribute('aria-expanded', 'false');
    editButton.focus();
  }

  editButton.addEventListener('click', () => {
    clearErrors(form, alert);
    status.textContent = '';
    name.value = me.user.display_name;
    job.value = me.user.job_title;
    company.value = me.user.company;
    form.hidden = false;
    editButton.hidden = true;
    editButton.setAttribute('aria-expanded', 'true');
    name.focus();
  });
  $('profile-cancel').addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    status.textContent = '';
    if (!report(checkFields([name]), alert)) return;
    setBusy(form, save, true);
    try {
      me.user = await api.patch('/api/v1/me', {
        display_name: name.value.trim(),
        job_title: job.value.trim(),
        company: company.value.trim(),
      });
      renderProfile();
      close();
      status.textContent = t('profile-saved');
    } catch (err) {
      if (signedOut(err)) return;
      if (err.code === 'profile_managed') {
        me.profile_managed = true;
        $('profile-managed').hidden = false;
      }
      alert.textContent = errorText(err);
    } finally {
      setBusy(form, save, false);
    }
  });
}

async function uploadPicture(input) {
  const file = input.files?.[0];
  const status = $('picture-status');
  const error = $('picture-error');
  status.textContent = '';
  error.textContent = '';
  if (!file) return;
  const problem = pictureProblem(file);
  if (problem) {
    error.textContent = t(problem);
  } else {
    status.textContent = t('picture-uploading');
    try {
      await api.put('/api/v1/me/picture', file, file.type || 'application/octet-stream');
      me = await api.get('/api/v1/me');
      pictureVersion = String(Date.now());
      renderProfile();
      status.textContent = t('picture-updated');
    } catch (err) {
      if (signedOut(err)) return;
      status.textContent = '';
      error.textContent = errorText(err, PICTURE_ERRORS);
    }
  }
  input.value = ''; // Lets the same file be chosen again.
}

/** A short name for a browser's user agent, such as "Firefox on Linux". */
function describeAgent(userAgent) {
  const find = (rules) => rules.find(([pattern]) => pattern.test(userAgent))?.[1];
  const browser = find([
    [/Edg(e|A|iOS)?\//, 'Edge'], [/OPR\/|Opera/, 'Opera'], [/Firefox\/|FxiOS/, 'Firefox'],
    [/Chrome\/|Chromium\/|CriOS/, 'Chrome'], [/Safari\//, 'Safari'],
  ]);
  const system = find([
    [/Windows/, 'Windows'], [/iPhone|iPad|iPod/, 'iOS'], [/Android/, 'Android'],
    [/CrOS/, 'ChromeOS'], [/Mac OS X|Macintosh/, 'macOS'], [/Linux|X11/, 'Linux'],
  ]);
  if (browser && system) return t('session-device', { browser, os: system });
  return browser ?? system ?? t('session-device-unknown');
}

async function revoke(session, device, item, button) {
  const status = $('sessions-status');
  button.disabled = true;
  try {
    await api.del(`/api/v1/me/sessions/${encodeURIComponent(session.id)}`);
  } catch (err) {
    if (signedOut(err)) return;
    if (err.status !== 404) {
      button.disabled = false;
      status.textContent = errorText(err);
      return;
    }
    // 404: that session had already ended; drop it from the list all the same.
  }
  item.remove();
  status.textContent = t('session-signed-out', { device });
  $('sessions-heading').focus();
}

function sessionItem(session) {
  const device = describeAgent(session.user_agent ?? '');
  const item = element('li', 'session');
  const details = element('div', 'session-details');
  const title = element('p', 'session-device', device);
  if (session.current) title.append(' ', element('span', 'badge', t('session-this-device')));
  details.append(
    title,
    element('p', 'session-line', t('session-signed-in', { time: formatDateTime(session.created_at) })),
    element('p', 'session-line', t('session-last-active', { time: formatDateTime(session.last_seen_at) })),
    element('p', 'session-line', t('session-address', { address: session.client_address || '?' })),
  );
  if (session.user_agent) details.append(Object.assign(element('p', 'session-agent', session.user_agent), { dir: 'auto' }));
  item.append(details);
  if (!session.current) {
    const button = element('button', 'button button-secondary', t('session-sign-out'));
    button.type = 'button';
    button.setAttribute('aria-label', t('session-sign-out-label', { device }));
    button.addEventListener('click', () => revoke(session, device, item, button));
    item.append(button);
  }
  return item;
}

async function loadSessions() {
  let sessions;
  try {
    sessions = await api.get('/api/v1/me/sessions');
  } catch (err) {
    if (!signedOut(err)) $('sessions-status').textContent = errorText(err);
    return;
  }
  sessions.sort((a, b) => Number(b.current) - Number(a.current)
    || Date.parse(b.last_seen_at) - Date.parse(a.last_seen_at));
  $('session-list').replaceChildren(...sessions.map(sessionItem));
}

/** Shows the single sign-on section when the organisation offers it: linked or not, and a way to link. */
async function loadSso() {
  let status;
  try {
    status = await api.get('/api/v1/me/sso');
  } catch (err) {
    // Without an answer there is nothing to offer; the section stays hidden.
    signedOut(err);
    return;
  }
  if (!status.available) return;
  $('sso-state').textContent = t(status.linked ? 'home-sso-linked' : 'home-sso-not-linked');
  $('sso-link').hidden = status.linked;
  $('sso-section').hidden = false;
}

/**
 * Links single sign-on: the server answers where the organisation's identity provider is, the
 * browser goes there, and the provider sends it back to the server, which links the account and
 * returns here.
 */
async function linkSso(button) {
  const status = $('sso-status');
  const error = $('sso-error');
  error.textContent = '';
  button.disabled = true;
  status.textContent = t('home-sso-linking');
  try {
    const { authorize_url: authorizeUrl } = await api.post('/api/v1/me/sso/link');
    location.assign(authorizeUrl);
  } catch (err) {
    if (signedOut(err)) return;
    status.textContent = '';
    error.textContent = errorText(err);
    button.disabled = false;
  }
}

async function main() {
  await initI18n();
  me = await loadMe($('page-status'));
  if (!me) return;
  pictureVersion = me.user.updated_at;
  renderProfile();
  $('page-status').textContent = '';
  // Administrators, and anyone whose roles let them manage something, get the admin console.
  $('help-someone').hidden = !(me.user.is_admin || me.permissions.includes('remote_tasks.offer_remote_assistance'));
  $('admin-link').hidden = !(me.user.is_admin || me.permissions.some((p) => p.startsWith('admin.')));
  $('home-content').hidden = false;

  setUpProfileEditing();
  $('picture-input').addEventListener('change', (event) => uploadPicture(event.currentTarget));
  $('sso-link-button').addEventListener('click', (event) => linkSso(event.currentTarget));
  // Back from the identity provider's page, the browser may show this page as it was left.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    $('sso-link-button').disabled = false;
    $('sso-status').textContent = '';
  });
  await Promise.all([loadSessions(), loadSso()]);
}

main();
