// Sign-in page: e-mail and password, then on to the home page.
import { api } from './api.js';
import { errorText } from './errors.js';
import { checkFields, clearErrors, report, setBusy } from './forms.js';
import { initI18n, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

/**
 * Where to go after signing in: `?next=` when the URL parser resolves it to this site, else
 * home. Parsing, not pattern matching: browsers drop tabs and newlines and read `\` as `/`, so
 * `/%09/evil.example` looks like a path but is another site.
 */
function nextPage() {
  const next = new URLSearchParams(location.search).get('next') ?? '';
  if (!next.startsWith('/')) return '/';
  let url;
  try {
    url = new URL(next, location.origin);
  } catch {
    return '/';
  }
  return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
}

/**
 * Shows the single sign-on button only when it can work: some organisation on this server has
 * single sign-on turned on and a verified domain. Without an answer it stays hidden, since a
 * button that can only fail is worse than none.
 */
async function offerSso() {
  try {
    const { available } = await api.get('/api/v1/auth/sso');
    $('sso-option').hidden = !available;
  } catch {
    $('sso-option').hidden = true;
  }
}

async function main() {
  await initI18n();
  const form = $('sign-in-form');
  const alert = $('sign-in-alert');
  const email = $('si-email');
  const password = $('si-password');
  const button = form.querySelector('button[type="submit"]');
  const codeField = $('si-code-field');
  const code = $('si-code');
  let lockedUntil = 0;

  // Single sign-on: the server finds the organisation by the e-mail's verified domain.
  $('sso-button').addEventListener('click', () => {
    clearErrors(form, alert);
    if (!report(checkFields([email]), alert)) {
      alert.textContent = t('sign-in-sso-needs-email');
      return;
    }
    location.assign(`/api/v1/auth/sso/start?email=${encodeURIComponent(email.value.trim())}`);
  });
  offerSso();
  // A refused single sign-on comes back here with its code only. `sso_failed` covers an account
  // with its own password that is not linked yet, which only its owner can link, signed in.
  const ssoError = new URLSearchParams(location.search).get('sso_error');
  if (ssoError) {
    alert.textContent = errorText({ code: ssoError }, { sso_failed: 'sign-in-sso-refused' });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (Date.now() < lockedUntil) return;
    clearErrors(form, alert);
    if (!report(checkFields([email, password]), alert)) return;
    setBusy(form, button, true);
    try {
      const body = { email: email.value.trim(), password: password.value };
      if (!codeField.hidden && code.value.trim()) body.second_factor_code = code.value.trim();
      await api.post('/api/v1/auth/sign-in', body);
      location.assign(nextPage());
      return;
    } catch (err) {
      alert.textContent = errorText(err);
      if (err.code === 'second_factor_required' || err.code === 'invalid_second_factor') {
        // The password was right: ask for the code, keeping what was typed.
        codeField.hidden = false;
        code.value = '';
        code.focus();
      } else if (err.code === 'invalid_credentials') {
        password.value = '';
        password.focus();
      } else if (err.code === 'too_many_attempts' && err.retryAfter) {
        // Keep the button disabled until the server will listen again.
        const wait = err.retryAfter * 1000;
        lockedUntil = Date.now() + wait;
        setBusy(form, button, false);
        button.disabled = true;
        setTimeout(() => { button.disabled = false; }, wait);
        password.focus();
        return;
      }
    }
    setBusy(form, button, false);
  });
  email.focus();
}

main();
