// Form helpers for the sign-in and setup pages: field errors, password rules, busy buttons.
import { t } from './i18n.js';

export const MIN_PASSWORD_CHARS = 12;
export const MAX_PASSWORD_CHARS = 1024;

/** Removes every field error and the form's alert text. */
export function clearErrors(form, alert) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const message of form.querySelectorAll('.field-error')) message.textContent = '';
  if (alert) alert.textContent = '';
}

/** Marks `input` invalid and shows `message` in its `#<id>-error` element. */
export function setFieldError(input, message) {
  input.setAttribute('aria-invalid', 'true');
  const target = document.getElementById(`${input.id}-error`);
  if (target) target.textContent = message;
}

/** The text of `input`'s label (its name when it has none). */
function labelText(input) {
  const label = input.labels?.[0];
  return (label?.textContent ?? input.name).trim();
}

/**
 * An error summary: a line saying what to do, then one link per problem, named by its field's
 * label and message, that moves focus to the field and scrolls it into view.
 */
function summary(problems) {
  const list = document.createElement('ul');
  list.className = 'error-summary-list';
  for (const [input, message] of problems) {
    const link = document.createElement('a');
    link.href = `#${input.id}`;
    link.textContent = `${labelText(input)}: ${message}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.focus();
      input.scrollIntoView({ block: 'center' });
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  const intro = document.createElement('p');
  intro.className = 'error-summary-title';
  intro.textContent = t('form-error-summary');
  return [intro, list];
}

/**
 * Shows `problems` (a list of `[input, message]`): each next to its field, and in the form's
 * alert as an error summary whose links lead to the fields; moves focus to the first field.
 * Returns true when there were none.
 */
export function report(problems, alert) {
  for (const [input, message] of problems) setFieldError(input, message);
  if (problems.length === 0) return true;
  if (alert) alert.replaceChildren(...summary(problems));
  problems[0][0].focus();
  return false;
}

/** Problems with required text and e-mail inputs that are empty or malformed. */
export function checkFields(inputs) {
  const problems = [];
  for (const input of inputs) {
    if (input.required && input.value.trim() === '') {
      problems.push([input, t('form-required')]);
    } else if (input.type === 'email' && input.validity.typeMismatch) {
      problems.push([input, t('form-email-invalid')]);
    }
  }
  return problems;
}

/** What is wrong with the length of a new password (the server's rule), or null. */
export function passwordLengthProblem(value) {
  const length = [...value].length;
  if (length < MIN_PASSWORD_CHARS) return t('password-too-short', { min: MIN_PASSWORD_CHARS });
  if (length > MAX_PASSWORD_CHARS) return t('password-too-long', { max: MAX_PASSWORD_CHARS });
  return null;
}

/** Problems with a new password and its confirmation. */
export function checkNewPassword(password, confirm) {
  const problem = passwordLengthProblem(password.value);
  if (problem) return [[password, problem]];
  if (password.value !== confirm.value) {
    return [[confirm, t('password-mismatch')]];
  }
  return [];
}

/** Disables `button` and marks `form` busy while a request is in flight. */
export function setBusy(form, button, busy) {
  button.disabled = busy;
  form.setAttribute('aria-busy', String(busy));
}
