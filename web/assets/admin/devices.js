// Devices: the inventory with its enrollment and compliance state, searched, filtered and
// paged; one device (#devices/<id>) with its facts and failing compliance rules; retiring and
// deleting devices.
import { directory } from './directory.js';
import {
  badge, button, confirmAction, cursorPager, el, errorMessage, field, http, optional, panel,
  sectionHeader, signedOut, t, table, when, withQuery,
} from './ui.js';

const PLATFORMS = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };

export function platformName(platform) {
  return PLATFORMS[platform] ?? platform;
}

export function complianceBadge(compliance) {
  return compliance.compliant
    ? badge(t('admin-device-compliant'), 'success')
    : badge(t('admin-device-not-compliant'), 'danger');
}

function stateBadge(state) {
  return state === 'active' ? badge(t('admin-device-state-active'), 'accent') : badge(t('admin-device-state-retired'), 'neutral');
}

function deviceLink(device) {
  return el('a', { className: 'nowrap', text: device.facts.host_name || t('admin-device-unnamed'), attrs: { href: `#devices/${encodeURIComponent(device.id)}`, dir: 'auto' } });
}

// Filters survive leaving and coming back to the list while the page stays open.
const filters = { search: '', platform: '', compliant: '', state: '' };

async function listView(root, ctx) {
  const { header, status } = sectionHeader(t('admin-devices-title'), t('admin-devices-intro'),
    ctx.can('admin.manage_devices')
      ? [el('a', { className: 'button button-secondary', text: t('admin-devices-enroll-link'), attrs: { href: '#enrollment' } })]
      : []);
  const search = field({ label: t('admin-devices-search'), type: 'search', name: 'search', value: filters.search, hint: t('admin-devices-search-hint'), attrs: { maxlength: 200, autocomplete: 'off', spellcheck: 'false' } });
  const platform = field({ label: t('admin-devices-platform'), type: 'select', name: 'platform', value: filters.platform, options: [['', t('admin-filter-any')], ...Object.entries(PLATFORMS)] });
  const compliant = field({ label: t('admin-devices-compliance'), type: 'select', name: 'compliant', value: filters.compliant, options: [['', t('admin-filter-any')], ['true', t('admin-device-compliant')], ['false', t('admin-device-not-compliant')]] });
  const state = field({ label: t('admin-devices-state'), type: 'select', name: 'state', value: filters.state, options: [['', t('admin-filter-any')], ['active', t('admin-device-state-active')], ['retired', t('admin-device-state-retired')]] });
  const form = el('form', { className: 'filter-bar', attrs: { role: 'search', 'aria-label': t('admin-devices-filters') } },
    search.field, platform.field, compliant.field, state.field,
    el('div', { className: 'filter-actions' },
      button(t('admin-apply-filters'), null, { type: 'submit', variant: 'primary' }),
      button(t('admin-clear-filters'), () => {
        search.input.value = '';
        platform.input.value = '';
        compliant.input.value = '';
        state.input.value = '';
        apply();
      })));
  const results = el('div', { className: 'results' });
  const pager = cursorPager({
    label: t('admin-devices-pages'),
    load: (cursor) => http.get(withQuery('/api/v1/devices', { ...filters, limit: 50, cursor })),
    onError: (err) => {
      if (!signedOut(err)) status.textContent = errorMessage(err);
    },
    render: (page) => {
      results.replaceChildren(table({
        caption: t('admin-devices-title'),
        columns: [
          { label: t('admin-column-device') },
          { label: t('admin-column-platform') },
          { label: t('admin-column-primary-user') },
          { label: t('admin-column-agent') },
          { label: t('admin-column-enrollment') },
          { label: t('admin-column-compliance') },
          { label: t('admin-column-last-check-in') },
        ],
        rows: page.items.map((device) => [
          deviceLink(device),
          t('admin-device-platform-version', { platform: platformName(device.facts.platform), version: device.facts.os_version }),
          optional(device.facts.primary_user, t('admin-device-no-primary-user')),
          device.facts.agent_version,
          stateBadge(device.state),
          el('span', { className: 'compliance-cell' }, complianceBadge(device.compliance),
            device.compliance.compliant ? null : el('span', { className: 'muted small', text: t('admin-device-failing-count', { count: device.compliance.failing.length }) })),
          when(device.last_check_in_at),
        ]),
        empty: Object.values(filters).some(Boolean) ? t('admin-devices-none-match') : t('admin-devices-empty'),
      }));
    },
  });

  function apply() {
    filters.search = search.input.value.trim();
    filters.platform = platform.input.value;
    filters.compliant = compliant.input.value;
    filters.state = state.input.value;
    status.textContent = '';
    pager.restart();
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });

  root.append(header, form, status, results, pager.node);
  await pager.restart();
}

