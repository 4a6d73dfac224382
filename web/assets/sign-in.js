// Sign-in page: e-mail and password, then on to the home page.
import { api } from './api.js';
import { errorText } from './errors.js';
import { checkFields, clearErrors, report, setBusy } from './forms.js';
import { initI18n } from './i18n.js';

const $ = (id) => document.getElementById(id);

async function main() {
  await initI18n();
  const form = $('sign-in-form');
  const alert = $('sign-in-alert');
  const email = $('si-email');
  const password = $('si-password');
  const button = form.querySelector('button[type="submit"]');
  let lockedUntil = 0;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (Date.now() < lockedUntil) return;
    clearErrors(form, alert);
    if (!report(checkFields([email, password]), alert)) return;
    setBusy(form, button, true);
    try {
      await api.post('/api/v1/auth/sign-in', { email: email.value.trim(), password: password.value });
      location.assign('/');
      return;
    } catch (err) {
      alert.textContent = errorText(err);
      if (err.code === 'invalid_credentials') {
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
