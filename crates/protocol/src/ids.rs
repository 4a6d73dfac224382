//! Typed identifiers. Each is a UUID (version 7, so ordered by creation time) that cannot be
//! confused with another kind of ID at compile time.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// The error returned when a string is not a valid ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidId;

impl fmt::Display for InvalidId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a valid ID (expected a UUID)")
    }
}

impl std::error::Error for InvalidId {}

macro_rules! typed_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
        )]
        #[serde(transparent)]
        #[schema(value_type = String, format = Uuid)]
        pub struct $name(Uuid);

        impl $name {
            /// A new, unique ID ordered after every ID made before it.
            #[must_use]
            pub fn generate() -> Self {
                Self(Uuid::now_v7())
            }

            /// The ID as a UUID.
            #[must_use]
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(value: Uuid) -> Self {
                Self(value)
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self).map_err(|_| InvalidId)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

typed_id!(
    /// An organisation: every other row belongs to exactly one tenant.
    TenantId
);
typed_id!(
    /// A person who signs in: helper, sharer or administrator.
    UserId
);
typed_id!(
    /// A group of users, used for membership and role scopes.
    GroupId
);
typed_id!(
    /// A bearer API token for scripts and agents.
    ApiTokenId
);
typed_id!(
    /// A signed-in browser session (the cookie's server-side record).
    SignInSessionId
);

typed_id!(
    /// A role: a set of permissions.
    RoleId
);
typed_id!(
    /// A role assignment.
    AssignmentId
);

typed_id!(
    /// An enrolled device.
    DeviceId
);
typed_id!(
    /// A device enrollment token.
    EnrollmentTokenId
);
typed_id!(
    /// A compliance policy.
    CompliancePolicyId
);

typed_id!(
    /// A conditional access policy.
    AccessPolicyId
);
typed_id!(
    /// A remote help session.
    SessionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_strings_and_reject_garbage() {
        let id = UserId::generate();
        assert_eq!(id.to_string().parse::<UserId>(), Ok(id));
        assert_eq!("not-a-uuid".parse::<UserId>(), Err(InvalidId));
    }

    #[test]
    fn generated_ids_are_ordered_by_creation() {
        let first = GroupId::generate();
        let second = GroupId::generate();
        assert!(first < second);
    }
}
