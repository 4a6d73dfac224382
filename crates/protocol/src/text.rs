//! Parsed text inputs. Each type can only be built through `parse` (or deserialisation, which
//! calls it), so holding one proves the text passed its rules. Errors name the rule broken.

use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why a text input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidText {
    /// What the text was meant to be ("e-mail address", "display name", ...).
    pub what: &'static str,
    /// The rule it broke, in words for a person.
    pub reason: String,
}

impl fmt::Display for InvalidText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.what, self.reason)
    }
}

impl std::error::Error for InvalidText {}

fn invalid(what: &'static str, reason: impl Into<String>) -> InvalidText {
    InvalidText {
        what,
        reason: reason.into(),
    }
}

/// Trims `raw` and checks its length (in characters) and that it holds no control characters.
fn bounded_line(
    what: &'static str,
    raw: &str,
    min: usize,
    max: usize,
) -> Result<String, InvalidText> {
    let text = raw.trim();
    let len = text.chars().count();
    if len < min {
        return Err(invalid(
            what,
            format!("must have at least {min} characters"),
        ));
    }
    if len > max {
        return Err(invalid(what, format!("must have at most {max} characters")));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(what, "must not contain control characters"));
    }
    Ok(text.to_owned())
}

macro_rules! line_type {
    ($(#[$meta:meta])* $name:ident, $what:literal, $min:literal, $max:literal) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
        #[serde(try_from = "String", into = "String")]
        #[schema(value_type = String)]
        pub struct $name(String);

        impl $name {
            /// Parses the text: trimmed, within the length bounds, no control characters.
            pub fn parse(raw: &str) -> Result<Self, InvalidText> {
                bounded_line($what, raw, $min, $max).map(Self)
            }

            /// The text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidText;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

line_type!(
    /// An organisation's name, 1 to 200 characters.
    TenantName, "tenant name", 1, 200
);
line_type!(
    /// A person's full name as shown on the trust screen, 1 to 200 characters.
    DisplayName, "display name", 1, 200
);
line_type!(
    /// A job title or company name, up to 200 characters; empty means "not set".
    ProfileText, "profile text", 0, 200
);
line_type!(
    /// A group's name, 1 to 200 characters, unique within its tenant.
    GroupName, "group name", 1, 200
);
line_type!(
    /// A free-text description, up to 1,000 characters.
    Description, "description", 0, 1000
);
line_type!(
    /// A label for an API token, 1 to 100 characters.
    TokenName, "token name", 1, 100
);
line_type!(
    /// A fact a device reports about itself (host name, model, ...), up to 200 characters.
    FactText, "device fact", 0, 200
);

/// An e-mail address, stored and compared in lower case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, format = Email)]
pub struct Email(String);

impl Email {
    /// Parses an address of the form `local@domain.tld`. This is deliberately stricter than
    /// RFC 5322 (no quoted local parts, no IP literals): addresses here identify people in
    /// organisations whose domains are verified by DNS.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        const WHAT: &str = "e-mail address";
        let text = raw.trim().to_lowercase();
        if text.len() > 254 {
            return Err(invalid(WHAT, "must have at most 254 characters"));
        }
        let Some((local, domain)) = text.split_once('@') else {
            return Err(invalid(WHAT, "must contain '@'"));
        };
        if local.is_empty() || local.len() > 64 {
            return Err(invalid(
                WHAT,
                "the part before '@' must have 1 to 64 characters",
            ));
        }
        let local_ok = local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(invalid(
                WHAT,
                "the part before '@' has characters that are not allowed",
            ));
        }
        if !is_domain_name(domain) {
            return Err(invalid(WHAT, "the part after '@' is not a domain name"));
        }
        Ok(Self(text))
    }

    /// The address, in lower case.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The domain part, after the `@`.
    #[must_use]
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }
}

/// Whether `domain` is a DNS name with at least two labels of letters, digits and inner hyphens.
#[must_use]
pub fn is_domain_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

impl TryFrom<String> for Email {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A dotted numeric version (`10.0.22631`, `14.2.1`, `1.4`), compared part by part.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "14.2.1")]
pub struct Version(String);

