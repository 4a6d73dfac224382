//! The server's own key, kept apart from the database (the key file, see `crate::keyfile`), and
//! what it protects: secrets the server must read back later (authenticator secrets, identity
//! providers' client secrets) are stored sealed with AES-256-GCM, and keys for other purposes
//! (the security codes' HMAC) are derived from it. A copy of the database alone reveals none
//! of them. Pure: the keys are data; randomness comes from the operating system.
//!
//! A sealed value reads `sealed:v1:<key id>:<base64 of nonce and ciphertext>`. The key id names
//! which of the file's keys sealed it, so after a rotation the previous keys still open old
//! values until they are sealed again with the current one.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use rand::rngs::OsRng;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use sha2::{Digest, Sha256};

/// The prefix of sealed values.
const PREFIX: &str = "sealed:v1:";

/// A 256-bit key.
pub type Key = [u8; 32];

/// Why a stored value could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// Sealed with a key the key file does not hold (another server's file, or a dropped key).
    #[error("sealed with a key this server does not have (key id {0})")]
    UnknownKey(String),
    /// Not a sealed value of a known form, or altered.
    #[error("the sealed value is damaged or was altered")]
    Damaged,
}

/// The key file's keys: the current one, and the previous ones still accepted for opening.
pub struct ServerKeys {
    current: Key,
    previous: Vec<Key>,
}

impl std::fmt::Debug for ServerKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerKeys")
            .field("current", &key_id(&self.current))
            .field("previous", &self.previous.len())
            .finish()
    }
}

/// A key's short public name: not enough to learn anything about it.
fn key_id(key: &Key) -> String {
    let digest = Sha256::new()
        .chain_update(b"assist key id\0")
        .chain_update(key)
        .finalize();
    hex::encode(&digest[..4])
}

/// `label`'s key derived from `key` (HMAC-SHA-256 as the derivation function).
fn derive(key: &Key, label: &str) -> Key {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(label.as_bytes());
    mac.finalize().into_bytes().into()
}

fn aead(key: &Key) -> LessSafeKey {
    let sealing = derive(key, "assist sealing v1");
    LessSafeKey::new(
        UnboundKey::new(&AES_256_GCM, &sealing)
            .unwrap_or_else(|_| unreachable!("a 32-byte key suits AES-256-GCM")),
    )
}

impl ServerKeys {
    /// Keys from the key file: the current first, then the previous.
    #[must_use]
    pub fn new(current: Key, previous: Vec<Key>) -> Self {
        Self { current, previous }
    }

    /// A fresh random key.
    #[must_use]
    pub fn generate_key() -> Key {
        let mut key = [0_u8; 32];
        OsRng.fill_bytes(&mut key);
        key
    }

    /// The current key's id.
    #[must_use]
    pub fn current_id(&self) -> String {
        key_id(&self.current)
    }

    /// The key of the security codes' HMAC.
    #[must_use]
    pub fn code_key(&self) -> Key {
        derive(&self.current, "assist security codes v1")
    }

    /// `plaintext` sealed with the current key.
    #[must_use]
    pub fn seal(&self, plaintext: &str) -> String {
        let mut nonce = [0_u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let mut data = plaintext.as_bytes().to_vec();
        aead(&self.current)
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(PREFIX.as_bytes()),
                &mut data,
            )
            .unwrap_or_else(|_| unreachable!("sealing fails only for inputs of gigabytes"));
        let mut sealed = nonce.to_vec();
        sealed.extend_from_slice(&data);
        format!(
            "{}{}",
            self.current_prefix(),
            STANDARD_NO_PAD.encode(sealed)
        )
    }

    /// The plaintext of a stored value: sealed ones are opened with the key that sealed them;
    /// a value stored before sealing existed is returned as it is.
    ///
    /// # Errors
    /// The key is not in the file, or the value is damaged.
    pub fn open(&self, stored: &str) -> Result<String, SealError> {
        let Some(rest) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_owned());
        };
        let (id, body) = rest.split_once(':').ok_or(SealError::Damaged)?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|key| key_id(key) == id)
            .ok_or_else(|| SealError::UnknownKey(id.to_owned()))?;
        let bytes = STANDARD_NO_PAD
            .decode(body)
            .map_err(|_| SealError::Damaged)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealError::Damaged);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealError::Damaged)?;
        let mut data = ciphertext.to_vec();
        let plain = aead(key)
            .open_in_place(nonce, Aad::from(PREFIX.as_bytes()), &mut data)
            .map_err(|_| SealError::Damaged)?;
        String::from_utf8(plain.to_vec()).map_err(|_| SealError::Damaged)
    }

    /// The beginning of every value sealed with the current key.
    #[must_use]
    pub fn current_prefix(&self) -> String {
        format!("{PREFIX}{}:", self.current_id())
    }

    /// Whether `stored` is sealed with the current key (else it should be sealed again).
    #[must_use]
    pub fn is_current(&self, stored: &str) -> bool {
        stored.starts_with(&self.current_prefix())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_and_hide_their_plaintext() {
        let keys = ServerKeys::new(ServerKeys::generate_key(), Vec::new());
        let sealed = keys.seal("JBSWY3DPEHPK3PXP");
        assert!(sealed.starts_with("sealed:v1:"), "{sealed}");
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            sealed,
            keys.seal("JBSWY3DPEHPK3PXP"),
            "a fresh nonce each time"
        );
        assert_eq!(keys.open(&sealed).expect("opens"), "JBSWY3DPEHPK3PXP");
        assert!(keys.is_current(&sealed));
        // A value stored before sealing reads as it is (and is not current).
        assert_eq!(keys.open("legacy").expect("plain"), "legacy");
        assert!(!keys.is_current("legacy"));
    }

    #[test]
    fn after_a_rotation_old_values_open_and_other_keys_or_tampering_do_not() {
        let old = ServerKeys::generate_key();
        let sealed = ServerKeys::new(old, Vec::new()).seal("client secret");
        let rotated = ServerKeys::new(ServerKeys::generate_key(), vec![old]);
        assert_eq!(rotated.open(&sealed).expect("opens"), "client secret");
        assert!(!rotated.is_current(&sealed));
        let stranger = ServerKeys::new(ServerKeys::generate_key(), Vec::new());
        assert!(matches!(
            stranger.open(&sealed),
            Err(SealError::UnknownKey(_))
        ));
        let mut tampered = sealed.clone();
        let last = tampered.pop().expect("not empty");
        tampered.push(if last == 'A' { 'B' } else { 'A' });
        assert!(matches!(rotated.open(&tampered), Err(SealError::Damaged)));
        assert_ne!(
            rotated.code_key(),
            ServerKeys::new(old, Vec::new()).code_key(),
            "derived keys follow the current key"
        );
    }
}
