// Admin console (/admin): checks who is signed in and what they may manage, draws the side
// navigation and routes the URL fragment (#users, #devices/<id>, ...) to one section module.
import { initI18n } from '../i18n.js';
import { loadMe } from '../page.js';
import { $, el, errorMessage, http, signedOut, t } from './ui.js';
import getStarted from './get-started.js';
import users from './users.js';
import groups from './groups.js';
import roles from './roles.js';
import accessPolicies from './access-policies.js';
import devices from './devices.js';
import enrollment from './enrollment.js';
import compliance from './compliance.js';
import settings from './settings.js';
import live from './live.js';
import reports from './reports.js';
import audit from './audit.js';
import { enterSection } from './denied.js';
import { permissionLabel } from './roles.js';

/** The navigation, in groups; each section says which permission it needs. */
const NAV = [
  ['admin-nav-group-start', [getStarted]],
  ['admin-nav-group-people', [users, groups]],
  ['admin-nav-group-access', [roles, accessPolicies]],
  ['admin-nav-group-devices', [devices, enrollment, compliance]],
  ['admin-nav-group-organisation', [settings]],
  ['admin-nav-group-activity', [live, reports, audit]],
];
const SECTIONS = NAV.flatMap(([, sections]) => sections);

let me = null;
let leaveHandlers = [];
let firstRoute = true;
/** Whether the first-run checklist is done: its entry leaves the navigation then. */
let firstRunDone = false;

function can(permission) {
  return me.user.is_admin || me.permissions.includes(permission);
}

function allowed(section) {
  return can(section.permission);
}

/** Whether the navigation lists `section`: the checklist only until it is done. */
function listed(section) {
  return allowed(section) && !(section.untilDone && firstRunDone);
}

/** Whether the user may use the console at all: any administration permission. */
function mayAdminister() {
  return me.user.is_admin || me.permissions.some((permission) => permission.startsWith('admin.'));
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Keep the raw text; no section will match it.
  }
  const [route, ...rest] = decoded.split('/');
  return { route, param: rest.join('/') || null };
}

function renderNav() {
  const nav = $('admin-nav');
  const lists = NAV.map(([groupKey, sections]) => {
    const visible = sections.filter(listed);
    if (visible.length === 0) return null;
    const headingId = `nav-${groupKey}`;
    return el('div', { className: 'nav-group' },
      el('h2', { className: 'nav-heading', text: t(groupKey), attrs: { id: headingId } }),
      el('ul', { attrs: { 'aria-labelledby': headingId } }, visible.map((section) => el('li', {},
        el('a', { text: t(section.titleKey), attrs: { href: `#${section.route}`, 'data-route': section.route } })))));
  });
  nav.replaceChildren(...lists.filter(Boolean));
}

function markCurrent(route) {
  for (const link of $('admin-nav').querySelectorAll('a[data-route]')) {
    if (link.dataset.route === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  for (const handler of leaveHandlers) handler();
  leaveHandlers = [];
  const { route: name, param } = parseHash();
  // A done checklist stays reachable by its address, but is no longer where one lands.
  const section = SECTIONS.filter(allowed).find((s) => s.route === name);
  if (!section) {
    history.replaceState(null, '', `#${SECTIONS.filter(listed)[0].route}`);
    return route();
  }
  markCurrent(section.route);
  document.title = t('admin-page-title', { section: t(section.titleKey), organisation: me.tenant.name });

  const root = el('div', { className: 'section' });
  $('section-root').replaceChildren(root);
  const status = $('page-status');
  status.textContent = t('loading');
  const ctx = {
    me,
    can,
    param,
    /** Runs `handler` when the visitor leaves this section (to stop timers). */
    onLeave: (handler) => leaveHandlers.push(handler),
    navigate: (hash) => {
      location.hash = hash;
    },
    /** Whether this section is still the one on screen (it may have been left while loading). */
    current: () => root.isConnected,
    /**
     * The checklist reports whether it is done. Once done it leaves the navigation at the next
     * visit (not under the person's eyes); undone again (the last helper removed), it is back.
     */
    firstRunDone: (done) => {
      if (done || !firstRunDone) return;
      firstRunDone = false;
      renderNav();
      markCurrent(section.route);
    },
  };
  enterSection(section, me, permissionLabel(section.permission));
  try {
    await section.render(root, ctx);
  } catch (err) {
    if (signedOut(err)) return;
    if (root.isConnected) {
      root.replaceChildren(
        el('h1', { text: t(section.titleKey), attrs: { tabindex: '-1' } }),
        el('p', { className: 'form-alert', text: errorMessage(err), attrs: { role: 'alert' } }),
      );
    }
  }
  if (!root.isConnected) return;
  status.textContent = '';
  if (firstRoute) {
    firstRoute = false;
  } else {
    root.querySelector('h1')?.focus();
  }
}

async function main() {
  await initI18n(['web', 'admin']);
  me = await loadMe($('page-status'));
  if (!me) return;
  // The fragment names the section, so the skip link moves focus itself instead of navigating.
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const target = $('admin-layout').hidden ? $('denied-heading') : $('admin-main');
    target.focus();
  });

  if (!mayAdminister()) {
    document.title = t('admin-denied-title');
    $('page-status').textContent = '';
    $('no-permission').hidden = false;
    $('denied-heading').focus();
    return;
  }
  if (can(getStarted.permission)) {
    try {
      firstRunDone = (await http.get('/api/v1/tenant/get-started')).done;
    } catch (err) {
      if (signedOut(err)) return;
      // Without the answer the checklist stays listed; the section shows the error itself.
    }
  }
  renderNav();
  $('admin-layout').hidden = false;
  window.addEventListener('hashchange', route);
  await route();
}

main();
