-- Devices can be members of groups too, so that role assignments can scope them.

CREATE TABLE group_devices (
    group_id   TEXT NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
    device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    added_at   BIGINT NOT NULL,
    PRIMARY KEY (group_id, device_id)
);
CREATE INDEX group_devices_device ON group_devices(device_id);
