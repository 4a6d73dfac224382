//! The device's identity: its Ed25519 key, the credential the server issued at enrollment,
//! and the server it belongs to. One JSON file, readable only by the user who enrolled, written
//! atomically so a crash never leaves half a file. A damaged, foreign or exposed file is
//! refused with a message that says how to enroll again.

use std::fs;
use std::io::Write as _;
use std::os::unix::fs::{
    DirBuilderExt as _, MetadataExt as _, OpenOptionsExt as _, PermissionsExt as _,
};
use std::path::{Path, PathBuf};

use assist_protocol::ids::DeviceId;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signer as _, SigningKey};
use serde::{Deserialize, Serialize};

/// The file's format version.
const FORMAT: u32 = 1;
/// The file's name inside the agent's directory.
pub const FILE_NAME: &str = "device.json";

/// Why the credential could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    /// Not enrolled yet.
    #[error(
        "this device is not enrolled (no {path}).\nEnroll it with: assist-agent enroll --server URL --token TOKEN"
    )]
    Missing {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// The file exists but is not a credential this agent wrote.
    #[error(
        "the device credential {path} is damaged or not an Assist credential ({reason}).\nEnroll again with: assist-agent enroll --server URL --token TOKEN --force"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Someone else's file.
    #[error(
        "the device credential {path} belongs to another user (uid {owner}); the agent uses only its own user's credential.\nEnroll this user with: assist-agent enroll --server URL --token TOKEN --force"
    )]
    Foreign {
        /// The file.
        path: PathBuf,
        /// Its owner.
        owner: u32,
    },
    /// Others can read the private key.
    #[error(
        "the device credential {path} can be read by other users (mode {mode:o}); its key may be known.\nEnroll again with: assist-agent enroll --server URL --token TOKEN --force"
    )]
    Exposed {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// Enrolled already, and `--force` was not given.
    #[error(
        "this device is already enrolled with {server} ({path}). Add --force to enroll again and replace it."
    )]
    AlreadyEnrolled {
        /// The file.
        path: PathBuf,
        /// The server it is enrolled with.
        server: String,
    },
    /// Reading or writing failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// "read", "write", ...
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// On disk.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    format: u32,
    server: String,
    device_id: DeviceId,
    credential: String,
    public_key: String,
    signing_key: String,
}

/// An enrolled device's identity.
#[derive(Clone)]
pub struct Credential {
    /// The server's origin, such as `https://assist.example.com`.
    pub server: String,
    /// The device's ID.
    pub device_id: DeviceId,
    secret: String,
    key: SigningKey,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("server", &self.server)
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

/// A request signature: what goes in the `Authorization`, `X-Assist-Timestamp` and
/// `X-Assist-Signature` headers (or a join's device proof).
#[derive(Clone, Debug)]
pub struct Signature {
    /// `Device <credential>`'s credential.
    pub credential: String,
    /// Unix milliseconds.
    pub timestamp_ms: i64,
    /// Base64 Ed25519 signature.
    pub signature: String,
}

impl Credential {
    /// A new identity for a device the server just enrolled.
    #[must_use]
    pub fn new(server: String, device_id: DeviceId, credential: String, key: SigningKey) -> Self {
        Self {
            server,
            device_id,
            secret: credential,
            key,
        }
    }

    /// A fresh key pair for enrolling.
    #[must_use]
    pub fn generate_key() -> SigningKey {
        SigningKey::generate(&mut rand::rngs::OsRng)
    }

    /// The public half of `key`, as the enroll request carries it.
    #[must_use]
    pub fn public_key_base64(key: &SigningKey) -> String {
        STANDARD.encode(key.verifying_key().as_bytes())
    }

