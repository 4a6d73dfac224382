-- Verified domains: a tenant claims a DNS domain and proves it with a TXT record (or the
-- server operator marks it verified). A domain is verified for at most one tenant.

CREATE TABLE tenant_domains (
    tenant_id    TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    domain       TEXT NOT NULL,
    txt_token    TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    verified_at  BIGINT,
    verified_by  TEXT,
    PRIMARY KEY (tenant_id, domain)
);
CREATE INDEX tenant_domains_domain ON tenant_domains(domain);
