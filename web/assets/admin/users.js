// Users: the list (searched and paged), creating, editing and deleting accounts, and their
// profile pictures.
import { directory } from './directory.js';
import {
  avatar, badge, button, checkbox, confirmAction, cursorPager, el, errorMessage, field,
  formDialog, http, optional, radioGroup, reportProblems, requiredProblems, rowActions,
  sectionHeader, signedOut, t, table, withQuery,
} from './ui.js';
import { passwordLengthProblem } from '../forms.js';
import { PICTURE_ERRORS, PICTURE_TYPES, pictureProblem } from '../picture.js';

/** The name the server gives the Help desk group when it makes it (`HELP_DESK_GROUP_NAME`). */
export const HELP_DESK_GROUP_NAME = 'Help desk';

const PAGE_SIZE = 50;
const SEARCH_BATCH = 200;
const SEARCH_PAGES = 10;

function matches(user, term) {
  const needle = term.toLocaleLowerCase();
  return [user.display_name, user.email, user.job_title, user.company]
    .some((text) => text && text.toLocaleLowerCase().includes(needle));
}

/**
 * A page of users. The API pages but does not search, so a search reads pages of 200 from
 * `cursor` and keeps the matches, stopping once it has a page's worth.
 */
async function loadUsers(cursor, term) {
  if (!term) return http.get(withQuery('/api/v1/users', { limit: PAGE_SIZE, cursor }));
  const items = [];
  let next = cursor;
  for (let read = 0; read < SEARCH_PAGES; read += 1) {
    // eslint-disable-next-line no-await-in-loop
    const page = await http.get(withQuery('/api/v1/users', { limit: SEARCH_BATCH, cursor: next }));
    items.push(...page.items.filter((user) => matches(user, term)));
    next = page.next_cursor ?? null;
    if (!next || items.length >= PAGE_SIZE) break;
  }
  return { items, next_cursor: next };
}

/** The optional initial password: empty is fine (single sign-on or a recovery link instead). */
function passwordProblem(input) {
  return input.value === '' ? null : passwordLengthProblem(input.value);
}

function profileFields(user = {}) {
  return {
    name: field({ label: t('field-full-name'), name: 'display_name', value: user.display_name ?? '', required: true, attrs: { maxlength: 200, autocomplete: 'off' } }),
    job: field({ label: t('admin-user-job-title'), name: 'job_title', value: user.job_title ?? '', attrs: { maxlength: 200, autocomplete: 'off' } }),
    company: field({ label: t('admin-user-company'), name: 'company', value: user.company ?? '', attrs: { maxlength: 200, autocomplete: 'off' } }),
  };
}

/**
 * The "Create user" dialog, with the role the person gets: member, helper (they join the Help
 * desk group, as "Make helpers" does) or, offered to tenant owners only, administrator. Calls
 * `onDone(message)` once the account exists. Also opened from the Get started checklist.
 */
export function createUserDialog(onDone, me) {
  let inputs;
  let role;
  formDialog({
    title: t('admin-user-create-title'),
    submitLabel: t('admin-user-create-submit'),
    build: () => {
      const email = field({ label: t('field-email'), name: 'email', type: 'email', required: true, attrs: { maxlength: 254, spellcheck: 'false', autocomplete: 'off' } });
      const profile = profileFields();
      const password = field({ label: t('admin-user-initial-password'), name: 'password', type: 'password', hint: t('admin-user-initial-password-hint'), attrs: { autocomplete: 'new-password', maxlength: 1024 } });
      role = radioGroup({
        legend: t('admin-user-role'),
        name: 'role',
        value: 'member',
        items: [
          ['member', t('admin-user-role-member'), t('admin-user-role-member-hint')],
          ['helper', t('admin-user-role-helper'), t('admin-user-role-helper-hint', { group: HELP_DESK_GROUP_NAME })],
          me?.user.is_admin ? ['administrator', t('admin-user-role-administrator'), t('admin-user-is-admin-hint')] : null,
        ].filter(Boolean),
      });
      inputs = { email: email.input, ...Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.input])), password: password.input };
      return [email.field, profile.name.field, profile.job.field, profile.company.field, password.field, role.field];
    },
    submit: async (form, alert) => {
      const problems = requiredProblems([inputs.email, inputs.name]);
      if (!problems.some(([input]) => input === inputs.email) && inputs.email.validity.typeMismatch) {
        problems.push([inputs.email, t('form-email-invalid')]);
      }
      const passwordError = passwordProblem(inputs.password);
      if (passwordError) problems.push([inputs.password, passwordError]);
      if (!reportProblems(problems, alert)) return false;
      const body = {
        email: inputs.email.value.trim(),
        display_name: inputs.name.value.trim(),
        job_title: inputs.job.value.trim(),
        company: inputs.company.value.trim(),
        role: role.value() ?? 'member',
      };
      if (inputs.password.value) body.password = inputs.password.value;
      try {
        const user = await http.post('/api/v1/users', body);
        onDone(body.role === 'helper'
          ? t('admin-user-created-helper', { name: user.display_name })
          : t('admin-user-created', { name: user.display_name }));
        return true;
      } catch (err) {
        if (err.code === 'conflict') {
          reportProblems([[inputs.email, t('error-email-taken')]], alert);
          return false;
        }
        throw err;
      }
    },
  });
}

