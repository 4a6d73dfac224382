// Enrollment tokens: create one (its secret is shown once, with a copy button), list them
// with their use and expiry, and revoke them.
import {
  badge, button, confirmAction, copyText, el, errorMessage, field, formDialog, http, panel,
  reportProblems, requiredProblems, rowActions, sectionHeader, signedOut, t, table, when,
  wholeNumber,
} from './ui.js';

function tokenState(token) {
  if (token.revoked) return badge(t('admin-token-revoked'), 'neutral');
  if (Date.parse(token.expires_at) <= Date.now()) return badge(t('admin-token-expired'), 'neutral');
  if (token.uses >= token.max_uses) return badge(t('admin-token-used-up'), 'warning');
  return badge(t('admin-token-active'), 'success');
}

function usable(token) {
  return !token.revoked && Date.parse(token.expires_at) > Date.now() && token.uses < token.max_uses;
}

/** The dialog's second step: the secret, once, with a copy button. */
function showSecret(created, form, { submitButton, cancelButton }) {
  const id = `token-secret-${created.token.id}`;
  const secret = el('input', { className: 'secret-input', attrs: { id, type: 'text', readonly: true, spellcheck: 'false', dir: 'ltr', 'aria-describedby': `${id}-hint` }, props: { value: created.secret } });
  const copyStatus = el('p', { className: 'status-text', attrs: { role: 'status' } });
  const copyButton = button(t('admin-copy'), async () => {
    const copied = await copyText(created.secret, secret);
    copyStatus.textContent = copied ? t('admin-token-copied') : t('admin-token-copy-failed');
  }, { variant: 'primary', ariaLabel: t('admin-token-copy-label') });
  const body = form.querySelector('.dialog-body');
  body.replaceChildren(
    el('p', { className: 'notice notice-warning', text: t('admin-token-shown-once') }),
    el('div', { className: 'field' },
      el('label', { text: t('admin-token-secret', { name: created.token.name }), attrs: { for: id } }),
      el('div', { className: 'copy-row' }, secret, copyButton),
      el('p', { className: 'hint', text: t('admin-token-secret-hint'), attrs: { id: `${id}-hint` } }),
      copyStatus),
  );
  submitButton.hidden = true;
  cancelButton.textContent = t('admin-done');
  cancelButton.classList.replace('button-secondary', 'button-primary');
  secret.focus();
  secret.select();
}

function createDialog(onCreated) {
  let name;
  let hours;
  let uses;
  let created = null;
  const { dialog } = formDialog({
    title: t('admin-token-create-title'),
    submitLabel: t('admin-token-create-submit'),
    build: () => {
      name = field({ label: t('admin-token-name'), name: 'name', required: true, hint: t('admin-token-name-hint'), attrs: { maxlength: 100, autocomplete: 'off' } });
      hours = field({ label: t('admin-token-hours'), type: 'number', name: 'expires_in_hours', value: '168', required: true, hint: t('admin-token-hours-hint'), attrs: { min: 1, max: 720, step: 1, inputmode: 'numeric' } });
      uses = field({ label: t('admin-token-max-uses'), type: 'number', name: 'max_uses', value: '25', required: true, hint: t('admin-token-max-uses-hint'), attrs: { min: 1, max: 10000, step: 1, inputmode: 'numeric' } });
      return [name.field, el('div', { className: 'two-columns' }, hours.field, uses.field)];
    },
    submit: async (form, alert, controls) => {
      // Enter in the secret's box submits again: that means "done", never a second token.
      if (created) return true;
      const problems = requiredProblems([name.input]);
      const expires = wholeNumber(hours.input, 1, 720, problems);
      const max = wholeNumber(uses.input, 1, 10000, problems);
      if (!reportProblems(problems, alert)) return false;
      created = await http.post('/api/v1/enrollment-tokens', { name: name.input.value.trim(), expires_in_hours: expires, max_uses: max });
      showSecret(created, form, controls);
      return false;
    },
  });
  dialog.addEventListener('close', () => {
    if (created) onCreated(created.token);
  });
}

export default {
  route: 'enrollment',
  titleKey: 'admin-tokens-title',
  permission: 'admin.manage_devices',

  async render(root) {
    const { header, status } = sectionHeader(t('admin-tokens-title'), t('admin-tokens-intro'), [
      button(t('admin-token-create'), () => createDialog((token) => {
        status.textContent = t('admin-token-created', { name: token.name });
        draw().catch(fail);
      }), { variant: 'primary' }),
    ]);
    const box = el('div');

    function fail(err) {
      if (!signedOut(err)) status.textContent = errorMessage(err);
    }

    async function draw() {
      const { items } = await http.get('/api/v1/enrollment-tokens');
      box.replaceChildren(table({
        caption: t('admin-tokens-title'),
        columns: [
          { label: t('admin-column-name') },
          { label: t('admin-column-status') },
          { label: t('admin-column-uses'), className: 'numeric' },
          { label: t('admin-column-created') },
          { label: t('admin-column-expires') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: items.map((token) => [
          el('span', { text: token.name, attrs: { dir: 'auto' } }),
          tokenState(token),
          t('admin-token-uses', { uses: token.uses, max: token.max_uses }),
          when(token.created_at),
          when(token.expires_at),
          usable(token)
            ? rowActions(button(t('admin-revoke'), () => revoke(token), { small: true, variant: 'danger-outline', ariaLabel: t('admin-token-revoke-label', { name: token.name }) }))
            : '',
        ]),
        empty: t('admin-tokens-empty'),
      }));
    }

    function revoke(token) {
      confirmAction({
        title: t('admin-token-revoke-title', { name: token.name }),
        message: t('admin-token-revoke-text'),
        confirmLabel: t('admin-token-revoke-confirm'),
        action: async () => {
          await http.del(`/api/v1/enrollment-tokens/${encodeURIComponent(token.id)}`);
          status.textContent = t('admin-token-revoked-done', { name: token.name });
          await draw();
        },
      });
    }

    await draw();
    root.append(header, status, panel(t('admin-tokens-list'), box));
  },
};
