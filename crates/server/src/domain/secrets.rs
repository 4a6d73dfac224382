//! Secrets: random tokens (stored only as their SHA-256) and argon2id password hashes.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::{Error, Result};

/// A new random secret: 256 bits from the OS CSPRNG, URL-safe base64, with a short prefix
/// that says what it is (so a leaked one can be recognised by secret scanners).
#[must_use]
pub fn new_token(prefix: &str) -> String {
    let mut bytes = [0_u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{prefix}_{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The stored form of a token: hex SHA-256. Tokens carry 256 bits of entropy, so a fast hash
/// is enough; a slow one would only slow every request.
#[must_use]
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// argon2id with the crate's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommendation).
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

/// Hashes a new password. Slow on purpose: call from a blocking thread.
pub fn hash_password(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| Error::Unexpected(format!("password hashing failed: {err}")))
}

/// A valid hash of a password nobody knows, checked when the account does not exist or has
/// no password, so that such sign-ins take as long as real ones.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password(&new_token("dummy")).unwrap_or_default());

/// Whether `password` matches `hash`. With no hash, does the same work and answers false.
#[must_use]
pub fn verify_password(hash: Option<&str>, password: &str) -> bool {
    let (stored, real) = match hash {
        Some(hash) => (hash, true),
        None => (DUMMY_HASH.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    hasher()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && real
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_prefixed_unique_and_hash_stably() {
        let a = new_token("ast");
        let b = new_token("ast");
        assert!(a.starts_with("ast_") && a.len() == 4 + 43, "{a}");
        assert_ne!(a, b);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), token_hash(&b));
    }

    #[test]
    fn passwords_verify_only_when_right() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(&hash), "correct horse battery"));
        assert!(!verify_password(Some(&hash), "correct horse batterY"));
        assert!(!verify_password(None, "anything at all"));
        assert!(!verify_password(Some("not a hash"), "x"));
    }
}
