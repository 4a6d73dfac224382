// Roles (built-in and custom sets of permissions) and role assignments, which give a role to
// the members of groups over a scope of users and devices.
import { byId, directory, sortBy } from './directory.js';
import {
  badge, button, checkbox, checkboxGroup, confirmAction, el, errorMessage, field, formDialog,
  http, optional, panel, reportProblems, requiredProblems, rowActions, sectionHeader,
  setGroupError, signedOut, t, table, when,
} from './ui.js';

/** Every permission, grouped as help-desk administrators think of them, with message IDs. */
export const PERMISSION_GROUPS = [
  ['admin-perm-group-remote-help', [
    ['remote_tasks.offer_remote_assistance', 'admin-perm-offer'],
    ['remote_help.view_screen', 'admin-perm-view-screen'],
    ['remote_help.take_full_control', 'admin-perm-full-control'],
    ['remote_help.elevation', 'admin-perm-elevation'],
  ]],
  ['admin-perm-group-reading', [
    ['connector.read', 'admin-perm-read'],
  ]],
  ['admin-perm-group-administration', [
    ['admin.manage_users', 'admin-perm-manage-users'],
    ['admin.manage_roles', 'admin-perm-manage-roles'],
    ['admin.manage_devices', 'admin-perm-manage-devices'],
    ['admin.manage_settings', 'admin-perm-manage-settings'],
    ['admin.manage_policies', 'admin-perm-manage-policies'],
    ['admin.read_audit', 'admin-perm-read-audit'],
    ['api.create_tokens', 'admin-perm-create-api-tokens'],
  ]],
];
const PERMISSION_KEYS = new Map(PERMISSION_GROUPS.flatMap(([, items]) => items));

/** A permission's name in words. */
export function permissionLabel(name) {
  const key = PERMISSION_KEYS.get(name);
  return key ? t(key) : name;
}

function permissionList(permissions) {
  if (permissions.length === 0) return el('span', { className: 'muted', text: t('admin-role-no-permissions') });
  return el('ul', { className: 'tag-list' }, permissions.map((p) => el('li', { className: 'tag', text: permissionLabel(p) })));
}

function roleDialog({ role, copyOf, onDone }) {
  const source = role ?? copyOf;
  let name;
  let description;
  let groups;
  formDialog({
    title: role ? t('admin-role-edit-title', { name: role.name }) : t('admin-role-create-title'),
    submitLabel: role ? t('admin-save') : t('admin-role-create-submit'),
    wide: true,
    build: () => {
      name = field({ label: t('admin-role-name'), name: 'name', required: true, value: role ? role.name : (copyOf ? t('admin-role-copy-name', { name: copyOf.name }) : ''), attrs: { maxlength: 200, autocomplete: 'off' } });
      description = field({ label: t('admin-role-description'), name: 'description', type: 'textarea', value: source?.description ?? '', attrs: { maxlength: 1000 } });
      const selected = source?.permissions ?? [];
      groups = PERMISSION_GROUPS.map(([legendKey, items]) => checkboxGroup({
        legend: t(legendKey),
        name: 'permission',
        selected,
        items: items.map(([value, key]) => [value, t(key), t(`${key}-hint`)]),
      }));
      return [name.field, description.field, el('div', { className: 'permission-grid' }, groups.map((g) => g.field))];
    },
    submit: async (form, alert) => {
      if (!reportProblems(requiredProblems([name.input]), alert)) return false;
      const body = {
        name: name.input.value.trim(),
        description: description.input.value.trim(),
        permissions: groups.flatMap((g) => g.values()),
      };
      try {
        const saved = role
          ? await http.patch(`/api/v1/roles/${encodeURIComponent(role.id)}`, body)
          : await http.post('/api/v1/roles', body);
        onDone(t(role ? 'admin-role-saved' : 'admin-role-created', { name: saved.name }));
        return true;
      } catch (err) {
        if (err.code === 'conflict' && /name/i.test(err.message)) {
          reportProblems([[name.input, t('admin-name-taken')]], alert);
          return false;
        }
        throw err;
      }
    },
  });
}

function groupNames(ids, groupsById) {
  return ids.map((id) => groupsById.get(id)?.name ?? t('admin-unknown-group'));
}

