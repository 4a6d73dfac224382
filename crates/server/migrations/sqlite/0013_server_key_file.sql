-- The security codes' key now comes from the server key file (apart from the database), so
-- the one stored here goes: a copy of the database no longer reveals live codes. Codes issued
-- before the upgrade stop working; the helper starts a new session.
DELETE FROM server_keys WHERE name = 'security_code_hmac';
