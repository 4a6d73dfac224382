-- Tenant settings, TOTP second factor with recovery codes, and whether a sign-in used it.

CREATE TABLE tenant_settings (
    tenant_id                TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    remote_help_enabled      BIGINT NOT NULL DEFAULT 0,
    unenrolled_help_enabled  BIGINT NOT NULL DEFAULT 0,
    chat_enabled             BIGINT NOT NULL DEFAULT 1,
    code_lifetime_minutes    BIGINT NOT NULL DEFAULT 10,
    report_retention_days    BIGINT NOT NULL DEFAULT 30,
    updated_at               BIGINT NOT NULL
);

-- One authenticator per user. Unconfirmed until the user proves it with a code.
CREATE TABLE user_totp (
    user_id       TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    secret        TEXT NOT NULL,
    confirmed_at  BIGINT,
    last_step     BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL
);

CREATE TABLE recovery_codes (
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

ALTER TABLE sign_in_sessions ADD COLUMN second_factor BIGINT NOT NULL DEFAULT 0;