function scopeSummary(scope, groupsById) {
  const parts = [];
  if (scope.all_users) parts.push(t('admin-scope-all-users'));
  if (scope.all_devices) parts.push(t('admin-scope-all-devices'));
  parts.push(...groupNames(scope.groups, groupsById));
  return el('ul', { className: 'tag-list' }, parts.map((p) => el('li', { className: 'tag', text: p, attrs: { dir: 'auto' } })));
}

function assignmentDialog({ assignment, roles, groups, onDone }) {
  let name;
  let roleSelect;
  let members;
  let allUsers;
  let allDevices;
  let scopeGroups;
  const groupItems = sortBy(groups, (g) => g.name).map((g) => [g.id, g.name]);
  formDialog({
    title: assignment ? t('admin-assignment-edit-title', { name: assignment.name }) : t('admin-assignment-create-title'),
    submitLabel: assignment ? t('admin-save') : t('admin-assignment-create-submit'),
    wide: true,
    build: () => {
      name = field({ label: t('admin-assignment-name'), name: 'name', required: true, value: assignment?.name ?? '', hint: t('admin-assignment-name-hint'), attrs: { maxlength: 200, autocomplete: 'off' } });
      roleSelect = field({
        label: t('admin-assignment-role'),
        type: 'select',
        name: 'role_id',
        required: true,
        value: assignment?.role_id ?? '',
        options: [['', t('admin-choose-role')], ...roles.map((r) => [r.id, r.name])],
      });
      members = checkboxGroup({
        legend: t('admin-assignment-members'),
        hint: t('admin-assignment-members-hint'),
        name: 'member_groups',
        items: groupItems,
        selected: assignment?.member_groups ?? [],
        emptyText: t('admin-assignment-no-groups'),
        scroll: true,
      });
      allUsers = checkbox({ label: t('admin-scope-all-users'), name: 'all_users', checked: assignment?.scope.all_users ?? false, hint: t('admin-scope-all-users-hint') });
      allDevices = checkbox({ label: t('admin-scope-all-devices'), name: 'all_devices', checked: assignment?.scope.all_devices ?? false, hint: t('admin-scope-all-devices-hint') });
      scopeGroups = checkboxGroup({
        legend: t('admin-assignment-scope-groups'),
        hint: t('admin-assignment-scope-groups-hint'),
        name: 'scope_groups',
        items: groupItems,
        selected: assignment?.scope.groups ?? [],
        emptyText: t('admin-assignment-no-groups'),
        scroll: true,
      });
      const scope = el('fieldset', { className: 'check-group' },
        el('legend', { text: t('admin-assignment-scope') }),
        el('p', { className: 'hint', text: t('admin-assignment-scope-hint') }),
        allUsers.field, allDevices.field, scopeGroups.field);
      return [name.field, roleSelect.field, el('div', { className: 'two-columns' }, members.field, scope)];
    },
    submit: async (form, alert) => {
      const problems = requiredProblems([name.input, roleSelect.input]);
      if (problems.length) return reportProblems(problems, alert) && false;
      const memberGroups = members.values();
      if (memberGroups.length === 0) {
        alert.textContent = t('admin-assignment-needs-members');
        setGroupError(members, t('admin-assignment-needs-members'));
        return false;
      }
      const scope = { all_users: allUsers.input.checked, all_devices: allDevices.input.checked, groups: scopeGroups.values() };
      if (!scope.all_users && !scope.all_devices && scope.groups.length === 0) {
        alert.textContent = t('admin-assignment-needs-scope');
        setGroupError(scopeGroups, t('admin-assignment-needs-scope'));
        allUsers.input.focus();
        return false;
      }
      const body = { name: name.input.value.trim(), role_id: roleSelect.input.value, member_groups: memberGroups, scope };
      try {
        const saved = assignment
          ? await http.put(`/api/v1/role-assignments/${encodeURIComponent(assignment.id)}`, body)
          : await http.post('/api/v1/role-assignments', body);
        onDone(t(assignment ? 'admin-assignment-saved' : 'admin-assignment-created', { name: saved.name }));
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
  route: 'roles',
  titleKey: 'admin-roles-title',
  permission: 'admin.manage_roles',

  async render(root) {
    const { header, status } = sectionHeader(t('admin-roles-title'), t('admin-roles-intro'), [
      button(t('admin-role-create'), () => roleDialog({ onDone: done }), { variant: 'primary' }),
    ]);
    const rolesBox = el('div');
    const assignmentsBox = el('div');
    let roles = [];
    let groups = [];

    async function draw() {
      directory.forget('roles');
      const [roleList, groupList, { items: assignments }] = await Promise.all([
        directory.roles(), directory.groups(), http.get('/api/v1/role-assignments'),
      ]);
      roles = roleList;
      groups = groupList;
      const groupsById = byId(groups);
      const rolesById = byId(roles);
      rolesBox.replaceChildren(table({
        caption: t('admin-roles-list'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-description') },
          { label: t('admin-column-permissions') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: roles.map((role) => [
          el('span', { className: 'name-with-badge' }, el('span', { text: role.name, attrs: { dir: 'auto' } }), role.built_in ? badge(t('admin-role-built-in'), 'neutral') : null),
          optional(role.description, ''),
          permissionList(role.permissions),
          role.built_in
            ? rowActions(button(t('admin-role-copy'), () => roleDialog({ copyOf: role, onDone: done }), { small: true, ariaLabel: t('admin-role-copy-label', { name: role.name }) }))
            : rowActions(
              button(t('admin-edit'), () => roleDialog({ role, onDone: done }), { small: true, ariaLabel: t('admin-role-edit-label', { name: role.name }) }),
              button(t('admin-delete'), () => removeRole(role), { small: true, variant: 'danger-outline', ariaLabel: t('admin-role-delete-label', { name: role.name }) }),
            ),
        ]),
        empty: t('admin-roles-empty'),
      }));
      assignmentsBox.replaceChildren(table({
        caption: t('admin-assignments-title'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-role') },
          { label: t('admin-column-member-groups') },
          { label: t('admin-column-scope') },
          { label: t('admin-column-created') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: assignments.map((a) => [
          el('span', { text: a.name, attrs: { dir: 'auto' } }),
          el('span', { text: rolesById.get(a.role_id)?.name ?? t('admin-unknown-role'), attrs: { dir: 'auto' } }),
          el('ul', { className: 'tag-list' }, groupNames(a.member_groups, groupsById).map((n) => el('li', { className: 'tag', text: n, attrs: { dir: 'auto' } }))),
          scopeSummary(a.scope, groupsById),
          when(a.created_at),
          rowActions(
            button(t('admin-edit'), () => assignmentDialog({ assignment: a, roles, groups, onDone: done }), { small: true, ariaLabel: t('admin-assignment-edit-label', { name: a.name }) }),
            button(t('admin-delete'), () => removeAssignment(a), { small: true, variant: 'danger-outline', ariaLabel: t('admin-assignment-delete-label', { name: a.name }) }),
          ),
        ]),
        empty: t('admin-assignments-empty'),
      }));
    }

    function done(message) {
      status.textContent = message;
      draw().catch((err) => {
        if (!signedOut(err)) status.textContent = errorMessage(err);
      });
    }

    function removeRole(role) {
      confirmAction({
        title: t('admin-role-delete-title', { name: role.name }),
        message: t('admin-role-delete-text'),
        confirmLabel: t('admin-role-delete-confirm'),
        action: async () => {
          await http.del(`/api/v1/roles/${encodeURIComponent(role.id)}`);
          done(t('admin-role-deleted', { name: role.name }));
        },
      });
    }

    function removeAssignment(a) {
      confirmAction({
        title: t('admin-assignment-delete-title', { name: a.name }),
        message: t('admin-assignment-delete-text'),
        confirmLabel: t('admin-assignment-delete-confirm'),
        action: async () => {
          await http.del(`/api/v1/role-assignments/${encodeURIComponent(a.id)}`);
          done(t('admin-assignment-deleted', { name: a.name }));
        },
      });
    }

    await draw();
    root.append(header, status,
      panel(t('admin-roles-list'), el('p', { className: 'muted', text: t('admin-roles-list-intro') }), rolesBox),
      panel(t('admin-assignments-title'),
        el('div', { className: 'panel-header' },
          el('p', { className: 'muted', text: t('admin-assignments-intro') }),
          button(t('admin-assignment-create'), () => assignmentDialog({ roles, groups, onDone: done }), { variant: 'primary' })),
        assignmentsBox));
  },
};
