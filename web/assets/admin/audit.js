// The audit log: every recorded change and sign-in, newest first, filtered by actor, action and
// time, paged, and exported as CSV with the same filters.
import { byId, directory, sortBy } from './directory.js';
import {
  button, cursorPager, el, errorMessage, field, http, isolate, localToRfc3339, sectionHeader,
  signedOut, t, table, when, withQuery,
} from './ui.js';

/** Actions the server records, offered as suggestions in the action filter. */
const ACTIONS = [
  'auth.signed_in', 'auth.sign_in_failed', 'auth.session_revoked',
  'user.created', 'user.updated', 'user.deleted', 'user.password_reset', 'user.picture_set', 'user.picture_removed',
  'group.created', 'group.updated', 'group.deleted', 'group.member_added', 'group.member_removed', 'group.device_added', 'group.device_removed',
  'role.created', 'role.updated', 'role.deleted', 'role_assignment.created', 'role_assignment.updated', 'role_assignment.deleted',
  'access_policy.created', 'access_policy.updated', 'access_policy.deleted',
  'conditional_access.allowed', 'conditional_access.blocked', 'conditional_access.report_only',
  'compliance_policy.created', 'compliance_policy.updated', 'compliance_policy.deleted',
  'device.enrolled', 'device.retired', 'device.deleted', 'enrollment_token.created', 'enrollment_token.revoked',
  'settings.updated', 'tenant.created', 'tenant.updated', 'domain.added', 'domain.verified', 'domain.removed',
  'sso.configured', 'sso.removed', 'token.created', 'token.revoked',
  'mfa.totp_enrolment_started', 'mfa.totp_enabled', 'mfa.totp_disabled', 'mfa.recovery_codes_renewed', 'mfa.reset_by_admin',
  'session.started', 'session.joined', 'session.join_refused', 'session.mode_requested', 'session.consent',
  'session.request_expired', 'session.control_changed', 'session.chat_sent', 'session.ended',
  'setup.link_issued',
];

const SPECIAL_ACTORS = [
  ['cli', 'admin-actor-cli'],
  ['setup-link', 'admin-actor-setup-link'],
  ['sso', 'admin-actor-sso'],
  ['anonymous', 'admin-actor-anonymous'],
];

const filters = { actor: '', action: '', since: '', until: '' };

function query() {
  return { actor: filters.actor, action: filters.action, since: localToRfc3339(filters.since), until: localToRfc3339(filters.until) };
}

/** `user:<id>` as the user's name where known; other references as they are. */
function describe(reference, usersById) {
  const [kind, id] = reference.split(/:(.*)/s);
  if (kind === 'user' && usersById.has(id)) {
    const user = usersById.get(id);
    return el('span', { className: 'stacked' },
      el('span', { text: user.display_name, attrs: { dir: 'auto' } }),
      el('span', { className: 'muted small', text: user.email, attrs: { dir: 'ltr' } }));
  }
  const special = SPECIAL_ACTORS.find(([value]) => value === reference);
  if (special) return t(special[1]);
  return el('code', { className: 'reference', text: reference });
}

function detail(value) {
  if (value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0)) {
    return el('span', { className: 'muted', text: '' });
  }
  const compact = JSON.stringify(value);
  if (compact.length <= 80) return el('code', { className: 'detail-json', text: compact, attrs: { dir: 'ltr' } });
  return el('details', { className: 'detail-more' },
    el('summary', { text: t('admin-audit-show-detail') }),
    el('pre', { className: 'detail-json', text: JSON.stringify(value, null, 2), attrs: { dir: 'ltr' } }));
}

export default {
  route: 'audit',
  titleKey: 'admin-audit-title',
  permission: 'admin.read_audit',

  async render(root, ctx) {
    const exportLink = el('a', { className: 'button button-secondary', text: t('admin-export-csv'), attrs: { download: 'assist-audit.csv', 'aria-label': t('admin-audit-export-label') } });
    const { header, status } = sectionHeader(t('admin-audit-title'), t('admin-audit-intro'), [exportLink]);
    const users = ctx.can('admin.manage_users') ? await directory.users() : [];
    const usersById = byId(users);

    const actor = field({
      label: t('admin-audit-actor'),
      type: 'select',
      name: 'actor',
      value: filters.actor,
      options: [
        ['', t('admin-filter-anyone')],
        ...sortBy(users, (u) => u.display_name).map((u) => [`user:${u.id}`, `${isolate(u.display_name)} <${u.email}>`]),
        ...SPECIAL_ACTORS.map(([value, key]) => [value, t(key)]),
      ],
    });
    const listId = 'audit-actions';
    const action = field({ label: t('admin-audit-action'), name: 'action', value: filters.action, hint: t('admin-audit-action-hint'), attrs: { list: listId, autocomplete: 'off', spellcheck: 'false', dir: 'ltr', maxlength: 100 } });
    const since = field({ label: t('admin-audit-since'), type: 'datetime-local', name: 'since', value: filters.since });
    const until = field({ label: t('admin-audit-until'), type: 'datetime-local', name: 'until', value: filters.until });
    const datalist = el('datalist', { attrs: { id: listId } }, ACTIONS.map((a) => el('option', { props: { value: a } })));
    const filterForm = el('form', { className: 'filter-bar', attrs: { role: 'search', 'aria-label': t('admin-audit-filters'), novalidate: true } },
      actor.field, action.field, since.field, until.field, datalist,
      el('div', { className: 'filter-actions' },
        button(t('admin-apply-filters'), null, { type: 'submit', variant: 'primary' }),
        button(t('admin-clear-filters'), () => {
          for (const input of [actor.input, action.input, since.input, until.input]) input.value = '';
          apply();
        })));
    const results = el('div', { className: 'results' });

    const pager = cursorPager({
      label: t('admin-audit-pages'),
      load: (cursor) => http.get(withQuery('/api/v1/audit', { ...query(), limit: 50, cursor })),
      onError: (err) => {
        if (!signedOut(err)) status.textContent = errorMessage(err);
      },
      render: (page) => {
        results.replaceChildren(table({
          caption: t('admin-audit-title'),
          columns: [
            { label: t('admin-column-time') },
            { label: t('admin-column-actor') },
            { label: t('admin-column-action') },
            { label: t('admin-column-target') },
            { label: t('admin-column-detail') },
          ],
          rows: page.items.map((event) => [
            when(event.at),
            describe(event.actor, usersById),
            el('code', { className: 'action-name', text: event.action, attrs: { dir: 'ltr' } }),
            describe(event.target, usersById),
            detail(event.detail),
          ]),
          empty: Object.values(filters).some(Boolean) ? t('admin-audit-none-match') : t('admin-audit-empty'),
        }));
      },
    });

    function apply() {
      Object.assign(filters, { actor: actor.input.value, action: action.input.value.trim(), since: since.input.value, until: until.input.value });
      exportLink.href = withQuery('/api/v1/audit/export.csv', query());
      status.textContent = '';
      pager.restart();
    }
    filterForm.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });

    exportLink.href = withQuery('/api/v1/audit/export.csv', query());
    root.append(header, filterForm, status, results, pager.node);
    await pager.restart();
  },
};
