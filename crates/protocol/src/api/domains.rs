//! Verified domains: a tenant proves it owns a DNS domain, and the trust screen shows whether a
//! person's e-mail domain is one of them.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A domain a tenant claimed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Domain {
    /// The DNS name, lower case.
    pub domain: String,
    /// The TXT record to publish at the domain to prove it (`assist-verification=…`).
    pub txt_record: String,
    /// When it was claimed.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it was verified; absent until then.
    #[serde(with = "time::serde::rfc3339::option")]
    pub verified_at: Option<OffsetDateTime>,
}

/// `POST /api/v1/tenant/domains`.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddDomain {
    /// The DNS name, such as `contoso.com`.
    pub domain: String,
}

/// The tenant's domains.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DomainList {
    /// Alphabetically.
    pub items: Vec<Domain>,
}
