-- Single sign-on signs a person in only through an identity linked to their account: the
-- provider's issuer and its subject (`iss`, `sub`), never the e-mail address alone, so that a
-- changed provider configuration cannot assert someone else's address.
CREATE TABLE sso_identities (
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    tenant_id   TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    linked_at   BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE UNIQUE INDEX sso_identities_user_issuer ON sso_identities(user_id, issuer);

-- A single sign-on started by a signed-in person to link the provider to their own account:
-- their user ID (their sign-in is the account's own proof). NULL for sign-ins.
ALTER TABLE sso_logins ADD COLUMN link_user_id TEXT;
