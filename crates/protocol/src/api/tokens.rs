//! Bearer API tokens for scripts and agents.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::ids::ApiTokenId;
use crate::text::TokenName;

/// An API token as listed (its secret is shown once, at creation, and never stored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApiToken {
    /// Its ID.
    pub id: ApiTokenId,
    /// Its label.
    pub name: String,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it stops working, if ever.
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    /// When it was last used (to the minute).
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
}

/// `POST /api/v1/tokens`.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiToken {
    /// A label saying what uses it.
    pub name: TokenName,
    /// Days until it expires, 1 to 365; without it, 90.
    #[schema(minimum = 1, maximum = 365)]
    pub expires_in_days: Option<u32>,
}

/// Answer to [`CreateApiToken`]: the only time the secret is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CreatedApiToken {
    /// The token's record.
    pub token: ApiToken,
    /// The secret, sent as `Authorization: Bearer <secret>`.
    pub secret: String,
}

/// The caller's tokens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApiTokenList {
    /// Live (unrevoked) tokens, newest first.
    pub items: Vec<ApiToken>,
}
