-- Remote help sessions, their chat, and server-wide keys.
--
-- A session row is also its report: names and e-mail addresses are copied when the people
-- join, so a report still reads right after an account is renamed or deleted. The security
-- code is stored only as a keyed hash; `code_live` marks the one code per hash that can still
-- be redeemed. `machine` holds the state machine (JSON); `state` and `deadline` repeat what
-- queries need; `version` guards concurrent transitions from several nodes.

CREATE TABLE server_keys (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE help_sessions (
    id                   TEXT PRIMARY KEY,
    tenant_id            TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    helper_id            TEXT NOT NULL,
    helper_name          TEXT NOT NULL,
    helper_email         TEXT NOT NULL,
    sharer_id            TEXT,
    sharer_name          TEXT,
    sharer_email         TEXT,
    requested_device_id  TEXT,
    device_id            TEXT,
    device_name          TEXT,
    sharer_client        TEXT,
    code_hash            TEXT NOT NULL,
    code_live            BIGINT NOT NULL DEFAULT 1,
    state                TEXT NOT NULL,
    machine              TEXT NOT NULL,
    deadline             BIGINT,
    version              BIGINT NOT NULL DEFAULT 0,
    helper_connection    TEXT,
    sharer_connection    TEXT,
    created_at           BIGINT NOT NULL,
    joined_at            BIGINT,
    ended_at             BIGINT,
    view_granted         BIGINT NOT NULL DEFAULT 0,
    control_granted      BIGINT NOT NULL DEFAULT 0,
    end_reason           TEXT,
    chat_count           BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX help_sessions_live_code ON help_sessions(tenant_id, code_hash) WHERE code_live = 1;
CREATE INDEX help_sessions_code ON help_sessions(tenant_id, code_hash, created_at);
CREATE INDEX help_sessions_started ON help_sessions(tenant_id, created_at, id);
CREATE INDEX help_sessions_deadline ON help_sessions(deadline) WHERE deadline IS NOT NULL;
CREATE INDEX help_sessions_live ON help_sessions(tenant_id, state) WHERE state <> 'ended';
CREATE INDEX help_sessions_ended ON help_sessions(ended_at) WHERE ended_at IS NOT NULL;

CREATE TABLE chat_messages (
    session_id   TEXT NOT NULL REFERENCES help_sessions(id) ON DELETE CASCADE,
    seq          BIGINT NOT NULL,
    sender_role  TEXT NOT NULL,
    sender_id    TEXT NOT NULL,
    text         TEXT NOT NULL,
    sent_at      BIGINT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
