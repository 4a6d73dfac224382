-- The group that "Make helpers" creates or reuses is found by what it is for, not by its name
-- (which an administrator may change): `purpose` is 'help_desk' on that group, NULL on others.
-- The index also keeps two simultaneous first runs from making two such groups.
ALTER TABLE user_groups ADD COLUMN purpose TEXT;
CREATE UNIQUE INDEX user_groups_purpose ON user_groups(tenant_id, purpose) WHERE purpose IS NOT NULL;
