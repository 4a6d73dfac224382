// Get started: the first-run checklist, where an administrator lands after setup and, until it
// is done, the first entry of the navigation. Each step says whether it is done, in plain words,
// with its action in place: turn remote help on; allow sharing from a browser or not (a browser
// cannot prove which computer it runs on, so it counts as a device that is not enrolled); make
// helpers (the chosen people join the Help desk group, which has the Help Desk Operator role over
// all users: POST /api/v1/helpers, one step). Reads GET /api/v1/tenant/get-started (`GetStarted`).
import { directory } from './directory.js';
import {
  badge, button, checkboxGroup, el, errorMessage, http, loadAll, sectionHeader, setGroupError,
  signedOut, t, uid,
} from './ui.js';
import { HELP_DESK_GROUP_NAME, createUserDialog } from './users.js';

/** A step of the checklist: a region named by its heading, with its state as a visible pill. */
function step({ title, state, variant, children }) {
  const id = uid('step');
  const heading = el('h2', { text: title, attrs: { id, tabindex: '-1' } });
  return el('li', { className: 'checklist-item' },
    el('section', { className: 'panel checklist-step', attrs: { 'aria-labelledby': id } },
      el('div', { className: 'checklist-head' },
        el('span', { className: `checklist-mark checklist-mark-${variant}`, attrs: { 'aria-hidden': 'true' } }),
        heading,
        badge(state, variant)),
      ...children));
}

/** A paragraph. */
const text = (words, className = '') => el('p', { className, text: words });

