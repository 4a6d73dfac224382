-- Role-based access control. Built-in roles have no tenant and the same ID everywhere; custom
-- roles belong to a tenant. An assignment gives a role to the members of its member groups,
-- over its scope: all users, all devices, and/or scope groups.

CREATE TABLE roles (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT REFERENCES tenants(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
CREATE UNIQUE INDEX roles_tenant_name ON roles(COALESCE(tenant_id, ''), name);

CREATE TABLE role_permissions (
    role_id     TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission  TEXT NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE role_assignments (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    role_id      TEXT NOT NULL REFERENCES roles(id),
    name         TEXT NOT NULL,
    all_users    BIGINT NOT NULL DEFAULT 0,
    all_devices  BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    UNIQUE (tenant_id, name)
);

-- kind is 'member' (whose members get the role) or 'scope' (whom it reaches).
CREATE TABLE assignment_groups (
    assignment_id  TEXT NOT NULL REFERENCES role_assignments(id) ON DELETE CASCADE,
    group_id       TEXT NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    PRIMARY KEY (assignment_id, group_id, kind)
);
CREATE INDEX assignment_groups_group ON assignment_groups(group_id);

INSERT INTO roles (id, tenant_id, name, description, created_at) VALUES ('00000000-0000-0000-0000-000000000001', NULL, 'Administrator', 'Everything: users, roles, devices, settings, policies, audit, and remote help over its scope.', 0);
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'remote_help.view_screen');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'remote_help.take_full_control');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'remote_help.elevation');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'remote_tasks.offer_remote_assistance');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'connector.read');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.manage_users');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.manage_roles');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.manage_devices');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.manage_settings');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.manage_policies');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000001', 'admin.read_audit');
INSERT INTO roles (id, tenant_id, name, description, created_at) VALUES ('00000000-0000-0000-0000-000000000002', NULL, 'Help Desk Operator', 'Offers remote help, views screens and takes full control over its scope.', 0);
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000002', 'remote_tasks.offer_remote_assistance');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000002', 'remote_help.view_screen');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000002', 'remote_help.take_full_control');
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000002', 'connector.read');
INSERT INTO roles (id, tenant_id, name, description, created_at) VALUES ('00000000-0000-0000-0000-000000000003', NULL, 'Read-only Operator', 'Reads devices and session reports; cannot offer help.', 0);
INSERT INTO role_permissions (role_id, permission) VALUES ('00000000-0000-0000-0000-000000000003', 'connector.read');
