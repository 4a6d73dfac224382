// Turns a failed API call into a localized sentence; unknown codes fall back to the server's message.
import { t } from './i18n.js';

const KEYS = {
  network_error: 'error-network',
  invalid_credentials: 'error-invalid-credentials',
  setup_link_invalid: 'error-setup-link-invalid',
  conflict: 'error-conflict',
  unauthenticated: 'error-unauthenticated',
  origin_mismatch: 'error-origin-mismatch',
  payload_too_large: 'error-payload-too-large',
  forbidden: 'error-forbidden',
  timeout: 'error-timeout',
  unavailable: 'error-unavailable',
  internal: 'error-internal',
  second_factor_required: 'error-second-factor-required',
  invalid_second_factor: 'error-invalid-second-factor',
  sso_not_configured: 'error-sso-not-configured',
  sso_provider_unavailable: 'error-sso-provider-unavailable',
  profile_managed: 'error-profile-managed',
};

/** A message for `error`; `overrides` maps error codes to message ids for this context. */
export function errorText(error, overrides = {}) {
  const code = error?.code;
  if (code === 'too_many_attempts') {
    return error.retryAfter
      ? t('error-too-many-attempts-wait', { seconds: error.retryAfter })
      : t('error-too-many-attempts');
  }
  if (overrides[code]) return t(overrides[code]);
  if (code === 'conditional_access_blocked') {
    // The policy's name is the one quoted part of the server's message (`http::error`).
    const policy = /"(.+)"/.exec(error.message ?? '')?.[1];
    return policy ? t('error-conditional-access-blocked', { policy }) : t('error-forbidden');
  }
  // This names the reason, which only the server's message carries.
  if (code === 'sso_failed') return error.message || t('error-forbidden');
  if (KEYS[code]) return t(KEYS[code]);
  if (error?.message) return error.message;
  return t('error-unexpected');
}