export default {
  route: 'get-started',
  titleKey: 'admin-start-title',
  permission: 'admin.manage_users',
  /** Shown in the navigation only until every step is done. */
  untilDone: true,

  async render(root, ctx) {
    const { header, status } = sectionHeader(t('admin-start-title'), t('admin-start-intro'));
    const body = el('div', { className: 'get-started' });
    root.append(header, status, body);

    /** Changes settings, then redraws with `message` announced and `focusStep` focused. */
    async function act(work, message, focusStep) {
      status.textContent = '';
      try {
        await work();
      } catch (err) {
        if (!signedOut(err)) status.textContent = errorMessage(err);
        return;
      }
      directory.forget('users');
      directory.forget('groups');
      await draw();
      status.textContent = message;
      body.querySelector(`[data-step="${focusStep}"] h2`)?.focus();
    }

    async function draw() {
      const started = await http.get('/api/v1/tenant/get-started');
      const group = started.help_desk_group;
      const [people, members] = await Promise.all([
        loadAll('/api/v1/users'),
        group ? http.get(`/api/v1/groups/${encodeURIComponent(group.id)}/members`).then((page) => page.items) : [],
      ]);
      ctx.firstRunDone?.(started.done);
      const mayChangeSettings = ctx.can('admin.manage_settings');
      const settingsNeeded = text(t('admin-start-settings-needed'), 'muted');

      // 1. Remote help on.
      const remote = step({
        title: t('admin-start-remote-heading'),
        state: started.remote_help_enabled ? t('admin-start-done') : t('admin-start-todo'),
        variant: started.remote_help_enabled ? 'success' : 'warning',
        children: [
          text(started.remote_help_enabled ? t('admin-start-remote-on') : t('admin-start-remote-off')),
          started.remote_help_enabled ? null : mayChangeSettings
            ? el('div', { className: 'button-row' }, button(t('admin-start-remote-enable'), () => act(
              () => http.patch('/api/v1/tenant/settings', { remote_help_enabled: true }),
              t('admin-start-remote-turned-on'), 'remote'), { variant: 'primary' }))
            : settingsNeeded.cloneNode(true),
        ],
      });
      remote.dataset.step = 'remote';

      // 2. Sharing from a browser: a choice, shown as allowed or not, in plain words.
      const allowed = started.unenrolled_help_enabled;
      const browser = step({
        title: t('admin-start-browser-heading'),
        state: allowed ? t('admin-start-browser-allowed') : t('admin-start-browser-not-allowed'),
        variant: allowed ? 'success' : 'neutral',
        children: [
          text(t('admin-start-browser-explain')),
          text(allowed ? t('admin-start-browser-on') : t('admin-start-browser-off')),
          mayChangeSettings
            ? el('div', { className: 'button-row' }, button(
              allowed ? t('admin-start-browser-stop') : t('admin-start-browser-allow'),
              () => act(
                () => http.patch('/api/v1/tenant/settings', { unenrolled_help_enabled: !allowed }),
                allowed ? t('admin-start-browser-stopped') : t('admin-start-browser-allowed-now'), 'browser'),
              { variant: allowed ? 'secondary' : 'primary' }))
            : settingsNeeded.cloneNode(true),
        ],
      });
      browser.dataset.step = 'browser';

      // 3. At least one helper: pick people, one button.
      const inDesk = new Set(members.map((user) => user.id));
      const candidates = people
        .filter((user) => !user.disabled && !inDesk.has(user.id))
        .sort((a, b) => a.display_name.localeCompare(b.display_name));
      const groupName = group?.name ?? HELP_DESK_GROUP_NAME;
      const picker = checkboxGroup({
        legend: t('admin-start-helpers-pick'),
        name: 'helper',
        items: candidates.map((user) => [user.id, user.display_name, user.email]),
        scroll: candidates.length > 8,
        emptyText: t('admin-start-helpers-nobody'),
      });
      const createUser = button(t('admin-start-create-user'), () => createUserDialog((message) => {
        directory.forget('users');
        draw().then(() => {
          status.textContent = message;
        });
      }, ctx.me));
      const form = el('form', { className: 'checklist-form', attrs: { novalidate: true, 'aria-label': t('admin-start-helpers-heading') } },
        picker.field,
        el('div', { className: 'button-row' },
          candidates.length ? button(t('admin-start-helpers-submit'), null, { type: 'submit', variant: 'primary' }) : null,
          createUser));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        picker.field.removeAttribute('aria-invalid');
        picker.error.textContent = '';
        const chosen = picker.values();
        if (chosen.length === 0) {
          setGroupError(picker, t('admin-start-helpers-choose'));
          return;
        }
        act(() => http.post('/api/v1/helpers', { users: chosen }),
          t('admin-start-helpers-made', { count: chosen.length, group: groupName }), 'helpers');
      });
      // The first "Make helpers" also gives the new group its role, which needs role management:
      // say so rather than offer a button that would be refused.
      const rolesNeeded = !group && !ctx.can('admin.manage_roles');
      const helpers = step({
        title: t('admin-start-helpers-heading'),
        state: started.helpers > 0 ? t('admin-start-done') : t('admin-start-todo'),
        variant: started.helpers > 0 ? 'success' : 'warning',
        children: [
          text(started.helpers > 0
            ? t('admin-start-helpers-count', { count: started.helpers })
            : t('admin-start-helpers-none')),
          text(t('admin-start-helpers-explain', { group: groupName }), 'muted'),
          ...(rolesNeeded
            ? [text(t('admin-start-helpers-roles-needed', { group: groupName })), el('div', { className: 'button-row' }, createUser)]
            : [form]),
        ],
      });
      helpers.dataset.step = 'helpers';

      // Then: the first session, with the pages to open.
      const origin = location.origin;
      const link = (path) => el('a', { text: `${origin}${path}`, attrs: { href: path, dir: 'ltr' } });
      const first = el('section', { className: 'panel checklist-next', attrs: { 'aria-labelledby': 'first-session-heading' } },
        el('h2', { text: t('admin-start-first-heading'), attrs: { id: 'first-session-heading' } }),
        text(started.done ? t('admin-start-ready') : t('admin-start-not-ready'), started.done ? 'checklist-ready' : 'muted'),
        el('ol', { className: 'checklist-how' },
          el('li', {}, t('admin-start-first-helper', { page: t('home-help-someone') }), ' ', link('/helper')),
          el('li', {}, t('admin-start-first-sharer'), ' ', link('/share'))),
        // Without browser sharing, /share in a browser is refused: say so here too.
        allowed ? null : text(t('admin-start-browser-off'), 'muted'));

      body.replaceChildren(el('ol', { className: 'checklist' }, remote, browser, helpers), first);
    }

    await draw();
  },
};