/** The picture controls of the edit dialog: upload and remove take effect at once. */
function pictureControls(user, onChange) {
  let current = { ...user };
  const preview = el('span', { className: 'picture-preview' });
  const status = el('p', { className: 'status-text', attrs: { role: 'status' } });
  const error = el('p', { className: 'field-error', attrs: { role: 'alert' } });
  const inputId = `picture-${user.id}`;
  const hintId = `${inputId}-hint`;
  const input = el('input', { className: 'visually-hidden file-input', attrs: { id: inputId, type: 'file', accept: PICTURE_TYPES.join(','), 'aria-describedby': hintId } });
  const removeButton = button(t('admin-user-picture-remove'), () => remove());
  const draw = () => {
    preview.replaceChildren(avatar(current, 'large', String(Date.now())));
    removeButton.hidden = !current.has_picture;
  };
  const refresh = async (message) => {
    current = await http.get(`/api/v1/users/${encodeURIComponent(user.id)}`);
    draw();
    status.textContent = message;
    onChange();
  };
  async function upload() {
    const file = input.files?.[0];
    status.textContent = '';
    error.textContent = '';
    if (!file) return;
    const problem = pictureProblem(file);
    if (problem) {
      error.textContent = t(problem);
    } else {
      status.textContent = t('admin-user-picture-uploading');
      try {
        await http.put(`/api/v1/users/${encodeURIComponent(user.id)}/picture`, file, file.type || 'application/octet-stream');
        await refresh(t('admin-user-picture-updated', { name: current.display_name }));
      } catch (err) {
        if (signedOut(err)) return;
        status.textContent = '';
        error.textContent = errorMessage(err, PICTURE_ERRORS);
      }
    }
    input.value = '';
  }
  async function remove() {
    status.textContent = '';
    error.textContent = '';
    try {
      await http.del(`/api/v1/users/${encodeURIComponent(user.id)}/picture`);
      await refresh(t('admin-user-picture-removed', { name: current.display_name }));
      input.focus();
    } catch (err) {
      if (!signedOut(err)) error.textContent = errorMessage(err);
    }
  }
  input.addEventListener('change', upload);
  draw();
  return el('div', { className: 'picture-editor' },
    preview,
    el('div', { className: 'picture-editor-controls' },
      el('div', { className: 'button-row' },
        input,
        el('label', { className: 'button button-secondary', text: t('admin-user-picture-choose'), attrs: { for: inputId } }),
        removeButton),
      el('p', { className: 'hint', text: t('admin-user-picture-hint'), attrs: { id: hintId } }),
      status,
      error));
}

function editDialog(user, me, onDone) {
  let inputs;
  let pictureChanged = false;
  const { dialog } = formDialog({
    title: t('admin-user-edit-title', { name: user.display_name }),
    wide: true,
    build: () => {
      const email = field({ label: t('field-email'), name: 'email', type: 'email', value: user.email, hint: t('admin-user-email-fixed'), attrs: { readonly: true } });
      const profile = profileFields(user);
      const admin = checkbox({ label: t('admin-user-is-admin'), name: 'is_admin', checked: user.is_admin, hint: t('admin-user-is-admin-hint') });
      const disabled = checkbox({ label: t('admin-user-disabled'), name: 'disabled', checked: user.disabled, hint: t('admin-user-disabled-hint') });
      const password = field({ label: t('admin-user-new-password'), name: 'password', type: 'password', hint: t('admin-user-new-password-hint'), attrs: { autocomplete: 'new-password', maxlength: 1024 } });
      if (user.id === me.user.id) {
        admin.input.disabled = true;
        disabled.input.disabled = true;
      }
      inputs = { ...Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.input])), admin: admin.input, disabled: disabled.input, password: password.input };
      return [
        el('div', { className: 'field' }, el('p', { className: 'field-label', text: t('admin-user-picture') }), pictureControls(user, () => { pictureChanged = true; })),
        email.field, profile.name.field, profile.job.field, profile.company.field,
        admin.field, disabled.field, password.field,
      ];
    },
    submit: async (form, alert) => {
      const problems = requiredProblems([inputs.name]);
      const passwordError = passwordProblem(inputs.password);
      if (passwordError) problems.push([inputs.password, passwordError]);
      if (!reportProblems(problems, alert)) return false;
      const body = {};
      const name = inputs.name.value.trim();
      if (name !== user.display_name) body.display_name = name;
      if (inputs.job.value.trim() !== user.job_title) body.job_title = inputs.job.value.trim();
      if (inputs.company.value.trim() !== user.company) body.company = inputs.company.value.trim();
      if (inputs.admin.checked !== user.is_admin) body.is_admin = inputs.admin.checked;
      if (inputs.disabled.checked !== user.disabled) body.disabled = inputs.disabled.checked;
      if (inputs.password.value) body.password = inputs.password.value;
      if (Object.keys(body).length === 0) {
        onDone(pictureChanged ? t('admin-user-saved', { name: user.display_name }) : t('admin-no-changes'));
        return true;
      }
      const saved = await http.patch(`/api/v1/users/${encodeURIComponent(user.id)}`, body);
      pictureChanged = false;
      onDone(t('admin-user-saved', { name: saved.display_name }));
      return true;
    },
  });
  // A picture changed and then "Cancel": the list still has to show the new picture.
  dialog.addEventListener('close', () => {
    if (pictureChanged) onDone('');
  });
}

