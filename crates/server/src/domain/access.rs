//! Who the caller is, and capabilities that prove a check was made. A privileged operation
//! takes a capability value; the only way to get one is the check, so a forgotten check does
//! not compile. (Role-based permissions replace the administrator flag with the identity and
//! access issue; the capability types stay.)

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
}

/// An authenticated caller: a user of a tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Principal {
    /// Their tenant: the bound of everything they can reach.
    pub tenant_id: TenantId,
    /// Who they are.
    pub user_id: UserId,
    /// Whether they administer the tenant.
    pub is_admin: bool,
    /// How they authenticated.
    pub credential: Credential,
    /// Whether their sign-in used a second factor (never for API tokens).
    pub second_factor: bool,
}

impl Principal {
    /// Proof that the caller administers their tenant.
    pub fn admin(&self) -> Result<TenantAdmin> {
        if self.is_admin {
            Ok(TenantAdmin {
                tenant_id: self.tenant_id,
                actor: Actor::User(self.user_id),
            })
        } else {
            Err(Error::Forbidden(
                "this needs a tenant administrator".to_owned(),
            ))
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

/// May administer one tenant's users, groups and settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TenantAdmin {
    tenant_id: TenantId,
    actor: Actor,
}

impl TenantAdmin {
    /// An operator at the server's command line, who may administer any tenant.
    pub(crate) fn operator(tenant_id: TenantId) -> Self {
        Self {
            tenant_id,
            actor: Actor::Cli,
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

/// May read what every member of a tenant may read (profile pictures for the trust screen).
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
