//! REST request and response bodies under `/api/v1`, one module per resource. Request bodies
//! reject unknown fields, so a misspelt field is an error rather than silently ignored.

pub mod access_policies;
pub mod agent;
pub mod audit;
pub mod auth;
pub mod devices;
pub mod domains;
pub mod groups;
pub mod health;
pub mod help_desk;
pub mod roles;
pub mod second_factor;
pub mod sessions;
pub mod settings;
pub mod setup;
pub mod sso;
pub mod tenants;
pub mod tokens;
pub mod users;

use serde::Deserialize;
use utoipa::IntoParams;

/// Paging for list endpoints: pass the previous page's `next_cursor` to get the next one.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// How many items to return, 1 to 200 (default 50).
    pub limit: Option<u32>,
    /// Opaque cursor from the previous page.
    pub cursor: Option<String>,
}
