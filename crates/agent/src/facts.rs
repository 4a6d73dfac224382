//! What the device reports about itself at enrollment and check-in: the facts the compliance
//! policies judge (OS version, agent version, disk encryption). Read from the places a Linux
//! system keeps them; anything unreadable is reported as unknown rather than guessed.

use std::fs;
use std::path::Path;

use assist_protocol::api::devices::{DeviceFacts, Platform};
use assist_protocol::text::{FactText, Version, without_disguises};

/// This agent's version.
pub const AGENT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Gathers the facts of this machine.
#[must_use]
pub fn gather() -> DeviceFacts {
    gather_from(Path::new("/"))
}

/// Gathers the facts with `root` as the file system root (tests point it at a fixture).
#[must_use]
pub fn gather_from(root: &Path) -> DeviceFacts {
    let read = |path: &str| {
        fs::read_to_string(root.join(path))
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    let host_name = read("proc/sys/kernel/hostname")
        .or_else(|| read("etc/hostname"))
        .unwrap_or_else(|| "unknown".to_owned());
    let os_release = read("etc/os-release")
        .or_else(|| read("usr/lib/os-release"))
        .unwrap_or_default();
    let os_version = os_release_field(&os_release, "VERSION_ID")
        .or_else(|| read("proc/sys/kernel/osrelease"))
        .unwrap_or_else(|| "0".to_owned());
    let vendor = read("sys/class/dmi/id/sys_vendor").unwrap_or_default();
    let product = read("sys/class/dmi/id/product_name").unwrap_or_default();
    let model = format!("{vendor} {product}").trim().to_owned();
    // Readable by root only on most systems; unknown otherwise.
    let serial = read("sys/class/dmi/id/product_serial").unwrap_or_default();
    DeviceFacts {
        host_name: fact(&host_name),
        platform: Platform::Linux,
        os_version: version(&os_version),
        agent_version: version(AGENT_VERSION),
        model: fact(&model),
        serial_number: fact(&serial),
        disk_encrypted: root_is_encrypted(root),
        primary_user: None,
    }
}

/// A field of `/etc/os-release` (`KEY=value` or `KEY="value"`).
fn os_release_field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let value = line.strip_prefix(key)?.strip_prefix('=')?;
        let value = value.trim().trim_matches(['"', '\'']).to_owned();
        (!value.is_empty()).then_some(value)
    })
}

/// Whether the root file system sits on a dm-crypt (LUKS) device: the block device behind
/// `/` is a device-mapper node whose UUID starts with `CRYPT-`, or one of its parents is.
fn root_is_encrypted(root: &Path) -> bool {
    let Ok(mounts) = fs::read_to_string(root.join("proc/self/mounts")) else {
        return false;
    };
    let Some(device) = mounts.lines().find_map(|line| {
        let mut parts = line.split_whitespace();
        let device = parts.next()?;
        (parts.next()? == "/").then(|| device.to_owned())
    }) else {
        return false;
    };
    // Resolve /dev/mapper/x or /dev/dm-N to its sysfs name.
    let name = fs::canonicalize(root.join(device.trim_start_matches('/')))
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| device.rsplit('/').next().unwrap_or_default().to_owned());
    is_crypt(root, &name, 0)
}

fn is_crypt(root: &Path, block: &str, depth: u32) -> bool {
    if depth > 8 || block.is_empty() || block.contains('/') {
        return false;
    }
    let sys = root.join("sys/class/block").join(block);
    if fs::read_to_string(sys.join("dm/uuid")).is_ok_and(|uuid| uuid.starts_with("CRYPT-")) {
        return true;
    }
    // A logical volume on an encrypted volume: follow the slaves.
    fs::read_dir(sys.join("slaves")).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| is_crypt(root, &e.file_name().to_string_lossy(), depth + 1))
    })
}

/// A fact as the server accepts it: no control characters, at most 200 characters, and
/// without what could disguise a name (a host name with a bidirectional control or a
/// zero-width space would otherwise be refused, and the check-in with it).
fn fact(text: &str) -> FactText {
    let clean: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
    FactText::parse(&without_disguises(&clean))
        .or_else(|_| FactText::parse(""))
        .unwrap_or_else(|_| unreachable!("an empty fact is valid"))
}

fn version(text: &str) -> Version {
    // Keep the leading dotted numbers ("12", "22.04", "6.1.0-18-amd64" → "6.1.0").
    let numeric: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let numeric = numeric.trim_end_matches('.');
    Version::parse(if numeric.is_empty() { "0" } else { numeric })
        .or_else(|_| Version::parse("0"))
        .unwrap_or_else(|_| unreachable!("0 is a version"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_os_release_host_and_dmi() {
        let root = tempfile::tempdir().expect("temp");
        let put = |path: &str, text: &str| {
            let path = root.path().join(path);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, text).expect("write");
        };
        put(
            "etc/os-release",
            "NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n",
        );
        put("proc/sys/kernel/hostname", "desk-42\n");
        put("sys/class/dmi/id/sys_vendor", "LENOVO\n");
        put("sys/class/dmi/id/product_name", "20XW\n");
        let facts = gather_from(root.path());
        assert_eq!(facts.host_name.as_str(), "desk-42");
        assert_eq!(facts.os_version.as_str(), "12");
        assert_eq!(facts.agent_version.as_str(), AGENT_VERSION);
        assert_eq!(facts.model.as_str(), "LENOVO 20XW");
        assert_eq!(facts.platform, Platform::Linux);
        assert!(!facts.disk_encrypted);
    }

    #[test]
    fn facts_lose_what_would_disguise_them() {
        assert_eq!(fact("desk\u{202e}gpj.exe\u{200b}").as_str(), "deskgpj.exe");
        assert_eq!(fact("\u{2067}PC-42\u{2069}\n").as_str(), "PC-42");
    }

    #[test]
    fn finds_luks_under_the_root_file_system() {
        let root = tempfile::tempdir().expect("temp");
        let put = |path: &str, text: &str| {
            let path = root.path().join(path);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, text).expect("write");
        };
        put(
            "proc/self/mounts",
            "proc /proc proc rw 0 0\n/dev/dm-1 / ext4 rw 0 0\n",
        );
        put("dev/dm-1", "");
        // dm-1 is an LVM volume on dm-0, which is LUKS.
        put("sys/class/block/dm-1/dm/uuid", "LVM-abc\n");
        fs::create_dir_all(root.path().join("sys/class/block/dm-1/slaves/dm-0")).expect("mkdir");
        put("sys/class/block/dm-0/dm/uuid", "CRYPT-LUKS2-0123-root\n");
        assert!(gather_from(root.path()).disk_encrypted);
        put("sys/class/block/dm-0/dm/uuid", "LVM-plain\n");
        assert!(!gather_from(root.path()).disk_encrypted);
    }

    #[test]
    fn versions_keep_their_leading_numbers() {
        assert_eq!(version("6.1.0-18-amd64").as_str(), "6.1.0");
        assert_eq!(version("bookworm/sid").as_str(), "0");
        assert_eq!(version("22.04").as_str(), "22.04");
    }
}
