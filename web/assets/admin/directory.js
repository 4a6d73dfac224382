// Cached lists of the tenant's users, groups, roles and devices, for pickers and for showing
// names where the API answers IDs. Sections call `forget` after changing one of them.
import { http, loadAll } from './ui.js';

const cache = new Map();

function cached(key, load) {
  if (!cache.has(key)) {
    const promise = load();
    cache.set(key, promise);
    // A failure is not remembered, so the next call tries again.
    promise.catch(() => cache.delete(key));
  }
  return cache.get(key);
}

export const directory = {
  users: () => cached('users', () => loadAll('/api/v1/users')),
  groups: () => cached('groups', () => loadAll('/api/v1/groups')),
  devices: () => cached('devices', () => loadAll('/api/v1/devices')),
  roles: () => cached('roles', async () => (await http.get('/api/v1/roles')).items),
  /** Drops the cached list `key` ("users", "groups", "devices" or "roles"). */
  forget(key) {
    cache.delete(key);
  },
};

/** A Map from ID to item. */
export function byId(items) {
  return new Map(items.map((item) => [item.id, item]));
}

/** Items sorted by a text key in the page language. */
export function sortBy(items, key) {
  const collator = new Intl.Collator(document.documentElement.lang || undefined, { sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