export default {
  route: 'users',
  titleKey: 'admin-users-title',
  permission: 'admin.manage_users',

  async render(root, ctx) {
    const { header, status } = sectionHeader(t('admin-users-title'), t('admin-users-intro'), [
      button(t('admin-user-create'), () => createUserDialog(done, ctx.me), { variant: 'primary' }),
    ]);
    let term = '';
    const searchInput = el('input', { attrs: { id: 'user-search', type: 'search', name: 'search', maxlength: 200, autocomplete: 'off', spellcheck: 'false' } });
    const searchForm = el('form', { className: 'filter-bar filter-bar-single', attrs: { role: 'search', 'aria-label': t('admin-users-search-label') } },
      el('div', { className: 'field' }, el('label', { text: t('admin-users-search'), attrs: { for: 'user-search' } }), searchInput),
      el('div', { className: 'filter-actions' }, button(t('admin-search'), null, { type: 'submit', variant: 'primary' })));
    const results = el('div', { className: 'results' });
    const summary = el('p', { className: 'muted results-summary' });

    const pager = cursorPager({
      label: t('admin-users-pages'),
      load: (cursor) => loadUsers(cursor, term),
      onError: (err) => {
        if (!signedOut(err)) status.textContent = errorMessage(err);
      },
      render: (page) => {
        summary.textContent = term
          ? t('admin-users-search-summary', { count: page.items.length, term })
          : '';
        results.replaceChildren(table({
          caption: t('admin-users-title'),
          columns: [
            { label: t('admin-column-name') },
            { label: t('admin-column-email') },
            { label: t('admin-column-job-title') },
            { label: t('admin-column-company') },
            { label: t('admin-column-role') },
            { label: t('admin-column-status') },
            { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
          ],
          rows: page.items.map((user) => [
            el('span', { className: 'person' }, avatar(user, 'small'), el('span', { text: user.display_name, attrs: { dir: 'auto' } })),
            el('span', { text: user.email, attrs: { dir: 'ltr' } }),
            optional(user.job_title),
            optional(user.company),
            user.is_admin ? badge(t('role-administrator'), 'accent') : t('role-member'),
            user.disabled ? badge(t('admin-user-status-disabled'), 'danger') : badge(t('admin-user-status-active'), 'success'),
            rowActions(
              button(t('admin-edit'), () => editDialog(user, ctx.me, done), { small: true, ariaLabel: t('admin-user-edit-label', { name: user.display_name }) }),
              user.id === ctx.me.user.id ? null : button(t('admin-delete'), () => remove(user), { small: true, variant: 'danger-outline', ariaLabel: t('admin-user-delete-label', { name: user.display_name }) }),
            ),
          ]),
          empty: term ? t('admin-users-none-found', { term }) : t('admin-users-empty'),
        }));
      },
    });

    function done(message) {
      directory.forget('users');
      if (message) status.textContent = message;
      pager.reload();
    }

    function remove(user) {
      confirmAction({
        title: t('admin-user-delete-title', { name: user.display_name }),
        message: t('admin-user-delete-text', { email: user.email }),
        confirmLabel: t('admin-user-delete-confirm'),
        action: async () => {
          await http.del(`/api/v1/users/${encodeURIComponent(user.id)}`);
          done(t('admin-user-deleted', { name: user.display_name }));
        },
      });
    }

    searchForm.addEventListener('submit', (event) => {
      event.preventDefault();
      term = searchInput.value.trim();
      status.textContent = '';
      pager.restart();
    });

    root.append(header, searchForm, status, summary, results, pager.node);
    await pager.restart();
  },
};
