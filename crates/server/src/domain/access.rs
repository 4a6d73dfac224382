//! Who the caller is, and capabilities that prove a check was made. A privileged operation
//! takes a capability value, `Granted<P>` for permission `P`; the only ways to get one are the
//! permission check and the server operator's command line, so a forgotten check does not
//! compile.

use std::collections::BTreeSet;
use std::marker::PhantomData;

use assist_protocol::api::roles::Permission;
use assist_protocol::ids::{ApiTokenId, SignInSessionId, TenantId, UserId};

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

    /// Proof that the caller holds the tenant-wide permission `P`.
    pub fn grant<P: Need>(&self) -> Result<Granted<P>> {
        if self.has(P::PERMISSION) {
            Ok(Granted {
                tenant_id: self.tenant_id,
                actor: Actor::User(self.user_id),
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

/// Proof that the actor holds permission `P` in one tenant.
#[derive(Debug, PartialEq, Eq)]
pub struct Granted<P> {
    tenant_id: TenantId,
    actor: Actor,
    need: PhantomData<fn() -> P>,
}

impl<P> Clone for Granted<P> {
    fn clone(&self) -> Self {
        Self {
            tenant_id: self.tenant_id,
            actor: self.actor,
            need: PhantomData,
        }
    }
}

impl<P> Granted<P> {
    /// An operator at the server's command line, who may do anything in any tenant.
    pub(crate) fn operator(tenant_id: TenantId) -> Self {
        Self {
            tenant_id,
            actor: Actor::Cli,
            need: PhantomData,
        }
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
