// Conditional access: policies that decide, at sign-in and when a session starts, whether a
// helper may go on, by whom they are (users, groups) and how they signed in (network, second
// factor). Each is enabled, report-only or disabled.
import { byId, directory, sortBy } from './directory.js';
import {
  badge, button, checkbox, checkboxGroup, confirmAction, el, field, formDialog, http, panel,
  radioGroup, reportProblems, requiredProblems, rowActions, sectionHeader, setGroupError,
  signedOut, errorMessage, t, table, when,
} from './ui.js';

const STATES = [
  ['enabled', 'admin-policy-state-enabled', 'success'],
  ['report_only', 'admin-policy-state-report-only', 'warning'],
  ['disabled', 'admin-policy-state-disabled', 'neutral'],
];
const GRANTS = [
  ['allow', 'admin-policy-grant-allow'],
  ['block', 'admin-policy-grant-block'],
  ['require_second_factor', 'admin-policy-grant-second-factor'],
];

function stateBadge(state) {
  const [, key, variant] = STATES.find(([value]) => value === state) ?? [state, state, 'neutral'];
  return badge(t(key), variant);
}

function grantLabel(grant) {
  const entry = GRANTS.find(([value]) => value === grant);
  return entry ? t(entry[1]) : grant;
}

/** A loose check of an IPv4 or IPv6 range in CIDR notation; the server checks it exactly. */
function looksLikeCidr(text) {
  const v4 = /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/;
  const v6 = /^[0-9a-fA-F:]+(:\d{1,3}(\.\d{1,3}){3})?\/\d{1,3}$/;
  return v4.test(text) || (text.includes(':') && v6.test(text));
}

function networks(textarea, problems) {
  const lines = textarea.value.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  const bad = lines.find((line) => !looksLikeCidr(line));
  if (bad) problems.push([textarea, t('admin-policy-network-invalid', { value: bad })]);
  return lines;
}

function targetsSummary(targets, usersById, groupsById) {
  const parts = [];
  if (targets.all_users) parts.push(t('admin-scope-all-users'));
  parts.push(...targets.users.map((id) => usersById.get(id)?.display_name ?? t('admin-unknown-user')));
  parts.push(...targets.groups.map((id) => groupsById.get(id)?.name ?? t('admin-unknown-group')));
  return el('ul', { className: 'tag-list' }, parts.map((p) => el('li', { className: 'tag', text: p, attrs: { dir: 'auto' } })));
}

function conditionsSummary(conditions) {
  const parts = [];
  if (conditions.client_networks.length) parts.push(t('admin-policy-when-inside', { networks: conditions.client_networks.join(', ') }));
  if (conditions.excluded_networks.length) parts.push(t('admin-policy-when-outside', { networks: conditions.excluded_networks.join(', ') }));
  if (conditions.second_factor_used === true) parts.push(t('admin-policy-when-second-factor'));
  if (conditions.second_factor_used === false) parts.push(t('admin-policy-when-no-second-factor'));
  if (parts.length === 0) return el('span', { className: 'muted', text: t('admin-policy-always') });
  return el('ul', { className: 'plain-list' }, parts.map((p) => el('li', { text: p })));
}

