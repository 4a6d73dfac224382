// Setup page: redeems a one-time link to create the first administrator or to set a new password.
import { api } from './api.js';
import { errorText } from './errors.js';
import { checkFields, checkNewPassword, clearErrors, report, setBusy } from './forms.js';
import { formatDateTime, initI18n, t } from './i18n.js';

// Kept for this tab only, so that reloading the page still works after the address bar is cleaned.
const TOKEN_KEY = 'assist.setup-token';
const SECTIONS = ['setup-loading', 'setup-problem', 'first-admin-form', 'reset-form'];
const $ = (id) => document.getElementById(id);

function readToken() {
  let token = '';
  try {
    token = decodeURIComponent(location.hash.slice(1)).trim();
  } catch {
    token = '';
  }
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    // Storage can be disabled; the link then simply cannot survive a reload.
  }
  return token;
}

function forgetToken() {
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored.
  }
}

function show(id) {
  for (const section of SECTIONS) $(section).hidden = section !== id;
}

function showProblem(headingKey, text, { needsNewLink = true } = {}) {
  $('problem-heading').textContent = t(headingKey);
  $('problem-text').textContent = text;
  $('problem-help').hidden = !needsNewLink;
  show('setup-problem');
  $('problem-heading').focus();
}

function linkUnusable() {
  forgetToken();
  showProblem('setup-invalid-heading', t('error-setup-link-invalid'));
}

/**
 * Posts the completed form; on success the session cookie is set and `destination` opens: the
 * admin console's Get started checklist for a new organisation, the home page after a reset.
 */
async function complete(form, alert, path, body, onConflict, destination = '/') {
  const button = form.querySelector('button[type="submit"]');
  setBusy(form, button, true);
  try {
    await api.post(path, body);
    forgetToken();
    location.assign(destination);
  } catch (err) {
    setBusy(form, button, false);
    if (err.code === 'setup_link_invalid') linkUnusable();
    else if (err.code === 'conflict' && onConflict) onConflict();
    else alert.textContent = errorText(err);
  }
}

function startFirstAdmin(token, info) {
  const form = $('first-admin-form');
  const alert = $('first-admin-alert');
  const [tenant, name, email, job, company, password, confirm] = [
    'fa-tenant', 'fa-name', 'fa-email', 'fa-job', 'fa-company', 'fa-password', 'fa-confirm',
  ].map($);
  if (info.email) email.value = info.email;
  $('first-admin-expiry').textContent = t('setup-expires', { time: formatDateTime(info.expires_at) });
  show('first-admin-form');
  tenant.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    const problems = [...checkFields([tenant, name, email]), ...checkNewPassword(password, confirm)];
    if (!report(problems, alert)) return;
    const body = {
      token,
      tenant_name: tenant.value.trim(),
      email: email.value.trim(),
      display_name: name.value.trim(),
      password: password.value,
    };
    if (job.value.trim()) body.job_title = job.value.trim();
    if (company.value.trim()) body.company = company.value.trim();
    complete(form, alert, '/api/v1/setup/first-admin', body, () =>
      report([[email, t('error-email-taken')]], alert), '/admin#get-started');
  });
}

function startReset(token, info) {
  const form = $('reset-form');
  const alert = $('reset-alert');
  const password = $('rs-password');
  const confirm = $('rs-confirm');
  $('reset-intro').textContent = info.email
    ? t('reset-intro', { email: info.email })
    : t('reset-intro-no-email');
  $('rs-username').value = info.email ?? '';
  $('reset-expiry').textContent = t('setup-expires', { time: formatDateTime(info.expires_at) });
  show('reset-form');
  password.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    if (!report(checkNewPassword(password, confirm), alert)) return;
    complete(form, alert, '/api/v1/setup/password-reset', { token, password: password.value });
  });
}

async function main() {
  await initI18n();
  const token = readToken();
  if (!token) {
    showProblem('setup-missing-heading', t('setup-missing'));
    return;
  }
  let info;
  try {
    info = await api.post('/api/v1/setup/inspect', { token });
  } catch (err) {
    if (err.code === 'setup_link_invalid') linkUnusable();
    else showProblem('setup-error-heading', errorText(err), { needsNewLink: false });
    return;
  }
  if (info.purpose === 'first_admin') startFirstAdmin(token, info);
  else if (info.purpose === 'password_reset') startReset(token, info);
  else showProblem('setup-error-heading', t('setup-unknown-purpose'));
}

main();
