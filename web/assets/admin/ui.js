// Shared building blocks of the admin console: API calls with JSON bodies, DOM helpers, form
// fields with their errors, tables, cursor paging, dialogs and small formatting helpers.
// User data only ever reaches the page through textContent and DOM properties.
import { api } from '../api.js';
import { errorText } from '../errors.js';
import { clearErrors, setFieldError } from '../forms.js';
import { formatDateTime, isolate, t } from '../i18n.js';
import { signedOut } from '../page.js';
import { forbiddenText } from './denied.js';

export { clearErrors, setFieldError, formatDateTime, isolate, signedOut, t };

/* API */

/** The API client; the console calls it `http`. */
export const http = api;

/** `path` with the non-empty entries of `params` as its query string. */
export function withQuery(path, params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Every item of a paged list, following `next_cursor` (up to `max` items). */
export async function loadAll(path, { max = 2000, params = {} } = {}) {
  const items = [];
  let cursor = null;
  do {
    // eslint-disable-next-line no-await-in-loop
    const page = await http.get(withQuery(path, { ...params, limit: 200, cursor }));
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return items;
}


/**
 * A sentence for a failed call. Refusals that explain themselves (a conflict, a value the
 * server refused) keep the server's words, which name the rule; the rest are localized.
 */
export function errorMessage(err, overrides = {}) {
  if (err?.code === 'forbidden' && !overrides.forbidden && forbiddenText()) return forbiddenText();
  if (!overrides[err?.code] && ['conflict', 'invalid_request', 'enrollment_refused'].includes(err?.code) && err.message) {
    return t('admin-error-refused', { reason: err.message });
  }
  return errorText(err, overrides);
}

/* DOM */

export const $ = (id) => document.getElementById(id);

/**
 * Creates an element. `options`: className, text (as textContent), attrs (attributes),
 * props (properties), on (event listeners). `children` are nodes or strings (as text).
 */
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  const { className, text, attrs, props, on } = options;
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  Object.assign(node, props ?? {});
  for (const [type, handler] of Object.entries(on ?? {})) node.addEventListener(type, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let idCounter = 0;
/** A unique element ID with a readable prefix. */
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A button; `variant` is primary, secondary, danger or link. */
export function button(label, onClick, { variant = 'secondary', ariaLabel, type = 'button', small = false } = {}) {
  const classes = ['button', `button-${variant}`];
  if (small) classes.push('button-small');
  return el('button', {
    className: classes.join(' '),
    text: label,
    attrs: { type, 'aria-label': ariaLabel },
    on: onClick ? { click: onClick } : {},
  });
}

/** A small pill; `variant`: neutral, success, warning, danger or accent. */
export function badge(text, variant = 'neutral') {
  return el('span', { className: `pill pill-${variant}`, text });
}

/** Text that may be empty: a muted "Not set" (or `fallback`) instead. */
export function optional(value, fallback = t('admin-not-set')) {
  if (value === null || value === undefined || String(value).trim() === '') {
    return el('span', { className: 'muted', text: fallback });
  }
  return el('span', { text: String(value), attrs: { dir: 'auto' } });
}

/** A date and time, or "—" with a label for screen readers when absent. */
export function when(value) {
  if (!value) return el('span', { className: 'muted', text: t('admin-never'), attrs: {} });
  return el('time', { text: formatDateTime(value), attrs: { datetime: value } });
}

export { avatar, initials } from '../dom.js';

/* Section scaffolding */

/**
 * The top of a section: its heading (focused on navigation), an introduction, and actions.
 * Answers `{ header, heading, status }`; `status` is a polite live region for results.
 */
export function sectionHeader(title, intro, actions = []) {
  const heading = el('h1', { text: title, attrs: { tabindex: '-1', id: uid('section-heading') } });
  const text = el('div', { className: 'section-title' }, heading, intro ? el('p', { className: 'muted section-intro', text: intro }) : null);
  const header = el('div', { className: 'section-header' }, text, actions.length ? el('div', { className: 'section-actions' }, actions) : null);
  const status = el('p', { className: 'status-text section-status', attrs: { role: 'status' } });
  return { header, heading, status };
}

/** A bordered block inside a section, with its own heading. */
export function panel(title, ...children) {
  const id = uid('panel');
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': id } },
    el('h2', { text: title, attrs: { id, tabindex: '-1' } }), ...children);
}

/** Shows `message` in an alert element (or clears it). */
export function showAlert(node, message) {
  node.textContent = message ?? '';
}

/* Form fields */

/**
 * A labelled control with its hint and error, linked by aria-describedby. `type` is an input
 * type, "select" (with `options`: [[value, label], ...]) or "textarea". Answers
 * `{ field, input }`.
 */
export function field({ label, type = 'text', name, value = '', hint, required = false, options = [], attrs = {}, className = '' }) {
  const id = uid(name ?? 'field');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  let input;
  if (type === 'select') {
    input = el('select', { attrs: { id, name } },
      options.map(([optionValue, optionLabel]) => el('option', { text: optionLabel, props: { value: optionValue } })));
    input.value = value ?? '';
  } else if (type === 'textarea') {
    input = el('textarea', { attrs: { id, name, rows: 3, ...attrs } });
    input.value = value ?? '';
  } else {
    input = el('input', { attrs: { id, name, type, ...attrs } });
    input.value = value ?? '';
  }
  input.required = required;
  input.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
  const wrap = el('div', { className: `field ${className}`.trim() },
    el('label', { text: label, attrs: { for: id } }),
    input,
    hint ? el('p', { className: 'hint', text: hint, attrs: { id: hintId } }) : null,
    el('p', { className: 'field-error', attrs: { id: errorId } }));
  return { field: wrap, input };
}

/**
 * A checkbox with its label (and hint). Answers `{ field, input }`. The label may be a name (a
 * group, a person), so it is isolated in a `<bdi>`.
 */
export function checkbox({ label, name, checked = false, hint, value, disabled = false }) {
  const id = uid(name ?? 'check');
  const hintId = `${id}-hint`;
  const input = el('input', { attrs: { id, name, type: 'checkbox' }, props: { checked, disabled } });
  if (value !== undefined) input.value = value;
  if (hint) input.setAttribute('aria-describedby', hintId);
  const wrap = el('div', { className: 'check' },
    input,
    el('div', { className: 'check-text' },
      el('label', { attrs: { for: id } }, el('bdi', { text: label })),
      hint ? el('p', { className: 'hint', text: hint, attrs: { id: hintId } }) : null));
  return { field: wrap, input };
}

/**
 * A fieldset of checkboxes, one per `items` entry `[value, label, hint?]`, with `selected`
 * values checked. Answers `{ field, values(), error }`.
 */
export function checkboxGroup({ legend, items, selected = [], name, hint, emptyText, scroll = false }) {
  const chosen = new Set(selected);
  const errorId = uid('group-error');
  const hintId = `${errorId}-hint`;
  const boxes = items.map(([value, label, itemHint]) => checkbox({ label, name, value, checked: chosen.has(value), hint: itemHint }));
  const set = el('fieldset', { className: `check-group${scroll ? ' check-group-scroll' : ''}`, attrs: { 'aria-describedby': hint ? `${hintId} ${errorId}` : errorId } },
    el('legend', { text: legend }),
    hint ? el('p', { className: 'hint', text: hint, attrs: { id: hintId } }) : null,
    boxes.length ? el('div', { className: 'check-list' }, boxes.map((b) => b.field)) : el('p', { className: 'muted', text: emptyText ?? '' }),
    el('p', { className: 'field-error', attrs: { id: errorId } }));
  return {
    field: set,
    inputs: boxes.map((b) => b.input),
    values: () => boxes.filter((b) => b.input.checked).map((b) => b.input.value),
    error: set.querySelector('.field-error'),
  };
}

/** A fieldset of radio buttons `[value, label, hint?]`. Answers `{ field, value() }`. */
export function radioGroup({ legend, items, value, name }) {
  const groupName = uid(name ?? 'radio');
  const radios = items.map(([itemValue, label, hint]) => {
    const id = uid(groupName);
    const hintId = `${id}-hint`;
    const input = el('input', { attrs: { id, type: 'radio', name: groupName, 'aria-describedby': hint ? hintId : null }, props: { value: itemValue, checked: itemValue === value } });
    return {
      input,
      node: el('div', { className: 'check' }, input,
        el('div', { className: 'check-text' },
          el('label', { text: label, attrs: { for: id } }),
          hint ? el('p', { className: 'hint', text: hint, attrs: { id: hintId } }) : null)),
    };
  });
  const set = el('fieldset', { className: 'check-group' }, el('legend', { text: legend }), el('div', { className: 'check-list' }, radios.map((r) => r.node)));
  return { field: set, value: () => radios.find((r) => r.input.checked)?.input.value };
}

/** Marks a checkbox group's problem (see checkboxGroup). */
export function setGroupError(group, message) {
  group.error.textContent = message;
  group.field.setAttribute('aria-invalid', 'true');
  group.inputs[0]?.focus();
}

/** Disables a form's controls while a request is in flight. */
export function busy(form, isBusy) {
  form.setAttribute('aria-busy', String(isBusy));
  for (const control of form.querySelectorAll('button[type="submit"]')) control.disabled = isBusy;
}

/** Shows each `[input, message]` next to its field and the summary in `alert`; focuses the first. */
export function reportProblems(problems, alert) {
  for (const [input, message] of problems) setFieldError(input, message);
  if (problems.length === 0) return true;
  alert.textContent = problems.length === 1 ? problems[0][1] : t('form-fix-fields');
  problems[0][0].focus();
  return false;
}

/** Problems with required fields left empty. */
export function requiredProblems(inputs) {
  return inputs.filter((input) => input.required && input.value.trim() === '').map((input) => [input, t('form-required')]);
}

/** A whole number in [min, max] from `input`, or a problem. */
export function wholeNumber(input, min, max, problems) {
  const text = input.value.trim();
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < min || value > max) {
    problems.push([input, t('admin-number-range', { min, max })]);
    return null;
  }
  return value;
}

/** Whether `text` is a dotted version such as 14.2.1. */
export function isVersion(text) {
  return /^\d{1,18}(\.\d{1,18}){0,5}$/.test(text);
}

/* Tables */

/**
 * A table. `columns`: [{ label, className?, hidden? }]; `rows`: arrays of cells (strings or
 * nodes), the first cell being the row header. `empty` shows when there are no rows.
 */
export function table({ caption, columns, rows, empty, captionHidden = true }) {
  if (rows.length === 0) return el('p', { className: 'empty-state', text: empty });
  const captionNode = el('caption', { text: caption, className: captionHidden ? 'visually-hidden' : '' });
  const head = el('thead', {}, el('tr', {}, columns.map((column) => el('th', {
    attrs: { scope: 'col' },
    className: column.className ?? '',
  }, column.hidden ? el('span', { className: 'visually-hidden', text: column.label }) : column.label))));
  const body = el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell, index) => el(index === 0 ? 'th' : 'td', {
    attrs: index === 0 ? { scope: 'row' } : {},
    className: columns[index]?.className ?? '',
  }, cell)))));
  const tableNode = el('table', { className: 'data-table' }, captionNode, head, body);
  // Focusable and named, so that a wide table can be scrolled with the keyboard; a group and
  // not a region, so that it adds no landmark beside the panel that holds it.
  return el('div', { className: 'table-wrap', attrs: { role: 'group', 'aria-label': caption, tabindex: '0' } }, tableNode);
}