function policyDialog({ policy, users, groups, onDone }) {
  let name;
  let state;
  let allUsers;
  let userTargets;
  let groupTargets;
  let inside;
  let outside;
  let secondFactor;
  let grant;
  const secondFactorValue = policy?.conditions.second_factor_used;
  formDialog({
    title: policy ? t('admin-policy-edit-title', { name: policy.name }) : t('admin-policy-create-title'),
    submitLabel: policy ? t('admin-save') : t('admin-policy-create-submit'),
    wide: true,
    build: () => {
      name = field({ label: t('admin-policy-name'), name: 'name', required: true, value: policy?.name ?? '', hint: t('admin-policy-name-hint'), attrs: { maxlength: 200, autocomplete: 'off' } });
      state = radioGroup({
        legend: t('admin-policy-state'),
        name: 'state',
        value: policy?.state ?? 'report_only',
        items: STATES.map(([value, key]) => [value, t(key), t(`${key}-hint`)]),
      });
      allUsers = checkbox({ label: t('admin-policy-all-users'), name: 'all_users', checked: policy?.targets.all_users ?? false });
      userTargets = checkboxGroup({
        legend: t('admin-policy-users'),
        name: 'users',
        items: sortBy(users, (u) => u.display_name).map((u) => [u.id, u.display_name, u.email]),
        selected: policy?.targets.users ?? [],
        scroll: true,
      });
      groupTargets = checkboxGroup({
        legend: t('admin-policy-groups'),
        name: 'groups',
        items: sortBy(groups, (g) => g.name).map((g) => [g.id, g.name]),
        selected: policy?.targets.groups ?? [],
        emptyText: t('admin-assignment-no-groups'),
        scroll: true,
      });
      inside = field({ label: t('admin-policy-inside'), name: 'client_networks', type: 'textarea', value: policy?.conditions.client_networks.join('\n') ?? '', hint: t('admin-policy-inside-hint'), attrs: { spellcheck: 'false', dir: 'ltr' } });
      outside = field({ label: t('admin-policy-outside'), name: 'excluded_networks', type: 'textarea', value: policy?.conditions.excluded_networks.join('\n') ?? '', hint: t('admin-policy-outside-hint'), attrs: { spellcheck: 'false', dir: 'ltr' } });
      secondFactor = field({
        label: t('admin-policy-second-factor'),
        type: 'select',
        name: 'second_factor_used',
        value: secondFactorValue === true ? 'yes' : secondFactorValue === false ? 'no' : '',
        options: [['', t('admin-policy-second-factor-any')], ['yes', t('admin-policy-second-factor-yes')], ['no', t('admin-policy-second-factor-no')]],
      });
      grant = radioGroup({
        legend: t('admin-policy-grant'),
        name: 'grant',
        value: policy?.grant ?? 'require_second_factor',
        items: GRANTS.map(([value, key]) => [value, t(key), t(`${key}-hint`)]),
      });
      const targets = el('fieldset', { className: 'check-group' },
        el('legend', { text: t('admin-policy-targets') }),
        el('p', { className: 'hint', text: t('admin-policy-targets-hint') }),
        allUsers.field,
        el('div', { className: 'two-columns' }, userTargets.field, groupTargets.field));
      const conditions = el('fieldset', { className: 'check-group' },
        el('legend', { text: t('admin-policy-conditions') }),
        el('p', { className: 'hint', text: t('admin-policy-conditions-hint') }),
        el('div', { className: 'two-columns' }, inside.field, outside.field),
        secondFactor.field);
      return [name.field, state.field, targets, conditions, grant.field,
        el('p', { className: 'notice', text: t('admin-policy-lockout-warning') })];
    },
    submit: async (form, alert) => {
      const problems = requiredProblems([name.input]);
      const clientNetworks = networks(inside.input, problems);
      const excludedNetworks = networks(outside.input, problems);
      if (!reportProblems(problems, alert)) return false;
      const targets = { all_users: allUsers.input.checked, users: userTargets.values(), groups: groupTargets.values() };
      if (!targets.all_users && targets.users.length === 0 && targets.groups.length === 0) {
        alert.textContent = t('admin-policy-needs-targets');
        setGroupError(userTargets, t('admin-policy-needs-targets'));
        allUsers.input.focus();
        return false;
      }
      const sf = secondFactor.input.value;
      const body = {
        name: name.input.value.trim(),
        state: state.value(),
        targets,
        conditions: {
          client_networks: clientNetworks,
          excluded_networks: excludedNetworks,
          second_factor_used: sf === '' ? null : sf === 'yes',
        },
        grant: grant.value(),
      };
      try {
        const saved = policy
          ? await http.put(`/api/v1/access-policies/${encodeURIComponent(policy.id)}`, body)
          : await http.post('/api/v1/access-policies', body);
        onDone(t(policy ? 'admin-policy-saved' : 'admin-policy-created', { name: saved.name }));
        return true;
      } catch (err) {
        if (err.code === 'conflict') {
          reportProblems([[name.input, t('admin-name-taken')]], alert);
          return false;
        }
        throw err;
      }
    },
  });
}

export default {
  route: 'access',
  titleKey: 'admin-policies-title',
  permission: 'admin.manage_policies',

  async render(root, ctx) {
    let users = [];
    let groups = [];
    const { header, status } = sectionHeader(t('admin-policies-title'), t('admin-policies-intro'), [
      button(t('admin-policy-create'), () => policyDialog({ users, groups, onDone: done }), { variant: 'primary' }),
    ]);
    const box = el('div');

    async function draw() {
      // Targets name users and groups, which need admin.manage_users to list.
      const mayListPeople = ctx.can('admin.manage_users');
      const [{ items }, userList, groupList] = await Promise.all([
        http.get('/api/v1/access-policies'),
        mayListPeople ? directory.users() : [],
        mayListPeople ? directory.groups() : [],
      ]);
      users = userList;
      groups = groupList;
      const usersById = byId(users);
      const groupsById = byId(groups);
      box.replaceChildren(table({
        caption: t('admin-policies-title'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-state') },
          { label: t('admin-column-targets') },
          { label: t('admin-column-conditions') },
          { label: t('admin-column-grant') },
          { label: t('admin-column-created') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: items.map((policy) => [
          el('span', { text: policy.name, attrs: { dir: 'auto' } }),
          stateBadge(policy.state),
          targetsSummary(policy.targets, usersById, groupsById),
          conditionsSummary(policy.conditions),
          grantLabel(policy.grant),
          when(policy.created_at),
          rowActions(
            button(t('admin-edit'), () => policyDialog({ policy, users, groups, onDone: done }), { small: true, ariaLabel: t('admin-policy-edit-label', { name: policy.name }) }),
            button(t('admin-delete'), () => remove(policy), { small: true, variant: 'danger-outline', ariaLabel: t('admin-policy-delete-label', { name: policy.name }) }),
          ),
        ]),
        empty: t('admin-policies-empty'),
      }));
    }

    function done(message) {
      status.textContent = message;
      draw().catch((err) => {
        if (!signedOut(err)) status.textContent = errorMessage(err);
      });
    }

    function remove(policy) {
      confirmAction({
        title: t('admin-policy-delete-title', { name: policy.name }),
        message: t('admin-policy-delete-text'),
        confirmLabel: t('admin-policy-delete-confirm'),
        action: async () => {
          await http.del(`/api/v1/access-policies/${encodeURIComponent(policy.id)}`);
          done(t('admin-policy-deleted', { name: policy.name }));
        },
      });
    }

    await draw();
    root.append(header, status, panel(t('admin-policies-list'), box));
  },
};
