//! `cargo xtask macos-profile --bundle-id ID --team-id TEAM [--out FILE]`: the configuration
//! profile (`.mobileconfig`) an MDM deploys so the Assist app may work on managed Macs.
//!
//! macOS guards both things the app does behind privacy consent (TCC): injecting input needs
//! Accessibility, and capturing the screen needs Screen Recording. A Privacy Preferences Policy
//! Control payload (`com.apple.TCC.configuration-profile-policy`) can grant Accessibility
//! outright; Screen Capture can never be granted by a profile, only delegated, so it lets a
//! standard (non-admin) user switch it on when the app first asks. Each entry names the app by
//! its bundle ID and by a code requirement (Developer ID, signed by that team), so a different
//! binary with the same bundle ID gets nothing. The UUIDs derive from the bundle and team IDs,
//! so a regenerated profile replaces the deployed one instead of adding a second.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use plist::{Dictionary, Value};
use uuid::Uuid;

/// The TCC services the profile sets, with the authorization each gets.
pub const SERVICES: [(&str, &str); 2] = [
    // Input injection (CGEvent posting) needs Accessibility; a profile may allow it.
    ("Accessibility", "Allow"),
    // Screen capture (ScreenCaptureKit) cannot be allowed by a profile, only delegated.
    ("ScreenCapture", "AllowStandardUserToSetSystemService"),
];

/// What the profile is for: the signed app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    bundle_id: String,
    team_id: String,
}

impl App {
    /// Checks a reverse-DNS bundle ID and a 10-character Apple team ID.
    pub fn parse(bundle_id: &str, team_id: &str) -> anyhow::Result<Self> {
        let labels: Vec<&str> = bundle_id.split('.').collect();
        let label_ok =
            |l: &&str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if labels.len() < 2 || !labels.iter().all(label_ok) || bundle_id.len() > 155 {
            bail!(
                "the bundle ID is reverse-DNS, such as com.example.assist (letters, digits, '-' and '.')"
            );
        }
        if team_id.len() != 10
            || !team_id
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            bail!(
                "the team ID is the 10 upper-case letters and digits Apple gave the developer account"
            );
        }
        Ok(Self {
            bundle_id: bundle_id.to_owned(),
            team_id: team_id.to_owned(),
        })
    }

    /// The designated requirement of a Developer ID application of this team, as
    /// `codesign -d -r-` prints it.
    #[must_use]
    pub fn code_requirement(&self) -> String {
        format!(
            "identifier \"{}\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] \
             /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and \
             certificate leaf[subject.OU] = \"{}\"",
            self.bundle_id, self.team_id
        )
    }

    fn uuid(&self, part: &str) -> String {
        let name = format!(
            "assist-macos-profile:{}:{}:{part}",
            self.bundle_id, self.team_id
        );
        Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes())
            .to_string()
            .to_uppercase()
    }

    /// The whole profile.
    #[must_use]
    pub fn profile(&self) -> Value {
        let mut services = Dictionary::new();
        for (service, authorization) in SERVICES {
            let mut entry = Dictionary::new();
            entry.insert("Identifier".into(), self.bundle_id.clone().into());
            entry.insert("IdentifierType".into(), "bundleID".into());
            entry.insert("CodeRequirement".into(), self.code_requirement().into());
            entry.insert("StaticCode".into(), false.into());
            entry.insert("Authorization".into(), authorization.into());
            entry.insert(
                "Comment".into(),
                format!("Assist remote help: {service}").into(),
            );
            services.insert(service.into(), Value::Array(vec![entry.into()]));
        }
        let mut policy = Dictionary::new();
        policy.insert(
            "PayloadType".into(),
            "com.apple.TCC.configuration-profile-policy".into(),
        );
        policy.insert(
            "PayloadIdentifier".into(),
            format!("{}.privacy.tcc", self.bundle_id).into(),
        );
        policy.insert("PayloadUUID".into(), self.uuid("tcc").into());
        policy.insert("PayloadVersion".into(), 1.into());
        policy.insert(
            "PayloadDisplayName".into(),
            "Assist: privacy preferences".into(),
        );
        policy.insert("Services".into(), services.into());

        let mut profile = Dictionary::new();
        profile.insert("PayloadType".into(), "Configuration".into());
        profile.insert("PayloadVersion".into(), 1.into());
        profile.insert(
            "PayloadIdentifier".into(),
            format!("{}.privacy", self.bundle_id).into(),
        );
        profile.insert("PayloadUUID".into(), self.uuid("profile").into());
        profile.insert("PayloadScope".into(), "System".into());
        profile.insert(
            "PayloadDisplayName".into(),
            "Assist remote help: screen capture and input".into(),
        );
        profile.insert(
            "PayloadDescription".into(),
            "Lets the Assist app control this Mac when its user allows a helper to, and lets \
             the user turn on screen recording for it without an administrator."
                .into(),
        );
        profile.insert("PayloadContent".into(), Value::Array(vec![policy.into()]));
        profile.into()
    }

    /// Writes the profile as an XML property list.
    pub fn write(&self, path: &Path) -> anyhow::Result<()> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        self.profile()
            .to_file_xml(path)
            .with_context(|| format!("writing {}", path.display()))
    }
}