/** Buttons for a table row, side by side. */
export function rowActions(...buttons) {
  return el('div', { className: 'row-actions' }, buttons);
}

/* Cursor paging */

/**
 * Pages through a cursor-paged list. `load(cursor)` answers `{ items, next_cursor }`;
 * `render(page)` draws it. Answers `{ node, reload(), restart() }`; `node` holds the
 * Previous / Next controls.
 */
export function cursorPager({ label, load, render, onError }) {
  const cursors = [null];
  let index = 0;
  let next = null;
  const previousButton = button(t('admin-page-previous'), () => go(index - 1));
  const nextButton = button(t('admin-page-next'), () => go(index + 1));
  const position = el('span', { className: 'pager-position' });
  const node = el('div', { className: 'pager', attrs: { role: 'group', 'aria-label': label } }, previousButton, position, nextButton);

  async function go(target) {
    if (target > index) {
      if (!next) return;
      cursors[target] = next;
    }
    const cursor = cursors[target] ?? null;
    previousButton.disabled = true;
    nextButton.disabled = true;
    let page;
    try {
      page = await load(cursor);
    } catch (err) {
      previousButton.disabled = index === 0;
      nextButton.disabled = !next;
      onError(err);
      return;
    }
    index = target;
    next = page.next_cursor ?? null;
    cursors.length = index + 1;
    previousButton.disabled = index === 0;
    nextButton.disabled = !next;
    position.textContent = t('admin-page-number', { page: index + 1 });
    node.hidden = index === 0 && !next;
    render(page);
  }

  return {
    node,
    reload: () => go(index),
    restart: () => {
      cursors.length = 1;
      index = 0;
      next = null;
      return go(0);
    },
  };
}

