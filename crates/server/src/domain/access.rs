//! Who the caller is, and capabilities that prove a check was made. A privileged operation
//! takes a capability value, `Granted<P>` for permission `P`; the only ways to get one are the
//! permission check and the server operator's command line, so a forgotten check does not
//! compile.

use std::collections::BTreeSet;
use std::marker::PhantomData;
use std::sync::Arc;

use assist_protocol::api::roles::{Permission, Scope};
use assist_protocol::ids::{ApiTokenId, GroupId, SignInSessionId, TenantId, UserId};

use super::audit::Actor;
use super::{Error, Result};

/// How the caller proved who they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credential {
    /// A browser session cookie.
    Session(SignInSessionId),
    /// A bearer API token.
    Token(ApiTokenId),
    /// A bearer token from an app's sign-in: a sign-in session held by a native app.
    App(SignInSessionId),
}

/// An authenticated caller: a user of a tenant, with what their roles allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// Their tenant: the bound of everything they can reach.
    pub tenant_id: TenantId,
    /// Who they are.
    pub user_id: UserId,
    /// Tenant owner: every permission over the whole tenant, whatever the assignments say (the
    /// first administrator, so a tenant cannot lock itself out by editing roles).
    pub is_admin: bool,
    /// How they authenticated.
    pub credential: Credential,
    /// Whether their sign-in (a browser's or an app's) used a second factor (never for API
    /// tokens).
    pub second_factor: bool,
    /// What their role assignments give them, over some scope.
    pub permissions: BTreeSet<Permission>,
    /// Each permission with the scope it was given over (one per assignment and permission).
    pub grants: Arc<[Grant]>,
}

/// One permission as one assignment gives it: over that assignment's scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// The permission.
    pub permission: Permission,
    /// Over whom and what.
    pub scope: Scope,
}

/// Where a holder's grants of one permission reach, all assignments together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// Every user of the tenant.
    pub all_users: bool,
    /// Every device of the tenant.
    pub all_devices: bool,
    /// The users and devices of these groups.
    pub groups: BTreeSet<GroupId>,
}

impl Reach {
    /// The whole tenant.
    #[must_use]
    pub fn everything() -> Self {
        Self {
            all_users: true,
            all_devices: true,
            groups: BTreeSet::new(),
        }
    }

    fn add(&mut self, scope: &Scope) {
        self.all_users |= scope.all_users;
        self.all_devices |= scope.all_devices;
        self.groups.extend(scope.groups.iter().copied());
    }

    /// Whether this reach includes everyone and everything `scope` names. A group is covered
    /// when it is reached itself, or when all users and all devices are.
    #[must_use]
    pub fn covers(&self, scope: &Scope) -> bool {
        (self.all_users || !scope.all_users)
            && (self.all_devices || !scope.all_devices)
            && scope
                .groups
                .iter()
                .all(|group| self.groups.contains(group) || (self.all_users && self.all_devices))
    }

    /// Whether this reach includes a user who is in `groups`.
    #[must_use]
    pub fn reaches_user(&self, groups: &[GroupId]) -> bool {
        self.all_users || groups.iter().any(|group| self.groups.contains(group))
    }

    /// Whether this reach includes a device that is in `groups`.
    #[must_use]
    pub fn reaches_device(&self, groups: &[GroupId]) -> bool {
        self.all_devices || groups.iter().any(|group| self.groups.contains(group))
    }

    /// Whether this reach is the whole organisation.
    #[must_use]
    pub fn is_everything(&self) -> bool {
        self.all_users && self.all_devices
    }

    /// Whether this reach includes the group itself (and so whoever is put in it).
    #[must_use]
    pub fn reaches_group(&self, group: GroupId) -> bool {
        self.all_users || self.groups.contains(&group)
    }
}

/// Everything a caller holds: owner status, or their grants. What `Granted` proofs carry, so
/// that an operation can check that the caller does not hand out more than they hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authority {
    owner: bool,
    grants: Arc<[Grant]>,
}

impl Authority {
    /// A tenant owner's (or the server operator's): everything.
    #[must_use]
    pub fn owner() -> Self {
        Self {
            owner: true,
            grants: Arc::new([]),
        }
    }

    /// Whether this is an owner's.
    #[must_use]
    pub fn is_owner(&self) -> bool {
        self.owner
    }

