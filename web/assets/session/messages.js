// Sentences both consoles share: why a session ended, seen from one side, and the session
// API's refusals in words.
import { errorText } from '../errors.js';
import { t } from '../i18n.js';

const REASONS = [
  'helper_left', 'sharer_left', 'helper_disconnected', 'sharer_disconnected',
  'code_expired', 'declined_timeout', 'revoked', 'policy', 'access_withdrawn',
];

/** Why the session ended, told to `role` (`helper` or `sharer`); `name` is the other person. */
export function endedText(reason, role, name) {
  const known = REASONS.includes(reason) ? reason.replace(/_/g, '-') : 'other';
  return t(`ended-${role}-${known}`, { name });
}

const SESSION_ERRORS = {
  remote_help_disabled: 'error-remote-help-disabled',
  code_invalid: 'error-code-invalid',
  code_expired: 'error-code-expired',
  code_used: 'error-code-used',
  unenrolled_device: 'error-unenrolled-device',
  wrong_device: 'error-wrong-device',
  chat_disabled: 'error-chat-disabled',
  invalid_transition: 'error-invalid-transition',
  session_ended: 'error-session-ended',
  control_needs_agent: 'error-control-needs-agent',
  not_found: 'error-session-not-found',
  permission_missing: 'error-permission-missing',
  browser_sharing_not_allowed: 'error-browser-sharing-not-allowed',
  sharer_out_of_scope: 'error-sharer-out-of-scope',
  own_session: 'error-own-session',
  helper_unavailable: 'error-helper-unavailable',
  device_in_other_organisation: 'error-device-in-other-organisation',
  device_out_of_scope: 'error-device-out-of-scope',
  chat_empty: 'error-chat-empty',
  chat_too_long: 'error-chat-too-long',
  chat_invalid_characters: 'error-chat-invalid-characters',
  // A frame or body these pages built wrong: a fault of the page, not of the person, and the
  // server's words for it are English.
  invalid_request: 'error-unexpected',
};

/** The error codes of refused chat messages: said in the chat panel, which keeps the text. */
export const CHAT_ERRORS = [
  'chat_disabled', 'chat_empty', 'chat_too_long', 'chat_invalid_characters', 'invalid_request',
  'too_many_attempts',
];

/** A session API refusal (or an `error` frame) in words. */
export function sessionErrorText(error) {
  return errorText(error, SESSION_ERRORS);
}