/* Dialogs */

let openDialogs = 0;

/**
 * Opens a modal dialog with a form. `build(form)` answers the fields' nodes; `submit(form,
 * alert)` runs on submit and answers true to close. Focus returns to the opener on close.
 * Answers `{ dialog, close }`.
 */
export function formDialog({ title, description, build, submit, submitLabel = t('admin-save'), cancelLabel = t('admin-cancel'), wide = false, danger = false, role }) {
  const opener = document.activeElement;
  const headingId = uid('dialog-title');
  const descriptionId = `${headingId}-description`;
  const alert = el('div', { className: 'form-alert', attrs: { role: 'alert' } });
  const form = el('form', { className: 'dialog-form', attrs: { novalidate: true, 'aria-labelledby': headingId } });
  const dialog = el('dialog', {
    className: `dialog${wide ? ' dialog-wide' : ''}`,
    attrs: { 'aria-labelledby': headingId, 'aria-describedby': description ? descriptionId : null, role },
  }, form);
  const close = () => {
    if (dialog.open) dialog.close();
  };
  const submitButton = button(submitLabel, null, { variant: danger ? 'danger' : 'primary', type: 'submit' });
  const cancelButton = button(cancelLabel, close);
  form.append(...[
    el('h2', { text: title, attrs: { id: headingId } }),
    description ? el('p', { className: 'muted dialog-description', text: description, attrs: { id: descriptionId } }) : null,
    el('div', { className: 'dialog-body' }, build(form, { submitButton, cancelButton, close })),
    alert,
    el('div', { className: 'dialog-actions' }, cancelButton, submitButton),
  ].filter(Boolean));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, alert);
    for (const set of form.querySelectorAll('fieldset[aria-invalid]')) set.removeAttribute('aria-invalid');
    busy(form, true);
    let done = false;
    try {
      done = await submit(form, alert, { submitButton, cancelButton, close });
    } catch (err) {
      if (!signedOut(err)) {
        alert.textContent = errorMessage(err);
      }
    } finally {
      busy(form, false);
    }
    if (done) close();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    openDialogs -= 1;
    if (openDialogs === 0) document.body.classList.remove('dialog-open');
    // The opener may have been redrawn (a row that was deleted): go to the section heading.
    const target = opener instanceof HTMLElement && opener.isConnected
      ? opener
      : document.querySelector('#section-root h1');
    target?.focus();
  });
  document.body.append(dialog);
  openDialogs += 1;
  document.body.classList.add('dialog-open');
  dialog.showModal();
  // A confirmation starts on Cancel, the harmless choice; a form on its first field.
  const first = role === 'alertdialog'
    ? cancelButton
    : form.querySelector('input:not([type="hidden"]):not([type="file"]):not([disabled]):not([readonly]), select, textarea');
  (first ?? submitButton).focus();
  return { dialog, close, form, alert };
}

/**
 * Asks to confirm a destructive action, then runs `action()`; its failure shows in the
 * dialog. Answers a promise of whether the action ran.
 */
export function confirmAction({ title, message, confirmLabel, action }) {
  return new Promise((resolve) => {
    let ran = false;
    const { dialog } = formDialog({
      title,
      description: message,
      role: 'alertdialog',
      danger: true,
      submitLabel: confirmLabel,
      build: () => [],
      submit: async () => {
        await action();
        ran = true;
        return true;
      },
    });
    dialog.addEventListener('close', () => resolve(ran));
  });
}

/* Copying */

/** Copies `text` to the clipboard; answers whether it worked. */
export async function copyText(text, fallbackInput) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackInput) return false;
    fallbackInput.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/* Dates */

/** The value of a datetime-local input as RFC 3339 (UTC), or '' when empty or invalid. */
export function localToRfc3339(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** A duration between two instants, such as "12 min" or "1 h 5 min". */
export function duration(start, end) {
  if (!start || !end) return '';
  const seconds = Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 1000));
  if (seconds < 60) return t('admin-duration-seconds', { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('admin-duration-minutes', { minutes });
  return t('admin-duration-hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