    /// Where `permission` reaches.
    #[must_use]
    pub fn reach(&self, permission: Permission) -> Reach {
        if self.owner {
            return Reach::everything();
        }
        let mut reach = Reach::default();
        for grant in self.grants.iter().filter(|g| g.permission == permission) {
            reach.add(&grant.scope);
        }
        reach
    }

    /// Whether this holds every one of `grants`: each permission over at least its scope.
    #[must_use]
    pub fn holds(&self, grants: &[Grant]) -> bool {
        self.owner
            || grants
                .iter()
                .all(|grant| self.reach(grant.permission).covers(&grant.scope))
    }

    /// Whether this holds `permission` over any scope.
    #[must_use]
    pub fn has(&self, permission: Permission) -> bool {
        self.owner || self.grants.iter().any(|g| g.permission == permission)
    }
}

impl Principal {
    /// Whether the caller holds `permission` (over some scope).
    #[must_use]
    pub fn has(&self, permission: Permission) -> bool {
        self.is_admin || self.permissions.contains(&permission)
    }

    /// Everything the caller holds, as `Me` shows it.
    #[must_use]
    pub fn effective_permissions(&self) -> Vec<Permission> {
        Permission::ALL
            .into_iter()
            .filter(|p| self.has(*p))
            .collect()
    }

    /// What the caller holds.
    #[must_use]
    pub fn authority(&self) -> Authority {
        if self.is_admin {
            Authority::owner()
        } else {
            Authority {
                owner: false,
                grants: self.grants.clone(),
            }
        }
    }

    /// Proof that the caller holds the permission `P` (over the reach its assignments give). A
    /// permission that acts on the whole organisation (settings, policies, the audit log, device
    /// management: enrollment tokens make devices that are in no group yet) counts
    /// only when given over all users and all devices: a group scope cannot narrow it, so it
    /// must not be mistaken for a narrow grant.
    pub fn grant<P: Need>(&self) -> Result<Granted<P>> {
        let whole_tenant = matches!(
            P::PERMISSION,
            Permission::ManageSettings
                | Permission::ManagePolicies
                | Permission::ReadAudit
                | Permission::ManageDevices
        );
        if whole_tenant && self.has(P::PERMISSION) && !self.is_admin {
            let reach = self.authority().reach(P::PERMISSION);
            if !(reach.all_users && reach.all_devices) {
                return Err(Error::Forbidden(format!(
                    "{} acts on the whole organisation, so it must be given over all users and all devices",
                    P::PERMISSION.name()
                )));
            }
        }
        if self.has(P::PERMISSION) {
            Ok(Granted {
                tenant_id: self.tenant_id,
                actor: Actor::User(self.user_id),
                authority: self.authority(),
                need: PhantomData,
            })
        } else {
            Err(Error::Forbidden(format!(
                "this needs the permission {}",
                P::PERMISSION.name()
            )))
        }
    }

    /// Proof that the caller is a member of their tenant (every principal is).
    #[must_use]
    pub fn member(&self) -> TenantMember {
        TenantMember {
            tenant_id: self.tenant_id,
        }
    }
}

/// A tenant-wide permission, as a type, so capabilities for different permissions differ.
pub trait Need {
    /// The permission.
    const PERMISSION: Permission;
}

