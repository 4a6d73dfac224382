// Compliance policies: the rules enrolled devices must meet (minimum OS and agent versions,
// days since the last check-in, disk encryption). Devices are re-evaluated on every change.
import {
  button, checkbox, confirmAction, el, errorMessage, field, formDialog, http, isVersion, panel,
  reportProblems, requiredProblems, rowActions, sectionHeader, signedOut, t, table, when,
  wholeNumber,
} from './ui.js';

function rulesSummary(rules) {
  const parts = [];
  const os = rules.min_os_version;
  if (os.windows) parts.push(t('admin-rule-min-os', { platform: 'Windows', version: os.windows }));
  if (os.macos) parts.push(t('admin-rule-min-os', { platform: 'macOS', version: os.macos }));
  if (os.linux) parts.push(t('admin-rule-min-os', { platform: 'Linux', version: os.linux }));
  if (rules.min_agent_version) parts.push(t('admin-rule-min-agent', { version: rules.min_agent_version }));
  if (rules.max_days_since_check_in) parts.push(t('admin-rule-check-in', { days: rules.max_days_since_check_in }));
  if (rules.disk_encryption_required) parts.push(t('admin-rule-disk'));
  if (parts.length === 0) return el('span', { className: 'muted', text: t('admin-rule-none') });
  return el('ul', { className: 'plain-list' }, parts.map((p) => el('li', { text: p })));
}

function versionField(label, value, name) {
  return field({ label, name, value: value ?? '', hint: t('admin-compliance-version-hint'), attrs: { maxlength: 50, inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', dir: 'ltr' } });
}

function policyDialog({ policy, onDone }) {
  let inputs;
  formDialog({
    title: policy ? t('admin-compliance-edit-title', { name: policy.name }) : t('admin-compliance-create-title'),
    submitLabel: policy ? t('admin-save') : t('admin-compliance-create-submit'),
    wide: true,
    build: () => {
      const rules = policy?.rules ?? { min_os_version: {} };
      const name = field({ label: t('admin-compliance-name'), name: 'name', required: true, value: policy?.name ?? '', hint: t('admin-compliance-name-hint'), attrs: { maxlength: 200, autocomplete: 'off' } });
      const windows = versionField(t('admin-compliance-min-windows'), rules.min_os_version.windows, 'windows');
      const macos = versionField(t('admin-compliance-min-macos'), rules.min_os_version.macos, 'macos');
      const linux = versionField(t('admin-compliance-min-linux'), rules.min_os_version.linux, 'linux');
      const agent = versionField(t('admin-compliance-min-agent'), rules.min_agent_version, 'agent');
      const days = field({ label: t('admin-compliance-max-days'), type: 'number', name: 'max_days', value: rules.max_days_since_check_in ?? '', hint: t('admin-compliance-max-days-hint'), attrs: { min: 1, max: 365, step: 1, inputmode: 'numeric' } });
      const disk = checkbox({ label: t('admin-compliance-disk'), name: 'disk', checked: rules.disk_encryption_required ?? false, hint: t('admin-compliance-disk-hint') });
      inputs = { name: name.input, windows: windows.input, macos: macos.input, linux: linux.input, agent: agent.input, days: days.input, disk: disk.input };
      return [
        name.field,
        el('fieldset', { className: 'check-group' },
          el('legend', { text: t('admin-compliance-os-legend') }),
          el('p', { className: 'hint', text: t('admin-compliance-os-hint') }),
          el('div', { className: 'three-columns' }, windows.field, macos.field, linux.field)),
        el('fieldset', { className: 'check-group' },
          el('legend', { text: t('admin-compliance-other-legend') }),
          el('div', { className: 'two-columns' }, agent.field, days.field),
          disk.field),
      ];
    },
    submit: async (form, alert) => {
      const problems = requiredProblems([inputs.name]);
      const version = (input) => {
        const text = input.value.trim();
        if (text === '') return null;
        if (!isVersion(text)) {
          problems.push([input, t('admin-compliance-version-invalid')]);
          return null;
        }
        return text;
      };
      const rules = {
        min_os_version: { windows: version(inputs.windows), macos: version(inputs.macos), linux: version(inputs.linux) },
        min_agent_version: version(inputs.agent),
        max_days_since_check_in: inputs.days.value.trim() === '' ? null : wholeNumber(inputs.days, 1, 365, problems),
        disk_encryption_required: inputs.disk.checked,
      };
      if (!reportProblems(problems, alert)) return false;
      const body = { name: inputs.name.value.trim(), rules };
      try {
        const saved = policy
          ? await http.put(`/api/v1/compliance-policies/${encodeURIComponent(policy.id)}`, body)
          : await http.post('/api/v1/compliance-policies', body);
        onDone(t(policy ? 'admin-compliance-saved' : 'admin-compliance-created', { name: saved.name }));
        return true;
      } catch (err) {
        if (err.code === 'conflict') {
          reportProblems([[inputs.name, t('admin-name-taken')]], alert);
          return false;
        }
        throw err;
      }
    },
  });
}

export default {
  route: 'compliance',
  titleKey: 'admin-compliance-title',
  permission: 'admin.manage_policies',

  async render(root) {
    const { header, status } = sectionHeader(t('admin-compliance-title'), t('admin-compliance-intro'), [
      button(t('admin-compliance-create'), () => policyDialog({ onDone: done }), { variant: 'primary' }),
    ]);
    const box = el('div');

    async function draw() {
      const { items } = await http.get('/api/v1/compliance-policies');
      box.replaceChildren(table({
        caption: t('admin-compliance-title'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-rules') },
          { label: t('admin-column-created') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: items.map((policy) => [
          el('span', { text: policy.name, attrs: { dir: 'auto' } }),
          rulesSummary(policy.rules),
          when(policy.created_at),
          rowActions(
            button(t('admin-edit'), () => policyDialog({ policy, onDone: done }), { small: true, ariaLabel: t('admin-compliance-edit-label', { name: policy.name }) }),
            button(t('admin-delete'), () => remove(policy), { small: true, variant: 'danger-outline', ariaLabel: t('admin-compliance-delete-label', { name: policy.name }) }),
          ),
        ]),
        empty: t('admin-compliance-empty'),
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
        title: t('admin-compliance-delete-title', { name: policy.name }),
        message: t('admin-compliance-delete-text'),
        confirmLabel: t('admin-compliance-delete-confirm'),
        action: async () => {
          await http.del(`/api/v1/compliance-policies/${encodeURIComponent(policy.id)}`);
          done(t('admin-compliance-deleted', { name: policy.name }));
        },
      });
    }

    await draw();
    root.append(header, status, panel(t('admin-compliance-list'), box));
  },
};
