// Groups: the list, creating, renaming and deleting them, their members, and the devices that
// role assignments reach through them (#groups/<id> shows one group).
import { complianceBadge, platformName } from './devices.js';
import { byId, directory, sortBy } from './directory.js';
import {
  avatar, button, confirmAction, cursorPager, el, errorMessage, field, formDialog, http,
  isolate, loadAll, optional, panel, reportProblems, requiredProblems, rowActions, sectionHeader,
  signedOut, t, table, when, withQuery, busy, clearErrors, setFieldError,
} from './ui.js';

/** Marks a picker that was left empty and moves focus to it. */
function pickFirst(input, message) {
  setFieldError(input, message);
  input.focus();
}

function groupLink(group) {
  return el('a', { text: group.name, attrs: { href: `#groups/${encodeURIComponent(group.id)}`, dir: 'auto' } });
}

/** The name and description fields, for creating and for editing. */
function groupFields(group = {}) {
  const name = field({ label: t('admin-group-name'), name: 'name', value: group.name ?? '', required: true, attrs: { maxlength: 200, autocomplete: 'off' } });
  const description = field({ label: t('admin-group-description'), name: 'description', type: 'textarea', value: group.description ?? '', hint: t('admin-group-description-hint'), attrs: { maxlength: 1000 } });
  return { name, description };
}

function createDialog(onDone) {
  let fields;
  formDialog({
    title: t('admin-group-create-title'),
    submitLabel: t('admin-group-create-submit'),
    build: () => {
      fields = groupFields();
      return [fields.name.field, fields.description.field];
    },
    submit: async (form, alert) => {
      if (!reportProblems(requiredProblems([fields.name.input]), alert)) return false;
      try {
        const group = await http.post('/api/v1/groups', {
          name: fields.name.input.value.trim(),
          description: fields.description.input.value.trim(),
        });
        onDone(group);
        return true;
      } catch (err) {
        if (err.code === 'conflict') {
          reportProblems([[fields.name.input, t('admin-name-taken')]], alert);
          return false;
        }
        throw err;
      }
    },
  });
}

