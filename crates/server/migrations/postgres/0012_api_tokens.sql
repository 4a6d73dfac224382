-- API tokens need a permission to be created (api.create_tokens, in the Administrator role) and
-- expire: tokens made before expiry was the default get 90 days from this upgrade.
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'api.create_tokens');
UPDATE api_tokens SET expires_at = CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT) + CAST(90 AS BIGINT) * 86400000
    WHERE expires_at IS NULL AND revoked_at IS NULL;