    /// Signs a request the way the server checks it: method, path, timestamp and the body's
    /// SHA-256 (`assist_protocol::api::devices::signing_input`).
    #[must_use]
    pub fn sign(&self, method: &str, path: &str, body: &[u8], timestamp_ms: i64) -> Signature {
        let input = assist_protocol::api::devices::signing_input(method, path, timestamp_ms, body);
        Signature {
            credential: self.secret.clone(),
            timestamp_ms,
            signature: STANDARD.encode(self.key.sign(&input).to_bytes()),
        }
    }

    /// Reads and checks the credential in `dir`.
    pub fn load(dir: &Path) -> Result<Self, CredentialError> {
        let path = dir.join(FILE_NAME);
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Err(CredentialError::Missing { path });
            }
            Err(source) => {
                return Err(CredentialError::Io {
                    action: "read",
                    path,
                    source,
                });
            }
        };
        let me = rustix::process::getuid().as_raw();
        if meta.uid() != me {
            return Err(CredentialError::Foreign {
                path,
                owner: meta.uid(),
            });
        }
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(CredentialError::Exposed { path, mode });
        }
        let text = fs::read(&path).map_err(|source| CredentialError::Io {
            action: "read",
            path: path.clone(),
            source,
        })?;
        Self::parse(&text).map_err(|reason| CredentialError::Corrupt { path, reason })
    }

    fn parse(text: &[u8]) -> Result<Self, String> {
        let stored: Stored = serde_json::from_slice(text).map_err(|err| err.to_string())?;
        if stored.format != FORMAT {
            return Err(format!("format {} is not {FORMAT}", stored.format));
        }
        let key: [u8; 32] = STANDARD
            .decode(stored.signing_key.as_bytes())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or("the key is not 32 bytes of base64")?;
        let key = SigningKey::from_bytes(&key);
        if Self::public_key_base64(&key) != stored.public_key {
            return Err("the key does not match its public half".to_owned());
        }
        if stored.credential.is_empty() || stored.credential.chars().any(char::is_control) {
            return Err("the credential is empty or malformed".to_owned());
        }
        url::Url::parse(&stored.server).map_err(|err| format!("the server address: {err}"))?;
        Ok(Self {
            server: stored.server,
            device_id: stored.device_id,
            secret: stored.credential,
            key,
        })
    }

    /// Refuses to overwrite an existing credential unless `force`.
    pub fn check_replaceable(dir: &Path, force: bool) -> Result<(), CredentialError> {
        if force {
            return Ok(());
        }
        match Self::load(dir) {
            Ok(existing) => Err(CredentialError::AlreadyEnrolled {
                path: dir.join(FILE_NAME),
                server: existing.server,
            }),
            // Missing, or unusable anyway: enrolling is the fix the messages suggest.
            Err(_) => Ok(()),
        }
    }

    /// Writes the credential into `dir` (created with mode 0700 if needed), mode 0600,
    /// replacing any older one atomically.
    pub fn save(&self, dir: &Path) -> Result<(), CredentialError> {
        let io = |action, path: &Path| {
            let path = path.to_owned();
            move |source| CredentialError::Io {
                action,
                path,
                source,
            }
        };
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io("create", dir))?;
        let stored = Stored {
            format: FORMAT,
            server: self.server.clone(),
            device_id: self.device_id,
            credential: self.secret.clone(),
            public_key: Self::public_key_base64(&self.key),
            signing_key: STANDARD.encode(self.key.to_bytes()),
        };
        let text = serde_json::to_vec_pretty(&stored).expect("a credential serialises");
        let path = dir.join(FILE_NAME);
        let temp = dir.join(format!(".{FILE_NAME}.{}", std::process::id()));
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&temp)
            .map_err(io("write", &temp))?;
        let written = file
            .write_all(&text)
            .and_then(|()| file.sync_all())
            .and_then(|()| fs::rename(&temp, &path));
        if let Err(source) = written {
            let _ = fs::remove_file(&temp);
            return Err(CredentialError::Io {
                action: "write",
                path,
                source,
            });
        }
        Ok(())
    }
}