macro_rules! needs {
    ($($(#[$meta:meta])* $name:ident => $permission:ident;)*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name;

        impl Need for $name {
            const PERMISSION: Permission = Permission::$permission;
        }
    )*};
}

needs! {
    /// Manage users, groups, pictures and second factors.
    ManageUsers => ManageUsers;
    /// Manage roles and assignments.
    ManageRoles => ManageRoles;
    /// Manage tenant settings.
    ManageSettings => ManageSettings;
    /// Read the audit log.
    ReadAudit => ReadAudit;
    /// Read the device inventory and session reports.
    ReadDevices => ConnectorRead;
    /// Manage devices and enrollment tokens.
    ManageDevices => ManageDevices;
    /// Manage compliance and conditional access policies.
    ManagePolicies => ManagePolicies;
}

/// Proof that the actor holds permission `P` in one tenant, with everything they hold, so the
/// operation can keep to `P`'s reach and refuse to hand out more than the actor holds.
#[derive(Debug, PartialEq, Eq)]
pub struct Granted<P> {
    tenant_id: TenantId,
    actor: Actor,
    authority: Authority,
    need: PhantomData<fn() -> P>,
}

impl<P> Clone for Granted<P> {
    fn clone(&self) -> Self {
        Self {
            tenant_id: self.tenant_id,
            actor: self.actor,
            authority: self.authority.clone(),
            need: PhantomData,
        }
    }
}

impl<P: Need> Granted<P> {
    /// Where `P` reaches for this actor.
    #[must_use]
    pub fn reach(&self) -> Reach {
        self.authority.reach(P::PERMISSION)
    }
}

impl<P> Granted<P> {
    /// An operator at the server's command line, who may do anything in any tenant.
    pub(crate) fn operator(tenant_id: TenantId) -> Self {
        Self {
            tenant_id,
            actor: Actor::Cli,
            authority: Authority::owner(),
            need: PhantomData,
        }
    }

    /// Everything the actor holds.
    #[must_use]
    pub fn authority(&self) -> &Authority {
        &self.authority
    }

    /// The tenant this proof covers.
    #[must_use]
    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    /// Who is acting, for the audit log.
    #[must_use]
    pub fn actor(&self) -> Actor {
        self.actor
    }
}

/// May read what every member of a tenant may read (its settings, profile pictures for the
/// trust screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TenantMember {
    tenant_id: TenantId,
}

impl TenantMember {
    /// The tenant this proof covers.
    #[must_use]
    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }
}

/// How far a helper may go with one person: proof that the helper may offer help to `target`
/// and see their screen, and whether they may also take control. Sessions require it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MayHelp {
    tenant_id: TenantId,
    helper: UserId,
    target: UserId,
    control: bool,
}

impl MayHelp {
    /// Built by the scoped check in `roles::authorize_help` only.
    pub(crate) fn new(tenant_id: TenantId, helper: UserId, target: UserId, control: bool) -> Self {
        Self {
            tenant_id,
            helper,
            target,
            control,
        }
    }

    /// The tenant.
    #[must_use]
    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    /// The helper.
    #[must_use]
    pub fn helper(&self) -> UserId {
        self.helper
    }

    /// The person helped.
    #[must_use]
    pub fn target(&self) -> UserId {
        self.target
    }

    /// Whether full control is allowed (view is always).
    #[must_use]
    pub fn may_control(&self) -> bool {
        self.control
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(all_users: bool, all_devices: bool, groups: &[GroupId]) -> Scope {
        Scope {
            all_users,
            all_devices,
            groups: groups.to_vec(),
        }
    }

    fn grant(permission: Permission, scope: Scope) -> Grant {
        Grant { permission, scope }
    }

    #[test]
    fn a_group_reach_covers_that_group_only() {
        let (a, b) = (GroupId::generate(), GroupId::generate());
        let held = Authority {
            owner: false,
            grants: Arc::new([grant(Permission::ManageUsers, scope(false, false, &[a]))]),
        };
        let reach = held.reach(Permission::ManageUsers);
        assert!(reach.covers(&scope(false, false, &[a])));
        assert!(!reach.covers(&scope(false, false, &[a, b])));
        assert!(!reach.covers(&scope(true, false, &[])));
        assert!(reach.reaches_user(&[b, a]));
        assert!(!reach.reaches_user(&[b]));
        assert!(!reach.reaches_group(b));
        assert!(held.holds(&[grant(Permission::ManageUsers, scope(false, false, &[a]))]));
        assert!(!held.holds(&[grant(Permission::ManageUsers, scope(true, false, &[]))]));
        assert!(!held.holds(&[grant(Permission::ManageRoles, scope(false, false, &[a]))]));
        assert!(!held.has(Permission::ManageRoles));
    }

    #[test]
    fn the_whole_tenant_covers_every_group_and_an_owner_holds_everything() {
        let g = GroupId::generate();
        let all = Reach::everything();
        assert!(all.covers(&scope(true, true, &[g])));
        let users_only = Reach {
            all_users: true,
            ..Reach::default()
        };
        assert!(users_only.reaches_group(g));
        assert!(
            !users_only.covers(&scope(false, false, &[g])),
            "the group's devices are not reached"
        );
        assert!(
            Authority::owner().holds(&[grant(Permission::ManageRoles, scope(true, true, &[g]))])
        );
    }
}
