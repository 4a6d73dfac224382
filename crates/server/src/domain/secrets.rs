//! Secrets: random tokens (stored only as their SHA-256) and argon2id password hashes.

use std::cell::RefCell;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Argon2, Block};
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

thread_local! {
    /// The argon2 working memory of this thread, kept between hashes. Allocating and freeing
    /// 19 MiB per hash fragments the allocator's heap (small allocations settle in the freed
    /// block, so the next hash takes fresh memory): about 19 MiB more resident per hash, never
    /// returned. Kept per thread, a hash costs no allocation, and memory stays at one block per
    /// thread that hashes (the fixed workers of `domain::hashing`).
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Runs `argon2` into `out` with this thread's kept memory.
fn run_argon2(
    argon2: &Argon2<'_>,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> std::result::Result<(), argon2::Error> {
    MEMORY.with_borrow_mut(|blocks| {
        let needed = argon2.params().block_count();
        if blocks.len() != needed {
            *blocks = vec![Block::default(); needed];
        }
        argon2.hash_password_into_with_memory(password, salt, out, blocks.as_mut_slice())
    })
}

/// Hashes a new password (PHC string format). Slow on purpose: call from a worker thread.
pub fn hash_password(password: &str) -> Result<String> {
    let failed =
        |err: &dyn std::fmt::Display| Error::Unexpected(format!("password hashing failed: {err}"));
    let argon2 = hasher();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0_u8; 64];
    let salt_bytes = salt
        .as_salt()
        .decode_b64(&mut salt_bytes)
        .map_err(|e| failed(&e))?;
    let mut out = [0_u8; argon2::Params::DEFAULT_OUTPUT_LEN];
    run_argon2(&argon2, password.as_bytes(), salt_bytes, &mut out).map_err(|e| failed(&e))?;
    let phc = PasswordHash {
        algorithm: argon2::Algorithm::Argon2id.ident(),
        version: Some(argon2::Version::V0x13.into()),
        params: argon2::password_hash::ParamsString::try_from(argon2.params())
            .map_err(|e| failed(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

/// A valid hash of a password nobody knows, checked when the account does not exist or has
/// no password, so that such sign-ins take as long as real ones.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password(&new_token("dummy")).unwrap_or_default());

/// Whether `password` matches `hash` (a PHC string of any argon2 variant and parameters).
/// With no hash, does the same work and answers false.
#[must_use]
pub fn verify_password(hash: Option<&str>, password: &str) -> bool {
    let (stored, real) = match hash {
        Some(hash) => (hash, true),
        None => (DUMMY_HASH.as_str(), false),
    };
    matches_phc(stored, password) && real
}

fn matches_phc(stored: &str, password: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(expected), Some(salt)) = (parsed.hash, parsed.salt) else {
        return false;
    };
    let Ok(algorithm) = argon2::Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(argon2::Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = argon2::Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0_u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params);
    let mut out = vec![0_u8; expected.len()];
    if run_argon2(&argon2, password.as_bytes(), salt_bytes, &mut out).is_err() {
        return false;
    }
    // Output's equality is constant-time.
    Output::new(&out).is_ok_and(|computed| computed == expected)
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

    #[test]
    fn hashes_agree_with_the_argon2_crates_own_format() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let ours = hash_password("correct horse battery").expect("hash");
        let parsed = PasswordHash::new(&ours).expect("a PHC string");
        assert!(
            Argon2::default()
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"tr0ub4dor", &salt)
            .expect("hash")
            .to_string();
        assert!(verify_password(Some(&theirs), "tr0ub4dor"));
        assert!(!verify_password(Some(&theirs), "tr0ub4dor!"));
        // Other parameters (an older hash, or one tuned up) still verify.
        let light = Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::new(8 * 1024, 3, 1, None).expect("params"),
        )
        .hash_password(b"light", &salt)
        .expect("hash")
        .to_string();
        assert!(verify_password(Some(&light), "light"));
    }

    #[test]
    fn repeated_hashes_take_no_new_memory() {
        let resident = || {
            let status = std::fs::read_to_string("/proc/self/status").expect("status");
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<u64>().ok())
                .expect("VmRSS")
        };
        // On a thread of its own, as the hashing workers are.
        std::thread::spawn(move || {
            let _ = verify_password(None, "warm up");
            let before = resident();
            for _ in 0..10 {
                let _ = verify_password(None, "guess");
                let _ = hash_password("new").expect("hash");
            }
            let grown = resident().saturating_sub(before) / 1024;
            assert!(grown < 19, "20 hashes added {grown} MiB");
        })
        .join()
        .expect("joins");
    }
}
