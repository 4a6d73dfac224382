-- API tokens need a permission to be created (api.create_tokens, in the Administrator role) and
-- expire: tokens made before expiry was the default get 90 days from this upgrade.
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'api.create_tokens');
UPDATE api_tokens SET expires_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 90 * 86400000
    WHERE expires_at IS NULL AND revoked_at IS NULL;