function fact(label, value) {
  return el('div', {}, el('dt', { text: label }), el('dd', {}, value));
}

async function detailView(root, id, ctx) {
  const path = `/api/v1/devices/${encodeURIComponent(id)}`;
  const device = await http.get(path);
  const name = device.facts.host_name || t('admin-device-unnamed');
  const back = el('p', { className: 'back-link' }, el('a', { text: t('admin-devices-back'), attrs: { href: '#devices' } }));
  const actions = [];
  if (device.state === 'active' && ctx.can('remote_tasks.offer_remote_assistance')) {
    // The helper console, with this device chosen: the session then works only on it.
    actions.push(el('a', {
      className: 'button button-primary',
      text: t('admin-device-remote-help'),
      attrs: { href: `/helper?device=${encodeURIComponent(device.id)}` },
    }));
  }
  if (ctx.can('admin.manage_devices')) {
    if (device.state === 'active') {
      actions.push(button(t('admin-device-retire'), async () => {
        const retired = await confirmAction({
          title: t('admin-device-retire-title', { name }),
          message: t('admin-device-retire-text'),
          confirmLabel: t('admin-device-retire-confirm'),
          action: () => http.post(`${path}/retire`),
        });
        if (!retired) return;
        directory.forget('devices');
        // Draw the device again, retired, and say so.
        root.replaceChildren();
        try {
          await detailView(root, id, ctx);
        } catch (err) {
          if (!signedOut(err)) root.append(el('p', { className: 'form-alert', text: errorMessage(err), attrs: { role: 'alert' } }));
          return;
        }
        root.querySelector('.section-status').textContent = t('admin-device-retired', { name });
        root.querySelector('h1').focus();
      }));
    }
    actions.push(button(t('admin-device-delete'), () => confirmAction({
      title: t('admin-device-delete-title', { name }),
      message: t('admin-device-delete-text'),
      confirmLabel: t('admin-device-delete-confirm'),
      action: async () => {
        await http.del(path);
        directory.forget('devices');
        location.hash = 'devices';
      },
    }), { variant: 'danger-outline' }));
  }
  const { header, heading, status } = sectionHeader(name, null, actions);
  heading.setAttribute('dir', 'auto');

  const facts = device.facts;
  const details = el('dl', { className: 'details' },
    fact(t('admin-device-host-name'), optional(facts.host_name)),
    fact(t('admin-column-platform'), t('admin-device-platform-version', { platform: platformName(facts.platform), version: facts.os_version })),
    fact(t('admin-device-model'), optional(facts.model)),
    fact(t('admin-device-serial'), optional(facts.serial_number)),
    fact(t('admin-device-agent-version'), facts.agent_version),
    fact(t('admin-device-disk'), facts.disk_encrypted ? t('admin-device-disk-encrypted') : t('admin-device-disk-not-encrypted')),
    fact(t('admin-column-primary-user'), optional(facts.primary_user, t('admin-device-no-primary-user'))),
    fact(t('admin-column-enrollment'), stateBadge(device.state)),
    fact(t('admin-device-enrolled-at'), when(device.enrolled_at)),
    fact(t('admin-column-last-check-in'), when(device.last_check_in_at)),
    fact(t('admin-device-id'), el('code', { text: device.id })));

  const compliance = device.compliance.compliant
    ? [el('p', {}, complianceBadge(device.compliance)), el('p', { className: 'muted', text: t('admin-device-meets-all') })]
    : [el('p', {}, complianceBadge(device.compliance)),
      el('p', { text: t('admin-device-failing-intro') }),
      el('ul', { className: 'failing-rules' }, device.compliance.failing.map((rule) => el('li', { text: rule, attrs: { dir: 'auto' } })))];

  root.append(back, header, status,
    el('div', { className: 'panel-grid' },
      panel(t('admin-device-details'), details),
      panel(t('admin-device-compliance'), ...compliance,
        ctx.can('admin.manage_policies') ? el('p', {}, el('a', { text: t('admin-device-policies-link'), attrs: { href: '#compliance' } })) : null)));
}

export default {
  route: 'devices',
  titleKey: 'admin-devices-title',
  permission: 'connector.read',
  render(root, ctx) {
    return ctx.param ? detailView(root, ctx.param, ctx) : listView(root, ctx);
  },
};

