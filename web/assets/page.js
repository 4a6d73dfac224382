// What every signed-in page shares: who is signed in, the header's user menu and sign-out,
// and sending a signed-out visitor to sign in and back.
import { api } from './api.js';
import { errorText } from './errors.js';
import { avatar } from './dom.js';

const $ = (id) => document.getElementById(id);

/** Sends the visitor to sign in (and back here after) when `err` says they are signed out. */
export function signedOut(err) {
  if (err?.status !== 401) return false;
  const next = location.pathname + location.search;
  location.replace(`/sign-in?next=${encodeURIComponent(next)}`);
  return true;
}

/** The caller (`GET /api/v1/me`), with the header filled in; null when sent to sign in. */
export async function loadMe(status) {
  let me;
  try {
    me = await api.get('/api/v1/me');
  } catch (err) {
    if (!signedOut(err)) status.textContent = errorText(err);
    return null;
  }
  $('org-name').textContent = me.tenant.name;
  $('header-name').textContent = me.user.display_name;
  $('header-avatar').replaceWith(Object.assign(avatar(me.user, 'small'), { id: 'header-avatar' }));
  $('user-menu').hidden = false;
  $('sign-out').addEventListener('click', async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await api.post('/api/v1/auth/sign-out');
    } catch (err) {
      if (err.status !== 401) {
        button.disabled = false;
        status.textContent = errorText(err);
        return;
      }
    }
    location.assign('/sign-in');
  });
  return me;
}

/** Formats seconds as "m:ss" for countdowns. */
export function clock(seconds) {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