function listView(root) {
  const { header, status } = sectionHeader(t('admin-groups-title'), t('admin-groups-intro'), [
    button(t('admin-group-create'), () => createDialog((group) => {
      directory.forget('groups');
      status.textContent = t('admin-group-created', { name: group.name });
      pager.reload();
    }), { variant: 'primary' }),
  ]);
  const results = el('div', { className: 'results' });
  const pager = cursorPager({
    label: t('admin-groups-pages'),
    load: (cursor) => http.get(withQuery('/api/v1/groups', { limit: 50, cursor })),
    onError: (err) => {
      if (!signedOut(err)) status.textContent = errorMessage(err);
    },
    render: (page) => {
      results.replaceChildren(table({
        caption: t('admin-groups-title'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-description') },
          { label: t('admin-column-members'), className: 'numeric' },
          { label: t('admin-column-created') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: page.items.map((group) => [
          groupLink(group),
          optional(group.description, ''),
          t('admin-group-member-count', { count: group.member_count }),
          when(group.created_at),
          rowActions(
            button(t('admin-manage'), () => { location.hash = `groups/${encodeURIComponent(group.id)}`; }, { small: true, ariaLabel: t('admin-group-manage-label', { name: group.name }) }),
            button(t('admin-delete'), () => remove(group), { small: true, variant: 'danger-outline', ariaLabel: t('admin-group-delete-label', { name: group.name }) }),
          ),
        ]),
        empty: t('admin-groups-empty'),
      }));
    },
  });

  function remove(group) {
    confirmAction({
      title: t('admin-group-delete-title', { name: group.name }),
      message: t('admin-group-delete-text'),
      confirmLabel: t('admin-group-delete-confirm'),
      action: async () => {
        await http.del(`/api/v1/groups/${encodeURIComponent(group.id)}`);
        directory.forget('groups');
        status.textContent = t('admin-group-deleted', { name: group.name });
        pager.reload();
      },
    });
  }

  root.append(header, status, results, pager.node);
  return pager.restart();
}

async function detailView(root, id, ctx) {
  const path = `/api/v1/groups/${encodeURIComponent(id)}`;
  let group = await http.get(path);
  const back = el('p', { className: 'back-link' }, el('a', { text: t('admin-groups-back'), attrs: { href: '#groups' } }));
  const { header, heading, status } = sectionHeader(group.name, t('admin-group-detail-intro'), [
    button(t('admin-group-delete'), () => confirmAction({
      title: t('admin-group-delete-title', { name: group.name }),
      message: t('admin-group-delete-text'),
      confirmLabel: t('admin-group-delete-confirm'),
      action: async () => {
        await http.del(path);
        directory.forget('groups');
        location.hash = 'groups';
      },
    }), { variant: 'danger-outline' }),
  ]);
  heading.setAttribute('dir', 'auto');

  // Details: rename and describe.
  const fields = groupFields(group);
  const detailsAlert = el('div', { className: 'form-alert', attrs: { role: 'alert' } });
  const detailsStatus = el('p', { className: 'status-text', attrs: { role: 'status' } });
  const detailsForm = el('form', { className: 'inline-form', attrs: { novalidate: true, 'aria-label': t('admin-group-details') } },
    fields.name.field, fields.description.field, detailsAlert,
    el('div', { className: 'button-row' }, button(t('admin-save'), null, { type: 'submit', variant: 'primary' })),
    detailsStatus);
  detailsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(detailsForm, detailsAlert);
    detailsStatus.textContent = '';
    if (!reportProblems(requiredProblems([fields.name.input]), detailsAlert)) return;
    busy(detailsForm, true);
    try {
      group = await http.patch(path, { name: fields.name.input.value.trim(), description: fields.description.input.value.trim() });
      directory.forget('groups');
      heading.textContent = group.name;
      detailsStatus.textContent = t('admin-group-saved', { name: group.name });
    } catch (err) {
      if (signedOut(err)) return;
      if (err.code === 'conflict') reportProblems([[fields.name.input, t('admin-name-taken')]], detailsAlert);
      else detailsAlert.textContent = errorMessage(err);
    } finally {
      busy(detailsForm, false);
    }
  });

  // Members.
  const membersStatus = el('p', { className: 'status-text', attrs: { role: 'status' } });
  const membersTable = el('div');
  const userSelect = field({ label: t('admin-group-add-member-label'), type: 'select', name: 'user' });
  const addMemberForm = el('form', { className: 'add-row', attrs: { 'aria-label': t('admin-group-add-member') } },
    userSelect.field, el('div', { className: 'filter-actions' }, button(t('admin-group-add-member'), null, { type: 'submit', variant: 'secondary' })));

  async function drawMembers() {
    const [{ items: members }, users] = await Promise.all([http.get(`${path}/members`), directory.users()]);
    const memberIds = new Set(members.map((m) => m.id));
    const candidates = sortBy(users.filter((u) => !memberIds.has(u.id)), (u) => u.display_name);
    userSelect.input.replaceChildren(
      el('option', { text: candidates.length ? t('admin-choose-user') : t('admin-group-everyone-member'), props: { value: '' } }),
      ...candidates.map((u) => el('option', { text: `${isolate(u.display_name)} <${u.email}>`, props: { value: u.id } })),
    );
    membersTable.replaceChildren(table({
      caption: t('admin-group-members'),
      columns: [
        { label: t('admin-column-name') },
        { label: t('admin-column-email') },
        { label: t('admin-column-job-title') },
        { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
      ],
      rows: members.map((user) => [
        el('span', { className: 'person' }, avatar(user, 'small'), el('span', { text: user.display_name, attrs: { dir: 'auto' } })),
        el('span', { text: user.email, attrs: { dir: 'ltr' } }),
        optional(user.job_title),
        rowActions(button(t('admin-remove'), () => removeMember(user), { small: true, variant: 'danger-outline', ariaLabel: t('admin-group-remove-member-label', { name: user.display_name }) })),
      ]),
      empty: t('admin-group-no-members'),
    }));
  }

  async function removeMember(user) {
    membersStatus.textContent = '';
    try {
      await http.del(`${path}/members/${encodeURIComponent(user.id)}`);
      await drawMembers();
      membersStatus.textContent = t('admin-group-member-removed', { name: user.display_name, group: group.name });
      userSelect.input.focus();
    } catch (err) {
      if (!signedOut(err)) membersStatus.textContent = errorMessage(err);
    }
  }

  addMemberForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(addMemberForm);
    membersStatus.textContent = '';
    const userId = userSelect.input.value;
    if (!userId) {
      pickFirst(userSelect.input, t('admin-choose-user-first'));
      return;
    }
    const users = byId(await directory.users());
    try {
      await http.put(`${path}/members/${encodeURIComponent(userId)}`);
      await drawMembers();
      membersStatus.textContent = t('admin-group-member-added', { name: users.get(userId)?.display_name ?? userId, group: group.name });
      userSelect.input.focus();
    } catch (err) {
      if (!signedOut(err)) membersStatus.textContent = errorMessage(err);
    }
  });

  // Devices: those in the group, each removable, and a picker of the others.
  const deviceStatus = el('p', { className: 'status-text', attrs: { role: 'status' } });
  const devicesTable = el('div');
  const deviceSelect = field({ label: t('admin-group-device-label'), type: 'select', name: 'device' });
  // Reading devices needs connector.read; without it the list and the picker stay empty.
  const readDevices = ctx.can('connector.read');
  const deviceName = (device) => device.facts.host_name || device.id;

  // Read afresh each time (not from the directory's cache): devices enroll at any moment.
  let allDevices = [];
  async function drawDevices() {
    const [inGroup, all] = readDevices
      ? await Promise.all([
        loadAll('/api/v1/devices', { params: { group_id: group.id } }),
        loadAll('/api/v1/devices', { params: { state: 'active' } }),
      ])
      : [[], []];
    allDevices = all;
    const inIds = new Set(inGroup.map((d) => d.id));
    const candidates = sortBy(all.filter((d) => !inIds.has(d.id)), deviceName);
    deviceSelect.input.replaceChildren(
      el('option', { text: candidates.length ? t('admin-choose-device') : t('admin-no-devices-yet'), props: { value: '' } }),
      ...candidates.map((d) => el('option', { text: `${isolate(deviceName(d))} (${isolate(d.facts.serial_number || d.facts.platform)})`, props: { value: d.id } })),
    );
    devicesTable.replaceChildren(table({
      caption: t('admin-group-devices'),
      columns: [
        { label: t('admin-column-device') },
        { label: t('admin-column-platform') },
        { label: t('admin-column-compliance') },
        { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
      ],
      rows: sortBy(inGroup, deviceName).map((device) => [
        el('span', { text: deviceName(device), attrs: { dir: 'auto' } }),
        t('admin-device-platform-version', { platform: platformName(device.facts.platform), version: device.facts.os_version }),
        complianceBadge(device.compliance),
        rowActions(button(t('admin-remove'), () => removeDevice(device), { small: true, variant: 'danger-outline', ariaLabel: t('admin-group-remove-device-label', { device: deviceName(device) }) })),
      ]),
      empty: t('admin-group-no-devices'),
    }));
  }

  async function removeDevice(device) {
    deviceStatus.textContent = '';
    try {
      await http.del(`${path}/devices/${encodeURIComponent(device.id)}`);
      await drawDevices();
      deviceStatus.textContent = t('admin-group-device-removed', { device: deviceName(device), group: group.name });
      deviceSelect.input.focus();
    } catch (err) {
      if (!signedOut(err)) deviceStatus.textContent = errorMessage(err);
    }
  }

  const deviceForm = el('form', { className: 'add-row', attrs: { 'aria-label': t('admin-group-add-device') } },
    deviceSelect.field,
    el('div', { className: 'filter-actions' }, button(t('admin-group-add-device'), null, { type: 'submit', variant: 'secondary' })));
  deviceForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(deviceForm);
    deviceStatus.textContent = '';
    const deviceId = deviceSelect.input.value;
    if (!deviceId) {
      pickFirst(deviceSelect.input, t('admin-choose-device-first'));
      return;
    }
    const device = allDevices.find((d) => d.id === deviceId);
    try {
      await http.put(`${path}/devices/${encodeURIComponent(deviceId)}`);
      await drawDevices();
      deviceStatus.textContent = t('admin-group-device-added', { device: device ? deviceName(device) : deviceId, group: group.name });
      deviceSelect.input.focus();
    } catch (err) {
      if (!signedOut(err)) deviceStatus.textContent = errorMessage(err);
    }
  });

  await drawDevices();
  await drawMembers();
  root.append(back, header, status,
    panel(t('admin-group-members'), membersTable, addMemberForm, membersStatus),
    el('div', { className: 'panel-grid' },
      panel(t('admin-group-details'), detailsForm),
      panel(t('admin-group-devices'), el('p', { className: 'muted', text: t('admin-group-devices-intro') }), devicesTable, deviceForm, deviceStatus)));
}

export default {
  route: 'groups',
  titleKey: 'admin-groups-title',
  permission: 'admin.manage_users',
  render(root, ctx) {
    return ctx.param ? detailView(root, ctx.param, ctx) : listView(root);
  },
};