/// The task: writes the profile for `bundle_id` and `team_id` to `out` (default:
/// `<bundle_id>.mobileconfig`). The command line is parsed in `main.rs`.
pub fn run(bundle_id: &str, team_id: &str, out: Option<PathBuf>) -> anyhow::Result<()> {
    let app = App::parse(bundle_id, team_id)?;
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{bundle_id}.mobileconfig")));
    app.write(&out)?;
    eprintln!(
        "wrote {} (sign it before deploying it through your MDM)",
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(dict: &'a Dictionary, key: &str) -> &'a str {
        dict.get(key)
            .and_then(Value::as_string)
            .unwrap_or_else(|| panic!("{key} is missing or not a string"))
    }

    #[test]
    fn the_written_profile_parses_back_with_every_field() {
        let app = App::parse("com.contoso.assist", "A1B2C3D4E5").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profiles/assist.mobileconfig");
        app.write(&path).unwrap();

        let profile = Value::from_file(&path).unwrap();
        let profile = profile.as_dictionary().unwrap();
        assert_eq!(text(profile, "PayloadType"), "Configuration");
        assert_eq!(text(profile, "PayloadScope"), "System");
        assert_eq!(
            text(profile, "PayloadIdentifier"),
            "com.contoso.assist.privacy"
        );
        assert_eq!(profile["PayloadVersion"].as_signed_integer(), Some(1));
        let uuid = text(profile, "PayloadUUID");
        assert!(Uuid::parse_str(uuid).is_ok());

        let content = profile["PayloadContent"].as_array().unwrap();
        assert_eq!(content.len(), 1);
        let policy = content[0].as_dictionary().unwrap();
        assert_eq!(
            text(policy, "PayloadType"),
            "com.apple.TCC.configuration-profile-policy"
        );
        assert_eq!(policy["PayloadVersion"].as_signed_integer(), Some(1));
        assert_ne!(
            text(policy, "PayloadUUID"),
            uuid,
            "each payload has its own UUID"
        );

        let services = policy["Services"].as_dictionary().unwrap();
        assert_eq!(services.len(), 2);
        for (service, authorization) in SERVICES {
            let entries = services[service].as_array().unwrap();
            assert_eq!(entries.len(), 1, "{service}");
            let entry = entries[0].as_dictionary().unwrap();
            assert_eq!(text(entry, "Identifier"), "com.contoso.assist");
            assert_eq!(text(entry, "IdentifierType"), "bundleID");
            assert_eq!(text(entry, "Authorization"), authorization);
            assert_eq!(entry["StaticCode"].as_boolean(), Some(false));
            let requirement = text(entry, "CodeRequirement");
            assert!(
                requirement
                    .starts_with("identifier \"com.contoso.assist\" and anchor apple generic")
            );
            assert!(requirement.ends_with("certificate leaf[subject.OU] = \"A1B2C3D4E5\""));
        }
        assert_eq!(
            text(
                services["Accessibility"].as_array().unwrap()[0]
                    .as_dictionary()
                    .unwrap(),
                "Authorization"
            ),
            "Allow"
        );
        assert_eq!(
            text(
                services["ScreenCapture"].as_array().unwrap()[0]
                    .as_dictionary()
                    .unwrap(),
                "Authorization"
            ),
            "AllowStandardUserToSetSystemService"
        );
    }

    #[test]
    fn the_same_app_gets_the_same_uuids_and_another_app_others() {
        let uuid = |bundle: &str, team: &str| {
            let profile = App::parse(bundle, team).unwrap().profile();
            profile.as_dictionary().unwrap()["PayloadUUID"]
                .as_string()
                .unwrap()
                .to_owned()
        };
        assert_eq!(
            uuid("com.contoso.assist", "A1B2C3D4E5"),
            uuid("com.contoso.assist", "A1B2C3D4E5")
        );
        assert_ne!(
            uuid("com.contoso.assist", "A1B2C3D4E5"),
            uuid("com.contoso.assist", "Z9Y8X7W6V5")
        );
    }

    #[test]
    fn malformed_ids_are_refused_with_a_reason() {
        for (bundle, team) in [
            ("assist", "A1B2C3D4E5"),
            ("com..assist", "A1B2C3D4E5"),
            ("com.contoso.assist\"; rm", "A1B2C3D4E5"),
            ("com.contoso.assist", "a1b2c3d4e5"),
            ("com.contoso.assist", "A1B2C3"),
            ("com.contoso.assist", "A1B2C3D4E5\" or true"),
        ] {
            let err = App::parse(bundle, team).unwrap_err().to_string();
            assert!(
                err.contains("bundle ID") || err.contains("team ID"),
                "{bundle} {team}: {err}"
            );
        }
    }
}
