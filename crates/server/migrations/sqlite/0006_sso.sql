-- Single sign-on: one OpenID Connect provider per tenant, and the sign-ins in flight.

-- The client secret is kept as entered: the server must present it to the provider. Scopes are
-- space-separated, as OAuth sends them.
CREATE TABLE tenant_sso (
    tenant_id           TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    issuer              TEXT NOT NULL,
    client_id           TEXT NOT NULL,
    client_secret       TEXT,
    scopes              TEXT NOT NULL,
    claim_display_name  TEXT NOT NULL,
    claim_job_title     TEXT NOT NULL,
    claim_company       TEXT NOT NULL,
    claim_picture       TEXT NOT NULL,
    button_label        TEXT NOT NULL,
    enabled             BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);

-- A sign-in sent to the provider and not yet back: found by the SHA-256 of its `state`, bound
-- to the browser by the SHA-256 of a cookie, single use (`used_at`), short-lived.
CREATE TABLE sso_logins (
    state_hash     TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    browser_hash   TEXT NOT NULL,
    pkce_verifier  TEXT NOT NULL,
    nonce          TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    used_at        BIGINT
);
CREATE INDEX sso_logins_created_at ON sso_logins(created_at);
