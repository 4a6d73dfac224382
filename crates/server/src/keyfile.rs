//! The server key file: one key per line, base64 (32 bytes), the current key first and the
//! previous ones (still accepted for opening what they sealed) after it; `#` lines are
//! comments. Created with a fresh key, readable by its owner only, on the first start. Every
//! node of one deployment needs the same file. See `domain::sealing` for what the key protects
//! and docs/ADMIN.md for rotation.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::domain::sealing::{Key, ServerKeys};

/// Why the key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// Reading or writing it failed.
    #[error("server key file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A line is not a base64 key of 32 bytes, or the file holds none.
    #[error("server key file {path}: {reason}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> KeyFileError + '_ {
    move |source| KeyFileError::Io {
        path: path.to_owned(),
        source,
    }
}

const HEADER: &str = "# Assist server key: keep it secret and apart from the database backups; every node of\n# one deployment needs the same file. The first key is current; later ones only open old data.\n";

/// The keys in `path`, creating the file with a fresh key when it does not exist.
///
/// # Errors
/// The file cannot be read or created, or holds something other than keys.
pub fn load_or_create(path: &Path) -> Result<ServerKeys, KeyFileError> {
    if !path.exists() {
        write(path, &[ServerKeys::generate_key()], true)?;
    }
    load(path)
}

/// The keys in `path`.
///
/// # Errors
/// The file cannot be read, or holds something other than keys.
pub fn load(path: &Path) -> Result<ServerKeys, KeyFileError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let keys = parse(&text).map_err(|reason| KeyFileError::Invalid {
        path: path.to_owned(),
        reason,
    })?;
    let (current, previous) = keys.split_first().ok_or_else(|| KeyFileError::Invalid {
        path: path.to_owned(),
        reason: "it holds no key".to_owned(),
    })?;
    Ok(ServerKeys::new(*current, previous.to_vec()))
}

fn parse(text: &str) -> Result<Vec<Key>, String> {
    text.lines()
        .map(str::trim)
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(n, line)| {
            STANDARD
                .decode(line)
                .ok()
                .and_then(|bytes| Key::try_from(bytes.as_slice()).ok())
                .ok_or_else(|| format!("line {} is not a base64 key of 32 bytes", n + 1))
        })
        .collect()
}

/// Puts a fresh key first in `path`, keeping the others after it; answers the new keys.
///
/// # Errors
/// The file cannot be read or written.
pub fn rotate(path: &Path) -> Result<ServerKeys, KeyFileError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let mut keys = parse(&text).map_err(|reason| KeyFileError::Invalid {
        path: path.to_owned(),
        reason,
    })?;
    keys.insert(0, ServerKeys::generate_key());
    write(path, &keys, false)?;
    load(path)
}

/// Writes `keys` to `path` (through a temporary file renamed over it), readable by its owner
/// only.
fn write(path: &Path, keys: &[Key], new: bool) -> Result<(), KeyFileError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io(path))?;
    }
    let temporary = path.with_extension("new");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary).map_err(io(path))?;
    let mut text = HEADER.to_owned();
    for key in keys {
        text.push_str(&STANDARD.encode(key));
        text.push('\n');
    }
    file.write_all(text.as_bytes()).map_err(io(path))?;
    file.sync_all().map_err(io(path))?;
    if new && path.exists() {
        // Another node or process created it meanwhile: theirs wins.
        let _ = std::fs::remove_file(&temporary);
        return Ok(());
    }
    std::fs::rename(&temporary, path).map_err(io(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_private_and_rotated_with_the_old_key_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys/server.key");
        let first = load_or_create(&path).expect("created");
        let again = load_or_create(&path).expect("read");
        assert_eq!(first.current_id(), again.current_id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let sealed = first.seal("x");
        let rotated = rotate(&path).expect("rotated");
        assert_ne!(rotated.current_id(), first.current_id());
        assert_eq!(rotated.open(&sealed).expect("old key kept"), "x");
        std::fs::write(&path, "not a key\n").expect("write");
        assert!(matches!(load(&path), Err(KeyFileError::Invalid { .. })));
    }
}
