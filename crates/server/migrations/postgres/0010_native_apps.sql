-- Native apps (the Assist app): sign-in sessions held as bearer tokens, and single sign-on
-- through the system browser with a loopback redirect and PKCE (RFC 8252).

-- What holds a sign-in session: 'browser' (the cookie) or 'app' (a bearer token), and the
-- label an app gave itself.
ALTER TABLE sign_in_sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'browser';
ALTER TABLE sign_in_sessions ADD COLUMN app_label TEXT;

-- A single sign-on started by an app: where the app waits (a loopback URI), what it wants
-- echoed, and the PKCE challenge its code must be redeemed with. NULL for browser sign-ins.
ALTER TABLE sso_logins ADD COLUMN app_redirect_uri TEXT;
ALTER TABLE sso_logins ADD COLUMN app_state TEXT;
ALTER TABLE sso_logins ADD COLUMN code_challenge TEXT;

-- One-time codes handed to an app at the end of its single sign-on: found by their SHA-256,
-- bound to the PKCE challenge, 60 seconds, single use (`used_at`). `session_id` is the sign-in
-- session the code was redeemed for, revoked if the code is presented again.
CREATE TABLE app_codes (
    code_hash       TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_challenge  TEXT NOT NULL,
    second_factor   BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT,
    session_id      TEXT
);
CREATE INDEX app_codes_expires_at ON app_codes(expires_at);