/// Where the agent keeps its files: `$ASSIST_AGENT_DIR`, else `$XDG_CONFIG_HOME/assist`, else
/// `~/.config/assist`.
#[must_use]
pub fn default_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("ASSIST_AGENT_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("assist");
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| ".".into());
    PathBuf::from(home).join(".config").join("assist")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Credential {
        Credential::new(
            "https://assist.example".to_owned(),
            DeviceId::generate(),
            "dev_secret".to_owned(),
            Credential::generate_key(),
        )
    }

    #[test]
    fn saves_readable_only_by_its_user_and_loads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cred = sample();
        cred.save(dir.path()).expect("saved");
        let mode = fs::metadata(dir.path().join(FILE_NAME))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let loaded = Credential::load(dir.path()).expect("loads");
        assert_eq!(loaded.device_id, cred.device_id);
        assert_eq!(loaded.server, cred.server);
        let a = cred.sign("POST", "/x", b"{}", 1);
        let b = loaded.sign("POST", "/x", b"{}", 1);
        assert_eq!(a.signature, b.signature, "same key");
    }

    #[test]
    fn corrupt_exposed_and_missing_files_say_how_to_enroll_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = Credential::load(dir.path()).expect_err("missing");
        assert!(matches!(missing, CredentialError::Missing { .. }));
        assert!(missing.to_string().contains("assist-agent enroll"));

        let cred = sample();
        cred.save(dir.path()).expect("saved");
        let path = dir.path().join(FILE_NAME);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        let exposed = Credential::load(dir.path()).expect_err("exposed");
        assert!(matches!(
            exposed,
            CredentialError::Exposed { mode: 0o644, .. }
        ));

        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
        for (text, reason) in [
            ("{ not json".to_owned(), "key must be a string"),
            (
                String::from_utf8(fs::read(&path).expect("read"))
                    .expect("utf-8")
                    .replace("\"format\": 1", "\"format\": 9"),
                "format 9",
            ),
            // Another device's key pasted in: the halves disagree.
            (
                String::from_utf8(fs::read(&path).expect("read"))
                    .expect("utf-8")
                    .replacen("\"public_key\": \"", "\"public_key\": \"A", 1),
                "does not match",
            ),
        ] {
            fs::write(&path, &text).expect("write");
            let err = Credential::load(dir.path()).expect_err("corrupt");
            let CredentialError::Corrupt { reason: got, .. } = &err else {
                panic!("{err}");
            };
            assert!(got.contains(reason), "{got}");
            assert!(err.to_string().contains("--force"));
            // Restore a good file for the next case.
            cred.save(dir.path()).expect("saved");
        }
    }

    #[test]
    fn an_existing_enrollment_is_kept_unless_forced() {
        let dir = tempfile::tempdir().expect("temp dir");
        Credential::check_replaceable(dir.path(), false).expect("nothing to replace");
        sample().save(dir.path()).expect("saved");
        let err = Credential::check_replaceable(dir.path(), false).expect_err("kept");
        assert!(err.to_string().contains("--force"));
        Credential::check_replaceable(dir.path(), true).expect("forced");
    }

    #[test]
    fn signatures_verify_against_the_public_key() {
        use ed25519_dalek::Verifier as _;
        let key = Credential::generate_key();
        let cred = Credential::new(
            "https://a.example".into(),
            DeviceId::generate(),
            "c".into(),
            key.clone(),
        );
        let sig = cred.sign("POST", "/api/v1/devices/check-in", b"{\"a\":1}", 42);
        let bytes: [u8; 64] = STANDARD
            .decode(sig.signature)
            .expect("b64")
            .try_into()
            .expect("64");
        let input = format!(
            "POST\n/api/v1/devices/check-in\n42\n{}",
            hex::encode(<sha2::Sha256 as sha2::Digest>::digest(b"{\"a\":1}"))
        );
        key.verifying_key()
            .verify(
                input.as_bytes(),
                &ed25519_dalek::Signature::from_bytes(&bytes),
            )
            .expect("verifies");
    }
}