impl Version {
    /// Parses 1 to 6 dot-separated non-negative numbers.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let text = raw.trim();
        let parts = text.split('.').count();
        if (1..=6).contains(&parts)
            && text.len() <= 50
            && text.split('.').all(|part| part.parse::<u64>().is_ok())
        {
            Ok(Self(text.to_owned()))
        } else {
            Err(invalid(
                "version",
                "must be dot-separated numbers such as 14.2.1",
            ))
        }
    }

    /// The version as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn parts(&self) -> Vec<u64> {
        self.0
            .split('.')
            .map(|part| part.parse().unwrap_or(0))
            .collect()
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// Part by part, missing parts counting as zero (`14.2` equals `14.2.0`).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (mine, theirs) = (self.parts(), other.parts());
        let len = mine.len().max(theirs.len());
        (0..len)
            .map(|i| mine.get(i).unwrap_or(&0).cmp(theirs.get(i).unwrap_or(&0)))
            .find(|order| order.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

impl TryFrom<String> for Version {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Version> for String {
    fn from(value: Version) -> Self {
        value.0
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: 12 to 1,024 characters. Its `Debug` output never shows it, and it is never
/// serialised back out.
#[derive(Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(try_from = "String")]
#[schema(value_type = String, format = Password)]
pub struct Password(String);

impl Password {
    /// The shortest password accepted, in characters.
    pub const MIN_CHARS: usize = 12;

    /// Parses a new password. Length is the rule that matters (NIST SP 800-63B); composition
    /// rules are not imposed. Surrounding spaces are kept: they are part of what was typed.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let len = raw.chars().count();
        if len < Self::MIN_CHARS {
            return Err(invalid(
                "password",
                format!("must have at least {} characters", Self::MIN_CHARS),
            ));
        }
        if len > 1024 {
            return Err(invalid("password", "must have at most 1024 characters"));
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, to be hashed.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Password {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// A remote help security code: 8 decimal digits. People read it aloud and type it, so it is
/// accepted with spaces or dashes anywhere (`1234 5678`, `1234-5678`) and shown as `1234 5678`.
/// It is a secret until redeemed: `Debug` hides it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "1234 5678")]
pub struct SecurityCode(String);

impl SecurityCode {
    /// How many digits a code has.
    pub const DIGITS: usize = 8;

    /// Parses a typed code: exactly eight ASCII digits once spaces and dashes are removed.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .collect();
        if digits.len() != Self::DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(
                "security code",
                "must be 8 digits (spaces and dashes are ignored)",
            ));
        }
        Ok(Self(digits))
    }

    /// The eight digits, no separators: what is hashed.
    #[must_use]
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The code as people read it: `1234 5678`.
    #[must_use]
    pub fn display(&self) -> String {
        format!("{} {}", &self.0[..4], &self.0[4..])
    }
}

impl TryFrom<String> for SecurityCode {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SecurityCode> for String {
    fn from(value: SecurityCode) -> Self {
        value.0
    }
}

impl fmt::Debug for SecurityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecurityCode(****)")
    }
}

/// A chat message: 1 to 4,000 characters of any script (CJK, Arabic, emoji), kept exactly as
/// typed apart from surrounding white space. Line feeds and tabs are allowed; every other
/// control character is refused, and so are bidirectional overrides that could disguise text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String)]
pub struct ChatText(String);

impl ChatText {
    /// The longest message, in characters (Unicode scalar values).
    pub const MAX_CHARS: usize = 4000;

    /// Parses a message.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(invalid("chat message", "must not be empty"));
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(invalid(
                "chat message",
                format!("must have at most {} characters", Self::MAX_CHARS),
            ));
        }
        if text
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c))
        {
            return Err(invalid(
                "chat message",
                "must not contain control characters other than line feed and tab",
            ));
        }
        Ok(Self(text.to_owned()))
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Embedding and override controls (U+202A..U+202E, U+2066..U+2069) can make text read
/// differently from what it is; marks (U+200E, U+200F, U+061C) are legitimate and allowed.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl TryFrom<String> for ChatText {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ChatText> for String {
    fn from(value: ChatText) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_lowercased_and_split() {
        let email = Email::parse("  Ada.Lovelace@Example.COM ").expect("valid");
        assert_eq!(email.as_str(), "ada.lovelace@example.com");
        assert_eq!(email.domain(), "example.com");
    }

    #[test]
    fn email_rejects_malformed_addresses() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a@localhost",
            "a@-x.com",
            "a..b@x.com",
            "a b@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            DisplayName::parse("  Ada  ").expect("valid").as_str(),
            "Ada"
        );
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(201)).is_err());
        assert!(DisplayName::parse("a\u{0}b").is_err());
        assert_eq!(
            DisplayName::parse("李小龙 محمد 🎉")
                .expect("any script")
                .as_str(),
            "李小龙 محمد 🎉"
        );
        assert_eq!(ProfileText::parse("").expect("empty allowed").as_str(), "");
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s: &str| Version::parse(s).expect("valid");
        assert!(v("10.0.22631") > v("10.0.9999"));
        assert!(v("14.2") == v("14.2.0").max(v("14.2")));
        assert_eq!(v("14.2").cmp(&v("14.2.0")), std::cmp::Ordering::Equal);
        assert!(v("1.10") > v("1.9"));
        assert!(Version::parse("1.x").is_err() && Version::parse("").is_err());
    }

    #[test]
    fn password_debug_is_redacted() {
        let password = Password::parse("correct horse battery").expect("valid");
        assert_eq!(format!("{password:?}"), "Password(<redacted>)");
        assert!(Password::parse("short").is_err());
    }

    #[test]
    fn deserialising_validates() {
        let err = serde_json::from_str::<Email>("\"nope\"").expect_err("invalid");
        assert!(err.to_string().contains("e-mail address"), "{err}");
    }

    #[test]
    fn security_codes_accept_separators_and_refuse_the_rest() {
        for typed in ["12345678", "1234 5678", "1234-5678", " 12 34 56 78 "] {
            let code = SecurityCode::parse(typed).expect(typed);
            assert_eq!(code.digits(), "12345678");
            assert_eq!(code.display(), "1234 5678");
        }
        for typed in ["1234567", "123456789", "1234 567a", "１２３４５６７８", ""] {
            assert!(SecurityCode::parse(typed).is_err(), "{typed}");
        }
        assert!(!format!("{:?}", SecurityCode::parse("12345678").expect("valid")).contains('1'));
    }

    #[test]
    fn chat_text_takes_any_script_and_refuses_controls() {
        for text in [
            "你好，我的屏幕是黑的",
            "مرحبا، هل يمكنك المساعدة؟",
            "👍🏽 done",
            "line one\nline\ttwo",
        ] {
            assert_eq!(ChatText::parse(text).expect(text).as_str(), text);
        }
        assert!(ChatText::parse("   ").is_err());
        assert!(ChatText::parse("bell\u{7}").is_err());
        assert!(ChatText::parse("evil\u{202e}txt.exe").is_err());
        assert!(ChatText::parse(&"字".repeat(4000)).is_ok());
        assert!(ChatText::parse(&"字".repeat(4001)).is_err());
    }
}
