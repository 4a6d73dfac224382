-- Devices: enrollment tokens, enrolled devices with their key, credential and last facts, and
-- compliance policies (rules as JSON, evaluated by the server).

CREATE TABLE enrollment_tokens (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    max_uses    BIGINT NOT NULL,
    uses        BIGINT NOT NULL DEFAULT 0,
    revoked_at  BIGINT
);
CREATE INDEX enrollment_tokens_tenant ON enrollment_tokens(tenant_id);

CREATE TABLE devices (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    public_key        TEXT NOT NULL,
    credential_hash   TEXT NOT NULL UNIQUE,
    facts             TEXT NOT NULL,
    search_text       TEXT NOT NULL,
    platform          TEXT NOT NULL,
    compliant         BIGINT NOT NULL DEFAULT 1,
    failing           TEXT NOT NULL DEFAULT '[]',
    enrolled_at       BIGINT NOT NULL,
    last_check_in_at  BIGINT NOT NULL,
    last_request_ms   BIGINT NOT NULL DEFAULT 0,
    retired_at        BIGINT
);
CREATE INDEX devices_tenant ON devices(tenant_id, id);

CREATE TABLE compliance_policies (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    rules       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (tenant_id, name)
);
