// Tenant settings: the organisation's name, whether remote help is on, help on unenrolled
// devices, chat, the security-code lifetime and how long session reports are kept.
import {
  busy, checkbox, clearErrors, el, errorMessage, field, formatDateTime, http, reportProblems,
  requiredProblems, sectionHeader, signedOut, t, wholeNumber, button,
} from './ui.js';

const CODE_MINUTES = [1, 60];
const RETENTION_DAYS = [1, 3650];

export default {
  route: 'settings',
  titleKey: 'admin-settings-title',
  permission: 'admin.manage_settings',

  async render(root) {
    const [settings, tenant] = await Promise.all([http.get('/api/v1/tenant/settings'), http.get('/api/v1/tenant')]);
    let saved = { ...settings, name: tenant.name };
    const { header, status } = sectionHeader(t('admin-settings-title'), t('admin-settings-intro'));

    const orgName = field({ label: t('field-organisation-name'), name: 'name', value: tenant.name, required: true, hint: t('admin-settings-name-hint'), attrs: { maxlength: 200, autocomplete: 'organization' } });
    const remoteHelp = checkbox({ label: t('admin-settings-remote-help'), name: 'remote_help_enabled', checked: settings.remote_help_enabled, hint: t('admin-settings-remote-help-hint') });
    const unenrolled = checkbox({ label: t('admin-settings-unenrolled'), name: 'unenrolled_help_enabled', checked: settings.unenrolled_help_enabled, hint: t('admin-settings-unenrolled-hint') });
    const chat = checkbox({ label: t('admin-settings-chat'), name: 'chat_enabled', checked: settings.chat_enabled, hint: t('admin-settings-chat-hint') });
    const codeMinutes = field({ label: t('admin-settings-code-lifetime'), type: 'number', name: 'code_lifetime_minutes', value: String(settings.code_lifetime_minutes), required: true, hint: t('admin-settings-code-lifetime-hint', { min: CODE_MINUTES[0], max: CODE_MINUTES[1] }), attrs: { min: CODE_MINUTES[0], max: CODE_MINUTES[1], step: 1, inputmode: 'numeric' }, className: 'field-narrow' });
    const retention = field({ label: t('admin-settings-retention'), type: 'number', name: 'report_retention_days', value: String(settings.report_retention_days), required: true, hint: t('admin-settings-retention-hint', { min: RETENTION_DAYS[0], max: RETENTION_DAYS[1] }), attrs: { min: RETENTION_DAYS[0], max: RETENTION_DAYS[1], step: 1, inputmode: 'numeric' }, className: 'field-narrow' });
    const updated = el('p', { className: 'muted small' });
    const showUpdated = (at) => {
      updated.textContent = at ? t('admin-settings-updated-at', { time: formatDateTime(at) }) : t('admin-settings-defaults');
    };
    showUpdated(settings.updated_at);

    const alert = el('div', { className: 'form-alert', attrs: { role: 'alert' } });
    const savedStatus = el('p', { className: 'status-text', attrs: { role: 'status' } });
    const form = el('form', { className: 'settings-form', attrs: { novalidate: true, 'aria-labelledby': header.querySelector('h1').id } },
      el('section', { className: 'panel' },
        el('h2', { text: t('admin-settings-organisation') }),
        orgName.field),
      el('section', { className: 'panel' },
        el('h2', { text: t('admin-settings-remote-help-heading') }),
        el('fieldset', { className: 'check-group' },
          el('legend', { className: 'visually-hidden', text: t('admin-settings-remote-help-heading') }),
          remoteHelp.field, unenrolled.field, chat.field)),
      el('section', { className: 'panel' },
        el('h2', { text: t('admin-settings-limits') }),
        el('div', { className: 'two-columns' }, codeMinutes.field, retention.field)),
      alert,
      el('div', { className: 'form-footer' },
        button(t('admin-settings-save'), null, { type: 'submit', variant: 'primary' }),
        savedStatus),
      updated);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form, alert);
      savedStatus.textContent = '';
      const problems = requiredProblems([orgName.input]);
      const minutes = wholeNumber(codeMinutes.input, ...CODE_MINUTES, problems);
      const days = wholeNumber(retention.input, ...RETENTION_DAYS, problems);
      if (!reportProblems(problems, alert)) return;
      const changes = {};
      if (remoteHelp.input.checked !== saved.remote_help_enabled) changes.remote_help_enabled = remoteHelp.input.checked;
      if (unenrolled.input.checked !== saved.unenrolled_help_enabled) changes.unenrolled_help_enabled = unenrolled.input.checked;
      if (chat.input.checked !== saved.chat_enabled) changes.chat_enabled = chat.input.checked;
      if (minutes !== saved.code_lifetime_minutes) changes.code_lifetime_minutes = minutes;
      if (days !== saved.report_retention_days) changes.report_retention_days = days;
      const name = orgName.input.value.trim();
      if (Object.keys(changes).length === 0 && name === saved.name) {
        savedStatus.textContent = t('admin-no-changes');
        return;
      }
      busy(form, true);
      try {
        if (name !== saved.name) {
          const renamed = await http.patch('/api/v1/tenant', { name });
          saved.name = renamed.name;
          document.getElementById('org-name').textContent = renamed.name;
        }
        if (Object.keys(changes).length) {
          const after = await http.patch('/api/v1/tenant/settings', changes);
          saved = { ...after, name: saved.name };
          showUpdated(after.updated_at);
        }
        savedStatus.textContent = t('admin-settings-saved');
      } catch (err) {
        if (signedOut(err)) return;
        // The server names the setting it refused; show its message next to that field.
        const target = [[codeMinutes.input, 'code_lifetime_minutes'], [retention.input, 'report_retention_days']]
          .find(([, key]) => err.message?.includes(key));
        if (target) {
          reportProblems([[target[0], errorMessage(err)]], alert);
        } else {
          alert.textContent = errorMessage(err);
        }
      } finally {
        busy(form, false);
      }
    });

    root.append(header, status, form);
  },
};
