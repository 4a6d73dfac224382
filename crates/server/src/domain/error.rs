//! What a domain operation can refuse, or fail with. The HTTP layer maps each variant to a
//! stable error code and status; `Store` and `Unexpected` become a logged internal error.

use std::time::Duration;

use crate::store::StoreError;

/// A refused or failed operation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input breaks a rule its type could not express.
    #[error("{0}")]
    Invalid(String),
    /// The input is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// No such thing in the caller's tenant.
    #[error("not found")]
    NotFound,
    /// The change conflicts with existing data.
    #[error("{0}")]
    Conflict(String),
    /// The caller may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// No valid credential was presented.
    #[error("sign-in required")]
    Unauthenticated,
    /// Wrong e-mail or password (never saying which).
    #[error("wrong e-mail address or password")]
    InvalidCredentials,
    /// The password was right; the account also needs its authenticator code.
    #[error("this account needs a code from its authenticator app")]
    SecondFactorRequired,
    /// An app's one-time sign-in code is unknown, expired or used, or its PKCE verifier is
    /// wrong (never saying which).
    #[error("this sign-in code is unknown, expired or used, or its verifier is wrong")]
    InvalidAppCode,
    /// The authenticator or recovery code was wrong or already used.
    #[error("the code is wrong or was already used")]
    InvalidSecondFactor,
    /// Too many failed attempts.
    #[error("too many failed attempts; try again in {} seconds", retry_after.as_secs().max(1))]
    TooManyAttempts {
        /// When to try again.
        retry_after: Duration,
    },
    /// The server is at its limit for this kind of work (password hashing); try again soon.
    #[error("the server is busy; try again in {} seconds", retry_after.as_secs().max(1))]
    Busy {
        /// When to try again.
        retry_after: Duration,
    },
    /// The setup or recovery link is unknown, used or expired.
    #[error("this link is not valid: it may have expired or been used already")]
    SetupLinkInvalid,
    /// Single sign-on did not happen (not offered, refused, or the provider failed).
    #[error(transparent)]
    Sso(#[from] super::sso::SsoError),
    /// A remote help session refused (a bad code, remote help off, a move not allowed now).
    #[error(transparent)]
    Session(super::sessions::SessionError),
    /// A device enrollment was refused (the token is unknown, revoked, expired or used up).
    #[error("{0}")]
    EnrollmentRefused(String),
    /// A conditional access policy (named) refused.
    #[error("refused by the conditional access policy \"{0}\"")]
    ConditionalAccess(String),
    /// The caller's profile comes from the organisation's single sign-on, so they may not
    /// change it themselves.
    #[error(
        "your name, job title and company come from your organisation's single sign-on; ask your administrator to change them"
    )]
    ProfileManaged,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Something that should not happen did.
    #[error("{0}")]
    Unexpected(String),
}

/// Result of a domain operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Maps a store failure where a broken uniqueness rule means `message` (a duplicate name or
    /// address), for `map_err`.
    pub(crate) fn on_conflict(message: &'static str) -> impl FnOnce(StoreError) -> Self {
        move |err| match err {
            StoreError::Conflict => Self::Conflict(message.to_owned()),
            other => other.into(),
        }
    }
}
